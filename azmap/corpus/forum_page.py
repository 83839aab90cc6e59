"""A forum thread saved as a web page, its post signed with the poster's handle ("Posted by
u/kura_river_88"): the author is the handle as the forum shows it, without the "u/" before it, not the
words the tags make of it ("U; Kura River"). The handle is a link's whole text "u/name", in an element
whose class says "author" or over the thread's heading; the commenters' and moderators' handles under
the heading sign no post."""
from __future__ import annotations

import re

_HANDLE_LINK = re.compile(r"<a\b([^<>]*)>\s*u/([\w.-]{3,40})\s*</a>", re.I)
_AUTHOR_CLASS = re.compile(r"""class=["'][^"']*\bauthor\b""", re.I)
_H1 = re.compile(r"<h1[\s>]", re.I)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def forum_handle(markup: str) -> str | None:
    """The poster's handle without its "u/": the first "u/name" link marked as the author's or
    standing before the page's first heading; None if there is none."""
    heading = _H1.search(markup)
    for m in _HANDLE_LINK.finditer(markup):
        if _AUTHOR_CLASS.search(m.group(1)) or heading and m.start() < heading.start():
            return m.group(2)
        if heading and m.start() > heading.start():
            return None
    return None


def handle_over_tags(meta, markup: str) -> None:
    """The poster's handle as the author, where the tags name nobody or only the handle's words."""
    if "u/" not in markup:
        return
    handle = forum_handle(markup)
    if not handle:
        return
    said = _letters(" ".join(a["name"] for a in meta.authors))
    if said and not _letters("u" + handle).startswith(said) and not _letters(handle).startswith(said):
        return  # the tags name someone else
    meta.authors = [{"name": handle, "affiliation": None}]
    meta.author = handle
    meta.evidence["authors"] = meta.evidence["author"] = "the poster's handle"
