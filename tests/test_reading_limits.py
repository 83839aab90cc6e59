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
def test_a_wide_encoded_file_is_read(tmp_path, encoding, bom, suffix):
    words = "Şəki and Gəncə lie on the road west of Bakı; the ferry to Aktau leaves at dawn."
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
    return "---\n" + "\n".join(lines) + "\ntitle: Aliases\n---\n" + CASPIAN + "\n"


_CHILD = """
import resource, sys
from azmap.corpus.reading import read
resource.setrlimit(resource.RLIMIT_AS, (600 * 2**20, 600 * 2**20))
r = read(sys.argv[1])
print(r.meta.title, "|", r.text.count("Caspian"), "|", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.mark.parametrize("levels", [9, 12])
def test_a_yaml_alias_bomb_in_front_matter_neither_blows_memory_nor_hides_the_body(tmp_path, levels):
    path = tmp_path / "bomb.md"
    path.write_text(_alias_bomb(levels))
    assert path.stat().st_size < 900
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    title, caspian, rss_mb = (x.strip() for x in done.stdout.split("|"))
    assert title != "Aliases"  # the front matter is not trusted: the title comes from elsewhere
    assert int(caspian) >= 1 and int(rss_mb) < 300


def test_ordinary_front_matter_with_an_alias_is_still_read():
    from azmap.corpus.metadata import from_text

    meta = from_text("---\ntitle: &t Ferries of the Caspian\nshort: *t\nauthor: [A. Aliyeva, R. Mammadov]\n"
                     "date: 2021-03-04\n---\n" + CASPIAN + "\n")
    assert meta.title == "Ferries of the Caspian" and meta.author == "A. Aliyeva, R. Mammadov"
    assert meta.date == "2021-03-04"

