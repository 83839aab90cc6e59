"""Adding the user's own documents to the store: all or nothing per call, with progress."""
from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path

from azmap.corpus.manifest import DocumentInfo
from azmap.corpus.readers import UnreadableDocument, read_document


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48] or "document"


def _title_from(text: str, path: Path) -> str:
    for line in text.splitlines():
        line = re.sub(r"^[#\s*]+|[*\s]+$", "", line).strip()
        if 3 <= len(line) <= 160:
            return line
    return path.stem


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def ingest_paths(store, paths, progress=None):
    """Read, segment, link and add every file under ``paths`` in one transaction.

    A file that cannot be read is reported and skipped; the others are added. If the process dies
    half-way, the transaction is rolled back and the store is as it was before the call.
    """
    from azmap.store import IngestReport, document_sha256, user_documents_dir

    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file()))
        else:
            files.append(p)
    report = IngestReport(added=[], skipped=[], rejected=[])
    accepted: list[tuple[DocumentInfo, Path, str]] = []
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for i, path in enumerate(files, 1):
            if progress:
                progress(i - 1, len(files), f"reading {path.name}")
            if not path.exists():
                report.rejected.append((str(path), "no such file"))
                continue
            try:
                text, fmt = read_document(path)
            except UnreadableDocument as exc:
                report.rejected.append((str(path), str(exc)))
                continue
            sha = document_sha256(text)
            if store.has_sha(sha):
                report.skipped.append(str(path))
                continue
            doc_id = f"user-{_slug(path.stem)}-{sha[:8]}"
            info = DocumentInfo(doc_id=doc_id, title=_title_from(text, path), author=None, publisher=None,
                                date=None, date_note=f"added from {path.name}", kind="user document",
                                format=fmt, path=path.resolve(), origin="user")
            conn.execute("SAVEPOINT doc")
            try:
                n = store.add_document(info, text, sha256=sha)
            except Exception as exc:  # a document that breaks the pipeline is rejected, not fatal
                conn.execute("ROLLBACK TO doc")
                conn.execute("RELEASE doc")
                report.rejected.append((str(path), f"could not be indexed ({type(exc).__name__}: {exc})"))
                continue
            conn.execute("RELEASE doc")
            if n == 0:
                report.rejected.append((str(path), "no paragraphs of text found"))
                continue
            report.passages += n
            report.added.append(doc_id)
            accepted.append((info, path, sha))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    # keep a copy of what was added, so that a rebuilt store gets it back
    keep = user_documents_dir()
    for info, path, sha in accepted:
        copy = keep / f"{info.doc_id}{path.suffix.lower()}"
        _atomic_write(copy, path.read_bytes())
        meta = {**info.as_row(), "copy": copy.name, "sha256": sha}
        _atomic_write(keep / f"{info.doc_id}.json", json.dumps(meta, ensure_ascii=False, indent=1).encode())
    if progress and files:
        progress(len(files), len(files), "done")
    return report
