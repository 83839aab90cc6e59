"""Label placement for print maps.

Every label has candidate positions: around a point (eight, right of it first), beside a line at
intervals along its visible part (above, below, left and right of it), or inside the visible part
of an area (its pole of inaccessibility first, then ever shallower points). Labels are placed most
important first; a candidate is taken only if its box

- lies inside the map's frame and clear of the furniture drawn on it (scale bar, north arrow),
- overlaps no label placed before it, no leader line and no point symbol,
- lies over no country the feature does not belong to (``WRONG_SHARE`` of its area at most): a
  route's label over the countries it crosses, a city's over its own country, a country's over
  itself, a sea's over no land; a district's or the former NKAO's not over another of them,
- for an area, lies over the area itself (``home_min`` of its box).

Among the candidates that pass, the cheapest wins (preferred position, nearness to the middle of a
line or the deepest point of an area, little linework under it). A label with no candidate at its
size tries, in turn, a smaller size, a position away from the feature joined to it by a leader line,
and both. A must-have label (see ``azmap.style.label_rules``) goes on to smaller sizes and longer
leaders; anything else is left out, and the result says so.

An area's name (a country, the exclave, the former NKAO, a district) belongs on its own ground: on
its largest visible part, else another of its parts, in ever smaller type, and led only a short way
(a leader whose course lies mostly over another's ground is refused); a country's name goes over the
areas drawn apart inside it (its occupied districts, its exclave) only where nothing else of it has
room (``fallback_avoid``). A district's name with no room level, smaller or led, is turned along the
district's long axis (``rotate``) before it is dropped. A country a drawn route crosses
(``beside``: Italy, where only TAP's landfall at its heel shows) goes, after smaller type on its own
part, beside that part over the sea (the sea is no other country's ground), and only then is led. A town's name beside its dot may reach over a
near border; led away, it may not. On a slide's map, in type larger than a page's, a must-have
country's or district's name with no room even at its last resort goes on down to the page's floor
(``page_floor``), turned along its long axis if need be; a country's, failing that, is cut short
("ARM.") in the room the other names leave, rather than dropped.

A map may set a least name size for every name (``Placer.floor``: a slide's 18 pt at the slide's
size). Then no tier, turn or cut goes below it: a name that may be left out is left out, the open
seas' names and the must-have areas' (and the focus country's capital's) are placed first, and
a must-have area's name with no room on or beside its ground at that size is called out: set in a
box of its own, over open water if any is clear within reach, else over the nearest clear place,
joined by a leader to a dot on its ground (``_place_callout``); an area's name is not led unboxed.

A pointer to what lies beyond the frame (anchor "edge", made by ``azmap.export.pointers``) stands
against the frame's edge where its direction leaves the frame, slid along the edge clear of what is
placed before it, never led and never over another name.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np

WRONG_SHARE = 0.03  # at most this share of a label's box may lie over a country it does not belong to
# a town's name set beside its dot may reach over a nearby border (a capital near one, at a small
# scale): read beside its dot it names the dot, where led away over another country it would not
POINT_WRONG_SHARE = 0.6


@dataclass
class LabelSpec:
    fid: str
    text: str
    kind: str
    anchor: str  # "point", "line" or "area"
    geom: object  # shapely geometry in display pixels: Point, (Multi)LineString or Polygon
    size: float  # points
    priority: float  # lower is placed first
    must: bool
    allowed: frozenset  # ids of the countries the label may lie over
    style: dict = field(default_factory=dict)  # matplotlib text properties (colour, weight, style)
    marker_r: float = 0.0  # display pixels: the point symbol's radius
    leaders: bool = True  # may be led away from its feature
    min_size: float = 5.0  # points
    home_min: float = 0.85  # area labels: share of the box that must lie over the area
    avoid: tuple = ()  # polygons (display) counted as wrong ground too: a district's label is not set
    # over another district
    fallback_avoid: tuple = ()  # looser ``avoid`` sets, tried in turn when no tier finds room: a
    # country's name goes over its own occupied districts or exclave only if nothing else of it shows
    toward: tuple | None = None  # "edge" labels (a pointer to what lies beyond the frame): the unit
    # direction (display, y up) it points; ``geom`` is the Point where that direction leaves the frame
    rotate: bool = False  # an area's name may, as its last resort, run along the area's long axis
    beside: bool = False  # an area's name with no room on its own ground may stand beside it, over the
    # sea or its own ground (no other's), before it is led (a country a route crosses: Italy's heel)
    pointer: object = None  # a LabelSpec (anchor "edge"): a pointer toward the area at the frame's
    # edge, the last resort of a ``beside`` name before it is dropped
    page_floor: float | None = None  # points: a must-have country's or sea's name with no room down to
    # its last resort may go on down to this (a slide's map, in larger type than a page, falls back to
    # the page's floor: Armenia, landlocked, on a slide of the region) rather than be dropped
    short: str | None = None  # a must-have country's name cut short ("ARM."), its last resort below
    # ``page_floor``'s sizes before it is pointed to or dropped
    early: bool = False  # with a least name size: a town's name placed with the must-have areas' names,
    # before the callouts take the room (the focus country's capital)


@dataclass
class Placement:
    spec: LabelSpec
    placed: bool
    size: float = 0.0
    box: tuple | None = None  # x0, y0, x1, y1 in display pixels
    leader: tuple | None = None  # ((x0, y0), (x1, y1)) in display pixels
    wrong_share: float = 0.0
    tier: int = -1
    angle: float = 0.0  # degrees, anticlockwise: a name set along its area's long axis
    corners: tuple | None = None  # the rotated box's four corners (display pixels); None: ``box`` itself
    beside: bool = False  # an area's name set beside its visible part (over the sea), not on it
    callout: bool = False  # a name set in a box of its own, led to its ground (``Placer._place_callout``)


# (size factor, led, leader reach) in the order tried: a little smaller, then led a little way, then
# led further, and only then much smaller; must-have labels go on to the longest leaders and the
# smallest type (never below ``min_size``)
TIERS = [(1.0, False, 0), (0.85, False, 0), (0.77, False, 0), (1.0, True, 1), (0.85, True, 1), (0.77, True, 1),
         (1.0, True, 2), (0.85, True, 2), (0.77, True, 2)]
# a country's or a sea's name is better smaller inside it than led to it from afar
AREA_NAME_TIERS = [(1.0, False, 0), (0.85, False, 0), (0.77, False, 0), (0.68, False, 0), (0.62, False, 0),
                   (1.0, True, 1), (0.85, True, 1), (0.77, True, 1), (0.85, True, 2), (0.77, True, 2)]
MUST_TIERS = [(1.0, True, 2), (0.85, True, 2), (0.77, True, 2), (0.62, False, 0), (0.62, True, 1),
              (0.62, True, 2), (1.0, True, 3), (0.77, True, 3)]
# an area's name (a country, the exclave, the former NKAO, a district) that must be shown goes on
# in ever smaller type on its own ground, and is led only a short way: a name set far from its
# ground, over another's, says something nobody meant
AREA_MUST_TIERS = [(0.55, False, 0), (0.5, False, 0), (0.62, True, 1), (0.55, True, 1), (0.5, True, 1)]
# the last resort of a must-have area name with no room at the least size: a smaller size still, on
# its own ground (4 pt on A4: a district in a corner of the map reads with a loupe, flung it misleads)
AREA_LAST_RESORT = 0.8  # of ``min_size``
AREA_KINDS = ("country", "exclave", "territory", "district", "sea")
# a district's name with no room level, even smaller or led a short way, runs along the district's
# long axis (at these factors of its size) before it is dropped
ROTATED_FACTORS = (1.0, 0.85, 0.77, 0.68, 0.62)
ROTATED_TIER = 100  # ``Placement.tier`` of the first rotated size
ROTATION_TURNS = (0.0, -8.0, 8.0, -16.0, 16.0, -24.0, 24.0)  # degrees off the long axis, tried in turn
MIN_ROTATION = 12.0  # degrees: an axis nearer level than this is set level
MAX_ROTATION = 75.0  # degrees: an axis steeper than this is set upright (read from below)
# an area's name beside its visible part (``LabelSpec.beside``): its sizes, tried after the smaller
# sizes on its own ground and before a leader; "beside" stands in for the tier's ``led``
BESIDE_TIERS = [(1.0, "beside", 0), (0.85, "beside", 0), (0.77, "beside", 0)]
BESIDE_SAMPLES = 32  # points along the visible part's outline the name may stand against
# a pointer to what lies beyond the frame (see azmap.export.pointers): its sizes, and how far along
# the edge it may slide from where its direction leaves the frame (a share of that edge)
EDGE_FACTORS = (1.0, 0.9, 0.8)
EDGE_SLIDE = 0.15
EDGE_SLIDE_MUST = 0.35
COUNTRY_LEADER_MAX_MM = 10.0  # a country's name is led a short way or not at all
# a map with a least name size (a slide's 18 pt: ``Placer.floor``) sets no name below it; a must-have
# area's name with no room on or beside its ground at that size is called out in a box of its own,
# at most this far away, over open water where any is clear, its leader (with a dot on its ground)
# showing whose it is
CALLOUT_MAX_MM = 45.0
CALLOUT_STEP_MM = 2.5
CALLOUT_DIRECTIONS = 24
CALLOUT_KINDS = ("country", "exclave", "territory", "district")  # a sea's name is never boxed
CALLOUT_TIER = 200  # ``Placement.tier`` of a callout
CALLOUT_OWN_SHARE = 0.1  # at most this share of a callout's box over the ground it names
LEADER_WRONG_SHARE = 0.25  # at most this share of an area's leader may cross ground it does not belong to
POINT_POSITIONS = [  # (dx, dy) unit direction of the box from the point, preference cost
    ((1, 0), 0.0), ((0.7, 0.7), 0.1), ((0.7, -0.7), 0.2), ((-1, 0), 0.5), ((-0.7, 0.7), 0.55),
    ((-0.7, -0.7), 0.6), ((0, 1), 0.7), ((0, -1), 0.8)]


class Placer:
    def __init__(self, measure, frame, px_per_pt, *, reserved=(), countries=None, lines=(), markers=(),
                 floor=None):
        """measure(text, size_pt, style) -> (width, height) in display pixels; frame: the box labels
        must stay in; reserved: boxes they must leave clear; countries: id -> polygon (display);
        lines: (feature id, LineString, half width) drawn on the map; markers: (feature id, x, y, r);
        floor: the least size of any name (points), None: each label's own ``min_size``."""
        import shapely
        from shapely.strtree import STRtree

        self.floor = floor
        self.measure = measure
        self.frame = frame
        self.ppt = px_per_pt
        self.reserved = [tuple(b) for b in reserved]
        self.country_ids = list((countries or {}).keys())
        self.country_geoms = [countries[c] for c in self.country_ids]
        for g in self.country_geoms:
            shapely.prepare(g)
        self.country_tree = STRtree(self.country_geoms) if self.country_geoms else None
        self.lines = list(lines)
        self.line_tree = STRtree([g for _, g, _ in self.lines]) if self.lines else None
        self.markers = np.array([(x - r, y - r, x + r, y + r) for _, x, y, r in markers], dtype=float).reshape(-1, 4)
        self.marker_ids = [fid for fid, _, _, _ in markers]
        self.marker_xy = np.array([(x, y) for _, x, y, _ in markers], dtype=float).reshape(-1, 2)
        self.boxes = np.zeros((0, 4))
        self.rotated = []  # the slanted boxes of names set along an area's long axis
        self.rotated_bounds = np.zeros((0, 4))
        self.leader_segments = []
        self.placements: list[Placement] = []

    # -- public ------------------------------------------------------------------------------------
    def place_all(self, specs) -> list[Placement]:
        # most important first; among equals, the smallest areas first (they have the fewest places)
        # (with a least name size, the must-have areas' names (and the ``early`` towns') before the
        # other towns' and the routes': what the map shows is named, on its ground or called out,
        # before the room is taken;
        # and the open seas' among them, must-haves or not: the water they need is where a neighbour's
        # name would otherwise stand beside its coast)
        slide = self.floor is not None
        order = sorted(specs, key=lambda s: (not (s.must or slide and s.kind == "sea"),
                                             slide and s.anchor != "area" and not s.early,
                                             s.priority, s.geom.area if s.anchor == "area" else 0))
        out = {}
        called = self.floor is None
        for spec in order:
            if not called and (not (spec.must or spec.kind == "sea") or spec.anchor != "area" and not spec.early):
                called = True
                self._callouts(order, out)
            out[id(spec)] = self.place(spec)
        if not called:
            self._callouts(order, out)
        for spec in order:  # a must-have country with no room for its name: cut short, in what room
            p = out[id(spec)]  # the rest have left (its capital's name is not pushed off for it)
            if not p.placed and spec.short and spec.must:
                q = self._place_short(spec)
                if q is not None:
                    self.placements.remove(p)
                    out[id(spec)] = q
        return [out[id(s)] for s in specs]

    def _floored(self, spec) -> None:
        """A label's sizes raised to the map's least name size: none of its tiers goes below it."""
        f = self.floor
        spec.size = max(spec.size, f)
        spec.min_size = max(spec.min_size, f)
        if spec.page_floor is not None:
            spec.page_floor = max(spec.page_floor, f)

    def place(self, spec: LabelSpec) -> Placement:
        if self.floor is not None:
            self._floored(spec)
        if spec.anchor == "edge":
            return self._place_edge(spec)
        area = spec.anchor == "area" and spec.kind in AREA_KINDS
        if area:
            tiers = list(AREA_NAME_TIERS) + (AREA_MUST_TIERS if spec.must else [])
            if spec.beside:  # smaller on its own ground, then beside it, then led a short way
                tiers = [t for t in tiers if not t[1]] + BESIDE_TIERS + [t for t in tiers if t[1]]
        else:
            tiers = list(TIERS) + (MUST_TIERS if spec.must else [])
        strict = spec.avoid
        for avoid in (strict, *spec.fallback_avoid):
            spec.avoid = avoid
            p = self._place_tiers(spec, tiers, area)
            if p is not None:
                return p
        spec.avoid = strict
        if area and spec.must and spec.kind == "country" and not spec.beside:
            # a must-have country's name with no room anywhere on its own ground (Azerbaijan on a
            # slide of the region, in the slide's larger type) stands beside it over the sea
            sizes = [f for f in (1.0, 0.85, 0.77, 0.68, 0.62, 0.55, 0.5) if spec.size * f >= spec.min_size - 1e-9]
            sizes.append(spec.min_size / spec.size)
            p = self._place_tiers(spec, [(f, "beside", 0) for f in sizes], area)
            if p is not None:
                return p
        if area and spec.rotate:  # smaller, then led a short way, then along its long axis
            p = self._place_rotated(spec, ROTATED_FACTORS, spec.min_size)
            if p is not None:
                return p
        if area and spec.must:
            least = spec.min_size * AREA_LAST_RESORT
            p = self._place_tiers(spec, [(least / spec.size, False, 0), (least / spec.size, True, 1)], area,
                                  floor=least)
            if p is None and spec.rotate:
                p = self._place_rotated(spec, (least / spec.size,), least)
            if p is not None:
                return p
            p = self._place_below_floor(spec, least, area)
            if p is not None:
                return p
        if area and spec.kind == "sea" and self.floor is not None and " " in spec.text:
            # a sea's name in a slide's large type, on two lines where one finds no room ("Black / Sea")
            one_line, spec.text = spec.text, spec.text.replace(" ", "\n", 1)
            p = self._place_tiers(spec, [(1.0, False, 0)], area)
            if p is not None:
                return p
            spec.text = one_line
        if self.floor is not None and spec.must and spec.anchor == "point":
            p = self._place_callout(spec)  # a must-have town's name with no room about its dot
            if p is not None:
                return p
        if spec.pointer is not None:  # toward it from the frame's edge, rather than dropped
            p = self._place_edge(spec.pointer)
            if p.placed:
                return p
            self.placements.remove(p)
        p = Placement(spec, False)
        self.placements.append(p)
        return p

    def _place_below_floor(self, spec, least, area):
        """A must-have name below its last resort ``least``, down to its ``page_floor``: on its own
        ground, then (a country) beside it over the sea, then along its long axis (Albania, a thin
        strip at the frame's edge), at each size."""
        floor = spec.page_floor
        if floor is None or floor >= least - 1e-9 or spec.kind not in ("country", "sea", "district"):
            return None
        sizes, size = [], least
        while size > floor + 1e-9:
            size = max(floor, size * 0.85)
            sizes.append(size)
        for size in sizes:
            tiers = [(size / spec.size, False, 0)]
            if spec.kind == "country":
                tiers.append((size / spec.size, "beside", 0))
            p = self._place_tiers(spec, tiers, area, floor=size)
            if p is None and (spec.rotate or spec.kind == "country"):
                p = self._place_rotated(spec, (size / spec.size,), size)
            if p is not None:
                return p
        return None

    def _place_short(self, spec):
        """A must-have country's name cut short (``spec.short``), at its ``page_floor``, on its own
        ground, else beside it, else along its long axis; None (its full name kept) if that finds no room
        either."""
        full, spec.text = spec.text, spec.short
        size = spec.page_floor if spec.page_floor is not None else spec.min_size
        p = self._place_tiers(spec, [(size / spec.size, False, 0), (size / spec.size, "beside", 0)], True,
                              floor=size)
        if p is None:
            p = self._place_rotated(spec, (size / spec.size,), size)
        if p is None:
            spec.text = full
        return p

    def _place_tiers(self, spec, tiers, area, floor=None):
        floor = spec.min_size if floor is None else floor
        for i, (factor, led, reach) in enumerate(tiers):
            if led is True and not spec.must and (not spec.leaders or reach > 1):
                continue  # a name that may be dropped is led a short way at most
            if led is True and area and (reach > 1 or not spec.leaders):
                continue  # an area's name is never flung far from its ground
            if led is True and area and self.floor is not None:
                continue  # in large type, a leader a line's height long is far: called out instead
            size = spec.size * factor
            if i > 0 and size < floor - 1e-9 or self.floor is not None and size < self.floor - 1e-9:
                continue
            if led == "beside":
                best = self._best_beside(spec, size)
                if best is not None:
                    cost, box, wrong = best
                    p = Placement(spec, True, size, box, None, wrong, i, beside=True)
                    self._occupy(box, None)
                    self.placements.append(p)
                    return p
                continue
            best = self._best(spec, size, led, reach)
            if best is not None:
                cost, box, leader, wrong = best
                p = Placement(spec, True, size, box, leader, wrong, i)
                self._occupy(box, leader)
                self.placements.append(p)
                return p
        return None

    def _place_rotated(self, spec, factors, floor):
        """The area's name along the long axis of its largest visible part, on its own ground, at
        each size of ``factors`` (of its own) down to ``floor``; None if it finds no room."""
        angle = long_axis_angle(spec.geom)
        if angle is None or abs(angle) < MIN_ROTATION:
            return None  # level already: turning the name would gain nothing
        if self.floor is not None:
            if floor < self.floor - 1e-9 and spec.size * max(factors) < self.floor - 1e-9:
                return None
            floor = max(floor, self.floor)
        sizes = [spec.size * f for f in factors if spec.size * f >= floor - 1e-9]
        if not sizes or sizes[-1] > floor * 1.02:
            sizes.append(floor)
        for i, size in enumerate(sizes):
            w, h = self.measure(spec.text, size, spec.style)
            best = None
            pts = _deep_points(spec.geom, max(h / 4, 1.5))
            depth0 = (pts[0][2] if pts else 0) or 1.0
            for turn in ROTATION_TURNS:  # a name may fit a little off the axis
                a = angle + turn
                if abs(a) > 90 or abs(a) < MIN_ROTATION:
                    continue
                likely = _mostly_inside(spec.geom, pts, w + 0.12 * h, h, a)
                for (x, y, depth), ok in zip(pts, likely):
                    cost = 1 - depth / depth0 + abs(turn) / 40
                    if not ok or (best is not None and cost >= best[0]):
                        continue
                    shape = rotated_box(x, y, w + 0.12 * h, h, a)
                    if not self._clear_shape(shape):
                        continue
                    if spec.geom.intersection(shape).area / shape.area < spec.home_min:
                        continue
                    wrong = self._wrong_share(spec, shape)
                    if wrong > WRONG_SHARE:
                        continue
                    best = (cost, shape, wrong, a)
            if best is not None:
                _, shape, wrong, angle = best
                p = Placement(spec, True, size, tuple(shape.bounds), None, wrong, ROTATED_TIER + i, angle,
                              tuple(shape.exterior.coords[:4]))
                self._occupy(p.box, None, shape)
                self.placements.append(p)
                return p
        return None

    def _callouts(self, order, out) -> None:
        """The must-have area names the first pass left out (on a map with a least name size), called
        out once every must-have area's name has had its own ground, before the towns' and routes':
        in the order of their priority (the focus country's first); where that leaves one with no
        room (an early callout's leader across the only water within another's reach), in other
        orders (the smallest area first, then the last first), keeping the first that calls out all,
        else the one that calls out the most."""
        left = [s for s in order if s.must and s.anchor == "area" and s.kind in CALLOUT_KINDS
                and id(s) in out and not out[id(s)].placed]
        if not left:
            return
        by_priority = sorted(left, key=lambda s: (s.priority, s.geom.area))
        orders = [by_priority, sorted(left, key=lambda s: s.geom.area), by_priority[::-1]]
        start = (self.boxes.copy(), list(self.leader_segments), list(self.placements))
        best = None
        for k, specs in enumerate(orders):
            if k:
                self.boxes, self.leader_segments, self.placements = start[0].copy(), list(start[1]), list(start[2])
            got = {id(spec): q for spec in specs if (q := self._place_callout(spec)) is not None}
            if best is None or len(got) > len(best[0]):
                best = (got, (self.boxes.copy(), list(self.leader_segments), list(self.placements)))
            if len(got) == len(left):
                break
        got, (self.boxes, self.leader_segments, self.placements) = best
        for spec in left:
            if id(spec) in got:
                self.placements.remove(out[id(spec)])
                out[id(spec)] = got[id(spec)]

    def _place_callout(self, spec):
        """A must-have area's name with no room on or beside its ground at the least name size (or a
        must-have town's with none about its dot), called out: set in a box of its own
        (``Placement.callout``) at most ``CALLOUT_MAX_MM`` from the deepest point of its largest
        visible part (or another deep point well apart from it, where a town's name stands on the
        first; or from the dot), joined to it by a leader ending in a dot on its ground. Over open
        water or its own ground if any such place is clear, else over the nearest clear place (the
        box and its leader say whose name it is); nearest first, at the least name size. None if
        nowhere is clear."""
        import shapely

        mm = self.ppt * 72 / 25.4
        w, h = self.measure(spec.text, self.floor, spec.style)
        w, h = w + 0.5 * h, 1.3 * h  # the box about the name
        if spec.anchor == "point":
            anchors = [(spec.geom.x, spec.geom.y)]
        else:  # its deepest point, or other deep points well apart from it (a town's name may lie there)
            anchors = [_pole(spec.geom)]
            spread = 0.25 * math.sqrt(max(spec.geom.area, 1.0))
            for px, py, _ in _deep_points(spec.geom, max(h / 2, 2.0)):
                if len(anchors) >= 4:
                    break
                if all(math.dist((px, py), q) >= spread for q in anchors):
                    anchors.append((px, py))
        # every candidate (ring, direction, anchor) with the least its cost can be, cheapest first:
        # the search stops once no candidate left can beat the best found
        cands = []
        d = CALLOUT_STEP_MM * mm
        while d <= CALLOUT_MAX_MM * mm:
            for j, (k, (x, y)) in itertools.product(range(CALLOUT_DIRECTIONS), enumerate(anchors)):
                a = 2 * math.pi * j / CALLOUT_DIRECTIONS
                ux, uy = math.cos(a), math.sin(a)
                cands.append((d / (10 * mm) + 0.1 * abs(uy) + 0.3 * k, d, ux, uy, x, y))
            d += CALLOUT_STEP_MM * mm
        cands.sort(key=lambda c: c[0])
        for strict in (True, False):
            best = None
            for least, d, ux, uy, x, y in cands:
                if best is not None and least >= best[0]:
                    break
                cx = x + ux * (d + w / 2 * abs(ux))
                cy = y + uy * (d + h / 2 * abs(uy))
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                leader = ((x, y), _nearest_on_box(box, (x, y)))
                if not self._clear(box, leader):
                    continue
                b = shapely.box(*box)
                if spec.geom.intersects(b) and spec.geom.intersection(b).area > CALLOUT_OWN_SHARE * b.area:
                    continue  # beside its ground, not hiding it
                wrong = self._wrong_share(spec, box)
                if strict and wrong > WRONG_SHARE:
                    continue
                # the linework it would hide weighs most (a callout over the routes hides what the
                # map is about), then the leader's length, then other ground under it
                cost = least + 3.0 * self._soft_cost(spec, box) + 0.5 * wrong
                if best is None or cost < best[0]:
                    best = (cost, box, leader, wrong)
            if best is not None:
                _, box, leader, wrong = best
                p = Placement(spec, True, self.floor, box, leader, wrong, CALLOUT_TIER, callout=True)
                self._occupy(box, leader)
                self.placements.append(p)
                return p
        return None

    def _place_edge(self, spec):
        """A pointer to what lies beyond the frame: at the frame's edge where the direction from the
        frame's centre leaves it, slid along that edge (a little, a must-have a little further) clear
        of every other label and the furniture; never over another label, never led."""
        if self.floor is not None:
            self._floored(spec)
        for i, factor in enumerate(EDGE_FACTORS):
            size = spec.size * factor
            if i and size < spec.min_size - 1e-9:
                continue
            w, h = self.measure(spec.text, size, spec.style)
            best = None
            for box, cost in self._along_edge(spec, w + 0.12 * h, h):
                if best is not None and cost >= best[0]:
                    continue
                if self._clear(box, None):
                    best = (cost, box)
            if best is not None:
                p = Placement(spec, True, size, best[1], None, 0.0, i)
                self._occupy(best[1], None)
                self.placements.append(p)
                return p
        p = Placement(spec, False)
        self.placements.append(p)
        return p

    def _along_edge(self, spec, w, h):
        fx0, fy0, fx1, fy1 = self.frame
        ex, ey = spec.geom.x, spec.geom.y
        reach = EDGE_SLIDE_MUST if spec.must else EDGE_SLIDE
        tol = 1.0
        sides = []
        if ex >= fx1 - tol:
            sides.append("right")
        if ex <= fx0 + tol:
            sides.append("left")
        if ey >= fy1 - tol:
            sides.append("top")
        if ey <= fy0 + tol:
            sides.append("bottom")
        for side in sides:
            along = fy1 - fy0 if side in ("left", "right") else fx1 - fx0
            steps = int(reach * along / (h / 2)) + 1
            for k in range(2 * steps + 1):
                off = (k + 1) // 2 * (h / 2) * (1 if k % 2 else -1)
                if side in ("left", "right"):
                    cy = min(max(ey + off, fy0 + h / 2), fy1 - h / 2)
                    x0 = fx1 - w if side == "right" else fx0
                    box = (x0, cy - h / 2, x0 + w, cy + h / 2)
                    moved = abs(cy - ey)
                else:
                    cx = min(max(ex + off, fx0 + w / 2), fx1 - w / 2)
                    y0 = fy1 - h if side == "top" else fy0
                    box = (cx - w / 2, y0, cx + w / 2, y0 + h)
                    moved = abs(cx - ex)
                if moved > reach * along + w / 2:
                    continue
                yield box, moved / along

    # -- candidates ------------------------------------------------------------------------------
    def _best(self, spec, size, led, reach):
        w, h = self.measure(spec.text, size, spec.style)
        pad = 0.12 * h
        best = None
        for box, leader, cost in self._candidates(spec, w + pad, h, led, reach):
            if best is not None and cost >= best[0]:
                continue
            if not self._clear(box, leader):
                continue
            extra = self._soft_cost(spec, box)
            if best is not None and cost + extra >= best[0]:
                continue
            if spec.anchor == "area" and not led and self._home_share(spec, box) < spec.home_min:
                continue
            wrong = self._wrong_share(spec, box)
            if wrong > (POINT_WRONG_SHARE if spec.anchor == "point" and leader is None else WRONG_SHARE):
                continue
            if spec.anchor == "point" and leader is None:
                extra += 2.0 * wrong  # beside its dot over the border only where nothing better offers
            if leader is not None and spec.anchor == "area" and self._leader_wrong(spec, leader) > LEADER_WRONG_SHARE:
                continue
            if leader is not None and spec.kind == "country" and \
                    math.dist(*leader) > COUNTRY_LEADER_MAX_MM * self.ppt * 72 / 25.4:
                continue  # a country's name led from afar says where it is not: smaller, beside or turned first
            if spec.anchor != "area":  # a town's or a route's name reads best over its own country
                extra += 0.8 * self._away_share(spec, box)
            if spec.anchor == "point" and leader is None:
                extra += self._ambiguity(spec, box)
                if best is not None and cost + extra >= best[0]:
                    continue
            best = (cost + extra, box, leader, wrong)
        return best

    def _best_beside(self, spec, size):
        """The name against the outline of its area's visible part, outside it (as a town's beside
        its dot), over the sea or its own ground and no other's: (cost, box, wrong share) or None.
        Candidates are sieved first by nine points of each box, none of which may lie on another's
        ground, then measured exactly, cheapest first."""
        import shapely

        w, h = self.measure(spec.text, size, spec.style)
        w += 0.12 * h
        parts = sorted(getattr(spec.geom, "geoms", [spec.geom]), key=lambda g: -g.area)
        cands = []
        for k, part in enumerate(parts):
            ring = part.exterior
            for j in range(BESIDE_SAMPLES):
                q = ring.interpolate(j / BESIDE_SAMPLES, normalized=True)
                for box, _, cost in self._around(q.x, q.y, 0.0, w, h, False, 0, base_cost=0.3 * k):
                    cands.append((cost, box))
        if not cands:
            return None
        boxes = np.array([b for _, b in cands], dtype=float)
        fx = np.array([0.02, 0.5, 0.98])
        xs = (boxes[:, 0:1] + (boxes[:, 2:3] - boxes[:, 0:1]) * fx[None, :])[:, :, None].repeat(3, axis=2)
        ys = (boxes[:, 1:2] + (boxes[:, 3:4] - boxes[:, 1:2]) * fx[None, :])[:, None, :].repeat(3, axis=1)
        xs, ys = xs.reshape(len(cands), 9), ys.reshape(len(cands), 9)
        hit = np.zeros(xs.shape, dtype=bool)
        others = [g for cid, g in zip(self.country_ids, self.country_geoms) if cid not in spec.allowed]
        for g in [*others, *spec.avoid]:
            gx0, gy0, gx1, gy1 = g.bounds
            near = (xs >= gx0) & (xs <= gx1) & (ys >= gy0) & (ys <= gy1) & ~hit
            if near.any():
                hit[near] = shapely.contains_xy(g, xs[near], ys[near])
        for n in np.argsort([c for c, _ in cands], kind="stable"):
            if hit[n].any():
                continue
            cost, box = cands[n]
            if not self._clear(box, None):
                continue
            wrong = self._wrong_share(spec, box)
            if wrong > WRONG_SHARE:
                continue
            return (cost + self._soft_cost(spec, box), box, wrong)
        return None

    def _candidates(self, spec, w, h, led, reach):
        if spec.anchor == "point":
            p = spec.geom
            yield from self._around(p.x, p.y, spec.marker_r, w, h, led, reach)
        elif spec.anchor == "line":
            yield from self._along(spec, w, h, led, reach)
        else:
            yield from self._inside(spec, w, h, led, reach)

    def _around(self, x, y, r, w, h, led, reach, base_cost=0.0, unit=None):
        """Boxes w x h around (x, y): beside it, or led ``reach`` away, in steps of ``unit`` (a line's
        height: a name of two lines is led no further than one of one line)."""
        unit = h if unit is None else min(unit, h)
        gap = 0.2 * unit + 1.0
        if not led:
            for (ux, uy), cost in POINT_POSITIONS:
                cx = x + ux * (r + gap) + (w / 2 if ux > 0 else -w / 2 if ux < 0 else 0)
                cy = y + uy * (r + gap) + (h / 2 if uy > 0 else -h / 2 if uy < 0 else 0)
                yield (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), None, base_cost + cost
            return
        dists = {1: (1.6, 2.6, 3.8), 2: (5.0, 6.5, 8.0, 10.0), 3: (12.0, 14.5, 17.0, 20.0)}[reach]
        if unit < h:  # an area's name of several lines: the short reach shorter still
            dists = {1: (1.2, 2.0, 3.0)}.get(reach, dists)
        steps = 16 if reach == 1 else 24
        for k, d in enumerate(dists):
            for j in range(steps):
                a = 2 * math.pi * j / steps
                ux, uy = math.cos(a), math.sin(a)
                dist = r + gap + d * unit
                # the box's nearest side is ``dist`` from the point, in direction (ux, uy)
                cx = x + ux * dist + ux * w / 2
                cy = y + uy * dist + uy * h / 2
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                start = (x + ux * r, y + uy * r)
                end = _nearest_on_box(box, start)
                pref = 0.05 * min(j, steps - j) / (steps / 2)  # a slight preference for the right
                yield box, (start, end), base_cost + 2.0 + k * 0.6 + reach + pref

    def _along(self, spec, w, h, led, reach):
        geom = spec.geom
        parts = [g for g in getattr(geom, "geoms", [geom]) if g.length > 0]
        if not parts:
            return
        longest = max(g.length for g in parts)
        for part in sorted(parts, key=lambda g: -g.length):
            n = max(3, min(60, int(part.length / max(h * 1.2, 6))))
            for i in range(n + 1):
                frac = i / n
                q = part.interpolate(frac, normalized=True)
                a = part.interpolate(max(frac - 0.02, 0), normalized=True)
                b = part.interpolate(min(frac + 0.02, 1), normalized=True)
                tx, ty = b.x - a.x, b.y - a.y
                norm = math.hypot(tx, ty) or 1.0
                nx, ny = -ty / norm, tx / norm
                central = abs(frac - 0.5) * 0.8 + (0.6 if part.length < longest else 0)
                for sx, sy in ((nx, ny), (-nx, -ny)):
                    extent = abs(sx) * w / 2 + abs(sy) * h / 2
                    off = 0.25 * h + 2.0 + extent
                    if led:
                        off += {1: 2.0, 2: 5.0, 3: 10.0}[reach] * h
                    cx, cy = q.x + sx * off, q.y + sy * off
                    box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                    leader = ((q.x, q.y), _nearest_on_box(box, (q.x, q.y))) if led else None
                    side = 0.0 if sy >= 0 else 0.1  # above the line reads a little better
                    yield box, leader, central + side + (2.0 + reach if led else 0)

    def _inside(self, spec, w, h, led, reach):
        poly = spec.geom
        anchor = _pole(poly)
        if led:  # from the deepest point, or from other deep points well apart from it (towns may crowd it)
            anchors = [anchor]
            spread = 0.25 * math.sqrt(max(poly.area, 1.0))
            for x, y, _ in _deep_points(poly, max(h / 2, 2.0)):
                if len(anchors) >= 4:
                    break
                if all(math.dist((x, y), a) >= spread for a in anchors):
                    anchors.append((x, y))
            line = h / (spec.text.count("\n") + 1)
            for k, (ax_, ay_) in enumerate(anchors):
                yield from self._around(ax_, ay_, 0.0, w, h, True, reach, base_cost=0.5 + 0.3 * k, unit=line)
            return
        pts = _deep_points(poly, max(h / 2, 2.0))
        if not pts:
            return
        depth0 = pts[0][2] or 1.0
        for x, y, depth in pts:
            box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
            yield box, None, (1 - depth / depth0) * 0.8 + 0.15 * math.hypot(x - anchor[0], y - anchor[1]) / (w + h)

    # -- constraints and costs ---------------------------------------------------------------------
    def _clear(self, box, leader) -> bool:
        fx0, fy0, fx1, fy1 = self.frame
        x0, y0, x1, y1 = box
        if x0 < fx0 or y0 < fy0 or x1 > fx1 or y1 > fy1:
            return False
        for r in self.reserved:
            if _overlap(box, r):
                return False
        if len(self.boxes) and _overlaps_any(box, self.boxes):
            return False
        if len(self.markers) and _overlaps_any(box, self.markers):
            return False
        for seg in self.leader_segments:
            if _segment_hits_box(seg, box):
                return False
        if self.rotated and _overlaps_any(box, self.rotated_bounds):
            from shapely.geometry import box as sbox

            b = sbox(*box)
            if any(g.intersects(b) and g.intersection(b).area > 0.5 for g in self.rotated):
                return False
        if leader is not None:
            for b in self.boxes:
                if _segment_hits_box(leader, tuple(b)):
                    return False
            for seg in self.leader_segments:  # leaders never cross
                if _segments_cross(leader, seg):
                    return False
            for r in self.reserved:
                if _segment_hits_box(leader, r):
                    return False
        return True

    def _clear_shape(self, shape) -> bool:
        """``_clear`` for a rotated box (a polygon): inside the frame, clear of the furniture, the
        labels, leaders and point symbols placed before it."""
        import shapely

        fx0, fy0, fx1, fy1 = self.frame
        x0, y0, x1, y1 = shape.bounds
        if x0 < fx0 or y0 < fy0 or x1 > fx1 or y1 > fy1:
            return False
        near = [tuple(b) for b in self.reserved if _overlap(shape.bounds, b)]
        for boxes in (self.boxes, self.markers):
            if len(boxes):
                hit = (boxes[:, 0] < x1) & (x0 < boxes[:, 2]) & (boxes[:, 1] < y1) & (y0 < boxes[:, 3])
                near += [tuple(b) for b in boxes[hit]]
        if any(shape.intersection(shapely.box(*b)).area > 0.5 for b in near):
            return False
        if any(g.intersects(shape) and g.intersection(shape).area > 0.5 for g in self.rotated):
            return False
        return not any(shapely.LineString(seg).intersects(shape) for seg in self.leader_segments)

    def _soft_cost(self, spec, box) -> float:
        if self.line_tree is None:
            return 0.0
        from shapely.geometry import box as sbox

        b = sbox(*box)
        cost = 0.0
        for i in self.line_tree.query(b):
            fid, g, half = self.lines[i]
            inside = g.intersection(b).length
            if inside:
                cost += (0.6 if fid == spec.fid else 1.2) * inside / (box[2] - box[0] + box[3] - box[1])
        return cost

    def _ambiguity(self, spec, box) -> float:
        """A cost for a name nearer another town's symbol than its own (it would be read as that one's)."""
        if len(self.marker_xy) < 2:
            return 0.0
        x0, y0, x1, y1 = box
        dx = np.maximum(np.maximum(x0 - self.marker_xy[:, 0], 0), self.marker_xy[:, 0] - x1)
        dy = np.maximum(np.maximum(y0 - self.marker_xy[:, 1], 0), self.marker_xy[:, 1] - y1)
        d = np.hypot(dx, dy)
        own = [i for i, fid in enumerate(self.marker_ids) if fid == spec.fid]
        if not own:
            return 0.0
        mine = d[own[0]]
        others = np.delete(d, own[0])
        return 1.5 if others.size and others.min() < mine + 1.0 else 0.0

    def _home_share(self, spec, box) -> float:
        from shapely.geometry import box as sbox

        b = sbox(*box)
        return spec.geom.intersection(b).area / b.area

    def _wrong_share(self, spec, box) -> float:
        if self.country_tree is None:
            return 0.0
        from shapely.geometry import box as sbox

        b = box if hasattr(box, "area") else sbox(*box)
        wrong = 0.0
        for i in self.country_tree.query(b):
            if self.country_ids[i] in spec.allowed:
                continue
            g = self.country_geoms[i]
            if g.intersects(b):
                wrong += g.intersection(b).area
        for g in spec.avoid:
            if g.intersects(b):
                wrong += g.intersection(b).area
        return wrong / b.area

    def _leader_wrong(self, spec, leader) -> float:
        """The share of a leader's length over countries (or avoided areas) the label does not belong to."""
        from shapely.geometry import LineString

        seg = LineString(leader)
        if seg.length <= 0:
            return 0.0
        wrong = 0.0
        if self.country_tree is not None:
            for i in self.country_tree.query(seg):
                if self.country_ids[i] not in spec.allowed:
                    wrong += self.country_geoms[i].intersection(seg).length
        if spec.kind != "district":  # a district's short leader may cross its neighbours (all one country)
            for g in spec.avoid:
                if g.intersects(seg):
                    wrong += g.intersection(seg).length
        return wrong / seg.length

    def _away_share(self, spec, box) -> float:
        """The share of the box over ground that is none of the feature's countries (sea, mostly)."""
        if self.country_tree is None or not spec.allowed:
            return 0.0
        from shapely.geometry import box as sbox

        b = sbox(*box)
        home = 0.0
        for i in self.country_tree.query(b):
            if self.country_ids[i] in spec.allowed:
                home += self.country_geoms[i].intersection(b).area
        return max(0.0, 1.0 - home / b.area)

    def _occupy(self, box, leader, shape=None):
        x0, y0, x1, y1 = box
        m = 1.0
        if shape is not None:  # a rotated name holds its own slanted box, not the box about it
            self.rotated.append(shape.buffer(m, join_style="mitre"))
            self.rotated_bounds = np.vstack([self.rotated_bounds, [x0 - m, y0 - m, x1 + m, y1 + m]])
            return
        self.boxes = np.vstack([self.boxes, [x0 - m, y0 - m, x1 + m, y1 + m]])
        if leader is not None:
            self.leader_segments.append(leader)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _overlaps_any(box, boxes) -> bool:
    x0, y0, x1, y1 = box
    return bool(np.any((boxes[:, 0] < x1) & (x0 < boxes[:, 2]) & (boxes[:, 1] < y1) & (y0 < boxes[:, 3])))


def _nearest_on_box(box, p):
    x0, y0, x1, y1 = box
    return (min(max(p[0], x0), x1), min(max(p[1], y0), y1))


def _segment_hits_box(seg, box) -> bool:
    """Whether the segment passes through the box (Liang-Barsky clipping)."""
    (ax, ay), (bx, by) = seg
    x0, y0, x1, y1 = box
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return t1 - t0 > 0.02  # grazing a corner is not passing through


def _segments_cross(a, b) -> bool:
    """Whether two segments cross or touch (sharing an end counts: two leaders from one point)."""
    (p1, p2), (q1, q2) = a, b

    def orient(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2 = orient(q1, q2, p1), orient(q1, q2, p2)
    d3, d4 = orient(p1, p2, q1), orient(p1, p2, q2)
    if ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)):
        return True
    near = min(math.dist(p1, q1), math.dist(p1, q2), math.dist(p2, q1), math.dist(p2, q2))
    return near < 2.0


def long_axis_angle(poly) -> float | None:
    """The direction of the polygon's long axis (its largest part's): the principal axis of its
    area (sampled on a grid), in degrees anticlockwise from the x axis (-90..90); None for a
    degenerate polygon. Steeper than ``MAX_ROTATION`` it is read upward: 90."""
    import shapely

    if poly.geom_type == "MultiPolygon":
        poly = max(poly.geoms, key=lambda g: g.area)
    if poly.is_empty or poly.area <= 0:
        return None
    x0, y0, x1, y1 = poly.bounds
    gx, gy = np.meshgrid(np.linspace(x0, x1, 40), np.linspace(y0, y1, 40))
    inside = shapely.contains_xy(poly, gx.ravel(), gy.ravel())
    pts = np.column_stack([gx.ravel()[inside], gy.ravel()[inside]])
    if len(pts) < 3:
        return None
    vals, vecs = np.linalg.eigh(np.cov(pts.T))
    dx, dy = vecs[:, int(np.argmax(vals))]
    angle = math.degrees(math.atan2(dy, dx))
    if angle > 90:
        angle -= 180
    elif angle <= -90:
        angle += 180
    return 90.0 if abs(angle) > MAX_ROTATION else angle


def rotated_box(cx, cy, w, h, angle):
    """The w x h box centred at (cx, cy) turned ``angle`` degrees anticlockwise, as a polygon."""
    from shapely.geometry import Polygon

    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    pts = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    return Polygon([(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts])


def _mostly_inside(poly, pts, w, h, angle):
    """For each centre of ``pts``, whether a w x h box turned ``angle`` about it has its centre and
    all but two of eight points about its edge inside the polygon: a quick sieve before the exact
    share of the box over it is measured."""
    import shapely

    if not pts:
        return []
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    rim = [(-w / 2, -h / 2), (0, -h / 2), (w / 2, -h / 2), (w / 2, 0), (w / 2, h / 2), (0, h / 2), (-w / 2, h / 2),
           (-w / 2, 0)]
    c = np.asarray([(x, y) for x, y, _ in pts], dtype=float)
    ox = np.array([u * ca - v * sa for u, v in rim])
    oy = np.array([u * sa + v * ca for u, v in rim])
    gx = (c[:, 0][:, None] + ox[None, :]).ravel()
    gy = (c[:, 1][:, None] + oy[None, :]).ravel()
    on_rim = shapely.contains_xy(poly, gx, gy).reshape(len(c), len(rim)).sum(axis=1)
    centre = shapely.contains_xy(poly, c[:, 0], c[:, 1])
    return (centre & (on_rim >= len(rim) - 2)).tolist()


def _pole(poly):
    """The pole of inaccessibility of a polygon (its largest part if several)."""
    import shapely

    if poly.geom_type == "MultiPolygon":
        poly = max(poly.geoms, key=lambda g: g.area)
    try:
        p = shapely.polylabel(poly, tolerance=max(poly.length / 2000, 0.5))
    except Exception:  # noqa: BLE001 - a degenerate polygon: fall back to a point inside it
        p = poly.representative_point()
    return p.x, p.y


def _deep_points(poly, step):
    """Points inside the polygon with their distance to its edge, deepest first (at most 60)."""
    import shapely

    parts = list(getattr(poly, "geoms", [poly]))
    out = []
    for part in parts:
        px, py = _pole(part)
        x0, y0, x1, y1 = part.bounds
        nx = min(int((x1 - x0) / step) + 1, 32)
        ny = min(int((y1 - y0) / step) + 1, 32)
        gx, gy = np.meshgrid(np.linspace(x0, x1, nx), np.linspace(y0, y1, ny))
        gx, gy = gx.ravel(), gy.ravel()
        inside = shapely.contains_xy(part, gx, gy)
        gx, gy = gx[inside], gy[inside]
        edge = part.boundary
        depth = shapely.distance(shapely.points(gx, gy), edge) if len(gx) else np.zeros(0)
        pole_depth = float(shapely.distance(shapely.Point(px, py), edge))
        out.append((px, py, pole_depth))
        out.extend(zip(gx.tolist(), gy.tolist(), depth.tolist()))
    out.sort(key=lambda t: -t[2])
    return out[:60]
