"""Bridge emits per second: the slots the page calls (featureClicked, featureHovered, mouseMoved,
viewChanged, in turn), each emitting its signal to a receiver that counts, as tests/test_soak.py
drives them. bench/run.py calls measure(), which runs this file in a process of its own (it prints
one JSON line), so that a PySide6 that aborts on emits (6.12.0) ends that process, not the bench."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def bridge_emits_per_s(emits: int = 20_000, batches: int = 5) -> dict:
    """Median emits per second over `batches` batches of `emits` slot calls, and whether every emit
    arrived and True's and None's reference counts held (they fall by one per emit on a faulty
    PySide6)."""
    from PySide6.QtCore import QCoreApplication, QObject, Slot

    from azmap.features import gazetteer
    from azmap.mapview.web import Bridge

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])  # noqa: F841
    ids = gazetteer().ids()
    bridge = Bridge(ids)

    class Receiver(QObject):
        def __init__(self):
            super().__init__()
            self.n = 0

        @Slot(str)
        def fid(self, _):
            self.n += 1

        @Slot(float, float)
        def moved(self, *_):
            self.n += 1

        @Slot(float, float, int)
        def view(self, *_):
            self.n += 1

    rx = Receiver()
    bridge.featureClickedSignal.connect(rx.fid)
    bridge.featureHoveredSignal.connect(rx.fid)
    bridge.mouseMovedSignal.connect(rx.moved)
    bridge.viewChangedSignal.connect(rx.view)
    calls = []
    for i in range(emits):  # the arguments are made before the clock starts
        k, lat, lng = i % 4, 38.0 + (i % 997) / 200, 44.0 + (i % 991) / 150
        calls.append((bridge.featureClicked, (ids[i % len(ids)],)) if k == 0 else
                     (bridge.featureHovered, (ids[i % len(ids)] if i % 8 == 1 else "",)) if k == 1 else
                     (bridge.mouseMoved, (lat, lng)) if k == 2 else
                     (bridge.viewChanged, (lat, lng, 5 + i % 5)))
    for call, args in calls[:100]:  # warm-up
        call(*args)
    rates, arrived = [], []
    true0, none0 = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(batches):
        rx.n = 0
        t = time.perf_counter()
        for call, args in calls:
            call(*args)
        rates.append(emits / (time.perf_counter() - t))
        arrived.append(rx.n)
    true_change, none_change = sys.getrefcount(True) - true0, sys.getrefcount(None) - none0
    return {"emits_per_batch": emits, "batches": batches, "median_emits_per_s": round(statistics.median(rates)),
            "min_emits_per_s": round(min(rates)), "max_emits_per_s": round(max(rates)),
            "all_arrived": all(n == emits for n in arrived),
            "true_refcount_change": true_change, "none_refcount_change": none_change}


def measure(env=None) -> dict:
    """bridge_emits_per_s() in a process of its own; if that process fails, how it ended."""
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve())], env=env, capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode == 0 and lines:
        return json.loads(lines[-1])
    err = proc.stderr.strip().splitlines()
    return {"failed": f"exit status {proc.returncode}", "stderr": err[0] if err else ""}


if __name__ == "__main__":
    print(json.dumps(bridge_emits_per_s()), flush=True)
