"""The main window: map on the left, passages on the right, search and year on top.

Data flows one way: a click in the page reaches the Bridge, the window asks the store for the
feature's passages and fills the panel; the page is told what to select or highlight.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QApplication, QCheckBox, QCompleter, QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMainWindow, QSlider, QSplitter, QTextBrowser,
                               QVBoxLayout, QWidget)

from azmap.style import LAYERS, ROUTE_COLOURS, COUNTRY_FILLS, OCCUPIED_COLOUR, SEA_FILL
from azmap.ui import panel_html

log = logging.getLogger("azmap.ui")
PANEL_PAGE = 10  # passages shown at first (the best, direct first); "Show more passages" adds as many again
FIRST_YEAR = 1991
LAST_YEAR = 2026


class MainWindow(QMainWindow):
    panelFilled = Signal(str)  # what the panel shows now: a feature id, "search:<q>" or "welcome"
    mapReady = Signal()

    def __init__(self, gazetteer, map_view, store=None, store_problem: str | None = None,
                 settings: QSettings | None = None):
        super().__init__()
        self.gaz = gazetteer
        self.store = store
        self.settings = settings or QSettings("azmap", "azmap")
        self.hits = []
        self.active = None
        self.current = None  # feature id shown in the panel
        self.search_text = ""  # or the search it shows
        self.panel_limit, self.panel_year, self.has_more = PANEL_PAGE, None, False
        self.year = None
        self.map_is_ready = False
        self.bounds = None  # W, S, E, N of the map as last seen
        self.pinned: list[str] = []  # passage ids chosen for the next saved view
        self.presenting = False
        self.present_index = 0
        from azmap.views import ViewStore

        self.views = ViewStore()
        self.setWindowTitle("azmap — Azerbaijan's geopolitical setting")
        self._build_web(map_view)
        self._build_widgets()
        self._build_actions()
        self.set_store(store, store_problem)
        self._restore()

    def set_store(self, store, problem: str | None = None):
        self.store = store
        self.panel.setHtml(panel_html.welcome_panel(store.counts() if store else None, problem))

    # -- construction ----------------------------------------------------------------------------
    def _build_web(self, map_view):
        """Take over the map view create_window made and started loading."""
        map_view.setParent(self)
        self.map_view = map_view
        self.profile, self.guard = map_view.profile, map_view.guard
        self.view, self.page, self.bridge, self.channel = map_view.view, map_view.page, map_view.bridge, map_view.channel
        self.bridge.known_ids = set(self.gaz.ids())
        self.bridge.featureClickedSignal.connect(self.on_feature_clicked)
        self.bridge.featureHoveredSignal.connect(self.on_feature_hovered)
        self.bridge.mouseMovedSignal.connect(self.on_mouse_moved)
        self.bridge.viewChangedSignal.connect(self.on_view_changed)
        self.bridge.mapReadySignal.connect(self.on_map_ready)

    def _build_widgets(self):
        self.search = QLineEdit(placeholderText="Search passages or find a feature (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        names = {}
        for f in self.gaz:
            for label in (f.name, *f.aliases):
                names.setdefault(label, f.id)
        self._name_to_id = names
        completer = QCompleter(sorted(names, key=str.lower), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(completer)
        self.search.returnPressed.connect(lambda: self.run_search(self.search.text()))
        completer.activated.connect(self._completed)

        self.year_slider = QSlider(Qt.Orientation.Horizontal)
        self.year_slider.setRange(FIRST_YEAR - 1, LAST_YEAR)
        self.year_slider.setValue(FIRST_YEAR - 1)
        self.year_slider.setToolTip("Year: routes appear when they opened; districts show their status. "
                                    "Far left: all years.")
        self.year_label = QLabel("all years")
        self.year_label.setMinimumWidth(70)
        self.year_slider.valueChanged.connect(self.on_year_changed)
        self.dated_only = QCheckBox("only passages dated near the year")
        self.dated_only.setChecked(True)
        self.dated_only.setToolTip("With a year set, list only passages that mention a year within three years of it")
        self.dated_only.toggled.connect(lambda _: self.current and self.show_feature(self.current))

        self.layers = QListWidget()
        self.layers.setMaximumWidth(270)
        for key, title, on in LAYERS:
            item = QListWidgetItem(self._legend_icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.layers.addItem(item)
        for label, colour in [("BTC (oil)", ROUTE_COLOURS["btc"]), ("Baku–Supsa (oil)", ROUTE_COLOURS["baku-supsa"]),
                              ("Baku–Novorossiysk (oil)", ROUTE_COLOURS["baku-novorossiysk"]),
                              ("SCP (gas, dashed)", ROUTE_COLOURS["scp"]), ("TANAP (gas, dashed)", ROUTE_COLOURS["tanap"]),
                              ("TAP (gas, dashed)", ROUTE_COLOURS["tap"]), ("BTK railway (dotted)", ROUTE_COLOURS["btk-railway"]),
                              ("Occupied 1992/93–2020 (hatched)", OCCUPIED_COLOUR),
                              ("Partly held: Aghdam, Fuzuli (light)", "#e8a59d")]:
            item = QListWidgetItem(self._swatch(colour), "   " + label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.layers.addItem(item)
        self.layers.itemChanged.connect(self.on_layer_toggled)

        self.panel = QTextBrowser()
        self.panel.setOpenLinks(False)
        self.panel.anchorClicked.connect(self.on_panel_link)
        self.panel.setMinimumWidth(380)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(QLabel("Year"))
        top.addWidget(self.year_slider, 2)
        top.addWidget(self.year_label)
        top.addWidget(self.dated_only)
        left = QSplitter(Qt.Orientation.Horizontal)
        left.addWidget(self.layers)
        left.addWidget(self.view)
        left.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.hover_label = QLabel("")
        self.coord_label = QLabel("")
        self.statusBar().addWidget(self.hover_label, 1)
        self.statusBar().addPermanentWidget(self.coord_label)

    def _build_actions(self):
        menu = self.menuBar().addMenu("&File")
        export = QAction("Export map…", self, shortcut=QKeySequence("Ctrl+E"), triggered=self.open_export_dialog)
        menu.addAction(export)
        add_docs = QAction("Add documents…", self, shortcut=QKeySequence("Ctrl+O"), triggered=self.add_documents_dialog)
        menu.addAction(add_docs)
        save_img = QAction("Save view as image…", self)
        save_img.triggered.connect(self._save_view_dialog)
        menu.addAction(save_img)
        views = self.menuBar().addMenu("V&iews")
        for text, keys, slot in [("Save current view…", "Ctrl+S", self.save_current_view_dialog),
                                 ("Saved views…", "Ctrl+Shift+V", self.open_views_dialog),
                                 ("Presentation mode", "F5", self.toggle_presentation)]:
            act = QAction(text, self, shortcut=QKeySequence(keys), triggered=slot)
            views.addAction(act)
            self.addAction(act)
        for keys, step in [("Right", 1), ("PgDown", 1), ("Space", 1), ("Left", -1), ("PgUp", -1)]:
            sc = QShortcut(QKeySequence(keys), self)
            sc.activated.connect(lambda step=step: self.presentation_step(step))
        esc = QShortcut(QKeySequence("Esc"), self)
        esc.activated.connect(lambda: self.presenting and self.toggle_presentation())
        quit_act = QAction("Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        menu.addAction(quit_act)
        viewm = self.menuBar().addMenu("&View")
        for text, keys, slot in [("Search", "Ctrl+F", self.focus_search), ("Next passage", "Ctrl+Down", self.next_passage),
                                 ("Previous passage", "Ctrl+Up", self.previous_passage),
                                 ("Reset view", "Ctrl+0", self.reset_view)]:
            act = QAction(text, self, shortcut=QKeySequence(keys), triggered=slot)
            viewm.addAction(act)
            self.addAction(act)
        online = QAction("Online basemap (needs network)", self, checkable=True)
        online.setChecked(self.settings.value("online_basemap", False, type=bool))
        online.toggled.connect(self._toggle_online)
        viewm.addAction(online)

    def _legend_icon(self, key: str) -> QIcon:
        colours = {"relief": "#b9b39b", "countries": COUNTRY_FILLS["azerbaijan"], "caspian": SEA_FILL,
                   "nakhchivan": "#d9b44a", "occupied": OCCUPIED_COLOUR, "routes": ROUTE_COLOURS["btc"],
                   "sites": "#222222"}
        return self._swatch(colours.get(key, "#999999"))

    @staticmethod
    def _swatch(colour: str) -> QIcon:
        pm = QPixmap(14, 14)
        pm.fill(QColor(colour))
        return QIcon(pm)

    # -- page calls ------------------------------------------------------------------------------
    def js_value(self, expression: str, callback) -> None:
        """Evaluate an expression in the page; callback gets its value (through JSON: arrays survive)."""
        def unpack(text):
            try:
                callback(json.loads(text) if isinstance(text, str) and text else None)
            except ValueError:
                callback(None)

        self.js(f"JSON.stringify(({expression}))", unpack)

    def js(self, code: str, callback=None):
        if self.page is None:
            return
        if callback is None:
            self.page.runJavaScript(code)
        else:
            self.page.runJavaScript(code, 0, callback)

    # -- reactions ---------------------------------------------------------------------------------
    def on_map_ready(self, count: int):
        self.map_is_ready = True
        log.info("map ready with %d features, %d ms after the page started loading", count,
                 self.map_view.load_timer.elapsed())
        self._apply_layers()
        if self.year is not None:
            self.js(f"azmap.setYear({self.year})")
        if self.current:
            self.js(f"azmap.select({json.dumps(self.current)})")
        self.js_value("azmap.getBounds()", self._got_bounds)
        self.mapReady.emit()

    def on_feature_clicked(self, fid: str):
        if not fid:
            return
        self.show_feature(fid)

    def show_feature(self, fid: str, fit: bool = False, more: bool = False):
        feature = self.gaz.get(fid)
        self.current = fid
        self.panel_limit = self.panel_limit + PANEL_PAGE if more else PANEL_PAGE
        self.panel_year = self.year if self.dated_only.isChecked() else None
        hits = (self.store.passages_for_feature(fid, limit=self.panel_limit + 1, year=self.panel_year)
                if self.store else [])
        self._set_hits(hits)
        self._rerender_panel()
        if not more:
            self.js(f"azmap.select({json.dumps(fid)}); azmap.highlight([])")
        if fit:
            self.js(f"azmap.fitFeature({json.dumps(fid)})")
        self.statusBar().showMessage(f"{feature.name}: {len(self.hits)} passage(s)"
                                     f"{' shown, more below' if self.has_more else ''}", 4000)
        self.panelFilled.emit(fid)

    def run_search(self, text: str, more: bool = False):
        text = text.strip()
        if not text:
            return
        fid = self._name_to_id.get(text) or (text if text in self.gaz else None)
        if fid:
            self.show_feature(fid, fit=True)
            return
        self.current = None
        self.search_text = text
        self.panel_limit = self.panel_limit + PANEL_PAGE if more else PANEL_PAGE
        self._set_hits(self.store.search(text, limit=self.panel_limit + 1) if self.store else [])
        self._rerender_panel()
        if not more:
            ids = sorted({i for h in self.hits for i in h.feature_ids})
            self.js(f"azmap.select(null); azmap.highlight({json.dumps(ids)})")
        self.panelFilled.emit(f"search:{text}")

    def _set_hits(self, hits):
        """Keep the first panel_limit hits; one more was asked for to know whether more exist."""
        self.has_more = len(hits) > self.panel_limit
        self.hits = hits[:self.panel_limit]
        self.active = None

    def show_more(self):
        first_new = len(self.hits)
        if self.current:
            self.show_feature(self.current, more=True)
        elif self.search_text:
            self.run_search(self.search_text, more=True)
        self.panel.scrollToAnchor(f"p{first_new}")

    def _completed(self, text: str):
        fid = self._name_to_id.get(text)
        if fid:
            self.show_feature(fid, fit=True)

    def on_panel_link(self, url):
        action, _, arg = url.toString().partition(":")[2].partition("/")
        if action == "more":
            self.show_more()
            return
        try:
            hit = self.hits[int(arg)]
        except (ValueError, IndexError):
            return
        if action == "passage":
            self.show_passage_on_map(int(arg))
        elif action == "context":
            self.read_in_context(hit)
        elif action == "pin":
            if hit.passage_id in self.pinned:
                self.pinned.remove(hit.passage_id)
            else:
                self.pinned.append(hit.passage_id)
            self.statusBar().showMessage(f"{len(self.pinned)} passage(s) chosen for the next saved view", 4000)
        elif action == "copy":
            QApplication.clipboard().setText(panel_html.citation_text(hit))
            self.statusBar().showMessage("Passage and citation copied", 3000)

    def show_passage_on_map(self, index: int):
        hit = self.hits[index]
        self.active = index
        ids = [i for i in hit.feature_ids if i in self.gaz]
        self.js(f"azmap.highlight({json.dumps(ids)})")
        self._rerender_panel()
        return ids

    def _rerender_panel(self):
        if self.current:
            self.panel.setHtml(panel_html.feature_panel(self.gaz.get(self.current), self.hits, self.active,
                                                        self.panel_year, more=self.has_more))
        else:
            self.panel.setHtml(panel_html.search_panel(self.search_text, self.hits, self.active, more=self.has_more))
        if self.active is not None:
            self.panel.scrollToAnchor(f"p{self.active}")

    def read_in_context(self, hit):
        doc = self.store.document(hit.doc_id)
        dlg = QDialog(self)
        dlg.setWindowTitle(f"{doc['title']} — in context")
        dlg.resize(760, 720)
        browser = QTextBrowser(dlg)
        browser.setOpenLinks(False)
        browser.setHtml(panel_html.context_html(doc, hit.spans))
        lay = QVBoxLayout(dlg)
        lay.addWidget(browser)
        QTimer.singleShot(0, lambda: browser.scrollToAnchor("passage"))
        self.reader = dlg
        self.reader_browser = browser
        dlg.show()
        return dlg

    def next_passage(self):
        if self.hits:
            self.show_passage_on_map(0 if self.active is None else min(self.active + 1, len(self.hits) - 1))

    def previous_passage(self):
        if self.hits:
            self.show_passage_on_map(0 if self.active is None else max(self.active - 1, 0))

    def focus_search(self):
        self.search.setFocus()
        self.search.selectAll()

    def reset_view(self):
        self.js("azmap.resetView()")

    def on_feature_hovered(self, fid: str):
        self.hover_label.setText(self.gaz.get(fid).name if fid else "")

    def on_mouse_moved(self, lat: float, lng: float):
        self.coord_label.setText(f"{lat:.3f}° N  {lng:.3f}° E")

    def on_view_changed(self, lat: float, lng: float, zoom: int):
        self.settings.setValue("view", json.dumps([lat, lng, zoom]))
        self.js_value("azmap.getBounds()", self._got_bounds)

    def _got_bounds(self, value):
        if isinstance(value, list) and len(value) == 4:
            from azmap.export.render import EXTENT

            w, s, e, n = value
            self.bounds = (max(w, EXTENT[0]), max(s, EXTENT[1]), min(e, EXTENT[2]), min(n, EXTENT[3]))

    # -- documents -------------------------------------------------------------------------------
    def add_documents_dialog(self):
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, "Add documents", "",
                                                "Documents (*.txt *.md *.html *.htm *.pdf);;All files (*)")
        if paths:
            self.add_documents(paths)

    def add_documents(self, paths):
        """Ingest files into the store with a progress dialog; say what was added and what was not."""
        from PySide6.QtWidgets import QMessageBox, QProgressDialog

        from azmap.corpus.ingest import ingest_paths

        if self.store is None:
            QMessageBox.warning(self, "Add documents", "The passage store is not available.")
            return None
        progress = QProgressDialog("Reading documents…", None, 0, max(1, len(paths)), self)
        progress.setWindowTitle("Add documents")
        progress.setMinimumDuration(300)

        def step(done, total, label=""):
            progress.setMaximum(max(1, total))
            progress.setValue(done)
            progress.setLabelText(label)
            QApplication.processEvents()

        report = ingest_paths(self.store, paths, progress=step)
        progress.close()
        lines = [f"Added {len(report.added)} document(s), {report.passages} passage(s)."]
        if report.skipped:
            lines.append(f"{len(report.skipped)} already in the corpus.")
        for path, reason in report.rejected:
            lines.append(f"Not added: {Path(path).name}: {reason}")
        self.statusBar().showMessage(lines[0], 6000)
        if report.rejected:
            QMessageBox.information(self, "Add documents", "\n".join(lines))
        if self.current:
            self.show_feature(self.current)
        return report

    # -- export and views --------------------------------------------------------------------------
    def export_request(self, out, size, dpi, title):
        from azmap.export.render import ExportRequest

        layers = [self.layers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.layers.count())
                  if self.layers.item(i).data(Qt.ItemDataRole.UserRole)
                  and self.layers.item(i).checkState() == Qt.CheckState.Checked]
        return ExportRequest(out=Path(out), features=[self.current] if self.current else [], bbox=self.bounds,
                             year=self.year, dpi=dpi, size=size, title=title, layers=layers,
                             relief="relief" in layers)

    def open_export_dialog(self):
        from azmap.ui.dialogs import ExportDialog

        self.export_dialog = ExportDialog(self, self.export_request)
        self.export_dialog.show()
        self.export_dialog.update_preview()
        return self.export_dialog

    def current_view(self, name: str):
        from azmap.views import SavedView

        layers = [self.layers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.layers.count())
                  if self.layers.item(i).data(Qt.ItemDataRole.UserRole)
                  and self.layers.item(i).checkState() == Qt.CheckState.Checked]
        passages = list(self.pinned)
        if not passages and self.active is not None and self.hits:
            passages = [self.hits[self.active].passage_id]
        return SavedView(name=name, bbox=tuple(round(v, 4) for v in (self.bounds or (44.5, 38.2, 51.0, 42.0))),
                         year=self.year, layers=layers, feature=self.current, passages=passages)

    def save_current_view(self, name: str):
        view = self.current_view(name)
        self.views.add(view)
        self.pinned = []
        self.statusBar().showMessage(f"Saved view “{name}”", 4000)
        return view

    def save_current_view_dialog(self):
        from PySide6.QtWidgets import QInputDialog

        default = self.gaz.get(self.current).name if self.current else "View"
        name, ok = QInputDialog.getText(self, "Save current view", "Name", text=default)
        if ok and name.strip():
            self.save_current_view(name.strip())

    def open_views_dialog(self):
        from azmap.ui.dialogs import ViewsDialog

        if self.views.problem:
            self.statusBar().showMessage(self.views.problem, 10000)
        self.views_dialog = ViewsDialog(self, self.views, self.apply_view)
        self.views_dialog.show()
        return self.views_dialog

    def apply_view(self, view):
        if view is None:
            return
        w, s, e, n = view.bbox
        self.js(f"azmap.fitBounds({w}, {s}, {e}, {n})")
        self.year_slider.setValue(view.year if view.year else self.year_slider.minimum())
        if view.layers is not None:
            for i in range(self.layers.count()):
                item = self.layers.item(i)
                key = item.data(Qt.ItemDataRole.UserRole)
                if key:
                    item.setCheckState(Qt.CheckState.Checked if key in view.layers else Qt.CheckState.Unchecked)
        if view.feature and view.feature in self.gaz:
            self.show_feature(view.feature)
        if view.passages and self.store:
            chosen = self.store.passages_by_id(view.passages)
            if chosen:
                self.hits = chosen
                self.active = 0
                self.has_more = False  # the view's own passages: nothing to page through
                self._rerender_panel()
                self.js(f"azmap.highlight({json.dumps([i for i in chosen[0].feature_ids if i in self.gaz])})")

    def toggle_presentation(self):
        self.presenting = not self.presenting
        for w in (self.layers, self.search, self.year_slider, self.year_label, self.dated_only, self.menuBar(),
                  self.statusBar()):
            w.setVisible(not self.presenting)
        font = self.panel.font()
        font.setPointSize(18 if self.presenting else 10)
        self.panel.setFont(font)
        self.panel.document().setDefaultFont(font)
        if self.presenting:
            self.showFullScreen()
            self.present_index = 0
            views = self.views.load()
            if views:
                self.apply_view(views[0])
        else:
            self.showNormal()
        return self.presenting

    def presentation_step(self, step: int):
        if not self.presenting:
            return
        views = self.views.load()
        if not views:
            return
        self.present_index = max(0, min(self.present_index + step, len(views) - 1))
        self.apply_view(views[self.present_index])

    def on_year_changed(self, value: int):
        self.year = None if value < FIRST_YEAR else value
        self.year_label.setText("all years" if self.year is None else str(self.year))
        self.js(f"azmap.setYear({'null' if self.year is None else self.year})")
        if self.current:
            self.show_feature(self.current)

    def on_layer_toggled(self, item: QListWidgetItem):
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            on = item.checkState() == Qt.CheckState.Checked
            self.js(f"azmap.setLayer({json.dumps(key)}, {'true' if on else 'false'})")
            self.settings.setValue(f"layer/{key}", on)

    def _apply_layers(self):
        for i in range(self.layers.count()):
            item = self.layers.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key:
                on = item.checkState() == Qt.CheckState.Checked
                self.js(f"azmap.setLayer({json.dumps(key)}, {'true' if on else 'false'})")

    def _toggle_online(self, on: bool):
        self.settings.setValue("online_basemap", on)
        self.statusBar().showMessage("The online basemap takes effect at the next start", 5000)

    def _save_view_dialog(self):
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "Save view as image", "azmap-view.png", "PNG (*.png)")
        if path:
            self.save_view_image(path)

    def save_view_image(self, path: str) -> bool:
        """The web view exactly as seen; only once the map has finished rendering."""
        if not self.map_is_ready:
            self.mapReady.connect(lambda: self.save_view_image(path))
            return False
        return self.view.grab().save(str(path), "PNG")

    # -- settings ----------------------------------------------------------------------------------
    def _restore(self):
        geom = self.settings.value("geometry")
        if geom is not None:
            self.restoreGeometry(geom)
        else:
            self.resize(QSize(1400, 880))
        self.layers.blockSignals(True)
        for i in range(self.layers.count()):
            item = self.layers.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key:
                stored = self.settings.value(f"layer/{key}")
                if stored is not None:
                    on = stored in (True, "true", "1", 1)
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.layers.blockSignals(False)

    def closeEvent(self, event):  # noqa: N802
        self.settings.setValue("geometry", self.saveGeometry())
        if self.view.isVisible():  # the next start chooses the features of its first view by this size
            self.settings.setValue("map_size", "%dx%d" % self.view.size().toTuple())
        self.shutdown_web()
        super().closeEvent(event)

    def shutdown_web(self):
        """QtWebEngine wants each page gone before its profile: delete the page now, in order."""
        import shiboken6

        page = getattr(self, "page", None)
        if page is not None and shiboken6.isValid(page):
            self.page = None
            shiboken6.delete(page)
        if self.store is not None:
            self.store.close()
            self.store = None
