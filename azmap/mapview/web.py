"""Qt side of the map page: the azmap:// URL scheme, the network guard and the JavaScript bridge."""
from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtWebEngineCore import (QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor,
                                     QWebEngineUrlScheme, QWebEngineUrlSchemeHandler)

from azmap.paths import GEODATA_DIR, WEB_DIR

log = logging.getLogger("azmap.web")
SCHEME = b"azmap"
ALLOWED_SCHEMES = {"azmap", "qrc", "data", "blob", "about"}
MAX_BRIDGE_STRING = 200


def register_scheme() -> None:
    """Must run before the QApplication is created."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalAccessAllowed
                    | QWebEngineUrlScheme.Flag.CorsEnabled | QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored)
    QWebEngineUrlScheme.registerScheme(scheme)


def _static_roots() -> dict[str, Path]:
    import xstatic.pkg.leaflet as leaflet

    return {"lib/leaflet": Path(leaflet.BASE_DIR), "web": WEB_DIR, "geodata": GEODATA_DIR}


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves azmap://app/... from memory (the page) and from installed files (everything else)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages: dict[str, bytes] = {}
        self.roots = _static_roots()
        self.served: list[str] = []

    def set_page(self, name: str, html: str) -> None:
        self.pages[name] = html.encode("utf-8")

    def _resolve(self, path: str) -> tuple[bytes, str] | None:
        path = path.lstrip("/")
        if path in self.pages:
            return self.pages[path], "text/html"
        if path == "qwebchannel.js":
            f = QFile(":/qtwebchannel/qwebchannel.js")
            if f.open(QIODevice.OpenModeFlag.ReadOnly):
                return bytes(f.readAll()), "application/javascript"
            return None
        for prefix, root in self.roots.items():
            if path.startswith(prefix + "/"):
                target = (root / path[len(prefix) + 1:]).resolve()
                if root.resolve() in target.parents and target.is_file():
                    mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                    return target.read_bytes(), mime
        return None

    def requestStarted(self, job):  # noqa: N802 (Qt name)
        url = job.requestUrl()
        found = self._resolve(url.path()) if url.host() == "app" else None
        if found is None:
            log.warning("not found: %s", url.toString())
            job.fail(job.Error.UrlNotFound)
            return
        data, mime = found
        self.served.append(url.path())
        buf = QBuffer(parent=job)
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buf)


class NetworkGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the machine, unless the user turned on the online basemap
    (and then only to its tile host). Keeps a record of what it blocked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.allowed_hosts: set[str] = set()
        self.blocked: list[str] = []
        self.allowed_external: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo):  # noqa: N802
        url = info.requestUrl()
        if url.scheme() in ALLOWED_SCHEMES:
            return
        if url.host() in self.allowed_hosts:
            self.allowed_external.append(url.toString())
            return
        self.blocked.append(url.toString())
        log.warning("blocked a network request: %s", url.toString())
        info.block(True)


class Bridge(QObject):
    """What the page may tell Python. Only known feature ids and numbers are accepted."""

    featureClickedSignal = Signal(str)
    featureHoveredSignal = Signal(str)
    mouseMovedSignal = Signal(float, float)
    viewChangedSignal = Signal(float, float, int)
    mapReadySignal = Signal(int)

    def __init__(self, known_ids, parent=None):
        super().__init__(parent)
        self.known_ids = set(known_ids)
        self.rejected: list[str] = []

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

    @Slot("QVariant")
    def mapReady(self, count):  # noqa: N802
        if isinstance(count, (int, float)):
            self.mapReadySignal.emit(int(count))


def app_url(path: str) -> QUrl:
    return QUrl(f"azmap://app/{path.lstrip('/')}")
