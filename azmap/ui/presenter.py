"""Presentation mode (F5): the saved views one after another, full screen, large type, with the
slide's title, caption, year and "3 / 7" over the map. The slideshow keys act only while
presenting; leaving restores the window as it was."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

SLIDE_KEYS = [("Right", 1), ("PgDown", 1), ("Space", 1), ("Left", -1), ("PgUp", -1)]


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
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        for w in (self.title, self.caption, self.meta):
            lay.addWidget(w)
        self.hide()

    def show_slide(self, view, index: int, count: int) -> None:
        self.title.setText(view.name)
        self.caption.setText(view.note or "")
        self.caption.setVisible(bool(view.note))
        self.meta.setText(" · ".join(([str(view.year)] if view.year else ["all years"]) + [f"{index} / {count}"]))


class Presenter(QObject):
    def __init__(self, window, chrome, go_to_view, parent=None):
        """``chrome``: the widgets hidden while presenting; ``go_to_view(view)`` applies a view."""
        super().__init__(parent or window)
        self.window, self.chrome, self.go_to_view = window, chrome, go_to_view
        self.presenting = False
        self.index = 0
        self._was = None  # the window's state before presenting
        self.bar = SlideBar()
        window.centralWidget().layout().insertWidget(0, self.bar)
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

    def start(self) -> bool:
        self.presenting = True
        self._was = self.window.windowState()
        for w in self.chrome:
            w.setVisible(False)
        self._panel_font(18)
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
        for sc in self.shortcuts:
            sc.setEnabled(False)
        self.bar.hide()
        for w in self.chrome:
            w.setVisible(True)
        self._panel_font(10)
        self.window.map.js("window.azmap && azmap.setPresentation && azmap.setPresentation(false)")
        self.window.setWindowState(self._was if self._was is not None else Qt.WindowState.WindowNoState)
        if not self.window.isVisible():
            self.window.show()
        return False

    def step(self, delta: int) -> None:
        if not self.presenting:
            return
        self.index += delta
        self._show()

    def _show(self) -> None:
        views = self._views()
        if not views:
            self.bar.title.setText("No saved views yet: save one with Ctrl+S, then press F5")
            self.bar.caption.hide()
            self.bar.meta.setText("")
            self.bar.show()
            return
        self.index = max(0, min(self.index, len(views) - 1))
        view = views[self.index]
        self.bar.show_slide(view, self.index + 1, len(views))
        self.bar.show()
        self.go_to_view(view)

    def _panel_font(self, size: int) -> None:
        panel = self.window.panel
        font = panel.font()
        font.setPointSize(size)
        panel.setFont(font)
        panel.document().setDefaultFont(font)
