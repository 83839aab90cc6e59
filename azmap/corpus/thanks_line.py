"""A line thanking named people for their help with the work ("Thanks to A and B for checking the 2024
figures.", "Danke an A und B für …", "Merci à A et B pour …", "Gracias a A y B por …", "Grazie a …", "Obrigado
a …", "Дякуємо A та B за …", "Спасибо …", "Dziękujemy …", "… teşekkür ederiz"): an acknowledgement, no body (as
documents14's acknowledgements). A person's name must follow the thanks: a story's "Thanks to the new
compressor stations, …" names none and stays.
"""
from __future__ import annotations

import re

_OPEN = re.compile(r"^(?:(?:many|special|our)\s+)?thanks\s+(?:also\s+)?(?:go\s+)?to|^we\s+(?:also\s+)?thank|"
                   r"^(?:vielen\s+)?dank\s+an|^danke\s+an|^merci\s+(?:à|a)|^nous\s+remercions|^gracias\s+a|"
                   r"^agradecemos\s+a|^grazie\s+a|^ringraziamo|^obrigad[oa]s?\s+a|^дякуємо|^спасибо|^благодарим|"
                   r"^dziękujemy|^teşekkürler|^təşəkkür\s+edirik", re.I)
_MAX_CHARS = 240
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def is_thanks(text: str) -> bool:
    """Whether a block is one sentence or two thanking people it names."""
    from azmap.corpus.person_names import _is_personal_name

    t = " ".join(text.split()).strip("*_ ")
    m = _OPEN.match(t)
    if not m or len(t) > _MAX_CHARS or len(_SENTENCE_END.findall(t)) > 2:
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", t[m.end():])[:3]
    return any(_is_personal_name(" ".join(words[:n])) for n in (2, 3) if len(words) >= n)
