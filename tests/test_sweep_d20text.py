"""The sweep of documents20's text, markdown and PDF kinds (tests/sweep_d20text.py): TOML front matter and a
template's calls, a teleprinter item, a transcript's note set apart, a layout-kept cover in capitals, its
colophon, a ministry's letterhead. The development cells at the figures reached while tuning; the test cells at
what they read when measured once."""
import pytest

from azmap.corpus import centred_lines, layout_pages, markdown_marks, teleprinter, transcript_note
from azmap.corpus.front_matter import front_matter
from azmap.corpus.release_head import company_over_label
from azmap.corpus.words import release_label
from tests import sweep_d16text
from tests.sweep_d20text import cells, figures, misses, part

# before (main's reader at df3e191), 16 cells a half: dev titles 5, dates 8, authors 8, participants 16, bodies 9;
# test titles 5, dates 6, authors 7, participants 16, bodies 10. The dev half's misses left: a Polish "(od Name)"
# (no byline word: "od" is "from"), a trap's "(Updates with …)" line over an item wrapped by the segmenter.
DEV = {"cells": 16, "title": 16, "date": 16, "authors": 15, "participants": 16, "body": 15}
# The test half measured once at the end: a French "(de Name)" names no author (not in the byline's table), a German
# cover's "Autorin:" row names no author, the German trap's body wrapped as the dev trap's.
TEST_FLOOR = {"cells": 16, "title": 16, "date": 16, "authors": 14, "participants": 16, "body": 15}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("toml", "wire", "tnote", "capcover", "endfoot", "letterhead"), DEV, TEST_FLOOR, misses)


def test_toml_front_matter_is_read_and_a_tickers_flash_line_is_none():
    text = '+++\ntitle = "Border talks"\ndate = 2025-03-04T09:15:00+04:00\nauthor = "Ruth Okafor"\n+++\n\nText.\n'
    data, offset = front_matter(text)
    assert data["title"] == "Border talks" and data["author"] == "Ruth Okafor" and text[offset:].strip() == "Text."
    assert front_matter("+++ 14:05 Uhr +++\n\n# Eilmeldung\n\nText.\n+++\n") == ({}, 0)
    assert front_matter("+++\nnot = toml = at all\n+++\n") == ({}, 0)


@pytest.mark.parametrize("block,want", [
    ('{{< figure src="/img/a.jpg" caption="The bridge at dawn" >}}', True),
    ("{{% notice info %}}", True),
    ('{% include figure.html src="a.jpg" caption="x" %}', True),
    ('To add a picture, write {{< figure src="a.jpg" >}} on a line of its own.', False),
])
def test_a_template_call_alone_on_its_line_is_markup(block, want):
    assert markdown_marks.is_image_line(block) is want


@pytest.mark.parametrize("text,apart,want", [
    ("Bu döküm otomatik olarak oluşturulmuştur.", False, True),  # the table by meaning: "döküm"
    ("Deze tekst is automatisch gegenereerd en nagekeken.", True, True),  # set apart: the machine's word enough
    ("Deze tekst is automatisch gegenereerd en nagekeken.", False, False),
    ("In this episode: how automatic number-plate checks changed the crossing.", False, False),
])
def test_a_transcripts_note_set_apart_needs_only_the_machines_word(text, apart, want):
    assert transcript_note.is_note(text, apart) is want


def test_a_block_is_set_apart_by_a_quote_or_italics_over_it():
    assert transcript_note.set_apart("> Note.") and transcript_note.set_apart("*Note on the text.*")
    assert not transcript_note.set_apart("**Host:** hello") and not transcript_note.set_apart("Plain words.")


_ITEM = ("ZCZC4200/SXB\nXEF2506_SXB\nR ESE S0B QX0B\n\nCaucasus: talks resume\nSummary line\n\n(by Daniel Marsh)\n"
         "(CNA) - TBILISI, {day} - Text of the item.\n    More text.\n(CNA).\n\nS0B QX0B\n{stamp} NNNN\n")


@pytest.mark.parametrize("day,stamp,want", [("4 MAR", "04-MAR-25 10:12", "2025-03-04"),
                                            ("31 DEC", "01-JAN-26 00:20", "2025-12-31"),  # sent after New Year
                                            ("6 MRZ", "06-MAR-25 16:40", "2025-03-06")])
def test_a_teleprinter_items_dateline_takes_its_stamps_year(day, stamp, want):
    assert teleprinter.dated(_ITEM.format(day=day, stamp=stamp)) == want


def test_a_teleprinter_items_codes_are_no_head_and_its_byline_stands_over_the_dateline():
    text = _ITEM.format(day="4 MAR", stamp="04-MAR-25 10:12")
    assert text[teleprinter.head_end(text):].startswith("Caucasus: talks resume")
    assert teleprinter.line_over_dateline(text, 0)[0] == "by Daniel Marsh"
    assert teleprinter.head_end("Caucasus: talks resume\n\nText.\n") == 0 and teleprinter.dated("Text. NNNN") is None


def test_a_public_office_in_capitals_over_a_numbered_label_issues_the_release():
    lines = ["REPUBLIC OF CALVERA", "MINISTRY OF TRANSPORT AND COMMUNICATIONS", "FOR IMMEDIATE RELEASE · No. 9/2025"]
    label = lambda line: release_label(line) or line.upper() == "FOR IMMEDIATE RELEASE"  # noqa: E731
    assert company_over_label(lines, "no mixed case here", label) == "Ministry of Transport and Communications"
    assert company_over_label(["REPUBLIC OF CALVERA", "Agreement signed", "FOR IMMEDIATE RELEASE"], "", label) is None


def test_centred_lines_and_a_covers_period():
    assert centred_lines.same_centre("                   COMMUNITY MONITORING OF THE BTC AND SCP",
                                     "                       PIPELINE CORRIDOR IN AZERBAIJAN")
    assert not centred_lines.same_centre("   In 2025 our monitors visited", "Baku-Tbilisi-Ceyhan oil pipeline and the")
    assert centred_lines.is_period("Monitoring period: January - December 2025")
    assert centred_lines.is_period("Reporting period: 1 January - 31 December 2024")
    assert not centred_lines.is_period("Published: 16 February 2026")
    assert not centred_lines.is_period("Armenia - Azerbaijan talks 2025")


def test_a_cover_page_and_a_colophon_are_no_text():
    cover = "        NAME\n\n     A TITLE IN CAPITALS\n\n   A note of two\n   lines.\n\n        - 1 -\n\f"
    text = cover + "   A paragraph of the text that runs on\nover two lines.\n\n        - 2 -\n\nName · a@b.example\n(c) 2025\n"
    assert layout_pages.after_cover(text, "A TITLE IN CAPITALS") == len(cover)
    assert text[layout_pages.colophon_start(text):].startswith("Name · a@b.example")
    # a folio at the page's top with the page's text under it: no colophon; a long first page is no cover
    assert layout_pages.colophon_start(cover + "        - 2 -\n\n   The last page's text runs on here.\n") is None
    assert layout_pages.after_cover("A TITLE\n" + "line\n" * 5 + "\f", "A TITLE") is None
