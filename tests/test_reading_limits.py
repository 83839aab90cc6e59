"""Hostile and odd inputs to the readers: form feeds, hidden HTML, wide encodings, YAML aliases,
and the limits a paragraph, a page and a document are held to."""
import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from azmap.corpus.reading import read
from azmap.corpus.readers import UnreadableDocument, read_document
from azmap.corpus.segment import segment

ROOT = Path(__file__).resolve().parent.parent
CASPIAN = "The ferry from Alat to Aktau crosses the Caspian Sea in a day when the weather is calm."


def _bodies(text: str) -> list[str]:
    return [p.text for p in segment(text) if p.is_body]


# ---- a form feed inside a paragraph hides nothing -------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The convoy left Ganja at dawn and\fdrove on to Tovuz before the border closed for the night.",
     ["Ganja", "dawn", "Tovuz"]),
    ("Negotiators from Baku and Yerevan met\f\fagain in Brussels, where the talks ran late into the evening.",
     ["Baku", "Yerevan", "Brussels"]),
    ("Pipeline crews at Sangachal finished the welds.\fThe gas reached Erzurum a month later than planned.",
     ["Sangachal", "welds", "Erzurum"]),
])
def test_a_form_feed_inside_a_paragraph_keeps_the_words_before_it(text, words):
    joined = " ".join(_bodies(text))
    for word in words:
        assert word in joined
    assert "\f" not in joined


def test_a_form_feed_between_pages_still_drops_the_running_head():
    page = "Caspian Review\n\n" + CASPIAN + "\n"
    passages = [p.text for p in segment(page + "\f" + page + "\f" + page)]
    assert passages.count(CASPIAN) == 3 and "Caspian Review" not in passages


# ---- <template> and <noscript> never become passages ------------------------------------------------

HIDDEN_PAGE = """<html><head><title>Border notes</title></head><body><article><h1>Border notes</h1>
<p>{a}</p>
<template><p>Template text about Lankaran that a browser never renders on this page at all.</p></template>
<noscript><p>Noscript text about Sheki that only a browser without scripts would ever show.</p></noscript>
<TEMPLATE id="row"><template><p>Nested template text about Quba inside another one.</p></template>
<p>Still inside the outer template, about Zaqatala and its forests and rivers.</p></TEMPLATE>
<p>{b}</p>
</article></body></html>"""


@pytest.mark.parametrize("reader", ["article", "plain"])
def test_template_and_noscript_content_never_becomes_passages(tmp_path, reader):
    b = "The railway from Baku to Tbilisi and on to Kars opened in 2017 after years of delays."
    page = tmp_path / "border.html"
    page.write_text(HIDDEN_PAGE.format(a=CASPIAN, b=b))
    text = read(page).text if reader == "article" else read_document(page)[0]
    for hidden in ("Lankaran", "Sheki", "Quba", "Zaqatala"):
        assert hidden not in text
    assert CASPIAN in text and b in text


def test_an_unclosed_template_hides_the_rest_of_the_page(tmp_path):
    page = tmp_path / "open.html"
    page.write_text(f"<html><body><article><p>{CASPIAN}</p><p>{CASPIAN.replace('ferry', 'boat')}</p>"
                    "<template><p>Hidden words about Shamakhi and its wine cellars, never shown.</p>"
                    "</article></body></html>")
    text = read(page).text
    assert "Shamakhi" not in text and CASPIAN in text


# ---- UTF-16 and UTF-32 are read, not called binary --------------------------------------------------

@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""), ("utf-16-be", b""), ("utf-32-le", codecs.BOM_UTF32_LE),
])
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("words", ["Şəki and Gəncə lie on the road west of Bakı; the ferry to Aktau leaves at dawn.",
                                   "Паром из Алята в Актау идёт через Каспийское море около суток, если погода тихая."])
def test_a_wide_encoded_file_is_read(tmp_path, encoding, bom, suffix, words):
    content = f"<html><body><p>{words}</p></body></html>" if suffix == ".html" else words + "\n"
    path = tmp_path / f"wide{suffix}"
    path.write_bytes(bom + content.encode(encoding))
    assert words in read(path).text
    assert words in read_document(path)[0]


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03" * 100, b"\xff\xfe" + b"\x01\x00" * 200,
                                  b"A\x00" * 3 + b"\x00\x00" * 200, b"\xff\xfe\x00\xd8" * 10])
def test_binary_that_looks_a_little_wide_is_still_refused(tmp_path, data):
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument, match="binary|damaged|no readable text"):
        read_document(path)


# ---- YAML front matter: aliases are not expanded past a budget --------------------------------------

def _alias_bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    last = f"*a{levels - 1}"
    return "---\n" + "\n".join(lines) + f"\ntitle: {last}\nauthor: {last}\n---\n" + CASPIAN + "\n"


_CHILD = """
import resource, sys
from azmap.corpus.reading import read
read(sys.argv[2])  # an ordinary document first: every import made, the peak so far what reading costs
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
resource.setrlimit(resource.RLIMIT_AS, (before * 2**20 + 800 * 2**20,) * 2)
r = read(sys.argv[1])
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024 - before
print(r.meta.title, "|", r.text.count("Caspian"), "|", grown)
"""


@pytest.mark.parametrize("levels", [9, 12])
def test_a_yaml_alias_bomb_in_front_matter_neither_blows_memory_nor_hides_the_body(tmp_path, levels):
    path = tmp_path / "bomb.md"
    path.write_text(_alias_bomb(levels))
    assert path.stat().st_size < 900
    plain = tmp_path / "plain.md"
    plain.write_text("---\ntitle: Ferries\n---\n" + CASPIAN + "\n")
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(plain)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    title, caspian, grown_mb = (x.strip() for x in done.stdout.split("|"))
    assert "x" not in title.split()  # the front matter is not trusted: the title comes from elsewhere
    assert int(caspian) >= 1 and int(grown_mb) < 50


def test_ordinary_front_matter_with_an_alias_is_still_read():
    from azmap.corpus.metadata import from_text

    meta = from_text("---\ntitle: &t Ferries of the Caspian\nshort: *t\nauthor: [A. Aliyeva, R. Mammadov]\n"
                     "date: 2021-03-04\n---\n" + CASPIAN + "\n")
    assert meta.title == "Ferries of the Caspian" and meta.author == "A. Aliyeva, R. Mammadov"
    assert meta.date == "2021-03-04"



# ---- limits: a paragraph is split where sentences end, a document past its limits refused ----------

def test_a_paragraph_past_the_limit_becomes_passages_cut_where_sentences_end():
    from azmap.corpus.segment import MAX_PARAGRAPH_CHARS

    sentences = [f"Convoy {i} left Ganja for Tovuz and reached the border near Gazakh at dusk." for i in range(400)]
    text = " ".join(sentences) + "\n"
    passages = segment(text)
    assert len(passages) > 1 and all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in passages)
    assert all(p.text.endswith("at dusk.") and p.text.startswith("Convoy") for p in passages)
    assert " ".join(p.text for p in passages) == text.strip()  # nothing lost, nothing doubled
    for p in passages:
        assert text[p.start:p.end] == p.text


def test_a_paragraph_without_sentence_ends_is_cut_between_words():
    from azmap.corpus.segment import MAX_PARAGRAPH_CHARS

    text = " ".join(["Baku Ganja Sheki Quba Lankaran"] * 2000)
    passages = segment(text)
    assert len(passages) > 1 and all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in passages)
    assert " ".join(p.text for p in passages) == text
    assert {w for p in passages for w in p.text.split()} == {"Baku", "Ganja", "Sheki", "Quba", "Lankaran"}


def test_a_paragraph_cut_across_pages_is_joined_only_up_to_the_limit():
    from azmap.corpus.segment import MAX_PARAGRAPH_CHARS

    pieces = [f"the railway from Baku runs west through Ganja, by stage {i}, to the Georgian border, and"
              for i in range(300)]
    text = "\n\f\n".join(["Reports say " + pieces[0]] + pieces[1:] + ["so the line ends at Tbilisi."]) + "\n"
    passages = [p for p in segment(text) if p.is_body]
    assert len(passages) > 1 and all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in passages)
    assert sum(p.text.count("railway") for p in passages) == 300


def test_a_document_of_too_many_lines_is_refused_with_its_reason(tmp_path):
    from azmap.corpus.readers import MAX_DOCUMENT_LINES

    path = tmp_path / "words.txt"
    path.write_text("Baku\noil\n" * (MAX_DOCUMENT_LINES // 2 + 1))
    with pytest.raises(UnreadableDocument, match=r"too many lines \([\d,]+; the limit is [\d,]+\)"):
        read(path)
    path.write_text("Baku\noil\n" * (MAX_DOCUMENT_LINES // 4))
    assert read(path).text.count("Baku") == MAX_DOCUMENT_LINES // 4


@pytest.mark.parametrize("suffix", [".txt", ".html", ".pdf"])
def test_a_document_of_too_many_characters_is_refused_with_its_reason(tmp_path, monkeypatch, suffix):
    from azmap.corpus import readers

    monkeypatch.setattr(readers, "MAX_DOCUMENT_CHARS", 1_000_000)
    path = tmp_path / f"long{suffix}"
    prose = CASPIAN + " "  # 88 characters
    if suffix == ".pdf":  # 40 pages of 30,000 characters
        from tests.pdf_writer import Text, pdf_bytes

        page = [Text(20, 700 - 6 * i, 4, prose * 3) for i in range(110)]
        path.write_bytes(pdf_bytes([page] * 40, width=1000))
    elif suffix == ".html":
        path.write_text("<html><body>" + f"<p>{prose * 20}</p>" * 700 + "</body></html>")
    else:
        path.write_text((prose * 20 + "\n\n") * 700)
    with pytest.raises(UnreadableDocument, match="too long .* the limit is 1 million"):
        read(path)


def test_a_page_of_60000_links_is_read_whole(tmp_path):
    """The article reader's cost grows with the square of the links (and of every other inline tag):
    such a page is read by the plain reader, every link's text kept."""
    page = tmp_path / "links.html"
    links = "".join(f'<a href="/place/{i}">Place{i}</a> ' for i in range(60_000))
    page.write_text(f"<html><body><article><h1>Gazetteer</h1><p>{links}</p></article></body></html>")
    text = read(page).text
    assert all(f"Place{i}" in text for i in (0, 1, 29_999, 59_999))
    assert text.count("Place") == 60_000


@pytest.mark.parametrize("tag", ["abbr", "code", "cite", "q", "sup", "time"])
def test_any_inline_tag_counts_toward_the_article_readers_guard(tmp_path, tag):
    from azmap.corpus import reading

    page = tmp_path / "dense.html"
    body = "".join(f"<{tag}>Baku{i}</{tag}> " for i in range(reading.MAX_INLINE_TAGS + 1))
    page.write_text(f"<html><body><article><p>{body}</p></article></body></html>")
    assert reading._html(page) is None  # left to the plain reader
    assert read(page).text.count("Baku") == reading.MAX_INLINE_TAGS + 1
