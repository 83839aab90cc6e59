"""A thesis chapter deposited in a university's repository, saved as text: the repository's cover sheet (its
name, the item's address, the citation "Surname, Given (2024) Title. Doctoral thesis, University.", a note
on the copy and its rights), then the chapter's label ("CHAPTER 3", "CHAPTER FIVE", "KAPITEL 4", "CHAPITRE 2")
and its title over one or two centred lines.

The cover is no text of the chapter: the title is the chapter's, its lines joined (the thesis's title in the
citation where no chapter's label follows the cover is not read here); the author is the one the citation
names, first name first, the university it gives the affiliation; the date the thesis's year. One
citation in the head, a chapter's label after it: a reading list or a paper's references is no cover.
"""
from __future__ import annotations

import re

_HEAD_CHARS = 2500  # where a cover sheet stands: the file's first lines
_KIND = (r"(?:PhD|Ph\.D\.|DPhil|D\.Phil\.|EngD|MPhil|M\.Phil\.|Master['’]s|MA|MSc|Doctoral|Doctorate)\s+(?:thesis|dissertation)|"
         r"Doctoral dissertation|Dissertation|Habilitationsschrift|Masterarbeit|Doktorarbeit|Thèse de doctorat|"
         r"Thèse|Mémoire de master|Tesi di dottorato|Tesis doctoral|Tese de doutorado|Диссертация")
_WORD = r"[A-ZÀ-ÞƏİ][\w'’-]+"
_CITATION = re.compile(rf"^(?P<surname>{_WORD}(?:[ -]{_WORD})?),\s+(?P<given>{_WORD}(?:\s+(?:{_WORD}|[A-Z]\.))*)\s+"
                       rf"\((?P<year>(?:19|20)\d\d)\)[.:]?\s+(?P<title>.+?)[.?!]\s+(?:\((?:{_KIND})\)|{_KIND})\s*"
                       rf"(?:\([^()]{{2,30}}\)\s*)?[,.]\s*(?P<university>[^.]{{3,120}}?)\.?$")
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eins|zwei|drei|vier|fünf|sechs|"
                 "sieben|acht|neun|zehn|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix")
_CHAPTER = re.compile(rf"^(?:chapter|kapitel|chapitre|capitolo|capítulo|глава)\s+(?:\d{{1,2}}|[IVXLC]{{1,6}}|{_NUMBER_WORDS})\.?$",
                      re.I)


def _blocks(text: str, start: int = 0):
    """(start, end, the block's lines stripped) of each run of non-blank lines from ``start``."""
    for m in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[start:]):
        lines = [ln.strip(" \t\f") for ln in m.group(0).split("\n") if ln.strip(" \t\f")]
        if lines:
            yield start + m.start(), start + m.end(), lines


def cover(text: str) -> tuple[str, dict, str, int] | None:
    """(the chapter's title, its author with the university as affiliation, the year, where the chapter's
    text starts) of a text under a repository's cover sheet (see the module), or None."""
    head = text[:_HEAD_CHARS]
    if "(" not in head or not re.search(_KIND, head, re.I):
        return None
    cited, label_at = [], None
    blocks = list(_blocks(head))
    for i, (_, _, lines) in enumerate(blocks):
        if len(lines) == 1 and _CHAPTER.match(lines[0]):
            label_at = i
            break
        m = _CITATION.match(" ".join(lines))
        if m:
            cited.append(m)
    if len(cited) != 1 or label_at is None or label_at + 1 >= len(blocks):
        return None
    m = cited[0]
    _, end, title_lines = blocks[label_at + 1]
    if len(title_lines) > 3 or _CHAPTER.match(title_lines[0]):
        return None
    author = {"name": f"{m.group('given')} {m.group('surname')}", "affiliation": m.group("university").strip()}
    return " ".join(title_lines), author, m.group("year"), end
