"""The sweep of documents19's plain-text kinds (tests/sweep_d19text.py): a wrap at a sentence's end inside a
block set apart by blank lines, a masthead framed by rules over the headline, a labelled credit line under the
title, a name alone at the foot answered by its full form above. The development cells at the figures reached
while tuning; the test cells at what they read when measured once."""
from tests import sweep_d16text
from tests.sweep_d19text import cells, figures, misses, part

# main's reader (bd40a66) on the whole development half as it stands (27 cells): titles 18, dates 23, authors 19,
# bodies 14
# before (main's reader at bd40a66), the first four kinds' cells, written before the reader was changed:
# dev titles 12, dates 11, authors 9, bodies 8 of 15; test titles 11, dates 11, authors 10, bodies 11 of 15
# after the wrap (a short line ending a sentence inside a block set apart by blank lines): dev bodies 12
# after the masthead between rules: dev titles 15, dates 14, bodies 14
# after the labelled credit under the title: dev authors 12
# after the surname signed at the foot and the date-time group: dev dates 15, authors 14
# the page breaks' cells (a second batch of 4 a half, written then): with them, dev titles 16, dates 19, authors 18,
# bodies 18 of 19; the test half's figures with them, read then (unchanged reader but for the first four kinds):
# titles 14, dates 19, authors 17, bodies 18 of 19
# after the page breaks' change (a stamp on every page no title, a line beside the page line that comes back
# numbers aside a running head): dev titles 19
# after a byline over a line that only looks like a name: dev authors 19
# after a clause cut off by a line break (no heading; it runs on): dev bodies 19
# the forms' cells (a third batch of 4 a half, written then): with them, dev titles 20, bodies 20 of 23, the rest 23;
# the test half's figures with them, read then: titles 19, dates 23, authors 21, bodies 19 of 23
# after a form's fields in a run read as a record (and a field after an indented paragraph, a value under its
# label alone, a block of its own): dev bodies 23
# after a form's title field over the portal's line: dev titles 23
# the tables' cells (a fourth batch of 4 a half, written then): with them, dev bodies 24 of 27, the rest 27; the
# test half's figures with them, read then: titles 26, dates 27, authors 25, bodies 24 of 27
# after the fixed-width table (its rows a table's, its heading row one's, its rules no rule of the text): dev bodies 27
# the forms' cells given their authors (the official name, an organisation), before the reader reads them: dev
# authors 25 (the test half read then: authors 22)
# after a form's official name field naming its issuer: dev authors 27
DEV = {"cells": 27, "title": 27, "date": 27, "authors": 27, "participants": 27, "body": 27}
# the test half, its 27 cells read with main's reader (bd40a66): titles 16, dates 23, authors 19, bodies 18; measured
# once at the end (a09d3d9), nothing tuned on it: titles 26 (a Turkish masthead's company line taken as the title),
# dates 27, authors 25 (a Polish name alone under a publication's line read as the publication's; "Jean-Marc
# Dubois" signed "DUBOIS" named "Marc Dubois": the name's word leaves out the hyphen), bodies 26 (a contact line
# at the foot, "Contact : Name, post", kept in the body)
TEST_FLOOR = {"cells": 27, "title": 26, "date": 27, "authors": 25, "participants": 27, "body": 26}


test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("wrap", "masthead", "credit", "signed", "pagebreak", "form", "table"), DEV, TEST_FLOOR, misses)


def test_each_half_has_a_trap_of_every_kind():
    for name in ("dev", "test"):
        names = [c.name for c in part(name)]
        for kind in ("wrap", "masthead", "credit", "signed", "pagebreak", "form", "table"):
            assert any(n.startswith(kind) and n.endswith("trap") for n in names), (name, kind)


def _paragraphs(text: str) -> list[str]:
    from azmap.corpus.segment import segment

    return [" ".join(p.text.split()) for p in segment(text) if p.kind == "body"]


WIDE = "The operators said the backlog of wagons would take about ten days to clear, and"


def test_a_short_line_ending_a_sentence_inside_a_spaced_block_is_a_wrap():
    from azmap.corpus import plain_forms

    lines = ["Shippers were less sure.", "Several forwarders said they had already moved part of their cargo to",
             "the road route through Russia and would not bring it back before spring.", "", "Second paragraph."]
    assert plain_forms.wrap_runs_on(lines, 0, 70, lambda x: False)
    assert not plain_forms.wrap_runs_on(["Present:"] + lines[1:], 0, 70, lambda x: False)  # a label, no sentence
    assert not plain_forms.wrap_runs_on(["    Union. Baku: Araz Press."] + lines[1:], 0, 70, lambda x: False)  # margin
    assert not plain_forms.wrap_runs_on(lines[:2] + [""], 0, 70, lambda x: False)  # a title over two lines
    text = ("A note on the ferries\n\nBy Nigar Aliyeva\n\n" + "The ferries between Aktau and Alat sailed on Monday.\n"
            f"{WIDE}\n{WIDE}\ntwo extra sailings were added to the timetable.\n\n"
            f"Shippers were less sure.\n{WIDE}\n{WIDE}\nthe forwarders kept their cargo on the road.\n")
    got = _paragraphs(text)
    assert any(p.startswith("Shippers were less sure. The operators said") for p in got), got


def test_a_text_with_no_blank_line_after_a_sentence_ends_its_paragraphs_at_short_lines():
    text = ("A note on the zone\n\nThe free zone at Alat took its first tenants in 2024, after three years\n"
            "of building work next to the new port.\nIts rules follow the model of the Gulf's zones: foreign\n"
            "companies may own their businesses outright and pay no customs duty at all.\n"
            "The government expects the zone to employ five thousand people by the\nend of the decade.\n")
    got = _paragraphs(text)
    assert len(got) == 3 and got[2].startswith("The government expects"), got


def test_a_masthead_between_rules_gives_way_to_the_headline_under_it():
    from azmap.corpus.metadata import from_text

    rule = "=" * 76
    text = (f"BALTIC GRAIN DESK  |  Weekly\n{rule}\nGRAIN FREIGHT WEEKLY{' ' * 24}No. 7/2025{' ' * 8}Tuesday 4 March 2025\n"
            f"{rule}\n\nWheat rates firm at Aktau\n\n" + "\n".join([WIDE] * 3) + " the ships were late.\n")
    meta = from_text(text)
    assert (meta.title, meta.date) == ("Wheat rates firm at Aktau", "2025-03-04")
    underlined = f"4 March 2025\n\nThe Caspian\n\nWheat rates firm at Aktau\n{'-' * 25}\n\nNigar Aliyeva\n\n{WIDE}.\n"
    assert from_text(underlined).title == "Wheat rates firm at Aktau"  # a rule under a title: its underline


def test_a_labelled_credit_under_the_title_names_the_author_and_her_post():
    from azmap.corpus.metadata import from_text

    body = "\n\n" + "\n".join([WIDE] * 3) + " the ships were late.\n"
    for credit, want in [("Análisis: Marta Ruiz Vidal, jefa de estudios", [("Marta Ruiz Vidal", "jefa de estudios")]),
                         ("Обзор: Анна Петрова, ведущий аналитик", [("Анна Петрова", "ведущий аналитик")]),
                         ("Source: Ministry of Energy, monthly statistics", []),  # an institution: nobody
                         ("Guest: Rauf Karimli, Baku Transport Institute", []),  # a participant, no author
                         ("Teilnehmer: Anke Vogel, Jonas Keller und Eva Roth", []),  # people listed, no post
                         ("Katılımcılar: Elif Karaca, Zeynep Aksoy, ve Şebnem Koç", []),
                         ("Analysts: Leila Hosseini, Hannah Whitfield", [("Leila Hosseini", None),
                                                                         ("Hannah Whitfield", None)])]:
        meta = from_text(f"Ferry rates hold at Alat\n\n12 May 2025\n\n{credit}{body}")
        assert [(a["name"], a["affiliation"]) for a in meta.authors] == want, credit


def test_a_surname_alone_at_the_foot_is_named_in_full_by_the_labelled_line_over_it():
    from azmap.corpus.metadata import from_text

    body = "\n".join([WIDE] * 3) + " the ships were late.\n\n" + "\n".join([WIDE] * 3) + " nobody knew why.\n\n"
    head = "NOTA\n\nASUNTO: Los ferris de Alat\nFECHA: 3 de marzo de 2025\nRedactado por: Primera Secretaria Inés Vidal Soto\n\n"
    meta = from_text(head + body + "VIDAL SOTO\n")  # two surnames signed: not one word, nobody
    assert meta.authors == []
    meta = from_text(head.replace("Inés Vidal Soto", "Inés Soto") + body + "SOTO\n")
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [("Inés Soto", "Primera Secretaria")]
    assert not from_text(head + body + "ENDS\n").authors  # an end mark
    assert not from_text(head.replace("Inés Vidal Soto", "Inés Soto") + body + "VIDAL\n").authors  # named nowhere


def test_a_messages_date_time_group_dates_it_over_a_referenced_day():
    from azmap.corpus import signed_surname
    from azmap.corpus.metadata import from_text

    assert signed_surname.group_date("O 020815Z FEB 26\nFM X\n") == "2026-02-02"
    assert signed_surname.group_date("R 141032Z OCT 2025\n") == "2025-10-14"
    assert signed_surname.group_date("Reference 141032Z\n") is None and signed_surname.group_date("R 991032Z OCT 25") is None
    text = ("P 051200Z APR 25\nFM EMBASSY X\n\nSUBJECT: FERRIES AT ALAT\n\nREF: X 000121 (MAR 30, 2025)\n\n"
            + "\n".join([WIDE] * 3) + " the ships were late.\n")
    assert from_text(text).date == "2025-04-05"


def test_a_line_beside_the_page_line_that_comes_back_numbers_aside_is_a_running_head():
    from azmap.corpus import boilerplate, plain_forms

    texts = ["RESTRICTED", "Página 1 de 2", "", "PARTE 1 DE 2 - INFORME 9/2025", "", "Texto.", "", "RESTRICTED",
             "Página 2 de 2", "PARTE 2 DE 2 - INFORME 9/2025", "", "Más texto.", "", "RESTRICTED"]
    got = plain_forms.beside_page_lines(texts, boilerplate.names_its_page, boilerplate.running_head_key)
    assert got == {9}  # (the stamp, repeated word for word, is another rule's; the page line itself too)
    texts[9] = "El puerto abrió el segundo muelle en 2025."  # the text's own line under the page line
    assert plain_forms.beside_page_lines(texts, boilerplate.names_its_page, boilerplate.running_head_key) == set()


def test_a_stamp_on_every_page_is_no_title():
    from azmap.corpus.metadata import from_text

    para = "\n".join([WIDE] * 3) + " the ships were late.\n\n"
    text = ("NUR FÜR DEN DIENSTGEBRAUCH\nSeite 1 von 2\n\nFähren im Kaspischen Meer\n\n6. August 2025\n\n" + para
            + "NUR FÜR DEN DIENSTGEBRAUCH\nSeite 2 von 2\n\n" + para + "NUR FÜR DEN DIENSTGEBRAUCH\n")
    assert from_text(text).title == "Fähren im Kaspischen Meer"


def test_a_byline_names_the_writer_over_a_line_under_the_title_that_only_looks_like_a_name():
    from azmap.corpus.metadata import from_text

    para = "\n".join([WIDE] * 3) + " the ships were late.\n"
    for paper, byline, name in [("Kaspischer Logistikbrief", "Von Jonas Keller", "Jonas Keller"),
                                ("Caspian Freight Notes", "By Samir Aliyev", "Samir Aliyev")]:
        meta = from_text(f"Neue Fähre ab April\n\n{paper}\n\n21. Januar 2025\n\n{byline}\n\n{para}")
        assert [a["name"] for a in meta.authors] == [name]


def test_a_clause_cut_off_by_a_line_break_runs_on_whatever_case_the_next_line_opens_with():
    from azmap.corpus import plain_forms

    text = ("Der Gasmarkt vor dem Winter\n\n4. November 2025\n\nDie Raten sind gefallen.\n\n"
            "Die Makler erwarten, dass der Markt schwach bleibt, bis das neue\n"
            "Ladeprogramm veröffentlicht ist und die Befrachter wieder planen können.\n")
    assert "Die Makler erwarten, dass der Markt schwach bleibt, bis das neue Ladeprogramm veröffentlicht ist und die " \
           "Befrachter wieder planen können." in _paragraphs(text)
    assert not plain_forms.cut_clause("Rates, routes and risks on the Caspian")  # a heading: capitals, few words


def test_a_forms_fields_in_a_run_are_a_record_and_a_turn_or_a_reference_is_none():
    from azmap.corpus import plain_forms

    assert plain_forms.is_record(["  I.1) Nom officiel : Autorité portuaire de Poti", "  I.2) Adresse : 3 rue du Port"])
    assert plain_forms.is_record(["II.1.1) Título:", "    Suministro de grúas para el puerto de Alat",
                                  "II.1.2) Código CPV principal: 42414000 Grúas"])
    assert not plain_forms.is_record(["Host: Welcome back to the programme, and thank you for joining us.",
                                      "Guest: Thank you for having me, it is good to be back."])
    assert not plain_forms.is_record(["HOST: Did the ferry leave?", "OMAR: Yes.", "HOST: When?"])
    assert not plain_forms.is_record(["Gurbanova, L. (2019). Islands on Land: Exclaves of the Former Soviet",
                                      "    Union. Baku: Araz Press."])
    para = "\n".join("    " + line for line in [WIDE] * 3) + "\n    the works will take a year.\n"
    text = ("Vergabeplattform - Bekanntmachung\n\n  I.1) Offizielle Bezeichnung: Georgische Eisenbahn AG\n"
            "  II.1.4) Kurze Beschreibung:\n" + para + "  I.2) Postanschrift: Bahnhofsplatz 1, 0112 Tiflis, Georgien\n"
            "    Kontaktstelle: Abteilung Beschaffung, z. Hd. Frau Nino Beridze\n    E-Mail: vergabe@bahn.example\n"
            "  I.6) Haupttätigkeit: Personen- und Güterverkehr auf der Schiene, Instandhaltung der Strecken\n"
            "  II.2.4) Beschreibung der Beschaffung:\n" + para + "  IV.2.2) Schlusstermin: 31/10/2025\n"
            "  IV.2.4) Sprachen: Deutsch, Georgisch\n  II.2.14) Zusätzliche Angaben:\n" + para)
    got = _paragraphs(text)
    assert not any("Postanschrift" in p or "Sprachen" in p for p in got) and any(p.endswith("a year.") for p in got), got


def test_a_forms_title_field_gives_the_title_over_the_portals_line():
    from azmap.corpus import plain_forms
    from azmap.corpus.metadata import from_text

    assert plain_forms.title_field("Portal\n\n  II.1.1) Intitulé :\n    Dragage du chenal de Poti\n") == \
        "Dragage du chenal de Poti"
    assert plain_forms.title_field("Portal\n\n  2.1) Tytuł: Remont nabrzeża w Batumi\n") == "Remont nabrzeża w Batumi"
    assert plain_forms.title_field("Portal\n\n  Subject:\n    Dredging at Poti\n") is None  # no title's label
    para = "\n".join("    " + line for line in [WIDE] * 3) + "\n    the works will take a year.\n"
    text = ("Portal zamówień - Ogłoszenie        [Drukuj]\nhttps://portal.example/n/1\n\n"
            "  I.1) Oficjalna nazwa: Port Morski Batumi\n\n  II.1.1) Tytuł:\n    Remont nabrzeża zbożowego w porcie Batumi\n"
            "  II.1.4) Krótki opis:\n" + para)
    assert from_text(text).title == "Remont nabrzeża zbożowego w porcie Batumi"


def test_a_fixed_width_table_is_read_as_a_table_between_paragraphs():
    from azmap.corpus import plain_forms

    rule = "-" * 60
    lines = ["TRAFIC PAR PORT (milliers de t)      T3 2025     T3 2024", rule, "Bakou (Alat)        4 210       3 880",
             "Aktaou              3 105       3 240", rule, "Source : autorités portuaires."]
    assert plain_forms.fixed_table(lines) == {0: "head", 1: "rule", 2: "row", 3: "row", 4: "rule"}
    assert plain_forms.fixed_table(["The port handled 1,240 t.  Rates rose by 5%.  Owners asked for more.",
                                    "Brokers expect 15.  Others 16.  Nobody 17."]) == {}
    para = "\n".join([WIDE] * 3) + " the ships were late.\n"
    text = ("Port throughput\n\n6 October 2025\n\n" + para + "\n" + "\n".join(lines) + "\n\n" + para + "\n"
            + para.replace("late", "early"))
    got = _paragraphs(text)
    assert got[-1].endswith("the ships were early.") and not any("TRAFIC" in p for p in got), got


def test_a_forms_official_name_field_names_its_issuer():
    from azmap.corpus.metadata import from_text

    para = "\n".join("    " + line for line in [WIDE] * 3) + "\n    the works will take a year.\n"
    for field, want in [("I.1) Denominación oficial: Puerto Comercial de Alat", ["Puerto Comercial de Alat"]),
                        ("I.1) Официальное наименование: Порт Актау", ["Порт Актау"]),
                        ("I.1) Contact point: Procurement Office", [])]:
        text = (f"Portal - Notice\n\n  {field}\n\n  II.1.1) Title:\n    Cranes for the port\n"
                "  II.1.4) Short description:\n" + para)
        assert [a["name"] for a in from_text(text).authors] == want, field
