"""Helpers for the GUI tests: one QApplication with QtWebEngine, prepared before it exists."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from azmap.ui.app import prepare_qt  # noqa: E402

prepare_qt()


def run_js(qtbot, window, code, timeout=5000):
    """Evaluate an expression in the page and return its value (through JSON, so arrays survive)."""
    import json

    box = {}
    window.page.runJavaScript(f"JSON.stringify(({code}))", 0, lambda v: box.setdefault("v", v))
    qtbot.waitUntil(lambda: "v" in box, timeout=timeout)
    return None if box["v"] in (None, "", "undefined") else json.loads(box["v"])
