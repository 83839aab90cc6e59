"""The window's dialogs with their buttons pressed as a user presses them (pytest-qt mouse clicks),
and the command line's way to the same caption."""
import pytest

pytest.importorskip("PySide6.QtWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)

pytestmark = pytest.mark.gui


def _button(dialog, text):
    from PySide6.QtWidgets import QPushButton

    found = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, [b.text() for b in dialog.findChildren(QPushButton)]
    return found[0]


def _click(qtbot, button):
    from PySide6.QtCore import Qt

    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def views(tmp_path):
    from azmap.views import SavedView, ViewStore

    store = ViewStore(tmp_path / "views.json")
    for name in ("Harbour approaches", "Mountain pass"):
        store.add(SavedView(name=name, bbox=(45.0, 39.0, 50.0, 42.0)))
    return store


def test_the_caption_button_asks_for_the_caption_and_keeps_it(qtbot, views, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from azmap.ui.dialogs import ViewsDialog

    asked = []

    def answer(parent, title, label, text=""):
        asked.append(text)
        return "  Two ferries a day leave from here.  ", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(answer))
    dialog = ViewsDialog(None, views, on_go=lambda v: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(1)
    _click(qtbot, _button(dialog, "Caption…"))
    assert asked == [""]  # the dialog was asked, with the caption so far
    assert views.get("Mountain pass").note == "Two ferries a day leave from here."
    assert views.get("Harbour approaches").note == ""


def test_every_views_button_does_its_job_when_pressed(qtbot, views, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from azmap.ui.dialogs import ViewsDialog

    went = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ferry pier", True)))
    dialog = ViewsDialog(None, views, on_go=went.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)
    _click(qtbot, _button(dialog, "Go to"))
    assert [v.name for v in went] == ["Harbour approaches"]
    _click(qtbot, _button(dialog, "Rename…"))
    assert dialog.names() == ["Ferry pier", "Mountain pass"]
    dialog.list.setCurrentRow(0)
    _click(qtbot, _button(dialog, "Move down"))
    assert dialog.names() == ["Mountain pass", "Ferry pier"]
    _click(qtbot, _button(dialog, "Move up"))
    assert dialog.names() == ["Ferry pier", "Mountain pass"]
    dialog.list.setCurrentRow(1)
    _click(qtbot, _button(dialog, "Delete"))
    assert dialog.names() == ["Ferry pier"]


def test_the_saved_views_dialog_shows_long_names_whole(qtbot, views):
    from PySide6.QtGui import QFontMetrics

    from azmap.ui.dialogs import ViewsDialog

    from azmap.views import SavedView

    long_name = "Corridor west of the capital, with the three pipelines and the railway"
    views.add(SavedView(name=long_name, bbox=(45.0, 39.0, 50.0, 42.0)))
    dialog = ViewsDialog(None, views, on_go=lambda v: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    need = QFontMetrics(dialog.list.font()).horizontalAdvance(long_name)
    assert dialog.list.viewport().width() >= need + 8
    assert dialog.height() >= 300


def test_remove_document_asks_before_removing(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from azmap.corpus.rebuild import open_store
    from azmap.ui.library_dialog import DocumentsDialog

    asked = []

    def say_no(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", say_no)
    with open_store() as store:
        before = set(store.doc_ids())
        dialog = DocumentsDialog(None, store)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.table.selectRow(0)
        _click(qtbot, _button(dialog, "Remove document…"))
        assert len(asked) == 1 and asked[0].startswith("Remove “")
        assert set(store.doc_ids()) == before  # "No": nothing removed
        monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
        gone = dialog.current()["doc_id"]
        _click(qtbot, _button(dialog, "Remove document…"))
        assert set(store.doc_ids()) == before - {gone}


def test_menu_entries_call_their_actions_with_no_argument(qtbot):
    """A menu entry's triggered(bool) never reaches a slot as its first argument."""
    from PySide6.QtGui import QAction

    from azmap.ui.signals import on_press

    got = []

    def slot(text=None):
        got.append(text)

    act = QAction("Caption…")
    act.setCheckable(True)
    on_press(act.triggered, slot)
    act.trigger()
    assert got == [None]


def test_views_caption_from_the_command_line(capsys):
    from azmap.cli import main
    from azmap.views import SavedView, ViewStore

    ViewStore().add(SavedView(name="Harbour approaches", bbox=(45.0, 39.0, 50.0, 42.0)))
    assert main(["views", "caption", "Harbour approaches", "Ferries leave at dawn."]) == 0
    assert ViewStore().get("Harbour approaches").note == "Ferries leave at dawn."
    assert "Ferries leave at dawn." in capsys.readouterr().out
    assert main(["views", "caption", "No such view", "text"]) != 0
    assert "no saved view named" in capsys.readouterr().err
