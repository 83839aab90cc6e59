"""Dialogs of the window: print export with a preview, and the list of saved views."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton, QSpinBox,
                               QVBoxLayout)

from azmap.errors import UserError

SIZES = ["A4-landscape", "A4", "A3-landscape", "A3", "1920x1080px"]


class ExportDialog(QDialog):
    """Format, size, DPI and title; a preview rendered by the same renderer; exports the current view."""

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
        self.preview = QLabel("Preview…")
        self.preview.setMinimumSize(420, 300)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Size", self.size)
        form.addRow("DPI", self.dpi)
        form.addRow("Title", self.title)
        refresh = QPushButton("Refresh preview")
        refresh.clicked.connect(self.update_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addWidget(self.preview, 1)
        lay.addLayout(top)
        lay.addWidget(refresh)
        lay.addWidget(buttons)
        self.written = None

    def update_preview(self):
        from azmap.export.render import render

        with tempfile.TemporaryDirectory() as d:
            out = Path(d) / "preview.png"
            try:
                render(self.request_factory(out, self.size.currentText(), 60, self.title.text() or None))
            except UserError as exc:
                self.preview.setText(str(exc))
                return
            pm = QPixmap(str(out))
        self.preview.setPixmap(pm.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))

    def export(self, path: str | None = None):
        from azmap.export.render import render

        ext = self.format.currentText().lower()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Export map", f"azmap-map.{ext}", f"{ext.upper()} (*.{ext})")
            if not path:
                return None
        try:
            result = render(self.request_factory(Path(path), self.size.currentText(), self.dpi.value(),
                                                 self.title.text() or None))
        except UserError as exc:
            QMessageBox.warning(self, "Export map", str(exc))
            return None
        self.written = result.path
        self.accept()
        return result


class ViewsDialog(QDialog):
    """The saved views, in order: go to, rename, move, delete."""

    def __init__(self, parent, store, on_go):
        super().__init__(parent)
        self.setWindowTitle("Saved views")
        self.store = store
        self.on_go = on_go
        self.list = QListWidget()
        buttons = QVBoxLayout()
        for text, slot in [("Go to", self.go), ("Rename…", self.rename), ("Move up", lambda: self.move(-1)),
                           ("Move down", lambda: self.move(1)), ("Delete", self.delete)]:
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QHBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        self.list.itemDoubleClicked.connect(lambda _: self.go())
        self.refresh()

    def refresh(self):
        self.list.clear()
        for v in self.store.load():
            self.list.addItem(v.name)

    def _name(self):
        item = self.list.currentItem()
        return item.text() if item else None

    def go(self):
        name = self._name()
        if name:
            self.on_go(self.store.get(name))

    def rename(self):
        name = self._name()
        if not name:
            return
        new, ok = QInputDialog.getText(self, "Rename view", "New name", text=name)
        if ok and new.strip():
            try:
                self.store.rename(name, new.strip())
            except UserError as exc:
                QMessageBox.warning(self, "Rename view", str(exc))
            self.refresh()

    def move(self, delta):
        name = self._name()
        if name:
            row = self.list.currentRow()
            self.store.move(name, max(0, row + delta))
            self.refresh()
            self.list.setCurrentRow(max(0, min(row + delta, self.list.count() - 1)))

    def delete(self):
        name = self._name()
        if name:
            self.store.delete(name)
            self.refresh()
