"""A body's release with no person's byline, named by its own "About" section: the first paragraph opens with a
dateline and a dash and then the body's name as the subject ("**BAKU, 4 March 2025** – Kura Logistics today
announced …"), and a section after the text is headed "About <the same name>" in any of the languages
boilerplate.opens_about_section knows ("Über", "À propos de", "Acerca de", "Sobre", "Informazioni su" …): the
body is the release's author, as an organisation. A box "About the Middle Corridor" whose name the first
paragraph does not open with names no one.
"""
from __future__ import annotations

import re

_ABOUT_WORD = re.compile(r"^(?:about|über|uber|à propos d(?:e|u|es|')|a propos d(?:e|u)|acerca de|sobre|"
                         r"informazioni su|o компании)\s+", re.I)
_ARTICLE = re.compile(r"^(?:the|a|o|la|le|l'|el|die|der|das|il|lo)\s+", re.I)
_MARKS = re.compile(r"[*_#>]")


def _about_name(line: str) -> str | None:
    from azmap.corpus.boilerplate import opens_about_section

    flat = " ".join(_MARKS.sub(" ", line).split()).strip(": ")
    if not opens_about_section(flat) or not _ABOUT_WORD.match(flat):
        return None
    name = _ARTICLE.sub("", flat[_ABOUT_WORD.match(flat).end():]).strip()
    words = name.split()
    return name if 1 <= len(words) <= 6 and words[0][:1].isupper() else None


def issuer(text: str, body_start: int) -> str | None:
    """The body a release's "About" section and its first paragraph's opening both name, or None."""
    rest = text[body_start:]
    paragraphs = [" ".join(_MARKS.sub(" ", p).split()) for p in re.split(r"\n\s*\n", rest) if p.strip()]
    opening = [p for p in paragraphs[:4] if len(p) >= 80]  # the title, a standfirst, the first paragraph
    for p in paragraphs:
        name = _about_name(p) if len(p) <= 80 else None
        if name and any(re.match(rf"^.{{6,120}}?\s[–—-]+\s+(?:the\s+)?{re.escape(name)}\b", first, re.I)
                        for first in opening):
            return name
    return None


def settle(meta, text: str) -> None:
    """The body as the author where no person is named (or a cue's reading named the body as a person)."""
    name = issuer(text, meta.body_start or 0)
    if not name:
        return
    if not meta.authors and not meta.author:
        meta.found("authors", [{"name": name, "affiliation": None, "organisation": True}], "About section's body")
    elif [a["name"] for a in meta.authors] == [name] and "cue" in meta.evidence.get("authors", ""):
        meta.authors = [{"name": name, "affiliation": None, "organisation": True}]
        meta.evidence["authors"] = "About section's body"
