"""What the window sessions run in processes of their own (tests/walkthrough_session.py,
tests/named_views_session.py) share: waiting on the event loop for a condition, and asking the page."""
from __future__ import annotations

import json
import time


def wait_until(app, cond, timeout=15.0) -> bool:
    """Serve the event loop until ``cond()`` holds or ``timeout`` seconds pass; whether it held."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return True
        time.sleep(0.01)
    return False


def page_value(app, page, code):
    """The value of a JavaScript expression in the page (through JSON), None if it has none."""
    box = {}
    page.runJavaScript(f"JSON.stringify(({code}))", 0, lambda v: box.setdefault("v", v))
    wait_until(app, lambda: "v" in box, 10)
    return None if box.get("v") in (None, "", "undefined") else json.loads(box["v"])
