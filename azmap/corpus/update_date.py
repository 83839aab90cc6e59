"""The publication date a page's date line states beside its update, with no word for it: "Madrid -
03 jun 2025 - 06:00 CEST Actualizado: 04 jun 2025", "Bakou, le 3 juin 2025 · Mis à jour le 5 juin",
"14 апреля 2025 (обновлено 15 апреля 2025)". The tags often give the update's date; an update is never
the publication when the line states a publication date before it (on the line, or on the line over
it). A line naming an update and nothing else leaves the date as it is.

The update's words are metadata's (``_UPDATED``, the major languages); the dates are read by the
project's date reader (``metadata.parse_date``, dateparser's).
"""
from __future__ import annotations

_MAX_LINE = 160
_HEAD_LINES = 16


def published_beside_update(head: str, date: str | None) -> str | None:
    """The publication date a date line among the first lines of ``head`` states before its update,
    where ``date`` (the tags' date) is that update's or later; None when no line says so."""
    from azmap.corpus.metadata import _UPDATED, parse_date

    lines = [ln.strip(" #*_") for ln in head.split("\n") if ln.strip(" #*_")][:_HEAD_LINES]
    for k, line in enumerate(lines):
        m = _UPDATED.search(line) if len(line) <= _MAX_LINE else None
        if not m:
            continue
        updated = parse_date(line[m.end():].strip(" :.,-–—·|()"))
        before = line[:m.start()].strip(" :.,-–—·|(")
        published = parse_date(before) if before else None
        if not published and not before and k:  # the update on a line of its own, under the date's
            over = lines[k - 1]
            published = parse_date(over) if len(over) <= _MAX_LINE and not _UPDATED.search(over) else None
        if published and updated and published < updated and (date is None or date >= updated):
            return published
    return None
