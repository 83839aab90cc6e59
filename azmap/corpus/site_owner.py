"""A page whose tags name the site's web team as its author ("Web Team", "Webredaktion", "Équipe
web", "Редакция сайта"): the team that keeps the site is no author. The page is its owner's, the
organisation the page's title ends with ("FAQ | Kura Corridor Gas Company") and its header names by its
logo; with no such name in the header, the page names no author."""
from __future__ import annotations

import html
import re

_WEB_TEAM = re.compile(r"^(?:the\s+)?(?:(?:web(?:site)?|site|digital|online|internet)\s+(?:team|editors?|editorial\s+team|desk)|"
                       r"web-?redaktion|internetredaktion|onlineredaktion|équipe\s+(?:web|digitale|du\s+site)|"
                       r"equipo\s+(?:web|digital)|редакция\s+сайта|веб-редакция|sayt\s+redaksiyası)$", re.I)
_TITLE = re.compile(r"<title[^<>]{0,200}>([^<]{1,300})</title>", re.I)
_TITLE_END = re.compile(r"\s+[|–—-]\s+")
_HEADER = re.compile(r"<header\b.{0,4000}?</header>", re.I | re.S)
_TAG = re.compile(r"<[^<>]*>")
_META_AUTHOR = re.compile(r"""<meta\s+name=["']author["']\s+content=["']([^"'<>]{1,80})["']""", re.I)


def _flat(text: str) -> str:
    return " ".join(html.unescape(text).split())


def site_owner(markup: str) -> str | None:
    """The organisation the page's <title> ends with, where the page's <header> names it too."""
    title = _TITLE.search(markup[:20000])
    pieces = _TITLE_END.split(_flat(title.group(1))) if title else []
    header = _HEADER.search(markup[:60000])
    if len(pieces) < 2 or not header:
        return None
    owner = pieces[-1].strip()
    texts = [_flat(t) for t in _TAG.split(header.group(0))]
    return owner if 2 <= len(owner.split()) <= 8 and owner in texts else None


def owner_over_web_team(meta, markup: str) -> None:
    """The site's owner as the author where the tags name only its web team (see the module): as the
    authors read, or in the page's author tag where the reading kept no author of it."""
    if meta.authors and not all(_WEB_TEAM.match(a["name"].strip()) for a in meta.authors):
        return
    tagged = _META_AUTHOR.search(markup[:20000]) if not meta.authors else None
    if not meta.authors and not (tagged and _WEB_TEAM.match(_flat(tagged.group(1)))):
        return
    owner = site_owner(markup)
    meta.authors = [{"name": owner, "affiliation": None, "organisation": True}] if owner else []
    meta.author = owner
    if owner:
        meta.evidence["authors"] = meta.evidence["author"] = "the site's owner (the tags name its web team)"
    else:
        meta.evidence.pop("authors", None)
        meta.evidence.pop("author", None)
