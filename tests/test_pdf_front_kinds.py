"""Kinds of first pages and captions the PDF sweep's test half showed, read on development forms
(tests/sweep_pdf.py): a figure's number standing alone after its word, a byline in lower case, names
joined with "&", a cover's subtitle "X and Y", affiliations led by raised marks in the body's type,
and compounds broken at their hyphen."""
from __future__ import annotations

from collections import Counter

import pytest

from azmap.corpus.pdf import _rejoin_paragraphs, _Words, layout_text
from azmap.corpus.reading import read
from azmap.corpus.wordlist import word_list as _word_list
from tests.sweep_pdf import AXES, cells, compose, half


def _cell(index: int, **forms) -> dict:
    cell = dict(cells("dev", 60)[index])
    for axis, form in forms.items():
        cell[axis] = half(AXES[axis], "dev").index(form)
    return cell


def _read(cell, tmp_path):
    data, want = compose(cell)
    path = tmp_path / "paper.pdf"
    path.write_bytes(data)
    return read(path), want, data


@pytest.mark.parametrize("form", ["Fig. {k} – {t}", "FIGURE {k} {t}"])
def test_a_figures_number_standing_alone_is_kept_with_its_caption(form):
    data, want = compose(_cell(3, figure=form))
    caption = want["captions"][0]
    assert caption in layout_text(data)  # not "Fig. – …": the number is no note's marker


def test_a_byline_in_lower_case_is_no_continuation_of_the_line_over_it():
    assert _rejoin_paragraphs(["Working Paper No. 6", "von Anna Kowalska"]) == ["Working Paper No. 6", "von Anna Kowalska"]
    assert _rejoin_paragraphs(["The ferries run", "by the timetable."]) == ["The ferries run by the timetable."]


def test_names_joined_with_an_ampersand_are_the_authors(tmp_path):
    reading, want, _ = _read(_cell(15, byline=(2, ["{a} & {b}", "{fa}"], "shared")), tmp_path)
    assert [a["name"] for a in reading.meta.authors] == want["authors"] and len(want["authors"]) == 2


def test_a_covers_subtitle_with_and_names_no_one(tmp_path):
    cover = next(f for f in half(AXES["front"], "dev") if f.kind == "cover" and f.subtitle)
    reading, want, _ = _read(_cell(27, front=cover, byline=(1, ["{a}", "{fa}"], True)), tmp_path)
    assert " and " in want["subtitle"]
    assert [a["name"] for a in reading.meta.authors] == want["authors"]
    assert reading.meta.title == f"{want['title']}: {want['subtitle']}"


def test_a_cover_with_marked_affiliations_in_the_bodys_type_stays_a_cover(tmp_path):
    cover = next(f for f in half(AXES["front"], "dev") if f.kind == "cover" and f.subtitle)
    cell = _cell(5, front=cover, byline=(2, ["{a}^1 and {b}^2", "^1 {fa}", "^2 {fb}"], True),
                 size=(9, 11), date=("{en} {y}", False))
    reading, want, data = _read(cell, tmp_path)
    assert f"^1{want['affiliations'][0]}" in layout_text(data)  # the mark stays on its line, raised (pdf_marks.py)
    assert [a["name"] for a in reading.meta.authors] == want["authors"]
    assert [a["affiliation"] for a in reading.meta.authors] == want["affiliations"]
    assert reading.meta.date == want["date"]


@pytest.mark.skipif(not _word_list(), reason="no word list installed")
def test_a_compound_broken_at_its_hyphen_keeps_it_where_the_word_list_knows_both_parts():
    words = _Words(Counter())  # a document that shows neither part
    assert words.compound("its long-", "term value")
    assert not words.compound("the railway be-", "tween them")  # one word, broken
    assert not words.compound("the corri-", "dor runs")  # a part that is no word


def test_a_compound_the_document_writes_whole_keeps_its_hyphen_and_a_word_it_writes_whole_is_joined():
    assert _Words(Counter({"east-west": 1})).compound("the east-", "west links")
    assert not _Words(Counter({"longterm": 1})).compound("its long-", "term value")
