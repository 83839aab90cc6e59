"""What documents say about themselves: title, author and date read the way a person reads the
top of a page, on the fixture documents (each in a style analysts really get)."""
import pytest

from azmap.corpus.metadata import from_text, parse_date
from tests.fixture_docs import load_fixtures

TEXT_FIXTURES = [d for d in load_fixtures() if d["format"] in ("txt", "md")]


@pytest.mark.parametrize("doc", TEXT_FIXTURES, ids=[d["file"] for d in TEXT_FIXTURES])
def test_title_author_and_date_of_plain_text_and_markdown(doc):
    text = open(doc["path"], encoding="utf-8").read()
    meta = from_text(text, doc["path"])
    assert meta.title == doc["title"]
    assert meta.author == doc["author"]
    assert meta.date == doc["date"]
    # the body starts at the first body paragraph, after title, byline, date lines and kickers
    first = doc["body_paragraphs"][0]
    assert " ".join(text[meta.body_start:].split()).startswith(" ".join(first.split())[:40])


@pytest.mark.parametrize("line,iso", [("11 December 2012", "2012-12-11"), ("November 2023", "2023-11"),
                                      ("Published 14 March 2023 | Energy desk", "2023-03-14"),
                                      ("03-Oct-2023 06:42 GMT", "2023-10-03"), ("March 3, 2021", "2021-03-03"),
                                      ("2019-07-01", "2019-07-01"), ("Sept. 2020", "2020-09"),
                                      ("the 30 Februarys of 1999", None), ("no date here", None)])
def test_dates_as_people_write_them(line, iso):
    assert parse_date(line) == iso


def test_front_matter_is_metadata_not_text():
    text = '---\ntitle: "A: colon"\nauthor: [Ann Lee, Bo Chen]\ndate: 2021-05-06\nurl: https://example.org/a\n---\n\nBody text of the note goes here and ends.\n'
    meta = from_text(text)
    assert (meta.title, meta.author, meta.date, meta.url) == ("A: colon", "Ann Lee, Bo Chen", "2021-05-06",
                                                              "https://example.org/a")
    assert text[meta.body_start:].strip().startswith("Body text")
    assert meta.authors == [{"name": "Ann Lee", "affiliation": None}, {"name": "Bo Chen", "affiliation": None}]


@pytest.mark.parametrize("author,names", [("Ann Lee; Bo Chen", ["Ann Lee", "Bo Chen"]),
                                          ("Ann Lee, Bo Chen", ["Ann Lee", "Bo Chen"]),
                                          ("Ann Lee, Harbour Institute", ["Ann Lee"])])
def test_an_author_string_from_a_page_gives_its_people(author, names):
    from azmap.corpus.metadata import Metadata

    meta = Metadata(author=author)
    meta.settle_authors()
    assert [a["name"] for a in meta.authors] == names


# ---------------------------------------------------------------------------------------------
# Issue 24: what the page says, with its evidence

@pytest.mark.parametrize("line,iso", [("Publié le mardi 3 mars 2015 à 14h05", "2015-03-03"),
                                      ("Veröffentlicht am Dienstag, 9. April 2019, 10:32 Uhr", "2019-04-09"),
                                      ("Pubblicato il 14 settembre 2021", "2021-09-14"),
                                      ("CASPIAN POLICY BRIEF No. 7 | March 2021", "2021-03"),
                                      ("© Caspian Trails 2024", None), ("Copyright 2019 Kura Wire", None),
                                      ("Water sharing on the Kura since 1991", None)])
def test_dates_in_other_languages_and_never_a_copyright_year(line, iso):
    assert parse_date(line) == iso


def test_the_date_nearest_the_title_and_the_date_line_as_evidence():
    text = ("MONITOR\nOrder Code AB-12\nUpdated 2 May 2018\nRevised 9 June 2018\n\nA Report on Crossings\n\n"
            "Body prose that runs on long enough to be a paragraph of the report, and ends here.\n")
    meta = from_text(text)
    assert (meta.title, meta.date) == ("A Report on Crossings", "2018-06-09")
    assert meta.evidence["date"] == "date line" and meta.evidence["title"] == "title line"


def test_authors_without_ranks_with_their_affiliations():
    text = ("The Corridor\n\nBy Maj. Gen. Ana Ruiz, National Defence College, and Prof. Omar Said, Lake University\n\n"
            "A paragraph of running prose that is long enough to start the body of the paper here.\n")
    meta = from_text(text)
    assert meta.authors == [{"name": "Ana Ruiz", "affiliation": "National Defence College"},
                            {"name": "Omar Said", "affiliation": "Lake University"}]
    assert meta.author == "Ana Ruiz, Omar Said" and meta.evidence["authors"] == "byline"


def test_an_office_as_author_and_speakers_as_participants():
    release = ("Press Office of the Harbour Board\n\nNew Quay Opens\n\nPORTVILLE, 4 May 2020 — The board opened "
               "a quay today, the first in ten years, after two years of building work.\n")
    meta = from_text(release)
    assert meta.authors == [{"name": "Press Office of the Harbour Board", "affiliation": None, "organisation": True}]
    assert (meta.title, meta.date, meta.evidence["date"]) == ("New Quay Opens", "2020-05-04", "dateline")
    transcript = ("Panel on ports\n\n3 June 2021\n\nCHAIR ANNA BERG: Welcome to the panel, and thank you all.\n\n"
                  "DR. LEV ORLOV: Thank you for having me here today.\n\nCHAIR ANNA BERG: Let us begin now.\n")
    meta = from_text(transcript)
    assert meta.participants == ["Anna Berg", "Lev Orlov"] and meta.authors == []
    assert meta.date == "2021-06-03"


def test_a_title_on_the_first_line_and_a_date_from_the_file_name():
    from pathlib import Path

    text = ("Tea after the frost\nThe frost of April damaged the lower terraces of the tea gardens near the coast.\n"
            "Growers say the upper terraces escaped with little harm this spring.\n")
    meta = from_text(text, Path("2022-04-18_tea.txt"))
    assert (meta.title, meta.date) == ("Tea after the frost", "2022-04-18")
    assert meta.evidence == {"title": "first line", "date": "file name"}
    assert text[meta.body_start:].strip().startswith("The frost of April")


def test_an_email_says_its_subject_sender_and_date_and_ends_at_its_signature():
    text = ("---------- Forwarded message ---------\nFrom: Gulnara Ismayilova <g@letter.example>\n"
            "Date: Wed, Jan 8, 2025 at 9:14 AM\nSubject: Ganja Letter: the bypass\nTo: <friends@letter.example>\n\n"
            "The bypass opened in the last week of December, and the trucks no longer cross the centre of town.\n\n"
            "Best wishes,\nGulnara\n\nTo stop receiving the letter, reply STOP.\n")
    meta = from_text(text)
    assert (meta.title, meta.date, meta.authors) == ("Ganja Letter: the bypass", "2025-01-08",
                                                     [{"name": "Gulnara Ismayilova", "affiliation": None}])
    assert meta.evidence["date"] == "e-mail header" and text[meta.body_start:].lstrip().startswith("The bypass")
    assert text[meta.body_end:].startswith("Best wishes,")


def test_front_matter_under_other_keys():
    text = ("---\ntitle: Notes\ncreated: 2024-04-09\ncontributors:\n  - Rena Huseynova (Sheki Heritage Trust)\n"
            "  - name: Tom Hardcastle\n    affiliation: Caspian Coast Survey\n---\n\n"
            "The workshop met in the upper hall.\n")
    meta = from_text(text)
    assert meta.date == "2024-04-09"
    assert meta.authors == [{"name": "Rena Huseynova", "affiliation": "Sheki Heritage Trust"},
                            {"name": "Tom Hardcastle", "affiliation": "Caspian Coast Survey"}]


def test_a_hearing_lists_its_witnesses_and_a_body_over_it_is_no_title():
    text = ("COMMITTEE ON FOREIGN AFFAIRS\n\nENERGY SECURITY IN THE CASPIAN\n\n4 March 2021\n\nWITNESSES:\n\n"
            "Mr. John Ashby, Deputy Assistant Secretary, Department of Energy\n\n"
            "Dr. Lale Demir, Senior Fellow, Anatolia Policy Center\n\n"
            "THE CHAIRMAN: The hearing will come to order. We are here to talk about pipelines across the sea.\n\n"
            "MR. ASHBY: Thank you. The administration supports a line across the Caspian if both states agree.\n\n"
            "DR. DEMIR: The legal questions are mostly settled; what remains is money and the will to build it.\n")
    meta = from_text(text)
    assert (meta.title, meta.date, meta.authors) == ("ENERGY SECURITY IN THE CASPIAN", "2021-03-04", [])
    assert meta.participants == ["John Ashby", "Lale Demir"]


@pytest.mark.parametrize("line, iso", [("03.02.2025 10:45", "2025-02-03"), ("6th December 2026", "2026-12-06"),
                                       ("Stand: 05.03.2025 11:20 Uhr", "2025-03-05")])
def test_dates_in_figures_with_dots_are_day_first(line, iso):
    assert parse_date(line) == iso
