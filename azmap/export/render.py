"""Print-quality static maps with matplotlib, from the same geodata and the same style as the live map.

A page has a title, the map in a Lambert conformal conic fitted to its extent (``projection.py``)
with a curved graticule, a legend of what is visible, a scale bar true where it stands, a north
arrow, a locator, the data attribution (sources with versions, the projection, the date, an
optional credit) and a caption citing the sources of the highlighted features. Labels are placed
by ``labels.py``: the names a view must carry are never dropped. Routes that share a corridor are
drawn side by side (``azmap.style.ROUTE_OFFSET_SLOTS``, the live map's rule).

Every string the user gives (title, caption, passages, credit) is printed as it is: never read as
mathtext or markup. Text stays text in SVG and PDF, map labels included (their white halo is a
separate, outlined copy behind them).

Output is written to a temporary file and moved into place: a failed export leaves nothing behind.
The same request gives the same bytes.
"""
from __future__ import annotations

import math
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from azmap.errors import UserError
from azmap.features import EXTENT
from azmap.style import (COUNTRY_FILLS, HIGHLIGHT, KARABAKH_SCALE, LABEL_RULES, LAYERS, NKAO_COLOUR,
                         OCCUPIED_COLOUR, OTHER_COUNTRY_FILL, PRINT_DASH, ROUTE_COLOURS,
                         ROUTE_OFFSET_SLOTS, ROUTE_SLOT_PT, SEA_FILL, dashed, drawing_order, label_class, label_text)

PAPER_MM = {"a4": (210, 297), "a3": (297, 420), "a5": (148, 210), "letter": (216, 279)}
VIEWS = {  # named extents, W,S,E,N
    "caucasus": (43.0, 37.8, 51.5, 42.6),
    "azerbaijan": (44.5, 38.2, 51.0, 42.0),
    "karabakh": (45.3, 38.8, 47.7, 40.6),
    "corridor": (17.0, 34.5, 52.0, 46.5),
    "region": (16.0, 33.0, 58.0, 57.0),
}
DEFAULT_VIEW = "caucasus"
# What each named view is about, and so must show whole at every page and slide shape: features, or
# (lon, lat) points. The corridor runs from Sangachal to TAP's landfall in Italy; the region reaches
# Moscow, Tehran and the Mediterranean end of BTC.
VIEW_SUBJECTS = {
    "caucasus": ("azerbaijan", "armenia", "georgia"),
    "azerbaijan": ("azerbaijan",),
    "karabakh": ("nagorno-karabakh", "kalbajar", "lachin", "qubadli", "zangilan", "jabrayil", "fuzuli", "aghdam"),
    "corridor": ("sangachal", "btc", "scp", "baku-supsa", "tanap", "tap"),
    "region": ("azerbaijan", "moscow", "tehran", "ankara", "btc", "baku-novorossiysk", "tanap"),
}
SUBJECT_PAD = 0.4  # degrees around a view's subject (room for the names at its edges)
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
LAYOUT_DPI = 100  # the page is laid out (labels measured and placed) at this resolution, then saved at any
# Peak memory of a PNG export: about 400 MB plus 4 bytes a pixel (the RGBA canvas; the relief is
# resampled in tiles of at most 6 megapixels). Measured: 0.80 GB at 100 megapixels, 1.20 GB at 196.
# Capped so that the peak stays well under 2 GB.
MAX_MEGAPIXELS = 200
MAX_VECTOR_MEGAPIXELS = 400  # SVG and PDF hold no canvas of their size: 0.45 GB measured at 400 megapixels
MAX_TITLE = 300


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
    caption: str | None = None  # what the map shows, in the user's words (a saved view's caption)
    credit: str | None = None  # author or organisation, printed with the attribution
    layout: str = "page"  # "page": title, map, legend, locator, caption; "figure": no title block;
    # "map": the map alone, without legend, locator or credits (a slide sets those as its own text)
    type_scale: float | None = None  # type and line scale; None: from the page's size (1 on A4)
    date: str | None = None  # the map's date (ISO); today if not given

    @classmethod
    def from_state(cls, state, out, **options) -> "ExportRequest":
        """A request that prints what the explorer's state shows: its selection, extent, year, layers,
        title and caption."""
        layers = state.visible_layers
        base = {"title": state.title or None, "caption": state.caption or None}
        return cls(out=Path(out), features=[state.selected] if state.selected else [], bbox=state.extent,
                   year=state.year, layers=layers, relief="relief" in layers, **{**base, **options})


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


# -- Web Mercator: the live map's projection ---------------------------------------------------------------
# Print does not use it (see projection.py); these frame an extent the way the screen does.

def _merc(lon, lat):
    x = math.radians(lon) * 6378137.0
    y = math.log(math.tan(math.pi / 4 + math.radians(max(min(lat, 85), -85)) / 2)) * 6378137.0
    return x, y


def _inverse_lat(y):
    return math.degrees(2 * math.atan(math.exp(y / 6378137.0)) - math.pi / 2)


MIN_SPAN = 0.01  # degrees: a smaller extent (a hand-edited saved view) is widened about its centre
CONTEXT = 0.5  # around the map's extent, a Mercator frame shows at most this fraction of its size each way


def _fit_bbox_to_aspect(bbox, aspect):
    """The bbox in Web Mercator metres, grown about its centre to ``aspect``, but no further than the
    map's extent with half its size around it (or the bbox, if that is larger)."""
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


# -- the request ---------------------------------------------------------------------------------------------

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
    suffix = Path(req.out).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"unknown output format '{Path(req.out).suffix}': use .png, .svg or .pdf")
    if not 50 <= req.dpi <= 1200:
        raise ExportError(f"--dpi {req.dpi} is out of range (50 to 1200)")
    w, h = parse_size(req.size, req.dpi)
    if w < 200 or h < 200:
        raise ExportError(f"{w}×{h} px is not a sensible page (at least 200 px each way)")
    cap = MAX_MEGAPIXELS if FORMATS[suffix] == "png" else MAX_VECTOR_MEGAPIXELS
    if w * h > cap * 1e6:
        what = "a PNG" if cap == MAX_MEGAPIXELS else "an SVG or PDF page"
        raise ExportError(f"{w}×{h} px ({w * h / 1e6:,.1f} megapixels) is too large: {what} is capped at "
                          f"{cap} megapixels so that the export needs less than 2 GB of memory; "
                          "give a smaller size or a lower --dpi")
    if req.layout not in ("page", "figure", "map"):
        raise ExportError(f"unknown layout '{req.layout}': use page, figure or map")
    if req.type_scale is not None and not 0.3 <= req.type_scale <= 4:
        raise ExportError(f"type scale {req.type_scale} is out of range (0.3 to 4)")
    lay = _layout(w / req.dpi, h / req.dpi, req.layout, scale=req.type_scale)
    if lay.map_rect[2] * w < 40 or lay.map_rect[3] * h < 40:
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


# -- the page's layout -----------------------------------------------------------------------------------------

def page_scale(w_in: float, h_in: float) -> float:
    """Type and line scale: 1 on A4 (either way round), 1.41 on A3, from the page's shorter side."""
    return max(0.5, min(min(w_in, h_in) / (210 / 25.4), 4.0))


@dataclass
class Layout:
    landscape: bool
    scale: float
    margin: tuple[float, float]  # figure fraction, x and y
    title_top: float  # figure fraction
    map_rect: tuple  # left, bottom, width, height in figure fraction
    legend_rect: tuple
    locator_rect: tuple
    footer_top: float


def _layout(w_in, h_in, kind="page", *, title_h_pt=None, footer_h_pt=None, scale=None) -> Layout:
    """Where the title, map, legend, locator and footer go on a page ``w_in`` x ``h_in`` inches."""
    s = scale or page_scale(w_in, h_in)
    landscape = w_in >= h_in
    mm = s / 25.4  # inches per (scaled) millimetre
    m = min(8 * mm, w_in * 0.04, h_in * 0.04)
    if title_h_pt is None:
        title_h_pt = (15 * 1.25 + 8.5 * 1.4) * s if kind == "page" else 0
    if footer_h_pt is None:
        footer_h_pt = 4 * 6.2 * 1.3 * s
    title_h = title_h_pt / 72 + (3 * mm if title_h_pt else 0)
    footer_h = footer_h_pt / 72 + 2 * mm
    lat_labels, lon_labels = 7 * mm, 4 * mm  # graticule labels outside the frame
    top = h_in - m - title_h
    bottom = m + footer_h
    if kind == "map":  # the map alone (a slide sets its legend and credits as slide text)
        map_r = (m + lat_labels, m + lon_labels, max(w_in - 2 * m - lat_labels, 0.01),
                 max(h_in - 2 * m - lon_labels, 0.01))
        return Layout(landscape, s, (m / w_in, m / h_in), 1 - m / h_in,
                      (map_r[0] / w_in, map_r[1] / h_in, map_r[2] / w_in, map_r[3] / h_in), None, None, m / h_in)
    if landscape:
        side_w = min(60 * mm, w_in * 0.26)
        gap = 4 * mm
        left = m + lat_labels
        right = w_in - m - side_w - gap
        map_r = (left, bottom + lon_labels, max(right - left, 0.01), max(top - bottom - lon_labels, 0.01))
        loc_h = min(side_w * 0.78, (top - bottom) * 0.45)
        loc_r = (right + gap, top - loc_h, side_w, loc_h)
        leg_r = (right + gap, bottom, side_w, max(top - loc_h - 4 * mm - bottom, 0.01))
    else:
        band_h = min(38 * mm, (top - bottom) * 0.3)
        inner_w = w_in - 2 * m
        map_bottom = bottom + band_h + 4 * mm + lon_labels
        map_r = (m + lat_labels, map_bottom, max(inner_w - lat_labels, 0.01), max(top - map_bottom, 0.01))
        leg_r = (m, bottom, inner_w * 0.66, band_h)
        loc_r = (m + inner_w * 0.70, bottom, inner_w * 0.30, band_h)

    def frac(r):
        return (r[0] / w_in, r[1] / h_in, r[2] / w_in, r[3] / h_in)

    return Layout(landscape, s, (m / w_in, m / h_in), 1 - m / h_in, frac(map_r), frac(leg_r), frac(loc_r),
                  bottom / h_in)


def _letterboxed(lay: Layout, map_rect) -> Layout:
    """The layout with the map in ``map_rect`` (a part of its own): on a portrait page the legend and
    locator band grows up to the map's new foot; on a landscape page the side column follows the map's
    new right edge, and the two stand in the middle of the page."""
    from dataclasses import replace

    if tuple(map_rect) == tuple(lay.map_rect):
        return lay
    ol, ob, ow, oh = lay.map_rect
    nl, nb, nw, nh = map_rect
    if lay.landscape:  # the map and its side column, closed up, stand in the middle of the page's width
        freed = (ol + ow) - (nl + nw)
        map_rect = (nl + freed / 2, nb, nw, nh)
        leg = (lay.legend_rect[0] - freed / 2, *lay.legend_rect[1:])
        loc = (lay.locator_rect[0] - freed / 2, *lay.locator_rect[1:])
        return replace(lay, map_rect=tuple(map_rect), legend_rect=leg, locator_rect=loc)
    grow = nb - ob
    leg = (lay.legend_rect[0], lay.legend_rect[1], lay.legend_rect[2], lay.legend_rect[3] + grow)
    loc = (lay.locator_rect[0], lay.locator_rect[1] + grow, lay.locator_rect[2], lay.locator_rect[3])
    return replace(lay, map_rect=tuple(map_rect), legend_rect=leg, locator_rect=loc)


# -- the result --------------------------------------------------------------------------------------------------

@dataclass
class LabelInfo:
    """A label the renderer meant to place: where it went (output pixels, y down) or that it did not."""

    feature: str
    text: str
    kind: str
    must: bool
    placed: bool
    size_pt: float
    bbox: tuple | None  # x0, y0, x1, y1 in output pixels, y from the top
    leader: bool
    anchor: tuple | None  # the feature's point the label refers to (pixels), for points and led labels
    allowed: frozenset  # the countries the label may lie over
    corners: tuple | None = None  # a name set along its area's long axis: its slanted box's corners (pixels)

    @property
    def position(self) -> tuple | None:
        """The centre of the label's box (pixels, y from the top)."""
        if self.bbox is None:
            return None
        x0, y0, x1, y1 = self.bbox
        return ((x0 + x1) / 2, (y0 + y1) / 2)


@dataclass
class ExportResult:
    """The written file, what went where on the page, and what was drawn and listed."""

    path: Path
    size_px: tuple[int, int]
    frame: tuple[float, float, float, float]  # the map's frame in projected metres
    map_rect: tuple[float, float, float, float]  # figure fraction: left, bottom, width, height
    projection: object = None  # PrintProjection
    labels: list = field(default_factory=list)  # LabelInfo
    legend: list = field(default_factory=list)  # LegendEntry, in the legend's order
    drawn: dict = field(default_factory=dict)  # legend key -> visible area in mm² (every kind drawn)
    attribution: str = ""
    scale_denominator: float = 0.0
    dpi: int = 0
    year: int | None = None
    features: tuple = ()

    def to_pixel(self, lon: float, lat: float) -> tuple[int, int]:
        x, y = self.projection.forward(lon, lat)
        fx, fy = self._fraction(x, y)
        w, h = self.size_px
        return round(fx * w), round((1 - fy) * h)

    def _fraction(self, x, y):
        x0, y0, x1, y1 = self.frame
        left, bottom, width, height = self.map_rect
        return left + (x - x0) / (x1 - x0) * width, bottom + (y - y0) / (y1 - y0) * height

    def project(self, geom):
        """A shapely geometry in degrees, in output pixels (y from the top)."""
        import shapely

        w, h = self.size_px
        g = self.projection.geom(geom)

        def f(xy):
            fx, fy = self._fraction(xy[:, 0], xy[:, 1])
            import numpy as np

            return np.column_stack([fx * w, (1 - fy) * h])
        return shapely.transform(g, f)

    def frame_px(self) -> tuple[float, float, float, float]:
        """The map's frame in output pixels: x0, y0 (top), x1, y1 (bottom)."""
        left, bottom, width, height = self.map_rect
        w, h = self.size_px
        return left * w, (1 - bottom - height) * h, (left + width) * w, (1 - bottom) * h


# -- rendering ---------------------------------------------------------------------------------------------------

@contextmanager
def _matplotlib(scale: float = 1.0):
    """Matplotlib, headless, with settings that keep text literal and output reproducible, for the
    duration of one export (the process's own settings are left as they were)."""
    import matplotlib

    from azmap.export.fonts import families

    matplotlib.use("Agg", force=True)
    with matplotlib.rc_context({
        "svg.hashsalt": "azmap", "svg.fonttype": "none", "pdf.fonttype": 42, "ps.fonttype": 42,
        "font.family": [*families(), "sans-serif"], "font.sans-serif": ["DejaVu Sans"],  # SVG names the
        # generic family last: a viewer without these fonts falls back to its own sans-serif, not a serif "text.usetex": False, "text.parse_math": False,
        "lines.scale_dashes": False, "hatch.linewidth": 0.6 * scale, "path.simplify": True,
        "axes.unicode_minus": False, "image.composite_image": False,
        # glyphs unhinted: text is as wide at every resolution, so a page laid out at 100 dpi keeps its
        # line breaks and label boxes at 300 (hinting moves widths by up to 8 %)
        "text.hinting": "no_hinting",
    }):
        yield


def render(req: ExportRequest, gaz=None) -> ExportResult:
    """Render the export described by ``req``."""
    from azmap.features import gazetteer

    gaz = gaz or gazetteer()
    validate(req, gaz)
    out = Path(req.out)
    fmt = FORMATS[out.suffix.lower()]
    with composed(req, gaz, validated=True) as comp:
        tmp = out.with_name(f".{out.name}.partial-{os.getpid()}")
        title = comp.title
        try:
            if fmt == "png":
                _write_png(tmp, comp.fig, req.dpi, (comp.size_px[0], comp.size_px[1]), title)
            else:
                meta = {"svg": {"Date": None, "Creator": None, "Title": title},
                        "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None,
                                "Title": title}}[fmt]
                comp.fig.savefig(tmp, format=fmt, dpi=req.dpi, metadata=meta)
            os.replace(tmp, out)
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
        finally:
            if tmp.exists():
                tmp.unlink()
        return comp.result(out, req.dpi)


def _write_png(path, fig, dpi, size, title):
    """The page drawn at ``dpi`` and written as an RGB PNG with its resolution and title: each row
    unfiltered, deflated at level 1 (a flat-coloured map compresses about 7 to 1 that way, in a
    third of the time PIL's adaptive filters take)."""
    import struct
    import zlib

    import numpy as np

    fig.set_dpi(dpi)
    fig.canvas.draw()
    rgba = np.asarray(fig.canvas.buffer_rgba())
    w, h = size
    deflate = zlib.compressobj(1)
    parts = []
    for top in range(0, h, 256):  # a block of rows at a time: no copy of the whole page
        rows = min(256, h - top)
        raw = np.full((rows, w * 3 + 1), 255, dtype=np.uint8)
        raw[:, 0] = 0  # filter: none
        have = rgba[top:top + rows, :w, :3]
        raw[:have.shape[0], 1:1 + have.shape[1] * 3] = have.reshape(have.shape[0], -1)
        parts.append(deflate.compress(raw.tobytes()))
    parts.append(deflate.flush())
    del rgba

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ppm = round(dpi / 0.0254)
    body = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
            + chunk(b"iTXt", b"Title\x00\x00\x00\x00\x00" + str(title).replace("\x00", "").encode("utf-8",
                                                                                                   "replace"))
            + chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(body)


@contextmanager
def composed(req: ExportRequest, gaz=None, *, validated: bool = False):
    """The page of ``req`` composed in an open matplotlib figure (a ``Composition``), closed afterwards.
    ``render`` saves it; checks and previews can look at its artists first."""
    from azmap.features import gazetteer

    gaz = gaz or gazetteer()
    if not validated:
        validate(req, gaz)
    w_px, h_px = parse_size(req.size, req.dpi)
    w_in, h_in = w_px / req.dpi, h_px / req.dpi
    with _matplotlib(req.type_scale or page_scale(w_in, h_in)):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        # laid out at 100 dpi, or less for a page so large (in inches) that its canvas would pass
        # 40 megapixels, and never finer than the output: the layout's canvas is never the costly one
        layout_dpi = min(LAYOUT_DPI, req.dpi, math.sqrt(40e6 / (w_in * h_in)))
        fig = Figure(figsize=(w_in, h_in), dpi=layout_dpi)
        FigureCanvasAgg(fig)
        try:
            comp = Composition(fig, req, gaz, (w_px, h_px))
            comp.compose()
            yield comp
        finally:
            fig.clear()


class Composition:
    """One page being composed: the figure, its map and what was drawn on it."""

    def __init__(self, fig, req, gaz, size_px):
        self.fig = fig
        self.req = req
        self.gaz = gaz
        self.size_px = size_px
        self.renderer = fig.canvas.get_renderer()
        self.title = ""
        self.map = None  # MapDrawing

    # text helpers ---------------------------------------------------------------------------------
    def text_width_pt(self, text, size, weight="normal", style="normal"):
        """The width of a line of text, from the widths of its words (measured once each)."""
        words = text.split(" ")
        space = self._word_width("x x", size, weight, style) - self._word_width("xx", size, weight, style)
        return sum(self._word_width(w, size, weight, style) for w in words) + space * (len(words) - 1)

    def _word_width(self, word, size, weight, style):
        key = (word, round(size, 3), weight, style)
        cache = self.__dict__.setdefault("_widths", {})
        if key not in cache:
            from matplotlib.font_manager import FontProperties

            from azmap.export.fonts import families

            prop = FontProperties(family=list(families()), size=size, weight=weight, style=style)
            w, _, _ = self.renderer.get_text_width_height_descent(word, prop, ismath=False) if word else (0, 0, 0)
            cache[key] = w * 72 / self.fig.dpi
        return cache[key]

    def wrap(self, text, size, width_pt, *, max_lines=None, weight="normal", style="normal"):
        """``text`` broken into lines no wider than ``width_pt``; with ``max_lines``, the last line
        kept ends with an ellipsis if text was left out."""
        lines = []
        for para in str(text).splitlines() or [""]:
            words = para.split(" ")
            line = ""
            for word in words:
                trial = word if not line else line + " " + word
                if self.text_width_pt(trial, size, weight, style) <= width_pt or not line:
                    line = trial
                    while self.text_width_pt(line, size, weight, style) > width_pt and len(line) > 1:
                        # a single word wider than the line: break it
                        cut = _fit_chars(line, lambda t: self.text_width_pt(t, size, weight, style) <= width_pt)
                        lines.append(line[:cut])
                        line = line[cut:]
                else:
                    lines.append(line)
                    line = word
            lines.append(line)
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            last = lines[-1]
            while last and self.text_width_pt(last + " …", size, weight, style) > width_pt:
                last = last[:-1]
            lines[-1] = last.rstrip() + " …"
        return lines

    # composing -------------------------------------------------------------------------------------
    def compose(self):
        from azmap.export.attribution import attribution
        from azmap.export.projection import PrintProjection, clip_to_data

        req, gaz, fig = self.req, self.gaz, self.fig
        w_in, h_in = fig.get_size_inches()
        s = req.type_scale or page_scale(w_in, h_in)
        m_pt = min(8 * s / 25.4, w_in * 0.04, h_in * 0.04) * 72
        inner_w = w_in * 72 - 2 * m_pt
        # the title block
        self.title = str(req.title or _default_title(req, gaz))[:MAX_TITLE]
        title_lines, title_size = [], 15 * s
        from azmap.export.attribution import map_date

        sub = ([f"Situation in {req.year}", f"information as of {req.date or map_date()}"] if req.year else
               [f"Information as of {req.date or map_date()}"])
        if req.features:
            sub.append("Highlighted: " + ", ".join(gaz.get(f).name for f in req.features))
        sub_lines = []
        if req.layout == "page":
            for size in (15 * s, 13 * s, 11.5 * s):
                title_lines = self.wrap(self.title, size, inner_w, weight="bold")
                title_size = size
                if len(title_lines) <= 2:
                    break
            title_lines = self.wrap(self.title, title_size, inner_w, max_lines=3, weight="bold")
            sub_lines = self.wrap(" · ".join(sub), 8.5 * s, inner_w, max_lines=2) if sub else []
        title_h = len(title_lines) * title_size * 1.25 + len(sub_lines) * 8.5 * s * 1.4
        # the footer: the caption, the cited sources, the attribution (for what lies in the bbox; the
        # final text, for what was drawn, is no longer)
        bbox = clip_to_data(resolve_extent(req, gaz))
        proj = PrintProjection(bbox)
        caption_lines, source_lines = [], []
        if req.layout == "page":
            if req.caption:
                caption_lines = self.wrap(req.caption, 7.5 * s, inner_w, max_lines=3, style="italic")
            sources = req.caption_sources if req.caption_sources is not None else cited_sources(req.features)
            if sources:
                text = "Sources cited for the highlighted features: " + "; ".join(sources) + "."
                source_lines = self.wrap(text, 6.5 * s, inner_w, max_lines=4)
        near = _features_in(gaz, bbox)
        collection = _collection(gaz)
        draft = attribution(near, collection, projection=proj.describe(), date=req.date, credit=req.credit)
        att_size = 5.8 * s
        att_lines = self.wrap(draft, att_size, inner_w, max_lines=4)
        footer_h = (len(caption_lines) * 7.5 * s + len(source_lines) * 6.5 * s + len(att_lines) * att_size) * 1.3 \
            + (2 * s if caption_lines or source_lines else 0)
        lay = _layout(w_in, h_in, req.layout, title_h_pt=title_h, footer_h_pt=footer_h, scale=s)
        if req.layout == "map":
            self.layout = lay
            self.map_block(lay.map_rect, proj=proj, scale=s)
            return
        lay = _letterboxed(lay, self.map_rect_for(lay.map_rect, "top" if not lay.landscape else "left", proj))
        self.layout = lay
        self.map_block(lay.map_rect, lay.legend_rect, lay.locator_rect, proj=proj, scale=s)
        # title and footer
        y = lay.title_top
        for line in title_lines:
            fig.text(lay.margin[0], y, line, fontsize=title_size, fontweight="bold", va="top", ha="left",
                     parse_math=False)
            y -= title_size * 1.25 / 72 / h_in
        for line in sub_lines:
            fig.text(lay.margin[0], y, line, fontsize=8.5 * s, va="top", ha="left", color="#444444", parse_math=False)
            y -= 8.5 * s * 1.4 / 72 / h_in
        final = self.attribution
        att_lines = self.wrap(final, att_size, inner_w, max_lines=4)
        y = lay.margin[1]
        for line in reversed(att_lines):
            fig.text(lay.margin[0], y, line, fontsize=att_size, va="bottom", ha="left", color="#555555",
                     parse_math=False)
            y += att_size * 1.3 / 72 / h_in
        y += 1.5 * s / 72 / h_in
        for line in reversed(source_lines):
            fig.text(lay.margin[0], y, line, fontsize=6.5 * s, va="bottom", ha="left", color="#222222",
                     parse_math=False)
            y += 6.5 * s * 1.3 / 72 / h_in
        for line in reversed(caption_lines):
            fig.text(lay.margin[0], y, line, fontsize=7.5 * s, va="bottom", ha="left", color="#222222",
                     style="italic", parse_math=False)
            y += 7.5 * s * 1.3 / 72 / h_in

    def map_rect_for(self, map_rect, anchor="centre", proj=None):
        """``map_rect`` (figure fraction) narrowed or shortened to the aspect at which the frame holds
        the map's subject whole over the data (the rest of the rectangle is left to the page), placed
        at ``anchor`` ("centre", "top" or "left") in it."""
        from azmap.export.projection import PrintProjection, clip_to_data, subject_aspect

        req, gaz = self.req, self.gaz
        w_in, h_in = self.fig.get_size_inches()
        bbox = clip_to_data(resolve_extent(req, gaz))
        proj = proj or PrintProjection(bbox)
        left, bottom, width, height = map_rect
        aspect = (width * w_in) / (height * h_in)
        want = subject_aspect(proj, resolve_extent(req, gaz), aspect, _subject_box(req, gaz, bbox))
        if want < aspect * 0.995:  # narrower
            new_w = height * h_in * want / w_in
            dx = 0 if anchor == "left" else (width - new_w) / 2
            return (left + dx, bottom, new_w, height)
        if want > aspect * 1.005:  # shorter
            new_h = width * w_in / want / h_in
            dy = (height - new_h) if anchor == "top" else (height - new_h) / 2
            return (left, bottom + dy, width, new_h)
        return map_rect

    def map_block(self, map_rect, legend_rect=None, locator_rect=None, *, proj=None, scale=None, anchor="centre"):
        """The map of the request in ``map_rect`` (figure fraction), with its legend and locator in
        theirs (if given): the part of a page that the export, the briefing and the slides share.
        The map holds its subject whole: where the rectangle's shape would crop it, the map takes
        the part of the rectangle of the subject's shape (``map_rect_for``)."""
        from azmap.export.attribution import attribution
        from azmap.export.legend import draw_legend
        from azmap.export.projection import PrintProjection, clip_to_data, subject_frame

        req, gaz, fig = self.req, self.gaz, self.fig
        w_in, h_in = fig.get_size_inches()
        s = scale or page_scale(w_in, h_in)
        bbox = clip_to_data(resolve_extent(req, gaz))
        proj = proj or PrintProjection(bbox)
        map_rect = self.map_rect_for(map_rect, anchor, proj)
        ax = fig.add_axes(map_rect)
        aspect = (map_rect[2] * w_in) / (map_rect[3] * h_in)
        frame, _ = subject_frame(proj, resolve_extent(req, gaz), aspect, _subject_box(req, gaz, bbox))
        self.map = MapDrawing(self, ax, proj, frame, s)
        self.map.draw()
        if legend_rect is not None:
            draw_legend(fig, legend_rect, self.map.legend_kinds(), s)
        if locator_rect is not None:
            _locator(fig, locator_rect, gaz, proj, frame, s)
        self.attribution = attribution(self.map.drawn_features, _collection(gaz), projection=proj.describe(),
                                       date=req.date, credit=req.credit)
        return self.map

    def result(self, path, dpi) -> ExportResult:
        from azmap.export.legend import LegendEntry, swatch_of

        md = self.map
        scale = dpi / self.fig.dpi
        h_out = self.size_px[1]

        def px(box):
            x0, y0, x1, y1 = box
            return (x0 * scale, h_out - y1 * scale, x1 * scale, h_out - y0 * scale)

        labels = []
        for p in md.placements:
            spec = p.spec
            anchor = None
            if p.leader is not None:
                (ax_, ay_), _ = p.leader
                anchor = (ax_ * scale, h_out - ay_ * scale)
            elif spec.anchor in ("point", "edge"):  # an edge label: where its direction leaves the frame
                anchor = (spec.geom.x * scale, h_out - spec.geom.y * scale)
            corners = None if p.corners is None else tuple((x * scale, h_out - y * scale) for x, y in p.corners)
            labels.append(LabelInfo(spec.fid, spec.text, spec.kind, spec.must, p.placed, round(p.size, 2),
                                    px(p.box) if p.box else None, p.leader is not None, anchor, spec.allowed,
                                    corners))
        legend = [LegendEntry(k.key, k.label, round(k.visible_mm2, 2), *swatch_of(k.symbol)) for k in md.legend_kinds()]
        return ExportResult(Path(path), self.size_px, md.frame, tuple(md.ax.get_position().bounds), md.proj,
                            labels, legend, {k: round(v.visible_mm2, 2) for k, v in md.kinds.items()},
                            self.attribution, md.denominator, dpi, self.req.year, tuple(self.req.features))


def _subject_box(req, gaz, bbox):
    """What the frame must hold whole (lon/lat W, S, E, N), whatever the page's shape: a given or
    saved extent all of it; else the highlighted features; else what the named view is about."""
    from shapely.geometry import box

    from azmap.export.projection import clip_to_data

    saved = req.view is not None and req.view not in VIEWS
    if req.bbox or saved:
        return clip_to_data(bbox)
    pad = 0.0
    if req.features and req.view is None:
        shapes = [_shape(gaz.get(f)) for f in req.features]
    else:  # a named view's subject, and what is highlighted on it
        pad = SUBJECT_PAD
        names = list(VIEW_SUBJECTS.get(req.view or DEFAULT_VIEW, ())) + list(req.features)
        shapes = [_shape(gaz.get(fid)) for fid in names if fid in gaz]
    import shapely

    if req.features and req.view is None:  # what of them lies in the extent
        shapes = [g for g in shapes if g.intersects(box(*bbox))]
        if not shapes:
            return None
        w, s, e, n = shapely.union_all(shapes).intersection(box(*bbox)).bounds
    elif shapes:  # a named view's subject whole, wherever its nominal extent ends
        w, s, e, n = shapely.union_all(shapes).bounds
    else:
        return None
    return clip_to_data((w - pad, s - pad, e + pad, n + pad))


def _fit_chars(text, fits) -> int:
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(text[:mid]):
            lo = mid
        else:
            hi = mid - 1
    return max(lo, 1)


def _collection(gaz) -> dict:
    try:
        c = gaz.collection
    except Exception:  # noqa: BLE001 - a gazetteer built from features alone declares nothing
        return {}
    return {k: v for k, v in c.items() if k != "features"} if isinstance(c, dict) else {}


def _features_in(gaz, bbox):
    from shapely.geometry import box

    b = box(*bbox)
    return [f for f in gaz if f.kind != "group" and _shape(f).intersects(b)]


_SHAPES: dict = {}


def _shape(f):
    """The feature's shapely geometry (degrees), made once per process and geometry."""
    key = (f.id, id(f))
    g = _SHAPES.get(key)
    if g is None:
        import shapely

        g = _fast_shape(f.geometry) or f.shape()
        shapely.prepare(g)
        if len(_SHAPES) > 2000:
            _SHAPES.clear()
        _SHAPES[key] = g
    return g


VIEW_TITLES = {"caucasus": "Azerbaijan and its neighbours", "azerbaijan": "Azerbaijan",
               "karabakh": "Karabakh and the seven districts", "corridor": "Export corridors from the Caspian to Europe",
               "region": "Azerbaijan in its region"}


def _fast_shape(geometry):
    """A GeoJSON polygon or multipolygon built from numpy arrays (shapely's ``shape`` builds it point
    by point in Python: ten times slower on the features file); None for anything else."""
    import numpy as np
    import shapely

    kind = geometry.get("type")
    if kind == "Polygon":
        polys = [geometry["coordinates"]]
    elif kind == "MultiPolygon":
        polys = geometry["coordinates"]
    else:
        return None
    out = []
    for rings in polys:
        shell = shapely.linearrings(np.asarray(rings[0], dtype=float)[:, :2])
        holes = [shapely.linearrings(np.asarray(r, dtype=float)[:, :2]) for r in rings[1:]]
        out.append(shapely.polygons(shell, holes or None))
    return out[0] if kind == "Polygon" else shapely.multipolygons(out)


def _default_title(req, gaz):
    if req.features:
        names = [gaz.get(f).name for f in req.features]
        return names[0] if len(names) == 1 else " · ".join(names[:3]) + ("…" if len(names) > 3 else "")
    if req.view in VIEW_TITLES and not req.bbox:
        return VIEW_TITLES[req.view]
    if not req.bbox and req.view is None:
        return VIEW_TITLES[DEFAULT_VIEW]
    return _title_for_extent(gaz, resolve_extent(req, gaz))


def _title_for_extent(gaz, bbox) -> str:
    """A title for a frame of the user's: the default's where it is about Azerbaijan (most of it in
    frame, as a fair part of the frame), else the countries that fill most of it."""
    from shapely.geometry import box

    from azmap.export.projection import clip_to_data

    b = box(*clip_to_data(bbox))
    shares = []
    for c in gaz.of_kind("country"):
        g = _shape(c)
        if g.intersects(b):
            shares.append((g.intersection(b).area, g.area, c))
    az = next(((a, whole) for a, whole, c in shares if c.id == "azerbaijan"), (0.0, 1.0))
    if az[0] >= 0.5 * az[1] and az[0] >= 0.02 * b.area:
        return VIEW_TITLES[DEFAULT_VIEW]
    top = [c.name for a, _, c in sorted(shares, key=lambda t: -t[0])[:3] if a >= 0.03 * b.area]
    if not top:
        return "Map"
    return top[0] if len(top) == 1 else ", ".join(top[:-1]) + " and " + top[-1]


# -- the map -----------------------------------------------------------------------------------------------------

Z_FILL, Z_HILLSHADE, Z_SEA, Z_GRID, Z_OCCUPIED, Z_BORDER, Z_EXCLAVE = 10, 12, 13, 15, 16, 18, 19
Z_ROUTE, Z_POINT, Z_LEADER, Z_LABEL, Z_FURNITURE = 20, 30, 39, 40, 50
FULLY_HELD_ALPHA, PARTLY_HELD_ALPHA, NKAO_ALPHA = 0.35, 0.08, 0.20  # tints of the occupied areas over Azerbaijan
EXCLAVE_NAMED_SCALE = 6_000_000  # the exclave's name is a must-have at this scale or larger (at 1:7,000,000
# Nakhchivan is 17 mm long on the slant: its name fits only over its neighbours, and is left to the legend)
MIN_ROUTE_MM2 = 5.0  # a route is listed where this much of it shows (7 mm of line): a stub at the frame's edge is not
MIN_ROUTE_LABEL_MM = 8.0  # and named (unless a must-have) where this much of its length shows
NODATA_FILL, Z_NODATA = "#fbfbf9", 14.5  # beyond the data: above the sea and relief, under the graticule
LEGEND_ORDER = ["nodata", "country-focus", "country-neighbour", "country-other", "sea", "nakh", "nkao", "district-fully",
                "district-partly", "district-returned", "route", "capital", "city", "site", "highlight"]


class MapDrawing:
    """The map in its axes: features, relief, graticule, labels, scale bar and north arrow."""

    def __init__(self, comp: Composition, ax, proj, frame, s):
        self.comp = comp
        self.ax = ax
        self.proj = proj
        self.frame = frame
        self.s = s
        self.gaz = comp.gaz
        self.req = comp.req
        self.kinds = {}  # legend key -> DrawnKind
        self.label_specs = []
        self.placements = []
        self.drawn_features = []
        self.lines = []  # (fid, LineString in display px, half width px) for label placement
        self.markers = []  # (fid, x, y, r) display px
        self.occluders = []  # (zorder, shapely geometry in display px)
        self.point_parts = {}  # feature id -> (legend key, artists, footprint, occluder) of a point symbol
        self.occupied_disp = {}  # district or territory id -> its polygon (display px)
        self.exclave_disp = {}  # exclave id -> its polygon (display px)

    # geometry helpers -------------------------------------------------------------------------------
    def _setup(self):
        ax, (x0, y0, x1, y1) = self.ax, self.frame
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect("equal", adjustable="box")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_facecolor(SEA_FILL)
        for sp in ax.spines.values():
            sp.set_linewidth(0.8 * self.s)
            sp.set_zorder(60)
        ax.apply_aspect()
        bb = ax.get_window_extent(self.comp.renderer)
        self.disp = (bb.x0, bb.y0, bb.x1, bb.y1)
        self.ppd = bb.width / (x1 - x0)  # display pixels per projected metre
        self.px_per_pt = self.comp.fig.dpi / 72
        self.units_per_pt = (x1 - x0) / (bb.width / self.px_per_pt)
        k = self.proj.scale_factor(*self.proj.inverse((x0 + x1) / 2, (y0 + y1) / 2))
        self.denominator = (x1 - x0) / k / (bb.width / self.comp.fig.dpi * 0.0254)
        import shapely

        pad = 0.03 * max(x1 - x0, y1 - y0)
        self.clip_box = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)
        self.frame_geom = shapely.box(x0, y0, x1, y1)

    def to_display(self, g):
        from shapely import affinity

        x0, y0 = self.frame[0], self.frame[1]
        return affinity.affine_transform(g, [self.ppd, 0, 0, self.ppd, self.disp[0] - x0 * self.ppd,
                                             self.disp[1] - y0 * self.ppd])

    def projected(self, f):
        """The feature projected and clipped to (a little beyond) the frame; None if it lies outside."""
        import shapely

        g = self.proj.geom(_shape(f))
        if f.geometry_type == "Point":
            return g if self.frame_geom.contains(g) else None
        g = shapely.clip_by_rect(g, *self.clip_box)
        return None if g.is_empty else g

    def kind(self, key, label, symbol, order):
        from azmap.export.legend import DrawnKind

        k = self.kinds.get(key)
        if k is None:
            k = self.kinds[key] = DrawnKind(key, label, symbol, order)
        return k

    def add(self, key, artists, footprint=None):
        for a in artists:
            self.ax.add_artist(a)
            a.set_clip_path(self.ax.patch)
        k = self.kinds[key]
        k.artists.extend(artists)
        if footprint is not None and not footprint.is_empty:
            k.footprints.append(footprint)

    # drawing ------------------------------------------------------------------------------------------
    def draw(self):
        self._setup()
        req, gaz, s = self.req, self.gaz, self.s
        shown = set(req.layers) if req.layers is not None else {k for k, _, _ in LAYERS}
        highlight = set(req.features)
        self.kind("sea", "Sea", [{"type": "fill", "colour": SEA_FILL}], LEGEND_ORDER.index("sea") * 100)
        self.kinds["sea"].artists.append(self.ax.patch)
        self.kinds["sea"].footprints.append(self.to_display(self.frame_geom))
        countries_disp = {}
        routes = []
        for f in drawing_order(gaz):
            if f.kind == "group" or not visible(f, req.year):
                continue
            layer = _layer_of(f)
            if layer not in shown:
                continue
            g = self.projected(f)
            if g is None:
                continue
            self.drawn_features.append(f)
            if f.geometry_type in ("Polygon", "MultiPolygon"):
                self._area(f, g, f.id in highlight)
                if f.kind == "country":
                    countries_disp[f.id] = self.to_display(g)
            elif f.kind == "route":
                routes.append((f, g))
            else:
                self._point(f, g, f.id in highlight)
        for i, (f, g) in enumerate(routes):
            self._route(f, g, i, f.id in highlight)
        if req.relief and "relief" in shown:
            self._hillshade()
        self._graticule()
        self._sea_names(countries_disp)
        beyond = self._beyond_data()
        if beyond is not None:  # no name is set over the blank beyond the data
            countries_disp = {**countries_disp, "beyond-data": beyond}
        furniture = self._furniture_box()
        self._labels(countries_disp, furniture)
        self._furniture(furniture)
        self._visibility()

    def _area(self, f, g, hi):
        from azmap.export.legend import patch_layers

        path = _path(g)
        s = self.s
        held = _held_in(f, self.req.year)
        z = {"country": Z_FILL, "exclave": Z_FILL + 0.5, "sea": Z_SEA}.get(f.kind, Z_OCCUPIED)
        if f.kind == "country":
            focus_or_neighbour = f.role in ("focus", "neighbour")
            key = f"country-{f.id}" if focus_or_neighbour else "country-other"
            fill = COUNTRY_FILLS.get(f.id, OTHER_COUNTRY_FILL)
            stroke, width = (("#3a3a3a", 1.0) if f.role == "focus" else ("#6f6f6f", 0.6) if focus_or_neighbour
                             else ("#8c8c8c", 0.4))
            order = LEGEND_ORDER.index("country-focus" if f.role == "focus" else "country-neighbour"
                                       if focus_or_neighbour else "country-other")
            label = f.name if focus_or_neighbour else "Other countries"
            fill_sym = [{"type": "fill", "colour": fill}]
            line_sym = [{"type": "outline", "colour": stroke, "width": width}]
            k = self.kind(key, label, fill_sym + line_sym, order * 100 + _rank(self.gaz, f.id))
            self.add(key, patch_layers(path, fill_sym, Z_FILL, self.ax.transData, s), self.to_display(g))
            self.occluders.append((Z_FILL, self.to_display(g)))  # land hides the sea behind it
            self.add(key, patch_layers(path, line_sym, Z_BORDER, self.ax.transData, s))
            del k
        elif f.kind == "sea":
            sym = [{"type": "fill", "colour": SEA_FILL}, {"type": "outline", "colour": "#3f7ea6", "width": 0.5}]
            self.add("sea", patch_layers(path, sym[:1], Z_SEA, self.ax.transData, s), self.to_display(g))
            self.add("sea", patch_layers(path, sym[1:], Z_BORDER, self.ax.transData, s))
        elif f.kind == "exclave":
            self.exclave_disp[f.id] = self.to_display(g)
            sym = [{"type": "fill", "colour": COUNTRY_FILLS["azerbaijan"]},
                   {"type": "outline", "colour": "#7a5c00", "width": 1.3, "dash": (3.0, 1.8), "dz": Z_EXCLAVE - Z_FILL}]
            self.kind("nakh", f"{f.name} (exclave of Azerbaijan)", sym, LEGEND_ORDER.index("nakh") * 100)
            self.add("nakh", patch_layers(path, sym, z, self.ax.transData, s), self._outline_print(g, 1.3))
        elif f.kind == "territory":
            self.occupied_disp[f.id] = self.to_display(g)
            year = self.req.year
            retaken = self._retaken_part(f, g) if held else None
            if retaken is not None:  # drawn apart: what was retaken in November 2020, as such
                rsym = [{"type": "fill", "colour": "#ffffff", "alpha": 0.25},
                        {"type": "hatch", "colour": NKAO_COLOUR, "hatch": "..", "alpha": 0.55},
                        {"type": "outline", "colour": NKAO_COLOUR, "width": 0.9, "dash": (0.8, 1.4)}]
                info = f.properties["retaken"]
                rlabel = f"Former NKAO retaken in Nov. 2020 ({info.get('name', '')}), as of {year}"
                self.kind("nkao-retaken", rlabel, rsym, LEGEND_ORDER.index("nkao") * 100 + 1)
                self.add("nkao-retaken", patch_layers(_path(retaken), rsym, z, self.ax.transData, s),
                         self.to_display(retaken))
                g = g.difference(retaken)
                path = _path(g)
            if held:
                sym = [{"type": "fill", "colour": NKAO_COLOUR, "alpha": NKAO_ALPHA},
                       {"type": "hatch", "colour": NKAO_COLOUR, "hatch": "\\\\\\", "alpha": 0.6},
                       {"type": "outline", "colour": NKAO_COLOUR, "width": 1.1, "dash": (2.5, 1.5)}]
                label = (f"Former NKAO (approx.) held by Armenian forces, as of {year}" if year else
                         "Former NKAO (approx.) held by Armenian forces 1991–2023")
            else:
                sym = [{"type": "outline", "colour": NKAO_COLOUR, "width": 0.9, "dash": (2.5, 1.5)}]
                label = "Former NKAO (approx. outline), Azerbaijan's since Sept. 2023"
            self.kind("nkao", label, sym, LEGEND_ORDER.index("nkao") * 100)
            self.add("nkao", patch_layers(path, sym, z, self.ax.transData, s),
                     self.to_display(g) if held else self._outline_print(g, 0.9))
        elif f.kind == "district":
            self.occupied_disp[f.id] = self.to_display(g)
            partly = f.properties.get("held") == "partly"
            if not held:
                key = "district-returned"
                occ = f.properties.get("occupied") or [None, None]
                sym = [{"type": "outline", "colour": OCCUPIED_COLOUR, "width": 0.8, "dash": (0.8, 1.4)}]
                label = f"District occupied until {occ[1]} (outline)" if occ[1] else "District (outline)"
            elif partly:
                key = "district-partly"
                names = [d.name for d in self.gaz.of_kind("district") if d.properties.get("held") == "partly"]
                sym = [{"type": "fill", "colour": OCCUPIED_COLOUR, "alpha": PARTLY_HELD_ALPHA},
                       {"type": "hatch", "colour": OCCUPIED_COLOUR, "hatch": "/", "alpha": 0.75},
                       {"type": "outline", "colour": OCCUPIED_COLOUR, "width": 0.8, "dash": (3.0, 1.5)}]
                label = (f"District partly held: as of {self.req.year}" if self.req.year else
                         "District partly held 1993–2020") + (f" ({', '.join(names)})" if names else "")
            else:
                key = "district-fully"
                sym = [{"type": "fill", "colour": OCCUPIED_COLOUR, "alpha": FULLY_HELD_ALPHA},
                       {"type": "hatch", "colour": OCCUPIED_COLOUR, "hatch": "////", "alpha": 0.6},
                       {"type": "outline", "colour": OCCUPIED_COLOUR, "width": 0.8}]
                label = f"District occupied: as of {self.req.year}" if self.req.year else "District occupied 1992/93–2020"
            self.kind(key, label, sym, LEGEND_ORDER.index(key) * 100)
            self.add(key, patch_layers(path, sym, z, self.ax.transData, s),
                     self.to_display(g) if held else self._outline_print(g, 0.8))
        if hi:
            sym = [{"type": "outline", "colour": HIGHLIGHT, "width": 2.6, "alpha": 0.85}]
            self.kind("highlight", "Highlighted", sym, LEGEND_ORDER.index("highlight") * 100)
            self.add("highlight", patch_layers(path, sym, Z_BORDER + 0.5, self.ax.transData, s),
                     self._outline_print(g, 2.6))
        self._area_label(f, g)

    def _retaken_part(self, f, g):
        """The part of the former oblast retaken before the rest (its ``retaken`` property), projected
        and clipped like ``g``, in the years it stood apart (from its return until the rest followed);
        None in other years, or where none of it shows."""
        import shapely
        from shapely.geometry import shape

        info = f.properties.get("retaken")
        year = self.req.year
        if not info or year is None or not info.get("geometry"):
            return None
        first, last = info.get("years", [None, None])
        if first is None or not (first <= year <= (last or year)):
            return None
        part = shapely.clip_by_rect(self.proj.geom(shape(info["geometry"])), *self.clip_box).intersection(g)
        return None if part.is_empty or part.area <= 0 else part

    def _outline_print(self, g, width_pt):
        """The footprint of a polygon's outline drawn ``width_pt`` wide (display pixels)."""
        return self.to_display(g).boundary.buffer(width_pt * self.s * self.px_per_pt / 2)

    def _route(self, f, g, i, hi):
        import numpy as np
        import shapely

        from azmap.export.legend import line_layers

        s = self.s
        carries = f.properties.get("carries", "oil")
        colour = ROUTE_COLOURS.get(f.id, "#000000")
        width = 2.2 if carries == "rail" else 2.0
        dash = PRINT_DASH.get(carries)
        line = {"type": "line", "colour": colour, "width": width, "dash": dash}
        if carries == "rail":
            line["cap"] = "round"
        sym = [{"type": "line", "colour": "#ffffff", "width": width + 1.6, "alpha": 0.9}, line]
        key = f"route-{f.id}"
        length = f.properties.get("length_km")
        what = f"{carries}, {length:,} km" if isinstance(length, (int, float)) else carries  # the published length
        self.kind(key, f"{dashed(f.name)} ({what})", sym, LEGEND_ORDER.index("route") * 100 + _rank(self.gaz, f.id))
        # side by side in a shared corridor (style.py's rule, as on the live map): shifted by its slot
        # times the slot width, to the left of the route travelled from its eastern to its western end
        full = self.proj.geom(_shape(f))
        coords = np.asarray(full.coords)
        if coords[0, 0] < coords[-1, 0]:
            full = shapely.LineString(coords[::-1])
        slot = ROUTE_OFFSET_SLOTS.get(f.id, 0)
        if slot:
            full = full.offset_curve(slot * ROUTE_SLOT_PT * s * self.units_per_pt, quad_segs=4,
                                     join_style="round")
        g = shapely.clip_by_rect(full, *self.clip_box)
        if g.is_empty:
            return
        z = Z_ROUTE + i * 0.1
        parts = list(getattr(g, "geoms", [g]))
        for part in parts:
            xs, ys = part.xy
            disp = self.to_display(part)
            self.add(key, line_layers(list(xs), list(ys), sym, z, self.ax.transData, s),
                     disp.buffer((width + 1.6) * s * self.px_per_pt / 2, cap_style="flat"))
            self.occluders.append((z, disp.buffer((width + 1.6) * s * self.px_per_pt / 2, cap_style="flat")))
            self.lines.append((f.id, disp, width * s * self.px_per_pt / 2))
            if hi:
                hsym = [{"type": "line", "colour": HIGHLIGHT, "width": width + 5.0, "alpha": 0.5}]
                self.kind("highlight", "Highlighted", hsym, LEGEND_ORDER.index("highlight") * 100)
                self.add("highlight", line_layers(list(xs), list(ys), hsym, z - 0.05, self.ax.transData, s),
                         disp.buffer((width + 5.0) * s * self.px_per_pt / 2))
        self._route_label(f, g)

    def _point(self, f, g, hi):
        from azmap.export.legend import marker_layers

        s = self.s
        if not (hi or f.properties.get("capital_of") or self._labelled_here(f, self._rule(f)[3])):
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
        self.kind(key, label, sym, LEGEND_ORDER.index(key) * 100)
        d = self.to_display(g)
        r = sym[0]["size"] * s * self.px_per_pt / 2
        artists, footprint = marker_layers(g.x, g.y, sym, Z_POINT, self.ax.transData, s), d.buffer(r)
        self.add(key, artists, footprint)
        self.occluders.append((Z_POINT, footprint))
        self.point_parts[f.id] = (key, artists, footprint, footprint)
        self.markers.append((f.id, d.x, d.y, r + 0.5))
        if hi:
            hsym = [{"type": "marker", "marker": "o", "size": sym[0]["size"] + 7, "face": HIGHLIGHT, "alpha": 0.55}]
            self.kind("highlight", "Highlighted", hsym, LEGEND_ORDER.index("highlight") * 100)
            self.add("highlight", marker_layers(g.x, g.y, hsym, Z_POINT - 0.5, self.ax.transData, s),
                     d.buffer(hsym[0]["size"] * s * self.px_per_pt / 2))
        self._point_label(f, d, r)

    # labels ---------------------------------------------------------------------------------------------
    def _rule(self, f):
        cls = label_class(f)
        if cls == "city" and self._terminal(f):
            cls = "terminal"
        priority, size, max_denominator = LABEL_RULES[cls]
        return cls, priority, size, max_denominator

    def _terminal(self, f) -> bool:
        """Whether a route ends at this town (within 0.25°: a terminal lies a little out of town)."""
        cache = self.__dict__.setdefault("_terminals", {})
        if f.id not in cache:
            import numpy as np

            p = _shape(f)
            ends = []
            for r in self.gaz.of_kind("route"):
                c = np.asarray(_shape(r).coords)
                ends += [c[0], c[-1]]
            cache[f.id] = any(abs(x - p.x) <= 0.25 and abs(y - p.y) <= 0.25 for x, y in ends)
        return cache[f.id]

    def _labelled_here(self, f, max_denominator) -> bool:
        return f.id in self.req.features or max_denominator is None or self.denominator <= max_denominator

    def _spec(self, f, anchor, geom, **kw):
        from azmap.export.labels import LabelSpec

        cls, priority, size, _ = self._rule(f)
        karabakh = self.denominator <= KARABAKH_SCALE
        if f.id in self.req.features:
            priority = -1.0
        elif karabakh and f.kind in ("district", "territory"):
            priority = min(priority, 1.2)
        if f.kind in ("district", "territory") and self.denominator <= KARABAKH_SCALE / 2:
            size *= 1.25  # at 1:1,500,000 or larger the districts are wide: their names may be too
        text_style = _text_style(f, cls)
        spec = LabelSpec(f.id, label_text(f), f.kind, anchor, geom, size * self.s, priority, False,
                         self._allowed(f), text_style, **kw)
        spec.min_size = max(5.0 * self.s, spec.size * 0.6)  # 5 pt on A4: the least a briefing can read
        if anchor == "area" and f.kind != "sea":
            spec.min_size = 5.0 * self.s  # a name on its own ground in small type rather than led off it
        if f.kind == "district" and self.req.layout != "map":
            # on paper a district's name may go down to 5 pt whatever the sheet (a larger sheet is read
            # as close as A4), before it is turned along the district or dropped
            spec.min_size = 5.0 * min(self.s, 1.0)
        return spec

    def _area_label(self, f, g):
        import shapely

        cls, _, _, max_den = self._rule(f)
        if not self._labelled_here(f, max_den):
            return
        inset = self._inset_box()
        disp = shapely.clip_by_rect(self.to_display(g), *inset)
        if disp.is_empty or disp.area < 4:
            return
        parts = [p for p in getattr(disp, "geoms", [disp]) if p.geom_type == "Polygon"]
        if not parts:
            return
        home = max(parts, key=lambda p: p.area)
        if f.kind == "country" and len(parts) > 1:  # the largest part first, the others if it has no room
            import shapely as _shapely

            home = _shapely.multipolygons([p for p in parts if p.area >= 0.05 * home.area])
        whole = self.to_display(self.proj.geom(_shape(f)))
        spec = self._spec(f, "area", home, leaders=f.kind in ("exclave", "territory", "district"),
                          home_min=0.85 if f.kind in ("country", "sea") else 0.75, rotate=f.kind == "district")

        frame_area = (self.disp[2] - self.disp[0]) * (self.disp[3] - self.disp[1])
        visible_share = disp.area / max(whole.area, 1e-9)
        if f.id in self.req.features:
            spec.must = True
        elif f.kind == "country" and f.role in ("focus", "neighbour"):
            # in frame: most of it, or enough of it to fill a hundredth of the map
            spec.must = visible_share >= 0.5 or disp.area >= 0.01 * frame_area
        elif f.kind == "exclave":  # where it can hold its name (larger type needs a larger scale);
            # smaller than that, the legend names it
            spec.must = visible_share >= 0.3 and self.denominator * self.s <= EXCLAVE_NAMED_SCALE
        elif f.kind == "territory":  # the former NKAO: wherever it is named at all (to 1:6,000,000), and
            # where its name in the page's type fits about it
            spec.must = visible_share >= 0.3 and self.denominator * self.s <= LABEL_RULES["territory"][2]
        elif f.kind == "district":
            spec.must = self.denominator <= KARABAKH_SCALE and visible_share >= 0.3
        if f.kind == "country" and f.role == "other":
            spec.leaders = False
            if f.id in self._route_countries() and (visible_share >= 0.5 or disp.area >= 0.004 * frame_area):
                spec.must = spec.leaders = True  # a country a route crosses (Albania for TAP) is named
        if spec.must and f.kind == "country" and disp.area < 0.01 * frame_area:
            # a small country's name before its capital's: the capital's may stand beside its dot over
            # the border, the country's has nowhere but its own ground
            spec.priority = min(spec.priority, LABEL_RULES["capital"][0] - 0.1)
        self.label_specs.append(spec)

    def _sea_names(self, countries_disp):
        """The names of the open seas in frame (style.SEA_NAMES), each over its own stretch of water:
        the open water about its point, clear of land. A must-have where a twentieth of the map is
        that sea; left out where it is a sliver."""
        import shapely

        from azmap.export.labels import LabelSpec
        from azmap.style import SEA_NAMES

        if not countries_disp:
            return
        inset = shapely.box(*self._inset_box())
        land = shapely.union_all([g.buffer(0) for g in countries_disp.values()])
        water = inset.difference(land)
        if water.is_empty:
            return
        frame_area = inset.area
        priority, size, _ = LABEL_RULES["sea"]
        for sid, (name, lon, lat, reach_km) in SEA_NAMES.items():
            x, y = self.proj.forward(lon, lat)
            p = self.to_display(shapely.Point(x, y))
            if not inset.contains(p):
                continue
            # its own stretch: the open water within its reach of its point (seas join through straits)
            near = water.intersection(p.buffer(reach_km * 1000 * self.ppd))
            part = next((g for g in getattr(near, "geoms", [near]) if g.buffer(0.5).contains(p)), None)
            if part is None or part.area < 0.01 * frame_area:
                continue
            spec = LabelSpec(sid, name, "sea", "area", part, size * self.s, priority, part.area >= 0.05 * frame_area,
                             frozenset(), {"color": "#123e5e", "fontstyle": "italic"}, leaders=False, home_min=0.9)
            spec.min_size = max(5.0 * self.s, spec.size * 0.6)
            self.label_specs.append(spec)

    def _route_countries(self) -> set:
        """The countries crossed by a route drawn on this map (of the year, its layer shown)."""
        cached = self.__dict__.get("_crossed")
        if cached is None:
            shown = set(self.req.layers) if self.req.layers is not None else {k for k, _, _ in LAYERS}
            routes = [r for r in self.gaz.of_kind("route") if visible(r, self.req.year)] if "routes" in shown else []
            cached = self._crossed = {c.id for c in self.gaz.of_kind("country")
                                      if any(_shape(c).intersects(_shape(r)) for r in routes)}
        return cached

    def _route_label(self, f, g):
        import shapely

        inset = self._inset_box()
        disp = shapely.clip_by_rect(self.to_display(g), *inset)
        if disp.is_empty:
            return
        spec = self._spec(f, "line", disp, leaders=True)
        length_mm = disp.length / self.px_per_pt * 25.4 / 72
        from azmap.style import MISSION_ROUTES

        spec.must = f.id in self.req.features or (f.id in MISSION_ROUTES and length_mm >= 10)
        if not spec.must and length_mm < MIN_ROUTE_LABEL_MM:
            return  # a stub at the frame's edge: neither named nor listed
        self.label_specs.append(spec)

    def _point_label(self, f, d, r):
        cls, _, _, max_den = self._rule(f)
        if not self._labelled_here(f, max_den):
            return
        x0, y0, x1, y1 = self.disp
        if not (x0 <= d.x <= x1 and y0 <= d.y <= y1):
            return
        spec = self._spec(f, "point", d, marker_r=r, leaders=True)
        spec.must = f.id in self.req.features or bool(f.properties.get("capital_of"))
        around = [a for a in self.gaz.of_kind("territory") if _shape(a).contains(_shape(f))]
        if around:
            # a town of the former NKAO (Khankendi, Shusha) is named wherever the territory is, and
            # before it: it has far fewer places to go
            spec.priority = min(spec.priority, LABEL_RULES["territory"][0] - 0.1)
            spec.must = spec.must or self._labelled_here(around[0], LABEL_RULES["territory"][2])
        self.label_specs.append(spec)

    def _inset_box(self):
        m = 2.0 * self.px_per_pt * self.s
        x0, y0, x1, y1 = self.disp
        return (x0 + m, y0 + m, x1 - m, y1 - m)

    def _allowed(self, f) -> frozenset:
        """The countries a label of ``f`` may lie over."""
        from shapely.geometry import Point

        if f.kind == "country":
            return frozenset({f.id})
        if f.kind == "sea":
            return frozenset()
        countries = [c for c in self.gaz.of_kind("country")]
        g = _shape(f)
        if f.kind == "route":
            return frozenset(c.id for c in countries if _shape(c).intersects(g))
        p = g if f.geometry_type == "Point" else g.representative_point()
        inside = [c.id for c in countries if _shape(c).contains(p)]
        if inside:
            return frozenset(inside)
        near = min(countries, key=lambda c: _shape(c).distance(Point(p.x, p.y)), default=None)
        return frozenset({near.id}) if near is not None else frozenset()

    def _labels(self, countries_disp, furniture):
        import matplotlib.patheffects as pe

        from azmap.export.labels import Placer

        fig = self.comp.fig
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
                bb = probe.get_window_extent(self.comp.renderer)
                cache[key] = (bb.width * 1.03 + 1, bb.height * 1.02 + 1)
            return cache[key]

        for spec in self.label_specs:
            spec.avoid = tuple(self._avoid(spec, countries_disp))
            if spec.kind == "country" and spec.must:
                # a country's name goes over its own occupied districts, then its own exclave, only
                # where nothing else of it has room
                exclaves = [d for d in self.exclave_disp.values()
                            if not d.buffer(2).contains(spec.geom.representative_point())]
                own = [g for g in spec.avoid if all(g is not d for d in exclaves)]
                spec.fallback_avoid = (tuple(g for g in spec.avoid if all(g is not o for o in own)),)
                if exclaves:
                    spec.fallback_avoid += ((),)
        from azmap.export.pointers import specs as pointer_specs

        self.label_specs += pointer_specs(self)  # toward what the view is about beyond the frame
        placer = Placer(measure, self._inset_box(), self.px_per_pt, reserved=[furniture],
                        countries=countries_disp, lines=self.lines, markers=self.markers)
        self.placements = placer.place_all(self.label_specs)
        probe.remove()
        self._drop_unnamed_points()
        inv = self.ax.transData.inverted()
        halo_w = 2.2 * self.s
        for p in self.placements:
            if not p.placed:
                continue
            spec = p.spec
            x0, y0, x1, y1 = p.box
            cx, cy = inv.transform(((x0 + x1) / 2, (y0 + y1) / 2))
            kw = dict(fontsize=p.size, ha="center", va="center", multialignment="center", linespacing=1.0,
                      zorder=Z_LABEL, parse_math=False, clip_on=False, rotation=p.angle, rotation_mode="anchor",
                      **spec.style)
            halo_colour = SEA_FILL if spec.kind == "sea" else "#ffffff"
            halo = self.ax.text(cx, cy, spec.text, **{**kw, "color": halo_colour, "zorder": Z_LABEL - 0.1},
                                path_effects=[pe.Stroke(linewidth=halo_w, foreground=halo_colour), pe.Normal()])
            halo.set_gid("halo")
            self.ax.text(cx, cy, spec.text, **kw)
            self.occluders.append((Z_LABEL, _box_geom(p.box) if p.corners is None else _polygon(p.corners)))
            if p.leader is not None:
                (ax_, ay_), (bx, by) = p.leader
                (dx0, dy0), (dx1, dy1) = inv.transform([(ax_, ay_), (bx, by)])
                self.ax.plot([dx0, dx1], [dy0, dy1], color="#ffffff", linewidth=1.6 * self.s, alpha=0.8,
                             zorder=Z_LEADER - 0.1, solid_capstyle="round")
                self.ax.plot([dx0, dx1], [dy0, dy1], color="#222222", linewidth=0.6 * self.s, zorder=Z_LEADER,
                             solid_capstyle="round")
                if spec.anchor == "area":
                    self.ax.plot([dx0], [dy0], marker="o", markersize=2.4 * self.s, color="#222222",
                                 markeredgecolor="#ffffff", markeredgewidth=0.5 * self.s, zorder=Z_LEADER,
                                 linestyle="none")

    def _avoid(self, spec, countries_disp) -> list:
        """Ground a label may not lie over though its country is allowed: a name belongs on its own
        part of the map. A district's name not over another district or the former NKAO (nor theirs
        over it); the exclave's not over the mainland nor the occupied areas; a country's not over
        the areas drawn and named apart inside it (the occupied areas, its exclave); nothing of the
        mainland over the exclave."""
        avoid = []
        if spec.kind in ("territory", "district", "country", "exclave"):
            avoid += [d for fid, d in self.occupied_disp.items() if fid != spec.fid]
        for fid, d in self.exclave_disp.items():
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

    def _drop_unnamed_points(self):
        """A town or site whose name found no room is not drawn either: a dot without a name tells
        nothing. Capitals and highlighted features keep their symbol (their names are must-haves)."""
        unnamed = {p.spec.fid for p in self.placements if not p.placed and p.spec.anchor == "point"}
        for fid, (key, artists, footprint, occluder) in self.point_parts.items():
            f = self.gaz.get(fid)
            if fid not in unnamed or f.properties.get("capital_of") or fid in self.req.features:
                continue
            k = self.kinds[key]
            for a in artists:
                a.remove()
            k.artists = [a for a in k.artists if all(a is not b for b in artists)]
            k.footprints = [g for g in k.footprints if g is not footprint]
            self.occluders = [o for o in self.occluders if o[1] is not occluder]

    # relief, graticule, furniture -----------------------------------------------------------------------
    def _hillshade(self):
        import numpy as np
        from matplotlib.patches import Rectangle

        from azmap.export.relief import hillshade_rgba

        x0, y0, x1, y1 = self.frame
        w_px = self.disp[2] - self.disp[0]
        h_px = self.disp[3] - self.disp[1]
        zoom = self.req.dpi / self.comp.fig.dpi
        out_w, out_h = w_px * zoom, h_px * zoom
        raster = Path(self.req.out).suffix.lower() == ".png"
        img = hillshade_rgba(self.proj, self.frame, int(min(out_w, 1400)), display_px=w_px, smooth=not raster)
        if img is None:
            return
        if not raster:  # PDF and SVG: embedded as it is, the viewer scales it
            im = self.ax.imshow(img, extent=(x0, x1, y0, y1), origin="lower", zorder=Z_HILLSHADE,
                                interpolation="none", aspect="auto")
            im.set_clip_path(self.ax.patch)
        else:
            # PNG: resampled smoothly to the page. Resampling holds the page's share of the image in
            # floats (16 bytes a pixel): a large page gets it in tiles of at most 6 megapixels each, each
            # with a margin of the image around it (for the smoothing) and clipped to its own share
            ny, nx = img.shape[:2]
            tiles = max(1, math.ceil(out_w * out_h / 6e6))
            kx = max(1, round(math.sqrt(tiles * out_w / out_h)))
            ky = max(1, math.ceil(tiles / kx))
            xe, ye = np.linspace(x0, x1, nx + 1), np.linspace(y0, y1, ny + 1)
            cols = np.linspace(0, nx, kx + 1).round().astype(int)
            rows = np.linspace(0, ny, ky + 1).round().astype(int)
            for i in range(kx):
                for j in range(ky):
                    c0, c1, r0, r1 = cols[i], cols[i + 1], rows[j], rows[j + 1]
                    m0, m1 = max(c0 - 2, 0), min(c1 + 2, nx)
                    n0, n1 = max(r0 - 2, 0), min(r1 + 2, ny)
                    im = self.ax.imshow(img[n0:n1, m0:m1], extent=(xe[m0], xe[m1], ye[n0], ye[n1]), origin="lower",
                                        zorder=Z_HILLSHADE, interpolation="bilinear", aspect="auto")
                    if kx * ky == 1:
                        im.set_clip_path(self.ax.patch)
                    else:
                        clip = Rectangle((xe[c0], ye[r0]), xe[c1] - xe[c0], ye[r1] - ye[r0], transform=self.ax.transData)
                        im.set_clip_path(clip)
        self.ax.set_xlim(x0, x1)
        self.ax.set_ylim(y0, y1)

    def _graticule(self):
        import numpy as np

        from azmap.export.projection import frame_lonlat_bounds

        ax, s = self.ax, self.s
        x0, y0, x1, y1 = self.frame
        lon0, lat0, lon1, lat1 = frame_lonlat_bounds(self.proj, self.frame)
        step = _grid_step(max(lon1 - lon0, lat1 - lat0))
        style = dict(color="#4a5a68", linewidth=0.35 * s, alpha=0.55, zorder=Z_GRID, gid="graticule")
        text = dict(fontsize=6 * s, color="#333333", clip_on=False, parse_math=False)
        lats = np.linspace(max(lat0 - step, -89.9), min(lat1 + step, 89.9), 120)
        for lon in np.arange(math.ceil(lon0 / step) * step, lon1 + 1e-9, step):
            x, y = self.proj.forward(np.full_like(lats, lon), lats)
            ax.plot(x, y, **style)
            cross = _crossing(y, x, y0)
            if cross is not None and x0 + (x1 - x0) * 0.02 <= cross <= x1 - (x1 - x0) * 0.02:
                ax.annotate(_degrees(lon, "E", "W"), (cross, y0), xytext=(0, -2 * s), textcoords="offset points",
                            ha="center", va="top", **text)
        lons = np.linspace(lon0 - step, lon1 + step, 240)
        for lat in np.arange(math.ceil(lat0 / step) * step, lat1 + 1e-9, step):
            x, y = self.proj.forward(lons, np.full_like(lons, lat))
            ax.plot(x, y, **style)
            cross = _crossing(x, y, x0)
            if cross is not None and y0 + (y1 - y0) * 0.02 <= cross <= y1 - (y1 - y0) * 0.02:
                ax.annotate(_degrees(lat, "N", "S"), (x0, cross), xytext=(-2 * s, 0), textcoords="offset points",
                            ha="right", va="center", **text)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)

    def _furniture_box(self):
        """The scale bar's length and the box (display px) that holds it and the north arrow."""
        x0, y0, x1, y1 = self.frame
        s, u = self.s, self.units_per_pt
        bx, by = x0 + 10 * s * u, y0 + 12 * s * u
        lon, lat = self.proj.inverse(bx + (x1 - x0) * 0.1, by)
        k = self.proj.scale_factor(lon, lat)
        width_km = (x1 - x0) / k / 1000
        limit_km = min(width_km / 4, (x1 - x0) * 0.45 / k / 1000)
        nice = _bar_km(limit_km)
        length = nice * 1000 * k
        self.bar = (bx, by, length, nice)
        w_pt = length / u + 46 * s
        h_pt = 30 * s
        bx0, by0 = x0 + 4 * s * u, y0 + 4 * s * u
        self.furniture_data = (bx0, by0, bx0 + w_pt * u, by0 + h_pt * u)
        d = self.to_display(_box_geom(self.furniture_data))
        return d.bounds

    def _furniture(self, box_disp):
        from matplotlib.patches import Rectangle

        ax, s, u = self.ax, self.s, self.units_per_pt
        bx0, by0, bx1, by1 = self.furniture_data
        ax.add_patch(Rectangle((bx0, by0), bx1 - bx0, by1 - by0, facecolor="white", alpha=0.85, edgecolor="#999999",
                               linewidth=0.4 * s, zorder=Z_FURNITURE))
        self.occluders.append((Z_FURNITURE, _box_geom(box_disp)))
        bx, by, length, nice = self.bar
        h = 3.2 * s * u
        for i in range(4):
            ax.add_patch(Rectangle((bx + i * length / 4, by), length / 4, h, facecolor="#222222" if i % 2 == 0
                                   else "white", edgecolor="#222222", linewidth=0.5 * s, zorder=Z_FURNITURE + 1))
        text = dict(fontsize=6.2 * s, zorder=Z_FURNITURE + 1, parse_math=False)
        ax.text(bx, by + h + 2 * s * u, "0", ha="center", va="bottom", **text)
        ax.text(bx + length, by + h + 2 * s * u, f"{nice:g} km", ha="center", va="bottom", **text)
        from azmap.export.projection import scale_range

        lo, hi = scale_range(self.proj, self.frame)
        k = self.proj.scale_factor(*self.proj.inverse(bx + length / 2, by))
        spread = max(abs(hi / k - 1), abs(lo / k - 1)) * 100
        note = f"±{spread:.1f} % over the map" if spread >= 0.1 else "true over the whole map"
        ax.text(bx + length / 2, by - 2 * s * u, note, ha="center", va="top",
                fontsize=4.8 * s, color="#444444", zorder=Z_FURNITURE + 1, parse_math=False)
        # north arrow, pointing to the pole from where it stands
        ax_x, ax_y = bx + length + 22 * s * u, by - 2 * s * u
        lon, lat = self.proj.inverse(ax_x, ax_y)
        angle = math.radians(self.proj.north_angle(lon, lat))
        dx, dy = -math.sin(angle), math.cos(angle)
        L = 13 * s * u
        ax.annotate("", xy=(ax_x + dx * L, ax_y + dy * L), xytext=(ax_x, ax_y),
                    arrowprops=dict(arrowstyle="-|>", color="#222222", linewidth=1.1 * s, mutation_scale=8 * s,
                                    shrinkA=0, shrinkB=0), zorder=Z_FURNITURE + 1)
        ax.text(ax_x + dx * (L + 5 * s * u), ax_y + dy * (L + 5 * s * u), "N", ha="center", va="center",
                fontsize=8 * s, fontweight="bold", zorder=Z_FURNITURE + 1, parse_math=False, gid="north-arrow")

    # what is visible ---------------------------------------------------------------------------------------
    def _beyond_data(self):
        """Where the frame reaches past the map's data (it pads a subject rather than crop it): drawn
        as blank paper, finely hatched, and listed in the legend. The part in display pixels, or None."""
        from matplotlib.patches import PathPatch

        from azmap.export.projection import _data_outline

        outside = self.frame_geom.difference(_data_outline(self.proj.proj4))
        if outside.is_empty or outside.area < 1e-4 * self.frame_geom.area:
            return None
        path = _path(outside)
        self.kind("nodata", "Beyond the map's data", [{"type": "fill", "colour": NODATA_FILL},
                                                     {"type": "hatch", "colour": "#c8c8c8", "hatch": "...."}],
                  LEGEND_ORDER.index("nodata") * 100)
        fill = PathPatch(path, facecolor=NODATA_FILL, edgecolor="none", zorder=Z_NODATA, transform=self.ax.transData)
        hatch = PathPatch(path, facecolor="none", edgecolor="#c8c8c8", hatch="....", linewidth=0, zorder=Z_NODATA,
                          transform=self.ax.transData)
        disp = self.to_display(outside)
        self.add("nodata", [fill, hatch], disp)
        self.occluders.append((Z_NODATA, disp))
        return disp

    def _visibility(self):
        import shapely

        frame = self.to_display(self.frame_geom)
        px_per_mm = self.comp.fig.dpi / 25.4
        z_of = {}
        for key, k in self.kinds.items():
            zs = [a.get_zorder() for a in k.artists if a is not self.ax.patch]
            z_of[key] = min(zs) if zs else 0
        for key, k in self.kinds.items():
            if not k.footprints:
                continue
            shown = shapely.union_all([shapely.intersection(g, frame) for g in k.footprints])
            above = [g for z, g in self.occluders if z > z_of[key]]
            if above:
                cover = shapely.union_all(above)
                shown = shapely.difference(shown, cover)
            k.visible_mm2 = shown.area / px_per_mm ** 2

    def legend_kinds(self):
        from azmap.export.legend import MIN_VISIBLE_MM2

        return sorted((k for k in self.kinds.values()
                       if k.visible_mm2 >= (MIN_ROUTE_MM2 if k.key.startswith("route-") else MIN_VISIBLE_MM2)),
                      key=lambda k: k.order)


def _layer_of(f) -> str:
    from azmap.style import style_for

    return style_for(f).layer


def _rank(gaz, fid) -> int:
    for i, f in enumerate(gaz):
        if f.id == fid:
            return i
    return 99


def _text_style(f, cls) -> dict:
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
        return {"color": _darker(ROUTE_COLOURS.get(f.id, "#222222")), "fontweight": "bold"}
    if cls == "capital":
        return {"color": "#111111", "fontweight": "bold"}
    if cls == "site":
        return {"color": "#222222", "fontstyle": "italic"}
    return {"color": "#222222"}


def _darker(hex_colour: str) -> str:
    """A route's colour, darkened until black text rules would call it legible on white."""
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    f = min(1.0, 0.32 / lum) if lum > 0 else 1.0
    return "#" + "".join(f"{int(round(v * f * 255)):02x}" for v in (r, g, b))


def _polygon(corners):
    from shapely.geometry import Polygon

    return Polygon(corners)


def _box_geom(box):
    from shapely.geometry import box as sbox

    return sbox(*box)


def _path(g):
    """A matplotlib Path of a (multi)polygon with its holes."""
    import numpy as np
    from matplotlib.path import Path

    verts, codes = [], []
    for poly in getattr(g, "geoms", [g]):
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        for ring in [poly.exterior, *poly.interiors]:
            c = np.asarray(ring.coords)
            if len(c) < 3:
                continue
            verts.append(c)
            rc = np.full(len(c), Path.LINETO, dtype=np.uint8)
            rc[0] = Path.MOVETO
            rc[-1] = Path.CLOSEPOLY
            codes.append(rc)
    if not verts:
        return Path(np.zeros((1, 2)), [Path.MOVETO])
    return Path(np.concatenate(verts), np.concatenate(codes))


def _crossing(a, b, value):
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


BAR_KM = (1000, 500, 300, 200, 100, 50, 20, 10, 5)


def _bar_km(limit: float) -> float:
    """The length of the scale bar: the longest of BAR_KM not above ``limit`` km, else the longest
    1, 2 or 5 × 10^k (a map a few km across, on a narrow page)."""
    nice = next((v for v in BAR_KM if v <= limit), None)
    if nice is None:
        k = math.floor(math.log10(limit))
        nice = next((m * 10.0 ** k for m in (5, 2, 1) if m * 10.0 ** k <= limit), 10.0 ** k)
    return nice


# -- the locator ---------------------------------------------------------------------------------------------------

_LOCATOR_CACHE: dict = {}


def _locator(fig, rect, gaz, proj, frame, s):
    """A small map of the whole region with the map's frame drawn on it (its true, curved outline)."""
    import numpy as np
    from matplotlib.collections import PathCollection

    from azmap.export.projection import PrintProjection, fit_frame

    ax = fig.add_axes(rect)
    w_in, h_in = fig.get_size_inches()
    aspect = (rect[2] * w_in) / (rect[3] * h_in)
    region = PrintProjection(EXTENT)
    lframe = fit_frame(region, EXTENT, aspect)
    ax.set_xlim(lframe[0], lframe[2])
    ax.set_ylim(lframe[1], lframe[3])
    ax.set_aspect("equal", adjustable="box")
    ax.set_facecolor(SEA_FILL)
    ax.set_xticks([])
    ax.set_yticks([])
    for sp in ax.spines.values():
        sp.set_linewidth(0.6 * s)
    key = (id(gaz), len(gaz))
    shapes = _LOCATOR_CACHE.get(key)
    if shapes is None:
        shapes = []
        for f in gaz.of_kind("country"):
            g = region.geom(_shape(f).simplify(0.05, preserve_topology=True))
            shapes.append((f.id, _path(g)))
        _LOCATOR_CACHE.clear()
        _LOCATOR_CACHE[key] = shapes
    others = [p for fid, p in shapes if fid != "azerbaijan"]
    focus = [p for fid, p in shapes if fid == "azerbaijan"]
    ax.add_collection(PathCollection(others, facecolors=OTHER_COUNTRY_FILL, edgecolors="#9a9a9a",
                                     linewidths=0.25 * s, zorder=2), autolim=False)
    ax.add_collection(PathCollection(focus, facecolors="#e0b53c", edgecolors="#5a4a1a", linewidths=0.4 * s,
                                     zorder=3), autolim=False)
    x0, y0, x1, y1 = frame
    t = np.linspace(0, 1, 25)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full_like(t, x1), x1 - (x1 - x0) * t, np.full_like(t, x0)])
    ys = np.concatenate([np.full_like(t, y0), y0 + (y1 - y0) * t, np.full_like(t, y1), y1 - (y1 - y0) * t])
    lon, lat = proj.inverse(xs, ys)
    lx, ly = region.forward(lon, lat)
    ax.plot(lx, ly, color="#d6004c", linewidth=1.1 * s, zorder=5)
    ax.text(0.03, 0.04, "Locator", transform=ax.transAxes, fontsize=5.5 * s, color="#333333", zorder=6,
            parse_math=False)
    return ax
