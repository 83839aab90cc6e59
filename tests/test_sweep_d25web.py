"""The sweep of documents25's web-page kinds (tests/sweep_d25web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d25web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at 4e83b9c), the cells as they stand:
# dev  11 cells: authors 7, extra 7, furniture 14, whole 6
# test 12 cells (figures only): authors 8, extra 10, furniture 20, whole 6
# grouprole read (dev 7 of 7); infoboxrows at the floor
DEV = {"cells": 11, "dates": 11, "authors": 10, "paragraphs": "40/40", "extra passages": 7,
       "furniture in body": 14, "captions lost": 0, "whole": 9, "participants": 11, "titles": 11}
# grouprole's test cells measured once after its change: 8 of 8 whole; infoboxrows' at the floor
TEST_FLOOR = {"cells": 12, "dates": 12, "authors": 11, "paragraphs": "43/43", "extra passages": 10,
              "furniture in body": 20, "captions lost": 0, "whole": 9, "participants": 12, "titles": 12}

def test_the_halves_are_written_apart_with_a_trap_for_each_kind():
    halves_apart(sweep_d25web, 4)
    for half in ("dev", "test"):
        found = sweep_d25web.cells(half)
        for kind in {c["kind"] for c in found}:
            assert any("trap" in c["id"] for c in found if c["kind"] == kind), (half, kind)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_d25web, half, want)
    got = sweep_d25web.figures(half)
    assert got["titles"] >= want["titles"] and got["lines lost"] == 0, got
