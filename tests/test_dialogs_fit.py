"""Every dialog the window opens fits the screen the user has, at any scaling, from a fresh
configuration: a 1280×720 projector, 1920×1080 at 2× (960×540 logical pixels), 1280×720 at 2×
(640×360). Each is opened as the user opens it, from the menus (and "read in context" from a
passage of the panel), in a process of its own with an offscreen screen of that size."""
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

from tests.test_window_layout import PROBE_WINDOW, screen  # noqa: E402

PROBE = PROBE_WINDOW + textwrap.dedent("""
    actions = {a.text().replace("&", ""): a for m in w.menuBar().actions() if m.menu() for a in m.menu().actions()}
    out = {"avail": w.screen().availableGeometry().getRect(), "dialogs": {}}

    def measure(name, dlg):
        for _ in range(10):
            app.processEvents()
        g = dlg.frameGeometry()
        out["dialogs"][name] = {"frame": g.getRect(), "min": [dlg.minimumSizeHint().width(), dlg.minimumSizeHint().height()]}
        dlg.close()

    def opened(before):
        new = [d for d in app.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible() and d not in before]
        return new[0] if new else None

    for name in ("Export map…", "Documents…", "Saved views…", "Corrections…", "Keyboard shortcuts"):
        before = set(app.topLevelWidgets())
        actions[name].trigger()
        dlg = opened(before)
        assert dlg is not None, name
        measure(name, dlg)
    w.state.set_selected("gabala-radar")
    for _ in range(10):
        app.processEvents()
    assert w.panel_ctl.hits, "no passage in the panel"
    before = set(app.topLevelWidgets())
    w.panel.anchorClicked.emit(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("azmap:context/0"))
    dlg = opened(before)
    assert dlg is not None, "read in context"
    measure("read in context", dlg)
    print(json.dumps(out)); sys.stdout.flush()
    os._exit(0)
""")


@pytest.mark.parametrize("width,height,scale", [(1280, 720, 1), (1920, 1080, 2), (1280, 720, 2)])
def test_every_dialog_fits_the_screen(tmp_path, width, height, scale):
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen(tmp_path, width, height)}",
               QT_SCALE_FACTOR=str(scale), PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "settings.ini")], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr[-3000:]
    got = json.loads(r.stdout.strip().splitlines()[-1])
    ax, ay, aw, ah = got["avail"]
    assert (aw, ah) == (width // scale, height // scale)
    assert len(got["dialogs"]) == 6
    for name, d in got["dialogs"].items():
        x, y, w, h = d["frame"]
        assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, (name, d, got["avail"])
