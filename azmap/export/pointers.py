"""Pointers to what a map is about but its frame does not hold: a name set at the frame's edge,
toward it, with an arrow ("↗ Italy") and, for a place, how far it lies beyond the edge
("Ceyhan 410 km →").

Only what the view is about gets one, never more than ``MAX_POINTERS``:

- a highlighted feature wholly outside the frame (a must-have);
- the town at the end of a route the map is about (a highlighted one, or a route of the mission
  running ``ROUTE_SHARE`` of the frame's longer side in it from one of its ends in the frame) where
  that town lies outside the frame:
  BTC's Ceyhan on the Caucasus, Baku–Novorossiysk's Novorossiysk (a must-have);
- a country such a route crosses of which nothing shows (Italy for TAP), if room is left.

The arrow points along the direction, on the map, from the frame's centre to the feature (one of
eight, 45° apart); the pointer stands where that direction leaves the frame, slid along the edge if
something else stands there (``azmap.export.labels``, anchor "edge"). The distance is great-circle
(``pyproj.Geod``, WGS84) from that point of the edge to the place, rounded.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from azmap.export.shapes import geom_of

MAX_POINTERS = 4
ARROWS = "→↗↑↖←↙↓↘"  # anticlockwise from east, 45° apart (the map's x to the right, y up)
POINTER_PRIORITY = 3.6  # after the countries, capitals and routes, before towns and districts
POINTER_SIZE = 6.8  # points on an A4 page
POINTER_STYLE = {"color": "#333333", "fontstyle": "italic"}
TERMINAL_REACH = 0.25  # degrees: a town this near a route's end is its terminal
TOWN_KINDS = ("city", "capital", "town", "site")  # what can stand at a route's end
ROUTE_SHARE = 0.3  # a route the map is about runs at least this share of the frame's longer side in it


@dataclass
class Target:
    fid: str
    name: str
    lon: float
    lat: float
    place: bool  # a town (its distance is said) rather than an area or a line
    must: bool
    rank: float  # lower first


def arrow_for(dx: float, dy: float) -> str:
    """The arrow (of ``ARROWS``) nearest the direction (dx, dy), y up."""
    k = round(math.degrees(math.atan2(dy, dx)) / 45) % 8
    return ARROWS[k]


# how a pointer rounds a distance: to 5 km under 100 km, to 10 km under 1,000, else to 50 (the live
# map reads the same steps from its configuration)
KM_STEPS = ((100, 5), (1000, 10), (None, 50))


def round_km(km: float) -> int:
    """A distance as a pointer says it, rounded by ``KM_STEPS``."""
    step = next(s for below, s in KM_STEPS if below is None or km < below)
    return max(step, int(round(km / step) * step))


def great_circle_km(lon1, lat1, lon2, lat2) -> float:
    from pyproj import Geod

    _, _, metres = Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)
    return metres / 1000


def pointer_text(name: str, arrow: str, km: int | None, side: str) -> str:
    """The arrow on the side of the name nearer the edge it points through (at the end on the right
    edge, at the start elsewhere); a place's distance after its name."""
    what = f"{name} {km:,} km" if km is not None else name
    return f"{what} {arrow}" if side == "right" else f"{arrow} {what}"


WORDS = dict(zip(ARROWS, ("east", "north-east", "north", "north-west", "west", "south-west", "south",
                          "south-east")))


def in_words(text: str) -> str:
    """A pointer's text as words for alt text: "↙ Ceyhan 380 km" → "Ceyhan, 380 km to the south-west"."""
    arrow = next((c for c in text if c in WORDS), None)
    what = text.replace(arrow, "").strip() if arrow else text
    if arrow is None:
        return what
    if what.endswith(" km"):
        name, km = what[:-3].rsplit(" ", 1)
        return f"{name}, {km} km to the {WORDS[arrow]}"
    return f"{what}, to the {WORDS[arrow]}"


def edge_exit(frame, centre, target):
    """Where the ray from ``centre`` toward ``target`` leaves the box ``frame`` (x0, y0, x1, y1):
    (x, y, side), side one of right, left, top, bottom; None if the target lies inside."""
    x0, y0, x1, y1 = frame
    cx, cy = centre
    tx, ty = target
    if x0 <= tx <= x1 and y0 <= ty <= y1:
        return None
    dx, dy = tx - cx, ty - cy
    best = None
    for side, t in (("right", (x1 - cx) / dx if dx > 0 else None), ("left", (x0 - cx) / dx if dx < 0 else None),
                    ("top", (y1 - cy) / dy if dy > 0 else None), ("bottom", (y0 - cy) / dy if dy < 0 else None)):
        if t is not None and (best is None or t < best[1]):
            best = (side, t)
    side, t = best
    x = min(max(cx + dx * t, x0), x1)
    y = min(max(cy + dy * t, y0), y1)
    return x, y, side


def targets(gaz, req, route_specs, outside) -> list[Target]:
    """What deserves a pointer on this map, most important first (at most ``MAX_POINTERS``).
    ``route_specs``: the label specs of the routes drawn; ``outside(shape)``: whether a shape in
    degrees lies wholly outside the frame."""
    out: dict[str, Target] = {}

    def add(f, must, rank, at=None):
        if f.id in out:
            return
        g = geom_of(f)
        if at is None:
            at = label_point(g)
        out[f.id] = Target(f.id, f.name, at.x, at.y, f.geometry_type == "Point", must, rank)

    for fid in req.features:
        f = gaz.get(fid)
        if outside(geom_of(f)):
            add(f, True, 0.0)
    towns = towns_of(gaz)
    for spec in route_specs:
        if not spec.must:
            continue
        line = geom_of(gaz.get(spec.fid))
        for t in terminal_towns(line, towns):
            if outside(geom_of(t)):
                add(t, True, 1.0)
        for c in gaz.of_kind("country"):
            g = geom_of(c)
            if g.intersects(line) and outside(g):
                add(c, False, 2.0, crossing_point(g, line))  # toward where the route enters it, not its middle
    ranked = sorted(out.values(), key=lambda t: (not t.must, t.rank))
    return ranked[:MAX_POINTERS]


def towns_of(gaz) -> list:
    """The places that can be a route's terminal: the gazetteer's towns, cities and sites."""
    return [f for f in gaz if f.geometry_type == "Point" and f.kind in TOWN_KINDS]


def route_ends(line) -> list[tuple[float, float]]:
    """A route's two ends (lon, lat): the first and the last point of its line."""
    coords = list(line.coords) if line.geom_type == "LineString" else \
        [c for part in line.geoms for c in (part.coords[0], part.coords[-1])]
    return [coords[0], coords[-1]]


def terminal_towns(line, towns) -> list:
    """The towns within ``TERMINAL_REACH`` degrees of a route's ends, the first end's first, each once."""
    out = []
    for lon, lat in route_ends(line):
        for t in towns:
            g = geom_of(t)
            if abs(g.x - lon) <= TERMINAL_REACH and abs(g.y - lat) <= TERMINAL_REACH \
                    and all(o.id != t.id for o in out):
                out.append(t)
    return out


def crossing_point(country, line):
    """A point of the route inside a country it crosses (the country's own label point where they
    have no point in common)."""
    from shapely.geometry import Point

    inside = country.intersection(line)
    return label_point(country) if inside.is_empty else Point(inside.representative_point())


def _an_end_inside(line, outside) -> bool:
    from shapely.geometry import Point

    parts = list(getattr(line, "geoms", [line]))
    return any(not outside(Point(part.coords[i])) for part in parts for i in (0, -1))


def label_point(g):
    """Where a name or a pointer stands for a shape: a point's own place, else a point inside its
    largest part (a country's mainland, not an island or an exclave)."""
    if g.geom_type == "MultiPolygon":
        g = max(g.geoms, key=lambda p: p.area)
    return g.representative_point() if g.geom_type != "Point" else g


def specs(md) -> list:
    """The pointers of a map being drawn (``MapDrawing``), as label specs (anchor "edge")."""
    frame_geom = md.frame_geom
    proj = md.proj

    def outside(shape):
        return not proj.geom(shape).intersects(frame_geom)

    from azmap.export.labelling import inset_box

    inset = inset_box(md)
    span = max(inset[2] - inset[0], inset[3] - inset[1])
    # the routes the map is about: highlighted, or must-have names running a good way across it from
    # one of their ends in it (BTC from Sangachal across the Caucasus, not its stretch through the
    # Karabakh view)
    route_specs = [s for s in md.label_specs if s.kind == "route" and s.must
                   and (s.fid in md.req.features or (s.geom.length >= ROUTE_SHARE * span
                                                     and _an_end_inside(geom_of(md.gaz.get(s.fid)), outside)))]
    found = targets(md.gaz, md.req, route_specs, outside)
    if not found:
        return []
    out = []
    for t in found:
        spec = _edge_spec(md, t)
        if spec is not None:
            out.append(spec)
    return out


def country_pointer(md, f):
    """A pointer toward a country (its largest part's label point) as the last resort of its name,
    where only a corner of it shows and its name finds no room on or beside it (Turkey at the
    Karabakh view's corner); None if that point lies inside the frame."""
    at = label_point(geom_of(f))
    return _edge_spec(md, Target(f.id, f.name, at.x, at.y, False, True, 2.0))


def _edge_spec(md, t):
    """The label spec (anchor "edge") of a pointer to ``t``: at the frame's edge where the direction
    from the frame's centre toward it leaves the frame; None if it lies inside the frame."""
    import shapely
    from shapely.geometry import Point

    from azmap.export.labelling import inset_box
    from azmap.export.labels import LabelSpec

    proj = md.proj
    inset = inset_box(md)
    centre = ((inset[0] + inset[2]) / 2, (inset[1] + inset[3]) / 2)
    tx, ty = proj.forward(t.lon, t.lat)
    if not (math.isfinite(tx) and math.isfinite(ty)):
        return None
    p = md.to_display(Point(tx, ty))
    hit = edge_exit(inset, centre, (p.x, p.y))
    if hit is None:
        return None
    x, y, side = hit
    arrow = arrow_for(p.x - centre[0], p.y - centre[1])
    km = None
    if t.place:
        fx, fy = md.frame[0] + (x - md.disp[0]) / md.ppd, md.frame[1] + (y - md.disp[1]) / md.ppd
        lon, lat = proj.inverse(fx, fy)
        km = round_km(great_circle_km(lon, lat, t.lon, t.lat))
    d = math.hypot(p.x - centre[0], p.y - centre[1]) or 1.0
    spec = LabelSpec(t.fid, pointer_text(t.name, arrow, km, side), "pointer", "edge", shapely.Point(x, y),
                     POINTER_SIZE * md.s, POINTER_PRIORITY + 0.01 * t.rank, t.must, frozenset(),
                     dict(POINTER_STYLE), leaders=False, toward=((p.x - centre[0]) / d, (p.y - centre[1]) / d))
    spec.min_size = max(5.0 * md.s, spec.size * 0.8)
    return spec
