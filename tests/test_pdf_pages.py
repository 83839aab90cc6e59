"""PDFs read page by page: the fast character reader gives the same paragraphs as pdfplumber's,
memory stays bounded however many pages there are, and a page or document past its limit is
refused with its reason."""
import subprocess
import sys
from pathlib import Path

import pytest

from azmap.corpus.pdf import MAX_PAGE_CHARS, layout_text
from azmap.corpus.reading import read
from azmap.corpus.readers import UnreadableDocument
from tests.fixture_docs import load_fixtures
from tests.pdf_writer import Text, pdf_bytes, prose_page

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "The pipeline from Baku to Ceyhan crosses Georgia near Tbilisi and carries Caspian oil west.",
    "Officials in Ganja and Nakhchivan spoke of the road to Julfa and of the railway to Kars.",
    "Ferries on the Caspian Sea link Aktau and Turkmenbashi with the new port at Alat.",
    "In winter the gas from Shah Deniz reaches Erzurum through the South Caucasus Pipeline.",
]


def _fixture_pdfs():
    """The fixture PDFs: the journal article, and the reports with a figure's labels in their text."""
    from tests.test_documents2 import load
    from tests.test_documents3 import load as load3

    documents = [Path(fx["path"]) for part in ("dev", "test") for fx in load(part) + load3(part)]
    return [Path(d["path"]) for d in load_fixtures() if d["format"] == "pdf"] + \
        [p for p in documents if p.suffix == ".pdf"]


def _journal(placed_page: bool) -> bytes:
    """Three pages of prose under a title, with a running head, folios, a smaller note and a heading."""
    pages, k = [], 0
    for number in range(3):
        items, used = prose_page(SENTENCES, first=k, head="Caspian Transit Quarterly", folio=str(number + 1),
                                 placed=placed_page and number == 1)
        k += used
        if number == 0:
            items = [Text(60, 610, 16, "Roads and Rails of the South Caucasus", bold=True)] + \
                [Text(it.x, it.y - 40, it.size, it.text, placed=it.placed) for it in items if it.y < 600]
        if number == 2:
            items = [it for it in items if it.y > 110 or it.size != 10]
            items.append(Text(60, 80, 7, "1 A note in smaller type at the foot of the page about the ferries."))
        pages.append(items)
    return pdf_bytes(pages)


_BOXES = {"": b"/MediaBox [0 0 504 720]",
          "cropped": b"/MediaBox [0 0 504 720] /CropBox [20 20 484 700]",
          "with its MediaBox moved": b"/MediaBox [10 -30 514 690]"}


@pytest.mark.parametrize("name", ["fixture", "journal", "journal with a page of placed characters", "journal cropped",
                                  "journal with its MediaBox moved"])
def test_the_fast_reader_gives_pdfplumbers_paragraphs(name):
    box = next((_BOXES[k] for k in _BOXES if k and name.endswith(k)), _BOXES[""])
    datas = [p.read_bytes() for p in _fixture_pdfs()] if name == "fixture" else \
        [_journal("placed" in name).replace(_BOXES[""], box)]
    assert len(datas) >= (3 if name == "fixture" else 1)
    for data in datas:
        fast, reference = layout_text(data), layout_text(data, backend="pdfplumber")
        assert fast == reference
        assert len(fast.split()) > 80


def test_a_page_turned_a_quarter_reads_as_the_same_prose():
    """A page with /Rotate 90 (a landscape page): its text is read as drawn, not letter by letter
    (pdfplumber turns such a page's characters and reads it as scattered letters)."""
    data = _journal(False)
    turned = data.replace(b"/Type /Page /Parent", b"/Type /Page /Rotate 90 /Parent")
    assert layout_text(turned) == layout_text(data)


def test_the_journal_reads_as_a_reader_would():
    text = layout_text(_journal(False))
    assert text.startswith("# Roads and Rails of the South Caucasus\n")
    assert "Caspian Transit Quarterly" not in text  # the running head
    assert "[^1]: A note in smaller type" in text
    assert text.count("The pipeline from Baku to Ceyhan") >= 5


def test_a_page_past_the_character_limit_is_refused_with_its_reason(tmp_path, monkeypatch):
    import azmap.corpus.pdf as pdf

    monkeypatch.setattr(pdf, "MAX_PAGE_CHARS", 2000)
    path = tmp_path / "dense.pdf"
    path.write_bytes(_journal(True))
    with pytest.raises(UnreadableDocument, match=r"page 1 of the PDF holds [\d,]+ characters; the limit .* 2,000"):
        read(path)
    assert MAX_PAGE_CHARS >= 100_000  # a real page, even a dense one, is well inside the limit


def test_an_encrypted_or_damaged_pdf_is_still_refused_with_its_reason(tmp_path):
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(UnreadableDocument, match="PDF"):
        read(damaged)
    encrypted = tmp_path / "encrypted.pdf"
    from pypdf import PdfReader, PdfWriter
    import io

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(_journal(False))).pages:
        writer.add_page(page)
    writer.encrypt("a secret of the ministry")
    buffer = io.BytesIO()
    writer.write(buffer)
    encrypted.write_bytes(buffer.getvalue())
    with pytest.raises(UnreadableDocument, match="encrypted"):
        read(encrypted)


_CHILD = """
import sys
from azmap.corpus.reading import read
r = read(sys.argv[1])
hwm = [ln for ln in open("/proc/self/status") if ln.startswith("VmHWM:")]  # ru_maxrss survives exec
print(r.text.count("Ganja"), int(hwm[0].split()[1]) // 1024)
"""


@pytest.mark.slow
def test_a_10000_page_pdf_is_read_in_bounded_memory(tmp_path):
    """Each page a few lines of prose and a folio: the pages are read one at a time (pdfplumber
    kept every page's objects and peaked at 1.7 GB)."""
    page = [Text(60, 600 - 14 * j, 10, SENTENCES[j % 4][:80]) for j in range(4)]
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes([page + [Text(250, 30, 8, str(i + 1))] for i in range(10_000)]))
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    ganja, peak_mb = map(int, done.stdout.split())
    assert ganja == 10_000  # every page's text is there
    assert peak_mb < 500, f"peak {peak_mb} MB"


@pytest.mark.parametrize("keep", [0, 500, 10**7])
def test_pages_read_again_or_kept_packed_give_the_same_text(monkeypatch, keep):
    """Past KEEP_WORDS the second pass reads the pages again; below it, it unpacks what the first
    kept: the text is the same either way."""
    import azmap.corpus.pdf as pdf

    data = _journal(True)
    expected = layout_text(data, backend="pdfplumber")
    monkeypatch.setattr(pdf, "KEEP_WORDS", keep)
    assert layout_text(data) == expected
    assert layout_text(data, backend="pdfplumber") == expected


def test_a_caption_set_below_the_text_is_kept_as_a_passage_apart(tmp_path):
    """A figure's caption in small type under the last lines of the text (no figure labels among the
    lines, no note number before it) is neither dropped nor read into the body."""
    from azmap.corpus.segment import segment

    body = ["The ferry line from Alat to Aktau carried more trucks this year than in any",
            "year before, and the port has ordered a second ramp for the summer season."]
    caption = "Figure 3. Trucks carried across the Caspian by month, 2024."
    page = [Text(60, 640, 16, "Ferries across the Caspian", bold=True)]
    page += [Text(60, 600 - 13 * i, 10, line) for i, line in enumerate(body)]
    page += [Text(60, 520, 8, caption), Text(250, 40, 8, "1")]
    path = tmp_path / "caption.pdf"
    path.write_bytes(pdf_bytes([page]))
    passages = segment(read(path).text)
    assert [(p.kind, p.text) for p in passages if p.text.startswith("Figure 3")] == [("caption", caption)]
    assert [p.text for p in passages if p.kind == "body"] == [" ".join(body)]
