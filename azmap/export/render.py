"""Print-quality static maps with matplotlib, from the same geodata and the same style as the live map.

Web Mercator, like the live map, so that an export looks like what the analyst saw. A page has a
title, the map with a graticule, a legend of what is shown, a scale bar in km, a north arrow, a
locator inset, the data attribution and a caption citing the sources of the highlighted features.
Output is written to a temporary file and moved into place: a failed export leaves nothing behind.
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from azmap.errors import UserError
from azmap.features import EXTENT
from azmap.style import HIGHLIGHT, LAYERS, ROUTE_COLOURS, drawing_order, style_for

PAPER_MM = {"a4": (210, 297), "a3": (297, 420), "a5": (148, 210), "letter": (216, 279)}
VIEWS = {  # named extents, W,S,E,N
    "caucasus": (43.0, 37.8, 51.5, 42.6),
    "azerbaijan": (44.5, 38.2, 51.0, 42.0),
    "karabakh": (45.3, 38.8, 47.7, 40.6),
    "corridor": (17.0, 34.5, 52.0, 46.5),
    "region": (16.0, 33.0, 58.0, 57.0),
}
DEFAULT_VIEW = "caucasus"
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
ATTRIBUTION = ("Data: Natural Earth (public domain); routes and sites hand-placed from operators' "
               "published corridors (geodata/SOURCES.md). Map: azmap, Web Mercator.")


class ExportError(UserError):
    pass


@dataclass
class ExportRequest:
    out: Path
    features: list[str] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None
    view: str | None = None
    year: int | None = None
    dpi: int = 200
    size: str = "A4-landscape"
    title: str | None = None
    relief: bool = True
    layers: list[str] | None = None  # visible layer keys; None: all
    caption_sources: list[str] | None = None  # pre-computed citations (the window passes its own)

    @classmethod
    def from_state(cls, state, out, **options) -> "ExportRequest":
        """A request that prints what the explorer's state shows: its selection, extent, year and layers."""
        layers = state.visible_layers
        return cls(out=Path(out), features=[state.selected] if state.selected else [], bbox=state.extent,
                   year=state.year, layers=layers, relief="relief" in layers,
                   **{"title": state.title or None, **options})


def parse_size(size: str, dpi: int) -> tuple[int, int]:
    """Pixel size (width, height) for a paper name, WxHmm or WxHpx at ``dpi``."""
    s = size.strip().lower()
    m = re.fullmatch(r"(a3|a4|a5|letter)(-landscape)?", s)
    if m:
        w_mm, h_mm = PAPER_MM[m.group(1)]
        if m.group(2):
            w_mm, h_mm = h_mm, w_mm
        return round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|px)", s)
    if m:
        w, h = float(m.group(1)), float(m.group(2))
        if m.group(3) == "mm":
            return round(w / 25.4 * dpi), round(h / 25.4 * dpi)
        return int(w), int(h)
    raise ExportError(f"unknown size '{size}': use A4, A4-landscape, A3, A3-landscape, WxHmm or WxHpx")


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    try:
        w, s, e, n = (float(v) for v in text.split(","))
    except ValueError:
        raise ExportError(f"bad --bbox '{text}': give four numbers W,S,E,N in degrees") from None
    ew, es, ee, en = EXTENT
    if not (w < e and s < n):
        raise ExportError(f"bad --bbox '{text}': west must be less than east and south less than north")
    if w < ew - 1e-9 or e > ee + 1e-9 or s < es - 1e-9 or n > en + 1e-9:
        raise ExportError(f"--bbox '{text}' is outside the map's extent {ew},{es},{ee},{en}")
    if e - w < 0.2 or n - s < 0.2:
        raise ExportError(f"--bbox '{text}' is too small (at least 0.2 degree each way)")
    return w, s, e, n


def _merc(lon, lat):
    x = math.radians(lon) * 6378137.0
    y = math.log(math.tan(math.pi / 4 + math.radians(max(min(lat, 85), -85)) / 2)) * 6378137.0
    return x, y


def _to_merc(geom):
    import shapely

    return shapely.transform(geom, lambda xy: _merc_array(xy))


def _merc_array(xy):
    import numpy as np

    x = np.radians(xy[:, 0]) * 6378137.0
    y = np.log(np.tan(np.pi / 4 + np.radians(np.clip(xy[:, 1], -85, 85)) / 2)) * 6378137.0
    return np.column_stack([x, y])


MIN_SPAN = 0.01  # degrees: a smaller extent (a hand-edited saved view) is widened about its centre
CONTEXT = 0.5  # around the map's extent, a page shows at most this fraction of its size each way


def _fit_bbox_to_aspect(bbox, aspect):
    """Grow the bbox (in Mercator metres) so that it has the map area's aspect ratio.

    It grows no further than the map's extent with half its size around it (or the bbox, if that
    is larger): on a page of an extreme shape (20000x300 px) the extent stops there and the map's
    axes narrow to its aspect, instead of spanning thousands of degrees of longitude.
    """
    w, s, e, n = bbox
    if e - w < MIN_SPAN:
        w, e = (w + e) / 2 - MIN_SPAN / 2, (w + e) / 2 + MIN_SPAN / 2
    if n - s < MIN_SPAN:
        s, n = (s + n) / 2 - MIN_SPAN / 2, (s + n) / 2 + MIN_SPAN / 2
    x0, y0 = _merc(w, s)
    x1, y1 = _merc(e, n)
    ew, es, ee, en = EXTENT
    pad_x, pad_y = (ee - ew) * CONTEXT, (en - es) * CONTEXT
    lx0, ly0 = _merc(min(w, ew - pad_x), max(min(s, es - pad_y), -85))
    lx1, ly1 = _merc(max(e, ee + pad_x), min(max(n, en + pad_y), 85))
    if (x1 - x0) / (y1 - y0) > aspect:
        y0, y1 = _grow(y0, y1, (x1 - x0) / aspect, ly0, ly1)
    else:
        x0, x1 = _grow(x0, x1, (y1 - y0) * aspect, lx0, lx1)
    return x0, y0, x1, y1


def _grow(a, b, length, lo, hi):
    """The range a..b grown about its centre to ``length``, but no longer than lo..hi and within it."""
    length = min(length, hi - lo)
    grow = length - (b - a)
    if grow <= 0:
        return a, b
    a, b = a - grow / 2, b + grow / 2
    if a < lo:
        a, b = lo, lo + length
    elif b > hi:
        a, b = hi - length, hi
    return a, b


def _inverse_lat(y):
    return math.degrees(2 * math.atan(math.exp(y / 6378137.0)) - math.pi / 2)


def _extent_problem(bbox) -> str | None:
    """Why ``bbox`` (W,S,E,N) cannot be drawn, or None."""
    try:
        w, s, e, n = (float(v) for v in bbox)
    except (TypeError, ValueError, OverflowError):
        return "it is not four numbers W,S,E,N"
    if not all(math.isfinite(v) for v in (w, s, e, n)):
        return "it holds a number that is not finite"
    if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        return "west must be less than east and south less than north, within ±180° and ±90°"
    ew, es, ee, en = EXTENT
    if w >= ee or e <= ew or s >= en or n <= es:
        return f"it is outside the map's extent {ew:g},{es:g},{ee:g},{en:g}"
    return None


def resolve_extent(req: ExportRequest, gaz) -> tuple[float, float, float, float]:
    if req.bbox:
        return req.bbox
    if req.view:
        if req.view in VIEWS:
            return VIEWS[req.view]
        from azmap.views import ViewStore

        store = ViewStore()
        views = store.load()
        saved = next((v for v in views if v.name == req.view), None)
        if saved is None:
            bad = next((s for s in store.skipped if s.name == req.view), None)
            if bad is not None:
                raise ExportError(f"the saved view '{req.view}' cannot be used: {bad.reason}")
            names = list(VIEWS) + [v.name for v in views]
            shown = ", ".join(names[:30]) + (f" and {len(names) - 30:,} more (azmap views)" if len(names) > 30 else "")
            message = f"unknown view '{req.view}': choose one of {shown}"
            if store.problem:
                message += "\n" + store.problem
            raise ExportError(message)
        return saved.bbox
    if req.features:
        from shapely.ops import unary_union

        b = unary_union([gaz.get(f).shape() for f in req.features]).bounds
        pad_x, pad_y = max(0.6, (b[2] - b[0]) * 0.12), max(0.5, (b[3] - b[1]) * 0.12)
        w, s, e, n = b[0] - pad_x, b[1] - pad_y, b[2] + pad_x, b[3] + pad_y
        ew, es, ee, en = EXTENT
        return max(w, ew), max(s, es), min(e, ee), min(n, en)
    return VIEWS[DEFAULT_VIEW]


def validate(req: ExportRequest, gaz) -> None:
    from azmap.features import UnknownFeature

    for fid in req.features:
        try:
            gaz.get(fid)
        except UnknownFeature as exc:
            raise ExportError(str(exc)) from None
    if Path(req.out).suffix.lower() not in FORMATS:
        raise ExportError(f"unknown output format '{Path(req.out).suffix}': use .png, .svg or .pdf")
    if not 50 <= req.dpi <= 1200:
        raise ExportError(f"--dpi {req.dpi} is out of range (50 to 1200)")
    w, h = parse_size(req.size, req.dpi)
    if w * h > 200e6 or w < 200 or h < 200:
        raise ExportError(f"{w}×{h} px is not a sensible page (200 px to 200 megapixels)")
    map_rect = _layout(w, h, req.dpi)[3]
    if map_rect[2] * w < 40 or map_rect[3] * h < 40:
        raise ExportError(f"{w}×{h} px at {req.dpi} dpi leaves no room for the map under the title: "
                          "give a larger size or a lower --dpi")
    if req.bbox is not None:
        why = _extent_problem(req.bbox)
        if why:
            raise ExportError(f"cannot draw the extent {req.bbox}: {why}")
    parent = Path(req.out).resolve().parent
    if not parent.is_dir():
        raise ExportError(f"cannot write {req.out}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise ExportError(f"cannot write {req.out}: the folder {parent} is not writable")
    if req.year is not None and not 1900 <= req.year <= 2100:
        raise ExportError(f"--year {req.year} is out of range")


def visible(feature, year: int | None) -> bool:
    if year is None or feature.kind in ("district", "territory", "group", "country", "exclave", "sea"):
        return True
    return feature.exists_in(year)


def _held_in(feature, year: int | None) -> bool:
    occ = feature.properties.get("occupied") or (feature.years if feature.kind == "territory" else None)
    if year is None or not occ:
        return True
    end = 2024 if feature.kind == "territory" else occ[1]
    return occ[0] <= year < end


def cited_sources(feature_ids: list[str], limit_per_feature: int = 3) -> list[str]:
    """Citations of the documents whose passages speak most of the highlighted features."""
    if not feature_ids:
        return []
    from azmap.corpus.rebuild import open_store

    out: list[str] = []
    with open_store() as store:
        for fid in feature_ids:
            for h in store.passages_for_feature(fid, limit=limit_per_feature, include_related=False):
                c = h.short_citation()
                if c not in out:
                    out.append(c)
    return out


def draw_map(ax, gaz, extent_merc, *, highlight=(), year=None, relief=True, layers=None, label_scale=1.0,
             legend=True):
    """Draw the map into a matplotlib axes (data coordinates: Web Mercator metres). Returns legend handles."""
    import matplotlib.patches as mpatches
    from matplotlib.lines import Line2D
    from PIL import Image

    from azmap.paths import GEODATA_DIR

    x0, y0, x1, y1 = extent_merc
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.apply_aspect()  # where the extent could not fill the axes, they narrow now, before labels are placed
    ax.set_facecolor("#dfe8ee")
    shown = set(layers) if layers is not None else {k for k, _, _ in LAYERS}
    handles: dict[str, object] = {}
    if relief and "relief" in shown:
        meta = json.loads((GEODATA_DIR / "relief.json").read_text())
        (s, w), (n, e) = meta["bounds"]
        rx0, ry0 = _merc(w, s)
        rx1, ry1 = _merc(e, n)
        with Image.open(GEODATA_DIR / "relief.jpg") as img:
            ax.imshow(img.copy(), extent=(rx0, rx1, ry0, ry1), zorder=0, alpha=0.75, interpolation="bilinear")
    view_box = _view_polygon(extent_merc)
    order = {"countries": 1, "caspian": 2, "nakhchivan": 3, "occupied": 4, "routes": 5, "sites": 6}
    feats = sorted((f for f in drawing_order(gaz) if style_for(f).layer in shown and visible(f, year)),
                   key=lambda f: order.get(style_for(f).layer, 9))  # stable: routes keep their stacking
    labels = []
    for f in feats:
        st = style_for(f)
        geom = _to_merc(f.shape())
        if not geom.intersects(view_box):
            continue
        hi = f.id in highlight
        z = order.get(st.layer, 9) * 10 + (5 if hi else 0)  # what is highlighted lies on top of its layer
        if f.geometry_type in ("Polygon", "MultiPolygon"):
            held = _held_in(f, year)
            fill_alpha = st.fill_opacity if held else 0.04
            polys = list(getattr(geom, "geoms", [geom]))
            for poly in polys:
                _draw_polygon(ax, poly, st, fill_alpha, hi, z, hatch=st.hatch if held else None)
            if f.kind in ("country",) and f.role in ("focus", "neighbour"):
                handles.setdefault(f"country-{f.id}", mpatches.Patch(facecolor=st.fill, edgecolor=st.stroke,
                                                                      alpha=0.8, label=f.name))
            elif f.kind == "district":
                key = "partly" if f.properties.get("held") == "partly" else "fully"
                label = ("Partly held 1993–2020 (Aghdam, Fuzuli)" if key == "partly"
                         else "District occupied 1992/93–2020")
                handles.setdefault(f"district-{key}", mpatches.Patch(facecolor=st.fill, alpha=0.3, hatch=st.hatch,
                                                                     edgecolor=st.stroke, label=label))
            elif f.kind == "territory":
                handles.setdefault("nkao", mpatches.Patch(facecolor=st.fill, alpha=0.3, hatch=st.hatch,
                                                          edgecolor=st.stroke, label="Former NKAO (approx.)"))
            elif f.kind == "exclave":
                handles.setdefault("nakh", mpatches.Patch(facecolor=st.fill, edgecolor=st.stroke, linestyle="--",
                                                          label="Nakhchivan exclave"))
            elif f.kind == "sea":
                handles.setdefault("sea", mpatches.Patch(facecolor=st.fill, edgecolor=st.stroke, label="Caspian Sea"))
            if f.kind != "group":
                pt = f.shape().representative_point()
                labels.append((_priority(f, hi), f, _merc(pt.x, pt.y)))
        elif f.geometry_type == "LineString":
            xs, ys = geom.xy
            dash = (0, tuple(v * 0.6 for v in st.dash)) if st.dash else "-"
            if hi:
                ax.plot(xs, ys, color=HIGHLIGHT, linewidth=st.weight * 1.3 + 3.5, alpha=0.55, zorder=z,
                        solid_capstyle="round")
            ax.plot(xs, ys, color=st.stroke, linewidth=st.weight * 0.75 * (1.4 if hi else 1), linestyle=dash,
                    zorder=z + 1, solid_capstyle="round")
            kind = f.properties.get("carries")
            handles.setdefault(f"route-{f.id}", Line2D([], [], color=st.stroke, linewidth=2.5, linestyle=dash,
                                                       label=f"{f.name} ({kind})"))
            mid = geom.interpolate(0.5, normalized=True)
            labels.append((_priority(f, hi), f, (mid.x, mid.y)))
        else:
            x, y = geom.x, geom.y
            ms = st.radius * 1.1 * (1.5 if hi else 1)
            marker = "s" if f.kind == "site" else "o"
            if hi:
                ax.plot([x], [y], marker=marker, markersize=ms + 6, color=HIGHLIGHT, alpha=0.6, zorder=z)
            ax.plot([x], [y], marker=marker, markersize=ms, markerfacecolor=st.fill, markeredgecolor=st.stroke,
                    markeredgewidth=1.0, zorder=z + 1, linestyle="none")
            if f.kind == "site":
                handles.setdefault("site", Line2D([], [], marker="s", color="none", markerfacecolor="#ffffff",
                                                  markeredgecolor="#222222", markersize=7, label="Site"))
            elif f.properties.get("capital_of"):
                handles.setdefault("capital", Line2D([], [], marker="o", color="none", markerfacecolor="#222222",
                                                     markeredgecolor="#222222", markersize=6, label="Capital"))
            labels.append((_priority(f, hi), f, (x, y)))
    _place_labels(ax, labels, view_box, label_scale)
    # routes are listed in the gazetteer's order (BTC first), where the first of them was drawn
    rank = {f"route-{f.id}": i for i, f in enumerate(gaz)}
    keys = list(handles)
    at = next((i for i, k in enumerate(keys) if k in rank), len(keys))
    others = [k for k in keys if k not in rank]
    routes = sorted((k for k in keys if k in rank), key=rank.get)
    return [handles[k] for k in others[:at] + routes + others[at:]]


def _view_polygon(extent):
    from shapely.geometry import box

    return box(*extent)


def _draw_polygon(ax, poly, st, fill_alpha, hi, z, hatch=None):
    from matplotlib.patches import Polygon as MplPolygon
    import numpy as np

    ext = np.asarray(poly.exterior.coords)
    if st.fill:
        ax.add_patch(MplPolygon(ext, closed=True, facecolor=st.fill, alpha=fill_alpha, edgecolor="none", zorder=z))
    if hatch:
        ax.add_patch(MplPolygon(ext, closed=True, facecolor="none", edgecolor=st.stroke, alpha=0.5, hatch=hatch,
                                linewidth=0, zorder=z + 1))
    for ring in poly.interiors:  # holes (the Caspian in Russia's outline is not one; lakes are)
        ax.add_patch(MplPolygon(np.asarray(ring.coords), closed=True, facecolor="#dfe8ee", edgecolor="none",
                                zorder=z))
    ls = (0, tuple(v * 0.5 for v in st.dash)) if st.dash else "-"
    ax.plot(ext[:, 0], ext[:, 1], color=HIGHLIGHT if hi else st.stroke, linewidth=(st.weight * 0.6) + (2 if hi else 0),
            linestyle=ls, zorder=z + 2)


def _priority(f, hi):
    base = {"country": 3, "sea": 3, "route": 4, "site": 5, "city": 6, "exclave": 4, "territory": 5, "district": 7}
    p = base.get(f.kind, 8)
    if f.role == "focus":
        p = 0
    if f.role == "other":
        p = 9
    return (0 if hi else 1, p)


def _place_labels(ax, labels, view_box, scale):
    """Greedy placement: most important first; a label that would collide with one placed is left out."""
    import matplotlib.patheffects as pe
    from shapely.geometry import Point

    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    placed = []
    ax_box = ax.get_window_extent(renderer)
    for _, f, (x, y) in sorted(labels, key=lambda t: t[0]):
        if not view_box.contains(Point(x, y)):
            continue
        st = style_for(f)
        size = st.label_size * 0.72 * scale
        text = f.name
        if f.kind == "route":
            text = re.sub(r" (pipeline|railway)$", "", f.name, flags=re.I)
        kwargs = dict(fontsize=size, zorder=100, ha="left", va="bottom", clip_on=True)
        if f.kind == "country":
            kwargs.update(ha="center", va="center", fontweight="bold", color="#5a3b00" if f.role == "focus" else "#444444")
            text = text.upper()
        elif f.kind == "sea":
            kwargs.update(ha="center", va="center", style="italic", color="#2d5d86")
        elif f.kind == "route":
            kwargs.update(color=ROUTE_COLOURS.get(f.id, "#222"), fontweight="bold")
        elif f.kind in ("district", "territory"):
            kwargs.update(ha="center", va="center", color="#7b241c")
        elif f.kind == "exclave":
            kwargs.update(ha="center", va="center", color="#5a3b00", style="italic")
        t = ax.text(x, y, " " + text, path_effects=[pe.withStroke(linewidth=2.2, foreground="white")], **kwargs)
        bb = t.get_window_extent(renderer).expanded(1.05, 1.15)
        if any(bb.overlaps(o) for o in placed) or not ax_box.contains(bb.x0, bb.y0) or not ax_box.contains(bb.x1, bb.y1):
            t.remove()
            continue
        placed.append(bb)


GRID_STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 45, 90)  # degrees


def _grid_step(span: float) -> float:
    """Degrees between graticule lines for a map ``span`` degrees across: the smallest step from
    0.5° up that gives at most 10 lines, or a finer one where 0.5° would give fewer than two."""
    step = next((s for s in GRID_STEPS if s >= 0.5 and span / s <= 10), GRID_STEPS[-1])
    if span / step < 2:
        step = next((s for s in reversed(GRID_STEPS) if s < step and span / s >= 2), GRID_STEPS[0])
    return step


def _degrees(value: float, positive: str, negative: str) -> str:
    value = round(value, 6)
    return f"{abs(value):g}°{negative if value < 0 else positive}"


def _graticule(ax, extent_merc):
    import numpy as np

    x0, y0, x1, y1 = extent_merc
    lon0, lon1 = math.degrees(x0 / 6378137.0), math.degrees(x1 / 6378137.0)
    lat0, lat1 = _inverse_lat(y0), _inverse_lat(y1)
    step = _grid_step(max(lon1 - lon0, lat1 - lat0))
    lons = np.arange(math.ceil(lon0 / step) * step, lon1 + 1e-9, step)
    lats = np.arange(math.ceil(lat0 / step) * step, lat1 + 1e-9, step)
    ax.set_xticks([_merc(lo, 0)[0] for lo in lons])
    ax.set_xticklabels([_degrees(lo, "E", "W") for lo in lons], fontsize=6.5)
    ax.set_yticks([_merc(0, la)[1] for la in lats])
    ax.set_yticklabels([_degrees(la, "N", "S") for la in lats], fontsize=6.5)
    ax.grid(True, color="#666666", linewidth=0.3, alpha=0.5, zorder=90)
    ax.tick_params(length=2, pad=1.5)


BAR_KM = (1000, 500, 300, 200, 100, 50, 20, 10, 5)


def _bar_km(limit: float) -> float:
    """The length of the scale bar: the longest of BAR_KM not above ``limit`` km, else the longest
    1, 2 or 5 × 10^k (a map a few km across, on a narrow page)."""
    nice = next((v for v in BAR_KM if v <= limit), None)
    if nice is None:
        k = math.floor(math.log10(limit))
        nice = next((m * 10.0 ** k for m in (5, 2, 1) if m * 10.0 ** k <= limit), 10.0 ** k)
    return nice


def _scale_bar(ax, extent_merc):
    from matplotlib.patches import Rectangle

    x0, y0, x1, y1 = extent_merc
    lat = _inverse_lat((y0 + y1) / 2)
    metres_per_unit = math.cos(math.radians(lat))  # true metres per Mercator metre at the centre latitude
    width_km = (x1 - x0) * metres_per_unit / 1000
    nice = _bar_km(width_km / 4)
    length = nice * 1000 / metres_per_unit
    bx, by = x0 + (x1 - x0) * 0.04, y0 + (y1 - y0) * 0.045
    ax.add_patch(Rectangle((bx - (x1 - x0) * 0.02, by - (y1 - y0) * 0.035), length + (x1 - x0) * 0.05,
                           (y1 - y0) * 0.08, facecolor="white", alpha=0.8, edgecolor="none", zorder=105))
    for i in range(4):
        ax.add_patch(Rectangle(
            (bx + i * length / 4, by), length / 4, (y1 - y0) * 0.008, facecolor="#222" if i % 2 == 0 else "white",
            edgecolor="#222", linewidth=0.6, zorder=110))
    ax.text(bx, by + (y1 - y0) * 0.014, "0", fontsize=6.5, ha="center", va="bottom", zorder=110)
    ax.text(bx + length, by + (y1 - y0) * 0.014, f"{nice:g} km", fontsize=6.5, ha="center", va="bottom", zorder=110)
    ax.text(bx + length / 2, by - (y1 - y0) * 0.012, f"scale true at {lat:.0f}°N", fontsize=5.5, ha="center",
            va="top", color="#444", zorder=110)
    return nice


def _north_arrow(ax):
    ax.annotate("N", xy=(0.955, 0.93), xytext=(0.955, 0.84), xycoords="axes fraction", ha="center", va="center",
                fontsize=10, fontweight="bold", zorder=120,
                arrowprops=dict(arrowstyle="-|>", color="#222", linewidth=1.5, mutation_scale=14))


def _locator(fig, rect, gaz, extent_merc):
    ax = fig.add_axes(rect)
    region = _merc(EXTENT[0], EXTENT[1]) + _merc(EXTENT[2], EXTENT[3])
    ax.set_xlim(region[0], region[2])
    ax.set_ylim(region[1], region[3])
    ax.set_aspect("equal")
    ax.set_facecolor("#dfe8ee")
    for f in gaz.of_kind("country", "sea"):
        g = _to_merc(f.shape())
        for p in getattr(g, "geoms", [g]):
            xs, ys = p.exterior.xy
            colour = "#f4c95d" if f.id == "azerbaijan" else ("#b9d6ec" if f.kind == "sea" else "#f3f1ea")
            ax.fill(xs, ys, color=colour, linewidth=0.2, edgecolor="#999")
    x0, y0, x1, y1 = extent_merc
    ax.plot([x0, x1, x1, x0, x0], [y0, y0, y1, y1, y0], color="#d6004c", linewidth=1.0)
    ax.set_xticks([])
    ax.set_yticks([])
    for s in ax.spines.values():
        s.set_linewidth(0.6)
    return ax


@dataclass
class ExportResult:
    """The written file, and where a point of the map landed on the page (for checks and previews)."""

    path: Path
    size_px: tuple[int, int]
    extent_merc: tuple[float, float, float, float]
    map_rect: tuple[float, float, float, float]  # figure fraction: left, bottom, width, height

    def to_pixel(self, lon: float, lat: float) -> tuple[int, int]:
        x, y = _merc(lon, lat)
        x0, y0, x1, y1 = self.extent_merc
        left, bottom, width, height = self.map_rect
        w, h = self.size_px
        fx = left + (x - x0) / (x1 - x0) * width
        fy = bottom + (y - y0) / (y1 - y0) * height
        return round(fx * w), round((1 - fy) * h)


def render(req: ExportRequest, gaz=None) -> ExportResult:
    """Render the export described by ``req``."""
    from azmap.features import gazetteer

    gaz = gaz or gazetteer()
    validate(req, gaz)
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "azmap"
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text
    matplotlib.rcParams["pdf.fonttype"] = 42
    matplotlib.rcParams["font.family"] = "DejaVu Sans"
    out = Path(req.out)
    fmt = FORMATS[out.suffix.lower()]
    w_px, h_px = parse_size(req.size, req.dpi)
    fig = plt.figure(figsize=(w_px / req.dpi, h_px / req.dpi), dpi=req.dpi)
    try:
        ax = _compose(fig, req, gaz, w_px, h_px)
        tmp = out.with_name(f".{out.name}.partial-{os.getpid()}")
        meta = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None},
                "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None}}[fmt]
        try:
            fig.savefig(tmp, format=fmt, dpi=req.dpi, metadata=meta)
            os.replace(tmp, out)
            (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
            extent, map_rect = (x0, y0, x1, y1), ax.get_position().bounds
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
        finally:
            if tmp.exists():
                tmp.unlink()
    finally:
        plt.close(fig)
    return ExportResult(out, (w_px, h_px), extent, tuple(map_rect))


def _layout(w_px, h_px, dpi):
    """Landscape or not, the type scale, the top and bottom of the map's band and the map's rect."""
    landscape = w_px >= h_px
    scale = min(w_px, h_px) / dpi / 8.27 * 1.6  # type scale relative to A4
    scale = max(0.8, min(scale, 2.2))
    top = 0.975 - 0.085 * scale * (8.27 / (h_px / dpi))
    bottom = 0.16
    legend_w = 0.24 if landscape else 0.0
    map_rect = [0.06, bottom + (0 if landscape else 0.12), 0.94 - 0.06 - legend_w - (0.02 if landscape else 0),
                top - bottom - (0 if landscape else 0.12)]
    return landscape, scale, top, map_rect


def _compose(fig, req, gaz, w_px, h_px):
    landscape, scale, top, map_rect = _layout(w_px, h_px, req.dpi)
    bottom = 0.16
    legend_w = 0.24 if landscape else 0.0
    title = req.title or _default_title(req, gaz)
    fig.text(0.03, 0.975, title, fontsize=15 * scale, fontweight="bold", va="top", ha="left")
    sub = []
    if req.year:
        sub.append(f"As of {req.year}")
    if req.features:
        sub.append("Highlighted: " + ", ".join(gaz.get(f).name for f in req.features))
    if sub:
        fig.text(0.03, 0.975 - 0.05 * scale * (8.27 / (h_px / req.dpi)), " · ".join(sub), fontsize=8.5 * scale,
                 va="top", color="#444")
    ax = fig.add_axes(map_rect)
    aspect = (map_rect[2] * w_px) / (map_rect[3] * h_px)
    bbox = resolve_extent(req, gaz)
    extent = _fit_bbox_to_aspect(bbox, aspect)
    fig.canvas.draw()  # label placement needs a renderer
    handles = draw_map(ax, gaz, extent, highlight=set(req.features), year=req.year, relief=req.relief,
                       layers=req.layers, label_scale=scale)
    _graticule(ax, extent)
    _scale_bar(ax, extent)
    _north_arrow(ax)
    if landscape:
        lx = map_rect[0] + map_rect[2] + 0.02
        loc_h = 0.22
        _locator(fig, [lx, top - loc_h, legend_w - 0.01, loc_h], gaz, extent)
        leg_ax = fig.add_axes([lx, bottom, legend_w - 0.01, top - loc_h - bottom - 0.02])
    else:
        _locator(fig, [0.74, bottom + 0.12 + map_rect[3] - 0.16, 0.19, 0.15], gaz, extent)
        leg_ax = fig.add_axes([0.06, 0.135, 0.88, 0.10])
    leg_ax.axis("off")
    if handles:
        leg_ax.legend(handles=handles, loc="upper left", fontsize=5.6 * scale, frameon=False, title="Legend",
                      title_fontsize=7 * scale, ncol=1 if landscape else 3, handlelength=2.4, borderaxespad=0)
    sources = req.caption_sources if req.caption_sources is not None else cited_sources(req.features)
    caption = ("Sources cited for the highlighted features: " + "; ".join(sources) + ".") if sources else ""
    _footer(fig, caption, w_px / req.dpi, h_px / req.dpi, scale)
    return ax


def _footer(fig, caption: str, w_in: float, h_in: float, scale: float) -> None:
    """Attribution on the last line, the caption wrapped above it, both within the page width."""
    import textwrap

    def wrapped(text, size):
        chars = max(40, int((w_in - 0.5) * 72 / (size * 0.52)))
        return textwrap.wrap(text, chars)

    y = 0.012
    size = 5.6 * scale
    for line in reversed(wrapped(ATTRIBUTION, size)):
        fig.text(0.03, y, line, fontsize=size, va="bottom", color="#555")
        y += size * 1.35 / (h_in * 72)
    size = 6.6 * scale
    y += 0.006
    for line in reversed(wrapped(caption, size)[:6]):
        fig.text(0.03, y, line, fontsize=size, va="bottom", color="#222")
        y += size * 1.35 / (h_in * 72)


def _default_title(req, gaz):
    if req.features:
        names = [gaz.get(f).name for f in req.features]
        return names[0] if len(names) == 1 else " · ".join(names[:3]) + ("…" if len(names) > 3 else "")
    return "Azerbaijan and its neighbours"
