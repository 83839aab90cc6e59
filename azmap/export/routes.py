"""Routes on the map: each with its casing and dash pattern, side by side where they share a corridor
(``azmap.style.ROUTE_OFFSET_SLOTS``, the live map's rule)."""
from __future__ import annotations

from azmap.export.labelling import route_label
from azmap.export.shapes import geom_of
from azmap.export.stacking import LEGEND_ORDER, Z_ROUTE, gazetteer_rank
from azmap.style import HIGHLIGHT, PRINT_DASH, ROUTE_COLOURS, ROUTE_OFFSET_SLOTS, ROUTE_SLOT_PT, dashed


def draw_route(md, f, g, i, hi):
    """Draw the route ``f`` (the ``i``-th drawn: stacked in that order) on the map ``md``, shifted to
    its slot in a shared corridor, and ask for its label; ``hi``: highlighted."""
    import numpy as np
    import shapely

    from azmap.export.legend import line_layers

    s = md.s
    carries = f.properties.get("carries", "oil")
    colour = ROUTE_COLOURS.get(f.id, "#000000")
    width = 2.2 if carries == "rail" else 2.0
    dash = PRINT_DASH.get(carries)
    if md.req.greyscale:  # dark, and a dash pattern of its own
        from azmap.export.greyscale import route_line

        colour, dash = route_line(f.id, i)
    line = {"type": "line", "colour": colour, "width": width, "dash": dash}
    if carries == "rail":
        line["cap"] = "round"
    sym = [{"type": "line", "colour": "#ffffff", "width": width + 1.6, "alpha": 0.9}, line]
    key = f"route-{f.id}"
    length = f.properties.get("length_km")
    what = f"{carries}, {length:,} km" if isinstance(length, (int, float)) else carries  # the published length
    md.kind(key, f"{dashed(f.name)} ({what})", sym, LEGEND_ORDER.index("route") * 100 + gazetteer_rank(md.gaz, f.id))
    # side by side in a shared corridor (style.py's rule, as on the live map): shifted by its slot
    # times the slot width, to the left of the route travelled from its eastern to its western end
    full = md.proj.geom(geom_of(f))
    coords = np.asarray(full.coords)
    if coords[0, 0] < coords[-1, 0]:
        full = shapely.LineString(coords[::-1])
    slot = ROUTE_OFFSET_SLOTS.get(f.id, 0)
    if slot:
        full = full.offset_curve(slot * ROUTE_SLOT_PT * s * md.units_per_pt, quad_segs=4,
                                 join_style="round")
    g = shapely.clip_by_rect(full, *md.clip_box)
    if g.is_empty:
        return
    z = Z_ROUTE + i * 0.1 + (1.0 if hi else 0.0)  # a highlighted route over those sharing its corridor
    parts = list(getattr(g, "geoms", [g]))
    for part in parts:
        xs, ys = part.xy
        disp = md.to_display(part)
        md.add(key, line_layers(list(xs), list(ys), sym, z, md.ax.transData, s),
               disp.buffer((width + 1.6) * s * md.px_per_pt / 2, cap_style="flat"))
        md.occluders.append((z, disp.buffer((width + 1.6) * s * md.px_per_pt / 2, cap_style="flat")))
        md.lines.append((f.id, disp, width * s * md.px_per_pt / 2))
        if hi:
            hsym = [{"type": "line", "colour": HIGHLIGHT, "width": width + 5.0, "alpha": 0.5}]
            md.kind("highlight", "Highlighted", hsym, LEGEND_ORDER.index("highlight") * 100)
            md.add("highlight", line_layers(list(xs), list(ys), hsym, z - 0.05, md.ax.transData, s),
                   disp.buffer((width + 5.0) * s * md.px_per_pt / 2))
    route_label(md, f, g)
