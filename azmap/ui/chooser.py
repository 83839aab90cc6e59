"""Identify, as in desktop GIS: where a click finds several features (BTC, SCP, Baku–Supsa and
the BTK railway share one corridor), the first is selected and a row of buttons under the map
offers all of them; the one selected is shown pressed. The row does not take the mouse away from
the map, so a second click at the same spot still steps to the next feature."""
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
        self.lay.setContentsMargins(4, 2, 4, 2)
        self.label = QLabel("Here:")
        self.lay.addWidget(self.label)
        self.lay.addStretch(1)
        self.hide()
        state.observe(self._on_state)

    def under(self, view) -> QWidget:
        """The map view with this row under it, as one widget."""
        from PySide6.QtWidgets import QVBoxLayout

        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(view, 1)
        lay.addWidget(self)
        return box

    def offer(self, ids: list[str]) -> None:
        """Several features under one click: select the first, offer them all."""
        ids = [i for i in ids if i in self.gaz]
        if not ids:
            return
        self.ids = ids
        for b in self.buttons.values():
            b.deleteLater()
        self.buttons = {}
        for i, fid in enumerate(ids):
            b = QPushButton(short_name(self.gaz.get(fid)))
            b.setCheckable(True)
            b.setFlat(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.clicked.connect(lambda _=False, fid=fid: self.choose(fid))
            self.lay.insertWidget(1 + i, b)
            self.buttons[fid] = b
        self.show()
        self.choose(ids[0])

    def choose(self, fid: str) -> None:
        self.state.set_selected(fid)

    def names(self) -> list[str]:
        return [short_name(self.gaz.get(i)) for i in self.ids]

    def _on_state(self, state, changed: set) -> None:
        if "selected" not in changed:
            return
        if state.selected not in self.buttons:
            self.hide()  # selected some other way: the offer no longer applies
            return
        for fid, b in self.buttons.items():
            b.setChecked(fid == state.selected)
