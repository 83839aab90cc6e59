"""Matplotlib's settings for one export, and the writers: PNG (our own, fast) and SVG (text as glyph
outlines, with the same text behind them to search and select)."""
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
        # the generic family last: the searchable text of an SVG (see write_svg) names it
        "font.family": [*families(), "sans-serif"], "font.sans-serif": ["DejaVu Sans"],
        "text.usetex": False, "text.parse_math": False,
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


SVG_NS = "http://www.w3.org/2000/svg"


def write_svg(path, fig, dpi, metadata):
    """The page as an SVG whose text is drawn as glyph outlines (it looks the same wherever it is
    opened, whatever fonts the viewer has), with every line of text also present as an invisible
    ``<text>`` element at its place (``<g id="searchable-text">``): found by a viewer's search,
    selected and copied, read by a screen reader. A label's halo is drawn but not repeated there."""
    import io

    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "none"}):
        as_text = io.BytesIO()
        fig.savefig(as_text, format="svg", dpi=dpi, metadata=metadata)
    with matplotlib.rc_context({"svg.fonttype": "path"}):
        as_paths = io.BytesIO()
        fig.savefig(as_paths, format="svg", dpi=dpi, metadata=metadata)
    layer = searchable_text(as_text.getvalue().decode("utf-8"))
    drawn = as_paths.getvalue().decode("utf-8")
    end = drawn.rindex("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write(drawn[:end] + layer + drawn[end:])


def searchable_text(svg: str) -> str:
    """The ``<text>`` elements of an SVG written with text as text, made invisible and gathered in one
    group (those under a ``halo`` group left out: they repeat the name they stand behind)."""
    import xml.etree.ElementTree as ET

    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ET.fromstring(svg)
    out = []

    def walk(el, in_halo):
        in_halo = in_halo or el.get("id") == "halo"
        for child in el:
            if child.tag == f"{{{SVG_NS}}}text":
                if not in_halo:
                    out.append(child)
            else:
                walk(child, in_halo)

    walk(root, False)
    parts = []
    for el in out:
        el.attrib.pop("clip-path", None)
        style = el.get("style", "")
        el.set("style", (style.rstrip("; ") + "; " if style else "") + "fill-opacity: 0; stroke: none")
        el.tail = "\n"
        parts.append(ET.tostring(el, encoding="unicode"))
    return ('<g id="searchable-text" style="fill-opacity: 0; stroke: none">\n' + "".join(parts) + "</g>\n")
