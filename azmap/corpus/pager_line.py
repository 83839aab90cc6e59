"""A pager's link after the text: the previous or next post, episode or article, a label and perhaps its title
after an arrow or before one ("← Previous episode: Ferries on the Caspian", "Nächste Folge: Die Häfen von Poti →",
"« Artículo anterior", "‹ Önceki bölüm: Hazar'da petrol"). Known by the arrow at the line's start or end, not
by the label's words: it is no text. A quotation in guillemets « … » or a sentence drawing a route with arrows
("Baku → Tbilisi → Kars: …, the ministry said.") is none.
"""
from __future__ import annotations

import re

_BACK = re.compile(r"^(?:←|‹|«|◀|◄|⟵|⇐|<<?)\s+\S")
_ON = re.compile(r"\S\s+(?:→|›|»|▶|►|⟶|⇒|>>?)$")


def is_pager(text: str) -> bool:
    """Whether a passage is a pager's link (see above)."""
    flat = " ".join(text.split())
    if not flat or len(flat) > 160 or len(flat.split()) > 16 or re.search(r"[.!?;]$", flat):
        return False
    if "«" in flat and "»" in flat:  # a quotation in guillemets
        return False
    return bool(_BACK.match(flat) or _ON.search(flat))
