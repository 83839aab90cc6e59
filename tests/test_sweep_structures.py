"""The sweep of structured genres (tests/sweep_structures.py): Q&A pages, book reviews under a
masthead, live blogs and annexes after the signatures, held at the figures the development half
reached and the test half was measured at once; then each step's own questions on strings of its own
(questions.py, annex.py, live_blog.py, book_head.py, title_evidence.review_title)."""
import html
import re

import pytest

from azmap.corpus import annex, live_blog, questions
from azmap.corpus.book_head import book_byline, book_head, is_book_head
from azmap.corpus.metadata import Metadata, from_text
from azmap.corpus.segment import segment
from azmap.corpus.title_evidence import review_title
from tests import sweep_structures as sweep

# main's reader (cc3e191) on the development half: 25 cells right of 57, 227 of 315 paragraphs, 4 cells
# with furniture in the body, 54 titles; after the changes, tuned on it (the 4 left: a book's author read
# as the review's, by author_evidence's cue at the top); then three live blogs with a summary of key points
# over the entries and related stories under them (2 with furniture in the body until the entries'
# container became the page's article):
# then the later batch's changes (a byline of the book on the cue line is no author's, author_evidence.head_credit;
# a review's own title between a masthead and the book's, title_evidence.review_title) took the last 4:
DEV = {"cells": 60, "right": 60, "paragraphs": 327, "of paragraphs": 327, "cells with furniture in the body": 0,
       "titles": 60, "dates": 60, "book's author no author": 60}
# the test half, measured once at the end (main's reader: 18 cells right of 47, 173 of 268 paragraphs, no
# cell with furniture in the body, 43 titles, 47 dates): the floor it is held at
# (39 right, 252 paragraphs, 43 titles before the later batch's changes; after the reviews' round 43 right and 47
# titles, after the agreements' and questions' round 44 right and 262 paragraphs: each measured once)
TEST_FLOOR = {"cells": 47, "right": 44, "paragraphs": 262, "of paragraphs": 268,
              "cells with furniture in the body": 0, "titles": 47, "dates": 47, "book's author no author": 47}
# the later batch (tests/sweep_structures_later.py), written before those changes. Its development half (23
# cells, the 6 added while tuning not counted) before: 12 right, 100 of 108 paragraphs, 20 titles, 17 cells without
# the book's author, 15 with the authors as stated; after the reviews' round 21 right, 23 titles, 23, 23; with the
# 6 added (short unlabelled questions opening with "¿", in underscores' bold, in <strong>: 28 of 29 right before
# the questions' change), after both rounds 29 of 29. Its test half before: 13 right, 98 of 112 paragraphs, 17
# titles, 20, 18; after the reviews' round 18 right, 22 titles, 23, 23; after both rounds (below), measured once.
LATER_DEV = {"cells": 29, "right": 29, "paragraphs": 150, "of paragraphs": 150, "cells with furniture in the body": 0,
             "titles": 29, "dates": 29, "book's author no author": 29, "authors as stated": 29}
LATER_TEST = {"cells": 23, "right": 20, "paragraphs": 110, "of paragraphs": 112, "cells with furniture in the body": 0,
              "titles": 22, "dates": 23, "book's author no author": 23, "authors as stated": 23}
LOWER_IS_BETTER = ("cells with furniture in the body",)


def test_the_halves_share_no_form():
    for axis in (sweep.QA_LAYOUTS, sweep.QA_CONTENT, sweep.TRAPS, sweep.REVIEW_LAYOUTS, sweep.LIVE_LAYOUTS,
                 sweep.ANNEX_HEADS):
        dev, test = sweep.halves(axis)
        assert dev and test and not {str(x[:3]) for x in dev} & {str(x[:3]) for x in test}
    kinds = {c.kind for c in sweep.cells("test")}
    assert kinds == {"qa", "trap", "review", "live", "annex", "annex-trap"} == {c.kind for c in sweep.cells("dev")}
    assert {c.fmt for c in sweep.cells("dev")} == {"html", "md", "txt"} == {c.fmt for c in sweep.cells("test")}


def test_a_cell_states_what_it_is_measured_on():
    for part in ("dev", "test"):
        for cell in sweep.cells(part):
            assert cell.paragraphs and "{" not in cell.text, cell.name
            flat = " ".join(html.unescape(re.sub(r"<[^>]+>|\*\*|__", "", cell.text)).split())
            assert all(" ".join(p.split()) in flat for p in cell.paragraphs), cell.name


@pytest.mark.parametrize("part,want", [("dev", DEV), ("test", TEST_FLOOR), ("later-dev", LATER_DEV),
                                       ("later-test", LATER_TEST)])
def test_the_sweep_stays_at_its_figures(part, want):
    got = sweep.figures(part)
    assert got["cells"] == want["cells"]
    worse = {f: (got[f], w) for f, w in want.items()
             if (got[f] > w if f in LOWER_IS_BETTER else got[f] < w)}
    assert not worse, (worse, [(c.name, r["lost"], r["furniture"], r["got"]) for c, r in sweep.misses(part)][:8])


# ---------------------------------------------------------------- questions
@pytest.mark.parametrize("title", ["What did the summit decide?", "Q: Why now?", "Вопрос: Кто пользуется портом?",
                                   "¿Qué puede salir mal?", "RFE: And the tariffs?", "Was nun?"])
def test_questions_in_any_language(title):
    assert questions.is_question(title)


@pytest.mark.parametrize("title", ["Background", "Q3 2025", "Why?", "The outlook for the ports", "Q&A"])
def test_labels_and_one_word_are_no_questions(title):
    assert not questions.is_question(title)


def test_a_page_whose_headings_are_mostly_questions_is_a_qa():
    heads = [(0, "The title", 1), (2, "How many ferries?", 3), (4, "Why now?", 3), (6, "What next?", 3)]
    assert questions.question_headings(heads, {2, 4, 6}) == {2, 4, 6}
    assert questions.question_headings(heads, {2}) == set()  # unanswered questions: headings
    mixed = [(2, "Background", 2), (4, "Why does it matter?", 2), (6, "Outlook", 2), (8, "Sources", 2)]
    assert questions.question_headings(mixed, {2, 4, 6, 8}) == set()  # one rhetorical question among labels


def _body(text):
    return [p.text for p in segment(text) if p.kind == "body"]


def test_bold_questions_are_paragraphs_and_label_headings_stay_headings():
    qa = ("# Ports and ferries\n\nAn introduction to the conversation with the port's director, in full.\n\n"
          "**Why did the port grow?**\n\nBecause the freight came from Central Asia by sea.\n\n"
          "**What comes next?**\n\nA second berth, to be opened in the spring.\n")
    assert _body(qa)[1:] == ["Why did the port grow?", "Because the freight came from Central Asia by sea.",
                             "What comes next?", "A second berth, to be opened in the spring."]
    article = ("# Ports and ferries\n\nThe port grew by a third last year, the authority says.\n\n## Background\n\n"
               "The first berth opened in 2018.\n\n## Outlook\n\nA second berth will open in spring.\n")
    assert "Background" not in _body(article) and "Outlook" not in _body(article)
    lead = "# Ports\n\n**The short version.** The port grew by a third last year.\n\nIt will grow again.\n"
    assert _body(lead)[0] == "The short version. The port grew by a third last year."


# ---------------------------------------------------------------- annexes
_AGREEMENT = ("Agreement between the Government of A and the Government of B on Ferries\n\n"
              "The Government of A and the Government of B, hereinafter the Parties,\n\n"
              "Have agreed as follows:\n\nArticle 1\n\n1. The Parties shall run a ferry line between their ports, "
              "as Appendix 2 shows.\n\nDone at Baku on 3 June 2024, in two originals.\n\n"
              "For the Government of A\n\nRauf Mammadli\nMinister of Transport\n\n"
              "For the Government of B\n\nNino Beridze\nMinister of Economy\n\n")


@pytest.mark.parametrize("head", ["ANNEX", "Appendix 1", "Attachment A: Procedures", "Schedule 2", "Protocol",
                                  "Приложение", "Anhang", "Annexe I", "### Annex"])
def test_an_annex_after_the_signatures_is_body_again(head):
    text = _AGREEMENT + f"{head}\n\n1. The ferries shall call at each port at least once a week, all year round.\n"
    meta = from_text(text)
    assert [a["name"] for a in meta.authors] == ["Rauf Mammadli", "Nino Beridze"]
    assert meta.body_end < meta.body_resume == text.index(head)


@pytest.mark.parametrize("tail", ["Annex: Procedures for inspections (not reproduced)\n",
                                  "Annex: not reproduced\nPrinted from the treaty database on 11.06.2024\n",
                                  "Appendix 2 shows the timetable of the ferries for the whole year.\n"])
def test_an_annex_note_or_a_sentence_naming_an_appendix_is_no_annex(tail):
    meta = from_text(_AGREEMENT + tail)
    assert meta.body_resume is None and meta.body_end is not None
    assert annex.headings(_AGREEMENT + tail) == []


def test_an_annex_heading_in_a_text_with_nothing_cut_changes_nothing():
    text = "A report\n\nThe first paragraph of the report, with a sentence.\n\nAnnex 1\n\nThe data, described here.\n"
    assert from_text(text).body_resume is None


# ---------------------------------------------------------------- live blogs
@pytest.mark.parametrize("stamp", ["14:05", "9:05 am", "10:32 GMT+4", "2 hours ago", "35 min ago", "vor 2 Stunden",
                                   "2 часа назад", "hace 3 horas"])
def test_stamps_of_a_live_blog(stamp):
    assert live_blog.is_stamp(stamp)


@pytest.mark.parametrize("text", ["3 March", "12", "Q3 2025", "March 2024", "Share", "Section 3",
                                  "The talks resumed at 14:05."])
def test_dates_numbers_and_sentences_are_no_stamps(text):
    assert not live_blog.is_stamp(text)


def test_a_live_blog_loses_its_stamps_and_labels_and_keeps_its_entries():
    from lxml import html as lh

    entries = "".join(f"<article class='entry'>{'<span>Pinned</span>' if k == 0 else ''}<time>1{k}:05</time>"
                      f"<p>Entry number {k} of the day, in a sentence.</p><p>Share</p></article>" for k in range(4))
    tree = lh.fromstring(f"<html><body><main><h1>Talks</h1><div>{entries}</div></main></body></html>")
    assert live_blog.flatten_entries(tree) == 4
    text = " ".join(tree.text_content().split())
    assert "Pinned" not in text and "Share" not in text and ":05" not in text
    assert all(f"Entry number {k} of the day" in text for k in range(4))
    # no entry is an article of its own (the article reader would take the first for the story); their
    # container is the one article: a summary or related stories beside it stay out of the story
    assert [len(a.xpath(".//p")) for a in tree.xpath("//article")] == [4]
    programme = "".join(f"<li><span>1{k}:00</span> Session {k}</li>" for k in range(4))
    tree = lh.fromstring(f"<html><body><ul>{programme}</ul></body></html>")
    assert live_blog.flatten_entries(tree) == 0  # a programme's times and items: no paragraphs, no entries


# ---------------------------------------------------------------- reviews
def test_a_book_s_head_line_and_its_byline_alone():
    line = ("Gas and Power. By Murat Celik. Istanbul: Bosphorus Press, 2024. 410 pp. USD 95.00. "
            "ISBN 978-605-55555-41-7.")
    assert book_head(line) == ("Gas and Power", "Murat Celik")
    assert book_byline(line[line.index("By"):]) == "Murat Celik" and is_book_head(line[line.index("By"):])
    assert book_byline("By Murat Celik, our correspondent in Istanbul") is None


def test_a_review_s_title_under_a_masthead():
    head = ("Books reviewed here are sent by the publishers; the review's author alone answers for it, at length, "
            "in the paragraphs that follow the head line of the book.")
    for masthead in ("JOURNAL OF CAUCASIAN STUDIES", "Caspian Affairs Quarterly", "Book reviews"):
        meta = Metadata(title=masthead, evidence={"title": "first line"})
        text = (f"{masthead}\n\nGas and Power. By Murat Celik. Istanbul: Bosphorus Press, 2024. 410 pp.\n\n{head}\n")
        review_title(meta, text)
        assert meta.title == "Gas and Power"
        meta = Metadata(title=masthead, evidence={"title": "first line"})
        review_title(meta, f"{masthead}\n\n## Gas and Power\n\n*By Murat Celik. Istanbul: Bosphorus Press, 2024. "
                           f"410 pp.*\n\n{head}\n")
        assert meta.title == "Gas and Power"
    own = Metadata(title="Reading the railways of the past", evidence={"title": "first line"})
    review_title(own, "Reading the railways of the past\n\nGas and Power. By Murat Celik. Istanbul: X, 2024. 4 pp.\n")
    assert own.title == "Reading the railways of the past"  # the review's own title stands
    quoted = Metadata(title="Book reviews", evidence={"title": "first line"})
    review_title(quoted, f"Book reviews\n\n{head} Gas and Power, the book, is quoted here.\n\nGas and Power. By "
                         "Murat Celik. Istanbul: X, 2024. 4 pp.\n")
    assert quoted.title == "Book reviews"  # nothing is read past the first paragraph of prose


def test_the_pipeline_keeps_an_annex_and_leaves_the_signatures_out():
    from azmap.corpus.pipeline import prepare_document
    from tests.test_places_linked import _info

    text = _AGREEMENT + "ANNEX\n\n1. The ferries shall call at each port at least once a week, all year round.\n"
    meta = from_text(text)
    doc = prepare_document(_info("ferry-agreement"), text, body_start=meta.body_start, body_end=meta.body_end,
                           body_resume=meta.body_resume)
    body = [p.text for p in doc.passages if p.kind == "body"]
    assert body[-1].startswith("1. The ferries shall call") and "Done at Baku" in body[-2]
    assert not any("Rauf Mammadli" in b or "For the Government" in b for b in body)


def test_the_book_s_byline_on_a_cue_line_is_no_author_and_the_reviewer_is():
    from azmap.corpus.author_evidence import head_credit

    text = ("Gas and Power\n\nBy Murat Celik. Istanbul: Bosphorus Press, 2024. 312 pp. £25.\n\n"
            "The review's first paragraph, in a sentence of its own.\n")
    assert head_credit(text) is None
    named = head_credit("A sea seen from its quays\n\nAygun Rzayeva reviews Harbours of the Caspian by Peter "
                        "Lindqvist\n\nThe review's text.\n")
    assert named and [p["name"] for p in named[0]] == ["Aygun Rzayeva"]
    assert head_credit("The talks\n\nThe minister reviews the troops in Ganja\n\nText.\n") is None


def test_a_review_s_own_title_between_a_site_s_name_and_the_book():
    head = "By Murat Celik. Istanbul: Bosphorus Press, 2024. 410 pp."
    for text in (f"# Caspian Review of Books\n\n## Reading the gas years\n\n### Gas and Power\n\n{head}\n",
                 f"Caspian Review of Books\n\nReading the gas years\n\nBy Aygun Rzayeva\n\nGas and Power\n{head}\n"):
        meta = Metadata(title="Caspian Review of Books", evidence={"title": "first line"})
        review_title(meta, text)
        assert meta.title == "Reading the gas years"
    meta = Metadata(title="Caspian Review of Books", evidence={"title": "first line"})
    review_title(meta, f"Caspian Review of Books\n\n12 March 2025\n\nGas and Power\n\n{head}\n")
    assert meta.title == "Caspian Review of Books"  # a date between: no title of the review's own
    deck = Metadata(title="Reading the gas years", evidence={"title": "first line"})
    review_title(deck, f"Reading the gas years\n\nA historian of the pipelines on a new book\n\nGas and Power\n\n{head}\n")
    assert deck.title == "Reading the gas years"  # a title in sentence case and a deck under it: no masthead


def test_a_web_page_s_journal_title_gives_way_to_the_review_s(tmp_path):
    from azmap.corpus.reading import read

    paras = "".join(f"<p>The review's paragraph number {k}, which says what the book argues and how well.</p>"
                    for k in range(3))
    page = (f"<html><head><title>EURASIAN TRANSPORT REVIEW | Book review</title></head><body><main>"
            f"<p><strong>EURASIAN TRANSPORT REVIEW</strong></p><p>Gas and Power. By Murat Celik. Istanbul: "
            f"Bosphorus Press, 2024. 410 pp.</p>{paras}<p>Reviewed by Aygun Rzayeva</p></main></body></html>")
    (tmp_path / "r.html").write_text(page, encoding="utf-8")
    assert read(tmp_path / "r.html").meta.title == "Gas and Power"


# ---------------------------------------------------------------- German and French agreements
_VERTRAG = ("Abkommen zwischen der Regierung der Republik A und der Regierung von B über Fähren\n\n"
            "Die Regierung der Republik A und die Regierung von B – im Folgenden „Vertragsparteien“ genannt –\n\n"
            "in dem Wunsch, den Fährverkehr zwischen ihren Häfen zu fördern und zu erleichtern,\n\n"
            "sind wie folgt übereingekommen:\n\nArtikel 1\n\nDie Vertragsparteien betreiben gemeinsam eine "
            "Fährlinie zwischen ihren Häfen.\n\nGeschehen zu Baku am 3. Juni 2024 in zwei Urschriften.\n\n"
            "Für die Regierung der Republik A\n\nRauf Mammadli\nMinister für Verkehr\n\n"
            "Für die Regierung von B\n\nNino Beridze\nMinisterin für Wirtschaft\n")


def test_a_german_agreement_s_clauses_in_small_letters_are_paragraphs_of_their_own():
    meta = from_text(_VERTRAG)
    body = [p.text for p in segment(_VERTRAG) if p.kind == "body" and meta.body_start <= p.start < meta.body_end]
    assert body[:3] == ["Die Regierung der Republik A und die Regierung von B – im Folgenden „Vertragsparteien“ "
                        "genannt –", "in dem Wunsch, den Fährverkehr zwischen ihren Häfen zu fördern und zu "
                        "erleichtern,", "sind wie folgt übereingekommen:"]
    # a sentence a page cut still runs on: its rest ends as a sentence does
    cut = "# Ports\n\nThe port of Alat grew by a third last year, and the ferries that call there,\n\n" \
          "most of them built in the 1980s, carried more trucks than ever before.\n"
    assert [p.text for p in segment(cut) if p.kind == "body"] == [
        "The port of Alat grew by a third last year, and the ferries that call there, most of them built in the "
        "1980s, carried more trucks than ever before."]


@pytest.mark.parametrize("question", ["¿Qué puede salir mal?", "¿Y ahora?", "¡Basta ya, señores!"])
def test_a_short_spanish_question_on_a_line_of_its_own_is_a_paragraph(question):
    text = ("# La frontera\n\nLos dos gobiernos han acordado delimitar un tramo de su frontera común, dice el "
            f"investigador.\n\n{question}\n\nLa política interna de ambos países puede detener el proceso.\n")
    assert question in _body(text)
