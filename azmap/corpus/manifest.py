"""The bundled corpus and its metadata (assets/sources/manifest.json)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from azmap.paths import SOURCES_DIR

MANIFEST = SOURCES_DIR / "manifest.json"


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    author: str | None
    publisher: str | None
    date: str | None
    date_note: str | None
    kind: str
    format: str  # text | markdown | html | pdf
    path: Path
    origin: str = "bundled"  # bundled | user
    url: str | None = None

    def as_row(self) -> dict:
        return {"doc_id": self.doc_id, "title": self.title, "author": self.author, "publisher": self.publisher,
                "date": self.date, "date_note": self.date_note, "kind": self.kind, "format": self.format,
                "origin": self.origin, "source_path": str(self.path), "url": self.url}


def bundled_documents() -> list[DocumentInfo]:
    data = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return [DocumentInfo(doc_id=d["doc_id"], title=d["title"], author=d.get("author"), publisher=d.get("publisher"),
                         date=d.get("date"), date_note=d.get("date_note"), kind=d.get("kind", "document"),
                         format=d.get("format", "text"), path=SOURCES_DIR / d["file"], url=d.get("url"))
            for d in data["documents"]]
