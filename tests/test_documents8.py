"""Real documents, eighth round (tests/fixtures/documents8): a notice about the page (its age, its
archiving) standing over the title; a writer signed at the end ("Name, Role") with a tags line and a
notice after the signature; papers in two columns whose long title, set in the body's type and bold,
runs across the gap between the columns.

The test part was set down with dev, before any change to the reader, and read before the round
and at its end (``python -m tests.test_documents8 test``); the second reading is its floor.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.test_documents2 import assert_no_worse, assert_parts_complete, assert_read_as_annotated, round_parts, tally
from tests.test_documents3 import outcome

PARTS = round_parts(Path(__file__).resolve().parent / "fixtures" / "documents8")
DEV = {fx["file"]: fx for fx in PARTS["dev"]}


def figures_of(part: str) -> dict:
    docs = PARTS[part]
    return tally(docs, [outcome(fx) for fx in docs])


@pytest.fixture(scope="module")
def dev_outcomes():
    return {name: outcome(fx) for name, fx in DEV.items()}


def test_the_round_has_both_parts_in_every_format():
    assert_parts_complete(PARTS, dev_at_least=6, test_at_least=6)


@pytest.mark.parametrize("name", sorted(DEV))
def test_a_dev_document_reads_as_annotated(name, dev_outcomes):
    """Title, date, authors with their affiliation as the page states them; every body paragraph
    word for word, nothing else in the body, none of the page's furniture in it."""
    assert_read_as_annotated(dev_outcomes[name], DEV[name])


if __name__ == "__main__":
    print(json.dumps(figures_of(sys.argv[1] if len(sys.argv) > 1 else "dev"), indent=1, ensure_ascii=False))
