"""The sweep of documents25's web-page kinds (tests/sweep_d25web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d25web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at 4e83b9c), the cells as they stand:
# dev  20 cells: authors 14, extra 9, furniture 16, whole 11
# test 21 cells (figures only): authors 15, extra 12, furniture 22, whole 11
DEV = {"cells": 20, "dates": 20, "authors": 20, "paragraphs": "68/68", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 20, "participants": 20, "titles": 20}
# the test cells measured once after each kind's change, nothing tuned on them: 19 of 21 whole. The misses, left
# alone: a Russian and a Turkish expert card whose post ("Ведущий научный сотрудник, Программа …", "Kıdemli
# Araştırmacı, Enerji Programı") the card reader does not take for a post with its unit
TEST_FLOOR = {"cells": 21, "dates": 21, "authors": 19, "paragraphs": "71/71", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 19, "participants": 21, "titles": 21}

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
