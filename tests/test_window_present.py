"""Presentation as a briefer uses it, with the keys: F5 with nothing saved says so in the window,
a slide fits its saved bounds and shows its passage as whole sentences in a wide column, and Esc
gives the window back exactly as it was."""
import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import open_window, run_js, settings_in  # noqa: E402

pytestmark = pytest.mark.gui
HARBOUR = (48.9, 39.9, 50.3, 40.8)  # W, S, E, N: the coast south of Baku


@pytest.fixture
def window(qtbot, tmp_path):
    from azmap.views import ViewStore

    w = open_window(qtbot, settings_in(tmp_path), size=(1280, 720))
    w.views = ViewStore(tmp_path / "views.json")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    yield w
    w.close()


def key(qtbot, w, k, mod=None):
    from PySide6.QtCore import Qt

    target = w.focusWidget() or w
    qtbot.keyClick(target, k, mod or Qt.KeyboardModifier.NoModifier)


def select(qtbot, w, fid):
    code = ("(function(){ new QWebChannel(qt.webChannelTransport, "
            "function(ch){ ch.objects.bridge.featureClicked(%r); }); return true; })()") % fid
    with qtbot.waitSignal(w.panelFilled, timeout=10000):
        run_js(qtbot, w, code)


def save_views(w, passage=None):
    from azmap.views import SavedView

    w.views.add(SavedView(name="Terminal", bbox=HARBOUR, year=2010, feature="sangachal",
                          passages=[passage] if passage else [], note="Where the export routes begin."))
    w.views.add(SavedView(name="Radar", bbox=(46.8, 40.6, 48.6, 41.4), year=1995, feature="gabala-radar",
                          layers=["countries", "caspian", "sites"]))


def test_f5_with_no_saved_views_says_so_in_the_window(qtbot, window):
    from PySide6.QtCore import Qt

    key(qtbot, window, Qt.Key.Key_F5)
    assert not window.presenting and not window.isFullScreen()
    assert "No saved views" in window.statusBar().currentMessage()
    assert window.menuBar().isVisible() and not window.presenter.bar.isVisible()


def test_esc_gives_the_window_back_exactly(qtbot, window):
    from PySide6.QtCore import Qt

    select(qtbot, window, "btc")
    save_views(window, passage=window.hits[0].passage_id)
    key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    window.year_slider.setValue(2008)
    window.layers.item(0).setCheckState(Qt.CheckState.Unchecked)  # the relief off
    run_js(qtbot, window, "azmap.setView(40.9, 46.4, 8)")
    qtbot.wait(200)
    window.panel.verticalScrollBar().setValue(120)
    before = {"state": window.state.snapshot(), "view": run_js(qtbot, window, "azmap.getView()"),
              "font": window.panel.font().pointSize(), "hits": [h.passage_id for h in window.hits],
              "text": window.panel.toPlainText(), "scroll": window.panel.verticalScrollBar().value(),
              "layers": run_js(qtbot, window, "azmap.visibleLayers()")}
    before["state"].pop("extent")
    assert before["state"]["active_passage"] == window.hits[1].passage_id
    key(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.current == "sangachal", timeout=5000)
    assert window.presenting and window.panel.font().pointSize() >= 18
    key(qtbot, window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.current == "gabala-radar" and window.year == 1995, timeout=5000)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presenting and not window.isFullScreen()
    qtbot.wait(300)
    after_state = window.state.snapshot()
    after_state.pop("extent")
    assert after_state == before["state"]
    assert [h.passage_id for h in window.hits] == before["hits"]
    assert window.panel.toPlainText() == before["text"]  # "… passage(s) naming it", not the view's one
    assert window.panel.font().pointSize() == before["font"]
    qtbot.waitUntil(lambda: window.panel.verticalScrollBar().value() == before["scroll"], timeout=3000)
    assert run_js(qtbot, window, "azmap.visibleLayers()") == before["layers"]
    lat, lng, zoom = run_js(qtbot, window, "azmap.getView()")
    assert zoom == before["view"][2]
    assert abs(lat - before["view"][0]) < 0.05 and abs(lng - before["view"][1]) < 0.05
    assert window.menuBar().isVisible() and window.search.isVisible() and window.statusBar().isVisible()


def test_a_slide_fits_its_saved_bounds_and_its_passage_in_whole_sentences(qtbot, window):
    from PySide6.QtCore import Qt

    select(qtbot, window, "sangachal")
    longest = max(window.hits, key=lambda h: len(h.text))
    save_views(window, passage=longest.passage_id)
    key(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.current == "sangachal", timeout=5000)
    qtbot.wait(400)
    w, s, e, n = run_js(qtbot, window, "azmap.getBounds()")
    bw, bs, be, bn = HARBOUR
    slack = 0.02
    assert w <= bw + slack and s <= bs + slack and e >= be - slack and n >= bn - slack  # all of it in view
    # and not a zoom level out: the saved bounds fill the view in one direction
    assert (be - bw) / (e - w) > 0.85 or (bn - bs) / (n - s) > 0.85, ((w, s, e, n), HARBOUR)
    panel = window.panel
    assert panel.width() >= 0.4 * window.width() - 2
    assert panel.verticalScrollBar().maximum() == 0  # no scroll bar on a slide
    text = panel.toPlainText().strip()
    body = text.split("\n")[0].strip()
    assert body.endswith(("continued in the notes", ".", "?", "!", "”", '"', ")"))
    assert body.replace("… continued in the notes", "").strip() in longest.text
    # the map is not painted over: the countries the passage names are not lit up on a slide
    countries = [i for i in longest.feature_ids if i in window.gaz and window.gaz.get(i).kind == "country"]
    assert countries
    for fid in countries:
        assert run_js(qtbot, window, f"azmap.styleOf({fid!r})") != "#ff00aa", fid
    key(qtbot, window, Qt.Key.Key_Escape)


def settled_labels(qtbot, window, pause=300, most=40):
    """The labels shown once the slide has settled: two reads ``pause`` ms apart the same (a slide
    lays its names out again as its panel and view take their size, later on a busy machine)."""
    last = None
    for _ in range(most):
        qtbot.wait(pause)
        now = sorted((lab["id"], [round(v) for v in lab["rect"]]) for lab in run_js(qtbot, window, "azmap.labels()"))
        if now == last:
            return now
        last = now
    raise AssertionError(f"the slide's labels still moved after {most * pause} ms: {last}")


def test_a_slide_places_its_labels_the_same_way_every_time(qtbot, window):
    from PySide6.QtCore import Qt

    select(qtbot, window, "btc")
    save_views(window)
    runs = []
    for i, fid in enumerate(["gabala-radar", "lachin", "georgia"]):
        key(qtbot, window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.current == "sangachal", timeout=5000)
        runs.append(settled_labels(qtbot, window))
        key(qtbot, window, Qt.Key.Key_Escape)
        qtbot.wait(200)
        select(qtbot, window, fid)  # the window used in between, elsewhere on the map
        run_js(qtbot, window, "azmap.setView(41.5, 45.0, %d)" % (7 + i))
    assert runs[0] and runs[1] == runs[0] and runs[2] == runs[0]
