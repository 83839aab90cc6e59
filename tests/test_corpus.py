"""Documents → passages: segmentation of the bundled corpus and of awkward input."""
import re

import pytest

from azmap.corpus.manifest import bundled_documents
from azmap.corpus.segment import clean_inline, segment


def _squash(s: str) -> str:
    return re.sub(r"[\s\u00ad-]+", "", s)


@pytest.fixture(scope="module")
def segmented():
    return {d.doc_id: (d, d.path.read_text(encoding="utf-8"), segment(d.path.read_text(encoding="utf-8")))
            for d in bundled_documents()}


def test_manifest_metadata_is_as_the_texts_say(segmented):
    docs = {d.doc_id: d for d, _, _ in segmented.values()}
    assert docs["makili-aliyev-2013"].author == "Kamal Makili-Aliyev"
    assert docs["makili-aliyev-2013"].date == "2013-01-25"
    assert "IAI" in docs["makili-aliyev-2013"].publisher
    assert docs["weitz-2012"].author == "Richard Weitz" and docs["weitz-2012"].date == "2012-10-28"
    assert docs["azerbaijan-russia-relations"].title.startswith("Azerbaijan–Russia Relations")
    assert docs["azerbaijan-russia-relations"].author is None  # unknown stays unknown
    assert docs["foreign-relations-overview"].date is None
    assert "2014" in docs["foreign-relations-overview"].date_note
    assert "2020" in docs["trade-blog-foreign-policy"].date_note


def test_every_passage_text_is_the_original_at_its_offsets(segmented):
    for doc, text, passages in segmented.values():
        for p in passages:
            original = " ".join(clean_inline(text[s:e]) for s, e in p.spans)
            # "[…]" marks a gap cleaning could not rebuild (tests/test_pull_quotes.py checks each piece)
            shown = p.text[1:] if any(n.startswith("restored initial capital") for n in p.notes) else p.text
            assert _squash(shown.replace("[…]", "")) == _squash(original), (doc.doc_id, p.seq)
            assert 0 <= p.start < p.end <= len(text)


def test_hard_wrapped_lines_are_joined_into_paragraphs(segmented):
    _, text, passages = segmented["azerbaijan-russia-relations"]
    body = [p for p in passages if p.is_body]
    # the document has ~350 lines but about 30 paragraphs
    assert 20 <= len(body) <= 45
    first = next(p for p in body if p.text.startswith("In 1992, the Azerbaijan Popular Front"))
    assert "\n" not in first.text and first.text.endswith("Elchibey was toppled.")
    assert first.heading == "Azerbaijan - Russia Relations Following Independence"


def test_a_paragraph_cut_by_footnotes_is_joined_across_the_page(segmented):
    _, text, passages = segmented["azerbaijan-russia-relations"]
    p = next(p for p in passages if "Lukoil was allocated ten percent" in p.text)
    assert p.text.startswith("Although Russia did not seem willing")
    assert len(p.spans) == 2  # two stretches of the original, footnotes 5 and 6 in between


def test_words_split_across_lines_are_repaired():
    text = ("The pipeline crosses the moun-\ntains of Georgia and the well-known Borjomi gorge; a well-\n"
            "known fact, for-\neign observers say, and it runs on and on without a full stop\n"
            "until here.\n")
    body = [p for p in segment(text) if p.is_body]
    assert len(body) == 1
    assert "mountains" in body[0].text and "foreign" in body[0].text
    assert "well-known fact" in body[0].text  # a real compound keeps its hyphen


def test_headings_are_kept_over_their_passages(segmented):
    _, _, passages = segmented["makili-aliyev-2013"]
    p = next(p for p in passages if "UN Security Council adopted four resolutions" in p.text)
    assert p.heading == "1. Regional framework"
    _, _, passages = segmented["trade-blog-foreign-policy"]
    p = next(p for p in passages if p.text.startswith("Given their long history"))
    assert p.heading == "Russia"


@pytest.mark.parametrize("doc_id,snippet,kind", [
    ("makili-aliyev-2013", "Stratfor, 2011, p. 71", "footnote"),
    ("makili-aliyev-2013", "Stephen Blank, \"New Military Trends", "reference"),
    ("makili-aliyev-2013", "Keywords:", "boilerplate"),
    ("makili-aliyev-2013", "Lessons Learned from the Mozambican Peace Process", "boilerplate"),
    ("makili-aliyev-2013", "The Istituto Affari Internazionali (IAI), founded", "boilerplate"),
    ("trade-blog-foreign-policy", "You may also find these articles helpful", "boilerplate"),
    ("trade-blog-foreign-policy", "Foreign diplomatic relations of Sierra Leone", "boilerplate"),
    ("trade-blog-foreign-policy", "A close up of a typewriter", "caption"),
    ("foreign-relations-overview", "Gabala Radar Station (Missile Defense Advocacy Alliance)", "caption"),
    ("weitz-2012", "Credit Image: Bigstock", "caption"),
    ("azerbaijan-russia-relations", "Cafersoy (2000), p. 23.", "footnote"),
])
def test_non_body_text_is_set_apart(segmented, doc_id, snippet, kind):
    _, _, passages = segmented[doc_id]
    hits = [p for p in passages if snippet in p.text]
    assert hits, snippet
    assert all(p.kind == kind for p in hits), [(p.kind, p.text[:60]) for p in hits]


def test_footnote_references_are_stripped_from_body_text(segmented):
    _, _, passages = segmented["makili-aliyev-2013"]
    assert not any("<sup>" in p.text for p in passages)
    _, _, passages = segmented["azerbaijan-russia-relations"]
    p = next(p for p in passages if "Elchibey was toppled" in p.text)
    assert "toppled.3" not in p.text


def test_bullet_lists_stay_one_passage_with_their_items(segmented):
    _, _, passages = segmented["azerbaijan-russia-relations"]
    p = next(p for p in passages if p.text.startswith("• As a short cut"))
    assert p.text.count("•") == 7 and p.is_body


def test_glued_numbers_are_footnote_references_only_where_there_are_notes():
    plain = "The g20 summit discussed co2 emissions and covid19 with the Turkish side in 2021.\n"
    assert "covid19" in segment(plain)[0].text and "g20" in segment(plain)[0].text
    noted = ("Azerbaijan12 signed the deal in May.\n\n"
             "[^12]: Agreement of 12 May, see the ministry's site.\n")
    body = [p for p in segment(noted) if p.kind == "body"]
    assert body[0].text.startswith("Azerbaijan signed the deal")
    assert any(p.kind == "footnote" for p in segment(noted))
