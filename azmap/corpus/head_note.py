"""A note on the document set in a block quote at its head.

A letter, an article or a post in markdown often carries, under its title and its place-and-date line or
byline and over its text, a short note in a block quote that speaks of the document itself: when it was sent,
first published, updated or corrected ("> This letter was sent on 2 June 2025 … The list of signatories was last
updated on 10 June 2025."). Such a note is no passage of the text. Told by its form and place: every line
quoted, before the text's first paragraph, short, and holding a day (a day's number and a year), the mark of a
note on the document's history. A quotation inside the text, or an unquoted first paragraph that tells of a day,
is the text's.
"""
from __future__ import annotations

import re

_MAX_CHARS = 400
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY = re.compile(r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?!\d)")


def is_head_note(raw: str) -> bool:
    """Whether a block (``raw``: its source lines, quote marks and all), standing before the text's first
    paragraph, is a dated note on the document in a block quote."""
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    if not lines or not all(ln.startswith(">") for ln in lines):
        return False
    flat = " ".join(ln.lstrip("> ").strip() for ln in lines)
    if len(flat) > _MAX_CHARS:
        return False
    year = _YEAR.search(flat)
    return year is not None and _DAY.search(flat[:year.start()] + " " + flat[year.end():]) is not None
