"""The document library: list, show, edit and remove documents, bundled or added.

Edits and removals are kept in ``document-edits.json`` in the user's data directory, apart from
the documents themselves, and applied by every build of the store, so they survive rebuilds. A
removed document of the user's also loses its kept copy; a removed bundled document is left out
of every build.
"""
from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from azmap.errors import UserError

EDITS_FILE = "document-edits.json"
EDITABLE = ("title", "author", "date", "publisher", "url")
MAX_FIELD = 500


def _edits_path(data_dir: Path) -> Path:
    return Path(data_dir) / EDITS_FILE


def load_edits(data_dir: Path) -> dict:
    """{doc_id: {field: value, ..., "removed": bool}}; an unreadable file counts as no edits."""
    try:
        data = json.loads(_edits_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    out = {}
    for doc_id, e in data.items():
        if isinstance(doc_id, str) and isinstance(e, dict):
            clean = {k: v for k, v in e.items() if k in EDITABLE and (v is None or isinstance(v, str))}
            if e.get("removed") is True:
                clean["removed"] = True
            out[doc_id] = clean
    return out


def _save_edits(data_dir: Path, edits: dict) -> None:
    path = _edits_path(data_dir)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(edits, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def apply_edits(info, edits: dict):
    """The document's info with the user's edits; None if the user removed it."""
    e = edits.get(info.doc_id)
    if not e:
        return info
    if e.get("removed"):
        return None
    return replace(info, **{k: v for k, v in e.items() if k in EDITABLE})


def _check_fields(fields: dict) -> dict:
    out = {}
    for k, v in fields.items():
        if k not in EDITABLE:
            raise UserError(f"'{k}' cannot be edited; editable: {', '.join(EDITABLE)}")
        if v is not None:
            v = " ".join(str(v).split())
            if len(v) > MAX_FIELD:
                raise UserError(f"{k} is too long ({len(v)} characters; at most {MAX_FIELD})")
            if k == "title" and not v:
                raise UserError("a document needs a title")
            v = v or None
        out[k] = v
    return out


def edit_document(store, doc_id: str, **fields) -> dict:
    """Change a document's metadata now and at every later build. Returns the document."""
    from azmap.paths import user_data_dir
    from azmap.writelock import write_lock

    fields = _check_fields({k: v for k, v in fields.items() if v is not None or k != "title"})
    data_dir = user_data_dir()
    with write_lock(data_dir):
        if not store.has_doc_id(doc_id):
            raise UserError(f"no document with the id '{doc_id}' (see `azmap documents`)")
        edits = load_edits(data_dir)
        edits.setdefault(doc_id, {}).update(fields)
        _save_edits(data_dir, edits)
        store.update_document(doc_id, fields)
    return store.document(doc_id)


def remove_document(store, doc_id: str) -> int:
    """Remove a document, its passages and links, and nothing else. Returns passages removed."""
    from azmap.corpus import library
    from azmap.paths import user_data_dir
    from azmap.writelock import write_lock

    data_dir = user_data_dir()
    with write_lock(data_dir):
        if not store.has_doc_id(doc_id):
            raise UserError(f"no document with the id '{doc_id}' (see `azmap documents`)")
        origin = store.document(doc_id)["origin"]
        edits = load_edits(data_dir)
        if origin == "bundled":
            edits.setdefault(doc_id, {})["removed"] = True
        else:
            edits.pop(doc_id, None)
        _save_edits(data_dir, edits)  # first: a crash after it still leaves the document out
        if origin != "bundled":
            library.forget(data_dir, doc_id)
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            n = store.remove_document(doc_id)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return n
