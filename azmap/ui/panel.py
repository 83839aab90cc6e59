"""The side panel: what it shows for the explorer's state (a feature's passages, a search's hits,
a saved view's chosen passages) and what its links do (more, show on map, read in context,
choose for the view, copy with citation).

It observes the ExplorerState and writes to it (the active passage, the chosen passages); it asks
the store for passages and tells the window, through signals, what the map should highlight.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QTextBrowser, QVBoxLayout

from azmap.state import NEAR_YEAR_WINDOW
from azmap.ui import panel_html

PANEL_PAGE = 10  # passages shown at first (the best, direct first); "Show more passages" adds as many again
REFILL_FIELDS = {"selected", "query", "year", "near_year_only"}


def timeline(feature_id: str) -> list:
    """What changed when for a feature (assets/timelines.json), read once."""
    global _TIMELINES
    if _TIMELINES is None:
        import json

        from azmap.paths import ASSETS_DIR

        try:
            _TIMELINES = json.loads((ASSETS_DIR / "timelines.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _TIMELINES = {}
    return _TIMELINES.get(feature_id, [])


_TIMELINES = None


class PanelController(QObject):
    filled = Signal(str)  # what the panel shows now: a feature id, "search:<q>", "view" or "welcome"
    highlight = Signal(list)  # feature ids the map should light up
    status = Signal(str)  # a short message for the status bar
    corrected = Signal()  # a correction was made or undone: what the links count has changed

    def __init__(self, state, gazetteer, store=None, parent=None):
        super().__init__(parent)
        self.state, self.gaz, self.store = state, gazetteer, store
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.on_link)
        self.browser.setMinimumWidth(280)
        self.hits: list = []
        self.has_more = False
        self.limit = PANEL_PAGE
        self.showing_view = False
        self.view_notes: list[str] = []  # what the view just applied could not show (passages not found)
        self.view_title: str | None = None  # the heading of passages shown alone (show_passage), not a view's
        self.quiet_areas = False  # presenting: countries and the sea are not lit up with a passage
        self.matched = "all"  # whether a search's hits have all its words, or only some
        self.reader = self.reader_browser = None
        state.observe(self._on_state)

    # -- what it shows --------------------------------------------------------------------------------
    def welcome(self, counts: dict | None, problem: str | None = None) -> None:
        self.browser.setHtml(panel_html.welcome_panel(counts, problem))
        self.filled.emit("welcome")

    def _on_state(self, state, changed: set) -> None:
        if changed & REFILL_FIELDS:
            self.refill()
        elif "active_passage" in changed or "chosen" in changed:
            self.render()
            if "active_passage" in changed:
                self._highlight_active()

    @property
    def active(self) -> int | None:
        """Index of the active passage among the hits shown, if it is shown."""
        pid = self.state.active_passage
        return next((i for i, h in enumerate(self.hits) if h.passage_id == pid), None) if pid else None

    def refill(self, more: bool = False) -> None:
        """Ask the store again for what the state selects; ``more`` shows another page."""
        st = self.state
        self.showing_view = False
        self.view_notes, self.view_title = [], None
        self.limit = self.limit + PANEL_PAGE if more else PANEL_PAGE
        if st.selected:
            hits = (self.store.passages_for_feature(st.selected, limit=self.limit + 1, year=st.passage_year,
                                                    window=NEAR_YEAR_WINDOW) if self.store else [])
        elif st.query:
            hits, self.matched = (self.store.search_all_or_any(st.query, limit=self.limit + 1) if self.store
                                  else ([], "all"))
        else:
            return
        self.has_more = len(hits) > self.limit
        self.hits = hits[:self.limit]
        self.render()
        if st.selected:
            name = self.feature_of(st.selected).name
            self.status.emit(f"{name}: {panel_html.count(len(self.hits), 'passage')}"
                             f"{' shown, more below' if self.has_more else ''}")
            self.filled.emit(st.selected)
        else:
            if not more:
                self.highlight.emit(self.search_highlight())
            self.filled.emit(f"search:{st.query}")

    def search_highlight(self) -> list[str]:
        """What a search lights up on the map: the features its passages name, but not the
        countries and the sea (nearly every passage names one: the map would be all highlight),
        unless the search names them."""
        words = self.state.query.casefold()
        out = set()
        for h in self.hits:
            for i in h.feature_ids:
                if i not in self.gaz:
                    continue
                f = self.gaz.get(i)
                if f.kind in ("country", "sea") and not any(n.casefold() in words for n in (f.name, *f.aliases)):
                    continue
                out.add(i)
        return sorted(out)

    def clear_search(self) -> None:
        """An empty search: no results, the welcome page again (unless a feature is selected)."""
        self.state.set_query("")
        if not self.state.selected:
            self.hits, self.has_more, self.showing_view = [], False, False
            self.highlight.emit([])
            self.welcome(self.store.counts() if self.store else None)

    def show_view_passages(self, notes=(), chose: bool | None = None) -> bool:
        """Show the chosen passages of the view just applied, and nothing more, with ``notes`` (the
        passages of the view not found) over them. A view that chose passages of which none was
        found shows the notes alone, never other passages in their place. False if it shows none."""
        if chose is None:
            chose = bool(self.state.chosen)
        if not chose or not self.store:
            return False
        chosen = self.store.passages_by_id(self.state.chosen) if self.state.chosen else []
        self.hits, self.has_more, self.showing_view = chosen, False, True
        self.view_notes, self.view_title = list(notes), None
        if chosen:
            self.state.set_active_passage(chosen[0].passage_id)
        self.render()
        self._highlight_active()
        self.filled.emit("view")
        return bool(chosen)

    def show_passage(self, passage_id: str, title: str, notes=()) -> bool:
        """Show one passage alone under ``title`` (Corrections… → Go to passage): active, what it names
        lit up on the map, its "correct links…" at hand. False if the store has no such passage."""
        hits = self.store.passages_by_id([passage_id]) if self.store else []
        if not hits:
            return False
        self.state.update(selected=None, query="")
        self.hits, self.has_more, self.showing_view = hits, False, True
        self.view_notes, self.view_title = list(notes), title
        self.render()
        if self.state.active_passage == passage_id:
            self._highlight_active()
        self.state.set_active_passage(passage_id)
        self.filled.emit("passage")
        return True

    def notes(self) -> list[str]:
        """What the header says besides the feature: its status in the chosen year, what the
        passage filter hides."""
        st, out = self.state, list(self.view_notes) if self.showing_view else []
        status = st.selection_status(self.gaz)
        if status:
            out.append(f"In {st.year}: {status}.")
        if st.passage_year is not None and self.store:
            total = self.store.count_for_feature(st.selected)
            shown = self.store.count_for_feature(st.selected, year=st.passage_year, window=NEAR_YEAR_WINDOW)
            if total > shown:
                out.append(f"Showing only passages that mention a year within {NEAR_YEAR_WINDOW} of "
                           f"{st.passage_year}: {total - shown} of {total} hidden (untick the filter to see them).")
        return out

    def render(self) -> None:
        st, active = self.state, self.active
        if st.selected and self.feature_of(st.selected) is not None:
            html = panel_html.feature_panel(self.feature_of(st.selected), self.hits, active, st.passage_year,
                                            more=self.has_more, chosen=set(st.chosen), notes=self.notes(),
                                            timeline=timeline(st.selected), timeline_year=st.year,
                                            empty=panel_html.NONE_FOUND if self.showing_view else None)
        elif self.showing_view:
            html = panel_html.view_panel(self.view_title or st.title, self.hits, active, chosen=set(st.chosen),
                                         notes=self.view_notes)
        else:
            html = panel_html.search_panel(st.query, self.hits, active, more=self.has_more, chosen=set(st.chosen),
                                           matched=self.matched)
        self.browser.setHtml(html)
        if active is not None:
            self.browser.scrollToAnchor(f"p{active}")

    def feature_of(self, fid: str):
        """The map's feature ``fid``, or the place of the sources "place:ID" shown as one (or None)."""
        if fid in self.gaz:
            return self.gaz.get(fid)
        from azmap.mapview.places_layer import place_feature

        return place_feature(fid, self.store)

    def _highlight_active(self) -> None:
        active = self.active
        if active is not None:
            ids = [i for i in self.hits[active].feature_ids if i in self.gaz]
            if self.quiet_areas:  # on a slide: the places the passage is about, not every country it names
                ids = [i for i in ids if self.gaz.get(i).kind not in ("country", "sea")]
            self.highlight.emit(ids)

    # -- actions ------------------------------------------------------------------------------------
    def on_link(self, url) -> None:
        action, _, arg = url.toString().partition(":")[2].partition("/")
        if action == "more":
            self.show_more()
            return
        try:
            hit = self.hits[int(arg)]
        except (ValueError, IndexError):
            return
        if action == "passage":
            self.activate(int(arg))
        elif action == "context":
            self.read_in_context(hit)
        elif action == "pin":
            on = self.state.toggle_chosen(hit.passage_id)
            self.status.emit(f"{'Chosen' if on else 'No longer chosen'} for the next saved view "
                             f"({panel_html.count(len(self.state.chosen), 'passage')})")
        elif action == "copy":
            QApplication.clipboard().setText(panel_html.citation_text(hit))
            self.status.emit("Passage and citation copied")
        elif action == "fix":
            self.correction_menu(hit).popup(QCursor.pos())

    def correction_menu(self, hit) -> QMenu:
        """Unlink or relink each name the passage was linked by, link the passage by hand, or undo
        a correction made on it. Each feature is offered once."""
        menu = QMenu(self.browser)
        places: dict[tuple, list[int]] = {}  # (surface, feature) -> where the passage says it
        first: dict[tuple, dict] = {}
        for m in hit.mentions:
            if m["how"] in ("related", "query") or not m["surface"]:
                continue
            key = (m["surface"].casefold(), m["feature_id"])
            places.setdefault(key, [])
            if m["start"] not in places[key]:
                places[key].append(m["start"])
            first.setdefault(key, m)
        for key, m in first.items():
            starts = places[key]
            named = self.feature_of(m["feature_id"])  # a feature, or a place of the sources
            name = named.name if named is not None else m["feature_id"]
            menu.addAction(f"“{m['surface']}” is not {name}: unlink",
                           lambda m=m, starts=starts: self.correct(hit, "unlink", m["feature_id"], starts=starts))
            sub = menu.addMenu(f"“{m['surface']}” is another feature")
            for f in self.gaz:
                if f.id != m["feature_id"]:
                    sub.addAction(f.name, lambda m=m, f=f, starts=starts: self.correct(
                        hit, "relink", m["feature_id"], to=f.id, starts=starts))
        menu.addSeparator()
        sel = self.state.selected
        linked = set(hit.feature_ids) | {m["feature_id"] for m in hit.mentions if m.get("how") == "place"}
        if sel and sel not in linked and self.feature_of(sel) is not None:
            menu.addAction(f"Link this passage to {self.feature_of(sel).name}", lambda: self.correct(hit, "link", sel))
        sub = menu.addMenu("Link this passage to…")
        for f in self.gaz:
            if f.id not in linked and f.id != sel:  # those it names, and the one offered above, not again
                sub.addAction(f.name, lambda f=f: self.correct(hit, "link", f.id))
        made: dict[str, list[int]] = {}  # one entry for the corrections made together
        for c in self.corrections_of(hit.passage_id):
            made.setdefault(self.describe(c), []).append(c.id)
        if made:
            menu.addSeparator()
            for text, ids in made.items():
                menu.addAction(f"Undo: {text}", lambda ids=ids: self.undo_correction(*ids))
        return menu

    def corrections_of(self, passage_id: str) -> list:
        from azmap.corpus import corrections
        from azmap.paths import user_data_dir

        try:
            items = corrections.load(user_data_dir())
            return [p.correction for p in corrections.on_passage(self.store, items, passage_id)]
        except Exception:  # a damaged file: `azmap corrections` says what is wrong with it
            return []

    def describe(self, c) -> str:
        def name(fid):
            named = self.feature_of(fid) if fid else None
            return named.name if named is not None else fid
        return {"unlink": f"“{c.surface}” is not {name(c.feature)}",
                "relink": f"“{c.surface}” is {name(c.to)}, not {name(c.feature)}",
                "link": f"linked by hand to {name(c.feature)}"}.get(c.kind, c.kind)

    def correct(self, hit, kind: str, feature: str, *, to: str | None = None, start: int | None = None,
                starts: list[int] | None = None) -> bool:
        """Record a correction (kept apart from the generated links; undone from the same menu):
        of the mention at ``start``, or of each at ``starts`` (the same name said again)."""
        from azmap.corpus import corrections
        from azmap.errors import UserError

        made = []
        try:
            for at in (starts or [start]):
                made.append(corrections.add(self.store, kind, hit.passage_id, feature, to=to, start=at))
        except UserError as exc:
            if not made:
                self.status.emit(f"Not corrected: {exc}")
                return False
        self.refill()
        self.corrected.emit()
        ids = " ".join(str(c.id) for c in made)
        self.status.emit(f"Corrected: {self.describe(made[0])} (undo it from “correct links…”; "
                         f"azmap corrections undo {ids})")
        return True

    def undo_correction(self, *correction_ids: int) -> bool:
        from azmap.corpus import corrections
        from azmap.errors import UserError

        undone = []
        for cid in correction_ids:
            try:
                undone.append(corrections.undo(self.store, cid))
            except UserError as exc:
                self.status.emit(f"Not undone: {exc}")
        if not undone:
            return False
        self.refill()
        self.corrected.emit()
        self.status.emit(f"Undone: {self.describe(undone[0])}")
        return True

    def show_more(self) -> None:
        first_new = len(self.hits)
        self.refill(more=True)
        self.browser.scrollToAnchor(f"p{first_new}")

    def activate(self, index: int) -> list[str]:
        """Make the index-th passage active: the map lights up every feature it names."""
        hit = self.hits[index]
        if self.state.active_passage == hit.passage_id:
            self._highlight_active()
        self.state.set_active_passage(hit.passage_id)
        return [i for i in hit.feature_ids if i in self.gaz]

    def step(self, delta: int) -> None:
        if self.hits:
            active = self.active
            index = 0 if active is None else max(0, min(active + delta, len(self.hits) - 1))
            self.activate(index)

    def read_in_context(self, hit):
        doc = self.store.document(hit.doc_id)
        dlg = QDialog(self.browser.window())
        dlg.setWindowTitle(f"{doc['title']} — in context")
        from azmap.ui.geometry import fit_dialog, keep_on_screen

        fit_dialog(dlg, 760, 720)
        browser = QTextBrowser(dlg)
        browser.setOpenLinks(False)
        seq = int(hit.passage_id.rpartition(":")[2])
        browser.setHtml(panel_html.reading_html(doc, self.store.document_passages(hit.doc_id), seq))
        QVBoxLayout(dlg).addWidget(browser)
        QTimer.singleShot(0, lambda: browser.scrollToAnchor("passage"))
        self.reader, self.reader_browser = dlg, browser
        dlg.show()
        keep_on_screen(dlg)
        return dlg
