"""A reference mark in square brackets ("[12]", "[3]-[6]", "[14], [15]") in a document with notes: a note's
mark when it is glued to the word or the stop before it ("capital.[1]"), or when the notes are numbered for
it to point to ("[1] Source …", "1. Source …"); otherwise words of the line, kept as printed (a press
summary's references to the judgment's paragraphs, explained in a line after the text that numbers no
note). A mark that goes takes its space and the rest of its run with it: no gap is left before the
punctuation ("at the time [45]." reads "at the time.", never "at the time .").
"""
from __future__ import annotations

import re

# a run of marks: "[3]", "[3]-[6]", "[14], [15]", with the white space before it
_RUN = re.compile(r"(\s*)\[\d{1,3}\](?:\s*[-–,]\s*\[\d{1,3}\])*")
# a note numbered for a mark to point to: "[1] …", "[1]: …", "1. …", "1) …", "^ …", a raised number
_NUMBERED_NOTE = re.compile(r"^\s*(?:\[\^?\d{1,3}\]:?|\d{1,3}[.)]|\^|<sup>\d+</sup>|\d{1,3}\s+(?=[A-Z\"“]))\s*\S")


# a note's mark in Unicode superscript figures glued after a word or a stop ("capacity.²", "Aktau¹,"); a raised
# figure set against ten or a length unit's symbol ("10⁹", "km²", "m³") is its power, and stays
_RAISED_RUN = re.compile(r"(?<=[^\W\d_]|[.,;:!?)\]»”\"'’])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
POWER_BASE = re.compile(r"^(?:10|[kcmdμ]?m)$")
_POWER_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?:10|[kcmdμ]?m|[кмсд]?м)$")  # (Cyrillic's "м³", "км²" too)


def without_raised(text: str) -> str:
    """``text`` without its note marks in superscript figures glued to what stands before them (see _RAISED_RUN),
    a unit's power kept as printed."""
    return _RAISED_RUN.sub(lambda m: m.group(0) if _POWER_BEFORE.search(text, 0, m.start()) else "", text)


def without_marks(text: str, spaced: bool) -> str:
    """``text`` without its bracketed marks: those glued to what stands before them, and (``spaced``) those
    after a space too, each with its space."""
    return _RUN.sub(lambda m: "" if spaced or not m.group(1) else m.group(0), text)


def numbered(notes: list[str]) -> bool:
    """Whether any of a document's notes (their first lines) is numbered for a mark to point to."""
    return any(_NUMBERED_NOTE.match(line) for line in notes)
