"""The place fixtures (tests/places_eval.py) measured through the corpus pipeline: each document
segmented into passages and linked as `azmap ingest` links it, the places beyond the map's features
read from the passages' place links (azmap/place_links.py) and the features from the linker's
mentions. ``python tests/places_pipeline_eval.py dev|test`` prints the figures and every error.
"""
from __future__ import annotations

from pathlib import Path

try:
    from tests.places_eval import documents
except ImportError:  # run as a script
    from places_eval import documents


def _linked(name: str, text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, id, unsure) of every place or feature the pipeline links in a document, in the
    document's offsets: "feature:ID" for the map's features, the GeoNames id for the others."""
    from azmap.corpus.manifest import DocumentInfo
    from azmap.corpus.pipeline import prepare_document

    info = DocumentInfo(doc_id=Path(name).stem, title=name, author=None, publisher=None, date=None, date_note=None,
                        kind="fixture", format="text", path=Path(name), origin="user")
    doc = prepare_document(info, text)
    out, cursor = [], 0
    for p in doc.passages:
        at = text.find(p.text, cursor)
        if at < 0:
            at = text.find(p.text)
        if at < 0:
            continue  # a passage whose text was cleaned: its offsets cannot be put back
        cursor = at
        out += [(at + m.start, at + m.end, "feature:" + m.feature_id, bool(getattr(m, "unsure", False)))
                for m in p.mentions if m.how not in ("related", "capital") and m.end > m.start]
        out += [(at + x.start, at + x.end, x.place_id, x.unsure) for x in p.places]
    return sorted(set(out))


def measure(part: str) -> dict:
    """Precision and recall of the places beyond the features (place links) and resolution among
    those found; a place link on a feature's name counts as wrongly resolved, one on no place as
    false."""
    from azmap.places import index

    idx = index()
    found = false = right = gold_n = unsure = outside = outside_linked = 0
    errors = []
    for name, text, gold in documents(part):
        for g in gold:  # a homonym outside the map (the U.S. state): no point on the map, and no feature's
            if g["id"] is not None and getattr(idx.by_id.get(g["id"]), "kind", "") == "outside":
                g["id"], g["outside"] = None, True
                outside += 1
        beyond = [g for g in gold if g["id"] is not None and not g["id"].startswith("feature:")]
        gold_n += len(beyond)
        linked = _linked(name, text)
        places = [x for x in linked if not x[2].startswith("feature:")]
        matched = set()
        for s, e, pid, is_unsure in places:
            hit = next((k for k, g in enumerate(gold) if g["id"] is not None and g["start"] < e and s < g["end"]), None)
            if hit is None:
                false += 1
                errors.append((name, "false", text[s:e], pid))
                continue
            g = gold[hit]
            if g["id"].startswith("feature:"):
                errors.append((name, "a feature taken for a place", g["surface"], pid))
                false += 1
                continue
            if hit in matched:
                continue
            matched.add(hit)
            found += 1
            unsure += is_unsure
            if pid in g["id"].split("/"):
                right += 1
            else:
                errors.append((name, "wrong", g["surface"], f"{pid} for {g['id']}"))
        for g in gold:
            if g.get("outside") and any(x[0] < g["end"] and g["start"] < x[1] for x in linked):
                outside_linked += 1
                errors.append((name, "outside the map, linked", g["surface"], ""))
        for k, g in enumerate(gold):
            if g["id"] is None or g["id"].startswith("feature:") or k in matched:
                continue
            # resolved to one of the map's features (a namesake): the feature linker's, counted as found
            if any(x[2].startswith("feature:") and x[0] < g["end"] and g["start"] < x[1] for x in linked):
                errors.append((name, "linked as a feature", g["surface"], g["id"]))
            else:
                errors.append((name, "missed", g["surface"], g["id"]))
    return {"mentions_beyond_features": gold_n, "precision": found / max(found + false, 1),
            "recall": found / max(gold_n, 1), "resolution": right / max(found, 1), "unsure": unsure,
            "outside_the_map": outside, "outside_linked": outside_linked,
            "errors": errors}


if __name__ == "__main__":
    import sys

    r = measure(sys.argv[1] if len(sys.argv) > 1 else "dev")
    for e in r.pop("errors"):
        print(*e, sep="  |  ")
    print({k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()})
