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
_WORDS = ("annex", "appendix", "attachment", "enclosure", "schedule", "protocol", "addendum", "anhang", "anlage",
          "anexo", "allegato", "приложение", "додаток", "əlavə")
# a case-blind pattern takes these for a letter of the words above as lower() does not: the dotted and
# dotless I and the long s are read as i and s (lengths kept); with one of the old Cyrillic letter forms
# the text is looked through by the pattern itself
_FOLD = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
_CASE_BLIND_ODD = re.compile("[\u1c80-\u1c88]")
_TERMINAL = re.compile(r"[.!?;:][\"”’')\]]*$")
_MOST_CANDIDATES = 3


def _prose(line: str, words: int) -> bool:
    flat = " ".join(line.strip(" *_>").split())
    return len(flat.split()) >= words and bool(_TERMINAL.search(flat))


def _places(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _heading_lines(text: str):
    """_HEAD's matches in ``text``, in order: looked for only at the starts of the lines where one
    of its words stands first (the same matches as _HEAD.finditer, without trying every line)."""
    if _CASE_BLIND_ODD.search(text):
        found = [w.start() for w in _PREFILTER.finditer(text)]
    else:
        low = text
        for odd, letter in _FOLD:
            if odd in low:
                low = low.replace(odd, letter)
        low = low.lower()  # as long as the text: its places are the text's
        found = sorted(i for word in _WORDS for i in _places(low, word))
    starts = set()
    for at in found:
        start = text.rfind("\n", 0, at) + 1
        if start in starts or text[start:at].strip(" \t#*_"):
            continue
        starts.add(start)
        m = _HEAD.match(text, start)
        if m:
            yield m


def headings(text: str) -> list[int]:
    """Where each line that heads an annex starts: a line of its own after a blank line, followed by
    a paragraph of prose before the next such heading."""
    out = []
    for m in _heading_lines(text):
        i = m.start()
        while i and text[i - 1] in " \t":
            i -= 1
        if i and not text.endswith("\n\n", 0, i):
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
