"""Raised marks in a PDF's front lines (a paper's names, its affiliation lines, its notes), told by
their type size and their place over the line's baseline: a mark is written ``^x`` against the word
it follows, or before the line it leads ("Aysel Karimova^a, Orkhan Mustafayev^a*", "^aDepartment of
…", "^*Corresponding author"), so that the text keeps what the page shows: which name a mark is
set on and which line answers it (affiliation_marks.py reads them), and a line led by a mark no
list's bullet nor the run-on of the line over it.

Words are pdfplumber's word dicts (text, x0, x1, top, bottom, size).
"""
from __future__ import annotations

import re

from azmap.corpus.affiliation_marks import _SIGN_RUN, _SIGNS  # signs set as marks, alone or repeated ("**", "§§")

_MARK_TEXT = re.compile(rf"^(?:[0-9]{{1,2}}|[a-zA-Z]|[{_SIGNS}]{{1,3}})(?:[,;]?(?:[0-9]{{1,2}}|[a-z]|[{_SIGNS}]))*[,;]?$")
# a note led by a sign or a sign's run in its own type, not raised ("* A is …", "+ B is …", "** C is …"); a
# figure so set is a footnote's
_SIGN_LED = re.compile(rf"^({_SIGN_RUN})\s+(?=\S)")
_CLINGING = re.compile(r"^[,;:.)\]]+$")  # punctuation set after a mark, against it


def raised(word: dict, size: float, baseline: float) -> bool:
    """Whether a word is a raised mark in a line of type ``size`` whose baseline is ``baseline``: at
    most four characters of figures, a letter or signs ("1", "a", "1,2", "†*"), set at no more than four fifths of the
    line's size, its foot above the baseline by a fifth of the line's size."""
    return word["size"] <= size * 0.8 and baseline - word["bottom"] > size * 0.2 and len(word["text"]) <= 4 \
        and bool(_MARK_TEXT.match(word["text"]))


def baseline(words: list[dict], size: float) -> float:
    """A line's baseline: the foot of its words in its own type (a raised mark's is higher)."""
    return max((w["bottom"] for w in words if w["size"] > size * 0.85), default=max(w["bottom"] for w in words))


def has_raised(words: list[dict], size: float) -> bool:
    base = baseline(words, size)
    return any(raised(w, size, base) for w in words)


def marked_text(words: list[dict], size: float) -> str:
    """A line's text with its raised marks written ``^x`` against the word before them (or the word
    after, when the mark leads the line); punctuation after a mark set against it."""
    base = baseline(words, size)
    out = ""
    after_mark = False
    for k, w in enumerate(sorted(words, key=lambda w: w["x0"])):
        text = w["text"]
        if raised(w, size, base):
            out += "^" + text
            after_mark = True
            continue
        if not out:
            out = text
        elif after_mark and (_CLINGING.match(text) or k == 1 and out.startswith("^")):
            out += text
        else:
            out += " " + text
        after_mark = False
    return out


def marks_of(text: str) -> set[str]:
    """The marks a front line sets (``^a``, ``^1,2``, ``^†*``), each on its own."""
    found = set()
    for m in re.finditer(rf"\^([0-9a-zA-Z{_SIGNS},;]+)", text):
        run = m.group(1)
        if len(run) > 1 and run[-1].isalpha() and run[-2].isalpha():  # "^aDepartment": the mark is its first letter
            run = run[0]
        found.update(re.findall(rf"\d{{1,2}}|[a-zA-Z]|{_SIGN_RUN}", run))  # ("†‡": two marks; "**": one)
    return found


def leading_mark(text: str) -> str | None:
    """The mark that leads a line (``^aDepartment …``, ``^1 Institute …``), or None."""
    m = re.match(rf"^\^([0-9]{{1,2}}|[a-zA-Z]|{_SIGN_RUN})", text)
    return m.group(1) if m else None


def foot_to_front(line, text: str, name_marks: set[str], title_marks: set[str], above, body_size: float
                  ) -> str | None:
    """A first page's line under its text (a Line) that belongs over it: led by a raised mark the
    names set, or by a sign they set in the note's own type (an affiliation, the corresponding author's
    note, a biography), written as the front writes it; led
    by the title's mark (a note on the paper), or a note in small type that dates the paper ("Paper
    prepared for …, May 2024"), as page furniture. "+" for the next line of such a line (the same
    type, close under it); None for any other line (a footnote, a caption). ``above``: the line
    moved just before, if any."""
    marked = marked_text(line.words, line.size) if has_raised(line.words, line.size) else text
    sign = _SIGN_LED.match(marked)
    if sign and sign.group(1) in name_marks:  # the names' sign set in the note's own type: "+ A is a fellow at …"
        marked = "^" + marked
    lead = leading_mark(marked)
    if lead is not None and lead in name_marks:
        return marked
    if lead is not None and lead in title_marks:
        return _FURNITURE + marked
    dates = lead is None and line.size < body_size * 0.9 and not re.match(r"^\d{1,3}\s", text) \
        and len(text) <= 200 and _dates(text)
    # (a line that dates the paper under a note's last sentence is a note of its own: "Received …; accepted …")
    if lead is None and above is not None and abs(above.size - line.size) < 0.3 \
            and 0 <= line.top - above.bottom < line.size and not (dates and _ended(above.text)):
        return "+"
    return _FURNITURE + text if dates else None


def _ended(text: str) -> bool:
    """A note's line that ends it: a sentence's end, or an address ("Correspondence: a.b@example.org")."""
    last = text.rstrip().rsplit(None, 1)[-1] if text.strip() else ""
    return last.endswith(".") or "@" in last


def _dates(text: str) -> bool:
    from azmap.corpus.metadata import parse_date

    return bool(re.search(r"\b(?:1[89]|20)\d\d\b", text) and parse_date(text))


_FURNITURE = "Page furniture: "  # as azmap.corpus.pdf writes a line of page furniture


def dated_note(line, text: str, body_size: float) -> bool:
    """Whether a first page's line over its text, under the title, is a note that dates the paper
    ("Presented at …, octobre 2022", "Vorgetragen auf der …, Oktober 2024", "Paper prepared for …"):
    in type no larger than the body's, longer than a line that only dates (some sixty characters), with
    a year, a date in any language, and not led by a raised mark."""
    if len(text) <= 60 or len(text) > 300 or line.size > body_size + 0.1 or text.startswith("^") \
            or not re.search(r"\b(?:1[89]|20)\d\d\b", text):
        return False
    from azmap.corpus.metadata import parse_date

    return bool(parse_date(text))
