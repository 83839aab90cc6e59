"""Adding documents from the window: a progress dialog that can be cancelled, and a window that
can be closed mid-ingest. Each document is stored in its own transaction, so cancelling or
closing stops before the next document: what was added stays, what was not is listed."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog

log = logging.getLogger("azmap.ui")


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as it is (a file name is never rich text)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setMaximumWidth(560)
    return label


def report_lines(report) -> list[str]:
    lines = [f"Added {len(report.added)} document(s), {report.passages} passage(s)."]
    if report.skipped:
        lines.append(f"{len(report.skipped)} already in the corpus.")
    for path, reason in report.rejected:
        lines.append(f"Not added: {Path(path).name}: {reason}")
    if report.not_done:
        lines.append(f"Stopped before {len(report.not_done)} file(s), not added: "
                     + ", ".join(Path(p).name for p in report.not_done[:10])
                     + (" …" if len(report.not_done) > 10 else ""))
    return lines


class DocumentAdder(QObject):
    finished = Signal(object)  # the IngestReport

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window = window
        self.busy = False
        self.cancel_requested = False
        self.last_report = None

    def cancel(self) -> None:
        self.cancel_requested = True

    def open_file_dialog(self):
        from PySide6.QtWidgets import QFileDialog

        from azmap.ui.dialogs import file_chosen, file_start

        paths, _ = QFileDialog.getOpenFileNames(self.window, "Add documents", file_start(self.window),
                                                "Documents (*.txt *.md *.html *.htm *.pdf *.eml);;All files (*)")
        if paths:
            file_chosen(self.window, paths[0])
            self.add_and_refresh(self.window.store, paths)

    def open_library(self):
        from azmap.ui.geometry import keep_on_screen
        from azmap.ui.library_dialog import DocumentsDialog

        self.library = DocumentsDialog(self.window, self.window.store, on_changed=self._corpus_changed)
        self.library.show()
        keep_on_screen(self.library)
        return self.library

    def _corpus_changed(self) -> str | None:
        """The panel and the map as the corpus is now; returns (and says) what the status bar says
        of corrections the change leaves unapplied, once."""
        if getattr(self.window, "places", None) is not None:
            self.window.places.refresh()  # the places the sources name, counted again
        state = self.window.state
        if state.selected or state.query:
            self.window.panel_ctl.refill()
        corrections = getattr(self.window, "corrections", None)
        return corrections.tell() if corrections is not None else None

    def add_and_refresh(self, store, paths):
        """Add documents, then show the panel again with what they bring; what was added stays
        in the status bar (the panel's own message does not replace it)."""
        report = self.add(store, paths)
        if report is not None and not self.cancel_requested:
            note = self._corpus_changed()
            self.window.statusBar().showMessage(" ".join([*report_lines(report), *([note] if note else [])]),
                                                20000 if note else 15000)
        return report

    def add(self, store, paths):
        """Ingest files with a progress dialog; say what was added and what was not."""
        from azmap.corpus.ingest import ingest_paths
        from azmap.errors import UserError

        if store is None:
            QMessageBox.warning(self.window, "Add documents", "The passage store is not available.")
            return None
        if store.read_only:
            box = QMessageBox(QMessageBox.Icon.Warning, "Add documents",
                              f"Documents cannot be added: {store.read_only}.", parent=self.window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.show()
            return None
        progress = QProgressDialog(self.window)
        progress.setLabel(plain_label("Reading documents…"))
        progress.setWindowTitle("Add documents")
        progress.setRange(0, max(1, len(paths)))
        progress.setMinimumDuration(300)
        progress.canceled.connect(self.cancel)
        self.busy, self.cancel_requested = True, False

        def step(done, total, label=""):
            progress.setMaximum(max(1, total))
            progress.setValue(done)
            progress.setLabelText(label)
            QApplication.processEvents()

        def waiting(message):
            progress.setLabelText(message)
            self.window.statusBar().showMessage(message)

        try:
            report = ingest_paths(store, paths, progress=step, on_wait=waiting, poll=QApplication.processEvents,
                                  cancelled=lambda: self.cancel_requested)
        except UserError as exc:
            report = None
            self.window.statusBar().showMessage(str(exc), 8000)
        finally:
            self.busy = False
            progress.canceled.disconnect(self.cancel)  # closing the dialog reports a cancel too
            progress.close()
        self.last_report = report
        if report is not None:
            lines = report_lines(report)
            log.info("%s", " ".join(lines))
            self.window.statusBar().showMessage(lines[0], 6000)
            if (report.rejected or report.not_done) and not self.cancel_requested:
                box = QMessageBox(QMessageBox.Icon.Information, "Add documents", "\n".join(lines),
                                  parent=self.window)
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.show()
                self.message_box = box
        self.finished.emit(report)
        return report
