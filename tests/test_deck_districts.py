"""On a slide of the Karabakh view all seven districts are named at the slide's 18 pt: on their own
ground where they have room, else called out with a leader ending on their own district; and at
1:4,000,000 or larger every print names them."""
from __future__ import annotations

import pytest
from shapely.geometry import Point, Polygon, box

from azmap.export.deck import NAME_PT, slide_map_request
from azmap.export.extent import VIEWS
from azmap.export.render import ExportRequest, composed
from azmap.features import gazetteer
from tests.test_print_audit import districts_drawn

GAZ = gazetteer()
DISTRICTS = ("kalbajar", "lachin", "qubadli", "zangilan", "jabrayil", "fuzuli", "aghdam")


@pytest.mark.slow
@pytest.mark.parametrize("year", [None, 2021])
def test_a_karabakh_slide_names_all_seven_districts_at_slide_size(year):
    req = slide_map_request("k.png", dpi=100, bbox=VIEWS["karabakh"], year=year)
    with composed(req) as comp:
        result = comp.result("k.png", 100)
    by_id = {lab.feature: lab for lab in result.labels}
    for fid in DISTRICTS:
        lab = by_id.get(fid)
        assert lab is not None and lab.placed, fid
        assert lab.size_pt >= NAME_PT - 0.01, (fid, lab.size_pt)
        ground = result.project(GAZ.get(fid).shape())
        if lab.leader:  # led (a short way, or called out) from its own district
            assert ground.buffer(2).contains(Point(lab.anchor)), fid
        else:
            b = Polygon(lab.corners) if lab.corners else box(*lab.bbox)
            assert ground.intersection(b).area >= 0.5 * b.area, fid  # on its own district


@pytest.mark.slow
def test_caucasus_a3_at_1_to_4m_names_every_district_it_draws():
    req = ExportRequest(out="c.png", size="A3", dpi=60, caption_sources=[], view="caucasus")
    with composed(req) as comp:
        result = comp.result("c.png", 60)
    assert result.scale_denominator <= 4_000_000
    drawn = districts_drawn(result)
    assert drawn == set(DISTRICTS)
    placed = {lab.feature for lab in result.labels if lab.placed}
    assert drawn <= placed
    assert all(lab.must for lab in result.labels if lab.feature in drawn)
