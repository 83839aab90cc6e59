"""The sweep of a byline's line read into people, posts and places (tests/sweep_bylineparse.py): the development
cells at the figures reached while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_bylineparse
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at 3325d99), the cells as they stand:
# dev  18 cells: authors 12, captions lost 3, whole 9 (with the ten cells added while tuning, 28: authors 13, whole 10)
# test 18 cells (figures only): authors 12, captions lost 3, whole 9
DEV = {"cells": 28, "dates": 28, "authors": 28, "paragraphs": "84/84", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 28, "participants": 28, "titles": 28}
# the test cells measured once after the three kinds' changes (4b9c6e6), nothing tuned on them: 17 of 18 whole. The
# miss, left alone: a Turkish byline "Haber: A · Fotoğraf: B" in an element whose class names the reporter
# ("muhabir", no author's mark word) read by its plain line alone, which a page takes without a cue's evidence
TEST_FLOOR = {"cells": 18, "dates": 18, "authors": 17, "paragraphs": "54/54", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 17, "participants": 18, "titles": 18}


def test_the_halves_are_written_apart_with_a_trap_for_each_kind():
    halves_apart(sweep_bylineparse, 4)
    for half in ("dev", "test"):
        found = sweep_bylineparse.cells(half)
        for kind in {c["kind"] for c in found}:
            assert any("trap" in c["id"] for c in found if c["kind"] == kind), (half, kind)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_bylineparse, half, want)
    got = sweep_bylineparse.figures(half)
    assert got["titles"] >= want["titles"] and got["lines lost"] == 0, got
