"""The named views chosen from the window's menu, one after another, on a fresh window filling an
offscreen screen of a given size and scaling (run by tests/test_named_views_live.py in a process of
its own, from a fresh configuration and data directory).

    python tests/named_views_session.py OUT_DIR SETTINGS.ini

For each view it saves a screenshot under OUT_DIR and reports what the map shows: its size and
bounds, the bounds of the features the view is about (azmap.export.extent.VIEW_SUBJECTS), where
AZERBAIJAN is named (the point its name stands for and the middle of its box, in degrees, and the
countries these lie on), the pointers and the routes' lines under them. The last line printed is a
JSON object (the test checks it)."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import session_support  # noqa: E402
from azmap.ui.app import prepare_qt  # noqa: E402

prepare_qt()

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT, SETTINGS = Path(sys.argv[1]), sys.argv[2]
OUT.mkdir(parents=True, exist_ok=True)
app = QApplication([])


def wait_until(cond, timeout=15.0):
    return session_support.wait_until(app, cond, timeout)


def js(code):
    return session_support.page_value(app, w.page, code)


def menu_action(*path):
    """The menu entry at path (menu titles, then the entry's text), as the menu bar offers it."""
    actions = w.menuBar().actions()
    for i, text in enumerate(path):
        act = next(a for a in actions if a.text().replace("&", "") == text)
        if i == len(path) - 1:
            return act
        actions = act.menu().actions()


from shapely.geometry import Point, shape  # noqa: E402
from shapely.ops import unary_union  # noqa: E402

from azmap.export.extent import VIEW_SUBJECTS, VIEWS  # noqa: E402
from azmap.ui.app import create_window  # noqa: E402

w = create_window(settings=QSettings(SETTINGS, QSettings.Format.IniFormat))
ready = []
w.mapReady.connect(lambda: ready.append(1))
w.show()
avail = w.screen().availableGeometry()
w.setGeometry(avail)  # the whole screen, the side panel open
wait_until(lambda: ready, 90)
gaz = w.gaz
countries = {f.id: shape(f.geometry) for f in gaz.of_kind("country")}
found = {"ready": bool(ready), "window": list(w.geometry().getRect()), "panel": w.panel.width(), "views": {}}


def at(x, y):
    lat, lng = js(f"azmap.latLngAt({x}, {y})")
    return Point(lng, lat)


def on_countries(point):
    return sorted(c for c, g in countries.items() if g.contains(point))


for name in VIEWS:
    before = js("azmap.getView()")
    menu_action("Views", "Named views", name.capitalize()).trigger()
    wait_until(lambda: js("azmap.getView()") != before, 5)
    wait_until(lambda: False, 0.3)  # the labels laid out after the move
    subject = unary_union([gaz.get(f).shape() for f in VIEW_SUBJECTS[name]]).bounds
    size = js("[document.querySelector('.folium-map').clientWidth, document.querySelector('.folium-map').clientHeight]")
    got = {"size": size, "zoom": js("azmap.getView()")[2], "bounds": js("azmap.getBounds()"),
           "subject": list(subject), "azerbaijan": None}
    # the subject's corners on screen (container pixels)
    got["subject_px"] = [js(f"azmap.screenPoint({lat}, {lng})") for lng, lat in
                         [(subject[0], subject[1]), (subject[2], subject[3])]]
    for lb in js("azmap.labels()"):
        if lb["id"] != "azerbaijan":
            continue
        x, y, width, height = lb["rect"]
        middle = at(x + width / 2, y + height / 2)
        anchor = at(*lb["led"]) if lb.get("led") else middle
        got["azerbaijan"] = {"text": lb["text"], "rect": lb["rect"], "led": lb.get("led"),
                             "anchor_on": on_countries(anchor), "middle_on": on_countries(middle)}
    got["azerbaijan_in_view"] = bool(js("azmap.drawn()").count("azerbaijan")) and \
        countries["azerbaijan"].intersects(shape({"type": "Polygon", "coordinates": [[
            [got["bounds"][0], got["bounds"][1]], [got["bounds"][2], got["bounds"][1]],
            [got["bounds"][2], got["bounds"][3]], [got["bounds"][0], got["bounds"][3]],
            [got["bounds"][0], got["bounds"][1]]]]}))
    got["pointers"] = js("azmap.pointers()")
    got["pointers_on_routes"] = js("azmap.pointersOnRoutes()")
    w.grab().save(str(OUT / f"{name}.png"))
    found["views"][name] = got

print(json.dumps(found))
sys.stdout.flush()
os._exit(0)
