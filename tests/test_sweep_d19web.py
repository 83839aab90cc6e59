"""The sweep of documents19's web-page kinds (tests/sweep_d19web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d19web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at bd40a66), the cells as committed (the foot credit as a plain paragraph):
# dev  31 cells: titles 28, authors 30, paragraphs 102/102, extra 26, furniture 26, captions lost 3, whole 13
# test 33 cells (figures only): titles 30, authors 32, paragraphs 110/110, extra 19, furniture 19, captions lost 3,
#      whole 17
DEV = {"cells": 31, "dates": 31, "authors": 31, "paragraphs": "102/102", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 31, "participants": 31, "titles": 31}
# the test cells measured once at the end (da0edc0), nothing tuned on them: every cell read right
TEST_FLOOR = {"cells": 33, "dates": 33, "authors": 33, "paragraphs": "110/110", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 33, "participants": 33, "titles": 33}


def test_the_halves_are_written_apart_with_a_trap_for_each_kind():
    halves_apart(sweep_d19web, 6)
    for half in ("dev", "test"):
        found = sweep_d19web.cells(half)
        for kind in {c["kind"] for c in found}:
            assert any("trap" in c["id"] for c in found if c["kind"] == kind), (half, kind)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_d19web, half, want)
    got = sweep_d19web.figures(half)
    assert got["titles"] >= want["titles"] and got["lines lost"] == 0, got
