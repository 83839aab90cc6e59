"""Where the pipeline's time goes, by stage, for one kind of fixture document (tests/fixtures/documents):
reading, segmenting, the feature linker (the whole document first, then each passage and its
scores) and the places of the gazetteer (azmap/place_links.py, where the tree has it).

    python bench/pipeline_stages.py TREE [html|text|pdf] [ROUNDS]

TREE's code is put first on the path; process time (not wall time: the machine is shared) of each
stage over all the kind's fixtures, the least of ROUNDS rounds after one untimed round, in ms."""
from __future__ import annotations

import sys
import time
from pathlib import Path


def stages(kind: str, rounds: int = 15) -> dict[str, float]:
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment
    from azmap.linking import default_linker
    from tests.fixture_docs import load_fixtures

    linker = default_linker()
    document_places = None
    if (Path(sys.path[0]) / "azmap" / "place_links.py").exists():
        from azmap.place_links import document_places
    paths = [Path(d["path"]) for d in load_fixtures()
             if ("text" if d["format"] in ("txt", "md") else d["format"]) == kind]

    def one_round(acc: dict) -> None:
        for p in paths:
            dedup = sys.modules.get("trafilatura.deduplication")
            if dedup is not None:  # each read as the first (see bench/ingest_kinds.py)
                dedup.LRU_TEST.clear()
            t0 = time.process_time()
            r = read(p)
            t1 = time.process_time()
            passages = list(segment(r.text, markdown=r.format in ("markdown", "text")))
            t2 = time.process_time()
            texts = [x.text for x in passages]
            if hasattr(linker, "document"):
                doc = linker.document(texts)
                for x in passages:
                    mentions, _ = linker.decide(x.text, doc)
                    linker.links(x.text, x.heading, mentions)
            else:  # a tree whose linker reads each passage alone
                for x in passages:
                    linker.links(x.text, x.heading, linker.mentions(x.text))
            t3 = time.process_time()
            if document_places is not None:
                document_places(texts)
            t4 = time.process_time()
            for name, dt in (("read", t1 - t0), ("segment", t2 - t1), ("linker", t3 - t2), ("places", t4 - t3)):
                acc[name] = acc.get(name, 0.0) + dt

    one_round({})
    best: dict[str, float] = {}
    for _ in range(rounds):
        acc: dict[str, float] = {}
        one_round(acc)
        for name, dt in acc.items():
            best[name] = min(best.get(name, dt), dt)
    out = {name: round(dt * 1000, 2) for name, dt in best.items()}
    out["sum"] = round(sum(best.values()) * 1000, 1)
    return out


if __name__ == "__main__":
    import json

    sys.path.insert(0, str(Path(sys.argv[1]).resolve()))
    print(json.dumps(stages(sys.argv[2] if len(sys.argv) > 2 else "text",
                            int(sys.argv[3]) if len(sys.argv) > 3 else 15)))
