"""Keeping the store whole: built from the bundled corpus and the user's kept copies on first use,
rebuilt when it is missing, stale (the sources, the gazetteer, the linking rules or the code that
reads them changed) or damaged, and brought up to date with kept copies it lacks (a writer killed
between writing a copy and committing it).

Every build and every catch-up runs under the data directory's write lock, so two processes never
build at once and a rebuild never replaces a store another process is writing to. A data
directory that cannot be written is read as it is; if its store cannot be used, a temporary one
is built elsewhere and the caller is told that adding documents is unavailable.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from azmap.paths import ASSETS_DIR, GEODATA_DIR, SOURCES_DIR, USER_DOCS, user_data_dir
from azmap.store import SCHEMA_VERSION, STORE_NAME, Store, check, connect, create_schema, store_path

# Only what opening a sound store needs is imported above: the corpus pipeline, the user's
# copies and the write lock are imported when a build or a catch-up needs them.
USER_DOCS_STAMP = "user_documents_stamp"


class StoreLocation:
    def __init__(self, path: Path, read_only: str | None = None):
        self.path = path
        self.read_only = read_only  # why the store cannot be written, if it cannot


def fingerprint() -> str:
    """Changes whenever anything the store is built from changes."""
    import json

    from azmap.checksum import checksum

    code = Path(__file__).resolve().parent.parent
    manifest = SOURCES_DIR / "manifest.json"
    files = [manifest, GEODATA_DIR / "features.geojson", ASSETS_DIR / "linking.json",
             code / "linking.py", code / "corpus" / "segment.py", code / "corpus" / "pullquote.py",
             code / "corpus" / "pipeline.py", code / "store.py",
             GEODATA_DIR / "places.json", code / "places.py", code / "place_mentions.py", code / "place_links.py"]
    files += sorted((code / "evidence").glob("*.py"))  # the linker's evidence
    files += [SOURCES_DIR / d["file"] for d in json.loads(manifest.read_text(encoding="utf-8"))["documents"]]
    return checksum(f"schema={SCHEMA_VERSION};{[f.name for f in files]}".encode(), files)


def documents_stamp(data_dir: Path) -> str:
    """Changes whenever a kept copy is added or removed."""
    try:
        return str(os.stat(Path(data_dir) / USER_DOCS).st_mtime_ns)
    except OSError:
        return "none"


def writable(data_dir: Path) -> bool:
    return os.access(data_dir, os.W_OK | os.X_OK)


def _remove_side_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def build_store(path: Path, fingerprint_: str, data_dir: Path, progress=None, log=None) -> None:
    """Build a complete store at ``path`` from the bundled corpus and the kept user documents.
    Call with the write lock held."""
    from azmap.corpus import corrections, library
    from azmap.corpus.documents import apply_edits, load_edits
    from azmap.corpus.manifest import bundled_documents
    from azmap.corpus.pipeline import prepare_file
    from azmap.corpus.readers import UnreadableDocument

    tmp = path.with_name(f"{path.name}.building-{os.getpid()}")
    _remove_side_files(tmp)
    problems: list[str] = []
    conn = None
    try:
        conn = connect(tmp)
        store = Store(conn, tmp)
        create_schema(conn)
        edits = load_edits(data_dir)
        fixes = corrections.load(data_dir)
        docs = [(d, d.path) for d in bundled_documents()]
        docs += [(k.info, k.copy) for k in library.kept_documents(data_dir, problems)]
        docs = [(info, file) for info, file in ((apply_edits(i, edits), f) for i, f in docs) if info is not None]
        conn.execute("BEGIN")
        seen_sha, seen_ids = set(), set()
        present = {info.doc_id for info, _ in docs}
        unplaced = 0
        for i, (info, file) in enumerate(docs, 1):
            if progress:
                progress(i - 1, len(docs), f"indexing {info.title}")
            try:
                doc = prepare_file(info, file, corrections=fixes, present=present)
            except (UnreadableDocument, OSError) as exc:
                problems.append(f"{info.title!r} ({Path(file).name}) could not be read again: {exc}; "
                                "its copy is kept")
                continue
            if doc.sha256 in seen_sha or info.doc_id in seen_ids:
                continue
            seen_sha.add(doc.sha256)
            seen_ids.add(info.doc_id)
            unplaced += len(doc.unplaced)
            store.add_document(doc)
        if unplaced:
            problems.append(corrections.unplaced_message(unplaced))
        store.set_meta("schema_version", str(SCHEMA_VERSION))
        store.set_meta("fingerprint", fingerprint_)
        store.set_meta("built_at", str(time.time()))
        store.set_meta(USER_DOCS_STAMP, documents_stamp(data_dir))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if fixes and writable(data_dir):  # the file says where each correction applies now
            corrections.settle(store, data_dir, log)
        if progress:
            progress(len(docs), len(docs), "index ready")
    except BaseException:
        if conn is not None:
            conn.close()
        _remove_side_files(tmp)
        raise
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)
    for p in problems:
        if log:
            log(p)


def catch_up(store: Store, data_dir: Path, log=None, progress=None) -> int:
    """Add the kept copies the store lacks (their writer died before its commit). Call with the
    write lock held. Returns how many were added."""
    from azmap.corpus import corrections, library
    from azmap.corpus.documents import apply_edits, load_edits
    from azmap.corpus.pipeline import prepare_file
    from azmap.corpus.readers import UnreadableDocument

    problems: list[str] = []
    edits = load_edits(data_dir)
    kept = library.kept_documents(data_dir, problems)
    have = store.doc_ids()
    added = 0
    for k in kept:
        info = apply_edits(k.info, edits)
        if info is None or info.doc_id in have:
            continue
        try:
            doc = prepare_file(info, k.copy, corrections=corrections.load(data_dir),
                               present=have | {x.info.doc_id for x in kept})
        except (UnreadableDocument, OSError) as exc:
            problems.append(f"{k.info.title!r} could not be read again: {exc}; its copy is kept")
            continue
        store.conn.execute("BEGIN IMMEDIATE")
        try:
            if store.conn.execute("SELECT 1 FROM documents WHERE sha256=?", (doc.sha256,)).fetchone() is None:
                store.add_document(doc)
                added += 1
            store.conn.execute("COMMIT")
        except BaseException:
            store.conn.execute("ROLLBACK")
            raise
    store.set_meta(USER_DOCS_STAMP, documents_stamp(data_dir))
    if added:
        corrections.settle(store, data_dir, log)
    if log:
        for p in problems:
            log(p)
        if added:
            log(f"took in {added} added document(s) the passage store did not have yet")
    return added


_PRIVATE_STORES: dict[str, Path] = {}


def _remove_private_stores() -> None:
    import shutil

    for folder in _PRIVATE_STORES.values():
        shutil.rmtree(folder, ignore_errors=True)
    _PRIVATE_STORES.clear()


def _temporary_location(data_dir: Path) -> Path:
    """Where the store of a read-only data directory is built: a folder of this process's own,
    made by tempfile.mkdtemp (mode 0700, a name nobody can guess, never an existing path or a
    link), one per data directory, removed when the process ends."""
    import atexit
    import tempfile

    key = os.path.realpath(data_dir)
    folder = _PRIVATE_STORES.get(key)
    if folder is None or not folder.is_dir() or folder.is_symlink():
        if not _PRIVATE_STORES:
            atexit.register(_remove_private_stores)
            _remove_abandoned_private_stores()
        folder = Path(tempfile.mkdtemp(prefix=PRIVATE_PREFIX))
        (folder / OWNER_FILE).write_text(str(os.getpid()))
        _PRIVATE_STORES[key] = folder
    return folder / STORE_NAME


PRIVATE_PREFIX = "azmap-readonly-"
OWNER_FILE = "pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _remove_abandoned_private_stores() -> None:
    """Remove the private store folders of this user's processes that were killed (their exit
    could not remove them). Only real folders owned by this user, never a link, are touched."""
    import shutil
    import stat
    import tempfile

    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return
    for e in entries:
        if not e.name.startswith(PRIVATE_PREFIX):
            continue
        try:
            st = os.lstat(e.path)
            if not stat.S_ISDIR(st.st_mode) or (uid is not None and st.st_uid != uid):
                continue
            pid = int(Path(e.path, OWNER_FILE).read_text()[:20])
        except (OSError, ValueError):
            continue
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(e.path, ignore_errors=True)


STALE_PREFIXES = (f"{STORE_NAME}.building-", f"{STORE_NAME}.copying-")


def stale_side_files(data_dir: Path) -> list[Path]:
    """Half-built stores a killed build left behind (builds hold the write lock, so with the lock
    held every one of them is stale)."""
    try:
        return [Path(e.path) for e in os.scandir(data_dir) if e.name.startswith(STALE_PREFIXES)]
    except OSError:
        return []


def remove_stale_side_files(data_dir: Path) -> None:
    """Remove what killed builds left (call with the write lock held)."""
    for f in stale_side_files(data_dir):
        try:
            if not f.is_dir() or f.is_symlink():
                f.unlink()
        except OSError:
            pass


def set_aside_damaged(path: Path, problem: str, log=None) -> None:
    """Keep a damaged store aside (NAME.damaged-TIME) so that the next open rebuilds it from the
    kept copies. Call with the write lock held."""
    from azmap.statefile import aside_name

    if os.path.lexists(path):
        aside = aside_name(path)
        os.replace(path, aside)
        if log:
            log(f"the passage store was {problem}; kept it aside as {aside.name} and rebuilt it")
    for suffix in ("-wal", "-shm", ".verified"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def recover_from_damage(exc: BaseException, log=None, on_wait=None) -> bool:
    """After a query found the store damaged ("malformed", "not a database"): set it aside, so
    that the next open rebuilds it from the kept copies. False if it is not the kind of error or
    the store cannot be set aside (a read-only data directory's own store)."""
    from azmap.store import is_damage

    if not is_damage(exc):
        return False
    data_dir = user_data_dir()
    path = store_path()
    if not writable(data_dir):
        tmp = _PRIVATE_STORES.get(os.path.realpath(data_dir))
        if tmp is None:
            return False
        _remove_side_files(tmp / STORE_NAME)
        return True
    from azmap.writelock import write_lock

    with write_lock(data_dir, on_wait=on_wait or log):
        set_aside_damaged(path, f"damaged ({exc})", log)
    return True


def ensure_store(progress=None, log=None, on_wait=None) -> StoreLocation:
    """Make sure a sound, current store exists (built, repaired or caught up first if need be).
    A store found damaged on the way (a query says "malformed") is set aside and built again."""
    try:
        return _ensure_store(progress, log, on_wait)
    except Exception as exc:  # noqa: BLE001
        if not recover_from_damage(exc, log=log, on_wait=on_wait):
            raise
    return _ensure_store(progress, log, on_wait)


def _ensure_store(progress=None, log=None, on_wait=None) -> StoreLocation:
    data_dir = user_data_dir()
    path = store_path()
    fp = fingerprint()
    if not writable(data_dir):
        reason = f"the data directory {data_dir} is read-only, so documents cannot be added"
        if check(path, fp, writable=False) is None:
            return StoreLocation(path, reason)
        tmp = _temporary_location(data_dir)
        if check(tmp, fp) is not None:
            if log:
                log(f"{reason}; its passage store is missing or out of date, so a temporary one is built "
                    f"in {tmp.parent}")
            _remove_side_files(tmp)
            build_store(tmp, fp, data_dir, progress=progress, log=log)
        return StoreLocation(tmp, reason)
    problem = check(path, fp)
    if problem is None and _caught_up(path, data_dir) and not stale_side_files(data_dir):
        return StoreLocation(path)
    from azmap.writelock import write_lock

    with write_lock(data_dir, on_wait=on_wait or log):
        remove_stale_side_files(data_dir)
        problem = check(path, fp)  # another process may have built it while this one waited
        if problem == "missing" and _from_prepared(path, fp, data_dir):
            problem = None
        if problem is not None:
            if problem.startswith("damaged") and os.path.lexists(path):
                set_aside_damaged(path, problem, log)
            elif log and problem != "missing":
                log(f"the passage store is {problem}; rebuilding it")
            build_store(path, fp, data_dir, progress=progress, log=log)
        if not _caught_up(path, data_dir):
            store = Store(connect(path), path)
            try:
                catch_up(store, data_dir, log=log, progress=progress)
            finally:
                store.close()
    return StoreLocation(path)


PREPARED_STORE = "bundled-store.sqlite"


def prepare_bundled_store(folder: Path) -> Path:
    """Build the store of the bundled corpus alone into ``folder`` (at install time)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / PREPARED_STORE
    fp = fingerprint()
    if check(target, fp) is not None:
        with _no_user_data() as empty:
            build_store(target, fp, empty)
    return target


class _no_user_data:  # noqa: N801
    def __enter__(self):
        import tempfile

        self.dir = tempfile.TemporaryDirectory()
        return Path(self.dir.name)

    def __exit__(self, *exc):
        self.dir.cleanup()
        return False


def _from_prepared(path: Path, fp: str, data_dir: Path) -> bool:
    """A new user's store, copied from the one made at install time, if it is current and the
    user has nothing of their own yet. (Write lock held.)"""
    import shutil

    from azmap.paths import PREPARED_DIR

    prepared = PREPARED_DIR / PREPARED_STORE
    if not prepared.is_file() or any((data_dir / name).exists() for name in
                                     (USER_DOCS, "document-edits.json", "corrections.json")):
        return False
    if check(prepared, fp, writable=False) is not None:
        return False
    tmp = path.with_name(f"{path.name}.copying-{os.getpid()}")
    try:
        shutil.copyfile(prepared, tmp)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    store = Store(connect(path), path)
    try:
        store.set_meta(USER_DOCS_STAMP, documents_stamp(data_dir))
    finally:
        store.close()
    return check(path, fp) is None


def _caught_up(path: Path, data_dir: Path) -> bool:
    """Whether the store has seen the user's documents folder as it is now (a cheap stamp check)."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key=?", (USER_DOCS_STAMP,)).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == documents_stamp(data_dir)


def open_store_location(location: StoreLocation) -> Store:
    return Store(connect(location.path, read_only=location.read_only is not None), location.path,
                 read_only=location.read_only)


class open_store:  # noqa: N801 - used as a function: `with open_store() as store:`
    """A ready store (built, repaired or caught up first if need be), closed at the end of the
    ``with`` block. (A class rather than contextlib: that import is not needed on every command.)"""

    def __init__(self, progress=None, log=None, on_wait=None):
        self.store = open_store_location(ensure_store(progress=progress, log=log, on_wait=on_wait))

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *exc) -> bool:
        self.store.close()
        return False
