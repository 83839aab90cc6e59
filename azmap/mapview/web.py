"""Qt side of the map page: the network guard and the JavaScript bridge."""
from __future__ import annotations

import logging
import math
import re
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QObject, QUrl, Signal, Slot
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

log = logging.getLogger("azmap.web")
ALLOWED_SCHEMES = {"data", "blob", "about"}
MAX_BRIDGE_STRING = 200
MAX_REJECTIONS_KEPT = 1000
MAX_REJECTIONS_LOGGED = 50
MAX_ZOOM = 30
MAX_FEATURES = 1_000_000
MAX_IDS = 50  # features the page may name in one call (all those under the pointer)
MAX_PIXEL = 100_000  # a position in the view, in pixels
# what a tile address's placeholders may stand for: zoom and tile numbers (2**30 tiles a side at most)
TILE_FIELDS = {"z": r"\d{1,2}", "x": r"\d{1,10}", "y": r"\d{1,10}"}


def tile_pattern(template: str) -> tuple[str, re.Pattern]:
    """The host and the path pattern of an https tile address template such as
    https://tile.example.org/{z}/{x}/{y}.png (placeholders in the path only)."""
    parts = urlsplit(template)
    if parts.scheme != "https" or not parts.hostname or parts.port or parts.username or parts.query \
            or parts.fragment or "{" in parts.netloc:
        raise ValueError(f"not an https tile address with a fixed host and no port or query: {template}")
    pieces = re.split(r"\{(\w+)\}", parts.path)
    regex = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            regex.append(re.escape(piece))
        elif piece in TILE_FIELDS:
            regex.append(TILE_FIELDS[piece])
        else:
            raise ValueError(f"unknown placeholder {{{piece}}} in the tile address {template}")
    return parts.hostname.lower(), re.compile("".join(regex))


class NetworkGuard(QWebEngineUrlRequestInterceptor):
    """Lets the page load its own file and nothing else: every request that would leave the machine
    is blocked unless the user turned on the online basemap (and then only tiles: https, its tile
    host on the default port, the tile path), and so is every other local file. Keeps a record of
    what it let through and what it blocked."""

    fileAllowed = Signal(str)  # the path of a local file it let through

    def __init__(self, parent=None, tiles: str | None = None):
        super().__init__(parent)
        self.allowed_files: set[Path] = set()
        self.tiles: tuple[str, re.Pattern] | None = None
        self.local: list[str] = []
        self.blocked: list[str] = []
        self.allowed_external: list[str] = []
        if tiles:
            self.allow_tiles(tiles)

    def allow_tiles(self, template: str) -> None:
        """Let through the tiles of this address template (the online basemap's)."""
        self.tiles = tile_pattern(template)

    def decide(self, url: QUrl, method: bytes | str = b"GET") -> tuple[bool, str]:
        """Whether a request for url may go ahead, and why (or why not)."""
        scheme = url.scheme()
        if scheme in ALLOWED_SCHEMES:
            return True, "inline data"
        if scheme == "file":
            if url.host() == "" and Path(url.toLocalFile()) in self.allowed_files:
                return True, "the page's own file"
            return False, "a local file the page has no need of"
        if scheme not in ("http", "https"):
            return False, f"scheme {scheme!r} is not allowed"
        if self.tiles is None:
            return False, "offline: no request may leave the machine"
        host, path = self.tiles
        method = bytes(method).decode("latin-1") if not isinstance(method, str) else method
        checks = [(scheme == "https", "not https"),
                  (url.host() == host, "not the tile host"),
                  (url.port() in (-1, 443), "not the default port"),
                  (not url.userInfo(), "has user information"),
                  (not url.hasQuery() and not url.hasFragment(), "has a query or fragment"),
                  (method.upper() == "GET", f"method {method[:10]!r}"),
                  (path.fullmatch(url.path(QUrl.ComponentFormattingOption.FullyEncoded)) is not None,
                   "not a tile's path")]
        for ok, why in checks:
            if not ok:
                return False, f"online basemap: {why}"
        return True, "a tile of the online basemap"

    def interceptRequest(self, info: QWebEngineUrlRequestInfo):  # noqa: N802
        url = info.requestUrl()
        ok, why = self.decide(url, bytes(info.requestMethod()))
        if ok:
            if url.scheme() == "file":
                self.local.append(url.toLocalFile())
                self.fileAllowed.emit(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                self.allowed_external.append(url.toString())
            return
        self.blocked.append(url.toString())
        log.warning("blocked a request (%s): %s", why, url.toString()[:300])
        info.block(True)


def _number(value, low: float, high: float) -> float | None:
    """value as a float if it is a finite number from low to high (booleans are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        value = float(value)
    except OverflowError:
        return None
    return value if math.isfinite(value) and low <= value <= high else None


def _whole(value, low: int, high: int) -> int | None:
    """value as an int if it is a whole number from low to high."""
    number = _number(value, low, high)
    return int(number) if number is not None and number.is_integer() else None


def _show(value) -> str:
    return repr(value)[:40]


class Bridge(QObject):
    """What the page may tell Python. Only known feature ids and numbers in range are accepted; the
    rest is refused and recorded.

    The page does not see this object: the channel publishes a PageBridge, whose only slots and
    signal are the ones below (a QObject's own, such as deleteLater, do nothing from there)."""

    featureClickedSignal = Signal(str)  # a click that found this feature alone ("" for none)
    featureCycledSignal = Signal(str)  # a click at the spot of an offer: the next of the features offered
    featureHoveredSignal = Signal(str)  # the topmost feature under the pointer ("" for none)
    # a click where several features lie: their ids (routes first, then sites and cities, districts,
    # countries and the sea) and where the click was, in pixels of the view
    featuresAtSignal = Signal(list, int, int)
    featuresHoveredSignal = Signal(list)  # every feature under the pointer, in the same order
    mouseMovedSignal = Signal(float, float)
    viewChangedSignal = Signal(float, float, int)
    mapReadySignal = Signal(int)
    # to the page: the view's size once it is on screen (and whenever it changes there)
    viewShown = Signal(int, int)

    def __init__(self, known_ids, parent=None, view_size=None):
        super().__init__(parent)
        self.known_ids = set(known_ids)
        self.rejected: list[str] = []  # the latest rejections (at most MAX_REJECTIONS_KEPT)
        self.rejections = 0
        self.view_size = view_size  # () -> (width, height) of the web view once shown, or None
        self.page_object = PageBridge(self)

    def _accept_id(self, value, what: str) -> str | None:
        if not isinstance(value, str) or len(value) > MAX_BRIDGE_STRING:
            self._reject(f"{what}: not a short string ({type(value).__name__}, {len(str(value))} chars)")
            return None
        if value and value not in self.known_ids:
            self._reject(f"{what}: unknown feature id {value[:60]!r}")
            return None
        return value

    def _accept_ids(self, value, what: str, allow_empty: bool) -> list[str] | None:
        """value as a list of known feature ids (repeats dropped), or None if it is anything else."""
        if not isinstance(value, (list, tuple)) or len(value) > MAX_IDS:
            size = len(value) if isinstance(value, (list, tuple)) else None
            self._reject(f"{what}: not a list of at most {MAX_IDS} ids ({type(value).__name__}, {size})")
            return None
        ids: list[str] = []
        for fid in value:
            if not isinstance(fid, str) or not fid or len(fid) > MAX_BRIDGE_STRING:
                self._reject(f"{what}: not a feature id: {_show(fid)}")
                return None
            if fid not in self.known_ids:
                self._reject(f"{what}: unknown feature id {fid[:60]!r}")
                return None
            if fid not in ids:
                ids.append(fid)
        if not ids and not allow_empty:
            self._reject(f"{what}: no feature ids")
            return None
        return ids

    def _reject(self, message: str) -> None:
        if len(self.rejected) >= MAX_REJECTIONS_KEPT:  # a page that floods keeps neither memory nor the log
            del self.rejected[: MAX_REJECTIONS_KEPT // 2]
        self.rejected.append(message)
        self.rejections += 1
        if self.rejections <= MAX_REJECTIONS_LOGGED:
            log.warning("bridge rejected %s", message)

    def featureClicked(self, fid):  # noqa: N802
        fid = self._accept_id(fid, "featureClicked")
        if fid is not None:
            self.featureClickedSignal.emit(fid)

    def featureCycled(self, fid):  # noqa: N802
        fid = self._accept_id(fid, "featureCycled")
        if fid:
            self.featureCycledSignal.emit(fid)

    def featureHovered(self, fid):  # noqa: N802
        fid = self._accept_id(fid, "featureHovered")
        if fid is not None:
            self.featureHoveredSignal.emit(fid)

    def featuresAt(self, ids, x, y):  # noqa: N802
        ids = self._accept_ids(ids, "featuresAt", allow_empty=False)
        px, py = _number(x, 0, MAX_PIXEL), _number(y, 0, MAX_PIXEL)
        if ids is None:
            return
        if px is None or py is None:
            self._reject(f"featuresAt: bad position {_show(x)}, {_show(y)}")
            return
        self.featuresAtSignal.emit(ids, round(px), round(py))

    def featuresHovered(self, ids):  # noqa: N802
        ids = self._accept_ids(ids, "featuresHovered", allow_empty=True)
        if ids is not None:
            self.featuresHoveredSignal.emit(ids)

    def mouseMoved(self, lat, lng):  # noqa: N802
        la, ln = _number(lat, -90, 90), _number(lng, -360, 360)
        if la is None or ln is None:
            self._reject(f"mouseMoved: bad coordinates {_show(lat)}, {_show(lng)}")
            return
        self.mouseMovedSignal.emit(la, ln)

    def viewChanged(self, lat, lng, zoom):  # noqa: N802
        la, ln, z = _number(lat, -90, 90), _number(lng, -360, 360), _whole(zoom, 0, MAX_ZOOM)
        if la is None or ln is None or z is None:
            self._reject(f"viewChanged: bad view {_show(lat)}, {_show(lng)}, zoom {_show(zoom)}")
            return
        self.viewChangedSignal.emit(la, ln, z)

    def viewSize(self):  # noqa: N802
        """The view's size on screen, or None while it is hidden (viewShown then brings it): the page
        waits for that size before it calls itself ready."""
        size = self.view_size() if self.view_size else None
        return list(size) if size else None

    def places(self):
        """The places the sources name, for the map's places layer (azmap/mapview/places_layer.py), or
        None while the window has no store yet (it sends them then): ``places_provider`` gives them."""
        provider = getattr(self, "places_provider", None)
        return provider() if provider else []

    def mapReady(self, count):  # noqa: N802
        n = _whole(count, 0, MAX_FEATURES)
        if n is None:
            self._reject(f"mapReady: bad feature count {_show(count)}")
            return
        self.mapReadySignal.emit(n)


class PageBridge(QObject):
    """The object the page's channel publishes as "bridge": it passes each call to the Bridge.

    A QWebChannel publishes every public slot, signal and property of the object it is given,
    QObject's included; of those only deleteLater could do harm, and a deletion it asks for is
    refused here (the object goes with its parent)."""

    viewShown = Signal(int, int)

    def __init__(self, bridge: Bridge):
        super().__init__(bridge)
        self._bridge = bridge
        bridge.viewShown.connect(self.viewShown)

    def event(self, event):
        if event.type() == QEvent.Type.DeferredDelete:
            self._bridge._reject("deleteLater: the page may not delete the bridge")
            return True
        return super().event(event)

    @Slot("QVariant")
    def featureClicked(self, fid):  # noqa: N802
        self._bridge.featureClicked(fid)

    @Slot("QVariant")
    def featureCycled(self, fid):  # noqa: N802
        self._bridge.featureCycled(fid)

    @Slot("QVariant")
    def featureHovered(self, fid):  # noqa: N802
        self._bridge.featureHovered(fid)

    @Slot("QVariant", "QVariant", "QVariant")
    def featuresAt(self, ids, x, y):  # noqa: N802
        self._bridge.featuresAt(ids, x, y)

    @Slot("QVariant")
    def featuresHovered(self, ids):  # noqa: N802
        self._bridge.featuresHovered(ids)

    @Slot("QVariant", "QVariant")
    def mouseMoved(self, lat, lng):  # noqa: N802
        self._bridge.mouseMoved(lat, lng)

    @Slot("QVariant", "QVariant", "QVariant")
    def viewChanged(self, lat, lng, zoom):  # noqa: N802
        self._bridge.viewChanged(lat, lng, zoom)

    @Slot(result="QVariant")
    def viewSize(self):  # noqa: N802
        return self._bridge.viewSize()

    @Slot("QVariant")
    def mapReady(self, count):  # noqa: N802
        self._bridge.mapReady(count)

    @Slot(result="QVariant")
    def places(self):
        return self._bridge.places()
