"""Page furniture by what it is (azmap.corpus.boilerplate): credit and licence lines in any
language, related-links lines, hatnotes, running heads and the site's own lines — and the prose
beside them left alone."""
import pytest

from azmap.corpus import boilerplate as bp


@pytest.mark.parametrize("line", ["© Harbour Weekly 2021. All rights reserved.",
                                  "Text is available under the Creative Commons Attribution-ShareAlike License.",
                                  "Fonte: voce «Lago» degli autori di Wikilago, licenza CC BY-SA 3.0.",
                                  "Источник: статья участников, лицензия CC BY-SA 4.0",
                                  "(c) 2019 Kura Wire"])
def test_credit_and_licence_lines(line):
    assert bp.is_credit_line(line)


@pytest.mark.parametrize("line", ["The harbour was rebuilt in 2019 after the storm and opened to ferries again.",
                                  "Copyright law in the region has changed little.",
                                  "The licence to drill was granted by the ministry in 2015 for ten years."])
def test_prose_is_no_credit_line(line):
    assert not bp.is_credit_line(line)


@pytest.mark.parametrize("line", ["See also: Kura · Mugan Plain · Mingachevir Reservoir",
                                  "Voir aussi : Ports | Route transcaspienne | Chantier naval",
                                  "Mehr zum Thema: Gas · Pipeline",
                                  "Home | Guides | About | Contact"])
def test_related_links_lines(line):
    assert bp.is_links_line(line)


@pytest.mark.parametrize("line", ["Baku, Tbilisi and Kars are linked by rail.",
                                  "The line runs through Georgia | a fact few remember | and ends in Turkey, "
                                  "where the tankers load their cargo every day of the week.",
                                  "Q: What changed in 2020? A: The road."])
def test_prose_is_no_links_line(line):
    assert not bp.is_links_line(line)


def test_hatnotes_point_elsewhere():
    assert bp.is_hatnote("This article is about the lake. For the town, see Goygol. For the park, see Goygol Park.")
    assert bp.is_hatnote("*For the river in Turkey, see Kura (Turkey).*")
    assert bp.is_hatnote("Dieser Artikel behandelt den See. Zur Stadt siehe Göygöl.")
    assert not bp.is_hatnote("The lake lies at 1,556 metres. Its water is clear and cold, and trout live in it.")
    assert not bp.is_hatnote("For decades the road was closed; see the map for where it ran, which the survey "
                             "of 1987 drew in great detail for the ministry and its engineers in the capital.")


def test_running_heads_come_back_with_their_page_numbers():
    lines = ["Page 7 | Journal of Lakes", "A paragraph.", "Page 8 | Journal of Lakes", "Another paragraph.",
             "Lakes · Vol. 3 · Spring", "Lakes · Vol. 3 · Spring", "Lakes · Vol. 3 · Spring", "Baku", "Baku"]
    heads = bp.running_heads(lines)
    assert bp.running_head_key("Page 9 | Journal of Lakes") in heads
    assert bp.running_head_key("Lakes · Vol. 3 · Spring") in heads
    assert bp.running_head_key("Baku") not in heads and bp.running_head_key("A paragraph.") not in heads


def test_the_site_speaking():
    assert bp.names_the_site("Subscribe to Caspian Trails", "Caspian Trails")
    assert not bp.names_the_site("Caspian Trails is a guide we wrote over ten years of walking in the hills "
                                 "of the south and the north.", "Caspian Trails")
    assert not bp.names_the_site("Subscribe to Caspian Trails", None)


def test_a_page_with_furniture_gives_only_its_prose():
    from azmap.corpus.segment import segment

    text = ("# Goygol\n\nThis article is about the lake. For the town, see Goygol (town).\n\n"
            "Goygol is a lake in the Murov mountains, formed when a landslide dammed a river in 1139.\n\n"
            "Its water is clear, and the national park around it is closed to cars in summer.\n\n"
            "Subscribe to Lake Notes\n\n"
            "See also: Maralgol · Murovdag · Ganja\n\n"
            "Text is licensed under CC BY-SA 4.0; the mirror adds nothing.\n\n"
            "Alle Rechte vorbehalten.\n")
    passages = segment(text, site="Lake Notes")
    body = [p.text for p in passages if p.kind == "body"]
    assert body == ["Goygol is a lake in the Murov mountains, formed when a landslide dammed a river in 1139.",
                    "Its water is clear, and the national park around it is closed to cars in summer."]
    assert {p.kind for p in passages if p.kind != "body"} <= {"boilerplate", "fragment"}


ENGLISH = ("The ferry left the port at dawn and the trucks on the quay waited for the next one. Officials in "
           "the port said the ships are old and the sea is getting shallower every year, so the crossing takes "
           "longer than it did when the line opened to freight and passengers. Drivers complained of queues "
           "lasting a week in winter, when storms close both harbours for days. A second vessel built at the "
           "Baku shipyard should join the route next month, doubling the number of sailings across the middle "
           "of the Caspian, according to the operator's statement published on Wednesday.")


@pytest.mark.parametrize("line, foreign", [
    ("Перепечатка материалов без ссылки на источник запрещена.", True),
    ("Tüm hakları saklıdır. Haberin kaynağı belirtilmeden kullanılamaz.", True),
    ("The ships on the line are old and the port is getting busier.", False),
    ("Astara customs yard: forty trucks waiting, most with Iranian plates.", False),
])
def test_a_foot_line_in_another_language(line, foreign):
    assert bp.in_another_language(line, bp.word_counts([ENGLISH, line])) is foreign


def test_notes_rows_and_sections_that_are_furniture():
    assert bp.is_editorial_note("[Whereupon, at 11:42 a.m., the subcommittee was adjourned.]")
    assert not bp.is_editorial_note("[The minister] said the port would open in May, and [sic] it did.")
    assert bp.is_label_row("| Geography |  |") and not bp.is_label_row("| Location | Qusar District |")
    assert bp.opens_about_section("About the Caspian Ports Association")
    assert not bp.opens_about_section("About forty trucks waited at the border on Monday.")
    assert bp.is_author_note("Mira Osei is a Fellow in the Energy and Law Program.", ["Mira Osei"])
    assert not bp.is_author_note("Mira Osei said the convention settled little.", ["Mira Osei"])


@pytest.mark.parametrize("check, line", [
    (bp.is_tags_line, "Schlagworte: Baku, Häfen"),
    (bp.is_tags_line, "Рубрики: Экономика, Транспорт"),
    (bp.is_counter_line, "Lesedauer: 8 Min."),
    (bp.is_counter_line, "💬 4   👁 1 020"),
    (bp.is_breadcrumb, "Startseite » Wirtschaft » Energie"),
    (bp.is_contact_block, "Kontakt: redaktion@hafen.example"),
    (bp.is_provenance_line, "First published in Kura Review, May 2023."),
    (bp.is_rights_notice, "© Hafenblatt. Alle Rechte vorbehalten."),
    (bp.is_related_line, "Читайте также: Паром снова ходит"),
    (bp.is_photo_credit, "Fotoğraf: Liman idaresi"),
    (bp.is_views_disclaimer, "Les opinions exprimées n'engagent que leurs auteurs."),
])
def test_furniture_of_every_kind_in_its_languages(check, line):
    args = (line, [line]) if check is bp.is_contact_block else (line,)
    assert check(*args)


@pytest.mark.parametrize("check, line", [
    (bp.is_tags_line, "Topics: the talks covered gas, grain and the new ferry, officials said."),
    (bp.is_counter_line, "5 minutes later the ferry sounded its horn."),
    (bp.is_breadcrumb, "Baku → Ganja → Sheki"),
    (bp.is_contact_block, "Email the guesthouse at info@sheki.example to book; they answer within a day."),
    (bp.is_provenance_line, "The report was first published in 2019 and revised twice since."),
    (bp.is_rights_notice, "All rights reserved under the 1998 contract pass to the state in 2028."),
    (bp.is_related_line, "Related by marriage to the governor, the contractor won every tender."),
    (bp.is_photo_credit, "Photos of the old harbour hang in the museum's first hall."),
    (bp.is_views_disclaimer, "The ministry's letter does not constitute legal advice, the lawyer warned."),
])
def test_prose_that_speaks_of_the_same_things_stays(check, line):
    args = (line, [line]) if check is bp.is_contact_block else (line,)
    assert not check(*args)
