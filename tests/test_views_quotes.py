"""A saved view quotes the passage the user chose, even after its document was segmented anew.

A view keeps each chosen passage's id and its text (azmap/quotes.py). These tests save a view, change
the document so that its passages renumber (a paragraph inserted before, the chosen one reworded,
the chosen one deleted), rebuild the store as azmap does when it is missing, and open the view again:
the chosen passage is the one shown, or it is reported missing and no other passage stands in.
"""
import json
import os

import pytest

from tests.views_support import CHOSEN, INSERTED, PARAS
from tests.views_support import write as _write


def _ingest(tmp_path, paras=PARAS):
    from azmap.corpus.ingest import ingest_paths
    from azmap.corpus.rebuild import open_store

    doc = tmp_path / "ferries.txt"
    _write(doc, paras)
    with open_store() as store:
        report = ingest_paths(store, [doc])
    assert len(report.added) == 1, report.rejected
    return report.added[0]


def _passage_with(store, doc_id, words):
    rows = [p for p in store.document_passages(doc_id) if words in p["text"]]
    assert len(rows) == 1, [p["text"][:40] for p in store.document_passages(doc_id)]
    return f"{doc_id}:{rows[0]['seq']}"


def _rewrite_and_rebuild(doc_id, paras):
    """The kept copy of the document changed (as a new reader would read it), then the store built
    again from the copies, as azmap builds it when it is missing."""
    from azmap.corpus.library import documents_dir
    from azmap.corpus.rebuild import open_store
    from azmap.paths import user_data_dir
    from azmap.store import store_path

    data_dir = user_data_dir()
    copy = documents_dir(data_dir) / f"{doc_id}.txt"
    assert copy.is_file()
    _write(copy, paras)
    for suffix in ("", "-wal", "-shm"):
        p = str(store_path()) + suffix
        if os.path.exists(p):
            os.unlink(p)
    with open_store():  # built again
        pass


def _save_view(tmp_path, store, pid, **extra):
    from azmap.quotes import quotes_for
    from azmap.views import SavedView, ViewStore

    views = ViewStore(tmp_path / "views.json")
    views.add(SavedView("Ferries", (47.0, 38.5, 53.0, 42.5), passages=[pid], quotes=quotes_for(store, [pid]),
                        **extra))
    return views


def test_a_saved_view_keeps_each_chosen_passages_text_and_document(tmp_path):
    from azmap.corpus.rebuild import open_store

    doc_id = _ingest(tmp_path)
    with open_store() as store:
        pid = _passage_with(store, doc_id, "northern wind")
        _save_view(tmp_path, store, pid)
        sha = store.conn.execute("SELECT sha256 FROM documents WHERE doc_id=?", (doc_id,)).fetchone()[0]
    data = json.loads((tmp_path / "views.json").read_text(encoding="utf-8"))
    assert data["version"] == 2
    (view,) = data["views"]
    assert view["passages"] == [pid]
    (quote,) = view["quotes"]
    assert quote["id"] == pid and quote["text"] == PARAS[CHOSEN]
    assert quote["document"] == doc_id and quote["document_sha256"] == sha and quote["fingerprint"]


@pytest.mark.parametrize("change, how", [
    ("insert", "moved"),  # a paragraph inserted before it: its number changes, its text does not
    ("reword", "reworded"),  # its wording touched up, and a paragraph inserted before it
    ("delete", "missing"),  # gone: the number now holds the next paragraph
    ("split", "split"),  # cut in two paragraphs (and one inserted before it): both shown
])
def test_the_chosen_passage_is_found_again_after_its_document_renumbers(tmp_path, change, how):
    from azmap.corpus.rebuild import open_store
    from azmap.export.briefing import view_passages
    from azmap.quotes import resolve_view
    from azmap.state import ExplorerState
    from azmap.views import ViewStore

    doc_id = _ingest(tmp_path)
    with open_store() as store:
        pid = _passage_with(store, doc_id, "northern wind")
        _save_view(tmp_path, store, pid, feature="azerbaijan")
    paras = list(PARAS)
    if change == "insert":
        paras.insert(1, INSERTED)
    elif change == "reword":
        paras.insert(0, INSERTED)
        paras[CHOSEN + 1] = paras[CHOSEN + 1].replace("In winter the northern wind", "Each winter a north wind")
    elif change == "split":
        first, second = PARAS[CHOSEN].split(", and ")
        paras[CHOSEN:CHOSEN + 1] = [first + ".", "And " + second]
        paras.insert(0, INSERTED)
    else:
        del paras[CHOSEN]
    _rewrite_and_rebuild(doc_id, paras)
    view = ViewStore(tmp_path / "views.json").get("Ferries")
    with open_store() as store:
        old = store.passages_by_id([pid])
        assert old and "northern wind" not in old[0].text  # the saved number now holds another passage
        res = resolve_view(store, view)
        (found,) = res.found
        assert found.how == how
        state = ExplorerState()
        state.apply_view(view, res)
        shown = store.passages_by_id(state.chosen)
        page, lost = view_passages(view, ExplorerState.from_view(view), store)  # what a slide or page quotes
    if how == "missing":
        assert found.passage_id is None and shown == [] and page == []
        assert [q.text for q in state.unfound] == [PARAS[CHOSEN]]
        assert len(lost) == 1 and "In winter the northern wind" in lost[0] and "not shown" in lost[0]
        assert any("Not found" in n for n in res.notes()) and res.marker() == "⚠ 1 chosen passage not found"
    else:
        ids = [found.passage_id, *found.rest]
        assert found.passage_id != pid and [h.passage_id for h in shown] == ids
        assert len(ids) == (2 if how == "split" else 1)
        text = " ".join(h.text for h in shown)
        assert "north" in text and "wind closes the port of Alat" in text and "customs yard" in text
        assert "Loading is slow" not in text and "new terminal" not in text  # no neighbour taken along
        assert [h.passage_id for h in page] == ids and lost == []
        assert state.unfound == () and res.marker() is None


def test_a_passage_whose_number_and_text_are_unchanged_is_taken_at_its_id(tmp_path):
    from azmap.corpus.rebuild import open_store
    from azmap.quotes import resolve_view
    from azmap.views import ViewStore

    doc_id = _ingest(tmp_path)
    with open_store() as store:
        pid = _passage_with(store, doc_id, "northern wind")
        _save_view(tmp_path, store, pid)
    paras = list(PARAS)
    paras[-1] = paras[-1].replace("third vessel", "fourth vessel")  # after it: its number stays
    _rewrite_and_rebuild(doc_id, paras)
    with open_store() as store:
        (found,) = resolve_view(store, ViewStore(tmp_path / "views.json").get("Ferries")).found
    assert (found.how, found.passage_id) == ("same", pid)


def test_an_unrelated_passage_is_not_taken_for_a_deleted_one(tmp_path):
    """Every other paragraph shares words with the chosen one ("the", "of", "Alat", "lorries"...):
    none holds enough of it in order to stand for it, alone or with its neighbours."""
    from azmap.quotes import MATCH, Quote, fingerprint, near_match

    q = Quote(id="d:3", text=PARAS[CHOSEN], fingerprint=fingerprint(PARAS[CHOSEN]), document="d")
    others = [("d", i, t) for i, t in enumerate(PARAS) if i != CHOSEN]
    assert near_match(q, others, "d", 3) == ("missing", [])
    slightly = PARAS[CHOSEN].replace("for days at a time", "for whole days")
    assert near_match(q, others + [("d", 9, slightly)], "d", 3) == ("reworded", ["d:9"])
    assert 0.5 < MATCH < 1


def test_a_new_version_of_a_user_file_stands_for_the_removed_one(tmp_path):
    """An edited file added again gets a new id (its checksum is in it); with the old one removed,
    the passage is looked for in the new one."""
    from azmap.corpus.documents import remove_document
    from azmap.corpus.ingest import ingest_paths
    from azmap.corpus.rebuild import open_store
    from azmap.quotes import resolve_view
    from azmap.views import ViewStore

    doc_id = _ingest(tmp_path)
    with open_store() as store:
        pid = _passage_with(store, doc_id, "northern wind")
        _save_view(tmp_path, store, pid)
        remove_document(store, doc_id)
        doc = tmp_path / "ferries.txt"
        _write(doc, [INSERTED] + PARAS)
        (new_id,) = ingest_paths(store, [doc]).added
        assert new_id != doc_id
        (found,) = resolve_view(store, ViewStore(tmp_path / "views.json").get("Ferries")).found
        assert found.how == "moved" and found.passage_id.startswith(new_id + ":")
        assert "northern wind" in store.passages_by_id([found.passage_id])[0].text
        remove_document(store, new_id)  # no version of it left
        res = resolve_view(store, ViewStore(tmp_path / "views.json").get("Ferries"))
        assert [(f.how, f.document_gone) for f in res.found] == [("missing", True)]
        assert f"its document ({doc_id}) is no longer among the documents" in res.message()


def test_a_version_1_file_loads_and_is_written_with_quotes_when_saved_again(tmp_path):
    from azmap.corpus.rebuild import open_store
    from azmap.quotes import quotes_for, resolve_view
    from azmap.views import ViewStore

    path = tmp_path / "views.json"
    old = {"version": 1, "views": [{"name": "Exclave", "bbox": [44.5, 38.6, 46.5, 40.0], "year": None,
                                    "layers": None, "feature": "nakhchivan",
                                    "passages": ["weitz-2012:13", "weitz-2012:999"], "note": "Cut off"}]}
    path.write_text(json.dumps(old), encoding="utf-8")
    views = ViewStore(path)
    (view,) = views.load()
    assert views.problem is None and view.passages == ["weitz-2012:13", "weitz-2012:999"]
    assert view.quotes == [] and not view.has_quotes()
    with open_store() as store:
        res = resolve_view(store, view)
        assert [f.how for f in res.found] == ["unchecked", "missing"]  # taken at its id; no such passage
        assert res.ids == ["weitz-2012:13"]
        views.quoter = lambda ids: quotes_for(store, ids)
        views.rename("Exclave", "The exclave")  # any save writes the quotes it can
        text = store.passages_by_id(["weitz-2012:13"])[0].text
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2
    (saved,) = data["views"]
    assert saved["name"] == "The exclave" and saved["passages"] == ["weitz-2012:13", "weitz-2012:999"]
    assert saved["quotes"][0]["text"] == text and saved["quotes"][1] is None
    assert saved["note"] == "Cut off" and saved["feature"] == "nakhchivan"


def test_quotes_that_cannot_be_used_leave_the_view_whole(tmp_path):
    from azmap.views import ViewStore

    path = tmp_path / "views.json"
    good = {"id": "a:1", "text": "x", "fingerprint": "f", "document": "a"}
    bad_quotes = [[good, "not a quote"], [{"id": "b:9", "text": "y", "fingerprint": "g"}, good],
                  [{"id": "a:1", "text": 5}, None], "nonsense", [{**good, "text": "z" * 30_000}, None]]
    path.write_text(json.dumps({"version": 2, "views": [
        {"name": f"V{i}", "bbox": [45, 39, 50, 42], "passages": ["a:1", "a:2"], "quotes": q}
        for i, q in enumerate(bad_quotes)]}), encoding="utf-8")
    views = ViewStore(path)
    loaded = views.load()
    assert [v.name for v in loaded] == [f"V{i}" for i in range(len(bad_quotes))] and views.problem is None
    assert [[q is not None for q in v.quotes] for v in loaded] == [[True, False], [], [], [], []]
    assert all(v.passages == ["a:1", "a:2"] for v in loaded)


def test_the_state_keeps_passages_not_found_when_the_view_is_saved_again(tmp_path):
    from azmap.quotes import Found, Quote, Resolution
    from azmap.views import SavedView

    lost = Quote(id="d:4", text="A paragraph since deleted.", fingerprint="ff", document="d")
    kept = Quote(id="d:2", text="Still there.", fingerprint="ee", document="d")
    view = SavedView("V", (45.0, 39.0, 50.0, 42.0), passages=["d:2", "d:4"], quotes=[kept, lost])
    res = Resolution([Found("d:2", kept, "d:3", "moved"), Found("d:4", lost, None, "missing")])
    from azmap.state import ExplorerState

    state = ExplorerState()
    state.apply_view(view, res)
    assert state.chosen == ["d:3"] and state.unfound == (lost,) and state.active_passage == "d:3"
    again = state.to_view("V")
    assert again.passages == ["d:3", "d:4"] and again.quotes == [None, lost]
    state.set_selected("btc")  # a new selection: a new view being prepared
    assert state.chosen == [] and state.unfound == ()


@pytest.mark.slow
def test_the_deck_and_the_pdf_quote_the_chosen_passage_and_mark_the_one_not_found(tmp_path):
    """Built after the document renumbered: a slide quotes the passage found again, never the one at
    its old number, and says which chosen passage is no longer there."""
    from pptx import Presentation

    from azmap.corpus.rebuild import open_store
    from azmap.export.briefing import export_briefing
    from azmap.quotes import quotes_for
    from azmap.views import SavedView, ViewStore

    doc_id = _ingest(tmp_path)
    with open_store() as store:
        kept = _passage_with(store, doc_id, "northern wind")
        gone = _passage_with(store, doc_id, "new terminal")
        views = ViewStore(tmp_path / "views.json")
        views.save([SavedView("Winter", (47.0, 38.5, 53.0, 42.5), passages=[kept], quotes=quotes_for(store, [kept])),
                    SavedView("Terminal", (47.0, 38.5, 53.0, 42.5), feature="azerbaijan", passages=[gone],
                              quotes=quotes_for(store, [gone]))])
    paras = [INSERTED] + [p for p in PARAS if "new terminal" not in p]
    _rewrite_and_rebuild(doc_id, paras)
    deck = export_briefing(tmp_path / "deck.pptx", views_file=tmp_path / "views.json")
    slides = list(Presentation(deck).slides)[1:]
    notes = [s.notes_slide.notes_text_frame.text for s in slides]
    body = ["\n".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame) for s in slides]
    assert PARAS[CHOSEN] in notes[0] and PARAS[CHOSEN - 1] not in notes[0] and "not found" not in body[0]
    assert "⚠ 1 chosen passage not found" in body[1] and "“The new terminal was meant to halve" in notes[1]  # its quote
    with open_store() as store:  # what now holds the old numbers is quoted nowhere
        for pid in (kept, gone):
            assert store.passages_by_id([pid])[0].text not in notes[1]
    assert "No passage chosen" not in body[1] + notes[1]
    pdf = export_briefing(tmp_path / "b.pdf", views_file=tmp_path / "views.json")
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "In winter the northern wind closes the port of Alat" in text and "Not found" in text
    assert "Shippers on the eastern shore" not in text  # the passage now at the deleted one's number


def test_found_again_on_the_bundled_corpus_development_part(shared_store):
    """tests/quotes_eval.py, development documents: every passage with a tenth of its words changed is
    found again, nearly every one with a fifth, nearly every one cut in two is found as its two
    halves, and none deleted is taken for another passage or run of passages (75 passages, 67 long
    enough to cut, when written; the held-out documents are reported, not asserted)."""
    from tests.quotes_eval import measure

    f = measure(shared_store, "dev")
    assert f["passages"] >= 60
    assert f["recovered_10"] == f["passages"]
    assert f["recovered_20"] >= 0.9 * f["passages"]
    assert f["split_passages"] >= 50 and f["split_recovered"] >= 0.9 * f["split_passages"]
    assert f["false_matches"] == 0


def test_the_status_line_names_each_passage_not_found_or_counts_them_when_many():
    from azmap.quotes import Found, Quote, Resolution

    def lost(i):
        return Found(f"d:{i}", Quote(id=f"d:{i}", text=f"Paragraph number {i} that was deleted.", fingerprint="f",
                                     document="d"), None, "missing")

    one = Resolution([lost(1), Found("d:2", None, "d:2", "unchecked")])
    assert one.message() == ("Not found: “Paragraph number 1 that was deleted.”: it is no longer in its document "
                             "(d); it is not shown.")
    many = Resolution([lost(1), lost(2), lost(3), Found("d:4", None, "d:5", "moved")])
    assert many.message() == ("3 chosen passages of this view are no longer in their documents and not shown; "
                              "1 found again at a new place or reworded (the panel says which).")
    assert len(many.notes()) == 4 and many.marker() == "⚠ 3 chosen passages not found"
    assert Resolution([Found("d:1", None, "d:1", "same")]).message() is None


def test_a_command_that_saves_the_views_writes_the_quotes_an_older_file_lacks(capsys):
    import sys

    from azmap.cli import main
    from azmap.corpus.rebuild import open_store
    from azmap.paths import user_data_dir

    path = user_data_dir() / "views.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "views": [
        {"name": "Exclave", "bbox": [44.5, 38.6, 46.5, 40.0], "passages": ["weitz-2012:13"]},
        {"name": "Bare", "bbox": [45, 39, 50, 42]}]}), encoding="utf-8")
    qt_before = "PySide6" in sys.modules
    assert main(["views", "caption", "Exclave", "Cut off"]) == 0
    assert ("PySide6" in sys.modules) == qt_before  # the command line loads no Qt
    data = json.loads(path.read_text(encoding="utf-8"))
    with open_store() as store:
        text = store.passages_by_id(["weitz-2012:13"])[0].text
    assert data["version"] == 2 and data["views"][0]["note"] == "Cut off"
    assert data["views"][0]["quotes"][0]["text"] == text and data["views"][1]["quotes"] == []
    assert "1. Exclave" in capsys.readouterr().out


def test_quotes_too_large_for_a_views_file_are_shortened_so_that_it_reads_back(tmp_path, monkeypatch):
    import azmap.views as views_module
    from azmap.quotes import Quote, fingerprint
    from azmap.views import SavedView, ViewStore

    monkeypatch.setattr(views_module, "MAX_FILE_BYTES", 200_000)
    text = "A long passage of the kind a report holds. " * 100  # 4,300 characters
    q = [Quote(id=f"d:{i}", text=text, fingerprint=fingerprint(text), document="d") for i in range(60)]
    store = ViewStore(tmp_path / "views.json")
    store.save([SavedView("Long", (45.0, 39.0, 50.0, 42.0), passages=[x.id for x in q], quotes=q)])
    assert (tmp_path / "views.json").stat().st_size <= 200_000
    (back,) = ViewStore(tmp_path / "views.json").load()
    assert [len(x.text) for x in back.quotes] == [views_module.SHORT_QUOTE] * 60
    assert [x.fingerprint for x in back.quotes] == [fingerprint(text)] * 60  # still names the whole passage
