"""A byline's words in brackets after the writer's name, in any language: "Par <a>Claire Fontanel</a>
(Nakhitchevan, envoyée spéciale)", "By Name (Tbilisi, special correspondent)", "Name (Baku State
University)": the place she reports from and her role, or her institute, are her affiliation as
printed, the brackets off. A page naming one writer only; the first place the page shows her name with
brackets after it (closing tags between allowed). Brackets holding a figure (a reading time "4 min
read", an update's hour "aktualisiert 14:05 Uhr") or a sentence hold no affiliation.
"""
from __future__ import annotations

import html
import re

from azmap.corpus.byline_line import contribution

_MAX_WORDS = 8


def _bracketed(name: str, markup: str) -> str | None:
    head = markup.lower().find("<body")
    said = r"\s+".join(re.escape(html.escape(w, quote=False)) for w in name.split())
    found = re.compile(rf">\s*{said}\s*(?:</[a-z]+>\s*){{0,3}}\(([^()<>]{{2,120}})\)").search(markup, max(head, 0))
    if not found:
        return None
    words = " ".join(html.unescape(found.group(1)).split())
    if re.search(r"\d", words) or len(words.split()) > _MAX_WORDS or words.endswith((".", "!", "?")) \
            or contribution(words):  # "Name (Text)": her role as a contributor, no affiliation (byline_line.py)
        return None
    return words


def bracketed_affiliation(meta, markup: str) -> None:
    """The one writer's affiliation from the words in brackets after her name (see the module), where she
    has none or one the tags gave in its brackets."""
    if len(meta.authors) != 1 or meta.authors[0].get("organisation"):
        return
    author = meta.authors[0]
    held = author.get("affiliation")
    if held and not (held.startswith("(") and held.endswith(")")):
        return
    words = _bracketed(author["name"], markup)
    if words:
        author["affiliation"] = words
    elif held:
        author["affiliation"] = held[1:-1].strip() or None
