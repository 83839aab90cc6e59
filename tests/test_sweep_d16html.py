"""The sweep of documents16's web-page kinds (tests/sweep_d16html.py): the development cells at the
figures reached while tuning, the test cells at the floor they were measured at once, and each
kind's own step on strings of its own."""
import pytest

from tests import sweep_d16html

# before the change (main at 40897e2): dev dates 16, authors 11 of 18, 5 other passages and 5 furniture
# lines in the body, 2 captions lost, 6 cells whole; test dates 21, authors 14 of 22, 3, 3, 3 lost, 9 whole
DEV = {"cells": 18, "dates": 18, "authors": 18, "paragraphs": "52/52", "extra passages": 0,
       "furniture in body": 0, "captions lost": 0, "whole": 18}
# the test cells measured once after the change (the misses left: "Reporters:" in a <div> rather than a <p>, and
# "Referentin der Stiftung …", whose kind's word the institutions' list lacks)
TEST_FLOOR = {"cells": 22, "dates": 22, "authors": 20, "paragraphs": "62/62", "extra passages": 0,
              "furniture in body": 0, "captions lost": 0, "whole": 20}


def halves_apart(sweep, traps: int) -> None:
    """A sweep's two halves share no cell and no kind is missing from either; each has its traps and languages."""
    dev, test = sweep.cells("dev"), sweep.cells("test")
    assert not {c["id"] for c in dev} & {c["id"] for c in test}
    assert {c["kind"] for c in dev} == {c["kind"] for c in test}
    for half in (dev, test):
        assert sum("trap" in c["id"] for c in half) >= traps
        assert len({c["lang"] for c in half}) >= 4


def figures_kept(sweep, half: str, want: dict) -> None:
    """A sweep's half read at least as well as ``want``."""
    got = sweep.figures(half, verbose=True)
    misses = got.pop("misses")
    assert got["cells"] == want["cells"] and got["paragraphs"] == want["paragraphs"], misses
    for field in ("dates", "authors", "whole", "participants"):
        assert got[field] >= want.get(field, 0), (field, misses)
    for field in ("extra passages", "furniture in body", "captions lost"):
        assert got[field] <= want[field], (field, misses)


def test_the_halves_are_written_apart_with_traps_in_each():
    halves_apart(sweep_d16html, 5)


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    figures_kept(sweep_d16html, half, want)


def test_a_press_service_is_a_name_not_a_sentence():
    from azmap.corpus.press_office import press_office

    assert press_office("**Пресс-служба Министерства транспорта**") == "Пресс-служба Министерства транспорта"
    assert press_office("Servicio de prensa de la Embajada")
    assert not press_office("Пресс-служба сообщила, что встреча состоится в мае.")
    assert not press_office("Контакты для прессы: +994 12 000 00 00")


def test_a_wiki_footer_dates_the_page_and_its_lists_leave_the_text():
    from trafilatura.utils import load_html

    from azmap.corpus.wiki_page import drop_contents_and_notes, last_edited

    assert last_edited("<footer><li>Questa pagina è stata modificata per l'ultima volta il 5 marzo 2025 alle 10:00."
                       "</li></footer>") == "2025-03-05"
    assert last_edited("<footer><p>Copie faite le 12 mars 2025.</p></footer>") is None
    tree = load_html("<html><body><div id='c'><h2>Obsah</h2><ol><li>1 Dějiny</li><li>2 Trasa</li><li>3 Odkazy</li></ol></div>"
                     "<h2>Dějiny</h2><p>Text one about the line and its builders over three years.</p><h2>Trasa</h2>"
                     "<p>Text two.</p><h2>Odkazy</h2><ol><li>^ Source one, 2019.</li><li>^ Source two.</li></ol>"
                     "<ul><li>1 apple</li><li>2 pears</li><li>3 plums</li></ul></body></html>")
    assert drop_contents_and_notes(tree) == 2
    left = " ".join(tree.xpath("//body")[0].itertext())
    assert "Obsah" not in left and "Source one" not in left and "1 apple" in left


def test_a_caption_and_its_credit_in_one_figcaption_are_two():
    from trafilatura.utils import load_html

    from azmap.corpus.html_blocks import take_captions

    tree = load_html("<html><body><figure><figcaption>Tankers wait off the terminal. <span class='credit'>"
                     "Photo: R. Aliyev</span></figcaption></figure><p>Text.</p></body></html>")
    assert take_captions(tree) == ["Tankers wait off the terminal.", "Photo: R. Aliyev"]


def test_an_institution_in_the_genitive_and_a_place_after_en():
    from azmap.corpus.metadata_credits import _affiliation

    assert _affiliation("investigador principal del Instituto de Estudios del Caspio.").rstrip(".") == "Instituto de Estudios del Caspio"
    assert _affiliation("analista en Bakú desde 2019") is None
    assert _affiliation("investigador en el Real Instituto del Mar") == "Real Instituto del Mar"
