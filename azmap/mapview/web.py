"""Qt side of the map page: the network guard and the JavaScript bridge."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

log = logging.getLogger("azmap.web")
ALLOWED_SCHEMES = {"data", "blob", "about"}
MAX_BRIDGE_STRING = 200


class NetworkGuard(QWebEngineUrlRequestInterceptor):
    """Lets the page load its own file and nothing else: every request that would leave the machine
    is blocked unless the user turned on the online basemap (and then only to its tile host), and so
    is every other local file. Keeps a record of what it let through and what it blocked."""

    fileAllowed = Signal(str)  # the path of a local file it let through

    def __init__(self, parent=None):
        super().__init__(parent)
        self.allowed_files: set[Path] = set()
        self.allowed_hosts: set[str] = set()
        self.local: list[str] = []
        self.blocked: list[str] = []
        self.allowed_external: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo):  # noqa: N802
        url = info.requestUrl()
        if url.scheme() in ALLOWED_SCHEMES:
            return
        if url.scheme() == "file" and Path(url.toLocalFile()) in self.allowed_files:
            self.local.append(url.toLocalFile())
            self.fileAllowed.emit(url.toLocalFile())
            return
        if url.scheme() in ("http", "https") and url.host() in self.allowed_hosts:
            self.allowed_external.append(url.toString())
            return
        self.blocked.append(url.toString())
        log.warning("blocked a request: %s", url.toString()[:300])
        info.block(True)


class Bridge(QObject):
    """What the page may tell Python. Only known feature ids and numbers are accepted."""

    featureClickedSignal = Signal(str)
    featureHoveredSignal = Signal(str)
    mouseMovedSignal = Signal(float, float)
    viewChangedSignal = Signal(float, float, int)
    mapReadySignal = Signal(int)
    # to the page: the view's size once it is on screen (and whenever it changes there)
    viewShown = Signal(int, int)

    def __init__(self, known_ids, parent=None, view_size=None):
        super().__init__(parent)
        self.known_ids = set(known_ids)
        self.rejected: list[str] = []
        self.view_size = view_size  # () -> (width, height) of the web view once shown, or None

    def _accept_id(self, value, what: str) -> str | None:
        if not isinstance(value, str) or len(value) > MAX_BRIDGE_STRING:
            self._reject(f"{what}: not a short string ({type(value).__name__}, {len(str(value))} chars)")
            return None
        if value and value not in self.known_ids:
            self._reject(f"{what}: unknown feature id {value[:60]!r}")
            return None
        return value

    def _reject(self, message: str) -> None:
        self.rejected.append(message)
        log.warning("bridge rejected %s", message)

    @Slot("QVariant")
    def featureClicked(self, fid):  # noqa: N802
        fid = self._accept_id(fid, "featureClicked")
        if fid is not None:
            self.featureClickedSignal.emit(fid)

    @Slot("QVariant")
    def featureHovered(self, fid):  # noqa: N802
        fid = self._accept_id(fid, "featureHovered")
        if fid is not None:
            self.featureHoveredSignal.emit(fid)

    @Slot("QVariant", "QVariant")
    def mouseMoved(self, lat, lng):  # noqa: N802
        if isinstance(lat, (int, float)) and isinstance(lng, (int, float)) and abs(lat) <= 90 and abs(lng) <= 360:
            self.mouseMovedSignal.emit(float(lat), float(lng))
        else:
            self._reject(f"mouseMoved: bad coordinates {str(lat)[:30]!r}, {str(lng)[:30]!r}")

    @Slot("QVariant", "QVariant", "QVariant")
    def viewChanged(self, lat, lng, zoom):  # noqa: N802
        if all(isinstance(v, (int, float)) for v in (lat, lng, zoom)):
            self.viewChangedSignal.emit(float(lat), float(lng), int(zoom))
        else:
            self._reject("viewChanged: bad values")

    @Slot(result="QVariant")
    def viewSize(self):  # noqa: N802
        """The view's size on screen, or None while it is hidden (viewShown then brings it): the page
        waits for that size before it calls itself ready."""
        size = self.view_size() if self.view_size else None
        return list(size) if size else None

    @Slot("QVariant")
    def mapReady(self, count):  # noqa: N802
        if isinstance(count, (int, float)):
            self.mapReadySignal.emit(int(count))

