"""The sweep of documents26's text and markdown kinds (tests/sweep_d26text.py): a reporter named on a labelled line
among credits after the text, a front matter author's post giving her firm, a notes app's property lines under the
page's title, an agency's service line between slashes over its headline."""
from tests import sweep_d16text
from tests.sweep_d26text import cells, figures, misses, part

# before (main's reader at 3325d99), 20 cells a half: dev titles 16, dates 20, authors 9, participants 20, bodies 20;
# test titles 16, dates 20, authors 8, participants 20, bodies 19
# after footlabel (a reporter's label by meaning in the byline grammar's table, "Muhabir:", "Inviata:", "Verslaggever:",
# read in a block of labelled credits after the text's last paragraph of prose, over the foot's furniture; a name's
# particle, "de Graaf", no place): authors 12
# after svcline (a line of two or three parts between slashes, each a service's, a subscription's or a bulletin's
# word by meaning, no title): titles 19
# after fmposts (a front matter author entry's "company" or "employer", else the firm her post names after its last
# comma or "at" by meaning, "bei", "chez", "en", "presso", "в"; a post alone names none): authors 16
# after proptable (a "#" heading holding words of its own beside a date or a "by" is the title, no date line and no
# byline; a notes page's property lines under it by meaning, the creator the author, a last editor none): titles 20,
# authors 20
# rfchead added (24 cells a half), read by the reader at 4c92830: dev titles 20, dates 22, authors 20, participants 24,
# bodies 24; test titles 18, dates 24, authors 22, participants 24, bodies 24
# after rfchead (a head in two columns, the right column's initials and surnames over their organisations the
# authors, named in full by an addresses section by meaning, its day the date, the centred line under it the title):
# titles 24, dates 24, authors 24
# leaders and subscribecall added (34 cells a half), read by the reader at 2dabb4b: dev titles 34, dates 34,
# authors 34, participants 34, bodies 26; test titles 31, dates 34, authors 32, participants 34, bodies 27
# after leaders (a block whose every line ends in dotted leaders, spaced, dense or ellipses, and a page's number: a
# table of contents, furniture in any text): bodies 30
# after subscribecall (the call table's imperatives and the outlet's words in Spanish, Italian, Portuguese, Dutch and
# Polish, "Suscríbete a nuestro boletín", "Meld je aan voor onze nieuwsbrief"): bodies 34
# mdcaption added (39 cells a half; its cells' bodies right only with the caption kept), read by the reader at
# 89c3df5: dev titles 39, dates 39, authors 39, participants 39, bodies 36; test titles 36, dates 39, authors 37,
# participants 39, bodies 34
# after mdcaption (an italic line, asterisks or underscores, right under a markdown image is its caption, a credit run
# on after its last sentence cut off as a line of its own; a credit alone, "📸 A", "Foto: A", no caption): bodies 39
# aboutbox added (44 cells a half), read by the reader at d629300: dev titles 44, dates 44, authors 44, participants
# 44, bodies 40; test titles 41, dates 44, authors 42, participants 44, bodies 40
# after aboutbox (an admonition or callout whose title says "About this article" by meaning, in the languages the
# readers test lines by: its note furniture, to where its syntax closes it): bodies 44
DEV = {"cells": 44, "title": 44, "date": 44, "authors": 44, "participants": 44, "body": 44}
# All 44 cells a half read by main's reader as branched (3325d99): dev titles 36, dates 42, authors 29, participants
# 44, bodies 29; test titles 36, dates 44, authors 30, participants 44, bodies 27.
# The test half measured once at the end (at 746a293): titles 41, dates 44, authors 42, participants 44, bodies 44.
# Its misses: two agencies' names in German and Polish capitals ("KPD - KASPISCHER PRESSEDIENST") taken as the title
# over the service line (an agency's name with no word the body table knows: a masthead's kind, left alone); the
# two-column letterhead's first line taken whole as the title (as on main); a French and an Italian memo whose
# second organisation was read as the issuing body before the two-column head was asked (column_head reads the
# head's people only where no rule named an author).
TEST_FLOOR = {"cells": 44, "title": 41, "date": 44, "authors": 42, "participants": 44, "body": 44}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("footlabel", "fmposts", "proptable", "svcline", "rfchead", "leaders",
                                         "subscribecall", "mdcaption", "aboutbox"), DEV, TEST_FLOOR, misses)


def test_a_reporters_label_by_meaning_and_an_editors_none():
    from azmap.corpus.byline_grammar import labelled_names

    for line, names in (("Muhabir: Elif Yıldırım", "Elif Yıldırım"), ("Inviata: Giulia Ferraresi", "Giulia Ferraresi"),
                        ("Korrespondentin: Miriam Hollstein", "Miriam Hollstein"), ("Корреспондент: Иван Петров",
                                                                                    "Иван Петров"),
                        ("Verslaggever: Pieter de Graaf", "Pieter de Graaf"), ("Corresponsal: Marta Iglesias",
                                                                              "Marta Iglesias")):
        assert labelled_names(line) == names, line
    for line in ("Editör: Murat Koç", "Editor: Paul Kerrigan", "Fotoğraf: Kerem Aydın", "Foto: Marco Bellini",
                 "By Anna Weiss", "— Anna Weiss"):
        assert labelled_names(line) is None, line


def test_a_reporters_line_in_the_credits_after_the_text_over_the_foots_furniture():
    from azmap.corpus.foot_labels import foot_reporter

    prose = ("ANKARA (XHA) - Liman yönetimi, şubat ayında kamyonların feribot için geçen yıla göre daha kısa süre "
             "beklediğini ve yeni iskelenin gelecek yıl sonuna kadar hazır olacağını açıkladı.\n\n")
    under = "(SÜRECEK) AK/BD\nGüncelleme: 04.03.2026 13:10\n" + "-" * 50 + "\nBu haber abonelere özeldir.\n(c) 2026 XHA\n"
    text = prose + "Muhabir: Ayşe Kaya\nEditör: Burak Demir\nFotoğraf: Can Öz\n\n" + under
    found = foot_reporter(text)
    assert found and found[0] == [{"name": "Ayşe Kaya", "affiliation": None}] and text[found[1]:].startswith("Muhabir")
    assert foot_reporter(prose + "Editör: Burak Demir\nFotoğraf: Can Öz\n\n" + under) is None
    # a labelled line inside the text's last paragraph of prose is no credit
    assert foot_reporter("Muhabir: Ayşe Kaya dedi ki liman yönetimi şubat ayında kamyonların daha kısa süre "
                         "beklediğini açıkladı.\n\n" + under) is None


def test_a_names_particle_is_no_place():
    from azmap.corpus.author_evidence import person

    assert person("Pieter de Graaf", cued=True)["name"] == "Pieter de Graaf"
    assert person("Anna Weiss in Baku", cued=True)["name"] == "Anna Weiss"


def test_a_service_line_between_slashes_is_no_title_and_two_places_are():
    from azmap.corpus.service_line import service_line
    from azmap.corpus.title_evidence import names_no_title

    for line in ("Abonentendienst / Wirtschaftsdienst", "Servizio abbonati / Notiziario economico",
                 "Служба подписки / Экономический бюллетень", "Subscriber Service | Energy Wire"):
        assert service_line(line) and names_no_title(line), line
    for line in ("Baku / Tbilisi: the rail link reopens for freight", "Baku / Tbilisi", "Energy Wire",
                 "Gas / Oil / Power prices rise again across the region"):
        assert not service_line(line), line


def test_a_front_matter_authors_post_gives_her_firm_and_a_post_alone_none():
    from azmap.corpus.front_matter import _from_front_matter, front_matter
    from azmap.corpus.metadata import Metadata

    text = ("---\ntitle: Rail freight notes\nauthors:\n  - name: Hanne Sørensen\n    title: Analytiker, Nordbane Data\n"
            "  - name: Emil Strand\n    role: Utvikler hos Nordbane Data\n  - name: Iva Horak\n    title: Editor\n"
            "  - name: Lea Roth\n    job_title: Analystin\n    company: Bahnwerk AG\n---\n\nText.\n")
    meta = Metadata()
    _from_front_matter(meta, front_matter(text)[0])
    assert [a["affiliation"] for a in meta.authors] == ["Nordbane Data", "Nordbane Data", None, "Bahnwerk AG"]


def test_a_notes_pages_heading_is_its_title_and_its_properties_name_the_creator():
    from azmap.corpus.metadata import parse_date
    from azmap.corpus.note_properties import dated_heading, properties

    assert dated_heading("# tbilisi → batumi by bus, june 2026", parse_date)
    assert dated_heading("# Weekly notes, 3 March 2026", parse_date)
    assert not dated_heading("# June 2026", parse_date) and not dated_heading("## day 1, june 2026", parse_date)
    page = "# Ferry notes\n\nErstellt von: Jonas Feld\nErstellt am: 02.05.2026\nStatus: Entwurf\n\nText.\n"
    found = properties(page)
    assert found and found[0]["creator"] == "Jonas Feld" and page[found[1]:found[2]].startswith("Erstellt von")
    assert page[found[2]:].strip() == "Text."
    assert properties("# Ferry notes\n\nLast edited by: Priya Raman\nTags: ferries\n\nText.\n") is None
    assert properties("Ferry notes\n\nCreated by: Jonas Feld\nCreated: May 2, 2026\n\nText.\n") is None


def test_a_head_in_two_columns_names_its_authors_and_a_letterhead_none():
    from azmap.corpus.column_head import head
    from azmap.corpus.metadata import parse_date

    text = ("Kura Basin Data Group                                          H. Aliyeva\n"
            "Note: KBDG-2                                     Ganja State University\n"
            "Category: Informational                                      P. Novak\n"
            "                                                   Danube Water Institute\n"
            "                                                          2 June 2026\n\n\n"
            "              Gauging Stations on the Kura: A Shared Register\n\nText.\n")
    found = head(text, parse_date)
    assert found["authors"] == [{"name": "H. Aliyeva", "affiliation": "Ganja State University"},
                                {"name": "P. Novak", "affiliation": "Danube Water Institute"}]
    assert found["date"] == "2026-06-02"
    letterhead = ("Ganja Water Company                                 Tel. +994 22 000 00 00\n"
                  "5 Nizami Street                                     Fax +994 22 000 00 01\n"
                  "Ganja AZ2000                                        office@gwc.example\n\nText.\n")
    assert head(letterhead, parse_date) is None
    assert head("Ferry notes\nwith two lines\nand a third one\n\nText.\n", parse_date) is None


def test_a_contents_entry_by_its_leaders_and_number_and_prose_with_ellipses_none():
    from azmap.corpus.boilerplate import is_contents_entries

    assert is_contents_entries(["   1. Introduction . . . . . . . . . . .  1", "   2. Scope . . . . . . . . . . . . . .  3"])
    assert is_contents_entries(["Vorwort ............ iv", "Ausblick .............. 14"])
    assert is_contents_entries(["Perspectivas ……… 4"])
    assert not is_contents_entries(["We waited… and waited… and nothing moved until noon."])
    assert not is_contents_entries(["The ferry left at 8.... It came back at 9"])
    assert not is_contents_entries([])


def test_a_call_to_subscribe_in_the_languages_added_and_a_reported_or_noun_use_none():
    from azmap.corpus.appeals import is_reader_furniture

    for line in ("Suscríbete a nuestro boletín semanal.", "Iscriviti alla nostra newsletter.",
                 "Inscreva-se no nosso boletim.", "Meld je aan voor onze nieuwsbrief.",
                 "Zapisz się do naszego newslettera."):
        assert is_reader_furniture(line), line
    for line in ("Descarga de gas en el puerto: los buques esperan tres días antes de atracar.",
                 "Deel de kosten met ons, zei de minister.", "Nuestro puerto recibe veinte buques al día."):
        assert not is_reader_furniture(line), line


def test_an_images_italic_caption_is_a_caption_its_credit_apart_and_a_credit_alone_none():
    from azmap.corpus.segment import segment

    para = "The ferry left Alat at dawn and reached the far shore after a night of slow progress across the sea.\n\n"
    kinds = lambda text: [(p.kind, p.text) for p in segment(text, markdown=True)]
    got = kinds(para + "![ferry](/img/f.jpg)\n\n*The ferry at the quay in Alat. Photo: Jan Berg / Reuters*\n\n" + para)
    assert ("caption", "The ferry at the quay in Alat.") in got and ("caption", "Photo: Jan Berg / Reuters") not in got
    assert ("body", "Photo: Jan Berg / Reuters") not in got
    assert ("caption", "The ferry at the quay in Alat.") in kinds(
        para + "![ferry](/img/f.jpg)\n_The ferry at the quay in Alat._\n\n" + para)
    assert not [k for k, _ in kinds(para + "![ferry](/img/f.jpg)\n*📸 jan*\n\n" + para) if k == "caption"]
    assert not [k for k, _ in kinds(para + "*Updated on 3 March to correct a figure.*\n\n" + para) if k == "caption"]


def test_an_about_this_article_box_is_furniture_and_a_note_box_body():
    from azmap.corpus.segment import segment

    para = "The ferry left Alat at dawn and reached the far shore after a night of slow progress across the sea.\n\n"
    after = "\n\nLorries queued at the quay for most of the morning while the harbour master checked the manifests.\n"
    note = "This text sums up a study for the port; its figures are rounded and published with its consent."
    for box in (f":::note About this post\n\n{note}\n\n:::", f"!!! info \"Sobre este artículo\"\n\n    {note}",
                f"> [!note] Über diesen Artikel\n> {note}"):
        kinds = {p.text: p.kind for p in segment(para + box + after, markdown=True)}
        assert kinds.get(note, "boilerplate") != "body", box
        assert kinds[para.strip()] == "body"
    kinds = {p.text: p.kind for p in segment(para + f":::note Tip\n\n{note}\n\n:::" + after, markdown=True)}
    assert kinds[note] == "body"


def test_a_dated_markdown_heading_is_the_title_and_its_day_the_date_where_no_line_gives_one(tmp_path):
    from azmap.corpus.reading import read

    body = ("\n\nThe board met in the harbour office and agreed the new timetable for the ferries this spring.\n\n"
            "Lorries queued at the quay for most of the morning while the harbour master checked the manifests.\n")
    path = tmp_path / "notes.md"
    path.write_text("# Board meeting notes, 3 March 2026" + body, encoding="utf-8")
    meta = read(path).meta
    assert (meta.title, meta.date, meta.authors) == ("Board meeting notes, 3 March 2026", "2026-03-03", [])
    path.write_text("# alat → aktau by ferry, may 2026\n\nCreated: May 2, 2026 7:15 PM\nTags: ferries" + body,
                    encoding="utf-8")
    meta = read(path).meta
    assert (meta.title, meta.date, meta.authors) == ("alat → aktau by ferry, may 2026", "2026-05-02", [])
