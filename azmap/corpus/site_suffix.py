"""A page's <title> (or og:title) "Headline - Site", its last part the site's name by the page's own
evidence: the page shows those words alone as an element's text outside its article (its logo, its
wordmark, "<span class="wordmark">Openpedia</span>"), in any language and whatever separator ("-",
"–", "—", "|", "·"). The title is the rest, however few words the page's heading has ("Alat Port").

A last part in lower-case words (a headline's: "Business - Ferry operator doubles sailings") or one the
page shows only inside a sentence is no site's name, and a rest of one word keeps the whole.
"""
from __future__ import annotations

import html
import re

_SEPARATOR = re.compile(r"\s+[-|–—·•]\s+")
_MAX_SITE_WORDS = 4
_ARTICLE = re.compile(r"<(main|article)\b.*?</\1\s*>", re.I | re.S)
_HEAD_END = re.compile(r"</head\s*>", re.I)


def _capitalised(words: list[str]) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def without_shown_site(title: str, markup: str) -> str:
    """``title`` without a last part the page shows as its site's name (see the module)."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1].split()
    rest = title[:title.rfind(parts[-1])].rstrip(" -|–—·•")
    if not 1 <= len(last) <= _MAX_SITE_WORDS or not _capitalised(last) or len(rest.split()) < 2:
        return title
    head = _HEAD_END.search(markup)
    page = markup[head.end():] if head else markup
    article = _ARTICLE.search(page)
    outside = page[:article.start()] + page[article.end():] if article else page
    said = r"\s+".join(re.escape(html.escape(w, quote=False)) for w in last)
    return rest if re.search(rf">\s*{said}\s*<", outside) else title
