"""The layer list, which doubles as the map's legend: a check box per layer (kept in step with
the state's layers) and a swatch per kind of route and status."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from azmap.style import COUNTRY_FILLS, LAYERS, OCCUPIED_COLOUR, ROUTE_COLOURS, SEA_FILL

LAYER_SWATCHES = {"relief": "#b9b39b", "countries": COUNTRY_FILLS["azerbaijan"], "caspian": SEA_FILL,
                  "nakhchivan": "#d9b44a", "occupied": OCCUPIED_COLOUR, "routes": ROUTE_COLOURS["btc"],
                  "sites": "#222222", "places": "#5b3f8c"}
# legend rows: (label, colour, the feature a click on the row selects)
LEGEND = [("BTC (oil)", ROUTE_COLOURS["btc"], "btc"), ("Baku–Supsa (oil)", ROUTE_COLOURS["baku-supsa"], "baku-supsa"),
          ("Baku–Novorossiysk (oil)", ROUTE_COLOURS["baku-novorossiysk"], "baku-novorossiysk"),
          ("SCP (gas, dashed)", ROUTE_COLOURS["scp"], "scp"), ("TANAP (gas, dashed)", ROUTE_COLOURS["tanap"], "tanap"),
          ("TAP (gas, dashed)", ROUTE_COLOURS["tap"], "tap"),
          ("BTK railway (dotted)", ROUTE_COLOURS["btk-railway"], "btk-railway"),
          ("Occupied 1992/93–2020 (hatched)", OCCUPIED_COLOUR, "occupied-territories"),
          ("Partly held: Aghdam, Fuzuli (light)", "#e8a59d", "aghdam")]
FEATURE_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(colour: str) -> QIcon:
    pm = QPixmap(14, 14)
    pm.fill(QColor(colour))
    return QIcon(pm)


class _InLine(QStyledItemDelegate):
    """A legend row without a tick box drawn where the ticked rows' swatches and names stand, its wrapped
    lines too: moved right by the room the style gives a tick box (measured, so at any style and scale)."""

    def __init__(self, view: QListWidget):
        super().__init__(view)
        opt = QStyleOptionViewItem()
        view.initViewItemOption(opt)
        opt.rect = QRect(0, 0, 400, 40)
        opt.decorationSize = QSize(14, 14)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        plain = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, view).x()
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        ticked = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, opt, view).x()
        self.indent = max(0, ticked - plain)

    def _moved(self, option, index):
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return option
        moved = QStyleOptionViewItem(option)
        moved.rect = option.rect.adjusted(self.indent, 0, 0, 0)
        return moved

    def paint(self, painter, option, index):
        super().paint(painter, self._moved(option, index), index)

    def sizeHint(self, option, index):
        hint = super().sizeHint(self._moved(option, index), index)
        return QSize(hint.width() + (0 if index.flags() & Qt.ItemFlag.ItemIsUserCheckable else self.indent),
                     hint.height())


class LayerList(QListWidget):
    featureShown = Signal(str, bool)  # a single route turned on or off in the legend

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.hidden: set[str] = set()  # the routes turned off
        self._toggled_item = None
        for key, title, _on in LAYERS:
            item = QListWidgetItem(swatch(LAYER_SWATCHES.get(key, "#999999")), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.addItem(item)
        for label, colour, fid in LEGEND:
            item = QListWidgetItem(swatch(colour), label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(FEATURE_ROLE, fid)
            if fid in ROUTE_COLOURS:  # each route can be turned off on its own
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip("Click to select it on the map and read its passages; untick to hide it")
            else:  # drawn in line with the routes' names (_InLine)
                item.setToolTip("Click to select it on the map and read its passages")
            self.addItem(item)
        self.setItemDelegate(_InLine(self))
        # as wide as its longest entry (no sideways scrolling, no clipped names), at any scaling;
        # narrower, an entry wraps onto a second line rather than lose its end
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8
        self.setMinimumWidth(150)  # a narrow window elides the names rather than squeeze the map
        self.setMaximumWidth(max(width, 200))
        self._show(state.layers)
        self.itemChanged.connect(self._toggled)
        self.itemClicked.connect(self._legend_clicked)
        self.itemActivated.connect(self._legend_clicked)
        state.observe(lambda st, changed: "layers" in changed and self._show(st.layers))

    def layer_items(self):
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole):
                yield item.data(Qt.ItemDataRole.UserRole), item

    def _show(self, layers: dict) -> None:
        self.blockSignals(True)
        for key, item in self.layer_items():
            item.setCheckState(Qt.CheckState.Checked if layers.get(key, True) else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def _legend_clicked(self, item: QListWidgetItem) -> None:
        """A legend entry selects its feature (a click on its tick box only turns it on or off)."""
        if item is self._toggled_item:
            self._toggled_item = None
            return
        fid = item.data(FEATURE_ROLE)
        if fid:
            self.state.set_selected(fid)

    def _toggled(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        if key:
            self.state.set_layer(key, on)
            return
        fid = item.data(FEATURE_ROLE)
        if fid and (fid not in self.hidden) != on:
            self._toggled_item = item
            (self.hidden.discard if on else self.hidden.add)(fid)
            self.featureShown.emit(fid, on)
