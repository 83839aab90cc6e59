"""The sweep of documents19's plain-text kinds (tests/sweep_d19text.py): a wrap at a sentence's end inside a
block set apart by blank lines, a masthead framed by rules over the headline, a labelled credit line under the
title, a name alone at the foot answered by its full form above. The development cells at the figures reached
while tuning; the test cells at what they read when measured once."""
from tests import sweep_d16text
from tests.sweep_d19text import cells, figures, misses, part

# before (main's reader at bd40a66), the cells written before the reader was changed:
# dev titles 12, dates 11, authors 9, bodies 8 of 15; test titles 11, dates 11, authors 10, bodies 11 of 15
DEV = {"cells": 15, "title": 12, "date": 11, "authors": 9, "participants": 15, "body": 8}
TEST_FLOOR = {"cells": 15, "title": 11, "date": 11, "authors": 10, "participants": 15, "body": 11}


test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("wrap", "masthead", "credit", "signed"), DEV, TEST_FLOOR, misses)


def test_each_half_has_a_trap_of_every_kind():
    for name in ("dev", "test"):
        names = [c.name for c in part(name)]
        for kind in ("wrap", "masthead", "credit", "signed"):
            assert any(n.startswith(kind) and n.endswith("trap") for n in names), (name, kind)
