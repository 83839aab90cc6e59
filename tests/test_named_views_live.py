"""Issue #26 on the live map: a named view chosen from the window's menu (Views → Named views) shows
whole what it is about (the features print's frame holds whole, azmap.export.extent.VIEW_SUBJECTS),
padded, never cropped, on a 1280×720 projector, a 1920×1080 screen and 1920×1080 at 2× (the window
filling the screen, the side panel open); AZERBAIJAN, the focus country, is named on its own ground
in every view; the pointers at the edges keep off the routes' lines where the edge has room. Each
screen runs in a process of its own from a fresh configuration and data directory
(tests/named_views_session.py); its screenshots are kept under build/named-views/<screen>/."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
SESSION = Path(__file__).resolve().parent / "named_views_session.py"
SCREENS = [(1280, 720, 1), (1920, 1080, 1), (1920, 1080, 2)]
_RUNS: dict = {}


def session(tmp_path_factory, width, height, scale):
    """What the session found on that screen (run once per screen for the tests below)."""
    key = (width, height, scale)
    if key not in _RUNS:
        tmp = tmp_path_factory.mktemp(f"screen-{width}x{height}-{scale}")
        screen = tmp / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "named-views", "x": 0, "y": 0, "width": width,
                                                   "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                                   "dpr": 1}]}))
        out = ROOT / "build" / "named-views" / f"{width}x{height}{'-scale%d' % scale if scale != 1 else ''}"
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=str(scale),
                   AZMAP_DATA_DIR=str(tmp / "data"), PYTHONPATH=str(ROOT))
        r = subprocess.run([sys.executable, str(SESSION), str(out), str(tmp / "settings.ini")], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr[-4000:]
        _RUNS[key] = json.loads(r.stdout.strip().splitlines()[-1])
    return _RUNS[key]


IDS = ["1280x720", "1920x1080", "1920x1080-scale2"]


@pytest.mark.parametrize("width,height,scale", SCREENS, ids=IDS)
def test_every_named_view_holds_its_subject_whole_and_names_azerbaijan_on_its_ground(tmp_path_factory, width, height,
                                                                                      scale):
    from azmap.export.extent import VIEWS

    got = session(tmp_path_factory, width, height, scale)
    assert got["ready"]
    assert got["window"][2] == width // scale and got["panel"] > 200, got["window"]  # the side panel open
    problems = []
    assert set(got["views"]) == set(VIEWS)
    for name, v in got["views"].items():
        w, s, e, n = v["bounds"]
        sw, ss, se, sn = v["subject"]
        if not (w <= sw and s <= ss and e >= se and n >= sn):
            problems.append((name, "subject cropped", v["bounds"], v["subject"]))
        # the same on screen: the subject's corners inside the map's box
        mw, mh = v["size"]
        for x, y in v["subject_px"]:
            if not (-0.5 <= x <= mw + 0.5 and -0.5 <= y <= mh + 0.5):
                problems.append((name, "subject corner off the map", x, y, mw, mh))
        az = v["azerbaijan"]
        assert v["azerbaijan_in_view"], name  # every named view shows some of it
        if az is None:
            problems.append((name, "AZERBAIJAN not named"))
            continue
        if az["anchor_on"] != ["azerbaijan"]:
            problems.append((name, "AZERBAIJAN's name stands for", az["anchor_on"]))
        if [c for c in az["middle_on"] if c != "azerbaijan"]:
            problems.append((name, "AZERBAIJAN's name on", az["middle_on"]))
    if problems:
        pytest.fail("\n".join(map(str, problems)))


@pytest.mark.parametrize("width,height,scale", SCREENS, ids=IDS)
def test_the_pointers_keep_off_the_routes_lines(tmp_path_factory, width, height, scale):
    got = session(tmp_path_factory, width, height, scale)
    shown, problems = 0, []
    for name, v in got["views"].items():
        shown += len(v["pointers"])
        problems += [(name, p["id"], "over", p["routes"]) for p in v["pointers_on_routes"] if p["routes"]]
    assert shown >= 1  # the views point somewhere (the corridor's and caucasus' route ends)
    if problems:
        pytest.fail("\n".join(map(str, problems)))


# -- in this process: a saved view through the dialog, and a view held as the window changes size ------

def _inside(bounds, box):
    w, s, e, n = bounds
    return w <= box[0] and s <= box[1] and e >= box[2] and n >= box[3]


def test_a_saved_view_of_the_region_goes_on_screen_whole_at_1280x720(qtbot, tmp_path):
    """A view saved on a large screen, gone to from Views → Saved views… → Go to on a projector."""
    from PySide6.QtCore import Qt

    from azmap.views import SavedView, ViewStore
    from tests.gui_support import open_window, run_js, settings_in

    saved = (21.5, 35.5, 53.0, 55.5)  # W, S, E, N: Moscow, Tehran, the Aegean
    w = open_window(qtbot, settings_in(tmp_path), size=(1280, 720))
    try:
        w.views = ViewStore(tmp_path / "views.json")
        w.views.add(SavedView(name="The region", bbox=saved))
        views_menu = next(a for a in w.menuBar().actions() if a.text().replace("&", "") == "Views").menu()
        next(a for a in views_menu.actions() if a.text().startswith("Saved views")).trigger()
        dialog = w.views_dialog
        dialog.list.setCurrentRow(0)
        from PySide6.QtWidgets import QPushButton

        go = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Go to")
        before = run_js(qtbot, w, "azmap.getView()")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: run_js(qtbot, w, "azmap.getView()") != before, timeout=5000)
        bounds = run_js(qtbot, w, "azmap.getBounds()")
        assert _inside(bounds, saved), (bounds, saved)
        dialog.close()
    finally:
        w.close()


def test_a_named_view_is_held_as_the_window_changes_size_until_the_map_is_moved(qtbot, tmp_path):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from shapely.ops import unary_union

    from azmap.export.extent import VIEW_SUBJECTS
    from tests.gui_support import open_window, run_js, settings_in

    w = open_window(qtbot, settings_in(tmp_path), size=(1920, 1080))
    try:
        subject = unary_union([w.gaz.get(f).shape() for f in VIEW_SUBJECTS["region"]]).bounds
        before = run_js(qtbot, w, "azmap.getView()")
        w.named_view_actions["region"].trigger()
        qtbot.waitUntil(lambda: run_js(qtbot, w, "azmap.getView()") != before, timeout=5000)
        assert _inside(run_js(qtbot, w, "azmap.getBounds()"), subject)
        width = run_js(qtbot, w, "document.querySelector('.folium-map').clientWidth")
        w.resize(1280, 720)
        qtbot.waitUntil(lambda: run_js(qtbot, w, "document.querySelector('.folium-map').clientWidth") < width,
                        timeout=5000)
        qtbot.waitUntil(lambda: _inside(run_js(qtbot, w, "azmap.getBounds()"), subject), timeout=5000)
        assert run_js(qtbot, w, "azmap.heldView()") is not None
        # the user zooms in with the map's + button: the view is theirs, no longer fitted again
        x, y = run_js(qtbot, w, "(function(){ var r = document.querySelector('.leaflet-control-zoom-in')"
                                ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        zoom = run_js(qtbot, w, "azmap.getView()")[2]
        QTest.mouseClick(w.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(round(x), round(y)))
        qtbot.waitUntil(lambda: run_js(qtbot, w, "azmap.getView()")[2] > zoom, timeout=5000)
        assert run_js(qtbot, w, "azmap.heldView()") is None
        width = run_js(qtbot, w, "document.querySelector('.folium-map').clientWidth")
        w.resize(1400, 800)
        qtbot.waitUntil(lambda: run_js(qtbot, w, "document.querySelector('.folium-map').clientWidth") > width,
                        timeout=5000)
        assert not _inside(run_js(qtbot, w, "azmap.getBounds()"), subject)
    finally:
        w.close()
