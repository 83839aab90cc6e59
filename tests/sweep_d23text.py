"""A sweep of the text, markdown and PDF kinds documents23 missed (taken up as development material), each written in
other templates, wordings and languages than documents23's:

- ``signer`` (plain text): an e-mail letter whose "From:" names no person (the letter, a list, a body) and which a
  person signs at its end: a short closing line ending in a comma in the letter's language ("Cheers,", "Herzliche
  Grüße,", "Un saludo,", "С уважением,"), her name on the line under it, her post at the letter under that: the
  signer is the author, with no affiliation where her post names the sender (the letter is the outlet). Traps: a
  letter signed by its team (no person: the sender stays the author); a person's own e-mail signed with her first
  name; a letter with no closing whose last paragraph names a person it quotes.
- ``turns`` (markdown): a podcast's or a talk's transcript whose turns open with a time stamp and the speaker's name
  in mixed case, perhaps in bold ("[00:00:03] **Ruth Okafor:** …", "(00:03) **Lena Hartmann**: …", "00:00:04 Ирина
  Волкова: …"), with the episode's notes at the foot naming the guest (and perhaps the host) again: the speakers are
  the participants in the order they first speak, host first. Traps: a transcript whose participants' list stands
  over the turns in an order of its own (the list's order kept); a live page whose stamped entries open with a label
  in bold that is no name ("**Update:**").
- ``house`` (plain text, PDF): two authors on one byline line ("Authors: A and B", "Autoren: A und B", "Авторы: A и
  B") over a line naming their house with its cities after the last comma ("Northfield Energy Partners, London and
  Baku"): the house is each author's affiliation, without the cities. Traps: the byline over a date line, or over a
  sentence (a standfirst): no affiliation.
- ``series`` (plain text): a body's report whose head is the body's name in capitals over its kind and year
  ("Annual Report 2025 · Excerpt", "Jahresbericht 2025", "Rapport annuel 2025", "Informe anual 2025", "Годовой
  отчёт 2025", "İllik hesabat 2025") over the real title: the real title is the title, the body the author (an
  organisation, named as the text writes it). Traps: the same head with a person's byline (she is the author); a
  document whose only title is "Annual Report 2025" (its title, no author).
- ``menu`` (plain text): an agency's item saved from its site: the service's line, then the site's section menu of
  four or more short parts parted by bars or middle dots ("World | Middle East | Energy | Markets | Sport"), then the
  headline: the menu is no title. Traps: a headline with the site's name after a bar; a headline whose first parts
  are parted by bars before a long part ("Ports | Rail | Roads: how …").
- ``related`` (plain text): a related-links list after the text: its label alone on a line ending in a colon in the
  page's language ("Related:", "Lesen Sie auch:", "Noticias relacionadas:", "Читайте также:", "Leggi anche:", "Leia
  também:"), each item a headline with its day after a dash, one a line: no body. Traps: such a label inside the
  text followed by a paragraph of prose (the paragraph is body).
- ``pager`` (markdown, plain text): a pager's link after the text, a label and a title after an arrow or before one
  ("← Previous episode: …", "Nächste Folge: … →", "« Artículo anterior: …", "‹ Önceki bölüm: …"): no body. Traps: a
  closing quotation set in guillemets « … »; a sentence that draws a route with arrows.
- ``issue`` (plain text): an e-mail letter whose subject opens with its issue's number ("#12:", "Ausgabe 34:", "N°
  41 :", "Número 7 |", "Выпуск №15:", "Wydanie 9:"): the subject without it is the title. Traps: a subject opening
  with a count ("5 reasons …"), a subject opening with a hashtag of letters ("#Caspian2026: …").

Cells alternate within each kind as written: the development half and the test half (other wordings,
languages, layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d23text [dev|test] [-v]
"""
from __future__ import annotations

import json
import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d19mdpdf import BODIES as _BODIES

# bodies in languages sweep_d19mdpdf has none in (written for this sweep)
BODIES = dict(_BODIES, az=(
    "Sahil kəndlərində yaşayan balıqçılar dənizin çəkilməsini hər mövsüm daha aydın görürlər. Liman yaxınlığındakı "
    "körpülər artıq quruda qalıb və qayıqlar daha uzağa çıxmalı olur.",
    "Şəbəkənin könüllüləri il ərzində on iki kənddə görüş keçirdi və müşahidə hesabatlarını yerli icma ilə "
    "bölüşdü. Bu hesabatlar operatorun təcrübəsində iki dəyişikliyə səbəb oldu."),
    nl=("De veerboot tussen Alat en Koeryk vaart sinds maart twee keer per week, meldt de havenautoriteit. "
        "Vrachtwagens wachten daardoor minder lang aan de kade dan vorig jaar.",
        "De terminal wil volgend jaar een derde ligplaats openen. Daarvoor is volgens de directie nog een "
        "lening van een Europese ontwikkelingsbank nodig."))


def _foot(lang: str) -> str:
    return {"ru": "© 2026 Все права защищены.", "de": "© 2026 Alle Rechte vorbehalten."}.get(lang, "© 2026")


# ---- signer: (name, lang, sender, salutation, closing, signer's lines, author, affiliation)
SIGNERS = [
    ("signer-en", "en", "Black Sea Freight Brief", "Hello everyone,", "Cheers,",
     ["Ruth Okafor", "Editor, Black Sea Freight Brief"], "Ruth Okafor", None),
    ("signer-de", "de", "Kaukasus-Rundbrief", "Liebe Leserinnen und Leser,", "Herzliche Grüße,",
     ["Lena Hartmann", "Chefredakteurin, Kaukasus-Rundbrief"], "Lena Hartmann", None),
    ("signer-trap-team-fr", "fr", "Lettre de la Caspienne", "Chers lecteurs,", "Bien à vous,",
     ["L'équipe de la Lettre de la Caspienne"], "Lettre de la Caspienne", None),
    ("signer-es", "es", "Boletín del Caspio", "Queridos lectores:", "Un saludo,",
     ["Lucía Herrero", "Directora, Boletín del Caspio"], "Lucía Herrero", None),
    ("signer-ru", "ru", "Каспийский вестник", "Дорогие читатели!", "С уважением,",
     ["Ирина Волкова", "Редактор, Каспийский вестник"], "Ирина Волкова", None),
    ("signer-trap-person-en", "en", "Helen Marsh", "Hi all,", "Best,", ["Helen"], "Helen Marsh", None),
    ("signer-pl", "pl", "Biuletyn Kaspijski", "Drodzy Czytelnicy,", "Pozdrawiam serdecznie,",
     ["Anna Wiśniewska", "Redaktorka, Biuletyn Kaspijski"], "Anna Wiśniewska", None),
    ("signer-trap-quoted-it", "it", "Notiziario Caspio", "Cari lettori,", None, [], "Notiziario Caspio", None),
    ("signer-pt", "pt", "Carta do Cáspio", "Caros leitores,", "Um abraço,",
     ["Joana Ribeiro", "Editora, Carta do Cáspio"], "Joana Ribeiro", None),
    ("signer-tr", "tr", "Hazar Bülteni", "Sevgili okurlar,", "Saygılarımla,",
     ["Elif Yıldız", "Editör, Hazar Bülteni"], "Elif Yıldız", None),
]
_SUBJECT = {"en": "Ferry queues and the new tariff", "de": "Gasspeicher vor dem Winter", "fr": "Les ports de la Caspienne",
            "es": "El puerto seco de Alat", "ru": "Порты Каспия", "pl": "Porty Morza Kaspijskiego",
            "it": "I porti del Caspio", "pt": "Os portos do Cáspio", "tr": "Hazar limanları"}


def _signers() -> list[Cell]:
    out = []
    for name, lang, sender, hello, closing, signed, author, affiliation in SIGNERS:
        paragraphs = list(BODIES[lang][:2])
        address = "letter@" + "".join(c for c in sender.lower() if c.isascii() and c.isalpha())[:12] + ".example"
        tail = [closing + "\n" + "\n".join(signed)] if closing else []
        if name.startswith("signer-trap-quoted"):
            paragraphs.append("Ne abbiamo parlato con Marco Bellini, del gestore della rete, che prevede flussi "
                              "stabili fino all'estate.")
        text = (f"From: {sender} <{address}>\nTo: reader@example.org\nSubject: {_SUBJECT[lang]}\n"
                f"Date: Tue, 3 Mar 2026 06:30:00 +0100\n\n{hello}\n\n" + "\n\n".join(paragraphs + tail)
                + f"\n\n---\nUnsubscribe | {_foot(lang)}\n")
        cell = Cell("signer", name, text, _SUBJECT[lang], "2026-03-03", [author], body=paragraphs,
                    furniture=[s for s in signed if len(s.split()) > 2 and "," in s])
        cell.affiliations = [affiliation]
        out.append(cell)
    return out


# ---- turns: (name, lang, heading, [(stamp, label as set, the speaker)], notes' lines, participants)
_TURN_WORDS = {"en": "Welcome back. Today we talk about the ferries on the Caspian and the queues at the ports.",
               "de": "Willkommen zurück. Heute sprechen wir über die Fähren auf dem Kaspischen Meer.",
               "fr": "Bienvenue. Aujourd'hui, nous parlons des ferries sur la Caspienne et des files d'attente.",
               "es": "Bienvenidos. Hoy hablamos de los transbordadores del Caspio y de las colas en los puertos.",
               "ru": "Здравствуйте. Сегодня мы говорим о паромах на Каспии и об очередях в портах.",
               "tr": "Hoş geldiniz. Bugün Hazar'daki feribotları ve limanlardaki kuyrukları konuşuyoruz.",
               "it": "Bentornati. Oggi parliamo dei traghetti sul Caspio e delle code nei porti."}
TURNS = [
    ("turns-en", "en", "## Transcript", [("[00:00:03]", "**Ruth Okafor:**"), ("[00:00:15]", "**Daud Karimov:**"),
                                         ("[00:00:40]", "**Ruth Okafor:**"), ("[00:01:02]", "**Daud Karimov:**")],
     ["## Show notes", "- Guest: Daud Karimov, port economist", "- Host: Ruth Okafor", "- Producer: Sam Reid"],
     ["Ruth Okafor", "Daud Karimov"]),
    ("turns-de", "de", "## Transkript", [("(00:03)", "**Lena Hartmann**:"), ("(00:21)", "**Jonas Vogt**:"),
                                         ("(00:58)", "**Lena Hartmann**:"), ("(01:30)", "**Jonas Vogt**:")],
     ["## Shownotes", "- Gast: Jonas Vogt, Historiker", "- Schnitt: Paul Adler"], ["Lena Hartmann", "Jonas Vogt"]),
    ("turns-trap-listed-en", "en", "## Transcript", [("[00:00:03]", "**Helen Marsh:**"), ("[00:00:15]", "**Timur Bekov:**"),
                                                    ("[00:00:40]", "**Helen Marsh:**"), ("[00:01:02]", "**Timur Bekov:**")],
     None, ["Timur Bekov", "Helen Marsh"]),
    ("turns-fr", "fr", "## Transcription", [("[00:00:05]", "**Claire Dubois :**"), ("[00:00:19]", "**Timur Bekov :**"),
                                            ("[00:00:44]", "**Claire Dubois :**"), ("[00:01:10]", "**Timur Bekov :**")],
     ["## Notes de l'épisode", "- Invité : Timur Bekov, géographe", "- Réalisation : Marc Lefèvre"],
     ["Claire Dubois", "Timur Bekov"]),
    ("turns-ru", "ru", "## Расшифровка", [("00:00:04", "Ирина Волкова:"), ("00:00:17", "Тимур Беков:"),
                                          ("00:00:51", "Ирина Волкова:"), ("00:01:20", "Тимур Беков:")],
     ["## Заметки к выпуску", "- Гость: Тимур Беков, историк", "- Ведущая: Ирина Волкова"],
     ["Ирина Волкова", "Тимур Беков"]),
    ("turns-trap-updates-en", "en", "## Live", [("[10:02]", "**Update:**"), ("[10:15]", "**Correction:**"),
                                                ("[10:31]", "**Update:**"), ("[10:50]", "**Update:**")],
     ["## About this page", "- Editor: Sam Reid"], []),
    ("turns-es", "es", "## Transcripción", [("[00:00:04]", "**Lucía Herrero:**"), ("[00:00:16]", "**Tural Mammadov:**"),
                                            ("[00:00:39]", "**Lucía Herrero:**"), ("[00:01:05]", "**Tural Mammadov:**")],
     ["## Notas", "- Invitado: Tural Mammadov, economista", "- Conduce: Lucía Herrero", "- Edición: Pablo Ruiz"],
     ["Lucía Herrero", "Tural Mammadov"]),
    ("turns-tr", "tr", "## Döküm", [("[00:00:06]", "**Elif Yıldız:**"), ("[00:00:20]", "**Emre Aydın:**"),
                                    ("[00:00:47]", "**Elif Yıldız:**"), ("[00:01:15]", "**Emre Aydın:**")],
     ["## Bölüm notları", "- Konuk: Emre Aydın, tarihçi", "- Kurgu: Can Demir"], ["Elif Yıldız", "Emre Aydın"]),
]


def _turns() -> list[Cell]:
    out = []
    for name, lang, heading, turns, notes, people in TURNS:
        title = {"en": "Episode 9: The ferry queue", "de": "Folge 9: Die Fährschlange", "fr": "Épisode 9 : la file des ferries",
                 "es": "Episodio 9: La cola del ferri", "ru": "Выпуск 9: Очередь на паром",
                 "tr": "Bölüm 9: Feribot kuyruğu"}[lang]
        says = [_TURN_WORDS[lang]] + [BODIES[lang][k % 2] for k in range(len(turns) - 1)]
        lines = [f"{stamp} {label} {words}" for (stamp, label), words in zip(turns, says)]
        front = f"---\ntitle: \"{title}\"\ndate: 2026-03-05\n---\n\n# {title}\n\n"
        if notes is None:  # the participants listed over the turns, in an order of their own
            front += "**Participants:** Timur Bekov (guest); Helen Marsh (host)\n\n"
            notes = ["## Notes", "- Producer: Sam Reid"]
        text = front + f"{heading}\n\n" + "\n\n".join(lines) + "\n\n---\n\n" + notes[0] + "\n\n" + "\n".join(notes[1:]) + "\n"
        out.append(Cell("turns", name, text, title, "2026-03-05", None, suffix=".md", people=people))
    return out


# ---- house: (name, lang, suffix, title, byline, the line under it, day line, ISO date, authors, affiliation)
HOUSES = [
    ("house-en", "en", ".txt", "Caspian gas after the plateau", "Authors: Helen Marsh and Daud Karimov",
     "Northfield Energy Partners, London and Baku", "11 March 2026", "2026-03-11", ["Helen Marsh", "Daud Karimov"],
     "Northfield Energy Partners"),
    ("house-de", "de", ".txt", "Gas aus dem Kaspischen Raum", "Autoren: Lena Hartmann und Jonas Vogt",
     "Kaspische Energieberatung, Berlin und Baku", "11. März 2026", "2026-03-11", ["Lena Hartmann", "Jonas Vogt"],
     "Kaspische Energieberatung"),
    ("house-trap-date-fr", "fr", ".txt", "Le gaz de la Caspienne", "Par Claire Dubois et Marc Lefèvre",
     "11 mars 2026", None, "2026-03-11", ["Claire Dubois", "Marc Lefèvre"], None),
    ("house-es", "es", ".txt", "El gas del Caspio", "Autores: Lucía Herrero y Tural Mammadov",
     "Grupo Consultor Caspio, Madrid y Bakú", "11 de marzo de 2026", "2026-03-11", ["Lucía Herrero", "Tural Mammadov"],
     "Grupo Consultor Caspio"),
    ("house-pdf-en", "en", ".pdf", "Caspian Gas: The Next Five Years", "Authors: Ruth Okafor and Timur Bekov",
     "Caspian Gas Analytics, Geneva and Tbilisi", "9 March 2026", "2026-03-09", ["Ruth Okafor", "Timur Bekov"],
     "Caspian Gas Analytics"),
    ("house-trap-standfirst-en", "en", ".txt", "Gas flows after the plateau", "By Helen Marsh and Daud Karimov",
     "Flows will stay flat until new fields start, the two argue.", "11 March 2026", "2026-03-11",
     ["Helen Marsh", "Daud Karimov"], None),
    ("house-it", "it", ".txt", "Il gas del Caspio", "Autori: Giulia Ferri e Marco Bellini",
     "Studio Energia Caspio, Milano e Baku", "11 marzo 2026", "2026-03-11", ["Giulia Ferri", "Marco Bellini"],
     "Studio Energia Caspio"),
    ("house-ru", "ru", ".txt", "Каспийский газ после плато", "Авторы: Ирина Волкова и Тимур Беков",
     "Каспийский аналитический центр, Москва и Баку", "11 марта 2026", "2026-03-11", ["Ирина Волкова", "Тимур Беков"],
     "Каспийский аналитический центр"),
]


def _pdf_spec(title: str, cover: list, paragraphs: list[str], heading: str) -> str:
    """A one-page note with a cover of centred lines, drawn by documents14's generator (through documents23's)."""
    return json.dumps({"title": title, "body_paragraphs": paragraphs, "captions": [],
                       "pdf": {"height": 760, "running_head": f"{title} · Note", "cover": cover,
                               "headings": {paragraphs[0][:20]: heading}}}, ensure_ascii=False)


def _houses() -> list[Cell]:
    out = []
    for name, lang, suffix, title, byline, under, day, date, authors, affiliation in HOUSES:
        paragraphs = list(BODIES[lang][:2])
        if suffix == ".pdf":
            halves = title.split(": ", 1)
            cover = [["CASPIAN GAS ANALYTICS", 11], ["Market Note", 9], ["", 10], [halves[0] + ":", 18],
                     [halves[1], 18], ["", 10], [byline, 10], [under, 9], ["", 10], [day, 11], ["", 30],
                     ["For professional clients only.", 7]]
            text = _pdf_spec(title, cover, paragraphs, "Summary")
        else:
            text = f"{title}\n\n{byline}\n{under}\n\n" + (f"{day}\n\n" if day else "") + "\n\n".join(paragraphs) + "\n"
        cell = Cell("house", name, text, title, date, authors, suffix=suffix, body=paragraphs)
        cell.affiliations = [affiliation] * len(authors)
        out.append(cell)
    return out


# ---- series: (name, lang, body's name in capitals, the kind's line, title, byline, day line, ISO date, author,
# the body's name as the text writes it, the first paragraph's opening)
SERIES = [
    ("series-en", "en", "KURA RIVER NETWORK", "Annual Report 2025", "Rivers We Share: A Year on the Kura", None,
     "12 March 2026", "2026-03-12", "Kura River Network", "In 2025 the Kura River Network worked in nine districts."),
    ("series-de", "de", "KASPISCHE UMWELTINITIATIVE", "Jahresbericht 2025 · Auszug",
     "Das Meer zieht sich zurück: Unser Jahr an der Küste", None, "12. März 2026", "2026-03-12",
     "Kaspische Umweltinitiative", "Im Jahr 2025 war die Kaspische Umweltinitiative in vier Bezirken tätig."),
    ("series-trap-byline-en", "en", "KURA RIVER NETWORK", "Annual Review 2025", "Rivers We Share: A Year on the Kura",
     "By Helen Marsh", "12 March 2026", "2026-03-12", "Helen Marsh", "In 2025 the Kura River Network worked in nine districts."),
    ("series-fr", "fr", "RÉSEAU DES PÊCHEURS DE LA CASPIENNE", "Rapport annuel 2025",
     "Écouter la côte : notre année sur la Caspienne", None, "12 mars 2026", "2026-03-12",
     "Réseau des pêcheurs de la Caspienne", "En 2025, le Réseau des pêcheurs de la Caspienne a travaillé dans six villages."),
    ("series-es", "es", "RED COSTERA DEL CASPIO", "Informe anual 2025 · Resumen",
     "Escuchar la costa: nuestro año en el Caspio", None, "12 de marzo de 2026", "2026-03-12",
     "Red Costera del Caspio", "En 2025, la Red Costera del Caspio trabajó en seis pueblos de la costa."),
    ("series-trap-alone-en", "en", None, "Annual Report 2025", None, None, "12 March 2026", "2026-03-12", None,
     "In 2025 the network worked in nine districts."),
    ("series-ru", "ru", "КАСПИЙСКАЯ ПРИБРЕЖНАЯ СЕТЬ", "Годовой отчёт 2025",
     "Слушая побережье: наш год на Каспии", None, "12 марта 2026", "2026-03-12",
     "Каспийская прибрежная сеть", "В 2025 году Каспийская прибрежная сеть работала в шести сёлах."),
    ("series-nl", "nl", "KASPISCH KUSTNETWERK", "Jaarverslag 2025", "Luisteren naar de kust: ons jaar aan de Kaspische Zee",
     None, "12 maart 2026", "2026-03-12", "Kaspisch Kustnetwerk",
     "In 2025 werkte het Kaspisch Kustnetwerk in zes dorpen aan de kust."),
]


def _series() -> list[Cell]:
    out = []
    for name, lang, body, kind, title, byline, day, date, author, opening in SERIES:
        paragraphs = [opening + " " + BODIES[lang][0], BODIES[lang][1]]
        head = [body, kind] if body else [kind]
        head_text = "\n\n".join(head + ([title] if title else []) + ([byline] if byline else []) + [day])
        text = head_text + "\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("series", name, text, title or kind, date, [author] if author else [], body=paragraphs))
    return out


# ---- menu: (name, lang, service's line, menu line or None, headline line, title, stamp line, ISO date)
MENUS = [
    ("menu-en", "en", "CASPIAN NEWS SERVICE · ENGLISH", "World | Middle East | Asia & Pacific | Energy | Sport | Video",
     "Ferry queue at Alat shrinks to two days", "Ferry queue at Alat shrinks to two days",
     "Source: CNS | 2026-03-04 10:12:40", "2026-03-04"),
    ("menu-de", "de", "KAUKASUS PRESSEDIENST", "Politik | Wirtschaft & Energie | Kultur | Sport",
     "Grenzgespräche an der Kura fortgesetzt", "Grenzgespräche an der Kura fortgesetzt", "04.03.2026 09:40", "2026-03-04"),
    ("menu-trap-site-en", "en", "CASPIAN NEWS SERVICE", None, "Ferry queue at Alat shrinks to two days | Caspian News",
     "Ferry queue at Alat shrinks to two days", "2026-03-04 10:12", "2026-03-04"),
    ("menu-fr", "fr", "AGENCE CASPIENNE · FRANÇAIS", "Monde · Europe de l'Est · Économie · Énergie · Photos",
     "Reprise des négociations frontalières sur la Koura", "Reprise des négociations frontalières sur la Koura",
     "04/03/2026 14:20", "2026-03-04"),
    ("menu-ru", "ru", "КАСПИЙСКОЕ АГЕНТСТВО", "Политика | Экономика и энергетика | Общество | Спорт",
     "Переговоры о границе возобновились", "Переговоры о границе возобновились", "04.03.2026 15:10", "2026-03-04"),
    ("menu-trap-parts-en", "en", "CASPIAN NEWS SERVICE", None,
     "Ports | Rail | Roads: how the corridor moved freight in 2025", "Ports | Rail | Roads: how the corridor moved freight in 2025",
     "2026-03-04 10:12", "2026-03-04"),
    ("menu-es", "es", "AGENCIA CASPIO · ESPAÑOL", "Mundo | América Latina | Europa | Economía | Deportes",
     "Se reanudan las conversaciones fronterizas", "Se reanudan las conversaciones fronterizas", "04.03.2026 12:30",
     "2026-03-04"),
    ("menu-it", "it", "AGENZIA CASPIO NOTIZIE", "Mondo | Medio Oriente | Europa | Economia | Foto | Video",
     "Riprendono i colloqui sul confine", "Riprendono i colloqui sul confine", "04.03.2026 10:50", "2026-03-04"),
]


def _menus() -> list[Cell]:
    out = []
    for name, lang, service, menu, headline, title, stamp, date in MENUS:
        paragraphs = list(BODIES[lang][:2])
        head = service + ("\n" + menu if menu else "")
        text = f"{head}\n\n{headline}\n\n{stamp}\n\n" + "\n\n".join(paragraphs) + f"\n\n{_foot(lang)}\n"
        out.append(Cell("menu", name, text, title, date, [], body=paragraphs))
    return out


# ---- related: (name, lang, label, items (headline, day), indent, trap: the label inside the text over prose)
RELATED = [
    ("related-en", "en", "Related:", [("Kazakh oil reaches Baku by tanker", "Feb 27, 2026"),
                                      ("Non-oil exports rise 9 pct in January", "Feb 20, 2026")], "  ", False),
    ("related-de", "de", "Lesen Sie auch:", [("Neue Fähre zwischen Alat und Kuryk", "27.02.2026"),
                                             ("Gasspeicher in Italien halb voll", "20.02.2026")], "", False),
    ("related-trap-prose-fr", "fr", "Voir aussi :", [], "", True),
    ("related-es", "es", "Noticias relacionadas:", [("Nuevo ferri entre Alat y Kuryk", "27/02/2026"),
                                                    ("Italia llena la mitad de sus depósitos de gas", "20/02/2026")], "  ",
     False),
    ("related-ru", "ru", "Читайте также:", [("Новый паром между Алятом и Курыком", "27.02.2026"),
                                            ("Италия заполнила половину газовых хранилищ", "20.02.2026")], "", False),
    ("related-trap-prose-en", "en", "Read also:", [], "", True),
    ("related-it", "it", "Leggi anche:", [("Nuovo traghetto tra Alat e Kuryk", "27 febbraio 2026"),
                                          ("L'Italia riempie metà degli stoccaggi di gas", "20 febbraio 2026")], "  ", False),
    ("related-pt", "pt", "Leia também:", [("Novo ferry entre Alat e Kuryk", "27/02/2026"),
                                          ("Itália enche metade dos depósitos de gás", "20/02/2026")], "", False),
]


def _related() -> list[Cell]:
    out = []
    for name, lang, label, items, indent, trap in RELATED:
        paragraphs = list(BODIES[lang][:2])
        title = _SUBJECT[lang]
        if trap:  # the label inside the text, over a paragraph of prose that goes on
            text = f"{title}\n\n4 March 2026\n\n{paragraphs[0]}\n\n{label}\n\n{paragraphs[1]}\n\n{_foot(lang)}\n"
            out.append(Cell("related", name, text, title, "2026-03-04", [], body=paragraphs))
            continue
        dash = {"en": " -- ", "de": " – ", "es": " — ", "ru": " — ", "it": " -- ", "pt": " – "}[lang]
        lines = [f"{indent}{h}{dash}{d}" for h, d in items]
        text = (f"{title}\n\n4 March 2026\n\n" + "\n\n".join(paragraphs) + f"\n\n{label}\n" + "\n".join(lines)
                + f"\n\n{_foot(lang)}\n")
        out.append(Cell("related", name, text, title, "2026-03-04", [], body=paragraphs,
                        furniture=[ln.strip() for ln in lines]))
    return out


# ---- pager: (name, lang, suffix, the line after the text, whether it is furniture)
PAGERS = [
    ("pager-en", "en", ".md", "← Previous episode: Ferries on the Caspian", True),
    ("pager-de", "de", ".md", "Nächste Folge: Die Häfen von Poti →", True),
    ("pager-trap-quote-fr", "fr", ".md", "« Nous attendons la signature en avril », a déclaré le ministre à la presse.",
     False),
    ("pager-es", "es", ".txt", "« Artículo anterior: El puerto seco de Alat", True),
    ("pager-ru", "ru", ".md", "← Предыдущий выпуск: Нефть Казахстана", True),
    ("pager-trap-route-en", "en", ".txt", "Baku → Tbilisi → Kars: the line carried three million tonnes in 2025, the "
     "ministry said.", False),
    ("pager-it", "it", ".md", "Episodio successivo: I porti del Mar Nero ›", True),
    ("pager-tr", "tr", ".txt", "‹ Önceki bölüm: Hazar'da petrol", True),
]


def _pagers() -> list[Cell]:
    out = []
    for name, lang, suffix, line, furniture in PAGERS:
        paragraphs = list(BODIES[lang][:2]) + ([] if furniture else [line])
        title = _SUBJECT[lang]
        head = f"# {title}" if suffix == ".md" else title
        text = f"{head}\n\n4 March 2026\n\n" + "\n\n".join(paragraphs) + ("\n\n" + line if furniture else "") + "\n"
        out.append(Cell("pager", name, text, title, "2026-03-04", [], suffix=suffix, body=paragraphs,
                        furniture=[line] if furniture else []))
    return out


# ---- issue: (name, lang, subject, title)
ISSUES = [
    ("issue-en", "en", "#12: Ferry queues and the new tariff", "Ferry queues and the new tariff"),
    ("issue-de", "de", "Ausgabe 34: Gasspeicher vor dem Winter", "Gasspeicher vor dem Winter"),
    ("issue-trap-count-en", "en", "5 reasons the ferry queue is shrinking", "5 reasons the ferry queue is shrinking"),
    ("issue-fr", "fr", "N° 41 : Les ports de la Caspienne", "Les ports de la Caspienne"),
    ("issue-es", "es", "Número 7 | El puerto seco de Alat", "El puerto seco de Alat"),
    ("issue-trap-hashtag-en", "en", "#Caspian2026: what we learnt in Baku", "#Caspian2026: what we learnt in Baku"),
    ("issue-ru", "ru", "Выпуск №15: Порты Каспия", "Порты Каспия"),
    ("issue-pl", "pl", "Wydanie 9: Porty Morza Kaspijskiego", "Porty Morza Kaspijskiego"),
]


def _issues() -> list[Cell]:
    out = []
    for name, lang, subject, title in ISSUES:
        paragraphs = list(BODIES[lang][:2])
        text = (f"From: Helen Marsh <helen@caspianletter.example>\nTo: reader@example.org\nSubject: {subject}\n"
                f"Date: Tue, 3 Mar 2026 06:30:00 +0100\n\n" + "\n\n".join(paragraphs) + "\n\nHelen\n")
        out.append(Cell("issue", name, text, title, "2026-03-03", None, body=paragraphs))
    return out


def cells() -> list[Cell]:
    return _signers() + _turns() + _houses() + _series() + _menus() + _related() + _pagers() + _issues()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d17rest measures it (a PDF drawn with documents23's generator); where the cell states its
    authors' affiliations, its authors right only with those too."""
    r, reading = _read(cell)
    if hasattr(cell, "affiliations"):
        r["got"]["affiliations"] = [a.get("affiliation") for a in reading.meta.authors]
        r["ok"]["authors"] = r["ok"]["authors"] and r["got"]["affiliations"] == cell.affiliations
    return r


def _read(cell: Cell):
    import importlib.util
    import tempfile
    from pathlib import Path

    from azmap.corpus.reading import read

    with tempfile.TemporaryDirectory() as tmp:
        if cell.suffix == ".pdf":
            maker = Path(__file__).resolve().parent / "fixtures" / "documents23" / "make_pdf.py"
            spec = importlib.util.spec_from_file_location("azmap_documents23_make_pdf_sweep", maker)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            annotation = Path(tmp) / "spec.json"
            annotation.write_text(cell.text, encoding="utf-8")
            reading = read(module.build(annotation, Path(tmp) / f"{cell.name}.pdf"))
        else:
            path = Path(tmp) / f"{cell.name}{cell.suffix}"
            path.write_text(cell.text, encoding="utf-8")
            reading = read(path)
    return sweep_d16text.score(cell, reading), reading


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
