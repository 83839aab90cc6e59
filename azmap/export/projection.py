"""The print projection: a Lambert conformal conic fitted to the extent, and what depends on it
(the frame cropped to the data, the curved graticule, a scale bar true where it stands, a north
arrow that points to the pole).

The live map is Web Mercator, whose scale varies by -17 %/+28 % across the region view and whose
areas swell by 3.4x at 57 N. Print uses a conic with standard parallels at one sixth and five sixths
of the extent's latitudes (Kavrayskiy's rule), which keeps the scale within a few per cent over the
whole region and within 0.1 % over the Caucasus.
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from azmap.features import EXTENT

MIN_SPAN = 0.01  # degrees: a smaller extent (a hand-edited saved view) is widened about its centre


class PrintProjection:
    """Lambert conformal conic for an extent W, S, E, N (degrees), through pyproj."""

    def __init__(self, bbox):
        from pyproj import Proj

        w, s, e, n = bbox
        s, n = max(s, -80.0), min(n, 80.0)
        self.lon0 = round((w + e) / 2, 1)
        self.lat0 = round((s + n) / 2, 1)
        lat1, lat2 = round(s + (n - s) / 6, 1), round(n - (n - s) / 6, 1)
        if abs(lat1 + lat2) < 2:  # a cone cannot straddle the equator symmetrically
            lat1 = lat2 = self.lat0 if abs(self.lat0) >= 1 else 1.0
        self.parallels = (lat1, lat2)
        self.proj4 = (f"+proj=lcc +lat_1={lat1} +lat_2={lat2} +lat_0={self.lat0} +lon_0={self.lon0} "
                      "+x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs")
        self.proj = Proj(self.proj4)  # a Proj is made in a millisecond, a Transformer in thirty

    @property
    def crs(self):
        return self.proj.crs

    # -- points and geometries -------------------------------------------------------------------
    def forward(self, lon, lat):
        return self.proj(lon, lat)

    def inverse(self, x, y):
        return self.proj(x, y, inverse=True)

    def geom(self, g):
        """A shapely geometry in degrees, projected."""
        import shapely

        def f(xy):
            x, y = self.proj(xy[:, 0], xy[:, 1])
            return np.column_stack([x, y])
        return shapely.transform(g, f)

    def scale_factor(self, lon: float, lat: float) -> float:
        """Projected metres per metre on the ground at a point (the same in every direction: conformal)."""
        return float(self.proj.get_factors(lon, lat).parallel_scale)

    def north_angle(self, lon: float, lat: float) -> float:
        """Direction of true north at a point, in degrees anticlockwise from the map's +y axis."""
        x0, y0 = self.forward(lon, lat)
        x1, y1 = self.forward(lon, min(lat + 0.05, 89.9))
        return math.degrees(math.atan2(-(x1 - x0), y1 - y0))

    def describe(self) -> str:
        a, b = self.parallels
        return (f"Lambert conformal conic, standard parallels {_deg(a, 'N', 'S')} and {_deg(b, 'N', 'S')}, "
                f"central meridian {_deg(self.lon0, 'E', 'W')}")


def _deg(value: float, positive: str, negative: str) -> str:
    value = round(value, 6)
    return f"{abs(value):g}°{negative if value < 0 else positive}"


def densified_box(w, s, e, n, steps: int = 48):
    """The outline of a lon/lat box as a list of points, ``steps`` per side (parallels are curves)."""
    t = np.linspace(0, 1, steps, endpoint=False)
    south = np.column_stack([w + (e - w) * t, np.full_like(t, s)])
    east = np.column_stack([np.full_like(t, e), s + (n - s) * t])
    north = np.column_stack([e - (e - w) * t, np.full_like(t, n)])
    west = np.column_stack([np.full_like(t, w), n - (n - s) * t])
    return np.vstack([south, east, north, west])


def clip_to_data(bbox):
    """The part of a bbox (W, S, E, N) that lies over the map's data, widened to MIN_SPAN if tiny."""
    w, s, e, n = (float(v) for v in bbox)
    ew, es, ee, en = EXTENT
    w, s, e, n = max(w, ew), max(s, es), min(e, ee), min(n, en)
    if e - w < MIN_SPAN:
        c = min(max((w + e) / 2, ew + MIN_SPAN / 2), ee - MIN_SPAN / 2)
        w, e = c - MIN_SPAN / 2, c + MIN_SPAN / 2
    if n - s < MIN_SPAN:
        c = min(max((s + n) / 2, es + MIN_SPAN / 2), en - MIN_SPAN / 2)
        s, n = c - MIN_SPAN / 2, c + MIN_SPAN / 2
    return w, s, e, n


@lru_cache(maxsize=8)
def _data_outline(proj4: str):
    """The map's data extent, projected (a curved quadrilateral), as a prepared shapely polygon."""
    import shapely
    from pyproj import Proj
    from shapely.geometry import Polygon

    ring = densified_box(*EXTENT, steps=64)
    x, y = Proj(proj4)(ring[:, 0], ring[:, 1])
    poly = Polygon(np.column_stack([x, y]))
    shapely.prepare(poly)
    return poly


def fit_frame(proj: PrintProjection, bbox, aspect: float, keep=None):
    """The frame (x0, y0, x1, y1 in projected metres) for the map area's aspect (width / height).

    The bbox is grown about its centre to the aspect, so that all of it shows. The frame never
    leaves the data: where the grown frame would reach past the data's edge (a blank band), it
    moves back inside, and if it cannot fit even then, it is cropped to the largest frame of the
    aspect that does, as near the bbox's centre as it can be while it still holds ``keep`` (a
    lon/lat box: what the map is about), if that can be held at all.
    """
    import shapely

    w, s, e, n = clip_to_data(bbox)
    ring = densified_box(w, s, e, n, steps=24)
    x, y = proj.forward(ring[:, 0], ring[:, 1])
    bx0, by0, bx1, by1 = float(np.min(x)), float(np.min(y)), float(np.max(x)), float(np.max(y))
    cx, cy = (bx0 + bx1) / 2, (by0 + by1) / 2
    width, height = bx1 - bx0, by1 - by0
    width, height = _to_aspect(width, height, aspect)
    data = _data_outline(proj.proj4)
    kx0 = ky0 = kx1 = ky1 = None
    if keep is not None:
        kring = densified_box(*keep, steps=12)
        kx, ky = proj.forward(kring[:, 0], kring[:, 1])
        kx0, ky0, kx1, ky1 = float(np.min(kx)), float(np.min(ky)), float(np.max(kx)), float(np.max(ky))

    def centre_for(scale: float, hold: bool):
        hw, hh = width * scale / 2, height * scale / 2
        holds_here = not hold or kx0 is None or (cx - hw <= kx0 and cx + hw >= kx1 and cy - hh <= ky0
                                                 and cy + hh >= ky1)
        if holds_here and data.contains(shapely.box(cx - hw, cy - hh, cx + hw, cy + hh)):
            return cx, cy
        hold = hold and kx0 is not None
        if hold:  # the centres that hold the box form a rectangle: search it
            ax0, ax1, ay0, ay1 = kx1 - hw, kx0 + hw, ky1 - hh, ky0 + hh
            if ax0 > ax1 or ay0 > ay1:
                return None
            windows = [((ax0, ax1), (ay0, ay1))]
        else:
            dx0, dy0, dx1, dy1 = data.bounds
            span = max(dx1 - dx0, dy1 - dy0)
            windows = [((cx - span, cx + span), (cy - span, cy + span))]
        best = None
        for step in range(2):  # a coarse search, then a fine one about the best
            if step == 1:
                (a0, a1), (b0, b1) = windows[0]
                rx, ry = (a1 - a0) / 20, (b1 - b0) / 20
                bx_, by_ = best
                windows = [((max(a0, bx_ - rx), min(a1, bx_ + rx)), (max(b0, by_ - ry), min(b1, by_ + ry)))]
            (a0, a1), (b0, b1) = windows[0]
            gx, gy = np.meshgrid(np.linspace(a0, a1, 41), np.linspace(b0, b1, 41))
            gx, gy = gx.ravel(), gy.ravel()
            ok = shapely.contains(data, shapely.box(gx - hw, gy - hh, gx + hw, gy + hh))
            if not ok.any():
                if best is None:
                    return None
                break
            d = (gx[ok] - cx) ** 2 + (gy[ok] - cy) ** 2
            i = int(np.argmin(d))
            best = (float(gx[ok][i]), float(gy[ok][i]))
        return best

    def largest(hold):
        """The largest scale (at most 1) at which a frame fits, and its centre."""
        c = centre_for(1.0, hold)
        if c is not None:
            return 1.0, c
        dx0, dy0, dx1, dy1 = data.bounds
        hi = min(1.0, (dx1 - dx0) / width, (dy1 - dy0) / height)
        lo = hi / 1000
        if hold:  # the frame must at least be as large as what it holds
            lo = max(lo, (kx1 - kx0) / width, (ky1 - ky0) / height) * 1.001
            if lo > hi:
                return 0.0, None
        found = centre_for(lo, hold)
        if found is None:
            return 0.0, None
        for _ in range(16):
            mid = (lo + hi) / 2
            c = centre_for(mid, hold)
            if c is not None:
                lo, found = mid, c
            else:
                hi = mid
        return lo, found

    scale, found = largest(hold=False)
    if scale < 1.0 and kx0 is not None:
        # cropped: keep what the map is about, unless that costs more than a third of the frame
        held_scale, held = largest(hold=True)
        if held is not None and held_scale >= 0.66 * scale:
            scale, found = held_scale, held
    if found is None:  # cannot happen for a bbox over the data; keep the bbox's own frame
        found, scale = (cx, cy), 1.0
    fx, fy = found
    hw, hh = width * scale / 2, height * scale / 2
    return fx - hw, fy - hh, fx + hw, fy + hh


def frame_lonlat_bounds(proj: PrintProjection, frame):
    """The lon/lat box that holds the frame (its edges sampled)."""
    x0, y0, x1, y1 = frame
    t = np.linspace(0, 1, 33)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full_like(t, x1), x1 - (x1 - x0) * t, np.full_like(t, x0)])
    ys = np.concatenate([np.full_like(t, y0), y0 + (y1 - y0) * t, np.full_like(t, y1), y1 - (y1 - y0) * t])
    lon, lat = proj.inverse(xs, ys)
    return float(np.min(lon)), float(np.min(lat)), float(np.max(lon)), float(np.max(lat))


def scale_range(proj: PrintProjection, frame) -> tuple[float, float]:
    """The least and greatest scale factor over the frame (a 9 x 9 grid)."""
    x0, y0, x1, y1 = frame
    gx, gy = np.meshgrid(np.linspace(x0, x1, 9), np.linspace(y0, y1, 9))
    lon, lat = proj.inverse(gx.ravel(), gy.ravel())
    k = np.asarray(proj.proj.get_factors(lon, lat).parallel_scale)
    return float(k.min()), float(k.max())


def _keep_rect(proj: PrintProjection, keep):
    kring = densified_box(*keep, steps=16)
    kx, ky = proj.forward(kring[:, 0], kring[:, 1])
    return float(np.min(kx)), float(np.min(ky)), float(np.max(kx)), float(np.max(ky))


def holds(frame, rect, tol: float = 1e-6) -> bool:
    """Whether the frame (x0, y0, x1, y1) holds the rectangle, within ``tol`` of the frame's size."""
    x0, y0, x1, y1 = frame
    t = tol * max(x1 - x0, y1 - y0)
    return rect[0] >= x0 - t and rect[1] >= y0 - t and rect[2] <= x1 + t and rect[3] <= y1 + t


def beyond_data_share(proj: PrintProjection, frame) -> float:
    """The share of the frame that lies beyond the map's data (drawn blank)."""
    import shapely

    f = shapely.box(*frame)
    return float(f.difference(_data_outline(proj.proj4)).area / f.area)


def subject_frame(proj: PrintProjection, bbox, aspect: float, keep=None):
    """The frame for ``aspect`` that holds ``keep`` (a lon/lat box: what the map is about) whole: the
    bbox fitted to the data as ``fit_frame`` fits it where that holds the subject; where it would
    crop the subject, the subject's own rectangle grown to the aspect and slid, within what still
    holds the subject, to leave as little of it beyond the data as it can (that part is drawn
    blank: the frame pads, it never crops). Returns the frame and its share beyond the data."""
    import shapely

    frame = fit_frame(proj, bbox, aspect, keep=keep)
    if keep is None:
        return frame, beyond_data_share(proj, frame)
    k = _keep_rect(proj, keep)
    if holds(frame, k, tol=0.002):
        return frame, beyond_data_share(proj, frame)
    kx0, ky0, kx1, ky1 = k
    width, height = kx1 - kx0, ky1 - ky0
    width, height = _to_aspect(width, height, aspect)
    data = _data_outline(proj.proj4)
    # the frame's lower-left corner may slide over [kx1 - width, kx0] x [ky1 - height, ky0]
    xs = np.linspace(kx1 - width, kx0, 21) if width > kx1 - kx0 else np.array([kx0])
    ys = np.linspace(ky1 - height, ky0, 21) if height > ky1 - ky0 else np.array([ky0])
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    boxes = shapely.box(gx, gy, gx + width, gy + height)
    inside = shapely.area(shapely.intersection(boxes, data))
    cx, cy = (kx0 + kx1) / 2, (ky0 + ky1) / 2
    centre_d = np.hypot(gx + width / 2 - cx, gy + height / 2 - cy) / max(width, height)
    i = int(np.argmax(inside - 1e-3 * centre_d * width * height))
    frame = (float(gx[i]), float(gy[i]), float(gx[i] + width), float(gy[i] + height))
    return frame, beyond_data_share(proj, frame)


def subject_aspect(proj: PrintProjection, bbox, aspect: float, keep=None, *, max_beyond: float = 0.02):
    """The aspect nearest ``aspect`` (going toward the subject's own) at which the frame holds the
    subject with at most ``max_beyond`` of it beyond the data; a page whose map area is of another
    shape gives the map this aspect and the rest of the area to the page (letterboxed)."""
    frame, share = subject_frame(proj, bbox, aspect, keep)
    if share <= max_beyond or keep is None:
        return aspect
    kx0, ky0, kx1, ky1 = _keep_rect(proj, keep)
    own = (kx1 - kx0) / (ky1 - ky0)
    best = (share, aspect)
    for t in np.linspace(0.1, 1.0, 10):
        a = float(aspect * (own / aspect) ** t)
        _, sh = subject_frame(proj, bbox, a, keep)
        if sh <= max_beyond:
            return a
        best = min(best, (sh, a))
    return best[1]


def _to_aspect(width: float, height: float, aspect: float) -> tuple[float, float]:
    """The smallest width × height of the given aspect (width / height) holding width × height."""
    if width / height > aspect:
        return width, width / aspect
    return height * aspect, height
