"""Click → panel filled, in-process: the bridge receives a feature id as a click in the page sends it,
and the panel is filled (store query, HTML, page told to select). Prints p50/p95 in ms as JSON."""
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from azmap.ui.app import prepare_qt  # noqa: E402

prepare_qt()
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from azmap.ui.app import create_window  # noqa: E402

app = QApplication(sys.argv[:1])
settings = QSettings(str(Path(os.environ["AZMAP_DATA_DIR"]) / "bench.ini"), QSettings.Format.IniFormat)
window = create_window(settings=settings)
window.show()


def run():
    times = []
    ids = window.gaz.ids()
    for _ in range(3):
        for fid in ids:
            t = time.perf_counter()
            window.bridge.featureClicked(fid)
            app.processEvents()
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(json.dumps({"clicks": len(times), "p50_ms": round(times[len(times) // 2], 2),
                      "p95_ms": round(times[int(0.95 * len(times))], 2), "max_ms": round(times[-1], 2)}), flush=True)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide's finalisation is not what is measured here


window.mapReady.connect(lambda: QTimer.singleShot(200, run))
sys.exit(app.exec())
