"""The sweep of documents20's web-page kinds (tests/sweep_d20web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d20web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at df3e191), the cells as committed:
# dev  29 cells: authors 21, paragraphs 89/89, extra 2, furniture 2, captions lost 9, whole 10
# test 27 cells (figures only): authors 17, paragraphs 82/82, extra 2, furniture 2, captions lost 8, whole 7
DEV = {"cells": 29, "dates": 29, "authors": 29, "paragraphs": "89/89", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 29, "participants": 29, "titles": 29}
TEST_FLOOR = {"cells": 27, "dates": 27, "authors": 17, "paragraphs": "82/82", "extra passages": 2,
              "furniture in body": 2, "captions lost": 8, "whole": 7, "participants": 27, "titles": 27}


def test_the_halves_are_written_apart_with_a_trap_for_each_kind():
    halves_apart(sweep_d20web, 6)
    for half in ("dev", "test"):
        found = sweep_d20web.cells(half)
        for kind in {c["kind"] for c in found}:
            assert any("trap" in c["id"] for c in found if c["kind"] == kind), (half, kind)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_d20web, half, want)
    got = sweep_d20web.figures(half)
    assert got["titles"] >= want["titles"] and got["lines lost"] == 0, got
