"""A picture's sign printed as a paragraph of its own: no figure, no caption element, a short paragraph right under a
block that holds the picture alone, which the page sets apart as the picture's by its form, not its words: centred,
its class naming a picture or its text ("pictext", "photo-text", "bildtext"), or ending in a credit in brackets with a
slash ("(Agency/Name)"). It is furniture, not the text (documents24's caption with no caption element); a plain
paragraph under a picture is the text's."""
from __future__ import annotations

import re

MAX_WORDS = 45
# the paragraph right under a block holding a picture
PARAGRAPHS = "//p[preceding-sibling::*[1][descendant-or-self::img]]"
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_PICTURE_CLASS = re.compile(r"pic|photo|foto|img|image|bild|caption|legend|sign", re.I)
_SLASH_CREDIT = re.compile(r"\([^()/]{2,60}/[^()/]{2,60}\)\W{0,2}$")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _picture_alone(block) -> bool:
    """Whether a block holds a picture and no words."""
    return block.tag in ("p", "div", "span", "a", "center") and not _flat(block.text_content()) \
        and any(True for _ in block.iter("img"))


def is_picture_text(p) -> bool:
    """Whether a paragraph is the sign of the picture right over it (see the module)."""
    block = p.getprevious()
    while block is not None and not isinstance(block.tag, str):  # (a comment between them)
        block = block.getprevious()
    if block is None or not _picture_alone(block) or p.find(".//img") is not None:
        return False
    text = _flat(p.text_content())
    if not text or len(text.split()) > MAX_WORDS:
        return False
    marks = p.get("class") or ""
    centred = (p.get("align") or "").lower() == "center" or bool(_CENTRED.search(p.get("style") or ""))
    return centred or bool(_PICTURE_CLASS.search(marks)) or bool(_SLASH_CREDIT.search(text))
