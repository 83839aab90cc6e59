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


def cells() -> list[Cell]:
    return _channels() + _mastheads()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    return sweep_d17rest.measure(cell, "documents22")


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
