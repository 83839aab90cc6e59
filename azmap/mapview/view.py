"""The embedded map: a QWebEngineView with its own off-the-record profile, the network guard, the
page file and the bridge.

It is made and starts loading before the rest of the window exists: once the guard has let the
self-contained page and its relief through, Chromium needs nothing more from the main thread until
the bridge connects, so the page is parsed and laid out while Python builds the widgets and opens
the store.

The page stays in its box whatever script runs in it: MapPage accepts no navigation but the map's
own load and makes no window, and should the page be lost anyway (its renderer ended, Chromium's own
move to about:blank) MapView loads the map again where it was. Connections that never reach the
request interceptor are the engine's to refuse (app.box_flags).
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer, QUrl
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (QWebEngineLoadingInfo, QWebEnginePage, QWebEngineProfile, QWebEngineScript,
                                      QWebEngineSettings)
from PySide6.QtWebEngineWidgets import QWebEngineView

from azmap.mapview.web import Bridge, NetworkGuard

log = logging.getLogger("azmap.map")
MAX_REFUSED_KEPT = 1000
MAX_REFUSED_LOGGED = 50
# how many times in a row the map is loaded again after losing its page, without its becoming
# ready in between, before the window gives up (a page file that no longer loads)
MAX_RESTORES = 5

# The map needs no WebRTC, and WebRTC's connections (STUN over UDP, TURN over TCP) do not pass
# through the request interceptor. The engine keeps them from leaving for every frame and window
# (app.box_flags: no UDP, no address for any host); as a first layer, its interfaces are also removed
# from every frame before any script of the frame runs (a frame still showing the empty document
# it starts with, such as one whose srcdoc has not loaded yet, is out of this script's reach).
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
    """The map's page: it shows the map's own file and nothing else. The only navigation it accepts
    is the one MapView.load asks for (typed, to the file it names); a link, a form, a reload, a step
    back, a script's or a refresh's move to another address and any frame's load are refused, and
    no popup is made. (Chromium moves to about:blank without asking: MapView then loads the map
    again.)"""

    def __init__(self, profile, parent=None):
        super().__init__(profile, parent)
        self.own_file: Path | None = None  # the page file MapView.load loads
        self.refused: list[str] = []  # what it refused, the latest MAX_REFUSED_KEPT

    def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802
        log.debug("js: %s (%s:%s)", message, source, line)

    def is_own(self, url: QUrl) -> bool:
        """Whether url is the map's own file (whatever its fragment, which carries the address hints)."""
        return (self.own_file is not None and url.scheme() == "file" and not url.host() and not url.hasQuery()
                and Path(url.toLocalFile()) == self.own_file)

    def _refuse(self, what: str) -> None:
        if len(self.refused) >= MAX_REFUSED_KEPT:
            del self.refused[: MAX_REFUSED_KEPT // 2]
        self.refused.append(what)
        if len(self.refused) <= MAX_REFUSED_LOGGED:
            log.warning("the map page refused %s", what)

    def acceptNavigationRequest(self, url, kind, is_main_frame):  # noqa: N802
        if is_main_frame and kind == QWebEnginePage.NavigationType.NavigationTypeTyped and self.is_own(url):
            return True
        where = "the page" if is_main_frame else "a frame"
        self._refuse(f"a navigation of {where} ({kind.name.removeprefix('NavigationType').lower()}) "
                     f"to {url.toString()[:120]}")
        return False

    def createWindow(self, kind):  # noqa: N802
        self._refuse(f"a new window ({kind.name.removeprefix('WebBrowser').lower()})")
        return None


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
        # app.box_flags keep it off UDP and from resolving any address)
        settings.setAttribute(QWebEngineSettings.WebAttribute.WebRTCPublicInterfacesOnly, True)
        # no popup without the user's click (window.open then gives null in every frame), no DNS
        # prefetch, and a file or address dropped on the map does not replace it
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.DnsPrefetchEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.NavigateOnDropEnabled, False)
        # the window tells the bridge the feature ids before any call can arrive; the page sees
        # only the bridge's own slots (Bridge.page_object)
        self.bridge = Bridge((), self, view_size=self._shown_size)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge.page_object)
        self.page.setWebChannel(self.channel)  # before the page loads
        self.view.installEventFilter(self)
        # should the page be lost after all (its renderer gone, another address loaded), the map is
        # loaded again where it was
        self._loaded: tuple | None = None  # the last load's page file, view and layers off
        self.last_view: tuple[float, float, int] | None = None
        self.restores = 0  # loads again since the page was last ready
        self._restoring = False
        self.bridge.viewChangedSignal.connect(self._view_changed)
        self.bridge.mapReadySignal.connect(self._ready)
        self.page.renderProcessTerminated.connect(self._renderer_gone)
        self.page.loadingChanged.connect(self._loading)
        self.page.urlChanged.connect(self._url_changed)

    def _view_changed(self, lat: float, lng: float, zoom: int) -> None:
        self.last_view = (lat, lng, zoom)

    def _ready(self, _count: int) -> None:
        self.restores = 0

    def _renderer_gone(self, status, code: int) -> None:
        if status != QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            self._lost(f"its renderer ended ({status.name.removesuffix('TerminationStatus').lower()}, {code})")

    def _loading(self, info) -> None:
        # (a navigation the page refuses starts and stops: the map stays)
        status, url = info.status(), info.url()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus and not self.page.is_own(url):
            self._lost(f"it loaded {url.toString()[:120]}")
        elif status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus and self.page.is_own(url):
            self._lost(f"its load failed ({info.errorString()[:120]})")

    def _url_changed(self, url: QUrl) -> None:
        if not url.isEmpty() and not self.page.is_own(url):
            self._lost(f"it showed {url.toString()[:120]}")

    def _lost(self, why: str) -> None:
        """The page is no longer the map: it is loaded again, once the event that told of it is over."""
        if self._loaded is None or self._restoring:
            return
        log.warning("the map page was lost (%s): loading it again", why)
        self._restoring = True
        QTimer.singleShot(0, self, self._restore)

    def _restore(self) -> None:
        self._restoring = False
        if self.restores >= MAX_RESTORES:
            log.error("the map page was lost %d times without becoming ready: not loading it again", self.restores)
            return
        self.restores += 1
        page, view, layers_off = self._loaded
        if self.view.isVisible():
            self.expected_size = self.view.size().toTuple()
        self.load(page, view=self.last_view or view, layers_off=layers_off, wait_ms=0)

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
        self._loaded = (page, view, tuple(layers_off))
        self.page.own_file = page
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
