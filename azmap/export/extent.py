"""The map's extent: the named views and what each is about, the extent a request resolves to, the
subject a frame must hold whole, and the live map's Web Mercator framing of an extent."""
from __future__ import annotations

import math

from azmap.export.request import ExportError, ExportRequest
from azmap.export.shapes import geom_of
from azmap.features import EXTENT


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

# -- Web Mercator: the live map's projection ---------------------------------------------------------------
# Print does not use it (see projection.py); these frame an extent the way the screen does.

def merc(lon, lat):
    x = math.radians(lon) * 6378137.0
    y = math.log(math.tan(math.pi / 4 + math.radians(max(min(lat, 85), -85)) / 2)) * 6378137.0
    return x, y


def inverse_lat(y):
    return math.degrees(2 * math.atan(math.exp(y / 6378137.0)) - math.pi / 2)


MIN_SPAN = 0.01  # degrees: a smaller extent (a hand-edited saved view) is widened about its centre
CONTEXT = 0.5  # around the map's extent, a Mercator frame shows at most this fraction of its size each way


def fit_bbox_to_aspect(bbox, aspect):
    """The bbox in Web Mercator metres, grown about its centre to ``aspect``, but no further than the
    map's extent with half its size around it (or the bbox, if that is larger)."""
    w, s, e, n = bbox
    if e - w < MIN_SPAN:
        w, e = (w + e) / 2 - MIN_SPAN / 2, (w + e) / 2 + MIN_SPAN / 2
    if n - s < MIN_SPAN:
        s, n = (s + n) / 2 - MIN_SPAN / 2, (s + n) / 2 + MIN_SPAN / 2
    x0, y0 = merc(w, s)
    x1, y1 = merc(e, n)
    ew, es, ee, en = EXTENT
    pad_x, pad_y = (ee - ew) * CONTEXT, (en - es) * CONTEXT
    lx0, ly0 = merc(min(w, ew - pad_x), max(min(s, es - pad_y), -85))
    lx1, ly1 = merc(max(e, ee + pad_x), min(max(n, en + pad_y), 85))
    if (x1 - x0) / (y1 - y0) > aspect:
        y0, y1 = grown(y0, y1, (x1 - x0) / aspect, ly0, ly1)
    else:
        x0, x1 = grown(x0, x1, (y1 - y0) * aspect, lx0, lx1)
    return x0, y0, x1, y1


def grown(a, b, length, lo, hi):
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


def subject_box(req, gaz, bbox):
    """What the frame must hold whole (lon/lat W, S, E, N), whatever the page's shape: a given or
    saved extent all of it; else the highlighted features; else what the named view is about."""
    from shapely.geometry import box

    from azmap.export.projection import clip_to_data

    saved = req.view is not None and req.view not in VIEWS
    if req.bbox or saved:
        return clip_to_data(bbox)
    pad = 0.0
    if req.features and req.view is None:
        shapes = [geom_of(gaz.get(f)) for f in req.features]
    else:  # a named view's subject, and what is highlighted on it
        pad = SUBJECT_PAD
        names = list(VIEW_SUBJECTS.get(req.view or DEFAULT_VIEW, ())) + list(req.features)
        shapes = [geom_of(gaz.get(fid)) for fid in names if fid in gaz]
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
