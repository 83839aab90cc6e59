"""Metamorphic checks for bylines (tests/metamorphic_bylines.py): the annotated fixture documents with their
byline written in another form, moved, stated only in tags or only visibly, set among names of people who are no
authors, or taken out, read as the change says. The development half (the even sets of documents3..22) is
asserted here: each transform applies to at least as many documents as it did, and at least as many of them
read the same (all fields, and the authors alone). The test half (the odd sets) is measured once with
``python -m tests.metamorphic_bylines test``; its figures are in MEASURED_ONCE_TEST.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests import metamorphic_bylines as B

# development half: transform → (documents reading the same, documents whose authors read the same, applied)
# main's reader before this branch's reader changes (15da920): byline_form (23, 23, 31), byline_form2 (23, 23, 31),
# byline_form_bare (14, 14, 16), byline_place (12, 13, 24), meta_only (2, 2, 3), visible_only (6, 6, 8),
# trap_names (33, 36, 37), no_author (28, 28, 32); after the byline grammar (byline_grammar.py, author_card.py):
DEV_FLOOR = {"byline_form": (29, 30, 31), "byline_form2": (30, 30, 31), "byline_form_bare": (15, 15, 16),
             "byline_place": (23, 23, 24), "meta_only": (2, 2, 3), "visible_only": (7, 7, 8),
             "trap_names": (34, 37, 37), "no_author": (28, 28, 32)}

# test half, main's reader (15da920), measured once before any reader change
MEASURED_ONCE_TEST = {"before": {"byline_form": (37, 39, 48), "byline_form2": (30, 32, 48),
                                 "byline_form_bare": (22, 23, 27), "byline_place": (21, 24, 38),
                                 "meta_only": (2, 2, 2), "visible_only": (4, 4, 6), "trap_names": (37, 41, 47),
                                 "no_author": (38, 39, 41)},
                      # after the byline grammar (94583a6), measured once
                      "after": {"byline_form": (44, 46, 48), "byline_form2": (42, 44, 48),
                                "byline_form_bare": (24, 25, 27), "byline_place": (34, 35, 38),
                                "meta_only": (2, 2, 2), "visible_only": (4, 4, 6), "trap_names": (38, 42, 47),
                                "no_author": (38, 39, 41)}}


@pytest.fixture(scope="module")
def dev_figures():
    return B.figures("dev", verbose=True)


@pytest.mark.parametrize("name", sorted(DEV_FLOOR))
def test_each_byline_change_applies_and_the_changed_documents_read_as_it_says(name, dev_figures):
    got = dev_figures[name]
    same, applied = map(int, got["invariant"].split("/"))
    authors_same = int(got["authors same"].split("/")[0])
    floor_same, floor_authors, floor_applied = DEV_FLOOR[name]
    assert applied >= floor_applied
    assert authors_same >= floor_authors, got["not invariant"]
    assert same >= floor_same, got["not invariant"]


def _fx(tmp_path: Path, text: str, fmt: str = "html", **ann) -> dict:
    path = tmp_path / f"a.{fmt}"
    path.write_text(text, encoding="utf-8")
    return {"file": path.name, "format": fmt, "path": path, "id": f"unit/{path.name}", "title": "Gas rises",
            "date": None, "authors": [{"name": "Leyla Hasanova", "affiliation": None}], "participants": [],
            "body_paragraphs": ["The pipeline carried more gas this winter than in any year before."], **ann}


PAGE = ('<html><head><meta charset="utf-8"><meta name="author" content="Leyla Hasanova">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Leyla Hasanova"}}</script>'
        '<title>Gas rises</title></head><body><article><h1>Gas rises</h1>\n'
        '<p class="byline">By <a rel="author" href="/staff/lh">Leyla Hasanova</a></p>\n'
        '<p class="meta">By <span>Leyla Hasanova</span> | 3 March 2025</p>\n'
        '<p>The pipeline carried more gas this winter than in any year before.</p>\n</article></body></html>')


def test_a_byline_is_the_largest_element_of_names_and_byline_words_with_no_word_beside_it(tmp_path):
    found = B.html_bylines(PAGE, ["Leyla Hasanova"])
    assert [PAGE[s:e] for s, i, j, e in found] == [
        '<p class="byline">By <a rel="author" href="/staff/lh">Leyla Hasanova</a></p>']  # not the dated line's span
    assert B.is_byline("Von Leyla Hasanova und Aida Musayeva", ["Leyla Hasanova", "Aida Musayeva"])
    assert not B.is_byline("Leyla Hasanova, Energy Correspondent", ["Leyla Hasanova"])
    assert not B.is_byline("Aida Musayeva and Leyla Hasanova", ["Leyla Hasanova", "Aida Musayeva"])  # order


def test_forms_are_written_in_the_documents_language_and_a_role_line_is_the_affiliation(tmp_path):
    assert B.form_text("by", ["A B", "C D"], "de") == ["Von A B und C D"]
    assert B.form_text("roleline", ["A B"], "fr") == ["A B", "Journaliste"]
    assert B.form_text("label", ["A B", "C D", "E F"], "ru") == ["Авторы: A B, C D и E F"]
    assert 'rel="author"' in B.form_html("link", ["Leyla Hasanova"], "en")
    assert all(set(B.FORMS[lang]) == set(B.FORMS["en"]) for lang in B.FORMS) and len(B.FORMS) >= 8
    text = "Gas rises\n\nBy Leyla Hasanova\n\nThe pipeline carried more gas this winter than in any year before.\n"
    fx = _fx(tmp_path, text, "txt")
    for salt in ("", "a", "b", "c", "d", "e", "f"):
        changed, ann, expect = B.byline_form_transform({**fx, "id": salt}, text, salt)
        assert "By Leyla Hasanova" not in changed and "Leyla Hasanova" in changed
        roles = [a["affiliation"] for a in ann["authors"]]
        assert roles == (["Staff writer"] if "Staff writer" in changed else [None])


def test_tags_go_or_stay_and_no_author_takes_out_every_statement(tmp_path):
    fx = _fx(tmp_path, PAGE)
    visible, _, _ = B.visible_only_transform(fx, PAGE)
    assert 'name="author"' not in visible and '"author":' not in visible and 'class="byline"' in visible
    assert B.meta_only_transform(fx, PAGE) is None  # the dated line still names her
    page = PAGE.replace('<p class="meta">By <span>Leyla Hasanova</span> | 3 March 2025</p>\n', "")
    only, _, _ = B.meta_only_transform(fx, page)
    assert "Leyla Hasanova" not in B.H.visible_text(only) and 'name="author"' in only
    none, ann, expect = B.no_author_transform(fx, page)
    assert "Hasanova" not in none and ann["authors"] == [] and expect({"authors": [["x", None]]})["authors"] == []
    assert B.no_author_transform(fx, PAGE) is None  # "By | 3 March 2025" would be left: not done


def test_traps_name_other_people_beside_the_byline(tmp_path):
    fx = _fx(tmp_path, PAGE)
    changed, ann, _ = B.trap_names_transform(fx, PAGE)
    assert ann["authors"] == fx["authors"] and len(B.TRAP_LINES[fx["id"]]) >= 2
    assert changed.index("</p>\n<p>The pipeline") > changed.index(B.TRAP_LINES[fx["id"]][0])
    moved, _, _ = B.byline_place_transform({**fx, "id": "unit/place3"}, PAGE.replace(
        '<p class="meta">By <span>Leyla Hasanova</span> | 3 March 2025</p>\n', ""))
    assert moved.count("Leyla Hasanova") >= 3
