"""A review's head line naming the book reviewed ("Title: Subtitle. By Author. Place: Publisher, 2024.
xiv + 326 pp. GBP 85.00 (hardback). ISBN …"), or its byline alone under the book's title set as a
heading ("By Author. Place: Publisher, 2024. 342 pp. …"): no words of the review, its author no
author of the review, and the review's title where the page names no other."""
from __future__ import annotations

import re

_BY = r"(?:(?:by|edited\s+by|ed\.\s+by|eds?\.|translated\s+by)\s+)"
_AUTHOR_IMPRINT = (r"(?P<author>[^.]{3,160}(?:\.\s?[A-Z]\.)*[^.]{0,60})\.\s+"
                   r"(?P<imprint>[^:.]{2,60}:\s*[^,]{2,100},\s*(?:19|20)\d\d)\b")
_HEAD = re.compile(r"^(?P<title>[^\W\d_].{2,200}?)[.?!]\s+" + _BY + _AUTHOR_IMPRINT, re.I)
_BYLINE = re.compile(r"^" + _BY + _AUTHOR_IMPRINT, re.I)
# what every imprint (_AUTHOR_IMPRINT) holds, in any text whose blocks, flattened, hold one: a colon, then
# no comma up to the comma before the year (white space aside, what flattening changes: the same
# characters stand between them); a text without it has no head line (may_hold_head)
_IMPRINT_PIECE = re.compile(r":[^,]*,\s*(?:19|20)\d\d")
# what a head line gives after the imprint: pages, a price, a binding, an ISBN
_DETAIL = re.compile(r"\b(?:\d+\s*pp\.?|pp\.\s*\d+|\d+\s+pages|ISBN[\s:-]*[\dX-]{10,17}|hardback|paperback|"
                     r"hardcover|cloth|e-?book|(?:GBP|USD|EUR|US\$|£|\$|€)\s?\d)", re.I)


def _flat(text: str) -> str | None:
    flat = " ".join(text.split()).strip(" *_")
    return None if len(flat) > 600 else flat


def book_head(text: str) -> tuple[str, str] | None:
    """(the book's title, its author) of a review's head line, or None: a title, "By" an author, a
    place and publisher with a year, and pages, a price or an ISBN after them."""
    flat = _flat(text)
    m = _HEAD.match(flat) if flat and _IMPRINT_PIECE.search(flat) else None  # (the cheap test first)
    if not m or not _DETAIL.search(flat, m.end()):
        return None
    return m.group("title").strip(), m.group("author").strip()


def book_byline(text: str) -> str | None:
    """The book's author of a head line without the title ("By Author. Place: Publisher, 2024. 342 pp."),
    or None."""
    flat = _flat(text)
    m = _BYLINE.match(flat) if flat and _IMPRINT_PIECE.search(flat) else None
    if not m or not _DETAIL.search(flat, m.end()):
        return None
    return m.group("author").strip()


def may_hold_head(text: str, end: int) -> bool:
    """False only where no part of ``text[:end]`` (a block, its lines joined, a piece of one) is a head line or
    a book's byline (book_head, book_byline): a cheap test of the imprint that both need."""
    return bool(_IMPRINT_PIECE.search(text, 0, end))


def is_book_head(text: str) -> bool:
    return book_head(text) is not None or book_byline(text) is not None
