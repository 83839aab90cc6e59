"""Segmentation of real documents: the plain-text and markdown fixtures give every body paragraph
and no boilerplate in the body; the bundled hard-wrapped magazine article gives one real paragraph
per body passage, with its page furniture, notes and pull quotes apart."""
import pytest

from azmap.corpus.reading import read
from azmap.corpus.segment import segment
from tests.fixture_docs import load_fixtures

PLAIN = ("btk_field_notes.md", "caspian_policy_brief_07_nakhchivan.txt", "energy_corridors_part2_btc.txt",
         "iran_azerbaijan_thaw.txt", "kura_wire_shah_deniz_exports.txt", "press_release_sangachal_compression.txt",
         "seven_districts_timeline.md", "working_paper_caspian_legal_regime.txt")
FIXTURES = [d for d in load_fixtures() if d["file"] in PLAIN]


def _flat(text):
    return " ".join(text.split())


def _body(doc):
    reading = read(doc["path"])
    return [_flat(p.text) for p in segment(reading.text)
            if p.kind == "body" and p.end > reading.meta.body_start]


def test_every_plain_fixture_is_tested():
    assert sorted(d["file"] for d in FIXTURES) == sorted(PLAIN)


@pytest.mark.parametrize("doc", FIXTURES, ids=[d["file"] for d in FIXTURES])
def test_every_body_paragraph_and_no_boilerplate(doc):
    body = _body(doc)
    missing = [p[:70] for p in doc["body_paragraphs"] if _flat(p) not in body]
    assert not missing
    for junk in doc.get("boilerplate_strings", []) + doc.get("excluded_strings", []):
        assert not any(junk in b for b in body), junk
    # nothing in the body that is not one of its paragraphs
    assert sorted(body) == sorted(_flat(p) for p in doc["body_paragraphs"])
