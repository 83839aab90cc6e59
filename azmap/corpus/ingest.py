"""Adding the user's own documents to the store, one document at a time, with progress.

Each file is read, cleaned, segmented and linked without any lock; then, under the data
directory's write lock, its copy is kept (flushed to disk) and the document is stored in one
transaction. So a second writer (the window, another command) waits at most for one document, a
process killed at any point loses at most the document it was storing (and its kept copy brings
that back at the next start), and a cancelled ingest says which files were not added.
"""
from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from azmap.corpus import library
from azmap.corpus.manifest import DocumentInfo
from azmap.corpus.readers import UnreadableDocument
from azmap.errors import UserError
from azmap.statefile import read_regular


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    passages: int = 0
    not_done: list[str] = field(default_factory=list)  # files left when the ingest was cancelled

    @property
    def cancelled(self) -> bool:
        return bool(self.not_done)


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48] or "document"


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def collect_files(paths, rejected: list[tuple[str, str]]) -> list[Path]:
    """The files to ingest: named files as they are, folders walked without following links that
    lead outside them (reported in ``rejected``) or to folders (which could loop)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if not p.is_dir():
            files.append(p)
            continue
        root = p.resolve()
        for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
            for d in sorted(dirnames):
                if os.path.islink(os.path.join(dirpath, d)):
                    rejected.append((os.path.join(dirpath, d), "a link to a folder was not followed"))
            dirnames[:] = sorted(d for d in dirnames if not os.path.islink(os.path.join(dirpath, d)))
            for name in sorted(filenames):
                f = Path(dirpath) / name
                if f.is_symlink():
                    try:
                        target = f.resolve()
                    except (RuntimeError, OSError):  # a symlink loop: reported as such when read
                        files.append(f)
                        continue
                    if not _inside(target, root):
                        rejected.append((str(f), "a link to a file outside the folder was not followed"))
                        continue
                files.append(f)
    return files


MAX_FILE_BYTES = 2**31  # a copy is read whole into memory


def refusal(path: Path) -> str | None:
    """Why ``path`` cannot be ingested before anything opens it (None if it can be read): missing,
    a symlink loop, a link to nothing, or not a regular file (a FIFO would block the reader, a
    device never end)."""
    import errno
    import stat

    from azmap.statefile import kind_of

    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symlink loop (the link leads back to itself)"
        if exc.errno == errno.ENOENT:
            return "a link to a file that does not exist" if os.path.islink(path) else "no such file"
        if exc.errno == errno.ENAMETOOLONG:
            return "its name is too long for the system"
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return "a folder (give the folder itself to add what it holds)"
    if not stat.S_ISREG(st.st_mode):
        return f"{kind_of(st.st_mode)}, not a regular file: not read"
    return None


def ingest_paths(store, paths, progress=None, *, on_wait=None, poll=None, cancelled=None) -> IngestReport:
    """Read, segment, link and add every file under ``paths``, each document in its own transaction.

    A file that cannot be read is reported and skipped; the others are added. ``on_wait`` is told
    when another azmap holds the write lock; ``poll`` runs while waiting for it; a true
    ``cancelled()`` stops before the next document (the report lists those not done).
    """
    from azmap.paths import user_data_dir
    from azmap.writelock import WriteLock

    if store.read_only:
        raise UserError(f"documents cannot be added: {store.read_only}")
    data_dir = user_data_dir()
    report = IngestReport()
    files = collect_files(paths, report.rejected)
    lock = WriteLock(data_dir)
    try:
        _ingest_files(store, files, data_dir, lock, report, progress, on_wait, poll, cancelled)
    finally:
        lock.close()
        if report.added:
            library.flush_to_disk()
    if progress and files:
        progress(len(files), len(files), "done")
    return report


def _ingest_files(store, files, data_dir, lock, report, progress, on_wait, poll, cancelled) -> None:
    from azmap.corpus.reading import read
    from azmap.corpus.pipeline import document_sha256, prepare_document
    from azmap.corpus.rebuild import USER_DOCS_STAMP, documents_stamp
    from azmap.corpus import corrections
    from azmap.writelock import LockCancelled

    fixes = corrections.load(data_dir)  # the user's, found again on a document added back
    for i, path in enumerate(files, 1):
        if cancelled and cancelled():
            report.not_done = [str(f) for f in files[i - 1:]]
            break
        if progress:
            progress(i - 1, len(files), f"reading {path.name}")
        why = refusal(path)
        if why:
            report.rejected.append((str(path), why))
            continue
        try:
            reading = read(path)
            text, fmt, meta = reading.text, reading.format, reading.meta
            data = read_regular(path, MAX_FILE_BYTES)
        except UnreadableDocument as exc:
            report.rejected.append((str(path), str(exc)))
            continue
        except ValueError as exc:  # larger than a document may be
            report.rejected.append((str(path), f"cannot read: {exc}"))
            continue
        except OSError as exc:
            report.rejected.append((str(path), f"cannot read: {exc.strerror or exc}"))
            continue
        sha = document_sha256(text)
        if store.conn.execute("SELECT 1 FROM documents WHERE sha256=?", (sha,)).fetchone():
            report.skipped.append(str(path))
            continue
        doc_id = f"user-{_slug(path.stem)}-{sha[:8]}"
        info = DocumentInfo(doc_id=doc_id, title=meta.title or path.stem, author=meta.author,
                            publisher=meta.publisher, date=meta.date, date_note=f"added from {path.name}",
                            kind="user document", format=fmt, path=path.resolve(), origin="user", url=meta.url)
        try:
            doc = prepare_document(info, text, sha256=sha, body_start=meta.body_start, body_end=meta.body_end,
                                   body_resume=meta.body_resume,
                                   corrections=fixes, present=store.doc_ids() if fixes else None)
        except Exception as exc:  # a document that breaks the pipeline is rejected, not fatal
            report.rejected.append((str(path), f"could not be indexed ({type(exc).__name__}: {exc})"))
            continue
        if not doc.passages:
            report.rejected.append((str(path), "no paragraphs of text found"))
            continue
        try:
            with lock.hold(on_wait=on_wait, poll=poll, cancelled=cancelled):
                if _store_one(store, data_dir, doc, data, path.suffix, USER_DOCS_STAMP, documents_stamp):
                    report.passages += len(doc.passages)
                    report.added.append(doc_id)
                else:
                    report.skipped.append(str(path))
        except LockCancelled:
            report.not_done = [str(f) for f in files[i - 1:]]
            break
        except (sqlite3.Error, OSError) as exc:  # nothing of it was kept: the store is as it was
            report.rejected.append((str(path), f"could not be stored ({type(exc).__name__}: {exc})"))
    if fixes and report.added:  # the file says where each correction applies now
        try:
            with lock.hold(on_wait=on_wait, poll=poll, cancelled=cancelled):
                corrections.settle(store, data_dir)
        except LockCancelled:
            pass  # said where they apply at the next ingest or rebuild


def _store_one(store, data_dir: Path, doc, data: bytes, suffix: str, stamp_key: str, stamp) -> bool:
    """Keep the copy, then store the document in one transaction (write lock held). False if the
    store has it already (another writer added it meanwhile)."""
    conn = store.conn  # reopened here if another process rebuilt the store meanwhile
    if conn.execute("SELECT 1 FROM documents WHERE sha256=? OR doc_id=?",
                    (doc.sha256, doc.info.doc_id)).fetchone():
        return False
    library.keep_copy(data_dir, doc.info, data, suffix, doc.sha256)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            store.add_document(doc)
            store.set_meta(stamp_key, stamp(data_dir))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except BaseException:
        library.forget(data_dir, doc.info.doc_id)
        raise
    return True
