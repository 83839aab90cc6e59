"""The main window: a shell that wires widgets to the one ExplorerState.

Map on the left (MapSync keeps page and state in step), layers and legend beside it (LayerList),
passages on the right (PanelController), search and year on top. Saved views, presentation
(Presenter) and export read and write the same state.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QMainWindow, QSlider, QSplitter, QVBoxLayout, QWidget

from azmap.state import ExplorerState
from azmap.ui import geometry, keys
from azmap.ui.chooser import FeatureChooser, short_name
from azmap.ui.corrections_notice import Corrections
from azmap.ui.documents import DocumentAdder
from azmap.ui.layers import LayerList
from azmap.ui.mapsync import MapSync
from azmap.ui.panel import PanelController
from azmap.ui.places import PlacesOnMap
from azmap.ui.presenter import Presenter
from azmap.ui.searchbox import SearchBox
from azmap.ui.signals import on_press
from azmap.ui.viewactions import ViewActions

log = logging.getLogger("azmap.ui")
FIRST_YEAR = 1991
LAST_YEAR = 2026
MAP_MIN_WIDTH = 320


class MainWindow(QMainWindow):
    panelFilled = Signal(str)  # what the panel shows now: a feature id, "search:<q>", "view", "passage" or "welcome"
    mapReady = Signal()

    def __init__(self, gazetteer, map_view, store=None, store_problem: str | None = None,
                 settings: QSettings | None = None):
        super().__init__()
        from azmap.views import ViewStore

        self.gaz, self.store = gazetteer, store
        self.settings = settings or QSettings("azmap", "azmap")
        self.state = ExplorerState()
        self.views = ViewStore()
        self.setWindowTitle("azmap — Azerbaijan's geopolitical setting")
        map_view.setParent(self)
        self.map_view, self.view, self.page = map_view, map_view.view, map_view.page
        self.profile, self.guard, self.bridge = map_view.profile, map_view.guard, map_view.bridge
        self.map = MapSync(map_view, self.state, gazetteer, self.settings, self)
        self.panel_ctl = PanelController(self.state, gazetteer, store, self)
        self.panel = self.panel_ctl.browser
        self.layers = LayerList(self.state)
        self.documents = DocumentAdder(self)
        self.chooser = FeatureChooser(self.state, gazetteer)
        self.view_actions = ViewActions(self)
        self._build_widgets()
        self.corrections = Corrections(self)  # View → Corrections…, and the status bar's word on them
        self._build_actions()
        self.presenter = Presenter(self, [self.layers, self.search, self.year_slider, self.year_text,
                                          self.year_label, self.dated_only, self.chooser, self.menuBar(),
                                          self.statusBar()],
                                   self.apply_view)
        self._wire()
        self._restore()
        self.set_store(store, store_problem)
        self.places = PlacesOnMap(self)  # the places the sources name (set_store counts them again)

    # -- compatibility views of the state (tests and scripts read these) ------------------------------
    hits = property(lambda self: self.panel_ctl.hits)
    has_more = property(lambda self: self.panel_ctl.has_more)
    current = property(lambda self: self.state.selected)
    year = property(lambda self: self.state.year)
    bounds = property(lambda self: self.state.extent)
    presenting = property(lambda self: self.presenter.presenting)
    reader_browser = property(lambda self: self.panel_ctl.reader_browser)

    def set_store(self, store, problem: str | None = None):
        self.store = self.panel_ctl.store = store
        self.panel_ctl.welcome(store.counts() if store else None, problem)
        if store is not None:
            self.corrections.tell()  # once, if the store just built leaves some corrections unapplied
        if getattr(self, "places", None) is not None:
            self.places.refresh()

    # -- construction ----------------------------------------------------------------------------------
    def _build_widgets(self):
        self.search = SearchBox(self.gaz, lambda fid: self.show_feature(fid, fit=True), self._search_text,
                                on_clear=self.panel_ctl.clear_search)

        self.year_slider = QSlider(Qt.Orientation.Horizontal)
        self.year_slider.setRange(FIRST_YEAR - 1, LAST_YEAR)
        self.year_slider.setValue(FIRST_YEAR - 1)
        self.year_slider.setPageStep(1)  # a click on the track steps a year, never jumps to "all years"
        self.year_slider.setToolTip("Year: routes appear when they opened; districts show their status. "
                                    "Far left: all years.")
        self.year_text = QLabel("Year")
        self.year_label = QLabel("all years")
        # as wide as their widest text: the row never shifts as the year changes
        self.year_label.setFixedWidth(max(self.year_label.fontMetrics().horizontalAdvance(t)
                                          for t in ("all years", "8888")) + 8)
        self.dated_only = QCheckBox("only passages that mention a year within 3 of the year")
        widest = max(("the year", "8888"), key=self.dated_only.fontMetrics().horizontalAdvance)
        self.dated_only.setFixedWidth(self.dated_only.sizeHint().width() - self.dated_only.fontMetrics()
                                      .horizontalAdvance("the year") + self.dated_only.fontMetrics()
                                      .horizontalAdvance(widest) + 4)
        self.dated_only.setChecked(self.state.near_year_only)
        self.dated_only.setToolTip("With a year set, list only passages whose text mentions a year within three "
                                   "years of it; the panel says how many it hides")

        top = QHBoxLayout()
        for widget, stretch in [(self.search, 3), (self.year_text, 0), (self.year_slider, 2), (self.year_label, 0),
                                (self.dated_only, 0)]:
            top.addWidget(widget, stretch)
        # the map with the chooser's row under it, where the eye is after a click; the row keeps its
        # height whether it offers something or not, so offering never resizes the map
        self.map_column = QFrame()
        column = QVBoxLayout(self.map_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.view, 1)
        column.addWidget(self.chooser)
        left = QSplitter(Qt.Orientation.Horizontal)
        left.addWidget(self.layers)
        left.addWidget(self.map_column)
        left.setStretchFactor(1, 1)
        left.setChildrenCollapsible(False)
        self.view.setMinimumWidth(MAP_MIN_WIDTH)  # the map never collapses (at 2× scaling neither)
        self.left_splitter = left
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)  # a larger window gives its width to the map
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.hover_label, self.coord_label = QLabel(""), QLabel("")
        self.hover_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.hover_label, 1)
        self.statusBar().addPermanentWidget(self.coord_label)

    def _menu(self, title: str, entries):
        menu = self.menuBar().addMenu(title)
        for text, keys, slot in entries:
            act = QAction(text, self)
            on_press(act.triggered, slot)
            if keys:
                act.setShortcut(QKeySequence(keys))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            menu.addAction(act)
            self.addAction(act)
        return menu

    def _named_views_menu(self, views_menu) -> None:
        """Views → Named views: the views print and the command line know by name (--view)."""
        from azmap.export.extent import VIEWS

        named = views_menu.addMenu("Named views")
        self.named_view_actions = {}
        for name in VIEWS:
            act = QAction(name.capitalize(), self)
            on_press(act.triggered, lambda name=name: self.view_actions.go_to_named(name))
            named.addAction(act)
            self.named_view_actions[name] = act

    def _build_actions(self):
        va = self.view_actions
        self._menu("&File", [("Export map…", "Ctrl+E", va.open_export_dialog),
                             ("Add documents…", "Ctrl+O", self.documents.open_file_dialog),
                             ("Documents…", "Ctrl+Shift+D", self.documents.open_library),
                             ("Save view as image…", None, va.save_view_image_dialog),
                             ("Export briefing…", None, va.export_briefing_dialog),
                             ("Quit", QKeySequence.StandardKey.Quit, self.close)])
        views_menu = self._menu("V&iews", [("Save current view…", "Ctrl+S", va.save_current_view_dialog),
                                           ("Saved views…", "Ctrl+Shift+V", va.open_views_dialog),
                                           ("Presentation mode", "F5", self.toggle_presentation)])
        self._menu("&View", [("Search", "Ctrl+F", self.focus_search),
                             ("Next passage", "Ctrl+Down", lambda: self.step_passage(1)),
                             ("Previous passage", "Ctrl+Up", lambda: self.step_passage(-1)),
                             ("Reset view", "Ctrl+0", self.map.reset_view),
                             ("Corrections…", "Ctrl+Shift+K", self.corrections.open)])
        self._named_views_menu(views_menu)
        online = QAction("Online basemap (needs network)", self, checkable=True)
        from azmap.ui.app import remembered_online

        online.setChecked(remembered_online(self.settings))
        online.toggled.connect(self._toggle_online)
        self.menuBar().actions()[-1].menu().addAction(online)
        self._menu("&Help", [("Keyboard shortcuts", "F1", lambda: keys.show_shortcuts(self))])
        # the window's keys win over the widgets' own (Ctrl+E in the search box, Ctrl+↓ in the panel)
        self.keys_first = keys.WindowKeysFirst(self)
        for widget in (self.search, self.panel, self.layers, self.year_slider):
            widget.installEventFilter(self.keys_first)
        self.map_focus = keys.MapFocusFrame(self.map_column, self.view)

    def _wire(self):
        self.year_slider.valueChanged.connect(
            lambda v: self.state.set_year(None if v < FIRST_YEAR else v))
        self.dated_only.toggled.connect(self.state.set_near_year_only)
        self.panel_ctl.filled.connect(self.panelFilled)
        self.panel_ctl.highlight.connect(self.map.highlight)
        self.panel_ctl.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.panel_ctl.corrected.connect(lambda: self.places.refresh())  # the places' counts on the map
        self.map.hovered.connect(self._hovered)
        self.map.several.connect(self.chooser.offer)
        self.map.alone.connect(self.chooser.clear)
        self.layers.featureShown.connect(self.map.set_feature_shown)
        self.map.pointer.connect(lambda lat, lng: self.coord_label.setText(f"{lat:.3f}° N  {lng:.3f}° E"))
        self.map.ready.connect(self.mapReady)
        self.state.observe(self._on_state)

    def _hovered(self, ids: list) -> None:
        """The status line names what is under the pointer, unless the chooser under the map
        already offers exactly that."""
        offered = self.chooser.isVisible() and set(ids) == set(self.chooser.ids)
        self.hover_label.setText("" if not ids or offered else
                                 ", ".join(short_name(self.gaz.get(i)) for i in ids) + " here")

    def _on_state(self, state, changed: set):
        if "selected" in changed and state.selected and self.search.text().strip() \
                and self.search.feature_named(self.search.text()) != state.selected:
            self.search.clear()  # a new selection: the old search text no longer applies
        if "year" in changed:
            self.year_label.setText("all years" if state.year is None else str(state.year))
            self.dated_only.setText("only passages that mention a year within 3 of "
                                    + ("the year" if state.year is None else str(state.year)))
            self.year_slider.blockSignals(True)
            self.year_slider.setValue(state.year if state.year is not None else self.year_slider.minimum())
            self.year_slider.blockSignals(False)
        if "near_year_only" in changed and self.dated_only.isChecked() != state.near_year_only:
            self.dated_only.setChecked(state.near_year_only)
        if "layers" in changed:
            for key, on in state.layers.items():
                self.settings.setValue(f"layer/{key}", on)

    # -- what the user does -----------------------------------------------------------------------------
    def show_feature(self, fid: str, fit: bool = False, more: bool = False):
        if self.panel_ctl.feature_of(fid) is None:
            self.gaz.get(fid)  # unknown ids fail here (a place of the sources is "place:ID")
        if more:
            self.panel_ctl.refill(more=True)
        elif self.state.selected == fid:
            self.panel_ctl.refill()
            self.map.select(fid)
        else:
            self.state.set_selected(fid)
        if fit:
            self.map.fit_feature(fid)

    def run_search(self, text: str, more: bool = False):
        if more:
            self.panel_ctl.refill(more=True)
        else:
            self.search.run(text)

    def _search_text(self, text: str):
        if self.state.query == text and not self.state.selected:
            self.panel_ctl.refill()
        else:
            self.state.set_query(text)

    def on_panel_link(self, url):
        self.panel_ctl.on_link(url)

    def show_passage_on_map(self, index: int):
        return self.panel_ctl.activate(index)

    def read_in_context(self, hit):
        return self.panel_ctl.read_in_context(hit)

    def step_passage(self, delta: int) -> None:
        """Ctrl+↓ / Ctrl+↑: the next or previous passage becomes active; the map lights up what it
        names and moves to show it."""
        self.panel_ctl.step(delta)
        index = self.panel_ctl.active
        if index is not None:
            self.map.follow([i for i in self.panel_ctl.hits[index].feature_ids if i in self.gaz])

    def focus_search(self):
        self.search.setFocus()
        self.search.selectAll()

    # -- documents ---------------------------------------------------------------------------------------
    def add_documents(self, paths):
        return self.documents.add_and_refresh(self.store, paths)

    def apply_view(self, view):
        """Go to a saved view; returns how its chosen passages were found again (or None)."""
        return self.view_actions.apply_view(view)

    def toggle_presentation(self):
        return self.presenter.toggle()

    def presentation_step(self, step: int):
        self.presenter.step(step)

    def _toggle_online(self, on: bool):
        self.settings.setValue("online_basemap", on)
        self.statusBar().showMessage("The online basemap takes effect at the next start", 5000)

    # -- settings and closing ---------------------------------------------------------------------------------
    def _restore(self):
        """Geometry and layers as the user left them; a value that is neither is ignored (and
        logged), and the window opens as it does the first time."""
        from PySide6.QtCore import QByteArray

        geom = self.settings.value("geometry")
        restored = False
        if geom is not None:
            if isinstance(geom, (QByteArray, bytes, bytearray)) and self.restoreGeometry(QByteArray(geom)):
                # Qt takes nonsense that starts like a saved geometry: a window of no size
                size = self.normalGeometry().size()
                restored = 200 <= size.width() <= 20000 and 150 <= size.height() <= 20000
            if not restored:
                log.warning("ignored the remembered window geometry: %.60r", geom)
                self.setWindowState(Qt.WindowState.WindowNoState)
        avail = geometry.available(self)
        if restored:
            geometry.clamp_to(self, avail)
        else:
            geometry.first_size(self, avail)
        splitters = self.settings.value("splitters")
        split_restored = False
        if isinstance(splitters, (list, tuple)) and len(splitters) == 2:
            for splitter, saved in zip((self.splitter, self.left_splitter), splitters):
                if isinstance(saved, (bytes, bytearray)) or type(saved).__name__ == "QByteArray":
                    split_restored = splitter.restoreState(saved) or split_restored
        if not split_restored:
            geometry.share_width(self, self.width())
        from azmap.ui.app import remembered_layers

        layers = remembered_layers(self.settings, self.state.layers)
        self.state.set_layers({**self.state.layers, **layers})

    def closeEvent(self, event):  # noqa: N802
        if self.documents.busy:  # stop after the document being stored, then close
            self.documents.cancel()
            self.documents.finished.connect(lambda _report: self.close())
            event.ignore()
            return
        self.save_settings()
        self.shutdown_web()
        super().closeEvent(event)

    def save_settings(self) -> None:
        """What the next start takes from this session (the view is saved as it changes)."""
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitters", [self.splitter.saveState(), self.left_splitter.saveState()])
        if self.view.isVisible():  # the next start chooses the features of its first view by this size
            self.settings.setValue("map_size", "%dx%d" % self.view.size().toTuple())

    def shutdown_web(self):
        """QtWebEngine wants each page gone before its profile: delete the page now, in order."""
        import shiboken6

        page = getattr(self, "page", None)
        if page is not None and shiboken6.isValid(page):
            self.page = self.map.page = None
            shiboken6.delete(page)
        if self.store is not None:
            self.store.close()
            self.store = self.panel_ctl.store = None
