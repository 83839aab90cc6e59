"""The sweep of documents26's text and markdown kinds (tests/sweep_d26text.py): a reporter named on a labelled line
among credits after the text, a front matter author's post giving her firm, a notes app's property lines under the
page's title, an agency's service line between slashes over its headline."""
from tests import sweep_d16text
from tests.sweep_d26text import cells, figures, misses, part

# before (main's reader at 3325d99), 20 cells a half: dev titles 16, dates 20, authors 9, participants 20, bodies 20;
# test titles 16, dates 20, authors 8, participants 20, bodies 19
DEV = {"cells": 20, "title": 16, "date": 20, "authors": 9, "participants": 20, "body": 20}
TEST_FLOOR = {"cells": 20, "title": 16, "date": 20, "authors": 8, "participants": 20, "body": 19}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("footlabel", "fmposts", "proptable", "svcline"), DEV, TEST_FLOOR, misses)
