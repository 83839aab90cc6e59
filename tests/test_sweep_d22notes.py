"""The sweep of two notes about a text (tests/sweep_d22notes.py): an edited interview's note and a reuse-with-a-link
notice are no body; the look-alike sentences of a story stay."""
import pytest

from azmap.corpus.boilerplate import is_rights_notice
from azmap.corpus.transcript_note import is_edited_note
from tests import sweep_d16text
from tests.sweep_d22notes import cells, figures, misses, part

# before (main's reader at 6236a0a): dev (9 cells) bodies 5, test (8) bodies 2 (the notes read as paragraphs)
DEV = {"cells": 9, "title": 9, "date": 9, "authors": 9, "participants": 9, "body": 9}
# the test half measured once after the change: bodies 8 of 8
TEST_FLOOR = {"cells": 8, "title": 8, "date": 8, "authors": 8, "participants": 8, "body": 8}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("edited", "reuse"), DEV, TEST_FLOOR, misses)


@pytest.mark.parametrize("text,want", [
    ("This interview has been condensed and edited for clarity.", True),
    ("The programme aired on Sunday. The transcript below has been edited for length and clarity.", True),
    ("Интервью сокращено и отредактировано.", True),
    ("In an interview that the channel later edited and cut by a third, the minister said the talks were over.", False),
    ("The ministry edited the draft agreement twice.", False),
])
def test_a_note_that_the_text_was_edited(text, want):
    assert is_edited_note(text) is want


@pytest.mark.parametrize("text,want", [
    ("Full or partial use of this transcript is allowed with a hyperlink to the site.", True),
    ("Die Verwendung dieses Textes ist nur mit Link auf die Quelle gestattet.", True),
    ("Use of the new berth is allowed for ferries that link Alat with Aktau.", False),
    ("Reproduction of the map is permitted for teaching; see the link below.", False),
])
def test_a_notice_allowing_reuse_with_a_link(text, want):
    assert is_rights_notice(text) is want
