"""A user's session with the window, replayed with real mouse clicks and keys (run by
tests/test_walkthrough.py in a process of its own, on an offscreen screen of a given size and
scaling, from a fresh configuration and data directory).

    python tests/walkthrough_session.py OUT_DIR SETTINGS.ini

Saves a screenshot after each step under OUT_DIR and prints, as its last line, a JSON object of
what each step found (the test checks it)."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import session_support  # noqa: E402
from azmap.ui.app import prepare_qt  # noqa: E402

prepare_qt()

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton  # noqa: E402

OUT, SETTINGS = Path(sys.argv[1]), sys.argv[2]
OUT.mkdir(parents=True, exist_ok=True)
app = QApplication([])
found: dict = {"shots": []}


def wait_until(cond, timeout=15.0):
    return session_support.wait_until(app, cond, timeout)


def pause(seconds):
    wait_until(lambda: False, seconds)


def js(code):
    return session_support.page_value(app, w.page, code)


def shot(name):
    pause(0.25)
    path = OUT / f"{len(found['shots']) + 1:02d}-{name}.png"
    w.grab().save(str(path))
    found["shots"].append(path.name)


def click_at(lat, lng):
    x, y = js(f"azmap.screenPoint({lat}, {lng})")
    filled = []
    w.panelFilled.connect(filled.append)
    QTest.mouseClick(w.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(x), round(y)))
    wait_until(lambda: filled, 10)
    w.panelFilled.disconnect(filled.append)
    return w.state.selected


def key(k, mod=Qt.KeyboardModifier.NoModifier, target=None):
    QTest.keyClick(target or w.focusWidget() or w, k, mod)
    app.processEvents()


from azmap.ui.app import create_window  # noqa: E402

w = create_window(settings=QSettings(SETTINGS, QSettings.Format.IniFormat))
ready = []
w.mapReady.connect(lambda: ready.append(1))
w.show()
w.activateWindow()
wait_until(lambda: ready, 90)
avail = w.screen().availableGeometry()
found["fresh"] = {"frame": w.frameGeometry().getRect(), "avail": avail.getRect(), "ready": bool(ready)}
shot("fresh-start")

# -- click each kind of feature ------------------------------------------------------------------------
js("azmap.fitBounds(44.0, 38.6, 50.6, 42.2)")
pause(0.3)
found["country"] = click_at(41.75, 44.1)  # Georgia, west of Tbilisi
shot("country-georgia")
found["district"] = click_at(*[c for c in reversed(w.gaz.get("lachin").shape().representative_point().coords[0])])
shot("district-lachin")
lng, lat = w.gaz.get("sangachal").geometry["coordinates"]
js(f"azmap.setView({lat}, {lng}, 8)")
pause(0.3)
found["site"] = click_at(lat, lng)
found["site_offer"] = list(w.chooser.ids)
shot("site-sangachal-chooser")
# a route where four share the corridor, and the chooser stepped by clicking again
js("azmap.setView(40.195, 48.545, 9)")
pause(0.3)
first = click_at(40.195, 48.545)
offer = list(w.chooser.ids)
second = click_at(40.195, 48.545)
found["route"] = {"first": first, "offer": offer, "second": second}
shot("route-corridor-stepped")
# the chooser's own button
other = next(i for i in offer if i not in (first, second))
QTest.mouseClick(w.chooser.buttons[other], Qt.MouseButton.LeftButton)
wait_until(lambda: w.state.selected == other, 5)
found["chooser_button"] = w.state.selected == other
js("azmap.resetView()")

# -- search ---------------------------------------------------------------------------------------------
w.search.setFocus()
QTest.keyClicks(w.search, "pipeline")
key(Qt.Key.Key_Return, target=w.search)
wait_until(lambda: w.state.query == "pipeline", 5)
found["search"] = {"query": w.state.query, "hits": len(w.hits), "heading": w.panel.toPlainText().splitlines()[0]}
shot("search-pipeline")

# -- correct a link and undo it from the panel ----------------------------------------------------------
w.show_feature("btc")
wait_until(lambda: w.state.selected == "btc" and w.hits, 5)
hit = w.hits[0]
menu = w.panel_ctl.correction_menu(hit)
unlink = next(a for a in menu.actions() if a.text().endswith(": unlink"))
unlink.trigger()
corrected = w.statusBar().currentMessage()
menu = w.panel_ctl.correction_menu(hit)
undo = [a for a in menu.actions() if a.text().startswith("Undo:")]
if undo:
    undo[0].trigger()
found["correction"] = {"made": corrected, "undone": w.statusBar().currentMessage(), "undo_entries": len(undo)}
shot("correction-undone")

# -- three views with captions, through the menu's keys and the dialog's buttons --------------------
names = iter(["Terminal and corridor", "Gabala radar", "Lachin corridor"])
QInputDialog.getText = staticmethod(lambda *a, **k: (next(names), True))
captions = iter(["Where the export routes begin.", "The radar the Russian army left in 2012.",
                 "The road between Armenia and the former oblast."])
QInputDialog.getMultiLineText = staticmethod(lambda *a, **k: (next(captions), True))
w.view_actions.save_view_image  # (the action exists)
for fid, view in [("sangachal", (48.9, 39.9, 50.3, 40.8)), ("gabala-radar", (46.8, 40.6, 48.6, 41.4)),
                  ("lachin", (45.6, 39.2, 46.9, 39.9))]:
    w.show_feature(fid)
    js("azmap.fitBounds(%s, %s, %s, %s)" % view)
    pause(0.3)
    key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, target=w.search)
found["saved"] = [v.name for v in w.views.load()]
key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, target=w.search)
dialog = w.views_dialog
caption_button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Caption…")
for row in range(dialog.list.count()):
    dialog.list.setCurrentRow(row)
    QTest.mouseClick(caption_button, Qt.MouseButton.LeftButton)
found["captions"] = [v.note for v in w.views.load()]
dialog.grab().save(str(OUT / f"{len(found['shots']) + 1:02d}-saved-views-dialog.png"))
found["shots"].append(f"{len(found['shots']) + 1:02d}-saved-views-dialog.png")
dialog.close()
w.activateWindow()
wait_until(w.isActiveWindow, 5)

# -- present, step, Esc -----------------------------------------------------------------------------
w.show_feature("btc")
w.year_slider.setValue(2008)
wait_until(lambda: w.hits, 5)
before = w.state.snapshot()
before.pop("extent")
key(Qt.Key.Key_F5, target=w.search)
wait_until(lambda: w.state.selected == "sangachal", 5)
pause(0.5)
found["slide1"] = {"presenting": w.presenting, "bounds": js("azmap.getBounds()"),
                   "panel_share": w.panel.width() / max(1, w.width()),
                   "scroll_max": w.panel.verticalScrollBar().maximum(), "text": w.panel.toPlainText()[:400]}
shot("slide-1")
key(Qt.Key.Key_Right)
wait_until(lambda: w.state.selected == "gabala-radar", 5)
pause(0.5)
shot("slide-2")
key(Qt.Key.Key_Right)
wait_until(lambda: w.state.selected == "lachin", 5)
pause(0.5)
shot("slide-3")
key(Qt.Key.Key_Escape)
pause(0.5)
after = w.state.snapshot()
after.pop("extent")
found["after_esc"] = {"presenting": w.presenting, "same_state": after == before, "fullscreen": w.isFullScreen(),
                      "font": w.panel.font().pointSize()}
shot("after-esc")

# -- export ---------------------------------------------------------------------------------------------
key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier, target=w.search)
export = getattr(w.view_actions, "export_dialog", None)
if export is not None:
    wait_until(lambda: not export.preview.pixmap().isNull(), 30)
    export.grab().save(str(OUT / f"{len(found['shots']) + 1:02d}-export-dialog.png"))
    found["shots"].append(f"{len(found['shots']) + 1:02d}-export-dialog.png")
    result = export.export(str(OUT / "export.png"))
    found["export"] = str(result.path) if result else None
print(json.dumps(found))
sys.stdout.flush()
os._exit(0)
