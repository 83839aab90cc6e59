"""The byline grammar as one table by meaning (azmap/corpus/byline_grammar.py) and the author card by its heading
(azmap/corpus/author_card.py): the forms of tests/metamorphic_bylines.py's development failures, written here in
other words, names and languages."""
from __future__ import annotations

import pytest

from azmap.corpus import byline_grammar as G


def _read(tmp_path, name: str, text: str):
    from azmap.corpus.reading import read

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read(path)


BODY = ("The ferry from Alat to Turkmenbashi now sails twice a week, after a winter in which storms kept it in port "
        "for most of January and the lorries waited on the quay.\n\n"
        "Hauliers say the timetable is still published only a day ahead, which makes it hard to plan a load from "
        "Georgia to Central Asia with any confidence.\n")


@pytest.mark.parametrize("line, names", [
    ("— Halima Dzhaksybekova", [("Halima Dzhaksybekova", None)]),
    ("– Ruslan Tagiyev and Vusala Mammadli", [("Ruslan Tagiyev", None), ("Vusala Mammadli", None)]),
    ("Texte : Ruslan Tagiyev", [("Ruslan Tagiyev", None)]),
    ("Testo: Vusala Mammadli", [("Vusala Mammadli", None)]),
    ("Geschrieben von Halima Dzhaksybekova", [("Halima Dzhaksybekova", None)]),
    ("Ruslan Tagiyev | Redakteur", [("Ruslan Tagiyev", "Redakteur")]),
])
def test_a_byline_in_any_of_the_grammars_forms_names_the_writer(tmp_path, line, names):
    meta = _read(tmp_path, "a.txt", f"Ferries sail again on the Caspian\n\n{line}\n\n{BODY}").meta
    assert [(a["name"], a.get("affiliation")) for a in meta.authors] == names


def test_a_signing_dash_before_no_persons_name_is_no_byline(tmp_path):
    meta = _read(tmp_path, "a.txt", f"Ferries sail again on the Caspian\n\n— a season of storms\n\n{BODY}").meta
    assert meta.authors == []


def test_an_author_card_names_the_writer_wherever_it_stands_and_is_no_body(tmp_path):
    text = (f"Ferries sail again on the Caspian\n\n{BODY}\nÜber den Autor\nRuslan Tagiyev berichtet seit zehn Jahren "
            "aus Baku.\n\nFolgen Sie uns auf Telegram\n\n© 2026 Kaspi Rundschau\n")
    r = _read(tmp_path, "a.txt", text)
    assert [a["name"] for a in r.meta.authors] == ["Ruslan Tagiyev"]
    assert r.meta.body_end is not None and "berichtet" not in r.text[:r.meta.body_end]


PAGE = ('<html><head><meta charset="utf-8"><meta name="author" content="Kaspi Rundschau"><title>Fähren fahren wieder | '
        'Kaspi Rundschau</title></head><body><article><h1>Fähren fahren wieder</h1>{byline}'
        '<p>Die Fähre von Alat nach Turkmenbaschi fährt jetzt zweimal in der Woche, nach einem Winter, in dem Stürme sie '
        'den größten Teil des Januars im Hafen hielten.</p><p>Die Spediteure sagen, der Fahrplan werde noch immer nur '
        'einen Tag vorher veröffentlicht.</p></article>{card}<footer>© 2026 Kaspi Rundschau</footer></body></html>')


def test_a_pages_card_under_its_heading_names_the_writers_over_the_sites_name_in_the_tags(tmp_path):
    card = ('<aside><h4>Über die Autoren</h4><p>Ruslan Tagiyev berichtet aus Baku. Vusala Mammadli schreibt über '
            'Häfen.</p></aside>')
    meta = _read(tmp_path, "a.html", PAGE.format(byline="", card=card)).meta
    assert [a["name"] for a in meta.authors] == ["Ruslan Tagiyev", "Vusala Mammadli"]


def test_a_pages_byline_signed_with_a_dash_names_every_writer(tmp_path):
    byline = '<p class="mt-author">— Ruslan Tagiyev und Vusala Mammadli</p>'
    meta = _read(tmp_path, "a.html", PAGE.format(byline=byline, card="")).meta
    assert [a["name"] for a in meta.authors] == ["Ruslan Tagiyev", "Vusala Mammadli"]


def test_the_table_holds_each_meaning_in_eight_languages_or_more():
    assert all(len(forms) >= 8 for forms in G.CUES.values() if forms is not G.CUES["by"])
    assert len(G.ROLES) >= 8 and len(G.ABOUT) >= 8
    assert G.cued_names("Autorzy: Ruslan Tagiyev i Vusala Mammadli") == "Ruslan Tagiyev i Vusala Mammadli"
    assert G.role_line("Staff writer") and G.role_line("Envoyée spéciale") and not G.role_line("Ruslan Tagiyev")
    assert G.about_heading("Müəllif haqqında") and G.about_heading("À propos de l’auteur")
    assert not G.about_heading("About the port")


def test_a_pages_role_under_the_name_is_the_affiliation_whatever_holds_it(tmp_path):
    for byline in ('<p class="x1">Ruslan Tagiyev<br>Staff writer</p>',
                   '<div><span>Ruslan Tagiyev</span> | <span>Korrespondent</span></div>'):
        meta = _read(tmp_path, "a.html", PAGE.format(byline=byline, card="")).meta
        assert [(a["name"], a["affiliation"]) for a in meta.authors] == [
            ("Ruslan Tagiyev", "Staff writer" if "Staff" in byline else "Korrespondent")]


def test_a_signature_of_several_names_over_the_pages_own_lines_names_them_all(tmp_path):
    text = (f"Ferries sail again on the Caspian\n\n{BODY}\n— Ruslan Tagiyev and Vusala Mammadli\n\n"
            "Follow us on Telegram\n\nRead this story in Russian\n")
    r = _read(tmp_path, "a.txt", text)
    assert [a["name"] for a in r.meta.authors] == ["Ruslan Tagiyev", "Vusala Mammadli"]
    assert "— Ruslan" not in r.text[:r.meta.body_end]



def test_a_lists_hyphen_over_the_pages_own_lines_is_no_signature(tmp_path):
    text = (f"Ferries sail again on the Caspian\n\n{BODY}\nSources\n\n- R. Tagiyev, *Caspian ferries* (Baku 2001), "
            "pp. 7-15\n\nLast updated: 7 February 2026\n\nCite this page: Port Museum, PM-1958-3\n")
    assert _read(tmp_path, "a.txt", text).meta.authors == []
