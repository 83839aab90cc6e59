"""Real documents, tenth round (tests/fixtures/documents10): the kinds of form documents9's unseen
part missed, each tuned on a development part of its own (new wordings) and on synthetic PDFs.

PDF columns: a short one-column page whose justified lines leave a channel of word spaces down the
middle is no two-column page; lines centred on the page over a single column of text (a figure
beside it) are over the text, not lines of its column.

Titles: furniture over the headline is no title, by its form: a line filing the document under a
site's heading ("Section: A / B"), a body's name over its address or over a document's label
("NEWS RELEASE", "Roundtable Transcript"); a company that issues a release naming no person is its
author. The round has a development part only (``python -m tests.test_documents10 dev``):
documents9's unseen part measured these kinds before; it is no longer held apart for them.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests import test_documents2 as rounds
from tests.pdf_writer import Text, advance, pdf_bytes

DEV = {fx["file"]: fx for fx in rounds.load_set(Path(__file__).resolve().parent / "fixtures" / "documents10", "dev")}

SIZE = 10


def _width(text: str) -> float:
    return sum(advance(c, SIZE) for c in text)


def _justified(words: list[str], x0: float, x1: float, y: float) -> tuple[list[Text], float]:
    """The words set one by one from x0 to x1 with their spaces stretched alike (a justified line),
    and the widest space."""
    natural = sum(_width(w) for w in words)
    space = (x1 - x0 - natural) / max(1, len(words) - 1)
    items, x = [], x0
    for w in words:
        items.append(Text(x, y, SIZE, w))
        x += _width(w) + space
    return items, space


def _channel_page(prose: str, channel: float, right: float, top: float) -> tuple[list[Text], list[str]]:
    """Justified lines from 60 to ``right`` in which a word space always falls at ``channel`` (a river
    down the page): each line's words before the channel stretched to end at it, the rest from a
    stretched space after it to the right edge. (The page's items, its lines' text.)"""
    words, items, texts, y = prose.split(), [], [], top
    while words:
        left = []
        while words and _width(" ".join(left + [words[0]])) <= channel - 60:
            left.append(words.pop(0))
        rest = []
        while words and _width(" ".join(rest + [words[0]])) <= right - channel - 4:
            rest.append(words.pop(0))
        if not words:  # the paragraph's last line: set at its natural spacing
            line = " ".join(left + rest)
            items.append(Text(60, y, SIZE, line))
            texts.append(line)
            break
        a, space_a = _justified(left, 60, channel, y)
        b, space_b = _justified(rest, channel + 4, right, y)
        assert max(space_a, space_b, 4) < SIZE * 0.8  # word spaces, not a gap between columns
        items += a + b
        texts.append(" ".join(left + rest))
        y -= SIZE * 1.3
    return items, texts


def _short_one_column_page(tmp_path):
    first = ("The lorries that wait at the Red Bridge crossing in summer stand for most of a day, and the "
             "queue reaches back past the last filling station before the border. Drivers sleep in the "
             "cabs and buy bread from the village on the hill. The customs post was rebuilt in 2019 and "
             "the new lanes were opened a year later, but the number of officers on each shift did not "
             "grow with them, so the lanes stand empty while the queue outside them grows longer.")
    second = ("A second post for goods is planned on the road north of the bridge, where the land is flat "
              "and the river is narrow. Both governments have named the site, and a survey of the ground "
              "was finished in the spring. Neither has said who will pay for the road to it or when the "
              "first lorries might cross there, and the drivers we spoke to did not expect to see it open "
              "before the end of the decade.")
    page1, lines1 = _channel_page(first, 300, 535, 720)
    page2, lines2 = _channel_page(second, 296, 535, 760)
    page1.insert(0, Text(60, 770, 16, "Waiting at the Red Bridge", bold=True))
    path = tmp_path / "crossing.pdf"
    path.write_bytes(pdf_bytes([page1, page2], width=595, height=842))
    return path, first, second


def test_a_channel_of_word_spaces_down_a_short_page_is_no_gap_between_columns(tmp_path):
    from azmap.corpus.pdf import layout_text

    path, first, second = _short_one_column_page(tmp_path)
    text = " ".join(layout_text(path.read_bytes()).split())
    assert first in text and second in text, text


def _brief_with_figure(tmp_path):
    prose = ("Oil sent through the Baku to Supsa line rose to 4.2 million tonnes in 2024, up from "
             "2.9 million in 2022. Georgia's terminal at Supsa now loads a tanker every nine days, and "
             "Tbilisi expects the share of the line in Azerbaijan's exports to grow again next year.")
    lines, line = [], ""
    for w in prose.split():
        if _width(f"{line} {w}".strip()) > 225:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    assert any(ln[0].isupper() or ln[0].isdigit() for ln in lines[1:])  # a line a paragraph could start with
    title = "A Small Pipe's Second Life: The Western Route Export Line"
    page = [Text((595 - sum(advance(c, 16) for c in title)) / 2, 770, 16, title)]
    for k, centred in enumerate(["Energy Note No. 3 | June 2025", "Leyla Hasanli and Tomas Berg",
                                 "Institute for Caspian Trade"]):
        page.append(Text((595 - _width(centred)) / 2, 740 - 14 * k, SIZE, centred))
    for k, ln in enumerate(lines):
        page.append(Text(60, 690 - 12.5 * k, SIZE, ln))
    # the right column holds a chart: its labels in small type and a caption under it
    for k, label in enumerate(["Mt", "2022", "2023", "2024", "Supsa", "Batumi"]):
        page.append(Text(330 + 30 * k, 690 - 9 * (k % 3), 7, label))
    page.append(Text(310, 600, 8, "Figure 1. Oil loaded at the Georgian terminals, 2022 to 2024."))
    path = tmp_path / "brief.pdf"
    path.write_bytes(pdf_bytes([page], width=595, height=842))
    return path, prose


def test_names_centred_on_the_page_over_one_column_beside_a_figure_leave_its_paragraph_whole(tmp_path):
    from azmap.corpus.pdf import layout_text

    path, prose = _brief_with_figure(tmp_path)
    paragraphs = [p for p in layout_text(path.read_bytes()).split("\n\n")]
    assert prose in paragraphs, paragraphs
    assert "Leyla Hasanli and Tomas Berg" in paragraphs


@pytest.mark.parametrize("name", sorted(DEV))
def test_each_dev_document_reads_as_annotated(name):
    """Title, date, authors as the page states them; every body paragraph word for word, nothing
    else in the body, none of the page's furniture in it."""
    from tests.test_documents3 import outcome

    rounds.assert_read_as_annotated(outcome(DEV[name]), DEV[name])


STORY = ("The ferry from Alat to Turkmenbashi sailed again on Monday after a week in port, the shipping "
         "company said, and trucks that had queued at the terminal were loaded overnight.")


def _meta(head: str):
    from azmap.corpus.metadata import from_text

    return from_text(head + "\n\n" + STORY + "\n", Path("x.txt"))


@pytest.mark.parametrize("furniture", [
    "Topic: Caspian shipping", "Filed under: Ports", "Tags: ferries, Alat",  # filed under the site's headings
    # a body's name over a document's label or its address
    "Kuryk Ferry Operators Association\nPanel Transcript", "KURYK FERRY OPERATORS ASSOCIATION\nMEDIA RELEASE",
    "Kuryk Ferry Operators Association\n14 Port Road, Aktau 130000, Kazakhstan",
])
def test_furniture_over_the_headline_is_no_title(furniture):
    meta = _meta(f"{furniture}\n\nFerries return to the Alat route after a week in port")
    assert meta.title == "Ferries return to the Alat route after a week in port", meta.evidence


def test_a_title_with_a_colon_stays_the_title():
    meta = _meta("Alat: the port that waited for the ferries\n\nA week in port, and then the queue")
    assert meta.title == "Alat: the port that waited for the ferries", meta.evidence


def test_a_name_over_a_subtitle_with_no_label_stays_the_title():
    meta = _meta("The Caspian Ferry Question\nWhy the Alat route waits a week\n\nBy Rena Aliyeva")
    assert meta.title == "The Caspian Ferry Question", meta.evidence


if __name__ == "__main__":
    print(json.dumps(rounds.tally(list(DEV.values()), [__import__("tests.test_documents3", fromlist=["outcome"])
                                                       .outcome(fx) for fx in DEV.values()]), indent=1, ensure_ascii=False))


@pytest.mark.parametrize("opening, date", [
    ("Aktau, Kazakhstan, 9 September 2025 – Caspian Rail Freight opened a yard.", "2025-09-09"),
    ("Poti, October 3, 2024 - The port said the berth was ready.", "2024-10-03"),
    ("Shipments through Poti rose in 2024 - a record year for the port.", None),  # a sentence, no place
    ("The Ferry Line, 2024 edition - a guide for drivers.", None),  # no day, no month: no date line
])
def test_a_dateline_in_mixed_case_opening_the_text_dates_it(opening, date):
    from azmap.corpus.metadata import _place_and_date

    assert _place_and_date(opening) == date


@pytest.mark.parametrize("line, name", [
    ("*3 May 2025 · by Orkhan Valiyev · 7 min read*", "Orkhan Valiyev"),
    ("May 3, 2025 | By Orkhan Valiyev", "Orkhan Valiyev"),
    ("3 May 2025 · Travel · 7 min read", None),  # no "by": nobody named
])
def test_by_a_name_among_a_lines_dotted_parts_is_the_author(line, name):
    meta = _meta(f"# Ferries return to the Alat route after a week in port\n\n{line}")
    assert [a["name"] for a in meta.authors] == ([name] if name else []), meta.evidence


@pytest.mark.parametrize("text, disclaimer", [
    ("The views in this paper are the author's alone.", True),
    ("Essays on this site do not necessarily reflect the views of the institute.", True),
    ("The minister said his views on the tariff were well known, and the port's board agreed.", False),
    ("Opinions differ on whether the ferry line can pay for two more ships by 2027.", False),
    ("This transcript was corrected by the speakers after the event.", True),  # after the turns began
])
def test_a_note_on_whose_views_or_on_the_transcript_is_furniture_after_the_body_began(text, disclaimer):
    from azmap.corpus.boilerplate import is_other_furniture

    assert is_other_furniture(text, [text], seen_body=True) is disclaimer



@pytest.mark.parametrize("line, authors", [
    ("Rena Aliyeva, Senior Economist for Trade", [("Rena Aliyeva", "Senior Economist for Trade")]),
    ("Rena Aliyeva, Mingachevir", []),  # a name and a place: no position named
])
def test_a_name_with_a_job_title_under_the_title_is_the_author(line, authors):
    meta = _meta(f"# Ferries return to the Alat route after a week in port\n\n{line}")
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == authors, meta.evidence
