"""The second sweep of authors (tests/sweep_authors2.py): common-word surnames, the region's names with no
cue, look-alikes in a byline's and a signature's positions, and affiliations from signature blocks and
biographies, at the figures reached; and the steps' own questions on strings of their own."""
import pytest

from azmap.corpus import name_words, signature_lines
from tests.sweep_authors2 import (AFFILIATED, AFFILIATED_ADDED, AFFILIATED_LATER, COMMON, NAMED, NAMED_ADDED,
                                  NAMED_LATER, REGIONAL, TRAPPED, TRAPPED_ADDED, TRAPPED_LATER, TRAPPED_LATER2,
                                  TRAPPED_LATER3, TRAPS, cells, figures, halves, misses)

# the reader before this work read the development half at authors 132 of 153, affiliations 19 of 51, 8 body
# paragraphs lost (148 of 189 and 19 of 51 with the templates added while tuning, 217 of 240 and 53 of 75 with
# the second lot, 240 of 249 with the look-alikes after a cue); it reads all of them now
DEV = {"cells": 249, "authors": 249, "affiliation": 75, "body lost": 0}
# the test half, measured once at the end of the first round of changes: authors 133 of 153, affiliations 35 of
# 51 (before any change: 133, 34); its misses (look-alikes at the end, several biographies, a place after the
# institution, a web page's bold line written as asterisks, which the sweep now writes as <strong>) were then
# taken up as kinds with templates of other wordings (ADDED, LATER2); read again after them (no longer unseen):
TEST = {"cells": 153, "authors": 151, "affiliation": 51, "body lost": 0}
# the later batch (names in capitals), measured before the change (authors 18 of 36) and once after (32 of 36;
# 35 once the sweep wrote bold as <strong>): "ÇAKIR" cannot say whether its I is dotless
LATER = {"cells": 36, "authors": 35, "body lost": 0}
# the second later batch (several biographies, a place after the institution, look-alikes at the end), written
# before the changes it measures: before, authors 22 of 45, affiliations 6 of 18; once after, 42 and 18 ("Green
# Deal" at the end: "Green" is a given name's form)
LATER2 = {"cells": 45, "authors": 42, "affiliation": 18, "body lost": 0}
# the third later batch (look-alikes after cues: "Von", "Author:", "By …, date"), written before the change it
# measures: before, 4 of 27 right; once after, 8 (a web page's byline was not checked); then, the page's
# authors checked too (no longer unseen), 24 ("Green Deal" again)
LATER3 = {"cells": 27, "authors": 24, "body lost": 0}


def test_the_halves_are_apart_in_templates_names_and_look_alikes():
    for forms in (NAMED, TRAPPED, AFFILIATED):
        dev, test = halves(forms, "dev"), halves(forms, "test")
        assert dev and test and not {f[1] for f in dev} & {f[1] for f in test}
    for pool in (COMMON, REGIONAL, TRAPS):
        assert not set(pool["dev"]) & set(pool["test"])
    later = {f[1] for f in NAMED_LATER + TRAPPED_LATER + AFFILIATED_LATER + TRAPPED_LATER2 + TRAPPED_LATER3}
    assert not later & {f[1] for f in NAMED + TRAPPED + AFFILIATED + NAMED_ADDED + TRAPPED_ADDED + AFFILIATED_ADDED}


def test_every_cell_states_what_it_is_measured_on():
    for part in ("dev", "test", "later", "later2", "later3"):
        for cell in cells(part):
            assert "{" not in cell.text.replace("{\n", ""), cell.name
            assert all(name.upper() in cell.text.upper() for name in cell.authors), cell.name
        assert {c.fmt for c in cells(part)} == {"txt", "md", "html"}


@pytest.mark.parametrize("part,want", [("dev", DEV), ("test", TEST), ("later", LATER), ("later2", LATER2),
                                       ("later3", LATER3)])
def test_the_sweep_stays_at_its_figures(part, want):
    got = figures(part)
    assert got["cells"] == want["cells"]
    short = {f: (got[f], w) for f, w in want.items() if f != "cells" and (got[f] > w if f == "body lost" else got[f] < w)}
    assert not short, (short, [(c.name, r["got"]) for c, r in misses(part)][:10])


@pytest.mark.parametrize("word,place", [("Gori", True), ("Tabriz", True), ("Lachin", True), ("Caspian", True),
                                        ("Mingachevir", True), ("Yıldız", False), ("Nino", False), ("Tom", False)])
def test_a_place_s_word_from_the_gazetteer(word, place):
    assert name_words.place_word(word) is place


@pytest.mark.parametrize("line,nobody", [
    ("Energy Desk", True), ("Caspian Week", True), ("New Silk", True), ("Daily Brief", True), ("Middle Corridor", True),
    ("Gori Kutaisi", True), ("Batumi Poti", True), ("Weekly Outlook", True), ("Zangezur Corridor", True),
    ("Tom Winter", False), ("Anna Black", False), ("Elena Bird", False), ("Zeynep Aydın", False),
    ("Elif Yıldız", False), ("Levan Gelashvili", False), ("Nino Kvaratskhelia", False),
])
def test_an_outlet_s_or_places_words_name_no_one_a_given_name_before_a_common_word_does(line, nobody):
    assert name_words.names_no_one(line) is nobody


def test_a_given_name_is_not_the_body_s_own_word():
    assert name_words.given_name_form("Tom") and not name_words.given_name_form("Tom", "and Tom said so")
    assert name_words.given_name_form("Anna", "Anna Black is a fellow".replace("Anna Black", ""))
    assert not name_words.given_name_form("Absheron") and not name_words.given_name_form("Georgian")


@pytest.mark.parametrize("line,want", [
    ("LEVAN GELASHVILI", "Levan Gelashvili"), ("HASMIK MANUKYAN", "Hasmik Manukyan"), ("ŞULE DOĞAN", "Şule Doğan"),
    ("ARASH TAVAKOLIZADEH", "Arash Tavakolizadeh"), ("MARIAM TER-GHAZARYAN", "Mariam Ter-Ghazaryan"),
    ("ENERGY DESK", None), ("GORI KUTAISI", None), ("PRESS RELEASE", None), ("KEY POINTS", None),
    ("ANNA BLACK", None), ("SOUTH CAUCASUS", None), ("EXECUTIVE SUMMARY", None),
])
def test_a_name_in_capitals_only_with_a_surname_s_form(line, want):
    assert name_words.from_capitals(line) == want


def test_a_signature_block_gives_its_organisation_over_the_post():
    block = ["Head of Ro-Ro Operations", "Kura Terminal Group | Port of Alat", "Tel.: +994 12 555 01 62"]
    assert signature_lines.organisation_under(block) == "Kura Terminal Group"
    assert signature_lines.organisation_under(["руководитель отдела", "ООО «Каспий»"]) == "ООО «Каспий»"
    assert signature_lines.organisation_under(["Director, Transport Research Unit"]) is None  # one line: as printed
    assert signature_lines.organisation_under(["Senior Analyst", "Baku, Azerbaijan"]) is None
    assert signature_lines.organisation_under(["Head of Operations", "s.young@example.org", "Kura Group"]) is None


_BODY = ("The ferry to Turkmenbashi left on time for the first week since March, and the trucks waited less.\n\n"
         "Customs officers say the new scanners cut the inspection of a truck to twenty minutes.\n\n")


@pytest.mark.parametrize("closing", ["Best regards,", "Mit freundlichen Grüßen", "Cordialement,", "С уважением,"])
def test_a_letter_s_signature_block_in_several_languages(closing):
    from azmap.corpus.metadata import from_text

    text = f"Dear colleagues,\n\n{_BODY}{closing}\n\nŞule Doğan\nHead of Operations\nAbsheron Freight Consulting\n" \
           "Tel.: +994 12 555 01 62\n"
    meta = from_text(text)
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [("Şule Doğan", "Absheron Freight Consulting")]
    assert meta.body_end is not None and "Customs officers" in text[:meta.body_end]
    assert closing not in text[:meta.body_end]


def test_biographies_give_the_head_s_authors_their_institutions_and_are_no_body():
    from azmap.corpus.metadata import from_text

    text = (f"Freight on the Kars line\n\nBy Tom Winter and Nino Beridze\n\n{_BODY}About the authors\n\n"
            "Tom Winter is a senior fellow at the Caspian Policy Centre, where he works on ports.\n\n"
            "Nino Beridze est chercheuse à l'Institut des études caucasiennes à Tbilissi.\n")
    meta = from_text(text)
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [
        ("Tom Winter", "Caspian Policy Centre"), ("Nino Beridze", "Institut des études caucasiennes")]
    assert "About the authors" not in text[:meta.body_end] and "twenty minutes" in text[:meta.body_end]
    spoken_of = f"Freight on the Kars line\n\nBy Tom Winter\n\n{_BODY}Nino Beridze is a driver at the Alat port.\n"
    assert [(a["name"], a["affiliation"]) for a in from_text(spoken_of).authors] == [("Tom Winter", None)]


def test_a_forward_s_sender_takes_the_organisation_his_signature_gives_and_his_message_is_the_body():
    from azmap.corpus.metadata import from_text

    text = ("From: Sabina Karimova <s.karimova@example.org>\nSent: Tuesday, 8 July 2025 10:47\nTo: Ops\n"
            "Subject: Fwd: Ferry slots\n\nSee below.\n\nSabina\n\n---------- Forwarded message ---------\n"
            "From: Tom Winter <t.winter@example.org>\nDate: Mon, 7 Jul 2025 at 16:32\nSubject: Ferry slots\n"
            f"To: Carriers\n\n\nDear colleagues,\n\n{_BODY}Kind regards,\n\nTom Winter\nHead of Operations\n"
            "Kura Terminal Group\nTel.: +994 12 555 01 62\n")
    meta = from_text(text)
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [("Tom Winter", "Kura Terminal Group")]
    assert meta.body_start < text.index("Customs officers") < meta.body_end


def test_turkish_and_azerbaijani_capitals_open_a_name():
    from azmap.corpus.metadata import _is_personal_name

    assert _is_personal_name("Şule Doğan") and _is_personal_name("İlham Əliyev") and _is_personal_name("Özlem Çakır")
    assert not _is_personal_name("Şirvan Gazette")


@pytest.mark.parametrize("line,want", [
    ("By Energy Desk", [("Energy Desk", True)]), ("Von Caspian Week", [("Caspian Week", True)]),
    ("Author: Batumi Poti", []), ("By Leyla Black", [("Leyla Black", False)]), ("By Tom Winter", [("Tom Winter", False)]),
])
def test_after_a_cue_a_desk_is_an_organisation_places_are_nobody_a_name_is_a_person(line, want):
    from azmap.corpus.metadata import from_text

    meta = from_text(f"Freight on the Kars line\n\n{line}\n\n{_BODY}")
    assert [(a["name"], bool(a.get("organisation"))) for a in meta.authors] == want


def test_a_biography_over_the_body_does_not_end_it():
    from azmap.corpus import bio_notes
    from azmap.corpus.metadata import Metadata

    long_paragraph = "The railway from Kars to Akhalkalaki carried more freight than ever. " * 6
    text = f"Freight\n\nBy Tom Winter\n\nTom Winter is a fellow at the Caspian Policy Centre.\n\n{long_paragraph}\n"
    meta = Metadata()
    meta.authors = [{"name": "Tom Winter", "affiliation": None}]
    bio_notes.settle(meta, text, 8)
    assert meta.body_end is None and meta.authors[0]["affiliation"] is None
    meta.authors = [{"name": "Tom Winter", "affiliation": None}]
    bio_notes.settle(meta, f"Freight\n\nBy Tom Winter\n\n{long_paragraph}\n\nTom Winter is a fellow at the Kura "
                           "Institute.\n", 8)
    assert meta.authors[0]["affiliation"] == "Kura Institute" and meta.body_end > 8
