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
