"""The sweep of documents19's markdown and PDF kinds (tests/sweep_d19mdpdf.py): a markdown document's first heading
under a template's comment and badges, a line of parts joined by "·" giving the day, a heading naming the makers
over a list of them, a line naming a programme's people by their roles, a bench's members after their label, a
PDF's references to paragraphs in brackets, a student's cover rows. The development cells at the figures reached
while tuning; the test cells at what they read when measured once."""
from tests import sweep_d16text
from tests.sweep_d19mdpdf import cells, figures, misses, part

# before (main's reader at bd40a66), 29 cells a half: dev titles 24, dates 26, authors 16, participants 22,
# bodies 16; test titles 24, dates 26, authors 21, participants 23, bodies 17.
DEV = {"cells": 29, "title": 24, "date": 26, "authors": 16, "participants": 22, "body": 16}
TEST_FLOOR = {"cells": 29, "title": 24, "date": 26, "authors": 21, "participants": 23, "body": 17}


test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("mdhead", "dotline", "makers", "roles", "bench", "refs", "cover"), DEV, TEST_FLOOR, misses)
