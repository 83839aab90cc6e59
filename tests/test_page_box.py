"""The map page stays in its box, and the window survives what it reads.

WebRTC, which does not pass through the network guard, is not available to the page, and what a
frame still holds reaches nothing (nor do preconnects and prefetches); no frame opens a window; the
page refuses to leave the map, and a page lost anyway is loaded again; in online mode only the
basemap's tiles leave the machine; the bridge takes from the page only the calls and
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


# what is reachable from the page before anything of ours could run in it: a frame whose first
# document is still the empty one it starts with (its srcdoc not loaded yet, or never: out of sight,
# or its address refused); the engine (app.box_flags) keeps each of them off the network (and a
# window a frame opens: there is none, test_no_frame_can_open_a_window)
GRABBED_REALMS = {
    "a frame with srcdoc, before it loads": "(function () { var f = document.createElement('iframe'); "
                                            "f.srcdoc = '<p>x</p>'; document.body.appendChild(f); "
                                            "return f.contentWindow; })()",
    "a lazy frame out of sight": "(function () { var f = document.createElement('iframe'); f.loading = 'lazy'; "
                                 "f.style.cssText = 'position: absolute; top: 100000px'; f.srcdoc = '<p>x</p>'; "
                                 "document.body.appendChild(f); return f.contentWindow; })()",
    "a frame whose javascript: address is refused": "(function () { var f = document.createElement('iframe'); "
                                                    "f.src = 'javascript:1'; document.body.appendChild(f); "
                                                    "return f.contentWindow; })()",
}

# a peer's answer that names this machine's listeners as its candidates (UDP and TCP), so that
# connectivity checks would be sent to them
RTC_REMOTE_CANDIDATES = """(function () {
  window.__rtc = "trying";
  try {
    var realm = %(realm)s, Connection = realm.RTCPeerConnection;
    var pc = new Connection({}), peer = new Connection({});
    pc.createDataChannel("probe");
    pc.createOffer().then(function (offer) { return pc.setLocalDescription(offer); })
      .then(function () { return peer.setRemoteDescription(pc.localDescription); })
      .then(function () { return peer.createAnswer(); })
      .then(function (answer) {
        var sdp = answer.sdp.replace(/a=ice-ufrag/,
          "a=candidate:1 1 udp 2122260223 127.0.0.1 %(udp)d typ host\\r\\n" +
          "a=candidate:2 1 tcp 1518280447 127.0.0.1 %(tcp)d typ host tcptype passive\\r\\na=ice-ufrag");
        return pc.setRemoteDescription({type: "answer", sdp: sdp});
      })
      .then(function () { window.__rtc = "checking"; })
      .catch(function (e) { window.__rtc = "failed: " + e; });
    return "started";
  } catch (e) {
    window.__rtc = "unavailable: " + e;
    return window.__rtc;
  }
})()"""


def settle_and_hear(qtbot, listeners, ms=2000):
    """What the listeners heard within a fixed settle (at once, should one hear something)."""
    try:
        qtbot.waitUntil(lambda: bool(listeners.heard()), timeout=ms)
    except qtbot.TimeoutError:
        pass
    return listeners.heard()


@pytest.mark.parametrize("attempt", ["ice servers", "remote candidates"])
@pytest.mark.parametrize("realm", list(GRABBED_REALMS))
def test_webrtc_from_any_frame_or_popup_reaches_no_listener(qtbot, window, realm, attempt):
    """Whatever frame or window script takes RTCPeerConnection from, nothing it starts reaches this
    machine: no STUN datagram, no TURN connection, no connectivity check to a remote candidate."""
    listeners = LoopbackListeners()
    try:
        code = RTC_ATTEMPT if attempt == "ice servers" else RTC_REMOTE_CANDIDATES
        run_js(qtbot, window, code % {"realm": GRABBED_REALMS[realm], "udp": listeners.udp_port,
                                      "tcp": listeners.tcp_port})
        try:
            qtbot.waitUntil(lambda: bool(listeners.heard())
                            or run_js(qtbot, window, "window.__rtc") not in ("trying", "checking"), timeout=10000)
        except qtbot.TimeoutError:
            pass
        assert settle_and_hear(qtbot, listeners) == [], run_js(qtbot, window, "window.__rtc")
    finally:
        listeners.close()


POPUPS = {
    "window.open in a frame": "(function () { var f = document.createElement('iframe'); f.srcdoc = 'x'; "
                              "document.body.appendChild(f); return f.contentWindow.open('about:blank'); })()",
    "a named popup": "(function () { var f = document.createElement('iframe'); f.srcdoc = 'x'; "
                     "document.body.appendChild(f); return f.contentWindow.open('', 'azmap-probe', 'popup'); })()",
    "a data: frame's window.open": "(function () { var f = document.createElement('iframe'); "
                                   "f.src = 'data:text/html,x'; document.body.appendChild(f); "
                                   "return f.contentWindow.open('about:blank', '_blank'); })()",
    "a frame's frame's window.open": "(function () { var f = document.createElement('iframe'); f.srcdoc = 'x'; "
                                     "document.body.appendChild(f); var d = f.contentWindow.document, "
                                     "g = d.createElement('iframe'); d.body.appendChild(g); "
                                     "return g.contentWindow.open('about:blank'); })()",
}


@pytest.mark.parametrize("how", list(POPUPS))
def test_no_frame_can_open_a_window(qtbot, window, how):
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    assert run_js(qtbot, window, "String(%s)" % POPUPS[how]) == "null"
    assert set(QApplication.topLevelWidgets()) <= before


def test_the_page_makes_no_window_when_asked(qtbot, window):
    from PySide6.QtWebEngineCore import QWebEnginePage

    for kind in QWebEnginePage.WebWindowType:
        assert window.page.createWindow(kind) is None
    refused = [r for r in window.page.refused if r.startswith("a new window")]
    assert len(refused) == len(list(QWebEnginePage.WebWindowType))


def _hint(rel, href, inside=""):
    """Script that adds <link rel=REL href=HREF> to the page's head or, with inside, to a frame's."""
    target = "document" if not inside else inside
    return ("(function () { var d = %s; var l = d.createElement('link'); l.rel = %s; l.href = %s; "
            "d.head.appendChild(l); return true; })()" % (target, json.dumps(rel), json.dumps(href)))


SRCDOC_FRAME = ("(function () { var f = document.createElement('iframe'); f.srcdoc = '<p>x</p>'; "
                "document.body.appendChild(f); var d = f.contentWindow.document; "
                "if (!d.head) d.documentElement.appendChild(d.createElement('head')); return d; })()")

HINTS = {
    "preconnect to 127.0.0.1": lambda port: _hint("preconnect", f"http://127.0.0.1:{port}/"),
    "preconnect to localhost": lambda port: _hint("preconnect", f"http://localhost:{port}/"),
    "preconnect over https": lambda port: _hint("preconnect", f"https://127.0.0.1:{port}/"),
    "dns-prefetch then preconnect": lambda port: "(%s, %s)" % (_hint("dns-prefetch", f"http://localhost:{port}/"),
                                                               _hint("preconnect", f"http://localhost:{port}/")),
    "preconnect from a frame": lambda port: _hint("preconnect", f"http://127.0.0.1:{port}/", inside=SRCDOC_FRAME),
    "prefetch": lambda port: _hint("prefetch", f"http://127.0.0.1:{port}/next.html"),
    "preload": lambda port: _hint("preload", f"http://127.0.0.1:{port}/style.css").replace(
        "l.href", "l.as = 'style'; l.href"),
}


def test_hints_and_prefetches_open_no_connection(qtbot, window):
    """Resource hints a script adds (in the page or a frame) make no connection: each has a
    listener of its own, and none hears anything."""
    listeners = {name: LoopbackListeners() for name in HINTS}
    try:
        for name, hint in HINTS.items():
            assert run_js(qtbot, window, hint(listeners[name].tcp_port)) is True, name
        heard = {}
        try:
            qtbot.waitUntil(lambda: any(lst.heard() for lst in listeners.values()), timeout=3000)
        except qtbot.TimeoutError:
            pass
        heard = {name: lst.heard() for name, lst in listeners.items() if lst.heard()}
        assert heard == {}
    finally:
        for lst in listeners.values():
            lst.close()


# other ways a script may try to reach this machine, from the page and from a frame still showing
# its first, empty document: the guard, the page's policy and the engine each stand in the way
OTHER_WAYS = {  # each an expression of w, the window it runs in
    "a WebSocket": "new w.WebSocket('ws://127.0.0.1:%(tcp)d/')",
    "WebTransport": "new w.WebTransport('https://127.0.0.1:%(udp)d/').ready.catch(function () {})",
    "an EventSource": "new w.EventSource('http://127.0.0.1:%(tcp)d/events')",
    "fetch with keepalive": "w.fetch('http://127.0.0.1:%(tcp)d/', {method: 'POST', body: 'x', keepalive: true})"
                            ".catch(function () {})",
    "a beacon": "w.navigator.sendBeacon('http://127.0.0.1:%(tcp)d/', 'x')",
    "an image": "w.document.body.appendChild(w.document.createElement('img')).src = 'http://127.0.0.1:%(tcp)d/i.png'",
}


@pytest.mark.parametrize("realm", ["the page", "a frame with srcdoc, before it loads"])
def test_no_other_connection_reaches_this_machine(qtbot, window, realm):
    listeners = {name: LoopbackListeners() for name in OTHER_WAYS}
    try:
        for name, code in OTHER_WAYS.items():
            lst = listeners[name]
            where = "window" if realm == "the page" else GRABBED_REALMS[realm]
            attempt = code % {"tcp": lst.tcp_port, "udp": lst.udp_port}
            tried = run_js(qtbot, window, "(function (w) { try { %s; return true; } "
                                          "catch (e) { return String(e); } })(%s)" % (attempt, where))
            assert tried is True, (name, tried)  # not refused at once: made, and on its way
        try:
            qtbot.waitUntil(lambda: any(lst.heard() for lst in listeners.values()), timeout=3000)
        except qtbot.TimeoutError:
            pass
        assert {name: lst.heard() for name, lst in listeners.items() if lst.heard()} == {}
    finally:
        for lst in listeners.values():
            lst.close()


def test_an_ipv6_loopback_preconnect_opens_no_connection(qtbot, window):
    try:
        server = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        server.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback here")
    try:
        server.listen(4)
        run_js(qtbot, window, _hint("preconnect", f"http://[::1]:{server.getsockname()[1]}/"))
        try:
            qtbot.waitUntil(lambda: bool(select.select([server], [], [], 0)[0]), timeout=3000)
        except qtbot.TimeoutError:
            pass
        assert select.select([server], [], [], 0)[0] == []
    finally:
        server.close()


def test_the_engine_resolves_no_host_but_the_tile_host(monkeypatch):
    """The switches given to Chromium: no address for any host (the online basemap's tile host
    alone excepted, when it is on) and no WebRTC over UDP; they come last, once."""
    from azmap.ui.app import box_flags, prepare_qt

    offline = box_flags()
    assert '--host-resolver-rules="MAP * ~NOTFOUND"' in offline
    assert "--force-webrtc-ip-handling-policy=disable_non_proxied_udp" in offline
    online = box_flags("tile.openstreetmap.org")
    assert '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE tile.openstreetmap.org"' in online
    for bad in ['tile.example.org" --proxy-server=x', "a, MAP * 127.0.0.1", "tile example", "", "-x.org", "a..b"]:
        if bad:
            with pytest.raises(ValueError):
                box_flags(bad)
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", '--host-resolver-rules="MAP * 127.0.0.1" --lang=az')
    prepare_qt()
    prepare_qt()
    import os

    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"]
    assert flags.endswith(" ".join(offline)) and flags.count(offline[1]) == 1 and "--lang=az" in flags


ONLINE_CHILD = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from azmap.ui.app import prepare_qt
prepare_qt(tile_host=sys.argv[1])
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
app = QApplication(sys.argv[:1])
profile = QWebEngineProfile()
page = QWebEnginePage(profile)
links = "".join('<link rel=preconnect href="http://%s/">' % a for a in sys.argv[2:])
page.setHtml("<html><head>%s</head><body>x</body></html>" % links, QUrl("http://localhost/"))
import select
end = time.monotonic() + 120
while time.monotonic() < end and not select.select([sys.stdin], [], [], 0)[0]:  # until told (stdin closed)
    app.processEvents()
    time.sleep(0.02)
print("done", flush=True)
os._exit(0)
"""


def test_online_the_engine_resolves_the_tile_host_alone(tmp_path):
    """The switches as Chromium reads them (quoting and all), online with localhost standing for
    the tile host: a preconnect to it connects, one to a literal address beside it does not, even
    when the user's flags carry rules of their own."""
    import os
    import subprocess
    import sys

    tile, other = LoopbackListeners(), LoopbackListeners()
    try:
        # a rule list of the user's own does not open the box (the box's comes last, and counts)
        env = {**os.environ, "QTWEBENGINE_CHROMIUM_FLAGS": '--host-resolver-rules="MAP * 127.0.0.1"'}
        child = subprocess.Popen([sys.executable, "-c", ONLINE_CHILD, "localhost", f"localhost:{tile.tcp_port}",
                                  f"127.0.0.1:{other.tcp_port}"], env=env, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            # until the tile host's listener hears the preconnect (or the child ends), then a settle
            select.select([tile.tcp, child.stdout], [], [], 60)
            select.select([other.tcp], [], [], 1.5)
            heard = (tile.heard(), other.heard())
        finally:
            out, err = child.communicate(input="", timeout=60)  # closes its stdin: it ends
        assert "done" in out, err[-2000:]
        assert heard == (["tcp"], [])
    finally:
        tile.close()
        other.close()


def test_every_permission_the_page_asks_for_is_refused_at_once(qtbot, window):
    """Location, microphone and notifications: refused, not left waiting (and nothing given)."""
    run_js(qtbot, window, """(function () { window.__asked = {};
      navigator.geolocation.getCurrentPosition(function () { __asked.location = "given"; },
                                               function (e) { __asked.location = "refused " + e.code; });
      navigator.mediaDevices.getUserMedia({audio: true}).then(function () { __asked.microphone = "given"; },
                                                              function (e) { __asked.microphone = "refused"; });
      Notification.requestPermission().then(function (r) { __asked.notifications = r; });
      return true; })()""")
    qtbot.waitUntil(lambda: len(run_js(qtbot, window, "window.__asked")) == 3, timeout=10000)
    assert run_js(qtbot, window, "window.__asked") == {"location": "refused 1", "microphone": "refused",
                                                       "notifications": "denied"}


# -- the page stays the map ---------------------------------------------------------------------------

# navigations a script may start that Chromium asks the page about: each is refused, and the map
# stays as it was (what a script set in it is still there)
REFUSED_NAVIGATIONS = {
    "location.replace to a file": "location.replace(%(file)s)",
    "location.replace to this machine": "location.replace(%(http)s)",
    "a refresh to a file": "(function () { var m = document.createElement('meta'); m.httpEquiv = 'refresh'; "
                           "m.content = '0;url=' + %(file)s; document.head.appendChild(m); return true; })()",
    "a refresh to this machine": "(function () { var m = document.createElement('meta'); m.httpEquiv = 'refresh'; "
                                 "m.content = '0;url=' + %(http)s; document.head.appendChild(m); return true; })()",
    "location.href to a file": "location.href = %(file)s",
    "a frame moving the page": "(function () { var f = document.createElement('iframe'); f.srcdoc = 'x'; "
                               "document.body.appendChild(f); f.contentWindow.top.location = %(http)s; "
                               "return true; })()",
    "a frame opening into the page": "(function () { var f = document.createElement('iframe'); f.srcdoc = 'x'; "
                                     "document.body.appendChild(f); f.contentWindow.open(%(file)s, '_top'); "
                                     "return true; })()",
}


@pytest.mark.parametrize("how", list(REFUSED_NAVIGATIONS))
def test_navigation_away_from_the_map_is_refused(qtbot, window, tmp_path, how):
    other = tmp_path / "other.html"
    other.write_text("<p>not the map</p>")
    listeners = LoopbackListeners()
    try:
        from PySide6.QtWebEngineCore import QWebEngineLoadingInfo

        own = window.page.url()
        run_js(qtbot, window, "window.__kept = 'still the map'")
        ended = []  # the navigations that began and ended, and how
        window.page.loadingChanged.connect(lambda info: ended.append((info.url().toString(), info.status()))
                                           if info.status() != QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus
                                           else None)
        targets = {"file": json.dumps(other.as_uri()), "http": json.dumps(f"http://127.0.0.1:{listeners.tcp_port}/")}
        run_js(qtbot, window, REFUSED_NAVIGATIONS[how] % targets)
        qtbot.waitUntil(lambda: bool(ended), timeout=10000)
        assert ended[0] == (ended[0][0], QWebEngineLoadingInfo.LoadStatus.LoadStoppedStatus), ended
        assert settle_and_hear(qtbot, listeners, 1000) == []
        assert window.page.url() == own
        assert run_js(qtbot, window, "window.__kept") == "still the map"
        assert "navigation of the page" in window.page.refused[-1]
    finally:
        listeners.close()


def test_frames_load_nothing(qtbot, window):
    """The map has no frames: a frame's own navigation is refused (its policy's frame-src aside)."""
    page = window.page
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage

    kinds = QWebEnginePage.NavigationType
    for url in ["data:text/html,x", "about:srcdoc", window.page.url().toString(), "about:blank"]:
        for kind in (kinds.NavigationTypeOther, kinds.NavigationTypeTyped, kinds.NavigationTypeLinkClicked):
            assert page.acceptNavigationRequest(QUrl(url), kind, False) is False, (url, kind)
    own = QUrl(window.page.url())
    assert page.acceptNavigationRequest(own, kinds.NavigationTypeTyped, True) is True
    for kind in kinds:
        if kind != kinds.NavigationTypeTyped:
            assert page.acceptNavigationRequest(own, kind, True) is False, kind
    # a page that floods keeps neither memory nor the log
    from azmap.mapview.view import MAX_REFUSED_KEPT

    for i in range(3 * MAX_REFUSED_KEPT):
        page.acceptNavigationRequest(QUrl(f"data:text/html,{i}"), kinds.NavigationTypeOther, False)
    assert len(page.refused) <= MAX_REFUSED_KEPT and page.refused[-1].endswith(f",{3 * MAX_REFUSED_KEPT - 1}")


# ways a script throws the map away without asking (Chromium moves to about:blank on its own), and
# the renderer's end: the window loads the map again, where it was, and it answers clicks again
LOSSES = {
    "window.location = about:blank": "window.location = 'about:blank'",
    "a refresh to about:blank": "(function () { var m = document.createElement('meta'); m.httpEquiv = 'refresh'; "
                                "m.content = '0;url=about:blank'; document.head.appendChild(m); return true; })()",
    "a form posted to about:blank": "(function () { var f = document.createElement('form'); f.method = 'post'; "
                                    "f.action = 'about:blank'; document.body.appendChild(f); f.submit(); "
                                    "return true; })()",
    "location.replace to about:blank": "location.replace('about:blank')",
    "the renderer killed": None,
}


@pytest.mark.parametrize("how", list(LOSSES))
def test_a_lost_page_is_loaded_again_and_the_window_stays_usable(qtbot, tmp_path, how):
    import os
    import signal

    w = open_window(qtbot, settings_in(tmp_path), size=(1100, 760))
    try:
        own = (w.page.url().scheme(), w.page.url().path())
        w.state.set_layer("relief", False)
        run_js(qtbot, w, "azmap.setView(40.9, 46.4, 8)")
        qtbot.waitUntil(lambda: json.loads(w.settings.value("view") or "null") == [40.9, 46.4, 8], timeout=10000)
        run_js(qtbot, w, "window.__kept = 'the first page'")
        with qtbot.waitSignal(w.bridge.mapReadySignal, timeout=30000):
            if LOSSES[how] is None:
                os.kill(w.page.renderProcessPid(), signal.SIGKILL)
            else:
                run_js(qtbot, w, LOSSES[how])
        qtbot.waitUntil(lambda: run_js(qtbot, w, "window.azmap && azmap.ready") is True, timeout=10000)
        assert (w.page.url().scheme(), w.page.url().path()) == own
        assert run_js(qtbot, w, "window.__kept") is None  # a new page, not the old one
        lat, lng, zoom = run_js(qtbot, w, "azmap.getView()")
        assert (round(lat, 1), round(lng, 1), zoom) == (40.9, 46.4, 8)
        qtbot.waitUntil(lambda: "relief" not in run_js(qtbot, w, "azmap.visibleLayers()"), timeout=10000)
        with qtbot.waitSignal(w.panelFilled, timeout=10000):
            through_channel(qtbot, w, "bridge.featureClicked('btc');")
        assert w.current == "btc"
    finally:
        w.close()


def test_a_page_that_will_not_load_is_not_loaded_again_for_ever(qtbot, window, tmp_path):
    from azmap.mapview.view import MAX_RESTORES

    starts = []
    window.page.loadStarted.connect(lambda: starts.append(1))
    window.map_view.load(tmp_path / "gone.html", wait_ms=0)
    # the load asked for, then MAX_RESTORES loads again, and no more
    qtbot.waitUntil(lambda: len(starts) >= MAX_RESTORES + 1, timeout=30000)
    qtbot.wait(1500)
    assert window.map_view.restores == MAX_RESTORES and len(starts) == MAX_RESTORES + 1


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
    ours = {"featureClicked", "featureCycled", "featureHovered", "featuresAt", "featuresHovered", "mouseMoved", "viewChanged", "viewSize",
            "mapReady", "viewShown", "places"}
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
    from azmap.mapview.page import home_extent

    caplog.set_level("WARNING")
    w = open_window(qtbot, settings_in(tmp_path, **{key: value}))
    try:
        assert w.isVisible() and w.map.is_ready
        assert any("ignored the remembered" in r.getMessage() for r in caplog.records)
        if key == "geometry":
            assert w.size().toTuple() == first_window_size(w) and not w.isFullScreen()  # as at a first start
        elif key == "view":  # the first view: home, whole
            w_, s_, e_, n_ = run_js(qtbot, w, "azmap.getBounds()")
            hw, hs, he, hn = home_extent()
            assert w_ <= hw and s_ <= hs and e_ >= he and n_ >= hn
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
