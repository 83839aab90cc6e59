"""The sweep of documents17's kinds (tests/sweep_d17text.py): a vault note's author property written as a
wiki link, wiki links, highlights, block ids, comments and callouts in the text, in English, German,
Italian and Azerbaijani; numbered paragraphs whose numbering runs on across headings (kept with their
numbers), lists that start again at 1 under each heading the trap; a "Present:" line naming a bench's
members after their offices, maybe broken over two lines; a release's notice that it is for the media and
no official record. The development cells at the figures reached while tuning; the test cells at
what they read when measured once."""
import pytest

from tests import sweep_d16text
from tests.sweep_d17text import cells, figures, misses, part
from azmap.corpus.markdown_marks import without_vault_marks
from azmap.corpus.speakers import bench_names

# vault notes, before (6 cells a half): dev and test alike titles 6, dates 6, authors 0, participants 6, bodies 0. The first
# batch's test half (4 cells) read once after the first change: authors 4, bodies 0 (a block id closing the
# paragraph under "## Summary" made it a header line; a comment over several lines read as fragments); the
# second batch was written then, and the whole test half measured once at the end: authors 6, bodies 5 (a
# short Azerbaijani paragraph under "## Summary" still taken for a header line).
# numbered paragraphs and lists (4 cells a half): bodies 1 of 4 in each half before (the lists'), 4 after in
# each (the test half measured once).
# "Present:" lines (4 cells a half): participants 0 of 3 in each half before (the offices kept with the names,
# the broken line's second half lost; the fourth cell of each, a blank line between the halves, was written
# after), 4 of 4 after in each (the test half measured once).
# a release's notice "for information media, not an official record" (3 cells a half): bodies 0 of 3 in dev
# before, 3 after; the test half 3 of 3 before and after (measured once).
DEV = {"cells": 17, "title": 17, "date": 17, "authors": 17, "participants": 17, "body": 17}
TEST_FLOOR = {"cells": 17, "title": 17, "date": 17, "authors": 17, "participants": 17, "body": 16}


test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("vault", "layout", "numbered", "list", "present", "notice"), DEV, TEST_FLOOR, misses)


@pytest.mark.parametrize("raw,want", [
    ("the [[Shah Deniz]] partners", "the Shah Deniz partners"),
    ("at the [[2025-06-04 notes|Energy Week panel]] in June", "at the Energy Week panel in June"),
    ("about ==1.2 bcm== a year. ^summary-1", "about 1.2 bcm a year."),
    ("Offen %% a note to self %% bleibt", "Offen  bleibt"),
    ("an image ![[map.png|500]] here", "an image  here"),
    # look-alikes read as written
    ("demand == supply in June", "demand == supply in June"),
    ("10^3 containers, 40 % by rail", "10^3 containers, 40 % by rail"),
])
def test_a_vault_notes_marks_are_no_words(raw, want):
    assert without_vault_marks(raw) == want


@pytest.mark.parametrize("line,want", [
    ("President Rauf Karimli; Judges Nino Tsereteli, Emre Aydin and Jana Koch; Registrar Uwe Hahn",
     ["Rauf Karimli", "Nino Tsereteli", "Emre Aydin", "Jana Koch", "Uwe Hahn"]),
    ("Judge Marta Ruiz, presiding; Deputy Registrar Anna Berg", ["Marta Ruiz", "Anna Berg"]),
    # no bench: a list of people with their posts stays the caller's to read
    ("Aynur Hasanova, Chair; Elvin Mammadov, Member", []),
    ("President Helen Carter", []),
])
def test_a_benchs_members_are_named_without_their_offices(line, want):
    assert bench_names(line) == want
