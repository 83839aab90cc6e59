"""A slide's passages as readable text: whole sentences, as many as the column holds, then
"continued in the notes" (never a passage cut mid-sentence, never a scroll bar on a slide)."""
from __future__ import annotations

import re
from html import escape

from azmap.ui import panel_html

CONTINUED = "… continued in the notes"
# a sentence ends at . ! ? or … (with any closing quote or bracket) before a space and more text
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*(?=\s+\S)")
_NOT_AN_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Dr|St|Gen|Col|Lt|No|vs|cf|e\.g|i\.e|approx|km|ca))\.$")


def sentence_ends(text: str) -> list[int]:
    """Offsets at which the sentences of ``text`` end (the last is the end of the text)."""
    t = text.rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(t) if not _NOT_AN_END.search(t[max(0, m.start() - 8):m.start() + 1])]
    return sorted(set(ends) | {len(t)})


def _passage(hit, end: int, focus: set[str], continued: bool) -> str:
    mentions = [m for m in hit.mentions if m["end"] <= end]
    text = panel_html.marked_text(hit.text[:end], mentions, focus)
    more = f' <span style="color:#777"><i>{escape(CONTINUED)}</i></span>' if continued else ""
    return (f'<p style="margin:0 0 4px 0">{text}{more}</p>'
            f'<p style="margin:0 0 14px 0;color:#555;font-size:small">{escape(panel_html.citation(hit))}</p>')


def slide_html(hits, fits, focus: set[str] = frozenset()) -> str:
    """The hits' texts in whole sentences, as many as ``fits(html)`` accepts; the first sentence
    of the first passage is always shown."""
    parts: list[str] = []
    for hit in hits:
        ends = sentence_ends(hit.text)
        best = None
        for n, end in enumerate(ends):
            continued = n < len(ends) - 1
            if not fits("".join(parts) + _passage(hit, end, focus, continued)) and (best is not None or parts):
                break
            best = (end, continued)
        if best is None:  # not even its first sentence fits under the passages before it
            parts.append(f'<p style="color:#777"><i>{escape(CONTINUED)}</i></p>')
            break
        parts.append(_passage(hit, best[0], focus, best[1]))
        if best[1]:
            break
    return "".join(parts)
