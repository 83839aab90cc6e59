"""The embedded map: a QWebEngineView with its own off-the-record profile, the network guard, the
page file and the bridge.

It is made and starts loading before the rest of the window exists: once the guard has let the
self-contained page and its relief through, Chromium needs nothing more from the main thread until
the bridge connects, so the page is parsed and laid out while Python builds the widgets and opens
the store.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QTimer, QUrl
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from azmap.mapview.web import Bridge, NetworkGuard

log = logging.getLogger("azmap.map")


class MapPage(QWebEnginePage):
    def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802
        log.debug("js: %s (%s:%s)", message, source, line)


class MapView(QObject):
    def __init__(self, *, online_host: str | None = None, size: tuple[int, int] | None = None, parent=None):
        super().__init__(parent)
        self.load_timer = QElapsedTimer()
        self.profile = QWebEngineProfile(self)  # off-the-record: nothing cached on disk
        self.guard = NetworkGuard(self)
        if online_host:
            self.guard.allowed_hosts.add(online_host)
        self.profile.setUrlRequestInterceptor(self.guard)
        self.view = QWebEngineView()
        # the size it had on screen last time, if known: a hidden view's page has no size (0×0)
        # whatever the widget's, so the page learns it from its address (load)
        self.expected_size = size
        self.page = MapPage(self.profile, self.view)
        self.view.setPage(self.page)
        # a page loaded from a file may reach the web only for the online basemap (the guard then
        # lets through its tile host alone)
        self.page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
                                          bool(online_host))
        # the window tells the bridge the feature ids before any call can arrive
        self.bridge = Bridge((), self, view_size=self._shown_size)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)  # before the page loads
        self.view.installEventFilter(self)

    def _shown_size(self):
        return self.view.size().toTuple() if self.view.isVisible() else None

    def eventFilter(self, obj, event):  # noqa: N802
        # the page connects its bridge early, usually while the window is still hidden: it learns
        # its size on screen from this signal
        if obj is self.view and event.type() in (QEvent.Type.Show, QEvent.Type.Resize) and self.view.isVisible():
            self.bridge.viewShown.emit(*self.view.size().toTuple())
        return False

    def load(self, page: Path, *, view: tuple[float, float, int] | None = None, wait_ms: int = 250) -> None:
        """Load the page file, opening at view (lat, lng, zoom) if given, and let its requests (the
        page, then the relief it preloads) through before returning, waiting at most wait_ms: after
        that Chromium needs nothing from the main thread but the bridge's handshake, and the window
        can be built while the map is drawn."""
        from azmap.mapview.page import RELIEF_FILE

        page = Path(page).resolve()
        self.load_timer.start()
        self.guard.allowed_files = {page, RELIEF_FILE.resolve()}
        waiting = set(self.guard.allowed_files)
        loop = QEventLoop()

        def seen(path):
            waiting.discard(Path(path))
            if not waiting:
                loop.quit()
        self.guard.fileAllowed.connect(seen)
        url = QUrl.fromLocalFile(str(page))
        # the page is laid out only once it is on screen: it learns the view it opens at, and the
        # size it will probably have, from its address
        hints = []
        if view:
            hints.append("view=%.5f,%.5f,%d" % view)
        if self.expected_size:
            hints.append("size=%dx%d" % self.expected_size)
        if hints:
            url.setFragment("&".join(hints))
        self.view.load(url)
        if wait_ms > 0 and waiting:
            QTimer.singleShot(wait_ms, loop.quit)
            loop.exec()
        self.guard.fileAllowed.disconnect(seen)
        if waiting:
            log.info("the page had not asked for %s after %d ms; it gets them when the window is ready",
                     ", ".join(sorted(p.name for p in waiting)), wait_ms)
