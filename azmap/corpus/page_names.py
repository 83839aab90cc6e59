"""A page's head that repeats the name its foot printed ("3   CASPIAN PETROLEUM BULLETIN", a form feed, then
"CASPIAN PETROLEUM BULLETIN   No. 14, November 1997"): the publication's name in capitals, two words or more,
on the last line of one page and the first of the next. The head is a running head, no body, whatever it adds
(the issue, the month).
"""
from __future__ import annotations

import re

_CAPITALS = re.compile(r"(?:\b[A-ZÀ-ÞА-ЯƏÜÖĞŞÇİ][A-ZÀ-ÞА-ЯƏÜÖĞŞÇİ'’-]+\b\s+){1,8}[A-ZÀ-ÞА-ЯƏÜÖĞŞÇİ][A-ZÀ-ÞА-ЯƏÜÖĞŞÇİ'’-]+\b")


def _names(line: str) -> set[str]:
    return {" ".join(m.group(0).split()) for m in _CAPITALS.finditer(line)}


def same_name(head: str, foot: str) -> bool:
    """Whether a page's first line and the page's last line before it print the same name in capitals,
    and the head is short (a running head, no paragraph)."""
    if len(head) > 120 or re.search(r"[a-zà-ÿ]{3,}\s+[a-zà-ÿ]{3,}\s+[a-zà-ÿ]{3,}", head):
        return False  # (three words in small letters: prose)
    return bool(_names(head) & _names(foot))
