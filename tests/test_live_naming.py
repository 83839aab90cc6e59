"""The live map names things as print does (offscreen, a real window): a country's or area's name
stands on its own ground, never on another country, in every named view at two window sizes; and
what the view is about but does not hold gets a pointer at the view's edge, toward it (an arrow, the
name, a town's distance), which brings it into view when clicked."""
import math

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import open_window, run_js, settings_in  # noqa: E402

pytestmark = pytest.mark.gui

AREA_KINDS = ("country", "sea", "exclave", "territory", "district")
SIZES = [(1280, 720), (1920, 1080)]


def shape_of(w, fid):
    from shapely.geometry import shape

    return shape(w.gaz.get(fid).geometry)


def at(qtbot, w, x, y):
    from shapely.geometry import Point

    lat, lng = run_js(qtbot, w, f"azmap.latLngAt({x}, {y})")
    return Point(lng, lat)


def middle(qtbot, w, label):
    x, y, width, height = label["rect"]
    return at(qtbot, w, x + width / 2, y + height / 2)


def anchor(qtbot, w, label):
    """The point a label names, as (lng, lat): the middle of its box, or where its leader starts
    (a name set beside its country, its last resort)."""
    return at(qtbot, w, *label["led"]) if label.get("led") else middle(qtbot, w, label)


def misplaced(qtbot, w):
    """The area labels shown whose anchor lies off their own polygon, or which stand on another
    country's (their anchor or the middle of their box); and how many were checked."""
    countries = {f.id: shape_of(w, f.id) for f in w.gaz.of_kind("country")}
    out, checked = [], 0
    for lb in run_js(qtbot, w, "azmap.labels()"):
        f = w.gaz.get(lb["id"])
        if f is None or f.kind not in AREA_KINDS:
            continue
        checked += 1
        point, box = anchor(qtbot, w, lb), middle(qtbot, w, lb)
        if not shape_of(w, f.id).contains(point):
            out.append((f.id, "off its own ground", round(point.x, 3), round(point.y, 3)))
        others = [c for c, g in countries.items() if c != f.id and (g.contains(point) or g.contains(box))]
        if f.kind in ("country", "sea") and others:
            out.append((f.id, "on " + ",".join(others), round(box.x, 3), round(box.y, 3)))
    return out, checked


def crowded(qtbot, w):
    """The pointers that leave the view or overlap a label, a control or another pointer."""
    width, height = run_js(qtbot, w, "[document.querySelector('.folium-map').clientWidth, "
                                     "document.querySelector('.folium-map').clientHeight]")
    controls = run_js(qtbot, w, "Array.from(document.querySelectorAll('.leaflet-control')).map(function (c) {"
                                " var r = c.getBoundingClientRect(), b = document.querySelector('.folium-map')"
                                ".getBoundingClientRect(); return {id: 'control', text: c.className,"
                                " rect: [r.left - b.left, r.top - b.top, r.width, r.height]}; })")
    pointers = run_js(qtbot, w, "azmap.pointers()")
    others = run_js(qtbot, w, "azmap.labels()") + [c for c in controls if c["rect"][2] and c["rect"][3]]
    out = []
    for i, p in enumerate(pointers):
        x, y, pw, ph = p["rect"]
        if x < 0 or y < 0 or x + pw > width or y + ph > height:
            out.append((p["text"], "leaves the view"))
        for o in others + pointers[i + 1:]:
            ox, oy, ow, oh = o["rect"]
            if x < ox + ow and ox < x + pw and y < oy + oh and oy < y + ph:
                out.append((p["text"], "over", o["text"]))
    return out


@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1920x1080"])
def test_every_country_and_area_name_stands_on_its_own_ground_in_every_named_view(qtbot, tmp_path, size):
    """...and the pointers stand inside the view, clear of the labels, the controls and each other."""
    from azmap.export.extent import VIEWS

    w = open_window(qtbot, settings_in(tmp_path), size=size)
    try:
        problems, total = [], 0
        for name, bbox in VIEWS.items():
            run_js(qtbot, w, "azmap.fitBounds(%s, %s, %s, %s)" % bbox)
            bad, checked = misplaced(qtbot, w)
            assert checked >= 3, name
            total += checked
            problems += [(name, *b) for b in bad]
            problems += [(name, *b) for b in crowded(qtbot, w)]
        if problems:
            pytest.fail("\n".join(map(str, problems)))
        assert total >= 30
    finally:
        w.close()


def pointer_to(qtbot, w, fid):
    return next((p for p in run_js(qtbot, w, "azmap.pointers()") if p["id"] == fid), None)


def in_view(qtbot, w, fid):
    f = w.gaz.get(fid)
    lng, lat = f.geometry["coordinates"]
    x, y = run_js(qtbot, w, f"azmap.screenPoint({lat}, {lng})")
    width, height = run_js(qtbot, w, "[document.querySelector('.folium-map').clientWidth, "
                                     "document.querySelector('.folium-map').clientHeight]")
    return 0 <= x <= width and 0 <= y <= height


def test_a_chosen_routes_terminal_beyond_the_view_gets_a_pointer_that_brings_it_into_view(qtbot, tmp_path):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from azmap.export.extent import VIEWS
    from azmap.export.pointers import arrow_for, great_circle_km, in_words, round_km
    from tests.gui_support import click_in_page

    w = open_window(qtbot, settings_in(tmp_path), size=(1280, 720))
    try:
        click_in_page(qtbot, w, "btc")
        run_js(qtbot, w, "azmap.fitBounds(%s, %s, %s, %s)" % VIEWS["caucasus"])
        assert not in_view(qtbot, w, "ceyhan")
        p = pointer_to(qtbot, w, "ceyhan")
        assert p is not None, run_js(qtbot, w, "azmap.pointers()")
        width, height = run_js(qtbot, w, "[document.querySelector('.folium-map').clientWidth, "
                                         "document.querySelector('.folium-map').clientHeight]")
        towns = [q for q in run_js(qtbot, w, "azmap.pointers()") if w.gaz.get(q["id"]).geometry_type == "Point"]
        assert len(towns) >= 2  # Ceyhan, and the far end of another route the view is about (Novorossiysk)
        for q in towns:
            # the arrow: the direction on the screen from the view's middle to the town (y up)
            lng, lat = w.gaz.get(q["id"]).geometry["coordinates"]
            tx, ty = run_js(qtbot, w, f"azmap.screenPoint({lat}, {lng})")
            arrow = arrow_for(tx - width / 2, height / 2 - ty)
            assert q["arrow"] == arrow and arrow in q["text"], (q, arrow)
            # the distance: great-circle from the point of the edge the pointer stands at, rounded as
            # print rounds it (the page's sphere against pyproj's ellipsoid: a step apart at most)
            edge_lat, edge_lng = run_js(qtbot, w, "azmap.latLngAt(%s, %s)" % tuple(q["edge"]))
            km = great_circle_km(edge_lng, edge_lat, lng, lat)
            assert abs(q["km"] - round_km(km)) <= (10 if km < 1000 else 50), (q, km)
            assert f"{q['km']:,} km" in q["text"] and w.gaz.get(q["id"]).name.split(" (")[0] in q["text"]
        assert any(q["arrow"] not in "←→↑↓" for q in towns)  # a slanting one among them
        arrow = p["arrow"]
        # at the edge it points through, inside the view, clear of the labels
        x, y, pw, ph = p["rect"]
        assert 0 <= x and 0 <= y and x + pw <= width and y + ph <= height
        side = {"←": "left", "→": "right", "↑": "top", "↓": "bottom"}.get(arrow)
        if side:
            assert p["side"] == side
        for lb in run_js(qtbot, w, "azmap.labels()"):
            lx, ly, lw, lh = lb["rect"]
            assert not (x < lx + lw and lx < x + pw and y < ly + lh and ly < y + ph), lb
        # a button one reaches with the keyboard, named in words
        el = run_js(qtbot, w, "(function(){ var e = document.querySelector('.azmap-pointer[data-id=\"ceyhan\"]');"
                              " return [e.getAttribute('tabindex'), e.getAttribute('role'), e.getAttribute('aria-label')]; })()")
        assert el[0] == "0" and el[1] == "button"
        assert el[2] == in_words(p["text"]), el  # as print's alt text says it: "Ceyhan, 630 km to the west"
        # a click on it brings Ceyhan into view, and the pointer goes
        QTest.mouseClick(w.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(round(x + pw / 2), round(y + ph / 2)))
        qtbot.waitUntil(lambda: in_view(qtbot, w, "ceyhan"), timeout=5000)
        qtbot.waitUntil(lambda: pointer_to(qtbot, w, "ceyhan") is None, timeout=5000)
        assert w.current == "btc"  # the click went to the pointer, not to what lies under it
        # from the keyboard: the pointer focused, Enter
        run_js(qtbot, w, "azmap.fitBounds(%s, %s, %s, %s)" % VIEWS["caucasus"])
        assert pointer_to(qtbot, w, "ceyhan") is not None and not in_view(qtbot, w, "ceyhan")
        w.view.setFocus()
        run_js(qtbot, w, "document.querySelector('.azmap-pointer[data-id=\"ceyhan\"]').focus()")
        qtbot.waitUntil(lambda: run_js(qtbot, w, "document.activeElement.getAttribute('data-id')") == "ceyhan",
                        timeout=5000)
        QTest.keyClick(w.view.focusProxy(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: in_view(qtbot, w, "ceyhan"), timeout=5000)
    finally:
        w.close()


def test_a_highlighted_feature_wholly_beyond_the_view_gets_a_pointer_first(qtbot, tmp_path):
    from azmap.export.extent import VIEWS

    w = open_window(qtbot, settings_in(tmp_path), size=(1280, 720))
    try:
        run_js(qtbot, w, "azmap.fitBounds(%s, %s, %s, %s)" % VIEWS["caucasus"])
        assert pointer_to(qtbot, w, "tap") is None
        w.map.highlight(["tap", "baku"])  # TAP runs from Turkey's European shore to Italy; Baku is in view
        qtbot.waitUntil(lambda: pointer_to(qtbot, w, "tap") is not None, timeout=5000)
        shown = run_js(qtbot, w, "azmap.pointers()")
        assert shown[0]["id"] == "tap" and shown[0]["km"] is None  # a route: no distance
        assert shown[0]["text"].startswith("← ") and "TAP" in shown[0]["text"]  # due west, on the left edge
        assert "baku" not in {p["id"] for p in shown}
        assert len(shown) <= 4
        w.map.highlight([])
        qtbot.waitUntil(lambda: pointer_to(qtbot, w, "tap") is None, timeout=5000)
    finally:
        w.close()
