"""A site's section menu saved with its page as a line of its own ("World | Asia & Pacific | Europe | Business |
Photos | Video", "Politik · Wirtschaft & Energie · Kultur · Sport"): four parts or more between the same bar or
middle dot, each one to three words, capitalised, with no figure and no sentence's sign. It is no title and no text;
a headline with its site after a bar ("Ferry queue at Alat shrinks | Caspian News") or parts before a long one
("Ports | Rail | Roads: how the corridor moved freight") is none.
"""
from __future__ import annotations

import re

_MARK = re.compile(r"\s+([|·•])\s+")


def menu_line(line: str) -> bool:
    """Whether a line is a section menu (see above)."""
    flat = " ".join(line.strip(" *_").split())
    if len(flat) > 160 or not _MARK.search(flat):
        return False
    marks = _MARK.findall(flat)
    parts = _MARK.split(flat)[::2]
    return len(set(marks)) == 1 and len(parts) >= 4 and all(
        1 <= len(p.split()) <= 3 and (p[:1].isupper() or p[:1] == "&") and not re.search(r"[\d.,:;!?/()\"“”«»]", p)
        for p in parts)
