"""A note's reference in a web page's paragraph, set as a link to the note further down the same page
(a word processor's "<a href="#_ftn1">[1]</a>", a converter's "<a href="#fn2" class="footnote-ref">[2]</a>",
a wiki's "#cite_note-3"): a number or a letter, bracketed or not, no word of the paragraph. Taken out of
the parsed page before the article reader reads it (the link's tail, the text after it, stays). A link
to another part of the page with words in it ("[Annex 1]", "table 2") is the paragraph's own."""
from __future__ import annotations

import re
from itertools import islice

_MARK = re.compile(r"^\s*\[?\s*(?:\d{1,3}|[a-z]|[*†‡])\s*\]?\s*$")
_MAX_LINKS = 5000


_BLOCKS = {"p", "li", "div", "td", "th", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}


def _opens_its_block(link) -> bool:
    """Whether a link is the first text of its block: a note's number leading back to its reference."""
    block = link.getparent()
    while block is not None and block.tag not in _BLOCKS:
        block = block.getparent()
    if block is None:
        return True
    return " ".join(block.text_content().split()).startswith(" ".join(link.text_content().split()))


def drop_note_refs(tree) -> None:
    """The page's note references taken out (see the module), in place; a note's own number, the
    link that opens it and leads back, stays."""
    for link in list(islice(tree.iter("a"), _MAX_LINKS)):
        href = link.get("href") or ""
        if href.startswith("#") and len(href) > 1 and link.getparent() is not None \
                and _MARK.match(link.text_content()) and not _opens_its_block(link):
            link.drop_tree()
