"""The sweep of documents20's web-page kinds (tests/sweep_d20web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d20web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at df3e191), the cells as committed:
# dev  42 cells: titles 40, authors 34, paragraphs 129/131, extra 4, furniture 4, captions lost 9, whole 18
# test 39 cells (figures only): titles 37, authors 29, paragraphs 120/120, extra 3, furniture 3, captions lost 8,
#      whole 16
DEV = {"cells": 42, "dates": 42, "authors": 42, "paragraphs": "131/131", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 42, "participants": 42, "titles": 42}
# the test cells measured once at the end (3fa487a), nothing tuned on them: 38 of 39 whole; the one miss, a
# Russian pull quote of five words (the rule asks six or more), is left as it reads
TEST_FLOOR = {"cells": 39, "dates": 39, "authors": 39, "paragraphs": "120/120", "extra passages": 1,
              "furniture in body": 1, "captions lost": 0, "whole": 38, "participants": 39, "titles": 39}


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
