"""The sweep of documents25's text kinds (tests/sweep_d25text.py): a byline's label or cue in a language the byline
grammar had no row for, a dateline's day with a dot before a month's word the major languages' parser does not know,
an agency item's transmission stamp over its slug and headline."""
from tests import sweep_d16text
from tests.sweep_d25text import cells, figures, misses, part

# before (main's reader at 4e83b9c), 16 cells a half: dev titles 12, dates 7, authors 11, participants 16, bodies 16;
# test titles 13, dates 8, authors 12, participants 16, bodies 16
# after dotday (the day the search left before a month's word read again in the month's own language): dates 15
DEV = {"cells": 16, "title": 12, "date": 15, "authors": 11, "participants": 16, "body": 16}
TEST_FLOOR = {"cells": 16, "title": 13, "date": 8, "authors": 12, "participants": 16, "body": 16}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("cuelang", "dotday", "txstamp"), DEV, TEST_FLOOR, misses)


def test_a_dotted_day_before_a_month_the_major_parser_knows_not():
    from azmap.corpus.date_parse import parse_date

    assert parse_date("OSIJEK, 11. svibnja 2026. (Hina) -") == "2026-05-11"
    assert parse_date("PODGORICA, 14. oktobra 2026. (MINA) -") == "2026-10-14"
    assert parse_date("KRAGUJEVAC, 12. jula 2026. -") == "2026-07-12"
    assert parse_date("Izvještaj br. 7, travanj 2026") == "2026-04"  # a number and a comma: no day
    assert parse_date("Zagreb, studeni 2026") == "2026-11"
