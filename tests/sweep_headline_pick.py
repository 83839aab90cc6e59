"""A sweep of one kind: in a plain text, the headline under lines that are no title. Agencies, channels, mailing
lists and sites put a line or two over the headline that the reader has taken for the title in every unseen set
(a transmission code, a keyword slug, a channel's name and audience, a site's name with its address, a section
menu, a subscription service's line, a body's name in capitals): a line that reads as no headline at all (no
sentence's words, or a code, an address, a list of parts) gives way to the headline under it. Traps: a short real
title over a standfirst, a headline in capitals over a standfirst in small letters, a title with a colon, a title
of a few words over a dateline.

Cells alternate within each kind as written: the development half and the test half (other wordings, languages and
layouts), the test half measured once at the end. Every text is written for the sweep.

    python -m tests.sweep_headline_pick [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d25text import BODIES

# (name, language, the lines over the headline, the headline)
OVER = [
    ("over-code", "it", ["QZT26031409177_SXA_ECON"], "Azerbaigian e Albania firmano un accordo sul gas del TAP"),
    ("over-code", "en", ["CWN0417 3 EC 0323 /CWN-ENERGY"], "Georgia and Azerbaijan agree to widen the Supsa terminal"),
    ("over-slug", "de", ["Georgien/ Aserbaidschan/ Bahn/ Fracht"], "Güterzüge auf der Strecke Baku–Kars sollen doppelt so oft fahren"),
    ("over-slug", "pl", ["Gruzja/ kolej/ transport/ Azerbejdżan"], "Kolej z Baku do Karsu przewiozła w styczniu rekordowy ładunek"),
    ("over-channel", "tr", ["Enerji Hattı kanalı · 9 870 abone"], "TANAP üzerinden Avrupa'ya giden gaz ocakta yüzde 12 arttı"),
    ("over-channel", "ru", ["Каспийский транзит · 24 310 подписчиков"], "Паром из Алята в Актау будет ходить каждый день"),
    ("over-site", "en", ["KURA DAILY  |  kuradaily.example/en"], "Baku and Tashkent agree to ship more cotton through Alat"),
    ("over-site", "fr", ["CASPIENNE INFO — caspienne-info.example"], "Bakou et Tbilissi veulent accélérer le chantier du port d'Anaklia"),
    ("over-menu", "en", ["Home | Region | Energy | Business | Opinion"], "Shah Deniz partners approve a new compression platform"),
    ("over-menu", "es", ["Inicio · Política · Economía · Mundo · Deportes"], "Azerbaiyán y Turquía amplían el gasoducto TANAP hasta 2030"),
    ("over-service", "en", ["Subscriber service / Energy Bulletin"], "Caspian gas exports through Georgia hit a winter record"),
    ("over-service", "de", ["Abonnentendienst / Wirtschaftsdienst"], "Aserbaidschan liefert im Winter mehr Gas nach Südosteuropa"),
]

# (name, language, the title's lines (the title first), the title): first lines that are the title
KEEP = [
    ("keep-short", "en", ["Ferry diaries", "Three crossings of the Caspian in one winter, and what they cost us"], "Ferry diaries"),
    ("keep-caps", "tr", ["KARS-TİFLİS HATTINDA YÜK REKORU", "Demiryolu hattında ocak ayında taşınan yük geçen yılın iki katına çıktı."],
     "KARS-TİFLİS HATTINDA YÜK REKORU"),
    ("keep-colon", "en", ["Azerbaijan: talks on the border resume in Geneva"], "Azerbaijan: talks on the border resume in Geneva"),
    ("keep-colon", "de", ["Kaspisches Meer: Fähren fahren wieder nach Plan"], "Kaspisches Meer: Fähren fahren wieder nach Plan"),
    ("keep-short", "de", ["Hafen Alat", "Wie ein Hafen am Kaspischen Meer zum Knoten zwischen China und Europa werden will"], "Hafen Alat"),
    ("keep-caps", "en", ["GAS FLOWS TO EUROPE HIT A WINTER HIGH", "Shipments through the Southern Gas Corridor rose for the third month running."],
     "GAS FLOWS TO EUROPE HIT A WINTER HIGH"),
]


def _over() -> list[Cell]:
    out = []
    for k, (name, lang, over, headline) in enumerate(OVER):
        paragraphs = list(BODIES[lang][:2])
        text = "\n".join(over) + "\n\n" + headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("over", f"{name}-{lang}", text, headline, None, None, body=paragraphs))
    return out


def _keep() -> list[Cell]:
    out = []
    for name, lang, lines, title in KEEP:
        paragraphs = list(BODIES[lang][:2])
        text = "\n\n".join(lines) + "\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("keep", f"{name}-{lang}", text, title, None, None))
    return out


def cells() -> list[Cell]:
    return _over() + _keep()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=sweep_d16text.measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=sweep_d16text.measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
