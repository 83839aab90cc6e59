"""corrections.json is brought up to date when a rebuild finds a correction at a new place: its passage
id, offsets, text checksum and quote; written safely (a file read in part is kept aside whole) and only
when something moved."""
import json

from azmap.store import store_path
from tests.conftest import run_cli
from tests.test_corrections_moved import CONVOY, OFFICIALS, SURVEY, TRADERS, _find, _ingest, _passages, _write


def _file():
    from azmap.paths import user_data_dir

    return user_data_dir() / "corrections.json"


def _made_then_renumbered_by_hand(tmp_path):
    """A correction as a file keeps it when its passage was made at another number (as a reader
    change renumbers a document): the quote and offsets of the passage, the number one higher."""
    doc = _ingest(_write(tmp_path / "v1", SURVEY, OFFICIALS, CONVOY, TRADERS))
    officials = _find(_passages(doc), "Officials")
    assert run_cli("corrections", "unlink", officials, "nakhchivan").returncode == 0
    saved = json.loads(_file().read_text(encoding="utf-8"))
    old = f"{doc}:{int(officials.rpartition(':')[2]) + 1}"
    saved[0]["passage"] = saved[0]["quote"]["id"] = old
    _file().write_text(json.dumps(saved), encoding="utf-8")
    assert f"its passage is now {officials} (moved)" in run_cli("corrections").stdout
    return doc, officials, saved[0]


def test_a_rebuild_writes_a_moved_correction_where_it_applies_now(tmp_path):
    doc, officials, before = _made_then_renumbered_by_hand(tmp_path)
    store_path().unlink()
    r = run_cli("corrections")
    assert r.returncode == 0 and "its passage is now" not in r.stdout
    assert r.stdout.startswith(f"1. {officials}: ")
    saved = json.loads(_file().read_text(encoding="utf-8"))
    assert len(saved) == 1 and saved[0]["passage"] == saved[0]["quote"]["id"] == officials
    assert {k: v for k, v in saved[0].items() if k not in ("passage", "quote")} == \
        {k: v for k, v in before.items() if k not in ("passage", "quote")}  # the rest as it was
    assert "nakhchivan" not in _passages(doc)[officials][1]


def test_an_entry_that_cannot_be_read_is_kept_aside_not_lost_when_the_file_is_brought_up_to_date(tmp_path):
    doc, officials, before = _made_then_renumbered_by_hand(tmp_path)
    damaged = [before, {"id": "seven", "kind": "unlink"}]
    _file().write_text(json.dumps(damaged), encoding="utf-8")
    store_path().unlink()
    r = run_cli("corrections")
    assert "could not be read" in r.stderr and "kept as corrections.json.damaged-" in r.stderr
    aside = list(_file().parent.glob("corrections.json.damaged-*"))
    assert len(aside) == 1 and json.loads(aside[0].read_text(encoding="utf-8")) == damaged
    saved = json.loads(_file().read_text(encoding="utf-8"))
    assert [(c["id"], c["passage"]) for c in saved] == [(1, officials)]


def test_nothing_is_written_when_every_correction_applies_where_the_file_says(tmp_path):
    doc = _ingest(_write(tmp_path / "v1", SURVEY, OFFICIALS, CONVOY, TRADERS))
    officials = _find(_passages(doc), "Officials")
    assert run_cli("corrections", "unlink", officials, "nakhchivan").returncode == 0
    written = _file().read_bytes(), _file().stat().st_mtime_ns
    store_path().unlink()
    assert run_cli("corrections").returncode == 0
    assert (_file().read_bytes(), _file().stat().st_mtime_ns) == written


def test_a_correction_applied_in_two_versions_of_its_file_is_left_to_both(tmp_path):
    """Its document gone and two new versions of the file added at once: each gets it, so the file is
    not made to name one of them (that would take it from the other)."""
    from tests.test_corrections_moved import PREFACE

    doc = _ingest(_write(tmp_path / "v1", SURVEY, OFFICIALS, CONVOY, TRADERS))
    officials = _find(_passages(doc), "Officials")
    assert run_cli("corrections", "unlink", officials, "nakhchivan").returncode == 0
    assert run_cli("documents", "remove", doc).returncode == 0
    before = _file().read_bytes()
    two = [_write(tmp_path / "v2", PREFACE, SURVEY, OFFICIALS, CONVOY, TRADERS),
           _write(tmp_path / "v3", SURVEY, CONVOY, OFFICIALS, TRADERS)]
    assert "added 2 document" in run_cli("ingest", *map(str, two)).stdout
    docs = [line.split()[0] for line in run_cli("documents").stdout.splitlines() if "Pipeline note" in line]
    assert len(docs) == 2
    for d in docs:
        assert "nakhchivan" not in _passages(d)[_find(_passages(d), "Officials")][1]
    assert _file().read_bytes() == before
