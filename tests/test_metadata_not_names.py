"""A line under the title that opens with a determiner is no person's name: the subjects a text lists
("The West", "Our Partners") are not its authors, while names that merely begin with the same letters
("Theodore West", "Thea Ourbanova") still are."""
import pytest

from azmap.corpus.metadata import from_text

BODY = ("Relations with each of these partners have shifted since the early 1990s, and the pages below "
        "follow each of them in turn, with the agreements signed and the disputes left open.\n")


@pytest.mark.parametrize("listed", ["The West", "Our Partners", "This Region", "Their Neighbours", "The Gulf States"])
def test_a_listed_subject_under_the_title_is_no_author(listed):
    # the list runs straight into the first heading, as a page saved to text does
    text = (f"Regional ties\n\nThis page covers relations with:\n\n  • Georgia\n  • {listed}\n  • OSCE\n"
            f"Close to Ankara\n\n{BODY}")
    meta = from_text(text)
    assert meta.title == "Regional ties"
    assert not meta.authors, meta.authors


@pytest.mark.parametrize("name", ["Theodore West", "Thea Ourbanova", "Anar Thisbe"])
def test_a_name_under_the_title_is_still_its_author(name):
    meta = from_text(f"Regional ties\n{name}\n\n{BODY}")
    assert [a["name"] for a in meta.authors] == [name]


def test_a_body_named_in_capitals_keeps_its_small_words_small_in_every_language():
    from azmap.corpus.person_names import _name_case

    assert _name_case("ISTITUTO NAZIONALE DI STATISTICA") == "Istituto Nazionale di Statistica"
    assert _name_case("MINISTERIO DE ASUNTOS EXTERIORES Y COOPERACIÓN") == "Ministerio de Asuntos Exteriores y Cooperación"
    assert _name_case("BUNDESANSTALT FÜR GEOWISSENSCHAFTEN UND ROHSTOFFE") == \
        "Bundesanstalt für Geowissenschaften und Rohstoffe"
    assert _name_case("CENTRUM VOOR OOSTEUROPESE STUDIES") == "Centrum voor Oosteuropese Studies"
    assert _name_case("DA NANG PORT AUTHORITY") == "Da Nang Port Authority"  # the first word keeps its capital
