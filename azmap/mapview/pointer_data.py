"""What the live map's pointers (names at the view's edge, toward what the view is about but does not
hold) need to know of each feature, worked out once when the page is built, by print's rule and with
print's functions (``azmap.export.pointers``): where a feature's pointer points, the towns at a
route's ends and the countries a route crosses, with the point where it runs through each.

The page decides which of them to show after every move (``azmap.js``, "pointers").
"""
from __future__ import annotations

from azmap.export.pointers import (ARROWS, KM_STEPS, MAX_POINTERS, ROUTE_SHARE, WORDS, crossing_point,
                                   label_point, terminal_towns, towns_of)


def config() -> dict:
    """The rule's constants, as the page reads them from its configuration: the arrows (anticlockwise
    from east) and their directions in words, how many pointers at most, and the share of the view's
    longer side a route runs in it for the view to be about it, and the steps a distance is rounded
    to (below a distance in km, or for any (null), the step)."""
    return {"arrows": ARROWS, "words": [WORDS[a] for a in ARROWS], "max": MAX_POINTERS, "routeShare": ROUTE_SHARE,
            "kmSteps": [list(s) for s in KM_STEPS]}


def _lat_lng(pt) -> list[float]:
    return [round(pt.y, 4), round(pt.x, 4)]


def aim(shape) -> list[float]:
    """The point a pointer to a shape aims at, as [lat, lng]: print's label point (a point's own
    place, else a point inside the largest of its parts)."""
    return _lat_lng(label_point(shape))


def terminals(route, towns) -> list[str]:
    """The ids of the towns at a route's ends, as print finds them."""
    return [t.id for t in terminal_towns(route.shape(), towns)]


def crossings(route, countries) -> list[list]:
    """The countries a route runs through, each with a point of the route inside it: [id, lat, lng]."""
    line = route.shape()
    return [[c.id, *_lat_lng(crossing_point(c.shape(), line))] for c in countries if c.shape().intersects(line)]


def per_feature(gaz) -> dict[str, dict]:
    """For each feature id, the properties the page's pointers read: "aim" for every feature, and
    "terminals" and "crosses" for a route."""
    towns = towns_of(gaz)
    countries = list(gaz.of_kind("country"))
    out = {}
    for f in gaz:
        props = {"aim": aim(f.shape())}
        if f.kind == "route":
            props["terminals"] = terminals(f, towns)
            props["crosses"] = crossings(f, countries)
        out[f.id] = props
    return out
