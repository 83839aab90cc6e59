"""Pointers on the printed map: what the map is about but its frame does not hold (BTC's Ceyhan and
Baku-Novorossiysk's Novorossiysk beyond the Caucasus, a highlighted pipeline beyond a saved extent)
is named at the frame's edge, the arrow pointing its way, the distance true, over no other name;
and the district names of the Caucasus on A3 all stand on their own ground.

The checks read the page independently of the renderer: the bearing is the geodesic azimuth from the
frame's centre (pyproj.Geod), the distances the geodesic ones to the frame's outline."""
from __future__ import annotations

import re

import pytest
from shapely.geometry import Point, box

from azmap.export.render import ExportRequest, composed
from azmap.features import gazetteer
from tests.test_print_audit import footprint, misplaced_names

GAZ = gazetteer()
ARROW_BEARING = {"↑": 0, "↗": 45, "→": 90, "↘": 135, "↓": 180, "↙": 225, "←": 270, "↖": 315}
MAX_BEARING_ERROR = 45.0  # degrees
EDGE_MM = 2.5  # a pointer stands within this of the frame's edge


def _render(page="A4", dpi=72, **kw):
    req = ExportRequest(out="pointers.png", size=page, dpi=dpi, caption_sources=[], **kw)
    with composed(req) as comp:
        return comp.result("pointers.png", dpi)


def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _target_points(fid):
    """The points a pointer to the feature may aim at: a town's own point; any point of a line or of
    an area's outline."""
    g = GAZ.get(fid).shape()
    if g.geom_type == "Point":
        return [(g.x, g.y)]
    if g.geom_type in ("LineString", "MultiLineString"):
        parts = getattr(g, "geoms", [g])
        return [c for p in parts for c in p.coords]
    parts = getattr(g, "geoms", [g])
    big = max(parts, key=lambda p: p.area)
    return [(c[0], c[1]) for c in big.exterior.coords[::5]]


def _frame_outline_lonlat(result, n=40):
    """Points along the map's frame, in degrees."""
    x0, y0, x1, y1 = result.frame
    pts = []
    for i in range(n + 1):
        t = i / n
        for x, y in ((x0 + t * (x1 - x0), y0), (x0 + t * (x1 - x0), y1), (x0, y0 + t * (y1 - y0)),
                     (x1, y0 + t * (y1 - y0))):
            pts.append(result.projection.inverse(x, y))
    return pts


def _bearing_error(a, b):
    d = abs(a - b) % 360
    return min(d, 360 - d)


def pointer_problems(result, wanted=()) -> list[str]:
    """What is wrong with the page's pointers: a wanted one missing or not placed, one pointing the
    wrong way (more than 45° off the geodesic azimuth from the frame's centre), one whose distance is
    not the distance beyond the frame, one away from the frame's edge or over another name."""
    problems = []
    pointers = [lab for lab in result.labels if lab.kind == "pointer"]
    placed = [lab for lab in result.labels if lab.placed]
    by_fid = {lab.feature: lab for lab in pointers}
    for fid in wanted:
        lab = by_fid.get(fid)
        if lab is None or not lab.placed:
            problems.append(f"{fid} lies beyond the frame with no pointer")
    fx0, fy0, fx1, fy1 = result.frame_px()
    edge_px = EDGE_MM / 25.4 * result.dpi
    x0, y0, x1, y1 = result.frame
    clon, clat = result.projection.inverse((x0 + x1) / 2, (y0 + y1) / 2)
    geod = _geod()
    outline = _frame_outline_lonlat(result)
    for lab in pointers:
        if not lab.placed:
            continue
        arrows = [c for c in lab.text if c in ARROW_BEARING]
        if len(arrows) != 1:
            problems.append(f"{lab.text!r} has {len(arrows)} arrows")
            continue
        said = ARROW_BEARING[arrows[0]]
        azimuths = [geod.inv(clon, clat, lon, lat)[0] % 360 for lon, lat in _target_points(lab.feature)]
        err = min(_bearing_error(said, a) for a in azimuths)
        if err > MAX_BEARING_ERROR:
            problems.append(f"{lab.text!r} points {err:.0f}° away from {lab.feature}")
        km = re.search(r"([\d,]+) km", lab.text)
        if km:
            stated = int(km.group(1).replace(",", ""))
            (lon, lat), = _target_points(lab.feature)
            nearest = min(geod.inv(a, b, lon, lat)[2] for a, b in outline) / 1000
            from_centre = geod.inv(clon, clat, lon, lat)[2] / 1000
            if not 0.9 * nearest - 10 <= stated <= from_centre:
                problems.append(f"{lab.text!r}: {lab.feature} is {nearest:.0f} km beyond the frame")
        bx0, by0, bx1, by1 = lab.bbox
        if min(bx0 - fx0, fx1 - bx1, by0 - fy0, fy1 - by1) > edge_px:
            problems.append(f"{lab.text!r} stands away from the frame's edge")
        if bx0 < fx0 - 0.5 or by0 < fy0 - 0.5 or bx1 > fx1 + 0.5 or by1 > fy1 + 0.5:
            problems.append(f"{lab.text!r} leaves the frame")
        for other in placed:
            if other is not lab and footprint(other).intersection(box(*lab.bbox)).area > 1.0:
                problems.append(f"{lab.text!r} lies over the name {other.text!r}")
    return problems


# every page shape: what each view must point to (the terminals of the routes it is about)
TERMINALS = {"caucasus": ("ceyhan", "novorossiysk"), "azerbaijan": ("ceyhan", "novorossiysk")}


@pytest.mark.parametrize("page", ["A4", "A4-landscape", "A3", "338.7x190.5mm"])
@pytest.mark.parametrize("view", ["caucasus", "azerbaijan"])
def test_btc_s_and_baku_novorossiysk_s_terminals_beyond_the_frame_are_pointed_to(view, page):
    result = _render(page, view=view)
    frame = box(*result.frame_px())
    for fid in TERMINALS[view]:
        assert not frame.contains(Point(result.to_pixel(*GAZ.get(fid).shape().coords[0])))  # beyond it
    assert not pointer_problems(result, TERMINALS[view])


def test_a_highlighted_pipeline_beyond_a_saved_extent_is_pointed_to():
    result = _render("A4-landscape", bbox=(44.0, 38.0, 51.0, 42.5), features=["tap"])
    assert not pointer_problems(result, ["tap"])
    tap = next(lab for lab in result.labels if lab.feature == "tap")
    assert tap.must and "Trans Adriatic" in tap.text and "←" in tap.text  # it lies west


def test_pointers_are_few_and_only_for_what_the_view_is_about():
    # BTC crosses a corner of the Karabakh view: neither of its ends is what that map is about
    assert not [lab for lab in _render("A4", view="karabakh").labels if lab.kind == "pointer"]
    # the region and corridor views hold their subjects whole: nothing to point to
    for view in ("region", "corridor"):
        assert not [lab.text for lab in _render("A4-landscape", view=view).labels if lab.kind == "pointer"]
    for view in ("caucasus", "azerbaijan"):
        assert len([lab for lab in _render("A4", view=view).labels if lab.kind == "pointer"]) <= 4


def test_before_the_pipelines_were_built_nothing_points_to_their_terminals():
    result = _render("A4", view="caucasus", year=1995)
    assert not [lab for lab in result.labels if lab.kind == "pointer"]


def test_the_pointer_audit_sees_a_wrong_way_pointer_a_missing_one_and_one_over_a_name():
    result = _render("A4", view="caucasus")
    assert not pointer_problems(result, TERMINALS["caucasus"])
    ceyhan = next(lab for lab in result.labels if lab.feature == "ceyhan")
    # Ceyhan lies south-west of the Caucasus: an arrow to the north-east is wrong
    good = ceyhan.text
    ceyhan.text = good.replace("↙", "↗").replace("←", "→")
    assert any("points" in p and "ceyhan" in p for p in pointer_problems(result))
    ceyhan.text = good
    # a pointer moved onto another name
    armenia = next(lab for lab in result.labels if lab.feature == "armenia")
    w, h = ceyhan.bbox[2] - ceyhan.bbox[0], ceyhan.bbox[3] - ceyhan.bbox[1]
    ceyhan.bbox = (armenia.bbox[0], armenia.bbox[1], armenia.bbox[0] + w, armenia.bbox[1] + h)
    assert any("lies over the name 'ARMENIA'" in p for p in pointer_problems(result))
    # a wanted pointer missing
    result.labels = [lab for lab in result.labels if lab.feature != "novorossiysk"]
    assert any("novorossiysk lies beyond the frame with no pointer" in p for p in pointer_problems(result, ["novorossiysk"]))


def test_every_district_is_named_on_its_own_ground_on_the_caucasus_a3():
    result = _render("A3", dpi=60, view="caucasus")
    districts = [lab for lab in result.labels if lab.kind == "district"]
    assert {lab.feature for lab in districts} == {f.id for f in GAZ.of_kind("district")}
    assert all(lab.placed for lab in districts), [lab.text for lab in districts if not lab.placed]
    assert not [lab for lab in districts if lab.leader and lab.size_pt < 5.0]
    assert not misplaced_names(result)
    turned = [lab for lab in districts if lab.corners]
    for lab in turned:  # a turned name is read along its district, not across the page
        own = result.project(GAZ.get(lab.feature).shape())
        assert own.intersection(footprint(lab)).area >= 0.75 * footprint(lab).area
