"""The user's documents: the copies azmap keeps of every file the user added.

The copies are the source of truth. A copy and its metadata are written before the store's
transaction that adds the document commits, so a store rebuilt after a crash gets every document
back; a store that missed a copy (a writer killed between the two) takes it
in when it is next opened. Metadata that cannot be read is kept aside and the document is added
again with a title read from its text, and the caller is told; nothing is dropped in silence.
"""
from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from azmap.corpus.manifest import DocumentInfo
from azmap.corpus.readers import SUFFIX_FORMATS
from azmap.paths import USER_DOCS
from azmap.statefile import load_json, private_temp_beside

MAX_META_BYTES = 1 << 20

META_SUFFIX = ".json"
MAX_ID = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def valid_doc_id(doc_id) -> bool:
    """Whether ``doc_id`` can name files in the documents folder: text of at most MAX_ID
    characters, no separator, NUL or control character, not starting with a dot (so neither
    ``.`` nor ``..``). Glob characters are fine: ids are only ever compared, never matched."""
    return (isinstance(doc_id, str) and 0 < len(doc_id) <= MAX_ID and not doc_id.startswith(".")
            and "/" not in doc_id and "\\" not in doc_id and not _CONTROL.search(doc_id)
            and doc_id.strip() == doc_id)


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (not followed if it is a link) lies directly in ``folder``."""
    try:
        return Path(os.path.realpath(path.parent)) == Path(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


@dataclass
class KeptDocument:
    info: DocumentInfo
    copy: Path
    sha256: str | None = None


def documents_dir(data_dir: Path) -> Path:
    return Path(data_dir) / USER_DOCS


def _atomic_write(path: Path, data: bytes) -> None:
    """Whole or not at all, through a private temporary file (a link planted at its name is never
    followed). Flushed to disk by ``flush_to_disk`` once per ingest, not here, file by file."""
    fd, tmp = private_temp_beside(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def flush_to_disk() -> None:
    """Ask the system to write what it holds for the disk (once, after an ingest). A process that
    dies keeps what it wrote in any case; this is for a power cut, against which the store itself
    (SQLite's WAL, synchronous=NORMAL) is no more durable than the copies."""
    if hasattr(os, "sync"):
        os.sync()


def keep_copy(data_dir: Path, info: DocumentInfo, data: bytes, suffix: str, sha256: str) -> Path:
    """Write the copy and its metadata (each whole or not at all); returns the copy's path."""
    if not valid_doc_id(info.doc_id):
        raise ValueError(f"{info.doc_id!r} cannot name a document's files")
    folder = documents_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / f"{info.doc_id}{suffix.lower()}"
    _atomic_write(copy, data)
    meta = {**info.as_row(), "copy": copy.name, "sha256": sha256}
    _atomic_write(folder / f"{info.doc_id}{META_SUFFIX}", json.dumps(meta, ensure_ascii=False, indent=1).encode())
    return copy


def own_files(data_dir: Path, doc_id: str) -> list[Path]:
    """The files of the documents folder that belong to ``doc_id``: its metadata and its copy,
    found by comparing names exactly (the id is never a pattern or a path)."""
    if not valid_doc_id(doc_id):
        return []
    folder = documents_dir(data_dir)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    out = []
    for e in entries:
        name = e.name
        if len(name) <= len(doc_id) or name[:len(doc_id)] != doc_id:
            continue
        rest = name[len(doc_id):]
        if rest == META_SUFFIX or (rest.lower() in SUFFIX_FORMATS and rest.count(".") == 1):
            path = folder / name
            if _inside(path, folder):
                out.append(path)
    return out


def forget(data_dir: Path, doc_id: str) -> None:
    """Remove a document's copy and metadata (a store that refused it must not get it back).
    Only files directly in the documents folder named exactly for the id are touched; an id that
    could not name such a file (``..``, a separator, NUL) touches nothing."""
    for f in own_files(data_dir, doc_id):
        try:
            f.unlink()
        except FileNotFoundError:
            pass


def _info_from_meta(meta: dict, copy: Path) -> DocumentInfo:
    def text_or_none(key):
        v = meta.get(key)
        return v if isinstance(v, str) else None

    if not isinstance(meta, dict):
        raise ValueError("it is not a table of fields")
    doc_id, title = meta["doc_id"], meta["title"]
    if not isinstance(doc_id, str) or not isinstance(title, str) or not doc_id or not title:
        raise ValueError("doc_id and title must be text")
    if not valid_doc_id(doc_id):
        raise ValueError("its doc_id cannot name a document's files")
    if copy.stem != doc_id or copy.suffix.lower() not in SUFFIX_FORMATS:
        raise ValueError("its copy is not named for its doc_id")
    return DocumentInfo(doc_id=doc_id, title=title, author=text_or_none("author"),
                        publisher=text_or_none("publisher"), date=text_or_none("date"),
                        date_note=text_or_none("date_note"), kind=text_or_none("kind") or "user document",
                        format=text_or_none("format") or SUFFIX_FORMATS.get(copy.suffix.lower(), "text"),
                        path=Path(text_or_none("source_path") or copy), origin="user", url=text_or_none("url"))


def _recovered_info(copy: Path) -> DocumentInfo:
    """Metadata for a copy whose own metadata was lost: its id from its name, a title from its text."""
    from azmap.corpus.metadata import guess_title
    from azmap.corpus.readers import UnreadableDocument, read_document

    try:
        text, fmt = read_document(copy)
        title = guess_title(text, copy)
    except UnreadableDocument:
        fmt, title = SUFFIX_FORMATS.get(copy.suffix.lower(), "text"), copy.stem
    return DocumentInfo(doc_id=copy.stem, title=title, author=None, publisher=None, date=None,
                        date_note=f"metadata recovered from the copy {copy.name}", kind="user document",
                        format=fmt, path=copy, origin="user")


def kept_documents(data_dir: Path, problems: list[str] | None = None) -> list[KeptDocument]:
    """Every document the user added, in a stable order. Damaged metadata is kept aside as
    NAME.json.damaged-TIME, rewritten from the copy, and reported in ``problems``."""
    folder = documents_dir(data_dir)
    if not folder.is_dir():
        return []
    problems = problems if problems is not None else []
    entries = sorted(os.scandir(folder), key=lambda e: e.name)
    copies = {Path(e.path) for e in entries if Path(e.name).suffix.lower() in SUFFIX_FORMATS
              and e.is_file(follow_symlinks=False)}
    out: list[KeptDocument] = []
    claimed: set[Path] = set()
    for e in entries:
        if not e.name.endswith(META_SUFFIX):
            continue
        meta_file = Path(e.path)
        try:
            loaded = load_json(meta_file, max_bytes=MAX_META_BYTES, max_depth=8)
            if loaded.problem:
                raise ValueError(loaded.problem)
            meta = loaded.data
            if not isinstance(meta, dict) or not isinstance(meta.get("copy"), str):
                raise ValueError("it names no copy")
            if meta_file.name[:-len(META_SUFFIX)] != meta.get("doc_id"):
                raise ValueError("its doc_id is not its file's name")
            copy = folder / Path(meta["copy"]).name
            info = _info_from_meta(meta, copy)
        except (ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
            aside = meta_file.with_name(f"{meta_file.name}.damaged-{int(time.time())}")
            try:
                os.replace(meta_file, aside)
                problems.append(f"the metadata of {meta_file.stem} could not be read ({type(exc).__name__}); "
                                f"it was kept as {aside.name} and the document added again from its copy")
            except OSError:
                problems.append(f"the metadata of {meta_file.stem} could not be read ({type(exc).__name__})")
            continue
        if copy not in copies:
            problems.append(f"the kept copy of {info.title!r} ({copy.name}) is missing; "
                            f"its metadata stays in {meta_file.name}")
            continue
        claimed.add(copy)
        sha = meta.get("sha256") if isinstance(meta.get("sha256"), str) else None
        out.append(KeptDocument(info, copy, sha))
    for copy in sorted(copies - claimed):
        if not valid_doc_id(copy.stem):
            problems.append(f"the file {copy.name!r} in the documents folder cannot name a document; it was left out")
            continue
        info = _recovered_info(copy)
        try:
            meta = {**info.as_row(), "copy": copy.name}
            _atomic_write(folder / f"{info.doc_id}{META_SUFFIX}", json.dumps(meta, ensure_ascii=False,
                                                                              indent=1).encode())
        except OSError:
            pass
        out.append(KeptDocument(info, copy))
    return out


def field_sources(doc: dict, data_dir: Path) -> dict[str, str]:
    """Where each of a document's fields came from: for a bundled document, what its manifest
    entry says ("found"); for one the user added, what the reader found in the kept copy (meta
    tag, byline, date line, dateline, first line, file name, ...), or "set by you" where the
    stored value is not what the reader found (an edit)."""
    if doc.get("origin") == "bundled":
        from azmap.corpus.manifest import MANIFEST

        entries = json.loads(MANIFEST.read_text(encoding="utf-8"))["documents"]
        entry = next((d for d in entries if d.get("doc_id") == doc.get("doc_id")), {})
        out = dict(entry.get("found") or {})
        if entry.get("record"):
            out["record"] = entry["record"]
        return out
    folder = documents_dir(data_dir)
    try:
        meta = json.loads((folder / f"{doc['doc_id']}{META_SUFFIX}").read_text(encoding="utf-8"))
        copy = folder / Path(str(meta["copy"])).name
        from azmap.corpus.reading import read

        stated = read(copy).meta
    except Exception:  # no kept copy or metadata, or a copy that no longer reads: nothing to say
        return {}
    out = {}
    for field in ("title", "author", "date", "publisher", "url"):
        if not doc.get(field):
            continue
        if str(getattr(stated, field) or "") == str(doc[field]):
            out[field] = stated.evidence.get(field, "the text")
        else:
            out[field] = "set by you (documents edit) or when it was added"
    if any(a.get("affiliation") or a.get("organisation") for a in stated.authors):
        people = "; ".join(a["name"] + (f" — {a['affiliation']}" if a.get("affiliation") else "")
                           + (" (an organisation)" if a.get("organisation") else "") for a in stated.authors)
        out["authors"] = f"{people} ({stated.evidence.get('authors', 'the text')})"
    if stated.participants:
        out["participants"] = f"{', '.join(stated.participants)} ({stated.evidence.get('participants', 'the text')})"
    return out
