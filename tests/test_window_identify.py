"""Identify as a GIS does: a click offers what lies under the pointer, points first, then lines,
then areas (the nearest first within a kind); the offer sits under the map with every name whole,
and the status line does not repeat it."""
import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import open_window, run_js, settings_in  # noqa: E402

pytestmark = pytest.mark.gui
KIND_ORDER = {"site": 0, "city": 0, "route": 1}


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, settings_in(tmp_path), size=(1280, 720))
    yield w
    w.close()


def click(w, x, y):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(w.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(x), round(y)))


def zoom_to(qtbot, w, lat, lng, zoom):
    run_js(qtbot, w, f"azmap.setView({lat}, {lng}, {zoom})")
    qtbot.wait(200)


def test_a_click_on_the_sangachal_marker_selects_sangachal(qtbot, window):
    lng, lat = window.gaz.get("sangachal").geometry["coordinates"]
    zoom_to(qtbot, window, lat, lng, 7)
    x, y = run_js(qtbot, window, f"azmap.screenPoint({lat}, {lng})")
    under = run_js(qtbot, window, f"azmap.featuresAt({x}, {y})")
    assert "sangachal" in under and any(window.gaz.get(i).kind == "route" for i in under)  # it starts routes
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        click(window, x, y)
    assert window.current == "sangachal"
    ids = window.chooser.ids
    assert ids[0] == "sangachal"
    ranks = [KIND_ORDER.get(window.gaz.get(i).kind, 2) for i in ids]
    assert ranks == sorted(ranks), ids  # points, then lines, then areas
    assert window.chooser.buttons["sangachal"].isChecked()


def test_the_chooser_sits_under_the_map_with_each_name_whole(qtbot, window):
    from PySide6.QtCore import QPoint

    # inside the former oblast: its long name is offered
    x, y = run_js(qtbot, window, "azmap.screenPoint(39.83, 46.85)")
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000):
        click(window, x, y)
    chooser, view = window.chooser, window.view
    qtbot.waitUntil(lambda: chooser.isVisible(), timeout=5000)
    top_left = chooser.mapTo(window, QPoint(0, 0))
    view_bottom = view.mapTo(window, QPoint(0, view.height())).y()
    view_left = view.mapTo(window, QPoint(0, 0)).x()
    assert view_bottom <= top_left.y() <= view_bottom + 12  # right under the map
    assert view_left - 4 <= top_left.x() <= view_left + 4
    for fid, b in chooser.buttons.items():
        text = b.text()
        assert text == window.gaz.get(fid).name or window.gaz.get(fid).kind == "route"
        assert b.width() >= b.fontMetrics().horizontalAdvance(text) + 4, (text, b.width())
    assert "Nagorno-Karabakh" in " ".join(chooser.names())
    # the status line does not say again what the chooser offers
    window.map.hovered.emit(list(chooser.ids))
    assert window.hover_label.text() == ""
    window.map.hovered.emit(["btc"])
    assert window.hover_label.text() == "BTC here"


def test_offering_does_not_resize_the_map(qtbot, window):
    before = window.view.size()
    x, y = run_js(qtbot, window, "azmap.screenPoint(40.195, 48.545)")
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000):
        click(window, x, y)
    qtbot.wait(50)
    assert window.chooser.isVisible() and window.view.size() == before


def test_the_row_under_the_map_says_what_it_is_for_while_it_offers_nothing(qtbot, window):
    from PySide6.QtWidgets import QWidget

    hint = window.chooser.hint

    def readable():
        qtbot.wait(50)
        return (QWidget.isVisible(hint) and not window.chooser.isVisible()
                and hint.width() >= hint.fontMetrics().horizontalAdvance(hint.text()) - 2)  # whole
    assert readable()
    x, y = run_js(qtbot, window, "azmap.screenPoint(40.195, 48.545)")
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000):
        click(window, x, y)
    assert window.chooser.isVisible() and not QWidget.isVisible(hint)
    window.state.set_selected("gabala-radar")  # selected some other way: the offer is gone
    assert readable()
