"""Why a passage is linked as it is: its mentions with the evidence that linked each (and whether
it is unsure), and the candidates the evidence rejected, with why. ``azmap explain PASSAGE_ID``."""
from __future__ import annotations


def explain(store, passage_id: str) -> dict | None:
    """The stored reasons of one passage ("DOC_ID:SEQ"), or None if there is no such passage."""
    row = store.passage_row(passage_id)
    if row is None:
        return None
    pid, text, heading, kind = row[0], row[1], row[2], row[3]
    mentions = [m for m in store.passage_mentions(pid)]
    return {"passage_id": passage_id, "heading": heading, "kind": kind, "text": text,
            "links": [m for m in mentions if m["how"] != "related"],
            "related": [m for m in mentions if m["how"] == "related"],
            "rejected": store.passage_rejected(pid)}


def lines(report: dict) -> list[str]:
    """The report as lines of text for a terminal."""
    out = [f"passage {report['passage_id']}" + (f" — {report['heading']}" if report["heading"] else "")]
    out.append("linked:" if report["links"] else "linked: nothing")
    for m in report["links"]:
        flag = " (unsure)" if m.get("unsure") else ""
        out.append(f"  {m['surface']!r} at {m['start']} → {m['feature_id']}{flag}: {m.get('reason') or m['how']}")
    if report["related"]:
        out.append("related:")
        for m in report["related"]:
            out.append(f"  {m['surface']!r} at {m['start']} → {m['feature_id']}: {m.get('reason') or 'related'}")
    out.append("rejected:" if report["rejected"] else "rejected: nothing")
    for m in report["rejected"]:
        out.append(f"  {m['surface']!r} at {m['start']} ✗ {m['feature_id']}: {m['reason']}")
    return out
