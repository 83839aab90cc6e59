"""A body's name over its press office's line at the head of a release, in any language:

    NORDIC-CASPIAN INVESTMENT BANK        KASPISCHE ENERGIEBANK        FONDO CASPIO
    Press Office                          Pressestelle                 Oficina de Prensa

The office speaks for the body: the body is the release's author (its name in ordinary case), and its
line is neither the title nor a masthead's. The office's line: a press service's name alone
(press_office.py's table, header_lines' English one), four words at the most; the body's: the line right over it, a short name
(eight words at the most, no figure, no sentence's sign at its end), in capitals or with every word
but the small ones capitalised.
"""
from __future__ import annotations

import re

from azmap.corpus.press_office import press_office

_HEAD_LINES = 4  # where the two lines stand: among the header's first lines


def office_under_name(lines: list[str]) -> tuple[int, int, str] | None:
    """(the body's line, the office's line, the body's name) of a header's first lines, or None."""
    from azmap.corpus.header_lines import _PRESS_OFFICE
    from azmap.corpus.person_names import _name_case, _SMALL_WORDS

    def office_line(line: str) -> bool:  # ("Media Office", "Communications Unit": the English table's other words)
        return bool(press_office(line) or _PRESS_OFFICE.match(line))

    for k in range(1, min(len(lines), _HEAD_LINES)):
        office, name = lines[k].strip(), lines[k - 1].strip()
        if not office or not name or len(office.split()) > 4 or not office_line(office) or office_line(name):
            continue
        words = name.split()
        if len(words) > 8 or re.search(r"\d|[.!?:;,]$", name):
            return None
        capitals = sum(c.isupper() for c in name) > 0.9 * sum(c.isalpha() for c in name)
        if capitals or all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
            return k - 1, k, _name_case(name)
        return None
    return None
