"""Each route states its published length and who published it: in the live map's tooltip, in the
side panel's header and in the print legend (tests/test_export.py checks the legend's "(oil, 1,768 km)").
The drawn line is shorter than the pipe it samples, so the stated length is the published one, not
the line's."""
import pytest

from azmap.features import gazetteer
from azmap.lengths import published_length, published_length_line

try:  # Qt is prepared for QtWebEngine before any QApplication exists (the tooltip test needs it)
    from tests import gui_support  # noqa: F401
except ImportError:  # no PySide6: the tooltip test skips
    gui_support = None


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def test_a_route_states_its_published_length_with_its_source(gaz):
    btc = gaz.get("btc")
    assert published_length(btc) == "1,768 km"
    assert published_length_line(btc) == ("Published length 1,768 km (BP: 443 km in Azerbaijan, 249 km in Georgia, "
                                          "1,076 km in Turkey)")
    assert published_length(gaz.get("tap")) == "878 km"
    assert "TAP AG" in published_length_line(gaz.get("tap"))
    for fid in ("azerbaijan", "caspian-sea", "baku", "sangachal"):  # not routes: nothing to state
        assert published_length(gaz.get(fid)) is None and published_length_line(gaz.get(fid)) is None


def test_the_map_page_carries_each_routes_length_for_its_tooltip(gaz):
    from azmap.mapview.page import feature_payload

    props = {f["id"]: f["properties"] for f in feature_payload(gaz)["features"]}
    assert props["btc"]["length"] == "1,768 km"
    assert props["baku-novorossiysk"]["length"] == "1,330 km"
    assert all(props[f.id]["length"] for f in gaz.of_kind("route"))
    assert props["azerbaijan"]["length"] is None


def test_the_side_panel_header_of_a_route_states_its_published_length(gaz):
    from azmap.ui.panel_html import feature_panel

    html = feature_panel(gaz.get("scp"), [])
    head = html[:html.index("<p")]  # under the name and the kind, before the description
    assert "Published length 692 km (BP: 443 km in Azerbaijan, 248 km in Georgia)" in head
    assert "Published length" not in feature_panel(gaz.get("georgia"), [])


@pytest.mark.gui
def test_the_tooltip_over_a_route_says_its_published_length(qtbot, tmp_path):
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    if gui_support is None:
        pytest.skip("no Qt")
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from tests.gui_support import open_window, run_js, settings_in

    window = open_window(qtbot, settings_in(tmp_path))
    try:
        x, y = run_js(qtbot, window, "azmap.screenPoint(40.195, 48.545)")  # BTC, SCP, Baku–Supsa, BTK
        # from elsewhere first: a move to where the pointer already is (an earlier test's hover at
        # the same spot) is no move, and the page hears nothing
        QTest.mouseMove(window.view.focusProxy(), QPoint(5, 5))
        with qtbot.waitSignal(window.bridge.featuresHoveredSignal, timeout=10000,
                              check_params_cb=lambda ids: "btc" in ids):
            QTest.mouseMove(window.view.focusProxy(), QPoint(round(x), round(y)))
        tooltip = run_js(qtbot, window, "document.querySelector('.leaflet-tooltip').textContent")
        assert "BTC · 1,768 km" in tooltip and "SCP · 692 km" in tooltip and "BTK railway · 826 km" in tooltip
    finally:
        window.close()
