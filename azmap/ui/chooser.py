"""Identify, as in desktop GIS: where a click finds several features (BTC, SCP, Baku–Supsa and
the BTK railway share one corridor), the first is selected and a row of buttons in the status bar
offers all of them; the one selected is shown pressed. The row neither takes the mouse away from
the map nor changes its size, so a second click at the same spot steps to the next feature."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from azmap.style import ROUTE_LABELS


def short_name(feature) -> str:
    """A feature as the chooser and the hover line name it: routes by their short names."""
    return ROUTE_LABELS.get(feature.id, feature.name) if feature.kind == "route" else feature.name


class FeatureChooser(QWidget):
    def __init__(self, state, gazetteer, parent=None):
        super().__init__(parent)
        self.state, self.gaz = state, gazetteer
        self.ids: list[str] = []
        self.buttons: dict[str, QPushButton] = {}
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel("Here:")
        self.label.hide()
        self.lay.addWidget(self.label)
        self.setFixedHeight(self.label.sizeHint().height() + 4)  # never taller than the status bar
        state.observe(self._on_state)

    def isVisible(self) -> bool:  # noqa: N802 - offering something, to the eye
        return bool(self.buttons) and super().isVisible()

    def clear(self) -> None:
        for b in self.buttons.values():
            b.deleteLater()
        self.buttons, self.ids = {}, []
        self.label.hide()

    def offer(self, ids: list[str]) -> None:
        """Several features under one click: select the first, offer them all."""
        ids = [i for i in ids if i in self.gaz]
        if not ids:
            return
        self.clear()
        self.ids = ids
        self.label.show()
        for i, fid in enumerate(ids):
            b = QPushButton(short_name(self.gaz.get(fid)))
            b.setCheckable(True)
            b.setFlat(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setStyleSheet("QPushButton { padding: 0 6px; } QPushButton:checked { font-weight: 600; }")
            b.setMaximumHeight(self.height())
            b.clicked.connect(lambda _=False, fid=fid: self.choose(fid))
            self.lay.insertWidget(1 + i, b)
            self.buttons[fid] = b
        self.choose(ids[0])

    def choose(self, fid: str) -> None:
        self.state.set_selected(fid)

    def names(self) -> list[str]:
        return [short_name(self.gaz.get(i)) for i in self.ids]

    def _on_state(self, state, changed: set) -> None:
        if "selected" not in changed:
            return
        if state.selected not in self.buttons:
            self.clear()  # selected some other way: the offer no longer applies
            return
        for fid, b in self.buttons.items():
            b.setChecked(fid == state.selected)
