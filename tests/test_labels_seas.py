"""The seas a briefing needs are named where they show, even where the point a sea is known by lies
beyond the frame: the Black Sea on the Caucasus view (its point is off Crimea), over open water of
its own and never over land."""
from __future__ import annotations

import pytest
import shapely
from shapely.geometry import box

from azmap.export.render import ExportRequest, composed
from azmap.features import gazetteer

GAZ = gazetteer()


@pytest.mark.slow
@pytest.mark.parametrize("page", ["A4", "A3", "338.7x190.5mm"])
def test_the_caucasus_view_names_the_black_sea_over_its_own_water(page):
    req = ExportRequest(out="s.png", size=page, dpi=60, caption_sources=[], view="caucasus")
    with composed(req) as comp:
        result = comp.result("s.png", 60)
    sea = next((lab for lab in result.labels if lab.feature == "black-sea"), None)
    assert sea is not None and sea.placed
    land = shapely.union_all([result.project(c.shape()) for c in GAZ.of_kind("country")])
    b = box(*sea.bbox)
    assert land.intersection(b).area <= 0.03 * b.area
    # west of Georgia, not on the Caspian side of the map
    x, _ = result.to_pixel(41.6, 42.1)  # Georgia's Black Sea coast at Poti
    assert b.bounds[2] <= x + 5


@pytest.mark.slow
def test_the_corridor_slide_names_the_mediterranean_south_of_turkey():
    req = ExportRequest(out="s.png", size="338.7x190.5mm", dpi=60, caption_sources=[], view="corridor")
    with composed(req) as comp:
        result = comp.result("s.png", 60)
    sea = next((lab for lab in result.labels if lab.feature == "mediterranean-sea"), None)
    assert sea is not None and sea.placed
    _, y = result.to_pixel(33.0, 36.2)  # Turkey's south coast at Anamur
    assert box(*sea.bbox).bounds[1] >= y  # below it (pixels run down)
