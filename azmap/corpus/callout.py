"""A blog's aside set in a blockquote: one paragraph opening with a short label and a colon, perhaps after an
emoji ("> 💡 tip: buy the ticket the day before", "> consiglio pratico: …", "> Tipp: …", "> ⚠️ Uwaga: …"). It
is a box beside the text, as documents6's boxes in an article's middle are: no body. A blockquote with no label
is a quotation and stays; so does one whose label is a person's name ("> Nino Tsereteli: …", a speaker quoted),
or whose words before the colon are more than two (a sentence that introduces what follows), three where an
emoji or bold sets them apart as a label ("💡 Good to know:").
"""
from __future__ import annotations

import re

from azmap.corpus.person_names import _is_personal_name

# an emoji or a pictograph before the label (💡, 📌, ⚠️, ℹ️, 👉), with its variation selector
_SYMBOLS = r"(?:[\u203c\u2049\u2139\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?\s*)*"
_LABELLED = re.compile(rf"^({_SYMBOLS})(\*\*|__)?([^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){{0,2}})\2?\s?:\2?\s+\S", re.U)


def is_callout(raw: str) -> bool:
    """Whether a block (``raw``, its markdown) is a blockquote of one paragraph opening with a short label and a
    colon (a person's name before the colon is a speaker quoted, no label)."""
    lines = [ln.strip() for ln in raw.strip().splitlines()]
    if not lines or not all(ln.startswith(">") for ln in lines) or any(ln.strip("> ") == "" for ln in lines):
        return False
    text = " ".join(ln.lstrip(">").strip() for ln in lines)
    m = _LABELLED.match(text)
    # (a label of three words set apart by an emoji or bold, "💡 Good to know:"; "The minister said:" introduces)
    return bool(m) and len(text) <= 400 and not _is_personal_name(m.group(3)) \
        and (len(m.group(3).split()) <= 2 or bool(m.group(1) or m.group(2)))
