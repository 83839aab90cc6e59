"""File → Documents…: the corpus's documents in a table, with the same actions as
`azmap documents`: edit title, author, date, publisher and URL (kept across rebuilds), remove."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from azmap.corpus.documents import EDITABLE
from azmap.ui.signals import button

FIELD_LABELS = {"url": "Web address"}  # what the form calls a field, where its name is not a word
COLUMNS = [("title", "Title"), ("author", "Author"), ("date", "Date"), ("publisher", "Publisher"),
           ("origin", "Origin"), ("body_passages", "Passages")]


class DocumentsDialog(QDialog):
    def __init__(self, parent, store, on_changed=None):
        super().__init__(parent)
        self.store, self.on_changed = store, on_changed
        self.setWindowTitle("Documents")
        from azmap.ui.geometry import fit_dialog

        fit_dialog(self, 900, 560)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([c[1] for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.fields = {k: QLineEdit() for k in EDITABLE}
        form = QFormLayout()
        for k, w in self.fields.items():
            form.addRow(FIELD_LABELS.get(k, k.capitalize()), w)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        save, remove = button("Save changes", self.save), button("Remove document…", self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for part in (self.table, form, buttons, self.message, close):
            (lay.addLayout if isinstance(part, (QFormLayout, QHBoxLayout)) else lay.addWidget)(part)
        self.read_only = bool(store and store.read_only)
        save.setEnabled(not self.read_only)
        remove.setEnabled(not self.read_only)
        if self.read_only:
            self.message.setText(f"Read-only: {store.read_only}.")
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        self.docs = self.store.documents() if self.store else []
        self.table.setRowCount(len(self.docs))
        for r, d in enumerate(self.docs):
            for c, (key, _) in enumerate(COLUMNS):
                self.table.setItem(r, c, QTableWidgetItem("" if d.get(key) is None else str(d[key])))
        self.table.resizeColumnsToContents()
        row = next((i for i, d in enumerate(self.docs) if d["doc_id"] == keep), 0 if self.docs else -1)
        if row >= 0:
            self.table.selectRow(row)

    def current(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.docs[rows[0].row()] if rows else None

    def _selected(self) -> None:
        d = self.current()
        for k, w in self.fields.items():
            w.setText("" if not d or d.get(k) is None else str(d[k]))

    def save(self) -> bool:
        from azmap.corpus.documents import edit_document
        from azmap.errors import UserError

        d = self.current()
        if not d:
            return False
        changed = {k: w.text() for k, w in self.fields.items() if w.text() != (d.get(k) or "")}
        if not changed:
            self.message.setText("Nothing changed.")
            return False
        try:
            edit_document(self.store, d["doc_id"], **changed)
        except UserError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(f"Saved: {', '.join(sorted(changed))}.")
        self.refresh(keep=d["doc_id"])
        if self.on_changed:
            self.on_changed()
        return True

    def remove(self, confirm: bool = True) -> bool:
        from azmap.corpus.documents import remove_document
        from azmap.errors import UserError

        d = self.current()
        if not d:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, "Remove document",
                              f"Remove “{d['title']}” and its {d['body_passages']} passage(s) from the corpus?",
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        try:
            n = remove_document(self.store, d["doc_id"])
        except UserError as exc:  # a read-only data directory: say why, change nothing
            self.message.setText(str(exc))
            return False
        self.message.setText(f"Removed “{d['title']}” and its {n} passage(s).")
        self.refresh()
        if self.on_changed:
            self.on_changed()
        return True
