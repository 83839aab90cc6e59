"""The sweep of documents23's web-page kinds (tests/sweep_d23web.py): the development cells at the figures reached
while tuning, the test cells at the floor they were measured at once."""
import pytest

from azmap.corpus.date_parse import parse_date
from azmap.corpus.metadata_html import personal_name
from azmap.corpus.wiki_page import last_edited
from tests import sweep_d23web
from tests.test_sweep_d16html import figures_kept, halves_apart

# before the changes (main's reader at 932413b), 9 cells a half:
# dev: dates 7, authors 6, whole 4 (the post beside the linked name under a standfirst lost, "Redakteurin
# Wirtschaft" read as a second writer; the Azerbaijani and Romanian last-edit lines read as no date)
# test: dates 7, authors 6, whole 4
DEV = {"cells": 9, "dates": 9, "authors": 9, "paragraphs": "24/24", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 9, "participants": 9, "titles": 9}
# the test cells measured once at the end, nothing tuned on them: dates 7, authors 9, whole 7; the Hungarian
# last-edit line ("2025. március 3., 10:12-kor", the year first) and the Czech one ("Stránka byla naposledy
# editována …", no word for "this") read as no date: left
TEST_FLOOR = {"cells": 9, "dates": 7, "authors": 9, "paragraphs": "24/24", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 7, "participants": 9, "titles": 9}


def test_the_halves_are_written_apart_with_a_trap_for_each_kind():
    halves_apart(sweep_d23web, 2)
    for half in ("dev", "test"):
        found = sweep_d23web.cells(half)
        for kind in {c["kind"] for c in found}:
            assert any("trap" in c["id"] for c in found if c["kind"] == kind), (half, kind)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_d23web, half, want)
    got = sweep_d23web.figures(half)
    assert got["titles"] >= want["titles"] and got["participants"] >= want["participants"] \
        and got["lines lost"] == 0, got


def test_a_day_with_words_after_its_year():
    assert parse_date("Bu səhifə sonuncu dəfə 14 fevral 2026, saat 09:52-də redaktə edilib.") == "2026-02-14"
    assert parse_date("Son güncelleme 20 Kasım 2023") == "2023-11-20"
    assert parse_date("Mətn CC BY-SA 4.0 lisenziyası ilə yayımlanır.") is None


def test_a_last_edit_line_in_the_pages_language():
    footer = '<footer><ul><li id="x">{}</li></ul></footer>'
    assert last_edited(footer.format("Bu səhifə sonuncu dəfə 14 fevral 2026, saat 09:52-də redaktə edilib.")) \
        == "2026-02-14"
    assert last_edited(footer.format("Mətn CC BY-SA lisenziyası ilə. İstifadə tarixi: 10 yanvar 2026.")) is None


def test_a_post_is_no_name():
    assert not personal_name("Redakteurin Wirtschaft") and not personal_name("Correspondant Caucase")
    assert personal_name("Jana Albers") and personal_name("Səbinə Qasımova")
