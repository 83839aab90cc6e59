"""The window's size and place on its screen, and how its width is shared.

A first window takes at most 90 % of the screen's available area (at any scaling: Qt's logical
pixels); a remembered geometry is clamped to the screen the window opens on; the map gets the
width first, the passage panel a readable share, the layer list what its names need.
"""
from __future__ import annotations

FIRST_SIZE = (1400, 880)  # logical pixels, on a screen large enough for it
MOST = 0.9  # of the available screen a first window may take
PANEL_SHARE = 0.3  # of the window's width the panel gets, between its readable minimum and PANEL_MOST
PANEL_MOST = 560
LAYERS_SHARE = 0.18
FRAME = (16, 40)  # what a window manager's frame and title bar usually add (unknown before showing)


def available(window):
    """The available geometry of the screen the window is on (or will open on)."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


SMALL_MINIMUMS = {"view": 200, "panel": 200, "layers": 100}  # on a very small screen (640×360 at 2×)


def fit_minimums(window, width: int) -> None:
    """Where even the window's minimum is wider than ``width``, the map, the panel and the layer
    list make do with less (the layer list's entries wrap)."""
    if window.minimumSizeHint().width() <= width:
        return
    for name, least in SMALL_MINIMUMS.items():
        widget = getattr(window, name)
        widget.setMinimumWidth(min(widget.minimumWidth(), least))
    from PySide6.QtWidgets import QLayout

    # the window's own minimum follows now, not at the next event: from the widgets up
    for widget in (window.view, window.panel, window.layers, window.map_column, window.left_splitter, window.splitter,
                   window.centralWidget()):
        widget.updateGeometry()
    for lay in window.findChildren(QLayout):
        lay.invalidate()
    window.layout().activate()


def first_window_size(avail) -> tuple[int, int]:
    """FIRST_SIZE, or 90 % of the available screen (frame included) where that is smaller."""
    frame_w, frame_h = FRAME
    return (min(FIRST_SIZE[0], int(avail.width() * MOST) - frame_w),
            min(FIRST_SIZE[1], int(avail.height() * MOST) - frame_h))


def first_size(window, avail) -> None:
    """The first window: first_window_size, centred on the available screen."""
    w, h = first_window_size(avail)
    fit_minimums(window, w)
    window.resize(w, h)
    window.move(avail.x() + (avail.width() - window.width()) // 2, avail.y() + (avail.height() - window.height()) // 2)


def fit_dialog(dialog, width: int, height: int) -> None:
    """A dialog at the size it wants, but within 90 % of the available screen (its frame included),
    at any scaling: a 1280×720 projector at 2× has 640×360 logical pixels."""
    avail = available(dialog.parentWidget() or dialog)
    frame_w, frame_h = FRAME
    w = min(width, int(avail.width() * MOST) - frame_w)
    h = min(height, int(avail.height() * MOST) - frame_h)
    dialog.setMinimumSize(min(dialog.minimumWidth(), w), min(dialog.minimumHeight(), h))
    dialog.resize(w, h)


def keep_on_screen(dialog) -> None:
    """A shown dialog moved, if need be, to lie wholly on the available screen (Qt centres a dialog
    on its parent, which may reach past the screen's edge)."""
    avail = available(dialog.parentWidget() or dialog)
    g = dialog.frameGeometry()
    x = max(avail.left(), min(g.x(), avail.right() + 1 - g.width()))
    y = max(avail.top(), min(g.y(), avail.bottom() + 1 - g.height()))
    if (x, y) != (g.x(), g.y()):
        from PySide6.QtWidgets import QWidget

        QWidget.move(dialog, x, y)  # a dialog may have a move() of its own (the saved views' reorder)


def clamp_to(window, avail) -> None:
    """A remembered geometry made to fit the available screen: no larger, and wholly on it."""
    g = window.geometry()
    w, h = min(g.width(), avail.width()), min(g.height(), avail.height())
    fit_minimums(window, w)
    x = max(avail.left(), min(g.x(), avail.right() + 1 - w))
    y = max(avail.top(), min(g.y(), avail.bottom() + 1 - h))
    if (x, y, w, h) != (g.x(), g.y(), g.width(), g.height()):
        window.resize(w, h)
        window.move(x, y)


def readable_panel_width(panel) -> int:
    """The panel's readable minimum: about forty characters of its text a line."""
    return max(panel.minimumWidth(), panel.fontMetrics().averageCharWidth() * 40 + 40)


def share_width(window, width: int) -> None:
    """Layers, map and panel across ``width``: the panel its share (never under its readable
    minimum), the layer list what it needs up to its share, the map the rest."""
    panel_w = max(min(readable_panel_width(window.panel), width // 3), window.panel.minimumWidth(),
                  min(int(width * PANEL_SHARE), PANEL_MOST))
    layers = window.layers
    layers_w = max(layers.minimumWidth(), min(layers.maximumWidth(), int(width * LAYERS_SHARE)))
    handles = window.splitter.handleWidth() + window.left_splitter.handleWidth()
    map_w = max(window.view.minimumWidth(), width - panel_w - layers_w - handles)
    window.splitter.setSizes([layers_w + map_w, panel_w])
    window.left_splitter.setSizes([layers_w, map_w])
