"""A document drawn to plain text from its PDF with the layout kept, pages parted by form feeds: its cover and
its colophon are pages' furniture, not text.

- ``after_cover``: where the text starts when its first page is a cover: the page (up to the first form feed)
  holds the title and nothing but blocks of a few short lines, most of them set in from the margin (the organisation, the kind of report, the dates, the
  authors, a funder's note wrapped over two or three lines, the folio); the text starts on the next page.
- ``colophon_start``: where the lines after the last folio start ("- 3 -", then the organisation's address with
  its e-mail and a "(c)" or "©" line): the colophon under the last page, none of it body. Only where those
  lines are few and one of them holds a copyright's mark or an e-mail address (a folio set at a page's top
  has that page's text under it).
"""
from __future__ import annotations

import re

_FOLIO = re.compile(r"^[ \t]*(?:[-–][ \t]*\d{1,4}[ \t]*[-–]|\d{1,4})[ \t]*$", re.M)
_COLOPHON = re.compile(r"©|\(c\)|\bcopyright\b|[\w.+-]+@[\w-]+\.[\w.-]+", re.I)
_MAX_COVER_BLOCK_LINES = 3
_MAX_COVER_CHARS = 3000
_MAX_COVER_LINE = 100
_MIN_INDENT = 4  # a cover's lines are set in from the margin (centred, or indented in a block)
_MAX_COLOPHON_LINES = 4


def after_cover(text: str, title: str | None) -> int | None:
    """The offset of the page after a cover (see the module's note), or None."""
    feed = text.find("\f", 0, _MAX_COVER_CHARS)
    if feed < 0 or not title:
        return None
    page = text[:feed]
    if " ".join(title.split()[:3]) not in " ".join(page.split()):
        return None
    blocks = [b for b in re.split(r"\n[ \t]*\n", page) if b.strip()]
    if not blocks or any(len(b.strip().splitlines()) > _MAX_COVER_BLOCK_LINES for b in blocks):
        return None
    lines = [ln for ln in page.splitlines() if ln.strip()]
    if sum(len(ln) - len(ln.lstrip()) >= _MIN_INDENT for ln in lines) * 2 < len(lines) \
            or any(len(ln) > _MAX_COVER_LINE for ln in lines):
        return None  # a first page of the text's own lines, flush left (a journal's page), is no cover
    return feed + 1


def colophon_start(text: str) -> int | None:
    """The offset of the lines after the last folio where they are a colophon (see the module's note), or None."""
    folios = list(_FOLIO.finditer(text))
    if not folios or "\f" not in text:
        return None
    tail = text[folios[-1].end():]
    lines = [ln for ln in tail.splitlines() if ln.strip()]
    if not lines or len(lines) > _MAX_COLOPHON_LINES or not any(_COLOPHON.search(ln) for ln in lines):
        return None
    return folios[-1].end() + (len(tail) - len(tail.lstrip()))
