"""Pipeline throughput by kind of document: the fixture web pages, the PDF and the plain-text
documents (tests/fixtures/documents), each read, segmented and linked N times (corpus.reading and
corpus.pipeline, as ingest does; storing costs the same for every kind and is measured by the
ingest figures of bench/run.py). Passages and documents per second.

    python bench/ingest_kinds.py [ROUNDS] [--warm] [--tree TREE]

``--warm`` reads every fixture once before the clock starts, so that one-time loads (trafilatura,
dateparser, the places file) are left out; ``--tree`` measures another source tree's code (put first
on the path) with this script, so that two trees are timed by the same loop.

trafilatura keeps, for the whole process, how often it saw each paragraph and drops one it has seen
more than twice (``deduplicate``): read again and again, a page loses its paragraphs and then comes
out of the plain reader instead, so later rounds would time other work than the first. Its count is
cleared before each read, as if each were the first (only that cache; the others stay warm)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _prepare_all(paths: list[Path]) -> int:
    from azmap.corpus.manifest import DocumentInfo
    from azmap.corpus.pipeline import prepare_document
    from azmap.corpus.reading import read

    passages = 0
    for p in paths:
        _forget_seen_paragraphs()
        r = read(p)
        info = DocumentInfo(doc_id=p.stem, title=r.meta.title or p.stem, author=None, publisher=None,
                            date=None, date_note=None, kind="bench", format=r.format, path=p, origin="user")
        passages += len(prepare_document(info, r.text, body_start=r.meta.body_start).passages)
    return passages


def _forget_seen_paragraphs() -> None:
    dedup = sys.modules.get("trafilatura.deduplication")
    if dedup is not None:
        dedup.LRU_TEST.clear()


def measure(rounds: int = 5, warm: bool = False) -> dict:
    from azmap.linking import default_linker
    from tests.fixture_docs import load_fixtures

    default_linker()  # built once, as in a running ingest
    kinds: dict[str, list[Path]] = {"html": [], "pdf": [], "text": []}
    for d in load_fixtures():
        kinds["text" if d["format"] in ("txt", "md") else d["format"]].append(Path(d["path"]))
    if warm:
        for paths in kinds.values():
            _prepare_all(paths)
    out = {}
    for kind, paths in kinds.items():
        passages = docs = 0
        t = time.perf_counter()
        for _ in range(rounds):
            passages += _prepare_all(paths)
            docs += len(paths)
        dt = time.perf_counter() - t
        out[kind] = {"documents": docs, "passages": passages, "passages_per_s": round(passages / dt, 1),
                     "documents_per_s": round(docs / dt, 2)}
    return out


if __name__ == "__main__":
    import json

    args = sys.argv[1:]
    tree = ROOT
    if "--tree" in args:
        i = args.index("--tree")
        tree = Path(args[i + 1]).resolve()
        del args[i:i + 2]
    warm = "--warm" in args
    args = [a for a in args if a != "--warm"]
    sys.path.insert(0, str(tree))
    print(json.dumps(measure(int(args[0]) if args else 5, warm=warm), indent=1))
