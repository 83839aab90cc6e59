"""The sweep of documents27's policy memo and press story kinds (tests/sweep_d27pdfweb.py): a PDF's title as the
largest type over the text (a key figure lower down no measure of it), names with raised figures whose numbered
affiliations stand side by side on one line (each name its own, people before the body over the title), and a
study's citation set as a paragraph of its own at a story's foot (no body)."""
from tests import sweep_d16text
from tests.sweep_d27pdfweb import cells, figures, misses, part

# before (main's reader at 7e06db9), the dev cells as first committed (0b8ef14): titles 6, authors 5, bodies 7 of 9
# after memofront (35da5b2) and studyref (ca8c7bd, 1ef3ad0): every field 9 of 9
# titleref added (0f077e2), the 13 dev cells: bodies 11; after titleref (fde3a3a): every field 13 of 13
DEV = {"cells": 13, "title": 13, "date": 13, "authors": 13, "participants": 13, "body": 13}
# the test half before (at 7e06db9, figures only): titles 5, authors 5, bodies 6 of 9; measured once at the end
# (1ef3ad0): titles 9, authors 9, bodies 8. The miss, left alone: a Dutch citation whose first surname opens with a
# capitalised particle ("De Vries, K."), which the citation's author form does not take for a surname
# titleref added (0f077e2), the 13 test cells before its change (figures only): bodies 10; measured once after it
# (fde3a3a): bodies 12 (the same Dutch miss)
TEST_FLOOR = {"cells": 13, "title": 13, "date": 13, "authors": 13, "participants": 13, "body": 12}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("memo", "ref", "titleref"), DEV, TEST_FLOOR, misses)
