"""The explorer's state: what is selected, which passage is active, the year and its passage
filter, the visible layers, the map's extent, the passages chosen for a view and the view's title
and caption. The window, the map page, the panel, saved views, presentation and export all read
and write this one object.

Observers are plain callables (``observe(fn)``; ``fn(state, changed)`` with the set of field
names that changed), not Qt signals: the command line and export build and read states without
loading Qt, and tests drive it with no event loop. A saved view is this state serialized.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

FIELDS = ("selected", "active_passage", "query", "year", "near_year_only", "layers", "extent", "chosen",
          "title", "caption", "unfound")
DEFAULT_LAYERS = {"relief": True, "countries": True, "caspian": True, "nakhchivan": True, "occupied": True,
                  "routes": True, "sites": True, "places": True}
NEAR_YEAR_WINDOW = 3  # the passage filter keeps passages that mention a year within this many of the year


def _valid_extent(extent) -> tuple[float, float, float, float] | None:
    if extent is None:
        return None
    w, s, e, n = (float(v) for v in extent)
    if not all(math.isfinite(v) for v in (w, s, e, n)) or not (w < e and s < n):
        raise ValueError(f"not an extent: {extent!r}")
    return (w, s, e, n)


@dataclass
class ExplorerState:
    selected: str | None = None  # feature id
    active_passage: str | None = None  # passage id "doc_id:seq"
    query: str = ""  # the search the panel shows when nothing is selected
    year: int | None = None  # None: all years
    near_year_only: bool = False  # list only passages that mention a year near ``year``
    layers: dict = field(default_factory=lambda: dict(DEFAULT_LAYERS))
    extent: tuple[float, float, float, float] | None = None  # W, S, E, N in degrees
    chosen: list[str] = field(default_factory=list)  # passage ids chosen for the view being prepared
    # the applied view's chosen passages that could not be found again (azmap.quotes.Quote each): not
    # shown, but kept when the view is saved again
    unfound: tuple = ()
    title: str = ""
    caption: str = ""
    _observers: list = field(default_factory=list, repr=False, compare=False)
    _batch: set | None = field(default=None, repr=False, compare=False)

    # -- observing ---------------------------------------------------------------------------------
    def observe(self, fn) -> None:
        """Call ``fn(state, changed)`` after every change (``changed``: the set of field names)."""
        self._observers.append(fn)

    def unobserve(self, fn) -> None:
        if fn in self._observers:
            self._observers.remove(fn)

    def _changed(self, *names: str) -> None:
        if self._batch is not None:
            self._batch.update(names)
            return
        for fn in list(self._observers):
            fn(self, set(names))

    def update(self, **values) -> None:
        """Set several fields at once; observers hear of it once."""
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise AttributeError(f"no such state field: {', '.join(sorted(unknown))}")
        with self.batch():
            for name, value in values.items():
                getattr(self, f"set_{name}")(value)

    def _set(self, name: str, value) -> bool:
        if getattr(self, name) == value:
            return False
        setattr(self, name, value)
        self._changed(name)
        return True

    # -- setters (each tells the observers) ----------------------------------------------------------
    def set_selected(self, feature_id: str | None) -> None:
        """Select a feature (or none). A new selection has no active passage, no search, and no
        passages chosen yet: the passages chosen for a view belong to the view being prepared."""
        if feature_id != self.selected:
            with self.batch():
                self._set("selected", feature_id)
                self._set("active_passage", None)
                self._set("chosen", [])
                self._set("unfound", ())
                if feature_id:
                    self._set("query", "")

    def set_active_passage(self, passage_id: str | None) -> None:
        self._set("active_passage", passage_id)

    def set_query(self, query: str) -> None:
        """Show a search: it replaces the selection in the panel."""
        query = (query or "").strip()
        with self.batch():
            self._set("query", query)
            if query:
                self._set("selected", None)
                self._set("active_passage", None)

    def set_year(self, year: int | None) -> None:
        if year is not None:
            year = int(year)
        self._set("year", year)

    def set_near_year_only(self, on: bool) -> None:
        self._set("near_year_only", bool(on))

    def set_layers(self, layers: dict) -> None:
        merged = dict(DEFAULT_LAYERS)
        merged.update({str(k): bool(v) for k, v in layers.items()})
        self._set("layers", merged)

    def set_layer(self, key: str, on: bool) -> None:
        if self.layers.get(key) != bool(on):
            self.set_layers({**self.layers, key: bool(on)})

    def set_extent(self, extent) -> None:
        self._set("extent", _valid_extent(extent))

    def set_chosen(self, passage_ids) -> None:
        self._set("chosen", list(dict.fromkeys(passage_ids)))

    def toggle_chosen(self, passage_id: str) -> bool:
        """Choose a passage for the view being prepared, or unchoose it. Returns whether it is chosen."""
        chosen = [p for p in self.chosen if p != passage_id]
        on = len(chosen) == len(self.chosen)
        self.set_chosen(chosen + [passage_id] if on else chosen)
        return on

    def set_unfound(self, quotes) -> None:
        self._set("unfound", tuple(quotes or ()))

    def set_title(self, title: str) -> None:
        self._set("title", str(title or ""))

    def set_caption(self, caption: str) -> None:
        self._set("caption", str(caption or ""))

    class _Batch:
        def __init__(self, state):
            self.state = state

        def __enter__(self):
            self.outer = self.state._batch is not None
            if not self.outer:
                self.state._batch = set()
            return self.state

        def __exit__(self, *exc):
            if self.outer:
                return False
            batch, self.state._batch = self.state._batch, None
            if batch:
                for fn in list(self.state._observers):
                    fn(self.state, set(batch))
            return False

    def batch(self):
        """``with state.batch():`` several changes, one notification."""
        return ExplorerState._Batch(self)

    # -- reading -------------------------------------------------------------------------------------
    @property
    def visible_layers(self) -> list[str]:
        return [k for k, on in self.layers.items() if on]

    @property
    def passage_year(self) -> int | None:
        """The year the panel's passages are filtered by, if the filter is on."""
        return self.year if self.near_year_only else None

    def selection_status(self, gazetteer) -> str | None:
        """What the selected feature was not yet, or no longer, in the chosen year ("not yet
        built", "back under Azerbaijani control since 2020", ...); None if it was what it is."""
        if not self.selected or self.year is None or self.selected not in gazetteer:
            return None
        feature = gazetteer.get(self.selected)
        if feature.exists_in(self.year):
            return None
        start, end = feature.years if feature.years else (None, None)
        held = feature.kind in ("district", "group", "territory")
        if start is not None and self.year < start:
            if feature.kind == "route":
                return f"not yet built (it opened in {start})"
            if held:
                return f"not yet occupied (taken in {start})"
            return f"not yet in being (from {start})"
        if end is not None and self.year > end:
            if held:
                return f"back under Azerbaijani control since {end}"
            return f"no longer in use (until {end})"
        return None

    # -- saved views -----------------------------------------------------------------------------
    def to_view(self, name: str, *, default_extent=(44.5, 38.2, 51.0, 42.0)):
        """This state as a saved view: the chosen passages (their quotes None: the caller, who has the
        store, gives them), then those of the applied view not found again, with their quotes."""
        from azmap.views import SavedView

        extent = self.extent or default_extent
        unfound = list(self.unfound)
        view = SavedView(name=name, bbox=tuple(round(v, 4) for v in extent), year=self.year,
                         layers=self.visible_layers, feature=self.selected,
                         passages=list(self.chosen) + [q.id for q in unfound], note=self.caption,
                         quotes=[None] * len(self.chosen) + unfound)
        return view

    @classmethod
    def from_view(cls, view) -> "ExplorerState":
        state = cls()
        state.apply_view(view)
        return state

    def apply_view(self, view, resolution=None) -> None:
        """Take a saved view's extent, year, layers, selection and chosen passages (one notification).
        With ``resolution`` (azmap.quotes.resolve_view: the passages found again in the store), the
        chosen passages are where they are now and those not found are kept apart (``unfound``);
        without, the view's ids as they are."""
        ids = resolution.ids if resolution is not None else list(view.passages or [])
        with self.batch():
            self.set_selected(view.feature or None)
            self.set_query("")
            self.set_extent(view.bbox)
            self.set_year(view.year)
            if view.layers is not None:
                self.set_layers({k: k in view.layers for k in DEFAULT_LAYERS})
            self.set_chosen(ids)
            self.set_unfound(resolution.unfound if resolution is not None else ())
            self.set_title(view.name)
            self.set_caption(getattr(view, "note", "") or "")
            self.set_active_passage(ids[0] if ids else None)

    def snapshot(self) -> dict:
        return {name: getattr(self, name) for name in FIELDS}
