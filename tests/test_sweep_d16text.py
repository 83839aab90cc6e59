"""The sweep of documents16's plain-text and markdown kinds (tests/sweep_d16text.py): mail headers
other than From/To/Date/Subject, a byline under an organisation's From, section headlines in capitals
after a place, a paper's head in columns, a markdown trail of links, "Published by" an office, a
platform list, a wire's closing credit in German, French and Spanish. The development cells at the
figures reached while tuning; the test cells at what they read when measured once."""
from tests import sweep_d16text
from tests.sweep_d16text import cells, figures, misses, part

# before the reader read these kinds (26 cells a half): dev titles 17, dates 20, authors 18, participants 24,
# bodies 22; test titles 21, dates 19, authors 18, participants 24, bodies 19. The test half measured once
# after: titles 25 (a paper's "Policy Paper prepared for …" line under its masthead read as the title), bodies
# 25 (a German list right under its title lost, as before), the rest 26. The development half's one miss: an
# office "of the Caspian Fisheries Board" cut to its unit.
DEV = {"cells": 26, "title": 26, "date": 26, "authors": 25, "participants": 26, "body": 26}
TEST_FLOOR = {"cells": 26, "title": 25, "date": 26, "authors": 26, "participants": 26, "body": 25}


test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("mail", "letter", "transcript", "paper", "md", "points", "underlined", "page", "credit"),
    DEV, TEST_FLOOR, misses)
