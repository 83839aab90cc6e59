"""Every menu entry, button, panel link and key of the window, in every state a user meets it in:
nothing selected, a feature selected (as a click on the shared corridor selects it, with the chooser
offering the others), a passage chosen in the panel, a search with hits and one with none, the year
slider at its last year, presenting, and a corpus with no documents.

Each cell (an action in a state) is done as a user does it: a menu entry is triggered after its
menu path is checked (every menu on the way enabled and shown), a button is clicked with the mouse,
a key is pressed on the widget that has the focus. A modal dialog it opens is rejected, a modeless
one closed, a file dialog answers with a file in tmp_path or with a cancel (both are swept). A cell
passes when no exception reached sys.excepthook, no dialog is left open and the window still
answers (Qt's events and the map page's script). The table of every cell is printed; the test
fails naming every cell that did not pass."""
from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests import gui_support  # noqa: E402,F401  (prepares Qt before the QApplication)
from tests.gui_support import open_active_window, run_js  # noqa: E402

pytestmark = pytest.mark.gui

CORRIDOR = ["btc", "scp", "baku-supsa", "btk-railway", "azerbaijan"]  # what a click near Kurdamir offers
HITS_QUERY, NO_HITS_QUERY = "relations", "qwzxv"  # more hits than a page: "Show more passages" too
# the slideshow's keys (and Esc), which are shortcuts of the window but no menu entry's
OTHER_KEYS = ["Right", "PgDown", "Space", "Left", "PgUp", "Esc"]
QUIT = "File/Quit"
FILE_DIALOGS = {"File/Add documents", "File/Save view as image", "File/Export briefing"}


# -- the machinery of one cell ------------------------------------------------------------------------

def menu_actions(window):
    """{"Menu/Submenu/Entry": action} for every entry reachable from the menu bar, with the menus on
    the way (separators left out)."""
    out = {}

    def walk(menu, path, chain):
        for act in menu.actions():
            if act.isSeparator():
                continue
            name = f"{path}/{act.text().replace('&', '').rstrip('…')}"
            if act.menu() is not None:
                walk(act.menu(), name, chain + [act])
            else:
                out[name] = (act, chain + [act])

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""), [top])
    return out


def reachable(window, chain) -> bool:
    """The menu bar shown and each entry on the way to the action shown and enabled."""
    return window.menuBar().isVisible() and all(a.isVisible() and a.isEnabled() for a in chain)


def shortcut_keys(window):
    """{"Ctrl+E": action text} for every shortcut of the window's actions, and the slideshow's keys."""
    from PySide6.QtGui import QKeySequence

    keys = {}
    for act in window.actions():
        for seq in act.shortcuts():
            if not seq.isEmpty():
                keys[seq.toString(QKeySequence.SequenceFormat.PortableText)] = act.text()
    for k in OTHER_KEYS:
        keys.setdefault(k, "slideshow")
    return keys


def press(qtbot, window, keys: str):
    """The key pressed as a user presses it, on the widget with the focus (the window if none); a
    key that is a shortcut of the window must reach it (its action triggered, or the slideshow's
    shortcut activated while presenting)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    portable = QKeySequence.SequenceFormat.PortableText
    seq = QKeySequence(keys)
    fired = []
    bound = [a for a in window.actions() if any(s.matches(seq) == QKeySequence.SequenceMatch.ExactMatch
                                                 for s in a.shortcuts())]
    bound += [sc for sc in window.presenter.shortcuts if sc.isEnabled()
              and sc.key().toString(portable) == seq.toString(portable)]
    connections = [b.triggered if hasattr(b, "triggered") else b.activated for b in bound]

    def count(*_args):
        fired.append(1)

    for signal in connections:
        signal.connect(count)
    combo = seq[0]
    target = QApplication.focusWidget() or window
    try:
        qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())
        QApplication.processEvents()
    finally:
        for signal in connections:
            try:
                signal.disconnect(count)
            except (RuntimeError, TypeError):  # the window closed under it
                pass
    if bound and not fired:
        raise AssertionError(f"{keys} did not reach its action (focus on {type(target).__name__})")


def open_popups():
    """Dialogs, message boxes and menus on screen."""
    from PySide6.QtWidgets import QApplication, QDialog, QMenu

    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, (QDialog, QMenu))]


class Closer:
    """While a cell runs: every modal dialog that comes up is rejected (its title noted)."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.seen = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)

    def _tick(self):
        from PySide6.QtWidgets import QApplication

        modal = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()), None)
        if modal is not None:
            self.seen.append(modal.windowTitle() or type(modal).__name__)
            modal.reject() if hasattr(modal, "reject") else modal.close()

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        return False


def settle(qtbot, rounds=5):
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
    qtbot.wait(10)


class Sweep:
    """The cells of one window, run and recorded: {(state, cell): "ok" or what went wrong}."""

    def __init__(self, qtbot, window, tmp_path, monkeypatch):
        self.qtbot, self.w, self.tmp, self.mp = qtbot, window, tmp_path, monkeypatch
        self.results: dict = {}
        self.file_answer = ""  # what a file dialog answers: a path, or "" (cancelled)
        from PySide6.QtWidgets import QFileDialog

        sweep = self
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (sweep.save_answer(a, k), "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                            staticmethod(lambda *a, **k: ([sweep.file_answer] if sweep.file_answer else [], "")))
        # print's renderer and the briefing's writer take seconds: they run for real where a cell
        # asks (heavy), elsewhere they say so as their own errors do (the dialog's path is the same)
        self.heavy = False
        import azmap.export.briefing as briefing
        import azmap.export.render as render
        from azmap.errors import UserError

        for module, name in ((render, "render"), (briefing, "export_briefing")):
            real = getattr(module, name)

            def maybe(*a, _real=real, **k):
                if sweep.heavy:
                    return _real(*a, **k)
                raise UserError("left out of this cell (done for real in another)")

            monkeypatch.setattr(module, name, maybe)

    def save_answer(self, args, kwargs):
        if not self.file_answer:
            return ""
        from pathlib import Path

        default = (list(args) + [None, None, None])[2] or kwargs.get("dir") or "out"
        return str(self.tmp / f"{len(self.results)}-{Path(default).name}")

    def cell(self, state: str, name: str, fire, *, closes_window=False, heavy=False):
        """Run one cell: ``fire()`` does what the user does; the result is recorded."""
        from PySide6.QtWidgets import QApplication

        qtbot, w = self.qtbot, self.w
        if not closes_window:  # the window active, as a user's is after closing a dialog
            w.activateWindow()
            qtbot.waitUntil(w.isActiveWindow, timeout=5000)
        before = set(open_popups())
        problems = []
        self.heavy = heavy
        with qtbot.captureExceptions() as exceptions, Closer():
            try:
                fire()
            except Exception as exc:  # raised straight out of a trigger or a click
                problems.append(f"raised {type(exc).__name__}: {exc}")
            settle(qtbot)
            export = getattr(w.view_actions, "export_dialog", None)
            if export is not None and export.isVisible():  # its preview drawn (for real where heavy)
                qtbot.waitUntil(lambda: export.preview.text() != export.DRAWING, timeout=120000)
            left = [p for p in open_popups() if p not in before]
            for p in left:  # modeless ones: closed by the test, as a user closes them
                p.close()
            settle(qtbot, 2)
        for _type, value, _tb in exceptions:
            problems.append(f"raised {type(value).__name__}: {value}")
        still = [p.windowTitle() or type(p).__name__ for p in open_popups() if p not in before]
        if still:
            problems.append(f"left open: {still}")
        if closes_window:
            if w.isVisible():
                problems.append("the window did not close")
        else:
            QApplication.processEvents()
            try:
                if run_js(qtbot, w, "1 + 1", timeout=5000) != 2:
                    problems.append("the page answers wrongly")
            except Exception as exc:  # noqa: BLE001 - a page that no longer answers
                problems.append(f"the page does not answer ({type(exc).__name__})")
        self.results[(state, name)] = "; ".join(problems) or "ok"
        return problems


# -- the states -----------------------------------------------------------------------------------------

def reset(w):
    """Nothing selected, no search, all years, no dialog, not presenting, the window active."""
    if w.presenter.presenting:
        w.presenter.stop()
    w.chooser.clear()
    w.search.clear()
    w.state.update(selected=None, query="", active_passage=None, year=None, near_year_only=False, chosen=[])
    w.panel_ctl.clear_search()
    w.activateWindow()


def select_btc(w):
    """As a click on the shared corridor near Kurdamir does: the first offered selected, all offered."""
    w.chooser.offer(CORRIDOR)
    assert w.state.selected == "btc" and w.panel_ctl.hits


def enter(w, state: str):
    if state == "presenting" and w.presenter.presenting:  # the first slide again, not a new start
        w.presenter.step(-w.presenter.index)
        return
    reset(w)
    if state in ("selected", "passage", "year at its last"):
        select_btc(w)
    if state == "passage":
        w.panel_ctl.activate(1)
        assert w.state.active_passage == w.panel_ctl.hits[1].passage_id
    if state == "year at its last":
        w.year_slider.setValue(w.year_slider.maximum())
        assert w.state.year == w.year_slider.maximum()
    if state in ("search with hits", "search with none"):
        w.search.setText(HITS_QUERY if state == "search with hits" else NO_HITS_QUERY)
        w.search.run(w.search.text())
        assert bool(w.panel_ctl.hits) == (state == "search with hits")
        assert w.panel_ctl.has_more == (state == "search with hits")
    if state == "presenting":
        assert w.presenter.start()
    if state == "empty corpus":
        assert not w.store.documents()


def panel_links(w) -> dict:
    """The panel's links, one of each kind ("azmap:pin/0", "azmap:more", ...)."""
    hrefs = re.findall(r'href="(azmap:[^"]*)"', w.panel.toHtml())
    kinds = {}
    for h in hrefs:
        kinds.setdefault(h.split(":", 1)[1].split("/", 1)[0], h)
    return kinds


def buttons(w):
    """The window's own buttons a user can press now (not those of a dialog)."""
    from PySide6.QtWidgets import QAbstractButton

    from PySide6.QtWidgets import QLineEdit

    def fading(b) -> bool:  # a line edit's clear button fades out over a moment once its text is gone
        return isinstance(b.parent(), QLineEdit) and not b.parent().text()

    return [b for b in w.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.window() is w and not fading(b)]


def button_name(b) -> str:
    where = b.parent()
    return (b.text() or b.toolTip() or b.accessibleName() or b.objectName()
            or f"{type(b).__name__} of the {type(where).__name__}")


def sweep_state(sw: Sweep, state: str, *, skip=()):
    """Every cell of one state: menu entries (file dialogs answered with a file, then cancelled),
    keys, buttons and panel links; the state is entered again before each."""
    from PySide6.QtCore import Qt, QUrl

    w, qtbot = sw.w, sw.qtbot
    enter(w, state)
    actions = menu_actions(w)
    for name, (act, chain) in actions.items():
        if name == QUIT or name in skip:
            continue
        for answer in (("file", "cancel") if name in FILE_DIALOGS else ("",)):
            enter(w, state)
            sw.file_answer = "" if answer != "file" else str(sw.tmp / "note.md")
            label = f"menu {name}" + (f" ({answer})" if answer else "")
            if not reachable(w, chain):
                if state == "presenting":  # the menu bar is hidden on slides: its keys still act
                    sw.results[(state, label)] = "n/a (menu bar hidden)"
                    continue
                sw.results[(state, label)] = "not reachable"
                continue
            sw.cell(state, label, act.trigger, heavy=heavy(state, label))
    sw.file_answer = ""
    for keys in shortcut_keys(w):
        if keys == "Ctrl+Q":
            continue
        enter(w, state)
        sw.cell(state, f"key {keys}", lambda keys=keys: press(qtbot, w, keys))
    enter(w, state)
    settle(qtbot)  # buttons added to a shown row show at the next round of events
    for name in [button_name(b) for b in buttons(w)]:
        enter(w, state)  # (the chooser's buttons are made again as the state is entered)
        settle(qtbot)
        b = next((b for b in buttons(w) if button_name(b) == name), None)
        if b is None:
            sw.results[(state, f"button {name}")] = "gone as the state was entered again"
            continue
        sw.cell(state, f"button {name}", lambda b=b: qtbot.mouseClick(b, Qt.MouseButton.LeftButton))
    enter(w, state)
    for kind, href in panel_links(w).items():
        enter(w, state)
        sw.cell(state, f"panel link {kind}", lambda href=href: w.panel.anchorClicked.emit(QUrl(href)))


def heavy(state: str, label: str) -> bool:
    """Where print and the briefing run for real: the export preview with nothing selected, with a
    passage chosen and with a year set (what it draws depends on them), the briefing written once (it
    depends on the saved views alone)."""
    return (label == "menu File/Export map" and state in ("fresh", "passage", "year at its last")
            or label == "menu File/Export briefing (file)" and state == "fresh")


def table(results: dict) -> str:
    states = list(dict.fromkeys(s for s, _ in results))
    cells = list(dict.fromkeys(c for _, c in results))
    short = {"ok": "ok", "n/a (menu bar hidden)": "n/a"}
    rows = [" | ".join(["cell", *states])]
    for c in cells:
        rows.append(" | ".join([c, *(short.get(results.get((s, c), "-"), "FAIL") if (s, c) in results else "-"
                                     for s in states)]))
    return "\n".join(rows)


def failures(results: dict) -> dict:
    return {k: v for k, v in results.items() if v not in ("ok", "n/a (menu bar hidden)")}


def saved_views(w, tmp_path):
    """Two saved views (the presentation needs them), in a views file of the test's own."""
    from azmap.views import ViewStore

    w.views = ViewStore(tmp_path / "views.json")
    reset(w)
    select_btc(w)
    w.view_actions.save_current_view("Pipelines")
    w.state.set_selected("gabala-radar")
    w.view_actions.save_current_view("Radar")
    reset(w)


def document(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("# Ferry note\n\nThe ferry from Alat to Turkmenbashi carried rail wagons across the "
                    "Caspian in 2019, a route the BTK railway feeds.\n", encoding="utf-8")
    return note


STATES = ["fresh", "selected", "passage", "search with hits", "search with none", "year at its last",
          "presenting"]


# -- the tests ------------------------------------------------------------------------------------------

def test_every_action_button_and_key_in_every_state(qtbot, tmp_path, monkeypatch):
    document(tmp_path)
    w = open_active_window(qtbot, tmp_path)
    sw = Sweep(qtbot, w, tmp_path, monkeypatch)
    saved_views(w, tmp_path)
    for state in STATES:
        sweep_state(sw, state)
    # Quit, last: the window closes, saying nothing
    enter(w, "selected")
    act, chain = menu_actions(w)[QUIT]
    assert reachable(w, chain)
    sw.cell("selected", f"menu {QUIT}", act.trigger, closes_window=True)
    assert list(tmp_path.glob("*-azmap-view.png")) and list(tmp_path.glob("*-briefing.pptx"))  # files written
    print("\n" + table(sw.results))
    assert not failures(sw.results), failures(sw.results)
    swept = {c for _, c in sw.results}
    assert {f"menu {n}" for n in menu_actions(w) if n not in FILE_DIALOGS} <= swept  # every entry, every key
    assert {f"menu {n} ({a})" for n in FILE_DIALOGS for a in ("file", "cancel")} <= swept
    assert {f"key {k}" for k in shortcut_keys(w)} - {"key Ctrl+Q"} <= swept


def test_every_action_button_and_key_with_an_empty_corpus(qtbot, tmp_path, monkeypatch):
    from azmap.corpus.documents import remove_document
    from azmap.corpus.rebuild import open_store

    with open_store() as store:
        for doc_id in sorted(store.doc_ids()):
            remove_document(store, doc_id)
    document(tmp_path)
    w = open_active_window(qtbot, tmp_path)
    sw = Sweep(qtbot, w, tmp_path, monkeypatch)
    assert w.store is not None and not w.store.documents()
    # the sweep's own check: a menu entry whose slot raises is a failed cell, a quiet one passes, and a
    # modeless dialog a cell opens is closed by the sweep
    from PySide6.QtGui import QAction

    from azmap.ui.signals import on_press

    def boom():
        raise RuntimeError("deliberately raised in a slot")

    raising, quiet = QAction("Raise", w), QAction("Quiet", w)
    on_press(raising.triggered, boom)
    on_press(quiet.triggered, lambda: None)
    sw.cell("check", "raising", raising.trigger)
    sw.cell("check", "quiet", quiet.trigger)
    sw.cell("check", "dialog", w.view_actions.open_views_dialog)
    assert "deliberately raised in a slot" in sw.results.pop(("check", "raising"))
    assert sw.results.pop(("check", "quiet")) == "ok"
    assert sw.results.pop(("check", "dialog")) == "ok" and not w.views_dialog.isVisible()
    w.removeAction(raising)
    w.removeAction(quiet)
    sweep_state(sw, "empty corpus", skip={"File/Add documents"})
    enter(w, "empty corpus")
    w.state.set_selected("btc")  # a feature selected: no passages to show
    for keys in ("Ctrl+Down", "Ctrl+Up", "Ctrl+S", "Ctrl+E"):
        sw.cell("empty corpus, selected", f"key {keys}", lambda keys=keys: press(qtbot, w, keys))
    # last, a document added to the empty corpus: the panel shows it
    enter(w, "empty corpus")
    add = menu_actions(w)["File/Add documents"][0]
    sw.cell("empty corpus", "menu File/Add documents (cancel)", add.trigger)
    assert not w.store.documents()
    sw.file_answer = str(tmp_path / "note.md")
    sw.cell("empty corpus", "menu File/Add documents (file)", add.trigger)
    assert w.store.documents()
    sw.file_answer = ""
    sw.cell("empty corpus", f"menu {QUIT}", menu_actions(w)[QUIT][0].trigger, closes_window=True)
    print("\n" + table(sw.results))
    assert not failures(sw.results), failures(sw.results)
