"""A slide's legend lists what the slide's map is about: on the corridor view the routes (TANAP, TAP,
Baku–Novorossiysk) before the specks a room cannot see (the exclave and the districts, a few mm² at
that scale) and the padding beyond the map's data; on a large-scale view the districts keep their
place."""
from __future__ import annotations

import pytest

from azmap.export.deck import SLIDE_MINOR_MM2, slide_order
from azmap.export.legend import LegendEntry
from azmap.views import SavedView, ViewStore


def test_specks_and_padding_go_after_what_the_slide_shows():
    entries = [LegendEntry("nodata", "Beyond the map's data", 130.0), LegendEntry("nakh", "Nakhchivan", 20.0),
               LegendEntry("district-fully", "District occupied", 200.0),
               LegendEntry("route-tap", "Trans Adriatic Pipeline", 70.0, "#5555ee", True)]
    keys = [e.key for e in slide_order(entries)]
    assert keys == ["district-fully", "route-tap", "nakh", "nodata"]
    assert SLIDE_MINOR_MM2 > 20.0


def _legend_text(slide):
    return "\n".join(p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs)


@pytest.mark.slow
def test_the_corridor_slide_lists_its_routes_and_the_karabakh_slide_its_districts(tmp_path):
    from pptx import Presentation

    from azmap.export.briefing import export_briefing
    from azmap.export.extent import VIEWS

    views = tmp_path / "views.json"
    ViewStore(views).save([SavedView("Corridors", VIEWS["corridor"]), SavedView("Karabakh", VIEWS["karabakh"])])
    out = export_briefing(tmp_path / "d.pptx", views_file=views)
    slides = list(Presentation(out).slides)
    corridor, karabakh = slides[1], slides[2]
    text = _legend_text(corridor)
    for route in ("Trans-Anatolian Pipeline", "Trans Adriatic Pipeline", "Baku–Novorossiysk pipeline"):
        assert route in text, text
    assert "District occupied 1992/93–2020" in _legend_text(karabakh)
