"""Tables that lay a page out, read as the blocks they hold.

An e-mail newsletter's web version (and many an old page) sets its whole page in tables: a row for the
letter's line, a row for the issue's heading, a row for each section heading and each paragraph. Read as
a table, every row is a table row ("| 1. At the ferry |"): the headings lose their rank and stand as
passages of the text. A table that lays out is marked so (``role="presentation"`` or ``"none"``), holds a
heading in a cell, or is a column of one cell a row with prose in it (or a frame of such rows around one that lays out); its rows and cells become plain
blocks. A table of data (a head row of ``<th>``, a caption, rows of several cells of figures) is left as
it is: its rows stay rows.
"""
from __future__ import annotations

from itertools import islice

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset(_HEADINGS + ("p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "section",
                                 "article", "header", "footer", "center"))
_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")
_MAX_TABLES = 200
_PROSE = 120  # a cell with this many characters of text and a sentence's end is prose


def _table_of(el):
    """The nearest table holding ``el`` (None if none does)."""
    up = el.getparent()
    while up is not None and up.tag != "table":
        up = up.getparent()
    return up


def _own(table, tags) -> list:
    """The elements of ``tags`` that belong to ``table`` itself, not to a table inside it."""
    return [el for el in table.iter(*tags) if el is not table and _table_of(el) is table]


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def lays_out(table) -> bool:
    """Whether a table lays the page out rather than holding data."""
    if (table.get("role") or "").strip().lower() in ("presentation", "none"):
        return True
    if table.find("caption") is not None:
        return False
    rows = _own(table, ("tr",))
    cells = [c for c in _own(table, ("td", "th"))]
    if not rows or any(c.tag == "th" for c in cells):
        return False
    if any(_table_of(h) is table for c in cells for h in c.iter(*_HEADINGS)):
        return True  # a heading in a cell: the page's structure, not a datum
    if len(rows) < 3 or any(len([c for c in r if c.tag in ("td", "th")]) > 1 for r in rows):
        return False
    return any(len(t) >= _PROSE and any(m in t for m in ".!?") for t in map(_text, cells))


def unwrap(tree) -> int:
    """Turn the tables of ``tree`` that lay the page out into plain blocks (their rows ``<div>``s, a cell
    of bare text a ``<p>``, one holding blocks a ``<div>``); returns how many were turned."""
    if tree is None:
        return 0
    tables = list(islice(tree.iter("table"), _MAX_TABLES))
    laying = {t for t in tables if lays_out(t)}
    for table in reversed(tables):  # (inner tables first) a frame of one cell a row around a table that lays out
        if table not in laying and table.find("caption") is None \
                and all(len([c for c in r if c.tag in ("td", "th")]) <= 1 for r in _own(table, ("tr",))) \
                and any(t in laying for t in table.iter("table") if t is not table):
            laying.add(table)
    found = [(t, _own(t, _PARTS)) for t in tables if t in laying]
    for table, parts in found:  # (renamed after all are judged: a table's own parts are found by tag)
        table.tag = "div"
        for el in parts:  # a cell of bare text is a paragraph (a block of blocks, a <div>)
            bare = el.tag in ("td", "th") and not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el.iter())
            el.tag = "p" if bare and _text(el) else "div"
    return len(found)
