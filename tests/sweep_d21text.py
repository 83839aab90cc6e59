"""A sweep of the text, markdown and PDF kinds documents21 missed (taken up as development material), each written in
other templates, wordings and languages than documents21's:

- ``offset`` (PDF): a paper in two columns whose abstract, under a bold label in the left column, runs beside the
  right column's text set on other baselines (the right column opens with a heading at the label's height, so no
  row of the one column meets a row of the other): each column is read on its own, the abstract whole and no
  line of the one column woven into the other's; the names over the columns are the authors. Traps: the same
  paper in one column; a paper in two columns with no label and no heading at the right column's head.
- ``range`` (plain text): a conference's or meeting's line under the title giving a range of days in words of any
  language ("5-7 mars 2025", "10.-12. April 2025", "12-14 maggio 2025", "3-5 de junho de 2025"): its date is the
  month, which of the days not said. Traps: a page range before a day ("pp. 211-224 · 4 March 2025"), a single
  day in words ("15 de octubre de 2025"), a stamp with the year first.
- ``agency`` (plain text): an agency's item as its service sends it, a line of keywords parted by slashes
  ("a/ b/ c", any case, with or without spaces) between the stamp and the headline, the reporter signing after
  the text as "[from] Place Name (AGENCY)" ("Aus Baku …", "From Baku …", "Da Baku …", "Desde Bakú …", "Из Баку
  …", or the name alone), the desk's initials and a rights line under it: the headline is the title, the
  signing reporter the author, the stamp's day the date; the slug, the signature, the initials and the rights
  line no body. Traps: a headline that holds one slash ("Baku/Tbilisi: rail talks resume"); an item with the
  desk's initials and no signature (no author); a quoted source "(Name, ministry)" closing the text.
- ``release`` (plain text): a body's press release as the text of its e-mail: the body's name in capitals over its
  press office's line ("Media Office", "Pressestelle", "Service de presse", "Oficina de Prensa", "Biuro Prasowe"),
  the label with the release's reference set far to the right ("NEWS RELEASE      NR-2025-044"), an embargo line
  in the release's language ("EMBARGOED UNTIL …", "SPERRFRIST: …", "EMBARGO JUSQU'AU …", "EMBARGO HASTA …",
  "EMBARGO DO …"), the headline, a subheading, the dateline: the headline is the title, the body over its press
  office the author (in ordinary case), the dateline's day the date; the subheading no body. Traps: a headline
  that speaks of an embargo ("Embargo on grain exports lifted, ministry says"); a press office's line with no
  body's name over it (the office, as documents16 decided).
- ``bracketed`` (plain text, markdown): the authors on one line under the title, each with an institution in
  brackets after the name, joined by "and" in the page's language ("A (X) and B (Y)", "A (X) und B (Y)", "A (X),
  B (Y) et C (Z)"): each name an author, the bracket her affiliation. Traps: a subtitle naming two ports with
  places in brackets ("Baku Port (Alat) and Poti Port (Georgia)"); one name with an institution in brackets
  (that author alone).
- ``ledby`` (markdown): an interview page whose closing credit names who led it with a label or a verb of the
  page's language ("**Söhbətləşdi: A**", "*Беседовала A*", "Rozmawiała: A", "Propos recueillis par A", "Entrevistó:
  A", "Intervista a cura di A"), then a share line, a list of related items with their days and a "©" line: the
  interviewer is the author, the guest whose name leads the title ("Name: «…»") its participant. Traps: a prose
  paragraph that opens with the same verb ("Rozmawiała z nami także …"); the credit naming an office, no person.

Cells alternate within each kind as written: the development half and the test half (other wordings,
languages, layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d21text [dev|test] [-v]
"""
from __future__ import annotations

import json
import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d19mdpdf import BODIES
from tests.sweep_d20text import WIRE_TEXT

# ---- offset (PDF): (name, lang, label, over-title lines, names line, affiliations, headings, columns)
OFFSETS = [
    ("offset-abstract-en", "en", "Abstract", ["Fourth Caspian Studies Workshop", "Aktau, 2-4 June 2025 · Papers, pp. 40-52"],
     ("Helen Marsh", "Daud Karimov"), ["Northfield University, School of Geography", "Caspian Institute, Aktau"],
     ["1. Background", "2. The crossings", "3. Outlook"], 2),
    ("offset-zusammenfassung-de", "de", "Zusammenfassung", ["Tagung Kaukasusforschung 2025", "Jena, 10.-12. April 2025 · Tagungsband, S. 88-97"],
     ("Lena Hartmann", "Jonas Vogt"), ["Universität Kelheim, Institut für Geographie", "Hochschule Lindau, Fachbereich Verkehr"],
     ["1. Hintergrund", "2. Die Grenzübergänge", "3. Ausblick"], 2),
    ("offset-trap-one-column-en", "en", "Abstract", ["Fourth Caspian Studies Workshop", "Aktau, 2-4 June 2025 · Papers, pp. 53-60"],
     ("Ruth Okafor", "Samir Guliyev"), ["Eastbrook College, Department of History", "Caspian Institute, Aktau"],
     ["1. Background", "2. The crossings", "3. Outlook"], 1),
    ("offset-resume-fr", "fr", "Résumé", ["Colloque des études caucasiennes", "Lyon, 5-7 mars 2025 · Actes, p. 140-151"],
     ("Claire Dubois", "Levan Tsiklauri"), ["Université de Valmont, Département de géographie", "Université d'Etat de Batoumi"],
     ["1. Contexte", "2. Les points de passage", "3. Perspectives"], 2),
    ("offset-summary-en", "en", "Summary", ["Caspian Transport Forum: Working Papers", "No. 7 · Baku, 14-15 May 2025 · pp. 1-12"],
     ("Oliver Pryce", "Gunel Rzayeva"), ["Westmoor University, Centre for Transport Studies", "ADA University, Baku"],
     ["Introduction", "Findings", "Conclusions"], 2),
    ("offset-trap-no-label-es", "es", None, ["Jornadas de Estudios del Cáucaso", "Sevilla, 3-4 de abril de 2025 · Actas, pp. 9-18"],
     ("Lucía Herrero", "Tural Mammadov"), ["Universidad de Almenara, Departamento de Geografía", "Universidad de Bakú"],
     [None, None, None], 2),
    ("offset-resumen-es", "es", "Resumen", ["Jornadas de Estudios del Cáucaso", "Sevilla, 3-4 de abril de 2025 · Actas, pp. 19-30"],
     ("Marta Soler Ibáñez", "Giorgi Abashidze"), ["Universidad de Almenara, Departamento de Historia", "Universidad de Tiflis"],
     ["1. Antecedentes", "2. Los pasos fronterizos", "3. Perspectivas"], 2),
    ("offset-trap-no-label-de", "de", None, ["Tagung Kaukasusforschung 2025", "Jena, 10.-12. April 2025 · Tagungsband, S. 98-105"],
     ("Tom Brenner", "Elnur Hasanli"), ["Universität Kelheim, Institut für Geschichte", "Universität Baku"],
     [None, None, None], 2),
]
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}


def _paragraphs(lang: str) -> list[str]:
    """Five paragraphs: the abstract (two of the language's body texts) and four of the text."""
    body, wire = BODIES[lang], WIRE_TEXT[lang]
    return [body[0] + " " + body[1], wire[0] + " " + wire[1], body[-1] + " " + wire[2],
            wire[1] + " " + body[0], body[1] + " " + wire[0]]


def _offsets() -> list[Cell]:
    out = []
    for name, lang, label, over, (a, b), affiliations, headings, columns in OFFSETS:
        paras = _paragraphs(lang)
        title = {"en": "Border crossings on the Middle Corridor", "de": "Grenzübergänge im Mittleren Korridor",
                 "fr": "Les passages de frontière du corridor médian",
                 "es": "Los pasos fronterizos del Corredor Medio"}[lang]
        if "no-label" in name or "summary" in name:
            title += " (II)"
        front = [f"{a}^1 {_AND[lang]} {b}^2", f"^1 {affiliations[0]}", f"^2 {affiliations[1]}"]
        spec = {"title": title, "body_paragraphs": paras,
                "pdf": {"columns": columns, "height": 640, "title_size": 13,
                        "running_head": f"{a.split()[-1]} {_AND[lang]} {b.split()[-1]} · {title}",
                        "over_title": over, "front": front,
                        "headings": {p[:16]: h for p, h in zip(paras[1:4], headings) if h}}}
        if label:
            spec["pdf"]["label"] = label
        furniture = [over[0]] + [h for h in headings if h] + ([label] if label else [])
        out.append(Cell("offset", name, json.dumps(spec, ensure_ascii=False), title, None, [a, b], suffix=".pdf",
                        body=paras, furniture=furniture))
    return out


# ---- range: (name, lang, line under the title, the date)
RANGES = [
    ("range-fr", "fr", "Lyon, 5-7 mars 2025 · Colloque des études caucasiennes", "2025-03"),
    ("range-de", "de", "Tagung in Jena, 10.-12. April 2025", "2025-04"),
    ("range-trap-pages-en", "en", "Proceedings, pp. 211-224 · 4 March 2025", "2025-03-04"),
    ("range-es", "es", "Jornadas de Sevilla, 3-4 de abril de 2025", "2025-04"),
    ("range-ru", "ru", "Казань, 5–7 марта 2025 г.", "2025-03"),
    ("range-trap-day-es", "es", "Sevilla, 15 de octubre de 2025", "2025-10-15"),
    ("range-it", "it", "Convegno di Trieste, 12-14 maggio 2025", "2025-05"),
    ("range-trap-stamp-pl", "pl", "2025-03-05 11:42   nr 4127", "2025-03-05"),
    ("range-pt", "pt", "Coimbra, 3-5 de junho de 2025", "2025-06"),
    ("range-tr", "tr", "İzmir, 8-9 Mayıs 2025", "2025-05"),
]
_RANGE_TITLES = {"en": "Ports of the Caspian", "fr": "Les ports de la Caspienne", "de": "Die Häfen am Kaspischen Meer",
                 "es": "Los puertos del Caspio", "ru": "Порты Каспия", "it": "I porti del Caspio",
                 "pl": "Porty Morza Kaspijskiego", "pt": "Os portos do Cáspio", "tr": "Hazar limanları"}


def _ranges() -> list[Cell]:
    out = []
    for name, lang, line, date in RANGES:
        title = _RANGE_TITLES[lang]
        text = "\n\n".join([title, line] + list(BODIES[lang][:2])) + "\n"
        out.append(Cell("range", name, text, title, date, None))
    return out


# ---- agency: (name, lang, service line, slug or None, headline, agency, signature or None, initials, rights)
AGENCIES = [
    ("agency-de", "de", "DPA-AFX WIRTSCHAFTSDIENST", "Aserbaidschan/ Gas/ Energie/ Deutschland",
     "Gasgespräche in Baku fortgesetzt - Staatssekretär", "dpa-AFX", "Aus Baku Lena Hartmann (dpa-AFX)", "lh/ jv/",
     "Alle Rechte vorbehalten. Weiterverbreitung nur mit Genehmigung."),
    ("agency-en", "en", "CASPIAN NEWS AGENCY - BUSINESS WIRE", "Azerbaijan/Gas/Energy/Europe",
     "Gas talks resume in Baku - deputy minister", "CNA", "From Baku Ruth Okafor (CNA)", "ro/tb",
     "Copyright material - all rights reserved. No redistribution without the publisher's consent."),
    ("agency-trap-one-slash-en", "en", "CASPIAN NEWS AGENCY - BUSINESS WIRE", None,
     "Baku/Tbilisi: rail talks resume", "CNA", None, "ro/tb",
     "Copyright material - all rights reserved."),
    ("agency-it", "it", "ANSA - NOTIZIARIO ECONOMICO", "Azerbaigian/ gas/ energia/ Italia",
     "Gas azero, ripresi i colloqui a Baku - viceministro", "ANSA", "Da Baku Giulia Ferri (ANSA)", "gf/ ms/",
     "Riproduzione riservata. Vietata la ridistribuzione senza il consenso dell'editore."),
    ("agency-es", "es", "AGENCIA EFE - SERVICIO ECONÓMICO", "Azerbaiyán/ gas/ energía/ España",
     "Se reanudan en Bakú las conversaciones sobre el gas - viceministro", "EFE", "Desde Bakú Lucía Herrero (EFE)",
     "lh/ mr/", "Material protegido por derechos de autor. Prohibida su redistribución."),
    ("agency-trap-initials-de", "de", "DPA-AFX WIRTSCHAFTSDIENST", "Aserbaidschan/ Gas/ Energie",
     "Gasgespräche in Baku fortgesetzt", "dpa-AFX", None, "lh/ jv/",
     "Alle Rechte vorbehalten."),
    ("agency-ru", "ru", "ИНФОРМАЦИОННОЕ АГЕНТСТВО КАСПИЙ - ЭКОНОМИКА", "Азербайджан/ газ/ энергетика/ Россия",
     "В Баку возобновились переговоры о газе - замминистра", "Каспий", "Из Баку Ирина Волкова (Каспий)", "ив/ ап/",
     "Все права защищены. Распространение только с согласия редакции."),
    ("agency-trap-source-fr", "fr", "AGENCE CASPIENNE - SERVICE ÉCONOMIQUE", "Azerbaïdjan/ gaz/ énergie",
     "Reprise des discussions sur le gaz à Bakou", "AC", None, "cd/ lt/",
     "Tous droits réservés."),
]


def _agencies() -> list[Cell]:
    out = []
    for name, lang, service, slug, headline, agency, signature, initials, rights in AGENCIES:
        body = list(BODIES[lang][:2])
        body[0] = f"{'Bakou' if lang == 'fr' else 'Баку' if lang == 'ru' else 'Baku'} ({agency}) - {body[0]}"
        if "source" in name:
            body.append("« Rien n'est encore décidé » (Claire Dubois, ministère de l'énergie)")
        head = [service, f"2025-04-02 09:15   nr 311   ({agency})"] + ([slug] if slug else [])
        tail = ([signature] if signature else []) + [initials, rights]
        text = "\n".join(head) + "\n\n" + "\n\n".join([headline] + body + tail) + "\n"
        author = [] if signature is None else [signature.rsplit(" (", 1)[0].split(" ", 2)[-1]]
        furniture = ([slug] if slug else []) + tail
        out.append(Cell("agency", name, text, headline, "2025-04-02", author, body=body, furniture=furniture))
    return out


# ---- release: (name, lang, body's name, office line, label line, embargo line, headline, subheading, dateline,
# author, date)
RELEASES = [
    ("release-en", "en", "CASPIAN DEVELOPMENT FUND", "Media Office", "NEWS RELEASE                                NR-2025-044",
     "EMBARGOED UNTIL 00:01 GMT, Wednesday 5 March 2025", "Fund backs a new grain terminal at Aktau",
     "Storage for 120,000 tonnes to be ready by 2027", "London/Aktau, 5 March 2025 --", "Caspian Development Fund",
     "2025-03-05"),
    ("release-de", "de", "KASPISCHE ENERGIEBANK", "Pressestelle", "PRESSEMITTEILUNG                            PM 12/2025",
     "SPERRFRIST: 5. März 2025, 10:00 Uhr", "Energiebank finanziert neues Getreideterminal in Aktau",
     "Lager für 120.000 Tonnen bis 2027", "Frankfurt/Aktau, 5. März 2025 --", "Kaspische Energiebank", "2025-03-05"),
    ("release-trap-embargo-headline-en", "en", "MINISTRY OF AGRICULTURE", "Press Office", "PRESS RELEASE",
     None, "Embargo on grain exports lifted, ministry says", "Licences to be issued from Monday",
     "Baku, 6 March 2025 --", "Ministry of Agriculture", "2025-03-06"),
    ("release-fr", "fr", "BANQUE CASPIENNE", "Service de presse", "COMMUNIQUÉ DE PRESSE                     CP/2025/08",
     "EMBARGO JUSQU'AU 5 mars 2025 à 10h00", "La Banque caspienne finance un terminal céréalier à Aktau",
     "Un stockage de 120 000 tonnes prêt en 2027", "Paris/Aktau, le 5 mars 2025 --", "Banque Caspienne",
     "2025-03-05"),
    ("release-es", "es", "FONDO CASPIO", "Oficina de Prensa", "NOTA DE PRENSA                            NP-2025-17",
     "EMBARGO HASTA LAS 10:00 DEL 5 DE MARZO DE 2025", "El Fondo Caspio financia una terminal de grano en Aktau",
     "Almacenamiento para 120.000 toneladas en 2027", "Madrid/Aktau, 5 de marzo de 2025 --", "Fondo Caspio",
     "2025-03-05"),
    ("release-trap-office-alone-en", "en", None, "Press Office", "PRESS RELEASE                              PR/2025/31",
     "EMBARGOED UNTIL 10:00 CET, 7 March 2025", "Port authority opens a second ferry berth",
     "Crossings to double from April", "Baku, 7 March 2025 --", "Press Office", "2025-03-07"),
    ("release-pl", "pl", "KASPIJSKI FUNDUSZ ROZWOJU", "Biuro Prasowe", "KOMUNIKAT PRASOWY                          KP/2025/3",
     "EMBARGO DO 5 marca 2025, godz. 10:00", "Fundusz sfinansuje terminal zbożowy w Aktau",
     "Magazyny na 120 tys. ton gotowe w 2027 r.", "Warszawa/Aktau, 5 marca 2025 r. --", "Kaspijski Fundusz Rozwoju",
     "2025-03-05"),
    ("release-it", "it", "FONDO CASPICO", "Ufficio stampa", "COMUNICATO STAMPA                           CS 08/2025",
     "EMBARGO FINO ALLE ORE 10:00 DEL 5 MARZO 2025", "Il Fondo Caspico finanzia un terminal per il grano ad Aktau",
     "Magazzini per 120.000 tonnellate entro il 2027", "Roma/Aktau, 5 marzo 2025 --", "Fondo Caspico", "2025-03-05"),
]


def _releases() -> list[Cell]:
    out = []
    for name, lang, org, office, label, embargo, headline, subheading, dateline, author, date in RELEASES:
        body = [f"{dateline} {BODIES[lang][0]}", BODIES[lang][1]]
        head = ([org] if org else []) + [office, "", label] + ([embargo] if embargo else [])
        text = "\n".join(head) + "\n\n" + "\n\n".join([headline, subheading] + body + ["ENDS"]) + "\n"
        furniture = [subheading, label.split("   ")[0]] + ([embargo] if embargo else [])
        out.append(Cell("release", name, text, headline, date, [author], body=body, furniture=furniture))
    return out


# ---- bracketed: (name, lang, names line, authors (name, affiliation), series line)
BRACKETED = [
    ("bracketed-en", "en", "Helen Marsh (Northfield Policy Institute) and Daud Karimov (Caspian Energy Centre)",
     [("Helen Marsh", "Northfield Policy Institute"), ("Daud Karimov", "Caspian Energy Centre")],
     "WORKING PAPER No. 4 · 12 May 2025", "2025-05-12"),
    ("bracketed-de", "de", "Lena Hartmann (Institut für Osteuropastudien) und Jonas Vogt (Stiftung Kaukasus)",
     [("Lena Hartmann", "Institut für Osteuropastudien"), ("Jonas Vogt", "Stiftung Kaukasus")],
     "ANALYSE Nr. 7 · 3. Juni 2025", "2025-06-03"),
    ("bracketed-trap-ports-en", "en", "Baku Port (Alat) and Poti Port (Georgia)", [],
     "BRIEFING No. 2 · 9 April 2025", "2025-04-09"),
    ("bracketed-fr", "fr", "Claire Dubois (Institut d'études caucasiennes), Levan Tsiklauri (Université de Batoumi) "
     "et Nino Kapanadze (Centre Mer Noire)",
     [("Claire Dubois", "Institut d'études caucasiennes"), ("Levan Tsiklauri", "Université de Batoumi"),
      ("Nino Kapanadze", "Centre Mer Noire")], "NOTE No 12 · 4 mars 2025", "2025-03-04"),
    ("bracketed-es", "es", "Lucía Herrero (Instituto de Estudios Euroasiáticos) y Tural Mammadov (Universidad de Bakú)",
     [("Lucía Herrero", "Instituto de Estudios Euroasiáticos"), ("Tural Mammadov", "Universidad de Bakú")],
     "DOCUMENTO DE TRABAJO n.º 9 · 14 de mayo de 2025", "2025-05-14"),
    ("bracketed-trap-one-it", "it", "Giulia Ferri (Istituto per gli Studi Caucasici)",
     [("Giulia Ferri", "Istituto per gli Studi Caucasici")], "ANALISI n. 3 · 20 marzo 2025", "2025-03-20"),
    ("bracketed-it", "it", "Marco Bellini (Centro Studi Caspio) e Aysel Guliyeva (Università ADA)",
     [("Marco Bellini", "Centro Studi Caspio"), ("Aysel Guliyeva", "Università ADA")],
     "ANALISI n. 4 · 21 marzo 2025", "2025-03-21"),
    ("bracketed-ru", "ru", "Ирина Волкова (Институт Каспия) и Тимур Беков (Центр энергетики)",
     [("Ирина Волкова", "Институт Каспия"), ("Тимур Беков", "Центр энергетики")],
     "ДОКЛАД № 5 · 2 апреля 2025", "2025-04-02"),
]


def _bracketeds() -> list[Cell]:
    out = []
    for name, lang, names, authors, series, date in BRACKETED:
        title = _RANGE_TITLES[lang] + (": a briefing" if "ports" in name else "")
        text = "\n\n".join([f"# {title}", names, series] + list(BODIES[lang][:2])) + "\n"
        out.append(Cell("bracketed", name, text, title, date, [a for a, _ in authors], suffix=".md",
                        body=list(BODIES[lang][:2]), furniture=[names]))
    return out


# ---- ledby: (name, lang, guest, quote, question, answer, credit line, interviewer or None, share, related, ©)
LEDBY = [
    ("ledby-ru", "ru", "Тимур Беков", "«Паромов на Каспии пока слишком мало»", "Что мешает росту перевозок?",
     "Прежде всего нехватка паромов. Порты расширяются быстрее, чем растёт флот, и грузы ждут неделями.",
     "*Беседовала Ирина Волкова*", "Ирина Волкова", "Поделиться: [VK](https://vk.com/share) · [Telegram](https://t.me/share)",
     "### Читайте также", "© 2025 Каспийский вестник. При цитировании ссылка обязательна."),
    ("ledby-pl", "pl", "Piotr Zieliński", "„Korytarz potrzebuje jednej taryfy”", "Co jest największą przeszkodą?",
     "Taryfy. Każdy przewoźnik liczy osobno, a ładunek przechodzi przez cztery kraje i dwa morza.",
     "**Rozmawiała: Anna Kowalczyk**", "Anna Kowalczyk", "Udostępnij: [Facebook](https://facebook.com/sharer)",
     "### Czytaj także", "© 2025 Gazeta Portowa. Wszelkie prawa zastrzeżone."),
    ("ledby-trap-prose-pl", "pl", "Piotr Zieliński", "„Taryfy są za wysokie”", "Czy coś się zmieni w tym roku?",
     "Być może. Rozmowy trwają i ministrowie spotkają się jeszcze przed latem.",
     "Rozmawiała z nami także minister Anna Nowak, która zapowiedziała nowe rozmowy o taryfach jeszcze przed latem.",
     None, "Udostępnij: [Facebook](https://facebook.com/sharer)", "### Czytaj także", "© 2025 Gazeta Portowa."),
    ("ledby-fr", "fr", "Levan Tsiklauri", "« Le corridor manque de ferries »", "Qu'est-ce qui freine le trafic ?",
     "Le manque de ferries. Les ports s'agrandissent plus vite que la flotte, et les conteneurs attendent.",
     "*Propos recueillis par Claire Dubois*", "Claire Dubois", "Partager : [Facebook](https://facebook.com/sharer)",
     "### À lire aussi", "© 2025 Le Courrier du Caucase. Tous droits réservés."),
    ("ledby-az", "az", "Elnur Hasanli", "«Bərə donanması yenilənməlidir»", "Əsas problem nədir?",
     "Bərələrin azlığı. Limanlar böyüyür, amma donanma eyni qalır və yüklər həftələrlə gözləyir.",
     "**Müsahibəni apardı: Günel Rzayeva**", "Günel Rzayeva", "Paylaş: [Facebook](https://facebook.com/sharer)",
     "### Oxşar xəbərlər", "© 2025 Liman Xəbər. İstinad mütləqdir."),
    ("ledby-trap-office-ru", "ru", "Тимур Беков", "«Паромов мало»", "Что дальше?",
     "Новые суда придут через два года, не раньше.", "*Беседу подготовила пресс-служба порта*", None,
     "Поделиться: [VK](https://vk.com/share)", "### Читайте также", "© 2025 Каспийский вестник."),
    ("ledby-es", "es", "Tural Mammadov", "«Al corredor le faltan transbordadores»", "¿Qué frena el tráfico?",
     "La falta de transbordadores. Los puertos crecen más deprisa que la flota y la carga espera semanas.",
     "**Entrevistó: Lucía Herrero**", "Lucía Herrero", "Compartir: [Facebook](https://facebook.com/sharer)",
     "### Noticias relacionadas", "© 2025 Diario del Caspio. Todos los derechos reservados."),
    ("ledby-it", "it", "Aysel Guliyeva", "«Il corridoio ha bisogno di traghetti»", "Che cosa frena il traffico?",
     "La mancanza di traghetti. I porti crescono più in fretta della flotta e le merci aspettano.",
     "*Intervista a cura di Giulia Ferri*", "Giulia Ferri", "Condividi: [Facebook](https://facebook.com/sharer)",
     "### Leggi anche", "© 2025 Corriere del Caspio. Riproduzione riservata."),
]


def _ledbys() -> list[Cell]:
    out = []
    for name, lang, guest, quote, question, answer, credit, who, share, related, rights in LEDBY:
        title = f"{guest}: {quote}"
        qa = [f"**— {question}**", f"— {answer}"]
        items = ["- [Ports of the Caspian](/a/) — 02.03.2025", "- [Ferries on the Caspian](/b/) — 28.02.2025"]
        blocks = [f"# {title}", "📅 4.03.2025, 10:00"] + qa + [credit, share, related, "\n".join(items), rights]
        # (a single question, short and bold, may stand as a heading: the answers are the body measured)
        body = [qa[1]] + ([credit] if "prose" in name else [])
        out.append(Cell("ledby", name, "\n\n".join(blocks) + "\n", title, "2025-03-04", [who] if who else [],
                        suffix=".md", people=[guest], body=body, furniture=[share, rights] + ([credit] if who else [])))
    return out


def cells() -> list[Cell]:
    return _offsets() + _ranges() + _agencies() + _releases() + _bracketeds() + _ledbys()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d17rest measures it, a PDF drawn with documents21's make_pdf."""
    return sweep_d17rest.measure(cell, "documents21")


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
