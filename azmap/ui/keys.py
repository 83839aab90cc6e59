"""The keyboard: the window's shortcuts win over the keys a widget would keep for itself (on X11 a
line edit takes Ctrl+E as "end of line", the panel takes Ctrl+↓ to scroll), the map shows when it
has the keyboard's focus, and Help → Keyboard shortcuts lists every key."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence

# keys that are not menu entries (the slideshow's, the map's), as Help lists them
OTHER_KEYS = [("Tab, Shift+Tab", "Move between the search box, the year, the layers, the map and the panel; "
                                 "on the map, from feature to feature"),
              ("Enter or Space (on the map)", "Select the feature that has the focus"),
              ("→, PgDown, Space (presenting)", "Next slide"),
              ("←, PgUp (presenting)", "Previous slide"),
              ("Esc (presenting)", "Leave the presentation and get the window back as it was"),
              ("Enter (search box)", "Search, or open the feature named"),
              ("Enter, Delete, Ctrl+Z (Corrections)", "Go to the selected correction's passage; delete it; "
                                                      "put back the one deleted last")]


class WindowKeysFirst(QObject):
    """Installed on a widget: a key that is one of the window's shortcuts goes to the shortcut."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def sequences(self) -> set[str]:
        out = set()
        for act in self.window.actions():
            for seq in act.shortcuts():
                if not seq.isEmpty():
                    out.add(seq.toString(QKeySequence.SequenceFormat.PortableText))
        return out

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            seq = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
            if seq in self.sequences():
                event.ignore()  # not the widget's: the shortcut map takes it
                return True
        return False


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(keys, what they do) for every menu entry that has keys, then the other keys."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for act in menu.actions():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts())
            if keys:
                where = menu_action.text().replace("&", "")
                rows.append((keys, f"{act.text().replace('&', '').rstrip('…')} ({where} menu)"))
    return rows + OTHER_KEYS


def shortcuts_html(window) -> str:
    rows = "".join(f"<tr><td style='padding:2px 14px 2px 0'><b>{escape(k)}</b></td><td>{escape(t)}</td></tr>"
                   for k, t in shortcut_rows(window))
    return f"<table>{rows}</table>"


def show_shortcuts(window):
    """Help → Keyboard shortcuts: a dialog listing every key."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

    dlg = QDialog(window)
    dlg.setWindowTitle("Keyboard shortcuts")
    text = QTextBrowser(dlg)
    text.setHtml(shortcuts_html(window))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dlg.reject)
    lay = QVBoxLayout(dlg)
    lay.addWidget(text)
    lay.addWidget(buttons)
    from azmap.ui.geometry import fit_dialog, keep_on_screen

    fit_dialog(dlg, 620, 480)
    dlg.show()
    keep_on_screen(dlg)
    window.shortcuts_dialog = dlg
    return dlg


class MapFocusFrame(QObject):
    """A frame around the map that shows while the map has the keyboard's focus (its width is kept
    when it does not: the map never changes size)."""

    STYLE = "QFrame#mapFrame {{ border: 2px solid {}; }}"
    COLOUR = "#2a7de1"

    def __init__(self, frame, view):
        super().__init__(frame)
        self.frame, self.view = frame, view
        frame.setObjectName("mapFrame")
        self.show(False)
        from PySide6.QtWidgets import QApplication

        QApplication.instance().focusChanged.connect(self._changed)

    def has_focus(self, widget) -> bool:
        return widget is not None and (widget is self.view or self.view.isAncestorOf(widget))

    enabled = True  # off on slides: nothing but the map there

    def set_enabled(self, on: bool) -> None:
        from PySide6.QtWidgets import QApplication

        self.enabled = on
        self.show(on and self.has_focus(QApplication.focusWidget()))

    def show(self, on: bool) -> None:
        self.focused = on
        self.frame.setStyleSheet(self.STYLE.format(self.COLOUR if on else "transparent"))

    def _changed(self, _old, new) -> None:
        import shiboken6

        if not shiboken6.isValid(self.frame):
            return
        on = self.enabled and self.has_focus(new)
        if on != self.focused:
            self.show(on)
