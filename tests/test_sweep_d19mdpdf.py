"""The sweep of documents19's markdown and PDF kinds (tests/sweep_d19mdpdf.py): a markdown document's first heading
under a template's comment and badges, a line of parts joined by "·" giving the day, a heading naming the makers
over a list of them, a line naming a programme's people by their roles, a bench's members after their label, a
PDF's references to paragraphs in brackets, a student's cover rows, a note on a transcript made automatically, a
sources section in prose, a thanks line, a lead-in over a code block. The development cells at the figures reached
while tuning; the test cells at what they read when measured once."""
import pytest

from azmap.corpus import (back_matter, cover_rows, makers_list, press_office, ref_marks, speakers, thanks_line,
                          transcript_note)
from tests import sweep_d16text
from tests.sweep_d19mdpdf import cells, figures, misses, part

# before (main's reader at bd40a66), the first batch (29 cells a half): dev titles 24, dates 26, authors 16,
# participants 22, bodies 16; test titles 24, dates 26, authors 21, participants 23, bodies 17. Later batches were
# written after changes and before the reader read them (the transcript's note; a sources section, a thanks line, a
# lead-in over a code block). All four batches (45 cells a half) on main's reader: dev titles 40, dates 42, authors
# 32, participants 38, bodies 19; test titles 40, dates 42, authors 37, participants 39, bodies 26. The test half's
# figures were read once by mistake after the first five changes (33 cells then: titles 32, dates 33, authors 32,
# participants 33, bodies 31); nothing was tuned on them.
DEV = {"cells": 45, "title": 45, "date": 45, "authors": 45, "participants": 45, "body": 45}
# The test half measured once at the end: authors 44 (a German report's "Autoren: Dr. A, Institut; B," wrapped over
# two lines names no author: the byline's wrap, not the bench, is missed; main's reader named a note joined to the
# press office's line there); the rest 45.
TEST_FLOOR = {"cells": 45, "title": 45, "date": 45, "authors": 44, "participants": 45, "body": 45}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("mdhead", "dotline", "makers", "roles", "bench", "refs", "cover", "tnote", "srcsec", "thanks",
                                  "leadin"), DEV, TEST_FLOOR, misses)


@pytest.mark.parametrize("text,spaced,want", [
    ("at the time [45].", False, "at the time [45]."),  # words of the line: kept as printed
    ("in transit [3]-[6].", False, "in transit [3]-[6]."),
    ("the capital.[1] It", False, "the capital. It"),  # glued: a note's mark, whatever the notes
    ("at the time [45].", True, "at the time."),  # a numbered note's mark goes with its space
    ("in transit [3]-[6], then", True, "in transit, then"),
    ("the pages [14], [15] and", True, "the pages and"),
])
def test_a_bracketed_mark_stays_or_goes_with_its_space(text, spaced, want):
    assert ref_marks.without_marks(text, spaced) == want


@pytest.mark.parametrize("notes,want", [
    (["References in square brackets are to paragraphs in the judgment."], False),
    (["[1] Joint commission, minutes."], True), (["1. Railway company, annual report."], True),
    (["^ Ministry of Energy, 2024."], True), (["Sources: the ministry's tables."], False),
])
def test_notes_are_numbered_for_a_mark_to_point_to(notes, want):
    assert ref_marks.numbered(notes) is want


@pytest.mark.parametrize("line,want", [
    ("Host: Sarah Whitlock. Guest: Emil Rustamov, researcher at the Centre for Caspian Studies.",
     ["Sarah Whitlock", "Emil Rustamov"]),
    ("Ведуча: Оксана Гребенюк. Гість: Андрій Савчук, дослідник Центру.", ["Оксана Гребенюк", "Андрій Савчук"]),
    ("JUSTICES: Justice Ann Lee (President), Justice Bo Chen, Justice Cy Diaz", ["Ann Lee", "Bo Chen", "Cy Diaz"]),
    ("Richter: Richterin Anna Keller (Vorsitzende), Richter Jonas Brandt", ["Anna Keller", "Jonas Brandt"]),
    ("Guests: Emil Rustamov and Sarah Whitlock", ["Emil Rustamov", "Sarah Whitlock"]),  # one label: as before
    ("SUNUCU: HOŞ GELDİNİZ, BAŞLAYALIM.", []),  # a turn in capitals after a role's label names no one
])
def test_a_participants_line_names_each_role_and_member_bare(line, want):
    named = speakers._PARTICIPANTS.match(line).group(1)
    assert speakers._participants(named) == want


def test_a_joined_note_and_office_line_names_no_press_office():
    assert press_office.press_office("References in square brackets are to paragraphs in the judgment. "
                                     "Press Office · press@court.example") is None
    assert press_office.press_office("Press Office of the Ministry of Energy") == "Press Office of the Ministry of Energy"


@pytest.mark.parametrize("item,want", [
    ("- **Leyla Qasimova** ([@lqasimova](https://git.example/lqasimova)), Caspian Data Collective",
     {"name": "Leyla Qasimova", "affiliation": "Caspian Data Collective"}),
    ("- **Jonas Brückner** (@jbrueckner), University of Halden", {"name": "Jonas Brückner", "affiliation": "University of Halden"}),
    ("- Aliyev, R. (2021) *Caspian Ports*, Baku: Caspian Press.", None),  # a reference names no maker
])
def test_a_makers_list_item_is_a_name_and_its_organisation(item, want):
    assert makers_list.maker(item) == want


def test_a_readme_is_written_by_the_makers_its_heading_lists_and_goes_on_after_them():
    text = ("# ports-data: berths of the Caspian ports\n\nThis repository holds the berths of the Caspian ports, one row "
            "a berth, with its draught and the year it was built.\n\n## Maintainers\n\n- **Farida Mammadli** (@fm), Ports "
            "Observatory\n\n## Contributing\n\nWe welcome corrections with a source for each figure you believe is right.\n")
    from azmap.corpus.metadata import from_text
    from azmap.corpus.segment import segment

    meta = from_text(text)
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [("Farida Mammadli", "Ports Observatory")]
    body = [p.text for p in segment(text) if p.kind == "body" and p.end > meta.body_start]
    assert body[-1].startswith("We welcome corrections") and not any("Mammadli" in b for b in body)


@pytest.mark.parametrize("head,want", [
    ("University of Nordvik · Department of Politics\n\nStudent: Hannah Clarke\n\nStudent ID: 7730215\n\nTutor: Prof. "
     "Martin Hale\n\nDate submitted: 14 May 2025\n\nI declare that this essay is my own work.\n\nCan the corridor last?\n",
     ("Can the corridor last?", "2025-05-14", "Hannah Clarke")),
    ("# Wem nützt der Korridor?\n\nHochschule Nordwald\n\nBetreuer: Prof. Dr. Paul Vogt\n\nVerfasserin: Anna Keller\n\n"
     "Abgabedatum: 12. Mai 2025\n\nDie beiden Kommissionen verhandelten am Vormittag.\n",
     ("Wem nützt der Korridor?", "2025-05-12", "Anna Keller")),
    # a memo's rows name no student; rows under a paragraph are no cover
    ("To: Ann Lee\n\nFrom: Bo Chen\n\nDate: 3 May 2025\n\nSubject: Ports\n", None),
    ("The ministry said on Monday that gas would flow.\n\nStudent: Ann Lee\n\nModule: Ports\n\nDate: 3 May 2025\n", None),
])
def test_a_cover_gives_the_question_the_student_and_the_day_handed_in(head, want):
    got = cover_rows.cover(head)
    assert (got[:3] if got else None) == want


@pytest.mark.parametrize("text,want", [
    ("> Розшифровка зроблена автоматично та відредагована. Можливі неточності; звіряйтеся з аудіозаписом.", True),
    ("*This transcript was generated automatically and may contain errors.*", True),
    ("Transcripción generada automáticamente y revisada. Puede contener errores.", True),
    # a story's sentence about a transcript and an automatic system; a transcript's note with no machine in it
    ("The ministry released a transcript of the call on Monday; officials said the automatic recorder had failed.",
     False),
    ("This transcript has been edited for length and clarity.", False),
])
def test_a_note_on_a_transcript_made_automatically_is_told_from_a_story(text, want):
    assert transcript_note.is_note(text) is want


@pytest.mark.parametrize("text,want", [
    ("The figures come from the customs service's monthly tables and the operators' quarterly reports. Where the two "
     "disagree, we keep the operator's figure.", True),
    ("Aliyev, R. (2021) Caspian Ports. Baku: Caspian Press. Keller, A. (2022) Häfen am Kaspischen Meer. Bergstadt.",
     False),
    ("1. Ministry of Energy, monthly tables, 2024. 2. Operators' quarterly reports, 2023 and 2024 editions, Baku.", False),
    ("References in square brackets are to paragraphs in the judgment.", False),  # one short line: a note
])
def test_prose_under_a_sources_heading_is_told_from_entries(text, want):
    assert back_matter.is_prose(text) is want


def test_a_fenced_code_block_is_no_paragraph_blank_lines_and_all():
    from azmap.corpus.segment import segment

    text = ("# ports-data\n\nThis repository holds the berths of the Caspian ports, one row a berth, with its draught.\n\n"
            "```python\nimport pandas as pd\ndf = pd.read_csv(\"data/berths.csv\", parse_dates=[\"built\"])\n\n"
            "df[df.port == \"Alat\"].groupby(df.built.dt.year).draught_m.mean()\n```\n\nThe draughts are in metres and "
            "were measured at low water in the spring of each year.\n")
    body = [p.text for p in segment(text) if p.kind == "body"]
    assert body == ["This repository holds the berths of the Caspian ports, one row a berth, with its draught.",
                    "The draughts are in metres and were measured at low water in the spring of each year."]


@pytest.mark.parametrize("text,want", [
    ("Thanks to Rustam Aliyev and Sofia Petrakis for checking the 2024 figures.", True),
    ("Merci à Claire Dubois et Rauf Mammadov pour la relecture des chiffres.", True),
    ("Thanks to the new compressor stations, the pipeline carried a fifth more gas in 2023.", False),
    ("Grazie a una nuova stazione di compressione, il gasdotto ha trasportato più gas.", False),
])
def test_a_line_thanking_named_people_is_told_from_a_storys_thanks_to(text, want):
    assert thanks_line.is_thanks(text) is want


@pytest.mark.parametrize("heading,want", [("Sources", True), ("Quellen", True), ("Fuentes", True),
                                          ("Notes", False), ("References", False), ("Bibliography", False)])
def test_only_a_sources_heading_over_prose_heads_a_section_of_the_text(heading, want):
    assert back_matter.names_sources(heading) is want


def test_a_storys_labelled_rows_under_its_headline_are_no_cover():
    text = ("Is the Kars line worth it?\n\nVeröffentlicht: 21. September 2017\nAktualisiert: 23. September 2017\n"
            "Autore: Marco Bianchi\n\nDie Fähre verkehrte den größten Teil des Jahres zweimal pro Woche.\n\n"
            "Copyright 2014 Kura Daily Media\n")
    assert cover_rows.cover(text) is None
