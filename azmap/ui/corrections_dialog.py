"""View → Corrections…: every correction the user made to the links, what it says, where it applies
now (found again through azmap.quotes: where it was made, moved, reworded, split) and, for those not
applied, why and the passage it was made on. A selected correction can be deleted (Delete; Undo puts
it back) and its passage shown in the panel (Enter, double-click).

The window opens it from its menu and from the status bar's word on corrections not applied
(azmap.ui.corrections_notice).
"""
from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout)

from azmap.ui.signals import button, on_press

COLUMNS = ("No.", "Correction", "Where it applies now", "Made")
FOUND = {"same": "as recorded", "unchecked": "as recorded", "moved": "moved there",
         "reworded": "its passage was reworded", "split": "its passage was split"}
NOT_APPLIED = QColor("#a00000")


def why_not(store, p) -> str:
    """Why a correction applies to no passage, in words."""
    from azmap.corpus.corrections import standing_documents

    c = p.correction
    if p.how == "mention gone":
        return f"its passage no longer says “{c.surface}”"
    if p.how == "changed":
        return "its passage reads differently now (made before passages were kept with corrections)"
    standing = standing_documents(store, c)
    if not standing:
        return "its document is no longer among the documents"
    doc = c.passage.rpartition(":")[0]
    if doc not in standing:  # a new version of the file stands for it
        titles = sorted({_title(store, f"{d}:0") or d for d in standing})
        return f"its document was replaced by “{'”, “'.join(titles)}”, which no longer has its passage"
    return "its passage is no longer in its document"


def _title(store, passage_id: str) -> str:
    row = store.conn.execute("SELECT title FROM documents WHERE doc_id=?", (passage_id.rpartition(":")[0],)).fetchone()
    return row[0] if row else ""


def _marked(text: str, start, end) -> str:
    """The passage's text, escaped, the mention in bold."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return escape(text)
    return f"{escape(text[:start])}<b style='background:#ffe9a8'>{escape(text[start:end])}</b>{escape(text[end:])}"


def _made(c, clock: bool = True) -> str:
    if not c.made:
        return "before dates were kept" if clock else "—"
    return time.strftime("%Y-%m-%d %H:%M" if clock else "%Y-%m-%d", time.localtime(c.made))


class CorrectionsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setWindowTitle("Corrections to the links")
        self.deleted: list = []  # corrections deleted here, the last first to come back with Undo
        self.summary = QLabel("")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)  # (a sentence: on a small screen it wraps, the dialog stays on it)
        self.only_lost = QCheckBox("Only those not applied")
        self.only_lost.toggled.connect(lambda _on: self._filter())
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # a reason not applied wraps rather than being cut (rows fit their text)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            head.setSectionResizeMode(col, mode)
        head.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.go_to())  # Enter, or a double-click
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.go_button = button("Go to passage", self.go_to)
        self.delete_button = button("Delete", self.delete)
        self.undo_button = button("Undo delete", self.undo_delete)
        self.go_button.setToolTip("Show the passage it applies to in the panel (Enter)")
        self.delete_button.setToolTip("Forget this correction: its passage gets the linker's own links back (Delete)")
        self.undo_button.setToolTip("Put back the correction deleted last (Ctrl+Z)")
        for b in (self.go_button, self.delete_button, self.undo_button):
            b.setAutoDefault(False)  # Enter in the list goes to the passage, once
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for w in (self.go_button, self.delete_button, self.undo_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.only_lost)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for b in close.buttons():
            b.setAutoDefault(False)  # else the dialog makes it the default: Enter in the list would close it
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(close)
        # anywhere in the dialog (it has no text to edit): the selected correction
        on_press(QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self).activated, self.delete)
        on_press(QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self).activated, self.undo_delete)
        from azmap.ui.geometry import fit_dialog

        fit_dialog(self, 980, 600)  # on a small screen (640×360 at 2×) no larger than it
        self.refresh()

    # -- what it lists ---------------------------------------------------------------------------------
    @property
    def store(self):
        return self.window.store

    def refresh(self, keep: int | None = None) -> None:
        """Read the corrections again and find each in the store; select ``keep`` (a correction's id),
        else the row that was selected, else the first not applied, else the first."""
        from azmap.corpus import corrections
        from azmap.paths import user_data_dir

        if keep is None and self.current() is not None:
            keep = self.current().correction.id
        self.problem = None
        if self.store is None:
            self.placed = []
            self.problem = "The passage store is not available."
        else:
            items, loaded = corrections.read(user_data_dir())
            self.placed = corrections.placements(self.store, items)
            if loaded.problem:
                self.problem = f"corrections.json: {loaded.problem}; `azmap corrections` says more."
        self.table.setRowCount(len(self.placed))
        for r, p in enumerate(self.placed):
            self._fill_row(r, p)
        self.table.resizeRowsToContents()
        lost = sum(1 for p in self.placed if p.applied is None)
        moved = sum(1 for p in self.placed if p.applied is not None and p.how not in ("same", "unchecked"))
        if not self.placed:
            text = ("No corrections yet: “correct links…” under a passage unlinks a name, links it to another "
                    "feature or links the passage by hand.")
        else:
            text = (f"{len(self.placed)} correction{'' if len(self.placed) == 1 else 's'}: "
                    f"{len(self.placed) - lost} applied"
                    + (f" ({moved} found at a new place)" if moved else "")
                    + (f", {lost} not applied" if lost else "") + ".")
        self.summary.setText(text + (f"  {self.problem}" if self.problem else ""))
        read_only = bool(self.store is None or self.store.read_only)
        self.delete_button.setEnabled(not read_only and bool(self.placed))
        self.undo_button.setEnabled(not read_only and bool(self.deleted))
        if read_only and self.store is not None:
            self.message.setText(f"Read-only: {self.store.read_only}.")
        self._filter()
        ids = [p.correction.id for p in self.placed]
        r = ids.index(keep) if keep in ids else next((i for i, p in enumerate(self.placed) if p.applied is None), 0)
        if self.placed:
            self._select_visible(r)
        else:
            self._selected()

    def _fill_row(self, r: int, p) -> None:
        c, a = p.correction, p.applied
        where = (f"⚠ not applied: {why_not(self.store, p)}" if a is None
                 else f"{a.passage}  ({FOUND.get(p.how, p.how)})")
        cells = (str(c.id), self.window.panel_ctl.describe(c), where, _made(c, clock=False))
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if a is None and col == 2:
                item.setForeground(QBrush(NOT_APPLIED))
            if col == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, col, item)

    def _filter(self) -> None:
        only = self.only_lost.isChecked()
        for r, p in enumerate(self.placed):
            self.table.setRowHidden(r, only and p.applied is not None)
        cur = self.table.currentRow()
        if cur >= 0 and self.table.isRowHidden(cur):
            self._select_visible(cur)

    def _select_visible(self, r: int) -> None:
        rows = [i for i in range(self.table.rowCount()) if not self.table.isRowHidden(i)]
        if not rows:
            self.table.clearSelection()
            self._selected()
            return
        r = min(rows, key=lambda i: (abs(i - r), i))
        self.table.setCurrentCell(r, 1)
        self.table.selectRow(r)

    def current(self):
        """The Placed of the selected row (None if none)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        r = rows[0].row() if rows else -1
        return self.placed[r] if 0 <= r < len(getattr(self, "placed", [])) else None

    def _selected(self) -> None:
        p = self.current()
        self.go_button.setEnabled(p is not None and p.applied is not None)
        self.details.setHtml(self.details_html(p) if p is not None else "")

    def details_html(self, p) -> str:
        c, a = p.correction, p.applied
        title = _title(self.store, c.passage)
        made_on = f"“{escape(title)}”" if title else "a document no longer among the documents"
        out = [f"<h3 style='margin:2px 0'>Correction {c.id}: {escape(self.window.panel_ctl.describe(c))}</h3>",
               f"<p style='margin:2px 0'>Made {escape(_made(c))}; recorded on passage {escape(c.passage)} of "
               f"{made_on}.</p>"]
        if a is None:
            out.append(f"<p style='margin:6px 0;color:#a00000'><b>Not applied:</b> {escape(why_not(self.store, p))}. "
                       "It is kept: delete it, or make it again on the passage as it reads now.</p>")
        else:
            row = self.store.passage_row(a.passage)
            out.append(f"<p style='margin:6px 0'><b>Applies to</b> passage {escape(a.passage)} of "
                       f"“{escape(_title(self.store, a.passage))}” ({escape(FOUND.get(p.how, p.how))}).</p>")
            if row is not None:
                out.append("<p style='margin:2px 0'><b>The passage now:</b></p>"
                           f"<blockquote style='margin:2px 12px'>{_marked(row[1], a.start, a.end)}</blockquote>")
        if c.quote is not None and c.quote.text and (a is None or p.how not in ("same", "unchecked")):
            out.append("<p style='margin:6px 0 2px 0'><b>The passage it was made on:</b></p>"
                       f"<blockquote style='margin:2px 12px;color:#444'>{_marked(c.quote.text, c.start, c.end)}</blockquote>")
        elif a is None:
            out.append("<p style='color:#777'><i>The text it was made on was not kept (made before texts were "
                       "kept with corrections).</i></p>")
        return "".join(out)

    # -- what it does ----------------------------------------------------------------------------------
    def go_to(self) -> bool:
        """Show the passage the selected correction applies to in the panel, what it names on the map."""
        p = self.current()
        if p is None or p.applied is None:
            self.message.setText("This correction applies to no passage: there is none to go to.")
            return False
        ctl = self.window.panel_ctl
        note = f"{ctl.describe(p.correction)} (passage {p.applied.passage}, {FOUND.get(p.how, p.how)})"
        if not ctl.show_passage(p.applied.passage, f"Correction {p.correction.id}", [note]):
            self.message.setText(f"Passage {p.applied.passage} is not in the store.")
            return False
        hit = ctl.hits[0]
        self.window.map.follow([i for i in hit.feature_ids if i in self.window.gaz])
        self.message.setText(f"The panel shows passage {p.applied.passage}.")
        return True

    def delete(self) -> bool:
        from azmap.corpus import corrections
        from azmap.errors import UserError

        p = self.current()
        if p is None or not self.delete_button.isEnabled():
            return False
        try:
            gone = corrections.undo(self.store, p.correction.id)
        except UserError as exc:
            self.message.setText(f"Not deleted: {exc}")
            return False
        self.deleted.append(gone)
        self.message.setText(f"Deleted correction {gone.id}: {self.window.panel_ctl.describe(gone)}. "
                             "Undo delete (Ctrl+Z) puts it back.")
        self._links_changed()
        row = self.table.currentRow()
        self.refresh(keep=-1)
        if self.placed:
            self._select_visible(min(row, len(self.placed) - 1))
        return True

    def undo_delete(self) -> bool:
        from azmap.corpus import corrections
        from azmap.errors import UserError

        if not self.deleted or not self.undo_button.isEnabled():
            return False
        try:
            back = corrections.restore(self.store, self.deleted[-1])
        except UserError as exc:
            self.message.setText(f"Not put back: {exc}")
            return False
        self.deleted.pop()
        self.message.setText(f"Put back correction {back.id}: {self.window.panel_ctl.describe(back)}.")
        self._links_changed()
        self.refresh(keep=back.id)
        return True

    def _links_changed(self) -> None:
        """The panel and the map's counts show the links as they are now."""
        ctl, state = self.window.panel_ctl, self.window.state
        ctl.corrected.emit()
        if ctl.showing_view and ctl.hits and self.store is not None:
            ctl.hits = self.store.passages_by_id([h.passage_id for h in ctl.hits])
            ctl.render()
        elif state.selected or state.query:
            ctl.refill()
