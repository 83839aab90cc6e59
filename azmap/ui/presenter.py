"""Presentation mode (F5): the saved views one after another, full screen, large type. The
slideshow keys act only while presenting; leaving restores the window as it was."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

SLIDE_KEYS = [("Right", 1), ("PgDown", 1), ("Space", 1), ("Left", -1), ("PgUp", -1)]


class Presenter(QObject):
    def __init__(self, window, chrome, go_to_view, parent=None):
        """``chrome``: the widgets hidden while presenting; ``go_to_view(view)`` applies a view."""
        super().__init__(parent or window)
        self.window, self.chrome, self.go_to_view = window, chrome, go_to_view
        self.presenting = False
        self.index = 0
        self._was = None  # the window's state before presenting
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
        self.window.showFullScreen()
        self.index = 0
        views = self._views()
        if views:
            self.go_to_view(views[0])
        return True

    def stop(self) -> bool:
        if not self.presenting:
            return False
        self.presenting = False
        for sc in self.shortcuts:
            sc.setEnabled(False)
        for w in self.chrome:
            w.setVisible(True)
        self._panel_font(10)
        self.window.setWindowState(self._was if self._was is not None else Qt.WindowState.WindowNoState)
        if not self.window.isVisible():
            self.window.show()
        return False

    def step(self, delta: int) -> None:
        if not self.presenting:
            return
        views = self._views()
        if not views:
            return
        self.index = max(0, min(self.index + delta, len(views) - 1))
        self.go_to_view(views[self.index])

    def _panel_font(self, size: int) -> None:
        panel = self.window.panel
        font = panel.font()
        font.setPointSize(size)
        panel.setFont(font)
        panel.document().setDefaultFont(font)
