"""Pipeline throughput by kind of document: the fixture web pages, the PDF and the plain-text
documents (tests/fixtures/documents), each read, segmented and linked N times (corpus.reading and
corpus.pipeline, as ingest does; storing costs the same for every kind and is measured by the
ingest figures of bench/run.py). Passages and documents per second."""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(rounds: int = 5) -> dict:
    from azmap.corpus.manifest import DocumentInfo
    from azmap.corpus.pipeline import prepare_document
    from azmap.corpus.reading import read
    from azmap.linking import default_linker
    from tests.fixture_docs import load_fixtures

    default_linker()  # built once, as in a running ingest
    kinds: dict[str, list[Path]] = {"html": [], "pdf": [], "text": []}
    for d in load_fixtures():
        kinds["text" if d["format"] in ("txt", "md") else d["format"]].append(Path(d["path"]))
    out = {}
    for kind, paths in kinds.items():
        passages = docs = 0
        t = time.perf_counter()
        for _ in range(rounds):
            for p in paths:
                r = read(p)
                info = DocumentInfo(doc_id=p.stem, title=r.meta.title or p.stem, author=None, publisher=None,
                                    date=None, date_note=None, kind="bench", format=r.format, path=p, origin="user")
                passages += len(prepare_document(info, r.text, body_start=r.meta.body_start).passages)
                docs += 1
        dt = time.perf_counter() - t
        out[kind] = {"documents": docs, "passages": passages, "passages_per_s": round(passages / dt, 1),
                     "documents_per_s": round(docs / dt, 2)}
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 5), indent=1))
