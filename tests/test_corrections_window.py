"""View → Corrections…: every correction with what it says, where it applies now, and for those not
applied why and the passage it was made on; delete (Delete, undone by Ctrl+Z) and go to the passage
(Enter). The status bar says once, after an ingest or a rebuild, that some are not applied. Driven as a
user does, on a store built from small documents of its own."""
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.conftest import run_cli  # noqa: E402
from tests.gui_support import open_active_window  # noqa: E402
from tests.test_corrections_moved import (CONVOY, OFFICIALS, SURVEY, TRADERS, _find, _ingest,  # noqa: E402
                                          _passages, _write)

pytestmark = pytest.mark.gui
ORDUBAD = TRADERS.replace("Nakhchivan", "Ordubad")  # reworded: it no longer says the name unlinked


def _file():
    from azmap.paths import user_data_dir

    return user_data_dir() / "corrections.json"


def _saved_ids():
    return [c["id"] for c in json.loads(_file().read_text(encoding="utf-8"))]


def _three_corrections(tmp_path):
    """Unlink Nakhchivan in the officials' paragraph (1), link the survey to BTC by hand (2), unlink
    Nakhchivan in the traders' paragraph (3); the document is then replaced by a version without the
    officials' paragraph and with the traders' reworded. 1 and 3 no longer apply, 2 does elsewhere."""
    doc1 = _ingest(_write(tmp_path / "v1", SURVEY, OFFICIALS, CONVOY, TRADERS))
    first = _passages(doc1)
    for args in (("unlink", _find(first, "Officials"), "nakhchivan"), ("link", _find(first, "The survey"), "btc"),
                 ("unlink", _find(first, "Traders"), "nakhchivan")):
        assert run_cli("corrections", *args).returncode == 0
    assert run_cli("documents", "remove", doc1).returncode == 0
    return doc1, _write(tmp_path / "v2", SURVEY, CONVOY, ORDUBAD)


def _row(dialog, correction_id):
    return next(r for r, p in enumerate(dialog.placed) if p.correction.id == correction_id)


def _cells(dialog, correction_id):
    r = _row(dialog, correction_id)
    return [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]


def _names(passage_id):
    from azmap.corpus.rebuild import open_store

    with open_store() as store:
        pid = store.passage_row(passage_id)[0]
        return {m["feature_id"] for m in store.passage_mentions(pid) if m["how"] != "related"}


def test_the_dialog_lists_says_why_goes_to_deletes_and_undoes(qtbot, tmp_path):
    doc1, v2 = _three_corrections(tmp_path)
    doc2 = _ingest(v2)
    survey = _find(_passages(doc2), "The survey")
    w = open_active_window(qtbot, tmp_path)
    # the status bar says it once, with a button that opens the dialog
    assert "2 of your corrections are not applied" in w.statusBar().currentMessage()
    assert w.corrections.button.isVisible() and "2 corrections not applied" in w.corrections.button.text()
    qtbot.mouseClick(w.corrections.button, Qt.MouseButton.LeftButton)
    dlg = w.corrections.dialog
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)  # it has the keyboard
    assert not w.corrections.button.isVisible()
    assert dlg.table.rowCount() == 3 and "3 corrections: 1 applied" in dlg.summary.text()
    assert "2 not applied" in dlg.summary.text()
    # what each says and where it applies now, with feature names
    assert _cells(dlg, 1)[1] == "“Nakhchivan” is not Nakhchivan"
    assert _cells(dlg, 1)[2] == ("⚠ not applied: its document was replaced by “Pipeline note”, which no longer "
                                 "has its passage")
    assert _cells(dlg, 2)[1] == "linked by hand to Baku-Tbilisi-Ceyhan pipeline"
    assert _cells(dlg, 2)[2].startswith(f"{survey}  (")
    assert _cells(dlg, 3)[2] == "⚠ not applied: its passage no longer says “Nakhchivan”"
    # the first not applied is selected: why, and the passage it was made on, word for word
    assert dlg.current().correction.id == 1 and not dlg.go_button.isEnabled()
    shown = dlg.details.toPlainText()
    assert "Not applied: its document was replaced by “Pipeline note”" in shown and OFFICIALS in shown
    assert "of a document no longer among the documents" in shown
    dlg.table.setFocus()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Down)
    assert dlg.current().correction.id == 2 and dlg.go_button.isEnabled()
    assert f"Applies to passage {survey}" in dlg.details.toPlainText()
    with qtbot.waitSignal(w.panelFilled, timeout=10000):
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)  # Enter: go to the passage
    assert dlg.isVisible() and dlg.isActiveWindow()  # still open, for the next one
    assert [h.passage_id for h in w.hits] == [survey] and w.state.active_passage == survey
    assert "Correction 2" in w.panel.toPlainText() and SURVEY in w.panel.toPlainText()
    assert "linked by hand to Baku-Tbilisi-Ceyhan pipeline" in w.panel.toPlainText()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Down)
    assert dlg.current().correction.id == 3
    assert ORDUBAD not in dlg.details.toPlainText() and TRADERS in dlg.details.toPlainText()
    # only those not applied
    qtbot.mouseClick(dlg.only_lost, Qt.MouseButton.LeftButton)
    assert dlg.table.isRowHidden(_row(dlg, 2)) and not dlg.table.isRowHidden(_row(dlg, 3))
    # Delete forgets it, Ctrl+Z puts it back where it was in the list
    qtbot.keyClick(dlg.table, Qt.Key.Key_Delete)
    assert _saved_ids() == [1, 2] and dlg.table.rowCount() == 2 and "Deleted correction 3" in dlg.message.text()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _saved_ids() == [1, 2, 3] and dlg.current().correction.id == 3 and dlg.table.rowCount() == 3
    # deleting one that applies gives its passage the linker's links back; undo makes it again
    qtbot.mouseClick(dlg.only_lost, Qt.MouseButton.LeftButton)
    dlg.table.selectRow(_row(dlg, 2))
    assert "btc" in _names(survey)
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    assert _saved_ids() == [1, 3] and "btc" not in _names(survey)
    assert "btc" not in w.hits[0].feature_ids  # the panel shows the passage as it is now
    qtbot.mouseClick(dlg.undo_button, Qt.MouseButton.LeftButton)
    assert _saved_ids() == [1, 2, 3] and "btc" in _names(survey) and not dlg.undo_button.isEnabled()
    # the menu entry opens it again
    dlg.close()
    entry = next(a for m in w.menuBar().actions() if m.menu() for a in m.menu().actions()
                 if a.text() == "Corrections…")
    assert entry.shortcut().toString() == "Ctrl+Shift+K"
    entry.trigger()
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    w.close()


def test_an_ingest_in_the_window_says_once_that_corrections_are_not_applied(qtbot, tmp_path):
    doc1 = _ingest(_write(tmp_path / "v1", SURVEY, OFFICIALS, CONVOY, TRADERS))
    assert run_cli("corrections", "unlink", _find(_passages(doc1), "Officials"), "nakhchivan").returncode == 0
    w = open_active_window(qtbot, tmp_path)
    assert "not applied" not in w.statusBar().currentMessage() and not w.corrections.button.isVisible()
    assert run_cli("documents", "remove", doc1).returncode == 0
    w.add_documents([str(_write(tmp_path / "v2", SURVEY, CONVOY, TRADERS))])
    said = w.statusBar().currentMessage()
    assert said.startswith("Added 1 document(s)") and "1 of your corrections is not applied" in said
    assert "View → Corrections…" in said and w.corrections.button.isVisible()
    other = tmp_path / "other" / "note.txt"
    other.parent.mkdir()
    other.write_text("Ferry note\n\nThe ferry from Alat to Turkmenbashi ran twice a week that winter.\n")
    w.add_documents([str(other)])
    assert "Added 1 document(s)" in w.statusBar().currentMessage()
    assert "not applied" not in w.statusBar().currentMessage()  # said once
    w.close()
    again = open_active_window(qtbot, tmp_path)  # the next start does not say it again either
    assert "not applied" not in again.statusBar().currentMessage() and not again.corrections.button.isVisible()
    again.close()
