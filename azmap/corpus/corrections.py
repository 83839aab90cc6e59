"""The user's corrections to the links: a mention unlinked ("this Lachin is a person"), a mention
linked to another feature, a passage linked to a feature by hand.

They are kept in ``corrections.json`` in the user's data directory, apart from the generated
links, and applied wherever a passage's links are made (corpus.pipeline.link_passage): at once to
the store, and again by every rebuild. Each remembers the passage's text, so a correction whose
passage has changed (a new segmentation) is reported and left unapplied, never put on the wrong
passage.
"""
from __future__ import annotations

import time
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

from azmap.errors import UserError

CORRECTIONS_FILE = "corrections.json"
KINDS = ("unlink", "relink", "link")


@dataclass
class Correction:
    id: int
    kind: str  # unlink | relink | link
    passage: str  # "doc_id:seq"
    feature: str  # the feature the mention named (unlink, relink) or the one linked by hand (link)
    to: str | None = None  # relink: the feature it names instead
    start: int | None = None  # unlink, relink: the mention's offsets in the passage text
    end: int | None = None
    surface: str = ""
    text_crc: int = 0  # the passage text it was made on
    made: float = 0.0

    def describe(self) -> str:
        what = {"unlink": f"“{self.surface}” is not {self.feature}",
                "relink": f"“{self.surface}” is {self.to}, not {self.feature}",
                "link": f"linked by hand to {self.feature}"}[self.kind]
        return f"{self.id}. {self.passage}: {what}"


def text_crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / CORRECTIONS_FILE


_INT_FIELDS = ("start", "end")


def _valid(item) -> Correction | None:
    """The correction an entry of the file describes, or None if its fields are not of their types."""
    if not isinstance(item, dict):
        return None
    fields = {k: item[k] for k in item if k in Correction.__dataclass_fields__}
    try:
        c = Correction(**fields)
    except TypeError:
        return None
    ok = (type(c.id) is int and 0 < c.id < 2**53 and c.kind in KINDS and isinstance(c.passage, str)
          and isinstance(c.feature, str) and (c.to is None or isinstance(c.to, str))
          and all(getattr(c, k) is None or (type(getattr(c, k)) is int and 0 <= getattr(c, k) < 2**53)
                  for k in _INT_FIELDS)
          and isinstance(c.surface, str) and type(c.text_crc) is int and isinstance(c.made, (int, float))
          and not isinstance(c.made, bool))
    return c if ok else None


def read(data_dir: Path):
    """(corrections, loaded): the usable corrections and what reading the file found
    (azmap.statefile.Loaded: its ``problem`` says why the file as a whole could not be read)."""
    from azmap.statefile import load_json

    loaded = load_json(_path(data_dir))
    raw = loaded.data
    if loaded.problem is None and raw is not None and not isinstance(raw, list):
        loaded.problem = "it is JSON but not a list of corrections"
    out, seen = [], set()
    for item in raw if isinstance(raw, list) else []:
        c = _valid(item)
        if c is not None and c.id not in seen:
            seen.add(c.id)
            out.append(c)
    if isinstance(raw, list) and len(out) < len(raw) and loaded.problem is None:
        loaded.problem = f"{len(raw) - len(out)} of its {len(raw)} entries could not be read"
    return out, loaded


def load(data_dir: Path) -> list[Correction]:
    """The usable corrections (an unreadable file or entry counts as none)."""
    return read(data_dir)[0]


def _save(data_dir: Path, items: list[Correction], loaded, log=None) -> None:
    """Write the corrections; a file that could not be read (whole or in part) is kept aside
    first and the user told, so nothing of it is lost."""
    from azmap.statefile import keep_aside, prepare_to_write, save_json

    path = _path(data_dir)
    try:
        if loaded.problem and loaded.data is not None and loaded.exists:
            aside = keep_aside(path)  # readable in part: keep the whole of it
            note = (f"corrections.json held entries that could not be read ({loaded.problem}); "
                    f"the original was kept as {aside.name}")
        else:
            note = prepare_to_write(path, loaded, "the corrections file")
        save_json(path, [asdict(c) for c in items])
    except OSError as exc:
        raise UserError(f"the correction could not be saved to {path}: {exc.strerror or exc}") from None
    if note:
        _tell(note, log)


def _tell(message: str, log=None) -> None:
    if log is not None:
        log(message)
    else:
        import logging

        logging.getLogger("azmap").warning("%s", message)


def by_passage(items: list[Correction]) -> dict[str, list[Correction]]:
    out: dict[str, list[Correction]] = {}
    for c in items:
        out.setdefault(c.passage, []).append(c)
    return out


def apply_to_mentions(mentions: list, corrections, text: str) -> list:
    """The mentions of a passage with the user's corrections made (those made on this very text)."""
    from azmap.linking import Mention

    crc = text_crc(text)
    out = list(mentions)
    for c in corrections:
        if c.text_crc != crc:
            continue
        if c.kind in ("unlink", "relink"):
            hit = [m for m in out if m.start == c.start and m.end == c.end and m.feature_id == c.feature]
            out = [m for m in out if m not in hit]
            if c.kind == "relink" and hit:
                out.append(Mention(c.start, c.end, hit[0].surface, c.to, "name"))
        elif c.kind == "link" and not any(m.feature_id == c.feature and m.how != "related" for m in out):
            out.append(Mention(0, 0, "", c.feature, "name"))  # linked by hand: as if named
    return sorted(out, key=lambda m: (m.how == "related", m.start))


def _relink_in_store(store, passage_id: str, corrections) -> None:
    """Make the passage's mentions and links again, corrections included (write lock held)."""
    from azmap.corpus.pipeline import link_passage
    from azmap.linking import default_linker

    row = store.passage_row(passage_id)
    if row is None:
        raise UserError(f"no passage with the id '{passage_id}'")
    pid, text, heading, kind = row
    # linked as the pipeline links it: with what its whole document establishes about its names
    linker = default_linker()
    texts = [r[0] for r in store.conn.execute("SELECT text FROM passages WHERE doc_id=? ORDER BY seq",
                                              (passage_id.rpartition(":")[0],))]
    document = linker.document(texts) if texts and hasattr(linker, "document") else None
    mentions, links = link_passage(text, heading, linker, corrections, document=document)
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        store.replace_links(pid, mentions, links, body=kind == "body")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def add(store, kind: str, passage_id: str, feature: str, *, to: str | None = None,
        start: int | None = None, log=None) -> Correction:
    """Record a correction and apply it to the store at once."""
    from azmap.features import UnknownFeature, gazetteer
    from azmap.paths import user_data_dir
    from azmap.writelock import write_lock

    if kind not in KINDS:
        raise UserError(f"a correction is one of {', '.join(KINDS)}")
    gaz = gazetteer()
    for fid in (feature, to) if kind == "relink" else (feature,):
        try:
            gaz.get(fid)
        except UnknownFeature as exc:
            raise UserError(str(exc)) from None
    if store.read_only:
        raise UserError(f"corrections cannot be made: {store.read_only}")
    data_dir = user_data_dir()
    with write_lock(data_dir):
        row = store.passage_row(passage_id)
        if row is None:
            raise UserError(f"no passage with the id '{passage_id}'")
        text = row[1]
        surface, end = "", None
        if kind in ("unlink", "relink"):
            found = [m for m in store.passage_mentions(row[0]) if m["feature_id"] == feature
                     and (start is None or m["start"] == start) and m["how"] != "related"]
            if not found:
                raise UserError(f"the passage names no {feature} there to correct")
            start, end, surface = found[0]["start"], found[0]["end"], found[0]["surface"]
        items, loaded = read(data_dir)
        c = Correction(id=max((x.id for x in items), default=0) + 1, kind=kind, passage=passage_id, feature=feature,
                       to=to if kind == "relink" else None, start=start if kind != "link" else None, end=end,
                       surface=surface, text_crc=text_crc(text), made=time.time())
        items.append(c)
        _save(data_dir, items, loaded, log)
        _relink_in_store(store, passage_id, by_passage(items).get(passage_id, []))
    return c


def undo(store, correction_id: int, log=None) -> Correction:
    """Forget a correction; the passage gets the linker's own links back."""
    from azmap.paths import user_data_dir
    from azmap.writelock import write_lock

    if store.read_only:
        raise UserError(f"corrections cannot be undone: {store.read_only}")
    data_dir = user_data_dir()
    with write_lock(data_dir):
        items, loaded = read(data_dir)
        gone = next((c for c in items if c.id == correction_id), None)
        if gone is None:
            raise UserError(f"no correction numbered {correction_id} (see `azmap corrections`)")
        items = [c for c in items if c.id != correction_id]
        _save(data_dir, items, loaded, log)
        if store.passage_row(gone.passage) is not None and not store.read_only:
            _relink_in_store(store, gone.passage, by_passage(items).get(gone.passage, []))
    return gone
