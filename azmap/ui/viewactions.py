"""Saved views and export from the window: the state saved as a view, a view applied to the
state, the export dialog and "save view as image"."""
from __future__ import annotations


NO_VIEWS_TO_BRIEF = ("No saved views to brief from: save one with Views → Save current view (Ctrl+S), "
                     "then export the briefing")


class ViewActions:
    def __init__(self, window):
        self.w = window

    def export_request(self, out, size, dpi, title):
        from azmap.export.render import ExportRequest

        return ExportRequest.from_state(self.w.state, out, size=size, dpi=dpi, title=title)

    def open_export_dialog(self):
        from azmap.ui.dialogs import ExportDialog
        from azmap.ui.geometry import keep_on_screen

        self.export_dialog = ExportDialog(self.w, self.export_request)
        self.export_dialog.show()  # drawn first; its preview once it is on screen (ExportDialog)
        keep_on_screen(self.export_dialog)
        return self.export_dialog

    def current_view(self, name: str):
        """The state as a saved view; with no passage chosen, the active one goes with it. Each
        chosen passage goes with its quote (its text, its document), as the store has it now."""
        view = self.w.state.to_view(name)
        if not view.passages and self.w.state.active_passage:
            view.passages, view.quotes = [self.w.state.active_passage], [None]
        if self.w.store is not None:
            from azmap.quotes import quotes_for

            lacking = [i for i, q in enumerate(view.quotes) if q is None]
            for i, q in zip(lacking, quotes_for(self.w.store, [view.passages[i] for i in lacking])):
                view.quotes[i] = q
        return view

    def views(self):
        """The window's saved views, which take the quotes of the passages of an older file from
        the passage store when they are saved again."""
        views = self.w.views
        if views.quoter is None:
            views.quoter = self._quotes
        return views

    def _quotes(self, passage_ids):
        from azmap.quotes import quotes_for

        return quotes_for(self.w.store, passage_ids) if self.w.store is not None else [None] * len(passage_ids)

    def save_current_view(self, name: str):
        from azmap.errors import UserError

        view = self.current_view(name)
        try:
            self.views().add(view)
        except UserError as exc:
            self.w.statusBar().showMessage(f"The view was not saved: {exc}", 10000)
            return None
        self.w.state.set_chosen([])
        self.w.state.set_unfound(())
        self.w.statusBar().showMessage(f"Saved view “{name}”", 4000)
        return view

    def save_current_view_dialog(self):
        from PySide6.QtWidgets import QInputDialog

        selected = self.w.panel_ctl.feature_of(self.w.state.selected) if self.w.state.selected else None
        default = selected.name if selected is not None else "View"
        # a label that says what the name is for also keeps the box wide enough for its title
        name, ok = QInputDialog.getText(self.w, "Save current view", "Name of the view (Views → Saved views lists it):",
                                        text=default)
        if ok and name.strip():
            self.save_current_view(name.strip())

    def open_views_dialog(self):
        from azmap.ui.dialogs import ViewsDialog
        from azmap.ui.geometry import keep_on_screen

        self.w.views_dialog = ViewsDialog(self.w, self.views(), self.apply_view,  # it reads the file
                                          passages=self.w.store)
        if self.w.views.problem:
            self.w.statusBar().showMessage(self.w.views.problem, 10000)
        self.w.views.clear_problems()  # shown once: in the status bar and the dialog's note
        self.w.views_dialog.show()
        keep_on_screen(self.w.views_dialog)
        return self.w.views_dialog

    def go_to_named(self, name: str):
        """A named view (Views → Named views): its extent, holding whole what it is about (the
        features print's frame holds: azmap.export.extent)."""
        from pathlib import Path

        from azmap.export.extent import VIEWS, subject_box
        from azmap.export.request import ExportRequest

        bbox = VIEWS[name]
        subject = subject_box(ExportRequest(out=Path("view"), view=name), self.w.gaz, bbox)
        self.w.map.fit_view(bbox, subject)
        return subject

    def apply_view(self, view):
        """Go to a saved view: its chosen passages found again in the store by their text
        (azmap.quotes), those not found said in the panel and the status bar, never another shown."""
        if view is None:
            return None
        if view.feature and view.feature not in self.w.gaz:
            view.feature = None
        resolution = None
        if self.w.store is not None and view.passages:
            from azmap.quotes import resolve_view

            resolution = resolve_view(self.w.store, view)
        self.w.state.apply_view(view, resolution)
        notes = resolution.notes() if resolution is not None else []
        self.w.panel_ctl.show_view_passages(notes, chose=bool(view.passages))
        message = resolution.message() if resolution is not None else None
        if message:
            self.w.statusBar().showMessage(message, 15000)
        return resolution

    def export_briefing_dialog(self):
        """Views → Export briefing…: asks for a file only when there are saved views to brief from
        (with none, the status bar says how to save one, as F5 does)."""
        from PySide6.QtWidgets import QFileDialog

        if not self.w.views.load():
            self.w.statusBar().showMessage(NO_VIEWS_TO_BRIEF, 12000)
            return
        from azmap.ui.dialogs import file_chosen, file_start

        path, _ = QFileDialog.getSaveFileName(self.w, "Export briefing", file_start(self.w, "briefing.pptx"),
                                              "Slide deck (*.pptx);;PDF (*.pdf)")
        if path:
            file_chosen(self.w, path)
            self.export_briefing(path)

    def export_briefing(self, path: str):
        """The saved views as a slide deck (.pptx) or a PDF briefing, whichever the name says."""
        from azmap.errors import UserError
        from azmap.export.briefing import export_briefing

        try:
            out = export_briefing(path, views_file=self.w.views.path,
                                  warn=lambda m: self.w.statusBar().showMessage(m, 10000))
        except UserError as exc:
            self.w.statusBar().showMessage(f"The briefing was not written: {exc}", 10000)
            return None
        self.w.statusBar().showMessage(f"Briefing written to {out}", 6000)
        return out

    def save_view_image_dialog(self):
        from PySide6.QtWidgets import QFileDialog

        from azmap.ui.dialogs import file_chosen, file_start

        path, _ = QFileDialog.getSaveFileName(self.w, "Save view as image", file_start(self.w, "azmap-view.png"),
                                              "PNG (*.png)")
        if path:
            file_chosen(self.w, path)
            self.save_view_image(path)

    def save_view_image(self, path: str) -> bool:
        """The web view exactly as seen; only once the map has finished rendering."""
        if not self.w.map.is_ready:
            self.w.mapReady.connect(lambda: self.save_view_image(path))
            return False
        return self.w.view.grab().save(str(path), "PNG")
