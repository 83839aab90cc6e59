"""The window opens a saved view on the passage the user chose, after the store was rebuilt and the
document's passages renumbered; a chosen passage no longer in its document is said (panel, status
bar, the saved views list, the slide), and no other passage is shown in its place. Driven through
the window's menus, the panel's links and the dialog's buttons."""
import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import open_window, settings_in  # noqa: E402
from tests.views_support import CHOSEN, INSERTED, PARAS  # noqa: E402
from tests.views_support import write as _write  # noqa: E402

pytestmark = pytest.mark.gui


def _action(window, text):
    from PySide6.QtGui import QAction

    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert len(found) == 1, text
    return found[0]


def _button(dialog, text):
    from PySide6.QtWidgets import QPushButton

    (found,) = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return found


def _rebuild(doc_id, paras):
    """The kept copy changed (as a new reader reads it), then the store built again and moved into
    place, as a rebuild does (the window's store reopens the new file)."""
    from azmap.corpus.library import documents_dir
    from azmap.corpus.rebuild import build_store, fingerprint
    from azmap.paths import user_data_dir
    from azmap.store import store_path
    from azmap.writelock import write_lock

    data_dir = user_data_dir()
    _write(documents_dir(data_dir) / f"{doc_id}.txt", paras)
    with write_lock(data_dir):
        build_store(store_path(), fingerprint(), data_dir)


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, settings_in(tmp_path))
    yield w
    w.close()


def _choose_and_save(qtbot, window, tmp_path, monkeypatch):
    """Add the document, search for the chosen paragraph, "choose for view", Views → Save current view."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QInputDialog

    from azmap.views import ViewStore

    window.views = ViewStore(tmp_path / "views.json")
    doc = tmp_path / "ferries.txt"
    _write(doc, PARAS)
    (doc_id,) = window.add_documents([str(doc)]).added
    with qtbot.waitSignal(window.panelFilled, timeout=10000):
        window.run_search("northern wind Alat")
    index = next(i for i, h in enumerate(window.panel_ctl.hits) if "northern wind" in h.text)
    chosen = window.panel_ctl.hits[index].passage_id
    window.on_panel_link(QUrl(f"azmap:pin/{index}"))
    assert window.state.chosen == [chosen]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ferries", True))
    _action(window, "Save current view…").trigger()
    assert window.views.get("Ferries").passages == [chosen]
    return doc_id, chosen


def _go_to(qtbot, window, name="Ferries"):
    from PySide6.QtCore import Qt

    _action(window, "Saved views…").trigger()
    dialog = window.views_dialog
    row = dialog.names().index(name)
    dialog.list.setCurrentRow(row)
    qtbot.mouseClick(_button(dialog, "Go to"), Qt.MouseButton.LeftButton)
    return dialog, dialog.list.item(row).text()


def test_the_view_shows_the_chosen_passage_after_a_paragraph_is_inserted_before_it(qtbot, window, tmp_path,
                                                                                  monkeypatch):
    doc_id, chosen = _choose_and_save(qtbot, window, tmp_path, monkeypatch)
    paras = list(PARAS)
    paras.insert(1, INSERTED)
    _rebuild(doc_id, paras)
    assert "northern wind" not in window.store.passages_by_id([chosen])[0].text  # the number moved on
    window.run_search("ferry")  # the panel shows something else first
    dialog, item = _go_to(qtbot, window)
    shown = window.panel.toPlainText()
    assert PARAS[CHOSEN] in shown and INSERTED not in shown and PARAS[CHOSEN + 1] not in shown
    assert [h.passage_id for h in window.panel_ctl.hits] == window.state.chosen != [chosen]
    assert "Not found" not in shown and "⚠" not in item
    dialog.close()
    # saved again, the view holds the passage where it is now, with its text
    window.views.add(window.view_actions.current_view("Ferries"))
    again = window.views.get("Ferries")
    assert again.passages == window.state.chosen and again.quotes[0].text == PARAS[CHOSEN]


def test_a_chosen_passage_deleted_from_its_document_is_reported_not_replaced(qtbot, window, tmp_path,
                                                                            monkeypatch):
    doc_id, chosen = _choose_and_save(qtbot, window, tmp_path, monkeypatch)
    paras = [p for i, p in enumerate(PARAS) if i != CHOSEN]
    _rebuild(doc_id, paras)
    now_at_number = window.store.passages_by_id([chosen])[0].text
    assert now_at_number == PARAS[CHOSEN + 1]  # what an id alone would quote
    dialog, item = _go_to(qtbot, window)
    shown = window.panel.toPlainText()
    assert "Not found" in shown and "In winter the northern wind" in shown  # the quote, in the note
    assert PARAS[CHOSEN + 1] not in shown and window.panel_ctl.hits == [] and window.state.chosen == []
    assert "Not found" in window.statusBar().currentMessage()
    assert item.endswith("⚠ 1 chosen passage not found")  # marked in the saved views list
    dialog.close()
    # presented: the slide says so too, and shows no other passage
    assert window.toggle_presentation() is True
    bar = window.presenter.bar
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5000)
    assert not bar.missing.isHidden() and "1 chosen passage not found" in bar.missing.text()
    assert "northern wind" in bar.missing.text() and PARAS[CHOSEN + 1] not in window.panel.toPlainText()
    assert window.toggle_presentation() is False
    # saved again (renamed in the list), the passage not found stays in the view with its text
    window.views.rename("Ferries", "Ferries, winter")
    kept = window.views.get("Ferries, winter")
    assert kept.passages == [chosen] and kept.quotes[0].text == PARAS[CHOSEN]
    window.views.add(window.view_actions.current_view("Ferries, winter"))  # Ctrl+S on the view shown
    kept = window.views.get("Ferries, winter")
    assert kept.passages == [chosen] and kept.quotes[0].text == PARAS[CHOSEN]


def test_the_save_view_box_is_wide_enough_for_its_title_and_says_what_the_name_is_for(qtbot, window):
    """Views → Save current view (Ctrl+S) asks for a name in a box whose title a window manager shows
    whole ("Save c…t view" was cut on a narrow box); its label says what the name is for."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QInputDialog

    seen = {}

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(50, look)
            return
        title = box.windowTitle()
        seen.update(title=title, label=box.labelText(), width=box.width(),
                    needed=box.fontMetrics().horizontalAdvance(title) + 160)  # the title bar's buttons and margins
        box.reject()

    QTimer.singleShot(50, look)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "width" in seen, timeout=10000)
    assert seen["title"] == "Save current view"
    assert seen["width"] >= seen["needed"], seen
    assert "view" in seen["label"].lower() and len(seen["label"]) > len("Name")
