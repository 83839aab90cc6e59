"""Real documents, twenty-fifth round (tests/fixtures/documents25): one figure on everyday documents the reader
never saw and was never tuned on, in templates documents20 to documents24 did not use (a Russian regional site on
Bitrix, a Georgian outlet's English edition on a WordPress newspaper theme, a Swedish daily, a US think tank's
commentary with its expert card, a Chinese state outlet's English page, a Turkish wiki in the mobile skin, a Croatian
agency wire, an international organisation's press briefing, a Brazilian blog on Hexo, an interview as a Grav page,
a parliament committee's report and an energy company's investor release as PDFs).

Its only part, ``test/``, was committed before the reader ever saw it and read once, after the fifteenth round's
second cycle (``python -m tests.test_documents25 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at a7379e8 (the round's two cycles: the kinds of documents22, 23 and 24
# and the byline grammar), the fixtures committed at 22d8fc2: titles 10, dates 10, authors 5, paragraphs 78/79,
# 9 other passages in the body, 7 furniture lines in it, no caption lost
# then as development material (tests/sweep_d25web.py, tests/sweep_d25text.py, tests/sweep_orgauthor.py): titles
# 12, dates 12, authors 10, 78/79, 1 other passage (the blog's tip, as documents24's), 2 furniture lines
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 10, "paragraphs": (78, 79),
                 "extra passages": 1, "boilerplate in body": 2, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents25"


test_twelve_everyday_documents_in_other_templates, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
