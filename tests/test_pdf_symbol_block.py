"""An official document's first page (tests/fixtures/documents12's generator): a symbol block over the
title (the organ, the symbol, the distribution, the original's language, the session and agenda item)
is front matter, with no writer in it; the title is the bold line under its rule; the numbered
paragraphs under it are the body and keep their numbers. A first page with no symbol block reads as
before."""
from __future__ import annotations

import json

import pytest

from azmap.corpus.pdf import layout_text
from azmap.corpus.reading import read
from azmap.corpus.segment import segment
from tests.test_documents2 import _generator
from tests.test_documents12 import ROOT

PARAGRAPHS = [
    "1. The Council considered the situation along the border between the two countries at its meeting of "
    "3 March, having before it the letters addressed to its President by the representatives of both parties.",
    "2. The members of the Council welcomed the resumption of talks on the delimitation of the border and "
    "called on both parties to refrain from any action that could raise tension in the area concerned.",
    "3. The Council requested the mission to report on the progress made within ninety days and decided to "
    "remain seized of the matter, including the questions of demining and of the return of displaced persons.",
]


def _masthead(organ, symbol, distribution, original, session):
    return [[["United Nations", "left", 12, True], [symbol, "right", 16, True]],
            [[organ, "left", 18, True], [distribution, "right", 9, False]],
            [["14 March 2023", "right", 9, False]],
            [[original, "right", 9, False]],
            [[session, "left", 9, False]],
            [["Agenda item 7", "left", 9, False]]]


def _pdf(tmp_path, title, masthead=None, front=()):
    spec = {"file": "doc.pdf", "title": title, "date": "2023-03-14", "authors": [], "generator": "make_pdf.py",
            "pdf": {"columns": 1, "height": 700, "title_size": 12 if masthead else 18, "front_align": "left",
                    "front_gap": 24, "front": list(front)},
            "body_paragraphs": PARAGRAPHS}
    if masthead:
        spec["pdf"]["masthead"] = masthead
    annotation = tmp_path / "doc.expected.json"
    annotation.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "doc.pdf"
    _generator(ROOT).build(annotation, out)
    return out


@pytest.mark.parametrize("organ, symbol, distribution, original, session", [
    ("Security Council", "S/2023/187", "Distr.: Limited", "Original: French", "Seventy-eighth year"),
    ("Economic and Social Council", "E/CN.6/2023/L.3", "Distr. GENERAL", "Original: Spanish", "Sixty-seventh session"),
    ("Conseil de sécurité", "S/2023/188", "Distr. générale", "Original : anglais", "Soixante-dix-huitième année"),
])
def test_a_symbol_block_is_front_matter_and_the_bold_line_under_it_the_title(tmp_path, organ, symbol, distribution,
                                                                              original, session):
    title = "Letter concerning the border talks between the two neighbouring countries"
    path = _pdf(tmp_path, title, _masthead(organ, symbol, distribution, original, session),
                ["Note by the President of the Council"])
    reading = read(path)
    assert reading.meta.title == title
    assert not reading.meta.author  # "United Nations" over the organ's name writes nothing
    body = [p.text for p in segment(reading.text, markdown=True) if p.kind == "body" and p.end > reading.meta.body_start]
    assert body == PARAGRAPHS  # the numbered paragraphs, their numbers kept
    assert not any(symbol in p or distribution in p or "____" in p for p in body)


def test_a_first_page_with_no_symbol_block_reads_as_before(tmp_path):
    title = "Border talks between two neighbouring countries"
    path = _pdf(tmp_path, title, front=["Distribution of the talks' results: general public", "Ayla Rustamova"])
    text = layout_text(path.read_bytes())
    assert text.startswith("# " + title)
    assert "1\\." not in text  # a numbered paragraph of an ordinary paper is read as before
    assert read(path).meta.title == title
