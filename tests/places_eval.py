"""The place fixtures (tests/fixtures/places/{dev,test}) and the figures measured on them.

A fixture document is plain text with its place names marked ``[[surface|id]]``: ``id`` is a
GeoNames id ("148251"), a hand addition ("azmap:hadrut"), one of the map's features
("=shusha"), the U.S. state ("US-GA", GeoNames 4197000), several ids that are all right
("148445/142676": the text does not say which Astara), "?" for a town the gazetteer lacks (it
counts as missed), or "-" for a name that is no populated place (a river, a mountain, a
crossing): finding a place there is a false detection.
"""
from __future__ import annotations

import re
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "places"
_MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def _gold_id(ann: str) -> str | None:
    if ann == "-":
        return None
    if ann == "?":
        return "missing"
    if ann.startswith("="):
        return "feature:" + ann[1:]
    if ann.startswith("#"):
        return ann[1:]
    if ann == "US-GA":
        return "4197000"
    return ann


def parse(marked: str) -> tuple[str, list[dict]]:
    """The plain text and its annotations (surface, start, end, id) of a marked-up document."""
    out, mentions, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        surface = m.group(1)
        mentions.append({"surface": surface, "start": length, "end": length + len(surface),
                         "id": _gold_id(m.group(2))})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), mentions


def documents(part: str) -> list[tuple[str, str, list[dict]]]:
    """(file name, text, annotations) of every document of ``part`` ("dev" or "test")."""
    docs = []
    for path in sorted((FIXTURES / part).glob("*.txt")):
        text, mentions = parse(path.read_text(encoding="utf-8"))
        docs.append((path.name, text, mentions))
    return docs


def measure(part: str, find=None) -> dict:
    """Detection precision and recall and resolution accuracy of ``find`` (text → mentions with
    start, end and place) on a fixture part; also the same for the places beyond the map's features."""
    if find is None:
        from azmap.places import find_places as find
    tp = fp = gold_n = right = 0
    beyond_gold = beyond_found = beyond_right = 0
    errors = []
    for name, text, gold in documents(part):
        real = [g for g in gold if g["id"] is not None]
        gold_n += len(real)
        beyond_gold += sum(1 for g in real if not g["id"].startswith("feature:"))
        matched = set()
        for m in find(text):
            hit = next((k for k, g in enumerate(real) if k not in matched
                        and g["start"] < m.end and m.start < g["end"]), None)
            got = m.place.id if m.place is not None else None
            if hit is None:
                fp += 1
                errors.append((name, "false", text[m.start:m.end], got))
                continue
            matched.add(hit)
            g = real[hit]
            tp += 1
            beyond = not g["id"].startswith("feature:")
            beyond_found += beyond
            if got in g["id"].split("/"):
                right += 1
                beyond_right += beyond
            else:
                errors.append((name, "wrong", g["surface"], f"{got} for {g['id']} ({m.resolution.reason})"))
        errors.extend((name, "missed", g["surface"], g["id"]) for k, g in enumerate(real) if k not in matched)
    return {
        "mentions": gold_n, "beyond_features": beyond_gold,
        "precision": tp / max(tp + fp, 1), "recall": tp / max(gold_n, 1), "resolution": right / max(tp, 1),
        "beyond_recall": beyond_found / max(beyond_gold, 1), "beyond_resolution": beyond_right / max(beyond_found, 1),
        "errors": errors,
    }


if __name__ == "__main__":  # python tests/places_eval.py dev
    import sys

    r = measure(sys.argv[1] if len(sys.argv) > 1 else "dev")
    for e in r.pop("errors"):
        print(*e, sep="  |  ")
    print({k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()})
