"""A document's makers listed under a heading of their own, as a repository's or a dataset's README lists
them: "## Maintainers", "## Authors", "## Autoren", "## Auteurs", "## Autores", "## Autori", "## Autorzy",
"## Авторы", "## Автори", "## Yazarlar", "## Müəlliflər", over a list of "**Name** (@handle), Organisation".
They are the document's authors in the order listed, the organisation after the comma the affiliation, the
handle (a site's user name, linked or not) off; the list is no body, the text goes on after it (a
"Contributing" section). A list of people thanked, of contributors or of references under their own
headings names no author.
"""
from __future__ import annotations

import re

from azmap.corpus.letter_signatories import signatory

_HEADING = re.compile(r"^\s*(?:#{1,4}\s*)?[*_]{0,2}(?:maintainers|maintained by|authors|core team|autoren|autorinnen|"
                      r"maintainer(?:innen)?|betreuer(?:innen)?|auteurs|autrices|mainteneurs|autores|autoras|"
                      r"mantenedores|autori|manutentori|autorzy|opiekunowie|авторы|автори|сопровождающие|"
                      r"yazarlar|müəlliflər)[*_]{0,2}\s*:?\s*$", re.I)
_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*+•])\s+(.+?)\s*$")
# a handle after the name: "(@lqasimova)", "([@lqasimova](https://…))"
_HANDLE = re.compile(r"\s*\(\s*\[?@[\w.-]+\]?(?:\([^()\s]*\))?\s*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^()\s]*\)")


def is_heading(line: str) -> bool:
    return bool(_HEADING.match(line))


def maker(item: str) -> dict | None:
    """A list item's person ("**Name** ([@handle](…)), Organisation" → Name, Organisation), or None."""
    plain = _LINK.sub(r"\1", _HANDLE.sub("", item)).replace("**", "").replace("__", "")
    return signatory(_ITEM.sub(r"\1", plain))


def makers(lines: list[str]) -> list[dict] | None:
    """The people of a list's lines, each a maker; None when any line names no one."""
    people = [maker(ln) for ln in lines if ln.strip()]
    return people if people and all(people) else None


def listed(text: str, start: int) -> list[dict] | None:
    """The makers listed under their heading after ``start``; None without."""
    for m in re.finditer(r"(?m)^[^\n]{3,40}$", text[start:]):
        if not _HEADING.match(m.group(0)):
            continue
        lines = []
        for line in text[start + m.end():].lstrip("\n").split("\n"):
            if not _ITEM.match(line):
                break
            lines.append(line)
        people = makers(lines)
        if people:
            return people
    return None
