"""Matplotlib's settings for one export, and the PNG writer."""
from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def print_settings(scale: float = 1.0):
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


def write_png(path, fig, dpi, size, title):
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
