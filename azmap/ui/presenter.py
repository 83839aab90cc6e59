"""Presentation mode (F5): the saved views one after another, full screen, large type, with the
slide's title, caption, year and "3 / 7" over the map. The slideshow keys act only while
presenting. Each slide fits its saved bounds to the map as it is on screen (again whenever the map
changes size), and its passage is a readable column of whole sentences, "continued in the notes"
where it does not fit.

Leaving (Esc, or F5 again) gives the window back exactly as it was: the whole explorer state
(selection, active passage, search, year, layers, chosen passages), the map's view, the panel's
content, scroll position and type size, the splitters and the window's state. F5 with no saved
views says so in the status bar and does not leave the window."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from azmap.ui import slide_text

SLIDE_KEYS = [("Right", 1), ("PgDown", 1), ("Space", 1), ("Left", -1), ("PgUp", -1)]
SLIDE_FONT = 18  # points: the panel's type on a slide
SLIDE_FONTS = (SLIDE_FONT, 16, 14, 12)  # smaller on a small screen, where a first sentence needs it
PASSAGE_SHARE = 0.4  # of the slide's width the passage column takes at least (2/5, below)
NO_VIEWS = "No saved views to present: save one with Views → Save current view (Ctrl+S), then press F5"


def _plain(style: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and captions are the user's text
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class SlideBar(QWidget):
    """Title, caption and "year · 3 / 7" of the slide on screen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = _plain("font-size: 26pt; font-weight: 600;")
        self.caption = _plain("font-size: 15pt; color: #333;")
        self.meta = _plain("font-size: 13pt; color: #555;")
        self.missing = _plain("font-size: 13pt; color: #8a4b00;")  # chosen passages not found again
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        for w in (self.title, self.caption, self.meta, self.missing):
            lay.addWidget(w)
        self.missing.hide()
        self.hide()

    def show_slide(self, view, index: int, count: int) -> None:
        self.title.setText(view.name)
        self.caption.setText(view.note or "")
        self.caption.setVisible(bool(view.note))
        self.meta.setText(" · ".join(([str(view.year)] if view.year else ["all years"]) + [f"{index} / {count}"]))
        self.show_missing(None)

    def show_missing(self, text: str | None) -> None:
        """The slide's chosen passages not found again (or nothing)."""
        self.missing.setText(text or "")
        self.missing.setVisible(bool(text))


@dataclass
class WindowBefore:
    """What the window was before presenting."""
    window_state: object
    state: dict
    search_text: str
    panel_font: object
    doc_font: object
    panel_scroll: int
    panel: dict
    splitters: list
    highlighted: list


class Presenter(QObject):
    def __init__(self, window, chrome, go_to_view, parent=None):
        """``chrome``: the widgets hidden while presenting; ``go_to_view(view)`` applies a view."""
        super().__init__(parent or window)
        self.window, self.chrome, self.go_to_view = window, chrome, go_to_view
        self.presenting = False
        self.index = 0
        self.view = None  # the view on screen
        self._was: WindowBefore | None = None
        self.bar = SlideBar()
        window.centralWidget().layout().insertWidget(0, self.bar)
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_slide)
        window.view.installEventFilter(self)
        self.shortcuts = []
        for keys, step in [*SLIDE_KEYS, ("Esc", 0)]:
            sc = QShortcut(QKeySequence(keys), window)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.setEnabled(False)  # only while presenting: otherwise the keys scroll, slide and pan
            sc.activated.connect(self.stop if step == 0 else (lambda step=step: self.step(step)))
            self.shortcuts.append(sc)

    def _views(self):
        return self.window.views.load()

    def toggle(self) -> bool:
        return self.stop() if self.presenting else self.start()

    # -- entering and leaving ----------------------------------------------------------------------
    def _remember(self) -> WindowBefore:
        w, ctl = self.window, self.window.panel_ctl
        was = WindowBefore(
            window_state=w.windowState(), state=w.state.snapshot(), search_text=w.search.text(),
            panel_font=w.panel.font(), doc_font=w.panel.document().defaultFont(),
            panel_scroll=w.panel.verticalScrollBar().value(),
            panel={"hits": list(ctl.hits), "has_more": ctl.has_more, "limit": ctl.limit,
                   "showing_view": ctl.showing_view, "matched": ctl.matched,
                   "view_notes": list(ctl.view_notes), "what": getattr(ctl, "showing", None)},
            splitters=[w.splitter.sizes(), w.left_splitter.sizes()],
            highlighted=list(getattr(w.map, "highlighted", [])))
        return was

    def start(self) -> bool:
        if not self._views():
            self.window.statusBar().showMessage(NO_VIEWS, 12000)
            return False
        self._was = self._remember()
        self.presenting = True
        self.window.panel_ctl.quiet_areas = True
        self.window.map_focus.set_enabled(False)
        for w in self.chrome:
            w.setVisible(False)
        self._panel_font(SLIDE_FONT)
        for sc in self.shortcuts:
            sc.setEnabled(True)
        self.window.map.js("window.azmap && azmap.setPresentation && azmap.setPresentation(true)")
        self.window.showFullScreen()
        self.index = 0
        self._show()
        return True

    def stop(self) -> bool:
        if not self.presenting:
            return False
        self.presenting = False
        self.window.panel_ctl.quiet_areas = False
        self.window.map_focus.set_enabled(True)
        self.view = None
        for sc in self.shortcuts:
            sc.setEnabled(False)
        self.bar.hide()
        for w in self.chrome:
            w.setVisible(True)
        self.window.map.js("window.azmap && azmap.setPresentation && azmap.setPresentation(false)")
        was, self._was = self._was, None
        self.window.setWindowState(was.window_state if was else Qt.WindowState.WindowNoState)
        if not self.window.isVisible():
            self.window.show()
        if was is not None:
            self._give_back(was)
        return False

    def _give_back(self, was: WindowBefore) -> None:
        """The window as it was before presenting."""
        w, st, ctl = self.window, self.window.state, self.window.panel_ctl
        w.panel.setFont(was.panel_font)
        w.panel.document().setDefaultFont(was.doc_font)
        w.splitter.setSizes(was.splitters[0])
        w.left_splitter.setSizes(was.splitters[1])
        s = was.state
        with st.batch():
            # a selection clears the search and the chosen passages: set it first, then the rest
            st.set_selected(s["selected"])
            if s["query"]:
                st.set_query(s["query"])
            st.set_active_passage(s["active_passage"])
            st.set_year(s["year"])
            st.set_near_year_only(s["near_year_only"])
            st.set_layers(s["layers"])
            st.set_chosen(s["chosen"])
            st.set_unfound(s["unfound"])
            st.set_title(s["title"])
            st.set_caption(s["caption"])
        w.search.blockSignals(True)
        w.search.setText(was.search_text)
        w.search.blockSignals(False)
        p = was.panel
        ctl.hits, ctl.has_more, ctl.limit = p["hits"], p["has_more"], p["limit"]
        ctl.showing_view, ctl.matched, ctl.view_notes = p["showing_view"], p["matched"], p["view_notes"]
        if st.selected or st.query or ctl.showing_view:
            ctl.render()
        else:
            ctl.welcome(w.store.counts() if w.store else None)
        w.map.highlight(was.highlighted)
        QTimer.singleShot(0, lambda: w.panel.verticalScrollBar().setValue(was.panel_scroll))

    # -- slides --------------------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        if not self.presenting:
            return
        self.index += delta
        self._show()

    def _show(self) -> None:
        views = self._views()
        if not views:
            self.stop()
            self.window.statusBar().showMessage(NO_VIEWS, 12000)
            return
        self.index = max(0, min(self.index, len(views) - 1))
        self.view = views[self.index]
        self.bar.show_slide(self.view, self.index + 1, len(views))
        self.bar.show()
        resolution = self.go_to_view(self.view)  # the view's passages found again (azmap.quotes)
        self.bar.show_missing(resolution.missing_text() if resolution is not None else None)
        self._share_width()
        self._slide_passages()
        self._refit.start()

    def _share_width(self) -> None:
        """The passage column takes at least PASSAGE_SHARE of the slide's width."""
        w = self.window
        total = sum(w.splitter.sizes())
        panel = max(-(-w.width() * 2 // 5), w.panel.minimumWidth())  # PASSAGE_SHARE of the slide, rounded up
        w.splitter.setSizes([total - panel, panel])

    def _slide_passages(self) -> None:
        """The view's passages (or the feature's best) as whole sentences that fit the column."""
        ctl, panel = self.window.panel_ctl, self.window.panel
        if not ctl.hits:  # the view's chosen passages, or else the feature's best
            return
        doc, room = panel.document(), panel.viewport().height()

        def fits(html: str) -> bool:  # laid out in the panel itself: what fits is what shows
            panel.setHtml(html)
            return doc.documentLayout().documentSize().height() <= room

        focus = {self.view.feature} if self.view.feature else set()
        for size in SLIDE_FONTS:  # large type, smaller only where a first sentence would not fit
            self._panel_font(size)
            html = slide_text.slide_html(ctl.hits, fits, focus=focus)
            if fits(html):
                break

    def _fit_slide(self) -> None:
        if self.presenting and self.view is not None:
            self._share_width()
            w, s, e, n = self.view.bbox
            self.window.map.js(f"azmap.fitSlide({w}, {s}, {e}, {n})")
            self._slide_passages()

    def eventFilter(self, obj, event):  # noqa: N802 - the map changed size: fit the slide's bounds again
        if self.presenting and event.type() == QEvent.Type.Resize:
            self._refit.start()
        return False

    def _panel_font(self, size: int) -> None:
        panel = self.window.panel
        font = panel.font()
        font.setPointSize(size)
        panel.setFont(font)
        panel.document().setDefaultFont(font)
