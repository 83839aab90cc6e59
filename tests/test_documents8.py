"""Real documents, eighth round (tests/fixtures/documents8): a notice about the page (its age, its
archiving) standing over the title; a writer signed at the end ("Name, Role") with a tags line and a
notice after the signature; papers in two columns whose long title, set in the body's type and bold,
runs across the gap between the columns.

The test part was set down with dev, before any change to the reader, and read before the round
and at its end (``python -m tests.test_documents8 test``); the second reading is its floor.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests import test_documents2 as rounds

PARTS = rounds.round_parts(Path(__file__).resolve().parent / "fixtures" / "documents8")
DEV = {fx["file"]: fx for fx in PARTS["dev"]}
# the held-apart part as it read at the round's end (tests/fixtures/documents8/README.md)
MEASURED_ONCE = {"documents": 6, "titles": 6, "dates": 6, "authors": 6, "paragraphs": (20, 20),
                 "extra passages": 0, "boilerplate in body": 0, "captions lost": 0}


def test_both_parts_hold_every_format_and_the_held_apart_part_stays_where_it_was_measured():
    rounds.assert_parts_complete(PARTS, dev_at_least=6, test_at_least=6)
    rounds.assert_no_worse(rounds.part_figures(PARTS, "test"), MEASURED_ONCE)


@pytest.mark.parametrize("name", sorted(DEV))
def test_each_dev_document_reads_as_annotated(name):
    """Title, date, authors with their affiliation as the page states them; every body paragraph
    word for word, nothing else in the body, none of the page's furniture in it."""
    from tests.test_documents3 import outcome

    rounds.assert_read_as_annotated(outcome(DEV[name]), DEV[name])


if __name__ == "__main__":
    print(json.dumps(rounds.part_figures(PARTS, sys.argv[1] if len(sys.argv) > 1 else "dev"), indent=1,
                     ensure_ascii=False))


# each kind in short texts of its own (none of them the fixtures' wording), with a look-alike beside it
STORY = ("The ferry from Alat to Turkmenbashi sailed again on Monday after a week in port, the shipping "
         "company said, and trucks that had queued at the terminal were loaded overnight.")


@pytest.mark.parametrize("notice", [
    "This post is more than 7 years old.",
    "**This content has been archived.**",
    "Diese Seite wird nicht mehr aktualisiert.",
    "Эта публикация устарела",
])
def test_a_notice_about_the_page_over_the_title_is_no_title(notice):
    from azmap.corpus.metadata import from_text

    meta = from_text(f"{notice}\n\nFerry to Turkmenbashi sails again\n\nBy Elnara Musayeva\n6 October 2025\n\n{STORY}\n")
    assert (meta.title, meta.date, [a["name"] for a in meta.authors]) == (
        "Ferry to Turkmenbashi sails again", "2025-10-06", ["Elnara Musayeva"]), meta.evidence


def test_a_title_that_speaks_of_an_age_stays_the_title():
    from azmap.corpus.metadata import from_text

    meta = from_text(f"The Alat ferry is more than 40 years old\n\nBy Elnara Musayeva\n6 October 2025\n\n{STORY}\n")
    assert meta.title == "The Alat ferry is more than 40 years old"


@pytest.mark.parametrize("after, authors", [
    ("Tags: ferries, Caspian\nComments are closed.", [("Elnara Musayeva", "Shipping Correspondent")]),
    ("Topics: ports\n\nThis story has been archived.\n\nFollow us on Telegram.", [("Elnara Musayeva", "Shipping Correspondent")]),
    ("", [("Elnara Musayeva", "Shipping Correspondent")]),
])
def test_a_signature_with_a_role_is_read_past_the_furniture_after_it(after, authors):
    from azmap.corpus.metadata import from_text

    meta = from_text(f"Ferry to Turkmenbashi sails again\n\n6 October 2025\n\n{STORY}\n\n"
                     f"Elnara Musayeva, Shipping Correspondent\n\n{after}\n")
    assert [(a["name"], a.get("affiliation")) for a in meta.authors] == authors, meta.evidence


def test_a_name_before_a_tags_line_with_no_role_is_no_signature():
    from azmap.corpus.metadata import from_text

    meta = from_text(f"Ferry to Turkmenbashi sails again\n\n6 October 2025\n\n{STORY}\n\n"
                     "Elnara Musayeva, who took the ferry twice\n\nTags: ferries\n")
    assert meta.authors == []


@pytest.mark.parametrize("tag, signed", [
    ("Elnara Musayeva; Shipping Correspondent", ("Elnara Musayeva", "Shipping Correspondent")),
    ("Elnara Musayeva, Senior Writer", ("Elnara Musayeva", "Senior Writer")),
    ("Elnara Musayeva; Tural Ahmadov", None),
    ("Elnara Musayeva", None),
])
def test_an_authors_tag_naming_one_writer_and_her_role(tag, signed):
    from azmap.corpus.reading import _name_and_role

    assert _name_and_role(tag) == signed


def test_a_cyrillic_letter_is_no_other_language_in_a_russian_text():
    from azmap.corpus.boilerplate import in_another_language, word_counts

    texts = ["Паром из Алята снова вышел в море после недели простоя, сообщила компания.",
             "Грузовики, стоявшие у терминала, погрузили за ночь, и очередь исчезла к утру.",
             "Водители говорят, что ждали по пять дней и платили за стоянку у порта.",
             "Ещё два судна встанут на линию в ноябре, пообещал директор.",
             "Подписывайтесь на наш канал."]
    assert not in_another_language(texts[3], word_counts(texts))
    english = [STORY, "The next ferry is due on Thursday, the port said, and tickets are on sale at the terminal.",
               "Drivers said they had waited five days and paid for parking near the port gates each night.",
               "Two more vessels will join the line in November, when the new berth at Turkmenbashi opens "
               "for rail wagons as well as trucks, according to a statement by its builders in Ashgabat.",
               "Bizi takip edin ve yorum yazın."]
    assert in_another_language(english[-1], word_counts(english))


def test_a_russian_date_line_with_the_years_abbreviation_is_the_date():
    from azmap.corpus.metadata import from_text

    meta = from_text("Паром снова вышел в море\n\nЭльнара Мусаева\n6 октября 2025 г.\n\n"
                     "Паром из Алята снова вышел в море после недели простоя, сообщила судоходная компания в понедельник.\n")
    assert (meta.date, [a["name"] for a in meta.authors]) == ("2025-10-06", ["Эльнара Мусаева"]), meta.evidence


def _paper(tmp_path, title_x, bold: bool, columns: int):
    from tests.pdf_writer import Text, advance, pdf_bytes

    prose = ("The reed beds of the Kura delta burn most summers, and the fires move the herons' colonies "
             "from one channel to another between the years. ") * 7
    width = 225 if columns == 2 else 475
    lines, line = [], ""
    for w in prose.split():
        if sum(advance(c, 10) for c in f"{line} {w}") > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    title = "Reed Fires and Heron Colonies in the Kura Delta, Summers of 2019 to 2024"
    page = [Text(title_x(sum(advance(c, 10) for c in title)), 760, 10, title, bold=bold),
            Text(60, 746, 10, "Rauf Aliyev, Kura Delta Station"), Text(60, 732, 10, "Note 3, 2 July 2025")]
    half = (len(lines) + 1) // 2 if columns == 2 else len(lines)
    for k, text in enumerate(lines):
        page.append(Text(60 + (k >= half) * 250, 712 - 12.5 * (k % half), 10, text))
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf_bytes([page], width=595, height=842))
    return path, title


@pytest.mark.parametrize("where", ["left", "centre"])
def test_a_body_type_title_across_two_columns_is_read_whole_and_the_columns_apart(tmp_path, where):
    from azmap.corpus.reading import read

    path, title = _paper(tmp_path, (lambda w: 60) if where == "left" else (lambda w: (595 - w) / 2), True, 2)
    reading = read(path)
    assert reading.meta.title == title, reading.text[:300]
    assert "between the years. The reed beds" in " ".join(reading.text.split())  # the left column runs on whole


def test_a_one_column_page_under_a_bold_body_type_title_stays_one_column(tmp_path):
    from azmap.corpus.reading import read

    path, title = _paper(tmp_path, lambda w: 60, True, 1)
    reading = read(path)
    assert reading.meta.title == title and "colonies from one channel" in " ".join(reading.text.split())
