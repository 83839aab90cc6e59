"""The sweep of a writer's card under a markdown title (tests/sweep_d22card.py): a question heading of up to twenty
words is the title, the name before the page's badge the author, the first part of a barred headline her
affiliation, the card's day the date."""
import pytest

from azmap.corpus import name_badges
from azmap.corpus.header_scan import _is_prose
from azmap.corpus.person_names import _is_personal_name
from tests import sweep_d16text
from tests.sweep_d22card import cells, figures, misses, part

# before (main's reader at 15da920), the 4 dev cells: titles 1, dates 2, authors 1 (a question title of sixteen
# words or more read as a paragraph; a card long by its follow link's address read as body: no date, no author);
# test (4): titles 0, dates 0, authors 0.
DEV = {"cells": 4, "title": 4, "date": 4, "authors": 4, "participants": 4, "body": 4}
# The test half, measured after the change (4/3/4) and again after the card was bound to a day among its lines
# (the development half of tests/sweep_furniture.py lost a paragraph under a dialogue's short lines, and
# documents17's thesis one under its hard-wrapped lines): titles 4, dates 2, authors 2. The Italian "Pubblicato
# l'11 febbraio 2026" (a day after an elided article) and the Russian card are read with no day, so no card:
# left, not tuned on this half.
TEST_FLOOR = {"cells": 4, "title": 4, "date": 2, "authors": 2, "participants": 4, "body": 4}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("card",), DEV, TEST_FLOOR, misses)


@pytest.mark.parametrize("line,want", [
    ("Rustam Aliyev · 2nd", "Rustam Aliyev"), ("Katrin Vogelsang · 3rd+", "Katrin Vogelsang"),
    ("Amélie Ferrand · Suivre", "Amélie Ferrand"), ("Gas · 12 bcm", "Gas · 12 bcm"),
    ("Nigel Osei · 4 March 2025", "Nigel Osei · 4 March 2025"), ("Nigel Osei · Head of rail research", "Nigel Osei · Head of rail research"),
])
def test_a_name_with_the_pages_badge(line, want):
    assert name_badges.without_badges(line, _is_personal_name) == want


def test_a_headlines_first_part_is_the_post_and_office():
    assert name_badges.headline_post("Head of Analysis at Kura Gas | ex-SOCAR | Energy, LNG") == "Head of Analysis at Kura Gas"
    assert name_badges.headline_post("Rail analyst, Aral Freight Partners") is None
    assert name_badges.headline_post("Energy | Ports") is None


def test_a_markdown_heading_is_no_paragraph_however_it_ends():
    assert not _is_prose("# Shah Deniz to the Danube: how much Caspian gas can the Vertical Corridor really carry?")
    assert not _is_prose("## The ferry backlog at Alat is shrinking faster than the operators expected.")
    assert _is_prose("The ferry backlog at Alat is shrinking faster than the operators expected this spring.")
