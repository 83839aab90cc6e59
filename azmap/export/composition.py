"""A page being composed: the figure, the title block, the map block (map, legend, locator) and the
footer, and what the page tells afterwards (``ExportResult``)."""
from __future__ import annotations

import math
from contextlib import contextmanager
from pathlib import Path

from azmap.export.credits import draw_footer, footer
from azmap.export.extent import resolve_extent, subject_box
from azmap.export.locator import draw_locator
from azmap.export.mapdrawing import MapDrawing
from azmap.export.output import print_settings
from azmap.export.page import letterboxed, page_layout, page_scale
from azmap.export.request import LAYOUT_DPI, ExportRequest, parse_size, validate
from azmap.export.result import ExportResult, LabelInfo
from azmap.export.shapes import collection_of
from azmap.export.titleblock import draw_title_block, title_block


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
    with print_settings(req.type_scale or page_scale(w_in, h_in)):
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
            if req.greyscale:
                from azmap.export.greyscale import apply

                apply(fig)
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
        from azmap.export.projection import PrintProjection, clip_to_data

        req, gaz, fig = self.req, self.gaz, self.fig
        w_in, h_in = fig.get_size_inches()
        s = req.type_scale or page_scale(w_in, h_in)
        m_pt = min(8 * s / 25.4, w_in * 0.04, h_in * 0.04) * 72
        inner_w = w_in * 72 - 2 * m_pt
        tb = title_block(req, gaz, self.wrap, s, inner_w)
        self.title = tb.title
        # the footer: the caption, the cited sources, the attribution (for what lies in the bbox; the
        # final text, for what was drawn, is no longer)
        bbox = clip_to_data(resolve_extent(req, gaz))
        proj = PrintProjection(bbox)
        draft = footer(req, gaz, self.wrap, s, inner_w, bbox, proj.describe())
        lay = page_layout(w_in, h_in, req.layout, title_h_pt=tb.height_pt, footer_h_pt=draft.height_pt, scale=s)
        if req.layout == "map":
            self.layout = lay
            self.map_block(lay.map_rect, proj=proj, scale=s)
            return
        lay = letterboxed(lay, self.map_rect_for(lay.map_rect, "top" if not lay.landscape else "left", proj))
        self.layout = lay
        self.map_block(lay.map_rect, lay.legend_rect, lay.locator_rect, proj=proj, scale=s)
        draw_title_block(fig, tb, lay.margin[0], lay.title_top)
        # the attribution of what was drawn
        final = draft.with_attribution(self.wrap(self.attribution, draft.att_size, inner_w, max_lines=4))
        draw_footer(fig, final, lay.margin[0], lay.margin[1], s)

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
        want = subject_aspect(proj, resolve_extent(req, gaz), aspect, subject_box(req, gaz, bbox))
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
        frame, _ = subject_frame(proj, resolve_extent(req, gaz), aspect, subject_box(req, gaz, bbox))
        self.map = MapDrawing(self, ax, proj, frame, s)
        self.map.draw()
        if legend_rect is not None:
            draw_legend(fig, legend_rect, self.map.legend_kinds(), s)
        if locator_rect is not None:
            draw_locator(fig, locator_rect, gaz, proj, frame, s)
        self.attribution = attribution(self.map.drawn_features, collection_of(gaz), projection=proj.describe(),
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
                                    corners, p.callout))
        legend = [LegendEntry(k.key, k.label, round(k.visible_mm2, 2), *swatch_of(k.symbol)) for k in md.legend_kinds()]
        return ExportResult(Path(path), self.size_px, md.frame, tuple(md.ax.get_position().bounds), md.proj,
                            labels, legend, {k: round(v.visible_mm2, 2) for k, v in md.kinds.items()},
                            self.attribution, md.denominator, dpi, self.req.year, tuple(self.req.features))


def _fit_chars(text, fits) -> int:
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(text[:mid]):
            lo = mid
        else:
            hi = mid - 1
    return max(lo, 1)
