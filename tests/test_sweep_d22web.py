"""The sweep of documents22's web-page kinds (tests/sweep_d22web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d22web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at d2a09f5), the cells as first committed:
# dev  10 cells: authors 6, whole 6
# test 10 cells (figures only): authors 4, whole 4
DEV = {"cells": 10, "dates": 10, "authors": 6, "paragraphs": "31/31", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 6, "participants": 10, "titles": 10}
TEST_FLOOR = {"cells": 10, "dates": 10, "authors": 4, "paragraphs": "31/31", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 4, "participants": 10, "titles": 10}


def test_the_halves_are_written_apart_with_a_trap_for_each_kind():
    halves_apart(sweep_d22web, 4)
    for half in ("dev", "test"):
        found = sweep_d22web.cells(half)
        for kind in {c["kind"] for c in found}:
            assert any("trap" in c["id"] for c in found if c["kind"] == kind), (half, kind)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_d22web, half, want)
    got = sweep_d22web.figures(half)
    assert got["titles"] >= want["titles"] and got["lines lost"] == 0, got
