"""The label engine on its own, without a map: a pointer at the frame's edge toward what lies beyond
it, clear of the names already there; a district's name turned along its long axis when it has no
room level; the arrows and distances pointers say."""
from __future__ import annotations

import math

import pytest
from shapely.geometry import Point, Polygon, box

from azmap.export.labels import LabelSpec, Placer, long_axis_angle, rotated_box
from azmap.export.pointers import arrow_for, edge_exit, great_circle_km, pointer_text, round_km

FRAME = (0.0, 0.0, 400.0, 300.0)


def measure(text, size, style):
    """A fixed-pitch stand-in: 0.6 of the size a character, the size high (display px = points)."""
    return 0.6 * size * len(text), size * 1.2


def edge_spec(fid, text, x, y, toward, must=True, size=8.0):
    return LabelSpec(fid, text, "pointer", "edge", Point(x, y), size, 3.6, must, frozenset(), toward=toward,
                     leaders=False, min_size=6.0)


def test_a_pointer_stands_at_the_edge_where_its_direction_leaves_the_frame():
    placer = Placer(measure, FRAME, 1.0)
    p = placer.place(edge_spec("ceyhan", "← Ceyhan 380 km", 0.0, 150.0, (-1.0, 0.0)))
    assert p.placed
    x0, y0, x1, y1 = p.box
    assert x0 == pytest.approx(0.0)  # against the left edge
    assert y0 <= 150.0 <= y1  # level with where the direction leaves the frame


def test_a_pointer_slides_along_the_edge_clear_of_a_name_already_there():
    placer = Placer(measure, FRAME, 1.0)
    town = LabelSpec("kars", "Kars", "city", "point", Point(30.0, 150.0), 8.0, 1.0, True, frozenset())
    first = placer.place(town)
    assert first.placed
    p = placer.place(edge_spec("ceyhan", "← Ceyhan 380 km", 0.0, 150.0, (-1.0, 0.0)))
    assert p.placed
    assert box(*p.box).intersection(box(*first.box)).area == 0
    assert p.box[0] == pytest.approx(0.0)
    assert abs((p.box[1] + p.box[3]) / 2 - 150.0) <= 0.35 * 300  # slid a little way, not across the map


def test_a_pointer_with_no_room_on_its_edge_is_left_out_rather_than_set_over_another_name():
    placer = Placer(measure, FRAME, 1.0, reserved=[(0.0, 0.0, 120.0, 300.0)])  # the whole left edge taken
    p = placer.place(edge_spec("ceyhan", "← Ceyhan 380 km", 0.0, 150.0, (-1.0, 0.0)))
    assert not p.placed


def test_a_pointer_in_a_corner_may_stand_on_either_edge():
    placer = Placer(measure, FRAME, 1.0, reserved=[(0.0, 250.0, 400.0, 300.0)])  # the top edge taken
    p = placer.place(edge_spec("novorossiysk", "↖ Novorossiysk 110 km", 0.0, 300.0, (-0.7, 0.7)))
    assert p.placed and p.box[0] == pytest.approx(0.0)


def _strip(angle_deg, length=120.0, width=12.0, cx=200.0, cy=150.0):
    return rotated_box(cx, cy, length, width, angle_deg)


def test_the_long_axis_of_a_slanted_strip_is_its_slant():
    assert long_axis_angle(_strip(35)) == pytest.approx(35, abs=4)
    assert long_axis_angle(_strip(-50)) == pytest.approx(-50, abs=4)
    assert long_axis_angle(_strip(88)) == 90.0  # nearly upright: read upward


def test_a_district_name_with_no_room_level_runs_along_the_district():
    # (not led: a district's name is led only a short way, and here nothing else would stop it)
    strip = _strip(40)
    spec = LabelSpec("zangilan", "Zangilan", "district", "area", strip, 9.0, 4.0, False, frozenset(),
                     leaders=False, min_size=7.0, home_min=0.75, rotate=True)
    p = Placer(measure, FRAME, 1.0).place(spec)
    assert p.placed
    assert p.angle == pytest.approx(40, abs=25)
    slanted = Polygon(p.corners)
    assert strip.intersection(slanted).area >= 0.75 * slanted.area  # on its own ground
    assert p.leader is None


def test_without_turning_the_same_name_is_dropped():
    strip = _strip(40)
    spec = LabelSpec("zangilan", "Zangilan", "district", "area", strip, 9.0, 4.0, False, frozenset(),
                     leaders=False, min_size=7.0, home_min=0.75, rotate=False)
    assert not Placer(measure, FRAME, 1.0).place(spec).placed


def test_a_turned_name_keeps_clear_of_names_placed_after_it():
    strip = _strip(40)
    placer = Placer(measure, FRAME, 1.0)
    turned = placer.place(LabelSpec("zangilan", "Zangilan", "district", "area", strip, 9.0, 4.0, False,
                                    frozenset(), leaders=False, min_size=7.0, home_min=0.75, rotate=True))
    cx, cy = Polygon(turned.corners).centroid.coords[0]
    town = placer.place(LabelSpec("x", "Xocavend", "city", "point", Point(cx, cy), 8.0, 5.0, False, frozenset(),
                                  leaders=False))
    if town.placed:
        assert Polygon(turned.corners).intersection(box(*town.box)).area <= 1.0


@pytest.mark.parametrize("dx, dy, arrow", [(1, 0, "→"), (1, 1, "↗"), (0, 1, "↑"), (-1, 1, "↖"), (-1, 0, "←"),
                                           (-1, -1, "↙"), (0, -1, "↓"), (1, -1, "↘"), (-3, -1, "←"), (-2, -3, "↙")])
def test_the_arrow_is_the_nearest_of_eight(dx, dy, arrow):
    assert arrow_for(dx, dy) == arrow


def test_the_edge_point_lies_on_the_ray_from_the_centre():
    x, y, side = edge_exit(FRAME, (200.0, 150.0), (-400.0, 0.0))
    assert side == "left" and x == 0.0
    assert (y - 150.0) / (x - 200.0) == pytest.approx((0.0 - 150.0) / (-400.0 - 200.0))
    assert edge_exit(FRAME, (200.0, 150.0), (100.0, 100.0)) is None  # inside: no pointer


def test_distances_are_great_circle_and_rounded():
    # Baku to Tbilisi: about 450 km on the ellipsoid
    assert great_circle_km(49.867, 40.409, 44.793, 41.715) == pytest.approx(450, rel=0.03)
    assert round_km(83) == 85 and round_km(384) == 380 and round_km(1234) == 1250
    assert pointer_text("Ceyhan", "←", 380, "left") == "← Ceyhan 380 km"
    assert pointer_text("Moscow", "→", 320, "right") == "Moscow 320 km →"
    assert pointer_text("Italy", "↗", None, "top") == "↗ Italy"
    assert math.isclose(great_circle_km(10, 0, 11, 0), 111.3, rel_tol=0.01)


def test_a_pointer_in_words_for_alt_text():
    from azmap.export.pointers import in_words

    assert in_words("↙ Ceyhan 380 km") == "Ceyhan, 380 km to the south-west"
    assert in_words("Moscow 1,320 km →") == "Moscow, 1,320 km to the east"
    assert in_words("↗ Italy") == "Italy, to the north-east"
