"""The sweep of documents27's policy memo and press story kinds (tests/sweep_d27pdfweb.py): a PDF's title as the
largest type over the text (a key figure lower down no measure of it), names with raised figures whose numbered
affiliations stand side by side on one line (each name its own, people before the body over the title), and a
study's citation set as a paragraph of its own at a story's foot (no body)."""
from tests import sweep_d16text
from tests.sweep_d27pdfweb import cells, figures, misses, part

# before (main's reader at 7e06db9), the dev cells as first committed (0b8ef14): titles 6, authors 5, bodies 7 of 9
# after memofront (35da5b2) and studyref (ca8c7bd, 1ef3ad0): every field 9 of 9
DEV = {"cells": 9, "title": 9, "date": 9, "authors": 9, "participants": 9, "body": 9}
# the test half before (at 7e06db9, figures only): titles 5, authors 5, bodies 6 of 9; measured once at the end
# (1ef3ad0): titles 9, authors 9, bodies 8. The miss, left alone: a Dutch citation whose first surname opens with a
# capitalised particle ("De Vries, K."), which the citation's author form does not take for a surname
TEST_FLOOR = {"cells": 9, "title": 9, "date": 9, "authors": 9, "participants": 9, "body": 8}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("memo", "ref"), DEV, TEST_FLOOR, misses)
