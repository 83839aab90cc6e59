"""Every name on a deck's slide is set at 18 pt or more as it stands on the slide (the issue's floor for
names shown to a room), on the five named views: fewer names than a page's, the must-haves among them.
A must-have area's name with no room on or beside its ground at that size is called out, in a box of
its own, its leader ending on its ground; every other area name stands on its own ground."""
from __future__ import annotations

import dataclasses

import pytest
import shapely
from shapely.geometry import Point, box

from azmap.export.deck import NAME_PT, slide_map_request
from azmap.export.render import composed
from azmap.features import gazetteer
from tests.test_print_audit import misplaced_names, route_countries_seen

GAZ = gazetteer()
VIEWS = ["region", "corridor", "caucasus", "azerbaijan", "karabakh"]


def slide_map(view=None, dpi=100, **kw):
    """The view's map as deck.py renders it for its slide (at 100 dpi: laid out as at the deck's 200)."""
    req = slide_map_request("s.png", dpi=dpi, view=view, **kw)
    with composed(req) as comp:
        return comp.result("s.png", dpi)


def _ground(fid):
    return shapely.union_all([GAZ.get(fid).shape()])


@pytest.fixture(scope="module", params=[(v, kind) for v in VIEWS for kind in ("view", "saved")],
                ids=lambda p: f"{p[0]}-{p[1]}")
def slide(request):
    """Each named view's slide, and the slide of a view saved at the named view's extent (as a deck of
    saved views renders it: the extent fitted to the slide, not the named view's own frame)."""
    from azmap.export.extent import VIEWS as EXTENTS

    view, kind = request.param
    return view, slide_map(view) if kind == "view" else slide_map(bbox=EXTENTS[view])


@pytest.mark.slow
def test_every_name_on_a_slide_is_at_least_18_pt(slide):
    view, result = slide
    small = [(lab.text, lab.size_pt) for lab in result.labels if lab.placed and lab.size_pt < NAME_PT - 0.01]
    assert not small, f"{view}: {small}"


@pytest.mark.slow
def test_a_slide_names_its_must_haves(slide):
    """The focus country, its neighbours in frame, every country a drawn route crosses where it shows,
    the seas that fill a twentieth of the map, the focus country's capital."""
    view, result = slide
    dropped = [lab.text for lab in result.labels if lab.must and not lab.placed]
    assert not dropped, f"{view}: {dropped}"
    placed = {lab.feature for lab in result.labels if lab.placed}
    assert route_countries_seen(result) <= placed, view
    assert {"azerbaijan", "baku"} & {lab.feature for lab in result.labels if lab.must} <= placed


@pytest.mark.slow
def test_a_called_out_name_is_led_to_its_own_ground_and_the_rest_stand_on_theirs(slide):
    view, result = slide
    for lab in result.labels:
        if lab.placed and lab.callout:
            assert lab.leader and lab.anchor is not None
            ground = result.project(GAZ.get(lab.feature).shape())
            assert ground.buffer(2).contains(Point(lab.anchor)), f"{view}: {lab.text} led from elsewhere"
            assert ground.intersection(box(*lab.bbox)).area <= 0.15 * box(*lab.bbox).area  # beside it
    rest = dataclasses.replace(result, labels=[lab for lab in result.labels if not lab.callout])
    assert not misplaced_names(rest), f"{view}: {misplaced_names(rest)}"


@pytest.mark.slow
def test_the_small_scale_slides_name_the_caucasus_at_slide_size():
    """On the region and corridor slides Azerbaijan, Armenia and Georgia are each a few mm across:
    their names, at 18 pt, are called out rather than set at 5 to 9 pt or cut short ("ARM.")."""
    for view in ("region", "corridor"):
        result = slide_map(view)
        by_id = {lab.feature: lab for lab in result.labels}
        for fid in ("azerbaijan", "armenia", "georgia"):
            lab = by_id[fid]
            assert lab.placed and lab.size_pt >= NAME_PT - 0.01, (view, fid, lab.size_pt)
            assert not lab.text.endswith("."), (view, lab.text)


@pytest.mark.slow
def test_a_saved_view_of_the_whole_region_names_every_crossed_country_at_slide_size():
    """The region as a saved view (an extent, not the named view): Albania, crossed by TAP, is named."""
    result = slide_map(bbox=(16.0, 33.0, 58.0, 57.0))
    placed = {lab.feature for lab in result.labels if lab.placed}
    assert route_countries_seen(result) <= placed
    assert "albania" in placed
    assert all(lab.size_pt >= NAME_PT - 0.01 for lab in result.labels if lab.placed)


@pytest.mark.slow
@pytest.mark.parametrize("view", ["region", "corridor"])
@pytest.mark.parametrize("year", [1995, 2005])
def test_the_small_scale_slides_call_out_every_must_have_in_earlier_years(view, year):
    """With fewer routes drawn the callouts find other places: the first one's leader must not leave
    the next none (Georgia on the region slide of 1995), nor a town's name on the focus country's
    deepest point leave it no leader (Azerbaijan on the corridor slide of 2005)."""
    result = slide_map(view, year=year)
    dropped = [lab.text for lab in result.labels if lab.must and not lab.placed]
    assert not dropped, (view, year, dropped)
    assert all(lab.size_pt >= NAME_PT - 0.01 for lab in result.labels if lab.placed)
