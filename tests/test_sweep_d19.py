"""The sweep of documents19's date and author kinds (tests/sweep_d19.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_d19
from tests.test_sweep_d16html import halves_apart

# before the changes (main's reader at b995357): the labelled dates' 7 cells of each half: dev dates 1, test dates 0;
# the desks' 5 cells of each half (before the desk change, at 17:24 on the branch): dev authors 1, test authors 1;
# the posts' 5 cells of each half (before the post change): dev authors 1, test authors 1
# (the two traps holding only a viewing day or an event's day keep it: dropping a date no page label states
# took the dates of other sweeps' pages with a reading time or a forward's "Sent:")
DEV = {"cells": 17, "dates": 15, "authors": 17, "paragraphs": "51/51", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 15, "participants": 17}
# the test cells measured once at the end (the labelled dates' and the desks' at the desk change, the posts' at
# the post change), nothing tuned on them: the Russian and Turkish writer lines ("Обзор подготовил", "Özeti
# yazan:") give no writer at all (the byline's words, not the post, are missing), and "by Name, 9 July 2025"
# leaves the page undated (as before the change); measured again after the drop rule went (a second
# measurement): the two traps with only a viewing day or an event's day keep it, as in the development half
TEST_FLOOR = {"cells": 17, "dates": 14, "authors": 15, "paragraphs": "51/51", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 12, "participants": 17}


def test_the_halves_are_written_apart_with_traps_in_each():
    dev, test = sweep_d19.cells("dev"), sweep_d19.cells("test")
    assert not {c["id"] for c in dev} & {c["id"] for c in test}
    for half in (dev, test):
        assert sum("trap" in c["id"] for c in half) >= 2
        assert len({c["lang"] for c in half}) >= 4


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    got = sweep_d19.figures(half, verbose=True)
    misses = got.pop("misses")
    assert got["cells"] == want["cells"], misses
    for field in ("dates", "authors", "whole", "participants"):
        assert got[field] >= want[field], (field, misses)
    assert got["paragraphs"] == want["paragraphs"], misses
    for field in ("extra passages", "furniture in body", "captions lost"):
        assert got[field] <= want[field], (field, misses)
