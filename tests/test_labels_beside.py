"""Every country a route crosses is named: a country of which only a corner shows (Italy's heel on the
corridor view, Turkey at the Karabakh view's edge) takes smaller type on its own part, then stands
beside that part over the sea (never over another country), then points toward it from the frame's
edge, before it is dropped. The label engine on its own, then the printed corridor view."""
from __future__ import annotations

import pytest
from shapely.geometry import Point, box

from azmap.export.labels import LabelSpec, Placer

FRAME = (0.0, 0.0, 400.0, 300.0)


def measure(text, size, style):
    """A fixed-pitch stand-in: 0.6 of the size a character, the size high (display px = points)."""
    return 0.6 * size * len(text), size * 1.2


def heel(**kw):
    """A country's small tip (12 x 10 px) at the frame's left edge, in open sea."""
    spec = LabelSpec("italy", "ITALY", "country", "area", box(0, 140, 12, 150), 8.0, 2.0, True,
                     frozenset({"italy"}), leaders=True, min_size=5.0, **kw)
    return spec


def test_a_crossed_country_with_no_room_on_its_part_stands_beside_it_over_the_sea():
    placer = Placer(measure, FRAME, 1.0, countries={"italy": box(-50, 140, 12, 150)})
    p = placer.place(heel(beside=True))
    assert p.placed and p.beside and p.leader is None
    assert box(*p.box).distance(box(0, 140, 12, 150)) <= 3.0  # right against its part


def test_without_the_beside_rule_such_a_name_is_only_led_off_its_ground():
    placer = Placer(measure, FRAME, 1.0, countries={"italy": box(-50, 140, 12, 150)})
    p = placer.place(heel())
    assert not p.beside


def test_beside_its_part_a_name_never_lies_over_another_country():
    # the tip is hemmed in by another country on every side but the frame's edge
    other = box(0, 100, 120, 200).difference(box(0, 140, 12, 150))
    placer = Placer(measure, FRAME, 1.0, countries={"italy": box(-50, 140, 12, 150), "greece": other})
    p = placer.place(heel(beside=True))
    if p.placed:
        assert other.intersection(box(*p.box)).area <= 0.03 * box(*p.box).area


def test_with_no_room_on_or_beside_its_part_a_crossed_country_points_toward_it_from_the_edge():
    other = box(0, 0, 400, 300).difference(box(0, 140, 12, 150))  # another country all around it
    pointer = LabelSpec("italy", "← Italy", "pointer", "edge", Point(0.0, 145.0), 8.0, 3.6, True, frozenset(),
                        toward=(-1.0, 0.0), leaders=False, min_size=6.0)
    placer = Placer(measure, FRAME, 1.0, countries={"italy": box(-50, 140, 12, 150), "greece": other})
    p = placer.place(heel(beside=True, pointer=pointer))
    assert p.placed and p.spec is pointer
    assert p.box[0] == pytest.approx(0.0)
    # and without the pointer the name is dropped rather than set over the other country
    placer = Placer(measure, FRAME, 1.0, countries={"italy": box(-50, 140, 12, 150), "greece": other})
    assert not placer.place(heel(beside=True)).placed


@pytest.mark.slow
@pytest.mark.parametrize("page", ["A4", "A4-landscape", "A3", "338.7x190.5mm"])
def test_the_corridor_view_names_italy_at_tap_s_landfall_on_every_page(page):
    from azmap.export.render import ExportRequest, composed
    from tests.test_print_audit import misplaced_names, missing_must_haves

    req = ExportRequest(out="c.png", size=page, dpi=60, caption_sources=[], view="corridor")
    with composed(req) as comp:
        result = comp.result("c.png", 60)
    italy = [lab for lab in result.labels if lab.feature == "italy"]
    assert italy and italy[0].placed and italy[0].must
    assert not missing_must_haves(result)
    assert not misplaced_names(result)
