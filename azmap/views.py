"""Saved briefing views: named map extents with their year, layers, selection and chosen passages.

Kept as JSON in the user's data directory and written atomically. Reading checks each view field
by field: a view that cannot be used (a field of the wrong type, a number that is not finite, an
extent outside the map) is left out and reported, and the other views are kept. Nothing the user
saved is dropped in silence:

- a file that cannot be read as a whole (not UTF-8, not JSON, not a views file, larger than
  ``MAX_FILE_BYTES``) is moved aside (views.json.damaged-TIME) and ``problem`` says so;
- a file from which views were left out (or which holds more than ``MAX_VIEWS``) stays as it is
  while it is only read; the first save over it keeps a copy of the original bytes
  (views.json.bad-TIME) and ``problem`` says so.

``problems`` gathers these messages over the life of the store (without repeats) until
``clear_problems()``; ``skipped`` lists the views the last load left out.

The file (format version 2)::

    {"version": 2, "views": [
      {"name": "Exclave", "bbox": [W, S, E, N], "year": 2012 or null, "layers": ["countries", ...] or null,
       "feature": "nakhchivan" or null, "note": "the caption",
       "passages": ["weitz-2012:13", ...],
       "quotes": [{"id": "weitz-2012:13", "text": "Armenia also physically separates ...",
                   "fingerprint": "...", "document": "weitz-2012", "document_sha256": "..."} or null, ...]}]}

``passages`` are the chosen passages' ids, in order; ``quotes[i]`` is what was kept of
``passages[i]`` (azmap/quotes.py): its text as chosen (at most 5,000 characters; 300 if the full
texts would make the file larger than ``MAX_FILE_BYTES``), a fingerprint of its whole normalised
text, its document's id and checksum. An id only says where the reader put the passage; the quote
says which passage it was, so that a view still shows the passage the user chose after its document
was segmented anew (azmap.quotes.resolve; a passage no longer found is reported, never replaced by
another, and stays in the view with its quote).

Version 1 files have no ``quotes`` (a view none of whose passages has one is written with an empty
list): they load as they are (their passages are taken at their ids,
unchecked) and are written as version 2, with the quotes of their passages as the store has them
then, when saved again by the window or an ``azmap views`` command (``ViewStore.quoter``). A quote
that cannot be read, or whose id is not its passage's, is left out (its passage is then unchecked);
the view is kept. Older azmap versions read version 2 files and ignore the quotes.
"""
from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from azmap.errors import UserError
from azmap.features import EXTENT
from azmap.paths import user_data_dir

VIEWS_FILE = "views.json"
FORMAT_VERSION = 2  # 2: "quotes", what was kept of each chosen passage
MAX_FILE_BYTES = 20 * 1024 * 1024  # a views file of 1,000 views with notes is well under 1 MB
MAX_VIEWS = 1000  # views read from a file; the rest are reported and kept in the file
MAX_NAME = 200
MAX_NOTE = 20_000
MAX_ITEMS = 500  # passages or layers of one view
MAX_ID = 300  # a feature id, layer key or passage id
YEARS = (1900, 2100)
MAX_CONTAINERS = 2_000_000  # lists and objects in a file: 100,000 views have about 400,000
_PASSAGE_ID = re.compile(r".+:[0-9]{1,9}", re.S)


@dataclass
class SavedView:
    name: str
    bbox: tuple[float, float, float, float]  # W, S, E, N in degrees
    year: int | None = None
    layers: list[str] | None = None
    feature: str | None = None
    passages: list[str] = field(default_factory=list)  # passage ids "doc_id:seq"
    note: str = ""
    quotes: list = field(default_factory=list)  # quotes[i]: azmap.quotes.Quote of passages[i], or None

    @classmethod
    def from_dict(cls, d) -> "SavedView":
        """The view that ``d`` describes; ValueError, whose text says what is wrong, if it cannot be used."""
        if not isinstance(d, dict):
            raise ValueError(f"it is {_show(d)}, not a view")
        if "name" not in d:
            raise ValueError("it has no name")
        name = _text(d["name"], '"name"', MAX_NAME)
        if not name.strip():
            raise ValueError('"name" is empty')
        bbox = _bbox(d.get("bbox"))
        year = _year(d.get("year"))
        layers = d.get("layers")
        if layers is not None:
            layers = _texts(layers, '"layers"')
        feature = d.get("feature")
        if feature is not None:
            feature = _text(feature, '"feature"', MAX_ID)
        passages = d.get("passages")
        passages = [] if passages is None else _texts(passages, '"passages"')
        for p in passages:
            if not _PASSAGE_ID.fullmatch(p):
                raise ValueError(f'"passages" holds {_show(p)}, which is not a passage id (document:number)')
        note = d.get("note", "")
        note = "" if note is None else _text(note, '"note"', MAX_NOTE)
        if _has_non_finite(d):  # in a field this version does not know
            raise ValueError("it holds a number that is not finite")
        return cls(name=name, bbox=bbox, year=year, layers=layers, feature=feature, passages=passages, note=note,
                   quotes=_quotes(d.get("quotes"), passages))

    def has_quotes(self) -> bool:
        """Whether every chosen passage has its quote (a view of version 1 has none)."""
        return all(i < len(self.quotes) and self.quotes[i] is not None for i in range(len(self.passages)))


@dataclass
class SkippedView:
    """A view of the file that could not be used: its place in the file (from 1), its name if it has one."""

    index: int
    name: str | None
    reason: str


def _show(value) -> str:
    """A short description of a value for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, (int, float)):
        text = repr(value)
        return text if len(text) <= 24 else text[:24] + "…"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _text(value, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} is {_show(value)}, not text")
    if len(value) > limit:
        raise ValueError(f"{what} is longer than {limit:,} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a \\ud800 escape
        raise ValueError(f"{what} holds characters that are not text") from None
    return value


def _texts(value, what: str) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"{what} is {_show(value)}, not a list")
    if len(value) > MAX_ITEMS:
        raise ValueError(f"{what} has more than {MAX_ITEMS} entries")
    return [_text(v, what, MAX_ID) for v in value]


def _quotes(value, passages: list[str]) -> list:
    """The quotes of a view's passages, one per passage (None where there is none or it cannot be
    used: its passage is then taken at its id, as a version 1 file's); [] if there is none."""
    from azmap.quotes import Quote

    items = value if isinstance(value, list) else []
    out = []
    for i, pid in enumerate(passages):
        q = items[i] if i < len(items) else None
        if q is not None and not isinstance(q, Quote):
            try:
                q = Quote.from_dict(q, max_id=MAX_ID)
            except ValueError:
                q = None
        out.append(q if q is not None and q.id == pid else None)
    return out if any(q is not None for q in out) else []  # none: as a version 1 view


def _number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} holds {_show(value)}, not a number")
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        number = math.inf
    if not math.isfinite(number):
        raise ValueError(f"{what} holds a number that is not finite")
    return number


def _bbox(value) -> tuple[float, float, float, float]:
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        raise ValueError(f'"bbox" is {_show(value)}, not four numbers W,S,E,N')
    w, s, e, n = (_number(v, '"bbox"') for v in value)
    shown = ",".join(f"{c:g}" for c in (w, s, e, n))
    if not (-180 <= w < e <= 180):
        raise ValueError(f'"bbox" {shown} is not an extent (west must be less than east, within ±180°)')
    if not (-90 <= s < n <= 90):
        raise ValueError(f'"bbox" {shown} is not an extent (south must be less than north, within ±90°)')
    ew, es, ee, en = EXTENT
    if w >= ee or e <= ew or s >= en or n <= es:
        raise ValueError(f'"bbox" {shown} is outside the map\'s extent {ew:g},{es:g},{ee:g},{en:g}')
    return w, s, e, n


def _year(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f'"year" is {_show(value)}, not a year')
    if not YEARS[0] <= value <= YEARS[1]:
        raise ValueError(f'"year" {_show(value)} is out of range ({YEARS[0]} to {YEARS[1]})')
    return value


def _has_non_finite(value) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, float):
            if not math.isfinite(v):
                return True
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
    return False


_TOKENS = re.compile(r'"(?:[^"\\]|\\[\s\S])*"|[\[\]{}:,]')


class _Unparsed(str):
    """The raw text of one entry of the views list, for a file too deeply nested for ``json``."""


def _split_entries(text: str) -> list[_Unparsed] | None:
    """The raw text of each entry of the top-level "views" list, found without recursion, so that a
    view nested too deeply to be read costs that view only; None if the file has no such list."""
    tokens = _TOKENS.finditer(text)
    first = next(tokens, None)
    if first is None or first.group() != "{" or text[:first.start()].strip("\ufeff \t\r\n"):
        return None
    depth, last, key, start, entries = 1, None, None, None, []
    for m in tokens:
        t = m.group()
        c = t[0]
        if c == '"':
            if depth == 1:
                last = t
        elif c == ":":
            if depth == 1:
                key = last
        elif c == ",":
            if depth == 1:
                key = None
            elif depth == 2 and start is not None:
                entries.append(_Unparsed(text[start:m.start()]))
                start = m.end()
        elif c in "[{":
            depth += 1
            if depth == 2 and c == "[" and key == '"views"':
                start = m.end()
        else:
            if depth == 2 and start is not None:
                tail = text[start:m.start()]
                if tail.strip() or entries:
                    entries.append(_Unparsed(tail))
                return entries
            depth -= 1
    return None


@dataclass
class _Reading:
    """What a views file holds: its usable views, those left out, or why it cannot be read at all."""

    raw: bytes = b""
    views: list[SavedView] = field(default_factory=list)
    skipped: list[SkippedView] = field(default_factory=list)
    total: int = 0  # entries in the file's list of views
    fatal: str | None = None

    @property
    def complete(self) -> bool:
        return self.fatal is None and not self.skipped and self.total <= MAX_VIEWS


def _parse_int(digits: str):
    """An integer of the file; one longer than int() reads is as good as infinite."""
    return int(digits) if len(digits) <= 4000 else math.inf


def _loads(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except ValueError:  # an integer of more than 4,300 digits, which int() refuses
        return json.loads(text, parse_int=_parse_int)


def _read(raw: bytes) -> _Reading:
    reading = _Reading(raw=raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        reading.fatal = "it is not UTF-8 text"
        return reading
    if text.count("[") + text.count("{") > MAX_CONTAINERS:  # json would take seconds to build them
        reading.fatal = f"it holds more than {MAX_CONTAINERS:,} lists and objects, far more than views need"
        return reading
    try:
        data = _loads(text)
    except RecursionError:
        entries = _split_entries(text)
        if entries is None:
            reading.fatal = "it is nested too deeply to be read"
            return reading
    except ValueError as exc:
        reading.fatal = f"it is not JSON: {exc}"
        return reading
    else:
        if not isinstance(data, dict) or not isinstance(data.get("views"), list):
            reading.fatal = "it is JSON but not a views file (no list of views)"
            return reading
        entries = data["views"]
    reading.total = len(entries)
    seen = set()
    for i, entry in enumerate(entries[:MAX_VIEWS], 1):
        try:
            if isinstance(entry, _Unparsed):
                try:
                    entry = _loads(entry)
                except RecursionError:
                    raise ValueError("it is nested too deeply to be read") from None
                except ValueError:
                    raise ValueError("it is not JSON") from None
            view = SavedView.from_dict(entry)
            if view.name in seen:
                raise ValueError("a view before it has the same name")
        except ValueError as exc:
            name = entry.get("name") if isinstance(entry, dict) else None
            reading.skipped.append(SkippedView(i, name if isinstance(name, str) else None, str(exc)))
            continue
        seen.add(view.name)
        reading.views.append(view)
    return reading


def _short(name: str) -> str:
    return repr(name if len(name) <= 40 else name[:40] + "…")


SHORT_QUOTE = 300  # characters of each quote's text kept when the full texts would make the file too large


def _fit_quotes(data: dict) -> None:
    """Quotes' texts cut to SHORT_QUOTE characters (their fingerprints still name the whole passage)
    if the file would otherwise be larger than a views file may be (so that it could not be read back);
    UserError if even that is too large."""
    def size() -> int:
        return len(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    if size() <= MAX_FILE_BYTES:
        return
    for view in data["views"]:
        for q in view["quotes"]:
            if q is not None:
                q["text"] = q["text"][:SHORT_QUOTE]
    if size() > MAX_FILE_BYTES:
        raise UserError(f"the saved views would take more than the {MAX_FILE_BYTES // 2**20} MB a views file "
                        "may be: delete some views or some of their passages first")


class ViewStore:
    """The saved views of one file (the user's views.json unless ``path`` is given).

    ``load()`` returns the usable views and never raises for what the file holds; ``save()``,
    ``add()``, ``rename()``, ``delete()`` and ``move()`` raise UserError with a message.
    """

    def __init__(self, path: Path | None = None, quoter=None):
        self.path = Path(path) if path else user_data_dir() / VIEWS_FILE
        self.quoter = quoter  # passage ids -> their quotes (or None each): fills in what a view lacks on save
        self.problems: list[str] = []
        self.skipped: list[SkippedView] = []  # the views the last load left out
        self.total = 0  # entries in the file at the last load

    @property
    def problem(self) -> str | None:
        """What the user should be told about the file, or None."""
        return "\n".join(self.problems) or None

    @problem.setter
    def problem(self, value: str | None) -> None:
        self.problems = [value] if value else []

    def clear_problems(self) -> None:
        self.problems = []

    def _report(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def _inspect(self) -> _Reading | None:
        """The file's contents checked; None if there is no file. OSError if it cannot be read."""
        from azmap.statefile import check_regular, read_regular

        try:
            size = check_regular(self.path).st_size  # a FIFO, device or socket: refused, never opened
        except FileNotFoundError:
            return None
        if size > MAX_FILE_BYTES:
            return _Reading(fatal=f"it is {size / 2**20:.0f} MB, more than the {MAX_FILE_BYTES // 2**20} MB "
                                  "a views file may be")
        try:
            raw = read_regular(self.path, MAX_FILE_BYTES)
        except ValueError:  # it grew while it was read
            return _Reading(fatal=f"it is more than the {MAX_FILE_BYTES // 2**20} MB a views file may be")
        if len(raw) > MAX_FILE_BYTES:
            return _Reading(fatal=f"it is more than the {MAX_FILE_BYTES // 2**20} MB a views file may be")
        return _read(raw)

    def _aside_path(self, kind: str) -> Path:
        stamp = int(time.time())
        aside = self.path.with_name(f"{self.path.name}.{kind}-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.{kind}-{stamp}-{n}")
        return aside

    def _move_damaged_aside(self, reason: str) -> None:
        aside = self._aside_path("damaged")
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            self._report(f"The saved views file {self.path} was damaged ({reason}) and could not be moved "
                         f"aside ({exc.strerror or exc}); no views are shown.")
            return
        self._report(f"The saved views file was damaged ({reason}); it was kept as {aside.name} "
                     "and an empty list started.")

    def load(self) -> list[SavedView]:
        self.skipped, self.total = [], 0
        try:
            reading = self._inspect()
        except OSError as exc:
            self._report(f"The saved views file {self.path} could not be read ({exc.strerror or exc}); "
                         "no views are shown and the file is left as it is.")
            return []
        if reading is None:
            return []
        if reading.fatal:
            self._move_damaged_aside(reading.fatal)
            return []
        self.skipped, self.total = reading.skipped, reading.total
        if not reading.complete:
            self._report(self._partial_message(reading))
        return reading.views

    def _partial_message(self, reading: _Reading) -> str:
        parts = []
        bad = reading.skipped
        if bad:
            details = "; ".join(f"view {s.index}{' ' + _short(s.name) if s.name else ''}: {s.reason}"
                                for s in bad[:5])
            if len(bad) > 5:
                details += f"; and {len(bad) - 5:,} more"
            parts.append(f"{len(bad):,} of the {reading.total:,} saved views in {self.path.name} could not be "
                         f"read and are left out ({details}).")
        if reading.total > MAX_VIEWS:
            parts.append(f"{self.path.name} holds {reading.total:,} views, more than the {MAX_VIEWS:,} azmap "
                         f"reads: only the first {MAX_VIEWS:,} are used.")
        parts.append("The file is left as it is; the next change to the saved views first keeps a copy of it.")
        return " ".join(parts)

    def save(self, views: list[SavedView]) -> None:
        names = [v.name for v in views]
        if len(set(names)) != len(names):
            raise UserError("two saved views cannot have the same name")
        if len(views) > MAX_VIEWS:
            raise UserError(f"at most {MAX_VIEWS:,} views can be saved: delete some first")
        checked = []
        for v in views:
            self._add_quotes(v)
            try:
                checked.append(SavedView.from_dict(asdict(v)))
            except ValueError as exc:
                raise UserError(f"the view {_short(str(v.name))} cannot be saved: {exc}") from None
        data = {"version": FORMAT_VERSION, "views": [asdict(v) for v in checked]}
        _fit_quotes(data)
        self._keep_what_would_be_lost()
        from azmap.statefile import save_json

        try:
            save_json(self.path, data)
        except OSError as exc:
            raise UserError(f"the saved views could not be written to {self.path}: {exc.strerror or exc}") from None

    def _add_quotes(self, view: SavedView) -> None:
        """A view's passages that have no quote yet (read from a version 1 file) get theirs from the
        ``quoter`` (the passage store as it is now), if there is one."""
        if self.quoter is None or view.has_quotes():
            return
        quotes = list(view.quotes or [])[:len(view.passages)]
        quotes += [None] * (len(view.passages) - len(quotes))
        lacking = [i for i, q in enumerate(quotes) if q is None]
        try:
            got = self.quoter([view.passages[i] for i in lacking])
        except (sqlite3.Error, OSError, RuntimeError):  # a store that cannot answer: saved as it is
            return
        for i, q in zip(lacking, got):
            quotes[i] = q
        view.quotes = quotes

    def _keep_what_would_be_lost(self) -> None:
        """Before the file is replaced: if it holds views this store could not read, keep it aside."""
        try:
            reading = self._inspect()
        except OSError as exc:
            raise UserError(f"the saved views were not saved: {self.path} cannot be read "
                            f"({exc.strerror or exc}) and is not overwritten") from None
        if reading is None or reading.complete:
            return
        if reading.fatal:
            self._move_damaged_aside(reading.fatal)
            return
        aside = self._aside_path("bad")
        try:
            with open(aside, "xb") as fh:
                fh.write(reading.raw)
        except OSError as exc:
            raise UserError(f"the saved views were not saved: {self.path} holds views that could not be read, "
                            f"and a copy of it could not be kept ({exc.strerror or exc})") from None
        held = []
        if reading.skipped:
            held.append(f"{len(reading.skipped):,} view(s) that could not be read")
        if reading.total > MAX_VIEWS:
            held.append(f"{reading.total - MAX_VIEWS:,} view(s) beyond the first {MAX_VIEWS:,}")
        self._report(f"{self.path.name} held {' and '.join(held)}; before it was rewritten, the original "
                     f"was kept as {aside.name}.")

    def get(self, name: str) -> SavedView | None:
        return next((v for v in self.load() if v.name == name), None)

    def add(self, view: SavedView, replace: bool = True) -> None:
        views = [v for v in self.load() if v.name != view.name or not replace]
        views.append(view)
        self.save(views)

    def rename(self, old: str, new: str) -> None:
        views = self.load()
        if not any(v.name == old for v in views):
            raise UserError(f"no saved view named '{old}'")
        for v in views:
            if v.name == old:
                v.name = new
        self.save(views)

    def set_caption(self, name: str, caption: str) -> None:
        """A view's caption (its notes for the audience: shown on its slide and briefing page)."""
        views = self.load()
        view = next((v for v in views if v.name == name), None)
        if view is None:
            raise UserError(f"no saved view named '{name}'")
        view.note = str(caption)
        self.save(views)

    def delete(self, name: str) -> None:
        views = self.load()
        kept = [v for v in views if v.name != name]
        if len(kept) == len(views):
            raise UserError(f"no saved view named '{name}'")
        self.save(kept)

    def move(self, name: str, position: int) -> None:
        views = self.load()
        view = next((v for v in views if v.name == name), None)
        if view is None:
            raise UserError(f"no saved view named '{name}'")
        views.remove(view)
        views.insert(max(0, min(position, len(views))), view)
        self.save(views)
