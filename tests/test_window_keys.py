"""The keyboard as a user uses it: Ctrl+E from the search box on X11 (where a line edit would take
it as "end of line"), Ctrl+↓/↑ make the next passage active and the map follows, Tab onto the map
shows where the focus is, Help → Keyboard shortcuts lists every key."""
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import click_in_page, open_active_window, run_js  # noqa: E402

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent

X11_PROBE = textwrap.dedent("""
    import json, os, sys
    from azmap.ui.app import prepare_qt
    prepare_qt()
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from azmap.ui.app import create_window
    w = create_window(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
    w.show()
    w.activateWindow()
    for _ in range(50):
        app.processEvents()
    w.search.setFocus()
    QTest.keyClicks(w.search, "pipeline")
    QTest.keyClick(w.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    bound = [s.toString() for s in QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)]
    print(json.dumps({"bindings": bound, "dialog": getattr(w.view_actions, "export_dialog", None) is not None,
                      "text": w.search.text()}))
    sys.stdout.flush()
    os._exit(0)
""")


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_active_window(qtbot, tmp_path)
    yield w
    w.close()


select = click_in_page  # a click in the page, through the bridge


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb for a real X11 display")
def test_ctrl_e_from_the_search_box_opens_the_export_dialog_on_x11(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    r = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x720x24", sys.executable, "-c", X11_PROBE,
                        str(tmp_path / "settings.ini")], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=240)
    if r.returncode != 0 and "could not connect to display" in r.stderr.lower():
        pytest.skip("no X11 display")
    assert r.returncode == 0, r.stderr[-3000:]
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert "Ctrl+E" in got["bindings"]  # X11's line edits take Ctrl+E for themselves
    assert got["dialog"], got  # but the window's Ctrl+E wins
    assert got["text"] == "pipeline"


def test_ctrl_down_in_the_panel_makes_the_next_passage_active_and_the_map_follows(qtbot, window):
    from PySide6.QtCore import Qt

    select(qtbot, window, "btc")
    run_js(qtbot, window, "azmap.setView(42.5, 44.5, 10)")  # the Greater Caucasus: BTC far out of view
    qtbot.wait(200)
    window.panel.setFocus()
    qtbot.keyClick(window.panel, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.state.active_passage == window.hits[0].passage_id
    qtbot.keyClick(window.panel, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.state.active_passage == window.hits[1].passage_id
    lit = [i for i in window.hits[1].feature_ids if i in window.gaz and i != "btc"]
    if lit:  # what the passage names besides the selection lights up
        qtbot.waitUntil(lambda: run_js(qtbot, window, f"azmap.styleOf({lit[0]!r})") == "#ff00aa", timeout=3000)
    qtbot.keyClick(window.panel, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.state.active_passage == window.hits[0].passage_id

    def btc_in_view():
        w, s, e, n = run_js(qtbot, window, "azmap.getBounds()")
        bw, bs, be, bn = window.gaz.get("btc").bounds
        return w < be and bw < e and s < bn and bs < n
    qtbot.waitUntil(btc_in_view, timeout=5000)  # the map followed the passage to the route


def test_tab_onto_the_map_shows_a_focus_frame(qtbot, window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor

    def frame_pixel():
        img = window.grab().toImage()
        p = window.view.mapTo(window, QPoint(-1, window.view.height() // 2))  # just left of the map
        return QColor(img.pixel(p.x(), p.y()))

    before = frame_pixel()
    size = window.view.size()
    window.search.setFocus()
    for _ in range(12):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        focused = window.focusWidget()
        if focused is not None and (focused is window.view or window.view.isAncestorOf(focused)):
            break
    else:
        pytest.fail("Tab never reached the map")
    qtbot.wait(50)
    colour = frame_pixel()
    assert colour != before
    assert colour.blue() > 180 and colour.red() < 100, colour.name()  # a blue frame round the map
    assert window.view.size() == size  # showing the focus does not resize the map
    window.view.setFocus()
    window.view_actions.save_current_view("Overview")
    window.toggle_presentation()  # no frame on a slide
    qtbot.wait(100)
    assert not window.map_focus.focused
    window.toggle_presentation()
    window.search.setFocus()
    qtbot.wait(50)
    assert frame_pixel() == before


def test_help_lists_every_keyboard_shortcut(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    dialog = getattr(window, "shortcuts_dialog", None)
    assert dialog is not None and dialog.isVisible()
    from PySide6.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser).toPlainText()
    for act in window.actions():
        for seq in act.shortcuts():
            assert seq.toString(QKeySequence.SequenceFormat.NativeText) in text, act.text()
    for needed in ("Ctrl+E", "Ctrl+F", "Ctrl+Down", "F5", "Esc", "PgDown", "Tab", "Enter"):
        assert needed in text
    dialog.close()
