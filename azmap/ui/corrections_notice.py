"""The window's side of the user's corrections: View → Corrections… opens azmap.ui.corrections_dialog,
and after a rebuild or an ingest the status bar says once how many corrections are not applied (once
for each: the ones said are remembered in the settings), with a button that opens the dialog."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QPushButton

from azmap.ui.corrections_dialog import CorrectionsDialog
from azmap.ui.signals import on_press

log = logging.getLogger("azmap.ui")
TOLD = "corrections/told_not_applied"  # the corrections the status bar has said are not applied


class Corrections:
    """The window's side: the menu entry's dialog, and the status bar's word after a rebuild or an
    ingest that some corrections are not applied (said once for each, with a button to the dialog)."""

    def __init__(self, window):
        self.window = window
        self.dialog = None
        self.button = QPushButton("")
        self.button.setFlat(True)
        self.button.setToolTip("Some of your corrections to the links are not applied: see which and why")
        self.button.hide()
        on_press(self.button.clicked, self.open)
        window.statusBar().addPermanentWidget(self.button)

    def open(self) -> CorrectionsDialog:
        from azmap.ui.geometry import keep_on_screen

        if self.dialog is None:
            self.dialog = CorrectionsDialog(self.window)
        else:
            self.dialog.refresh()
        self.button.hide()
        self.dialog.show()
        keep_on_screen(self.dialog)
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def check(self) -> str | None:
        """After a rebuild or an ingest: the sentence for the status bar if corrections are not applied
        that it has not said yet (None otherwise); the button shows while they are not looked at."""
        from azmap.corpus import corrections
        from azmap.paths import user_data_dir

        store, settings = self.window.store, self.window.settings
        lost = []
        if store is not None and (user_data_dir() / corrections.CORRECTIONS_FILE).exists():
            try:
                lost = [p.correction for p in corrections.placements(store, corrections.load(user_data_dir()))
                        if p.applied is None]
            except Exception:  # noqa: BLE001  (the window opens whatever the store holds; the dialog says more)
                log.exception("the corrections could not be looked for in the store")
                return None
        keys = {f"{c.id}@{c.made!r}" for c in lost}
        told = set(str(settings.value(TOLD, "") or "").split())
        settings.setValue(TOLD, " ".join(sorted(keys)))
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()
        if not lost:
            self.button.hide()
            return None
        if not keys - told:
            return None
        n = len(lost)
        self.button.setText(f"⚠ {n} correction{'' if n == 1 else 's'} not applied…")
        self.button.show()
        return (corrections.unplaced_message(n).partition(":")[0]
                + f": the passage {'it was' if n == 1 else 'they were'} made on no longer reads as it did "
                  "(View → Corrections… says which and why).")

    def tell(self) -> str | None:
        """check(), said in the status bar."""
        note = self.check()
        if note:
            self.window.statusBar().showMessage(note, 20000)
        return note
