"""The sweep of documents17's web-page kinds (tests/sweep_d17web.py): the development cells at the
figures reached while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d17web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the change (merge12 at 0652c10): dev dates 12, authors 5 of 12, 5 cells whole; test dates 11,
# authors 3 of 12, 3 whole
DEV = {"cells": 12, "dates": 12, "authors": 5, "paragraphs": "36/36", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 5}
TEST_FLOOR = {"cells": 12, "dates": 11, "authors": 3, "paragraphs": "36/36", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 3}


def test_the_halves_are_written_apart_with_traps_in_each():
    halves_apart(sweep_d17web, 4)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_d17web, half, want)
