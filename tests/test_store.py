"""The store: built on first use, rebuilt when stale or damaged, transactional ingest."""
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path


from azmap.corpus.ingest import ingest_paths
from azmap.corpus import rebuild
from azmap.corpus.rebuild import open_store
from azmap.store import store_path


def ensure_store(**kw) -> Path:
    return rebuild.ensure_store(**kw).path
from azmap.linking import passages_for_feature

ROOT = Path(__file__).resolve().parent.parent


def test_store_is_built_on_first_use_with_all_documents():
    with open_store() as store:
        counts = store.counts()
        docs = store.documents()
    assert counts["documents"] == 5 and counts["body_passages"] > 100
    assert {d["doc_id"] for d in docs} >= {"weitz-2012", "makili-aliyev-2013"}


def test_a_damaged_store_is_kept_aside_and_rebuilt(tmp_path):
    path = ensure_store()
    path.write_bytes(b"this is not a database" * 100)
    messages = []
    ensure_store(log=messages.append)
    assert messages and "damaged" in messages[0]
    assert list(path.parent.glob("azmap.sqlite.damaged-*"))
    with open_store() as store:
        assert store.counts()["documents"] == 5


def test_a_truncated_store_is_rebuilt():
    path = ensure_store()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with open_store() as store:
        assert store.counts()["documents"] == 5


def test_a_stale_store_is_rebuilt():
    path = ensure_store()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value='old' WHERE key='fingerprint'")
    conn.commit()
    conn.close()
    messages = []
    ensure_store(log=messages.append)
    assert "stale" in messages[0]


def test_ingest_adds_text_markdown_html_and_pdf(tmp_path):
    (tmp_path / "a.txt").write_text("Pipelines\n\nThe BTC pipeline from Sangachal carries Caspian oil to Ceyhan "
                                    "through Georgia and Turkey, a new report says.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Radar\n\nThe *Gabala* radar station closed in 2012 after Russia declined "
                                   "the new lease terms offered by Baku.\n", encoding="utf-8")
    (tmp_path / "c.html").write_text("<html><head><script>alert(1)</script></head><body><h1>Exclave</h1>"
                                     "<p>Nakhchivan borders Turkey and Iran and is cut off from the mainland of "
                                     "Azerbaijan by Armenia.</p></body></html>", encoding="utf-8")
    with open_store() as store:
        report = ingest_paths(store, [tmp_path])
        assert len(report.added) == 3 and not report.rejected
        t = [h.text for h in passages_for_feature(store, "nakhchivan")]
        assert any("cut off from the mainland" in x for x in t)
        assert not any("alert(1)" in x for x in t)
        again = ingest_paths(store, [tmp_path / "a.txt"])
        assert again.skipped and not again.added


def test_bad_files_are_rejected_with_a_reason_and_change_nothing(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 in Baku and the BTC line to Ceyhan through Georgia today.".encode("latin-1"))
    (tmp_path / "x.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    with open_store() as store:
        before = store.counts()
        report = ingest_paths(store, sorted(tmp_path.iterdir()))
        reasons = dict(report.rejected)
        assert "binary" in reasons[str(tmp_path / "bin.txt")]
        assert "empty" in reasons[str(tmp_path / "empty.md")]
        assert "unsupported" in reasons[str(tmp_path / "x.docx")]
        assert "PDF" in reasons[str(tmp_path / "broken.pdf")]
        assert report.added  # the Windows-1252 file is readable
        after = store.counts()
    assert after["documents"] == before["documents"] + 1


def test_user_documents_survive_a_rebuild(tmp_path):
    doc = tmp_path / "mine.txt"
    doc.write_text("Shah Deniz gas reaches Italy through TAP since the last day of 2020, the operator said.\n")
    with open_store() as store:
        ingest_paths(store, [doc])
    doc.unlink()  # the user's original is gone; the kept copy remains
    path = store_path()
    path.write_bytes(b"garbage")
    with open_store() as store:
        assert any("last day of 2020" in h.text for h in passages_for_feature(store, "tap"))


def test_broad_searches_rank_a_bounded_window_and_narrow_ones_everything(tmp_path, monkeypatch):
    import azmap.store as store_module

    for i in range(6):
        (tmp_path / f"n{i}.txt").write_text(f"Note {i}\n\nThe Zangezur corridor note {i} mentions caviar "
                                            f"{'caviar ' * i}and nothing else of the region at all.\n")
    with open_store() as store:
        ingest_paths(store, [tmp_path])
        all_hits = store.search("caviar", limit=10)
        assert len(all_hits) == 6
        assert "caviar caviar caviar caviar caviar" in all_hits[0].text  # bm25: the densest first
        monkeypatch.setattr(store_module, "SEARCH_RANK_WINDOW", 3)
        windowed = store.search("caviar", limit=10)
        assert 3 <= len(windowed) <= 4  # only the newest matches were ranked
        assert {h.passage_id for h in windowed} <= {h.passage_id for h in all_hits}
        assert len(store.search("Gebele", limit=10)) >= 2  # the seeds' matches are few: unaffected


def test_search_words_are_prefixes_expanded_through_the_vocabulary(tmp_path, monkeypatch):
    import azmap.store as store_module
    from azmap.store import index_terms

    sample = "Şuşa, Gəncə and Ağdam_2020 — Nakhichevan’s «exclave» Köprülü ÇAĞLAYAN naïve 3rd"
    fts = sqlite3.connect(":memory:")
    fts.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    fts.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
    fts.execute("INSERT INTO t VALUES (?)", (sample,))
    assert index_terms(sample) == {r[0] for r in fts.execute("SELECT term FROM v")}  # as FTS5 indexes them
    (tmp_path / "prefix.txt").write_text(
        "Quokkas\n\nThe quokkalike envoys met the Quokka delegation near Şuşa; nobody else did.\n\n"
        + "Filler\n\n" + " ".join(f"zzq{a}{b}" for a in "abc" for b in "abcdefghijklmnopqrst") + " end of the list.\n")
    with open_store() as store:
        ingest_paths(store, [tmp_path])
        match = store._match_word("Quokk")
        assert match == '("quokka" OR "quokkalike" OR "quokkas")'  # no FTS5 prefix query: no "*"
        hits = store.search("quokk delegation", limit=5)
        assert len(hits) == 1 and "Quokka delegation" in hits[0].text
        assert any(m["surface"] == "quokkalike" for m in hits[0].mentions)  # highlighted as a prefix
        assert store.search("Susa quokka", limit=5)  # diacritics fold as in the index
        # a word standing for too many indexed words is left to FTS5's own prefix query
        assert store._match_word("zzq") == '"zzq"*'
        assert len(store.search("zzq", limit=5)) == 1
        monkeypatch.setattr(store_module, "MAX_PREFIX_TERMS", 100)
        assert store._match_word("zzq").count(" OR ") == 59
        assert store.search("zzq", limit=5)[0].passage_id == store.search("zzqaf", limit=5)[0].passage_id


def test_a_new_user_gets_the_store_prepared_at_install_time(tmp_path, monkeypatch):
    import azmap.paths as paths

    monkeypatch.setattr(paths, "PREPARED_DIR", tmp_path / "prepared")
    rebuild.prepare_bundled_store(tmp_path / "prepared")
    built, real_build = [], rebuild.build_store
    monkeypatch.setattr(rebuild, "build_store", lambda *a, **k: built.append(a))
    with open_store() as store:
        assert store.counts()["documents"] == 5
        assert passages_for_feature(store, "btc")
    assert not built  # copied, not built
    # a user with documents of their own has their store built as before
    (tmp_path / "mine.txt").write_text("Mine\n\nThe TAP pipeline reached Melendugno on the Adriatic coast.\n")
    with open_store() as store:
        ingest_paths(store, [tmp_path / "mine.txt"])
    store_path().unlink()
    monkeypatch.setattr(rebuild, "build_store", real_build)
    with open_store() as store:
        assert store.doc_ids("user")
