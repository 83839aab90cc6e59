"""The desktop window, driven as a user would (pytest-qt, offscreen)."""
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import click_in_page, open_window, run_js, settings_in  # noqa: E402

pytestmark = pytest.mark.gui
GUARDS = []


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    w = open_window(qtbot, settings_in(tmp_path))
    GUARDS.append(w.guard)
    yield w
    w.close()


js_click = click_in_page  # a click in the page, through the bridge


def test_map_loads_with_all_layers(qtbot, window):
    n = run_js(qtbot, window, "azmap.layerCount()")
    assert n == len(window.gaz)
    layers = run_js(qtbot, window, "azmap.visibleLayers()")
    assert set(layers) == {"relief", "countries", "caspian", "nakhchivan", "occupied", "routes", "sites", "places"}
    # the page is one file (Leaflet, qwebchannel.js and our script inline) plus the relief: nothing else
    loaded = [Path(p) for p in window.guard.local]
    assert [p.name for p in loaded][1:] == ["relief.jpg"]
    assert loaded[0].name.startswith("map-") and loaded[0].suffix == ".html"
    html = loaded[0].read_text(encoding="utf-8")
    assert "Leaflet 1.9.3" in html and "QWebChannel" in html and "azmapStart" in html
    assert "jquery" not in html.lower()
    assert run_js(qtbot, window, "typeof L.geoJSON") == "function"


def test_the_page_can_reach_no_other_file_and_no_network(qtbot, window, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the page")
    before = len(window.guard.blocked)
    run_js(qtbot, window, "(function(){ window.__tries = {}; [[%r, 'file'], ['https://example.org/x.png', 'web']]"
                          ".forEach(function (t) { var i = new Image(); i.onload = function () { __tries[t[1]] = 'loaded'; };"
                          " i.onerror = function () { __tries[t[1]] = 'refused'; }; i.src = t[0]; }); return true; })()"
           % secret.as_uri())
    qtbot.waitUntil(lambda: len(run_js(qtbot, window, "window.__tries") or {}) == 2, timeout=5000)
    assert run_js(qtbot, window, "window.__tries") == {"file": "refused", "web": "refused"}
    assert any("secret.txt" in b for b in window.guard.blocked[before:])  # the guard refused the file
    assert not window.guard.allowed_external  # Chromium refused the web request before it left
    window.guard.blocked[before:] = []  # asked for on purpose: the session-wide check counts the rest


@pytest.mark.parametrize("fid,expect", [
    ("btc", "one billion barrels"),
    ("nakhchivan", "exclave of Nakhchivan"),
    ("gabala-radar", "Gebele"),
    ("occupied-territories", "seven other regions"),
])
def test_a_click_fills_the_panel_with_the_right_passages(qtbot, window, fid, expect):
    js_click(qtbot, window, fid)
    assert window.current == fid
    html = window.panel.toPlainText()
    assert window.gaz.get(fid).name in html
    assert expect in html
    assert run_js(qtbot, window, f"azmap.select({fid!r})") is True


def test_clicking_a_passage_highlights_its_features(qtbot, window):
    js_click(qtbot, window, "btc")
    ids = window.show_passage_on_map(0)
    assert {"btc", "turkey", "azerbaijan"} <= set(ids)
    assert run_js(qtbot, window, f"azmap.highlight({ids!r})") == len(ids)


def test_search_for_gebele_finds_the_gabala_passages(qtbot, window):
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.run_search("Gebele")
    assert window.hits and all("gabala-radar" in h.feature_ids for h in window.hits)
    assert "Gebele" in window.panel.toPlainText()


def test_typing_a_feature_name_offers_and_opens_it(qtbot, window):
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.run_search("Nakhichevan")
    assert window.current == "nakhchivan"


def test_read_in_context_shows_the_cleaned_document_around_the_passage(qtbot, window):
    js_click(qtbot, window, "gabala-radar")
    hit = window.hits[0]
    dlg = window.read_in_context(hit)
    text = window.reader_browser.toPlainText()
    assert hit.text in text  # the passage as the panel shows it, whole
    assert "##" not in text and "<sup>" not in text and "\\_" not in text  # no raw markup
    html = window.reader_browser.toHtml()
    assert "ffe08a" in html  # the passage being read is highlighted
    dlg.close()


def test_bridge_rejects_unknown_ids_and_wrong_types(qtbot, window):
    before = len(window.bridge.rejected)
    for bad in ("'no-such-feature'", "42", "'x'.repeat(100000)", "{a: 1}"):
        run_js(qtbot, window, "(function(){ new QWebChannel(qt.webChannelTransport, function(ch){ "
                              "ch.objects.bridge.featureClicked(%s); }); return true; })()" % bad)
    qtbot.waitUntil(lambda: len(window.bridge.rejected) >= before + 4, timeout=5000)
    assert window.current is None


def test_year_slider_hides_routes_not_yet_built(qtbot, window):
    window.year_slider.setValue(2000)
    qtbot.waitUntil(lambda: window.year == 2000)
    qtbot.waitUntil(lambda: run_js(qtbot, window, "azmap.opacityOf('tap')") == 0, timeout=5000)
    assert run_js(qtbot, window, "azmap.opacityOf('btc')") == 0          # opened 2006
    assert run_js(qtbot, window, "azmap.opacityOf('baku-supsa')") == 1   # opened 1999
    window.year_slider.setValue(window.year_slider.minimum())              # all years again
    qtbot.waitUntil(lambda: run_js(qtbot, window, "azmap.opacityOf('tap')") == 1, timeout=5000)


def test_screenshot_is_not_blank_and_azerbaijan_is_azerbaijan_coloured(qtbot, window):
    from PySide6.QtGui import QColor

    from azmap.style import COUNTRY_FILLS

    x, y = run_js(qtbot, window, "azmap.screenPoint(40.9, 48.3)")  # inland Azerbaijan, north of the Kura
    qtbot.wait(300)
    img = window.view.grab().toImage()
    c = img.pixelColor(int(x), int(y))
    target = QColor(COUNTRY_FILLS["azerbaijan"])
    # the fill is laid over the relief at 55 %: it must lean strongly to the fill colour's hue
    assert abs(c.hslHue() - target.hslHue()) < 25, (c.name(), target.name())
    colours = {img.pixelColor(i, j).name() for i in range(0, img.width(), 40) for j in range(0, img.height(), 40)}
    assert len(colours) > 30  # not blank


def test_hostile_document_shows_as_text(qtbot, window, tmp_path):
    from azmap.corpus.ingest import ingest_paths

    evil = tmp_path / "evil.txt"
    evil.write_text("Payload\n\nThe BTC pipeline <script>window.pwned=1</script> and "
                    "<img src=x onerror=\"window.pwned=2\"> reach Ceyhan through Georgia, the minister said.\n")
    ingest_paths(window.store, [evil])
    js_click(qtbot, window, "btc")
    plain = window.panel.toPlainText()
    assert "<script>window.pwned=1</script>" in plain
    assert "onerror" in plain
    assert run_js(qtbot, window, "typeof window.pwned") == "undefined"


def test_no_request_left_the_machine():
    assert GUARDS, "the GUI tests ran"
    assert all(not g.blocked for g in GUARDS), [g.blocked for g in GUARDS]


def test_save_view_presentation_and_export_from_the_window(qtbot, window, tmp_path):
    from azmap.views import ViewStore

    window.views = ViewStore(tmp_path / "views.json")
    js_click(qtbot, window, "gabala-radar")
    qtbot.waitUntil(lambda: window.bounds is not None, timeout=5000)
    window.on_panel_link(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("azmap:pin/0"))
    saved = window.view_actions.save_current_view("Radar")
    assert saved.feature == "gabala-radar" and saved.passages == [window.hits[0].passage_id]
    assert ViewStore(tmp_path / "views.json").get("Radar").passages == saved.passages  # survives a restart
    js_click(qtbot, window, "btc")
    window.year_slider.setValue(2010)
    window.view_actions.save_current_view("Pipelines 2010")
    window.view_actions.open_views_dialog()
    dialog = window.views_dialog
    dialog.list.setCurrentRow(0)
    assert dialog.edit_caption("Where the <b>radar</b> stood")
    assert window.toggle_presentation() is True
    qtbot.waitUntil(lambda: window.current == "gabala-radar", timeout=5000)
    assert window.panel.font().pointSize() >= 18
    bar = window.presenter.bar
    assert bar.isVisible() and bar.title.text() == "Radar" and bar.meta.text().endswith("1 / 2")
    assert bar.caption.text() == "Where the <b>radar</b> stood"  # shown as written
    assert not window.year_text.isVisible()  # no stray "Year" label on a slide
    window.presentation_step(1)
    qtbot.waitUntil(lambda: window.current == "btc" and window.year == 2010, timeout=5000)
    assert bar.meta.text() == "2010 · 2 / 2"
    assert window.toggle_presentation() is False
    assert not bar.isVisible() and window.year_text.isVisible()
    # print export of the current view through the same renderer
    from azmap.export.render import render

    result = render(window.view_actions.export_request(tmp_path / "view.png", "A5", 72, None))
    from PIL import Image

    assert Image.open(result.path).size == (420, 595)
    assert window.view_actions.save_view_image(str(tmp_path / "seen.png"))
    assert Image.open(tmp_path / "seen.png").size[0] > 300


def test_a_corrupted_views_file_does_not_crash_the_window(qtbot, window, tmp_path):
    from azmap.views import ViewStore

    bad = tmp_path / "views.json"
    bad.write_text("{ not json")
    window.views = ViewStore(bad)
    dlg = window.view_actions.open_views_dialog()
    assert dlg.list.count() == 0
    assert "damaged" in dlg.note.text()  # said in the dialog (and the status bar), once
    assert "damaged" in window.statusBar().currentMessage()
    dlg.close()


def test_damaged_geodata_and_store_still_give_a_working_window_with_a_clear_message(qtbot, tmp_path,
                                                                                     monkeypatch):
    import azmap.features as features
    import azmap.ui.app as app_module
    from azmap.features import GeodataError

    def broken():
        raise GeodataError("geodata file not found: /nowhere/features.geojson")

    monkeypatch.setattr(features, "gazetteer", broken)
    monkeypatch.setattr(app_module, "open_store_for_ui", lambda: (None, "The passage store could not be opened: disk full"))
    w = open_window(qtbot, settings_in(tmp_path))
    text = w.panel.toPlainText()
    assert "geodata are missing or damaged" in text and "could not be opened" in text
    w.run_search("anything")  # no store: an empty result, no crash
    assert w.hits == []
    w.close()


def test_adding_documents_from_the_window(qtbot, window, tmp_path):
    good = tmp_path / "note.md"
    good.write_text("# Note\n\nThe Gabala radar was offered to the United States as a shared site in 2007.\n")
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    js_click(qtbot, window, "gabala-radar")
    before = len(window.hits)
    report = window.add_documents([str(good), str(bad)])
    assert len(report.added) == 1 and len(report.rejected) == 1
    shown = window.documents.message_box.text()  # a message, not a modal box in the user's way
    assert "image.txt" in shown and "binary" in shown
    assert len(window.hits) == before + 1  # the open panel shows the new passage


def test_online_basemap_reaches_only_its_tile_host(qtbot, tmp_path, monkeypatch):
    """Turned on by the user: the page asks the tile host and nothing else; the guard lets those
    requests through and records them. The tile host here is a name on this machine (nothing
    listens there), so the test sends nothing off the machine."""
    import azmap.mapview.page as page

    monkeypatch.setattr(page, "ONLINE_BASEMAP", {**page.ONLINE_BASEMAP, "host": "tiles.localhost",
                                                  "url": "https://tiles.localhost/{z}/{x}/{y}.png"})
    settings = settings_in(tmp_path)
    settings.setValue("online_basemap", True)
    w = open_window(qtbot, settings)
    qtbot.waitUntil(lambda: bool(w.guard.allowed_external), timeout=10000)
    assert all(u.startswith("https://tiles.localhost/") for u in w.guard.allowed_external)
    assert not w.guard.blocked
    w.close()


def test_the_panel_shows_the_best_ten_and_more_on_request(qtbot, window):
    from PySide6.QtCore import QUrl

    from azmap.ui.panel import PANEL_PAGE

    js_click(qtbot, window, "azerbaijan")
    first = [h.passage_id for h in window.hits]
    assert len(first) == PANEL_PAGE and window.has_more
    assert "Show more passages" in window.panel.toPlainText()
    expected = [h.passage_id for h in window.store.passages_for_feature("azerbaijan", limit=2 * PANEL_PAGE)]
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.on_panel_link(QUrl("azmap:more/0"))
    assert [h.passage_id for h in window.hits] == expected  # the same ranking, continued
    assert window.current == "azerbaijan"
    # a feature with few passages shows them all, with no link for more
    js_click(qtbot, window, "btc")
    assert not window.has_more and "Show more passages" not in window.panel.toPlainText()
    assert len(window.hits) == len(window.store.passages_for_feature("btc", limit=100))


def test_the_map_is_ready_only_at_the_size_it_has_on_screen(qtbot, window):
    """The page is drawn while its window is hidden; ready means laid out at the final size."""
    assert run_js(qtbot, window, "window.azmapTimes.size") == list(window.view.size().toTuple())
    w, h = window.view.size().toTuple()
    assert run_js(qtbot, window, "(function(){ var c = document.querySelector('.folium-map'); "
                                 "return [c.clientWidth, c.clientHeight]; })()") == [w, h]


def test_the_map_size_is_remembered_for_the_next_start(qtbot, tmp_path):
    from azmap.ui.app import create_window, remembered_map_size

    settings = settings_in(tmp_path)
    for bad in ("", "12x", "huge", "5x5", "100000x300"):
        settings.setValue("map_size", bad)
        assert remembered_map_size(settings) is None
    settings.setValue("map_size", "")
    w = open_window(qtbot, settings, size=(1100, 760))
    size = w.view.size().toTuple()
    w.close()
    assert settings.value("map_size") == "%dx%d" % size
    again = create_window(settings=settings)
    qtbot.addWidget(again)
    # the hidden page learns the size from its address (it chooses the first view's features by it)
    assert "size=%dx%d" % size in again.page.url().fragment()
    again.close()


def test_the_map_opens_at_the_remembered_view_with_what_it_shows_drawn_first(qtbot, tmp_path):
    """At the next start the page opens at the view of the last close. Features wholly outside
    it go on the map right after the ready frame; everything the view reaches is in that frame."""
    import json

    from azmap.ui.app import remembered_view

    settings = settings_in(tmp_path)
    for bad in ("", "[1, 2]", '{"a": 1}', "[100, 0, 5]", "[40, 47, 99]", "nonsense"):
        settings.setValue("view", bad)
        assert remembered_view(settings) is None
    settings.setValue("map_size", "700x760")
    settings.setValue("view", json.dumps([38.5, 22.5, 7]))  # Greece: far from the first view
    w = open_window(qtbot, settings)
    try:
        lat, lng, zoom = run_js(qtbot, w, "azmap.getView()")
        assert (round(lat, 1), round(lng, 1), zoom) == (38.5, 22.5, 7)
        in_view = set(run_js(qtbot, w, "window.azmapTimes.inView"))
        assert {"greece", "turkey"} <= in_view  # in view: drawn in the ready frame
        assert "azerbaijan" not in in_view and "kazakhstan" not in in_view  # far: attached after
        assert set(run_js(qtbot, w, "azmap.drawn()")) == set(w.gaz.ids())  # and then all of them
        # a layer turned off and on again brings its late features too
        run_js(qtbot, w, "azmap.setLayer('countries', false)")
        assert "kazakhstan" not in run_js(qtbot, w, "azmap.drawn()")
        run_js(qtbot, w, "azmap.setLayer('countries', true)")
        assert "kazakhstan" in run_js(qtbot, w, "azmap.drawn()")
    finally:
        w.close()


def test_closing_the_window_during_an_ingest_stops_after_one_document_and_says_which(qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    from azmap.corpus.rebuild import open_store

    w = open_window(qtbot, settings_in(tmp_path))
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i in range(6):
        (folder / f"memo-{i}.txt").write_text(f"Memo {i}\n\nMemo {i} says the Sangachal terminal shipped "
                                              f"cargo number {i} on time.\n", encoding="utf-8")
    QTimer.singleShot(0, w.close)  # the user closes the window while the first document is read
    report = w.add_documents(sorted(str(p) for p in folder.iterdir()))
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=10000)
    assert report.cancelled and report.not_done
    assert len(report.added) + len(report.not_done) == 6
    with open_store() as store:  # what it said was added is there, and nothing else
        assert {d for d in store.doc_ids("user")} == set(report.added)


def test_slideshow_keys_act_only_while_presenting(qtbot, window):
    from PySide6.QtCore import Qt

    window.view_actions.save_current_view("Overview")

    window.year_slider.setFocus()
    before = window.year_slider.value()
    qtbot.keyClick(window.year_slider, Qt.Key.Key_Right)
    assert window.year_slider.value() == before + 1  # the slider has the key, not the slideshow
    assert not any(sc.isEnabled() for sc in window.presenter.shortcuts)
    window.toggle_presentation()
    assert all(sc.isEnabled() for sc in window.presenter.shortcuts)
    window.toggle_presentation()
    assert not window.presenting and window.menuBar().isVisible()


def test_the_documents_dialog_edits_and_removes(qtbot, window):
    dlg = window.documents.open_library()
    row = next(i for i, d in enumerate(dlg.docs) if d["doc_id"] == "weitz-2012")
    dlg.table.selectRow(row)
    dlg.fields["publisher"].setText("Second <b>Line</b> Review")
    assert dlg.save()
    assert window.store.document("weitz-2012")["publisher"] == "Second <b>Line</b> Review"
    row = next(i for i, d in enumerate(dlg.docs) if d["doc_id"] == "trade-blog-foreign-policy")
    dlg.table.selectRow(row)
    assert dlg.remove(confirm=False)
    assert "trade-blog-foreign-policy" not in window.store.doc_ids()
    assert dlg.message.textFormat() == dlg.message.textFormat().PlainText


def test_ctrl_e_opens_the_export_dialog_from_the_search_box(qtbot, window):
    from PySide6.QtCore import Qt

    window.activateWindow()
    window.search.setFocus()
    window.search.setText("pipeline")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # the state right after a search
    qtbot.keyClick(window.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert getattr(window.view_actions, "export_dialog", None) is not None
    window.view_actions.export_dialog.close()


def test_page_down_scrolls_the_panel_when_not_presenting(qtbot, window):
    from PySide6.QtCore import Qt

    js_click(qtbot, window, "azerbaijan")
    bar = window.panel.verticalScrollBar()
    window.panel.setFocus()
    before = bar.value()
    qtbot.keyClick(window.panel, Qt.Key.Key_PageDown)
    assert bar.value() > before


def test_a_legend_entry_selects_its_feature(qtbot, window):
    from azmap.ui.layers import FEATURE_ROLE

    item = next(window.layers.item(i) for i in range(window.layers.count())
                if window.layers.item(i).data(FEATURE_ROLE) == "btc")
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.layers.itemClicked.emit(item)
    assert window.current == "btc" and window.hits
    assert all("btc" in h.feature_ids or h.relation == "related" for h in window.hits)


def test_the_year_filter_is_off_at_first_and_says_what_it_hides(qtbot, window):
    assert not window.dated_only.isChecked() and not window.state.near_year_only
    js_click(qtbot, window, "azerbaijan")
    window.year_slider.setValue(2021)
    assert "within 3 of 2021" in window.dated_only.text()
    window.dated_only.setChecked(True)
    text = window.panel.toPlainText()
    assert "hidden" in text and "within 3 of 2021" in text


def test_a_district_in_1995_and_2021_says_its_status_and_what_changed_when(qtbot, window):
    js_click(qtbot, window, "kalbajar")
    window.year_slider.setValue(2021)
    text = window.panel.toPlainText()
    assert "back under Azerbaijani control since 2020" in text and "25 November" in text
    window.year_slider.setValue(1991)
    assert "not yet occupied" in window.panel.toPlainText()


def test_splitter_sizes_are_remembered(qtbot, tmp_path):
    settings = settings_in(tmp_path)
    w = open_window(qtbot, settings)
    w.splitter.setSizes([700, 560])
    sizes = w.splitter.sizes()
    w.close()
    again = open_window(qtbot, settings)
    assert abs(again.splitter.sizes()[1] - sizes[1]) <= 2
    again.close()


def test_a_feature_name_in_any_case_opens_the_feature(qtbot, window):
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.search.run("nakhichevan")
    assert window.current == "nakhchivan"
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.search.run("seaweed envoy lease")
    assert window.current is None and window.state.query == "seaweed envoy lease"


def test_a_mention_unlinked_in_the_panel_stays_unlinked_after_a_rebuild(qtbot, window):
    from azmap.corpus.rebuild import open_store
    from azmap.store import store_path

    js_click(qtbot, window, "armenia")
    hit = window.hits[0]
    menu = window.panel_ctl.correction_menu(hit)
    labels = [a.text() for a in menu.actions()]
    assert any(t.startswith("“Armenia” is not Armenia") for t in labels)
    assert window.panel_ctl.correct(hit, "unlink", "armenia")
    assert "azmap corrections undo 1" in window.statusBar().currentMessage()
    window.store.close()
    store_path().unlink()
    with open_store() as store:
        row = store.passage_row(hit.passage_id)
        ments = store.passage_mentions(row[0])
    first = next(m for m in hit.mentions if m["feature_id"] == "armenia" and m["how"] != "related")
    assert not any(m["start"] == first["start"] and m["feature_id"] == "armenia" for m in ments)
    window.store = None
    window.panel_ctl.store = None


def test_ready_means_the_final_frame_is_on_screen(qtbot, tmp_path, caplog):
    """The window's mapReady (what --screenshot and a saved view's image wait for) comes when the
    widget shows the page's ready frame: what it shows then is what it still shows long after, and
    the frame was recognised by its pixels (no fallback to comparing frames)."""
    from azmap.ui.app import create_window

    w = create_window(settings=settings_in(tmp_path))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    box = {}
    w.mapReady.connect(lambda: box.setdefault("first", w.view.grab().toImage()))
    w.show()
    qtbot.waitUntil(lambda: "first" in box, timeout=60000)
    qtbot.wait(1500)  # the reference: what the window shows once everything has long settled
    later = w.view.grab().toImage()
    first = box["first"]
    assert first.size() == later.size()
    differing = sum(first.pixel(x, y) != later.pixel(x, y)
                    for x in range(0, first.width(), 5) for y in range(0, first.height(), 5))
    assert differing == 0
    assert "not recognised on screen" not in caplog.text
    w.close()


def test_the_ready_probes_do_not_match_a_frame_drawn_before_ready(qtbot, tmp_path):
    """The probes name pixels of the controls, which appear only with the ready frame: the same
    page without them (as any earlier frame) does not match, with them it does."""
    from azmap.mapview.frames import probe_matches, valid_probes

    w = open_window(qtbot, settings_in(tmp_path), size=(1280, 720))
    probes = valid_probes(run_js(qtbot, w, "azmap.readyProbes()"))
    assert len(probes) == 2
    assert probe_matches(w.view, probes)
    run_js(qtbot, w, "document.querySelector('.folium-map').classList.remove('azmap-final') || 1")
    qtbot.waitUntil(lambda: not probe_matches(w.view, probes), timeout=5000)
    run_js(qtbot, w, "document.querySelector('.folium-map').classList.add('azmap-final') || 1")
    qtbot.waitUntil(lambda: probe_matches(w.view, probes), timeout=5000)
    w.close()


def test_probes_from_the_page_are_checked():
    from azmap.mapview.frames import valid_probes

    assert valid_probes([[10, 20, 255, 255, 255], [11, 30, 119, 119, 119]]) == [(10, 20, 255, 255, 255), (11, 30, 119, 119, 119)]
    for bad in (None, [], "x", [[1, 2, 3]], [[1, 2, 3, 4, 300]], [[-1, 2, 3, 4, 5]], [[1, 2, 3, 4, "5"]], [[0, 0, 0, 0, 0]] * 5):
        assert valid_probes(bad) == []


def test_export_briefing_from_the_window_writes_a_deck(qtbot, window, tmp_path):
    from pptx import Presentation

    from azmap.views import ViewStore

    window.views = ViewStore(tmp_path / "views.json")
    js_click(qtbot, window, "btc")
    qtbot.waitUntil(lambda: window.bounds is not None, timeout=5000)
    window.view_actions.save_current_view("The BTC corridor")
    out = window.view_actions.export_briefing(str(tmp_path / "deck.pptx"))
    assert out is not None
    deck = Presentation(str(out))
    texts = [sh.text_frame.text for slide in deck.slides for sh in slide.shapes if sh.has_text_frame]
    assert len(deck.slides) == 2 and any("The BTC corridor" in t for t in texts)


def test_layers_turned_off_last_time_are_off_in_the_ready_frame(qtbot, tmp_path):
    """The page opens with the remembered layers off (its address says which), so the frame the
    window calls ready (and --screenshot saves) never shows them; turning one on still works."""
    from azmap.ui.app import create_window

    w = create_window(settings=settings_in(tmp_path, **{"layer/relief": "false", "layer/routes": False}))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    box = {}
    w.mapReady.connect(lambda: w.page.runJavaScript("JSON.stringify(azmap.visibleLayers())", 0,
                                                    lambda v: box.setdefault("at_ready", v)))
    w.show()
    qtbot.waitUntil(lambda: "at_ready" in box, timeout=60000)
    import json

    at_ready = json.loads(box["at_ready"])
    assert "relief" not in at_ready and "routes" not in at_ready
    assert {"countries", "caspian", "sites"} <= set(at_ready)
    assert "routes" in w.page.url().fragment()
    w.state.set_layer("routes", True)
    qtbot.waitUntil(lambda: "routes" in (run_js(qtbot, w, "azmap.visibleLayers()") or []), timeout=5000)
    w.close()


def test_a_correction_made_in_the_panel_follows_its_passage_into_a_new_version(qtbot, window, tmp_path):
    """Unlinked from the panel's menu, the document then replaced by a version with a paragraph put
    before: the new version's passage is the corrected one, and its menu undoes the correction."""
    from tests.conftest import run_cli
    from tests.test_corrections_moved import CONVOY, OFFICIALS, PREFACE, SURVEY, TRADERS, _ingest, _write

    doc1 = _ingest(_write(tmp_path / "v1", SURVEY, OFFICIALS, CONVOY, TRADERS))

    def officials_hit():
        with qtbot.waitSignal(window.panelFilled, timeout=10000):
            window.search.run("customs post harvest")
        return next(h for h in window.hits if h.text.startswith("Officials"))

    def menu_labels(hit):
        return [a.text() for a in window.panel_ctl.correction_menu(hit).actions()]

    hit = officials_hit()
    unlink = next(a for a in window.panel_ctl.correction_menu(hit).actions()
                  if a.text() == "“Nakhchivan” is not Nakhchivan: unlink")
    unlink.trigger()
    assert "azmap corrections undo 1" in window.statusBar().currentMessage()
    assert run_cli("documents", "remove", doc1).returncode == 0
    doc2 = _ingest(_write(tmp_path / "v2", PREFACE, SURVEY, OFFICIALS, CONVOY, TRADERS))
    moved = officials_hit()
    assert moved.passage_id.startswith(doc2) and moved.passage_id.rpartition(":")[2] != hit.passage_id.rpartition(":")[2]
    assert not any(m["feature_id"] == "nakhchivan" and m["how"] != "related" for m in moved.mentions)
    undo = [a for a in window.panel_ctl.correction_menu(moved).actions() if a.text().startswith("Undo:")]
    assert [a.text() for a in undo] == ["Undo: “Nakhchivan” is not Nakhchivan"]
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.search.run("bridge repairs ministry")  # another passage of it: nothing to undo there
    other = next(h for h in window.hits if h.text.startswith("Traders"))
    assert not any(t.startswith("Undo:") for t in menu_labels(other))
    undo[0].trigger()
    again = officials_hit()
    assert any(m["feature_id"] == "nakhchivan" and m["how"] != "related" for m in again.mentions)
