"""Date lines in thirty languages (tests/sweep_date_lines.py): every development cell reads its date; the test half
reads no worse than when it was measured once (25 of 26: a day in figures with slashes and no word of its language
beside it, "11/02/2026 07h45", is read month first, as an English line would mean it)."""
from __future__ import annotations

import pytest

from tests import sweep_date_lines as sweep


@pytest.mark.parametrize("language,line,expected", sweep.DEVELOPMENT, ids=[c[1][:40] for c in sweep.DEVELOPMENT])
def test_each_development_line_reads_its_date(language, line, expected):
    from azmap.corpus.date_parse import publication_date

    assert publication_date(line) == expected


def test_the_test_half_reads_no_worse_than_when_measured_once():
    right, misses = sweep.figures(sweep.TEST)
    assert right >= 25, misses


def test_a_month_word_naming_two_months_reads_no_date_by_itself():
    from azmap.corpus.month_words import month_of, month_word_date

    # "listopad" is November in Czech and October in Croatian: the word alone does not say which
    assert month_of("listopad") is None
    assert month_word_date("5. listopad 2026") is None
    assert month_of("martā") == 3 and month_of("kovo") == 3 and month_of("veljače") == 2
    # a number and a word that names no month is no date; a year with no day beside its month gives no day
    assert month_word_date("12 per cent in 2026") is None
    assert month_word_date("2026 m. kovo") is None
