"""Search that behaves like search: phrases, all words first (and saying so when it falls back to
any), possessives and apostrophes, the query's words highlighted."""
import pytest

from azmap.corpus.ingest import ingest_paths
from azmap.corpus.rebuild import open_store
from azmap.query import highlighter, parse
from tests.conftest import run_cli

NOTES = {
    "south.txt": "Regions\n\nThe South Caucasus links the Black Sea and the Caspian through three small states.\n",
    "southern.txt": "Usage\n\nSome writers prefer the Southern Caucasus as a name for the same three states.\n",
    "possessive.txt": "Posture\n\nAzerbaijan's posture toward Moscow softened in the spring, one envoy said.\n",
    "apostrophe.txt": "Names\n\nThe Naxçıvan’ı spelling appears in some Turkish-language reports of the exclave.\n",
    "seaweed.txt": "Sea\n\nSeaweed farming grew quickly along the sheltered shore near Lankaran.\n",
}


@pytest.fixture
def corpus(tmp_path):
    for name, text in NOTES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with open_store() as store:
        ingest_paths(store, [tmp_path])
        yield store


def test_a_quoted_phrase_matches_only_the_phrase(corpus):
    texts = [h.text for h in corpus.search('"South Caucasus"')]
    assert any("The South Caucasus links" in t for t in texts)
    assert not any("Southern Caucasus" in t for t in texts)
    loose = [h.text for h in corpus.search("South Caucasus")]  # unquoted, words are prefixes
    assert any("Southern Caucasus" in t for t in loose)


def test_a_possessive_is_its_word_not_an_s(corpus):
    parts = parse("Azerbaijan's posture")
    assert [p.words for p in parts] == [("Azerbaijan",), ("posture",)]
    hits = corpus.search("Azerbaijan's posture")
    assert hits and "Azerbaijan's posture" in hits[0].text
    assert not any("Seaweed" in h.text for h in corpus.search("Azerbaijan's"))  # no stray "s" prefix


def test_an_apostrophe_inside_a_word_keeps_it_one_word(corpus):
    assert [p.words for p in parse("Naxçıvan’ı")] == [("Naxçıvanı",)]
    assert corpus.search("Naxçıvan’ı spelling")


def test_all_words_first_and_any_word_said_plainly(corpus):
    hits, matched = corpus.search_all_or_any("seaweed envoy")
    assert matched == "any" and {h.text.split()[0] for h in hits} >= {"Seaweed", "Azerbaijan's"}
    hits, matched = corpus.search_all_or_any("posture envoy")
    assert matched == "all" and len(hits) == 1


def test_the_cli_says_when_it_shows_passages_with_any_word(corpus):
    r = run_cli("search", "seaweed envoy")
    assert "no passage has all the words" in r.stderr
    assert "Seaweed" in r.stdout


def test_query_words_are_marked_for_highlighting(corpus):
    hit = corpus.search("posture Moscow")[0]
    marked = {m["surface"] for m in hit.mentions if m["how"] == "query"}
    assert marked == {"posture", "Moscow"}
    from azmap.ui.panel_html import search_panel

    html = search_panel("posture Moscow", [hit])
    assert 'font-weight:600">Moscow</span>' in html and 'font-weight:600">posture</span>' in html


def test_a_phrase_highlights_as_a_phrase():
    rx = highlighter(parse('"South Caucasus" pipe'))
    text = "The South  Caucasus and the Southern Caucasus pipelines"
    assert [m.group(0) for m in rx.finditer(text)] == ["South  Caucasus", "pipelines"]
