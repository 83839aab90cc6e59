"""The page's layout: where the title, the map, the legend, the locator and the footer go."""
from __future__ import annotations

from dataclasses import dataclass


def page_scale(w_in: float, h_in: float) -> float:
    """Type and line scale: 1 on A4 (either way round), 1.41 on A3, from the page's shorter side."""
    return max(0.5, min(min(w_in, h_in) / (210 / 25.4), 4.0))


@dataclass
class Layout:
    landscape: bool
    scale: float
    margin: tuple[float, float]  # figure fraction, x and y
    title_top: float  # figure fraction
    map_rect: tuple  # left, bottom, width, height in figure fraction
    legend_rect: tuple
    locator_rect: tuple
    footer_top: float


def page_layout(w_in, h_in, kind="page", *, title_h_pt=None, footer_h_pt=None, scale=None) -> Layout:
    """Where the title, map, legend, locator and footer go on a page ``w_in`` x ``h_in`` inches."""
    s = scale or page_scale(w_in, h_in)
    landscape = w_in >= h_in
    mm = s / 25.4  # inches per (scaled) millimetre
    m = min(8 * mm, w_in * 0.04, h_in * 0.04)
    if title_h_pt is None:
        title_h_pt = (15 * 1.25 + 8.5 * 1.4) * s if kind == "page" else 0
    if footer_h_pt is None:
        footer_h_pt = 4 * 6.2 * 1.3 * s
    title_h = title_h_pt / 72 + (3 * mm if title_h_pt else 0)
    footer_h = footer_h_pt / 72 + 2 * mm
    lat_labels, lon_labels = 7 * mm, 4 * mm  # graticule labels outside the frame
    top = h_in - m - title_h
    bottom = m + footer_h
    if kind == "map":  # the map alone (a slide sets its legend and credits as slide text)
        map_r = (m + lat_labels, m + lon_labels, max(w_in - 2 * m - lat_labels, 0.01),
                 max(h_in - 2 * m - lon_labels, 0.01))
        return Layout(landscape, s, (m / w_in, m / h_in), 1 - m / h_in,
                      (map_r[0] / w_in, map_r[1] / h_in, map_r[2] / w_in, map_r[3] / h_in), None, None, m / h_in)
    if landscape:
        side_w = min(60 * mm, w_in * 0.26)
        gap = 4 * mm
        left = m + lat_labels
        right = w_in - m - side_w - gap
        map_r = (left, bottom + lon_labels, max(right - left, 0.01), max(top - bottom - lon_labels, 0.01))
        loc_h = min(side_w * 0.78, (top - bottom) * 0.45)
        loc_r = (right + gap, top - loc_h, side_w, loc_h)
        leg_r = (right + gap, bottom, side_w, max(top - loc_h - 4 * mm - bottom, 0.01))
    else:
        band_h = min(38 * mm, (top - bottom) * 0.3)
        inner_w = w_in - 2 * m
        map_bottom = bottom + band_h + 4 * mm + lon_labels
        map_r = (m + lat_labels, map_bottom, max(inner_w - lat_labels, 0.01), max(top - map_bottom, 0.01))
        leg_r = (m, bottom, inner_w * 0.66, band_h)
        loc_r = (m + inner_w * 0.70, bottom, inner_w * 0.30, band_h)

    def frac(r):
        return (r[0] / w_in, r[1] / h_in, r[2] / w_in, r[3] / h_in)

    return Layout(landscape, s, (m / w_in, m / h_in), 1 - m / h_in, frac(map_r), frac(leg_r), frac(loc_r),
                  bottom / h_in)


def letterboxed(lay: Layout, map_rect) -> Layout:
    """The layout with the map in ``map_rect`` (a part of its own): on a portrait page the legend and
    locator band grows up to the map's new foot; on a landscape page the side column follows the map's
    new right edge, and the two stand in the middle of the page."""
    from dataclasses import replace

    if tuple(map_rect) == tuple(lay.map_rect):
        return lay
    ol, ob, ow, oh = lay.map_rect
    nl, nb, nw, nh = map_rect
    if lay.landscape:  # the map and its side column, closed up, stand in the middle of the page's width
        freed = (ol + ow) - (nl + nw)
        map_rect = (nl + freed / 2, nb, nw, nh)
        leg = (lay.legend_rect[0] - freed / 2, *lay.legend_rect[1:])
        loc = (lay.locator_rect[0] - freed / 2, *lay.locator_rect[1:])
        return replace(lay, map_rect=tuple(map_rect), legend_rect=leg, locator_rect=loc)
    grow = nb - ob
    leg = (lay.legend_rect[0], lay.legend_rect[1], lay.legend_rect[2], lay.legend_rect[3] + grow)
    loc = (lay.locator_rect[0], lay.locator_rect[1] + grow, lay.locator_rect[2], lay.locator_rect[3])
    return replace(lay, map_rect=tuple(map_rect), legend_rect=leg, locator_rect=loc)
