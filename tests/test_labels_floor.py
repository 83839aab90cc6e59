"""The label engine with a least name size (a slide's 18 pt), on made-up ground: no name, cut short or
not, is set below it; a name that may be left out is left out rather than shrunk; a must-have area's
name with no room on or beside its ground is called out, in a box of its own, over open water first,
joined by a leader to its ground."""
from __future__ import annotations

import pytest
from shapely.geometry import Point, box

from azmap.export.labels import CALLOUT_MAX_MM, CALLOUT_OWN_SHARE, LabelSpec, Placer

FRAME = (0.0, 0.0, 600.0, 400.0)
FLOOR = 18.0


def measure(text, size, style):
    """A fixed-pitch stand-in: 0.6 of the size a character, the size high (display px = points)."""
    lines = text.split("\n")
    return 0.6 * size * max(len(t) for t in lines), size * 1.2 * len(lines)


# a small landlocked country (60 x 40 px) between larger ones, with open water to the west (a display
# pixel a point: 40 mm from its middle to the water)
SMALL = box(300.0, 180.0, 360.0, 220.0)
NORTH = box(220.0, 220.0, 600.0, 400.0)
SOUTH = box(220.0, 0.0, 600.0, 180.0)
EAST = box(360.0, 180.0, 600.0, 220.0)
WEST_LAND = box(220.0, 180.0, 300.0, 220.0)
COUNTRIES = {"small": SMALL, "north": NORTH, "south": SOUTH, "east": EAST, "westland": WEST_LAND}


def country(fid, geom, size, must=True, short=None, page_floor=None):
    spec = LabelSpec(fid, fid.upper() if fid != "small" else "ARMENIA", "country", "area", geom, size, 0.0, must,
                     frozenset({fid}), min_size=5.0, page_floor=page_floor)
    spec.short = short
    return spec


def placer(floor=FLOOR):
    return Placer(measure, FRAME, 1.0, countries=COUNTRIES, floor=floor)  # a display pixel a point


def test_without_a_floor_the_small_country_is_named_small_on_its_own_ground():
    p = placer(floor=None).place(country("small", SMALL, 10.0))
    assert p.placed and p.size < FLOOR and not p.callout


def test_with_a_floor_no_name_goes_below_it():
    pl = placer()
    specs = [country("small", SMALL, 10.0, short="ARM.", page_floor=5.0), country("north", NORTH, 10.0),
             LabelSpec("town", "Smalltown", "city", "point", Point(330.0, 200.0), 7.0, 1.0, False,
                       frozenset({"small"}), min_size=5.0)]
    for p in pl.place_all(specs):
        if p.placed:
            assert p.size >= FLOOR - 1e-9, (p.spec.text, p.size)


def test_a_name_that_may_be_left_out_is_left_out_rather_than_shrunk():
    p = placer().place(country("small", SMALL, 10.0, must=False))
    assert not p.placed


def test_a_must_have_name_with_no_room_is_called_out_over_the_water_with_a_leader_to_its_ground():
    (p,) = placer().place_all([country("small", SMALL, 10.0, short="ARM.", page_floor=5.0)])
    assert p.placed and p.callout and p.size >= FLOOR
    assert p.spec.text == "ARMENIA"  # its whole name, not cut short
    b = box(*p.box)
    land = NORTH.union(SOUTH).union(EAST).union(WEST_LAND)
    assert land.intersection(b).area <= 0.03 * b.area  # over the open water west of the land
    (ax, ay), end = p.leader
    assert SMALL.contains(Point(ax, ay))  # the leader starts on its ground
    assert b.distance(Point(ax, ay)) <= CALLOUT_MAX_MM * 72 / 25.4 + 1


def test_with_no_water_in_reach_a_callout_stands_over_land_in_its_box():
    land_all = {"small": SMALL, "rest": box(0.0, 0.0, 600.0, 400.0).difference(SMALL)}
    pl = Placer(measure, FRAME, 1.0, countries=land_all, floor=FLOOR)
    (p,) = pl.place_all([country("small", SMALL, 10.0)])
    assert p.placed and p.callout and p.size >= FLOOR
    b = box(*p.box)
    assert SMALL.intersection(b).area <= CALLOUT_OWN_SHARE * b.area  # beside its ground, not hiding it
    (ax, ay), _ = p.leader
    assert SMALL.contains(Point(ax, ay))


def test_a_callout_keeps_clear_of_names_already_placed():
    pl = placer()
    sea = LabelSpec("sea", "Open Sea", "sea", "area", box(0.0, 0.0, 100.0, 400.0), 18.0, -2.0, True, frozenset(),
                    leaders=False, home_min=0.9)
    small = country("small", SMALL, 10.0)
    out = pl.place_all([sea, small])
    assert all(p.placed for p in out)
    a, b = (box(*p.box) for p in out)
    assert a.intersection(b).area == 0


@pytest.mark.parametrize("floor", [None, FLOOR])
def test_a_cut_short_name_is_never_set_below_the_floor_it_has(floor):
    # room for "ARM." only at 10 pt: cut short and small without a floor, not at all with one
    tiny = box(300.0, 190.0, 330.0, 210.0)
    land = {"small": tiny, "rest": box(0.0, 0.0, 600.0, 400.0).difference(tiny)}
    pl = Placer(measure, FRAME, 1.0, countries=land, floor=floor, reserved=[(0.0, 0.0, 600.0, 185.0),
                                                                          (0.0, 215.0, 600.0, 400.0)])
    (p,) = pl.place_all([country("small", tiny, 10.0, short="ARM.", page_floor=5.0)])
    if floor is None:
        assert p.placed and p.size < FLOOR
    elif p.placed:
        assert p.size >= FLOOR
