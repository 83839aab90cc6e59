"""Real documents, ninth round (tests/fixtures/documents9): one figure on documents the reader never
saw and was never tuned on, in ten styles an analyst is sent (a saved news page, a wire story with a
date line in Azerbaijani, a think-tank event transcript, an encyclopaedia page, a research service
report and a policy brief in PDF, a travel blog and an analyst's note in markdown, a press release,
an op-ed with the writer's biography).

The round has a test part only: written and committed before it was read, then read once
(``python -m tests.test_documents9 test``) with no change to the reader; that reading is its floor.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from tests import test_documents2 as rounds

ROOT = Path(__file__).resolve().parent / "fixtures" / "documents9"
TEST = rounds.load_set(ROOT, "test")
# the test part as it read once (6/10 titles, 9/10 dates, 5/10 authors, 38/41 paragraphs, 11 other
# passages, 6 furniture lines), then as it reads after documents10 fixed the kinds it showed: no
# longer held apart for those kinds (tests/fixtures/documents9/README.md)
MEASURED_ONCE = {"documents": 10, "titles": 9, "dates": 10, "authors": 9, "paragraphs": (41, 41),
                 "extra passages": 1, "boilerplate in body": 1, "captions lost": 0}


def test_the_part_holds_every_format_with_furniture_in_each_document():
    rounds.assert_unseen_part_complete(TEST)


def test_the_unseen_part_stays_where_it_was_measured():
    rounds.assert_no_worse(figures("test"), MEASURED_ONCE)


def figures(part: str) -> dict:
    return rounds.unseen_part_figures(ROOT, part)


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "test"), indent=1, ensure_ascii=False))
