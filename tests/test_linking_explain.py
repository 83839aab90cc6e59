"""Why is visible from the command line: `azmap explain PASSAGE_ID` lists a passage's links with
the evidence that made each and the candidates the evidence rejected, with why; `azmap passages
ID --json` carries each mention's reason and unsure flag."""
from __future__ import annotations

import json

from tests.conftest import run_cli

SPORT = """Shusha FK climb to second after a late winner

Shusha FK beat Sabail 2–1 on Saturday with a goal in the last minute of the match.

Shusha were the better side for long spells, and the coach praised his young defence.

The club's new stadium stands in Shusha, the mountain town in Karabakh that Azerbaijan regained in 2020.
"""


def test_explain_lists_links_and_rejected_candidates_with_reasons(tmp_path):
    doc = tmp_path / "shusha_match.txt"
    doc.write_text(SPORT, encoding="utf-8")
    r = run_cli("ingest", str(doc), env={"AZMAP_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode == 0, r.stderr
    r = run_cli("passages", "shusha", "--json", "--limit", "50", env={"AZMAP_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode == 0, r.stderr
    hits = [h for h in json.loads(r.stdout) if "Sabail" in h["text"] or "Shusha were" in h["text"]
            or "stands in Shusha" in h["text"]]
    by_text = {h["text"][:20]: h for h in hits}
    # the passage about the town is linked; the passages about the club are not linked to the town
    town = [h for h in hits if "stands in Shusha" in h["text"]]
    assert town and town[0]["relation"] == "direct"
    assert all("stands in Shusha" in h["text"] for h in hits), list(by_text)
    shusha = [m for m in town[0]["mentions"] if m["feature_id"] == "shusha"]
    assert shusha and all(m["reason"] and m["unsure"] is False for m in shusha)
    assert "preposition of place" in shusha[0]["reason"]

    club_id = None
    r = run_cli("search", "Shusha were the better side", "--json", env={"AZMAP_DATA_DIR": str(tmp_path / "data")})
    for h in json.loads(r.stdout):
        if h["text"].startswith("Shusha were"):
            club_id = h["passage_id"]
    assert club_id
    r = run_cli("explain", club_id, env={"AZMAP_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode == 0, r.stderr
    assert "rejected:" in r.stdout and "'Shusha'" in r.stdout and "club" in r.stdout, r.stdout
    r = run_cli("explain", club_id, "--json", env={"AZMAP_DATA_DIR": str(tmp_path / "data")})
    report = json.loads(r.stdout)
    assert [m["feature_id"] for m in report["rejected"]] == ["shusha"]
    assert "the document's own word: club" in report["rejected"][0]["reason"]
    assert not [m for m in report["links"] if m["feature_id"] == "shusha"]


def test_explain_an_unknown_passage_says_so(tmp_path):
    r = run_cli("explain", "no-such-doc:3", env={"AZMAP_DATA_DIR": str(tmp_path / "data")})
    assert r.returncode == 2 and "no passage" in r.stderr


def test_the_panel_card_says_why_and_marks_unsure_links():
    from azmap.hit import Hit
    from azmap.ui.panel_html import passage_card

    m = [{"start": 0, "end": 12, "surface": "TURKMENISTAN", "feature_id": "turkmenistan", "how": "name",
          "reason": "name “TURKMENISTAN”; unsure: longer name of another thing: “TURKMENISTAN HORIZONS”",
          "unsure": True}]
    hit = Hit(passage_id="d:0", doc_id="d", title="T", author=None, date=None, heading="", text="TURKMENISTAN HORIZONS",
              start=0, end=21, score=1.0, relation="related", mentions=m, feature_ids=["turkmenistan"])
    card = passage_card(hit, 0, {"turkmenistan"})
    assert "why: unsure — name “TURKMENISTAN”" in card and "· unsure" in card
    assert "why:" not in passage_card(hit, 0, {"iran"})
