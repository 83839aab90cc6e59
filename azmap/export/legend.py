"""Symbols, drawn the same way on the map and in the legend, and the legend of what is visible.

A symbol is a list of layers (a fill with its hatching, an outline with its dash pattern, a line
with its casing, a marker). The map draws each feature with its symbol; the legend draws a swatch
with the very same layers, so a dashed outline or a hatching in the legend is the one on the map.

Each kind of thing drawn has a legend key (``route-btc``, ``district-fully``, ``country-armenia``,
``sea``, ``capital`` ...). The renderer records, for every key, the artists that draw it and the
footprint they cover; the legend lists a key only if at least ``MIN_VISIBLE_MM2`` of its footprint
is visible in the frame, not hidden under what is drawn above it (routes, symbols, labels).
"""
from __future__ import annotations

from dataclasses import dataclass, field

MIN_VISIBLE_MM2 = 1.0  # a kind with less than this much visible on paper is not in the legend


@dataclass
class DrawnKind:
    key: str
    label: str
    symbol: list  # layers, see draw_fill / draw_line / draw_marker
    order: int  # place in the legend
    artists: list = field(default_factory=list)
    footprints: list = field(default_factory=list)  # shapely geometries in display pixels
    visible_mm2: float = 0.0


@dataclass
class LegendEntry:
    key: str
    label: str
    visible_mm2: float
    swatch: str = ""  # the colour that stands for it (its fill, line or marker), "#rrggbb"
    line: bool = False  # drawn as a line (a route), not an area or a symbol


def swatch_of(symbol) -> tuple[str, bool]:
    """The colour a legend entry is known by, and whether it is a line: the first opaque fill, line or
    marker of its symbol that is not a white halo."""
    for layer in symbol:
        t = layer.get("type")
        colour = layer.get("colour") or layer.get("face") or ""
        if t in ("fill", "line", "hatch", "marker") and colour.lower() not in ("#ffffff", "white", ""):
            return colour, t == "line"
    for layer in symbol:
        if layer.get("type") == "outline":
            return layer.get("colour", "#000000"), False
    return "#000000", False


# -- drawing a symbol ---------------------------------------------------------------------------------

def patch_layers(path, symbol, zorder, transform=None, scale=1.0):
    """Artists for a filled or outlined shape (``path``: a matplotlib Path) drawn with ``symbol``."""
    from matplotlib.patches import PathPatch

    out = []
    for i, layer in enumerate(symbol):
        t = layer["type"]
        z = zorder + layer.get("dz", 0) + i * 0.01
        if t == "fill":
            out.append(PathPatch(path, facecolor=layer["colour"], alpha=layer.get("alpha", 1.0), edgecolor="none",
                                 linewidth=0, zorder=z, transform=transform))
        elif t == "hatch":
            out.append(PathPatch(path, facecolor="none", edgecolor=layer["colour"], alpha=layer.get("alpha", 1.0),
                                 hatch=layer["hatch"], linewidth=0, zorder=z, transform=transform))
        elif t == "outline":
            out.append(PathPatch(path, facecolor="none", edgecolor=layer["colour"], alpha=layer.get("alpha", 1.0),
                                 linewidth=layer["width"] * scale, linestyle=_dash(layer.get("dash"), scale),
                                 capstyle="butt", joinstyle="round", zorder=z, transform=transform))
    return out


def line_layers(xs, ys, symbol, zorder, transform=None, scale=1.0):
    """Artists for a line drawn with ``symbol`` (casing, the line itself, a highlight)."""
    from matplotlib.lines import Line2D

    out = []
    for i, layer in enumerate(symbol):
        z = zorder + layer.get("dz", 0) + i * 0.01
        cap = layer.get("cap", "round" if layer.get("dash") is None else "butt")
        out.append(Line2D(xs, ys, color=layer["colour"], alpha=layer.get("alpha", 1.0),
                          linewidth=layer["width"] * scale, linestyle=_dash(layer.get("dash"), scale),
                          solid_capstyle=cap, dash_capstyle=cap, solid_joinstyle="round", dash_joinstyle="round",
                          zorder=z, transform=transform))
    return out


def marker_layers(x, y, symbol, zorder, transform=None, scale=1.0):
    from matplotlib.lines import Line2D

    out = []
    for i, layer in enumerate(symbol):
        z = zorder + layer.get("dz", 0) + i * 0.01
        out.append(Line2D([x], [y], linestyle="none", marker=layer["marker"], markersize=layer["size"] * scale,
                          markerfacecolor=layer.get("face", "none"), markeredgecolor=layer.get("edge", "none"),
                          markeredgewidth=layer.get("edge_width", 0) * scale, alpha=layer.get("alpha", 1.0),
                          zorder=z, transform=transform))
    return out


def _dash(dash, scale):
    if not dash:
        return "-"
    return (0, tuple(v * scale for v in dash))


def symbol_kind(symbol) -> str:
    types = {layer["type"] for layer in symbol}
    if "marker" in types:
        return "marker"
    if "line" in types:
        return "line"
    return "patch"


# -- the legend ---------------------------------------------------------------------------------------

def draw_legend(fig, rect, entries: list[DrawnKind], scale: float, title: str = "Legend") -> dict:
    """Draw the legend of ``entries`` into ``rect`` (figure fraction). Columns and type size are the
    largest that fit. Returns how it was laid out."""
    from matplotlib.path import Path

    ax = fig.add_axes(rect)
    ax.set_axis_off()
    fw, fh = fig.get_size_inches()
    w_pt, h_pt = rect[2] * fw * 72, rect[3] * fh * 72
    ax.set_xlim(0, w_pt)
    ax.set_ylim(0, h_pt)
    if not entries:
        return {"columns": 0, "size": 0.0}
    renderer = fig.canvas.get_renderer()
    title_size = 7.5 * scale
    layout = None
    for size_factor in (1.0, 0.92, 0.84, 0.76, 0.68, 0.6):
        layout = _fit(entries, w_pt, h_pt - title_size * 1.6, scale, size_factor, renderer, fig.dpi)
        if layout is not None:
            break
    if layout is None:  # a very small page: the smallest type, as many columns as fit, cut at the bottom
        layout = _fit(entries, w_pt, h_pt - title_size * 1.6, scale, 0.6, renderer, fig.dpi, force=True)
    size, sw, sh, row, cols, col_w, rows_needed, per_col = layout
    ax.text(0, h_pt, title, fontsize=title_size, fontweight="bold", va="top", ha="left", parse_math=False)
    top = h_pt - title_size * 1.6
    for c in range(cols):
        y = top
        x = c * (col_w + 6 * scale)
        for e, lines in zip(entries[c * per_col:(c + 1) * per_col], rows_needed[c * per_col:(c + 1) * per_col]):
            extra = (len(lines) - 1) * size * 1.2
            if y - row - extra < -0.5:
                break
            cy = y - (row + extra) / 2
            kind = symbol_kind(e.symbol)
            if kind == "patch":
                p = Path([(x, cy - sh / 2), (x + sw, cy - sh / 2), (x + sw, cy + sh / 2), (x, cy + sh / 2),
                          (x, cy - sh / 2)], closed=True)
                for a in patch_layers(p, e.symbol, 2, transform=ax.transData, scale=scale):
                    ax.add_artist(a)
            elif kind == "line":
                for a in line_layers([x + 1.5 * scale, x + sw - 1.5 * scale], [cy, cy], e.symbol, 2,
                                     transform=ax.transData, scale=scale):
                    ax.add_artist(a)
            else:
                for a in marker_layers(x + sw / 2, cy, e.symbol, 2, transform=ax.transData, scale=scale):
                    ax.add_artist(a)
            ax.text(x + sw + 4 * scale, cy, "\n".join(lines), fontsize=size, va="center", ha="left",
                    linespacing=1.1, parse_math=False)
            y -= row + extra
    return {"columns": cols, "size": size}


def _fit(entries, w_pt, h_pt, scale, size_factor, renderer, dpi, force=False):
    """The legend's layout at this type size in as few columns as it takes to fit the height, or None."""
    size = 6.5 * scale * size_factor
    sw, sh = 20 * scale * size_factor, 8.5 * scale * size_factor
    row = max(sh, size * 1.25) + 2.2 * scale * size_factor
    best = None
    for cols in (1, 2, 3, 4):
        col_w = (w_pt - (cols - 1) * 6 * scale) / cols
        text_w = col_w - sw - 4 * scale
        if text_w < 42 * scale * size_factor and cols > 1:
            break
        rows_needed = [_wrap_pt(e.label, size, text_w, renderer, dpi) for e in entries]
        per_col = -(-len(entries) // cols)
        heights = [sum(row + (len(lines) - 1) * size * 1.2 for lines in rows_needed[c * per_col:(c + 1) * per_col])
                   for c in range(cols)]
        layout = (size, sw, sh, row, cols, col_w, rows_needed, per_col)
        if max(heights) <= h_pt:
            return layout
        best = layout
    return best if force else None


MAX_LABEL_LINES = 3  # a legend entry's label wraps to at most this many lines (the last cut only if it must be)


def _wrap_pt(text, size, width_pt, renderer, dpi):
    """``text`` in lines no wider than ``width_pt`` points: at most ``MAX_LABEL_LINES``, the last cut
    with an ellipsis if it must be."""
    from matplotlib.font_manager import FontProperties

    from azmap.export.fonts import families

    prop = FontProperties(family=list(families()), size=size)

    def width(s):
        w, _, _ = renderer.get_text_width_height_descent(s, prop, ismath=False)
        return w * 72 / dpi

    if width(text) <= width_pt:
        return [text]
    words = text.split(" ")
    lines, line = [], ""
    for i, word in enumerate(words):
        trial = (line + " " + word).strip()
        if width(trial) > width_pt and line:
            lines.append(line)
            if len(lines) == MAX_LABEL_LINES - 1:
                rest = " ".join(words[i:])
                while width(rest) > width_pt and len(rest) > 1:
                    rest = rest[:-2].rstrip() + "…"
                return lines + [rest]
            line = word
        else:
            line = trial
    while width(line) > width_pt and len(line) > 1:
        line = line[:-2].rstrip() + "…"
    return lines + [line]
