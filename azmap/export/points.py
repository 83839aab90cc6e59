"""Points on the map: capitals, towns and sites, drawn where their names may be."""
from __future__ import annotations

from azmap.export.labelling import labelled_here, point_label, rule
from azmap.export.stacking import LEGEND_ORDER, Z_POINT
from azmap.style import HIGHLIGHT


def draw_point(md, f, g, hi):
    """Draw the point ``f`` on the map ``md`` where its kind is shown at this scale, and ask for its
    label; ``hi``: highlighted."""
    from azmap.export.legend import marker_layers

    s = md.s
    if not (hi or f.properties.get("capital_of") or labelled_here(md, f, rule(md, f)[3])):
        return  # a town or site too small for this scale: neither dot nor name
    if f.kind == "site":
        key, label = "site", "Site (field, terminal, station)"
        sym = [{"type": "marker", "marker": "s", "size": 4.6, "face": "#ffffff", "edge": "#1a1a1a",
                "edge_width": 0.9}]
    elif f.properties.get("capital_of"):
        key, label = "capital", "Capital"
        sym = [{"type": "marker", "marker": "o", "size": 5.2, "face": "#1a1a1a", "edge": "#ffffff",
                "edge_width": 0.8}]
    else:
        key, label = "city", "Town or city"
        sym = [{"type": "marker", "marker": "o", "size": 4.2, "face": "#ffffff", "edge": "#1a1a1a",
                "edge_width": 0.9}]
    md.kind(key, label, sym, LEGEND_ORDER.index(key) * 100)
    d = md.to_display(g)
    r = sym[0]["size"] * s * md.px_per_pt / 2
    artists, footprint = marker_layers(g.x, g.y, sym, Z_POINT, md.ax.transData, s), d.buffer(r)
    md.add(key, artists, footprint)
    md.occluders.append((Z_POINT, footprint))
    md.point_parts[f.id] = (key, artists, footprint, footprint)
    md.markers.append((f.id, d.x, d.y, r + 0.5))
    if hi:
        hsym = [{"type": "marker", "marker": "o", "size": sym[0]["size"] + 7, "face": HIGHLIGHT, "alpha": 0.55}]
        md.kind("highlight", "Highlighted", hsym, LEGEND_ORDER.index("highlight") * 100)
        md.add("highlight", marker_layers(g.x, g.y, hsym, Z_POINT - 0.5, md.ax.transData, s),
               d.buffer(hsym[0]["size"] * s * md.px_per_pt / 2))
    point_label(md, f, d, r)
