"""The graticule: curved meridians and parallels at a round step, labelled at the frame's edges."""
from __future__ import annotations

import math

from azmap.export.stacking import Z_GRID


def draw_graticule(md):
    """Meridians and parallels over the map ``md``, their degrees outside its frame."""
    import numpy as np

    from azmap.export.projection import frame_lonlat_bounds

    ax, s = md.ax, md.s
    x0, y0, x1, y1 = md.frame
    lon0, lat0, lon1, lat1 = frame_lonlat_bounds(md.proj, md.frame)
    step = grid_step(max(lon1 - lon0, lat1 - lat0))
    style = dict(color="#4a5a68", linewidth=0.35 * s, alpha=0.55, zorder=Z_GRID, gid="graticule")
    text = dict(fontsize=6 * s, color="#333333", clip_on=False, parse_math=False)
    lats = np.linspace(max(lat0 - step, -89.9), min(lat1 + step, 89.9), 120)
    for lon in np.arange(math.ceil(lon0 / step) * step, lon1 + 1e-9, step):
        x, y = md.proj.forward(np.full_like(lats, lon), lats)
        ax.plot(x, y, **style)
        cross = crossing(y, x, y0)
        if cross is not None and x0 + (x1 - x0) * 0.02 <= cross <= x1 - (x1 - x0) * 0.02:
            ax.annotate(degrees_label(lon, "E", "W"), (cross, y0), xytext=(0, -2 * s), textcoords="offset points",
                        ha="center", va="top", **text)
    lons = np.linspace(lon0 - step, lon1 + step, 240)
    for lat in np.arange(math.ceil(lat0 / step) * step, lat1 + 1e-9, step):
        x, y = md.proj.forward(lons, np.full_like(lons, lat))
        ax.plot(x, y, **style)
        cross = crossing(x, y, x0)
        if cross is not None and y0 + (y1 - y0) * 0.02 <= cross <= y1 - (y1 - y0) * 0.02:
            ax.annotate(degrees_label(lat, "N", "S"), (x0, cross), xytext=(-2 * s, 0), textcoords="offset points",
                        ha="right", va="center", **text)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)

def crossing(a, b, value):
    """Where the polyline (b, a) crosses a == value: the b there (first crossing), or None."""
    import numpy as np

    a, b = np.asarray(a), np.asarray(b)
    d = a - value
    idx = np.nonzero(np.sign(d[:-1]) * np.sign(d[1:]) <= 0)[0]
    if not len(idx):
        return None
    i = idx[0]
    if d[i] == d[i + 1]:
        return float(b[i])
    t = d[i] / (d[i] - d[i + 1])
    return float(b[i] + t * (b[i + 1] - b[i]))


GRID_STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 45, 90)  # degrees


def grid_step(span: float) -> float:
    """Degrees between graticule lines for a map ``span`` degrees across: the smallest step from
    0.5° up that gives at most 10 lines, or a finer one where 0.5° would give fewer than two."""
    step = next((s for s in GRID_STEPS if s >= 0.5 and span / s <= 10), GRID_STEPS[-1])
    if span / step < 2:
        step = next((s for s in reversed(GRID_STEPS) if s < step and span / s >= 2), GRID_STEPS[0])
    return step


def degrees_label(value: float, positive: str, negative: str) -> str:
    value = round(value, 6)
    return f"{abs(value):g}°{negative if value < 0 else positive}"
