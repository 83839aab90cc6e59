"""The sweep of documents18's plain-text, markdown and PDF-text kinds (tests/sweep_d18text.py): an agency's
feed head and a byline with the surname in capitals, an open letter's signatories under a trail of links, an
OCR'd bulletin's scan, a compiler's line with two dates, a slide deck's outline, a register's notice. The
development cells at the figures reached while tuning; the test cells at what they read when measured once."""
import pytest

from tests import sweep_d16text
from tests.sweep_d18text import cells, figures, misses, part
from azmap.corpus import capital_surnames, compiled_line, letter_signatories, ocr_scan, register_notice, scan_head

# before (main's reader at 83ee302), the first batch (12 cells a half: feeds, letters, scans, compilers' lines):
# dev titles 4, dates 5, authors 6, bodies 3; test titles 5, dates 6, authors 6, bodies 3 (participants 12 each).
# The second batch (6 cells a half: slide decks, register notices) was written after the first change; at
# 6334e61 the whole halves read: dev titles 17, dates 18, authors 15, participants 15, bodies 12 of 18; the
# test half, read then: titles 16, dates 18, authors 15, participants 16, bodies 15 of 18.
DEV = {"cells": 18, "title": 18, "date": 18, "authors": 18, "participants": 18, "body": 18}
# The test half measured once at the end: authors 17 ("Grace O'NEILL": a one-letter part before the apostrophe
# is not read as a word in capitals), bodies 17 (a content slide's bullets of three and four words read as a
# list of short links), the rest 18.
TEST_FLOOR = {"cells": 18, "title": 18, "date": 18, "authors": 17, "participants": 18, "body": 17}


test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("feed", "letter", "scan", "chrono", "deck", "notice"), DEV, TEST_FLOOR, misses)


@pytest.mark.parametrize("name,want", [
    ("Lucie BERTRAND", "Lucie Bertrand"), ("Lucía GÓMEZ PARDO", "Lucía Gómez Pardo"),
    ("Marie-Claire DUPONT-MOREAU", "Marie-Claire Dupont-Moreau"),
    # left as written: no word in capitals, all in capitals, a roman numeral
    ("Lucie Bertrand", "Lucie Bertrand"), ("LUCIE BERTRAND", "LUCIE BERTRAND"), ("John Carter III", "John Carter III"),
])
def test_a_surname_in_capitals_is_named_as_said(name, want):
    assert capital_surnames.as_said(name) == want


@pytest.mark.parametrize("line,want", [
    ("Compiled by Arif Quliyev, Records Centre. First published 5 May 2021; last updated 14 August 2025.", "2025-08-14"),
    ("Compiled by A. Name. Updated 2 March 2024; first published 1 May 2020.", "2024-03-02"),
    ("Compiled by Arif Quliyev. First published 5 May 2021.", None),  # no update: the byline's date
    ("By Arif Quliyev. Published 5 May 2021; updated 14 August 2025.", None),  # a story: its publication
])
def test_a_compilers_line_is_dated_by_its_last_update(line, want):
    assert compiled_line.last_update(line) == want


@pytest.mark.parametrize("raw,want", [
    ("      CASPIAN PETROLEUM BULLETIN          No. 14          November 1997", "1997-11"),
    (" CASPIAN PETROLEUM BULLETIN                  No. 14, November 1997", "1997-11"),
    ("GULF PIPELINE REPORT     Vol. 4, No. 5     May 2001", "2001-05"),
    ("ORDER CODE KPI-GS-2024/11                         March 3, 2024", None),  # a code and a day: no issue
    ("Caspian Petroleum Bulletin   No. 14   November 1997", None),  # no name in capitals
])
def test_a_mastheads_issue_number_is_no_day(raw, want):
    assert scan_head.issue_month(raw) == want


def test_a_scans_stray_marks_are_no_words_and_a_lone_mark_no_scan():
    scan = "Title\n .\n\n The text goes on.            '\n ,\n Next line.\n"
    assert ocr_scan.without_specks(scan) == "Title\n\n\n The text goes on.\n\n Next line.\n"
    assert ocr_scan.without_specks("Title\n.\nText.\n") == "Title\n.\nText.\n"


@pytest.mark.parametrize("item,want", [
    ("Dra. Elena Ruiz Montes, Universidad Complutense del Sur", ("Elena Ruiz Montes", "Universidad Complutense del Sur")),
    ("Javier Ortega Lanz, embajador retirado", ("Javier Ortega Lanz", "embajador retirado")),
    ("Prof. Dr. Anke Vogel, Universität Leipzig", ("Anke Vogel", "Universität Leipzig")),
    ("Publish the ferry schedules a month ahead, not a week ahead.", None),
])
def test_a_signatory_is_named_without_her_title(item, want):
    got = letter_signatories.signatory(item)
    assert (got and (got["name"], got["affiliation"])) == want or got is want


@pytest.mark.parametrize("label,want", [("AGENCY", True), ("SUMMARY", True), ("FOR FURTHER INFORMATION CONTACT", True),
                                        ("HALE", False), ("PRESENTER", False), ("MS. ALIYEVA", False)])
def test_a_registers_field_is_no_speaker(label, want):
    assert register_notice.field_label(label) is want


def test_a_notices_signer_under_the_day_and_the_day_alone():
    text = "The text.\n\nDated: 2 July 2025.\n\nHelena Varga-Moss,\n\nDirector, Office of Export Licensing Policy.\n"
    assert register_notice.signed_after_dated(text, 0) == ("Helena Varga-Moss", "Director, Office of Export Licensing "
                                                           "Policy", text.index("Dated"))
    assert register_notice.signed_after_dated("The text.\n\nDated: 2 July 2025.\n\nBILLING CODE 3510\n", 0) is None
