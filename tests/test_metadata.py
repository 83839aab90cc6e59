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
