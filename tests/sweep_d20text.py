"""A sweep of the text, markdown and PDF kinds documents20 missed (taken up as development material), each written in
other templates, wordings and languages than documents20's:

- ``toml``: a static site's markdown page whose front matter is TOML between "+++" lines (``title = "…"``,
  ``date = 2025-…``, ``author = "…"`` or ``authors = ["…", "…"]``), as YAML's between "---" lines is: its title,
  date and authors, none of its lines body; a template's figure shortcode ("{{< figure … caption="…" >}}") is no
  body either. Traps: a page opening with a ticker's "+++ … +++" flash line over its "#" heading (no front
  matter); a paragraph that quotes a shortcode inside a sentence (body).
- ``wire``: an agency's item as a teleprinter prints it: "ZCZC" with codes over the headline, a summary line,
  the reporter alone in brackets on the line over the text ("(by Name)", "(von Name)", "(de Name)", "(por
  Name)", "(od Name)"), the dateline with the day and month and no year, "NNNN" under the transmission's
  stamp "04-MAR-25 10:12": the headline is the title, the reporter the author, the date the dateline's day in
  the stamp's year. Traps: a bracketed line naming no one ("(Updates with the minister's comments)"): no
  author; a dateline on the last day of the year sent on the first of the next (the year before).
- ``tnote``: a transcript page's note that its text was made automatically, in a blockquote or in italics over
  the first turn, in words the transcript's table may lack ("Deze tekst is automatisch gegenereerd", "Texto
  gerado automaticamente"): no body. Trap: a plain paragraph before the turns on automatic border checks
  (body).
- ``capcover``: a report drawn from its PDF with the layout kept, its title in capitals centred over two lines
  under the organisation's name in capitals and its line, then the kind of report, the period, a
  "Published:" row and the authors: the title is the capitals, joined; the date the row's day, not the
  period's. Trap: a cover whose title is in mixed case under the organisation in capitals.
- ``endfoot``: such a report's last lines after the last folio: the organisation's address with its parts
  joined by "·" and a "(c)"/"©" line: no body; a funder's note on the cover ("produced with the financial
  support of …") no body. Trap: a recommendations list "(a) … (b) … (c) …" in the text: body.
- ``letterhead`` (PDF): a government office's release whose head is the state's line over the office's, in
  capitals, over the label with its number after a dot ("FOR IMMEDIATE RELEASE · No. 9/2025"), no writer named:
  the office is the author, as its text writes it, without the state. Trap: a label over a byline
  "By Name": that name.

Cells alternate within each kind as written: the development half and the test half (other wordings,
languages, layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d20text [dev|test] [-v]
"""
from __future__ import annotations

import json
import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d19mdpdf import BODIES

# ---- toml: (name, lang, front matter lines, title, date, authors, a shortcode line or None, its caption)
TOMLS = [
    ("toml-author-en", "en", ['title = "Border talks resume on the river section"', 'date = 2025-03-04T09:15:00+04:00',
                              'lastmod = 2025-03-09T11:00:00+04:00', 'author = "Ruth Okafor"', 'draft = false',
                              'tags = ["border", "rail"]'],
     "Border talks resume on the river section", "2025-03-04", ["Ruth Okafor"],
     '{{< figure src="/img/river.jpg" alt="the river at dawn" caption="The river section seen from the bridge" >}}',
     "The river section seen from the bridge"),
    ("toml-authors-de", "de", ['title = "Grenzgespräche am Fluss: die Kommissionen tagen wieder"',
                               'date = "2025-05-12"', 'authors = ["Lena Hartmann", "Murad Aliyev"]',
                               'categories = ["Kaukasus"]'],
     "Grenzgespräche am Fluss: die Kommissionen tagen wieder", "2025-05-12", ["Lena Hartmann", "Murad Aliyev"],
     None, None),
    ("toml-trap-ticker-de", "de", None, "Eilmeldung: Delegationen vertagen sich", None, [], None, None),
    ("toml-author-ru", "ru", ['title = "Переговоры о границе на реке возобновились"', 'date = 2025-04-07',
                              'author = "Ирина Волкова"', 'slug = "granica-reka"'],
     "Переговоры о границе на реке возобновились", "2025-04-07", ["Ирина Волкова"],
     '{{< figure src="/img/reka.jpg" caption="Мост через реку утром" >}}', "Мост через реку утром"),
    ("toml-authors-es", "es", ['title = "Las comisiones vuelven a la frontera del río"', 'date = 2025-06-02T18:00:00Z',
                               'author = "Lucía Herrero"', 'description = "Crónica de la reunión"'],
     "Las comisiones vuelven a la frontera del río", "2025-06-02", ["Lucía Herrero"],
     '{{< img src="/img/rio.jpg" caption="El puente sobre el río al amanecer" >}}', "El puente sobre el río al amanecer"),
    ("toml-trap-shortcode-prose-en", "en", ['title = "Adding pictures to a post"', 'date = 2025-07-01',
                                            'author = "Tom Ashworth"'],
     "Adding pictures to a post", "2025-07-01", ["Tom Ashworth"], None, None),
    ("toml-author-pl", "pl", ['title = "Rozmowy o granicy na rzece wznowione"', "date = 2025-08-19T07:30:00+02:00",
                              'author = "Anna Kowalczyk"', 'tags = ["granica"]'],
     "Rozmowy o granicy na rzece wznowione", "2025-08-19", ["Anna Kowalczyk"],
     '{{< figure src="/img/most.jpg" caption="Most na rzece o świcie" >}}', "Most na rzece o świcie"),
    ("toml-trap-ticker-tr", "tr", None, "Son dakika: heyetler görüşmeyi erteledi", None, [], None, None),
]
_PROSE_SHORTCODE = ("To place a picture in a post, write {{< figure src=\"/img/name.jpg\" caption=\"Your caption\" >}} "
                    "on its own line; the theme sets the caption under the picture and links it to the file.")


def _tomls() -> list[Cell]:
    out = []
    for name, lang, fm, title, date, authors, shortcode, caption in TOMLS:
        body = list(BODIES[lang][:2])
        if fm is None:  # a ticker's flash line over the heading
            flash = "+++ 14:05 Uhr +++" if lang == "de" else "+++ 14:05 +++"
            text = "\n\n".join([flash, f"# {title}"] + body) + "\n"
        else:
            lines = ["+++", *fm, "+++", ""]
            if shortcode:
                lines += [shortcode, ""]
            if "prose" in name:
                body = [_PROSE_SHORTCODE] + body
            text = "\n".join(lines) + "\n\n".join(body) + "\n"
        furniture = ([caption] if caption else []) + (["title =", "+++"] if fm else [])
        out.append(Cell("toml", name, text, title, date, authors, suffix=".md", body=body, furniture=furniture))
    return out


# ---- wire: (name, lang, agency, headline, summary, byline line, author(s), dateline, stamp, date)
WIRE_TEXT = {
    "en": ["Border commissions from the two countries met again on Tuesday on the section of the river where old "
           "maps disagree with the line the villages have used for decades.",
           "Officials said the afternoon session turned to the railway, which crosses the disputed ground twice.",
           "Neither side expects a final text this week, a delegate said."],
    "de": ["Die Grenzkommissionen beider Länder sind am Dienstag erneut zu Gesprächen über den Flussabschnitt "
           "zusammengekommen, auf dem alte Karten von der Linie der Dörfer abweichen.",
           "Am Nachmittag ging es nach Angaben von Teilnehmern um die Eisenbahn, die das Gebiet zweimal quert.",
           "Ein fertiger Text wird in dieser Woche nicht erwartet, sagte ein Delegierter."],
    "fr": ["Les commissions des deux pays se sont retrouvées mardi sur le tronçon de la rivière où les cartes "
           "anciennes contredisent la ligne suivie par les villages.",
           "La séance de l'après-midi a porté sur la voie ferrée, qui traverse deux fois le terrain disputé.",
           "Aucun texte final n'est attendu cette semaine, selon un délégué."],
    "es": ["Las comisiones de los dos países volvieron a reunirse el martes sobre el tramo del río en el que los "
           "mapas antiguos no coinciden con la línea que siguen los pueblos.",
           "La sesión de la tarde se dedicó al ferrocarril, que cruza dos veces el terreno en disputa.",
           "Nadie espera un texto final esta semana, según un delegado."],
    "pl": ["Komisje graniczne obu krajów spotkały się we wtorek ponownie w sprawie odcinka rzeki, na którym stare "
           "mapy nie zgadzają się z linią używaną przez wsie.",
           "Popołudniowa sesja dotyczyła kolei, która dwukrotnie przecina sporny teren.",
           "Nikt nie oczekuje ostatecznego tekstu w tym tygodniu, powiedział jeden z delegatów."],
}
WIRES = [
    ("wire-by-en", "en", "CNA", "Caucasus: border talks resume on the river section",
     "Railway crossings on the agenda. Delegate: 'no text this week'", "(by Daniel Marsh)", ["Daniel Marsh"],
     "BAKU, 4 MAR", "04-MAR-25 10:12", "2025-03-04"),
    ("wire-von-de", "de", "NDA", "Kaukasus: Grenzgespräche am Fluss wieder aufgenommen",
     "Eisenbahn auf der Tagesordnung. Delegierter: 'kein Text diese Woche'", "(von Jonas Brandt)", ["Jonas Brandt"],
     "TIFLIS, 6 MRZ", "06-MAR-25 16:40", "2025-03-06"),
    ("wire-trap-updates-en", "en", "CNA", "Caucasus: border talks resume on the river section",
     "Railway crossings on the agenda", "(Updates with the minister's comments)", [],
     "BAKU, 11 MAR", "11-MAR-25 09:05", "2025-03-11"),
    ("wire-de-fr", "fr", "AIP", "Caucase : reprise des pourparlers sur la frontière fluviale",
     "Le chemin de fer au programme. Un délégué : 'pas de texte cette semaine'", "(de Claire Dubois)",
     ["Claire Dubois"], "BAKOU, 4 MARS", "04-MAR-25 12:30", "2025-03-04"),
    ("wire-por-es", "es", "APN", "Cáucaso: se reanudan las conversaciones sobre la frontera del río",
     "El ferrocarril, en la agenda. Un delegado: 'no habrá texto esta semana'", "(por Lucía Herrero)",
     ["Lucía Herrero"], "BAKÚ, 5 MAR", "05-MAR-25 19:02", "2025-03-05"),
    ("wire-trap-newyear-en", "en", "CNA", "Caucasus: commissions agree to meet in January",
     "Railway crossings next", "(by Ruth Okafor)", ["Ruth Okafor"], "TBILISI, 31 DEC", "01-JAN-26 00:20",
     "2025-12-31"),
    ("wire-od-pl", "pl", "PAI", "Kaukaz: wznowiono rozmowy o granicy na rzece",
     "Kolej w programie. Delegat: 'w tym tygodniu nie będzie tekstu'", "(od Anna Kowalczyk)", ["Anna Kowalczyk"],
     "BAKU, 7 MAR", "07-MAR-25 08:55", "2025-03-07"),
    ("wire-trap-corrects-de", "de", "NDA", "Kaukasus: Kommissionen vertagen sich auf April",
     "Keine Einigung zur Eisenbahn", "(Berichtigt Datum im zweiten Absatz)", [], "ERIWAN, 12 MRZ",
     "12-MAR-25 21:14", "2025-03-12"),
]


def _wires() -> list[Cell]:
    out = []
    for k, (name, lang, agency, headline, summary, byline, authors, dateline, stamp, date) in enumerate(WIRES):
        first, *rest = WIRE_TEXT[lang]
        lead = f"({agency}) - {dateline} - {first}"
        route = f"S{k}B QX{k}B"
        lines = [f"ZCZC{4200 + k}/SXB", f"XEF{25060 + k}1012_SXB_QX{k}B", f"R ESE {route}", "", headline, summary, "",
                 byline, lead] + [f"    {p}" for p in rest] + [f"({agency}).", "", f"     {agency[:2]}-K{k}/", route,
                                                                 f"{stamp} NNNN"]
        out.append(Cell("wire", name, "\n".join(lines) + "\n", headline, date, authors,
                        body=[lead] + rest, furniture=["ZCZC", "NNNN", summary.split(".")[0]]))
    return out


# ---- tnote: (name, lang, the note or a trap paragraph, quoted, is the note)
_TURNS = {
    "nl": ["**Sanne de Vries:** Welkom bij een nieuwe aflevering. Vandaag praten we over de spoorlijn naar Kars en "
           "over de haven van Alat, die dit jaar fors is uitgebreid.",
           "**Pieter Bakker:** Dank je. De haven is inderdaad gegroeid, maar de wachttijden aan de grens blijven lang."],
    "pt": ["**Ana Ribeiro:** Bem-vindos a mais um episódio. Hoje falamos da linha férrea até Kars e do porto de "
           "Alat, que foi ampliado este ano.",
           "**Rui Costa:** Obrigado. O porto cresceu, mas as esperas na fronteira continuam longas."],
    "en": ["**Sarah Whitlock:** Welcome back. Today we look at the railway to Kars and at the port of Alat, which "
           "has grown a great deal this year.",
           "**Emil Rustamov:** Thanks. The port has grown, but the waits at the border are still long."],
    "sv": ["**Karin Lund:** Välkomna till ett nytt avsnitt. I dag pratar vi om järnvägen till Kars och om hamnen "
           "i Alat, som har byggts ut i år.",
           "**Erik Holm:** Tack. Hamnen har vuxit, men väntetiderna vid gränsen är fortfarande långa."],
}
TNOTES = [
    ("tnote-nl-quote", "nl", "Deze tekst is automatisch gegenereerd en door de redactie nagekeken. Citeer op basis van "
                             "de geluidsopname.", True, True),
    ("tnote-pt-italic", "pt", "Texto gerado automaticamente a partir do áudio e revisto pela redação.", False, True),
    ("tnote-trap-summary-en", "en", "In this episode: how automatic number-plate checks changed the crossing at Red "
                                    "Bridge, and why lorries still wait for hours on the Georgian side.", None, False),
    ("tnote-sv-quote", "sv", "Texten är automatiskt skapad och kan innehålla fel. Lyssna gärna på avsnittet.", True,
     True),
]


def _tnotes() -> list[Cell]:
    out = []
    for name, lang, note, quoted, is_note in TNOTES:
        turns = _TURNS[lang]
        block = note if quoted is None else ("> " + note if quoted else f"*{note}*")
        title = turns[0].split(":**")[1].split(".")[1].strip()[:50]
        text = "\n\n".join([f"# {title}", "**12.03.2025** · 31 min", block, "## —"] + turns) + "\n"
        body = [" ".join(t.replace("**", "").split()) for t in turns]
        if not is_note:
            body = [note] + body
        out.append(Cell("tnote", name, text, title, "2025-03-12", None, suffix=".md", body=body,
                        furniture=[note.split(" ")[0] + " " + note.split(" ")[1]] if is_note else []))
    return out


# ---- capcover and endfoot: a layout-kept report
REPORT_TEXT = {
    "en": ["   In  2024  our  observers  visited  38  crossings  along the border and recorded the time lorries",
           "waited,  the  checks they passed and the fees they were asked to pay at each crossing point.",
           "",
           "   Waiting  times  fell  at  most  crossings  after the new terminals opened, but they rose at two",
           "crossings in the north, where the roads leading to the border have not been repaired."],
    "de": ["   Im  Jahr  2024  besuchten  unsere  Beobachter  38  Grenzübergänge  und  hielten  fest, wie lange",
           "Lastwagen warteten, welche Kontrollen sie durchliefen und welche Gebühren verlangt wurden.",
           "",
           "   Die  Wartezeiten  sanken an den meisten Übergängen, nachdem die neuen Terminals eröffnet worden",
           "waren, stiegen aber an zwei Übergängen im Norden, deren Zufahrtsstraßen nicht saniert sind."],
}
REPORT_BODY = {lang: [" ".join(" ".join(v[:2]).split()), " ".join(" ".join(v[3:]).split())] for lang, v in REPORT_TEXT.items()}
# (name, lang, org, org's line, title lines (capitals or not), kind, period, published row, date, authors row, funder)
COVERS = [
    ("capcover-published-en", "en", "CASPIAN ROADS MONITOR", "Independent observation of border crossings",
     ["WAITING AT THE BORDER: FREIGHT CROSSINGS", "BETWEEN GEORGIA AND AZERBAIJAN"], "Annual Report 2024",
     "Observation period: January - December 2024", "Published: 3 March 2025", "2025-03-03",
     "Author: Nino Tsereteli (Lead Observer)", ["Nino Tsereteli"],
     ["This report was produced with the financial support of the Open Roads", "Foundation. Its contents are the "
      "sole responsibility of Caspian Roads Monitor."]),
    ("capcover-veroeffentlicht-de", "de", "KAUKASUS GRENZBEOBACHTUNG", "Unabhängige Beobachtung der Grenzübergänge",
     ["WARTEN AN DER GRENZE: GÜTERVERKEHR", "ZWISCHEN GEORGIEN UND ASERBAIDSCHAN"], "Jahresbericht 2024",
     "Beobachtungszeitraum: Januar - Dezember 2024", "Veröffentlicht: 5. März 2025", "2025-03-05",
     "Autorin: Lena Hartmann (Projektleitung)", ["Lena Hartmann"],
     ["Dieser Bericht wurde mit finanzieller Unterstützung der Stiftung Offene", "Wege erstellt. Für den Inhalt ist "
      "allein die Kaukasus Grenzbeobachtung verantwortlich."]),
    ("capcover-trap-mixed-en", "en", "CASPIAN ROADS MONITOR", "Independent observation of border crossings",
     ["Waiting at the Border: Freight Crossings", "between Georgia and Azerbaijan"], "Annual Report 2024",
     "Observation period: January - December 2024", "Published: 10 March 2025", "2025-03-10",
     "Author: Nino Tsereteli (Lead Observer)", ["Nino Tsereteli"], None),
    ("capcover-issued-en", "en", "SOUTH CAUCASUS RAIL WATCH", "A citizens' network on the railways",
     ["THE KARS LINE IN ITS FIRST", "FULL YEAR OF TRAFFIC"], "Monitoring Report 2024",
     "Reporting period: 1 January - 31 December 2024", "Issued: 18 February 2025", "2025-02-18",
     "Authors: Rauf Karimli (Coordinator) and Emre Aydin", ["Rauf Karimli", "Emre Aydin"],
     ["This publication was funded by the Rail Futures Trust. The views expressed", "are those of the authors alone."]),
]
# (name, lang, the lines after the last folio, or a list in the text (the trap))
ENDFEET = [
    ("endfoot-address-c-en", "en", ["Caspian Roads Monitor · 4 Rustaveli Avenue, Tbilisi 0108 · info@crm.example",
                                    "(c) Caspian Roads Monitor 2025. Quoting is welcome with acknowledgement."], None),
    ("endfoot-address-copy-de", "de", ["Kaukasus Grenzbeobachtung · Lindenstraße 12, 10969 Berlin · kontakt@kgb.example",
                                       "© Kaukasus Grenzbeobachtung 2025. Nachdruck mit Quellenangabe erlaubt."], None),
    ("endfoot-trap-list-en", "en", None,
     ["   We recommend that (a) the customs services publish waiting times every day, (b) the two governments repair",
      "the northern roads before the winter, and (c) the operators of the new terminals post their fees at the",
      "gate in three languages."]),
    ("endfoot-address-copyright-en", "en", ["South Caucasus Rail Watch | 9 Nizami Street, Baku AZ1000 | rail@scrw.example",
                                            "Copyright (c) 2025 South Caucasus Rail Watch. All rights reserved."], None),
]


def _cover(org, line, title_lines, kind, period, published, authors_row, funder) -> list[str]:
    def centred(s):
        return " " * max(0, (78 - len(s)) // 2) + s

    return ([centred(org), centred(line), "", "", ""] + [centred(t) for t in title_lines] + ["", centred(kind), "", "", "",
            centred(period), centred(published), "", "", "     " + authors_row, "", ""]
            + (["     " + f for f in funder] if funder else []) + ["", "", centred("- 1 -"), "\f"])


def _head(org):
    return [f"Monitoring Report{' ' * 40}{org.title()}", "", ""]


def _capcovers() -> list[Cell]:
    out = []
    for name, lang, org, line, title_lines, kind, period, published, date, authors_row, authors, funder in COVERS:
        lines = _cover(org, line, title_lines, kind, period, published, authors_row, funder) + _head(org) \
            + ["1. " + ("Summary" if lang == "en" else "Zusammenfassung"), ""] + REPORT_TEXT[lang] \
            + ["", "", " " * 38 + "- 2 -"]
        title = " ".join(title_lines)
        furniture = [line] + ([funder[0]] if funder else [])
        out.append(Cell("capcover", name, "\n".join(lines) + "\n", title, date, authors, body=REPORT_BODY[lang],
                        furniture=furniture))
    return out


def _endfeet() -> list[Cell]:
    out = []
    org, title_lines = "CASPIAN ROADS MONITOR", ["WAITING AT THE BORDER: FREIGHT CROSSINGS", "BETWEEN GEORGIA AND AZERBAIJAN"]
    for k, (name, lang, tail, listed) in enumerate(ENDFEET):
        cover = _cover(org, "Independent observation of border crossings", title_lines, "Annual Report 2024",
                       "Observation period: January - December 2024", f"Published: {k + 3} March 2025",
                       "Author: Nino Tsereteli (Lead Observer)", None)
        body = list(REPORT_BODY[lang])
        lines = cover + _head(org) + ["1. Summary", ""] + REPORT_TEXT[lang]
        if listed:
            lines += [""] + listed
            body.append(" ".join(" ".join(listed).split()))
        lines += ["", "", " " * 38 + "* * *", "", "", " " * 38 + "- 2 -", ""] + (tail or [])
        out.append(Cell("endfoot", name, "\n".join(lines) + "\n", " ".join(title_lines), f"2025-03-0{k + 3}",
                        ["Nino Tsereteli"], body=body, furniture=[t[:30] for t in (tail or [])]))
    return out


# ---- letterhead (PDF): (name, state line, office line, label, byline or None, author, office as the text says it)
LETTERHEADS = [
    ("letterhead-ministry-en", "REPUBLIC OF CALVERA", "MINISTRY OF TRANSPORT AND COMMUNICATIONS",
     "FOR IMMEDIATE RELEASE · No. 9/2025", None, "Ministry of Transport and Communications"),
    ("letterhead-agency-en", "KINGDOM OF NORVALE", "NATIONAL ENERGY REGULATORY AUTHORITY",
     "PRESS RELEASE | Ref. 22/2025", None, "National Energy Regulatory Authority"),
    ("letterhead-trap-byline-en", "REPUBLIC OF CALVERA", "MINISTRY OF TRANSPORT AND COMMUNICATIONS",
     "FOR IMMEDIATE RELEASE · No. 10/2025", "By Helen Marsh, Press Officer", "Helen Marsh"),
    ("letterhead-office-en", "REPUBLIC OF VELTRIA", "MINISTRY OF FOREIGN AFFAIRS",
     "FOR IMMEDIATE RELEASE · No. 31/2025", None, "Ministry of Foreign Affairs"),
]
_LETTER_PARAS = [
    "{place}, 4 March 2025 - The {office} has signed an agreement with Azerbaijan on freight transit along the "
    "Middle Corridor, opening the way for the first through trains to the Black Sea ports this summer.",
    "The agreement was initialled in Baku on 28 February and enters into force on 1 May. The {office} said that "
    "customs checks would be moved to the terminals at either end of the route.",
    "Officials from both sides will meet again in June to review the first months of traffic."]


def _letterheads() -> list[Cell]:
    out = []
    for name, state, office, label, byline, author in LETTERHEADS:
        said = author if byline is None else office.title().replace(" And ", " and ").replace(" Of ", " of ")
        paras = [p.format(place=state.split(" OF ")[-1] + " CITY", office=said) for p in _LETTER_PARAS]
        title = "Agreement on freight transit with Azerbaijan signed"
        over = [state, office, "", label, "Media contact: Press Office · +1 555 0100 · press@gov.example", ""]
        front = ["Through trains to the Black Sea ports from the summer"] + ([byline] if byline else [])
        spec = {"title": title, "body_paragraphs": paras,
                "pdf": {"height": 842, "title_size": 17, "columns": 1, "front_align": "left",
                        "running_head": f"{said} · Press release", "over_title": over, "front": front,
                        "after": [["###", 9.0, True], ["", 6.0], ["More at www.gov.example", 8.5]]}}
        out.append(Cell("letterhead", name, json.dumps(spec), title, "2025-03-04", [author], suffix=".pdf", body=paras,
                        furniture=[state, label.split(" ")[0] + " " + label.split(" ")[1]]))
    return out


def cells() -> list[Cell]:
    return _tomls() + _wires() + _tnotes() + _capcovers() + _endfeet() + _letterheads()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d17rest measures it, a PDF drawn with documents20's make_pdf."""
    return sweep_d17rest.measure(cell, "documents20")


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
