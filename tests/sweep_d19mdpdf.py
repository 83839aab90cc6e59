"""A sweep of the markdown and PDF kinds documents19 still missed (taken up as development material), each
written in other genres, wordings and languages than documents19's:

- ``mdhead``: a markdown document whose first "#" heading stands under what a reader of the rendered page
  never sees as words (an HTML comment left by a template, a row of badges: images in links): the heading is
  the title. Traps: a heading first with no such lines; a figure (an image line) under the title.
- ``dotline``: a line of parts joined by "·" or "|" under the title, one part holding the document's day
  ("Folge vom 3. März 2025 · 18:05 · 42 Min", "Release 4.1 (2 June 2025) · Changelog · Docs"): the date.
  Trap: a line of links with no day, the date on a line of its own under it.
- ``makers``: a heading naming a document's makers ("## Maintainers", "## Autoren", "## Auteurs",
  "## Autores", "## Авторы", "## Yazarlar", "## Autorzy") over a list, each "**Name** (@handle), Organisation":
  the authors in order, the organisation the affiliation, the handle off. Traps: a list of people thanked
  or of contributors under its heading (no authors), a references list under its heading.
- ``roles``: a programme's page whose line names its people by their roles, several on the one line
  ("Host: A. Guest: B, post.", "Moderation: A. Gast: B, …", "Animatrice : A. Invité : B, …", "Ведущий: A.
  Гость: B, …"): the participants, names only, the line no body. Trap: a turn of the transcript led by a
  role ("Host: Welcome back …", a long sentence) is no participants line.
- ``bench`` (PDF): a court's or a panel's summary with its members listed after a label ("JUSTICES:",
  "Judges:", "RICHTER:", "JUGES :", "MAGISTRADOS:", "GIUDICI:") over two centred lines, each with an office
  before the name and the president marked: the participants, names only; no authors. Trap: a report's
  "Authors:" line over two lines: the authors.
- ``refs`` (PDF and plain text): paragraphs ending in references to paragraphs or pages in brackets
  ("[12]", "[3]-[6]", "[14], [15]") with a line on what the brackets mean and no numbered notes: the
  references stay as printed. Trap: a text whose numbered notes the brackets point to: the mark goes with its
  space, no gap before the full stop.
- ``cover`` (PDF): a student's or trainee's cover block of labelled rows ("Student:", "Name:", "Étudiante :",
  "Alumno:", "Aluna:", "Studente:") under the institution's line, a declaration, the question in larger
  type: the title is the question, the author the student's row (no affiliation), the date the submission
  row's. Trap: a tutor's or a supervisor's row names no author.

- ``tnote`` (written after the first changes, before the reader read them): a note on how a programme's
  transcript was made ("generated automatically and may contain errors", "automatisch erstellt", "réalisée
  automatiquement", "generada automáticamente", "сделана автоматически", "generata automaticamente"), in a
  blockquote or in italics over the first turn: no body. Trap: a paragraph of a story that speaks of a
  transcript, its errors and an automatic recording system: body.

- ``srcsec`` (a third batch, written after the second change, before the reader read it): a heading naming the
  sources ("## Sources", "## Quellen", "## Fuentes", "## Fontes", "## Notes on sources") over paragraphs of prose on
  where the figures come from, then a further section of the text ("## Contributing"): all of it body. Trap: the
  same heading (or "## References") over a list of entries (author, year, title): no body.

- ``thanks`` and ``leadin`` (a fourth batch, written after the third change, before the reader read them): a line
  thanking named people for their help ("Thanks to A and B for checking …", "Danke an A und B für …", "Merci à A
  et B pour …", "Gracias a …", "Grazie a …", "Obrigado a …"): no body; the trap a story's sentence opening "Thanks
  to the new compressor stations" or "Dank der …" (body). A line ending with a colon over a fenced code block
  ("If you use the data, please cite the release you used:"): no body with the block; the trap a paragraph's
  lead-in over a numbered list of the text's points (body, each point too).

Cells alternate within each kind as written: the development half and the test half (other wordings,
languages, layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d19mdpdf [dev|test] [-v]
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from tests import sweep_d16text
from tests.sweep_d16html import BODIES as _BODIES
from tests import sweep_d17rest
from tests.sweep_d17rest import Cell

_MORE = {
    "pl": ["Rząd zapowiedział w poniedziałek, że pierwsze dostawy gazu z regionu Morza Kaspijskiego trafią do "
           "krajowej sieci jeszcze przed zimą, choć szczegóły umowy nie zostały ujawnione.",
           "Eksperci zwracają uwagę, że przepustowość gazociągu jest ograniczona, a jej zwiększenie wymaga "
           "nowych kontraktów długoterminowych, których kupujący w Europie nie chcą podpisywać."],
    "tr": ["Bakanlık, Hazar bölgesinden gelen ilk gaz sevkiyatının kış gelmeden ulusal şebekeye ulaşacağını "
           "pazartesi günü açıkladı, ancak anlaşmanın ayrıntıları paylaşılmadı.",
           "Uzmanlar, boru hattının kapasitesinin sınırlı olduğunu ve artırılması için Avrupalı alıcıların "
           "imzalamak istemediği uzun vadeli sözleşmeler gerektiğini hatırlatıyor."],
    "pt": ["O ministério anunciou na segunda-feira que as primeiras entregas de gás do Cáspio chegarão à rede "
           "nacional antes do inverno, sem revelar os pormenores do acordo.",
           "Os especialistas lembram que a capacidade do gasoduto é limitada e que aumentá-la exige contratos de "
           "longo prazo que os compradores europeus não querem assinar."],
    "it": ["Il ministero ha annunciato lunedì che le prime forniture di gas dal Caspio entreranno nella rete "
           "nazionale prima dell'inverno, senza rendere noti i dettagli dell'accordo.",
           "Gli esperti ricordano che la capacità del gasdotto è limitata e che aumentarla richiede contratti di "
           "lungo periodo che gli acquirenti europei non vogliono firmare."],
}
BODIES = dict(_BODIES, **_MORE)


def _md(lines: list[str], lang: str) -> str:
    return "\n\n".join(lines + BODIES[lang]) + "\n"


# ---- mdhead: (name, lead lines, title, lang, after the title)
_BADGE = "[![{0}](https://img.shields.example/badge/{0}-ok-green.svg)](https://ci.example/{0})"
MDHEADS = [
    ("mdhead-comment-badges-en", ["<!-- This file is generated from docs/index.src.md; do not edit by hand -->",
                                  "\n".join(_BADGE.format(b) for b in ("build", "licence", "coverage"))],
     "caspian-ports: berth and draught data for the Caspian ports, 2010–2024", "en", []),
    ("mdhead-badges-de", ["![Lizenz](https://img.shields.example/badge/Lizenz-CC--BY-blue.svg) "
                          "![Stand](https://img.shields.example/badge/Stand-2025-grey.svg)"],
     "Grenzverhandlungen im Südkaukasus: eine Chronik in Notizen", "de", []),
    ("mdhead-comment-fr", ["<!--\n  modèle : notes-de-terrain v2\n  relu : oui\n-->"],
     "Notes de terrain : la frontière sur la rivière", "fr", []),
    ("mdhead-comment-badge-es", ["<!-- markdownlint-disable MD041 -->",
                                 "[![DOI](https://zenodo.example/badge/DOI/10.1234/z.55.svg)](https://doi.example/10.1234/z.55)"],
     "corredor-sur: flujos mensuales de gas por el corredor meridional", "es", []),
    ("mdhead-trap-heading-first", [], "Border talks resume on the river section", "en",
     ["![A map of the river section](img/river.png)"]),
    ("mdhead-comment-ru", ["<!-- сгенерировано шаблоном; правьте исходник -->",
                           "[![Сборка](https://ci.example/badge.svg)](https://ci.example/)"],
     "Каспийский шельф: совместная разведка, заметки к заседанию", "ru", []),
    ("mdhead-badges-it", ["[![Licenza](https://img.shields.example/badge/licenza-MIT-blue.svg)](LICENSE) "
                          "[![Versione](https://img.shields.example/badge/versione-1.4-green.svg)](CHANGELOG.md)"],
     "gas-caspio: forniture mensili di gas dal Caspio all'Italia", "it", []),
    ("mdhead-trap-title-then-comment", [], "Les délégations se retrouvent à la frontière", "fr",
     ["<!-- note de rédaction : relire les chiffres -->"]),
]


def _mdheads() -> list[Cell]:
    out = []
    for name, lead, title, lang, after in MDHEADS:
        text = _md(lead + [f"# {title}"] + after, lang)
        out.append(Cell("mdhead", name, text, title, None, None, suffix=".md", body=BODIES[lang]))
    return out


# ---- dotline: (name, lead, title, the dotted line, date, lang)
DOTLINES = [
    ("dotline-podcast-de", "[Start](/) › [Podcasts](/podcasts/)", "Die Grenze am Fluss: was die Kommissionen verhandeln",
     "**Kaukasus kompakt** · Folge vom 3. März 2025 · 18:05 · 42 Min", "2025-03-03", "de"),
    ("dotline-release-en", None, "caspian-ports: berth and draught data for the Caspian ports",
     "**Current release: [v4.1.0](https://git.example/caspian-ports/releases/v4.1.0) (2 June 2025)** · "
     "[Changelog](CHANGELOG.md) · [Field guide](docs/fields.md)", "2025-06-02", "en"),
    ("dotline-emission-fr", "[Accueil](/) › [Émissions](/emissions/)", "La frontière sur la rivière, point par point",
     "**Le monde en direct** · Émission du 14 février 2025 · 12:30 · 38 min", "2025-02-14", "fr"),
    ("dotline-version-es", None, "corredor-sur: flujos mensuales de gas por el corredor meridional",
     "**Última versión: [v1.6](https://git.example/corredor-sur/releases/v1.6) (9 de mayo de 2025)** · "
     "[Cambios](CHANGELOG.md) · [Diccionario](docs/diccionario.md)", "2025-05-09", "es"),
    ("dotline-trap-links-en", None, "Border talks resume on the river section",
     "[Share](#) · [Print](#) · [Listen](#)\n\nPublished 21 January 2025", "2025-01-21", "en"),
    ("dotline-vypusk-ru", "[Главная](/) › [Программы](/programs/)", "Каспийский шельф: кто будет разведывать",
     "**Неделя в регионе** · Выпуск от 7 апреля 2025 · 19:00 · 31 мин", "2025-04-07", "ru"),
    ("dotline-rilascio-it", None, "gas-caspio: forniture mensili di gas dal Caspio all'Italia",
     "**Ultima versione: [v2.0](https://git.example/gas-caspio/releases/v2.0) (11 marzo 2025)** · "
     "[Novità](CHANGELOG.md) · [Guida](docs/guida.md)", "2025-03-11", "it"),
    ("dotline-trap-links-fr", None, "Les délégations se retrouvent à la frontière",
     "[Partager](#) · [Imprimer](#) · [Écouter](#)\n\nPublié le 18 mars 2025", "2025-03-18", "fr"),
]


def _dotlines() -> list[Cell]:
    out = []
    for name, lead, title, line, date, lang in DOTLINES:
        text = _md(([lead] if lead else []) + [f"# {title}", line], lang)
        out.append(Cell("dotline", name, text, title, date, None, suffix=".md", body=BODIES[lang]))
    return out


# ---- makers: (name, title, lang, heading, items, authors (name, affiliation) or [], a heading after)
MAKERS = [
    ("makers-maintainers-en", "caspian-ports: berth and draught data", "en", "## Maintainers",
     ["- **Farida Mammadli** ([@fmammadli](https://git.example/fmammadli)), Caspian Ports Observatory",
      "- **Tobias Lindqvist** ([@tlindqvist](https://git.example/tlindqvist)), University of Nordvik"],
     [("Farida Mammadli", "Caspian Ports Observatory"), ("Tobias Lindqvist", "University of Nordvik")]),
    ("makers-autoren-de", "Grenzdaten Südkaukasus: Abschnitte und Karten", "de", "## Autoren",
     ["- **Lena Hartmann** (@lhartmann), Institut für Kaukasusstudien",
      "- **Murad Aliyev** (@maliyev), Universität Bergstadt"],
     [("Lena Hartmann", "Institut für Kaukasusstudien"), ("Murad Aliyev", "Universität Bergstadt")]),
    ("makers-auteurs-fr", "frontieres-caucase : tracés et bornes", "fr", "## Auteurs",
     ["- **Camille Renaud** ([@crenaud](https://git.example/crenaud)), Centre d'études caucasiennes",
      "- **Elchin Huseynov** ([@ehuseynov](https://git.example/ehuseynov)), Université de Valmont"],
     [("Camille Renaud", "Centre d'études caucasiennes"), ("Elchin Huseynov", "Université de Valmont")]),
    ("makers-trap-thanks-en", "caspian-ports: berth and draught data", "en", "## Acknowledgements",
     ["- **Nigar Rzayeva** for the 2019 survey", "- **Paul Whitmore** for checking the draughts"], []),
    ("makers-mantenedores-es", "corredor-sur: flujos mensuales de gas", "es", "## Mantenedores",
     ["- **Lucía Herrero** ([@lherrero](https://git.example/lherrero)), Instituto Caspio de Energía",
      "- **Kamran Guliyev** ([@kguliyev](https://git.example/kguliyev)), Universidad del Norte"],
     [("Lucía Herrero", "Instituto Caspio de Energía"), ("Kamran Guliyev", "Universidad del Norte")]),
    ("makers-avtory-ru", "Каспийский шельф: данные разведки", "ru", "## Авторы",
     ["- **Ирина Волкова** (@ivolkova), Институт каспийских исследований",
      "- **Тимур Алиев** (@taliev), Бакинский университет"],
     [("Ирина Волкова", "Институт каспийских исследований"), ("Тимур Алиев", "Бакинский университет")]),
    ("makers-yazarlar-tr", "hazar-gaz: aylık gaz akışları", "tr", "## Yazarlar",
     ["- **Elif Yıldız** ([@eyildiz](https://git.example/eyildiz)), Hazar Enerji Enstitüsü",
      "- **Orhan Demir** ([@odemir](https://git.example/odemir)), Kuzey Üniversitesi"],
     [("Elif Yıldız", "Hazar Enerji Enstitüsü"), ("Orhan Demir", "Kuzey Üniversitesi")]),
    ("makers-trap-contributors-de", "Grenzdaten Südkaukasus: Abschnitte und Karten", "de", "## Danksagung",
     ["- **Jana Weber** für die Karten von 2019", "- **Rauf Hasanov** für die Übersetzungen"], []),
    ("makers-autorzy-pl", "gaz-kaspijski: miesięczne przepływy gazu", "pl", "## Autorzy",
     ["- **Anna Kowalczyk** (@akowalczyk), Instytut Studiów Kaspijskich",
      "- **Rashad Mammadov** (@rmammadov), Uniwersytet Północny"],
     [("Anna Kowalczyk", "Instytut Studiów Kaspijskich"), ("Rashad Mammadov", "Uniwersytet Północny")]),
    ("makers-trap-references-en", "caspian-ports: berth and draught data", "en", "## References",
     ["- Aliyev, R. (2021) *Caspian Ports*, Baku: Caspian Press.",
      "- Whitmore, P. and Rzayeva, N. (2019) 'Draughts at Aktau', Port Survey, 4(2), pp. 11-20."], []),
]


def _makers() -> list[Cell]:
    out = []
    for name, title, lang, heading, items, authors in MAKERS:
        paras = BODIES[lang]
        text = "\n\n".join([f"# {title}", paras[0], paras[1], heading, "\n".join(items), "## Licence" if lang == "en"
                            else "## Lizenz" if lang == "de" else "## Licence" if lang == "fr" else "## ©",
                            "CC BY 4.0"]) + "\n"
        out.append(Cell("makers", name, text, title, None, [a for a, _ in authors], suffix=".md", body=paras[:2],
                        furniture=[items[0].split("**")[1]] if authors else []))
        out[-1].affiliations = [b for _, b in authors]
    return out


# ---- roles: (name, title, lang, the roles line, the participants, a turn's label)
ROLES = [
    ("roles-host-guest-en", "Where the border meets the river", "en",
     "Host: Sarah Whitlock. Guest: Emil Rustamov, researcher at the Centre for Caspian Studies.",
     ["Sarah Whitlock", "Emil Rustamov"]),
    ("roles-moderation-gast-de", "Die Grenze am Fluss", "de",
     "Moderation: Katrin Vogel. Gast: Samir Hasanli, Wissenschaftler am Institut für Kaukasusstudien.",
     ["Katrin Vogel", "Samir Hasanli"]),
    ("roles-animatrice-invite-fr", "La frontière sur la rivière", "fr",
     "Animatrice : Claire Dubois. Invité : Rauf Mammadov, chercheur au Centre d'études caucasiennes.",
     ["Claire Dubois", "Rauf Mammadov"]),
    ("roles-presentadora-invitado-es", "El corredor meridional, a examen", "es",
     "Presentadora: Marta Lozano. Invitado: Anar Aliyev, investigador del Instituto Caspio de Energía.",
     ["Marta Lozano", "Anar Aliyev"]),
    ("roles-trap-turn-en", "Where the border meets the river", "en",
     "Host: Welcome back to the programme, and tonight we are talking about the border commissions and the river.",
     []),
    ("roles-vedushchiy-gost-ru", "Каспийский шельф: кто будет разведывать", "ru",
     "Ведущий: Павел Соколов. Гость: Эльнур Гасанов, научный сотрудник Института каспийских исследований.",
     ["Павел Соколов", "Эльнур Гасанов"]),
    ("roles-prowadzaca-gosc-pl", "Gaz z Morza Kaspijskiego przed zimą", "pl",
     "Prowadząca: Joanna Nowak. Gość: Tural Ismayilov, analityk Instytutu Studiów Kaspijskich.",
     ["Joanna Nowak", "Tural Ismayilov"]),
    ("roles-sunucu-konuk-tr", "Hazar gazı kıştan önce geliyor", "tr",
     "Sunucu: Deniz Arslan. Konuk: Vusal Karimov, Hazar Enerji Enstitüsü araştırmacısı.",
     ["Deniz Arslan", "Vusal Karimov"]),
]


def _roles() -> list[Cell]:
    out = []
    for name, title, lang, line, people in ROLES:
        paras = BODIES[lang]
        text = _md([f"# {title}", "**Programme** · 12.03.2025 · 20:00", line], lang)
        out.append(Cell("roles", name, text, title, None, None, suffix=".md", people=people,
                        body=paras, furniture=[line] if people else []))
    return out


# ---- PDF cells: specs documents19's make_pdf draws (documents15's generator)
def _spec(title, over, front, paras, after, title_size=14, headings=None) -> str:
    return json.dumps({"title": title, "body_paragraphs": paras,
                       "pdf": {"height": 842, "title_size": title_size, "columns": 1, "running_head": title[:40],
                               "over_title": over, "front": front, "headings": headings or {}, "after": after}})


# (name, court lines over the title, title, label line 1, line 2, participants, lang, heading words, note)
BENCHES = [
    ("bench-justices-en", ["SUPREME COURT OF VELTRIA", "", "PRESS SUMMARY", "", "3 March 2025", ""],
     "Kura Shipping Ltd v Port Authority of Veltria",
     "JUSTICES: Justice Helen Marsh (President), Justice Omar Reyes,", "Justice Priya Natarajan, Justice Tomas Berg",
     ["Helen Marsh", "Omar Reyes", "Priya Natarajan", "Tomas Berg"], "en",
     "References in square brackets are to paragraphs in the judgment."),
    ("bench-richter-de", ["BUNDESGERICHT VON NORDWALD", "", "PRESSEMITTEILUNG", "", "4. März 2025", ""],
     "Kaspische Fracht AG gegen Hafenbehörde Nordwald",
     "RICHTER: Richterin Anna Keller (Vorsitzende), Richter Jonas Brandt,", "Richterin Elif Sahin, Richter Paul Vogt",
     ["Anna Keller", "Jonas Brandt", "Elif Sahin", "Paul Vogt"], "de",
     "Die Zahlen in eckigen Klammern verweisen auf die Randnummern des Urteils."),
    ("bench-juges-fr", ["COUR SUPRÊME DE CALVÈRE", "", "RÉSUMÉ POUR LA PRESSE", "", "5 mars 2025", ""],
     "Société Caspienne de Fret c. Autorité portuaire",
     "JUGES : Juge Claire Martin (Présidente), Juge Hugo Lefèvre,", "Juge Sophie Morel, Juge Karim Benali",
     ["Claire Martin", "Hugo Lefèvre", "Sophie Morel", "Karim Benali"], "fr",
     "Les nombres entre crochets renvoient aux paragraphes de l'arrêt."),
    ("bench-trap-authors-en", ["CENTRE FOR CASPIAN STUDIES", "", "POLICY BRIEF", "", "6 March 2025", ""],
     "Port capacity on the Caspian after 2025",
     "Authors: Dr Helen Marsh, Centre for Caspian Studies; Omar Reyes,", "Institute of Port Economics",
     [], "en", "Figures in square brackets refer to the sections of the full report."),
    ("bench-magistrados-es", ["TRIBUNAL SUPREMO DE VALMONTE", "", "NOTA DE PRENSA", "", "7 de marzo de 2025", ""],
     "Transportes del Caspio S.A. contra la Autoridad Portuaria",
     "MAGISTRADOS: Magistrada Lucía Ortega (Presidenta), Magistrado Diego Ferrer,",
     "Magistrada Irene Castaño, Magistrado Luis Molina",
     ["Lucía Ortega", "Diego Ferrer", "Irene Castaño", "Luis Molina"], "es",
     "Los números entre corchetes remiten a los apartados de la sentencia."),
    ("bench-giudici-it", ["CORTE SUPREMA DI VALMONTE", "", "COMUNICATO STAMPA", "", "10 marzo 2025", ""],
     "Trasporti Caspio S.p.A. contro Autorità portuale",
     "GIUDICI: Giudice Anna Moretti (Presidente), Giudice Marco Ferri,",
     "Giudice Chiara Galli, Giudice Rashid Aliev",
     ["Anna Moretti", "Marco Ferri", "Chiara Galli", "Rashid Aliev"], "it",
     "I numeri tra parentesi quadre rimandano ai paragrafi della sentenza."),
    ("bench-judges-panel-en", ["COURT OF ARBITRATION FOR SHIPPING", "", "SUMMARY OF THE AWARD", "", "11 March 2025", ""],
     "Aktau Lines v Baltic Charter Group",
     "JUDGES: Judge Margaret Holloway (Presiding), Judge Samuel Okoye,", "Judge Ingrid Solberg",
     ["Margaret Holloway", "Samuel Okoye", "Ingrid Solberg"], "en",
     "Numbers in square brackets refer to paragraphs of the award."),
    ("bench-trap-authors-de", ["INSTITUT FÜR KAUKASUSSTUDIEN", "", "ANALYSE", "", "12. März 2025", ""],
     "Hafenkapazität am Kaspischen Meer nach 2025",
     "Autoren: Dr. Anna Keller, Institut für Kaukasusstudien; Jonas Brandt,", "Universität Bergstadt",
     [], "de", "Zahlen in eckigen Klammern verweisen auf die Abschnitte der Langfassung."),
]
_TRAP_AUTHORS = {"bench-trap-authors-en": ["Helen Marsh", "Omar Reyes"], "bench-trap-authors-de": ["Anna Keller", "Jonas Brandt"]}
_REF_ENDS = ["[3]-[6]", "[9]", "[14], [15]"]


def _with_refs(paras: list[str]) -> list[str]:
    return [p[:-1] + f" {ref}." for p, ref in zip(paras, _REF_ENDS)]


def _benches() -> list[Cell]:
    out = []
    for name, over, title, one, two, people, lang, note in BENCHES:
        paras = _with_refs(BODIES[lang])
        spec = _spec(title, over, ["[2025] " + name.split("-")[1][:3].upper() + " 4", one, two], paras,
                     [[note, 8.5], ["", 6.0], ["Press Office · press@court.example", 8.0]], title_size=13)
        out.append(Cell("bench", name, spec, title, None, _TRAP_AUTHORS.get(name, []), suffix=".pdf",
                        people=people, body=paras, furniture=[one.split(":")[0] + ":"]))
    return out


# ---- refs: (name, lang, format, note on the brackets or None, numbered notes or None)
REFS = [
    ("refs-pdf-paragraphs-en", "en", "pdf", "References in square brackets are to paragraphs in the decision.", None),
    ("refs-txt-pages-de", "de", "txt", "Die Zahlen in eckigen Klammern verweisen auf die Randnummern des Berichts.", None),
    ("refs-pdf-fr", "fr", "pdf", "Les nombres entre crochets renvoient aux paragraphes du rapport.", None),
    ("refs-trap-numbered-notes-txt-en", "en", "txt", None,
     ["[1] Joint commission, minutes of the March sitting.", "[2] Railway company, annual report 2024.",
      "[3] Interview with a delegate, Tbilisi."]),
    ("refs-txt-es", "es", "txt", "Los números entre corchetes remiten a los apartados del informe.", None),
    ("refs-pdf-pt", "pt", "pdf", "Os números entre parênteses retos remetem aos parágrafos do relatório.", None),
    ("refs-md-it", "it", "md", "I numeri tra parentesi quadre rimandano ai paragrafi della decisione.", None),
    ("refs-trap-numbered-notes-txt-fr", "fr", "txt", None,
     ["[1] Commission mixte, procès-verbal de la réunion de mars.", "[2] Compagnie ferroviaire, rapport annuel 2024.",
      "[3] Entretien avec un délégué, Tbilissi."]),
]
_NOTES_HEAD = {"en": "Notes", "fr": "Notes", "de": "Anmerkungen", "es": "Notas"}


def _refs() -> list[Cell]:
    out = []
    titles = {"en": "The river section: what the commissions decided", "de": "Der Grenzabschnitt am Fluss",
              "fr": "Le tronçon de la rivière : ce que les commissions ont décidé", "es": "El corredor meridional",
              "pt": "O corredor do sul antes do inverno", "it": "Il gas del Caspio prima dell'inverno"}
    for name, lang, fmt, note, notes in REFS:
        title = titles[lang]
        if notes is None:
            paras = _with_refs(BODIES[lang])
            want = paras
        else:
            paras = [p[:-1] + f" [{k}]." for k, p in enumerate(BODIES[lang], 1)]
            want = BODIES[lang]
        if fmt == "pdf":
            text = _spec(title, ["", "14 March 2025", ""], [], paras, [[note, 8.5]])
        else:
            tail = [note] if note else [_NOTES_HEAD[lang]] + notes
            head = [f"# {title}" if fmt == "md" else title, "14 March 2025"]
            text = "\n\n".join(head + paras + ["---" if fmt == "md" else "____"] + tail) + "\n"
        out.append(Cell("refs", name, text, title, None, None, suffix="." + fmt, body=want))
    return out


# (name, institution line, rows, declaration, question, question's label, author, date, lang)
COVERS = [
    ("cover-student-en", "University of Nordvik · Department of Politics",
     ["Student: Hannah Clarke", "Student ID: 7730215", "Course: MSc Energy Policy", "Module: EP5010 Caspian Energy",
      "Tutor: Prof. Martin Hale", "Word count: 2,010", "Date submitted: 14 May 2025"],
     "I declare that this essay is my own work.",
     "Can the Middle Corridor replace the northern rail route to Europe?", "Question 3", "Hannah Clarke",
     "2025-05-14", "en"),
    ("cover-name-de", "Universität Bergstadt · Institut für Politikwissenschaft",
     ["Name: Jonas Albrecht", "Matrikelnummer: 2210877", "Studiengang: M.A. Internationale Beziehungen",
      "Seminar: Energiepolitik im Südkaukasus", "Dozentin: Dr. Lena Hartmann", "Abgabedatum: 2. Juni 2025"],
     "Hiermit versichere ich, dass ich die Arbeit selbständig verfasst habe.",
     "Hat der Südliche Gaskorridor Europas Abhängigkeit verringert?", "Hausarbeit, Thema 2", "Jonas Albrecht",
     "2025-06-02", "de"),
    ("cover-etudiante-fr", "Université de Valmont · Faculté de science politique",
     ["Étudiante : Camille Renaud", "Numéro d'étudiant : 40218873", "Formation : Master Relations internationales",
      "Cours : Énergie et sécurité en Eurasie", "Enseignant : M. Hugo Lefèvre", "Date de remise : 19 juin 2025"],
     "Je certifie que ce travail est personnel.",
     "Le corridor gazier méridional a-t-il réduit la dépendance de l'Europe ?", "Sujet 1", "Camille Renaud",
     "2025-06-19", "fr"),
    ("cover-trap-supervisor-first-en", "Institute of Port Economics · Graduate School",
     ["Supervisor: Dr Samuel Okoye", "Candidate: Priya Natarajan", "Candidate number: 55120",
      "Programme: MA Maritime Economics", "Submission date: 30 April 2025"],
     "This dissertation is the candidate's own work.",
     "Are the Caspian ports ready for the traffic of the Middle Corridor?", "Dissertation question", "Priya Natarajan",
     "2025-04-30", "en"),
    ("cover-alumno-es", "Universidad del Norte · Facultad de Ciencias Políticas",
     ["Alumno: Diego Ferrer", "Número de matrícula: 881204", "Titulación: Máster en Relaciones Internacionales",
      "Asignatura: Energía en el Cáucaso", "Profesora: Dra. Irene Castaño", "Fecha de entrega: 23 de mayo de 2025"],
     "Declaro que este trabajo es de mi autoría.",
     "¿Ha reducido el corredor meridional la dependencia europea del gas ruso?", "Pregunta 4", "Diego Ferrer",
     "2025-05-23", "es"),
    ("cover-aluna-pt", "Universidade do Norte · Faculdade de Ciência Política",
     ["Aluna: Beatriz Fonseca", "Número de estudante: 2019334", "Curso: Mestrado em Relações Internacionais",
      "Unidade curricular: Energia no Cáucaso", "Docente: Prof. Rui Carvalho", "Data de entrega: 16 de junho de 2025"],
     "Declaro que este trabalho é da minha autoria.",
     "O corredor do sul reduziu a dependência europeia do gás russo?", "Pergunta 2", "Beatriz Fonseca",
     "2025-06-16", "pt"),
    ("cover-studente-it", "Università di Valmonte · Dipartimento di Scienze Politiche",
     ["Studente: Marco Ferri", "Matricola: 882105", "Corso di laurea: Relazioni internazionali",
      "Insegnamento: Energia nel Caspio", "Docente: Prof.ssa Chiara Galli", "Data di consegna: 5 giugno 2025"],
     "Dichiaro che questo elaborato è frutto del mio lavoro.",
     "Il corridoio meridionale ha ridotto la dipendenza europea dal gas russo?", "Domanda 1", "Marco Ferri",
     "2025-06-05", "it"),
    ("cover-trap-tutor-first-de", "Hochschule Nordwald · Fachbereich Politik",
     ["Betreuer: Prof. Dr. Paul Vogt", "Verfasserin: Anna Keller", "Matrikelnummer: 3310982",
      "Abgabedatum: 12. Mai 2025"],
     "Ich versichere, die Arbeit selbständig verfasst zu haben.",
     "Wem nützt der Mittlere Korridor?", "Hausarbeit, Thema 4", "Anna Keller", "2025-05-12", "de"),
]


def _covers() -> list[Cell]:
    out = []
    for name, institution, rows, declaration, question, label, author, date, lang in COVERS:
        paras = BODIES[lang]
        spec = _spec(question, [institution, ""] + rows + [declaration, ""], [label], paras,
                     [["References", 9.5, True], ["Aliyev, R. (2021) Caspian Ports. Baku: Caspian Press.", 8.5]],
                     title_size=12)
        out.append(Cell("cover", name, spec, question, date, [author], suffix=".pdf", body=paras,
                        furniture=[rows[0], label]))
    return out


# ---- tnote (written after the first changes, before the reader read them): (name, lang, the note, quoted)
TNOTES = [
    ("tnote-machine-en", "en", "This transcript was generated automatically and may contain errors. Please check "
     "against the audio before quoting.", True),
    ("tnote-automatisch-de", "de", "Dieses Transkript wurde automatisch erstellt und redaktionell bearbeitet. Es kann "
     "Fehler enthalten; maßgeblich ist die Audiodatei.", True),
    ("tnote-automatique-fr", "fr", "Transcription réalisée automatiquement puis relue. Des erreurs peuvent subsister ; "
     "seul l'enregistrement fait foi.", False),
    ("tnote-trap-story-en", "en", None, False),
    ("tnote-automatica-es", "es", "Transcripción generada automáticamente y revisada. Puede contener errores; en caso "
     "de duda, consulte el audio.", True),
    ("tnote-avtomaticheski-ru", "ru", "Расшифровка сделана автоматически и отредактирована. Возможны неточности; "
     "сверяйтесь с аудиозаписью.", True),
    ("tnote-automatica-it", "it", "Trascrizione generata automaticamente e rivista dalla redazione. Può contenere "
     "errori: fa fede l'audio.", False),
    ("tnote-trap-story-de", "de", None, False),
]
_TNOTE_TRAPS = {
    "en": "The ministry released a transcript of the call on Monday; officials said errors in an earlier version had "
          "been corrected after the automatic recording system failed for several minutes.",
    "de": "Das Ministerium veröffentlichte am Montag ein Transkript des Gesprächs; Fehler einer früheren Fassung seien "
          "korrigiert worden, nachdem die automatische Aufzeichnung minutenlang ausgefallen war.",
}


def _tnotes() -> list[Cell]:
    out = []
    for name, lang, note, quoted in TNOTES:
        paras = BODIES[lang][:2]
        head = [f"# {BODIES[lang][0].split(',')[0][:60].strip()}", "**Programme** · 12.03.2025 · 20:00"]
        if note is None:  # the trap: a paragraph of the story that speaks of a transcript
            paras = [_TNOTE_TRAPS[lang]] + paras
            text = _md(head + ["**Speaker One** [00:00:10](#t=10)", paras[0]], lang)
        else:
            text = _md(head + [("> " if quoted else "*") + note + ("" if quoted else "*"),
                               "**Speaker One** [00:00:10](#t=10)"], lang)
        out.append(Cell("tnote", name, text, head[0][2:], None, None, suffix=".md", body=paras,
                        furniture=[note.split(".")[0]] if note else []))
    return out


# ---- srcsec (a third batch, written after the second change, before the reader read it): (name, lang, heading,
#  what stands under it (prose paragraphs, or entries: the trap), the heading after it, its paragraph)
_SOURCES_PROSE = {
    "en": ["The figures come from the customs service's monthly tables and the operators' quarterly reports. Where the "
           "two disagree, we keep the operator's figure and record the other in a column of its own.",
           "Months before 2012 are estimated from the annual totals and are flagged as estimates in the data."],
    "de": ["Die Zahlen stammen aus den Monatstabellen des Zolls und den Quartalsberichten der Betreiber. Weichen beide "
           "voneinander ab, übernehmen wir die Zahl des Betreibers und vermerken die andere in einer eigenen Spalte.",
           "Monate vor 2012 sind aus den Jahreswerten geschätzt und in den Daten als Schätzung gekennzeichnet."],
    "fr": ["Les chiffres proviennent des tableaux mensuels des douanes et des rapports trimestriels des opérateurs. "
           "Lorsque les deux divergent, nous retenons le chiffre de l'opérateur et notons l'autre dans une colonne à part.",
           "Les mois antérieurs à 2012 sont estimés à partir des totaux annuels et signalés comme tels."],
    "es": ["Las cifras proceden de las tablas mensuales de aduanas y de los informes trimestrales de los operadores. "
           "Cuando ambas difieren, conservamos la cifra del operador y anotamos la otra en una columna aparte.",
           "Los meses anteriores a 2012 se estiman a partir de los totales anuales y se marcan como estimaciones."],
    "pt": ["Os números provêm das tabelas mensais das alfândegas e dos relatórios trimestrais dos operadores. Quando "
           "divergem, mantemos o número do operador e registamos o outro numa coluna própria.",
           "Os meses anteriores a 2012 são estimados a partir dos totais anuais e assinalados como estimativas."],
}
_AFTER = {"en": ("## Contributing", "We welcome corrections. Please open an issue with the month, the figure you "
                 "believe is right and a link to its source."),
          "de": ("## Mitmachen", "Korrekturen sind willkommen. Bitte eröffnen Sie ein Ticket mit dem Monat, der richtigen "
                 "Zahl und einem Link zur Quelle."),
          "fr": ("## Contribuer", "Les corrections sont les bienvenues. Ouvrez un ticket avec le mois, le chiffre exact "
                 "et un lien vers sa source."),
          "es": ("## Cómo contribuir", "Agradecemos las correcciones. Abra una incidencia con el mes, la cifra correcta "
                 "y un enlace a su fuente."),
          "pt": ("## Como contribuir", "As correções são bem-vindas. Abra uma questão com o mês, o número correto e uma "
                 "ligação para a fonte.")}
_ENTRIES = {"en": ["- Aliyev, R. (2021) *Caspian Ports*. Baku: Caspian Press.",
                   "- Customs Service (2024) *Monthly foreign trade tables*, Baku."],
            "de": ["- Keller, A. (2022): *Häfen am Kaspischen Meer*. Bergstadt: Nordwald Verlag.",
                   "- Zollamt (2024): *Monatliche Außenhandelstabellen*, Baku."]}
SRCSECS = [
    ("srcsec-sources-en", "en", "## Sources", None),
    ("srcsec-quellen-de", "de", "## Quellen", None),
    ("srcsec-sources-fr", "fr", "## Sources", None),
    ("srcsec-trap-references-en", "en", "## References", "entries"),
    ("srcsec-fuentes-es", "es", "## Fuentes", None),
    ("srcsec-fontes-pt", "pt", "## Fontes", None),
    ("srcsec-notes-en", "en", "## Notes on sources", None),
    ("srcsec-trap-quellen-de", "de", "## Quellen", "entries"),
]


def _srcsecs() -> list[Cell]:
    out = []
    for name, lang, heading, trap in SRCSECS:
        lead = BODIES[lang][:2]
        under = _ENTRIES[lang] if trap else _SOURCES_PROSE[lang]
        after, after_para = _AFTER[lang]
        title = f"caspian-trade-{lang}: monthly figures by route"
        blocks = [f"# {title}"] + lead + [heading, ("\n".join(under) if trap else "\n\n".join(under))]
        if not trap:
            blocks += [after, after_para]
        text = "\n\n".join(blocks) + "\n"
        body = lead + ([] if trap else under + [after_para])
        out.append(Cell("srcsec", name, text, title, None, None, suffix=".md", body=body,
                        furniture=[under[0][2:20]] if trap else []))
    return out


# ---- thanks and leadin (a fourth batch, written after the third change, before the reader read them)
# (name, lang, the thanks line, or None: the trap, a story's sentence opening "Thanks to …")
THANKS = [
    ("thanks-en", "en", "Thanks to Nigar Rzayeva and Paul Whitmore for checking the 2023 figures."),
    ("thanks-de", "de", "Danke an Jana Weber und Rauf Hasanov für die Durchsicht der Karten."),
    ("thanks-fr", "fr", "Merci à Claire Dubois et Rauf Mammadov pour la relecture des chiffres de 2023."),
    ("thanks-trap-story-en", "en", None),
    ("thanks-es", "es", "Gracias a Marta Lozano y Anar Aliyev por revisar las cifras de 2023."),
    ("thanks-it", "it", "Grazie a Chiara Galli e Marco Ferri per aver controllato i dati del 2023."),
    ("thanks-pt", "pt", "Obrigado a Beatriz Fonseca e Rui Carvalho pela revisão dos números de 2023."),
    ("thanks-trap-story-de", "de", None),
]
_THANKS_TRAPS = {"en": "Thanks to the new compressor stations, the pipeline carried a fifth more gas in 2023 than in "
                       "the year before, the operator said.",
                 "de": "Dank der neuen Verdichterstationen transportierte die Leitung 2023 ein Fünftel mehr Gas als im "
                       "Vorjahr, teilte der Betreiber mit."}


def _thanks() -> list[Cell]:
    out = []
    for name, lang, line in THANKS:
        lead = BODIES[lang][:2]
        title = f"caspian-trade-{lang}: monthly figures by route"
        middle = _THANKS_TRAPS[lang] if line is None else line
        text = "\n\n".join([f"# {title}", lead[0], middle, lead[1]]) + "\n"
        body = [lead[0], middle, lead[1]] if line is None else lead
        out.append(Cell("thanks", name, text, title, None, None, suffix=".md", body=body,
                        furniture=[line] if line else []))
    return out


# (name, lang, the lead-in over a code block, or the trap: a paragraph's lead-in over a list of the text's points)
LEADINS = [
    ("leadin-cite-en", "en", "If you use the data, please cite the release you used:", "code"),
    ("leadin-install-de", "de", "Zum Installieren genügt ein Befehl:", "code"),
    ("leadin-exemple-fr", "fr", "Pour lire les données avec pandas :", "code"),
    ("leadin-trap-points-en", "en", "The commissions agreed on three points:", "list"),
    ("leadin-citar-es", "es", "Si usa los datos, cite la versión que haya utilizado:", "code"),
    ("leadin-esempio-it", "it", "Per leggere i dati con pandas:", "code"),
    ("leadin-exemplo-pt", "pt", "Para ler os dados com pandas:", "code"),
    ("leadin-trap-points-de", "de", "Die Kommissionen einigten sich auf drei Punkte:", "list"),
]
_POINTS = {"en": ["1. The border on the river follows the line the villages use.",
                  "2. The railway reopens to freight before the end of the year.",
                  "3. The commissions meet again next month in the other capital."],
           "de": ["1. Die Grenze am Fluss folgt der Linie, die die Dörfer nutzen.",
                  "2. Die Bahnstrecke wird vor Jahresende wieder für Güter geöffnet.",
                  "3. Die Kommissionen treffen sich im nächsten Monat in der anderen Hauptstadt."]}
_CODE = "```\n@dataset{ports_2025,\n  author = {Mammadli, Farida},\n  year   = {2025}\n}\n```"


def _leadins() -> list[Cell]:
    out = []
    for name, lang, line, under in LEADINS:
        lead = BODIES[lang][:2]
        title = f"caspian-trade-{lang}: monthly figures by route"
        block = _CODE if under == "code" else "\n".join(_POINTS[lang])
        text = "\n\n".join([f"# {title}", lead[0], line, block, lead[1]]) + "\n"
        body = lead if under == "code" else [lead[0], line] + [p[3:] for p in _POINTS[lang]] + [lead[1]]
        out.append(Cell("leadin", name, text, title, None, None, suffix=".md", body=body,
                        furniture=[line] if under == "code" else []))
    return out


def cells() -> list[Cell]:
    return (_mdheads() + _dotlines() + _makers() + _roles() + _benches() + _refs() + _covers() + _tnotes()
            + _srcsecs() + _thanks() + _leadins())


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d17rest measures it, a PDF drawn with documents19's make_pdf (documents15's generator); a
    makers cell's affiliations asked with its authors."""
    result = sweep_d17rest.measure(cell, "documents19")
    if getattr(cell, "affiliations", None) is not None:
        result = _with_affiliations(cell, result)
    return result


def _with_affiliations(cell: Cell, result: dict) -> dict:
    """A makers cell's authors right only with their affiliations (read again: score keeps names only)."""
    from azmap.corpus.reading import read

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{cell.name}{cell.suffix}"
        path.write_text(cell.text, encoding="utf-8")
        got = [a.get("affiliation") for a in read(path).meta.authors]
    result["got"]["affiliations"] = got
    result["ok"]["authors"] = result["ok"]["authors"] and got == cell.affiliations
    return result


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
