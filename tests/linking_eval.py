"""The linking development and test sets (tests/fixtures/linking/{dev,test}; README.md there says how
they are written) and the measurement over them: mention precision and recall, traps fired, and
the defining paragraph first for each document's main feature.

Each document is linked as the corpus pipeline links it: the linker first reads the whole document
(``Linker.document``), then decides each paragraph with that context. Matching: a found direct
mention is right when it overlaps an annotated one of the same feature (a capital annotated as its
city may be found as its state and the other way round); a trap fires when a mention of the feature
it names overlaps it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent / "fixtures" / "linking"
_MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def parse(path: Path) -> dict:
    """One annotated document: header lines "key: value" up to "---", then paragraphs separated by a
    blank line, with [[surface|feature]] for a mention and [[surface|!feature:kind]] for a trap."""
    raw = path.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n---\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    paragraphs, mentions, traps = [], [], []
    for i, para in enumerate(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()):
        out, pos = [], 0
        for m in _MARK.finditer(para):
            out.append(para[pos:m.start()])
            start = sum(len(s) for s in out)
            surface, target = m.group(1), m.group(2)
            row = {"paragraph": i, "start": start, "end": start + len(surface), "surface": surface}
            if target.startswith("!"):
                fid, _, kind = target[1:].partition(":")
                traps.append({**row, "not": fid, "kind": kind or "other"})
            else:
                mentions.append({**row, "feature": target})
            out.append(surface)
            pos = m.end()
        out.append(para[pos:])
        paragraphs.append("".join(out))
    return {"name": path.stem, "genre": meta.get("genre", ""), "main": meta.get("main"),
            "defining": int(meta["defining"]) if meta.get("defining") else None,
            "paragraphs": paragraphs, "mentions": mentions, "traps": traps}


@lru_cache(maxsize=4)
def load(part: str) -> tuple:
    return tuple(parse(p) for p in sorted((SET_DIR / part).glob("*.txt")))


def _same(found: str, annotated: str, capital_of: dict) -> bool:
    """A found feature matches an annotated one (a capital and its state stand for each other)."""
    return (found == annotated or capital_of.get(annotated) == found or capital_of.get(found) == annotated
            or {found, annotated} == {"nakhchivan", "nakhchivan-city"})


def link_document(linker, doc: dict) -> list:
    """(mentions, links) of every paragraph, the paragraphs read with their document's context."""
    from azmap.corpus.pipeline import link_passage

    if not hasattr(linker, "document"):  # a linker that reads passages alone
        return [link_passage(text, "", linker) for text in doc["paragraphs"]]
    context = linker.document(doc["paragraphs"])
    return [link_passage(text, "", linker, document=context) for text in doc["paragraphs"]]


def evaluate(linker, docs) -> dict:
    from azmap.features import gazetteer

    capital_of = {f.id: f.properties.get("capital_of") for f in gazetteer() if f.properties.get("capital_of")}
    right = found_all = got = expected_all = 0
    wrong, missed, fired, ranking_wrong, traps_all = [], [], [], [], 0
    by_kind: dict[str, list[int]] = {}
    for doc in docs:
        linked = link_document(linker, doc)
        rows = []
        for i, (mentions, links) in enumerate(linked):
            found = [m for m in mentions if m.relation == "direct"]
            expected = [e for e in doc["mentions"] if e["paragraph"] == i]
            for m in found:
                found_all += 1
                if any(_same(m.feature_id, e["feature"], capital_of) and m.start < e["end"] and e["start"] < m.end
                       for e in expected):
                    right += 1
                else:
                    wrong.append(f"{doc['name']}[{i}] {m.surface!r} → {m.feature_id} ({getattr(m, 'reason', m.how)})")
            for e in expected:
                expected_all += 1
                if any(_same(m.feature_id, e["feature"], capital_of) and m.start < e["end"] and e["start"] < m.end
                       for m in found):
                    got += 1
                else:
                    missed.append(f"{doc['name']}[{i}] {e['surface']!r} → {e['feature']}")
            for t in (t for t in doc["traps"] if t["paragraph"] == i):
                traps_all += 1
                hit = any(m.feature_id == t["not"] and m.start < t["end"] and t["start"] < m.end for m in found)
                by_kind.setdefault(t["kind"], [0, 0])
                by_kind[t["kind"]][0] += hit
                by_kind[t["kind"]][1] += 1
                if hit:
                    fired.append(f"{doc['name']}[{i}] {t['surface']!r} linked to {t['not']} ({t['kind']})")
            rows += [(i, score, rel) for fid, score, rel in links if fid == doc["main"]]
        order = sorted(rows, key=lambda r: (r[2] != "direct", -r[1], r[0]))
        if doc["defining"] is not None and (not order or order[0][0] != doc["defining"]):
            ranking_wrong.append(f"{doc['name']}: {[(i, round(s, 2), r) for i, s, r in order[:4]]}")
    return {"precision": right / max(1, found_all), "recall": got / max(1, expected_all),
            "right": right, "found": found_all, "got": got, "expected": expected_all,
            "traps": traps_all, "fired": fired, "trap_rate": len(fired) / max(1, traps_all), "by_kind": by_kind,
            "wrong": wrong, "missed": missed, "ranking_wrong": ranking_wrong,
            "ranking_right": len(docs) - len(ranking_wrong), "documents": len(docs)}


def summary(r: dict) -> str:
    return (f"precision {r['precision']:.3f} ({r['right']}/{r['found']}), recall {r['recall']:.3f} "
            f"({r['got']}/{r['expected']}), traps fired {len(r['fired'])}/{r['traps']} ({r['trap_rate']:.1%}), "
            f"defining paragraph first {r['ranking_right']}/{r['documents']}")


if __name__ == "__main__":  # python -m tests.linking_eval dev
    import sys

    from azmap.linking import default_linker

    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    res = evaluate(default_linker(), load(part))
    print(summary(res))
    print("by kind:", {k: f"{a}/{b}" for k, (a, b) in sorted(res["by_kind"].items())})
    for key in ("fired", "wrong", "missed", "ranking_wrong"):
        for line in res[key]:
            print(f"{key}: {line}")
