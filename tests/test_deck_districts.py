"""On a slide of the Karabakh view all seven districts are named, on their own ground, no smaller than
the slide's legibility floor (5 pt on A4, scaled as the slide's type is): level where they have room,
turned along the district where they have not; and at 1:4,000,000 or larger every print names them."""
from __future__ import annotations

import pytest
from shapely.geometry import Polygon, box

from azmap.export.deck import MAP_DPI, MAP_H_MM, MAP_W_MM, SLIDE_TYPE_SCALE
from azmap.export.render import ExportRequest, composed
from azmap.features import gazetteer
from tests.test_print_audit import districts_drawn, misplaced_names

GAZ = gazetteer()
DISTRICTS = ("kalbajar", "lachin", "qubadli", "zangilan", "jabrayil", "fuzuli", "aghdam")
SLIDE_FLOOR_PT = 5.0 * SLIDE_TYPE_SCALE


@pytest.mark.slow
@pytest.mark.parametrize("year", [None, 2021])
def test_a_karabakh_slide_names_all_seven_districts_on_their_own_ground(year):
    from azmap.export.extent import VIEWS

    req = ExportRequest(out="k.png", size=f"{MAP_W_MM}x{MAP_H_MM}mm", dpi=MAP_DPI // 2, layout="map",
                        type_scale=SLIDE_TYPE_SCALE, caption_sources=[], bbox=VIEWS["karabakh"], year=year)
    with composed(req) as comp:
        result = comp.result("k.png", MAP_DPI // 2)
    by_id = {lab.feature: lab for lab in result.labels}
    for fid in DISTRICTS:
        lab = by_id.get(fid)
        assert lab is not None and lab.placed, fid
        assert not lab.leader and lab.size_pt >= SLIDE_FLOOR_PT - 0.01, (fid, lab.size_pt)
        ground = result.project(GAZ.get(fid).shape())
        b = Polygon(lab.corners) if lab.corners else box(*lab.bbox)
        assert ground.intersection(b).area >= 0.5 * b.area, fid  # on its own district
    assert not misplaced_names(result)


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
