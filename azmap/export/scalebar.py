"""The scale bar (true where it stands, with the scale's spread over the map) and the north arrow
(pointing to the pole from where it stands), in a box in a corner of the map: the lower left, unless
it would hide there more of what the map must name (a sea's open water, a must-have name's ground,
a capital's dot, a route) than another corner would."""
from __future__ import annotations

import math

from azmap.export.shapes import box_geom
from azmap.export.stacking import Z_FURNITURE


def scale_bar(proj, frame, s, units_per_pt, at=None):
    """The scale bar of a map of ``frame`` (projected metres) in ``proj``: its left end (x, y, in
    projected metres), its length there (projected metres) and the kilometres it stands for: a
    round length of at most a quarter of the map's width, true at the bar's own place (``at``, its
    left end; by default near the lower left corner)."""
    x0, y0, x1, y1 = frame
    u = units_per_pt
    bx, by = at if at is not None else (x0 + 10 * s * u, y0 + 12 * s * u)
    lon, lat = proj.inverse(bx + (x1 - x0) * 0.1, by)
    k = proj.scale_factor(lon, lat)
    width_km = (x1 - x0) / k / 1000
    limit_km = min(width_km / 4, (x1 - x0) * 0.45 / k / 1000)
    nice = bar_km(limit_km)
    length = nice * 1000 * k
    return bx, by, length, nice


CORNERS = ("lower left", "lower right", "upper left", "upper right")  # in the order preferred
CORNER_MARGIN = 0.15  # another corner is taken only where it hides this much less (see ``hidden``)


def furniture_box(md):
    """The scale bar's length and the box (display px) that holds it and the north arrow, in the
    corner (``CORNERS``) where it hides least of what the map names (``hidden``)."""
    x0, y0, x1, y1 = md.frame
    s, u = md.s, md.units_per_pt
    best = None
    for i, corner in enumerate(CORNERS):
        bar, box = _furniture_at(md, corner)
        d = md.to_display(box_geom(box)).bounds
        cost = hidden(md, d) + (0 if i == 0 else CORNER_MARGIN)
        if best is None or cost < best[0] - 1e-9:
            best = (cost, bar, box, d)
        if i == 0 and cost <= 1e-9:
            break  # the lower left hides nothing that matters
    _, md.bar, md.furniture_data, d = best
    return d


def _furniture_at(md, corner):
    """The scale bar and the furniture's box (projected metres) in ``corner`` of the frame."""
    x0, y0, x1, y1 = md.frame
    s, u = md.s, md.units_per_pt
    length = scale_bar(md.proj, md.frame, s, u)[2]
    w, h = length + 46 * s * u, 30 * s * u
    bx0 = x0 + 4 * s * u if corner.endswith("left") else x1 - 4 * s * u - w
    by0 = y0 + 4 * s * u if corner.startswith("lower") else y1 - 4 * s * u - h
    bar = scale_bar(md.proj, md.frame, s, u, at=(bx0 + 6 * s * u, by0 + 8 * s * u))
    w = bar[2] + 46 * s * u  # the bar's length where it stands
    return bar, (bx0, by0, bx0 + w, by0 + h)


def hidden(md, box) -> float:
    """How much of what the map must name a box (display px) would hide: for each must-have area
    name and each sea's name, the share of its ground (for a sea, its stretch of open water) under
    the box; a capital's or a must-have town's dot under it counts one; for each route, the share
    of its drawn length under it, halved."""
    import shapely

    b = shapely.box(*box)
    cost = 0.0
    for spec in md.label_specs:
        g = spec.geom
        if spec.anchor == "area" and (spec.must or spec.kind == "sea") and g.area > 0:
            if g.intersects(b):
                cost += g.intersection(b).area / g.area
        elif spec.anchor == "point" and spec.must and b.contains(g):
            cost += 1.0
    for _, line, _ in md.lines:
        if line.length > 0 and line.intersects(b):
            cost += 0.5 * line.intersection(b).length / line.length
    return cost


def draw_furniture(md, box_disp):
    """The box at ``box_disp`` (display pixels) with the scale bar and the north arrow in it."""
    from matplotlib.patches import Rectangle

    ax, s, u = md.ax, md.s, md.units_per_pt
    bx0, by0, bx1, by1 = md.furniture_data
    ax.add_patch(Rectangle((bx0, by0), bx1 - bx0, by1 - by0, facecolor="white", alpha=0.85, edgecolor="#999999",
                           linewidth=0.4 * s, zorder=Z_FURNITURE))
    md.occluders.append((Z_FURNITURE, box_geom(box_disp)))
    bx, by, length, _ = md.bar
    draw_scale_bar(ax, md.proj, md.frame, md.bar, s, u)
    draw_north_arrow(ax, md.proj, bx + length + 22 * s * u, by - 2 * s * u, s, u)


def draw_scale_bar(ax, proj, frame, bar, s, u):
    """The bar (four alternating blocks, "0" and its length in km above) at ``bar`` (``scale_bar``),
    with how far the scale strays from it over the map beneath. ``u``: projected metres a point."""
    from matplotlib.patches import Rectangle

    from azmap.export.projection import scale_range

    bx, by, length, nice = bar
    h = 3.2 * s * u
    for i in range(4):
        ax.add_patch(Rectangle((bx + i * length / 4, by), length / 4, h, facecolor="#222222" if i % 2 == 0
                               else "white", edgecolor="#222222", linewidth=0.5 * s, zorder=Z_FURNITURE + 1))
    text = dict(fontsize=6.2 * s, zorder=Z_FURNITURE + 1, parse_math=False)
    ax.text(bx, by + h + 2 * s * u, "0", ha="center", va="bottom", **text)
    ax.text(bx + length, by + h + 2 * s * u, f"{nice:g} km", ha="center", va="bottom", **text)
    lo, hi = scale_range(proj, frame)
    k = proj.scale_factor(*proj.inverse(bx + length / 2, by))
    spread = max(abs(hi / k - 1), abs(lo / k - 1)) * 100
    note = f"±{spread:.1f} % over the map" if spread >= 0.1 else "true over the whole map"
    ax.text(bx + length / 2, by - 2 * s * u, note, ha="center", va="top",
            fontsize=4.8 * s, color="#444444", zorder=Z_FURNITURE + 1, parse_math=False)


def draw_north_arrow(ax, proj, x, y, s, u):
    """The north arrow standing at (``x``, ``y``) (projected metres), pointing to the pole from there;
    its "N" has the gid ``north-arrow``."""
    lon, lat = proj.inverse(x, y)
    angle = math.radians(proj.north_angle(lon, lat))
    dx, dy = -math.sin(angle), math.cos(angle)
    L = 13 * s * u
    ax.annotate("", xy=(x + dx * L, y + dy * L), xytext=(x, y),
                arrowprops=dict(arrowstyle="-|>", color="#222222", linewidth=1.1 * s, mutation_scale=8 * s,
                                shrinkA=0, shrinkB=0), zorder=Z_FURNITURE + 1)
    ax.text(x + dx * (L + 5 * s * u), y + dy * (L + 5 * s * u), "N", ha="center", va="center",
            fontsize=8 * s, fontweight="bold", zorder=Z_FURNITURE + 1, parse_math=False, gid="north-arrow")


BAR_KM = (1000, 500, 300, 200, 100, 50, 20, 10, 5)


def bar_km(limit: float) -> float:
    """The length of the scale bar: the longest of BAR_KM not above ``limit`` km, else the longest
    1, 2 or 5 × 10^k (a map a few km across, on a narrow page)."""
    nice = next((v for v in BAR_KM if v <= limit), None)
    if nice is None:
        k = math.floor(math.log10(limit))
        nice = next((m * 10.0 ** k for m in (5, 2, 1) if m * 10.0 ** k <= limit), 10.0 ** k)
    return nice
