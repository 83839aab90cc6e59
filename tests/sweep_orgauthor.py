"""A sweep of one kind across genres and formats: a document no person signs whose author is the organisation that
issues it (the annotations' decision: an organisation is the author of what it issues itself), found by where its
name stands and how it is written, in other wordings, formats and languages than documents22-25's:

- ``release`` (plain text, markdown, HTML): a body's release with no byline, its label ("FOR IMMEDIATE RELEASE",
  "PRESSEMITTEILUNG", "COMMUNIQUÉ DE PRESSE", "ПРЕСС-РЕЛИЗ", "BASIN BÜLTENİ", "MƏTBUAT BURAXILIŞI" …), its first
  paragraph a dateline and the body as its subject ("<Body> today announced"), perhaps an "About <Body>" section and
  an enquiries line: the body is the author. Traps: a news story about a company with no byline and no label (no
  author); a story with a reporter's byline about a company's release (the reporter).
- ``cover`` (PDF, drawn by documents15's generator as documents24's bulletin, Latin-1 only; in Russian, Turkish and
  Azerbaijani a title page in plain text): a report's cover or title page naming
  its body over or under the title, in capitals or not, as "Published by <body>" (in the cell's language) or as
  "Report of the <Committee>": the body is the author. Traps: a report by named people with their institute on the
  cover (the people); a committee's report with a printing-order line ("Ordered by the House … to be printed": the
  committee, not the House).
- ``office`` (HTML): an office's page whose header names the office (a ministry's press service, an embassy), its
  article with no byline: the office is the author. Traps: a news site's story with no byline quoting a ministry (no
  author); an op-ed with its writer's byline over a publisher's copyright line (the writer); an op-ed with no byline
  and a publisher's copyright line (no author).

Cells alternate within each kind as written: the development half and the test half, the test half measured once
at the end.

    python -m tests.sweep_orgauthor [dev|test] [-v]
"""
from __future__ import annotations

import json
import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d23text import BODIES, _read

_PEOPLE = {"Ruth Okafor", "Daud Karimov", "Lena Hartmann", "Jonas Vogt"}

_DATELINE = {
    "en": ("BAKU, 4 March 2026 –", "4 March 2026"), "de": ("BAKU, 4. März 2026 –", "4. März 2026"),
    "fr": ("BAKOU, 4 mars 2026 –", "4 mars 2026"), "es": ("BAKÚ, 4 de marzo de 2026 –", "4 de marzo de 2026"),
    "ru": ("БАКУ, 4 марта 2026 года –", "4 марта 2026 года"), "tr": ("BAKÜ, 4 Mart 2026 –", "4 Mart 2026"),
    "az": ("BAKI, 4 mart 2026 –", "4 mart 2026"), "it": ("BAKU, 4 marzo 2026 –", "4 marzo 2026")}

# ---- release: (name, lang, suffix, label or None, body or None, its verb, about line or None, title, byline)
RELEASES = [
    ("release-en", "en", ".txt", "FOR IMMEDIATE RELEASE", "Kura Freight Lines", "today announced that",
     "About Kura Freight Lines", "Kura Freight Lines opens a second ferry berth at Alat", None),
    ("release-de", "de", ".md", "PRESSEMITTEILUNG", "Kaspische Energie AG", "gab heute bekannt, dass",
     "Über Kaspische Energie AG", "Kaspische Energie AG liefert mehr Gas nach Österreich", None),
    ("release-fr", "fr", ".html", "COMMUNIQUÉ DE PRESSE", "Ports de la Caspienne", "a annoncé aujourd'hui que",
     None, "Les Ports de la Caspienne ouvrent un nouveau terminal", None),
    ("release-es", "es", ".txt", "COMUNICADO DE PRENSA", "Energía del Caspio", "anunció hoy que",
     "Acerca de Energía del Caspio", "Energía del Caspio firma un acuerdo de suministro", None),
    ("release-ru", "ru", ".md", "ПРЕСС-РЕЛИЗ", "Каспийская судоходная компания", "сегодня объявила, что",
     None, "Каспийская судоходная компания получила новый паром", None),
    ("release-trap-news-en", "en", ".txt", None, "Kura Freight Lines", "said on Tuesday that",
     None, "Ferry operator adds a berth at Alat as queues grow", None),
    ("release-tr", "tr", ".html", "BASIN BÜLTENİ", "Hazar Lojistik", "bugün yaptığı açıklamada",
     None, "Hazar Lojistik Alat limanında yeni bir terminal açıyor", None),
    ("release-trap-byline-de", "de", ".md", None, "Kaspische Energie AG", "teilte am Dienstag mit, dass",
     None, "Kaspische Energie liefert mehr Gas", "Von Lena Hartmann"),
    ("release-az", "az", ".txt", "MƏTBUAT BURAXILIŞI", "Xəzər Logistika", "bu gün bəyan edib ki,",
     None, "Xəzər Logistika Ələtdə yeni terminal açır", None),
    ("release-it", "it", ".md", "COMUNICATO STAMPA", "Porti del Caspio", "ha annunciato oggi che",
     "Informazioni su Porti del Caspio", "Porti del Caspio apre un nuovo terminal ad Alat", None),
    ("release-trap-news-es", "es", ".html", None, "Energía del Caspio", "dijo el martes que",
     None, "La energética del Caspio amplía su suministro", None),
    ("release-en-ends", "en", ".md", "NEWS RELEASE", "Caspian Grid Company", "today announced that",
     None, "Caspian Grid Company completes the Alat substation", None),
]


def _release_text(suffix: str, label, title: str, byline, paragraphs: list[str], after: list[str]) -> str:
    if suffix == ".html":
        head = (f"<p class=\"label\">{label}</p>\n" if label else "") + f"<h1>{title}</h1>\n" \
            + (f"<p class=\"byline\">{byline}</p>\n" if byline else "")
        rest = "".join(f"<p>{p}</p>\n" for p in paragraphs + after)
        return f"<html><head><title>{title}</title></head><body><article>\n{head}{rest}</article></body></html>\n"
    top = f"# {title}" if suffix == ".md" else title
    lines = ([label] if label else []) + [top] + ([byline] if byline else []) + paragraphs + after
    return "\n\n".join(lines) + "\n"


def _releases() -> list[Cell]:
    out = []
    for name, lang, suffix, label, body, verb, about, title, byline in RELEASES:
        lead = BODIES[lang][0]
        paragraphs = [f"{_DATELINE[lang][0]} {body} {verb} {lead[:1].lower()}{lead[1:]}", BODIES[lang][1]]
        after = ["ENDS" if label else ""]
        if about:
            after += [about, f"{body} {BODIES[lang][2] if len(BODIES[lang]) > 2 else BODIES[lang][1]}"]
        if label:
            after.append("Enquiries: press@example.org, +994 12 555 01 02")
        after = [a for a in after if a]
        authors = [byline.split(" ", 1)[1]] if byline else ([body] if label or about else [])
        out.append(Cell("release", name, _release_text(suffix, label, title, byline, paragraphs, after), title,
                        "2026-03-04", authors, suffix=suffix, body=paragraphs))
    return out


# ---- cover: (name, lang, the lines over the title, title, the lines under it, author(s))
COVERS = [
    ("cover-en", "en", ["CASPIAN TRANSIT COMMISSION", ""], "Freight across the Caspian in 2025",
     ["Annual report", "March 2026"], ["Caspian Transit Commission"]),
    ("cover-de", "de", [], "Gasflüsse im Südlichen Korridor 2025",
     ["Herausgegeben von der Kaspischen Verkehrskommission", "März 2026"], ["Kaspischen Verkehrskommission"]),
    ("cover-fr", "fr", ["Rapport de la Commission des affaires étrangères", ""], "Les corridors de la Caspienne",
     ["Assemblée parlementaire de Verania", "Mars 2026"], ["Commission des affaires étrangères"]),
    ("cover-es", "es", [], "El comercio por el Caspio en 2025",
     ["Observatorio del Comercio del Caspio", "Marzo de 2026"], ["Observatorio del Comercio del Caspio"]),
    ("cover-trap-people-en", "en", ["CASPIAN POLICY INSTITUTE", ""], "Ferries, rails and the Middle Corridor",
     ["Ruth Okafor and Daud Karimov", "Caspian Policy Institute", "March 2026"], ["Ruth Okafor", "Daud Karimov"]),
    ("cover-ru", "ru", ["Министерство экономики Республики Верания", ""], "Внешняя торговля в 2025 году",
     ["Аналитический доклад", "Март 2026 года"], ["Министерство экономики Республики Верания"]),
    ("cover-trap-printing-en", "en", ["Parliament of Verania", "Report of the Standing Committee on Trade and Transport",
                                      ""], "Freight corridors through the South Caucasus",
     ["Ordered by the House of Representatives to be printed", "March 2026"],
     ["Standing Committee on Trade and Transport"]),
    ("cover-tr", "tr", [], "Hazar üzerinden yük taşımacılığı 2025",
     ["Yayımlayan: Hazar Ulaştırma Komisyonu", "Mart 2026"], ["Hazar Ulaştırma Komisyonu"]),
    ("cover-az", "az", ["Xəzər Nəqliyyat Komissiyası", ""], "Xəzər vasitəsilə yükdaşıma 2025-ci ildə",
     ["İllik hesabat", "Mart 2026"], ["Xəzər Nəqliyyat Komissiyası"]),
    ("cover-trap-people-de", "de", ["KASPISCHES POLITIKINSTITUT", ""], "Fähren, Schienen und der Mittlere Korridor",
     ["Lena Hartmann und Jonas Vogt", "Kaspisches Politikinstitut", "März 2026"], ["Lena Hartmann", "Jonas Vogt"]),
    ("cover-it", "it", [], "Il traffico merci sul Caspio nel 2025",
     ["Pubblicato dalla Commissione dei trasporti del Caspio", "Marzo 2026"],
     ["Commissione dei trasporti del Caspio"]),
    ("cover-en-committee", "en", [], "Transit fees at the Caspian ports",
     ["Foreign Affairs and Trade Committee report", "Parliament of Verania", "March 2026"],
     ["Foreign Affairs and Trade Committee"]),
]


def _covers() -> list[Cell]:
    out = []
    for name, lang, over, title, under, authors in COVERS:
        paragraphs = list(BODIES[lang][:2])
        if lang in ("ru", "tr", "az"):  # a title page in plain text (the drawn PDF's font is Latin-1 only)
            text = "\n".join(over).strip() + "\n\n" + title + "\n\n" + "\n".join(under) + "\n\n" \
                + "\n\n".join(paragraphs) + "\n"
            out.append(Cell("cover", name, text.lstrip(), title, None, authors, body=paragraphs))
            continue
        spec = {"title": title, "body_paragraphs": paragraphs, "captions": [],
                "pdf": {"height": 842, "title_size": 15, "columns": 1, "front_align": "left",
                        "running_head": title, "over_title": over, "front": under, "after": []}}
        out.append(Cell("cover", name, json.dumps(spec, ensure_ascii=False), title, None, authors, suffix=".pdf",
                        body=paragraphs))
    return out


# ---- office: (name, lang, the header's name, title, byline or None, footer, author(s))
OFFICES = [
    ("office-en", "en", "Press Office of the Ministry of Economy of Verania", "Verania and Azerbaijan sign a transit "
     "accord", None, "© Ministry of Economy of Verania 2026", ["Press Office of the Ministry of Economy of Verania"]),
    ("office-de", "de", "Pressestelle des Wirtschaftsministeriums von Verania", "Verania und Aserbaidschan "
     "unterzeichnen ein Transitabkommen", None, "© Wirtschaftsministerium von Verania 2026",
     ["Pressestelle des Wirtschaftsministeriums von Verania"]),
    ("office-fr", "fr", "Service de presse du ministère de l'Économie de Verania", "Verania et l'Azerbaïdjan signent "
     "un accord de transit", None, "© Ministère de l'Économie de Verania 2026",
     ["Service de presse du ministère de l'Économie de Verania"]),
    ("office-trap-news-en", "en", "The Caspian Courier", "Ministry says the transit accord is near", None,
     "© The Caspian Courier 2026", []),
    ("office-es", "es", "Oficina de Prensa del Ministerio de Economía de Verania", "Verania y Azerbaiyán firman un "
     "acuerdo de tránsito", None, "© Ministerio de Economía de Verania 2026",
     ["Oficina de Prensa del Ministerio de Economía de Verania"]),
    ("office-ru", "ru", "Пресс-служба Министерства экономики Республики Верания", "Верания и Азербайджан подписали "
     "соглашение о транзите", None, "© Министерство экономики Республики Верания, 2026",
     ["Пресс-служба Министерства экономики Республики Верания"]),
    ("office-trap-oped-en", "en", "Caspian Opinion", "Why the transit accord matters", "By Ruth Okafor",
     "© Caspian Media Group Ltd 2026. All rights reserved.", ["Ruth Okafor"]),
    ("office-tr", "tr", "Verania Cumhuriyeti Bakü Büyükelçiliği", "Verania ve Azerbaycan transit anlaşması "
     "imzaladı", None, "© Verania Dışişleri Bakanlığı 2026", ["Verania Cumhuriyeti Bakü Büyükelçiliği"]),
    ("office-it", "it", "Ufficio stampa del Ministero dell'Economia di Verania", "Verania e Azerbaigian firmano un "
     "accordo di transito", None, "© Ministero dell'Economia di Verania 2026",
     ["Ufficio stampa del Ministero dell'Economia di Verania"]),
    ("office-trap-oped-de", "de", "Kaspische Meinung", "Warum das Transitabkommen zählt", None,
     "© Kaspische Mediengruppe GmbH 2026. Alle Rechte vorbehalten.", []),
    ("office-az", "az", "Verania Respublikasının Bakıdakı Səfirliyi", "Verania və Azərbaycan tranzit sazişi "
     "imzaladı", None, "© Verania Xarici İşlər Nazirliyi 2026", ["Verania Respublikasının Bakıdakı Səfirliyi"]),
    ("office-trap-news-de", "de", "Kaspischer Kurier", "Ministerium: Transitabkommen steht kurz bevor", None,
     "© Kaspischer Kurier 2026", []),
]

_NAV = {"en": ("Home", "News", "Contact"), "de": ("Start", "Aktuelles", "Kontakt"), "fr": ("Accueil", "Actualités",
        "Contact"), "es": ("Inicio", "Noticias", "Contacto"), "ru": ("Главная", "Новости", "Контакты"),
        "tr": ("Ana Sayfa", "Haberler", "İletişim"), "it": ("Home", "Notizie", "Contatti"),
        "az": ("Ana səhifə", "Xəbərlər", "Əlaqə")}


def _offices() -> list[Cell]:
    out = []
    for name, lang, office, title, byline, footer, authors in OFFICES:
        paragraphs = list(BODIES[lang][:2])
        if "trap-news" in name:  # a story quoting the ministry
            paragraphs[0] = paragraphs[0] + " " + {"en": "The Ministry of Economy said the accord was near.",
                                                   "de": "Das Wirtschaftsministerium teilte mit, das Abkommen sei nah."}[lang]
        nav = "".join(f"<li><a href=\"/{k}\">{w}</a></li>" for k, w in enumerate(_NAV[lang]))
        by = f"<p class=\"byline\">{byline}</p>\n" if byline else ""
        html = (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title} | {office}</title>"
                f"</head><body>\n<header><div class=\"site-title\">{office}</div><nav><ul>{nav}</ul></nav></header>\n"
                f"<main><article><h1>{title}</h1>\n{by}<p class=\"date\">{_DATELINE[lang][1]}</p>\n"
                + "".join(f"<p>{p}</p>\n" for p in paragraphs)
                + f"</article></main>\n<footer><p>{footer}</p></footer></body></html>\n")
        out.append(Cell("office", name, html, title, "2026-03-04", authors, suffix=".html", body=paragraphs))
    return out


def cells() -> list[Cell]:
    return _releases() + _covers() + _offices()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d23text reads it; its authors right only with each organisation marked one and each person
    not."""
    r, reading = _read(cell)
    if r["ok"]["authors"]:
        r["ok"]["authors"] = all(bool(a.get("organisation")) == (a["name"] not in _PEOPLE) for a in reading.meta.authors)
    return r


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
