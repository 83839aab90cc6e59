"""The locator shows where the map lies: the map's frame is drawn whole on it, with a margin, even
where the frame (a region view padded past the data) is larger than the data the locator shows."""
from __future__ import annotations

import numpy as np
import pytest

from azmap.export.locator import holding
from azmap.export.render import ExportRequest, composed


def test_holding_grows_the_locator_just_enough_at_its_aspect():
    assert holding((0, 0, 100, 50), (10, 10, 20, 20), 2.0) == (0, 0, 100, 50)  # inside: as it was
    x0, y0, x1, y1 = holding((0, 0, 100, 50), (-10, -5, 110, 40), 2.0)
    assert x0 < -10 and x1 > 110 and y0 <= -5 and y1 >= 40
    assert (x1 - x0) / (y1 - y0) == pytest.approx(2.0)


@pytest.mark.slow
@pytest.mark.parametrize("view, page", [("region", "338.7x190.5mm"), ("region", "A4-landscape"),
                                        ("caucasus", "A4-landscape")])
def test_the_locator_draws_the_map_s_frame_whole(view, page):
    req = ExportRequest(out="l.png", size=page, dpi=100, caption_sources=[], view=view)
    with composed(req) as comp:
        fig = comp.fig
        loc = next(ax for ax in fig.axes if any(t.get_text() == "Locator" for t in ax.texts))
        fig.canvas.draw()
        rgb = np.asarray(fig.canvas.buffer_rgba())[..., :3].astype(int)
        bb = loc.get_window_extent()
    h = rgb.shape[0]
    y0, y1, x0, x1 = int(h - bb.y1) + 2, int(h - bb.y0) - 2, int(bb.x0) + 2, int(bb.x1) - 2
    inside = rgb[y0:y1, x0:x1]
    red = (np.abs(inside[..., 0] - 0xd6) < 40) & (inside[..., 1] < 60) & (np.abs(inside[..., 2] - 0x4c) < 50)
    ys, xs = np.nonzero(red)
    assert len(xs) > 50
    # the frame's four sides, each clear of the locator's edge
    assert xs.min() > 1 and xs.max() < inside.shape[1] - 2 and ys.min() > 1 and ys.max() < inside.shape[0] - 2
    cols = red.any(axis=0).sum()
    rows = red.any(axis=1).sum()
    assert cols >= 10 and rows >= 10  # an outline, not a line along one edge
    assert len(xs) >= cols + rows  # and closed: at least two sides' worth of it
