"""The sweep of documents21's text, markdown and PDF kinds (tests/sweep_d21text.py): two-column papers whose columns
stand on other baselines, a range of days in any language's words, an agency's slug line and its reporter's
signature, a plain-text release's head, authors with institutions in brackets, an interview's closing credit. The
development cells at the figures reached while tuning; the test cells at what they read when measured once."""
import pytest

from azmap.corpus import affiliation_marks, agency_signoff, interview_credit
from azmap.corpus.bracketed_names import bracketed_names
from azmap.corpus.date_parse import parse_date
from azmap.corpus.header_lines import keyword_slug
from azmap.corpus.release_office import office_under_name
from azmap.corpus.words import embargo_line, release_label
from tests import sweep_d16text
from tests.sweep_d21text import cells, figures, misses, part

# before (main's reader at 010e1fa), 25 cells a half: dev titles 20, dates 21, authors 10, participants 21, bodies 21;
# test titles 19, dates 22, authors 11, participants 21, bodies 21. The dev half's misses left: a Polish release's
# subheading ending "w 2027 r." read as the text's first sentence (its dateline's day lost, the subheading in the body);
# the guest of an interview with no closing credit is no participant.
DEV = {"cells": 25, "title": 25, "date": 24, "authors": 25, "participants": 24, "body": 24}
# The test half measured once at the end: a Russian interview's closing "Беседу подготовила пресс-служба порта" (a press
# service, no person) read as its author by the press service's signature rule (and its guest no participant); a French agency item's closing quoted
# line "« … » (Name, ministère …)" left out of the body.
TEST_FLOOR = {"cells": 25, "title": 25, "date": 25, "authors": 24, "participants": 24, "body": 24}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("offset", "range", "agency", "release", "bracketed", "ledby"), DEV, TEST_FLOOR, misses)


@pytest.mark.parametrize("line,want", [
    ("Valencia, 15-17 de octubre de 2025 · Actas, pp. 211-224", "2025-10"),
    ("Lyon, 5-7 mars 2025", "2025-03"), ("Jena, 10.-12. April 2025", "2025-04"),
    ("Казань, 5–7 марта 2025 г.", "2025-03"), ("Toruń, 8-9 maja 2025", "2025-05"),
    ("Proceedings, pp. 211-224 · 4 March 2025", "2025-03-04"),  # a page range is no range of days
    ("Sevilla, 15 de octubre de 2025", "2025-10-15"), ("2025-03-05 11:42   nr 4127", "2025-03-05"),
])
def test_a_range_of_days_in_any_languages_words_dates_by_the_month(line, want):
    assert parse_date(line) == want


@pytest.mark.parametrize("line,want", [
    ("Azerbejdżan/ gaz/ energetyka/ Polska", True), ("Azerbaijan/Gas/Energy/Europe", True),
    ("Baku/Tbilisi: rail talks resume", False), ("awi/ mk/", False), ("Talks on 4/3/2025 in Baku/Tbilisi/Kars", False),
])
def test_keywords_parted_by_slashes_are_a_slug(line, want):
    assert keyword_slug(line) is want


def test_an_agency_reporter_signs_from_a_place_before_the_agency():
    text = "Baku (PAP) - Text.\n\nZ Baku Anna Wiśniewska (PAP)\n"
    assert agency_signoff.signed("Z Baku Anna Wiśniewska (PAP)", text) == "Anna Wiśniewska"
    assert agency_signoff.signed("Aus Baku Lena Hartmann (dpa-AFX)", "Baku (dpa-AFX) - T.\n(dpa-AFX)") == "Lena Hartmann"
    assert agency_signoff.signed("Ruth Okafor (CNA)", "") == "Ruth Okafor"
    assert agency_signoff.signed("« Rien n'est décidé » (Claire Dubois, ministère)", "") is None
    assert agency_signoff.signed("Photo: Baku Port (archive)", "") is None


def test_a_releases_label_with_its_reference_and_its_embargo_line():
    assert release_label("PRESS RELEASE                                PR/2026/019")
    assert release_label("Pressemitteilung   PM 12/2025") and release_label("COMMUNIQUÉ DE PRESSE   CP/2025/08")
    assert not release_label("Press release on the new port")
    for line in ("EMBARGOED UNTIL 10:00 CET, Tuesday 10 March 2026", "SPERRFRIST: 5. März 2025, 10:00 Uhr",
                 "EMBARGO JUSQU'AU 5 mars 2025 à 10h00", "EMBARGO DO 5 marca 2025, godz. 10:00"):
        assert embargo_line(line), line
    assert not embargo_line("Embargo on grain exports lifted, ministry says")


def test_a_bodys_name_over_its_press_office_speaks():
    assert office_under_name(["NORDIC-CASPIAN INVESTMENT BANK", "Press Office", "PRESS RELEASE"]) == \
        (0, 1, "Nordic-Caspian Investment Bank")
    assert office_under_name(["FONDO CASPIO", "Oficina de Prensa"])[2] == "Fondo Caspio"
    assert office_under_name(["Press Office", "PRESS RELEASE"]) is None
    assert office_under_name(["Talks resumed on Tuesday.", "Press Office"]) is None


def test_authors_with_institutions_in_brackets():
    line = "Tamar Beridze (Kura Institute for Regional Security) and Farid Mammadli (Absheron Energy Forum)"
    assert bracketed_names(line) == [{"name": "Tamar Beridze", "affiliation": "Kura Institute for Regional Security"},
                                     {"name": "Farid Mammadli", "affiliation": "Absheron Energy Forum"}]
    assert [a["name"] for a in bracketed_names("Lena Hartmann (Institut für Osteuropastudien) und Jonas Vogt "
                                               "(Stiftung Kaukasus)")] == ["Lena Hartmann", "Jonas Vogt"]
    assert bracketed_names("Baku Port (Alat) and Poti Port (Georgia)") == []


def test_marked_names_joined_by_and_in_any_language():
    lines = ["Marta Soler Ibáñez^1 y Giorgi Abashidze^2", "^1Universidad de Almenara", "^2Universidad de Tiflis"]
    found = affiliation_marks.marked_authors([affiliation_marks._plain(line) for line in lines])
    assert [a["name"] for a in found[0]] == ["Marta Soler Ibáñez", "Giorgi Abashidze"]


def test_an_interviews_closing_credit():
    assert interview_credit.led_by("**Söhbətləşdi: Leyla Nəsibova**") == ["Leyla Nəsibova"]
    assert interview_credit.led_by("*Беседовала Ирина Волкова*") == ["Ирина Волкова"]
    assert interview_credit.led_by("Propos recueillis par Claire Dubois") == ["Claire Dubois"]
    assert interview_credit.led_by("Rozmawiała z nami także minister Anna Nowak, która zapowiedziała rozmowy.") is None
    lines = [(90, "© 2026 Outlet."), (80, "- [Item](/a/) — 20.01.2026"), (60, "Paylaş: [Facebook](x)"),
             (40, "**Söhbətləşdi: Leyla Nəsibova**"), (0, "— An answer.")]
    assert interview_credit.closing_credit(lines) == (["Leyla Nəsibova"], 40)
    assert interview_credit.closing_credit([(90, "x " * 120)] + lines[3:]) is None  # prose under it
    assert interview_credit.guest_of("Rauf Əliyev: «Orta Dəhlizdə əsas problem sərhədlərdədir»") == "Rauf Əliyev"
