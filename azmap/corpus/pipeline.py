"""Documents → finished passages: read → clean → segment → link.

The one way a document becomes passages, for the bundled corpus, the user's documents and every
rebuild. What comes out is complete (text, offsets, kind, heading, years, mentions, scores) and
is handed to the store, which only persists it. All of this runs without the store's write
lock: a writer holds the lock only while it stores one prepared document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_YEAR = re.compile(r"\b(19[0-9]{2}|20[0-4][0-9])\b")


def document_sha256(text: str) -> str:
    """A document's identity in the store (what makes a second copy a duplicate)."""
    import hashlib  # here: opening the store at start-up needs no OpenSSL

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class PreparedPassage:
    seq: int
    kind: str  # body | footnote | reference | caption | boilerplate | fragment | ...
    heading: str
    text: str
    spans: list[tuple[int, int]]
    years: list[int]
    mentions: list  # linking.Mention, offsets into text
    links: list[tuple[str, float, str]]  # (feature id, score, relation)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class PreparedDocument:
    info: object  # corpus.manifest.DocumentInfo
    text: str
    sha256: str
    passages: list[PreparedPassage] = field(default_factory=list)


def prepare_document(info, text: str, *, linker=None, sha256: str | None = None) -> PreparedDocument:
    """Segment and link one document's text into passages ready to store."""
    from azmap.corpus.segment import segment
    from azmap.linking import default_linker, score_passage

    linker = linker or default_linker()
    out = PreparedDocument(info=info, text=text, sha256=sha256 or document_sha256(text))
    for p in segment(text, markdown=info.format in ("markdown", "text")):
        mentions = linker.mentions(p.text)
        heading_ids = set(linker.feature_ids(p.heading)) if p.heading else set()
        links = []
        for fid in dict.fromkeys(m.feature_id for m in mentions):
            score, relation = score_passage(fid, mentions, heading_ids, len(p.text))
            links.append((fid, score, relation))
        out.passages.append(PreparedPassage(
            seq=p.seq, kind=p.kind, heading=p.heading, text=p.text, spans=list(p.spans),
            years=sorted({int(y) for y in _YEAR.findall(p.text)}), mentions=mentions, links=links))
    return out


def prepare_file(info, path) -> PreparedDocument:
    """Read a bundled (plain UTF-8) or user file and prepare it; UnreadableDocument if it can't be read."""
    from pathlib import Path

    from azmap.corpus.readers import read_document

    if info.origin == "bundled":
        text = Path(path).read_text(encoding="utf-8")
    else:
        text, _ = read_document(Path(path))
    return prepare_document(info, text)
