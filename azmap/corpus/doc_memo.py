"""Answers about one document's lines, worked out once while the document's metadata is read.

The header rules of metadata.py ask the same questions of the same lines again and again (whether
a line can be the title, is a kicker, a notice about the page, a body's name): ``per_document(fn)``
keeps ``fn``'s answer for each argument until ``new_document()`` (called as a document's reading
starts), so nothing is kept from one document for the next. ``fn`` must be a pure function of one
hashable argument whose answer is not changed by its callers (``copied`` answers lists of dicts the
callers may change: each caller gets its own copy). A table that grows past ``LIMIT`` answers
(calls from outside a document's reading) is emptied."""
from __future__ import annotations

LIMIT = 2048
_MISSING = object()
_tables: list[dict] = []
_last_lowered = ("", "")  # (a string, its lower case): the last one asked of ``lowered``


def per_document(fn, copied: bool = False):
    """``fn`` with its answers kept for the document being read (``copied``: a list of dicts, copied out)."""
    table: dict = {}
    _tables.append(table)
    get = table.get

    def answer(arg):
        got = get(arg, _MISSING)
        if got is _MISSING:
            if len(table) >= LIMIT:
                table.clear()
            got = table[arg] = fn(arg)
        return [dict(item) for item in got] if copied else got

    answer.__name__, answer.__doc__, answer.__wrapped__ = fn.__name__, fn.__doc__, fn
    return answer


def new_document() -> None:
    """Forget every answer: a new document is being read."""
    for table in _tables:
        table.clear()


def lowered(text: str) -> str:
    """``text.lower()``, worked out once for the string last asked (the furniture rules lower the same
    block one after another): kept for that very object, so no other string gets its answer. (One tuple,
    read and replaced whole: a reader in another thread gets a pair that belongs together.)"""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = text.lower()
    _last_lowered = (text, low)
    return low
