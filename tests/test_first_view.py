"""The first window, from a fresh configuration, shows Azerbaijan whole (the exclave and the Absheron
peninsula with Shah Deniz included) at whatever size its map gets: a projector's 1280×720, a
scaled screen, a small window. It keeps doing so as the window is resized until the user moves the
map; Reset view (Ctrl+0) brings it back whole. A fixed centre and zoom cut the subject on a small map."""
import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import open_active_window, open_window, run_js, settings_in  # noqa: E402

pytestmark = pytest.mark.gui


def holds(bounds, extent, slack=1e-6):
    w, s, e, n = bounds
    return w <= extent[0] + slack and s <= extent[1] + slack and e >= extent[2] - slack and n >= extent[3] - slack


def tight(bounds, extent):
    """Fitted, not merely inside: one of the two spans is the extent's, within a tenth."""
    return min((bounds[2] - bounds[0]) / (extent[2] - extent[0]), (bounds[3] - bounds[1]) / (extent[3] - extent[1])) < 1.1


@pytest.mark.parametrize("size", [(1300, 850), (1000, 620), (820, 560), (640, 480)])
def test_the_first_window_shows_azerbaijan_whole_at_its_size(qtbot, tmp_path, size):
    from azmap.mapview.page import home_extent

    home = home_extent()
    w = open_window(qtbot, settings_in(tmp_path), size=size)
    try:
        bounds = run_js(qtbot, w, "azmap.getBounds()")
        assert holds(bounds, home) and tight(bounds, home), (size, bounds)
        ids = set(run_js(qtbot, w, "window.azmapTimes.inView"))
        assert {"azerbaijan", "nakhchivan", "shah-deniz", "sangachal"} <= ids
        # the credits, wrapped on a narrow map, leave the scale bar readable
        credits, scale = run_js(qtbot, w, "[['.leaflet-control-attribution', '.leaflet-control-scale']"
                                         ".map(function (s) { var r = document.querySelector(s).getBoundingClientRect();"
                                         " return [r.left, r.top, r.right, r.bottom]; })]")[0]
        assert credits[0] >= scale[2] or credits[3] <= scale[1], (size, credits, scale)
    finally:
        w.close()


def test_the_first_view_follows_the_window_until_moved_and_reset_view_brings_it_back(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from azmap.mapview.page import home_extent

    home = home_extent()
    w = open_active_window(qtbot, tmp_path, size=(1280, 720))
    try:
        w.resize(860, 560)  # smaller: the map refits, nothing of Azerbaijan is cut
        qtbot.waitUntil(lambda: holds(run_js(qtbot, w, "azmap.getBounds()"), home), timeout=5000)
        run_js(qtbot, w, "azmap.setView(40.4, 49.9, 9)")  # the user goes to Baku
        assert not holds(run_js(qtbot, w, "azmap.getBounds()"), home)
        w.resize(900, 600)  # a move lets the first view go: the window keeps the user's
        qtbot.waitUntil(lambda: w.view.width() > 0, timeout=5000)
        assert not holds(run_js(qtbot, w, "azmap.getBounds()"), home)
        QTest.keyClick(w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: holds(run_js(qtbot, w, "azmap.getBounds()"), home), timeout=5000)
        assert tight(run_js(qtbot, w, "azmap.getBounds()"), home)
    finally:
        w.close()
