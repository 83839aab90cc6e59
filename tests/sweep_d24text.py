"""A sweep of the text and markdown kinds documents24 missed (taken up as development material), each written in
other templates, wordings and languages than documents24's:

- ``partby`` (markdown, plain text): a head line of parts set apart by middle dots or bars, one part a byline cue
  with two names ("Compiled by A and B", "Erstellt von A und B", "Préparé par A et B", "Подготовили A и B",
  "Elaborado por A y B", "A cura di A e B", "Opracowali A i B", "Samengesteld door A en B"), the line opening with
  the team's name (a desk, a unit): both names are the authors, the team their affiliation. Traps: a part "Prepared
  for …" (no byline); a line opening with its day ("3 March 2026 · By A · 4 min read": A with no affiliation);
  a line of parts with no byline part (no authors).
- ``slug`` (plain text): an agency dispatch whose keyword slug (words joined by hyphens, no spaces:
  "Azerbaijan-Georgia-rail-freight", "Aserbaidschan-Türkei-Gas", "Rusia-Azerbaiyán-diplomacia") stands between the
  service's lines and the headline: the slug is no title. Traps: a headline opening with a hyphenated route and
  spaces after it ("Baku-Tbilisi-Kars line carries record freight") is the title; a dispatch with no slug.
- ``aired`` (plain text): a programme's transcript whose header block of labelled lines gives the broadcast day
  under a label with its hours after it ("Broadcast: Thursday 5 March 2026, 19:00-19:30 (Tbilisi time)",
  "Sendung: Donnerstag, 5. März 2026, 19.05 bis 19.30 Uhr (MEZ)", "Эфир: четверг, 5 марта 2026 года, 19:00–19:30
  по московскому времени"): the day is the date, not the transcription service's later day at the foot. Traps: a
  header block with a "Recorded:" day and the broadcast day (both the same); no day in the block (the foot's day is
  the transcription's, the date none).

- ``capsnote`` (plain text): a transcript's note on how it was made set in capitals over the turns, naming the
  transcript ("THIS TRANSCRIPT WAS PRODUCED FROM A TAPE …", "DIESE ABSCHRIFT WURDE …", "ДАННАЯ СТЕНОГРАММА …"):
  capitals set it apart, no body. Traps: a story's first paragraph in mixed case naming a transcript; a cable in
  capitals throughout whose first paragraph names the transcript (capitals set nothing apart there).
- ``shortturn`` (plain text): a transcript's short turn with its time stamp and the speaker's label ("[00:00:38]
  GELASHVILI: Thank you, Fiona.", "(00:40) Tural Mammadov: Gracias, Lucía."): a turn, body however short. Traps: a
  time stamp before a stage line ("[00:00:40] [MUSIC]") or a part's label ("[00:05:00] Part two"): no body.

- ``orgissue`` (PDF, drawn by documents15's generator as documents24's bulletin): a statistics body's bulletin that no
  person signs, its head the body's name in capitals over its department's line and the series' numbered issue
  ("Statistical Bulletin No. 2/2026", "Statistisches Bulletin Nr. 4/2026", "Bollettino statistico n. 2/2026"):
  the body is the author (an organisation), not its department, its name in title case where the text never writes
  it in mixed case (sweep_d23text's series: "as the text writes it, else in title case"). Traps: the same head with a person's byline; a
  line in capitals that names no body (a section's name) over the issue line.

Cells alternate within each kind as written: the development half and the test half (other wordings,
languages, layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d24text [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d23text import BODIES, measure as _measure


# ---- partby: (name, lang, suffix, title, head line, authors, affiliation)
PARTBYS = [
    ("partby-en", "en", ".md", "Ferry waiting times at Alat, 2022-2025",
     "**Port Analytics Unit** · Notebook 12 · Compiled by Ruth Okafor and Daud Karimov · Last run: 2026-02-11",
     ["Ruth Okafor", "Daud Karimov"], "Port Analytics Unit"),
    ("partby-es", "es", ".md", "Exportaciones no petroleras, 2020-2025",
     "**Unidad de Datos del Caspio** · Cuaderno 4 · Elaborado por Lucía Herrero y Tural Mammadov · Última ejecución: 2026-02-11",
     ["Lucía Herrero", "Tural Mammadov"], "Unidad de Datos del Caspio"),
    ("partby-de", "de", ".txt", "Gasflüsse über TAP, 2020-2025",
     "Datenteam Kaukasus | Auswertung 3 | Erstellt von Lena Hartmann und Jonas Vogt | Stand: 11.02.2026",
     ["Lena Hartmann", "Jonas Vogt"], "Datenteam Kaukasus"),
    ("partby-it", "it", ".txt", "Traffico nel porto di Alat, 2021-2025",
     "Redazione Dati Caspio | Quaderno 9 | A cura di Giulia Ferri e Marco Bellini | Aggiornato: 11.02.2026",
     ["Giulia Ferri", "Marco Bellini"], "Redazione Dati Caspio"),
    ("partby-fr", "fr", ".md", "Le trafic des ferries sur la Caspienne, 2020-2025",
     "**Cellule Données Caspienne** · Carnet 5 · Préparé par Claire Dubois et Marc Lefèvre · Dernière exécution : 2026-02-11",
     ["Claire Dubois", "Marc Lefèvre"], "Cellule Données Caspienne"),
    ("partby-pl", "pl", ".md", "Przewozy kolejowe przez Gruzję, 2020-2025",
     "**Zespół Danych Kaspijskich** · Notatnik 2 · Opracowali Anna Wiśniewska i Piotr Nowak · Ostatnie uruchomienie: 2026-02-11",
     ["Anna Wiśniewska", "Piotr Nowak"], "Zespół Danych Kaspijskich"),
    ("partby-ru", "ru", ".txt", "Паромные перевозки на Каспии, 2020-2025",
     "Отдел данных «Каспий» | Блокнот 7 | Подготовили Ирина Волкова и Тимур Беков | 11.02.2026",
     ["Ирина Волкова", "Тимур Беков"], "Отдел данных «Каспий»"),
    ("partby-nl", "nl", ".txt", "Vrachtverkeer via Alat, 2020-2025",
     "Dataredactie Kaukasus | Notitieboek 6 | Samengesteld door Sanne de Vries en Joris Bakker | 11.02.2026",
     ["Sanne de Vries", "Joris Bakker"], "Dataredactie Kaukasus"),
    ("partby-trap-for-en", "en", ".md", "Ferry waiting times at Alat, 2022-2025",
     "**Port Analytics Unit** · Notebook 12 · Prepared for the Board of Directors · Last run: 2026-02-11", [], None),
    ("partby-trap-dayfirst-en", "en", ".txt", "Gas storage before the winter",
     "11 February 2026 · By Helen Marsh · 4 min read", ["Helen Marsh"], None),
    ("partby-trap-none-de", "de", ".md", "Gasflüsse über TAP, 2020-2025",
     "**Datenteam Kaukasus** · Auswertung 3 · Stand: 2026-02-11", [], None),
    ("partby-trap-day-es", "es", ".txt", "El puerto seco de Alat",
     "11.02.2026 | Por Lucía Herrero | Lectura de 4 minutos", ["Lucía Herrero"], None),
]


def _partbys() -> list[Cell]:
    out = []
    for name, lang, suffix, title, head, authors, affiliation in PARTBYS:
        paragraphs = list(BODIES[lang][:2])
        top = f"# {title}" if suffix == ".md" else title
        code = "```python\nimport pandas as pd\ndf = pd.read_csv(\"ferries.csv\")\n```\n\n" if suffix == ".md" else ""
        text = f"{top}\n\n{head}\n\n{paragraphs[0]}\n\n{code}{paragraphs[1]}\n"
        cell = Cell("partby", name, text, title, "2026-02-11", authors, suffix=suffix, body=paragraphs)
        cell.affiliations = [affiliation] * len(authors)
        out.append(cell)
    return out


# ---- slug: (name, lang, service's lines, slug or None, headline, byline, dateline's opening, ISO date)
SLUGS = [
    ("slug-en", "en", ["CASPIAN NEWS SERVICE", "ZCZC CNS0217 3 ECO /CNS-KX04"], "Azerbaijan-Georgia-rail-freight",
     "Rail freight across Georgia rises for a third year", "By Helen MARSH", "BAKU, March 4, 2026 (CNS) -", "2026-03-04"),
    ("slug-de", "de", ["KAUKASUS-PRESSEDIENST", "ZCZC KPD0331 4 WI /KPD-RT22"], "Aserbaidschan-Türkei-Gas-Energie",
     "Türkei will mehr Gas aus Aserbaidschan kaufen", "Von Lena HARTMANN", "BAKU, 4. März 2026 (KPD) -", "2026-03-04"),
    ("slug-es", "es", ["AGENCIA CASPIA DE NOTICIAS", "ZCZC ACN0099 2 POL /ACN-BT07"], "Rusia-Azerbaiyán-diplomacia",
     "Rusia y Azerbaiyán reanudan las consultas sobre el Caspio", "Por Lucía HERRERO", "BAKÚ, 4 de marzo de 2026 (ACN) -",
     "2026-03-04"),
    ("slug-it", "it", ["AGENZIA CASPIO NOTIZIE", "ZCZC ACN0512 4 ECO /ACN-MI09"], "Italia-Azerbaigian-gas-TAP",
     "Più gas azero verso l'Italia con il raddoppio del TAP", "Di Giulia FERRI", "BAKU, 4 marzo 2026 (ACN) -",
     "2026-03-04"),
    ("slug-trap-route-en", "en", ["CASPIAN NEWS SERVICE", "ZCZC CNS0218 3 ECO /CNS-KX04"], None,
     "Baku-Tbilisi-Kars line carries record freight", "By Helen MARSH", "BAKU, March 4, 2026 (CNS) -", "2026-03-04"),
    ("slug-pl", "pl", ["KASPIJSKA AGENCJA PRASOWA", "ZCZC KAP0140 4 POL /KAP-WA03"], "Polska-Azerbejdżan-energia-gaz",
     "Polska chce kupować gaz z Azerbejdżanu", "Anna WIŚNIEWSKA", "BAKU, 4 marca 2026 (KAP) -", "2026-03-04"),
    ("slug-trap-none-fr", "fr", ["SERVICE CASPIEN D'INFORMATION", "ZCZC SCI0045 4 POL /SCI-PA11"], None,
     "La France soutient la reprise des pourparlers frontaliers", "Par Claire DUBOIS", "BAKOU, 4 mars 2026 (SCI) -",
     "2026-03-04"),
    ("slug-pt", "pt", ["AGÊNCIA CÁSPIO NOTÍCIAS", "ZCZC ACN0733 4 ECO /ACN-LX05"], "Portugal-Azerbaijão-portos-carga",
     "Portos do Cáspio movimentam mais carga em 2025", "Por Joana RIBEIRO", "BAKU, 4 de março de 2026 (ACN) -",
     "2026-03-04"),
]


def _slugs() -> list[Cell]:
    out = []
    for name, lang, service, slug, headline, byline, dateline, date in SLUGS:
        paragraphs = [f"{dateline} {BODIES[lang][0]}", BODIES[lang][1]]
        head = "\n\n".join(service + ([slug] if slug else []) + [headline, byline])
        text = f"{head}\n\n" + "\n\n".join(paragraphs) + "\n\nxy/ab\n\n041530 GMT MAR 26\n"
        out.append(Cell("slug", name, text, headline, date, None, body=paragraphs, furniture=[slug] if slug else []))
    return out


# ---- aired: (name, lang, heading lines, labelled lines, ISO date or None, the foot's line)
_AIRED_TURNS = {
    "en": ("PRESENTER:", "GUEST:"), "de": ("MODERATORIN:", "GAST:"), "ru": ("ВЕДУЩАЯ:", "ГОСТЬ:"),
    "fr": ("PRÉSENTATRICE :", "INVITÉ :"), "es": ("PRESENTADORA:", "INVITADO:"), "it": ("CONDUTTRICE:", "OSPITE:"),
    "pl": ("PROWADZĄCA:", "GOŚĆ:"), "tr": ("SUNUCU:", "KONUK:")}
AIREDS = [
    ("aired-en", "en", ["CASPIAN RADIO", "MORNING REPORT", "TRANSCRIPT"],
     ["Programme: Morning Report", "Title: Ferries, freight and the Caspian ports",
      "Broadcast: Wednesday 4 March 2026, 07:00-07:30 (Baku time)", "Presenter: Ruth Okafor", "Producer: Sam Reid"],
     "2026-03-04", "Transcript prepared by Verbatim Ltd on 5 March 2026."),
    ("aired-de", "de", ["KAUKASUS-FUNK", "ABENDJOURNAL", "MANUSKRIPT"],
     ["Sendereihe: Abendjournal", "Titel: Gas für Europa aus dem Kaspischen Meer",
      "Sendung: Mittwoch, 4. März 2026, 19.05 bis 19.30 Uhr (MEZ)", "Moderation: Lena Hartmann", "Redaktion: Paul Adler"],
     "2026-03-04", "Abschrift erstellt am 5. März 2026 von Textwerk GmbH."),
    ("aired-ru", "ru", ["РАДИО «КАСПИЙ»", "ВЕЧЕРНИЙ ЭФИР", "СТЕНОГРАММА"],
     ["Программа: Вечерний эфир", "Тема: Паромы на Каспии и очереди в портах",
      "Эфир: среда, 4 марта 2026 года, 19:00–19:30 по московскому времени", "Ведущая: Ирина Волкова"],
     "2026-03-04", "Расшифровка подготовлена 5 марта 2026 года."),
    ("aired-es", "es", ["RADIO CASPIO", "EL MATINAL", "TRANSCRIPCIÓN"],
     ["Programa: El Matinal", "Título: Los puertos del Caspio y el comercio con Europa",
      "Emisión: miércoles 4 de marzo de 2026, de 08:00 a 08:30 (hora de Madrid)", "Presenta: Lucía Herrero"],
     "2026-03-04", "Transcripción realizada el 5 de marzo de 2026."),
    ("aired-trap-recorded-en", "en", ["CASPIAN RADIO", "WEEKEND EDITION", "TRANSCRIPT"],
     ["Programme: Weekend Edition", "Title: Ferries, freight and the Caspian ports",
      "Recorded: Tuesday 3 March 2026, 15:00-15:40 (Baku time)",
      "Broadcast: Wednesday 4 March 2026, 07:00-07:30 (Baku time)", "Presenter: Ruth Okafor"],
     "2026-03-04", "Transcript prepared by Verbatim Ltd on 5 March 2026."),
    ("aired-it", "it", ["RADIO CASPIO", "GIORNALE DELLA SERA", "TRASCRIZIONE"],
     ["Programma: Giornale della sera", "Titolo: Il gas del Caspio e i porti italiani",
      "In onda: mercoledì 4 marzo 2026, dalle 19:00 alle 19:30 (ora italiana)", "Conduce: Giulia Ferri"],
     "2026-03-04", "Trascrizione a cura di Testi Srl, 5 marzo 2026."),
    ("aired-trap-noday-en", "en", ["CASPIAN RADIO", "MORNING REPORT", "TRANSCRIPT"],
     ["Programme: Morning Report", "Title: Ferries, freight and the Caspian ports", "Presenter: Ruth Okafor",
      "Producer: Sam Reid"],
     None, "Transcript prepared by Verbatim Ltd on 5 March 2026."),
    ("aired-pl", "pl", ["RADIO KASPIJ", "MAGAZYN WIECZORNY", "TRANSKRYPCJA"],
     ["Audycja: Magazyn wieczorny", "Tytuł: Porty Morza Kaspijskiego i handel z Europą",
      "Emisja: środa, 4 marca 2026, godz. 19:00–19:30 (czasu polskiego)", "Prowadząca: Anna Wiśniewska"],
     "2026-03-04", "Transkrypcję sporządzono 5 marca 2026."),
]


def _aireds() -> list[Cell]:
    out = []
    for name, lang, heads, labelled, date, foot in AIREDS:
        title = labelled[1].split(":", 1)[1].strip()
        host, guest = _AIRED_TURNS[lang]
        turns = [f"[00:00:{10 + 20 * k:02d}] {(host, guest)[k % 2]} {BODIES[lang][k % 2]}" for k in range(2)]
        text = ("\n".join(heads) + "\n\n" + "\n".join(labelled) + "\n\n" + "\n\n".join(turns) + "\n\n[END]\n\n"
                + foot + "\n")
        cell = Cell("aired", name, text, title, date, None, body=turns)
        if date is None:  # the foot's day is the transcription's: no date
            cell.no_date = True
        out.append(cell)
    return out


# ---- capsnote: (name, lang, the paragraph over the turns, whether it is a note, whole text in capitals)
CAPSNOTES = [
    ("capsnote-en", "en", "THIS TRANSCRIPT WAS PRODUCED FROM A TAPE AND MAY CONTAIN MISTAKES. CHECK AGAINST THE "
     "BROADCAST BEFORE QUOTING.", True, False),
    ("capsnote-de", "de", "DIESE ABSCHRIFT WURDE NACH EINEM MITSCHNITT ERSTELLT. ES GILT DAS GESPROCHENE WORT.", True, False),
    ("capsnote-ru", "ru", "ДАННАЯ СТЕНОГРАММА ПОДГОТОВЛЕНА ПО ЗАПИСИ ЭФИРА И МОЖЕТ СОДЕРЖАТЬ НЕТОЧНОСТИ.", True, False),
    ("capsnote-fr", "fr", "CETTE TRANSCRIPTION A ÉTÉ RÉALISÉE À PARTIR D'UN ENREGISTREMENT ET PEUT CONTENIR DES "
     "ERREURS.", True, False),
    ("capsnote-trap-story-en", "en", "The transcript of the hearing, published by the court on Tuesday, shows that "
     "the two sides disagreed about the tariff.", False, False),
    ("capsnote-es", "es", "ESTA TRANSCRIPCIÓN SE HIZO A PARTIR DE UNA GRABACIÓN Y PUEDE CONTENER ERRORES. COTEJE CON "
     "EL AUDIO ANTES DE CITAR.", True, False),
    ("capsnote-trap-cable-en", "en", "THE TRANSCRIPT OF THE TALKS WAS SHOWN TO THE EMBASSY ON WEDNESDAY AND THE "
     "MINISTRY CONFIRMED ITS TEXT.", False, True),
    ("capsnote-it", "it", "QUESTA TRASCRIZIONE È STATA REALIZZATA DA UNA REGISTRAZIONE E PUÒ CONTENERE ERRORI.", True, False),
]

_CABLE = ("THE FERRY QUEUE AT ALAT SHRANK TO TWO DAYS IN FEBRUARY, THE PORT SAID. TRUCKS NOW WAIT LESS THAN LAST "
          "YEAR.", "THE TERMINAL PLANS A THIRD BERTH NEXT YEAR AND SEEKS A LOAN FROM A EUROPEAN BANK FOR IT.")


def _capsnotes() -> list[Cell]:
    out = []
    for name, lang, paragraph, note, cable in CAPSNOTES:
        if cable:  # a cable in capitals throughout: capitals set nothing apart
            paragraphs = [paragraph] + list(_CABLE)
            text = "CASPIAN WIRE SERVICE\n\nTALKS ON THE FERRY TARIFF\n\n4 MARCH 2026\n\n" + "\n\n".join(paragraphs) + "\n"
            out.append(Cell("capsnote", name, text, "TALKS ON THE FERRY TARIFF", "2026-03-04", None, body=paragraphs))
            continue
        host, guest = _AIRED_TURNS[lang]
        turns = [f"[00:00:{10 + 20 * k:02d}] {(host, guest)[k % 2]} {BODIES[lang][k % 2]}" for k in range(2)]
        title = "Ferries, freight and the Caspian ports"
        text = (f"CASPIAN RADIO\nTRANSCRIPT\n\nTitle: {title}\nBroadcast: 4 March 2026\n\n{paragraph}\n\n"
                + "\n\n".join(turns) + "\n\n[END]\n")
        out.append(Cell("capsnote", name, text, title, "2026-03-04", None, body=turns if note else [paragraph] + turns,
                        furniture=[paragraph] if note else []))
    return out


# ---- shortturn: (name, lang, the turns as (stamp and label, words), the turns that are furniture)
SHORTTURNS = [
    ("shortturn-en", "en", [("[00:00:12] HOST:", None), ("[00:00:40] OKAFOR:", "Thanks, Helen."),
                            ("[00:00:42] HOST:", None)], []),
    ("shortturn-de", "de", [("[00:00:12] MODERATORIN:", None), ("[00:00:40] VOGT:", "Danke, Frau Hartmann."),
                            ("[00:00:43] MODERATORIN:", None)], []),
    ("shortturn-ru", "ru", [("[00:00:12] ВЕДУЩАЯ:", None), ("[00:00:40] БЕКОВ:", "Спасибо, Ирина."),
                            ("[00:00:42] ВЕДУЩАЯ:", None)], []),
    ("shortturn-es", "es", [("(00:12) Lucía Herrero:", None), ("(00:40) Tural Mammadov:", "Gracias, Lucía."),
                            ("(00:42) Lucía Herrero:", None)], []),
    ("shortturn-trap-music-en", "en", [("[00:00:12] HOST:", None), ("[00:00:40]", "[MUSIC]"),
                                       ("[00:00:52] HOST:", None)], ["[00:00:40] [MUSIC]"]),
    ("shortturn-fr", "fr", [("[00:00:12] PRÉSENTATRICE :", None), ("[00:00:40] BEKOV :", "Merci, Claire."),
                            ("[00:00:42] PRÉSENTATRICE :", None)], []),
    ("shortturn-trap-part-en", "en", [("[00:00:12] HOST:", None), ("[00:05:00]", "Part two"),
                                      ("[00:05:02] HOST:", None)], ["[00:05:00] Part two"]),
    ("shortturn-tr", "tr", [("[00:00:12] SUNUCU:", None), ("[00:00:40] AYDIN:", "Teşekkürler, Elif."),
                            ("[00:00:42] SUNUCU:", None)], []),
]


def _shortturns() -> list[Cell]:
    out = []
    for name, lang, turns, furniture in SHORTTURNS:
        lines = [f"{label} {words or BODIES[lang][k % 2]}" for k, (label, words) in enumerate(turns)]
        title = "Ferries, freight and the Caspian ports"
        text = f"CASPIAN RADIO\n\nTitle: {title}\nBroadcast: 4 March 2026\n\n" + "\n\n".join(lines) + "\n\n[END]\n"
        out.append(Cell("shortturn", name, text, title, "2026-03-04", None,
                        body=[ln for ln in lines if ln not in furniture], furniture=furniture))
    return out


# ---- orgissue: (name, lang, the small lines over the title, title, author or None)
ORGISSUES = [
    ("orgissue-en", "en", ["NATIONAL STATISTICS OFFICE OF GEORGIA", "Department of Transport Statistics", "",
                           "Statistical Bulletin No. 2/2026", "Release date: 12 March 2026"],
     "Freight transport in Georgia in January 2026", "National Statistics Office of Georgia"),
    ("orgissue-de", "de", ["STATISTISCHES LANDESAMT KASPIEN", "Referat Außenhandel", "",
                           "Statistisches Bulletin Nr. 4/2026", "Veröffentlicht: 12. März 2026"],
     "Außenhandel im Januar 2026", "Statistisches Landesamt Kaspien"),
    ("orgissue-fr", "fr", ["INSTITUT NATIONAL DE LA STATISTIQUE", "Direction du commerce extérieur", "",
                           "Bulletin statistique n° 2/2026", "Date de publication : 12 mars 2026"],
     "Le commerce extérieur en janvier 2026", "Institut National de la Statistique"),
    ("orgissue-es", "es", ["INSTITUTO NACIONAL DE ESTADÍSTICA", "Subdirección de Comercio Exterior", "",
                           "Boletín estadístico n° 2/2026", "Fecha de publicación: 12 de marzo de 2026"],
     "El comercio exterior en enero de 2026", "Instituto Nacional de Estadística"),
    ("orgissue-trap-person-en", "en", ["NATIONAL STATISTICS OFFICE OF GEORGIA", "Department of Transport Statistics",
                                       "", "Statistical Bulletin No. 2/2026", "By Helen Marsh", "12 March 2026"],
     "Freight transport in Georgia in January 2026", "Helen Marsh"),
    ("orgissue-it", "it", ["ISTITUTO NAZIONALE DI STATISTICA", "Direzione centrale commercio estero", "",
                           "Bollettino statistico n. 2/2026", "Data di pubblicazione: 12 marzo 2026"],
     "Il commercio estero a gennaio 2026", "Istituto Nazionale di Statistica"),
    ("orgissue-trap-section-en", "en", ["FOREIGN TRADE AND TRANSPORT", "Monthly figures", "",
                                        "Statistical Bulletin No. 2/2026", "12 March 2026"],
     "Freight transport in Georgia in January 2026", None),
    ("orgissue-pt", "pt", ["INSTITUTO NACIONAL DE ESTATÍSTICA", "Departamento de Estatísticas Económicas", "",
                           "Boletim estatístico n. 2/2026", "Data de publicação: 12 de março de 2026"],
     "O comércio internacional em janeiro de 2026", "Instituto Nacional de Estatística"),
]


def _orgissues() -> list[Cell]:
    import json

    out = []
    for name, lang, head, title, author in ORGISSUES:
        paragraphs = list(BODIES[lang][:2])
        spec = {"title": title, "body_paragraphs": paragraphs, "captions": [],
                "pdf": {"height": 842, "title_size": 15, "columns": 1, "front_align": "left",
                        "running_head": f"{head[3]} · {title}", "over_title": head + [""], "front": [], "after": []}}
        out.append(Cell("orgissue", name, json.dumps(spec, ensure_ascii=False), title, "2026-03-12",
                        [author] if author else [], suffix=".pdf", body=paragraphs))
    return out


def cells() -> list[Cell]:
    return _partbys() + _slugs() + _aireds() + _capsnotes() + _shortturns() + _orgissues()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d23text measures it (its authors' affiliations where it states them); a cell that states no
    day right only where the reading gives none."""
    r = _measure(cell)
    if getattr(cell, "no_date", False):
        r["ok"]["date"] = r["got"]["date"] is None
    return r


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
