"""Blocks of a web page that are furniture by their markup, whatever language they are in, taken out
of the parsed page before the article reader reads it.

- a paragraph that is a link with at most a short label before it ("Read more: <a>…</a>", "Lesen Sie
  auch: <a>…</a>", "Tags: <a>Baku</a>, <a>Energy</a>"): another page's headline or the site's
  index, not a paragraph of the story. Its words are mostly link text; what is not link text is a
  label of a few words ending with a colon (or nothing but separators).

A story's paragraph that quotes a link keeps prose of its own around it and stays.
"""
from __future__ import annotations

import re

MAX_PARAGRAPHS = 3000  # the paragraphs looked at, on the largest pages
_MAX_WORDS = 24
_LABEL = re.compile(r"^\W*(?:\w[\w'’.-]*\s*){1,4}[:：]\W*$|^[\W_]*$")  # "Read more:", "Lesen Sie auch:", "→", ""


def _flat(text: str) -> str:
    return " ".join(text.split())


def is_link_paragraph(element) -> bool:
    """Whether a <p> element is a link with at most a label before it (see the module)."""
    links = element.findall(".//a")
    if not links:
        return False
    text = _flat(element.text_content())
    if not text or len(text) > 300 or len(text.split()) > _MAX_WORDS:
        return False
    linked = [_flat(a.text_content()) for a in links]
    if any(_by_author(a, part) for a, part in zip(links, linked)):
        return False  # a byline: "Автор: <a>Name</a>"
    rest = text
    for part in linked:
        if part:
            rest = rest.replace(part, " ", 1)
    rest = _flat(rest)
    if sum(len(p) for p in linked) < len(text) / 2:
        return False
    # what is left: a label before the links ("Read more:"), separators between them (", ", " | ")
    label = re.sub(r"[,;|/·•]+", " ", rest).strip()
    return not label or bool(_LABEL.match(label))


def _by_author(link, text: str) -> bool:
    from azmap.corpus.metadata import _is_personal_name

    return "author" in (link.get("rel") or "") or "author" in (link.get("href") or "") or _is_personal_name(text)


def drop_link_paragraphs(tree) -> int:
    """Take the link paragraphs (is_link_paragraph) out of a parsed page; their tails stay. How many."""
    found = [p for p in tree.xpath("//p[descendant::a]")[:MAX_PARAGRAPHS] if is_link_paragraph(p)]
    for element in found:
        element.drop_tree()
    return len(found)
