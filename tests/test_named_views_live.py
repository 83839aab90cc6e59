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
