"""The title block: the title (the user's, else the view's or the frame's own), and beneath it the
year shown, the date of information and what is highlighted."""
from __future__ import annotations

from dataclasses import dataclass, field

from azmap.export.extent import DEFAULT_VIEW, resolve_extent
from azmap.export.request import MAX_TITLE
from azmap.export.shapes import geom_of


VIEW_TITLES = {"caucasus": "Azerbaijan and its neighbours", "azerbaijan": "Azerbaijan",
               "karabakh": "Karabakh and the seven districts", "corridor": "Export corridors from the Caspian to Europe",
               "region": "Azerbaijan in its region"}


def default_title(req, gaz):
    if req.features:
        names = [gaz.get(f).name for f in req.features]
        return names[0] if len(names) == 1 else " · ".join(names[:3]) + ("…" if len(names) > 3 else "")
    if req.view in VIEW_TITLES and not req.bbox:
        return VIEW_TITLES[req.view]
    if not req.bbox and req.view is None:
        return VIEW_TITLES[DEFAULT_VIEW]
    return title_for_extent(gaz, resolve_extent(req, gaz))


def title_for_extent(gaz, bbox) -> str:
    """A title for a frame of the user's: the default's where it is about Azerbaijan (most of it in
    frame, as a fair part of the frame), else the countries that fill most of it."""
    from shapely.geometry import box

    from azmap.export.projection import clip_to_data

    b = box(*clip_to_data(bbox))
    shares = []
    for c in gaz.of_kind("country"):
        g = geom_of(c)
        if g.intersects(b):
            shares.append((g.intersection(b).area, g.area, c))
    az = next(((a, whole) for a, whole, c in shares if c.id == "azerbaijan"), (0.0, 1.0))
    if az[0] >= 0.5 * az[1] and az[0] >= 0.02 * b.area:
        return VIEW_TITLES[DEFAULT_VIEW]
    top = [c.name for a, _, c in sorted(shares, key=lambda t: -t[0])[:3] if a >= 0.03 * b.area]
    if not top:
        return "Map"
    return top[0] if len(top) == 1 else ", ".join(top[:-1]) + " and " + top[-1]


def subtitle(req, gaz) -> list[str]:
    """The parts of the line under the title: the year shown, the date of information (the request's
    date, else today), the highlighted features."""
    from azmap.export.attribution import map_date

    sub = ([f"Situation in {req.year}", f"information as of {req.date or map_date()}"] if req.year else
           [f"Information as of {req.date or map_date()}"])
    if req.features:
        sub.append("Highlighted: " + ", ".join(gaz.get(f).name for f in req.features))
    return sub


@dataclass
class TitleBlock:
    title: str  # the whole title (the file's metadata holds it)
    lines: list = field(default_factory=list)  # the title as printed (on a page; none on a figure or map)
    size: float = 15.0
    sub_lines: list = field(default_factory=list)
    sub_size: float = 8.5

    @property
    def height_pt(self) -> float:
        return len(self.lines) * self.size * 1.25 + len(self.sub_lines) * self.sub_size * 1.4


def title_block(req, gaz, wrap, s, width_pt) -> TitleBlock:
    """The title block of ``req``: the title in the largest of three sizes at which it takes at most
    two lines (three at most, cut), the subtitle in two lines at most. ``wrap``: a ``Composition``'s."""
    title = str(req.title or default_title(req, gaz))[:MAX_TITLE]
    tb = TitleBlock(title, size=15 * s, sub_size=8.5 * s)
    sub = subtitle(req, gaz)
    if req.layout == "page":
        for size in (15 * s, 13 * s, 11.5 * s):
            tb.lines = wrap(title, size, width_pt, weight="bold")
            tb.size = size
            if len(tb.lines) <= 2:
                break
        tb.lines = wrap(title, tb.size, width_pt, max_lines=3, weight="bold")
        tb.sub_lines = wrap(" · ".join(sub), 8.5 * s, width_pt, max_lines=2) if sub else []
    return tb


def draw_title_block(fig, tb: TitleBlock, x, top):
    """The title block's lines from ``top`` down at ``x`` (figure fraction)."""
    h_in = fig.get_size_inches()[1]
    y = top
    for line in tb.lines:
        fig.text(x, y, line, fontsize=tb.size, fontweight="bold", va="top", ha="left", parse_math=False)
        y -= tb.size * 1.25 / 72 / h_in
    for line in tb.sub_lines:
        fig.text(x, y, line, fontsize=tb.sub_size, va="top", ha="left", color="#444444", parse_math=False)
        y -= tb.sub_size * 1.4 / 72 / h_in
