"""Hostile and broken input: every bad file is rejected with a reason, nothing crashes, and the
store keeps what it had."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from azmap.corpus.ingest import ingest_paths
from azmap.corpus.readers import UnreadableDocument, html_to_text, read_document
from azmap.corpus.segment import segment
from azmap.corpus.rebuild import open_store

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
PAYLOADS = [
    "<script>window.pwned=1</script>",
    '<img src=x onerror="window.pwned=2">',
    '<svg onload="window.pwned=3"></svg>',
    '<a href="javascript:window.pwned=4">click</a>',
    '<iframe src="javascript:window.pwned=5"></iframe>',
    "</div><script>window.pwned=6</script>",
    "{{7*7}} ${window.pwned=7} <style>body{display:none}</style>",
    '"><body onload="window.pwned=8">',
]


@FUZZ
@given(st.binary(min_size=0, max_size=4000), st.sampled_from([".txt", ".md", ".html", ".pdf"]))
def test_random_bytes_are_read_or_rejected_with_a_reason(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        text, fmt = read_document(path)
    except UnreadableDocument as exc:
        assert str(exc)  # a reason a user can read
        return
    assert isinstance(text, str) and text.strip()
    segment(text)  # and it segments without error


@FUZZ
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_any_text_segments_and_keeps_its_offsets(text):
    for p in segment(text):
        assert 0 <= p.start <= p.end <= len(text)
        assert p.text.strip()


@FUZZ
# a stray less-than is "< ": "<" glued to a word opens a tag, so "<text <script>x()" is a <text>
# element with an attribute named "<script" followed by the visible text "x()", in browsers as here
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<b>", "</b>", "text ", "<script>x()</script>",
                                 "&amp;", "&lt;", "<!--", "-->", "< ", ">", "Baku ", "<br/>"]), max_size=400))
def test_html_soup_never_leaks_markup_from_scripts(parts):
    out = html_to_text("".join(parts))
    assert "x()" not in out or "<script>" not in "".join(parts)


def test_deeply_nested_html_is_handled(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 20000 + "The BTC pipeline reaches Ceyhan through Georgia and Turkey today." +
                    "</div>" * 20000)
    text, _ = read_document(path)
    assert "BTC pipeline" in text


def test_huge_file_is_rejected(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.seek(30 * 2**20)
        fh.write(b"x")
    with pytest.raises(UnreadableDocument, match="too large"):
        read_document(path)


@pytest.mark.parametrize("data", [b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF",
                                  b"%PDF-1.4\n" + bytes(range(256)) * 20, b"not a pdf at all", b"%PDF"])
def test_broken_pdfs_are_rejected(tmp_path, data):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument):
        read_document(path)


def test_a_real_pdf_is_read(tmp_path):
    """A PDF made here with matplotlib, text embedded as text."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure()
    fig.text(0.1, 0.5, "The Gabala radar station closed in December 2012 after Russia left.")
    fig.savefig(tmp_path / "real.pdf")
    plt.close(fig)
    text, fmt = read_document(tmp_path / "real.pdf")
    assert "Gabala radar" in text and fmt == "pdf"


def test_a_batch_of_bad_files_leaves_the_store_as_it_was(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\xff\xfe\x00\x00" * 50)
    (bad / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    (bad / "c.md").write_bytes(b"   \n\n  ")
    (bad / "d.exe").write_bytes(b"MZ\x90\x00")
    with open_store() as store:
        before = store.counts()
        docs_before = store.documents()
        report = ingest_paths(store, [bad])
        assert len(report.rejected) == 4 and not report.added
        assert store.counts() == before and store.documents() == docs_before


def test_hostile_payloads_stay_text_in_panel_reader_and_export(tmp_path):
    """Every payload is shown as the text it is; none becomes markup (tried: 8, executed: 0)."""
    from azmap.export.render import ExportRequest, render
    from azmap.linking import passages_for_feature
    from azmap.ui.panel_html import context_html, feature_panel
    from azmap.features import gazetteer

    doc = tmp_path / "hostile.html"
    body = "".join(f"<p>The BTC pipeline report {i}: {p.replace('<', '&lt;').replace('>', '&gt;')} "
                   f"says Ceyhan receives oil through Georgia.</p>" for i, p in enumerate(PAYLOADS))
    doc.write_text(f"<html><body><script>window.pwned=99</script>{body}</body></html>")
    with open_store() as store:
        ingest_paths(store, [doc])
        hits = [h for h in passages_for_feature(store, "btc", limit=100) if "report" in h.text]
        assert len(hits) == len(PAYLOADS)
        assert not any("pwned=99" in h.text for h in hits)  # the page's own script never became text
        html = feature_panel(gazetteer().get("btc"), hits)
        reader = context_html(store.document(hits[0].doc_id), hits[0].spans)
    executed = 0
    for p in PAYLOADS:
        assert p not in html and p not in reader  # never raw markup
        from html import escape

        assert escape(p).replace("&#x27;", "'")[:12] in html.replace("&#x27;", "'")
    for tag in ("<script", "<img", "<svg", "<iframe", "<a href=\"javascript", "<body", "<style"):
        executed += html.count(tag) + reader.count(tag)
    assert executed == 0
    svg = render(ExportRequest(out=tmp_path / "c.svg", dpi=72, size="A5", caption_sources=[hits[0].text])).path
    import xml.etree.ElementTree as ET

    tags = {el.tag.rsplit("}", 1)[-1] for el in ET.parse(svg).getroot().iter()}
    assert not tags & {"script", "iframe", "foreignObject"}
