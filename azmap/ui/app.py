"""Starting the desktop application (and the --screenshot mode)."""
from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger("azmap")


def prepare_qt() -> None:
    """What must happen before the QApplication exists: Chromium flags and our URL scheme."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    extra = ["--disable-background-networking", "--disable-component-update", "--no-first-run"]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        extra.append("--no-sandbox")
        log.warning("running as root: QtWebEngine's sandbox is turned off (--no-sandbox)")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([flags, *[e for e in extra if e not in flags]]).strip()
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    from azmap.mapview.web import register_scheme

    register_scheme()


def open_store_for_ui():
    """(store, problem): the store, or None and a message the window shows."""
    from azmap.store import Store, _connect, ensure_store

    try:
        path = ensure_store(log=log.warning)
        return Store(_connect(path), path), None
    except Exception as exc:  # the window still opens, with the map and a clear message
        log.exception("passage store unavailable")
        return None, f"The passage store could not be opened: {exc}"


def create_window(settings=None):
    from azmap.features import GeodataError, gazetteer
    from azmap.ui.mainwindow import MainWindow

    try:
        gaz = gazetteer()
    except GeodataError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "azmap", f"The map's geodata are missing or damaged:\n{exc}")
        raise
    store, problem = open_store_for_ui()
    return MainWindow(gaz, store, problem, settings=settings)


def run_app(screenshot: str | None = None, select: str | None = None, size: str | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    prepare_qt()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("azmap")
    app.setOrganizationName("azmap")
    if select:
        from azmap.features import gazetteer

        gazetteer().get(select)  # unknown ids fail before a window opens
    window = create_window()
    if size:
        w, h = (int(v) for v in size.lower().split("x"))
        window.resize(w, h)
    window.show()

    def when_ready():
        if select:
            window.show_feature(select)
        if screenshot:
            # one more turn for the page to paint the selection, then grab the whole window
            QTimer.singleShot(600, lambda: (window.grab().save(screenshot, "PNG"),
                                            log.info("saved %s", screenshot), app.quit()))

    window.mapReady.connect(when_ready)
    if screenshot:
        QTimer.singleShot(60_000, lambda: (log.error("the map did not finish rendering in 60 s"), app.exit(1)))
    return app.exec()
