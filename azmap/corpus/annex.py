"""An annex after the signatures: an agreement's or a letter's text goes on after its signature
block under a heading of its own ("Annex", "Appendix 1", "Attachment A: …", "Schedule 2",
"Protocol", "Приложение", "Anhang", "Annexe I"), and the annex's paragraphs are body again.

The document is read without the annex first: what its reading cuts at the end (the signature
block, the signatories) stays cut, and the body resumes at the annex's heading
(``Metadata.body_resume``). Only when something was cut, the cut holds no paragraph of prose, and
the heading is followed by prose of its own: an annex note with no text ("Annex: not reproduced"),
or "Appendix 2 shows …" within a paragraph, changes nothing.
"""
from __future__ import annotations

import re

# the heading's word, a number or a letter, and a title after a separator; nothing else on the line
_HEAD = re.compile(
    r"^[ \t#*_]*(?:annexe?|appendix|attachment|enclosure|schedule|protocol|addendum|anhang|anlage|anexo|allegato|"
    r"приложение|додаток|əlavə)(?:[ \t]+(?:no\.?[ \t]*|№[ \t]*)?(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\b)?[ \t]*"
    r"(?:[.:–—-][ \t]*[^\n]{0,100})?[ \t*_]*$", re.I | re.M)
_PREFILTER = re.compile(r"annex|appendix|attachment|enclosure|schedule|protocol|addendum|anhang|anlage|anexo|allegato|"
                        r"приложение|додаток|əlavə", re.I)
_TERMINAL = re.compile(r"[.!?;:][\"”’')\]]*$")
_MOST_CANDIDATES = 3


def _prose(line: str, words: int) -> bool:
    flat = " ".join(line.strip(" *_>").split())
    return len(flat.split()) >= words and bool(_TERMINAL.search(flat))


def headings(text: str) -> list[int]:
    """Where each line that heads an annex starts: a line of its own after a blank line, followed by
    a paragraph of prose before the next such heading."""
    if not _PREFILTER.search(text):
        return []
    out = []
    for m in _HEAD.finditer(text):
        before = text[:m.start()].rstrip(" \t")
        if before and not before.endswith("\n\n"):
            continue  # (a line of a paragraph)
        line = m.group(0)
        if _prose(line, 4) and not re.search(r"[:–—-]", line):  # a sentence, not a heading
            continue
        after = text[m.end():m.end() + 2000]
        nxt = _HEAD.search(after)
        if any(_prose(ln, 8) for ln in (after[:nxt.start()] if nxt else after).splitlines()):
            out.append(m.start())
    return out


def read_with_annex(text: str, read):
    """``read(text)``'s metadata; where an annex follows what the reading cuts at the end (its
    signatures), the reading of the text before the annex, with the body resuming at the annex."""
    for at in headings(text)[:_MOST_CANDIDATES]:
        head = read(text[:at])
        cut = head.body_end
        if cut is None or cut > at or not text[head.body_start:cut].strip():
            continue
        if any(_prose(ln, 10) for ln in text[cut:at].splitlines()):
            continue  # a paragraph would be lost between the cut and the annex
        head.body_resume = at
        return head
    return read(text)
