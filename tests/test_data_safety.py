"""Nothing the user added is ever lost: kills, races between processes, rebuilds under a running
window, damaged metadata, read-only data directories. Each test uses real processes."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from azmap.corpus import library
from azmap.corpus.ingest import ingest_paths
from azmap.corpus.rebuild import ensure_store, open_store
from azmap.store import store_path

ROOT = Path(__file__).resolve().parent.parent


def _write_docs(folder: Path, n: int, words: str = "") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"note-{i:04}.txt"
        p.write_text(f"Field note {i}\n\nNote {i} {words}records that the BTC pipeline crossed the Kura near "
                     f"Yevlakh in survey week {i}, and that Gabala stayed quiet.\n", encoding="utf-8")
        out.append(p)
    return out


def _user_ids_in_store() -> set[str]:
    conn = sqlite3.connect(store_path())
    try:
        return {r[0] for r in conn.execute("SELECT doc_id FROM documents WHERE origin='user'")}
    finally:
        conn.close()


def _kept_ids() -> set[str]:
    return {k.info.doc_id for k in library.kept_documents(Path(os.environ["AZMAP_DATA_DIR"]))}


def _cli(*args, env=None, **kw):
    return subprocess.Popen([sys.executable, "-m", "azmap", *args], cwd=ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _read_until(stream, needle: bytes, proc) -> bytes:
    seen = b""
    while needle not in seen:
        ch = stream.read(1)
        if not ch:
            break
        seen += ch
    return seen


@pytest.mark.parametrize("kill_at", [b"[3/", b"[40/", b"[150/"])
def test_an_ingest_killed_at_any_point_loses_nothing_it_had_kept(tmp_path, kill_at):
    ensure_store()
    _write_docs(tmp_path / "many", 200)
    proc = _cli("ingest", str(tmp_path / "many"))
    _read_until(proc.stderr, kill_at, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    kept = _kept_ids()
    assert kept, "the ingest was killed before it kept anything"
    with open_store() as store:  # takes in a copy whose commit the kill prevented
        in_store = store.doc_ids("user")
    assert in_store == kept
    # and a rebuild from scratch gets every one of them back
    store_path().write_bytes(b"damaged")
    with open_store():
        pass
    assert _user_ids_in_store() == kept


def test_a_killed_ingest_left_a_copy_without_its_commit_and_the_next_start_takes_it_in(tmp_path):
    """The window between the copy and the commit, made by hand: a kept copy the store lacks."""
    ensure_store()
    data_dir = Path(os.environ["AZMAP_DATA_DIR"])
    from azmap.corpus.manifest import DocumentInfo

    text = "Orphan\n\nThe Shah Deniz platform crew logged a calm week on the Caspian shelf.\n"
    info = DocumentInfo(doc_id="user-orphan-00000000", title="Orphan", author=None, publisher=None, date=None,
                        date_note=None, kind="user document", format="text", path=Path("orphan.txt"), origin="user")
    library.keep_copy(data_dir, info, text.encode(), ".txt", "0" * 64)
    messages = []
    with open_store(log=messages.append) as store:
        assert "user-orphan-00000000" in store.doc_ids("user")
        assert any("calm week" in h.text for h in store.search("calm week"))
    assert any("did not have yet" in m for m in messages)


@pytest.mark.parametrize("run", range(3))
def test_an_ingest_racing_a_search_in_a_fresh_data_directory_keeps_every_document(tmp_path, run):
    docs = _write_docs(tmp_path / "five", 5, words=f"(run {run}) ")
    ingest = _cli("ingest", str(tmp_path / "five"))
    search = _cli("search", "pipeline")
    out, err = ingest.communicate(timeout=300)
    search.communicate(timeout=300)
    assert ingest.returncode == 0, err.decode()
    assert b"added 5 document(s)" in out
    assert len(_user_ids_in_store()) == 5 == len(_kept_ids())
    assert len(docs) == 5


WINDOW_LIKE = textwrap.dedent("""
    import sys
    from azmap.corpus.ingest import ingest_paths
    from azmap.corpus.rebuild import open_store
    with open_store() as store:            # opened, as the window does at start
        print("open", flush=True)
        sys.stdin.readline()               # meanwhile another process rebuilds the store
        report = ingest_paths(store, [sys.argv[1]])
        print("added", len(report.added), flush=True)
""")


def test_a_rebuild_by_the_cli_while_the_window_is_open_loses_nothing_the_window_adds(tmp_path):
    _write_docs(tmp_path / "five", 5)
    ensure_store()
    holder = subprocess.Popen([sys.executable, "-c", WINDOW_LIKE, str(tmp_path / "five")], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    store_path().write_bytes(b"not a database any more")  # the CLI finds it damaged and rebuilds it
    rebuilt = _cli("search", "Gabala")
    _, err = rebuilt.communicate(timeout=300)
    assert rebuilt.returncode == 0 and b"damaged" in err
    holder.stdin.write("go\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "added 5"
    holder.wait(timeout=60)
    assert len(_user_ids_in_store()) == 5


HOLD_LOCK = textwrap.dedent("""
    import sys
    from pathlib import Path
    from azmap.writelock import write_lock
    with write_lock(Path(sys.argv[1])):
        print("holding", flush=True)
        sys.stdin.readline()
""")


def test_a_second_writer_waits_with_a_message_and_loses_nothing(tmp_path):
    ensure_store()
    _write_docs(tmp_path / "three", 3)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, os.environ["AZMAP_DATA_DIR"]], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    ingest = _cli("ingest", str(tmp_path / "three"))
    seen = _read_until(ingest.stderr, "another azmap is writing; waiting".encode(), ingest)
    assert "another azmap is writing; waiting…".encode() in seen + ingest.stderr.read(3)
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=60)
    out, _ = ingest.communicate(timeout=300)
    assert ingest.returncode == 0 and b"added 3 document(s)" in out
    assert len(_user_ids_in_store()) == 3


def test_damaged_metadata_of_a_user_document_is_kept_aside_and_the_document_kept(tmp_path):
    docs = _write_docs(tmp_path / "two", 2)
    with open_store() as store:
        report = ingest_paths(store, docs)
    assert len(report.added) == 2
    folder = library.documents_dir(Path(os.environ["AZMAP_DATA_DIR"]))
    meta = folder / f"{report.added[0]}.json"
    meta.write_text('{"doc_id": "user-x", "title": ', encoding="utf-8")  # cut off
    store_path().unlink()
    messages = []
    with open_store(log=messages.append) as store:
        ids = store.doc_ids("user")
        hits = store.search("survey week 0")
    assert report.added[0] in ids and report.added[1] in ids
    assert any("Note 0" in h.text for h in hits)
    assert list(folder.glob(f"{report.added[0]}.json.damaged-*"))
    assert any("could not be read" in m and report.added[0] in m for m in messages)
    # the metadata is written anew: the next rebuild has nothing more to report
    store_path().unlink()
    again = []
    with open_store(log=again.append):
        pass
    assert not any("could not be read" in m for m in again)


def test_a_kept_copy_whose_metadata_is_missing_is_added_with_a_title_from_its_text(tmp_path):
    docs = _write_docs(tmp_path / "one", 1)
    with open_store() as store:
        (doc_id,) = ingest_paths(store, docs).added
    folder = library.documents_dir(Path(os.environ["AZMAP_DATA_DIR"]))
    (folder / f"{doc_id}.json").unlink()
    store_path().unlink()
    with open_store() as store:
        doc = store.document(doc_id)
    assert doc["title"] == "Field note 0"


def _as_other_user(cmd: list[str], env: dict) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(not hasattr(os, "geteuid") or (os.geteuid() == 0 and not shutil.which("setpriv")),
                    reason="needs setpriv to drop root")
def test_a_read_only_data_directory_opens_the_store_read_only_and_says_why_ingest_is_unavailable():
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="azmap-ro-"))  # pytest's own folders are private to root
    data = tmp_path / "data"
    data.mkdir()
    env = {**os.environ, "AZMAP_DATA_DIR": str(data), "HOME": str(tmp_path), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    os.chmod(tmp_path / "tmp", 0o777)
    os.chmod(tmp_path, 0o755)
    assert subprocess.run([sys.executable, "-m", "azmap", "search", "Gabala"], cwd=ROOT, env=env,
                          capture_output=True).returncode == 0  # the store, built by its owner
    _write_docs(tmp_path / "mine", 1)
    os.chmod(data, 0o555)
    if os.geteuid() != 0:
        pass  # the owner itself cannot write a 0555 directory
    else:
        shutil.chown(data, "root", "root")
    try:
        search = _as_other_user([sys.executable, "-m", "azmap", "search", "Gabala radar"], env)
        assert search.returncode == 0, search.stderr
        assert "Gabala" in search.stdout and "Traceback" not in search.stderr
        assert "damaged" not in search.stderr
        ingest = _as_other_user([sys.executable, "-m", "azmap", "ingest", str(tmp_path / "mine")], env)
        assert ingest.returncode == 2 and "Traceback" not in ingest.stderr
        assert "read-only" in ingest.stderr and "cannot be added" in ingest.stderr
        # a read-only directory whose store is missing: a temporary store answers
        os.chmod(data, 0o755)
        store_path_ = data / "azmap.sqlite"
        store_path_.unlink()
        os.chmod(data, 0o555)
        again = _as_other_user([sys.executable, "-m", "azmap", "passages", "gabala-radar", "--limit", "3"], env)
        assert again.returncode == 0, again.stderr
        assert "read-only" in again.stderr and "temporary" in again.stderr
        assert "Gabala" in again.stdout
    finally:
        os.chmod(data, 0o755)
        shutil.rmtree(tmp_path, ignore_errors=True)


def test_a_folder_ingest_does_not_follow_links_out_of_the_folder(tmp_path):
    folder = tmp_path / "inbox"
    _write_docs(folder, 1)
    secret = tmp_path / "secret.txt"
    secret.write_text("Private\n\nThe vault code near Baku is written on a card in the drawer.\n")
    (folder / "innocent.txt").symlink_to(secret)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    with open_store() as store:
        report = ingest_paths(store, [folder])
        assert len(report.added) == 1
        reasons = dict(report.rejected)
        assert "outside the folder" in reasons[str(folder / "innocent.txt")]
        assert "outside the folder" in reasons[str(folder / "passwd.txt")]
        assert "folder was not followed" in reasons[str(folder / "loop")]
        assert not store.search("vault code")
        assert not store.search("root")


@pytest.mark.parametrize("value", ["-1", "0", "1000000000", "ten"])
def test_limit_is_a_number_from_1_to_1000(value):
    for cmd in (["passages", "btc"], ["search", "pipeline"]):
        proc = subprocess.run([sys.executable, "-m", "azmap", *cmd, "--limit", value], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2
        assert "--limit" in proc.stderr and "Traceback" not in proc.stderr
        assert "No passage" not in proc.stdout


def test_terminal_escapes_in_documents_and_file_names_are_not_printed(tmp_path):
    name = tmp_path / "evil\x1b]0;owned\x07name.txt"
    name.write_text("Title \x1b[2J\x1b[31mred\n\nThe Gabala radar \x1b[1mbold\x1b[0m text \x9b31m here, "
                    "and a bell \x07 and a reversal \u202e of the line.\n", encoding="utf-8")
    bad = tmp_path / "bad\x1b[31m.docx"
    bad.write_bytes(b"PK")
    ingest = subprocess.run([sys.executable, "-m", "azmap", "ingest", str(name), str(bad)], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert "added 1 document(s)" in ingest.stdout
    for cmd in (["search", "radar bold"], ["passages", "gabala-radar", "--limit", "50"]):
        proc = subprocess.run([sys.executable, "-m", "azmap", *cmd], cwd=ROOT, capture_output=True, text=True,
                              timeout=120)
        assert "radar bold" in proc.stdout.replace("  ", " ") or "bold" in proc.stdout
        for out in (proc.stdout, proc.stderr):
            assert not any(c in out for c in "\x1b\x07\x9b\u202e"), repr(out[:300])
    for out in (ingest.stdout, ingest.stderr):
        assert not any(c in out for c in "\x1b\x07\x9b"), repr(out)
    as_json = subprocess.run([sys.executable, "-m", "azmap", "search", "radar bold", "--json"], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert "\x1b" not in as_json.stdout and "\x9b" not in as_json.stdout
    assert "\x1b[1mbold" in json.loads(as_json.stdout)[0]["text"]  # the data itself is kept as it was
