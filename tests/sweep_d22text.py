"""A sweep of the plain-text kinds documents22 missed (taken up as development material), each written in other
templates, wordings and languages than documents22's:

- ``channel`` (plain text): a messenger channel's post copied as text: the channel's name, its audience line (a kind
  word, a middle dot, a count and a word: "channel · 12,408 subscribers", "Kanal · 5.210 Abonnenten", "kanal ·
  3 120 abunəçi", "canal · 2,1 K abonnés"), a day separator, the headline, paragraphs, and a footer line of parts
  set apart by spaces (views with an eye, the writer's signature after the writing-hand mark "✍", an edit time):
  the headline is the title, the signed name the author; the channel's lines are no title. Traps: a post with no
  signature (no author); a post whose headline states a count with a middle dot ("Gas exports · 12 bcm in 2025")
  under no channel lines, its own title.
- ``masthead`` (plain text): an agency's or outlet's item whose first line is its masthead, parts parted by bars or
  middle dots, one of them the site's bare address ("NAME | site.example/en | Section"): no title; the headline
  under the stamp is. Traps: a headline with the site after a bar ("Headline of eight words | site.example"): the
  headline is the title; a headline that names a web portal inside its words. Under the stamp, some cells set the
  item's topics on a line of their own, three or more short parts parted by runs of spaces ("Borders  Georgia
  Azerbaijan"): no title either (as documents21's slash slug line).

- ``pairs`` (plain text): a paper's or report's head with each author's name on a line of its own and the house on the
  line under it, two or three such pairs under the title with no blank line between them, a month or day after:
  every pair is an author with its house; a place after the house's last comma ("Caspian Policy Centre, Baku") is
  the city, no part of the affiliation, where the house before it names an institution (a department's
  "Department of History, University of Lindau" keeps both parts). Traps: one name over its house (that author
  alone, the house as printed, city and all: documents12's and documents15's decisions); a role with an outlet after its comma
  ("Energy Correspondent, Kura Daily") kept whole.

- ``about`` (markdown, plain text): a body's release with no person's byline whose first paragraph opens with a
  dateline and a dash, then the body's name as the subject ("**BAKU, 4 March 2025** – Kura Logistics today
  announced …"), and a section after the text headed "About <the same name>" in the release's language ("About",
  "Über", "À propos de", "Acerca de", "Sobre", "Informazioni su"): the body is the author, as an organisation.
  Traps: a signed article with such a section (its writer the author); an unsigned item whose "About" box names a
  route the first paragraph does not open with (no author).

Cells alternate within each kind as written: the development half and the test half (other wordings,
languages, layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d22text [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d19mdpdf import BODIES

# ---- channel: (name, lang, channel's name, audience line, day line, headline, footer, author, ISO date)
CHANNELS = [
    ("channel-en", "en", "Caspian Freight Notes", "channel · 12,408 subscribers", "March 4, 2025",
     "Ferry queue at Alat shrinks to two days", "👁 4.2K    ✍️ Ruth Okafor    edited 10:14", "Ruth Okafor",
     "2025-03-04"),
    ("channel-de", "de", "Kaukasus Kompakt", "Kanal · 5.210 Abonnenten", "4. März 2025",
     "Grenzgespräche an der Kura gehen weiter", "👁 1,3K   ✍ Lena Hartmann   bearbeitet 09:02", "Lena Hartmann",
     "2025-03-04"),
    ("channel-trap-unsigned-fr", "fr", "Caucase Express", "canal · 2,1 K abonnés", "4 mars 2025",
     "Les négociations frontalières reprennent", "👁 812   modifié 11:40", None, "2025-03-04"),
    ("channel-es", "es", "Cáspio al Día", "canal · 8.950 suscriptores", "4 de marzo de 2025",
     "Se reanudan las conversaciones sobre la frontera", "👁 2,7K  ·  ✍️ Lucía Herrero  ·  editado 12:05",
     "Lucía Herrero", "2025-03-04"),
    ("channel-ru", "ru", "Граница и газ", "канал · 41 207 подписчиков", "4 марта 2025",
     "Переговоры о границе продолжатся в апреле", "👁 15K   ✍️ Ирина Волкова   изменено 18:20", "Ирина Волкова",
     "2025-03-04"),
    ("channel-trap-unsigned-pl", "pl", "Kaukaz Dziś", "kanał · 3 120 subskrybentów", "4 marca 2025",
     "Rozmowy graniczne wznowione", "👁 640   edytowano 08:55", None, "2025-03-04"),
    ("channel-pt", "pt", "Cáspio Hoje", "canal · 6.480 inscritos", "4 de março de 2025",
     "Negociações sobre a fronteira são retomadas", "👁 3,1K   ✍️ Joana Ribeiro   editado 16:45", "Joana Ribeiro",
     "2025-03-04"),
    ("channel-tr", "tr", "Hazar Hattı", "kanal · 9.870 abone", "4 Mart 2025",
     "Sınır görüşmeleri nisanda sürecek", "👁 5,4B   ✍️ Elif Yıldız   düzenlendi 13:30", "Elif Yıldız",
     "2025-03-04"),
]
# a headline stating a count with a middle dot, under no channel lines: its own title
COUNT_HEADLINES = [
    ("channel-trap-count-en", "en", "Gas exports · 12 bcm in 2025", "4 March 2025", "2025-03-04"),
    ("channel-trap-count-de", "de", "Gasexporte · 12 Mrd. m³ im Jahr 2025", "4. März 2025", "2025-03-04"),
]


def _channels() -> list[Cell]:
    out = []
    for name, lang, channel, audience, day, headline, footer, author, date in CHANNELS:
        paragraphs = list(BODIES[lang][:2])
        text = (f"{channel}\n{audience}\n\n{' ' * 20}{day}\n\n{headline}\n\n" + "\n\n".join(paragraphs)
                + f"\n\n{footer}\n\n🔥 41   👍 17\n")
        out.append(Cell("channel", name, text, headline, date, [author] if author else [], body=paragraphs,
                        furniture=[footer.strip()]))
    for name, lang, headline, day, date in COUNT_HEADLINES:
        paragraphs = list(BODIES[lang][:2])
        text = f"{headline}\n\n{day}\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("channel", name, text, headline, date, [], body=paragraphs))
    return out


# ---- masthead: (name, lang, masthead line, stamp, headline, byline, author, ISO date)
MASTHEADS = [
    ("masthead-en", "en", "CASPIAN WIRE SERVICE  |  caspianwire.example/en  |  Borders", "04.03.2025 / 11:05\nBorders  Georgia  Azerbaijan",
     "Border talks resume on the Kura section", "By Ruth Okafor", "Ruth Okafor", "2025-03-04"),
    ("masthead-de", "de", "KAUKASUS-DIENST · kaukasusdienst.example · Politik", "04.03.2025, 09:40\nPolitik   Georgien   Aserbaidschan   Grenze",
     "Grenzgespräche an der Kura fortgesetzt", "Von Lena Hartmann", "Lena Hartmann", "2025-03-04"),
    ("masthead-trap-site-after-en", "en", "Border talks resume on the Kura section after a pause | caspianwire.example",
     "04.03.2025 / 11:05", None, "By Ruth Okafor", "Ruth Okafor", "2025-03-04"),
    ("masthead-fr", "fr", "AGENCE CAUCASE INFO | caucase-info.example/fr | Diplomatie", "04/03/2025 - 14h20\nDiplomatie  Géorgie  Azerbaïdjan",
     "Reprise des négociations frontalières sur la Koura", "Par Claire Dubois", "Claire Dubois", "2025-03-04"),
    ("masthead-es", "es", "AGENCIA CASPIO  |  www.agenciacaspio.example/es  |  Política", "04.03.2025 / 12:30",
     "Se reanudan las conversaciones fronterizas", "Por Lucía Herrero", "Lucía Herrero", "2025-03-04"),
    ("masthead-trap-portal-en", "en", "Azerbaijan opens evisa.example portal to transit drivers",
     "04.03.2025 / 11:05", None, "By Ruth Okafor", "Ruth Okafor", "2025-03-04"),
    ("masthead-ru", "ru", "ИА КАСПИЙ  |  kaspiy.example/ru  |  Политика", "04.03.2025 / 15:10\nПолитика  Грузия  Азербайджан",
     "Переговоры о границе возобновились", "Ирина Волкова", "Ирина Волкова", "2025-03-04"),
    ("masthead-it", "it", "AGENZIA CASPIO NOTIZIE · caspionotizie.example/it · Esteri", "04.03.2025 / 10:50\nEsteri  Georgia  Azerbaigian  Confini",
     "Riprendono i colloqui sul confine", "Di Giulia Ferri", "Giulia Ferri", "2025-03-04"),
]


def _mastheads() -> list[Cell]:
    out = []
    for name, lang, line, stamp, headline, byline, author, date in MASTHEADS:
        paragraphs = list(BODIES[lang][:2])
        if headline is None:  # a trap: the first line is the headline
            title = line.split(" | ")[0]
            text = f"{line}\n\n{stamp}\n\n{byline}\n\n" + "\n\n".join(paragraphs) + "\n"
        else:
            title = headline
            text = f"{line}\n\n{stamp}\n\n{headline}\n\n{byline}\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("masthead", name, text, title, date, [author], body=paragraphs))
    return out


# ---- pairs: (name, lang, title, [(name, house as printed, affiliation wanted)], date line, ISO date)
PAIRS = [
    ("pairs-en", "en", "Ferry tariffs on the Caspian crossing",
     [("Helen Marsh", "Caspian Policy Centre, Baku", "Caspian Policy Centre"),
      ("Daud Karimov", "Department of Geography, Northfield University", "Department of Geography, Northfield University")],
     "April 2025", "2025-04"),
    ("pairs-de", "de", "Grenzen am Kaspischen Meer",
     [("Lena Hartmann", "Institut für Osteuropastudien, Jena", "Institut für Osteuropastudien"),
      ("Jonas Vogt", "Stiftung Kaukasus", "Stiftung Kaukasus"),
      ("Tom Brenner", "Universität Kelheim, Fachbereich Geschichte", "Universität Kelheim, Fachbereich Geschichte")],
     "März 2025", "2025-03"),
    ("pairs-trap-one-fr", "fr", "Les ports de la Caspienne",
     [("Claire Dubois", "Institut d'études caucasiennes, Lyon", "Institut d'études caucasiennes, Lyon")],
     "mars 2025", "2025-03"),
    ("pairs-es", "es", "Los puertos del Caspio",
     [("Lucía Herrero", "Universidad de Almenara, Sevilla", "Universidad de Almenara"),
      ("Tural Mammadov", "Instituto de Estudios Euroasiáticos", "Instituto de Estudios Euroasiáticos")],
     "mayo de 2025", "2025-05"),
    ("pairs-ru", "ru", "Порты Каспия",
     [("Ирина Волкова", "Институт Каспия, Астрахань", "Институт Каспия"),
      ("Тимур Беков", "Центр энергетики, Баку", "Центр энергетики")],
     "апрель 2025", "2025-04"),
    ("pairs-trap-role-en", "en", "Gas storage before the winter",
     [("Ruth Okafor", "Energy Correspondent, Kura Daily", "Energy Correspondent, Kura Daily")],
     "4 March 2025", "2025-03-04"),
    ("pairs-it", "it", "I porti del Caspio",
     [("Giulia Ferri", "Istituto per gli Studi Caucasici, Roma", "Istituto per gli Studi Caucasici"),
      ("Marco Bellini", "Centro Studi Caspio", "Centro Studi Caspio")],
     "marzo 2025", "2025-03"),
    ("pairs-pl", "pl", "Porty Morza Kaspijskiego",
     [("Anna Wiśniewska", "Instytut Studiów Wschodnich, Toruń", "Instytut Studiów Wschodnich"),
      ("Piotr Nowak", "Wydział Geografii, Uniwersytet Toruński", "Wydział Geografii, Uniwersytet Toruński")],
     "maj 2025", "2025-05"),
]


def _pairs() -> list[Cell]:
    out = []
    for name, lang, title, people, day, date in PAIRS:
        paragraphs = list(BODIES[lang][:2])
        head = "\n".join(f"{who}\n{house}" for who, house, _ in people)
        text = f"{title}\n\n{head}\n\n{day}\n\n" + "\n\n".join(paragraphs) + "\n"
        cell = Cell("pairs", name, text, title, date, [who for who, _, _ in people], body=paragraphs)
        cell.affiliations = [aff for _, _, aff in people]
        out.append(cell)
    return out


# ---- about: (name, lang, suffix, dateline, name, verb phrase, about heading, byline or None, author or None)
ABOUTS = [
    ("about-en", "en", ".md", "**BAKU, 4 March 2025** –", "Kura Logistics", "today announced a new ferry service.",
     "## About Kura Logistics", None, "Kura Logistics"),
    ("about-de", "de", ".md", "**BAKU, 4. März 2025** –", "Kaukasus Schienenlogistik", "hat heute einen neuen "
     "Güterzug angekündigt.", "## Über Kaukasus Schienenlogistik", None, "Kaukasus Schienenlogistik"),
    ("about-fr", "fr", ".txt", "BAKOU, 4 mars 2025 –", "Caspienne Fret", "a annoncé aujourd'hui un nouveau service.",
     "À propos de Caspienne Fret", None, "Caspienne Fret"),
    ("about-it", "it", ".txt", "BAKU, 4 marzo 2025 –", "Caspio Energia", "ha annunciato oggi un nuovo contratto.",
     "Informazioni su Caspio Energia", None, "Caspio Energia"),
    ("about-es", "es", ".md", "**BAKÚ, 4 de marzo de 2025** –", "Puerto Seco Alat", "anunció hoy un nuevo servicio.",
     "### Acerca de Puerto Seco Alat", None, "Puerto Seco Alat"),
    ("about-pt", "pt", ".md", "**BAKU, 4 de março de 2025** –", "Cáspio Portos", "anunciou hoje um novo serviço.",
     "### Sobre a Cáspio Portos", None, "Cáspio Portos"),
    ("about-trap-signed-en", "en", ".md", "**BAKU, 4 March 2025** –", "Kura Logistics", "opened a new ferry service.",
     "## About Kura Logistics", "By Ruth Okafor", "Ruth Okafor"),
    ("about-trap-route-en", "en", ".txt", "BAKU, 4 March 2025 –", "Freight volumes", "on the crossing rose again.",
     "About the Middle Corridor", None, None),
]


def _abouts() -> list[Cell]:
    out = []
    for name, lang, suffix, dateline, who, verb, heading, byline, author in ABOUTS:
        title = _RANGE_TITLE.get(lang, "Ports of the Caspian")
        first = f"{dateline} {who} {verb} " + BODIES[lang][0]
        plain_first = first.replace("**", "")
        head = f"# {title}" if suffix == ".md" else title
        note = f"{who} " + ("is a company founded in 2011." if "Corridor" not in heading else "carries freight.")
        if "Corridor" in heading:
            note = "The Middle Corridor is a trade route from China to Europe across the Caspian Sea."
        blocks = [head] + ([byline] if byline else []) + [first, BODIES[lang][1], heading, note]
        out.append(Cell("about", name, "\n\n".join(blocks) + "\n", title, "2025-03-04", [author] if author else [],
                        suffix=suffix, body=[plain_first if suffix == ".md" else first, BODIES[lang][1]],
                        furniture=[note]))
    return out


_RANGE_TITLE = {"en": "Ports of the Caspian", "de": "Die Häfen am Kaspischen Meer", "fr": "Les ports de la Caspienne",
                "it": "I porti del Caspio", "es": "Los puertos del Caspio", "pt": "Os portos do Cáspio"}


def cells() -> list[Cell]:
    return _channels() + _mastheads() + _pairs() + _abouts()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d16text measures it; a ``pairs`` cell's authors right only with their affiliations too."""
    if not hasattr(cell, "affiliations"):
        return sweep_d17rest.measure(cell, "documents22")
    import tempfile
    from pathlib import Path

    from azmap.corpus.reading import read

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{cell.name}{cell.suffix}"
        path.write_text(cell.text, encoding="utf-8")
        reading = read(path)
    r = sweep_d16text.score(cell, reading)
    r["got"]["affiliations"] = [a.get("affiliation") for a in reading.meta.authors]
    r["ok"]["authors"] = r["ok"]["authors"] and r["got"]["affiliations"] == cell.affiliations
    return r


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
