"""Words a web page's editors set in or over the text that are no part of it, by their form and
position, in any language:

- a bracketed mark in a superscript: a superscript whose whole text is a bracketed phrase of words
  (a wiki's "[citation needed]", "[réf. nécessaire]", "[Belege fehlen]", "[источник не указан 512 дней]"),
  set after a sentence; a bracket in the prose itself ("[sic]", "[die Strecke]") stays;
- a note over the text: a paragraph wholly in italics that opens the text (the first paragraph of its
  block) with a rule (<hr>) under it and the text's paragraphs after that (the owner of a letter handing
  it over for a week, an editor's word on a guest's piece); an italic paragraph over a rule inside the
  text, or a plain one opening it, stays.

Both are taken out of the parsed page before the article reader reads it (reading._html).
"""
from __future__ import annotations

import re
from itertools import islice

_MAX_ELEMENTS = 3000
_BRACKETED = re.compile(r"^\[\s*[^\W\d_][^\[\]]{0,80}\]$")
_MAX_MARK_WORDS = 8
_ITALIC = ("em", "i")
_MIN_AFTER = 2  # the text's paragraphs after the rule


def _flat(element) -> str:
    return " ".join(element.text_content().split())


def _drop(element) -> None:
    if element.getparent() is not None:
        element.drop_tree()  # its tail stays


def _bracketed_marks(tree) -> None:
    for sup in list(islice(tree.iter("sup"), _MAX_ELEMENTS)):
        text = _flat(sup)
        if _BRACKETED.match(text) and len(text.split()) <= _MAX_MARK_WORDS:
            _drop(sup)


def _wholly_italic(paragraph) -> bool:
    children = [c for c in paragraph if isinstance(c.tag, str)]
    return len(children) == 1 and children[0].tag in _ITALIC and not (paragraph.text or "").strip() \
        and not (children[0].tail or "").strip() and bool(_flat(children[0]))


def _note_over_text(tree) -> None:
    for rule in list(islice(tree.iter("hr"), 50)):
        before = rule.getprevious()
        if before is None or before.tag != "p" or not _wholly_italic(before):
            continue
        earlier = [e for e in before.itersiblings(preceding=True) if isinstance(e.tag, str) and _flat(e)]
        after = [e for e in rule.itersiblings() if isinstance(e.tag, str) and e.tag == "p" and _flat(e)]
        if not earlier and len(after) >= _MIN_AFTER:
            _drop(before)


def drop_editor_marks(tree) -> None:
    """The page's bracketed marks and its note over the text taken out (see the module), in place."""
    _bracketed_marks(tree)
    _note_over_text(tree)
