"""The briefing of the saved views: a PDF (a title page, then a page per view: its map with legend
and locator, its caption, its chosen passages quoted with their full citations) or a slide deck
(``deck.py``). ``export_briefing`` chooses by the file's suffix: the window's File → Export
briefing… and ``azmap export-briefing`` both call it.

Each page or slide renders the ExplorerState its view saved, with the same renderer as a single map.
A view the views file holds but that cannot be used is left out with a warning; a briefing has at
most ``MAX_BRIEFING_VIEWS`` views (each takes about a second to draw).
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from azmap.export.render import ExportError

A4_LANDSCAPE_IN = (11.69, 8.27)
MAX_BRIEFING_VIEWS = 100
TITLE_PAGE_LINES = 11  # views listed by name on the title page
PASSAGES_PER_VIEW = 3
FORMATS = (".pdf", ".pptx")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _warn_on_stderr(message: str) -> None:
    print(f"azmap: {message}", file=sys.stderr)


def printable(text) -> str:
    """Text as it is, less the control characters no page (and no XML) can hold."""
    return _NOT_XML.sub("", str(text or ""))


def passages_for(state, store, limit=PASSAGES_PER_VIEW, resolution=None):
    """The passages a view's page quotes: those chosen for it, else (none chosen) the best on its
    feature. With ``resolution`` (azmap.quotes.resolve_view), the chosen passages where they were
    found again by their text; one not found is left out, never replaced by another passage."""
    if resolution is not None and resolution.found:
        return store.passages_by_id(resolution.ids)[:limit]
    hits = store.passages_by_id(state.chosen) if state.chosen else []
    if not hits and state.selected and not state.chosen:
        hits = store.passages_for_feature(state.selected, limit=limit, include_related=False)
    return hits[:limit]


def view_passages(view, state, store, limit=PASSAGES_PER_VIEW):
    """A view's page or slide: the passages it quotes, and a sentence for each chosen passage that is
    no longer in its document."""
    from azmap.quotes import resolve_view

    resolution = resolve_view(store, view) if view.passages else None
    lost = resolution.lost_notes() if resolution is not None else []
    return passages_for(state, store, limit, resolution), lost


def load_views(views_file=None, warn=_warn_on_stderr):
    from azmap.views import ViewStore

    vs = ViewStore(views_file) if views_file else ViewStore()
    views = vs.load()
    if not views:
        if vs.problem:
            raise ExportError(vs.problem)
        raise ExportError("there are no saved views to brief from: save views in the window first")
    if len(views) > MAX_BRIEFING_VIEWS:
        held = f" ({vs.total:,} in the file)" if vs.total > len(views) else ""
        raise ExportError(f"{len(views):,} saved views{held} are more than a briefing can hold "
                          f"({MAX_BRIEFING_VIEWS}, a page each): delete some (azmap views delete NAME) "
                          "or give --views a file with fewer")
    if vs.problem and warn is not None:
        warn(vs.problem)
    return views


def export_briefing(out, views_file=None, title: str | None = None, warn=_warn_on_stderr,
                    credit: str | None = None, greyscale: bool = False) -> Path:
    """Write the briefing of the saved views (or of ``views_file``) to ``out``: a PDF for .pdf, a slide
    deck for .pptx. What the user should know but that does not stop the briefing (views of the file
    left out) goes to ``warn``. With ``greyscale`` every map (and the deck's legend swatches) is in
    greys told apart by lightness steps, patterns and dashes, as a single map's ``--greyscale``.
    Nothing is left behind if it fails."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError("the briefing is a PDF or a slide deck: give --out FILE.pdf or FILE.pptx")
    parent = out.resolve().parent
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise ExportError(f"cannot write {out}: the folder does not exist or is not writable")
    views = load_views(views_file, warn)
    tmp = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        if suffix == ".pptx":
            from azmap.export.deck import write_deck

            write_deck(tmp, views, title=title, credit=credit, greyscale=greyscale)
        else:
            write_pdf(tmp, views, title=title, credit=credit, greyscale=greyscale)
        os.replace(tmp, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def briefing_title(title, views) -> str:
    return printable(title) if title else "Azerbaijan: briefing"


def write_pdf(path, views, *, title=None, credit=None, greyscale=False) -> None:
    from azmap.corpus.rebuild import open_store
    from azmap.export.attribution import map_date
    from azmap.export.render import _matplotlib
    from azmap.features import gazetteer

    gaz = gazetteer()
    with _matplotlib(1.0):
        import matplotlib.pyplot as plt
        from matplotlib.backends.backend_pdf import PdfPages

        doc_title = briefing_title(title, views)
        meta = {"CreationDate": None, "ModDate": None, "Creator": "azmap", "Producer": None, "Title": doc_title}
        if credit:
            meta["Author"] = printable(credit)
        with open_store() as store, PdfPages(path, metadata=meta) as pdf:
            fig = _title_page(plt, doc_title, views, credit, map_date())
            pdf.savefig(fig)
            plt.close(fig)
            for v in views:
                fig = _view_page(plt, v, gaz, store, credit, greyscale)
                pdf.savefig(fig)
                plt.close(fig)


def _title_page(plt, title, views, credit, date):
    from azmap.export.render import LAYOUT_DPI, Composition, ExportRequest

    fig = plt.figure(figsize=A4_LANDSCAPE_IN, dpi=LAYOUT_DPI)
    comp = Composition(fig, ExportRequest(out=Path("title.pdf")), None, (0, 0))
    width = (A4_LANDSCAPE_IN[0] - 1.6) * 72
    y = 0.74
    for line in comp.wrap(title, 26, width, max_lines=3, weight="bold"):
        fig.text(0.08, y, line, fontsize=26, fontweight="bold", va="top", parse_math=False)
        y -= 0.06
    fig.text(0.08, y - 0.01, f"{len(views)} view(s) · {date}" + (f" · {printable(credit)}" if credit else ""),
             fontsize=12, color="#444444", va="top", parse_math=False)
    y -= 0.08
    for i, v in enumerate(views[:TITLE_PAGE_LINES], 1):
        name = comp.wrap(printable(v.name), 12, width - 30, max_lines=1)[0]
        fig.text(0.1, y, f"{i}. {name}", fontsize=12, va="top", parse_math=False)
        y -= 0.04
    if len(views) > TITLE_PAGE_LINES:
        fig.text(0.1, y, f"… and {len(views) - TITLE_PAGE_LINES} more, a page each", fontsize=12, color="#444444",
                 va="top", parse_math=False)
    fig.text(0.08, 0.06, "Maps: data sources, projection and date under each map. Passages: the azmap corpus, "
             "quoted with their citations on each page.", fontsize=8, color="#555555", parse_math=False)
    return fig


def _view_page(plt, view, gaz, store, credit, greyscale=False):
    """A view's page: title and year above; the map (legend below it) on the left; the locator, the
    caption, the passages with their full citations and the map's data sources on the right."""
    from azmap.citation import source_line
    from azmap.export.render import LAYOUT_DPI, Composition, ExportRequest
    from azmap.state import ExplorerState

    state = ExplorerState.from_view(view)  # a page renders the state the view saved
    req = ExportRequest.from_state(state, Path("page.pdf"), dpi=200, size="297x210mm", credit=credit,
                                   caption_sources=[], greyscale=greyscale)
    fig = plt.figure(figsize=A4_LANDSCAPE_IN, dpi=LAYOUT_DPI)
    comp = Composition(fig, req, gaz, (0, 0))
    W, H = A4_LANDSCAPE_IN
    mm_w, mm_h = 1 / (W * 25.4), 1 / (H * 25.4)  # figure fraction per mm
    left, right_col = 10 * mm_w, 186 * mm_w
    top = 1 - 10 * mm_h
    # the title block
    y = top
    for line in comp.wrap(printable(state.title), 16, 277 / 25.4 * 72, max_lines=2, weight="bold"):
        fig.text(left, y, line, fontsize=16, fontweight="bold", va="top", parse_math=False)
        y -= 16 * 1.25 / 72 / H
    sub = []
    if state.year:
        sub.append(f"As of {state.year}")
    if state.selected and state.selected in gaz:
        sub.append("Highlighted: " + gaz.get(state.selected).name)
    if sub:
        fig.text(left, y, " · ".join(sub), fontsize=9, color="#444444", va="top", parse_math=False)
        y -= 9 * 1.4 / 72 / H
    map_top = y - 3 * mm_h
    footer = 10 * mm_h
    legend_h = 36 * mm_h
    map_rect = (left + 6 * mm_w, footer + legend_h + 8 * mm_h, 166 * mm_w,
                map_top - (footer + legend_h + 8 * mm_h))
    legend_rect = (left, footer, 172 * mm_w, legend_h)
    locator_rect = (right_col, map_top - 52 * mm_h, 101 * mm_w, 52 * mm_h)
    # a wide view (the corridor) leaves the map shorter than its space: it stands under the title and
    # the legend closes up under it, rather than both floating in the middle of blank paper
    map_rect = comp.map_rect_for(map_rect, "top")
    legend_rect = (left, max(map_rect[1] - 8 * mm_h - legend_h, footer), 172 * mm_w, legend_h)
    comp.map_block(map_rect, legend_rect, locator_rect, scale=0.9)
    # the right column: caption, passages, the map's sources
    col_w = 101 / 25.4 * 72
    y = map_top - 58 * mm_h
    att_lines = comp.wrap("Map: " + comp.attribution, 6.2, col_w, max_lines=6)
    att_top = footer + len(att_lines) * 6.2 * 1.3 / 72 / H
    floor = att_top + 4 * mm_h
    if state.caption:
        for line in comp.wrap(printable(state.caption), 9, col_w, max_lines=5, style="italic"):
            fig.text(right_col, y, line, fontsize=9, style="italic", va="top", parse_math=False)
            y -= 9 * 1.3 / 72 / H
        y -= 3 * mm_h
    hits, lost = view_passages(view, state, store)
    for line in [ln for n in lost for ln in comp.wrap("⚠ " + printable(n), 8.5, col_w, max_lines=3,
                                                                        style="italic")]:
        fig.text(right_col, y, line, fontsize=8.5, style="italic", color="#8a4b00", va="top", parse_math=False)
        y -= 8.5 * 1.3 / 72 / H
    if not hits and not view.passages:
        fig.text(right_col, y, "No passage chosen for this view.", fontsize=9, style="italic", color="#666666",
                 va="top", parse_math=False)
        y -= 9 * 1.3 / 72 / H
    for h in hits:
        lines = comp.wrap(f"“{printable(h.text)}”", 8.5, col_w)
        room = int((y - floor) / (8.5 * 1.3 / 72 / H)) - 3
        if room < 2:
            break
        if len(lines) > room:
            lines = lines[:room]
            lines[-1] = lines[-1].rstrip() + " […]"
        for line in lines:
            fig.text(right_col, y, line, fontsize=8.5, va="top", parse_math=False)
            y -= 8.5 * 1.3 / 72 / H
        for line in comp.wrap("— " + printable(source_line(h)), 7.5, col_w - 6, max_lines=3, style="italic"):
            fig.text(right_col + 2 * mm_w, y, line, fontsize=7.5, style="italic", color="#444444", va="top",
                     parse_math=False)
            y -= 7.5 * 1.3 / 72 / H
        y -= 3 * mm_h
    # the sources of the drawn geometry, beside the passages
    y = att_top
    for line in att_lines:
        fig.text(right_col, y, line, fontsize=6.2, color="#555555", va="top", parse_math=False)
        y -= 6.2 * 1.3 / 72 / H
    if greyscale:  # the whole page: map, legend, locator and text
        from azmap.export.greyscale import apply

        apply(fig)
    return fig
