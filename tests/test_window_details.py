"""The smaller things a user notices, each driven through the real widgets: searching, the year
slider, the top row, the legend, the correction menu, the words shown, the export preview,
adding documents."""
import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import click_in_page, open_active_window, run_js  # noqa: E402

pytestmark = pytest.mark.gui
HIGHLIGHT = "#ff00aa"


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_active_window(qtbot, tmp_path)
    yield w
    w.close()


select = click_in_page  # a click in the page, through the bridge


def search(qtbot, w, text):
    from PySide6.QtCore import Qt

    w.search.setFocus()
    w.search.selectAll()
    if text:
        qtbot.keyClicks(w.search, text)
    else:
        qtbot.keyClick(w.search, Qt.Key.Key_Delete)
    qtbot.keyClick(w.search, Qt.Key.Key_Return)


def test_an_empty_search_clears_the_results(qtbot, window):
    search(qtbot, window, "pipeline")
    assert window.hits and window.panel.toPlainText().startswith("Search: pipeline")
    search(qtbot, window, "")
    assert window.hits == [] and window.state.query == ""
    assert "Search:" not in window.panel.toPlainText()
    assert "Click a country" in window.panel.toPlainText()  # the welcome page again


def test_a_long_query_is_echoed_short(qtbot, window):
    words = ("caspian ferry harbour cargo " * 100).strip()  # about 2,700 characters
    window.search.setText(words)
    from PySide6.QtCore import Qt

    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    heading = window.panel.toPlainText().splitlines()[0]
    assert heading.startswith("Search: caspian ferry") and len(heading) <= 100 and heading.endswith("…")


def test_counts_are_said_in_words_not_passage_s(qtbot, window):
    for fid in ("btc", "gabala-radar", "lachin", "caspian-sea"):
        select(qtbot, window, fid)
        text = window.panel.toPlainText()
        assert "passage(s)" not in text and "The best 0" not in text and " 0 related" not in text, text[:300]
    from azmap.ui.panel_html import count

    assert (count(0, "passage"), count(1, "passage"), count(7, "passage")) == ("no passage", "1 passage", "7 passages")


def test_a_search_lights_up_the_features_but_not_every_country(qtbot, window):
    search(qtbot, window, "pipeline")
    named = {i for h in window.hits for i in h.feature_ids}
    countries = [i for i in named if i in window.gaz and window.gaz.get(i).kind == "country"]
    assert countries  # the passages name countries…
    qtbot.wait(200)
    for fid in countries:  # … and the map does not paint them
        assert run_js(qtbot, window, f"azmap.styleOf({fid!r})") != HIGHLIGHT, fid
    routes = [i for i in named if i in window.gaz and window.gaz.get(i).kind == "route"]
    assert any(run_js(qtbot, window, f"azmap.styleOf({fid!r})") == HIGHLIGHT for fid in routes)


def test_a_new_selection_clears_the_search_box(qtbot, window):
    search(qtbot, window, "pipeline")
    select(qtbot, window, "gabala-radar")
    assert window.search.text() == ""


def test_a_click_on_the_year_track_steps_one_year(qtbot, window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionSlider

    slider = window.year_slider
    slider.setValue(1995)
    opt = QStyleOptionSlider()
    slider.initStyleOption(opt)
    handle = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                           QStyle.SubControl.SC_SliderHandle, slider)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(handle.left() - 6, handle.center().y()))
    assert slider.value() == 1994 and window.year == 1994
    assert window.year_label.text() == "1994"


def test_the_top_row_does_not_shift_when_the_year_changes(qtbot, window):
    def places():
        qtbot.wait(20)
        return [w.geometry().getRect() for w in (window.search, window.year_slider, window.year_label,
                                                   window.dated_only)]
    before = places()
    window.year_slider.setValue(2010)
    assert places() == before
    window.year_slider.setValue(window.year_slider.minimum())
    assert places() == before


def test_legend_entries_are_shown_whole(qtbot, window):
    from PySide6.QtCore import Qt

    layers = window.layers
    for i in range(layers.count()):
        item = layers.item(i)
        rect = layers.visualItemRect(item)
        text_width = rect.width() - layers.iconSize().width() - 12
        need = layers.fontMetrics().boundingRect(0, 0, max(1, text_width), 10000,
                                                 int(Qt.TextFlag.TextWordWrap), item.text().strip())
        assert need.height() <= rect.height() + 1 and need.width() <= text_width + 1, item.text()


def test_no_maintainers_words_are_shown(qtbot, window):
    select(qtbot, window, "nagorno-karabakh")
    assert ".md" not in window.panel.toPlainText()
    select(qtbot, window, "sangachal")
    assert ".md" not in window.panel.toPlainText()
    from PySide6.QtWidgets import QLabel

    dialog = window.documents.open_library()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Url" not in labels and "Web address" in labels
    dialog.close()


def test_the_export_preview_is_large_enough_to_read(qtbot, window):
    from PySide6.QtCore import Qt

    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.view_actions.export_dialog
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=60000)  # drawn after the dialog
    pm = dialog.preview.pixmap()
    assert not pm.isNull()
    shown, label = pm.deviceIndependentSize(), dialog.preview.size()
    assert shown.width() >= label.width() - 2 or shown.height() >= label.height() - 2  # it fills its place
    assert dialog.frameGeometry().width() <= window.screen().availableGeometry().width()
    dialog.close()
    from PySide6.QtCore import QRect

    from azmap.ui.dialogs import preview_size

    assert preview_size(QRect(0, 0, 1920, 1080)) >= (700, 500)  # on a desktop screen: readable
    w, h = preview_size(QRect(0, 0, 1280, 720))
    assert w + 300 <= 0.9 * 1280 and h + 120 <= 0.9 * 720 and w >= 560


def test_the_export_dialog_is_drawn_before_its_preview_is_rendered(qtbot, window, monkeypatch):
    """File → Export map…: the dialog comes up at once, saying its preview is being drawn, and the
    preview (seconds of print's renderer, a minute the first time for a new user) is rendered after
    the dialog is on screen; a dialog closed before it was drawn renders nothing."""
    import azmap.export.render as render
    from PySide6.QtWidgets import QApplication

    renders = []
    real = render.render
    monkeypatch.setattr(render, "render", lambda *a, **k: (renders.append(1), real(*a, **k))[1])
    entry = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                 if a.text() == "Export map…")
    entry.trigger()
    dialog = window.view_actions.export_dialog
    assert dialog.isVisible() and renders == []  # not rendered before the dialog is drawn
    assert dialog.preview.text() == dialog.DRAWING
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=60000)
    assert renders == [1]
    dialog.close()
    entry.trigger()
    window.view_actions.export_dialog.close()  # at once, before it was drawn
    for _ in range(10):
        QApplication.processEvents()
    assert renders == [1]


def test_export_briefing_with_no_saved_views_says_so_and_asks_for_no_file(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from azmap.views import ViewStore

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (asked.append(a), ("", ""))[1]))
    window.views = ViewStore(tmp_path / "views.json")  # none saved
    entry = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                 if a.text() == "Export briefing…")
    entry.trigger()
    assert asked == [] and "No saved views to brief from" in window.statusBar().currentMessage()
    window.view_actions.save_current_view("Radar")
    entry.trigger()  # with a view saved: the file is asked for
    assert len(asked) == 1


def test_file_dialogs_open_in_the_folder_last_chosen_not_where_azmap_was_started(qtbot, window, tmp_path,
                                                                                   monkeypatch):
    import os
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    starts = []
    chosen = tmp_path / "out" / "seen.png"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (starts.append(a[2]),
                                                                                       (str(chosen), ""))[1]))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (starts.append(a[2]),
                                                                                        ([], ""))[1]))
    monkeypatch.chdir(tmp_path)  # where azmap was started
    window.view_actions.save_view_image_dialog()
    first = Path(starts[0])
    assert first.is_absolute() and first.name == "azmap-view.png" and first.parent != Path(os.getcwd())
    assert chosen.exists()
    window.documents.open_file_dialog()  # the next dialog: where the last file went
    window.view_actions.save_view_image_dialog()
    assert Path(starts[1]) == chosen.parent and Path(starts[2]) == chosen.parent / "azmap-view.png"


def test_correct_a_link_and_undo_it_from_the_panel(qtbot, window):
    select(qtbot, window, "btc")
    hit = window.hits[0]
    menu = window.panel_ctl.correction_menu(hit)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert len(texts) == len(set(texts)), texts  # each entry once
    link_to = next(a.menu() for a in menu.actions() if a.text() == "Link this passage to…")
    offered = [a.text() for a in link_to.actions()]
    assert window.gaz.get("btc").name not in offered  # it names it already
    unlink = next(a for a in menu.actions() if a.text().endswith(f"is not {window.gaz.get('btc').name}: unlink"))
    unlink.trigger()
    assert "Corrected" in window.statusBar().currentMessage()
    surface = unlink.text().split("”")[0].lstrip("“")

    def btc_said_as(h, said):
        return [m for m in h.mentions if m["feature_id"] == "btc" and m["surface"] == said and m["how"] != "related"]
    assert len(btc_said_as(hit, surface)) >= 1
    after = [h for h in window.hits if h.passage_id == hit.passage_id]
    assert not after or not btc_said_as(after[0], surface)  # every “BTC” of the passage unlinked
    # undo it from the same menu of the passage (now wherever it is listed, or from a search)
    menu = window.panel_ctl.correction_menu(hit)
    undo = [a for a in menu.actions() if a.text().startswith("Undo:")]
    assert len(undo) == 1
    undo[0].trigger()
    assert window.statusBar().currentMessage().startswith("Undone")
    back = [h for h in window.hits if h.passage_id == hit.passage_id]
    assert back and len(btc_said_as(back[0], surface)) == len(btc_said_as(hit, surface))
    assert not [a for a in window.panel_ctl.correction_menu(hit).actions() if a.text().startswith("Undo:")]


def test_a_png_chosen_with_a_text_file_is_reported_and_added_stays_said(qtbot, window, tmp_path):
    from PIL import Image

    Image.new("RGB", (20, 20), "red").save(tmp_path / "harbour.png")
    (tmp_path / "ferries.txt").write_text("Ferries of the Caspian\n\nThe ferry from Alat sails east twice a "
                                          "week in good weather, carrying lorries and rail wagons.\n")
    select(qtbot, window, "btc")
    window.add_documents([str(tmp_path / "harbour.png"), str(tmp_path / "ferries.txt")])
    box = window.documents.message_box
    assert box.isVisible() and "harbour.png" in box.text()
    qtbot.wait(100)
    assert window.statusBar().currentMessage().startswith("Added 1 document")
    box.close()


def test_a_single_route_is_switched_off_and_on_from_the_legend(qtbot, window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    layers = window.layers
    item = next(layers.item(i) for i in range(layers.count()) if layers.item(i).text().startswith("BTC"))
    rect = layers.visualItemRect(item)
    indicator = layers.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, QStyleOptionButton(), layers)
    box = QPoint(rect.left() + 3 + indicator // 2, rect.center().y())  # the tick box, at the row's left
    selected = window.current
    qtbot.mouseClick(layers.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert item.checkState() == Qt.CheckState.Unchecked
    qtbot.waitUntil(lambda: run_js(qtbot, window, "azmap.opacityOf('btc')") == 0, timeout=3000)
    assert window.current == selected  # the tick box only hides it
    x, y = run_js(qtbot, window, "azmap.screenPoint(40.195, 48.545)")
    assert "btc" not in run_js(qtbot, window, f"azmap.featuresAt({x}, {y})")  # nor is it identified
    assert run_js(qtbot, window, "azmap.opacityOf('scp')") == 1  # the others stay
    qtbot.mouseClick(layers.viewport(), Qt.MouseButton.LeftButton, pos=box)
    qtbot.waitUntil(lambda: run_js(qtbot, window, "azmap.opacityOf('btc')") == 1, timeout=3000)
    # the entry's name still selects the route
    qtbot.mouseClick(layers.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.center().y()))
    qtbot.waitUntil(lambda: window.current == "btc", timeout=3000)
