"""A sweep of the kinds left from documents9..documents18, taken up as development material.

``layout``: an e-mail newsletter's web version, laid out in tables (documents11's newsletter): the page
is rows of one cell each (or a table marked ``role="presentation"``), a cell holding the letter's line, the
issue's heading, a numbered or plain section heading (``<h2>``/``<h3>``: "1. At the ferry", "II. …",
"2) …"), a paragraph (the cell's text, or ``<p>`` in it), a sponsor's block, a footer. The section headings
are headings, no passages of the text; every paragraph is read whole. Traps: an article holding a data
table of several columns (its rows stay body rows, as documents13 decides), a one-column table of names
under a ``<th>`` head (the same).

``headnote`` (plain text and markdown, read as in tests/sweep_d16text.py): a note set in a block quote in a
markdown document's head, under its title and its place-and-date line (or byline) and over the text (documents18's
open letter: "> This letter was sent on … The list was last updated on …"): a note on the document, dated, no
passage of the text. Traps: a quoted passage with a date inside the text (a statement quoted: body), and a head
whose first paragraph, not quoted, tells of a day (body).

``reviewed`` (web pages): a reference page (a fact sheet, an advice page, a guide) labelling its first
publication and its last review or update ("First published:" and "Last reviewed:", documents14's fact sheet;
documents18's chronology and documents19's pages: the current version's day) is dated by the later label. Traps:
a news page's "Published" and "Updated" (dated by the publication, documents16's and documents17's decision), a
page with "First published:" alone.

Each cell is written in two halves before anything is measured: a development half (the tuning's) and a
test half of other wordings, languages, markup and look-alike traps, measured once at the end. A cell is
read and scored as in tests/sweep_d16html.py.

``python -m tests.sweep_residue dev`` (or ``test``) prints a half's figures and its misses;
``python -m tests.sweep_residue text dev`` (or ``test``) the head notes'.
"""
from __future__ import annotations

import json
import sys

from tests import sweep_d16html, sweep_d16text
from tests.sweep_d16html import BODIES, TITLES, cell

_CELL = '<tr><td style="padding:8px 24px;font-family:Georgia,serif;font-size:16px">{}</td></tr>'


def _newsletter(lang: str, line: str, headings: list[str], tag: str, role: bool, nested: bool, in_p: bool,
                sponsor: str) -> str:
    """A newsletter's page in layout tables: the line over the issue's heading, then each section's
    heading over its paragraph (the paragraphs: BODIES[lang]), a sponsor's block after the first."""
    paras = BODIES[lang]
    rows = [_CELL.format('<img src="/logo.png" alt="Logo" width="200"><br><span style="font-size:12px">'
                         f"{line}</span>"),
            _CELL.format(f"<h1>{TITLES[lang]}</h1>")]
    for k, (heading, para) in enumerate(zip(headings, paras)):
        rows.append(_CELL.format(f'<{tag} style="font-size:18px">{heading}</{tag}>'))
        rows.append(_CELL.format(f"<p>{para}</p>" if in_p else para))
        if k == 0:
            rows.append(_CELL.format(sponsor))
    rows.append(_CELL.format('You receive this letter because you subscribed. <a href="/unsubscribe">Unsubscribe</a>'))
    attrs = ' width="600" cellpadding="0" cellspacing="0"' + (' role="presentation"' if role else "")
    table = f"<table{attrs}>\n" + "\n".join(rows) + "\n</table>"
    if nested:
        table = f'<table width="100%"{" role=presentation" if role else ""}><tr><td align="center">\n{table}\n</td></tr></table>'
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{TITLES[lang]}</title></head>\n'
            f'<body>\n{table}\n</body></html>\n')


def _article_with_table(lang: str, table: str) -> str:
    paras = BODIES[lang]
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{TITLES[lang]}</title></head>\n'
            f'<body><main><article><h1>{TITLES[lang]}</h1>\n<p>{paras[0]}</p>\n<p>{paras[1]}</p>\n{table}\n'
            f'<p>{paras[2]}</p>\n</article></main></body></html>\n')


def _layouts() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the letter's line, section headings, tag, role, nested, in <p>,
        #  sponsor)
        ("dev", "en-numbered-h2", "en", "A weekly letter on the border talks · Monday, 3 March 2025",
         ["1. At the river", "2. On the railway", "3. What comes next"], "h2", False, True, False,
         "Sponsored: Caspian Freight Partners ship your boxes to Poti in nine days."),
        ("dev", "fr-roman-h3", "fr", "La lettre du lundi sur les frontières · lundi 3 mars 2025",
         ["I. Sur la rivière", "II. Le chemin de fer", "III. Et ensuite"], "h3", True, False, True,
         "Partenaire : Fret Caspien, vos conteneurs jusqu'à Poti en neuf jours."),
        ("dev", "es-plain-h2", "es", "Boletín semanal de energía · jueves, 6 de marzo de 2025",
         ["El corredor hoy", "Los contratos", "Lo que pedimos"], "h2", True, True, False,
         "Patrocinado: Energía Ibérica, su gas natural licuado al mejor precio."),
        ("dev", "de-paren-h2", "de", "Der Wochenbrief zur Grenze · Freitag, 7. März 2025",
         ["1) Am Fluss", "2) Die Bahn", "3) Wie es weitergeht"], "h2", False, False, True,
         "Anzeige: Kaspische Logistik bringt Ihre Container in neun Tagen nach Poti."),
    ]
    test_rows = [
        ("test", "ru-numbered-h3", "ru", "Еженедельная рассылка об энергетике · среда, 5 марта 2025",
         ["1. Меморандум", "2. Рабочая группа", "3. Что дальше"], "h3", True, True, True,
         "Реклама: Каспийский терминал — хранение и перевалка нефтепродуктов."),
        ("test", "en-lettered-h3", "en", "The Thursday letter from the border desk · Thursday, 13 March 2025",
         ["A. Morning session", "B. Afternoon session", "C. Next round"], "h3", False, True, True,
         "Presented by Silk Road Couriers: door to door from Baku to Batumi."),
        ("test", "fr-plain-h2", "fr", "Notre lettre hebdomadaire · vendredi 14 mars 2025",
         ["La matinée", "L'après-midi", "La suite"], "h2", False, False, False,
         "Avec le soutien de Banque du Caucase : ouvrez un compte en ligne."),
        ("test", "de-dotted-h2", "de", "Newsletter der Redaktion Kaukasus · Dienstag, 11. März 2025",
         ["1. Verhandlungen am Fluss", "2. Die Strecke", "3. Ausblick"], "h2", True, False, False,
         "Gesponsert: Kaukasus-Reisen bringt Sie nach Tiflis und Baku."),
    ]
    out = []
    for half, name, lang, line, headings, tag, role, nested, in_p, sponsor in rows + test_rows:
        markup = _newsletter(lang, line, headings, tag, role, nested, in_p, sponsor)
        out.append(cell("layout", half, name, lang, markup, ..., ..., furniture=headings))
    # traps: tables of data in an article (their rows body rows, documents13's decision; the paragraphs whole)
    data3 = ('<table><tr><th>Section</th><th>Operator</th><th>km</th></tr>'
             '<tr><td>Alat – Boyuk Kasik</td><td>ADY</td><td>503</td></tr>'
             '<tr><td>Gardabani – Kartsakhi</td><td>GR</td><td>258</td></tr></table>')
    ports = ('<table><thead><tr><th>Ports named in the talks</th></tr></thead>'
             '<tr><td>Aktau</td></tr><tr><td>Kuryk</td></tr><tr><td>Alat</td></tr></table>')
    data_de = ('<table><tr><th>Strecke</th><th>Länge</th><th>Tarif</th></tr>'
               '<tr><td>Tiflis – Kars</td><td>258 km</td><td>520 USD</td></tr>'
               '<tr><td>Baku – Tiflis</td><td>503 km</td><td>410 USD</td></tr></table>')
    ports_fr = ('<table><thead><tr><th>Ports cités</th></tr></thead>'
                '<tr><td>Aktaou</td></tr><tr><td>Kourik</td></tr><tr><td>Alat</td></tr></table>')
    for half, name, lang, table, kept in (
            ("dev", "trap-data-table", "en", data3, ["Alat – Boyuk Kasik | ADY | 503", "Gardabani – Kartsakhi | GR | 258"]),
            ("dev", "trap-one-column-th", "en", ports, ["Aktau", "Kuryk", "Alat"]),
            ("test", "trap-data-table-de", "de", data_de, ["Tiflis – Kars | 258 km | 520 USD", "Baku – Tiflis | 503 km | 410 USD"]),
            ("test", "trap-one-column-th-fr", "fr", ports_fr, ["Aktaou", "Kourik", "Alat"])):
        out.append(cell("layout", half, name, lang, _article_with_table(lang, table), ..., ...,
                        body=BODIES[lang] + kept))
    return out


# (half, name, title, the line under it, the note (None: none), paragraphs, a quoted passage in the text (or
#  None), the place it stands after (a paragraph's index))
_HEADNOTES = [
    # development half
    ("dev", "headnote-en-sent", "An open letter to the ministers on the Caspian ferries", "*London, 4 March 2025*",
     "This letter was sent on 4 March 2025 to the transport ministers of the five coastal states. The list of "
     "signatories was last updated on 11 March 2025.",
     ["We write as shippers and forwarders who cross the Caspian every week and have watched the queues at the ports "
      "grow for three years.", "We ask for one published timetable for the ferries and one electronic manifest "
      "accepted at every port on the route."], None, 0),
    ("dev", "headnote-fr-maj", "Lettre ouverte sur les ports de la Caspienne", "*Paris, le 12 mai 2025*",
     "Mise à jour du 20 mai 2025 : la liste des signataires a été complétée.",
     ["Nous nous adressons à vous en tant que chercheurs qui suivent depuis des années les routes entre la Chine et "
      "l'Europe par la Caspienne.", "Nous vous demandons de soutenir la modernisation des ports d'Aktaou et "
      "d'Alat, sans laquelle le corridor restera une promesse."], None, 0),
    ("dev", "headnote-es-byline", "Por qué el corredor necesita contratos largos", "Por Lucía Navarro",
     "Nota: este artículo se publicó por primera vez el 3 de junio de 2025 en la revista del instituto.",
     ["El corredor meridional lleva hoy a la Unión Europea una cifra modesta de gas frente al consumo europeo, "
      "pero decisiva para varios países del sur.", "Duplicar las entregas exige nuevos yacimientos, y los nuevos "
      "yacimientos exigen contratos que los compradores europeos no quieren firmar."], None, 0),
    ("dev", "trap-quote-in-text-en", "The ministers answer the forwarders", "*Baku, 9 April 2025*", None,
     ["The transport ministers answered the forwarders' letter within a week, and their reply was short.",
      "Whether the ministries will keep to that date is another matter: the last promise of the kind was made "
      "two years ago."],
     "On 15 April 2025 the ministries will publish a common ferry timetable for the summer season.", 0),
    # test half
    ("test", "headnote-de-versandt", "Offener Brief zur Gasversorgung aus dem Kaspischen Raum", "*Berlin, 3. Juni 2025*",
     "Dieser Brief wurde am 3. Juni 2025 an die Bundesregierung versandt. Die Liste der Unterzeichnenden wurde "
     "zuletzt am 9. Juni 2025 aktualisiert.",
     ["Wir wenden uns als Fachleute der Energiewirtschaft an Sie, die die Entwicklung im Südkaukasus seit Jahren "
      "verfolgen.", "Wir bitten Sie, die Erweiterung des südlichen Gaskorridors an überprüfbare Zusagen zur "
      "Senkung der Methanemissionen zu knüpfen."], None, 0),
    ("test", "headnote-en-update", "Why the Middle Corridor still waits at the border", "By Tomas Whitfield",
     "Update, 21 October 2025: the third paragraph has been corrected to give the right length of the line.",
     ["Trains from China reach the Caspian shore faster every year, and then they wait, sometimes for days, for a "
      "ferry that has no fixed timetable.", "The border posts on the far side are the second wait, and the "
      "railways have not yet agreed on one manifest for the whole route."], None, 0),
    ("test", "headnote-ru-otpravleno", "Открытое письмо о каспийских паромах", "*Баку, 2 сентября 2025*",
     "Письмо направлено 2 сентября 2025 года министрам транспорта прикаспийских государств.",
     ["Мы обращаемся к вам как экспедиторы, которые каждую неделю отправляют грузы через Каспийское море.",
      "Мы просим опубликовать единое расписание паромов и принимать одну электронную декларацию во всех портах "
      "маршрута."], None, 0),
    ("test", "trap-quote-in-text-fr", "Les ministres répondent aux transitaires", "*Bakou, le 9 avril 2025*", None,
     ["Les ministres des transports ont répondu à la lettre des transitaires en moins d'une semaine.",
      "Reste à savoir si les ministères tiendront cette date : la dernière promesse de ce genre date de deux ans."],
     "Le 15 avril 2025, les ministères publieront un horaire commun des ferries pour la saison d'été.", 0),
]


def _headnotes() -> list:
    out = []
    for half, name, title, line, note, paras, quoted, at in _HEADNOTES:
        parts = [f"# {title}", line] + ([f"> {note}"] if note else []) + paras[:at + 1] \
            + ([f"> {quoted}"] if quoted else []) + paras[at + 1:]
        body = paras[:at + 1] + ([quoted] if quoted else []) + paras[at + 1:]
        out.append((half, sweep_d16text.Cell(name, "\n\n".join(parts) + "\n", title, None, None, suffix=".md",
                                             body=body, furniture=[note] if note else [])))
    # a head whose first paragraph, not quoted, tells of a day: the text's
    for half, name, title, first, rest in (
            ("dev", "trap-dated-first-paragraph", "The ferry queue at Alat", "On 3 March 2025 the port of Alat held "
             "more than two hundred trucks waiting for a crossing, the most since the winter.",
             "Drivers said they had waited between four and six days for a place on a ferry to the far shore."),
            ("test", "trap-dated-first-paragraph-es", "La cola de camiones en Alat", "El 3 de marzo de 2025 el puerto "
             "de Alat tenía más de doscientos camiones esperando un ferri, la cifra más alta desde el invierno.",
             "Los conductores dijeron que habían esperado entre cuatro y seis días un sitio en el ferri.")):
        out.append((half, sweep_d16text.Cell(name, f"# {title}\n\n{first}\n\n{rest}\n", title, None, None,
                                             suffix=".md", body=[first, rest], furniture=[])))
    return out


def text_part(half: str) -> list:
    return [c for h, c in _headnotes() if h == half]


def text_figures(half: str) -> dict:
    return sweep_d16text.figures(half, part_of=text_part)


def text_misses(half: str):
    return sweep_d16text.misses(half, part_of=text_part)


def _reviewed() -> list[dict]:
    from tests.sweep_d19 import _labelled_page

    rows = [
        # development half
        ("dev", "first-published-last-reviewed", "en",
         [("First published:", "3 February 2023"), ("Last reviewed:", "12 August 2025")], "dl", "2025-08-12"),
        ("dev", "fr-premiere-publication", "fr",
         [("Première publication :", "4 mars 2022"), ("Dernière mise à jour :", "9 septembre 2025")], "p", "2025-09-09"),
        ("dev", "de-erstmals-veroeffentlicht", "de",
         [("Erstmals veröffentlicht:", "5. Mai 2021"), ("Zuletzt aktualisiert:", "14. Juli 2025")], "dl", "2025-07-14"),
        ("dev", "trap-news-published-updated", "en",
         [("Published", "14 May 2025"), ("Updated", "15 May 2025")], "p", "2025-05-14"),
        ("dev", "trap-first-published-alone", "en", [("First published:", "3 February 2023")], "dl", "2023-02-03"),
        # added while tuning (development only): an explainer's update stamp over its first publication (documents3:
        # the publication)
        ("dev", "trap-updated-stamp-first-published", "en",
         [("Updated 2 March 2025 ·", "First published 14 November 2023")], "p", "2023-11-14"),
        # test half
        # (written as dated by the update; corrected to the publication: a news page's "First published" beside
        # "Last updated" is dated by the publication, tests/sweep_html.py's LATER_DATE_WORDS, documents16/17)
        ("test", "first-published-last-updated", "en",
         [("First published", "10 January 2024"), ("Last updated", "2 October 2025")], "p", "2024-01-10"),
        ("test", "es-publicado-por-primera-vez", "es",
         [("Publicado por primera vez:", "8 de abril de 2022"), ("Última actualización:", "30 de junio de 2025")], "dl",
         "2025-06-30"),
        ("test", "ru-vpervye-opublikovano", "ru",
         [("Впервые опубликовано:", "1 марта 2023"), ("Обновлено:", "17 августа 2025")], "dl", "2025-08-17"),
        ("test", "trap-news-publie-mis-a-jour", "fr",
         [("Publié le", "6 juin 2025"), ("Mis à jour le", "7 juin 2025")], "p", "2025-06-06"),
        ("test", "trap-first-published-alone-de", "de", [("Erstmals veröffentlicht:", "5. Mai 2021")], "p", "2021-05-05"),
    ]
    return [cell("reviewed", half, name, lang, _labelled_page(lang, r, box), date, ...)
            for half, name, lang, r, box, date in rows]


def cells(half: str | None = None) -> list[dict]:
    found = _layouts() + _reviewed()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    out = sweep_d16html.figures(half, True, found=cells(half))
    misses = out.pop("misses")
    if verbose:
        out["misses"] = misses
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["text"]:
        half = sys.argv[2] if len(sys.argv) > 2 else "dev"
        print(json.dumps({"figures": text_figures(half), "misses": [(c.name, r["got"]) for c, r in text_misses(half)]},
                         indent=1, ensure_ascii=False))
        raise SystemExit(0)
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
