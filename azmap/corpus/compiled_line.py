"""A compiler's line under a standing work's title ("Compiled by A, Centre. First published 5 May 2021; last
updated 14 August 2025."): a chronology, a list or a glossary is kept up to date by the one who compiled it,
and its date is the last update (as a standing page takes its last review), not the first publication.
"""
from __future__ import annotations

import re

from azmap.corpus.date_parse import _UPDATED, parse_date

_COMPILED = re.compile(r"^\W*(?:compiled|compilado|compilada|compilé|compilée|compilato|compilata|zusammengestellt|"
                       r"составил[аи]?|tərtib edib|tərtibçi)\b", re.I)


def last_update(line: str) -> str | None:
    """The date of the update clause of a compiler's line (None when the line is no compiler's or names no
    update: its first publication is then its date, read as any byline's)."""
    if not _COMPILED.match(line):
        return None
    for clause in re.split(r"[;.]\s+|\s+[|·]\s+", line):
        if _UPDATED.search(clause):
            when = parse_date(clause)
            if when:
                return when
    return None
