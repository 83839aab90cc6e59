"""The map as one uses it with the mouse and the keyboard (offscreen, real Qt events): every feature
under a click is offered and repeated clicks go through them, routes that share a corridor are drawn
side by side and each can be hit along its whole length, the chosen feature is drawn on top, the
year greys what did not exist yet, labels neither overlap nor leave the view, and the page is a
map, not a browser (no focus ring, no context menu, no reload, no panning off the data)."""
import math

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import open_window, run_js, settings_in  # noqa: E402

pytestmark = pytest.mark.gui

CORRIDOR = ("btc", "scp", "baku-supsa", "btk-railway")
NEIGHBOURS = ("azerbaijan", "armenia", "georgia", "russia", "iran", "turkey")
NAMED_VIEWS = {"caucasus": (43.0, 37.8, 51.5, 42.6), "azerbaijan": (44.5, 38.2, 51.0, 42.0),
               "karabakh": (45.3, 38.8, 47.7, 40.6)}
# BTC from Sangachal (its first point) to the Georgia–Turkey border at Türkgözü (its 22nd)
BTC_TO_TURKEY = 21


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, settings_in(tmp_path))
    yield w
    w.close()


def click(w, x, y):
    """A real left click at a pixel of the map view, through Qt."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(w.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(x), round(y)))


def distance_to_line(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    return abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / math.hypot(bx - ax, by - ay)


def geometry(w, fid):
    from shapely.geometry import shape

    return shape(w.gaz.get(fid).geometry)


# -- identify -------------------------------------------------------------------------------------------

def test_a_click_on_the_shared_corridor_offers_every_route_there_and_clicking_again_goes_through_them(
        qtbot, window):
    from shapely.geometry import Point

    # on BTC's line between Hajigabul and Kurdamir (between Sangachal and Ganja), where SCP, Baku–Supsa
    # and the BTK railway run beside it
    lat, lng = 40.195, 48.545
    assert geometry(window, "btc").distance(Point(lng, lat)) < 1e-6
    x, y = run_js(qtbot, window, f"azmap.screenPoint({lat}, {lng})")
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000) as offered:
        click(window, x, y)
    ids, px, py = offered.args
    assert set(ids[:4]) == set(CORRIDOR), ids  # the routes first
    assert ids[4:] == ["azerbaijan"]  # then what lies under them
    assert abs(px - x) <= 1 and abs(py - y) <= 1
    qtbot.waitUntil(lambda: window.current == ids[0], timeout=5000)  # the first is selected, all offered
    assert window.chooser.isVisible() and window.chooser.ids == ids
    assert window.chooser.buttons[ids[0]].isChecked()
    # the same spot again: the next feature of the same list, and the next
    for expected in ids[1:3]:
        with qtbot.waitSignal(window.bridge.featureCycledSignal, timeout=10000) as chosen:
            click(window, x, y)
        assert chosen.args == [expected]
        qtbot.waitUntil(lambda: window.current == expected, timeout=5000)
    # elsewhere: a new list
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000) as again:
        click(window, *run_js(qtbot, window, "azmap.screenPoint(39.83, 46.85)"))
    assert again.args[0][0] == "nagorno-karabakh"


def test_clicks_at_the_same_spot_keep_their_turn_when_the_windows_selection_arrives_late(qtbot, window):
    """The window tells the page what it selected; under load that call can reach the page after the
    user's next click. The late echo of the page's own choice must not move the turn back."""
    x, y = run_js(qtbot, window, "azmap.screenPoint(40.195, 48.545)")
    held = []
    send = window.map.select
    window.map.select = held.append  # the window's calls to the page held back, to arrive late
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000) as offered:
        click(window, x, y)
    ids = offered.args[0]
    qtbot.waitUntil(lambda: held == [ids[0]], timeout=5000)
    with qtbot.waitSignal(window.bridge.featureCycledSignal, timeout=10000) as chosen:
        click(window, x, y)
    assert chosen.args == [ids[1]]
    qtbot.waitUntil(lambda: held == [ids[0], ids[1]], timeout=5000)
    send(held[0])  # the first selection reaches the page only now, after the second click
    with qtbot.waitSignal(window.bridge.featureCycledSignal, timeout=10000) as chosen:
        click(window, x, y)
    assert chosen.args == [ids[2]]
    send(held[1])
    with qtbot.waitSignal(window.bridge.featureCycledSignal, timeout=10000) as chosen:
        click(window, x, y)
    assert chosen.args == [ids[3]]
    # a choice the page did not make (the chooser's button) still moves the turn there
    window.map.select = send
    window.chooser.buttons[ids[0]].click()
    qtbot.waitUntil(lambda: run_js(qtbot, window, "azmap.selected()") == ids[0], timeout=5000)
    with qtbot.waitSignal(window.bridge.featureCycledSignal, timeout=10000) as chosen:
        click(window, x, y)
    assert chosen.args == [ids[1]]


def test_a_click_elsewhere_ends_the_offer_even_when_it_finds_a_feature_the_offer_listed(qtbot, window):
    """The chooser offers what lies under one click. A click elsewhere that finds one feature alone
    ends that offer, even when that feature was one of those offered (Azerbaijan under the corridor)."""
    x, y = run_js(qtbot, window, "azmap.screenPoint(40.195, 48.545)")
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000) as offered:
        click(window, x, y)
    assert "azerbaijan" in offered.args[0]
    qtbot.waitUntil(lambda: window.chooser.isVisible(), timeout=5000)
    with qtbot.waitSignal(window.bridge.featureClickedSignal, timeout=10000) as chosen:
        click(window, *run_js(qtbot, window, "azmap.screenPoint(40.9, 48.3)"))  # inland Azerbaijan, alone
    assert chosen.args == ["azerbaijan"]
    qtbot.waitUntil(lambda: window.current == "azerbaijan", timeout=5000)
    assert not window.chooser.isVisible() and window.chooser.ids == []
    assert not window.chooser.label.isVisibleTo(window.chooser) and window.chooser.hint.isVisibleTo(window.chooser)
    # back at the corridor: a new offer, its first chosen, and the next click there steps on
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000) as again:
        click(window, x, y)
    qtbot.waitUntil(lambda: window.chooser.ids == again.args[0], timeout=5000)
    with qtbot.waitSignal(window.bridge.featureCycledSignal, timeout=10000) as chosen:
        click(window, x, y)
    assert chosen.args == [again.args[0][1]]
    assert window.chooser.isVisible()


def test_hover_reports_every_feature_under_the_pointer(qtbot, window):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    x, y = run_js(qtbot, window, "azmap.screenPoint(40.195, 48.545)")
    # from elsewhere first: a move to where the pointer already is (an earlier test's hover at the
    # same spot) is no move, and the page hears nothing
    QTest.mouseMove(window.view.focusProxy(), QPoint(5, 5))
    with qtbot.waitSignal(window.bridge.featuresHoveredSignal, timeout=10000,
                          check_params_cb=lambda ids: "btc" in ids) as hovered:
        QTest.mouseMove(window.view.focusProxy(), QPoint(round(x), round(y)))
    assert set(hovered.args[0][:4]) == set(CORRIDOR)
    tooltip = run_js(qtbot, window, "document.querySelector('.leaflet-tooltip').textContent")
    assert "BTC" in tooltip and "SCP" in tooltip and "Baku–Supsa" in tooltip and "BTK railway" in tooltip


def test_a_click_inside_the_former_oblast_gives_the_oblast_never_the_group_of_districts(qtbot, window):
    from shapely.geometry import Point

    # inside the former oblast, east of Khankendi: inside the group's outline, in none of its districts
    lat, lng = 39.83, 46.85
    spot = Point(lng, lat)
    khankendi = window.gaz.get("khankendi").geometry["coordinates"]
    assert lng > khankendi[0] and geometry(window, "nagorno-karabakh").contains(spot)
    assert not any(geometry(window, f.id).contains(spot) for f in window.gaz.of_kind("district"))
    x, y = run_js(qtbot, window, f"azmap.screenPoint({lat}, {lng})")
    assert run_js(qtbot, window, f"azmap.featuresAt({x}, {y})") == ["nagorno-karabakh", "azerbaijan"]
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000) as offered:
        click(window, x, y)
    assert offered.args[0] == ["nagorno-karabakh", "azerbaijan"]
    qtbot.waitUntil(lambda: window.current == "nagorno-karabakh", timeout=5000)  # a click selects the oblast
    # the second click at the spot chooses the next: the oblast stays first, the group never comes
    with qtbot.waitSignal(window.bridge.featureCycledSignal, timeout=10000) as chosen:
        click(window, x, y)
    assert chosen.args == ["azerbaijan"]
    # the group is under the pointer where its districts are
    lat, lng = geometry(window, "kalbajar").representative_point().coords[0][::-1]
    ids = run_js(qtbot, window, "azmap.featuresAt.apply(null, azmap.screenPoint(%f, %f))" % (lat, lng))
    assert ids[:2] == ["kalbajar", "occupied-territories"], ids


def test_btc_is_drawn_beside_its_corridor_and_hit_along_its_whole_length(qtbot, window):
    from azmap.mapview.page import route_offsets

    offsets = route_offsets()
    run_js(qtbot, window, "azmap.fitBounds(42.6, 39.8, 49.7, 42.0)")  # Sangachal to the Turkish border
    # the drawn lines keep their distance on screen at every zoom
    for view in ["azmap.fitBounds(42.6, 39.8, 49.7, 42.0)", "azmap.setView(40.5, 47.6, 10)"]:
        run_js(qtbot, window, view)
        for other in ("scp", "baku-supsa"):
            # the same segment of the shared corridor (Ujar to Yevlakh), as each route is drawn
            a = run_js(qtbot, window, "azmap.drawnPoint('btc', 3, 0.5)")
            b0, b1 = (run_js(qtbot, window, f"azmap.drawnPoint('{other}', 3, {t})") for t in (0, 1))
            gap = abs(offsets.get(other, 0) - offsets.get("btc", 0))
            assert gap > 0 and abs(distance_to_line(a, b0, b1) - gap) < 0.75, (view, other, gap)
    run_js(qtbot, window, "azmap.fitBounds(42.6, 39.8, 49.7, 42.0)")
    size = run_js(qtbot, window, "[document.querySelector('.folium-map').clientWidth, "
                                 "document.querySelector('.folium-map').clientHeight]")
    # ten points spread along BTC's drawn line from Sangachal to the Georgia–Turkey border
    points = [run_js(qtbot, window, f"azmap.drawnPoint('btc', {i}, 0.5)")
              for i in range(0, BTC_TO_TURKEY, 2)][:10]
    assert len(points) == 10
    for x, y in points:
        assert 0 <= x <= size[0] and 0 <= y <= size[1]
        assert run_js(qtbot, window, f"azmap.featuresAt({x}, {y})")[0] == "btc", (x, y)
    # and through a real click at one of them
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000) as offered:
        click(window, *points[3])
    assert offered.args[0][0] == "btc"


# -- the chosen feature, the year ---------------------------------------------------------------------

def test_the_chosen_feature_is_drawn_on_top_with_a_halo_and_greyed_in_a_year_it_did_not_exist(qtbot, window):
    from azmap.style import style_for

    weight = style_for(window.gaz.get("btc")).weight
    for fid in ("armenia", "kalbajar", "btc"):
        assert run_js(qtbot, window, f"azmap.select('{fid}')") is True
        drawn = run_js(qtbot, window, f"azmap.drawStyle('{fid}')")
        assert drawn["onTop"] and drawn["halo"], (fid, drawn)
    drawn = run_js(qtbot, window, "azmap.drawStyle('btc')")
    assert drawn["weight"] > weight and drawn["opacity"] == 1
    run_js(qtbot, window, "azmap.setYear(1995)")  # BTC opened in 2006
    drawn = run_js(qtbot, window, "azmap.drawStyle('btc')")
    assert drawn["color"].lower() == "#9a9a9a" and drawn["weight"] == weight and 0 < drawn["opacity"] < 1
    assert not drawn["halo"]
    assert run_js(qtbot, window, "azmap.opacityOf('tap')") == 0  # not chosen, not built: hidden
    # a click on the greyed line still finds it
    x, y = run_js(qtbot, window, "azmap.drawnPoint('btc', 3, 0.5)")
    assert "btc" in run_js(qtbot, window, f"azmap.featuresAt({x}, {y})")
    run_js(qtbot, window, "azmap.setYear(null)")
    assert run_js(qtbot, window, "azmap.drawStyle('btc')")["weight"] > weight


def test_the_former_oblast_after_2020_is_shown_partly_held(qtbot, window):
    def hatch():
        return run_js(qtbot, window, "document.querySelector('path.azmap-hatch-nkao, path.azmap-hatch-nkao-part')"
                                     ".getAttribute('class')")
    def veil():  # the part retaken in 2020, drawn over the oblast's hatching
        return float(run_js(qtbot, window, "document.querySelector('path.azmap-retaken')"
                                           ".getAttribute('fill-opacity')"))
    run_js(qtbot, window, "azmap.setYear(2010)")
    assert "azmap-hatch-nkao-part" not in hatch() and veil() == 0
    run_js(qtbot, window, "azmap.setYear(2021)")  # Shusha and Hadrut retaken in November 2020
    assert "azmap-hatch-nkao-part" in hatch() and veil() > 0.3
    run_js(qtbot, window, "azmap.setYear(2024)")  # the rest in September 2023
    assert run_js(qtbot, window, "azmap.drawStyle('nagorno-karabakh')")["fillOpacity"] < 0.05


# -- keyboard, focus, browser ---------------------------------------------------------------------------

def test_no_focus_ring_no_context_menu_no_reload_and_enter_chooses_the_focused_feature(qtbot, window):
    from PySide6.QtCore import Qt, QUrl
    from PySide6.QtTest import QTest
    from PySide6.QtWebEngineCore import QWebEnginePage

    x, y = run_js(qtbot, window, "azmap.screenPoint(40.9, 48.3)")  # inland Azerbaijan
    with qtbot.waitSignal(window.bridge.featureClickedSignal, timeout=10000) as chosen:
        click(window, x, y)
    assert chosen.args == ["azerbaijan"]
    assert run_js(qtbot, window, "getComputedStyle(document.activeElement).outlineStyle") == "none"
    assert run_js(qtbot, window, "getComputedStyle(document.querySelector('path[data-id=azerbaijan]')).outlineStyle") \
        == "none"
    # a feature reached with the keyboard: no ring either, and Enter chooses it
    run_js(qtbot, window, "document.querySelector('path[data-id=btc]').focus()")
    assert run_js(qtbot, window, "document.activeElement.getAttribute('data-id')") == "btc"
    assert run_js(qtbot, window, "getComputedStyle(document.activeElement).outlineStyle") == "none"
    with qtbot.waitSignal(window.bridge.featureClickedSignal, timeout=10000) as entered:
        QTest.keyClick(window.view.focusProxy(), Qt.Key.Key_Return)
    assert entered.args == ["btc"]
    qtbot.waitUntil(lambda: window.current == "btc", timeout=5000)
    assert run_js(qtbot, window, "document.activeElement.getAttribute('data-id')") == "btc"  # kept its focus
    # Tab goes from feature to feature (the labels and arrows are not in the way)
    QTest.keyClick(window.view.focusProxy(), Qt.Key.Key_Tab)
    assert run_js(qtbot, window, "document.activeElement.tagName") in ("path", "A")
    assert run_js(qtbot, window, "document.querySelectorAll('.azmap-label[tabindex], .azmap-arrow[tabindex], "
                                 ".leaflet-marker-icon[tabindex]').length") == 0
    # the browser's own menu and navigation are not offered
    assert window.view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    kinds = QWebEnginePage.NavigationType
    for kind in (kinds.NavigationTypeReload, kinds.NavigationTypeBackForward, kinds.NavigationTypeLinkClicked):
        assert window.page.acceptNavigationRequest(window.page.url(), kind, True) is False
    # only the map's own load is taken (tests/test_page_box.py: the page in its box)
    assert window.page.acceptNavigationRequest(window.page.url(), kinds.NavigationTypeTyped, True) is True
    assert window.page.acceptNavigationRequest(QUrl("about:blank"), kinds.NavigationTypeTyped, True) is False
    attribution = run_js(qtbot, window, "(function () { var a = document.querySelector('.leaflet-control-attribution');"
                                        " return [a.textContent, a.querySelectorAll('svg, img, a').length]; })()")
    assert attribution == ["Leaflet | Natural Earth (public domain), © OpenStreetMap contributors", 0]


def test_the_map_stays_over_the_data(qtbot, window):
    from azmap.features import EXTENT

    w, s, e, n = EXTENT
    pad_x, pad_y = 0.03 * (e - w), 0.03 * (n - s)

    def inside(b):
        return b[0] >= w - pad_x and b[1] >= s - pad_y and b[2] <= e + pad_x and b[3] <= n + pad_y
    for lat, lng, zoom in [(0, 0, 7), (70, 100, 7), (40, 47, 1), (56, 17, 5)]:
        run_js(qtbot, window, f"azmap.setView({lat}, {lng}, {zoom})")
        bounds = run_js(qtbot, window, "azmap.getBounds()")
        assert inside(bounds), ((lat, lng, zoom), bounds)


# -- presentation, saved views ------------------------------------------------------------------------

def test_presentation_hides_the_zoom_buttons_and_tooltips_and_enlarges_the_labels(qtbot, window):
    def zoom_display():
        return run_js(qtbot, window, "getComputedStyle(document.querySelector('.leaflet-control-zoom')).display")

    def label_px():
        return float(run_js(qtbot, window, "getComputedStyle(document.querySelector('.azmap-label.focus')).fontSize")
                     .rstrip("px"))
    size = label_px()
    assert zoom_display() != "none"
    assert run_js(qtbot, window, "azmap.setPresentation(true)") is True
    assert zoom_display() == "none"
    assert label_px() == pytest.approx(1.6 * size, abs=0.5)
    run_js(qtbot, window, "document.querySelector('.folium-map').dispatchEvent(new MouseEvent('mousemove', "
                          "{bubbles: true, clientX: 300, clientY: 300}))")
    assert run_js(qtbot, window, "document.querySelectorAll('.leaflet-tooltip').length") == 0
    assert run_js(qtbot, window, "azmap.setPresentation(false)") is False
    assert zoom_display() != "none" and label_px() == pytest.approx(size, abs=0.1)


@pytest.mark.parametrize("view", ["azmap.setView(40.6, 47.1, 8)", "azmap.setView(41.3, 45.0, 10)",
                                  "azmap.fitBounds(45.3, 38.8, 47.7, 40.6)"])
def test_going_to_a_saved_extent_reproduces_it(qtbot, window, view):
    run_js(qtbot, window, view)
    saved = run_js(qtbot, window, "azmap.getBounds()")
    run_js(qtbot, window, "azmap.resetView()")
    run_js(qtbot, window, "azmap.setView(41.9, 44.0, 6)")
    assert run_js(qtbot, window, "azmap.fitBounds(%s, %s, %s, %s)" % tuple(saved)) is True
    got = run_js(qtbot, window, "azmap.getBounds()")
    span_x, span_y = saved[2] - saved[0], saved[3] - saved[1]
    for i in range(4):
        assert abs(got[i] - saved[i]) <= 0.05 * (span_x if i % 2 == 0 else span_y), (saved, got)
    # the zoom the page reports to Python stays whole (it is remembered as the view)
    with qtbot.waitSignal(window.bridge.viewChangedSignal, timeout=5000) as changed:
        run_js(qtbot, window, "azmap.fitBounds(44.51, 38.21, 50.93, 41.97)")
    assert isinstance(changed.args[2], int)


# -- labels ----------------------------------------------------------------------------------------------

def overlaps(labels):
    out = []
    for i, a in enumerate(labels):
        ax, ay, aw, ah = a["rect"]
        for b in labels[i + 1:]:
            bx, by, bw, bh = b["rect"]
            if ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah:
                out.append((a["id"], b["id"]))
    return out


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_labels_neither_overlap_nor_leave_the_view(qtbot, tmp_path, size):
    w = open_window(qtbot, settings_in(tmp_path), size=size)
    try:
        box = run_js(qtbot, w, "[document.querySelector('.folium-map').clientWidth, "
                               "document.querySelector('.folium-map').clientHeight]")
        for name, bbox in [("default", None), *NAMED_VIEWS.items()]:
            if bbox:
                run_js(qtbot, w, "azmap.fitBounds(%s, %s, %s, %s)" % bbox)
            labels = run_js(qtbot, w, "azmap.labels()")
            assert len(labels) >= 10, name
            for lb in labels:
                x, y, width, height = lb["rect"]
                assert x >= 0 and y >= 0 and x + width <= box[0] and y + height <= box[1], (name, lb)
            assert not overlaps(labels), (name, overlaps(labels))
            shown = {lb["id"]: lb["text"] for lb in labels}
            if name == "default":
                assert set(NEIGHBOURS) <= set(shown), (name, sorted(shown))
                assert shown["nakhchivan-city"] == "Nakhchivan"  # a city's name, without "(city)"
            if name in ("caucasus", "azerbaijan"):
                assert set(NEIGHBOURS) <= set(shown), (name, sorted(shown))
    finally:
        w.close()


# -- the bridge ------------------------------------------------------------------------------------------

def test_the_bridge_takes_only_short_lists_of_known_ids_and_positions_in_the_view(qapp):
    from azmap.mapview.web import Bridge

    bridge = Bridge(["btc", "scp", "azerbaijan"])
    at, hovered = [], []
    bridge.featuresAtSignal.connect(lambda *a: at.append(a))
    bridge.featuresHoveredSignal.connect(hovered.append)
    for ids, x, y in [("btc", 1, 1), (["btc", "nope"], 1, 1), (["btc", 5], 1, 1), ([], 1, 1), (["btc"] * 51, 1, 1),
                      ({"a": 1}, 1, 1), (["btc"], math.nan, 1), (["btc"], 1, math.inf), (["btc"], -1, 1),
                      (["btc"], 1, 100001), (["btc"], True, 1), (["btc"], "1", 1), (["x" * 500], 1, 1)]:
        bridge.featuresAt(ids, x, y)
    for ids in ["btc", None, ["btc", None], ["scp", "unknown"], ["btc"] * 51]:
        bridge.featuresHovered(ids)
    assert at == [] and hovered == []
    assert len(bridge.rejected) == 13 + 5
    bridge.featuresAt(["btc", "scp", "btc", "azerbaijan"], 10.4, 99999.6)
    bridge.featuresHovered([])
    bridge.featuresHovered(["scp", "azerbaijan"])
    assert at == [(["btc", "scp", "azerbaijan"], 10, 100000)]
    assert hovered == [[], ["scp", "azerbaijan"]]
    bridge.deleteLater()


def test_choosing_btc_in_the_chooser_fills_the_panel_with_its_passages(qtbot, window):
    x, y = run_js(qtbot, window, "azmap.screenPoint(40.195, 48.545)")
    with qtbot.waitSignal(window.bridge.featuresAtSignal, timeout=10000):
        click(window, x, y)
    assert {"btc", "scp", "baku-supsa", "btk-railway"} <= set(window.chooser.ids)
    assert window.chooser.names()[:4] and "BTC" in window.chooser.names()
    other = next(i for i in window.chooser.ids if i != window.current)
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.chooser.buttons[other].click()
    if other != "btc":
        with qtbot.waitSignal(window.panelFilled, timeout=10000):
            window.chooser.buttons["btc"].click()
    assert window.current == "btc" and window.chooser.buttons["btc"].isChecked()
    assert window.hits and all("btc" in h.feature_ids for h in window.hits if h.relation == "direct")


def test_the_hover_line_names_every_feature_under_the_pointer(qtbot, window):
    window.map.hovered.emit(["btc", "scp", "baku-supsa", "btk-railway"])
    assert window.hover_label.text() == "BTC, SCP, Baku–Supsa, BTK railway here"


def test_baku_novorossiysk_runs_through_grozny_until_1999_and_around_chechnya_after(qtbot, window):
    """The year slider shows the line of the year: through Chechnya in 1998, the bypass in 2005."""
    alignments = window.gaz.get("baku-novorossiysk").properties["alignments"]
    old, new = alignments[0]["coordinates"], alignments[-1]["coordinates"]
    grozny = (45.69, 43.32)

    def nearest(coords):
        return min(math.hypot(c[0] - grozny[0], c[1] - grozny[1]) for c in coords)

    assert nearest(old) < 0.2 < nearest(new)
    run_js(qtbot, window, "azmap.setYear(1998)")
    coords_1998 = run_js(qtbot, window, "azmap.routeLatLngs('baku-novorossiysk')")
    run_js(qtbot, window, "azmap.setYear(2005)")
    coords_2005 = run_js(qtbot, window, "azmap.routeLatLngs('baku-novorossiysk')")
    assert nearest([(c[1], c[0]) for c in coords_1998]) < 0.2 < nearest([(c[1], c[0]) for c in coords_2005])


def test_the_map_credits_openstreetmap(qtbot, window):
    text = run_js(qtbot, window, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "OpenStreetMap contributors" in text and "Natural Earth" in text


def _route_paths(qtbot, w, route_ids):
    """Each route's drawn course (its parallel offset included) in container pixels."""
    out = {}
    for rid in route_ids:
        n = len(run_js(qtbot, w, f"azmap.routeLatLngs({rid!r}) || []"))
        pts = run_js(qtbot, w, f"Array.from({{length: {max(n - 1, 0)}}}, (_, i) => azmap.drawnPoint({rid!r}, i, 0))"
                               f".concat([azmap.drawnPoint({rid!r}, {n - 2}, 1)])") if n > 1 else []
        out[rid] = [p for p in pts if p]
    return out


def _crosses(rect, path, step=2.0):
    x, y, width, height = rect
    for (ax, ay), (bx, by) in zip(path, path[1:]):
        n = max(1, int(max(abs(bx - ax), abs(by - ay)) / step))
        for k in range(n + 1):
            px, py = ax + (bx - ax) * k / n, ay + (by - ay) * k / n
            if x < px < x + width and y < py < y + height:
                return True
    return False


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_a_routes_name_never_sits_on_another_routes_line(qtbot, tmp_path, size):
    """In the corridor the routes share (BTC, SCP, Baku–Supsa, the BTK railway) and where
    Baku–Novorossiysk crosses them, each route's name stands beside its own line, on no other."""
    from azmap.features import gazetteer

    routes = [f.id for f in gazetteer() if f.kind == "route"]
    w = open_window(qtbot, settings_in(tmp_path), size=size)
    try:
        views = [("default", None), *NAMED_VIEWS.items(), ("georgia", (41.0, 40.8, 47.2, 42.6)),
                 ("absheron", (48.6, 39.8, 50.4, 41.2))]
        checked = 0
        for name, bbox in views:
            if bbox:
                run_js(qtbot, w, "azmap.fitBounds(%s, %s, %s, %s)" % bbox)
            paths = _route_paths(qtbot, w, routes)
            for lb in run_js(qtbot, w, "azmap.labels()"):
                if lb["id"] not in paths:
                    continue
                checked += 1
                on = [rid for rid, path in paths.items() if rid != lb["id"] and _crosses(lb["rect"], path)]
                assert not on, (name, lb["text"], on)
        assert checked >= 10
    finally:
        w.close()
