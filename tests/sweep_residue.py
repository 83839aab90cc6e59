"""A sweep of the kinds left from documents9..documents18, taken up as development material.

``layout``: an e-mail newsletter's web version, laid out in tables (documents11's newsletter): the page
is rows of one cell each (or a table marked ``role="presentation"``), a cell holding the letter's line, the
issue's heading, a numbered or plain section heading (``<h2>``/``<h3>``: "1. At the ferry", "II. …",
"2) …"), a paragraph (the cell's text, or ``<p>`` in it), a sponsor's block, a footer. The section headings
are headings, no passages of the text; every paragraph is read whole. Traps: an article holding a data
table of several columns (its rows stay body rows, as documents13 decides), a one-column table of names
under a ``<th>`` head (the same).

Each cell is written in two halves before anything is measured: a development half (the tuning's) and a
test half of other wordings, languages, markup and look-alike traps, measured once at the end. A cell is
read and scored as in tests/sweep_d16html.py.

``python -m tests.sweep_residue dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import json
import sys

from tests import sweep_d16html
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


def cells(half: str | None = None) -> list[dict]:
    found = _layouts()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    out = sweep_d16html.figures(half, True, found=cells(half))
    misses = out.pop("misses")
    if verbose:
        out["misses"] = misses
    return out


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
