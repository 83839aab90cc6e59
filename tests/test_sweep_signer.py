"""The sweep of documents26's author kinds (tests/sweep_signer.py): a letter's, advisory's or circular's signature block
(a closing by meaning in the document's language, perhaps run on at the end of the last paragraph, then the signer's
name over her post and organisation) names the author in every format; an association's, federation's or union's
name over its paper's kind (position paper, statement, consultation response) names the organisation as author."""
from tests import sweep_d16text
from tests.sweep_signer import cells, figures, misses, part

# before (main's reader at 3325d99), 19 cells a half: dev titles 18, dates 19, authors 10, participants 19, bodies 19;
# test titles 19, dates 19, authors 3, participants 19, bodies 17
DEV = {"cells": 19, "title": 18, "date": 19, "authors": 10, "participants": 19, "body": 19}
TEST_FLOOR = {"cells": 19, "title": 19, "date": 19, "authors": 3, "participants": 19, "body": 17}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("signblock", "assocpaper"), DEV, TEST_FLOOR, misses)
