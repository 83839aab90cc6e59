"""A user's session replayed at the sizes users have (1280×720, 1920×1080, and 1920×1080 at 2×):
fresh start, a click on each kind of feature, the chooser stepped, a search, a link corrected and
undone from the panel, three views saved with captions, presented, stepped, Esc, an export.
Screenshots of every step are kept under build/walkthrough/<size>/ to be looked at."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
SESSION = Path(__file__).resolve().parent / "walkthrough_session.py"
CORRIDOR = {"btc", "scp", "baku-supsa", "btk-railway"}


@pytest.mark.parametrize("width,height,scale", [(1280, 720, 1), (1920, 1080, 1), (1920, 1080, 2)],
                         ids=["1280x720", "1920x1080", "1920x1080-scale2"])
def test_a_users_session(tmp_path, width, height, scale):
    out = ROOT / "build" / "walkthrough" / f"{width}x{height}{'-scale%d' % scale if scale != 1 else ''}"
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "walkthrough", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=str(scale),
               AZMAP_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, str(SESSION), str(out), str(tmp_path / "settings.ini")], cwd=ROOT,
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-4000:]
    got = json.loads(r.stdout.strip().splitlines()[-1])
    # a fresh start fits the screen
    x, y, w, h = got["fresh"]["frame"]
    ax, ay, aw, ah = got["fresh"]["avail"]
    assert got["fresh"]["ready"] and w <= 0.9 * aw + 1 and h <= 0.9 * ah + 1
    # each kind of feature, as clicked
    assert got["country"] == "georgia"
    assert got["district"] == "lachin"
    assert got["site"] == "sangachal" and got["site_offer"][0] == "sangachal"
    route = got["route"]
    assert route["first"] in CORRIDOR and set(route["offer"][:4]) == CORRIDOR
    assert route["second"] == route["offer"][1]  # the same spot again: the next of them
    assert got["chooser_button"]
    assert got["search"]["query"] == "pipeline" and got["search"]["hits"] > 0
    assert got["correction"]["made"].startswith("Corrected") and got["correction"]["undo_entries"] == 1
    assert got["correction"]["undone"].startswith("Undone")
    assert got["saved"] == ["Terminal and corridor", "Gabala radar", "Lachin corridor"]
    assert got["captions"] == ["Where the export routes begin.", "The radar the Russian army left in 2012.",
                               "The road between Armenia and the former oblast."]
    slide = got["slide1"]
    assert slide["presenting"] and slide["panel_share"] >= 0.39 and slide["scroll_max"] == 0
    w_, s_, e_, n_ = slide["bounds"]
    assert w_ <= 48.92 and s_ <= 39.92 and e_ >= 50.28 and n_ >= 40.78  # the saved bounds, all of them
    assert got["after_esc"] == {"presenting": False, "same_state": True, "fullscreen": False,
                                "font": got["after_esc"]["font"]}
    assert got["after_esc"]["font"] < 18
    assert got.get("export") and Path(got["export"]).exists()
    assert len(got["shots"]) >= 13 and all((out / name).exists() for name in got["shots"])
