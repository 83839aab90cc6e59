"""The sweep of one kind (tests/sweep_headline_pick.py): in a plain text, the headline under a line that reads as no
headline (a code, a keyword slug, a channel's or a site's line, a menu, a subscription service's line); a short
title, a title in capitals or with a colon, kept."""
from tests import sweep_d16text
from tests.sweep_headline_pick import cells, figures, misses, part

# before (main's reader at debb28e), 9 cells a half: dev titles 7 (a channel's "name · 9 870 abone" and a service's
# "Subscriber service / Energy Bulletin" taken as titles), test titles 7; after (a line of short parts right over a
# headline is no title, header_lines.parts_line): dev 9; the test half, measured once at the end: 9
DEV = {"cells": 9, "title": 9, "date": 9, "authors": 9, "participants": 9, "body": 9}
TEST_FLOOR = {"cells": 9, "title": 9, "date": 9, "authors": 9, "participants": 9, "body": 9}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("over-", "keep-"), DEV, TEST_FLOOR, misses)
