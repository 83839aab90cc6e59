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


def _specs_and_furniture(view, page, **kw):
    req = ExportRequest(out="s.png", size=page, dpi=60, caption_sources=[], view=view, **kw)
    with composed(req) as comp:
        md = comp.map
        return ({s.fid: s for s in md.label_specs}, md.to_display(box(*md.furniture_data)), md,
                comp.result("s.png", 60))


@pytest.mark.slow
@pytest.mark.parametrize("view, page", [("region", "338.7x190.5mm"), ("region", "A4-landscape"),
                                        ("corridor", "338.7x190.5mm")])
def test_each_sea_is_named_over_water_nearer_its_own_point_than_another_sea_s(view, page):
    """The Mediterranean joins the Black Sea through the straits: the stretch its name may stand on
    stops where the water is nearer the Black Sea's point (and the Black Sea's where it is nearer the
    Mediterranean's); the Caspian, named as a feature of its own, is no open sea's water."""
    from azmap.style import SEA_NAMES

    specs, _, md, _ = _specs_and_furniture(view, page)
    points = {sid: md.to_display(shapely.Point(*md.proj.forward(lon, lat)))
              for sid, (_, lon, lat, _) in SEA_NAMES.items()}
    caspian = md.to_display(md.proj.geom(GAZ.get("caspian-sea").shape()))
    for sid, spec in specs.items():
        if sid not in SEA_NAMES:
            continue
        inside = spec.geom.representative_point()
        own = inside.distance(points[sid])
        assert all(own <= inside.distance(p) + 1 for other, p in points.items() if other != sid), sid
        assert spec.geom.intersection(caspian).area <= 0.01 * spec.geom.area, sid
    med, black = specs.get("mediterranean-sea"), specs.get("black-sea")
    if med is not None and black is not None:
        assert med.geom.intersection(black.geom).area <= 1.0


@pytest.mark.slow
def test_the_black_sea_is_never_named_over_the_caspian_on_a_slide():
    from azmap.export.deck import slide_map_request

    for view in ("caucasus", "azerbaijan"):
        req = slide_map_request("s.png", dpi=60, view=view)
        with composed(req) as comp:
            result = comp.result("s.png", 60)
        sea = next((lab for lab in result.labels if lab.feature == "black-sea" and lab.placed), None)
        if sea is not None:
            caspian = result.project(GAZ.get("caspian-sea").shape())
            assert caspian.intersection(box(*sea.bbox)).area == 0, view


@pytest.mark.slow
def test_the_scale_bar_s_box_goes_where_it_hides_least_of_what_the_map_names():
    """On a slide of the region the lower left is the Mediterranean's water south of the Aegean: the
    box goes to a corner where it hides less of what the map names (the seas' water, must-have
    ground, capitals, routes), and the water it left is named where the map has room."""
    from azmap.export.deck import slide_map_request
    from azmap.export.scalebar import CORNERS, _furniture_at, hidden

    req = slide_map_request("s.png", dpi=60, view="region")
    with composed(req) as comp:
        md = comp.map
        chosen = md.to_display(box(*md.furniture_data))
        lower_left = md.to_display(box(*_furniture_at(md, CORNERS[0])[1]))
        med = next(s for s in md.label_specs if s.fid == "mediterranean-sea")
        assert hidden(md, chosen.bounds) < hidden(md, lower_left.bounds)
        assert chosen.intersection(med.geom).area <= 0.02 * med.geom.area


@pytest.mark.slow
def test_where_the_lower_left_hides_nothing_named_the_scale_bar_stays_there():
    from azmap.export.scalebar import CORNERS, _furniture_at

    _, chosen, md, _ = _specs_and_furniture("karabakh", "A4")
    lower_left = md.to_display(box(*_furniture_at(md, CORNERS[0])[1]))
    assert chosen.equals_exact(lower_left, 1e-6) or chosen.symmetric_difference(lower_left).area < 1.0
