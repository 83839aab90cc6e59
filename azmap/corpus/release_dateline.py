"""A press release's dateline on a web page ("ALAT, Azerbaijan, 18 February 2025 /Company/ -- …"
opening the first paragraph under the heading): the page's date where nothing else dates it, and the
company in slashes as the release's author where the page names no person."""
from __future__ import annotations

import html
import re

_H1 = re.compile(r"<h1\b", re.I)
_PARAGRAPH = re.compile(r"(?is)<p\b[^>]*>(.*?)</p\s*>")
_TAG = re.compile(r"<[^>]*>")
_LEAD = re.compile(r"^(.{6,160}?)\s(?:--|—|–|-)\s")
_ISSUER = re.compile(r"/\s*([^/\n]{2,60}?)\s*/$")  # "/Kura Terminal Group/" (an agency in brackets is no issuer)
_FIRST_PARAGRAPHS = 3
_WINDOW = 12000


def _opening_paragraphs(markup: str) -> list[str]:
    heading = _H1.search(markup)
    start = heading.start() if heading else 0
    texts = []
    for m in _PARAGRAPH.finditer(markup, start, start + _WINDOW):
        text = " ".join(html.unescape(_TAG.sub(" ", m.group(1))).split())
        if len(text.split()) >= 12:
            texts.append(text)
        if len(texts) >= _FIRST_PARAGRAPHS:
            break
    return texts


def dateline(paragraph: str, parse_date) -> tuple[str, str | None, int] | None:
    """(date, issuer or None, where the text after it starts) of a dateline opening a paragraph: a
    place (and a country), a full date, a source in slashes, then a dash. None when the paragraph
    opens otherwise."""
    m = _LEAD.match(paragraph)
    if not m:
        return None
    lead = m.group(1).strip()
    issuer = _ISSUER.search(lead)
    lead = (lead[:issuer.start()] if issuer else re.sub(r"\s*\([^()]{2,60}\)$", "", lead)).strip()
    parts = [p.strip() for p in lead.split(",")]
    if not 2 <= len(parts) <= 4 or not parts[0][:1].isupper() or len(parts[0].split()) > 4:
        return None
    when = parse_date(parts[-1]) if re.search(r"\b(?:19|20)\d\d\b", parts[-1]) else None
    if not when or len(when) != 10:
        return None
    return when, (issuer.group(1) if issuer else None), m.end()


def release_dateline(meta, markup: str) -> None:
    """The date (and, naming no person, the issuing company) of a release's dateline, where the
    page's tags and lines gave none."""
    if meta.date:
        return
    from azmap.corpus.metadata import parse_date

    for paragraph in _opening_paragraphs(markup)[:1]:
        found = dateline(paragraph, parse_date)
        if not found:
            return
        meta.found("date", found[0], "dateline")
        issuer = found[1]
        # the company in slashes, named again by the text as the one that speaks: the release's author
        if issuer and not meta.authors and not meta.author and issuer.lower() in paragraph[found[2]:].lower():
            meta.authors = [{"name": issuer, "affiliation": None, "organisation": True}]
            meta.evidence["authors"] = "dateline's issuer"
