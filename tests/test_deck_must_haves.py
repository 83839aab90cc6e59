"""Every slide of a deck of the named views names what the audit calls must-have: each country a
drawn route crosses where any of it shows, and the occupied districts at large scale. A slide sets
its names in larger type than a page, so a landlocked country may find no room at slide type; the
label engine then sets it smaller (down to the page's floor), turned, or cut short, rather than
dropping it."""
from __future__ import annotations

import pytest

from azmap.export.deck import MAP_H_MM, MAP_W_MM, SLIDE_TYPE_SCALE
from azmap.export.render import ExportRequest, composed
from tests.test_print_audit import missing_must_haves

VIEWS = ["caucasus", "azerbaijan", "karabakh", "corridor", "region"]


def _slide_map(view, dpi=100):
    """The view's map as deck.py renders it for its slide: the map alone, at the slide's size and type."""
    req = ExportRequest(out="s.png", size=f"{MAP_W_MM}x{MAP_H_MM}mm", dpi=dpi, layout="map",
                        type_scale=SLIDE_TYPE_SCALE, caption_sources=[], view=view)
    with composed(req) as comp:
        return comp.result("s.png", dpi)


@pytest.mark.slow
@pytest.mark.parametrize("view", VIEWS)
def test_a_slide_names_every_must_have(view):
    result = _slide_map(view)
    assert not missing_must_haves(result), missing_must_haves(result)
    for lab in result.labels:
        if lab.kind in ("country", "district") and lab.must:  # the focus, its neighbours, the districts
            assert lab.placed, f"{lab.text!r} is a must-have on the {view} slide and was dropped"
            assert lab.size_pt >= 5.0 - 1e-6, f"{lab.text!r} below the page's floor"


@pytest.mark.slow
@pytest.mark.parametrize("view", ["corridor", "region"])
def test_armenia_is_named_on_a_small_scale_slide(view):
    """Landlocked, with its capital's dot in its middle: in smaller type, turned, or cut short, but named."""
    result = _slide_map(view)
    armenia = next(lab for lab in result.labels if lab.feature == "armenia")
    assert armenia.placed and armenia.text in ("ARMENIA", "ARM.")
    yerevan = next(lab for lab in result.labels if lab.feature == "yerevan")
    assert yerevan.placed  # not pushed off for it


@pytest.mark.slow
def test_a_saved_view_of_the_whole_region_leads_no_country_name_from_afar():
    """The region as a saved view (an extent, not the named view): Albania, crossed by TAP, is named
    on or beside its own ground, not led across Greece from 15 mm away."""
    from azmap.export.labels import COUNTRY_LEADER_MAX_MM

    req = ExportRequest(out="s.png", size=f"{MAP_W_MM}x{MAP_H_MM}mm", dpi=100, layout="map",
                        type_scale=SLIDE_TYPE_SCALE, caption_sources=[], bbox=(16.0, 33.0, 58.0, 57.0))
    with composed(req) as comp:
        result = comp.result("s.png", 100)
    assert not missing_must_haves(result), missing_must_haves(result)
    px_per_mm = 100 / 25.4
    for lab in result.labels:
        if lab.kind == "country" and lab.placed and lab.leader:
            x0, y0, x1, y1 = lab.bbox
            gap = max(x0 - lab.anchor[0], lab.anchor[0] - x1, 0), max(y0 - lab.anchor[1], lab.anchor[1] - y1, 0)
            assert (gap[0] ** 2 + gap[1] ** 2) ** 0.5 <= COUNTRY_LEADER_MAX_MM * px_per_mm + 1, lab.text
    albania = next(lab for lab in result.labels if lab.feature == "albania")
    assert albania.placed
