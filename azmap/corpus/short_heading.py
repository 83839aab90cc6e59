"""A page's heading of one to three words that the first part of its <title> holds with a few words
more: the heading names the place or the thing only ("Azerbaijan" under "Foreign travel advice"), the
<title>'s part ("Azerbaijan travel advice - Ministry of …") is the page's title. The <title> must name
something after a separator (the site), and its first part must hold the heading whole at its start or
its end ("Recomendaciones de viaje: Armenia"), the rest a few words; a <title> whose first part is the
heading itself, and a headline of four words or more, keep the heading."""
from __future__ import annotations

import html
import re

_MAX_HEADING_WORDS = 3
_MAX_MORE_WORDS = 5
_TITLE = re.compile(r"<title[^<>]{0,200}>([^<]{1,300})</title>", re.I)


def title_holding(heading: str | None, markup: str, separator: re.Pattern) -> str | None:
    """The first part of the page's <title> where it holds ``heading`` (a heading of one to three
    words) with a few words more; None otherwise."""
    if not heading or len(heading.split()) > _MAX_HEADING_WORDS:
        return None
    found = _TITLE.search(markup[:20000])
    if not found:
        return None
    parts = separator.split(" ".join(html.unescape(found.group(1)).split()))
    if len(parts) < 2:
        return None
    first = parts[0].strip()
    if first.casefold() == heading.casefold():
        return None
    said = re.escape(heading)
    more = re.fullmatch(rf"{said}[\s,:;]+(.+)|(.+?)[\s,:;]+{said}", first, re.I)
    if not more:
        return None
    rest = (more.group(1) or more.group(2)).split()
    return first if 1 <= len(rest) <= _MAX_MORE_WORDS else None
