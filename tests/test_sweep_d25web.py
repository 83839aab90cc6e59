"""The sweep of documents25's web-page kinds (tests/sweep_d25web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d25web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at 4e83b9c), the cells as they stand:
# dev  15 cells: authors 11, extra 9, furniture 16, whole 8
# test 16 cells (figures only): authors 12, extra 12, furniture 22, whole 8
DEV = {"cells": 15, "dates": 15, "authors": 15, "paragraphs": "53/53", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 15, "participants": 15, "titles": 15}
# the test cells measured once after each kind's change, nothing tuned on them (grouprole's at a0668ef, the other
# two kinds' at the end): 16 of 16 whole
TEST_FLOOR = {"cells": 16, "dates": 16, "authors": 16, "paragraphs": "56/56", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 16, "participants": 16, "titles": 16}

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
