"""The shaded relief for print: the light and shade of the bundled relief image without its colours.

The live map lays the coloured relief (green lowlands, brown mountains, blue sea) under translucent
fills. In print the fills are opaque so that they keep their colours (and their greyscale steps);
the relief goes on top of them as shade alone: the image's lightness less its local average (over
land only, so coasts get no rim), dark where it is darker, light where it is lighter. It is warped
from the image's Web Mercator rows into the print projection at about the image's own detail, then
resampled with a bicubic kernel to the page's pixels (PNG) or to 150-240 ppi (PDF, SVG): smooth at any
enlargement, with no blocks for a viewer to show.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from azmap.export.stacking import Z_HILLSHADE
from azmap.paths import GEODATA_DIR

SHADE_GAIN = 0.007  # alpha per unit of lightness (0-255) away from the local average
MAX_DARK, MAX_LIGHT = 0.26, 0.16


@lru_cache(maxsize=1)
def _relief():
    """(RGB array, bounds (s, w, n, e)) of the bundled relief image, or None without one."""
    from PIL import Image

    try:
        meta = json.loads((GEODATA_DIR / "relief.json").read_text(encoding="utf-8"))
        with Image.open(GEODATA_DIR / "relief.jpg") as img:
            rgb = np.asarray(img.convert("RGB"))
    except (OSError, ValueError):
        return None
    (s, w), (n, e) = meta["bounds"]
    return rgb, (s, w, n, e)


SOFTEN = 1.5  # px of the image: its JPEG blocks and single-pixel speckle are not terrain
MARGIN = 24  # image pixels around a window: the local average reaches about 18 pixels


@lru_cache(maxsize=4)
def _shade(r0: int, r1: int, c0: int, c1: int):
    """The shade (lightness less its local average over land) of the image's rows r0:r1 and columns
    c0:c1, computed from the window and a margin around it."""
    from PIL import Image, ImageFilter

    rgb, _ = _relief()
    rows, cols = rgb.shape[:2]
    R0, R1, C0, C1 = max(r0 - MARGIN, 0), min(r1 + MARGIN, rows), max(c0 - MARGIN, 0), min(c1 + MARGIN, cols)
    part = rgb[R0:R1, C0:C1].astype(np.float32)
    r, g, b = part[..., 0], part[..., 1], part[..., 2]
    lum = 0.299 * r + 0.587 * g + 0.114 * b
    water = (b > r + 18) & (b >= g - 4)  # the image's seas and lakes are its only blue
    land = (~water).astype(np.float32)

    def blur(a, radius):  # 8 bits are enough for an average of lightness
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode="L")
        return np.asarray(im.filter(ImageFilter.GaussianBlur(radius)), dtype=np.float32)

    weight = blur(land * 255, 6) / 255
    mean = blur(lum * land, 6) / np.maximum(weight, 1e-3)
    detail = (lum - mean) * land
    # a touch of smoothing: the image's JPEG blocks and single-pixel speckle are not terrain
    detail = (blur(detail + 128, SOFTEN) - 128) * land
    return detail[r0 - R0:r1 - R0, c0 - C0:c1 - C0]


def _inverse_grid(proj, gx, gy, step=8):
    """Longitudes and latitudes (flat arrays, rows of ``gy`` by columns of ``gx``) of a grid of
    projected points, inverted at every ``step``-th point and interpolated linearly between."""
    nx, ny = len(gx), len(gy)
    cx = np.unique(np.r_[np.arange(0, nx, step), nx - 1])
    cy = np.unique(np.r_[np.arange(0, ny, step), ny - 1])
    mx, my = np.meshgrid(gx[cx], gy[cy])
    lon, lat = proj.inverse(mx.ravel(), my.ravel())
    lon = np.asarray(lon, dtype=np.float64).reshape(len(cy), len(cx))
    lat = np.asarray(lat, dtype=np.float64).reshape(len(cy), len(cx))

    def spread(a):
        rows = np.array([np.interp(np.arange(nx), cx, r) for r in a])
        return np.array([np.interp(np.arange(ny), cy, c) for c in rows.T]).T

    return spread(lon).ravel(), spread(lat).ravel()


def _merc_y(lat):
    return np.log(np.tan(np.pi / 4 + np.radians(np.clip(lat, -85, 85)) / 2))


SAMPLES_PER_SOURCE_PX = 1.5  # the shade is sampled at about the image's own detail (finer is blur) ...
RASTER_MAX_MEGAPIXELS = 1.0
VECTOR_PPI = (150, 240)  # ... and resampled smoothly to the page's pixels (PNG) or, in PDF and SVG, to
# the page's dpi within these (a viewer may draw an embedded image's pixels as blocks: at 200 ppi and
# more they are too small to see, and the file stays a few megabytes)


def shade_grid(proj, frame, display_px: float | None = None):
    """The shade over ``frame`` in ``proj`` sampled at about the image's own detail: (values, rows
    from the bottom, in lightness units away from the local average; the gain, alpha per unit), or
    None without a relief image. Where the image's pixels would be enlarged more than 1.6 times on a
    page ``display_px`` wide (at 100 dpi) the gain fades: blurred relief is noise, not terrain."""
    relief = _relief()
    if relief is None:
        return None
    rgb, (s, w, n, e) = relief
    rows, cols = rgb.shape[:2]
    x0, y0, x1, y1 = frame
    from azmap.export.projection import frame_lonlat_bounds

    lon0, lat0, lon1, lat1 = frame_lonlat_bounds(proj, frame)
    src_px = (lon1 - lon0) / (e - w) * cols
    nx = int(max(64, min(src_px * SAMPLES_PER_SOURCE_PX, 1400)))
    gain = SHADE_GAIN
    if display_px:
        gain *= min(1.0, max(0.3, 1.6 / (display_px / max(src_px, 1.0))))
    ny = int(max(32, round(nx * (y1 - y0) / (x1 - x0))))
    # sample centres: the middle of each of nx by ny cells over the frame
    gx = x0 + (np.arange(nx) + 0.5) * (x1 - x0) / nx
    gy = y0 + (np.arange(ny) + 0.5) * (y1 - y0) / ny
    # the projection is smooth: inverted on a grid 8 times coarser, the rest interpolated
    lon, lat = _inverse_grid(proj, gx, gy)
    c = (lon - w) / (e - w) * cols - 0.5
    top, bottom = _merc_y(n), _merc_y(s)
    r = (top - _merc_y(lat)) / (top - bottom) * rows - 0.5
    inside = (c >= 0) & (c <= cols - 1) & (r >= 0) & (r <= rows - 1)
    c = np.clip(c, 0, cols - 1.001)
    r = np.clip(r, 0, rows - 1.001)
    # the shade of the part of the image the frame covers (a window rounded to 16 pixels, so that
    # nearby frames share it)
    wr0, wr1 = int(r.min()) // 16 * 16, min(-(-(int(r.max()) + 2) // 16) * 16, rows)
    wc0, wc1 = int(c.min()) // 16 * 16, min(-(-(int(c.max()) + 2) // 16) * 16, cols)
    detail = _shade(wr0, wr1, wc0, wc1)
    c0, r0 = np.floor(c).astype(int), np.floor(r).astype(int)
    fc, fr = c - c0, r - r0
    c0, r0 = c0 - wc0, r0 - wr0
    v = (detail[r0, c0] * (1 - fc) * (1 - fr) + detail[r0, c0 + 1] * fc * (1 - fr)
         + detail[r0 + 1, c0] * (1 - fc) * fr + detail[r0 + 1, c0 + 1] * fc * fr)
    return np.where(inside, v, 0.0).reshape(ny, nx).astype(np.float32), gain


def hillshade_rgba(proj, frame, size, display_px: float | None = None):
    """An RGBA image (rows from the bottom) of the shade over ``frame`` in ``proj``, ``size`` (width,
    height) pixels, or None: the shade sampled at the image's own detail (``shade_grid``) and
    resampled to ``size`` with a bicubic kernel (smooth: no blocks nor facets however far it is
    enlarged), dark where the land is darker than about it, light where it is lighter."""
    from PIL import Image

    grid = shade_grid(proj, frame, display_px)
    if grid is None:
        return None
    v, gain = grid
    w, h = (max(1, int(round(d))) for d in size)
    # resampled top row first, as images are
    v = np.asarray(Image.fromarray(np.ascontiguousarray(v[::-1]), mode="F").resize(
        (w, h), Image.Resampling.BICUBIC))[::-1]
    out = np.empty((h, w, 4), dtype=np.uint8)
    light = v > 0
    out[..., 0] = np.where(light, np.uint8(255), np.uint8(30))
    out[..., 1] = out[..., 0]
    out[..., 2] = np.where(light, np.uint8(255), np.uint8(40))
    alpha = np.abs(v)
    alpha *= gain
    np.minimum(alpha, np.where(light, MAX_LIGHT, MAX_DARK), out=alpha)
    alpha *= 255
    out[..., 3] = np.round(alpha)
    return out


def draw_relief(md):
    """The shade over the map ``md`` (a ``MapDrawing``), above the fills and under the rest: in a PNG
    at the page's own pixels, in PDF and SVG at the page's dpi within ``VECTOR_PPI``."""
    from matplotlib.patches import Rectangle

    x0, y0, x1, y1 = md.frame
    w_px = md.disp[2] - md.disp[0]
    h_px = md.disp[3] - md.disp[1]
    zoom = md.req.dpi / md.comp.fig.dpi
    out_w, out_h = w_px * zoom, h_px * zoom
    raster = Path(md.req.out).suffix.lower() == ".png"
    if not raster:  # PDF and SVG: embedded as it is, the viewer scales it
        ppi = min(max(md.req.dpi, VECTOR_PPI[0]), VECTOR_PPI[1])
        k = ppi / md.comp.fig.dpi
        img = hillshade_rgba(md.proj, md.frame, (w_px * k, h_px * k), display_px=w_px)
        if img is None:
            return
        im = md.ax.imshow(img, extent=(x0, x1, y0, y1), origin="lower", zorder=Z_HILLSHADE,
                          interpolation="none", aspect="auto")
        im.set_clip_path(md.ax.patch)
    else:
        # PNG: at the page's pixels, or on a large page at as many as RASTER_MAX_MEGAPIXELS (the
        # shade is smooth: drawn on the page at up to twice its pixels' size, bilinear, it stays so)
        k = min(1.0, math.sqrt(RASTER_MAX_MEGAPIXELS * 1e6 / max(out_w * out_h, 1.0)))
        img = hillshade_rgba(md.proj, md.frame, (out_w * k, out_h * k), display_px=w_px)
        if img is None:
            return
        # Drawing holds the page's share of the image in floats (16 bytes a pixel): a large page gets
        # it in tiles of at most 6 megapixels each, each with a margin of the image around it and
        # clipped to its own share
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
                im = md.ax.imshow(img[n0:n1, m0:m1], extent=(xe[m0], xe[m1], ye[n0], ye[n1]), origin="lower",
                                  zorder=Z_HILLSHADE, interpolation="bilinear", aspect="auto")
                if kx * ky == 1:
                    im.set_clip_path(md.ax.patch)
                else:
                    clip = Rectangle((xe[c0], ye[r0]), xe[c1] - xe[c0], ye[r1] - ye[r0], transform=md.ax.transData)
                    im.set_clip_path(clip)
    md.ax.set_xlim(x0, x1)
    md.ax.set_ylim(y0, y1)
