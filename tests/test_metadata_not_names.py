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
