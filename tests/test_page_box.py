"""The map page stays in its box, and the window survives what it reads.

WebRTC, which does not pass through the network guard, is not available to the page; in online
mode only the basemap's tiles leave the machine; the bridge takes from the page only the calls and
the values it expects; damaged remembered settings are ignored; file names are shown as text.
"""
import json
import math
import select
import socket

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import open_window as _open_window, run_js, settings_in  # noqa: E402

pytestmark = pytest.mark.gui


def open_window(qtbot, settings, size=None):
    """As a user opens it, at the size the settings give it (none: Qt's own)."""
    return _open_window(qtbot, settings, size)


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, settings_in(tmp_path), size=(1100, 760))
    yield w
    w.close()


def through_channel(qtbot, w, calls: str):
    """Run calls in the page with `bridge` bound to the object the page's channel publishes."""
    run_js(qtbot, w, "(function () { new QWebChannel(qt.webChannelTransport, function (ch) { "
                     "var bridge = ch.objects.bridge; %s }); return true; })()" % calls)


# -- WebRTC ---------------------------------------------------------------------------------------------

class LoopbackListeners:
    """A UDP socket and a listening TCP socket on 127.0.0.1, on ports the system chooses."""

    def __init__(self):
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.bind(("127.0.0.1", 0))
        self.tcp.listen(4)
        self.udp_port, self.tcp_port = self.udp.getsockname()[1], self.tcp.getsockname()[1]

    def heard(self) -> list[str]:
        """Which of them something reached (a datagram, a connection), without waiting."""
        ready, _, _ = select.select([self.udp, self.tcp], [], [], 0)
        return sorted("udp" if s is self.udp else "tcp" for s in ready)

    def close(self):
        self.udp.close()
        self.tcp.close()


# where the page takes RTCPeerConnection from: itself, or an empty frame it adds (reachable
# before anything could run in it)
RTC_REALMS = {
    "the page": "window",
    "an empty frame": "(function () { var f = document.createElement('iframe'); document.body.appendChild(f); "
                      "return f.contentWindow; })()",
    "a frame of a frame": "(function () { var f = document.createElement('iframe'); document.body.appendChild(f); "
                          "var d = f.contentWindow.document, g = d.createElement('iframe'); d.body.appendChild(g); "
                          "return f.contentWindow[0]; })()",
}

RTC_ATTEMPT = """(function () {
  window.__rtc = "trying";
  try {
    var realm = %(realm)s;
    var Connection = realm.RTCPeerConnection || realm.webkitRTCPeerConnection;
    var pc = new Connection({iceServers: [
      {urls: "stun:127.0.0.1:%(udp)d"},
      {urls: "turn:127.0.0.1:%(tcp)d?transport=tcp", username: "azmap", credential: "test"}]});
    pc.onicegatheringstatechange = function () { if (pc.iceGatheringState === "complete") window.__rtc = "gathered"; };
    pc.createDataChannel("probe");
    pc.createOffer().then(function (offer) { return pc.setLocalDescription(offer); })
      .catch(function (e) { window.__rtc = "failed: " + e; });
    return "started";
  } catch (e) {
    window.__rtc = "unavailable: " + e;
    return window.__rtc;
  }
})()"""


@pytest.fixture
def blocked_tiles(monkeypatch):
    """Online mode without the network: the page is built with a tile layer and may reach remote
    addresses, but its tiles are on a host under .localhost and the guard lets none through."""
    import azmap.mapview.page as page
    from azmap.mapview.web import NetworkGuard

    monkeypatch.setattr(page, "ONLINE_BASEMAP", {**page.ONLINE_BASEMAP, "host": "tiles.localhost",
                                                  "url": "https://tiles.localhost/{z}/{x}/{y}.png"})
    monkeypatch.setattr(NetworkGuard, "allow_tiles", lambda self, template: None)


@pytest.mark.parametrize("realm", list(RTC_REALMS))
@pytest.mark.parametrize("online", [False, True], ids=["offline", "online"])
def test_webrtc_reaches_no_listener_on_this_machine(qtbot, tmp_path, request, realm, online):
    if online:
        request.getfixturevalue("blocked_tiles")
    listeners = LoopbackListeners()
    w = open_window(qtbot, settings_in(tmp_path, online_basemap=online))
    try:
        from PySide6.QtWebEngineCore import QWebEngineSettings

        remote = QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls
        assert w.page.settings().testAttribute(remote) is online
        run_js(qtbot, w, RTC_ATTEMPT % {"realm": RTC_REALMS[realm], "udp": listeners.udp_port,
                                        "tcp": listeners.tcp_port})
        # until the page gives up (or gathers its candidates) or a listener hears from it
        try:
            qtbot.waitUntil(lambda: bool(listeners.heard()) or run_js(qtbot, w, "window.__rtc") != "trying",
                            timeout=10000)
        except qtbot.TimeoutError:
            pass
        assert listeners.heard() == [], run_js(qtbot, w, "window.__rtc")
        assert run_js(qtbot, w, "window.__rtc").startswith("unavailable")
    finally:
        w.close()
        listeners.close()


def test_the_page_runs_only_its_own_scripts(qtbot, window):
    """The page's content security policy: an event handler in markup and a javascript: address
    do not run (they are refused, and the page hears of it)."""
    run_js(qtbot, window, """(function () {
      window.__refused = [];
      document.addEventListener("securitypolicyviolation", function (e) { __refused.push(e.violatedDirective); });
      var img = document.createElement("img");
      img.setAttribute("onerror", "window.__ran = 'handler'");
      img.src = "data:,not an image";
      document.body.appendChild(img);
      var f = document.createElement("iframe");
      f.src = "javascript:parent.__ran = 'address'";
      document.body.appendChild(f);
      return true; })()""")
    qtbot.waitUntil(lambda: len(run_js(qtbot, window, "window.__refused")) >= 2, timeout=5000)
    assert run_js(qtbot, window, "typeof window.__ran") == "undefined"
    assert run_js(qtbot, window, "typeof window.open") == "undefined"


# -- the guard ------------------------------------------------------------------------------------------

TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


@pytest.fixture
def guard(qapp, tmp_path):
    from azmap.mapview.web import NetworkGuard

    g = NetworkGuard(tiles=TILES)
    g.allowed_files = {tmp_path / "page.html"}
    yield g
    g.deleteLater()


@pytest.mark.parametrize("url", [
    "https://tile.openstreetmap.org/7/80/48.png",
    "https://tile.openstreetmap.org:443/0/0/0.png",
    "https://TILE.openstreetmap.org/11/1300/760.png",
])
def test_online_the_guard_lets_through_the_basemaps_tiles(guard, url):
    from PySide6.QtCore import QUrl

    assert guard.decide(QUrl(url)) == (True, "a tile of the online basemap")


@pytest.mark.parametrize("url", [
    "http://tile.openstreetmap.org/7/80/48.png",                # not https
    "https://tile.openstreetmap.org:8443/7/80/48.png",          # another port
    "https://tile.openstreetmap.org:80/7/80/48.png",
    "https://tile.openstreetmap.org/",                          # not a tile
    "https://tile.openstreetmap.org/copyright",
    "https://tile.openstreetmap.org/7/80/48.png?session=1",     # a query
    "https://tile.openstreetmap.org/7/80/48.png#x",
    "https://tile.openstreetmap.org/7/80/48.jpg",
    "https://tile.openstreetmap.org/7/80/48.png/more",
    "https://tile.openstreetmap.org/a/80/48.png",
    "https://tile.openstreetmap.org/7/80/48%2e.png",
    "https://tile.openstreetmap.org/7/80%2F48.png",
    "https://tile.openstreetmap.org/../7/80/48.png/..",
    "https://tile.openstreetmap.org/123/80/48.png",
    "https://user:secret@tile.openstreetmap.org/7/80/48.png",   # user information
    "https://a.tile.openstreetmap.org/7/80/48.png",             # other hosts
    "https://tile.openstreetmap.org.example.com/7/80/48.png",
    "https://example.com/tile.openstreetmap.org/7/80/48.png",
    "https://127.0.0.1/7/80/48.png",
    "wss://tile.openstreetmap.org/7/80/48.png",                 # other schemes
    "ftp://tile.openstreetmap.org/7/80/48.png",
])
def test_online_the_guard_blocks_everything_else(guard, url):
    from PySide6.QtCore import QUrl

    ok, why = guard.decide(QUrl(url))
    assert not ok, url
    assert why


def test_online_only_tiles_are_fetched_and_only_with_get(guard):
    from PySide6.QtCore import QUrl

    assert guard.decide(QUrl("https://tile.openstreetmap.org/7/80/48.png"), b"POST")[0] is False


def test_offline_the_guard_lets_through_the_page_and_inline_data_only(qapp, tmp_path):
    from PySide6.QtCore import QUrl

    from azmap.mapview.web import NetworkGuard

    g = NetworkGuard()
    g.allowed_files = {tmp_path / "page.html"}
    assert g.decide(QUrl.fromLocalFile(str(tmp_path / "page.html")))[0]
    assert g.decide(QUrl("data:image/png;base64,AAAA"))[0]
    for url in ["https://tile.openstreetmap.org/7/80/48.png", QUrl.fromLocalFile(str(tmp_path / "other.html")),
                "file://otherhost" + str(tmp_path / "page.html"), "ws://127.0.0.1:1/", "qrc:/x"]:
        assert not g.decide(QUrl(url))[0], url


@pytest.mark.parametrize("template", ["http://tile.example.org/{z}/{x}/{y}.png",
                                      "https://{s}.example.org/{z}/{x}/{y}.png",
                                      "https://tile.example.org:8080/{z}/{x}/{y}.png",
                                      "https://tile.example.org/{z}/{x}/{y}.png?key=1",
                                      "https://tile.example.org/{z}/{x}/{y}{r}.png"])
def test_a_tile_template_the_guard_cannot_hold_to_its_pattern_is_refused(qapp, template):
    from azmap.mapview.web import NetworkGuard

    with pytest.raises(ValueError):
        NetworkGuard(tiles=template)


# -- the bridge -----------------------------------------------------------------------------------------

def test_the_bridge_refuses_numbers_out_of_range(qapp):
    from azmap.mapview.web import Bridge

    bridge = Bridge(["btc"])
    views, points, ready = [], [], []
    bridge.viewChangedSignal.connect(lambda *a: views.append(a))
    bridge.mouseMovedSignal.connect(lambda *a: points.append(a))
    bridge.mapReadySignal.connect(ready.append)
    nan, inf = math.nan, math.inf
    for lat, lng, zoom in [(0, 0, 2**31), (0, 0, 2**63), (0, 0, 10**400), (0, 0, 1e308), (0, 0, -1), (0, 0, 31),
                           (0, 0, 5.5), (0, 0, nan), (nan, 0, 5), (0, inf, 5), (-inf, 0, 5), (91, 0, 5), (0, 361, 5),
                           (1e308, 0, 5), (True, 0, 5), ("40", 0, 5), (None, 0, 5), ([1], 0, 5)]:
        bridge.viewChanged(lat, lng, zoom)
    for lat, lng in [(nan, 0), (0, inf), (10**400, 0), (90.5, 0), (False, 0), ("0", "0")]:
        bridge.mouseMoved(lat, lng)
    for count in [2**31, 10**400, 1e308, -1, 2.5, nan, None, "10"]:
        bridge.mapReady(count)
    assert views == [] and points == [] and ready == []
    assert len(bridge.rejected) == 18 + 6 + 8
    bridge.viewChanged(40.4, 49.9, 7.0)
    bridge.mouseMoved(-90, 360)
    bridge.mapReady(0)
    assert views == [(40.4, 49.9, 7)] and points == [(-90.0, 360.0)] and ready == [0]
    bridge.deleteLater()


def test_the_page_sees_only_the_bridges_own_calls(qtbot, window):
    through_channel(qtbot, window, "window.__members = Object.keys(bridge).sort();")
    qtbot.waitUntil(lambda: run_js(qtbot, window, "window.__members") is not None, timeout=5000)
    helpers = {"unwrapQObject", "unwrapProperties", "propertyUpdate", "signalEmitted"}  # qwebchannel.js's own
    members = {m.split("(")[0] for m in run_js(qtbot, window, "window.__members")
               if not m.startswith("__") and m not in helpers}
    ours = {"featureClicked", "featureHovered", "featuresAt", "featuresHovered", "mouseMoved", "viewChanged", "viewSize",
            "mapReady", "viewShown"}
    assert ours <= members
    # none of the window's signals; of QObject's own, nothing the page could use to harm it
    assert members - ours <= {"deleteLater", "destroyed", "objectName", "objectNameChanged"}, members - ours


def test_the_page_cannot_delete_the_bridge(qtbot, window):
    import shiboken6

    published = window.map_view.channel.registeredObjects()["bridge"]
    gone = []
    published.destroyed.connect(lambda *_: gone.append(True))
    before = len(window.bridge.rejected)
    through_channel(qtbot, window, "bridge.deleteLater(); if (bridge['deleteLater()']) bridge['deleteLater()']();")
    # until the deletion is refused, or happens
    qtbot.waitUntil(lambda: bool(gone) or any("deleteLater" in r for r in window.bridge.rejected[before:]),
                    timeout=5000)
    assert not gone and shiboken6.isValid(published) and shiboken6.isValid(window.bridge)
    # the bridge still carries the page's calls
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        through_channel(qtbot, window, "bridge.featureClicked('btc');")
    assert window.current == "btc"


def test_the_page_cannot_crash_the_window_with_numbers(qtbot, window):
    before = len(window.bridge.rejected)
    through_channel(qtbot, window, """
        bridge.viewChanged(0, 0, Math.pow(2, 31)); bridge.viewChanged(0, 0, Math.pow(2, 64));
        bridge.viewChanged(0, 0, 1e308); bridge.viewChanged(NaN, 0, 5); bridge.viewChanged(0, 0, -1);
        bridge.viewChanged(0, Infinity, 5); bridge.mouseMoved(1e308, -1e308); bridge.mapReady(1e308);
        bridge.mapReady(-1);""")
    qtbot.waitUntil(lambda: len(window.bridge.rejected) >= before + 9, timeout=5000)
    assert all(r.startswith(("viewChanged", "mouseMoved", "mapReady")) for r in window.bridge.rejected[before:])
    # still there, and a sound view is taken (and remembered)
    # (the page may report a move of its own meanwhile, say a late resize on a busy machine)
    with qtbot.waitSignal(window.bridge.viewChangedSignal, timeout=5000,
                          check_params_cb=lambda *args: list(args) == [40.5, 47.5, 7]) as got:
        through_channel(qtbot, window, "bridge.viewChanged(40.5, 47.5, 7);")
    assert got.args == [40.5, 47.5, 7]
    assert json.loads(window.settings.value("view")) == [40.5, 47.5, 7]


# -- remembered settings --------------------------------------------------------------------------------

def first_window_size(window):
    """The size of a window at a first start on this screen (at most 90 % of it)."""
    from azmap.ui.geometry import available, first_window_size as size

    return size(available(window))


DAMAGED = [
    ("view", "[Infinity, 1, 5]"), ("view", "[40, 47, Infinity]"), ("view", "[1e400, 47, 5]"),
    ("view", "[40, 47, 1e400]"), ("view", "[NaN, 47, 5]"), ("view", "[40, 47, 5.5]"), ("view", 12),
    ("view", b"\xff\xfe"), ("view", ["40", "47", "5"]),
    ("geometry", b"garbage"), ("geometry", "garbage"), ("geometry", 12345), ("geometry", b""),
    ("geometry", b"\x01\xd9\xd0\xcb\x00\x03" + b"\xff" * 40),  # the start of a saved geometry, then nonsense
    ("map_size", "garbage"), ("map_size", "1e9x1e9"), ("map_size", "9" * 5000 + "x100"), ("map_size", b"\x00"),
    ("map_size", 7),
    ("layer/relief", b"garbage"), ("layer/relief", "maybe"), ("layer/relief", 7), ("layer/relief", ["1", "2"]),
    ("online_basemap", "garbage"), ("online_basemap", b"true"), ("online_basemap", 2),
]


@pytest.mark.parametrize("key,value", DAMAGED, ids=[f"{k}={v!r}"[:40] for k, v in DAMAGED])
def test_a_damaged_setting_is_ignored_and_the_window_opens(qtbot, tmp_path, caplog, key, value):
    from azmap.mapview.page import DEFAULT_CENTER, DEFAULT_ZOOM

    caplog.set_level("WARNING")
    w = open_window(qtbot, settings_in(tmp_path, **{key: value}))
    try:
        assert w.isVisible() and w.map.is_ready
        assert any("ignored the remembered" in r.getMessage() for r in caplog.records)
        if key == "geometry":
            assert w.size().toTuple() == first_window_size(w) and not w.isFullScreen()  # as at a first start
        elif key == "view":
            lat, lng, zoom = run_js(qtbot, w, "azmap.getView()")
            assert (round(lat, 1), round(lng, 1), zoom) == (*DEFAULT_CENTER, DEFAULT_ZOOM)
        elif key == "map_size":
            assert "size=" not in w.page.url().fragment()
        elif key == "layer/relief":
            assert w.state.layers["relief"] is True
            assert "relief" in run_js(qtbot, w, "azmap.visibleLayers()")
        elif key == "online_basemap":
            assert w.guard.tiles is None  # offline
    finally:
        w.close()


def test_settings_of_other_kinds_in_the_file_are_ignored(qtbot, tmp_path):
    """Values that the settings file turns into Qt types of their own (a rectangle, a size, a
    variant Qt cannot read)."""
    (tmp_path / "settings.ini").write_text(
        "[General]\ngeometry=@Rect(0 0 100000 100000)\nview=@Size(1 2)\nmap_size=@Point(5 5)\n"
        "online_basemap=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x5)\n[layer]\nroutes=@ByteArray(\\xff)\n", encoding="latin-1")
    w = open_window(qtbot, settings_in(tmp_path))
    try:
        assert w.isVisible() and w.size().toTuple() == first_window_size(w)
        assert w.state.layers["routes"] is True and w.guard.tiles is None
    finally:
        w.close()


def test_a_sound_geometry_and_layers_are_still_taken(qtbot, tmp_path):
    settings = settings_in(tmp_path)
    w = open_window(qtbot, settings, size=(790, 610))  # within the screen (offscreen: 800×800)
    w.layers.state.set_layer("routes", False)
    w.close()
    again = open_window(qtbot, settings)
    try:
        assert again.size().toTuple() == w.size().toTuple() == (790, 610)
        assert again.state.layers["routes"] is False
    finally:
        again.close()


def test_a_remembered_view_that_is_sound_is_still_taken(qtbot, tmp_path):
    from azmap.ui.app import remembered_map_size, remembered_online, remembered_view

    settings = settings_in(tmp_path, view="[40.1, 47.2, 8]", map_size="800x600", online_basemap=True)
    assert remembered_view(settings) == (40.1, 47.2, 8)
    assert remembered_map_size(settings) == (800, 600)
    assert remembered_online(settings) is True
    settings.setValue("online_basemap", "false")
    assert remembered_online(settings) is False


# -- text is text ---------------------------------------------------------------------------------------

def test_file_names_that_look_like_markup_are_shown_as_text(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QProgressDialog

    import azmap.corpus.ingest as ingest

    big = "<img width=12000 height=12000 src=x>"
    good = tmp_path / f"{big} <h1>note.md"
    good.write_text("# Note\n\nThe Gabala radar was offered to the United States as a shared site in 2007.\n")
    bad = tmp_path / f"{big}.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    seen = []
    original = ingest.ingest_paths

    def watched(store, paths, progress=None, **kw):
        def step(done, total, label=""):
            progress(done, total, label)
            dialog = window.findChildren(QProgressDialog)[-1]
            labels = [lb for lb in dialog.findChildren(QLabel) if lb.text() == label]
            seen.append((label, dialog.size().toTuple(), [lb.textFormat() for lb in labels]))
        return original(store, paths, progress=step, **kw)

    monkeypatch.setattr(ingest, "ingest_paths", watched)
    report = window.add_documents([str(good), str(bad)])
    assert len(report.added) == 1 and len(report.rejected) == 1
    named = [s for s in seen if big in s[0]]
    assert len(named) == 2
    for label, (width, height), formats in named:
        assert width < 2000 and height < 2000, (label, width, height)
        assert formats == [Qt.TextFormat.PlainText]
    box = window.documents.message_box
    qtbot.waitExposed(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"{big}.txt" in box.text()
    assert box.width() < 2000 and box.height() < 2000
    box.close()
