"""The web-page sweep (tests/sweep_html.py): saved pages composed from every axis's forms (where the
metadata lives, the byline's markup, the visible date, the title's markup, furniture and its
position, in six languages), each read as ingest reads it.

The development cells are held at the figures reached while tuning on them; the test cells (any
test form) were measured once at the end and are held at that floor.
"""
from __future__ import annotations

import pytest

from tests import sweep_html

# figures: (titles, dates, authors, paragraphs found, furniture lines in body passages)
DEV = {"cells": 240, "titles": 240, "dates": 240, "authors": 240, "paragraphs": 960, "furniture in body": 26}
TEST_FLOOR = {"cells": 160, "titles": 148, "dates": 154, "authors": 112, "paragraphs": 636, "furniture in body": 27}


@pytest.fixture(scope="module", params=["dev", "test"])
def half(request):
    got = sweep_html.figures(request.param, verbose=True)
    return request.param, got


def test_the_halves_are_split_before_measuring():
    for forms in sweep_html.AXES.values():
        dev, test = sweep_html.halves(forms)
        assert dev and test and not [f for f in dev if f in test]
    for axis, added in sweep_html.ADDED_DEV.items():  # forms written while tuning: development only
        assert not [f for f in added if f in sweep_html.AXES[axis]]
    dev = [sweep_html._cell_forms("dev", i) for i in range(sweep_html.DEV_CELLS)]
    for cell in dev:
        for axis, form in cell.items():
            allowed = sweep_html.halves(sweep_html.AXES[axis])[0] + sweep_html.ADDED_DEV.get(axis, [])
            assert all(f in allowed for f in form) if axis == "furniture" else form in allowed, (axis, form)


def test_the_reader_keeps_its_figures_on_the_sweep(half):
    name, got = half
    want = DEV if name == "dev" else TEST_FLOOR
    assert got["cells"] == want["cells"]
    found, total = map(int, got["paragraphs"].split("/"))
    assert total == 4 * want["cells"]
    misses = got["misses"]
    for field in ("titles", "dates", "authors"):
        assert got[field] >= want[field], (field, misses)
    assert found >= want["paragraphs"], misses
    assert got["furniture in body"] <= want["furniture in body"], misses
