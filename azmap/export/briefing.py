"""The briefing PDF: a title page, then one page per saved view (its map and its chosen passages).

A view the views file holds but that cannot be used is left out with a warning; a briefing has at
most ``MAX_BRIEFING_VIEWS`` pages of views (each takes about a second to draw).
"""
from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

from azmap.export.render import (ExportError, _fit_bbox_to_aspect, _graticule, _north_arrow, _scale_bar,
                                 draw_map)

A4_LANDSCAPE_IN = (11.69, 8.27)
MAX_BRIEFING_VIEWS = 100
TITLE_PAGE_LINES = 11  # views listed by name on the title page


def _warn_on_stderr(message: str) -> None:
    print(f"azmap: {message}", file=sys.stderr)


def _passages_for(state, store, limit=3):
    hits = store.passages_by_id(state.chosen) if state.chosen else []
    if not hits and state.selected:
        hits = store.passages_for_feature(state.selected, limit=limit, include_related=False)
    return hits[:limit]


def export_briefing(out, views_file=None, title: str | None = None, warn=_warn_on_stderr) -> Path:
    """Write the briefing of the saved views (or of ``views_file``) to ``out``. What the user should
    know but that does not stop the briefing (views of the file left out) goes to ``warn``."""
    from azmap.features import gazetteer
    from azmap.corpus.rebuild import open_store
    from azmap.views import ViewStore

    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise ExportError("the briefing is a PDF: give --out FILE.pdf")
    if not out.resolve().parent.is_dir() or not os.access(out.resolve().parent, os.W_OK):
        raise ExportError(f"cannot write {out}: the folder does not exist or is not writable")
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
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    matplotlib.rcParams["pdf.fonttype"] = 42
    gaz = gazetteer()
    tmp = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        with open_store() as store, PdfPages(tmp, metadata={"CreationDate": None, "ModDate": None,
                                                            "Creator": "azmap", "Producer": None}) as pdf:
            fig = plt.figure(figsize=A4_LANDSCAPE_IN)
            fig.text(0.08, 0.72, title or "Azerbaijan: briefing", fontsize=26, fontweight="bold")
            fig.text(0.08, 0.65, f"{len(views)} view(s)", fontsize=12, color="#444")
            for i, v in enumerate(views[:TITLE_PAGE_LINES], 1):
                name = v.name if len(v.name) <= 80 else v.name[:80] + "…"
                fig.text(0.1, 0.58 - i * 0.04, f"{i}. {name}", fontsize=12)
            if len(views) > TITLE_PAGE_LINES:
                fig.text(0.1, 0.58 - (TITLE_PAGE_LINES + 1) * 0.04,
                         f"… and {len(views) - TITLE_PAGE_LINES} more, a page each", fontsize=12, color="#444")
            fig.text(0.08, 0.06, "Data: Natural Earth (public domain); passages from the azmap corpus, cited on "
                     "each page.", fontsize=8, color="#555")
            pdf.savefig(fig)
            plt.close(fig)
            for v in views:
                pdf.savefig(_view_page(v, gaz, store, plt))
                plt.close("all")
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def _view_page(view, gaz, store, plt):
    from azmap.state import ExplorerState

    state = ExplorerState.from_view(view)  # a page renders the state the view saved
    fig = plt.figure(figsize=A4_LANDSCAPE_IN)
    fig.text(0.04, 0.95, state.title if len(state.title) <= 60 else state.title[:60] + "…", fontsize=18,
             fontweight="bold", va="top")
    if state.year:
        fig.text(0.04, 0.905, f"As of {state.year}", fontsize=10, color="#444", va="top")
    rect = [0.04, 0.08, 0.55, 0.80]
    ax = fig.add_axes(rect)
    extent = _fit_bbox_to_aspect(state.extent, (rect[2] * A4_LANDSCAPE_IN[0]) / (rect[3] * A4_LANDSCAPE_IN[1]))
    fig.canvas.draw()
    draw_map(ax, gaz, extent, highlight={state.selected} if state.selected else set(), year=state.year,
             layers=state.visible_layers, label_scale=0.9)
    _graticule(ax, extent)
    _scale_bar(ax, extent)
    _north_arrow(ax)
    y = 0.86
    hits = _passages_for(state, store)
    if not hits:
        fig.text(0.63, y, "No passage chosen for this view.", fontsize=9, style="italic", color="#666", va="top")
    for h in hits:
        for line in textwrap.wrap(f"“{h.text}”", 62)[:14]:
            fig.text(0.63, y, line, fontsize=8.5, va="top")
            y -= 0.027
        cite = f"— {h.short_citation()}"
        for line in textwrap.wrap(cite, 70):
            fig.text(0.64, y, line, fontsize=7.5, color="#444", va="top", style="italic")
            y -= 0.024
        y -= 0.02
        if y < 0.12:
            break
    fig.text(0.04, 0.03, "Data: Natural Earth (public domain); routes and sites hand-placed (geodata/SOURCES.md).",
             fontsize=6.5, color="#555")
    return fig
