"""Hostile data in the user's data directory and on the command line: ids that look like patterns
or paths, a store rotted behind its stamp, damaged state files, read-only data directories,
special files, and failures that must be one line, never a traceback."""
from __future__ import annotations

import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from azmap.corpus import library
from azmap.corpus.rebuild import open_store
from azmap.errors import UserError
from azmap.paths import user_data_dir

ROOT = Path(__file__).resolve().parent.parent
WORD = "zorblatine"  # a word no bundled document has
NOTE = ("Notes on the western road\n\nThe road from Ganja to Baku passes the {word} checkpoint near "
        "Yevlakh, where the Kura is crossed.\n")


def _cli(*args, env=None, timeout=120, preexec_fn=None, data=None):
    full = dict(os.environ)
    if data is not None:
        full["AZMAP_DATA_DIR"] = str(data)
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "azmap", *map(str, args)], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=timeout, preexec_fn=preexec_fn)


def _one_line_failure(r, codes=(1, 2)) -> str:
    """The command failed with one line of its own and no traceback; returns that line."""
    assert r.returncode in codes, (r.returncode, r.stdout[-500:], r.stderr[-2000:])
    assert "Traceback" not in r.stderr, r.stderr[-2000:]
    said = [line for line in r.stderr.splitlines() if line.startswith("azmap:")]
    assert len(said) == 1, r.stderr[-2000:]
    return said[0]


def _ok(r):
    assert r.returncode == 0, (r.stdout[-500:], r.stderr[-2000:])
    assert "Traceback" not in r.stderr
    return r


def _note(folder: Path, name: str = "note.txt", word: str = WORD) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(NOTE.format(word=word), encoding="utf-8")
    return path


def _docs_folder() -> Path:
    folder = user_data_dir() / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# -- ids are names, never patterns or paths ---------------------------------------------------------

GLOB_IDS = ["[2023] summary", "*", "report ?", "a[!x]b", "**", "[a-z]*"]
VICTIMS = ["2 summary", "0 summary", "report 1", "a1b", "zeta", "b"]


@pytest.mark.parametrize("doc_id", GLOB_IDS)
def test_removing_a_document_whose_id_is_a_glob_removes_its_own_files_only(doc_id):
    folder = _docs_folder()
    for i, name in enumerate([doc_id, *VICTIMS]):
        (folder / f"{name}.txt").write_text(f"{name} title\n\nParagraph {i} about the pipeline at Baku and "
                                            f"the {WORD}{i} valve.\n", encoding="utf-8")
    from azmap.corpus.documents import remove_document

    with open_store() as store:
        assert doc_id in store.doc_ids()
        remove_document(store, doc_id)
        left = store.doc_ids("user")
    assert left == set(VICTIMS)
    for name in VICTIMS:
        assert (folder / f"{name}.txt").exists(), f"{name}.txt was deleted by removing {doc_id!r}"
    assert not (folder / f"{doc_id}.txt").exists() and not (folder / f"{doc_id}.json").exists()
    with open_store() as store:  # and a rebuild does not bring it back nor lose the others
        assert store.doc_ids("user") == set(VICTIMS)


HOSTILE_META_IDS = ["../../outside/victim", "../outside/victim", "{outside}/victim", "sub/../../../outside/victim",
                    "..", "victim\x00.txt", "x" * 500, "/tmp/../{outside}/victim"]


@pytest.mark.parametrize("hostile", HOSTILE_META_IDS)
def test_metadata_whose_id_is_a_path_is_not_trusted_and_nothing_outside_is_deleted(hostile, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "victim.txt"
    victim.write_text("the victim's own file\n")
    (outside / "victim.json").write_text("{}")
    hostile = hostile.replace("{outside}", str(outside))
    folder = _docs_folder()
    (folder / "evil.txt").write_text(f"Evil\n\nA paragraph naming Baku and the {WORD} gate.\n")
    (folder / "evil.json").write_text(json.dumps({"doc_id": hostile, "title": "Evil", "copy": "evil.txt"}))
    from azmap.corpus.documents import remove_document

    with open_store() as store:
        ids = store.doc_ids("user")
        try:
            remove_document(store, hostile)
        except UserError:
            pass
        for doc_id in list(ids):
            remove_document(store, doc_id)
    assert hostile not in ids
    assert victim.read_text() == "the victim's own file\n" and (outside / "victim.json").exists()


@pytest.mark.parametrize("doc_id", ["..", ".", "../x", "a/b", "a\\b", "a\x00b", "x" * 500, "", " lead", ".hidden",
                                    "*", "?", "[ab]"])
def test_forget_removes_files_named_exactly_for_the_id_and_nothing_else(doc_id, tmp_path):
    data = tmp_path / "data"
    folder = data / "documents"
    folder.mkdir(parents=True)
    others = ["a.txt", "a.json", "b.md", "ab.txt", "x.txt"]
    for name in others:
        (folder / name).write_text("keep")
    (tmp_path / "x.txt").write_text("outside")
    library.forget(data, doc_id)
    assert sorted(os.listdir(folder)) == sorted(others)
    assert (tmp_path / "x.txt").read_text() == "outside"


def test_valid_doc_ids_are_names():
    assert library.valid_doc_id("user-notes-1a2b3c4d") and library.valid_doc_id("[2023] summary")
    for bad in ("", ".", "..", "../a", "a/b", "a\\b", "a\x00b", "x" * 201, " a", 3, None, ".a"):
        assert not library.valid_doc_id(bad), bad


# -- a store rotted behind its stamp ----------------------------------------------------------------

def _rot(path: Path, table: str) -> None:
    """Overwrite the start of every leaf page of one table or index in place, then give the file
    back its size and modification time."""
    st = os.stat(path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name=? AND pagetype='leaf'",
                                            (table,))]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()
    assert pages
    with open(path, "r+b") as fh:
        for n in pages:
            fh.seek((n - 1) * page + 8)
            fh.write(bytes(range(256)) * 2)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(path).st_size == st.st_size and os.stat(path).st_mtime_ns == st.st_mtime_ns


ROTTED = ["documents", "vocab", "sqlite_autoindex_documents_1", "passages", "passages_fts_data"]


def _stamped_store_with_a_note(tmp_path) -> Path:
    _ok(_cli("ingest", _note(tmp_path / "in")))
    for _ in range(2):  # the stamp now vouches for the file as it is
        _ok(_cli("search", WORD))
    return user_data_dir() / "azmap.sqlite"


def _finds_the_note():
    found = _ok(_cli("search", WORD))
    assert WORD in found.stdout
    listed = json.loads(_ok(_cli("documents", "--json")).stdout)
    assert any(d["title"] == "Notes on the western road" for d in listed)


@pytest.mark.parametrize("table", ROTTED)
def test_a_store_rotted_with_size_and_time_unchanged_is_rebuilt_and_keeps_the_users_documents(table, tmp_path):
    store = _stamped_store_with_a_note(tmp_path)
    _rot(store, table)
    _finds_the_note()
    assert list(user_data_dir().glob("azmap.sqlite.damaged-*"))


@pytest.mark.parametrize("table", ["documents", "passages"])
def test_rot_the_stamp_still_vouches_for_is_found_by_the_first_query_and_rebuilt(table, tmp_path):
    """Bit rot on the disk changes no time stamp at all: the query that meets it sets the store aside."""
    from azmap.store import file_stamp

    store = _stamped_store_with_a_note(tmp_path)
    _rot(store, table)
    (user_data_dir() / "azmap.sqlite.verified").write_text(file_stamp(store))
    listed = json.loads(_ok(_cli("documents", "--json")).stdout)
    assert any(d["title"] == "Notes on the western road" for d in listed)
    _finds_the_note()


def test_the_window_s_way_in_rebuilds_a_store_a_query_finds_malformed(monkeypatch):
    from azmap.corpus import rebuild

    with open_store():
        pass
    real, calls = rebuild._caught_up, []

    def caught_up(path, data_dir):
        calls.append(path)
        if len(calls) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(path, data_dir)

    monkeypatch.setattr(rebuild, "_caught_up", caught_up)
    told = []
    location = rebuild.ensure_store(log=told.append)
    store = rebuild.open_store_location(location)
    try:
        assert store.search("Gabala")
    finally:
        store.close()
    assert list(user_data_dir().glob("azmap.sqlite.damaged-*")) and any("kept it aside" in t for t in told)


def test_a_query_that_finds_the_store_malformed_sets_it_aside_and_runs_the_command_again():
    from azmap import cli

    with open_store():
        pass
    store = user_data_dir() / "azmap.sqlite"
    calls = []

    def command(args):
        calls.append(store.exists())
        if len(calls) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return 0

    class Args:
        func = staticmethod(command)

    assert cli._run_command(Args()) == 0
    assert calls == [True, False]  # the second run opens a store rebuilt from the kept copies
    assert list(user_data_dir().glob("azmap.sqlite.damaged-*"))


def test_other_database_errors_are_not_taken_for_damage():
    from azmap import cli

    class Args:
        @staticmethod
        def func(args):
            raise sqlite3.OperationalError("database is locked")

    with pytest.raises(sqlite3.OperationalError):
        cli._run_command(Args())


# -- state files ------------------------------------------------------------------------------------

def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("contents", ["nested", "null values", "numbers", "a list", "objects", "huge"])
def test_a_hostile_checksums_file_stops_no_command(contents):
    _ok(_cli("search", "Gabala"))
    path = user_data_dir() / "checksums.json"
    known = json.loads(path.read_text())
    text = {"nested": '{"a": ' + _nested(200_000) + "}",
            "null values": json.dumps({k: None for k in known}),
            "numbers": json.dumps({k: 12345 for k in known}),
            "a list": json.dumps(list(known)),
            "objects": json.dumps({k: {"x": [1]} for k in known}),
            "huge": '{"' + "k" * 3_000_000 + '": "v"}'}[contents]
    path.write_text(text)
    (user_data_dir() / "azmap.sqlite").unlink()  # the next command checks its inputs afresh
    r = _ok(_cli("search", "Gabala"))
    assert "Gabala" in r.stdout
    _ok(_cli("documents"))


def _three_corrections(store):
    from azmap.corpus import corrections

    pid = next(h.passage_id for h in store.search(WORD))
    made = [corrections.add(store, "link", pid, fid) for fid in ("btc", "baku-supsa", "btk-railway")]
    return pid, made


@pytest.mark.parametrize("damage", ["truncated", "nested", "not utf-8", "an object"])
def test_a_new_correction_over_an_unreadable_file_keeps_the_earlier_ones_aside_and_says_so(damage, tmp_path):
    from azmap.corpus import corrections
    from azmap.corpus.ingest import ingest_paths

    with open_store() as store:
        ingest_paths(store, [_note(tmp_path / "in")])
        pid, made = _three_corrections(store)
        path = user_data_dir() / "corrections.json"
        original = path.read_bytes()
        broken = {"truncated": original[:len(original) // 2], "nested": _nested(200_000).encode(),
                  "not utf-8": b"\xff\xfe" + original, "an object": b'{"corrections": ' + original + b"}"}[damage]
        path.write_bytes(broken)
        told = []
        corrections.add(store, "link", pid, "baku-novorossiysk", log=told.append)
    asides = list(user_data_dir().glob("corrections.json.damaged-*"))
    assert len(asides) == 1 and asides[0].read_bytes() == broken
    assert told and asides[0].name in told[0]
    assert [c.feature for c in corrections.load(user_data_dir())] == ["baku-novorossiysk"]


def test_a_correction_whose_fields_have_the_wrong_types_is_left_out_and_the_file_kept_whole(tmp_path):
    from azmap.corpus import corrections
    from azmap.corpus.ingest import ingest_paths

    with open_store() as store:
        ingest_paths(store, [_note(tmp_path / "in")])
        pid, made = _three_corrections(store)
    path = user_data_dir() / "corrections.json"
    items = json.loads(path.read_text())
    items[0]["id"] = "three"
    items[1]["start"] = "x"
    items.append(None)
    items.append({"id": 2**70, "kind": "link", "passage": pid, "feature": "btc"})
    path.write_text(json.dumps(items))
    listed = _ok(_cli("corrections"))
    assert "baku-supsa" not in listed.stdout and "btk-railway" in listed.stdout
    r = _ok(_cli("corrections", "link", pid, "baku-novorossiysk"))
    assert "kept as corrections.json.damaged-" in r.stderr
    aside = next(user_data_dir().glob("corrections.json.damaged-*"))
    assert json.loads(aside.read_text())[0]["id"] == "three"
    assert [c.feature for c in corrections.load(user_data_dir())] == ["btk-railway", "baku-novorossiysk"]


@pytest.mark.parametrize("damage", ["truncated", "nested", "a list"])
def test_an_edit_over_an_unreadable_edits_file_keeps_it_aside_and_says_so(damage, tmp_path):
    from azmap.corpus.documents import edit_document, load_edits, remove_document

    with open_store() as store:
        bundled = sorted(store.doc_ids("bundled"))
        edit_document(store, bundled[0], title="First, retitled")
        edit_document(store, bundled[1], author="Someone Else")
        remove_document(store, bundled[2])
        path = user_data_dir() / "document-edits.json"
        original = path.read_bytes()
        broken = {"truncated": original[:len(original) // 2], "nested": _nested(200_000).encode(),
                  "a list": b"[" + original + b"]"}[damage]
        path.write_bytes(broken)
        told = []
        edit_document(store, bundled[3], title="Fourth, retitled", log=told.append)
    asides = list(user_data_dir().glob("document-edits.json.damaged-*"))
    assert len(asides) == 1 and asides[0].read_bytes() == broken
    assert told and asides[0].name in told[0]
    assert load_edits(user_data_dir()) == {bundled[3]: {"title": "Fourth, retitled"}}


@pytest.mark.parametrize("name", ["corrections.json", "document-edits.json"])
def test_a_link_planted_at_a_state_files_old_temporary_name_is_not_followed(name, tmp_path):
    from azmap.corpus import corrections
    from azmap.corpus.documents import edit_document
    from azmap.corpus.ingest import ingest_paths

    victim = tmp_path / "victim.txt"
    victim.write_text("not yours")
    (user_data_dir() / f"{name}.tmp").symlink_to(victim)
    with open_store() as store:
        ingest_paths(store, [_note(tmp_path / "in")])
        if name == "corrections.json":
            corrections.add(store, "link", next(h.passage_id for h in store.search(WORD)), "btc")
        else:
            edit_document(store, sorted(store.doc_ids("bundled"))[0], title="Retitled")
    assert victim.read_text() == "not yours"
    assert json.loads((user_data_dir() / name).read_text())
    assert not [p for p in user_data_dir().iterdir() if p.name.endswith(".tmp") and not p.is_symlink()]


# -- a private temporary store for read-only data directories --------------------------------------

def test_the_temporary_store_of_a_read_only_directory_is_private_and_its_own(tmp_path):
    from azmap.corpus.rebuild import _temporary_location

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    ta, tb = _temporary_location(a), _temporary_location(b)
    assert ta.parent != tb.parent and _temporary_location(a) == ta
    for t in (ta, tb):
        assert (os.stat(t.parent).st_mode & 0o777) == 0o700
        assert not t.parent.is_symlink() and t.parent.name != f"azmap-readonly-{os.getuid()}"


def _as_nobody(cmd: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)


needs_setpriv = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"),
                                   reason="needs root and setpriv to run as another user")


@pytest.fixture
def world(tmp_path_factory):
    """A folder other users can read (pytest's own folders are private to root)."""
    base = Path(tempfile.mkdtemp(prefix="azmap-hostile-"))
    os.chmod(base, 0o755)
    (base / "tmp").mkdir()
    os.chmod(base / "tmp", 0o1777)
    yield base
    for dirpath, dirnames, _ in os.walk(base):
        for d in dirnames:
            try:
                os.chmod(os.path.join(dirpath, d), 0o755)
            except OSError:
                pass
    shutil.rmtree(base, ignore_errors=True)


def _read_only_data_dir(base: Path, name: str, word: str) -> Path:
    data = base / name
    data.mkdir()
    env = {**os.environ, "AZMAP_DATA_DIR": str(data), "HOME": str(base), "TMPDIR": str(base / "tmp")}
    _ok(subprocess.run([sys.executable, "-m", "azmap", "ingest", str(_note(base / f"in-{name}", word=word))],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=300))
    (data / "azmap.sqlite").unlink()  # so that a temporary store must be built
    os.chmod(data, 0o555)
    return data


@needs_setpriv
def test_two_read_only_data_directories_do_not_see_each_others_documents(world):
    a = _read_only_data_dir(world, "a", "quendrilax")
    b = _read_only_data_dir(world, "b", "vorpentash")
    env = {**os.environ, "HOME": str(world), "TMPDIR": str(world / "tmp")}
    for data, mine, theirs in ((a, "quendrilax", "vorpentash"), (b, "vorpentash", "quendrilax"),
                               (a, "quendrilax", "vorpentash")):
        env["AZMAP_DATA_DIR"] = str(data)
        r = _as_nobody([sys.executable, "-m", "azmap", "search", f"{mine} {theirs}"], env)
        assert r.returncode == 0, r.stderr
        assert mine in r.stdout and theirs not in r.stdout
    assert not list((world / "tmp").iterdir())  # each process removed its own


@needs_setpriv
def test_a_link_planted_in_the_shared_temporary_folder_is_not_followed(world):
    a = _read_only_data_dir(world, "a", "quendrilax")
    victim_dir = world / "victim"
    victim_dir.mkdir()
    (victim_dir / "azmap.sqlite").write_text("the victim's file")
    os.chown(victim_dir, 65534, 65534)
    os.chown(victim_dir / "azmap.sqlite", 65534, 65534)
    (world / "tmp" / "azmap-readonly-65534").symlink_to(victim_dir, target_is_directory=True)
    env = {**os.environ, "AZMAP_DATA_DIR": str(a), "HOME": str(world), "TMPDIR": str(world / "tmp")}
    r = _as_nobody([sys.executable, "-m", "azmap", "search", "quendrilax"], env)
    assert r.returncode == 0 and "quendrilax" in r.stdout, r.stderr
    assert (victim_dir / "azmap.sqlite").read_text() == "the victim's file"
    assert sorted(os.listdir(victim_dir)) == ["azmap.sqlite"]


@needs_setpriv
@pytest.mark.parametrize("command", [["documents", "edit", "{doc}", "--title", "New"], ["documents", "remove", "{doc}"],
                                     ["corrections", "undo", "1"], ["corrections", "link", "{doc}:0", "btc"]])
def test_changes_in_a_read_only_data_directory_are_refused_in_one_line(world, command):
    data = world / "data"
    data.mkdir()
    env = {**os.environ, "AZMAP_DATA_DIR": str(data), "HOME": str(world), "TMPDIR": str(world / "tmp")}
    _ok(subprocess.run([sys.executable, "-m", "azmap", "ingest", str(_note(world / "in"))], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300))
    doc = json.loads(_ok(subprocess.run([sys.executable, "-m", "azmap", "documents", "--json"], cwd=ROOT, env=env,
                                        capture_output=True, text=True, timeout=300)).stdout)
    doc_id = next(d["doc_id"] for d in doc if d["origin"] == "user")
    _ok(subprocess.run([sys.executable, "-m", "azmap", "corrections", "link", f"{doc_id}:0", "btc"], cwd=ROOT,
                       env=env, capture_output=True, text=True, timeout=300))
    os.chmod(data, 0o555)
    before = sorted(os.listdir(data))
    r = _as_nobody([sys.executable, "-m", "azmap", *[c.replace("{doc}", doc_id) for c in command]], env)
    line = _one_line_failure(r, codes=(2,))
    assert "read-only" in line
    assert sorted(os.listdir(data)) == before


# -- special files ----------------------------------------------------------------------------------

SPECIAL_STATE_FILES = ["checksums.json", "corrections.json", "document-edits.json", "views.json",
                       "azmap.sqlite.verified", "documents/user-x-00000000.json"]


@pytest.mark.parametrize("name", SPECIAL_STATE_FILES)
def test_a_fifo_in_place_of_a_state_file_does_not_hang_any_command(name):
    _ok(_cli("search", "Gabala"))
    path = user_data_dir() / name
    path.parent.mkdir(exist_ok=True)
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    (user_data_dir() / "azmap.sqlite").unlink()  # every check runs again
    for args in (("search", "Gabala"), ("documents",), ("corrections",), ("views",)):
        r = _cli(*args, timeout=60)
        assert "Traceback" not in r.stderr, r.stderr[-2000:]
        if name != "views.json" or args[0] != "views":
            assert r.returncode == 0, (args, r.stderr[-2000:])
    assert path.exists() or list(path.parent.glob(path.name + ".damaged-*"))  # kept, or kept aside


def test_a_fifo_as_the_lock_file_is_one_line():
    os.mkfifo(user_data_dir() / "azmap.lock")
    line = _one_line_failure(_cli("search", "Gabala", timeout=60), codes=(2,))
    assert "lock" in line


@pytest.mark.parametrize("kind", ["fifo", "device", "socket"])
def test_a_special_file_given_to_ingest_or_briefing_is_refused_at_once(kind, tmp_path):
    import socket

    folder = tmp_path / "in"
    _note(folder)
    special = folder / "special.txt"
    sock = None
    if kind == "fifo":
        os.mkfifo(special)
    elif kind == "device":
        special = Path("/dev/zero")
    else:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(special))
    try:
        r = _cli("ingest", special, timeout=60)
        assert r.returncode == 1 and "Traceback" not in r.stderr
        assert "not a regular file" in r.stderr
        r = _cli("ingest", folder, timeout=60)  # the folder's other file is added
        assert "added 1 document" in r.stdout, r.stderr
        r = _cli("export-briefing", "--out", tmp_path / "b.pdf", "--views", special, timeout=60)
        line = _one_line_failure(r, codes=(2,))
        assert "not a regular file" in line
    finally:
        if sock:
            sock.close()


# -- failures are one line --------------------------------------------------------------------------

def _small_files(limit: int):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("limit", [0, 4096, 200_000])
def test_disk_full_on_the_first_build_is_one_line_and_leaves_no_half_store(limit, tmp_path):
    _note(_docs_folder(), "user-mine.txt")  # the user has a document: the store is built, not copied
    r = _cli("search", "Gabala", preexec_fn=_small_files(limit), timeout=300)
    line = _one_line_failure(r, codes=(1,))
    assert "full" in line or "too large" in line
    assert not [p for p in user_data_dir().iterdir() if ".building-" in p.name]
    _ok(_cli("search", "Gabala"))  # with room again it builds


def test_a_lock_file_that_is_a_folder_is_one_line():
    (user_data_dir() / "azmap.lock").mkdir()
    line = _one_line_failure(_cli("search", "Gabala"), codes=(2,))
    assert "azmap.lock" in line and "folder" in line


@pytest.mark.parametrize("data", ["long path", "long component", "a file", "under a file"])
def test_an_unusable_data_directory_is_one_line(data, tmp_path):
    (tmp_path / "f").write_text("x")
    path = {"long path": tmp_path / "/".join(["d" * 200] * 18),
            "long component": tmp_path / ("c" * 300),
            "a file": tmp_path / "f",
            "under a file": tmp_path / "f" / "data"}[data]
    for args in (("search", "Gabala"), ("documents",), ("views",), ("corrections",)):
        line = _one_line_failure(_cli(*args, data=path), codes=(2,))
        assert "data directory" in line and "cannot be used" in line
        assert len(line) < 400


BAD_PASSAGE_IDS = ["weitz-2012:" + "9" * 20, "weitz-2012:²", "weitz-2012:١٢", "weitz-2012:-1", "weitz-2012:",
                   ":", "weitz-2012:3 ", "weitz-2012: 3", "weitz-2012:" + "1" * 5000]


@pytest.mark.parametrize("pid", BAD_PASSAGE_IDS)
def test_odd_passage_ids_are_one_line_in_cite_and_corrections(pid):
    line = _one_line_failure(_cli("cite", pid), codes=(2,))
    assert "no passage" in line
    line = _one_line_failure(_cli("corrections", "unlink", pid, "btc"), codes=(2,))
    assert "no passage" in line
    _one_line_failure(_cli("corrections", "undo", pid.rpartition(":")[2] or "x"), codes=(2,))


# -- text -------------------------------------------------------------------------------------------

def test_csl_json_escapes_bidi_overrides_and_c1_controls_as_the_other_formats_do(tmp_path):
    doc = tmp_path / "in" / "tricky.txt"
    doc.parent.mkdir()
    doc.write_text(f"Tricky\n\nThe {WORD} line \u202eevil\u202c near Baku, with \x85 and \x9b[31m inside.\n",
                   encoding="utf-8")
    _ok(_cli("ingest", doc))
    pid = json.loads(_ok(_cli("search", WORD, "--json")).stdout)[0]["passage_id"]
    for fmt in ("text", "ris", "bibtex", "csl-json"):
        out = _ok(_cli("cite", pid, "--format", fmt)).stdout
        assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069]", out), fmt
    out = _ok(_cli("cite", pid, "--format", "csl-json")).stdout
    assert "\\u202e" in out and "\\u009b" in out
    assert "\u202eevil" in json.loads(out)[0]["note"]  # the same data, escaped


@pytest.mark.parametrize("name", ["\x1b[31mred\x1b[0m", "\x1b]0;title\x07x", "\u202eevil", "a\x9bb"])
def test_the_unknown_feature_message_never_echoes_raw_escapes(name):
    for args in (("passages", name), ("corrections", "link", "weitz-2012:0", name)):
        line = _one_line_failure(_cli(*args), codes=(2,))
        assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", line), repr(line)


@pytest.mark.parametrize("action", ["delete", "rename", "move"])
def test_views_changes_without_a_name_say_what_is_needed(action):
    line = _one_line_failure(_cli("views", action), codes=(2,))
    assert "None" not in line and "name" in line


def test_a_symlink_loop_is_called_a_symlink_loop(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    r = _cli("ingest", tmp_path / "a.txt", tmp_path / "gone.txt", tmp_path / "absent.txt", timeout=60)
    assert "Traceback" not in r.stderr
    lines = dict(line.split(": ", 1) for line in r.stderr.splitlines() if line.startswith("rejected"))
    assert "symlink loop" in lines[f"rejected {tmp_path / 'a.txt'}"]
    assert "does not exist" in lines[f"rejected {tmp_path / 'gone.txt'}"]
    assert lines[f"rejected {tmp_path / 'absent.txt'}"] == "no such file"


@pytest.mark.parametrize("names", [["azmap.sqlite.building-99999"],
                                   ["azmap.sqlite.building-1", "azmap.sqlite.building-1-wal",
                                    "azmap.sqlite.building-1-shm", "azmap.sqlite.copying-7"]])
def test_a_killed_rebuild_leaves_nothing_behind_after_the_next_start(names):
    _ok(_cli("search", "Gabala"))
    for name in names:
        (user_data_dir() / name).write_bytes(b"half a store" * 1000)
    _ok(_cli("search", "Gabala"))
    assert not [p.name for p in user_data_dir().iterdir() if ".building-" in p.name or ".copying-" in p.name]


def test_a_rebuild_killed_while_building_leaves_nothing_after_the_next_start(tmp_path):
    folder = _docs_folder()
    for i in range(60):
        (folder / f"user-n{i}.txt").write_text(NOTE.format(word=f"w{i}x") * 40)
    proc = subprocess.Popen([sys.executable, "-m", "azmap", "search", "Gabala"], cwd=ROOT, env=dict(os.environ),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(2000):
            if any(".building-" in p.name for p in user_data_dir().iterdir()) or proc.poll() is not None:
                break
            import time

            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    _ok(_cli("search", "Gabala"))
    assert not [p.name for p in user_data_dir().iterdir() if ".building-" in p.name]
