"""An agency's item as a client's teleprinter feed prints it: the start-of-message signal "ZCZC" (with the
item's number) and the lines of transmission and routing codes under it, up to the first blank line, over the
headline; at the foot the routing code again and the transmission's stamp, day-MON-yy and the time, before the
end-of-message signal "NNNN". The codes are no title and no text (``head_end``: where the item's own lines
start). A dateline that gives the day and the month but no year ("BAKU, 3 MAR -", "TIFLIS, 6 MRZ -") takes the
stamp's year, the year before when the dateline's month is later than the stamp's (an item of 31 December sent
after midnight); with no such dateline the stamp's day is the item's (``dated``).
"""
from __future__ import annotations

import re

_START = re.compile(r"[ \t]*ZCZC\S*[^\n]*\n")  # the start-of-message signal, first in the text
_STAMP = re.compile(r"^\s*(\d{1,2})-([A-Za-z]{3})-(\d{2})\s+\d{1,2}:\d{2}\s*NNNN\s*$", re.M)
# the dateline in the item's first lines: a place in capitals, a comma, the day and the month's word, a dash
_DATELINE = re.compile(r"^(?:\([^()\n]{1,30}\)\s*[-–—]\s*)?[^\W\d_][^\n,]{1,40},\s*(\d{1,2})\.?\s+([^\W\d_]{3,9})\.?\s*[-–—]",
                       re.M)
_HEAD_CHARS = 2000  # where the dateline stands: under the headline, at the text's start


def is_item(text: str) -> bool:
    """Whether a text is a teleprinter item: "ZCZC" first, "NNNN" at the foot."""
    return bool(_START.match(text)) and "NNNN" in text[-400:]


def head_end(text: str) -> int:
    """Where a teleprinter item's own lines start: after "ZCZC" and the code lines under it, up to the first
    blank line (0 for any other text)."""
    if not is_item(text):
        return 0
    blank = re.search(r"\n[ \t]*\n", text)
    return blank.end() if blank and blank.start() < 400 else 0


def dated(text: str) -> str | None:
    """A teleprinter item's day: its dateline's day and month in its stamp's year, else the stamp's day."""
    from azmap.corpus.date_parse import parse_date

    if not is_item(text):
        return None
    stamps = list(_STAMP.finditer(text))
    if not stamps:
        return None
    day, month, yy = stamps[-1].groups()
    sent = parse_date(f"{day} {month} 20{yy}")
    if not sent:
        return None
    line = _DATELINE.search(text, head_end(text), head_end(text) + _HEAD_CHARS)
    if line:
        when = parse_date(f"{line.group(1)} {line.group(2)} {sent[:4]}")
        if when and when[5:7] > sent[5:7]:  # sent in the next year
            when = parse_date(f"{line.group(1)} {line.group(2)} {int(sent[:4]) - 1}")
        if when:
            return when
    return sent


_BRACKETED_LINE = re.compile(r"^[ \t]*\(([^()\n]{3,80})\)[ \t]*\n(?=[ \t]*\S[^\n]*\n?)", re.M)


def line_over_dateline(text: str, start: int) -> tuple[str, int, int] | None:
    """(the words, start, end) of a line alone in round brackets right over the line that opens with the
    dateline, in an item's head ("(di Giulia Ferrante)", "(Updates with the minister's comments)"): an agency's
    byline or its note on the version, either way no line of the first paragraph. None where there is none."""
    for m in _BRACKETED_LINE.finditer(text, start, start + _HEAD_CHARS):
        if _DATELINE.match(text, m.end()):
            return m.group(1).strip(), m.start(), m.end()
    return None


# a transmission stamp as a line of its own, at an item's head or foot: the agency's code perhaps, a group of six
# figures (day, hour, minute), a time zone's letters, the month's short word and the year's two figures
# ("HINA  171245 MET nov 26", "041530 GMT MAR 26", "ČTK 041045 SEČ bře 26")
_STAMP_LINE = re.compile(r"^(?:[^\W\d_][\w-]{0,11}\s+)?(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d\s+[^\W\d_]{2,5}"
                         r"\s+[^\W\d_]{3,4}\.?\s+\d{2}$")


def stamp_line(line: str) -> bool:
    """Whether a line is a transmission stamp alone (no title, no text)."""
    return bool(_STAMP_LINE.match(line.strip()))
