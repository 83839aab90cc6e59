"""The sweep of documents25's web-page kinds (tests/sweep_d25web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d25web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at 4e83b9c), the cells as they stand:
# dev  7 cells: authors 4, whole 4
# test 8 cells (figures only): authors 5, whole 5
DEV = {"cells": 7, "dates": 7, "authors": 4, "paragraphs": "24/24", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 4, "participants": 7, "titles": 7}
TEST_FLOOR = {"cells": 8, "dates": 8, "authors": 5, "paragraphs": "27/27", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 5, "participants": 8, "titles": 8}


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
