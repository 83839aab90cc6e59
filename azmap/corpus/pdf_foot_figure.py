"""A figure set where a page's text ends, over the notes at its foot: its labels (axis figures, a legend's
names) and its caption ("Figure 1. …", "Fig. 2 …") in small type under the last line of the text, as a
report places a chart that fits no further up. Read as notes, the labels' figures would open notes of
their own ("20 10" as note 20) and the caption would run into them; they are the figure's.

Words are pdfplumber's word dicts (text, x0, x1, top, bottom, size), the foot's: under the text's last
line.
"""
from __future__ import annotations

import re

_NOTE_START = re.compile(r"^\d{1,3}$")


def _rows(words: list[dict]) -> list[list[dict]]:
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= 2.5:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _text(row: list[dict]) -> str:
    return " ".join(w["text"] for w in row)


def _note_row(row: list[dict]) -> bool:
    """A note's first line: its number, then words in a run (a label row's figures stand apart)."""
    if not _NOTE_START.match(row[0]["text"]) or len(row) < 4:
        return False
    size = row[0]["size"]
    return all(b["x0"] - a["x1"] < size * 1.5 for a, b in zip(row[1:], row[2:]))


def foot_figure(foot: list[dict], body_size: float) -> tuple[list[dict], list[dict]]:
    """(the foot's words that stay, a figure's words): a caption line in small type in the foot with
    only small type over it (the figure's labels) or the caption at the foot's top with its labels under
    it; the figure runs to the caption's last line (under the labels) or to the first note (under the
    caption). No caption: no figure."""
    from azmap.corpus.segment import _CAPTION_START

    small = body_size * 0.9
    rows = _rows(foot)
    at = next((k for k, row in enumerate(rows) if _CAPTION_START.match(_text(row))
               and all(w["size"] < small for w in row)), None)
    if at is None or any(w["size"] >= small for row in rows[:at] for w in row) \
            or any(_note_row(row) for row in rows[:at]):
        return foot, []
    end = at
    size, left = rows[at][0]["size"], rows[at][0]["x0"]
    while end + 1 < len(rows) and abs(rows[end + 1][0]["size"] - size) < 0.3 \
            and 0 <= rows[end + 1][0]["top"] - rows[end][0]["bottom"] < size \
            and abs(rows[end + 1][0]["x0"] - left) < size and not _note_row(rows[end + 1]):
        end += 1  # the caption's next line
    if at == 0:  # the caption over the figure: its labels under it, down to the first note
        while end + 1 < len(rows) and not _note_row(rows[end + 1]) and all(w["size"] < small for w in rows[end + 1]):
            end += 1
    taken = {id(w) for row in rows[:end + 1] for w in row}
    return [w for w in foot if id(w) not in taken], [w for w in foot if id(w) in taken]
