"""Knowing that a frame the page drew is on screen.

Chromium hands its frames to the widget some time after the page drew them (40–170 ms on a busy
two-core machine: the frame is rastered in between), and nothing in Qt's API says which frame the
widget shows. The page therefore names a few pixels that only its ready frame has, with their
colours (azmap.js ``readyProbes``: its controls appear in that frame), and the widget is looked at
where those pixels are, at once and after each frame it paints, until they are there."""
from __future__ import annotations

import logging

log = logging.getLogger("azmap")

TOLERANCE = 14  # per channel: a hovered zoom button is #f4f4f4, a scaled border blends a little
MOST_MS = 3000  # should the probes never match (a style that changed their colours): compare frames


def probe_matches(view, probes) -> bool:
    """Whether the view shows each probe's colour at its pixel (probes: [x, y, r, g, b] in the
    view's own coordinates)."""
    from PySide6.QtCore import QRect

    for x, y, r, g, b in probes:
        c = view.grab(QRect(int(x), int(y), 1, 1)).toImage().pixelColor(0, 0)
        if max(abs(c.red() - r), abs(c.green() - g), abs(c.blue() - b)) > TOLERANCE:
            return False
    return True


def valid_probes(value) -> list[tuple[int, int, int, int, int]]:
    """The page's probes, or [] when they are not a short list of five whole numbers each."""
    out = []
    if not isinstance(value, list) or not 0 < len(value) <= 4:
        return []
    for p in value:
        if not isinstance(p, list) or len(p) != 5 or not all(isinstance(v, (int, float)) for v in p):
            return []
        x, y, r, g, b = (int(v) for v in p)
        if not (0 <= x < 100_000 and 0 <= y < 100_000 and all(0 <= c <= 255 for c in (r, g, b))):
            return []
        out.append((x, y, r, g, b))
    return out


def when_shown(view, probes, callback) -> None:
    """Call ``callback`` once the view shows the frame the probes describe: checked now and after
    every frame the widget paints. Without probes (or should they never match within MOST_MS),
    the frames are compared instead until the view has not changed for a few frames."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    if not probes:
        when_settled(view, callback)
        return
    target = view.focusProxy() or view
    state = {"done": False, "grabbing": False, "queued": False}

    def finish(settled: bool):
        if state["done"]:
            return
        state["done"] = True
        target.removeEventFilter(watcher)
        if settled:
            callback()
        else:
            log.warning("the map's ready frame was not recognised on screen; waiting until it settles")
            when_settled(view, callback)

    def check():
        state["queued"] = False
        if state["done"]:
            return
        state["grabbing"] = True  # grabbing paints the widget: those paints are not new frames
        try:
            shown = probe_matches(view, probes)
        finally:
            state["grabbing"] = False
        if shown:
            finish(True)

    class _Frames(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not state["grabbing"] and not state["queued"]:
                state["queued"] = True
                QTimer.singleShot(0, watcher, check)  # after the paint itself
            return False

    watcher = _Frames(view)
    target.installEventFilter(watcher)
    # (timers bound to the watcher, a child of the view: none fires once the view is gone)
    QTimer.singleShot(MOST_MS, watcher, lambda: finish(False))
    check()


def when_settled(view, callback, *, settled_frames: int = 6, most_frames: int = 180) -> None:
    """The fallback: call ``callback`` once the view has not changed for ``settled_frames``
    frames, looked at every 16 ms (at most ``most_frames`` of them)."""
    from PySide6.QtCore import QTimer

    seen = {"last": None, "same": 0, "frames": 0}

    def compare():
        image = view.grab().toImage()
        seen["frames"] += 1
        seen["same"] = seen["same"] + 1 if image == seen["last"] else 0
        seen["last"] = image
        if seen["same"] >= settled_frames or seen["frames"] >= most_frames:
            callback()
        else:
            QTimer.singleShot(16, view, compare)

    compare()
