"""A correction stays on the passage it was made on when the document is segmented anew: found again
through azmap.quotes (moved, reworded, split), or kept, applied nowhere and said when its passage is gone."""
import json

import pytest

from azmap.store import store_path
from tests.conftest import run_cli

TITLE = "Pipeline note"
SURVEY = "The survey team drove north from the coast in early spring and logged the state of the roads."
OFFICIALS = "Officials in Nakhchivan said the new customs post would open before the harvest season began."
CONVOY = "A second convoy reached the valley later and reported that the TAP compressor works were on schedule."
TRADERS = "Traders in Nakhchivan still wait for the bridge repairs promised last year by the ministry."
PREFACE = "A short preface added later: the notes below were typed up from a field diary."


def _write(folder, *paragraphs):
    folder.mkdir(exist_ok=True)
    path = folder / "pipeline-note.txt"
    path.write_text("\n\n".join((TITLE, *paragraphs)) + "\n", encoding="utf-8")
    return path


def _ingest(path) -> str:
    r = run_cli("ingest", str(path))
    assert r.returncode == 0 and "added 1 document" in r.stdout, r.stdout + r.stderr
    docs = [line.split()[0] for line in run_cli("documents").stdout.splitlines() if "Pipeline note" in line]
    assert len(docs) == 1
    return docs[0]


def _passages(doc_id) -> dict[str, tuple[str, set[str]]]:
    """passage id -> (text, features it names or is linked to by hand)"""
    from azmap.corpus.rebuild import open_store

    with open_store() as store:
        rows = store.conn.execute("SELECT pid, seq, text FROM passages WHERE doc_id=? ORDER BY seq",
                                  (doc_id,)).fetchall()
        return {f"{doc_id}:{seq}": (text, {m["feature_id"] for m in store.passage_mentions(pid)
                                           if m["how"] != "related"}) for pid, seq, text in rows}


def _find(passages, start) -> str:
    return next(pid for pid, (text, _) in passages.items() if text.startswith(start))


def _made_on_first_version(tmp_path):
    doc = _ingest(_write(tmp_path / "v1", SURVEY, OFFICIALS, CONVOY, TRADERS))
    first = _passages(doc)
    officials, survey = _find(first, "Officials"), _find(first, "The survey")
    assert "nakhchivan" in first[officials][1] and "btc" not in first[survey][1]
    assert run_cli("corrections", "unlink", officials, "nakhchivan").returncode == 0
    assert run_cli("corrections", "link", survey, "btc").returncode == 0
    assert run_cli("documents", "remove", doc).returncode == 0
    return doc, officials, survey


def _check_on_the_right_passages(doc, old_officials, old_survey, officials_start="Officials"):
    now = _passages(doc)
    officials, survey, traders = (_find(now, officials_start), _find(now, "The survey"), _find(now, "Traders"))
    assert "nakhchivan" not in now[officials][1]  # the unlink went with its passage
    assert "nakhchivan" in now[traders][1]  # and not to the document's other mention
    assert "btc" in now[survey][1]
    assert [pid for pid, (_, named) in now.items() if "btc" in named] == [survey]
    # the passages that now have the old numbers are left as the linker made them
    for old, new in ((old_officials, officials), (old_survey, survey)):
        if old in now and old != new:
            assert "btc" not in now[old][1] or old == survey
    return officials, survey


def _check_written_where_they_apply(doc, officials, survey):
    """corrections.json has each correction on the passage it applies to now: id, offsets, text
    checksum and quote of that passage."""
    from azmap.corpus.corrections import text_crc
    from azmap.paths import user_data_dir
    from azmap.quotes import fingerprint

    now = _passages(doc)
    saved = json.loads((user_data_dir() / "corrections.json").read_text(encoding="utf-8"))
    assert [(c["id"], c["passage"]) for c in saved] == [(1, officials), (2, survey)]
    for c in saved:
        text = now[c["passage"]][0]
        assert c["text_crc"] == text_crc(text) and c["quote"]["fingerprint"] == fingerprint(text)
        assert c["quote"]["id"] == c["passage"] and c["quote"]["document"] == doc and c["quote"]["text"] == text
    assert now[officials][0][saved[0]["start"]:saved[0]["end"]] == "Nakhchivan" == saved[0]["surface"]


@pytest.mark.parametrize("edit", ["inserted before", "inserted and reworded"])
def test_a_correction_follows_its_passage_when_the_document_is_segmented_anew(tmp_path, edit):
    doc1, old_officials, old_survey = _made_on_first_version(tmp_path)
    officials_text = OFFICIALS if edit == "inserted before" else \
        "Local officials in Nakhchivan said that the new customs post would open before the harvest season began."
    doc2 = _ingest(_write(tmp_path / "v2", PREFACE, SURVEY, officials_text, CONVOY, TRADERS))
    assert doc2 != doc1
    start = "Officials" if edit == "inserted before" else "Local officials"
    officials, survey = _check_on_the_right_passages(doc2, old_officials, old_survey, start)
    assert officials.rpartition(":")[2] != old_officials.rpartition(":")[2]  # it did renumber
    listed = run_cli("corrections").stdout.splitlines()
    # the ingest wrote them where they apply now: the list says so without a note each time
    assert listed[0].startswith(f"1. {officials}: ") and listed[1].startswith(f"2. {survey}: ")
    assert not any("its passage is now" in line or "not applied" in line for line in listed)
    _check_written_where_they_apply(doc2, officials, survey)
    path = __import__("azmap.paths", fromlist=["x"]).user_data_dir() / "corrections.json"
    written = path.read_bytes(), path.stat().st_mtime_ns
    store_path().unlink()  # rebuilt from the kept copies: the same again
    _check_on_the_right_passages(doc2, old_officials, old_survey, start)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == written  # nothing moved: the file left alone
    assert run_cli("corrections", "undo", "1").returncode == 0  # undone where it is now
    assert "nakhchivan" in _passages(doc2)[officials][1]


def test_a_correction_whose_passage_is_gone_is_kept_and_said_not_put_elsewhere(tmp_path):
    doc1, old_officials, old_survey = _made_on_first_version(tmp_path)
    doc2 = _ingest(_write(tmp_path / "v2", SURVEY, CONVOY, TRADERS))  # the officials' paragraph deleted
    now = _passages(doc2)
    assert f"{doc2}:{old_officials.rpartition(':')[2]}" in now  # its number is another passage's now ...
    assert all("nakhchivan" in named for text, named in now.values() if "Nakhchivan" in text)  # ... left alone
    assert "btc" in now[_find(now, "The survey")][1]
    listed = run_cli("corrections").stdout.splitlines()
    lost = next(line for line in listed if line.startswith("1. "))
    assert "not applied: its passage is not found" in lost and "Officials in Nakhchivan said" in lost
    assert "not applied" not in next(line for line in listed if line.startswith("2. "))
    assert any("1 of your corrections is not applied" in line for line in listed)
    store_path().unlink()
    r = run_cli("corrections")
    assert "1 of your corrections is not applied" in r.stderr  # said by the rebuild too
    assert "not applied" in r.stdout and all("nakhchivan" in named for text, named in _passages(doc2).values()
                                              if "Nakhchivan" in text)
    saved = json.loads((__import__("azmap.paths", fromlist=["x"]).user_data_dir() / "corrections.json").read_text())
    assert [c["id"] for c in saved] == [1, 2]  # kept


def test_a_split_passage_keeps_its_correction_on_the_half_with_the_mention():
    from azmap.corpus.corrections import Correction, text_crc
    from azmap.corpus.pipeline import prepare_document
    from azmap.quotes import fingerprint, Quote
    from tests.test_places_linked import _info

    long = ("Officials in Nakhchivan said the new customs post would open before the harvest season began, "
            "and that the road through the gorge would be widened by the same contractors during the summer.")
    first = prepare_document(_info("split-note"), f"Split note\n\n{SURVEY}\n\n{long}\n")
    body = next(p for p in first.passages if p.text.startswith("Officials"))
    m = next(m for m in body.mentions if m.feature_id == "nakhchivan")
    pid = f"split-note:{body.seq}"
    c = Correction(id=1, kind="unlink", passage=pid, feature="nakhchivan", start=m.start, end=m.end,
                   surface=m.surface, text_crc=text_crc(body.text),
                   quote=Quote(id=pid, text=body.text, fingerprint=fingerprint(body.text), document="split-note",
                               document_sha256=first.sha256))
    halves = long.split(", and that ")
    split = f"Split note\n\n{PREFACE}\n\n{SURVEY}\n\n{halves[0]}.\n\nThat {halves[1]}\n"  # the paragraph cut in two
    plain = prepare_document(_info("split-note"), split)
    again = prepare_document(_info("split-note"), split, corrections=[c])
    assert not again.unplaced

    def named(doc):
        return {p.text[:9]: {x.feature_id for x in p.mentions if x.how != "related"} for p in doc.passages}

    assert "nakhchivan" in named(plain)["Officials"] and "nakhchivan" not in named(again)["Officials"]
    assert {k: v for k, v in named(plain).items() if k != "Officials"} == \
        {k: v for k, v in named(again).items() if k != "Officials"}


def test_an_old_file_loads_applies_at_its_id_and_gets_quotes_when_written(tmp_path):
    from azmap.corpus import corrections
    from azmap.corpus.rebuild import open_store
    from azmap.paths import user_data_dir
    from azmap.quotes import fingerprint

    doc = _ingest(_write(tmp_path / "v1", SURVEY, OFFICIALS, CONVOY, TRADERS))
    now = _passages(doc)
    officials, traders = _find(now, "Officials"), _find(now, "Traders")
    start = OFFICIALS.index("Nakhchivan")
    old = [{"id": 1, "kind": "unlink", "passage": officials, "feature": "nakhchivan", "to": None, "start": start,
            "end": start + 10, "surface": "Nakhchivan", "text_crc": corrections.text_crc(OFFICIALS), "made": 1.0},
           {"id": 2, "kind": "link", "passage": traders, "feature": "btc", "to": None, "start": None, "end": None,
            "surface": "", "text_crc": corrections.text_crc("another text"), "made": 2.0}]
    path = user_data_dir() / "corrections.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    items, loaded = corrections.read(user_data_dir())
    assert loaded.problem is None and [c.quote for c in items] == [None, None]
    store_path().unlink()  # rebuilt: the old entry applies at its id, on the very text it was made on
    now = _passages(doc)
    assert "nakhchivan" not in now[officials][1] and "btc" not in now[traders][1]
    listed = run_cli("corrections").stdout.splitlines()
    assert "not applied" not in listed[0] and "not applied: its passage has changed" in listed[1]
    with open_store() as store:
        corrections.add(store, "link", officials, "tap")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [c["id"] for c in saved] == [1, 2, 3]
    assert saved[0]["quote"]["fingerprint"] == fingerprint(OFFICIALS) and saved[0]["quote"]["id"] == officials
    assert saved[1].get("quote") is None  # its passage changed: nothing to quote it by
    assert saved[2]["quote"]["text"] == OFFICIALS
    again, loaded = corrections.read(user_data_dir())
    assert loaded.problem is None and again[0].quote.text == OFFICIALS and again[0].passage == officials


def _correction_on(doc, start, kind="unlink", feature="nakhchivan"):
    from azmap.corpus.corrections import Correction, text_crc
    from azmap.quotes import Quote, fingerprint

    body = next(p for p in doc.passages if p.text.startswith(start))
    pid = f"{doc.info.doc_id}:{body.seq}"
    m = next((m for m in body.mentions if m.feature_id == feature), None) if kind != "link" else None
    quote = Quote(id=pid, text=body.text, fingerprint=fingerprint(body.text), document=doc.info.doc_id,
                  document_sha256=doc.sha256)
    return Correction(id=1, kind=kind, passage=pid, feature=feature, start=m and m.start, end=m and m.end,
                      surface=m.surface if m else "", text_crc=text_crc(body.text), quote=quote)


@pytest.mark.parametrize("edit", ["inserted before", "lightly edited", "deleted"])
def test_same_document_id_segmented_anew(edit):
    """A reader change or an edited source under the same id: "note:2" is another passage now."""
    from azmap.corpus.pipeline import prepare_document
    from tests.test_places_linked import _info

    first = prepare_document(_info("note"), "\n\n".join((TITLE, SURVEY, OFFICIALS, CONVOY, TRADERS)))
    unlink, link = _correction_on(first, "Officials"), _correction_on(first, "A second", "link", "btc")
    officials = {"inserted before": OFFICIALS, "deleted": None,
                 "lightly edited": OFFICIALS.replace("said the new", "said on Monday that the new")}[edit]
    paragraphs = [p for p in (TITLE, PREFACE if edit != "deleted" else None, SURVEY, officials, CONVOY, TRADERS) if p]
    text = "\n\n".join(paragraphs)
    plain = prepare_document(_info("note"), text)
    again = prepare_document(_info("note"), text, corrections={unlink.passage: [unlink], link.passage: [link]})

    def named(doc):
        return {p.seq: {x.feature_id for x in p.mentions if x.how != "related"} for p in doc.passages}

    seq = {p.text[:9]: p.seq for p in again.passages}
    assert seq["A second "] != int(link.passage.rpartition(":")[2])  # renumbered
    expected = named(plain)
    expected[seq["A second "]] = expected[seq["A second "]] | {"btc"}
    if officials:
        assert "nakhchivan" in expected[seq["Officials"]]
        expected[seq["Officials"]] = expected[seq["Officials"]] - {"nakhchivan"}
        assert not again.unplaced
    else:
        assert [p.correction.id for p in again.unplaced] == [1] and again.unplaced[0].how == "missing"
        assert "not applied: its passage is not found" in again.unplaced[0].note()
    assert named(again) == expected


@pytest.mark.parametrize("quote", ["a passage", {"id": 3}, {"id": "x:1", "text": ["not", "text"]}])
def test_an_entry_with_a_damaged_quote_is_an_entry_that_cannot_be_read(quote):
    from azmap.corpus import corrections
    from azmap.paths import user_data_dir

    entry = {"id": 1, "kind": "link", "passage": "x:1", "feature": "btc", "text_crc": 0, "made": 1.0}
    (user_data_dir() / "corrections.json").write_text(json.dumps([entry, dict(entry, id=2, quote=quote)]))
    items, loaded = corrections.read(user_data_dir())
    assert [c.id for c in items] == [1] and "1 of its 2 entries could not be read" in loaded.problem
