"""The legend's rows without a tick box (the occupied districts, the partly held ones) stand in line with the
routes' rows: their swatches start where the routes' swatches start, and a name that wraps keeps its second
line under its first, not under the swatch."""
from PySide6.QtGui import QColor

from azmap.state import ExplorerState
from azmap.style import OCCUPIED_COLOUR, ROUTE_COLOURS


def _left_of(image, rect, colour: str) -> int:
    """The leftmost column inside ``rect`` (the row's place in the view) painted in ``colour``."""
    want = QColor(colour).rgb()
    for x in range(rect.left(), rect.right()):
        if any(image.pixel(x, y) == want for y in range(rect.top(), rect.bottom())):
            return x
    raise AssertionError(f"no {colour} in row {rect}")


def _row(legend, text):
    return next(legend.item(i) for i in range(legend.count()) if legend.item(i).text().strip().startswith(text))


def test_rows_without_a_tick_box_stand_in_line_with_the_routes(qtbot):
    from azmap.ui.layers import LayerList

    legend = LayerList(ExplorerState())
    qtbot.addWidget(legend)
    legend.resize(170, 600)  # narrow: the long names wrap
    legend.show()
    qtbot.waitExposed(legend)
    image = legend.viewport().grab().toImage()
    btc, occupied = _row(legend, "BTC"), _row(legend, "Occupied")
    assert occupied.text() == occupied.text().lstrip(), "the name itself carries no padding"
    route_x = _left_of(image, legend.visualItemRect(btc), ROUTE_COLOURS["btc"])
    occupied_x = _left_of(image, legend.visualItemRect(occupied), OCCUPIED_COLOUR)
    assert abs(route_x - occupied_x) <= 1, (route_x, occupied_x)
    # its name wraps at this width: the row is taller than a route's one-line row
    assert legend.visualItemRect(occupied).height() > legend.visualItemRect(btc).height()
