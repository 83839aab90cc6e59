"""The furniture sweep (tests/sweep_furniture.py): page furniture of every kind, in six languages,
before, between and after body paragraphs of every form, in plain text and markdown — no body
paragraph lost, no furniture line in a body passage. The development half is held at what it
reached; the test half, measured once at the end, at its floor (tests/fixtures/sweeps/README.md)."""
import pytest

from tests import sweep_furniture as sweep

# the development half as tuning left it, and the test half as it was measured once; then both after
# metadata's header stopped at a list or a lower-case paragraph under a notice (tuned on the
# development half: 1653 -> 1796 right, 403 -> 147 lost; the test half, read again once: 465 -> 532
# right, 763 -> 607 lost, and 29 -> 30 cells with furniture, one whose body came back with it); then
# both after furniture by form (furniture_form.py, tuned on its own sweep): 1796 -> 1800 right and
# 147 -> 132 lost on the development half; the test half, read again: 532 -> 536 right, 607 -> 589 lost,
# 30 -> 27 cells with furniture
DEV_REACHED = {"cells": 1924, "right": 1800, "body lost": 132, "cells with furniture in the body": 0}
TEST_MEASURED_ONCE = {"cells": 1050, "right": 536, "body lost": 589, "cells with furniture in the body": 27}


@pytest.fixture(scope="module")
def dev():
    return sweep.measure("dev")


def test_the_halves_share_no_form():
    for part in ("dev", "test"):
        assert sweep.cells(part)
    for axis in [*sweep.FURNITURE.values(), sweep.LOOKALIKES, *sweep.BODY.values()]:
        assert not set(map(str, sweep.half(axis, "dev"))) & set(map(str, sweep.half(axis, "test")))
    langs = {lang for forms in sweep.FURNITURE.values() for lang, _ in sweep.half(forms, "test")}
    assert langs == set(sweep.LANGS)


def test_every_kind_in_every_position_it_takes(dev):
    kinds = {c["kind"] for c in sweep.cells("dev")}
    assert kinds == set(sweep.FURNITURE) | {"lookalike"}
    positions = {c["position"] for c in sweep.cells("dev") if c["kind"] == "call"}
    assert positions == set(sweep.POSITIONS)


def test_the_development_half_as_tuning_left_it(dev):
    assert dev["cells"] == DEV_REACHED["cells"]
    assert dev["right"] >= DEV_REACHED["right"], sorted(dev["failed"].items())[:10]
    assert dev["body lost"] <= DEV_REACHED["body lost"], sorted(dev["failed"].items())[:10]
    assert dev["cells with furniture in the body"] <= DEV_REACHED["cells with furniture in the body"]


def test_the_test_half_no_worse_than_measured_once():
    got = sweep.measure("test")
    assert got["cells"] == TEST_MEASURED_ONCE["cells"]
    assert got["right"] >= TEST_MEASURED_ONCE["right"]
    assert got["body lost"] <= TEST_MEASURED_ONCE["body lost"]
    assert got["cells with furniture in the body"] <= TEST_MEASURED_ONCE["cells with furniture in the body"]
