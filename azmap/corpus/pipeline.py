"""Documents → finished passages: read → clean → segment → link.

The one way a document becomes passages, for the bundled corpus, the user's documents and every
rebuild. What comes out is complete (text, offsets, kind, heading, years, mentions, scores) and
is handed to the store, which only persists it. All of this runs without the store's write
lock: a writer holds the lock only while it stores one prepared document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from azmap.corpus.segment import Passage

_YEAR = re.compile(r"\b(19[0-9]{2}|20[0-4][0-9])\b")
# the same years without the word boundaries, which keep the pattern from being looked for only where a
# "1" or a "2" stands (years_in checks them)
_YEAR_DIGITS = re.compile(r"19[0-9]{2}|20[0-4][0-9]")


def years_in(text: str) -> list[int]:
    """The years ``_YEAR.findall`` finds in ``text``, each once, from the earliest. A find with a word
    character (the pattern's: a letter, a digit, "_") right before or after it is none of _YEAR's; and none of _YEAR's
    starts inside or right after one of these finds, which are all digits (no word boundary there), so
    the finds that skip past one miss none."""
    found = set()
    size = len(text)
    for m in _YEAR_DIGITS.finditer(text):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_") \
                or end < size and (text[end].isalnum() or text[end] == "_"):
            continue
        found.add(int(m.group()))
    return sorted(found)


def document_sha256(text: str) -> str:
    """A document's identity in the store (what makes a second copy a duplicate)."""
    import hashlib  # here: opening the store at start-up needs no OpenSSL

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class PreparedPassage(Passage):
    """A passage of segment.Passage's shape with what linking adds (offsets into its text)."""

    years: list[int] = field(default_factory=list)
    mentions: list = field(default_factory=list)  # linking.Mention (each with its reason and unsure flag)
    rejected: list = field(default_factory=list)  # linking.Mention: candidates the evidence rejected, with why
    links: list[tuple[str, float, str]] = field(default_factory=list)  # (feature id, score, relation)
    places: list = field(default_factory=list)  # place_links.PlaceLink: the gazetteer's places it names


@dataclass
class PreparedDocument:
    info: object  # corpus.manifest.DocumentInfo
    text: str
    sha256: str
    passages: list[PreparedPassage] = field(default_factory=list)
    unplaced: list = field(default_factory=list)  # corrections.Placed: the user's corrections whose passage is gone


def link_passage(text: str, heading: str, linker, corrections=(), *, document=None,
                 rejected: list | None = None) -> tuple[list, list]:
    """(mentions, links) of one passage: what the linker finds, then the user's corrections
    (azmap.corpus.corrections), then each feature's score and relation (linking.Linker.links: the
    score reads the passage's text and heading). ``document``: what the passage's whole document
    established about its names (linking.Linker.document); ``rejected``: a list that receives the
    candidates the evidence rejected."""
    mentions, dropped = linker.decide(text, document)
    if rejected is not None:
        rejected.extend(dropped)
    if corrections:
        from azmap.corpus.corrections import apply_to_mentions

        mentions = apply_to_mentions(mentions, corrections, text)
    return mentions, linker.links(text, heading, mentions)


def prepare_document(info, text: str, *, linker=None, sha256: str | None = None,
                     corrections=None, body_start: int = 0, body_end: int | None = None,
                     present=None, body_resume: int | None = None) -> PreparedDocument:
    """Segment and link one document's text into passages ready to store. ``corrections``: the
    user's corrections (a list, or lists by passage id "doc_id:seq"), each found again among the
    passages as segmented now (corrections.place_in_document; ``present``: the ids of the other
    documents there are, for a correction made on an earlier version of a user file); ``body_start``: where the document's body
    begins (what comes before it, title, byline, date lines, is kept as "front", not body); ``body_end``:
    where it ends, if something follows it (an e-mail's signature and footer: "boilerplate"); ``body_resume``:
    where it goes on after that (an annex after the signatures)."""
    from azmap.corpus.segment import segment
    from azmap.linking import default_linker

    linker = linker or default_linker()
    out = PreparedDocument(info=info, text=text, sha256=sha256 or document_sha256(text))
    site = info.publisher if info.origin == "user" else None  # a page's own site name marks its furniture
    passages = list(segment(text, markdown=info.format in ("markdown", "text"), site=site))
    # the linker reads the whole document first: what it establishes about a name (a club, a ship,
    # a person called by first name) decides the bare uses of the name in every passage
    document = linker.document([p.text for p in passages]) if hasattr(linker, "document") else None
    if corrections:
        from azmap.corpus.corrections import place_in_document

        corrections, out.unplaced = place_in_document(corrections, info.doc_id, out.sha256, passages, present)
    places = link_places(info.doc_id, passages, corrections)
    for p, named in zip(passages, places):
        fixes = corrections.get(f"{info.doc_id}:{p.seq}", ()) if corrections else ()
        rejected: list = []
        mentions, links = link_passage(p.text, p.heading, linker, fixes, document=document, rejected=rejected)
        kind = "front" if p.kind == "body" and p.end <= body_start else p.kind
        if kind == "body" and body_end is not None and p.start >= body_end \
                and (body_resume is None or p.start < body_resume):
            kind = "boilerplate"
        out.passages.append(PreparedPassage(
            seq=p.seq, kind=kind, heading=p.heading, text=p.text, spans=list(p.spans), notes=list(p.notes),
            years=years_in(p.text), mentions=mentions, links=links,
            rejected=rejected, places=named))
    return out


def link_places(doc_id: str, passages, corrections: dict | None = None) -> list[list]:
    """The places of the regional gazetteer each passage names (azmap.place_links), read with the
    whole document as context, then the user's corrections of them."""
    from azmap.place_links import apply_corrections, document_places

    named = document_places([p.text for p in passages])
    if corrections:
        for k, p in enumerate(passages):
            fixes = corrections.get(f"{doc_id}:{p.seq}", ())
            if fixes:
                named[k] = apply_corrections(named[k], fixes, p.text)
    return named


def prepare_file(info, path, corrections=None, present=None) -> PreparedDocument:
    """Read a bundled (plain UTF-8) or user file and prepare it; UnreadableDocument if it can't be read."""
    from pathlib import Path

    from azmap.corpus.reading import read

    if info.origin == "bundled":
        return prepare_document(info, Path(path).read_text(encoding="utf-8"), corrections=corrections,
                                present=present)
    reading = read(Path(path))
    return prepare_document(info, reading.text, corrections=corrections, body_start=reading.meta.body_start,
                            body_end=reading.meta.body_end, body_resume=reading.meta.body_resume, present=present)
