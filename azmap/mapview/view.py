"""The embedded map: a QWebEngineView with its own off-the-record profile, the network guard, the
page file and the bridge.

It is made and starts loading before the rest of the window exists: once the guard has let the
self-contained page and its relief through, Chromium needs nothing more from the main thread until
the bridge connects, so the page is parsed and laid out while Python builds the widgets and opens
the store.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer, QUrl
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from azmap.mapview.web import Bridge, NetworkGuard

log = logging.getLogger("azmap.map")

# The map needs no WebRTC, and WebRTC's connections (STUN over UDP, TURN over TCP) do not pass
# through the request interceptor: its interfaces are removed from every frame before any script of
# the frame runs (the page's content security policy keeps out javascript: addresses, whose
# documents this script does not reach).
NO_WEBRTC_JS = """(function () {
  "use strict";
  // what it uses later is taken now, before any script of the page could replace it
  var ownNames = Object.getOwnPropertyNames, apply = Reflect.apply, listen = EventTarget.prototype.addEventListener;
  var frameWindow = [];
  [window.HTMLIFrameElement, window.HTMLFrameElement, window.HTMLObjectElement].forEach(function (cls) {
    var d = cls && Object.getOwnPropertyDescriptor(cls.prototype, "contentWindow");
    if (d && d.get) frameWindow.push(d.get);
  });
  function startsWith(name, prefix) {
    if (name.length < prefix.length) return false;
    for (var i = 0; i < prefix.length; i++) { if (name[i] !== prefix[i]) return false; }
    return true;
  }
  function clean(w) {
    try {
      var names = apply(ownNames, null, [w]);
      for (var i = 0; i < names.length; i++) {
        // and window.open: a window it opened would be reachable before anything ran in it
        if (startsWith(names[i], "RTC") || startsWith(names[i], "webkitRTC") || names[i] === "open") {
          try { delete w[names[i]]; } catch (e) { /* not configurable: left as it is */ }
        }
      }
      // a frame that a script adds is reachable before anything runs in it (an empty frame is
      // not loaded from anywhere): it is cleaned as it loads, synchronously for an empty frame
      apply(listen, w.document, ["load", onLoad, true]);
    } catch (e) { /* a frame of another origin: this script runs in it itself */ }
  }
  function onLoad(event) {
    for (var i = 0; i < frameWindow.length; i++) {
      var child = null;
      try { child = apply(frameWindow[i], event.target, []); } catch (e) { continue; }
      if (child) clean(child);
    }
  }
  clean(window);
})();"""


def no_webrtc_script() -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName("azmap-no-webrtc")
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(True)
    script.setSourceCode(NO_WEBRTC_JS)
    return script


class MapPage(QWebEnginePage):
    # the map is one page loaded once: a reload or a step back or forward would only lose the view
    # (and a link, such as one in the attribution, would leave the page)
    REFUSED = {QWebEnginePage.NavigationType.NavigationTypeReload: "reload",
               QWebEnginePage.NavigationType.NavigationTypeBackForward: "back or forward",
               QWebEnginePage.NavigationType.NavigationTypeLinkClicked: "link",
               QWebEnginePage.NavigationType.NavigationTypeFormSubmitted: "form"}

    def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802
        log.debug("js: %s (%s:%s)", message, source, line)

    def acceptNavigationRequest(self, url, kind, is_main_frame):  # noqa: N802
        if is_main_frame and kind in self.REFUSED:
            log.info("the map page refused a %s navigation", self.REFUSED[kind])
            return False
        return super().acceptNavigationRequest(url, kind, is_main_frame)


class MapView(QObject):
    def __init__(self, *, online_tiles: str | None = None, size: tuple[int, int] | None = None, parent=None):
        """online_tiles: the online basemap's tile address template, when the user turned it on (the
        guard then lets through those tiles alone)."""
        super().__init__(parent)
        self.load_timer = QElapsedTimer()
        self.profile = QWebEngineProfile(self)  # off-the-record: nothing cached on disk
        self.guard = NetworkGuard(self, tiles=online_tiles)
        self.profile.setUrlRequestInterceptor(self.guard)
        self.view = QWebEngineView()
        # not the browser's menu (Back, Reload, View page source): the window offers what the map needs
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        # the size it had on screen last time, if known: a hidden view's page has no size (0×0)
        # whatever the widget's, so the page learns it from its address (load)
        self.expected_size = size
        self.page = MapPage(self.profile, self.view)
        self.view.setPage(self.page)
        self.page.scripts().insert(no_webrtc_script())
        settings = self.page.settings()
        # a page loaded from a file may reach the web only for the online basemap (the guard then
        # lets through its tiles alone)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, bool(online_tiles))
        # should WebRTC be reachable after all: no local addresses (Chromium's flags in
        # app.prepare_qt keep it off UDP too)
        settings.setAttribute(QWebEngineSettings.WebAttribute.WebRTCPublicInterfacesOnly, True)
        # the window tells the bridge the feature ids before any call can arrive; the page sees
        # only the bridge's own slots (Bridge.page_object)
        self.bridge = Bridge((), self, view_size=self._shown_size)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge.page_object)
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

    def load(self, page: Path, *, view: tuple[float, float, int] | None = None, layers_off=(),
             wait_ms: int = 250) -> None:
        """Load the page file, opening at view (lat, lng, zoom) if given and with the layers named
        in layers_off off, and let its requests (the page, then the relief it preloads) through
        before returning, waiting at most wait_ms: after that Chromium needs nothing from the main
        thread but the bridge's handshake, and the window can be built while the map is drawn."""
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
        off = [k for k in layers_off if re.fullmatch(r"[\w-]{1,40}", k)]
        if off:
            hints.append("off=" + ",".join(off))
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
