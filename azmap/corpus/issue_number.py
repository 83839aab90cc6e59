"""An issue's number before a letter's or a series' subject ("#87: Storage targets …", "Ausgabe 34: …", "N° 41 : …",
"Número 7 | …", "Выпуск №15: …", "Wydanie 9: …"): the issue's place in its series, no word of the title, as a
site's name after a page's title is none. A count ("5 reasons …") or a hashtag of letters ("#Caspian2026: …")
opening a title is its own.
"""
from __future__ import annotations

import re

# the issue's word, by meaning: en, de, fr, es, it, pt, ru, uk, tr, az, pl, nl
_WORD = (r"issue|number|no\.?|ausgabe|heft|nr\.?|numéro|n[°º]|número|edición|numero|n\.|edição|выпуск|номер|випуск|"
         r"sayı|buraxılış|nömrə|wydanie|numer|editie|nummer|aflevering")
_ISSUE = re.compile(rf"^(?:(?:{_WORD})\s*(?:№|#|n[°º])?\s*|#\s*|№\s*)\d{{1,4}}\s*(?::|\||–|—|-)\s+(?=\S)", re.I)


def without_issue(title: str) -> str:
    """The title without an issue's number before it (when two words or more are left)."""
    m = _ISSUE.match(title or "")
    if not m or len(title[m.end():].split()) < 2:
        return title
    return title[m.end():]
