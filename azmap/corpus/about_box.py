"""A markdown admonition or callout titled "About this article" by meaning (":::info Sobre este artículo", "!!! note
\\"À propos de cet article\\"", "> [!info] Über diesen Beitrag"): a note on how the text came about, no paragraph of it.
An admonition titled otherwise ("Note", "Tip") holds the writer's own paragraph, body (documents6's decision).
The box ends where its syntax closes it: ":::" alone, the end of the indented lines under "!!!", the end of the
quoted lines of a callout.
"""
from __future__ import annotations

import re

# "about this article / post / text / piece", by meaning
_ABOUT = re.compile(
    r"^(?:about\s+this\s+(?:article|post|piece|text|story|report|study)|sobre\s+este\s+(?:artículo|texto|post|"
    r"artigo|estudio|estudo)|(?:à|a)\s+propos\s+de\s+(?:cet\s+article|ce\s+texte|ce\s+billet|cette\s+étude)|"
    r"über\s+diesen\s+(?:artikel|beitrag|text)|zu\s+diesem\s+(?:artikel|beitrag|text)|"
    r"su\s+questo\s+(?:articolo|testo)|a\s+proposito\s+di\s+questo\s+(?:articolo|testo)|"
    r"over\s+dit\s+(?:artikel|stuk|bericht)|o\s+tym\s+(?:artykule|tekście|wpisie)|"
    r"об\s+этой\s+статье|об\s+этом\s+тексте|о\s+статье|про\s+цю\s+статтю|про\s+цей\s+текст|"
    r"bu\s+(?:yazı|makale|haber)\s+hakkında|bu\s+məqalə\s+haqqında)\s*:?$", re.I)
_OPENING = re.compile(r"^\s*(?::{3,}\s*[\w-]+\s+(?P<fenced>.+?)|(?:!!!|\?\?\?\+?)\s*[\w-]+\s+\"(?P<indented>[^\"]+)\"|"
                      r"(?:>\s*)+\[![\w-]+\][+-]?\s+(?P<quoted>.+?))\s*$")


def opening(raw: str) -> str | None:
    """The box's syntax ("fenced", "indented", "quoted") where a line opens an admonition titled "About this
    article"; None otherwise."""
    m = _OPENING.match(raw) if len(raw) < 200 else None
    if not m:
        return None
    style = next(k for k in ("fenced", "indented", "quoted") if m.group(k))
    return style if _ABOUT.match(m.group(style).strip(" *_")) else None


def inside(style: str, first_raw: str) -> bool:
    """Whether a block (its first line's raw text) is still inside a box of ``style`` opened above it (a fenced box's
    closing line is asked apart: ``closes``)."""
    if style == "indented":
        return first_raw.startswith(("    ", "\t"))
    if style == "quoted":
        return first_raw.lstrip().startswith(">")
    return True


def closes(raw: str) -> bool:
    """Whether a line closes a fenced box (":::" alone)."""
    return bool(re.fullmatch(r"\s*:{3,}\s*", raw))
