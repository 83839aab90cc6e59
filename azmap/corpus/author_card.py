"""An author card in a page, by its heading's words, not its classes: a heading whose whole text says "About the
author" in any of the byline grammar's languages (byline_grammar.py: "Über den Autor", "Об авторе", "Müəllif
haqqında") over a block whose sentences open with the writers' names ("A writes about …", "A regionun …
yazır."). The article reader leaves such a card out with the rest of the <aside>; its names stand for the
writers where the tags and the byline name no person (the outlet in the meta author tag, or nobody).
"""
from __future__ import annotations

import html
import re

from azmap.corpus import byline_grammar

_TEXT = re.compile(r">([^<>]{4,80})<")
_BLOCK_END = re.compile(r"</(?:p|div|li|dd|section|aside|blockquote)\s*>|<(?:p|div|li|dd|h[1-6])\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def card_names(markup: str) -> list[dict]:
    """The people the page's last author card names (its heading's words in any language), [] without one."""
    from azmap.corpus.author_evidence import _card_names

    body = max(markup.find("<body"), 0)
    heads = [m for m in _TEXT.finditer(markup, body)
             if byline_grammar.about_heading(" ".join(html.unescape(m.group(1)).split()))]
    if not heads:
        return []
    after = markup[heads[-1].end() - 1:heads[-1].end() + 3000]
    blocks = [" ".join(html.unescape(_TAG.sub(" ", b)).split()) for b in _BLOCK_END.split(after)]
    text = next((b for b in blocks if b), "")
    return [{"name": p["name"], "affiliation": None} for p in _card_names(text)]


def card_over_no_person(meta, markup: str) -> None:
    """The card's writers where the page names no person as its author (the outlet in the tags, or nobody)."""
    from azmap.corpus.metadata_credits import names_a_person
    from azmap.corpus.page_chrome import site_names

    site = site_names(markup) | {(meta.publisher or "").casefold()}
    if any(names_a_person(a) and a["name"].casefold() not in site for a in meta.authors) or "<" not in markup:
        return  # (the site's own name in the author tag names no person)
    named = card_names(markup)
    if named:
        meta.authors, meta.author = [], None
        meta.found("authors", named, "author's card (its heading)")
