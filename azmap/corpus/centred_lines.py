"""Lines set centred, as a cover drawn to plain text with its layout kept sets them: each line's indent is what
centres it, so two lines of one block (a title over two lines, a name and its line under it) share a centre
where their indents differ. ``same_centre``: whether two raw lines, both indented, stand on one axis (within a
character and a half: an odd length rounds the indent). ``is_period``: a cover's line giving the span a
report covers, which is no day of its own.
"""
from __future__ import annotations

import re

_MIN_INDENT = 4  # a centred line on a page of 60 to 100 columns stands well in from the margin
_SLACK = 1.5


def same_centre(raw: str, other: str) -> bool:
    """Whether two lines are centred on one axis (both indented, their middles within a character and a half)."""
    a, b = raw.rstrip(), other.rstrip()
    ia, ib = len(a) - len(a.lstrip()), len(b) - len(b.lstrip())
    if min(ia, ib) < _MIN_INDENT or not a.strip() or not b.strip():
        return False
    return abs((ia + len(a)) / 2 - (ib + len(b)) / 2) <= _SLACK


# a span of time: a day or a month, a dash, a day or a month with its year ("January - December 2025",
# "1 January – 31 December 2024", "Januar - Dezember 2024"), after a label or alone
_SPAN = re.compile(r"(?:^|:\s*)([^:\n]{3,30}?)\s+[-–—]\s+([^:\n]{3,30}?((?:19|20)\d\d))\s*$")


def is_period(line: str) -> bool:
    """Whether a cover's dated line gives a period (the months a report covers), not a day it was
    published: its two ends, the first taking the second's year, each read as a date."""
    from azmap.corpus.date_parse import parse_date

    m = _SPAN.search(" ".join(line.split()).strip("*_ "))
    if not m:
        return False
    left = m.group(1) if re.search(r"(?:19|20)\d\d", m.group(1)) else f"{m.group(1)} {m.group(3)}"
    return bool(parse_date(left)) and bool(parse_date(m.group(2)))
