"""A name alone at a text's foot (a surname, in capitals or not) is a signature: the full form of that name in a
line over it ("Classified By: Ambassador Teodor Marek Lind", "Approved: Deputy Director Martin Hale") is the
author, the rank or post written before the given names her affiliation. And a message's date-time group
("R 141032Z OCT 25", a cable's or a signal's own time) dates it."""
from __future__ import annotations

import re

from azmap.corpus.words import POST_WORDS

# a surname alone on its line: one word of letters (a hyphen or an apostrophe inside), three letters or more
_SURNAME = re.compile(r"^([^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*)$")
# a line of the foot that is no signature: an end mark, a rule, a release or classification stamp, a page line
_FOOT_MARK = re.compile(r"^(?:[A-Z]{2,5}|[#=*_~-]{3,}|.*//.*|.*\bPAGE\b.*|-\d+-)$")
_NAME_WORD = r"[^\W\d_][^\W\d_'’.-]*"
# a date-time group: a precedence letter or two, the day, hour and minute with the zone, the month and the year
_DTG = re.compile(r"^(?:[A-Z]{1,2}\s+)?(\d{2})(\d{2})(\d{2})([A-Z])\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                  r"\s+(\d{2}|\d{4})\s*$")
_MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def group_date(text: str, within: int = 1500) -> str | None:
    """The day of a date-time group standing on a line of its own in the text's head ("R 141032Z OCT 25":
    2025-10-14), or None."""
    for line in text[:within].splitlines():
        m = _DTG.match(line.strip())
        if m and 1 <= int(m.group(1)) <= 31 and int(m.group(2)) < 24 and int(m.group(3)) < 60:
            year = int(m.group(6))
            year = year + (2000 if year < 70 else 1900) if year < 100 else year
            return f"{year:04d}-{_MONTHS.index(m.group(5)) + 1:02d}-{int(m.group(1)):02d}"
    return None


def signed(text: str, start: int) -> tuple[dict, int, int] | None:
    """(the author, where the signature's line starts, where the line naming her in full starts) of a text
    whose last lines after ``start`` hold a surname alone, that surname named in full with given names in a
    line over it; None otherwise (a foot of "ENDS", a surname no line names in full)."""
    tail = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text[start:])][-6:]
    for at, line in reversed(tail):
        if not line:
            continue
        m = _SURNAME.match(line)
        if m and len(line) >= 3 and not (line.isupper() and _FOOT_MARK.match(line) and len(line) <= 5
                                         and line.lower() not in _named_words(text[:start + at])):
            found = _full_form(text[:start + at], m.group(1))
            if found:
                return found[0], start + at, found[1]
            return None
        if not _FOOT_MARK.match(line):
            return None  # a line of prose or a credit: the text's foot holds no surname alone
    return None


def _named_words(head: str) -> set[str]:
    return {w.lower() for w in re.findall(_NAME_WORD, head)}


def _full_form(head: str, surname: str) -> tuple[dict, int] | None:
    """The last line of ``head`` naming ``surname`` after one or two given names (capitalised, no post's word),
    with the post's words before them as the affiliation."""
    from azmap.corpus.person_names import _is_personal_name

    pattern = re.compile(rf"((?:{_NAME_WORD}\s+){{1,6}})({re.escape(surname)})\b", re.I)
    for line_m in reversed(list(re.finditer(r"[^\n]+", head))):
        line = line_m.group(0)
        for m in pattern.finditer(line):
            if ":" not in line[:m.start()]:
                continue  # the full form stands in a labelled line ("Drafted by:", "Approved:"), not in prose
            if not m.group(2)[:1].isupper():
                continue
            words = m.group(1).split()
            given = []
            while words and words[-1][:1].isupper() and words[-1].lower() not in POST_WORDS and len(given) < 2 \
                    and not words[-1].endswith(":"):
                given.insert(0, words.pop())
            if not given:
                continue
            post = []
            while words and words[-1][:1].isupper() and words[-1].lower() in POST_WORDS and not words[-1].endswith(":"):
                post.insert(0, words.pop())
            while words and post and words[-1].lower() in POST_WORDS and not words[-1].endswith(":"):
                post.insert(0, words.pop())  # "First Secretary": a post of several words
            surname_as_named = m.group(2) if not m.group(2).isupper() else m.group(2).title()
            name = " ".join(given + [surname_as_named])
            if not _is_personal_name(name):
                continue
            return {"name": name, "affiliation": " ".join(post) or None}, line_m.start()
    return None
