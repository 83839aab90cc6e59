"""The user's corrections to the links: a mention unlinked ("this Lachin is a person"), a mention
linked to another feature, a passage linked to a feature by hand.

They are kept in ``corrections.json`` in the user's data directory, apart from the generated
links, and applied wherever a passage's links are made (corpus.pipeline.link_passage): at once to
the store, and again by every rebuild and ingest.

The file is a JSON list, one object per correction: ``id``, ``kind``, ``passage`` ("doc_id:seq" when
it was made), ``feature``, ``to``, ``start``/``end``/``surface`` (the mention), ``text_crc`` (CRC-32 of
the passage text it was made on), ``made`` (a Unix time) and ``quote``: the passage as it was
(azmap.quotes.Quote: its id, its text up to MAX_QUOTE characters, the fingerprint of its whole text,
its document's id and that document's checksum).

A passage id is only a place in a document as the reader segmented it, so before a correction is
applied its passage is found again through azmap.quotes (same id, moved, reworded, split) among the
passages its document has now, and the mention by its words near where it was. A correction whose
passage (or mention) is not found is kept, applied to no passage, and said by `azmap corrections`.
A file written before quotes were kept (no ``quote``) still loads: such a correction applies at its
id only if the passage there has the very text it was made on, and it gets its quote when the file
is written again.
"""
from __future__ import annotations

import time
import zlib
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from azmap.errors import UserError
from azmap.quotes import Quote

CORRECTIONS_FILE = "corrections.json"
PLACE = "place:"  # a place of the regional gazetteer, "place:GEONAMES_ID" (azmap.place_links)
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
    quote: Quote | None = None  # the passage it was made on (None in files written before quotes)

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
        if fields.get("quote") is not None:
            fields["quote"] = Quote.from_dict(fields["quote"])
        c = Correction(**fields)
    except (TypeError, ValueError):
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


@dataclass
class Placed:
    """A correction looked for among the passages its document has now."""

    correction: Correction  # as the file keeps it
    applied: Correction | None  # as applied: on the passage and at the offsets found now; None if not found
    how: str  # same | moved | reworded | split (azmap.quotes), unchecked (an old entry at its id),
    #           changed (an old entry whose passage text differs), missing, mention gone

    def note(self) -> str:
        """What the list says of it ("" when it applies where it was made)."""
        c, a = self.correction, self.applied
        if a is not None:
            return "" if a.passage == c.passage else f"  [its passage is now {a.passage} ({self.how})]"
        said = f" (it read “{c.quote.excerpt()}”)" if c.quote is not None and c.quote.text else ""
        why = {"changed": "its passage has changed",
               "mention gone": f"its passage no longer says “{c.surface}”"}.get(self.how, "its passage is not found")
        return f"  [not applied: {why}{said}]"


def unplaced_message(n: int) -> str:
    return (f"{n} of your corrections {'is' if n == 1 else 'are'} not applied: the passage "
            f"{'it was' if n == 1 else 'they were'} made on is no longer found (see `azmap corrections`)")


def _doc_of(c: Correction) -> str:
    return c.passage.rpartition(":")[0]


def concerns(c: Correction, doc_id: str, sha256: str = "", present=None) -> bool:
    """Whether a correction is about the document ``doc_id`` (checksum ``sha256``): made on it, or on
    a document of the same text, or (``present``: the documents there are, without the one it was made
    on) on an earlier version of the same user file."""
    from azmap.quotes import _USER_ID

    doc = _doc_of(c)
    if doc == doc_id:
        return True
    if c.quote is None or not c.quote.known:
        return False
    if sha256 and c.quote.document_sha256 == sha256:
        return True
    if present is None or doc in present:
        return False
    mine, theirs = _USER_ID.fullmatch(doc), _USER_ID.fullmatch(doc_id)
    return bool(mine and theirs and mine.group(1) == theirs.group(1))


def place(c: Correction, candidates) -> Placed:
    """Find a correction's passage again among ``candidates`` ((doc_id, seq, text) of the passages of
    its document now; azmap.quotes.find_among), then its mention there by its words, nearest to
    where it was."""
    from azmap.quotes import find_among
    from azmap.store import split_passage_id

    texts = {f"{d}:{s}": t for d, s, t in candidates}
    parts = split_passage_id(c.passage)
    if parts is None:
        return Placed(c, None, "missing")
    t = texts.get(c.passage)
    if t is not None and text_crc(t) == c.text_crc and (c.kind == "link" or t[c.start:c.end] == c.surface):
        return Placed(c, c, "same" if c.quote is not None and c.quote.known else "unchecked")  # the very text
    if c.quote is None or not c.quote.known:  # written before quotes were kept: its very text, or nothing
        return Placed(c, None, "changed" if t is not None else "missing")
    how, ids = find_among(c.quote, candidates, *parts)
    if not ids:
        return Placed(c, None, "missing")
    if c.kind == "link":
        return Placed(c, replace(c, passage=ids[0], text_crc=text_crc(texts[ids[0]])), how)
    found = _mention(c, [(pid, texts[pid]) for pid in ids])
    if found is None:
        return Placed(c, None, "mention gone")
    pid, start = found
    return Placed(c, replace(c, passage=pid, start=start, end=start + len(c.surface),
                             text_crc=text_crc(texts[pid])), how)


def _mention(c: Correction, parts: list[tuple[str, str]]) -> tuple[str, int] | None:
    """(passage id, offset) of the correction's mention in the passages found for it (read as one
    text when the passage was split): its surface as a word, nearest to its old offset."""
    import re

    if not c.surface:
        return None
    first_id, first = parts[0]
    if len(parts) == 1 and c.start is not None and first[c.start:c.end] == c.surface:
        return first_id, c.start
    pattern = re.compile(r"(?<!\w)" + re.escape(c.surface) + r"(?!\w)")
    best, base = None, 0
    for pid, text in parts:
        for m in pattern.finditer(text):
            key = abs(base + m.start() - (c.start or 0))
            if best is None or key < best[0]:
                best = (key, pid, m.start())
        base += len(text) + 1
    return (best[1], best[2]) if best else None


def place_in_document(fixes, doc_id: str, sha256: str, passages, present=None) -> tuple[dict, list[Placed]]:
    """(corrections by the passage id they apply to, those not found) for a document being prepared:
    ``fixes`` the corrections (a list, or lists by passage id), ``passages`` its passages as segmented
    now (with ``seq`` and ``text``)."""
    items = fixes.values() if isinstance(fixes, dict) else [fixes]
    mine = [c for group in items for c in group if concerns(c, doc_id, sha256, present)]
    if not mine:
        return {}, []
    candidates = [(doc_id, p.seq, p.text) for p in passages]
    out: dict[str, list[Correction]] = {}
    lost = []
    for c in mine:
        got = place(c, candidates)
        if got.applied is None:
            lost.append(got)
        else:
            out.setdefault(got.applied.passage, []).append(got.applied)
    return out, lost


def placements(store, items: list[Correction]) -> list[Placed]:
    """Each correction found again in the store (azmap.quotes.document_passages: its document, or the
    documents standing for it when it is gone)."""
    from azmap.quotes import document_passages

    cache: dict = {}
    out = []
    for c in items:
        key = (_doc_of(c), c.quote.document_sha256 if c.quote is not None else "")
        if key not in cache:
            cache[key] = document_passages(store, *key)
        out.append(place(c, cache[key]))
    return out


def on_passage(store, items: list[Correction], passage_id: str) -> list[Placed]:
    """The corrections applied to a passage now (wherever they were made)."""
    doc = passage_id.rpartition(":")[0]
    row = store.conn.execute("SELECT sha256 FROM documents WHERE doc_id=?", (doc,)).fetchone()
    present = store.doc_ids()
    near = [c for c in items if concerns(c, doc, row[0] if row else "", present)]
    return [p for p in placements(store, near) if p.applied is not None and p.applied.passage == passage_id]


def standing_documents(store, c: Correction) -> set[str]:
    """The documents a correction may apply to now (azmap.quotes.document_passages)."""
    from azmap.quotes import document_passages

    sha = c.quote.document_sha256 if c.quote is not None else ""
    return {d for d, _, _ in document_passages(store, _doc_of(c), sha)}


def _as_applied(store, p: Placed) -> Correction | None:
    """The correction as the file should keep it now that ``p`` found it at a new place (moved,
    reworded, split): on that passage, at the mention's offsets there, with that passage's text
    checksum and quote. None when the file has it right, it applies nowhere, or more than one document
    stands for the one it was made on (each gets it; keeping one would take it from the others)."""
    from azmap.quotes import quote_of

    a = p.applied
    if a is None or p.how in ("same", "unchecked"):
        return None
    if a.passage.rpartition(":")[0] != _doc_of(p.correction) and len(standing_documents(store, p.correction)) > 1:
        return None
    q = quote_of(store, a.passage)
    if q is None:
        return None
    new = replace(a, quote=q)
    return None if new == p.correction else new


def _bring_up_to_date(store, items: list[Correction]) -> list[int]:
    """Rewrite, in ``items``, the corrections that apply at a new place now (_as_applied); their ids."""
    changed = []
    for i, p in enumerate(placements(store, items)):
        new = _as_applied(store, p)
        if new is not None:
            items[i] = new
            changed.append(new.id)
    return changed


def settle(store, data_dir: Path, log=None) -> list[int]:
    """After a rebuild or an ingest: write the corrections that now apply at a new place as they apply
    there, so that the file says where each is (and `azmap corrections` no longer says "its passage is
    now ..." every time). The file is written only when one has moved, as ``add`` writes it (a file
    read in part is kept aside whole first). Call with the write lock held. Returns the ids rewritten;
    a file that cannot be written is said and left as it is."""
    items, loaded = read(data_dir)
    if not items:
        return []
    changed = _bring_up_to_date(store, items)
    if changed:
        _upgrade(store, items)
        try:
            _save(data_dir, items, loaded, log)
        except UserError as exc:
            _tell(f"{exc} (the corrections still apply where they were found)", log)
            return []
    return changed


def _upgrade(store, items: list[Correction]) -> None:
    """Give a quote to each correction of an old file whose passage still has the text it was made on."""
    from azmap.quotes import quote_of

    for c in items:
        if c.quote is None:
            row = store.passage_row(c.passage)
            if row is not None and text_crc(row[1]) == c.text_crc:
                c.quote = quote_of(store, c.passage)


def apply_to_mentions(mentions: list, corrections, text: str) -> list:
    """The mentions of a passage with the user's corrections made (those made on this very text)."""
    from azmap.linking import Mention

    crc = text_crc(text)
    out = list(mentions)
    for c in corrections:
        if c.text_crc != crc:
            continue
        to_place = bool(c.to) and c.to.startswith(PLACE)  # the places' side: azmap.place_links.apply_corrections
        if c.kind == "relink" and c.feature.startswith(PLACE) and not to_place:
            out.append(Mention(c.start, c.end, c.surface, c.to, "name"))  # a place's name is a feature's here
        elif c.kind in ("unlink", "relink"):
            hit = [m for m in out if m.start == c.start and m.end == c.end and m.feature_id == c.feature]
            out = [m for m in out if m not in hit]
            if c.kind == "relink" and hit and not to_place:
                out.append(Mention(c.start, c.end, hit[0].surface, c.to, "name"))
        elif c.kind == "link" and not c.feature.startswith(PLACE) and \
                not any(m.feature_id == c.feature and m.how != "related" for m in out):
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
    places = _places_of(texts, text, corrections)
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        store.replace_links(pid, mentions, links, body=kind == "body")
        store.replace_places(pid, places)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _places_of(texts: list[str], text: str, corrections) -> list:
    """A passage's place links made again, with its document as context and the corrections made."""
    from azmap.place_links import apply_corrections, document_places

    texts = texts or [text]
    k = texts.index(text) if text in texts else None
    named = document_places(texts)[k] if k is not None else document_places([text])[0]
    return apply_corrections(named, corrections, text)


def _check_id(gaz, fid: str) -> str:
    """The id as a correction keeps it: a feature's id, or "place:ID" for a place of the regional
    gazetteer (given as "place:ID" or as its bare GeoNames id)."""
    from azmap.features import UnknownFeature

    if fid in gaz:
        return fid
    from azmap.place_links import bare_id, place_key
    from azmap.places import index

    p = index().by_id.get(bare_id(fid))
    if p is not None and p.kind == "place":
        return place_key(p.id)
    try:
        gaz.get(fid)
    except UnknownFeature as exc:
        raise UserError(str(exc)) from None
    return fid


def _named(store, pid: int, feature: str, start: int | None) -> list[dict]:
    """The passage's mentions of a feature or place (not related ones), as the store has them."""
    if feature.startswith(PLACE):
        return [m for m in store.passage_places(pid) if PLACE + m["place_id"] == feature
                and (start is None or m["start"] == start)]
    return [m for m in store.passage_mentions(pid) if m["feature_id"] == feature
            and (start is None or m["start"] == start) and m["how"] != "related"]


def add(store, kind: str, passage_id: str, feature: str, *, to: str | None = None,
        start: int | None = None, log=None) -> Correction:
    """Record a correction and apply it to the store at once."""
    from azmap.features import gazetteer
    from azmap.paths import user_data_dir
    from azmap.writelock import write_lock

    if kind not in KINDS:
        raise UserError(f"a correction is one of {', '.join(KINDS)}")
    gaz = gazetteer()
    feature = _check_id(gaz, feature)
    to = _check_id(gaz, to) if kind == "relink" else to
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
            found = _named(store, row[0], feature, start)
            if not found:
                raise UserError(f"the passage names no {feature} there to correct")
            start, end, surface = found[0]["start"], found[0]["end"], found[0]["surface"]
        items, loaded = read(data_dir)
        from azmap.quotes import quote_of

        c = Correction(id=max((x.id for x in items), default=0) + 1, kind=kind, passage=passage_id, feature=feature,
                       to=to if kind == "relink" else None, start=start if kind != "link" else None, end=end,
                       surface=surface, text_crc=text_crc(text), made=time.time(), quote=quote_of(store, passage_id))
        items.append(c)
        _bring_up_to_date(store, items)
        _upgrade(store, items)
        _save(data_dir, items, loaded, log)
        _relink_in_store(store, passage_id, [p.applied for p in on_passage(store, items, passage_id)])
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
        where = placements(store, [gone])[0].applied
        _bring_up_to_date(store, items)
        _upgrade(store, items)
        _save(data_dir, items, loaded, log)
        if where is not None and store.passage_row(where.passage) is not None:
            _relink_in_store(store, where.passage, [p.applied for p in on_passage(store, items, where.passage)])
    return gone


def restore(store, c: Correction, log=None) -> Correction:
    """Put back a correction just undone (the Corrections dialog's Undo): in its place in the list,
    under its own number unless another has taken it meanwhile, and applied where it applies now."""
    from azmap.paths import user_data_dir
    from azmap.writelock import write_lock

    if store.read_only:
        raise UserError(f"corrections cannot be made: {store.read_only}")
    data_dir = user_data_dir()
    with write_lock(data_dir):
        items, loaded = read(data_dir)
        if any(x.id == c.id for x in items):
            c = replace(c, id=max(x.id for x in items) + 1)
        items.insert(next((i for i, x in enumerate(items) if x.id > c.id), len(items)), c)
        _bring_up_to_date(store, items)
        _upgrade(store, items)
        _save(data_dir, items, loaded, log)
        c = next(x for x in items if x.id == c.id)
        where = placements(store, [c])[0].applied
        if where is not None:
            _relink_in_store(store, where.passage, [p.applied for p in on_passage(store, items, where.passage)])
    return c
