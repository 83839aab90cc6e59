"""A page whose tags name the site's web team as its author ("Web Team", "Webredaktion", "Équipe
web", "Редакция сайта"): the team that keeps the site is no author. The page is its owner's, the
organisation the page's title ends with ("FAQ | Kura Corridor Gas Company") and its header names by its
logo; with no such name in the header, or on a transcript (speakers taking turns), the page names no author. A desk of the owner's the tags name
("Consular Directorate", "Dział Promocji UN", "Abteilung Kommunikation", "Отдел информации") is no
author either: the page is the owner's, where its title and header name the owner."""
from __future__ import annotations

import html
import re

_WEB_TEAM = re.compile(r"^(?:the\s+)?(?:(?:web(?:site)?|site|digital|online|internet)\s+(?:team|editors?|editorial\s+team|desk)|"
                       r"web-?redaktion|internetredaktion|onlineredaktion|équipe\s+(?:web|digitale|du\s+site)|"
                       r"equipo\s+(?:web|digital)|редакция\s+сайта|веб-редакция|sayt\s+redaksiyası)$", re.I)
# a desk of an organisation: its first or last word says it is a part of it
_DESK = re.compile(r"^(?:directorate|department|division|unit|section|desk|dział|wydział|zespół|biuro|abteilung|referat|"
                   r"stabsstelle|direction|service|pôle|departamento|dirección|área|unidad|отдел|управление|"
                   r"департамент|відділ|afdeling|şöbə(?:si)?)\b|\b(?:directorate|department|division|unit|desk|"
                   r"birimi|müdürlüğü|dairesi|şöbəsi|afdeling)$", re.I)
_ALT = re.compile(r"""\balt=["']([^"'<>]{2,200})["']""", re.I)
_TITLE = re.compile(r"<title[^<>]{0,200}>([^<]{1,300})</title>", re.I)
_TITLE_END = re.compile(r"\s+[|–—-]\s+")
_HEADER = re.compile(r"<header\b.{0,4000}?</header>", re.I | re.S)
_TAG = re.compile(r"<[^<>]*>")
_META_AUTHOR = re.compile(r"""<meta\s+name=["'](?:author|dcterms\.creator|dc\.creator)["']\s+content=["']([^"'<>]{1,80})["']""", re.I)


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
    texts = [_flat(t) for t in _TAG.split(header.group(0))] + [_flat(t) for t in _ALT.findall(header.group(0))]
    if 2 <= len(owner.split()) <= 12 and owner in texts:
        return owner
    # the title's owner with the parent's initials after it ("Institute of X UN"), the header's "Institute of X"
    shorter = [t for t in texts if len(t.split()) >= 2 and owner.startswith(t + " ") and len(owner) - len(t) <= 6]
    return shorter[0] if shorter else None


def _desk(name: str) -> bool:
    return bool(_WEB_TEAM.match(name) or _DESK.search(name))


def owner_over_web_team(meta, markup: str) -> None:
    """The site's owner as the author where the tags name only its web team (see the module): as the
    authors read, or in the page's author tag where the reading kept no author of it."""
    if meta.authors and not all(_WEB_TEAM.match(a["name"].strip()) for a in meta.authors):
        if not all(_DESK.search(a["name"].strip()) for a in meta.authors):
            return
        tagged = _META_AUTHOR.search(markup[:20000])
        if not (tagged and _flat(tagged.group(1)) in [a["name"] for a in meta.authors] and site_owner(markup)):
            return  # a desk the page's own lines name, or no owner to give the page to: left as read
    tagged = _META_AUTHOR.search(markup[:20000]) if not meta.authors else None
    if not meta.authors and not (tagged and _desk(_flat(tagged.group(1)))):
        return
    named = [a["name"].strip() for a in meta.authors] or [_flat(tagged.group(1))]
    why = "web team" if all(_WEB_TEAM.match(n) for n in named) else "desk"
    # (a transcript, its people read from the speakers' turns, has participants and no author, the owner's neither)
    owner = None if meta.participants and meta.evidence.get("participants") == "speakers' turns" else site_owner(markup)
    meta.authors = [{"name": owner, "affiliation": None, "organisation": True}] if owner else []
    meta.author = owner
    if owner:
        meta.evidence["authors"] = meta.evidence["author"] = f"the site's owner (the tags name its {why})"
    else:
        meta.evidence.pop("authors", None)
        meta.evidence.pop("author", None)
