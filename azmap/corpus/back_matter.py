"""Whether a heading that names the sources ("Sources", "Quellen", "Fuentes", "Fontes"), back matter where a list
of them stands under it, heads a section of the text instead: prose under it (a dataset's README telling where
its figures come from, in paragraphs of sentences), not a list of entries (an author and a year in brackets, a
numbered note, a link). Such a section is body, and the headings after it head the text again ("Contributing").
Notes, references and a bibliography stay back matter whatever stands under them (a paper's notes in prose, the
small type the PDF reader sets under "Notes": a disclaimer, a note on the authors).
"""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][\"”’»)]?\s+(?=[A-ZÀ-ÞА-ЯЁ])")
# an entry's marks: a year in brackets or after a comma before a full stop, "Surname, I." at its head, a
# number or a marker at its head, a link
_ENTRY = re.compile(r"\(\d{4}[a-z]?\)|^[^\W\d][\w'’-]+,\s+[A-Z]\.|^\s*(?:\[?\d{1,3}[\].)]?\s|[-*•^]\s)|https?://|\bpp?\.\s?\d")
_MIN_CHARS = 150
_SOURCES = re.compile(r"^(?:sources|quellen|fuentes|fontes|fonti|источники|джерела|kaynaklar|źródła)$", re.I)


def names_sources(heading: str) -> bool:
    return bool(_SOURCES.match(heading.strip()))


def is_prose(text: str) -> bool:
    """Whether a block under such a heading is a paragraph of prose: two sentences or more, no entry's marks."""
    t = " ".join(text.split())
    return len(t) >= _MIN_CHARS and len(_SENTENCE_END.findall(t)) >= 1 and t[-1:] in ".!?" and not _ENTRY.search(t)
