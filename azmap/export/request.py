"""What an export is asked for (``ExportRequest``), the paper sizes and formats, and the checks a
request passes before anything is drawn (``validate``)."""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from azmap.errors import UserError
from azmap.features import EXTENT


PAPER_MM = {"a4": (210, 297), "a3": (297, 420), "a5": (148, 210), "letter": (216, 279)}
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
    name_pt: float | None = None  # the least size of any name on the map, in points at the output's
    # own size (a slide's 18 pt): names that find no room at it are left out or led to their ground
    date: str | None = None  # the map's date (ISO); today if not given
    greyscale: bool = False  # greys only, told apart by lightness steps, patterns and dashes (greyscale.py)

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


# -- the request ---------------------------------------------------------------------------------------------

def extent_problem(bbox) -> str | None:
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
    if req.name_pt is not None and not 4 <= req.name_pt <= 48:
        raise ExportError(f"least name size {req.name_pt} pt is out of range (4 to 48)")
    from azmap.export.page import page_layout

    lay = page_layout(w / req.dpi, h / req.dpi, req.layout, scale=req.type_scale)
    if lay.map_rect[2] * w < 40 or lay.map_rect[3] * h < 40:
        raise ExportError(f"{w}×{h} px at {req.dpi} dpi leaves no room for the map under the title: "
                          "give a larger size or a lower --dpi")
    if req.bbox is not None:
        why = extent_problem(req.bbox)
        if why:
            raise ExportError(f"cannot draw the extent {req.bbox}: {why}")
    parent = Path(req.out).resolve().parent
    if not parent.is_dir():
        raise ExportError(f"cannot write {req.out}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise ExportError(f"cannot write {req.out}: the folder {parent} is not writable")
    if req.year is not None and not 1900 <= req.year <= 2100:
        raise ExportError(f"--year {req.year} is out of range")
