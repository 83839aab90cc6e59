"""A sweep of a writer's card under a markdown title (documents22's professional-network article, taken up as a
kind), each cell in another wording, language and badge than documents22's:

- ``card`` (markdown, plain text): a profile page's article saved as text: a company's logo as a linked image over
  the title, the title a "#" heading that may ask a question or end with a full stop, a cover image, then the
  writer's card, one short line each: the name (bold or not) with the page's badge after a middle dot ("· 2nd",
  "· 3rd+", "· Follow", "· Abonnieren"), a headline of three or more parts joined by bars whose first part is the
  post and office ("Senior Analyst at X | ex-Y | topics"), the day it was published, a follow link whose address
  makes the card long: the heading is the title, the name the author with the headline's first part as affiliation,
  the day the date. Traps: a card whose headline has no bars (taken whole as the affiliation, as any line under a
  name is); a title ending with a question mark followed directly by the first paragraph; a subject line with a
  middle dot and a count ("Gas · 12 bcm") under the title, no name and so no author.

Cells alternate as written: the development half and the test half (other wordings, languages, layouts and
traps), the test half measured once at the end.

    python -m tests.sweep_d22card [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d19mdpdf import BODIES

# (name, lang, suffix, title, name line, headline line or None, date line, follow line, author, affiliation, date)
CARDS = [
    ("card-en", "en", ".md", "# Can the Middle Corridor really carry twice the freight it carries now before the end of 2030?", "**Nigel Osei** · 2nd",
     "Senior Rail Analyst at Aral Freight Partners | ex-Maersk | Logistics, Caspian rail corridors, ports, "
     "ferries", "Published Feb 11, 2026",
     "[+ Follow](https://www.network.example/in/nigel-osei/)", "Nigel Osei", "Senior Rail Analyst at Aral Freight "
     "Partners", "2026-02-11"),
    ("card-de", "de", ".md", "# Wie viel Gas kann der Südliche Gaskorridor nach 2027 wirklich nach Mitteleuropa und bis nach Bayern liefern?", "**Katrin Vogelsang** · 3rd+",
     "Leiterin Marktanalyse bei Nordgas Handel | ehem. Uniper | Energie, LNG, Pipelines, "
     "Versorgungssicherheit",
     "Veröffentlicht am 11. Februar 2026", "[Folgen](https://www.netzwerk.example/in/katrin-vogelsang-gas/)",
     "Katrin Vogelsang", "Leiterin Marktanalyse bei Nordgas Handel", "2026-02-11"),
    ("card-fr", "fr", ".txt", "Le corridor médian peut-il vraiment doubler ses volumes de fret d'ici à la fin de 2030 ?", "Amélie Ferrand · Suivre",
     "Analyste principale chez Rhône Fret Conseil | ex-CMA CGM | Logistique, Caspienne", "Publié le 11 févr. 2026",
     "https://www.reseau.example/in/amelie-ferrand-fret/", "Amélie Ferrand",
     "Analyste principale chez Rhône Fret Conseil", "2026-02-11"),
    ("card-es", "es", ".md", "# ¿Cuánto gas del Caspio llegará de verdad a España y Portugal antes de que termine el año 2028?", "**Tomás Echeverría** · 1º",
     "Analista sénior en Iberia Gas Research | ex-Enagás | Energía, GNL, gasoductos, seguridad de "
     "suministro",
     "Publicado el 11 de febrero de 2026", "[+ Seguir](https://www.red.example/in/tomas-echeverria/)",
     "Tomás Echeverría", "Analista sénior en Iberia Gas Research", "2026-02-11"),
    ("card-trap-plainpost-en", "en", ".md", "# The Caspian ferry backlog is shrinking.", "**Nigel Osei** · 2nd",
     "Rail analyst, Aral Freight Partners", "Feb 11, 2026", "[+ Follow](https://www.network.example/in/nigel-osei/)",
     "Nigel Osei", "Rail analyst, Aral Freight Partners", "2026-02-11"),
    ("card-ru", "ru", ".md", "# Сколько газа Каспийский регион на самом деле сможет дать Европе после 2027 года и по каким трубам?", "**Ирина Белоусова** · 2-й",
     "Ведущий аналитик в Каспий Энерджи Консалт | ранее Газпром экспорт | энергетика, трубопроводы",
     "Опубликовано 11 февраля 2026 г.", "[Подписаться](https://www.set.example/in/irina-belousova/)",
     "Ирина Белоусова", "Ведущий аналитик в Каспий Энерджи Консалт", "2026-02-11"),
    ("card-trap-count-en", "en", ".md", "# Caspian gas to Europe: what the figures say", "Gas · 12 bcm",
     None, "Published Feb 11, 2026", "[Read more](https://www.network.example/topics/gas/)", None, None,
     "2026-02-11"),
    ("card-it", "it", ".md", "# Quanto gas azero arriverà davvero in Italia attraverso il TAP nel 2027 e negli anni che seguono?", "**Chiara Benedetti** · 2°",
     "Responsabile analisi gas presso Adriatica Energia | ex Snam | Energia, GNL, gasdotti, sicurezza "
     "degli approvvigionamenti",
     "Pubblicato l'11 febbraio 2026", "[+ Segui](https://www.rete.example/in/chiara-benedetti-gas/)",
     "Chiara Benedetti", "Responsabile analisi gas presso Adriatica Energia", "2026-02-11"),
]


def _cards() -> list[Cell]:
    out = []
    for name, lang, suffix, title, who, headline, day, follow, author, affiliation, date in CARDS:
        paragraphs = list(BODIES[lang][:2])
        logo = "[![Logo](https://media.network.example/logo/company.png)](https://www.network.example/company/x/)"
        cover = "![Cover image: a map of the route](https://media.network.example/cover/route.png)"
        card = "\n".join(line for line in (who, headline, day, follow) if line)
        blocks = ([logo] if suffix == ".md" else []) + [title] + ([cover] if suffix == ".md" else []) + [card]
        text = "\n\n".join(blocks + paragraphs) + "\n"
        plain_title = title.lstrip("# ")
        cell = Cell("card", name, text, plain_title, date, [author] if author else [], suffix=suffix, body=paragraphs)
        cell.affiliations = [affiliation] if author else []
        out.append(cell)
    return out


def cells() -> list[Cell]:
    return _cards()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d22text measures its author pairs: the authors right only with their affiliations too."""
    from tests import sweep_d22text

    return sweep_d22text.measure(cell)


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
