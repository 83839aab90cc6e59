"""Identify, as in desktop GIS: where a click finds several features, the page offers them in
the order QGIS's identify gives them (points, then lines, then areas; the nearest first within a
kind), the first is selected and a row of buttons under the map offers all of them, each name
whole; the one selected is shown pressed. The row keeps its height whether it offers anything or
not, so offering never resizes the map, and a second click at the same spot steps to the next
feature."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QWidget

from azmap.style import ROUTE_LABELS


def short_name(feature) -> str:
    """A feature as the chooser and the hover line name it: routes by their short names."""
    return ROUTE_LABELS.get(feature.id, feature.name) if feature.kind == "route" else feature.name


class FeatureChooser(QScrollArea):
    HINT = "Where features overlap, a click offers each of them here"

    def __init__(self, state, gazetteer, parent=None):
        super().__init__(parent)
        self.state, self.gaz = state, gazetteer
        self.ids: list[str] = []
        self.buttons: dict[str, QPushButton] = {}
        row = QWidget()
        self.lay = QHBoxLayout(row)
        self.lay.setContentsMargins(4, 0, 4, 0)
        self.lay.setSpacing(2)
        self.label = QLabel("Here:")
        self.label.hide()
        self.hint = QLabel(self.HINT)
        self.hint.setStyleSheet("color: #777;")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a hint never scrolls
        self.lay.addWidget(self.label)
        self.lay.addWidget(self.hint, 100)  # the hint takes the row (the stretch after it keeps buttons left)
        self.lay.addStretch(1)
        self.setWidget(row)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # one row of buttons and room for a scroll bar when the names are wider than the map
        probe = QPushButton("Xg")
        self.row_height = probe.sizeHint().height()
        self.setFixedHeight(self.row_height + self.horizontalScrollBar().sizeHint().height() + 2)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widens the window
        state.observe(self._on_state)

    def isVisible(self) -> bool:  # noqa: N802 - offering something, to the eye
        return bool(self.buttons) and super().isVisible()

    def clear(self) -> None:
        for b in self.buttons.values():  # gone from the row at once, deleted when Qt is ready
            b.hide()
            self.lay.removeWidget(b)
            b.deleteLater()
        self.buttons, self.ids = {}, []
        self.label.hide()
        self.hint.show()

    def offer(self, ids: list[str]) -> None:
        """Several features under one click: select the first, offer them all."""
        ids = [i for i in ids if i in self.gaz]
        if not ids:
            return
        self.clear()
        self.ids = ids
        self.label.show()
        self.hint.hide()
        for i, fid in enumerate(ids):
            b = QPushButton(short_name(self.gaz.get(fid)))
            b.setCheckable(True)
            b.setFlat(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            # the chosen one pressed and tinted (not bold: a bold name would no longer fit its button)
            b.setStyleSheet("QPushButton { padding: 0 6px; } "
                            "QPushButton:checked { background: #dbe6f4; border: 1px solid #6f93c4; }")
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # each name whole
            b.setFixedHeight(self.row_height)
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
