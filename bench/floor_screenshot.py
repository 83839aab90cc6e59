"""The whole-process floor for `azmap --screenshot`: a bare QWebEngineView loads a minimal local
Leaflet page with one polygon, waits until it is painted (two animation frames), grabs the
window to a PNG and exits. Run as a whole process and timed from outside."""
import os
import sys
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


def ready(title):
    if title == "ready":
        view.grab().save(out, "PNG")
        os._exit(0)


view.titleChanged.connect(ready)
view.load(QUrl.fromLocalFile(str(Path(d, "floor.html"))))
view.show()
sys.exit(app.exec())
