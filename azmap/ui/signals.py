"""Buttons and menu entries connected to what they do.

``clicked`` and ``triggered`` carry a ``checked`` flag; a slot with an optional first parameter
(``edit_caption(text=None)``, ``remove(confirm=True)``) would take that flag as its argument. Every
button and menu entry of the window is connected through ``on_press``: the slot is called with no
argument at all.
"""
from __future__ import annotations


def on_press(signal, slot) -> None:
    """Call ``slot()`` whenever ``signal`` fires, whatever the signal carries."""
    signal.connect(lambda *_args: slot())


def button(text: str, slot, parent=None):
    """A push button that calls ``slot()`` when pressed."""
    from PySide6.QtWidgets import QPushButton

    b = QPushButton(text, parent)
    on_press(b.clicked, slot)
    return b
