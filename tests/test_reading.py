"""Real documents in: every fixture document (saved web pages, a wire story, a hard-wrapped brief,
markdown, trade press, a working paper, a Q&A, a press release, a two-column PDF) comes in with
its title, author and date, and the web pages and the PDF with every body paragraph and no
boilerplate."""
import pytest

from azmap.corpus.reading import read
from azmap.corpus.segment import segment
from tests.fixture_docs import load_fixtures

FIXTURES = load_fixtures()


def _flat(text):
    return " ".join(text.split())


@pytest.mark.parametrize("doc", FIXTURES, ids=[d["file"] for d in FIXTURES])
def test_title_author_and_date(doc):
    meta = read(doc["path"]).meta
    assert (meta.title, meta.author, meta.date) == (doc["title"], doc["author"], doc["date"])


LAID_OUT = [d for d in FIXTURES if d["format"] in ("html", "pdf")]


@pytest.mark.parametrize("doc", LAID_OUT, ids=[d["file"] for d in LAID_OUT])
def test_web_pages_and_pdfs_give_their_body_paragraphs_and_no_boilerplate(doc):
    reading = read(doc["path"])
    body = [_flat(p.text) for p in segment(reading.text, markdown=True)
            if p.kind == "body" and p.end > reading.meta.body_start]
    for expected in doc["body_paragraphs"]:
        assert _flat(expected) in body
    for junk in doc.get("boilerplate_strings", []):
        assert not any(junk in b for b in body), junk


def test_a_pdf_is_read_in_column_order_with_its_notes_apart():
    doc = next(d for d in FIXTURES if d["format"] == "pdf")
    text = read(doc["path"]).text
    notes = text[text.index("## Notes"):]
    assert "[^1]: Operator's annual report for 2000; see also Rustamov (2004), p. 112." in notes
    assert "CASPIAN ENERGY REVIEW · Vol." not in text[text.index("Marit"):]  # the running head, once, at the top
    assert "M. LINDQVIST · THE NORTHERN ROUTE REVISITED" not in text


def test_a_page_read_again_and_again_in_one_process_keeps_every_paragraph(tmp_path):
    """The article reader drops a paragraph it has seen before; that memory must be the page's own,
    not the process's: a page read a third or fifth time (a rebuild, a document added again, a second
    copy under another name) gives the same text as the first time, not the plain reader's fallback
    with the page's furniture."""
    from pathlib import Path

    source = Path(__file__).parent / "fixtures" / "documents2" / "dev" / "encyclopaedia_shirvan_plain.html"
    texts = []
    for n in range(5):
        copy = tmp_path / f"copy{n}.html"
        copy.write_bytes(source.read_bytes())
        texts.append(read(copy).text)
    assert texts == [texts[0]] * 5
