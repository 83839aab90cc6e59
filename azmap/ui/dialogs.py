"""Dialogs of the window: print export with a preview, and the list of saved views."""
from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QMessageBox, QSpinBox,
                               QVBoxLayout)

from azmap.errors import UserError
from azmap.ui.signals import button, on_press

SIZES = ["A4-landscape", "A4", "A3-landscape", "A3", "1920x1080px"]


def _plain_warning(parent, title: str, text: str) -> None:
    """A warning whose text is shown as it is (never as markup)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def file_start(window, name: str = "") -> str:
    """Where a file dialog opens: the folder last chosen in one (while it is there), else the user's
    Documents folder (or home); never the folder azmap happened to be started in."""
    from PySide6.QtCore import QStandardPaths

    last = window.settings.value("last_folder", "") if window is not None else ""
    folder = Path(last) if isinstance(last, str) and last and Path(last).is_dir() else None
    if folder is None:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    return str(folder / name) if name else str(folder)


def file_chosen(window, path: str) -> None:
    """Remember the folder of a file chosen in a file dialog (the next one opens there)."""
    if path and window is not None:
        window.settings.setValue("last_folder", str(Path(path).parent))


def preview_size(avail=None) -> tuple[int, int]:
    """The export preview: large enough to read the map's labels, within the available screen
    (``avail``, a QRect) with the form beside it."""
    w, h = 760, 540
    if avail is not None:
        w = min(w, int(avail.width() * 0.9) - 300)
        h = min(h, int(avail.height() * 0.9) - 120)
    return max(w, 300), max(h, 210)


class ExportDialog(QDialog):
    """Format, size, DPI and title; a preview rendered by the same renderer; exports the current view.

    The preview takes seconds to render (and longer the first time print runs for a new user): it is
    rendered once the dialog has been painted, so the dialog never shows as an empty frame over a
    window that no longer answers; until then it says the preview is being drawn."""

    DRAWING = "Drawing the preview…"

    def __init__(self, parent, request_factory):
        super().__init__(parent)
        self.setWindowTitle("Export map")
        self.request_factory = request_factory  # (out, size, dpi, title) -> ExportRequest
        self.size = QComboBox()
        self.size.addItems(SIZES)
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setValue(300)
        self.title = QLineEdit()
        self.format = QComboBox()
        self.format.addItems(["PNG", "SVG", "PDF"])
        self.preview = QLabel(self.DRAWING)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # an error message may quote a file name
        screen = parent.screen() if parent is not None else None
        self.preview.setMinimumSize(*preview_size(screen.availableGeometry() if screen else None))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Size", self.size)
        form.addRow("DPI", self.dpi)
        form.addRow("Title", self.title)
        refresh = button("Refresh preview", self.update_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        on_press(buttons.accepted, self.export)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addWidget(self.preview, 1)
        lay.addLayout(top)
        lay.addWidget(refresh)
        lay.addWidget(buttons)
        self.written = None
        self.previewed = False  # rendered once, after the dialog's first paint

    def event(self, event):  # noqa: D401 - the first paint on screen: render the preview next
        from PySide6.QtCore import QEvent, QTimer

        if event.type() == QEvent.Type.Paint and not self.previewed:
            self.previewed = True
            QTimer.singleShot(0, self._first_preview)
        return super().event(event)

    def _first_preview(self) -> None:
        if self.isVisible():  # closed before it was drawn: nothing to render
            self.update_preview()

    def update_preview(self):
        from azmap.export.render import render

        with tempfile.TemporaryDirectory() as d:
            out = Path(d) / "preview.png"
            try:
                # enough pixels for the label at the screen's scaling: the preview is read, not glanced at
                dpr = self.preview.devicePixelRatioF()
                dpi = max(60, min(200, round(self.preview.width() * dpr / 11.7)))
                render(self.request_factory(out, self.size.currentText(), dpi, self.title.text() or None))
            except UserError as exc:
                self.preview.setText(str(exc))
                return
            pm = QPixmap(str(out))
        dpr = self.preview.devicePixelRatioF()
        pm = pm.scaled(self.preview.size() * dpr, Qt.AspectRatioMode.KeepAspectRatio,
                       Qt.TransformationMode.SmoothTransformation)
        pm.setDevicePixelRatio(dpr)
        self.preview.setPixmap(pm)

    def export(self, path: str | None = None):
        from azmap.export.render import render

        ext = self.format.currentText().lower()
        if path is None:
            window = self.parent()
            path, _ = QFileDialog.getSaveFileName(self, "Export map", file_start(window, f"azmap-map.{ext}"),
                                                  f"{ext.upper()} (*.{ext})")
            if not path:
                return None
            file_chosen(window, path)
        try:
            result = render(self.request_factory(Path(path), self.size.currentText(), self.dpi.value(),
                                                 self.title.text() or None))
        except UserError as exc:
            _plain_warning(self, "Export map", str(exc))
            return None
        self.written = result.path
        self.accept()
        return result


class ViewsDialog(QDialog):
    """The saved views, in order: go to, rename, move, delete. What the views file could not give
    (views left out, a damaged file kept aside) is said above the list; a view whose chosen passages
    are not all found in the passage store (``passages``) is marked in the list."""

    NAME_SHOWN = 100  # characters of a view's name shown in the list

    def __init__(self, parent, store, on_go, passages=None):
        super().__init__(parent)
        self.setWindowTitle("Saved views")
        self.store = store
        self.passages = passages
        self._markers: dict = {}  # (passages, quotes) -> the mark, for this dialog's life
        self.on_go = on_go
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # names come from a file: never markup
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setStyleSheet("color: #8a4b00;")
        self.note.hide()
        self.list = QListWidget()
        buttons = QVBoxLayout()
        for text, slot in [("Go to", self.go), ("Rename…", self.rename), ("Caption…", self.edit_caption),
                           ("Move up", lambda: self.move(-1)),
                           ("Move down", lambda: self.move(1)), ("Delete", self.delete)]:
            buttons.addWidget(button(text, slot))
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addLayout(row, 1)
        self.list.itemDoubleClicked.connect(lambda _: self.go())
        self.refresh()
        self._fit_names()

    def _fit_names(self) -> None:
        """Wide enough for the names (up to NAME_SHOWN characters) and tall enough for a dozen rows,
        within the screen."""
        fm = self.list.fontMetrics()
        widest = max([fm.horizontalAdvance(self.list.item(i).text()) for i in range(self.list.count())] + [0])
        want_w = max(560, widest + 60 + self.sizeHint().width() - self.list.sizeHint().width())
        want_h = max(380, fm.height() * 14)
        from azmap.ui.geometry import fit_dialog

        fit_dialog(self, want_w, want_h)

    def refresh(self):
        from PySide6.QtWidgets import QListWidgetItem

        views = self.store.load()
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for v in views:
            shown = v.name if len(v.name) <= self.NAME_SHOWN else v.name[:self.NAME_SHOWN] + "…"
            missing = self._missing(v)
            item = QListWidgetItem((" ".join(shown.split()) or v.name) + (f"  — {missing}" if missing else ""))
            item.setData(Qt.ItemDataRole.UserRole, v.name)
            item.setToolTip(html.escape(v.note or v.name[:1000]))  # tooltips take markup: show it as text
            self.list.addItem(item)
        self.list.setUpdatesEnabled(True)
        problem = self.store.problem
        self.note.setText(problem or "")
        self.note.setVisible(bool(problem))

    def _missing(self, view) -> str | None:
        """"⚠ 1 chosen passage not found" for a view whose chosen passages are not all in the store."""
        if self.passages is None or not view.passages:
            return None
        import sqlite3

        from azmap.quotes import resolve_view

        key = (tuple(view.passages), tuple(q.fingerprint if q else "" for q in view.quotes))
        if key not in self._markers:
            try:
                self._markers[key] = resolve_view(self.passages, view).marker()
            except sqlite3.Error:
                return None
        return self._markers[key]

    def names(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _name(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _failed(self, title, exc):
        _plain_warning(self, title, str(exc))

    def go(self):
        name = self._name()
        if name:
            self.on_go(self.store.get(name))

    def rename(self):
        name = self._name()
        if not name:
            return
        new, ok = QInputDialog.getText(self, "Rename view", f"New name for the view “{name}”:", text=name)
        if ok and new.strip():
            try:
                self.store.rename(name, new.strip())
            except UserError as exc:
                self._failed("Rename view", exc)
            self.refresh()

    def edit_caption(self, text: str | None = None) -> bool:
        """The view's caption and notes (shown under its title on slides and briefing pages)."""
        name = self._name()
        if not name:
            return False
        if text is None:
            view = self.store.get(name)
            text, ok = QInputDialog.getMultiLineText(self, "Caption", f"Caption and notes for “{name}”",
                                                     view.note if view else "")
            if not ok:
                return False
        try:
            self.store.set_caption(name, text.strip())
        except UserError as exc:
            self._failed("Caption", exc)
            return False
        self.refresh()
        return True

    def move(self, delta):
        name = self._name()
        if name:
            row = self.list.currentRow()
            try:
                self.store.move(name, max(0, row + delta))
            except UserError as exc:
                self._failed("Move view", exc)
            self.refresh()
            self.list.setCurrentRow(max(0, min(row + delta, self.list.count() - 1)))

    def delete(self):
        name = self._name()
        if name:
            try:
                self.store.delete(name)
            except UserError as exc:
                self._failed("Delete view", exc)
            self.refresh()
