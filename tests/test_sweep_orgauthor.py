"""The sweep of an organisation as the author of what it issues (tests/sweep_orgauthor.py): a release with no
byline, a report's cover or title page naming its body or committee, an office's page whose header names it; with
traps where no organisation is the author (a news story with no byline, a report by named people, a publisher's
copyright line under an op-ed, a printing-order line)."""
from tests import sweep_d16text
from tests.sweep_orgauthor import cells, figures, misses, part

# before (main's reader at 4e83b9c), the 18 dev cells: titles 17, dates 18, authors 9, participants 18, bodies 18
DEV = {"cells": 18, "title": 17, "date": 18, "authors": 9, "participants": 18, "body": 18}
# The test half, before (at 4e83b9c): titles 17, dates 18, authors 10, participants 18, bodies 18
TEST_FLOOR = {"cells": 18, "title": 17, "date": 18, "authors": 10, "participants": 18, "body": 18}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("release", "cover", "office"), DEV, TEST_FLOOR, misses)
