"""The start-up floor: a bare QWebEngineView loading a minimal local Leaflet page with one GeoJSON
polygon. Prints seconds from process start to the polygon on screen, and the process tree's memory.

"On screen" is judged as azmap judges its own map (azmap.mapview.frames): the page has drawn the
polygon (two animation frames after it was added) and the widget shows its pixels: Leaflet's blue
at a fifth over the map's grey, at the view's centre."""
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from azmap.ui.app import _process_start, process_tree_rss_mb  # noqa: E402

flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if os.geteuid() == 0 and "--no-sandbox" not in flags:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()

import time  # noqa: E402

import xstatic.pkg.leaflet as leaflet  # noqa: E402
from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PAGE = """<!doctype html><html><head><link rel="stylesheet" href="LEAFLET/leaflet.css"/>
<script src="LEAFLET/leaflet.js"></script><style>html,body,#m{height:100%;margin:0}</style></head>
<body><div id="m"></div><script>
var map = L.map('m').setView([40.3, 47.6], 7);
L.geoJSON({"type":"Polygon","coordinates":[[[44.8,38.4],[50.4,38.4],[50.4,41.9],[44.8,41.9],[44.8,38.4]]]}).addTo(map);
requestAnimationFrame(function(){ requestAnimationFrame(function(){ document.title = 'ready'; }); });
</script></body></html>"""

app = QApplication(sys.argv[:1])
d = tempfile.mkdtemp()
Path(d, "floor.html").write_text(PAGE.replace("LEAFLET", Path(leaflet.BASE_DIR).as_uri()))
view = QWebEngineView()
view.resize(1300, 850)


# the polygon's fill at the centre of the view: #3388ff at 0.2 over Leaflet's #dddddd
POLYGON_PROBE = [(650, 425, 187, 204, 228)]


def on_screen():
    print(json.dumps({"ready_s_since_process_start": round(time.time() - _process_start(), 3),
                      "rss_mb_process_tree": round(process_tree_rss_mb(), 1)}), flush=True)
    app.quit()


def ready(title):
    if title == "ready":
        from azmap.mapview.frames import when_shown

        when_shown(view, POLYGON_PROBE, on_screen)


view.titleChanged.connect(ready)
view.load(QUrl.fromLocalFile(str(Path(d, "floor.html"))))
view.show()
sys.exit(app.exec())
