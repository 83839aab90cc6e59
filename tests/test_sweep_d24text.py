"""The sweep of documents24's text and markdown kinds (tests/sweep_d24text.py): a byline that is one part of a head
line of parts with its team's name, an agency's keyword slug over the headline, a transcript's labelled broadcast
day with its hours."""
from tests import sweep_d16text
from tests.sweep_d24text import cells, figures, misses, part

# before (main's reader at 11685ce), the 14 dev cells: titles 12, dates 11, authors 10, participants 14, bodies 14
DEV = {"cells": 14, "title": 12, "date": 11, "authors": 10, "participants": 14, "body": 14}
# The test half, before (at 11685ce): titles 10, dates 10, authors 9, participants 14, bodies 14 of 14
TEST_FLOOR = {"cells": 14, "title": 10, "date": 10, "authors": 9, "participants": 14, "body": 14}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("partby", "slug", "aired"), DEV, TEST_FLOOR, misses)
