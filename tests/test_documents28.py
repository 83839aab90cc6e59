"""Real documents, twenty-eighth round (tests/fixtures/documents28): one figure on everyday documents the reader
never saw and was never tuned on, in templates documents20 to documents27 did not use (Lithuanian, Greek, Hungarian,
Brazilian pages, a German chamber's newsletter, a delegation's statement, a Portuguese wire, minutes, French show
notes, a Quarto note, a written question and an Italian regulator's deliberation as PDFs).

Its only part, ``test/``, was committed before the reader ever saw it and read once, after the sixteenth round's
second cycle (``python -m tests.test_documents28 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at 8402538 (the round's two cycles: documents26's and documents27's
# kinds), the fixtures committed at 0c71dd4: titles 9, dates 10, authors 5, paragraphs 77/82, 16 other passages in
# the body, 11 furniture lines in it, 4 captions lost
MEASURED_ONCE = {"documents": 12, "titles": 9, "dates": 10, "authors": 5, "paragraphs": (77, 82),
                 "extra passages": 16, "boilerplate in body": 11, "captions lost": 4}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents28"


test_twelve_everyday_documents_in_other_templates, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
