"""A page's readers' comments by what they show, not by their class words: a block whose first element is a
heading saying comments follow ("12 comments", "Leave a Reply", "Kommentare (4)", "Комментарии") is the
comments, out of the text before reading (the article reader finds them by their class and id names alone,
which another template spells otherwise or hashes)."""
from __future__ import annotations

import re

_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:(?:reader'?s'?\s+)?comments?|responses?|replies|leave\s+a\s+(?:reply|comment)|"
    r"join\s+the\s+discussion|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|"
    r"yorumlar|şərhlər|комментари\w*|відгуки|коментар\w*)(?:\s*\(\d+\))?\s*:?$", re.I)
_CONTAINERS = frozenset(("div", "section", "aside"))
MAX_HEADINGS = 20


def _flat(text: str) -> str:
    return " ".join(text.split())


def comment_sections(tree) -> list:
    """The blocks of ``tree`` that a comments heading opens (see the module), holding no <h1>."""
    from itertools import islice

    from azmap.corpus.html_blocks import _found

    out = []
    for heading in islice(_found(tree, "//h2 | //h3 | //h4"), MAX_HEADINGS):
        if not _HEADING.match(_flat(heading.text_content())):
            continue
        block = heading.getparent()
        if block is None or not isinstance(block.tag, str) or block.tag not in _CONTAINERS:
            continue
        first = next((c for c in block if isinstance(c.tag, str)), None)
        if first is heading and not block.xpath(".//h1") and (block.text or "").strip() == "":
            out.append(block)
    return out


def drop_comment_sections(tree) -> int:
    """Take the comments blocks out of a parsed page (their tails stay). How many."""
    from azmap.corpus.html_blocks import drop_all

    return drop_all(comment_sections(tree))
