"""Pull quotes run into the body of a page (azmap/corpus/pullquote.py): cut out word by word, the
paragraph around them whole, a word they split rejoined only where the document uses it, and a gap
that cannot be rebuilt shown as "[…]". Every piece of a passage is still the source at its offsets."""
import re
import time

import pytest

from azmap.corpus.manifest import bundled_documents
from azmap.corpus.pullquote import GAP, joint
from azmap.corpus.reading import read
from azmap.corpus.segment import clean_inline, segment
from tests.fixture_docs import FIXTURE_DIR, load_fixtures
from tests.test_segment_documents import article  # noqa: F401 (the bundled magazine article, segmented)

BLOCK = FIXTURE_DIR / "pull_quote_block.txt"
INTERLEAVED = FIXTURE_DIR / "pull_quote_interleaved.txt"

# what a reader of each fixture should get: its title, its paragraphs, its pull quotes
EXPECTED = {
    BLOCK: {
        "title": "THE PORT AT ALAT: A HARBOUR BETWEEN TWO CORRIDORS",
        "quotes": ["A port is only as busy as the roads that reach it.",
                   "Each border meant another inspection and another set of papers."],
        "paragraphs": [
            "The new port south of Baku was planned as a gateway for cargo moving between Central Asia and Europe, "
            "and its planners spoke of it as the hinge of a trade route that would no longer depend on a single "
            "neighbour.",
            "Its first berths opened to ferries from Kazakhstan and Turkmenistan, and the rail spur to the main line "
            "was finished a year later. Officials in Baku described the port as the place where the Caspian meets "
            "the railways of the South Caucasus, and where goods could change from ship to train within a day.",
            "Freight forwarders were more cautious. They pointed out that a port is only as busy as the roads that "
            "reach it, and that the crossing from Aktau still depended on the weather and on the number of ferries "
            "in service. In winter, storms could close the sea lane for days at a time, and a ship that missed its "
            "slot could wait a week for the next one.",
            "The Georgian ports on the Black Sea were the other half of the bargain: containers that reached Alat by "
            "ferry went on by rail through Tbilisi to Poti or Batumi, or south through Kars to the Turkish network, "
            "and each border meant another inspection and another set of papers.",
            "Traders who had used the northern routes through Russia before 2022 began to ask for prices on the "
            "middle route, and the operators answered with a single tariff for the whole journey from the Kazakh "
            "coast to the Georgian quays. It was the first time that a customer could book the crossing, the "
            "railway and the port charges with one company.",
            "By the end of the season the port had handled more cargo than in any year since it opened. Its managers "
            "spoke of a second phase, with new berths and a larger container yard, to be built once the volumes "
            "held for another year and the railway had added trains to match.",
        ],
    },
    INTERLEAVED: {
        "title": "WAITING AT THE RIVER: THE NEW BORDER BRIDGE",
        "quotes": ["The bridge was built in two years; the paperwork has taken ten.",
                   "Nobody expected the queues to vanish at once."],
        "paragraphs": [
            # "cus" + "toms": the document says "customs", so the word is whole again; "haul" … "age": the
            # stray half cannot be put back in order, so the passage shows the gap
            "When the new border crossing opened, traders from both sides of the river hoped the waiting times would "
            "shorten within weeks. Instead the customs posts kept their old hours, while the haul[…] firms waited "
            "overnight on the approach road. Local officials blamed the inspection regime, and the drivers blamed "
            "the officials.",
            "The customs service answered that it had asked for more staff in the spring and had been told to wait "
            "for the next budget. Its inspectors worked two shifts instead of three, and the scanners ordered for "
            "the new terminal were still in their crates at the end of the summer.",
            "Drivers kept their own count of the hours. One of them, who had crossed the river every week for twenty "
            "years, said that the bridge was built in two years; the paperwork has taken ten. He had timed every "
            "crossing in a notebook, and the notebook showed the waits growing longer each month.",
            "In the autumn the two governments agreed to share a single inspection point on the bridge itself, so "
            "that a lorry would stop once and not twice.",
            "The agreement also promised that a shipment cleared at the inland depot would pass without a second "
            "check, a step that the hauliers had asked for since the first week.",
            "Nobody expected the queues to vanish at once. A joint commission was to meet every month, publish the "
            "waiting times, and report to both ministries; its first report said that the average wait had fallen "
            "by a third, although the worst days were still as bad as before. The haulage firms were not impressed, "
            "and their association wrote that the figures left out the lorries that had turned back before reaching "
            "the bridge.",
            "Traders on the far bank said that the new road had at least brought the markets closer, and that a "
            "day's wait was easier to bear when the goods arrived fresh.",
        ],
    },
}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(quote: str, n: int = 4) -> set[tuple[str, ...]]:
    w = _words(quote)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def _has_run(text: str, runs: set) -> bool:
    w = _words(text)
    return any(tuple(w[i:i + 4]) in runs for i in range(len(w) - 3))


def _squash(s: str) -> str:
    return re.sub(r"[\s\u00ad-]+", "", s)


def _check_pieces(text: str, passage) -> None:
    """Each piece of the passage is the source at its offsets, cleaned as the passage is; in order,
    apart, and nothing in the passage text but the pieces and the "[…]" where a gap was left."""
    spans = passage.spans
    assert all(0 <= s < e <= len(text) for s, e in spans), spans
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    shown = _squash(passage.text)
    if any(note.startswith("restored initial capital") for note in passage.notes):
        shown = shown[1:]  # the capital the source lost, put back and recorded
    assert shown.count(GAP) <= len(spans) - 1
    pieces = [_squash(clean_inline(text[s:e])) for s, e in spans]
    at = 0
    for piece in pieces:
        found = shown.find(piece, at)
        assert found == at or (found > at and shown[at:found] == GAP), (passage.seq, piece[:40], shown[at:at + 40])
        at = found + len(piece)
    assert at == len(shown), (passage.seq, shown[at:at + 40])


# ---------------------------------------------------------------------------------------------
# the fixtures

@pytest.mark.parametrize("path", list(EXPECTED), ids=lambda p: p.name)
def test_the_fixture_gives_its_paragraphs_and_no_pull_quote(path):
    text = path.read_text(encoding="utf-8")
    expected = EXPECTED[path]
    passages = segment(text)
    body = [p.text for p in passages if p.is_body]
    assert body == expected["paragraphs"]
    for quote in expected["quotes"]:
        runs = _runs(quote)
        sources = [b for b in body if quote.lower().rstrip(".") in b.lower()]
        assert len(sources) == 1, quote  # the sentence the quote repeats, whole in its paragraph
        assert not any(_has_run(b, runs) for b in body if b not in sources), quote
    title = [p for p in passages if p.text == expected["title"]]
    assert len(title) == 1 and title[0].kind == "boilerplate"
    assert all(p.heading == "" for p in passages)  # the title's lines are no section heading
    for p in passages:
        _check_pieces(text, p)


def test_a_word_split_by_a_quote_is_rejoined_only_as_a_word_the_document_uses():
    text = INTERLEAVED.read_text(encoding="utf-8")
    first = next(p for p in segment(text) if p.is_body)
    assert "customs posts" in first.text and "cus“" not in first.text
    # the pieces either side of the quote are two spans; the rejoined word spans both
    assert any(text[s:e].endswith("Instead the cus") for s, e in first.spans)
    assert any(text[s:e].startswith("toms posts") for s, e in first.spans)


def test_joints_between_the_pieces_a_quote_stood_between():
    vocabulary = {"customs", "posts", "old", "hours", "russian", "bridge"}
    assert joint("the cus", "toms posts", True, False, vocabulary) == ""
    assert joint("their old", "hours", True, False, vocabulary) == " "  # two words of their own
    assert joint("the brid", "xyz posts", True, False, vocabulary) == GAP + " "  # no faithful reading
    assert joint("anti-Rus", "sian views", True, False, vocabulary) == ""  # a compound, through its last part
    assert joint("the posts", "kept", False, False, vocabulary) == " "


def test_a_quoted_sentence_the_body_repeats_on_purpose_stays():
    lines = ["The minister had said it before, and the reporters wrote it down again in the",
             "same words as in the spring, when he told them that “the road will open when the",
             "bridge is safe and not a day sooner.” The crowd did not like the answer at all.",
             "A week later the ministry repeated it: the road will open when the bridge is safe",
             "and not a day sooner, and the engineers would decide when that day had come, not",
             "the politicians who had promised a date to the villages along the river valley."]
    text = "\n".join(lines) + "\n"
    body = " ".join(p.text for p in segment(text) if p.is_body)
    assert "“the road will open when the bridge is safe and not a day sooner.”" in body


# ---------------------------------------------------------------------------------------------
# the bundled magazine article

QUOTE_1 = ("Although Russia was against Azerbaijan’s energy deals with foreign companies, Russia added more "
           "nuance to its stance in time, particularly under the rule of Vladimir Putin.")
QUOTE_2 = ("Within the historical course of Azerbaijan, Russia has been perceived as an invader, whereas Russia "
           "considered Azerbaijan as both an opportunity and a threat.")


def test_no_pull_quote_fragment_in_the_article(article):
    _, passages = article
    body = [p for p in passages if p.is_body]
    source_1 = [p for p in body if QUOTE_1.lower() in p.text.lower()]
    source_2 = [p for p in body if QUOTE_2.lower().replace("within", "") in p.text.lower()]
    assert len(source_1) == 1 and source_1[0].text.startswith("Although Russia did not seem willing")
    assert source_1[0].text.endswith(QUOTE_1)
    assert len(source_2) == 1 and source_2[0].heading == "Conclusion"
    assert source_2[0].text.startswith("By and large, within the historical course of Azerbaijan")
    # the abstract says it in words of its own ("has always been perceived …, while Russia …")
    abstract = body[0]
    assert abstract.text.startswith("In the historical course of Azerbaijan, Russia has always been perceived")
    for quote, source in ((QUOTE_1, source_1[0]), (QUOTE_2, source_2[0])):
        runs = _runs(quote)
        hits = [p.seq for p in body if p is not source and p is not abstract and _has_run(p.text, runs)]
        assert not hits, (quote[:30], hits)
    assert not any(p.kind == "fragment" and _has_run(p.text, _runs(QUOTE_2)) for p in passages)


def test_the_paragraphs_around_the_quotes_are_whole(article):
    _, passages = article
    body = [p.text for p in passages if p.is_body]
    assert ("While Mutalibov paid the price of his clear pro-Russian approaches, Elchibey paid the penalty for his "
            "anti-Rus[…] approaches. Moreover, as a result of “imbalanced” policies, Azerbaijani territories were "
            "invaded by Armenia and the country was on the verge of separation due to ethnic divisions.") in body
    assert ("There is no doubt that one reason Russia supported Armenia was to punish the Azeri government, while "
            "the other was to pursue strategic objectives.") in body
    rise = next(b for b in body if b.startswith("A rise in anti-Western attitudes"))
    assert rise.endswith("Azerbaijan also signed the the “Moscow Declaration”, on 2 November 2008, against the use "
                         "of military power in resolving the Karabakh conflict. Finally, Azerbaijan participated in "
                         "the Nabucco agreement ceremony in Ankara with only a minister.")
    # one real paragraph each: it starts a sentence and ends one ("onsidering": the page lost its drop capital)
    for b in body:
        assert b[0].isupper() or b[0] in "•“" or b.startswith("onsidering"), b[:60]
        assert re.search(r"[.!?:;…][”’\")]*$", b), b[-60:]


def test_the_title_of_the_article_is_no_heading(article):
    _, passages = article
    assert passages[0].kind == "boilerplate"
    assert passages[0].text == "AZERBAIJAN - RUSSIA RELATIONS: IS THE FOREIGN POLICY STRATEGY OF AZERBAIJAN CHANGING?"
    body = [p for p in passages if p.is_body]
    assert body[0].heading == ""  # the abstract: under the title, in no section
    assert not any("STRATEGY OF AZERBAIJAN" in p.heading for p in passages)
    assert body[5].heading == "Azerbaijan - Russia Relations Following Independence"


# ---------------------------------------------------------------------------------------------
# every passage of every document

def _documents():
    for doc in bundled_documents():
        yield doc.doc_id, doc.path.read_text(encoding="utf-8")
    for fx in load_fixtures():
        yield fx["name"], read(fx["path"]).text
    for path in EXPECTED:
        yield path.name, path.read_text(encoding="utf-8")


def test_every_piece_of_every_passage_is_its_source():
    for name, text in _documents():
        for p in segment(text):
            _check_pieces(text, p)
        assert name


def test_the_gap_reaches_the_citation_the_panel_and_the_export(shared_store):
    from azmap.citation import text as citation
    from azmap.export.briefing import printable
    from azmap.ui.panel_html import passage_card, reading_html

    hits = shared_store.search("Elchibey penalty Mutalibov")
    hit = next(h for h in hits if h.doc_id == "azerbaijan-russia-relations")
    shown = "anti-Rus[…] approaches"
    assert shown in hit.text  # as stored
    assert shown in citation(hit)  # copy with citation, `azmap cite`, the deck's notes
    assert shown in passage_card(hit, 0, set())  # the panel
    assert shown in printable(hit.text)  # the briefing's quotation
    passages = shared_store.document_passages(hit.doc_id)
    assert shown in reading_html(shared_store.document(hit.doc_id), passages, passages[0]["seq"])  # read in context


def test_text_full_of_quote_marks_is_read_in_linear_time():
    unit = ("“The quick brown fox jumps over the lazy dog and runs\n"
            "the quick brown fox jumps over the lazy dog and runs far away\n"
            "“a b c “a b c d e f g h near the river bank where the dog sleeps\n")
    small, big = unit * 2_000, unit * 16_000
    t = time.perf_counter()
    segment(small)
    t_small = time.perf_counter() - t
    t = time.perf_counter()
    segment(big)
    t_big = time.perf_counter() - t
    assert t_big < 8 * t_small * 2 + 1.0, (t_small, t_big)
