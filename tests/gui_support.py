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


def settings_in(folder, **values):
    """Settings of their own for a test's window (an ini file in its folder), with values set."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
    return settings


def open_window(qtbot, settings, size=(1300, 850)):
    """A window as a user opens it: made, sized (unless size is None), shown, and its map ready."""
    from azmap.ui.app import create_window

    w = create_window(settings=settings)
    qtbot.addWidget(w)
    if size:
        w.resize(*size)
    w.show()
    with qtbot.waitSignal(w.mapReady, timeout=60000):
        pass
    return w


def click_in_page(qtbot, window, feature_id):
    """Select a feature as a click in the page does (the bridge's featureClicked, called from the
    page's own script) and wait for the panel to fill."""
    code = ("(function(){ new QWebChannel(qt.webChannelTransport, "
            "function(ch){ ch.objects.bridge.featureClicked(%r); }); return true; })()") % feature_id
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        run_js(qtbot, window, code)


def open_active_window(qtbot, folder, size=(1280, 720)):
    """A window of its own settings (in ``folder``) at ``size``, active, as keys need it."""
    w = open_window(qtbot, settings_in(folder), size=size)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    return w
