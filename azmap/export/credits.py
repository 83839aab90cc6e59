"""The page's footer: the caption in the user's words, the sources cited for the highlighted features
and the attribution (data sources with versions, the projection, the date, the credit)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from azmap.export.shapes import collection_of, features_in


def cited_sources(feature_ids: list[str], limit_per_feature: int = 3) -> list[str]:
    """Citations of the documents whose passages speak most of the highlighted features."""
    if not feature_ids:
        return []
    from azmap.corpus.rebuild import open_store

    out: list[str] = []
    with open_store() as store:
        for fid in feature_ids:
            for h in store.passages_for_feature(fid, limit=limit_per_feature, include_related=False):
                c = h.short_citation()
                if c not in out:
                    out.append(c)
    return out


@dataclass
class Footer:
    caption_lines: list = field(default_factory=list)
    source_lines: list = field(default_factory=list)
    att_lines: list = field(default_factory=list)
    size: float = 1.0  # the page's type scale
    att_size: float = 5.8

    @property
    def height_pt(self) -> float:
        s = self.size
        return (len(self.caption_lines) * 7.5 * s + len(self.source_lines) * 6.5 * s
                + len(self.att_lines) * self.att_size) * 1.3 + (2 * s if self.caption_lines or self.source_lines else 0)

    def with_attribution(self, att_lines) -> "Footer":
        return replace(self, att_lines=list(att_lines))


def footer(req, gaz, wrap, s, width_pt, bbox, projection: str) -> Footer:
    """The footer of ``req`` with a draft attribution (of what lies in ``bbox``: the final one is of
    what was drawn, and no longer). ``wrap``: a ``Composition``'s."""
    from azmap.export.attribution import attribution

    out = Footer(size=s, att_size=5.8 * s)
    if req.layout == "page":
        if req.caption:
            out.caption_lines = wrap(req.caption, 7.5 * s, width_pt, max_lines=3, style="italic")
        sources = req.caption_sources if req.caption_sources is not None else cited_sources(req.features)
        if sources:
            text = "Sources cited for the highlighted features: " + "; ".join(sources) + "."
            out.source_lines = wrap(text, 6.5 * s, width_pt, max_lines=4)
    draft = attribution(features_in(gaz, bbox), collection_of(gaz), projection=projection, date=req.date,
                        credit=req.credit)
    out.att_lines = wrap(draft, out.att_size, width_pt, max_lines=4)
    return out


def draw_footer(fig, ft: Footer, x, bottom, s):
    """The footer's lines up from ``bottom`` at ``x`` (figure fraction): the attribution last."""
    h_in = fig.get_size_inches()[1]
    y = bottom
    for line in reversed(ft.att_lines):
        fig.text(x, y, line, fontsize=ft.att_size, va="bottom", ha="left", color="#555555", parse_math=False)
        y += ft.att_size * 1.3 / 72 / h_in
    y += 1.5 * s / 72 / h_in
    for line in reversed(ft.source_lines):
        fig.text(x, y, line, fontsize=6.5 * s, va="bottom", ha="left", color="#222222", parse_math=False)
        y += 6.5 * s * 1.3 / 72 / h_in
    for line in reversed(ft.caption_lines):
        fig.text(x, y, line, fontsize=7.5 * s, va="bottom", ha="left", color="#222222", style="italic",
                 parse_math=False)
        y += 7.5 * s * 1.3 / 72 / h_in
