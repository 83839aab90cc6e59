"""The "Places named in the sources" layer in the window (offscreen, real Qt events): after a user
document is added, the places it names are points on the map sized by how many passages name
them; a click on one fills the panel like a feature; the search box completes their names; the
layer turns off like any other."""
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.conftest import run_cli  # noqa: E402
from tests.gui_support import open_window, run_js, settings_in  # noqa: E402
from tests.test_places_linked import GANJA, GORIS_AM, RAIL_NOTE  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    doc = tmp_path / "rail-note.txt"
    doc.write_text(RAIL_NOTE, encoding="utf-8")
    assert run_cli("ingest", str(doc)).returncode == 0
    w = open_window(qtbot, settings_in(tmp_path))
    qtbot.waitUntil(lambda: (run_js(qtbot, w, "azmap.places().length") or 0) > 0, timeout=10000)
    yield w
    w.close()


def click(w, x, y):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(w.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(x), round(y)))


def test_a_click_on_a_place_point_fills_the_panel_with_the_passages_naming_it(qtbot, window):
    w = window
    places = {q["id"]: q for q in run_js(qtbot, w, "azmap.places()")}
    goris, ganja = places["place:" + GORIS_AM], places["place:" + GANJA]
    assert goris["n"] == 2 and ganja["n"] == 1 and "place:584923" not in places  # Sumgayit: a club here
    assert "places" in run_js(qtbot, w, "azmap.visibleLayers()")
    run_js(qtbot, w, f"azmap.setView({goris['lat']}, {goris['lon']}, 9)")
    x, y = run_js(qtbot, w, f"azmap.placePoint('place:{GORIS_AM}')")
    click(w, x, y)
    qtbot.waitUntil(lambda: w.state.selected == "place:" + GORIS_AM, timeout=5000)
    text = w.panel.toPlainText()
    assert text.startswith("Goris") and "rockfall" in text and "Sisian" in text
    assert len(w.hits) == 2 and w.bridge.rejections == 0


def test_the_search_box_completes_a_place_and_the_layer_turns_off(qtbot, window):
    w = window
    model = w.search.completer().model()
    names = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert "Goris" in names and "Ganja" in names and "BTC" in " ".join(names)
    w.search.run("ganja")
    qtbot.waitUntil(lambda: w.state.selected == "place:" + GANJA, timeout=5000)
    assert "reopened line" in w.panel.toPlainText()
    w.state.set_layer("places", False)
    qtbot.waitUntil(lambda: "places" not in run_js(qtbot, w, "azmap.visibleLayers()"), timeout=5000)
    assert run_js(qtbot, w, f"azmap.placePoint('place:{GORIS_AM}')") is None


def test_a_place_is_corrected_from_the_panel_like_a_feature(qtbot, window):
    """The panel's correction menu on a passage that names a place: "“Goris” is not Goris: unlink"
    takes the passage off the place (and the menu never fails for a place selected)."""
    w = window
    w.show_feature("place:" + GORIS_AM)
    qtbot.waitUntil(lambda: len(w.hits) == 2, timeout=5000)
    hit = next(h for h in w.hits if "rockfall" in h.text)
    labels = [a.text() for a in w.panel_ctl.correction_menu(hit).actions()]
    assert "“Goris” is not Goris: unlink" in labels
    assert w.panel_ctl.correct(hit, "unlink", "place:" + GORIS_AM, starts=[
        m["start"] for m in hit.mentions if m["feature_id"] == "place:" + GORIS_AM])
    assert [h.passage_id for h in w.hits] == [h.passage_id for h in w.hits if "rockfall" not in h.text]
    assert len(w.hits) == 1 and "is not Goris" in w.statusBar().currentMessage()
    # the map's point follows: Goris is named by one passage now, not two
    key = json.dumps("place:" + GORIS_AM)
    qtbot.waitUntil(lambda: run_js(qtbot, w, f"azmap.places().filter(p => p.id === {key}).map(p => p.n)")
                    == [1], timeout=5000)


def test_from_zoom_8_the_places_are_named_clear_of_the_features_labels(qtbot, window):
    w = window
    goris = next(q for q in run_js(qtbot, w, "azmap.places()") if q["id"] == "place:" + GORIS_AM)
    names_js = ("Array.from(document.querySelectorAll('.leaflet-azmapPlaces-pane .leaflet-marker-icon')).map("
                "function (el) { var r = el.firstChild.getBoundingClientRect(), b = el.closest('.leaflet-container')"
                ".getBoundingClientRect(); return {text: el.textContent, rect: [r.left - b.left, r.top - b.top, "
                "r.width, r.height]}; })")
    run_js(qtbot, w, f"azmap.setView({goris['lat']}, {goris['lon']}, 7)")
    assert run_js(qtbot, w, names_js) == []
    run_js(qtbot, w, f"azmap.setView({goris['lat']}, {goris['lon']}, 9)")
    qtbot.waitUntil(lambda: any(n["text"] == "Goris" for n in run_js(qtbot, w, names_js)), timeout=5000)
    names, labels = run_js(qtbot, w, names_js), run_js(qtbot, w, "azmap.labels()")

    def overlap(a, b):
        return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]

    for n in names:
        assert not any(overlap(n["rect"], lab["rect"]) for lab in labels), (n, labels)
        assert not any(overlap(n["rect"], m["rect"]) for m in names if m is not n)
