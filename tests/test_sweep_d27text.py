"""The sweep of documents27's plain-text kinds (tests/sweep_d27text.py): a writer a byline's label names at an
agency item's foot over the issuing agency, a keywords or tags label line over a headline, a unit's line under a
body's name over a longer title in capitals, a distribution or quotation-permission note, a note reference in
Unicode superscript figures."""
from tests import sweep_d16text
from tests.sweep_d27text import cells, figures, misses, part

# before (main's reader at 7e06db9), 30 cells a half: dev titles 22, dates 30, authors 27, participants 30,
# bodies 19; test titles 20, dates 30, authors 26, participants 30, bodies 20
DEV = {"cells": 30, "title": 22, "date": 30, "authors": 27, "participants": 30, "body": 19}
TEST_FLOOR = {"cells": 30, "title": 20, "date": 30, "authors": 26, "participants": 30, "body": 20}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("cuedwriter", "kwline", "unitline", "distnote", "supnote"), DEV, TEST_FLOOR, misses)
