"""Whitespace in a web page's text as a browser reads it: a line break in the page's source, with the
spaces and tabs around it, is a space, except in ``<pre>``, ``<textarea>`` and an element styled
``white-space: pre`` (``pre-wrap``, ``pre-line``, ``break-spaces``), where lines stay lines. A ``<br>``
breaks a line by itself, whatever its source's whitespace.

The article reader keeps a paragraph's source lines as lines when the paragraph holds an inline
element (a word processor's empty ``<o:p>``, a ``<b>``, a ``<span>``), and each line would then be read
as a paragraph of its own: the page's parsed tree has its source breaks made spaces before it reads it.
"""
from __future__ import annotations

import re

_BREAK = re.compile(r"[ \t\f]*[\r\n][ \t\r\n\f]*")  # a source line break with the blanks around it
_KEEPS_LINES = {"pre", "textarea", "listing", "plaintext", "xmp", "script", "style"}
_PRE_STYLE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.I)  # pre, pre-wrap, pre-line


def _keeps_lines(element) -> bool:
    return element.tag in _KEEPS_LINES or bool(_PRE_STYLE.search(element.get("style") or ""))


def _spaced(text: str | None) -> str | None:
    return _BREAK.sub(" ", text) if text and ("\n" in text or "\r" in text) else text


def source_breaks_as_spaces(tree) -> None:
    """The parsed page's text and tails with their source line breaks made spaces (see the module),
    in place; an element that keeps its lines keeps its children's too."""
    stack = [(tree, False)]
    while stack:
        element, kept = stack.pop()
        if not isinstance(element.tag, str):  # a comment, a processing instruction: only its tail is text
            continue
        inner = kept or _keeps_lines(element)
        if not inner:
            element.text = _spaced(element.text)
        for child in element:
            if not inner:
                child.tail = _spaced(child.tail)
            stack.append((child, inner))


# a number at a line's start padded with no-break spaces: a word processor's list label, text of the
# paragraph (a markdown list's item has a plain space after its number)
_PADDED_NUMBER = re.compile(r"(?m)^(\d{1,3})\.\xa0[\xa0 ]*")


def padded_numbers_as_text(markdown: str) -> str:
    """The article reader's markdown with each number a word processor's list label gave a paragraph
    ("1.&nbsp;&nbsp;&nbsp; The …") written as the text's own ("1\\. The …"), so that it is kept."""
    return _PADDED_NUMBER.sub(r"\1\\. ", markdown)
