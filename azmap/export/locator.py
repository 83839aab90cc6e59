"""The locator: a small map of the whole region with the map's frame drawn on it."""
from __future__ import annotations

from azmap.export.shapes import geom_of, mpl_path
from azmap.features import EXTENT
from azmap.style import OTHER_COUNTRY_FILL, SEA_FILL


_LOCATOR_CACHE: dict = {}


def draw_locator(fig, rect, gaz, proj, frame, s):
    """A small map of the whole region with the map's frame drawn on it (its true, curved outline)."""
    import numpy as np
    from matplotlib.collections import PathCollection

    from azmap.export.projection import PrintProjection, fit_frame

    ax = fig.add_axes(rect)
    w_in, h_in = fig.get_size_inches()
    aspect = (rect[2] * w_in) / (rect[3] * h_in)
    region = PrintProjection(EXTENT)
    lframe = fit_frame(region, EXTENT, aspect)
    x0, y0, x1, y1 = frame
    t = np.linspace(0, 1, 25)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full_like(t, x1), x1 - (x1 - x0) * t, np.full_like(t, x0)])
    ys = np.concatenate([np.full_like(t, y0), y0 + (y1 - y0) * t, np.full_like(t, y1), y1 - (y1 - y0) * t])
    lon, lat = proj.inverse(xs, ys)
    lx, ly = region.forward(lon, lat)
    lframe = holding(lframe, (float(np.min(lx)), float(np.min(ly)), float(np.max(lx)), float(np.max(ly))), aspect)
    ax.set_xlim(lframe[0], lframe[2])
    ax.set_ylim(lframe[1], lframe[3])
    ax.set_aspect("equal", adjustable="box")
    ax.set_facecolor(SEA_FILL)
    ax.set_xticks([])
    ax.set_yticks([])
    for sp in ax.spines.values():
        sp.set_linewidth(0.6 * s)
    key = (id(gaz), len(gaz))
    shapes = _LOCATOR_CACHE.get(key)
    if shapes is None:
        shapes = []
        for f in gaz.of_kind("country"):
            g = region.geom(geom_of(f).simplify(0.05, preserve_topology=True))
            shapes.append((f.id, mpl_path(g)))
        _LOCATOR_CACHE.clear()
        _LOCATOR_CACHE[key] = shapes
    others = [p for fid, p in shapes if fid != "azerbaijan"]
    focus = [p for fid, p in shapes if fid == "azerbaijan"]
    ax.add_collection(PathCollection(others, facecolors=OTHER_COUNTRY_FILL, edgecolors="#9a9a9a",
                                     linewidths=0.25 * s, zorder=2), autolim=False)
    ax.add_collection(PathCollection(focus, facecolors="#e0b53c", edgecolors="#5a4a1a", linewidths=0.4 * s,
                                     zorder=3), autolim=False)
    _beyond_data(ax, region, lframe)
    ax.plot(lx, ly, color="#d6004c", linewidth=1.1 * s, zorder=5)
    ax.text(0.03, 0.04, "Locator", transform=ax.transAxes, fontsize=5.5 * s, color="#333333", zorder=6,
            parse_math=False)
    return ax


LOCATOR_MARGIN = 0.06  # of the locator's frame, about the map's frame where that reaches its edge


def holding(lframe, inner, aspect):
    """The locator's frame ``lframe`` (projected x0, y0, x1, y1) grown, as little as it must be, to
    hold ``inner`` (the map's frame there: a region view's frame, padded past the data, is larger
    than the data) with a margin, at ``aspect`` (width / height)."""
    x0, y0, x1, y1 = lframe
    ix0, iy0, ix1, iy1 = inner
    if ix0 >= x0 and iy0 >= y0 and ix1 <= x1 and iy1 <= y1:
        return lframe
    mx, my = LOCATOR_MARGIN * (ix1 - ix0), LOCATOR_MARGIN * (iy1 - iy0)
    x0, y0, x1, y1 = min(x0, ix0 - mx), min(y0, iy0 - my), max(x1, ix1 + mx), max(y1, iy1 + my)
    w, h = x1 - x0, y1 - y0
    if w / h < aspect:
        grow = (h * aspect - w) / 2
        x0, x1 = x0 - grow, x1 + grow
    else:
        grow = (w / aspect - h) / 2
        y0, y1 = y0 - grow, y1 + grow
    return (x0, y0, x1, y1)


def _beyond_data(ax, region, lframe):
    """Where the locator reaches past the data: blank paper, as on the map, not sea."""
    import shapely
    from matplotlib.patches import PathPatch

    from azmap.export.projection import _data_outline
    from azmap.export.stacking import NODATA_FILL

    outside = shapely.box(*lframe).difference(_data_outline(region.proj4))
    if outside.is_empty or outside.area < 1e-4 * shapely.box(*lframe).area:
        return
    ax.add_patch(PathPatch(mpl_path(outside), facecolor=NODATA_FILL, edgecolor="none", zorder=4))
