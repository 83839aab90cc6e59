"""The web-page sweep (tests/sweep_html.py): saved pages composed from every axis's forms (where the
metadata lives, the byline's markup, the visible date, the title's markup, furniture and its
position, in six languages), each read as ingest reads it.

The development cells are held at the figures reached while tuning on them; the test cells (any
test form) were measured once at the end and are held at that floor.
"""
from __future__ import annotations

import pytest

from tests import sweep_html

# figures: (titles, dates, authors, paragraphs found, furniture lines in body passages)
# with the 90 later cells of the kinds only the test half had shown (issue #24): before the reader read
# them (main at edae1dd), dates 323 and authors 298 of 330; the 8 more furniture lines are the Turkish
# subscription notice (left, as on the first 240 cells)
DEV = {"cells": 330, "titles": 330, "dates": 330, "authors": 330, "paragraphs": 1320, "furniture in body": 30}
# the test cells, measured again once those kinds were read on the later cells (dates 154 -> 159, authors 145 -> 160)
TEST_FLOOR = {"cells": 160, "titles": 160, "dates": 159, "authors": 160, "paragraphs": 640, "furniture in body": 10}


@pytest.fixture(scope="module", params=["dev", "test"])
def half(request):
    got = sweep_html.figures(request.param, verbose=True)
    return request.param, got


def test_the_halves_are_split_before_measuring():
    for forms in sweep_html.AXES.values():
        dev, test = sweep_html.halves(forms)
        assert dev and test and not [f for f in dev if f in test]
    for axis, added in sweep_html.ADDED_DEV.items():  # forms written while tuning: development only
        assert not [f for f in added if f in sweep_html.AXES[axis]]
    later = {axis: [f for a, f, _ in sweep_html.LATER_DEV if a == axis]
             + [o[axis] for _, _, o in sweep_html.LATER_DEV if axis in o] for axis in sweep_html.AXES}
    for axis, forms in later.items():  # (written for the development half, or drawn from it)
        assert not [f for f in forms if f in sweep_html.halves(sweep_html.AXES[axis])[1]]
    dev = [sweep_html._cell_forms("dev", i) for i in range(sweep_html.DEV_CELLS + sweep_html.LATER_CELLS)]
    for cell in dev:
        for axis, form in cell.items():
            allowed = sweep_html.halves(sweep_html.AXES[axis])[0] + sweep_html.ADDED_DEV.get(axis, []) + later[axis]
            assert all(f in allowed for f in form) if axis == "furniture" else form in allowed, (axis, form)


def test_the_reader_keeps_its_figures_on_the_sweep(half):
    name, got = half
    want = DEV if name == "dev" else TEST_FLOOR
    assert got["cells"] == want["cells"]
    found, total = map(int, got["paragraphs"].split("/"))
    assert total == 4 * want["cells"]
    misses = got["misses"]
    for field in ("titles", "dates", "authors"):
        assert got[field] >= want[field], (field, misses)
    assert found >= want["paragraphs"], misses
    assert got["furniture in body"] <= want["furniture in body"], misses


def _tree(markup: str):
    from trafilatura.utils import load_html

    return load_html(f"<html><body><article>{markup}</article></body></html>")


def test_a_link_with_a_label_is_no_paragraph_but_a_paragraph_with_a_link_is():
    from azmap.corpus.html_blocks import drop_link_paragraphs

    tree = _tree('<p>Ferries now cross daily, the <a href="/port">port authority</a> said on Monday, '
                 'after a year of waiting for the new vessels.</p>'
                 '<p><strong>Lesen Sie auch:</strong> <a href="/x">Wie die Flotte wuchs</a></p>'
                 '<p>Tags: <a href="/t/1">Baku</a>, <a href="/t/2">Ports</a></p>'
                 '<p>Yazan: <a href="/yazar/elif">Elif Karaca</a></p>')
    assert drop_link_paragraphs(tree) == 2
    kept = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    assert kept[0].startswith("Ferries now cross daily") and kept[1] == "Yazan: Elif Karaca"


def test_a_marked_byline_names_its_writers_without_roles_credits_or_commenters():
    from azmap.corpus.metadata_html import byline_names, personal_name

    page = ('<body><div class="byline">Von <a rel="author">Katrin Weidemann</a> und <a rel="author">Farid '
            'Ismayilov</a> · Fotos: Uwe Brandt</div><p>Text.</p>')
    assert byline_names(page) == ["Katrin Weidemann", "Farid Ismayilov"]
    assert byline_names('<body><div class="meta-author">Şebnem Koç | Bakü muhabiri</div>') == ["Şebnem Koç"]
    assert byline_names('<body><p class="contributor">By Leyla Hasanova (Energy Correspondent)</p>') == \
        ["Leyla Hasanova"]
    assert byline_names('<body><p>Автор: Анна Воронцова</p><p>Long text of the article.</p>') == ["Анна Воронцова"]
    assert byline_names('<body><div class="author-bio"><p>Leyla Hasanova writes about ports.</p></div>') == []
    assert byline_names('<body><p>Text.</p><section id="comments"><span class="author">Rasim Veliyev</span>'
                        '<p>Nice.</p></section>') == []
    assert personal_name("Émile Durand") and not personal_name("The Caspian Ledger")
    assert not personal_name("Energy Correspondent")


def test_citation_tags_name_people_as_their_names_are_said():
    from azmap.corpus.metadata_html import citation_names

    page = '<meta name="citation_author" content="Aliyeva, Nigar"><meta name="citation_author" content="Ann Lee">'
    assert citation_names(page) == ["Nigar Aliyeva", "Ann Lee"]


def test_a_microdata_author_without_text_is_read_from_its_tags():
    from azmap.corpus.metadata_html import byline_names

    page = ('<body><article itemscope itemtype="https://schema.org/BlogPosting"><div itemprop="author" itemscope '
            'itemtype="https://schema.org/Person"><meta itemprop="name" content="Gulnar Safarova"></div>'
            '<div itemprop="author" itemscope><meta content="The Caspian Desk" itemprop="name"></div><p>Text.</p>')
    assert byline_names(page) == ["Gulnar Safarova"]  # a person's name only


def test_names_joined_by_and_in_the_page_language_are_names_not_affiliations():
    from azmap.corpus.metadata import split_authors

    got = split_authors("Mirvari Huseynli, Paul Anderle und Selin Ergün")
    assert [(a["name"], a["affiliation"]) for a in got] == [("Mirvari Huseynli", None), ("Paul Anderle", None),
                                                             ("Selin Ergün", None)]
    # a sentence cut at its "и" is joined again with the word it had, not with "and"
    text = split_authors("Vusal Kerimov пишет о портах и железных дорогах")[0]["name"]
    assert " и " in text and " and " not in text


def test_a_sentence_about_a_writer_is_no_author():
    from azmap.corpus.reading import _sentence_about

    page = "<body><aside><p>Orkhan Talibov reports on ferries and rail for the desk and lives in Ganja.</p></aside>"
    assert _sentence_about("Orkhan Talibov reports; Rail; Lives", page)
    assert not _sentence_about("Orkhan Talibov; Dana Lenz", page)
    assert not _sentence_about("Orkhan Talibov, Dana Lenz and Ilkin Ahmadov", "")


def test_an_authors_box_gives_the_affiliation_a_byline_does_not():
    from azmap.corpus.metadata_credits import note_in_markup

    page = ('<body><p class="byline">By <a href="/p/a">Aynur Salimova</a></p><p>Text.</p><div class="author-bio">'
            '<p>Aynur Salimova is a research fellow at the Institute of Caspian Studies, where she works on ports.</p>')
    assert note_in_markup(page, "Aynur Salimova") == "Institute of Caspian Studies"
    assert note_in_markup('<body><p>Aynur Salimova is a stubborn woman.</p>', "Aynur Salimova") is None


def test_an_update_and_a_publication_in_either_order_give_the_publication():
    from azmap.corpus.reading import _TWO_DATES

    assert _TWO_DATES.search('<p><span>Обновлено 4 мая</span> | <span>Опубликовано 2 мая</span></p>')
    assert _TWO_DATES.search("<div>Veröffentlicht am 2. Mai · Zuletzt aktualisiert am 4. Mai</div>")
    assert not _TWO_DATES.search("<p>Published on 2 May by the ministry.</p>")
