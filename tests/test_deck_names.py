"""A slide's map sets its names in the slide's larger type, so a small country may find no room on its
own ground: the focus country's name then stands beside it over the sea (Azerbaijan over the Caspian
on a slide of the region) rather than being dropped, and over no other country."""
from __future__ import annotations

import pytest
from shapely.geometry import box

from azmap.export.deck import MAP_H_MM, MAP_W_MM, SLIDE_TYPE_SCALE
from azmap.export.render import ExportRequest, composed
from azmap.features import gazetteer
from tests.test_print_audit import misplaced_names

GAZ = gazetteer()


@pytest.mark.slow
def test_a_region_slide_names_azerbaijan_beside_it_over_the_caspian():
    req = ExportRequest(out="r.png", size=f"{MAP_W_MM}x{MAP_H_MM}mm", dpi=100, layout="map",
                        type_scale=SLIDE_TYPE_SCALE, caption_sources=[], view="region")
    with composed(req) as comp:
        result = comp.result("r.png", 100)
    az = next(lab for lab in result.labels if lab.feature == "azerbaijan")
    assert az.placed and not az.leader
    assert az.size_pt >= 5.0 * SLIDE_TYPE_SCALE - 0.01  # not below the slide's floor
    b = box(*az.bbox)
    ground = result.project(GAZ.get("azerbaijan").shape())
    assert b.distance(ground) <= 1.5 / 25.4 * result.dpi  # at its ground
    assert not [p for p in misplaced_names(result) if "AZERBAIJAN" in p]
