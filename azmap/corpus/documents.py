"""The document library: list, show, edit and remove documents, bundled or added.

Edits and removals are kept in ``document-edits.json`` in the user's data directory, apart from
the documents themselves, and applied by every build of the store, so they survive rebuilds. A
removed document of the user's also loses its kept copy; a removed bundled document is left out
of every build.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from azmap.errors import UserError

EDITS_FILE = "document-edits.json"
EDITABLE = ("title", "author", "date", "publisher", "url")
MAX_FIELD = 500


def _edits_path(data_dir: Path) -> Path:
    return Path(data_dir) / EDITS_FILE


def read_edits(data_dir: Path):
    """(edits, loaded): {doc_id: {field: value, ..., "removed": bool}} and what reading the file
    found (azmap.statefile.Loaded; its ``problem`` says why the file could not be read, whole or in part)."""
    from azmap.statefile import load_json

    loaded = load_json(_edits_path(data_dir))
    data = loaded.data
    if data is None:
        return {}, loaded
    if not isinstance(data, dict):
        if loaded.problem is None:
            loaded.problem = "it is JSON but not a table of edits"
        return {}, loaded
    out, bad = {}, 0
    for doc_id, e in data.items():
        if isinstance(doc_id, str) and isinstance(e, dict):
            clean = {k: v for k, v in e.items() if k in EDITABLE and (v is None or isinstance(v, str))}
            if e.get("removed") is True:
                clean["removed"] = True
            out[doc_id] = clean
            bad += any(not (k in EDITABLE and (v is None or isinstance(v, str))
                            or k == "removed" and isinstance(v, bool)) for k, v in e.items())
        else:
            bad += 1
    if bad and loaded.problem is None:
        loaded.problem = f"{bad} of its {len(data)} entries could not be read in full"
    return out, loaded


def load_edits(data_dir: Path) -> dict:
    """{doc_id: {field: value, ..., "removed": bool}}; an unreadable file counts as no edits."""
    return read_edits(data_dir)[0]


def _save_edits(data_dir: Path, edits: dict, loaded=None, log=None) -> None:
    """Write the edits; a file that could not be read (whole or in part) is kept aside first and
    the user told, so a removed document does not come back nor an edit get lost unsaid."""
    from azmap.statefile import keep_aside, prepare_to_write, save_json

    path = _edits_path(data_dir)
    note = None
    try:
        if loaded is not None and loaded.problem and loaded.data is not None and loaded.exists:
            aside = keep_aside(path)
            note = (f"{EDITS_FILE} held entries that could not be read ({loaded.problem}); "
                    f"the original was kept as {aside.name}")
        elif loaded is not None:
            note = prepare_to_write(path, loaded, "the document edits file")
        save_json(path, edits)
    except OSError as exc:
        raise UserError(f"the change could not be saved to {path}: {exc.strerror or exc}") from None
    if note:
        if log is not None:
            log(note)
        else:
            import logging

            logging.getLogger("azmap").warning("%s", note)


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


def edit_document(store, doc_id: str, *, log=None, **fields) -> dict:
    """Change a document's metadata now and at every later build. Returns the document."""
    from azmap.paths import user_data_dir
    from azmap.writelock import write_lock

    fields = _check_fields({k: v for k, v in fields.items() if v is not None or k != "title"})
    if store.read_only:
        raise UserError(f"documents cannot be edited: {store.read_only}")
    data_dir = user_data_dir()
    with write_lock(data_dir):
        if not store.has_doc_id(doc_id):
            raise UserError(f"no document with the id '{doc_id}' (see `azmap documents`)")
        edits, loaded = read_edits(data_dir)
        edits.setdefault(doc_id, {}).update(fields)
        _save_edits(data_dir, edits, loaded, log)
        store.update_document(doc_id, fields)
    return store.document(doc_id)


def remove_document(store, doc_id: str, *, log=None) -> int:
    """Remove a document, its passages and links, and nothing else. Returns passages removed."""
    from azmap.corpus import library
    from azmap.paths import user_data_dir
    from azmap.writelock import write_lock

    if store.read_only:
        raise UserError(f"documents cannot be removed: {store.read_only}")
    data_dir = user_data_dir()
    with write_lock(data_dir):
        if not store.has_doc_id(doc_id):
            raise UserError(f"no document with the id '{doc_id}' (see `azmap documents`)")
        origin = store.document(doc_id)["origin"]
        edits, loaded = read_edits(data_dir)
        if origin == "bundled":
            edits.setdefault(doc_id, {})["removed"] = True
        else:
            edits.pop(doc_id, None)
        _save_edits(data_dir, edits, loaded, log)  # first: a crash after it still leaves the document out
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
