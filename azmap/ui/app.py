"""Starting the desktop application (and the --screenshot mode)."""
from __future__ import annotations

import logging
import os
import re
import sys

import time as _t

log = logging.getLogger("azmap")
_IMPORTED_AT = _t.time()


def _process_start() -> float:
    """Wall-clock time at which this process started (Linux /proc; falls back to import time)."""
    try:
        with open(f"/proc/{os.getpid()}/stat") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        import time

        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


# a host name as the tile address gives it: nothing that could end or extend Chromium's rule list
_HOST = re.compile(r"[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)*")


def box_flags(tile_host: str | None = None) -> list[str]:
    """Chromium's switches that keep the map page in its box at the engine level, for every frame and
    popup whatever script runs in them: connections the request interceptor never sees (a preconnect
    or DNS prefetch, WebTransport, WebRTC's TURN over TCP) find no address for any host, a literal
    address included, but the online basemap's tile host (tile_host, when the user turned it on);
    and WebRTC sends no UDP (STUN, UDP relays, host candidates), as no proxy carries it."""
    rules = "MAP * ~NOTFOUND"
    if tile_host:
        if not _HOST.fullmatch(tile_host):
            raise ValueError(f"not a host name: {tile_host[:80]!r}")
        rules += f", EXCLUDE {tile_host}"
    # QtWebEngine splits its flags at spaces but keeps a double-quoted value whole
    return ["--force-webrtc-ip-handling-policy=disable_non_proxied_udp", f'--host-resolver-rules="{rules}"']


def prepare_qt(tile_host: str | None = None) -> None:
    """What must happen before the QApplication exists: Chromium flags and a shared GL context.
    tile_host: the online basemap's tile host, when the user turned it on (the only host the page
    may then resolve)."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    extra = ["--disable-background-networking", "--disable-component-update", "--no-first-run"]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        extra.append("--no-sandbox")
        log.warning("running as root: QtWebEngine's sandbox is turned off (--no-sandbox)")
    flags = " ".join([flags, *[e for e in extra if e not in flags]])
    # the box's own come last (of a switch given twice Chromium keeps the last), and once
    box = box_flags(tile_host)
    for flag in box:
        flags = flags.replace(flag, "")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([flags.strip(), *box]).strip()
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def open_store_for_ui():
    """(store, problem): the store, or None and a message the window shows."""
    from azmap.corpus.rebuild import ensure_store, open_store_location

    try:
        store = open_store_location(ensure_store(log=log.warning))
        return store, (f"Read-only: {store.read_only}." if store.read_only else None)
    except Exception as exc:  # the window still opens, with the map and a clear message
        log.exception("passage store unavailable")
        return None, f"The passage store could not be opened: {exc}"


def remembered_map_size(settings) -> tuple[int, int] | None:
    """The map's size on screen when the window was last closed ("WxH"), if it is plausible."""
    value = settings.value("map_size", "")
    if value in ("", None):
        return None
    try:
        w, h = (int(v) for v in str(value).split("x"))
    except (TypeError, ValueError):
        w = h = 0
    if 100 <= w <= 20000 and 100 <= h <= 20000:
        return w, h
    log.warning("ignored the remembered map size: %.60r", value)
    return None


def remembered_view(settings) -> tuple[float, float, int] | None:
    """The map's view (lat, lng, zoom) when the window was last closed, if it is plausible."""
    import json
    import math

    value = settings.value("view", "")
    if value in ("", None):
        return None
    try:
        lat, lng, zoom = json.loads(value)
        lat, lng, zoom = float(lat), float(lng), float(zoom)
    except (TypeError, ValueError, OverflowError):
        lat = lng = zoom = math.nan
    if all(map(math.isfinite, (lat, lng, zoom))) and abs(lat) <= 85 and abs(lng) <= 360 \
            and zoom.is_integer() and 0 <= zoom <= 20:
        return lat, lng, int(zoom)
    log.warning("ignored the remembered map view: %.60r", value)
    return None


def remembered_online(settings) -> bool:
    """Whether the user turned the online basemap on: only a plain yes counts."""
    value = settings.value("online_basemap", False)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0", ""):
        return value.strip().lower() in ("true", "1")
    log.warning("ignored the remembered online basemap setting: %.60r", value)
    return False


def remembered_layers(settings, keys) -> dict:
    """The layers the user turned on or off last time ({key: on}), of those named in keys."""
    layers = {}
    for key in keys:
        stored = settings.value(f"layer/{key}")
        if stored is None:
            continue
        text = str(stored).strip().lower() if isinstance(stored, (bool, int, str)) else None
        if text in ("true", "1", "false", "0"):
            layers[key] = text in ("true", "1")
        else:
            log.warning("ignored the remembered state of layer %s: %.60r", key, stored)
    return layers


def create_window(settings=None):
    """The main window. The map page starts loading first (from the page cache: no geodata parsing),
    then the gazetteer, the widgets and the store are made while Chromium draws the map."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from azmap.features import GeodataError
    from azmap.mapview.page import ONLINE_BASEMAP, cached_page
    from azmap.mapview.view import MapView

    settings = settings or QSettings("azmap", "azmap")
    online = remembered_online(settings)
    map_view = MapView(online_tiles=ONLINE_BASEMAP["url"] if online else None, size=remembered_map_size(settings))
    problems = []
    from azmap.state import DEFAULT_LAYERS

    layers_off = [k for k, on in remembered_layers(settings, DEFAULT_LAYERS).items() if not on]
    # the page loads while the window is built; between the steps Qt serves what the page asks of
    # the main thread (the guard for the page's requests, the bridge's handshake)
    serve = QCoreApplication.processEvents
    try:
        map_view.load(cached_page(online_basemap=online), view=remembered_view(settings), layers_off=layers_off)
        serve()
        from azmap.features import gazetteer

        gaz = gazetteer()
        serve()
    except GeodataError as exc:  # the window still opens: an empty map and the reason in the panel
        from azmap.features import Gazetteer

        log.error("%s", exc)
        gaz = Gazetteer([], {"type": "FeatureCollection", "features": []})
        map_view.load(cached_page(online_basemap=online, gazetteer=gaz), view=remembered_view(settings),
                      layers_off=layers_off)
        problems.append(f"The map's geodata are missing or damaged ({exc}). Reinstall azmap or run `make geodata`.")
    from azmap.ui.mainwindow import MainWindow

    serve()
    window = MainWindow(gaz, map_view, None, " ".join(problems) or None, settings=settings)
    serve()
    store, problem = open_store_for_ui()
    window.set_store(store, " ".join([*problems, problem] if problem else problems) or None)
    return window


def process_tree_rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process and all its descendants (QtWebEngine's helpers included), in MB."""
    pid = pid or os.getpid()
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total / 2**20


def save_and_leave(window, path: str) -> None:
    """Write the window's picture and the settings, then leave at once: nothing is left to save,
    and Qt's and Chromium's teardown (about 60 ms) would only make the caller wait."""
    ok = window.grab().save(path, "PNG", 80)  # a faster zlib level than the default; same pixels
    window.save_settings()
    window.settings.sync()
    if window.store is not None:
        window.store.close()
    log.info("saved %s", path) if ok else log.error("could not write %s", path)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if ok else 1)


def run_app(screenshot: str | None = None, select: str | None = None, size: str | None = None,
            quit_when_ready: bool = False) -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    from PySide6.QtCore import QSettings

    from azmap.mapview.page import ONLINE_BASEMAP

    # the online basemap is turned on or off for the next start: its tile host alone may resolve
    prepare_qt(tile_host=ONLINE_BASEMAP["host"] if remembered_online(QSettings("azmap", "azmap")) else None)
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
        if quit_when_ready:
            import json
            import time as _time

            print(json.dumps({"ready_s_since_process_start": round(_time.time() - _process_start(), 3),
                              "rss_mb_process_tree": round(process_tree_rss_mb(), 1)}), flush=True)
            QTimer.singleShot(0, app.quit)
        if screenshot and select:  # the selection is drawn after the ready frame: until it settles
            from azmap.mapview.frames import when_settled

            when_settled(window.view, lambda: save_and_leave(window, screenshot))
        elif screenshot:  # the ready frame is on screen (mapview.frames)
            save_and_leave(window, screenshot)

    window.mapReady.connect(when_ready)
    if screenshot:
        QTimer.singleShot(60_000, lambda: (log.error("the map did not finish rendering in 60 s"), app.exit(1)))
    return app.exec()
