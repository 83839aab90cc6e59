"""An open letter's signatories: a heading ("## Firmantes", "Signatories", "Signataires", "Unterzeichnende")
over a list of people, each "Title Name, affiliation or calling" ("Dra. Elena Ruiz Montes, Universidad …",
"Javier Ortega Lanz, embajador retirado"). They are the letter's authors, in the order listed, their titles
off, what follows the comma their affiliation; the letter ends over the heading (the list, a note on the
affiliations and an invitation to sign are no body). A list without such a heading (the letter's own
demands) is the letter's text.
"""
from __future__ import annotations

import re

from azmap.corpus.person_names import _is_personal_name

_HEADING = re.compile(r"^\s*(?:#{1,4}\s*)?[*_]{0,2}(?:firmantes|signatories|signatures|signed by|the undersigned|"
                      r"signataires|firmatari|unterzeichnende|unterzeichner(?:innen)?|unterschriften|imzalayanlar|"
                      r"imzaçılar|подписанты|подписавшие)[*_]{0,2}\s*:?\s*$", re.I)
_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*•])\s+(.+?)\s*$")
# a title before the name: "Dr", "Dra.", "Prof.", "Prof.ª", "Pr", "Sir", "Prof. Dr."
_TITLE = re.compile(r"^(?:(?:dr|dra|drs|prof|profa|prof\.ª|pr|pre|sir|dame|mr|mrs|ms|mme|mlle|sr|sra|ing|lic|"
                    r"univ\.-prof|ass\.-prof)\.?\s+)+", re.I)


def signatory(item: str) -> dict | None:
    """A list item's person ("Dra. Elena Ruiz Montes, Universidad …"), or None when it names no one."""
    name, _, rest = item.partition(",")
    name = _TITLE.sub("", name.strip().strip("*_")).strip()
    if not _is_personal_name(name):
        return None
    return {"name": name, "affiliation": rest.strip() or None}


def listed(text: str, start: int) -> tuple[list[dict], int] | None:
    """The signatories listed under a heading after ``start``, and where the heading stands; None without."""
    for m in re.finditer(r"(?m)^[^\n]{3,40}$", text[start:]):
        if not _HEADING.match(m.group(0)):
            continue
        people = []
        for line in text[start + m.end():].lstrip("\n").split("\n"):
            item = _ITEM.match(line)
            if not item:
                break
            person = signatory(item.group(1))
            if person is None:
                return None
            people.append(person)
        if len(people) >= 2:
            return people, start + m.start()
    return None
