"""The sweep of documents25's text kinds (tests/sweep_d25text.py): a byline's label or cue in a language the byline
grammar had no row for, a dateline's day with a dot before a month's word the major languages' parser does not know,
an agency item's transmission stamp over its slug and headline, a briefing's head (a body over its unit's line and a
label, the title cut after a comma over the guest's name), an agency's closing rights note in the languages the rights
table lacked, a front matter's date in figures read in the page's language's order."""
from tests import sweep_d16text
from tests.sweep_d25text import cells, figures, misses, part

# before (main's reader at 4e83b9c), 16 cells a half: dev titles 12, dates 7, authors 11, participants 16, bodies 16;
# test titles 13, dates 8, authors 12, participants 16, bodies 16
# after dotday (the day the search left before a month's word read again in the month's own language): dates 15
# after cuelang (the shared byline grammar's cues in Croatian, Serbian in both scripts, Bosnian, Slovene, Czech,
# Slovak, Hungarian, Romanian, Bulgarian, Greek, Swedish, Norwegian, Danish, Finnish; a cue's colon after a verb
# "Napsala: A"; a Cyrillic name in any Cyrillic alphabet, a Latin name with any extended small letter): authors 16
# after txstamp (an agency's transmission stamp alone on a line, its code, six figures, a zone, the month and year, is
# no title): titles 15; the trap "Gas flows up 12 per cent in March 2026" taken as a date line (its title lost, as on
# main: a headline holding a month and a year, a kind of its own left alone)
# briefhead added (19 cells a half), read by the reader at c553120: dev titles 15, dates 18, authors 16, participants
# 17, bodies 19; test titles 16, dates 18, authors 17, participants 16, bodies 19
# after briefhead (a body's name over its unit's line over a label is no title; a title line cut after a comma goes
# on to the line right under it; a briefing's guest the title names listed after the head's participants lines):
# titles 18, authors 18, participants 19; the speech trap's speaker lost to the body over it, the issuer's rule, as
# before the change (organisations as authors, another branch's kind, left alone)
# rightsnote added (24 cells a half), read by the reader at 78b59e9: dev titles 23, dates 23, authors 23,
# participants 24, bodies 20; test titles 24, dates 23, authors 22, participants 23, bodies 20
# after rightsnote ("all rights reserved" by meaning in 18 more languages, the rights table's one row): bodies 24
# fmdayfirst added (30 cells a half), read by the reader at e64da64: dev titles 29, dates 25, authors 29,
# participants 30, bodies 30; test titles 30, dates 25, authors 28, participants 29, bodies 30
# after fmdayfirst (a front matter's date in figures, day and month both twelve or less, day first where the page's
# title and description hold no word of English's): dates 29
DEV = {"cells": 30, "title": 29, "date": 29, "authors": 29, "participants": 30, "body": 30}
# The test half measured at the end (at 64ac0d1; each kind's test cells were also read once before its change, the
# figures above): titles 30, dates 29, authors 28, participants 29, bodies 30 of 30. Its misses: "BRATISLAVA 2.
# septembra 2026 (TASR) -" (a dateline with no comma after the place) no date; two briefings whose body stands over
# "Secretariat Press Office" / "Communications Department" read with the body as author (the press office's rule,
# organisations as authors, left alone); "Mrs Elena Marchetti" after a post with a hyphen and "for" not taken from
# the title (the turns' "MARCHETTI" left a surname).
TEST_FLOOR = {"cells": 30, "title": 30, "date": 29, "authors": 28, "participants": 29, "body": 30}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("cuelang", "dotday", "txstamp", "briefhead", "rightsnote", "fmdayfirst"), DEV, TEST_FLOOR, misses)


def test_a_dotted_day_before_a_month_the_major_parser_knows_not():
    from azmap.corpus.date_parse import parse_date

    assert parse_date("OSIJEK, 11. svibnja 2026. (Hina) -") == "2026-05-11"
    assert parse_date("PODGORICA, 14. oktobra 2026. (MINA) -") == "2026-10-14"
    assert parse_date("KRAGUJEVAC, 12. jula 2026. -") == "2026-07-12"
    assert parse_date("Izvještaj br. 7, travanj 2026") == "2026-04"  # a number and a comma: no day
    assert parse_date("Zagreb, studeni 2026") == "2026-11"


def test_a_bylines_cue_in_the_languages_added_and_its_look_alikes():
    from azmap.corpus.byline_grammar import cued_names

    assert cued_names("Pišu: Ivana Marić i Tomislav Kos") == "Ivana Marić i Tomislav Kos"
    assert cued_names("Szerző: Nagy Péter") == "Nagy Péter" and cued_names("Napsal: Jan Dvořák") == "Jan Dvořák"
    assert cued_names("Kirjoittaja: Aino Laine") == "Aino Laine" and cued_names("Γράφει: Νίκος Βλάχος") == "Νίκος Βλάχος"
    assert cued_names("Skrivet av Elin Berg") == "Elin Berg" and cued_names("Автори: Иван Петров") == "Иван Петров"
    for line in ("Foto: Ivan Horvat", "Izvor: Hina", "Piše li Europa novo poglavlje", "Fotó: Nagy Péter"):
        assert cued_names(line) is None, line


def test_a_name_in_any_cyrillic_alphabet_or_with_any_latin_small_letter():
    from azmap.corpus.person_names import _PERSON

    for name in ("Јелена Јовановић", "Іван Петренко", "Ђорђе Љубић", "Ștefan Ionuț", "Ирина Волкова"):
        assert _PERSON.match(name), name
    for name in ("ЈЕЛЕНА ЈОВАНОВИЋ", "јелена јовановић", "Baku 2026"):
        assert not _PERSON.match(name), name


def test_an_agencys_transmission_stamp_is_no_title():
    from azmap.corpus.header_lines import _is_slug
    from azmap.corpus.teleprinter import stamp_line

    for line in ("BTA  221730 EET окт 26", "TASR 030915 SEČ mar 26", "290815 GMT JAN 27", "MTI 120900 CET márc. 26"):
        assert stamp_line(line) and _is_slug(line), line
    for line in ("Gas flows up 12 per cent in March 2026", "Order 171245 of 3 May 26", "HINA 17 nov 2026",
                 "Tel. 041530 GMT MAR 26 ext 4"):
        assert not stamp_line(line), line


def test_a_title_cut_after_a_comma_goes_on_and_a_body_over_its_unit_and_a_label_is_no_title():
    from azmap.corpus.header_lines import comma_run_on
    from azmap.corpus.reading import read

    assert comma_run_on("Briefing by the Special Envoy for the Caspian,", "Ambassador Mira Solberg")
    assert not comma_run_on("Briefing by the Special Envoy for the Caspian,", "Tuesday, 3 March 2026, 10:00")
    assert not comma_run_on("Briefing by the Special Envoy for the Caspian", "Ambassador Mira Solberg")
    assert not comma_run_on("Ports, ferries and rail,", "Moderator: Ruth Okafor")
    import tempfile
    from pathlib import Path

    text = ("KURA RIVER BASIN COMMISSION\nDepartment of Public Information\n\nTRANSCRIPT\n\n"
            "Press briefing by the Special Envoy for the Caspian,\nAmbassador Mira Solberg\n\nTuesday, 3 March 2026\n\n"
            "Moderator: Jonas Vogt, Spokesperson\n\nMODERATOR: Welcome. The Envoy will make a statement and take "
            "your questions on the water talks.\n\nSOLBERG: The two sides agreed on a new schedule of releases from "
            "the reservoir and on a joint station for measuring the river's flow.\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "briefing.txt"
        path.write_text(text, encoding="utf-8")
        meta = read(path).meta
    assert meta.title == "Press briefing by the Special Envoy for the Caspian, Ambassador Mira Solberg"
    assert meta.authors == [] and meta.participants == ["Jonas Vogt", "Mira Solberg"]


def test_all_rights_reserved_by_meaning_and_a_paragraph_on_rights_no_notice():
    from azmap.corpus.boilerplate import is_rights_notice

    for line in ("Wszelkie prawa zastrzeżone.", "Tutti i diritti riservati.", "Alle rechten voorbehouden.",
                 "Всички права запазени.", "Alla rättigheter förbehållna.", "© 2026 Kaspi Media. Усі права захищені."):
        assert is_rights_notice(line), line
    for line in ("Sindikati traže da se poštuju sva prava radnika u luci.",
                 "Minden jog a parlamenté, mondta a miniszter a vitában, és a törvény módosítását kérte."):
        assert not is_rights_notice(line), line


def test_a_front_matters_date_in_figures_in_the_pages_languages_order():
    from azmap.corpus.front_matter import _day_first_where_not_english as day_first

    assert day_first("03-12-2026 08:30", {"title": "Wasserstoff aus Baku: Pläne und Zweifel"}) == "2026-12-03"
    assert day_first("07/04/2026", {"title": "Le gaz de la Caspienne", "summary": "Un entretien"}) == "2026-04-07"
    assert day_first("03-12-2026", {"title": "Hydrogen from Baku: the plans and the doubts"}) is None
    assert day_first("25-03-2026", {"title": "Wasserstoff aus Baku"}) is None  # (no doubt: parse_date reads it)
    assert day_first("2026-03-12", {"title": "Wasserstoff aus Baku"}) is None
    assert day_first("03-12-2026", {}) is None  # no words to judge by
