"""Linking by evidence (azmap/evidence): the span, the place cues, the document's own word (one
sense per discourse) and abbreviations, each on its own; the reasons every link and rejected
candidate carries; unsure links ranked after sure ones; the figures on the development set
(tests/fixtures/linking/dev), which fall when the span module is taken away; and linking time that
grows linearly with the number of names in a passage."""
from __future__ import annotations

import time
from functools import lru_cache

import pytest

from azmap.evidence import STRONG, WEAK, abbrev, cues, span
from azmap.features import gazetteer
from azmap.linking import Linker, Mention, score_passage
from tests.linking_eval import evaluate, load, summary

# what the development set must keep (measured: precision 0.980, recall 1.000, 3 of 100 traps,
# the defining paragraph first in 16 of 16)
DEV_PRECISION, DEV_RECALL, DEV_TRAP_RATE = 0.97, 0.98, 0.05


@lru_cache(maxsize=1)
def linker() -> Linker:
    return Linker(gazetteer())


def kinds_of(text: str, surface: str, fid: str, how: str = "name", kind: str = "country", **kw):
    start = text.index(surface)
    v = span.read(text, start, start + len(surface), surface, how, kind, **kw)
    return (v.kind, v.strength) if v else None


# ---------------------------------------------------------------------------------------------
# span


@pytest.mark.parametrize("text,surface,kind,expected", [
    ("Lachin FK won away.", "Lachin", "district", "club"),
    ("a goal for FK Shusha late on", "Shusha", "city", "club"),
    ("Zangilan 2–1 Kalbajar", "Zangilan", "district", "club"),
    ("the frigate Ankara left port", "Ankara", "city", "vessel"),
    ("The Yerevan sailed at dawn.", "Yerevan", "city", "vessel or other thing"),
    ("at 14:00 Yerevan time", "Yerevan", "city", "time zone"),
    ("Clocks keep Georgia Standard Time.", "Georgia", "country", "time zone"),
    ("the rise of Sasanian Armenia", "Armenia", "country", "historical polity or people"),
    ("the Iranian Empire of old", "Iranian", "country", "historical state"),
    ("Ottoman Armenia was a province", "Armenia", "country", "historical state"),
    ("a bowl of Armenian apricot", "Armenian", "country", None),
    ("a plate of Turkish delight", "Turkish", "country", "goods, food or breed named after the place"),
    ("an Ankara-class corvette", "Ankara", "city", "a type named after the place"),
    ("a Sangachal-type compressor", "Sangachal", "site", "a type of equipment"),
    ("the Gabala radar at Mingachevir", "Gabala radar", "site", "equipment standing elsewhere"),
    ("the Gabala-M radar of the 1990s", "Gabala", "site", "a type of equipment"),
    ("Nakhchivan Airlines flies twice a week to Istanbul.", "Nakhchivan", "exclave", "longer name of another thing"),
    ("Dr Shusha Karimova spoke", "Shusha", "city", "person"),
    ("Kalbajar Mammadova, 41, a nurse", "Kalbajar", "district", "person"),
    ("the Armenia Fund Telethon raised money", "Armenia", "country", "longer name of another thing"),
    ("Many of the students of the University of Azerbaijan study law in the evenings.", "Azerbaijan", "country",
     "longer name of another thing"),
    ("a town in Moscow, Idaho", "Moscow", "city", "a town of a U.S. state"),
    ("the Kalbajar Mountains", "Kalbajar", "district", None),
    ("the Iranian Foreign Ministry said", "Iranian", "country", None),
    ("Azerbaijan International Airport", "Azerbaijan", "country", None),
    ("the Baku talks resumed", "Baku", "city", None),
    ("the Moscow of the 1930s", "Moscow", "city", None),
    ("They met in Shusha on Monday.", "Shusha", "city", None),
    ("debates over Georgia EU candidacy went on", "Georgia", "country", None),
    ("the Prime Minister of Armenia Nikol Pashinyan said on Monday", "Armenia", "country", None),
    ("signed by the Azerbaijan, Georgia and Turkey governments", "Azerbaijan", "country", None),
    ("the Armenia that emerged in 1991", "Armenia", "country", None),
])
def test_the_span_says_what_a_name_names(text, surface, kind, expected):
    how = "demonym" if surface.endswith(("ian", "ish")) else "name"
    got = kinds_of(text, surface, "x", how=how, kind=kind, us_states=frozenset({"Idaho", "Georgia"}),
                   is_name_word=linker()._name_words.__contains__)
    assert (got[0][:len(expected)] if got and expected else got) == expected, got


def test_capitals_in_a_title_line_make_a_longer_name_only_weak_evidence():
    assert kinds_of("CASPIAN HORIZONS QUARTERLY REVIEW", "CASPIAN", "x", kind="sea") == (
        "longer name of another thing", WEAK)
    assert kinds_of("He read the Caspian Horizons review.", "Caspian", "x", kind="sea") == (
        "longer name of another thing", STRONG)


# ---------------------------------------------------------------------------------------------
# cues


@pytest.mark.parametrize("text,surface,expected", [
    ("The school reopened in Lachin last year.", "Lachin", "a preposition of place"),
    ("Lachin district was regained in 2020.", "Lachin", "a word for the place after it"),
    ("the town of Lachin is rebuilt", "Lachin", "a word for the place before it"),
    ("Ceyhan is a small port on the coast.", "Ceyhan", "said to be a place"),
    ("Armenia, the country after which it was named, sent a choir.", "Armenia", "said to be a place"),
    ("modern Bulgaria has no part in it", "Bulgaria", "a word for the place before it"),
    ("TBILISI, May 3 (Wire) - Officials said", "TBILISI", "a dateline"),
    ("Lachin laughed and said nothing.", "Lachin", None),
])
def test_place_cues(text, surface, expected):
    start = text.index(surface)
    cue = cues.place_cue(text, start, start + len(surface))
    assert (cue.split(":")[0] if cue else None) == expected, cue


# ---------------------------------------------------------------------------------------------
# the document's own word (one sense per discourse)


def _decide(paragraphs: list[str], i: int):
    lk = linker()
    return lk.decide(paragraphs[i], lk.document(paragraphs))


def test_a_club_established_once_takes_the_bare_later_uses_unless_a_place_cue_overrides():
    doc = ["Fuzuli FK drew 1–1 with Turan on Sunday in the league.",
           "Fuzuli were the better side and should have won.",
           "The new stadium in Fuzuli holds 5,000 people."]
    found, rejected = _decide(doc, 1)
    assert not [m for m in found if m.feature_id == "fuzuli"]
    assert any(m.feature_id == "fuzuli" and "club" in m.reason and "document" in m.reason for m in rejected)
    found, _ = _decide(doc, 2)
    m = [m for m in found if m.feature_id == "fuzuli"]
    assert m and "preposition of place" in m[0].reason
    # the passage alone says nothing either way: the place is linked
    assert [m.feature_id for m in linker().mentions(doc[1]) if m.relation == "direct"] == ["fuzuli"]


def test_a_person_introduced_by_full_name_is_the_person_when_addressed_by_first_name():
    doc = ["Our guest is Israel Adeyemi, who flies cargo planes.",
           "Israel, what was the worst airport?",
           "He once spent a week in Israel waiting for parts."]
    assert not [m for m in _decide(doc, 1)[0] if m.feature_id == "israel"]
    assert [m.feature_id for m in _decide(doc, 2)[0]] == ["israel"]


def test_a_vessel_and_a_historical_people_carry_over_to_their_bare_names():
    doc = ["The icebreaker Yerevan reached the port at noon.", "Later the Yerevan turned back north."]
    assert not _decide(doc, 1)[0]
    doc = ["Achaemenid Persia ruled the valley for two centuries.",
           "Persia drew tribute in horses; its kings built roads.",
           "Iran today is a republic of ninety million people."]
    assert not [m for m in _decide(doc, 1)[0] if m.feature_id == "iran"]
    assert [m.feature_id for m in _decide(doc, 2)[0]] == ["iran"]


def test_a_us_state_established_by_its_institutions_takes_the_bare_name():
    doc = ["She once served in the Georgia National Guard and later sat in the Georgia General Assembly.",
           "Georgia has hot summers and a long coast.",
           "Her parents came from Tbilisi; Georgia, the country, she visits each year."]
    assert not [m for m in _decide(doc, 1)[0] if m.feature_id == "georgia"]
    assert [m for m in _decide(doc, 2)[0] if m.feature_id == "georgia"]


def test_the_reverse_weak_evidence_gives_way_where_the_document_uses_the_name_for_the_place():
    doc = ["TURKMENISTAN HORIZONS LEDGER", "Gas from Turkmenistan crosses the Caspian to Baku."]
    weak = _decide(doc, 0)[0]
    assert [m for m in weak if m.feature_id == "turkmenistan" and not m.unsure], weak
    alone = linker().decide("TURKMENISTAN HORIZONS LEDGER")[0]
    assert [m.unsure for m in alone if m.feature_id == "turkmenistan"] == [True]


# ---------------------------------------------------------------------------------------------
# abbreviations


def test_an_abbreviation_spelled_out_as_something_else_is_not_the_feature():
    doc = ["Patients with a Bruton tyrosine kinase (BTK) mutation were treated.",
           "BTK levels fell in all of them.",
           "The BTK railway carried the samples to Kars."]
    assert not [m for m in _decide(doc, 1)[0] if m.feature_id == "btk-railway"]
    reasons = [m.reason for m in _decide(doc, 1)[1]]
    assert any("Bruton tyrosine kinase" in r for r in reasons), reasons
    assert [m.feature_id for m in _decide(doc, 2)[0]] == ["btk-railway"]


def test_abbreviation_definitions():
    defs = abbrev.definitions("the behind-the-ear (BTE) aid and the South Caucasus Pipeline (SCP)",
                              {"BTE", "SCP"}, lambda s, a: "South Caucasus Pipeline" in s)
    assert defs == {"BTE": {"other": ["behind-the-ear"], "feature": []},
                    "SCP": {"other": [], "feature": ["Caucasus Pipeline"]}} or (
        defs["BTE"]["other"] == ["behind-the-ear"] and defs["SCP"]["feature"] and not defs["SCP"]["other"])


# ---------------------------------------------------------------------------------------------
# reasons and unsure


def test_every_link_and_every_rejected_candidate_carries_its_reason():
    lk = linker()
    for doc in load("dev"):
        ctx = lk.document(doc["paragraphs"])
        for text in doc["paragraphs"]:
            found, rejected = lk.decide(text, ctx)
            assert all(m.reason for m in found), [m for m in found if not m.reason]
            assert all(m.reason for m in rejected), [m for m in rejected if not m.reason]


def test_a_passage_whose_mentions_are_all_unsure_ranks_after_a_passage_about_the_place():
    text_unsure = "TURKMENISTAN HORIZONS LEDGER"
    mentions = linker().mentions(text_unsure)
    assert all(m.unsure for m in mentions if m.feature_id == "turkmenistan")
    _, relation = score_passage("turkmenistan", mentions, set(), len(text_unsure), text_unsure)
    assert relation == "related"
    sure = [Mention(0, 12, "Turkmenistan", "turkmenistan", "name", "name")]
    assert score_passage("turkmenistan", sure, set(), 40, "Turkmenistan exports gas to China.")[1] == "direct"


# ---------------------------------------------------------------------------------------------
# the development set


@lru_cache(maxsize=1)
def dev_figures() -> dict:
    return evaluate(linker(), load("dev"))


def test_the_development_set_is_big_enough_and_apart_from_the_test_set():
    dev, test = load("dev"), load("test")
    assert len(dev) >= 15 and len(test) >= 10
    assert sum(len(d["traps"]) for d in dev + test) >= 150
    kinds = {"club", "ship", "person", "us-state", "historical", "timezone", "goods", "abbrev", "equipment"}
    for part in (dev, test):
        assert kinds <= {t["kind"] for d in part for t in d["traps"]}
    # the test set's traps use other strings than the development set's, kind by kind: the name with
    # the words beside it ("Turkish delight" and "Turkish Van"; the U.S. state has one name only)
    def phrase(d, t):
        text = d["paragraphs"][t["paragraph"]]
        before, after = text[:t["start"]].split()[-1:], text[t["end"]:].split()[:1]
        return t["kind"], " ".join(before + [t["surface"]] + after).casefold()

    dev_strings = {phrase(d, t) for d in dev for t in d["traps"]}
    shared = {phrase(d, t) for d in test for t in d["traps"] if phrase(d, t) in dev_strings}
    assert not shared, shared


def test_development_set_figures():
    r = dev_figures()
    assert r["precision"] >= DEV_PRECISION and r["recall"] >= DEV_RECALL and r["trap_rate"] <= DEV_TRAP_RATE, (
        summary(r) + "\n" + "\n".join(r["fired"] + r["wrong"] + r["missed"]))
    assert not r["ranking_wrong"], r["ranking_wrong"]


def test_without_the_span_module_the_development_figures_fall(monkeypatch):
    monkeypatch.setattr(span, "read", lambda *a, **k: None)
    r = evaluate(Linker(gazetteer()), load("dev"))
    good = dev_figures()
    assert r["trap_rate"] > good["trap_rate"] + 0.3 and r["precision"] < good["precision"] - 0.15, summary(r)


# ---------------------------------------------------------------------------------------------
# time


def test_linking_time_grows_linearly_with_the_names_in_a_passage():
    """Two features named many times in one passage: 250 KB and 2 MB, timed in turn; the larger is
    8 times the text and may take at most 20 times as long (it was quadratic)."""
    lk = linker()
    unit = "Azerbaijan and Armenia met. "

    def run(size):
        text = (unit * (size // len(unit) + 1))[:size]
        t = time.process_time()
        mentions = lk.mentions(text)
        lk.links(text, "", mentions)
        return time.process_time() - t

    small, large = [], []
    for _ in range(2):
        small.append(run(250_000))
        large.append(run(2_000_000))
    assert min(large) / min(small) < 20, (small, large)


# ---------------------------------------------------------------------------------------------
# "a" before a place: the English article only where the sentence is English ("arrivato a Tbilisi" is "to
# Tbilisi"). The development cells were tuned on; the test cells (Catalan, and other sentences) measured once:
# 4 of 4 linked, both English traps still set aside.

A_PREPOSITION_DEV = [
    ("Il convoglio è arrivato a Tbilisi, poi è ripartito per Baku.", "tbilisi"),
    ("Trenul a ajuns la Tbilisi, apoi a Baku.", "baku"),
    ("Il treno diretto da Tbilisi a Baku.", "baku"),
    ("Viajamos primero a Tbilisi y luego a Baku.", "baku"),
]
A_PREPOSITION_TEST = [
    ("El comboi va arribar a Tbilisi, i després va seguir cap a Baku.", "tbilisi"),
    ("La delegazione è tornata a Baku, dove il ministro ha firmato l'accordo.", "baku"),
    ("A comitiva voltou a Baku, onde o ministro assinou o acordo.", "baku"),
    ("La delegación regresó a Tbilisi, donde el ministro firmó el acuerdo.", "tbilisi"),
]
A_ARTICLE_TRAPS = [
    ("The yard launched a Baku in March; it was the third ship of the class.", "baku"),
    ("They named a Baku, a new tanker, after the city.", "baku"),
]


@pytest.mark.parametrize("text,fid", A_PREPOSITION_DEV + A_PREPOSITION_TEST)
def test_a_preposition_before_a_place_links_it(text, fid):
    assert fid in {m.feature_id for m in linker().mentions(text)}


@pytest.mark.parametrize("text,fid", A_ARTICLE_TRAPS)
def test_the_english_article_before_a_place_named_thing_still_sets_it_aside(text, fid):
    assert fid not in {m.feature_id for m in linker().mentions(text)}
