"""The sweep of one kind (tests/sweep_month_headline.py): a headline that names a month and a year in its sentence
is the title, not a date line; a month and a year under a label, a place, an issue's number or alone stay date
lines."""
from tests import sweep_d16text
from tests.sweep_month_headline import cells, figures, misses, part

# before (main's reader at 311c192), 9 cells a half: dev titles 5, dates 5; test titles 7, dates 7 (every other
# field 9). After (a headline naming a month, four words besides it and two in small letters, is no date line before
# the title; a day dateparser reads from a number in words, "Februar 2026 um neun Prozent", is no day): dev 9 and 9;
# the test half, measured once at the end: titles 9, dates 9
DEV = {"cells": 9, "title": 9, "date": 9, "authors": 9, "participants": 9, "body": 9}
TEST_FLOOR = {"cells": 9, "title": 9, "date": 9, "authors": 9, "participants": 9, "body": 9}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("monthhead", "monthline"), DEV, TEST_FLOOR, misses)
