"""The sweep of documents21's web-page kinds (tests/sweep_d21web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d21web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at 010e1fa), the cells as committed:
# dev  19 cells: titles 16, participants 17, paragraphs 58/63, extra 7, furniture 7, whole 7
# test 20 cells (figures only): titles 15, participants 18, paragraphs 62/67, extra 6, furniture 6, whole 6
DEV = {"cells": 19, "dates": 19, "authors": 19, "paragraphs": "58/63", "extra passages": 7,
       "furniture in body": 7, "captions lost": 0, "whole": 7, "participants": 17, "titles": 16}
TEST_FLOOR = {"cells": 20, "dates": 20, "authors": 20, "paragraphs": "62/67", "extra passages": 6,
              "furniture in body": 6, "captions lost": 0, "whole": 6, "participants": 18, "titles": 15}


def test_the_halves_are_written_apart_with_a_trap_for_each_kind():
    halves_apart(sweep_d21web, 4)
    for half in ("dev", "test"):
        found = sweep_d21web.cells(half)
        for kind in {c["kind"] for c in found}:
            assert any("trap" in c["id"] for c in found if c["kind"] == kind), (half, kind)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_d21web, half, want)
    got = sweep_d21web.figures(half)
    assert got["titles"] >= want["titles"] and got["participants"] >= want["participants"] \
        and got["lines lost"] == 0, got
