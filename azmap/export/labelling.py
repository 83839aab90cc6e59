"""The map's labels: what each feature's label is (``labels.LabelSpec``: its text, size, priority,
whether it must be placed, the ground it may lie over), placed by ``labels.Placer``, then drawn
with a white halo and, where led off, a leader."""
from __future__ import annotations

from azmap.export.shapes import box_geom, geom_of
from azmap.export.stacking import Z_LABEL, Z_LEADER
from azmap.export.status import visible
from azmap.style import KARABAKH_SCALE, LABEL_RULES, LAYERS, ROUTE_COLOURS, SEA_FILL, label_class, label_text

EXCLAVE_NAMED_SCALE = 6_000_000  # the exclave's name is a must-have at this scale or larger (at 1:7,000,000
# Nakhchivan is 17 mm long on the slant: its name fits only over its neighbours, and is left to the legend)
MIN_ROUTE_LABEL_MM = 8.0  # and named (unless a must-have) where this much of its length shows
DISTRICT_NAMED_SCALE = 4_000_000  # the districts are must-have names wherever drawn at this scale or larger
ROUTE_COUNTRY_MIN_MM2 = 0.5  # a country a drawn route crosses is a must-have name where this much of it shows


def rule(md, f):
    """The feature's label class and its rule (priority, type size, the smallest scale it is named at)."""
    cls = label_class(f)
    if cls == "city" and is_terminal(md, f):
        cls = "terminal"
    priority, size, max_denominator = LABEL_RULES[cls]
    return cls, priority, size, max_denominator

def is_terminal(md, f) -> bool:
    """Whether a route ends at this town (within 0.25°: a terminal lies a little out of town)."""
    cache = md.__dict__.setdefault("_terminals", {})
    if f.id not in cache:
        import numpy as np

        p = geom_of(f)
        ends = []
        for r in md.gaz.of_kind("route"):
            c = np.asarray(geom_of(r).coords)
            ends += [c[0], c[-1]]
        cache[f.id] = any(abs(x - p.x) <= 0.25 and abs(y - p.y) <= 0.25 for x, y in ends)
    return cache[f.id]

def labelled_here(md, f, max_denominator) -> bool:
    return f.id in md.req.features or max_denominator is None or md.denominator <= max_denominator

def spec_for(md, f, anchor, geom, **kw):
    from azmap.export.labels import LabelSpec

    cls, priority, size, _ = rule(md, f)
    karabakh = md.denominator <= DISTRICT_NAMED_SCALE
    if f.id in md.req.features:
        priority = -1.0
    elif karabakh and f.kind in ("district", "territory"):
        priority = min(priority, 1.2)
    if f.kind in ("district", "territory") and md.denominator <= KARABAKH_SCALE / 2:
        size *= 1.25  # at 1:1,500,000 or larger the districts are wide: their names may be too
    text_style = label_style(f, cls)
    spec = LabelSpec(f.id, label_text(f), f.kind, anchor, geom, size * md.s, priority, False,
                     allowed(md, f), text_style, **kw)
    spec.min_size = max(5.0 * md.s, spec.size * 0.6)  # 5 pt on A4: the least a briefing can read
    if anchor == "area" and f.kind != "sea":
        spec.min_size = 5.0 * md.s  # a name on its own ground in small type rather than led off it
    if f.kind == "district" and md.req.layout != "map":
        # on paper a district's name may go down to 5 pt whatever the sheet (a larger sheet is read
        # as close as A4), before it is turned along the district or dropped
        spec.min_size = 5.0 * min(md.s, 1.0)
    if f.kind in ("country", "district"):  # a must-have name on a slide (type above the page's) goes
        spec.page_floor = 5.0 * min(md.s, 1.0)  # down to the page's floor rather than be dropped
        if f.kind == "country" and md.s > 1:  # and a country's, last, cut short (see labels.Placer.place)
            spec.short = spec.text[:3] + "."
    return spec

def area_label(md, f, g):
    import shapely

    cls, _, _, max_den = rule(md, f)
    if not labelled_here(md, f, max_den):
        return
    inset = inset_box(md)
    disp = shapely.clip_by_rect(md.to_display(g), *inset)
    if disp.is_empty or disp.area < 0.25 * (md.px_per_pt * 72 / 25.4) ** 2:  # under a quarter of a mm²
        return
    parts = [p for p in getattr(disp, "geoms", [disp]) if p.geom_type == "Polygon"]
    if not parts:
        return
    home = max(parts, key=lambda p: p.area)
    if f.kind == "country" and len(parts) > 1:  # the largest part first, the others if it has no room
        import shapely as _shapely

        home = _shapely.multipolygons([p for p in parts if p.area >= 0.05 * home.area])
    whole = md.to_display(md.proj.geom(geom_of(f)))
    spec = spec_for(md, f, "area", home, leaders=f.kind in ("exclave", "territory", "district"),
                    home_min=0.85 if f.kind in ("country", "sea") else 0.75, rotate=f.kind == "district")

    frame_area = (md.disp[2] - md.disp[0]) * (md.disp[3] - md.disp[1])
    visible_share = disp.area / max(whole.area, 1e-9)
    if f.id in md.req.features:
        spec.must = True
    elif f.kind == "country" and f.role in ("focus", "neighbour"):
        # in frame: most of it, or enough of it to fill a hundredth of the map
        spec.must = visible_share >= 0.5 or disp.area >= 0.01 * frame_area
    elif f.kind == "exclave":  # where it can hold its name (larger type needs a larger scale);
        # smaller than that, the legend names it
        spec.must = visible_share >= 0.3 and md.denominator * md.s <= EXCLAVE_NAMED_SCALE
    elif f.kind == "territory":  # the former NKAO: wherever it is named at all (to 1:6,000,000), and
        # where its name in the page's type fits about it
        spec.must = visible_share >= 0.3 and md.denominator * md.s <= LABEL_RULES["territory"][2]
    elif f.kind == "district":  # on a map with a least name size (a slide) at 1:3,000,000 or larger
        # (called out where they have no room), and smaller only where they fit at it
        spec.must = md.denominator <= (KARABAKH_SCALE if md.req.name_pt else DISTRICT_NAMED_SCALE) \
            and visible_share >= 0.3
    if f.kind == "country" and f.role == "other":
        spec.leaders = False
    if f.kind == "country" and not spec.must and f.id in route_countries(md) \
            and seen_mm2(md, whole) >= ROUTE_COUNTRY_MIN_MM2:
        # every country a drawn route crosses is named wherever any of it shows (Albania and Italy
        # for TAP, Turkey at the Karabakh view's corner): in smaller type on its own part, else
        # beside that part over the sea, else (a country beyond the neighbours) led a short way, else
        # pointed toward from the frame's edge. The focus and the neighbours that are must-haves
        # already keep their own rule (on their own ground, never led).
        from azmap.export.pointers import country_pointer

        spec.must = spec.beside = True
        spec.leaders = f.role == "other"
        spec.pointer = country_pointer(md, f)
    if spec.must and f.kind == "country" and disp.area < 0.01 * frame_area:
        # a small country's name before its capital's: the capital's may stand beside its dot over
        # the border, the country's has nowhere but its own ground
        spec.priority = min(spec.priority, LABEL_RULES["capital"][0] - 0.1)
    md.label_specs.append(spec)

def seen_mm2(md, g_disp) -> float:
    """How much of an area (display pixels) shows inside the map's frame, in mm² of the page."""
    import shapely

    px_per_mm = md.px_per_pt * 72 / 25.4
    return shapely.clip_by_rect(g_disp, *md.disp).area / px_per_mm ** 2


def sea_names(md, countries_disp):
    """The names of the open seas in frame (style.SEA_NAMES), each over its own stretch of water:
    the open water about its point (nearer it than any other sea's), clear of land. A must-have where
    a twentieth of the map is that sea; left out where it is a sliver."""
    import shapely

    from azmap.export.labels import LabelSpec
    from azmap.style import SEA_NAMES

    if not countries_disp:
        return
    inset = shapely.box(*inset_box(md))
    land = shapely.union_all([g.buffer(0) for g in countries_disp.values()])
    water = inset.difference(land)
    if water.is_empty:
        return
    # an enclosed sea drawn and named as a feature of its own (the Caspian) is no open sea's stretch
    enclosed = [md.to_display(md.proj.geom(geom_of(f))) for f in md.gaz.of_kind("sea")]

    def open_sea(g) -> bool:
        q = g.representative_point()
        return not any(e.contains(q) for e in enclosed)
    frame_area = inset.area
    priority, size, _ = LABEL_RULES["sea"]
    points = {sid: md.to_display(shapely.Point(*md.proj.forward(lon, lat)))
              for sid, (_, lon, lat, _) in SEA_NAMES.items()}
    cells = nearest_cells(points, inset)
    for sid, (name, lon, lat, reach_km) in SEA_NAMES.items():
        p = points[sid]
        if md.req.name_pt and inset.contains(p):  # a name in a slide's large type needs a wider
            reach_km *= SLIDE_SEA_REACH  # stretch of its water about its point
        cell = cells.get(sid)
        if inset.contains(p):
            # its own stretch: the open water within its reach of its point (seas join through straits)
            reach = p.buffer(reach_km * 1000 * md.ppd)
            near = water.intersection(reach if cell is None else reach.intersection(cell))
            part = next((g for g in getattr(near, "geoms", [near]) if g.buffer(0.5).contains(p) and open_sea(g)),
                        None)
        else:
            # its point beyond the frame (the Black Sea on the Caucasus view): the largest stretch of
            # open water in frame within twice its reach of that point (no other sea comes so near it)
            reach = p.buffer(2 * reach_km * 1000 * md.ppd)
            if not reach.intersects(inset):
                continue
            near = water.intersection(reach if cell is None else reach.intersection(cell))
            part = max((g for g in getattr(near, "geoms", [near]) if not g.is_empty and open_sea(g)),
                       key=lambda g: g.area, default=None)
            part = None if part is None or part.is_empty or part.geom_type != "Polygon" else part
        if part is None or part.area < 0.01 * frame_area:
            continue
        spec = LabelSpec(sid, name, "sea", "area", part, size * md.s, priority, part.area >= 0.05 * frame_area,
                         frozenset(), {"color": "#123e5e", "fontstyle": "italic"}, leaders=False, home_min=0.9)
        spec.min_size = max(5.0 * md.s, spec.size * 0.6)
        spec.page_floor = 5.0 * min(md.s, 1.0)
        md.label_specs.append(spec)

SLIDE_SEA_REACH = 1.6


def nearest_cells(points: dict, inset) -> dict:
    """Each sea's share of the map: the part of it nearer that sea's point than any other's (the
    water that joins the Mediterranean to the Black Sea through the straits is not one stretch to
    name them by). Keyed as ``points``; {} where the points cannot be told apart."""
    import shapely

    pts = [p for p in points.values() if not p.is_empty and all(map(__import__("math").isfinite, (p.x, p.y)))]
    if len(pts) < 2:
        return {}
    x0, y0, x1, y1 = shapely.MultiPoint(pts).union(inset).bounds
    pad = (x1 - x0) + (y1 - y0)
    region = shapely.box(x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    cells = list(shapely.voronoi_polygons(shapely.MultiPoint(pts), extend_to=region).geoms)
    out = {}
    for sid, p in points.items():
        cell = next((c for c in cells if c.buffer(1e-6).contains(p)), None)
        if cell is not None:
            out[sid] = cell
    return out


def route_countries(md) -> set:
    """The countries crossed by a route drawn on this map (of the year, its layer shown)."""
    cached = md.__dict__.get("_crossed")
    if cached is None:
        shown = set(md.req.layers) if md.req.layers is not None else {k for k, _, _ in LAYERS}
        routes = [r for r in md.gaz.of_kind("route") if visible(r, md.req.year)] if "routes" in shown else []
        cached = md._crossed = {c.id for c in md.gaz.of_kind("country")
                                if any(geom_of(c).intersects(geom_of(r)) for r in routes)}
    return cached

def route_label(md, f, g):
    import shapely

    inset = inset_box(md)
    disp = shapely.clip_by_rect(md.to_display(g), *inset)
    if disp.is_empty:
        return
    spec = spec_for(md, f, "line", disp, leaders=True)
    length_mm = disp.length / md.px_per_pt * 25.4 / 72
    from azmap.style import MISSION_ROUTES

    # on a slide (a least name size) the routes are named where they fit: its legend lists them all
    spec.must = f.id in md.req.features or (f.id in MISSION_ROUTES and length_mm >= 10 and not md.req.name_pt)
    if not spec.must and length_mm < MIN_ROUTE_LABEL_MM:
        return  # a stub at the frame's edge: neither named nor listed
    md.label_specs.append(spec)

def point_label(md, f, d, r):
    cls, _, _, max_den = rule(md, f)
    if not labelled_here(md, f, max_den):
        return
    x0, y0, x1, y1 = md.disp
    if not (x0 <= d.x <= x1 and y0 <= d.y <= y1):
        return
    spec = spec_for(md, f, "point", d, marker_r=r, leaders=True)
    spec.must = f.id in md.req.features or must_capital(md, f)
    spec.early = bool(md.req.name_pt) and spec.must and bool(f.properties.get("capital_of"))
    around = [a for a in md.gaz.of_kind("territory") if geom_of(a).contains(geom_of(f))]
    if around:
        # a town of the former NKAO (Khankendi, Shusha) is named wherever the territory is, and
        # before it: it has far fewer places to go
        spec.priority = min(spec.priority, LABEL_RULES["territory"][0] - 0.1)
        spec.must = spec.must or labelled_here(md, around[0], LABEL_RULES["territory"][2])
    md.label_specs.append(spec)

def must_capital(md, f) -> bool:
    """Whether a town's name is a must-have as a capital's: every capital's on a page, only the
    focus country's on a slide (whose names, all large, are fewer: the others where they fit)."""
    country = f.properties.get("capital_of")
    if not country:
        return False
    if not md.req.name_pt:
        return True
    c = md.gaz.get(country)
    return c is not None and c.role == "focus"


def inset_box(md):
    m = 2.0 * md.px_per_pt * md.s
    x0, y0, x1, y1 = md.disp
    return (x0 + m, y0 + m, x1 - m, y1 - m)

def allowed(md, f) -> frozenset:
    """The countries a label of ``f`` may lie over."""
    from shapely.geometry import Point

    if f.kind == "country":
        return frozenset({f.id})
    if f.kind == "sea":
        return frozenset()
    countries = [c for c in md.gaz.of_kind("country")]
    g = geom_of(f)
    if f.kind == "route":
        return frozenset(c.id for c in countries if geom_of(c).intersects(g))
    p = g if f.geometry_type == "Point" else g.representative_point()
    inside = [c.id for c in countries if geom_of(c).contains(p)]
    if inside:
        return frozenset(inside)
    near = min(countries, key=lambda c: geom_of(c).distance(Point(p.x, p.y)), default=None)
    return frozenset({near.id}) if near is not None else frozenset()

def place_labels(md, countries_disp, furniture):
    """Place every label asked for (``md.label_specs``) clear of the scale bar's box and draw the
    placed ones with their halos and leaders."""
    import matplotlib.patheffects as pe

    from azmap.export.labels import Placer

    fig = md.comp.fig
    probe = fig.text(0, 0, "", parse_math=False)
    cache = {}

    def measure(text, size, style):
        key = (text, round(size, 3), style.get("fontweight"), style.get("fontstyle"))
        if key not in cache:
            probe.set_text(text)
            probe.set_fontsize(size)
            probe.set_fontweight(style.get("fontweight", "normal"))
            probe.set_fontstyle(style.get("fontstyle", "normal"))
            probe.set_linespacing(1.0)
            bb = probe.get_window_extent(md.comp.renderer)
            cache[key] = (bb.width * 1.03 + 1, bb.height * 1.02 + 1)
        return cache[key]

    for spec in md.label_specs:
        spec.avoid = tuple(ground_to_avoid(md, spec, countries_disp))
        if spec.kind == "country" and spec.must:
            # a country's name goes over its own occupied districts, then its own exclave, only
            # where nothing else of it has room
            exclaves = [d for d in md.exclave_disp.values()
                        if not d.buffer(2).contains(spec.geom.representative_point())]
            own = [g for g in spec.avoid if all(g is not d for d in exclaves)]
            spec.fallback_avoid = (tuple(g for g in spec.avoid if all(g is not o for o in own)),)
            if exclaves:
                spec.fallback_avoid += ((),)
    from azmap.export.pointers import specs as pointer_specs

    md.label_specs += pointer_specs(md)  # toward what the view is about beyond the frame
    if md.req.name_pt:
        slide_priorities(md.label_specs)
    placer = Placer(measure, inset_box(md), md.px_per_pt, reserved=[furniture],
                    countries=countries_disp, lines=md.lines, markers=md.markers, floor=md.req.name_pt)
    md.placements = placer.place_all(md.label_specs)
    probe.remove()
    drop_unnamed_points(md)
    inv = md.ax.transData.inverted()
    halo_w = 2.2 * md.s
    for p in md.placements:
        if not p.placed:
            continue
        spec = p.spec
        x0, y0, x1, y1 = p.box
        cx, cy = inv.transform(((x0 + x1) / 2, (y0 + y1) / 2))
        kw = dict(fontsize=p.size, ha="center", va="center", multialignment="center", linespacing=1.0,
                  zorder=Z_LABEL, parse_math=False, clip_on=False, rotation=p.angle, rotation_mode="anchor",
                  **spec.style)
        if p.callout:  # a name called out: in a box of its own, so it is read as no ground's name
            from matplotlib.patches import Rectangle

            (bx0, by0), (bx1, by1) = inv.transform([(x0, y0), (x1, y1)])
            md.ax.add_patch(Rectangle((bx0, by0), bx1 - bx0, by1 - by0, facecolor="#ffffff", edgecolor="#444444",
                                      linewidth=0.6 * md.s, zorder=Z_LABEL - 0.2, clip_on=False))
        halo_colour = SEA_FILL if spec.kind == "sea" else "#ffffff"
        halo = md.ax.text(cx, cy, spec.text, **{**kw, "color": halo_colour, "zorder": Z_LABEL - 0.1},
                          path_effects=[pe.Stroke(linewidth=halo_w, foreground=halo_colour), pe.Normal()])
        halo.set_gid("halo")
        md.ax.text(cx, cy, spec.text, **kw)
        md.occluders.append((Z_LABEL, box_geom(p.box) if p.corners is None else _polygon(p.corners)))
        if p.leader is not None:
            (ax_, ay_), (bx, by) = p.leader
            (dx0, dy0), (dx1, dy1) = inv.transform([(ax_, ay_), (bx, by)])
            md.ax.plot([dx0, dx1], [dy0, dy1], color="#ffffff", linewidth=1.6 * md.s, alpha=0.8,
                       zorder=Z_LEADER - 0.1, solid_capstyle="round")
            md.ax.plot([dx0, dx1], [dy0, dy1], color="#222222", linewidth=0.6 * md.s, zorder=Z_LEADER,
                       solid_capstyle="round")
            if spec.anchor == "area":
                md.ax.plot([dx0], [dy0], marker="o", markersize=2.4 * md.s, color="#222222",
                           markeredgecolor="#ffffff", markeredgewidth=0.5 * md.s, zorder=Z_LEADER,
                           linestyle="none")

SLIDE_COUNTRY_SOONER = 2.5  # a country's name is placed this much sooner on a slide
SLIDE_SEA_PRIORITY = -2.0  # and the seas' names after the focus country's, before its neighbours'


def slide_priorities(specs) -> None:
    """On a map whose names are all set large (a slide's 18 pt), the names that say where the map is
    go first, before the capitals and the routes take the room: the focus country's, the seas' (the
    open water they need is where a neighbour's name would otherwise stand beside its coast), then
    the other countries' and the former NKAO's (before the districts about it)."""
    for spec in specs:
        if spec.kind == "sea":
            spec.priority = SLIDE_SEA_PRIORITY
        elif spec.kind in ("country", "territory"):  # the former NKAO before the districts about it
            spec.priority -= SLIDE_COUNTRY_SOONER


def ground_to_avoid(md, spec, countries_disp) -> list:
    """Ground a label may not lie over though its country is allowed: a name belongs on its own
    part of the map. A district's name not over another district or the former NKAO (nor theirs
    over it); the exclave's not over the mainland nor the occupied areas; a country's not over
    the areas drawn and named apart inside it (the occupied areas, its exclave); nothing of the
    mainland over the exclave."""
    avoid = []
    if spec.kind in ("territory", "district", "country", "exclave"):
        avoid += [d for fid, d in md.occupied_disp.items() if fid != spec.fid]
    for fid, d in md.exclave_disp.items():
        if fid == spec.fid:
            for cid in spec.allowed:  # the exclave's name off the rest of its country
                c = countries_disp.get(cid)
                if c is not None:
                    rest = c.difference(d.buffer(1.0))
                    if not rest.is_empty:
                        avoid.append(rest)
        elif not d.buffer(2).contains(spec.geom.representative_point()):
            avoid.append(d)
    return avoid

def _polygon(corners):
    from shapely.geometry import Polygon

    return Polygon(corners)


def drop_unnamed_points(md):
    """A town or site whose name found no room is not drawn either: a dot without a name tells
    nothing. Capitals (on a slide, the focus country's) and highlighted features keep their symbol
    (their names are must-haves)."""
    unnamed = {p.spec.fid for p in md.placements if not p.placed and p.spec.anchor == "point"}
    for fid, (key, artists, footprint, occluder) in md.point_parts.items():
        f = md.gaz.get(fid)
        if fid not in unnamed or must_capital(md, f) or fid in md.req.features:
            continue
        k = md.kinds[key]
        for a in artists:
            a.remove()
        k.artists = [a for a in k.artists if all(a is not b for b in artists)]
        k.footprints = [g for g in k.footprints if g is not footprint]
        md.occluders = [o for o in md.occluders if o[1] is not occluder]


def label_style(f, cls) -> dict:
    if cls == "country-focus":
        return {"color": "#4a3200", "fontweight": "bold"}
    if cls == "country-neighbour":
        return {"color": "#3d3d3d", "fontweight": "bold"}
    if cls == "country-other":
        return {"color": "#6a6a6a"}
    if cls == "sea":
        return {"color": "#123e5e", "fontstyle": "italic"}
    if cls == "exclave":
        return {"color": "#5c4300", "fontstyle": "italic", "fontweight": "bold"}
    if cls in ("territory", "district"):
        return {"color": "#6e1a12"}
    if cls.startswith("route"):
        return {"color": darker(ROUTE_COLOURS.get(f.id, "#222222")), "fontweight": "bold"}
    if cls == "capital":
        return {"color": "#111111", "fontweight": "bold"}
    if cls == "site":
        return {"color": "#222222", "fontstyle": "italic"}
    return {"color": "#222222"}


def darker(hex_colour: str) -> str:
    """A route's colour, darkened until black text rules would call it legible on white."""
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    f = min(1.0, 0.32 / lum) if lum > 0 else 1.0
    return "#" + "".join(f"{int(round(v * f * 255)):02x}" for v in (r, g, b))
