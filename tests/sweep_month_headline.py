"""A sweep of one kind: a headline that names a month and a year in its sentence ("Gas flows up 12 per cent in March
2026", "Грузооборот порта Алят вырос в январе 2026 года на 15%") standing first in a plain text or as a markdown
page's heading. It is the title, not a date line: the month is what the story is about, and the date is the date
line's under it, or none. Traps, date lines that hold a month and a year and must stay date lines: a month and a year
alone over the title, "Issue 14 | March 2026", "Baku, March 2026", "Updated: March 2026", "Working Paper No. 7, March
2026", "Tbilisi, February 2026".

Cells alternate within each kind as written: the development half and the test half (other wordings, languages and
layouts), the test half measured once at the end. Every text is written for the sweep.

    python -m tests.sweep_month_headline [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d25text import BODIES

NO_DATE = "none"  # a cell whose text gives no publication's date: the reading must give none

# (name, language, headline, line under it or None, publication's date or NO_DATE, author or None, markdown)
HEADLINES = [
    ("monthhead-en", "en", "Gas flows to Europe up 12 per cent in March 2026", "By Anna Reed\n5 April 2026",
     "2026-04-05", "Anna Reed", False),
    ("monthhead-en-since", "en", "Shah Deniz output falls for the first time since October 2024",
     "Published 11 February 2026", "2026-02-11", None, False),
    ("monthhead-de", "de", "Gasexporte über TAP steigen im Februar 2026 um neun Prozent", None, NO_DATE, None, False),
    ("monthhead-de-seit", "de", "Bahnstrecke Baku–Kars: Güterverkehr seit Januar 2026 verdoppelt", None, NO_DATE,
     None, False),
    ("monthhead-fr", "fr", "Le trafic du corridor médian a doublé en janvier 2026", "Publié le 3 février 2026",
     "2026-02-03", None, False),
    ("monthhead-es", "es", "Las exportaciones por el BTC caen un 4 % en enero de 2026", "12 de febrero de 2026",
     "2026-02-12", None, False),
    ("monthhead-ru", "ru", "Грузооборот порта Алят вырос в январе 2026 года на 15%", None, NO_DATE, None, False),
    ("monthhead-it", "it", "Il TAP ha trasportato più gas a gennaio 2026 che in tutto il 2020", None, NO_DATE, None,
     False),
    ("monthhead-tr", "tr", "TANAP'tan Avrupa'ya sevkiyat Şubat 2026'da rekor kırdı", "3 Mart 2026", "2026-03-03",
     None, False),
    ("monthhead-ru-md", "ru", "Экспорт нефти по БТД снизился в январе 2026 года", "*12 февраля 2026*", "2026-02-12",
     None, True),
    ("monthhead-en-md", "en", "Ferry queues at Alat shortest since March 2024", "*12 February 2026*", "2026-02-12",
     None, True),
    ("monthhead-tr-ocak", "tr", "Bakü-Tiflis-Kars hattında Ocak 2026'da yük taşımacılığı yüzde 20 arttı", None,
     NO_DATE, None, False),
]

# (name, language, lines over the first paragraph, the title, the date): date lines that must stay date lines
TRAPS = [
    ("monthline-alone", "en", "March 2026\n\nCaspian Freight Review", "Caspian Freight Review", "2026-03"),
    ("monthline-updated", "en", "Rail freight on the Middle Corridor\nUpdated: March 2026",
     "Rail freight on the Middle Corridor", "2026-03"),
    ("monthline-issue", "en", "Caspian Freight Review\nIssue 14 | March 2026", "Caspian Freight Review", "2026-03"),
    ("monthline-paper", "en", "Working Paper No. 7, March 2026\n\nRail freight on the Middle Corridor",
     "Rail freight on the Middle Corridor", "2026-03"),
    ("monthline-place", "en", "Ferries across the Caspian\nBaku, March 2026", "Ferries across the Caspian", "2026-03"),
    ("monthline-place-ru", "ru", "Паромы через Каспий\nТбилиси, февраль 2026", "Паромы через Каспий", "2026-02"),
]


def _headlines() -> list[Cell]:
    out = []
    for name, lang, headline, under, date, author, markdown in HEADLINES:
        paragraphs = list(BODIES[lang][:2])
        head = (f"# {headline}" if markdown else headline) + (f"\n{under}" if under else "")
        text = f"{head}\n\n" + "\n\n".join(paragraphs) + "\n"
        cell = Cell("monthhead", name, text, headline, None if date == NO_DATE else date,
                    [author] if author else [], suffix=".md" if markdown else ".txt", body=paragraphs)
        cell.no_date = date == NO_DATE
        out.append(cell)
    return out


def _traps() -> list[Cell]:
    out = []
    for name, lang, lines, title, date in TRAPS:
        paragraphs = list(BODIES[lang][:2])
        text = f"{lines}\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("monthline", name, text, title, date, None, body=paragraphs))
    return out


def cells() -> list[Cell]:
    return _headlines() + _traps()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d16text measures it; a cell whose text gives no date right only when none is read."""
    r = sweep_d16text.measure(cell)
    if getattr(cell, "no_date", False):
        r["ok"]["date"] = r["got"]["date"] is None
    return r


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
