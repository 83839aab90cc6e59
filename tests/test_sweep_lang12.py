"""The sweep of the languages an analyst of Azerbaijan gets (tests/sweep_lang12.py): Azerbaijani,
Turkish, Italian, Georgian outlets' English and Russian with Azerbaijani names, each in a news page, a
wire, a press release, an op-ed with its author's biography and a report. The development cells at the
figures reached while tuning, the test cells at the floor they were measured at once."""
import pytest

from tests import sweep_lang12

# as written, before the reader was changed (main at 3a2c82c): see the sweep's section in
# tests/fixtures/sweeps/README.md
DEV = {"cells": 25, "titles": 19, "dates": 25, "authors": 21, "affiliations": 17, "paragraphs": "74/75",
       "extra passages": 1, "furniture in body": 1, "whole": 11}
TEST_FLOOR = {"cells": 25, "titles": 19, "dates": 25, "authors": 18, "affiliations": 20, "paragraphs": "74/75",
              "extra passages": 0, "furniture in body": 0, "whole": 12}


def test_the_halves_are_apart_and_each_has_every_language_and_genre():
    dev, test = sweep_lang12.cells("dev"), sweep_lang12.cells("test")
    assert not {c["id"] for c in dev} & {c["id"] for c in test}
    for half in (dev, test):
        assert {c["lang"] for c in half} == set(sweep_lang12.LANGS)
        assert {c["genre"] for c in half} == set(sweep_lang12.GENRES)
        assert {c["fmt"] for c in half} == {"html", "txt", "pdf"}


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    got = sweep_lang12.figures(half, verbose=True)
    misses = got.pop("misses")
    assert got["cells"] == want["cells"] and got["paragraphs"] == want["paragraphs"], misses
    for field in ("titles", "dates", "authors", "affiliations", "whole"):
        assert got[field] >= want[field], (field, misses)
    for field in ("extra passages", "furniture in body"):
        assert got[field] <= want[field], (field, misses)
