"""Print-quality static maps with matplotlib, from the same geodata and the same style as the live map.

A page has a title, the map in a Lambert conformal conic fitted to its extent (``projection.py``)
with a curved graticule, a legend of what is visible, a scale bar true where it stands, a north
arrow, a locator, the data attribution (sources with versions, the projection, the date, an
optional credit) and a caption citing the sources of the highlighted features. Labels are placed
by ``labels.py``: the names a view must carry are never dropped. Routes that share a corridor are
drawn side by side (``azmap.style.ROUTE_OFFSET_SLOTS``, the live map's rule).

Every string the user gives (title, caption, passages, credit) is printed as it is: never read as
mathtext or markup. Text stays text in PDF (its fonts embedded), map labels included (their white
halo is a separate, outlined copy behind them); in SVG it is drawn as glyph outlines, the same in any
viewer, with the text itself behind them, invisible, to search and copy (``output.write_svg``).

The page is a layout of items, each in a module of its own: the request and its checks
(``request.py``), the extent and the subject a frame holds (``extent.py``), the page's layout
(``page.py``), the composition of title block, map block and footer (``composition.py``,
``titleblock.py``, ``credits.py``), the map (``mapdrawing.py``: ``areas.py``, ``routes.py``, ``points.py``,
``labelling.py``, ``relief.py``, ``graticule.py``, ``scalebar.py``), the legend (``legend.py``), the
locator (``locator.py``) and what comes back (``result.py``). This module renders a request to a file
and keeps the names callers import from it.

Output is written to a temporary file and moved into place: a failed export leaves nothing behind.
The same request gives the same bytes.
"""
from __future__ import annotations

import os
from pathlib import Path

from azmap.export.areas import FULLY_HELD_ALPHA, NKAO_ALPHA, PARTLY_HELD_ALPHA
from azmap.export.composition import Composition, composed
from azmap.export.credits import cited_sources
from azmap.export.extent import (DEFAULT_VIEW, VIEW_SUBJECTS, VIEWS, fit_bbox_to_aspect, inverse_lat,
                                 resolve_extent)
from azmap.export.graticule import grid_step
from azmap.export.mapdrawing import MapDrawing
from azmap.export.output import print_settings, write_png, write_svg
from azmap.export.page import Layout, page_layout, page_scale
from azmap.export.request import (FORMATS, LAYOUT_DPI, MAX_MEGAPIXELS, MAX_VECTOR_MEGAPIXELS, PAPER_MM, ExportError,
                                  ExportRequest, parse_bbox, parse_size, validate)
from azmap.export.result import ExportResult, LabelInfo
from azmap.export.scalebar import bar_km
from azmap.export.titleblock import VIEW_TITLES

# the names these had inside this module, before it was split
_matplotlib, _bar_km, _grid_step, _fit_bbox_to_aspect, _inverse_lat = (print_settings, bar_km, grid_step,
                                                                       fit_bbox_to_aspect, inverse_lat)

__all__ = ["DEFAULT_VIEW", "FORMATS", "FULLY_HELD_ALPHA", "LAYOUT_DPI", "MAX_MEGAPIXELS", "MAX_VECTOR_MEGAPIXELS",
           "NKAO_ALPHA", "PAPER_MM", "PARTLY_HELD_ALPHA", "VIEWS", "VIEW_SUBJECTS", "VIEW_TITLES", "Composition",
           "ExportError", "ExportRequest", "ExportResult", "LabelInfo", "Layout", "MapDrawing", "cited_sources",
           "composed", "page_layout", "page_scale", "parse_bbox", "parse_size", "render", "resolve_extent",
           "validate"]


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
                write_png(tmp, comp.fig, req.dpi, (comp.size_px[0], comp.size_px[1]), title)
            elif fmt == "svg":
                write_svg(tmp, comp.fig, req.dpi, {"Date": None, "Creator": None, "Title": title})
            else:
                meta = {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None, "Title": title}
                comp.fig.savefig(tmp, format=fmt, dpi=req.dpi, metadata=meta)
            os.replace(tmp, out)
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
        finally:
            if tmp.exists():
                tmp.unlink()
        return comp.result(out, req.dpi)
