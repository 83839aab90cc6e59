"""The window on the screens users have: a first window fits the available screen at any scaling
(a 1280×720 projector, 1920×1080 at 2×), a remembered geometry is clamped to the screen, the map
gets the width first and the panel a readable minimum. Each case runs in a process of its own with
an offscreen screen of that size and a fresh configuration."""
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent

# a probe's start: a window from the settings file given, shown on the offscreen screen
PROBE_WINDOW = textwrap.dedent("""
    import json, os, sys
    from tests import gui_support  # prepares Qt
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog, QWidget
    app = QApplication([])
    from azmap.ui.app import create_window
    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    w = create_window(settings=settings)
    w.show()
    for _ in range(20):
        app.processEvents()
""")
PROBE = PROBE_WINDOW + textwrap.dedent("""
    avail = w.screen().availableGeometry()
    def inside(widget):
        r = widget.rect().translated(widget.mapTo(w, widget.rect().topLeft()))
        return QWidget.isVisible(widget) and w.rect().contains(r)
    out = {"avail": avail.getRect(), "frame": w.frameGeometry().getRect(), "geometry": w.geometry().getRect(),
           "map": w.view.width(), "panel": w.panel.width(), "layers": w.layers.width(),
           "readable": max(w.panel.minimumWidth(), w.panel.fontMetrics().averageCharWidth() * 40 + 40),
           "inside": {name: inside(getattr(w, name)) for name in ("panel", "view", "chooser", "search", "layers")},
           "status_inside": inside(w.statusBar()), "dpr": w.devicePixelRatio()}
    w.save_settings(); settings.sync()
    print(json.dumps(out)); sys.stdout.flush()
    os._exit(0)
""")


def screen(tmp_path, width, height):
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"screens": [{"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
                                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return path


def open_on(tmp_path, width, height, scale=1, settings=None, pythonpath=None):
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen(tmp_path, width, height)}",
               QT_SCALE_FACTOR=str(scale), PYTHONPATH=pythonpath or str(ROOT))
    settings = settings or tmp_path / "settings.ini"
    r = subprocess.run([sys.executable, "-c", PROBE, str(settings)], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=180)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("width,height,scale", [(1280, 720, 1), (1920, 1080, 2), (1366, 768, 1)])
def test_the_first_window_fits_the_screen_with_the_map_first(tmp_path, width, height, scale):
    got = open_on(tmp_path, width, height, scale)
    ax, ay, aw, ah = got["avail"]
    assert (aw, ah) == (width // scale, height // scale)
    x, y, w, h = got["frame"]
    assert w <= 0.9 * aw + 1 and h <= 0.9 * ah + 1, got
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, got
    assert all(got["inside"].values()) and got["status_inside"], got  # panel, status bar, chooser on screen
    assert got["panel"] >= got["readable"], got  # a readable panel
    assert got["map"] > got["panel"], got  # the map gets the space first


def test_a_projector_at_twice_the_scale_still_shows_everything(tmp_path):
    """1280×720 at 2×: 640×360 logical pixels, the smallest screen a user has shown us."""
    got = open_on(tmp_path, 1280, 720, 2)
    x, y, w, h = got["frame"]
    ax, ay, aw, ah = got["avail"]
    assert (aw, ah) == (640, 360)
    assert w <= 0.9 * aw + 1 and h <= 0.9 * ah + 1, got
    assert all(got["inside"].values()) and got["status_inside"], got
    assert got["map"] >= got["panel"] >= 200, got


def test_a_remembered_geometry_larger_than_the_screen_is_clamped_to_it(tmp_path):
    settings = tmp_path / "settings.ini"
    big = open_on(tmp_path / "big", 2560, 1600, settings=settings)  # a large monitor, then a projector
    assert big["geometry"][2] > 1300
    got = open_on(tmp_path, 1280, 720, settings=settings)
    x, y, w, h = got["geometry"]
    ax, ay, aw, ah = got["avail"]
    assert w <= aw and h <= ah and x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah, got
    assert got["panel"] >= got["readable"] and got["status_inside"], got
