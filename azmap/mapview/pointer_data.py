"""What the live map's pointers (names at the view's edge, toward what the view is about but does not
hold) need to know of each feature, worked out once when the page is built, by print's rule
(``azmap.export.pointers``): where a feature's pointer points, the towns at a route's ends and the
countries a route crosses, with the point where it runs through each.

The page decides which of them to show after every move (``azmap.js``, "pointers").
"""
from __future__ import annotations

from azmap.export.pointers import ARROWS, MAX_POINTERS, ROUTE_SHARE, TERMINAL_REACH, WORDS

TOWN_KINDS = ("city", "capital", "town", "site")


def config() -> dict:
    """The rule's constants, as the page reads them from its configuration: the arrows (anticlockwise
    from east) and their directions in words, how many pointers at most, and the share of the view's
    longer side a route runs in it for the view to be about it."""
    return {"arrows": ARROWS, "words": [WORDS[a] for a in ARROWS], "max": MAX_POINTERS, "routeShare": ROUTE_SHARE}


def aim(shape):
    """The point a pointer to a shape aims at: a point's own place, else a point inside the
    largest of its parts (a country's mainland, not an island or an exclave), as [lat, lng]."""
    if shape.geom_type == "Point":
        pt = shape
    else:
        if hasattr(shape, "geoms"):
            shape = max(shape.geoms, key=lambda g: (g.area, g.length))
        pt = shape.representative_point()
    return [round(pt.y, 4), round(pt.x, 4)]


def _ends(line):
    parts = list(getattr(line, "geoms", [line]))
    return [part.coords[i] for part in parts for i in (0, -1)]


def terminals(route, towns) -> list[str]:
    """The towns at a route's ends (within ``TERMINAL_REACH`` degrees of one), as print finds them."""
    out = []
    for lon, lat in _ends(route.shape()):
        for t in towns:
            x, y = t.shape().x, t.shape().y
            if abs(x - lon) <= TERMINAL_REACH and abs(y - lat) <= TERMINAL_REACH and t.id not in out:
                out.append(t.id)
    return out


def crossings(route, countries) -> list[list]:
    """The countries a route runs through, each with a point of the route inside it: [id, lat, lng]."""
    line = route.shape()
    out = []
    for c in countries:
        shape = c.shape()
        if not shape.intersects(line):
            continue
        inside = shape.intersection(line)
        pt = inside.representative_point() if not inside.is_empty else shape.representative_point()
        out.append([c.id, round(pt.y, 4), round(pt.x, 4)])
    return out


def per_feature(gaz) -> dict[str, dict]:
    """For each feature id, the properties the page's pointers read: "aim" for every feature, and
    "terminals" and "crosses" for a route."""
    towns = [f for f in gaz if f.geometry_type == "Point" and f.kind in TOWN_KINDS]
    countries = list(gaz.of_kind("country"))
    out = {}
    for f in gaz:
        props = {"aim": aim(f.shape())}
        if f.kind == "route":
            props["terminals"] = terminals(f, towns)
            props["crosses"] = crossings(f, countries)
        out[f.id] = props
    return out
