"""The document library (list, show, edit, remove) and citations, from the CLI and the window."""
import json

import pytest

from azmap.corpus.ingest import ingest_paths
from azmap.corpus.rebuild import open_store
from azmap.store import store_path
from tests.conftest import run_cli


def test_an_edit_survives_a_rebuild_and_shows_in_citations():
    r = run_cli("documents", "edit", "weitz-2012", "--publisher", "Second Line Review",
                "--url", "https://example.org/allies")
    assert r.returncode == 0 and "Second Line Review" in r.stdout
    store_path().write_bytes(b"gone")  # a damaged store is rebuilt from the sources and the edits
    shown = json.loads(run_cli("documents", "show", "weitz-2012", "--json").stdout)
    assert shown["publisher"] == "Second Line Review" and shown["url"] == "https://example.org/allies"
    with open_store() as store:
        pid = store.passages_for_feature("turkey", limit=50)[0].passage_id
        weitz = next(h for h in store.passages_for_feature("armenia", limit=100) if h.doc_id == "weitz-2012")
    text = run_cli("cite", weitz.passage_id).stdout
    assert text.startswith("“" + weitz.text[:40]) and "Second Line Review" in text and "example.org/allies" in text
    assert pid


def test_removing_a_document_removes_its_passages_and_nothing_else(tmp_path):
    (tmp_path / "a.txt").write_text("Kept\n\nThe Sangachal terminal exports oil through the BTC pipeline daily.\n")
    (tmp_path / "b.txt").write_text("Gone\n\nThe Sangachal terminal crew held a quiz night with fish soup.\n")
    with open_store() as store:
        report = ingest_paths(store, [tmp_path / "a.txt", tmp_path / "b.txt"])
        before = {d["doc_id"]: d["body_passages"] for d in store.documents()}
    gone = next(d for d in report.added if "-b-" in d)
    r = run_cli("documents", "remove", gone)
    assert r.returncode == 0 and "removed" in r.stdout
    with open_store() as store:
        after = {d["doc_id"]: d["body_passages"] for d in store.documents()}
        assert not store.search("quiz night fish soup")
        assert store.search("exports oil through")
        assert not store.conn.execute("SELECT count(*) FROM links l LEFT JOIN passages p USING(pid) "
                                      "WHERE p.pid IS NULL").fetchone()[0]
    assert after == {k: v for k, v in before.items() if k != gone}
    store_path().unlink()  # and it stays removed after a rebuild
    with open_store() as store:
        assert gone not in store.doc_ids()


def test_removing_a_bundled_document_keeps_it_out_of_rebuilds():
    assert run_cli("documents", "remove", "trade-blog-foreign-policy").returncode == 0
    store_path().unlink()
    listed = run_cli("documents", "--json")
    assert "trade-blog-foreign-policy" not in {d["doc_id"] for d in json.loads(listed.stdout)}


@pytest.mark.parametrize("args,message", [(["documents", "show", "nope"], "no document"),
                                          (["documents", "edit", "weitz-2012"], "say what to change"),
                                          (["documents", "edit", "weitz-2012", "--title", ""], "needs a title"),
                                          (["cite", "nope:1"], "no passage")])
def test_bad_library_commands_get_a_message(args, message):
    r = run_cli(*args)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr


def test_citation_formats_carry_the_same_source():
    with open_store() as store:
        hit = next(h for h in store.passages_for_feature("armenia", limit=100) if h.author)
    outs = {f: run_cli("cite", hit.passage_id, "--format", f).stdout for f in ("text", "ris", "bibtex", "csl-json")}
    assert hit.author in outs["text"] and f"AU  - {hit.author}" in outs["ris"]
    assert outs["ris"].rstrip().endswith("ER  -")
    assert "@misc{" in outs["bibtex"] and f"author = {{{hit.author}}}" in outs["bibtex"]
    item = json.loads(outs["csl-json"])[0]
    assert item["id"] == hit.passage_id and item["note"] == hit.text and item["title"] == hit.title
