"""The whole-process floor for `azmap --screenshot`: a bare QWebEngineView loads a minimal local
Leaflet page with one polygon, waits until it is on screen (drawn by the page, two animation
frames, and its pixels in the widget, judged as azmap judges its map), grabs the window to a PNG
and exits. Run as a whole process and timed from outside. (Until 2026-11-23 it grabbed two frames
after the page drew the polygon: its PNG was blank.)"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import tempfile
from pathlib import Path

flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if os.geteuid() == 0 and "--no-sandbox" not in flags:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()

import xstatic.pkg.leaflet as leaflet  # noqa: E402
from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PAGE = (Path(__file__).with_name("floor_page.py").read_text().split('PAGE = """', 1)[1].split('"""', 1)[0])
app = QApplication(sys.argv[:1])
d = tempfile.mkdtemp()
Path(d, "floor.html").write_text(PAGE.replace("LEAFLET", Path(leaflet.BASE_DIR).as_uri()))
view = QWebEngineView()
view.resize(1300, 850)
out = sys.argv[1] if len(sys.argv) > 1 else str(Path(d, "floor.png"))


def save():
    view.grab().save(out, "PNG")
    os._exit(0)


def ready(title):
    if title == "ready":
        from azmap.mapview.frames import when_shown

        when_shown(view, [(650, 425, 187, 204, 228)], save)  # the polygon's fill (floor_page.py)


view.titleChanged.connect(ready)
view.load(QUrl.fromLocalFile(str(Path(d, "floor.html"))))
view.show()
sys.exit(app.exec())
