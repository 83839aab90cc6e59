"""Soak tests: thousands of signals through the bridge, as a long session with the mouse over the map
sends them.

PySide6 6.12.0 on Python 3.11 drops a reference to True on every Signal.emit (and one to None on
every call of a void Qt method); after a few hundred emits the interpreter aborts ("Fatal Python
error: bool_dealloc"). Such a fault kills the process it happens in, so each soak runs in a child
process (this file run as a script) and the test reads what the child printed and how it ended:
a broken PySide6 is a failed test, not a dead test run. The child also watches the reference counts
of True and None while it emits and stops, saying so, as soon as they fall: a leak of one reference
per emit shows after a hundred emits, long before the abort. (From Python 3.12 True and None are
immortal: their counts never move, and such a leak can no longer abort.)

Run by hand: `python tests/test_soak.py bridge` or `python tests/test_soak.py window SETTINGS.ini`.
"""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

BRIDGE_EMITS = 20_000  # through the four slots the page calls, in turn
QT_MOVES = 4_000  # real mouse events sent to the view, each awaited at the bridge
JS_MOVES = 6_000  # mouse events dispatched inside the page, in batches of JS_BATCH
JS_BATCH = 500
CHECK_EVERY = 100  # emits (or moves) between two looks at the reference counts
# How far the counts of True and None may fall below where they started. A busy interpreter moves
# them a little either way; the fault takes one per emit, so CHECK_EVERY emits exceed this.
# Only falls are looked for: a rise is a reference kept, harmless (on 6.11.3 each Qt event sent to
# the web view keeps one to None).
BRIDGE_MARGIN = 25
WINDOW_MARGIN = 60


# -- the tests (in the pytest process, which never emits a signal here) ---------------------------
def run_child(args, timeout):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    try:
        return subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        pytest.fail(f"the soak process did not end within {timeout} s; its last lines:\n"
                    + "\n".join(out.splitlines()[-6:]), pytrace=False)


def outcome(proc):
    """The child's result (its RESULT line), failing the test with how the child ended if it did not
    end well."""
    result = None
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
    if proc.returncode < 0:
        try:
            how = f"was killed by {signal.Signals(-proc.returncode).name}"
        except ValueError:
            how = f"was killed by signal {-proc.returncode}"
    else:
        how = f"exited with code {proc.returncode}"
    progress = [ln for ln in proc.stdout.splitlines() if not ln.startswith("RESULT ")]
    text = (f"the soak process {how}\n-- its last lines:\n" + "\n".join(progress[-6:])
            + "\n-- its stderr (end):\n" + "\n".join(proc.stderr.strip().splitlines()[-12:]))
    if proc.returncode != 0 or result is None:
        pytest.fail(text, pytrace=False)
    return result, text


@pytest.mark.slow
def test_20000_bridge_emits_all_arrive_and_leave_true_and_none_alone():
    proc = run_child(["bridge"], timeout=300)
    result, how = outcome(proc)
    per_slot = BRIDGE_EMITS // 4
    assert result["arrived"] == {"featureClicked": per_slot, "featureHovered": per_slot,
                                 "mouseMoved": per_slot, "viewChanged": per_slot}, how
    assert result["emits"] == BRIDGE_EMITS
    assert result["last"] == result["last_sent"], how  # the values came through, not just the calls
    assert result["true_drop"] <= BRIDGE_MARGIN and result["none_drop"] <= BRIDGE_MARGIN, how


@pytest.mark.gui
@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("PySide6.QtWebEngineWidgets") is None, reason="needs QtWebEngine")
def test_10000_mouse_moves_over_the_real_window(tmp_path):
    proc = run_child(["window", str(tmp_path / "settings.ini")], timeout=600)
    result, how = outcome(proc)
    # every move, real or dispatched in the page, went page → QWebChannel → Bridge → window
    assert result["moves_arrived"] >= 5_000, how
    assert result["qt_moves_arrived"] >= QT_MOVES // 2, how  # Qt's mouse events do reach Leaflet
    assert result["hovers_arrived"] >= 200, how  # the path crosses features: hovers went through too
    assert result["true_drop"] <= WINDOW_MARGIN and result["none_drop"] <= WINDOW_MARGIN, how
    # and the window is still there: the page answers, the status bar shows the last position
    assert result["layer_count_after"] == result["features"], how
    assert result["coord_label"] == result["last_move_label"], how


# -- the children ---------------------------------------------------------------------------------
def refcounts():
    return sys.getrefcount(True), sys.getrefcount(None)


class Watch:
    """Where the counts of True and None started; says when they have fallen too far."""

    def __init__(self, margin):
        self.margin = margin
        self.true0, self.none0 = refcounts()

    def drops(self):
        t, n = refcounts()
        return self.true0 - t, self.none0 - n

    def check(self, done: int, what: str):
        true_drop, none_drop = self.drops()
        if true_drop > self.margin or none_drop > self.margin:
            print(f"FAULT after {done} {what}: sys.getrefcount(True) fell by {true_drop} and "
                  f"sys.getrefcount(None) by {none_drop} (margin {self.margin}); stopping before the "
                  f"interpreter frees them", flush=True)
            os._exit(3)


def child_bridge():
    """BRIDGE_EMITS emits through the real Bridge's slots (as the page calls them), to receivers that
    count and, like the window's, call a void Qt method with what they got."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QObject, Slot

    from azmap.features import gazetteer
    from azmap.mapview.web import Bridge

    app = QCoreApplication([sys.argv[0]])  # noqa: F841
    ids = gazetteer().ids()
    bridge = Bridge(ids)

    class Receiver(QObject):
        def __init__(self):
            super().__init__()
            self.arrived = {"featureClicked": 0, "featureHovered": 0, "mouseMoved": 0, "viewChanged": 0}
            self.last = {}

        def _got(self, what, *values):
            self.arrived[what] += 1
            self.last[what] = list(values)
            self.setObjectName(what)  # a void Qt call, as the window's label.setText

        @Slot(str)
        def clicked(self, fid):
            self._got("featureClicked", fid)

        @Slot(str)
        def hovered(self, fid):
            self._got("featureHovered", fid)

        @Slot(float, float)
        def moved(self, lat, lng):
            self._got("mouseMoved", lat, lng)

        @Slot(float, float, int)
        def view(self, lat, lng, zoom):
            self._got("viewChanged", lat, lng, zoom)

    rx = Receiver()
    bridge.featureClickedSignal.connect(rx.clicked)
    bridge.featureHoveredSignal.connect(rx.hovered)
    bridge.mouseMovedSignal.connect(rx.moved)
    bridge.viewChangedSignal.connect(rx.view)

    def emit(i):
        """The i-th call, as the page makes it: one of the four slots in turn."""
        k = i % 4
        if k == 0:
            fid = ids[i % len(ids)]
            bridge.featureClicked(fid)
            return "featureClicked", [fid]
        if k == 1:
            fid = ids[(i // 4) % len(ids)] if i % 8 == 1 else ""  # mouseover, then mouseout
            bridge.featureHovered(fid)
            return "featureHovered", [fid]
        lat, lng = 38.0 + (i % 997) / 200, 44.0 + (i % 991) / 150
        if k == 2:
            bridge.mouseMoved(lat, lng)
            return "mouseMoved", [lat, lng]
        bridge.viewChanged(lat, lng, 5 + i % 5)
        return "viewChanged", [lat, lng, 5 + i % 5]

    for i in range(8):  # first calls fill caches (bound signals, slot signatures)
        emit(i)
    rx.arrived = dict.fromkeys(rx.arrived, 0)
    watch = Watch(BRIDGE_MARGIN)
    last_sent = {}
    for i in range(BRIDGE_EMITS):
        what, values = emit(i)
        last_sent[what] = values
        if (i + 1) % CHECK_EVERY == 0:
            watch.check(i + 1, "emits")
            if (i + 1) % 5000 == 0:
                print(f"{i + 1} emits, arrived {sum(rx.arrived.values())}", flush=True)
    true_drop, none_drop = watch.drops()
    print("RESULT " + json.dumps({"emits": BRIDGE_EMITS, "arrived": rx.arrived, "last": rx.last,
                                  "last_sent": last_sent, "true_drop": true_drop, "none_drop": none_drop,
                                  "rejected": len(bridge.rejected)}), flush=True)
    # the interpreter is left to end normally: a fault that frees True only at its teardown shows too


# In the page: a pointer moving along a line across the map, seen by the page as a browser would
# report it (mouseout/mouseover when the element under it changes, then mousemove), so that Leaflet
# sends mouseMoved and, over features, featureHovered through the bridge.
PAGE_MOVES = r"""
(function (start, n) {
  var c = document.querySelector('.leaflet-container'), r = c.getBoundingClientRect();
  var s = window.__soak = window.__soak || {under: null, moves: 0};
  for (var i = start; i < start + n; i++) {
    var x = r.left + 10 + (r.width - 20) * (0.5 + 0.5 * Math.sin(i * 0.013));
    var y = r.top + 10 + (r.height - 20) * (0.5 + 0.5 * Math.sin(i * 0.017 + 1));
    var el = document.elementFromPoint(x, y) || c;
    var o = {bubbles: true, cancelable: true, view: window, clientX: x, clientY: y};
    if (el !== s.under) {
      if (s.under) s.under.dispatchEvent(new MouseEvent('mouseout', Object.assign({relatedTarget: el}, o)));
      el.dispatchEvent(new MouseEvent('mouseover', Object.assign({relatedTarget: s.under}, o)));
      s.under = el;
    }
    el.dispatchEvent(new MouseEvent('mousemove', o));
    s.moves++;
  }
  return s.moves;
})(%d, %d)
"""


def child_window(settings_path: str):
    """The real window, offscreen: QT_MOVES mouse moves sent to the map view as Qt events, then
    JS_MOVES dispatched in the page, each arriving at the bridge through the QWebChannel; the
    window's own slots (status bar labels) run for every one."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from azmap.ui.app import prepare_qt

    prepare_qt()
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QPointF, QSettings, Qt, QTimer, Signal, Slot
    from PySide6.QtGui import QKeyEvent, QMouseEvent
    from PySide6.QtWidgets import QApplication

    from azmap.ui.app import create_window

    app = QApplication([sys.argv[0]])

    class Waiter(QObject):
        """Runs the event loop until a condition holds or a time is up, looking at the condition
        whenever one of the given signals arrives. One loop and one timer for the whole run (making
        and connecting new ones for every wait would itself move None's count)."""

        def __init__(self):
            super().__init__()
            self.loop, self.timer = QEventLoop(), QTimer()
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self.loop.quit)
            self.done = None

        def wake_on(self, *signals):
            for s in signals:
                s.connect(self.check)

        def check(self, *_):
            if self.done is not None and self.done():
                self.loop.quit()

        def __call__(self, done, timeout_ms):
            if done():
                return True
            self.done = done
            self.timer.start(timeout_ms)
            self.loop.exec()
            self.timer.stop()
            self.done = None
            return done()

    wait = Waiter()

    window = create_window(settings=QSettings(settings_path, QSettings.Format.IniFormat))
    window.resize(1300, 850)
    window.show()

    class Ready(QObject):
        def __init__(self):
            super().__init__()
            self.ready = False

        @Slot()
        def on_ready(self):
            self.ready = True

    ready = Ready()
    window.mapReady.connect(ready.on_ready)
    wait.wake_on(window.mapReady)
    if not wait(lambda: ready.ready or window.map.is_ready, 90_000):
        print("the map did not become ready within 90 s", flush=True)
        os._exit(2)

    class Counter(QObject):
        def __init__(self):
            super().__init__()
            self.moves = self.hovers = 0
            self.last = None

        @Slot(float, float)
        def moved(self, lat, lng):
            self.moves += 1
            self.last = (lat, lng)

        @Slot(str)
        def hovered(self, fid):
            self.hovers += 1

    count = Counter()
    bridge = window.bridge
    bridge.mouseMovedSignal.connect(count.moved)
    bridge.featureHoveredSignal.connect(count.hovered)
    wait.wake_on(bridge.mouseMovedSignal)

    class Answer(QObject):
        came = Signal()

        def __init__(self):
            super().__init__()
            self.values = []

        def __call__(self, value):
            self.values.append(value)
            self.came.emit()

    answer = Answer()
    wait.wake_on(answer.came)

    def js(code, timeout_ms=30_000):
        answer.values.clear()
        window.page.runJavaScript(code, 0, answer)
        wait(lambda: bool(answer.values), timeout_ms)
        return answer.values[0] if answer.values else None

    # 1. Qt mouse events to the widget Chromium draws in, one at a time: each is awaited at the bridge
    # before the next is sent (Chromium would merge moves queued together into one). A Shift press
    # and release after each move makes Chromium deliver the move at once instead of at its next
    # animation frame; the map ignores Shift alone.
    target = window.view.focusProxy() or window.view
    w, h = target.width(), target.height()
    margin = 12

    def qt_move(i):
        x = margin + (i * 7) % (w - 2 * margin)
        y = margin + (i * 3) % (h - 2 * margin)
        p = QPointF(x, y)
        QApplication.sendEvent(target, QMouseEvent(QEvent.Type.MouseMove, p, target.mapToGlobal(p),
                                                   Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                   Qt.KeyboardModifier.NoModifier))
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift,
                                                 Qt.KeyboardModifier.ShiftModifier))
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Shift,
                                                 Qt.KeyboardModifier.NoModifier))

    for i in range(10):  # the first moves are not counted: they fill whatever caches they fill
        before = count.moves
        qt_move(i)
        wait(lambda: count.moves > before, 5_000)
    count.moves = count.hovers = 0
    watch = Watch(WINDOW_MARGIN)
    stalls = 0
    for i in range(QT_MOVES):
        before = count.moves
        qt_move(10 + i)
        if not wait(lambda: count.moves > before, 5_000):
            stalls += 1
            if stalls >= 20:
                print(f"20 Qt moves never reached the bridge; the last after {i + 1} moves", flush=True)
                break
        if (i + 1) % CHECK_EVERY == 0:
            watch.check(count.moves + count.hovers, "emits (Qt mouse moves and hovers)")
            if (i + 1) % 1000 == 0:
                print(f"{i + 1} Qt moves sent, {count.moves} arrived, {count.hovers} hovers", flush=True)
    qt_moves_arrived, qt_hovers = count.moves, count.hovers

    # 2. moves dispatched in the page, JS_BATCH at a time, each batch awaited at the bridge
    dispatched = 0
    for start in range(0, JS_MOVES, JS_BATCH):
        dispatched = int(js(PAGE_MOVES % (start, JS_BATCH)) or dispatched)
        want = qt_moves_arrived + dispatched
        wait(lambda: count.moves >= want, 60_000)
        watch.check(count.moves + count.hovers, "emits (mouse moves and hovers)")
        if (start + JS_BATCH) % 2000 == 0:
            print(f"{dispatched} page moves dispatched, {count.moves} moves arrived in all, "
                  f"{count.hovers} hovers", flush=True)
    app.processEvents()
    true_drop, none_drop = watch.drops()
    lat, lng = count.last
    result = {"qt_moves_sent": QT_MOVES, "qt_moves_arrived": qt_moves_arrived, "qt_hovers": qt_hovers,
              "page_moves_dispatched": dispatched, "moves_arrived": count.moves, "hovers_arrived": count.hovers,
              "true_drop": true_drop, "none_drop": none_drop, "stalls": stalls,
              "features": len(window.gaz), "layer_count_after": js("azmap.layerCount()"),
              "coord_label": window.coord_label.text(), "last_move_label": f"{lat:.3f}° N  {lng:.3f}° E"}
    print("RESULT " + json.dumps(result), flush=True)
    # QtWebEngine's teardown at exit is not what is tested here (and is slow): leave at once
    os._exit(0)


if __name__ == "__main__":
    if sys.argv[1:2] == ["bridge"]:
        child_bridge()
    elif sys.argv[1:2] == ["window"] and len(sys.argv) == 3:
        child_window(sys.argv[2])
    else:
        sys.exit("usage: test_soak.py bridge | window SETTINGS.ini")
