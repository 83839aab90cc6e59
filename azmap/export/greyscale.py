"""Greyscale print: a map that a black-and-white printer or copier keeps readable.

The colour palette keeps neighbouring fills apart in lightness, but not every pair a reader must
tell apart (Russia and Turkey, Georgia and Iran come out the same grey; BTC and Baku–Supsa are both
solid lines). With ``ExportRequest.greyscale`` the page is drawn in greys of its own:

- countries in lightness steps (at least ``LIGHTNESS_STEP`` apart in CIELAB L* between neighbours
  and from the sea), and where two countries of the legend share a step, one of them carries a
  line pattern (``COUNTRY_GREYS``);
- every route dark, with a dash pattern of its own (``ROUTE_GREYS``);
- everything else (text, halos, symbols, hatching, the relief, the locator) turned to the grey of
  its own lightness by ``to_grey`` when the page is composed (``apply``).
"""
from __future__ import annotations

LIGHTNESS_STEP = 6.5  # CIELAB L*: the least step between two greys that must read as different


def grey(lightness: float) -> str:
    """The sRGB grey ``#rrggbb`` of CIELAB lightness ``lightness`` (0 black … 100 white)."""
    f = (lightness + 16) / 116
    y = f ** 3 if f ** 3 > 216 / 24389 else lightness * 27 / 24389
    v = 12.92 * y if y <= 0.0031308 else 1.055 * y ** (1 / 2.4) - 0.055
    c = max(0, min(255, round(v * 255)))
    return f"#{c:02x}{c:02x}{c:02x}"


def lightness(rgb) -> float:
    """CIELAB L* of an sRGB colour given as three floats 0..1."""
    def lin(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb[:3])
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


# Land from 97 down to 69 in steps of 7; the sea at 58, below all land. Adjacent countries differ by a
# step (Azerbaijan 97 against 83, 76, 69; Armenia 76 against 97, 83, 69; Georgia 83 against 97, 76,
# 69 ...); Iran shares Georgia's step and Turkey Russia's, so those two carry a pattern as well.
COUNTRY_GREYS = {  # country id: (L*, hatch or None)
    "azerbaijan": (97, None),
    "georgia": (83, None),
    "armenia": (76, None),
    "russia": (69, None),
    "iran": (83, "--"),
    "turkey": (69, "||"),
}
OTHER_COUNTRY_GREY = (90, None)
SEA_LIGHTNESS = 58
HATCH_LIGHTNESS = 45  # the lines of a country's pattern

# Every route dark, each with a dash of its own (points on A4: on, off): told apart by how much of the
# line is ink and by the length of its dashes or of its gaps. The oil pipelines that run side by side
# from Sangachal to Georgia are solid (BTC) against long dashes (Baku–Supsa); SCP and its continuation
# TANAP apart, and TAP from both; the railway dotted, as in colour.
ROUTE_GREYS = {  # route id: (L*, dash or None)
    "btc": (12, None),
    "baku-supsa": (30, (6.0, 2.0)),
    "baku-novorossiysk": (22, (12.0, 3.0)),
    "scp": (25, (3.5, 1.5)),
    "tanap": (25, (1.2, 1.8)),
    "tap": (18, (4.5, 3.0)),
    "btk-railway": (10, (0.1, 3.4)),
}
OTHER_ROUTE_DASHES = ((8.0, 2.0, 2.0, 2.0), (2.0, 3.0), (8.0, 4.0))


def country_symbol(fid: str) -> tuple[str, str | None, str | None]:
    """A country's fill in greyscale: (fill, hatch pattern or None, hatch colour or None)."""
    level, hatch = COUNTRY_GREYS.get(fid, OTHER_COUNTRY_GREY)
    return grey(level), hatch, (grey(HATCH_LIGHTNESS) if hatch else None)


def route_line(fid: str, index: int = 0) -> tuple[str, tuple | None]:
    """A route's line in greyscale: (colour, dash pattern or None). A route not in ``ROUTE_GREYS``
    takes one of the spare dashes by its ``index``."""
    if fid in ROUTE_GREYS:
        level, dash = ROUTE_GREYS[fid]
        return grey(level), dash
    return grey(20), OTHER_ROUTE_DASHES[index % len(OTHER_ROUTE_DASHES)]


def _substitutes() -> dict:
    """Palette colours whose grey is set by design rather than by their own lightness."""
    from azmap.style import COUNTRY_FILLS, OTHER_COUNTRY_FILL, SEA_FILL

    out = {SEA_FILL.lower(): grey(SEA_LIGHTNESS), OTHER_COUNTRY_FILL.lower(): grey(OTHER_COUNTRY_GREY[0])}
    for fid, fill in COUNTRY_FILLS.items():
        out.setdefault(fill.lower(), country_symbol(fid)[0])
    return out


def to_grey(colour, substitutes=None):
    """``colour`` (anything matplotlib takes) as the grey of its lightness, its alpha kept, as an RGBA
    tuple; a palette colour as the grey chosen for it; "none" stays "none"."""
    from matplotlib.colors import to_hex, to_rgba

    if isinstance(colour, str) and colour.lower() == "none":
        return colour
    r, g, b, a = to_rgba(colour)
    subs = _substitutes() if substitutes is None else substitutes
    hexed = to_hex((r, g, b)).lower()
    v = subs.get(hexed) or grey(lightness((r, g, b)))
    level = int(v[1:3], 16) / 255
    return (level, level, level, a)


def apply(fig) -> None:
    """Turn every colour of the composed figure ``fig`` to grey: patches (fills, outlines, hatching),
    lines and markers, collections, text and its halo, images."""
    import numpy as np
    from matplotlib.collections import Collection
    from matplotlib.image import AxesImage
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.text import Text

    subs = _substitutes()

    def g(c):
        return to_grey(c, subs)

    seen = set()
    for a in fig.findobj():
        if id(a) in seen:
            continue
        seen.add(id(a))
        if isinstance(a, Patch):
            _patch(a, g)
        elif isinstance(a, Line2D):
            a.set_color(g(a.get_color()))
            for get, put in ((a.get_markerfacecolor, a.set_markerfacecolor),
                             (a.get_markeredgecolor, a.set_markeredgecolor)):
                c = get()
                if not (isinstance(c, str) and c.lower() == "none"):
                    put(g(c))
        elif isinstance(a, Collection):
            fc, ec = a.get_facecolors(), a.get_edgecolors()
            if len(fc):
                a.set_facecolors([g(c) for c in fc])
            if len(ec):
                a.set_edgecolors([g(c) for c in ec])
        elif isinstance(a, AxesImage):
            arr = np.asarray(a.get_array())
            if arr.ndim == 3 and arr.shape[2] in (3, 4):
                a.set_data(_grey_image(arr))
        if isinstance(a, Text):
            a.set_color(g(a.get_color()))
            effects = a.get_path_effects()
            for e in effects:
                fg = getattr(e, "_gc", {}).get("foreground")
                if fg is not None:
                    e._gc["foreground"] = g(fg)
            arrow = getattr(a, "arrow_patch", None)
            if arrow is not None:
                _patch(arrow, g)
    fig.patch.set_facecolor(g(fig.patch.get_facecolor()))


def _patch(p, g):
    hatch_colour = p.get_hatchcolor() if p.get_hatch() else None
    fc = p.get_facecolor()
    if fc[3] > 0:
        p.set_facecolor(g(fc))
    ec = p.get_edgecolor()
    if ec[3] > 0:
        p.set_edgecolor(g(ec))
    if hatch_colour is not None:
        p.set_hatchcolor(g(hatch_colour))


def _grey_image(arr):
    """An RGB(A) image (uint8 or floats 0..1) as greys of its pixels' luma, alpha kept."""
    import numpy as np

    floats = arr.dtype.kind == "f"
    rgb = arr[..., :3].astype(np.float32) / (1.0 if floats else 255.0)
    y = rgb @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)
    out = arr.copy()
    level = y if floats else np.round(y * 255).astype(arr.dtype)
    for i in range(3):
        out[..., i] = level
    return out
