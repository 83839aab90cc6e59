"""A scan read by optical character recognition and saved as plain text: specks on the page read as stray
marks (a full stop, a comma, an apostrophe, a tilde) on lines of their own or far to the right of a line,
and a bracketed note over the text on who digitised it ("[Digitised by … Library, … 2019. Text produced by
optical character recognition; … Scanned 11 June 2019.]"). The marks are no words (the text is read without
them, once two lines of a lone mark show that it is such a scan); the note is no title, no date and no body.
"""
from __future__ import annotations

import re

_SPECK_LINE = re.compile(r"(?m)^[ \t]*[.,'`~´‘’][ \t]*\n")
_SPECK_AFTER = re.compile(r"(?m)(\S)[ \t]{8,}[.,'`~´‘’][ \t]*$")
# the note's words: digitised, scanned, optical character recognition, in a few languages
_NOTE_WORDS = re.compile(r"digiti[sz]ed|scanned|\bOCR\b|optical character recognition|numéris|digitalisiert|gescannt|"
                         r"digitalizado|escaneado|оцифрова|распознава", re.I)


def without_specks(text: str) -> str:
    """The text without the stray marks of a scan (unchanged when fewer than two lines hold a lone mark)."""
    if len(_SPECK_LINE.findall(text[:20000])) < 2:
        return text
    return _SPECK_AFTER.sub(r"\1", _SPECK_LINE.sub("\n", text))


def scan_note_end(text: str) -> int | None:
    """Where a bracketed note on the scan, at the text's top, ends; None without one."""
    m = re.match(r"\s*\[[^\[\]]{20,600}\][ \t]*(?:\n|$)", text)
    if m and _NOTE_WORDS.search(m.group(0)):
        return m.end()
    return None
