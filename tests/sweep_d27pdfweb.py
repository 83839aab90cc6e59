"""A sweep over the kinds documents27's policy memo and university press story showed the reader missing, taken
up as development material and written in other templates, wordings and languages, each kind named by form and
position:

- ``memofront``: a PDF's first page whose title is the largest type at its top (the body's name in capitals and a
  series line set small over it), with a figure in larger type still further down the page among the text (a key
  figure, "EUR 250-400 m"): the title is the large line over the text, not the small capitals line and not the key
  figure; the names under it carry raised figures joined by "and" in the text's language and the numbered
  affiliations they point to stand on ONE line: each name has its own; a person named beats the body in capitals.
  Traps: the same memo without a key figure (the title read as before), a memo naming no one (the body in capitals
  over the title is no person, and the title still the large line), names whose marks are answered one line each.
- ``studyref``: the citation of the study a story reports, a paragraph at the text's foot led by a label
  ("Reference:", "Quelle:", "Referencia:", "Riferimento:", "Źródło:", "Bron:", "Citation:", "DOI:") and set as a
  citation (surnames with initials, a year in brackets, a quoted title, a journal, a volume or a DOI): no body, in a
  web page or in markdown. Traps: a paragraph of the text that speaks of the study, its journal and its year in
  brackets in a sentence, or quotes its title, stays body.

Each kind's cells are written in two halves before the reader is changed: a development half (the tuning's) and a
test half of other wordings, languages and traps, measured once at the end (sweep_d17rest's halves: a kind's cells
alternate as written, even places the development half).

``python -m tests.sweep_d27pdfweb dev`` (or ``test``) prints a half's figures, ``-v`` its misses.
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d23text import BODIES

# (name, lang, the lines over the title, the title, the names' line, the affiliations' line (one line, or lines
# parted by "|"), the key figure ("" none), the authors read, their affiliations)
MEMOS = [
    ("memo-en-and", "en", ["SOUTH CAUCASUS TRANSIT INSTITUTE", "", "ANALYSIS No. 4", "", "2 April 2026", ""],
     "Ferries before bridges: what the Caspian crossing needs next", "Ruth Okafor^1 and Emil Sandberg^2",
     "^1 South Caucasus Transit Institute    ^2 Uppsala Centre for Maritime Studies", "USD 1.2 bn",
     ["Ruth Okafor", "Emil Sandberg"], ["South Caucasus Transit Institute", "Uppsala Centre for Maritime Studies"]),
    ("memo-de-und", "de", ["INSTITUT FÜR KAUKASUSSTUDIEN", "", "KURZANALYSE Nr. 9", "", "14. Januar 2026", ""],
     "Der Grenzabschnitt am Fluss: Optionen nach den Verhandlungen", "Jonas Weidinger^1 und Mariam Kapanadze^2",
     "^1 Institut für Kaukasusstudien    ^2 Staatliche Universität Tiflis", "38 km",
     ["Jonas Weidinger", "Mariam Kapanadze"], ["Institut für Kaukasusstudien", "Staatliche Universität Tiflis"]),
    ("memo-fr-et", "fr", ["OBSERVATOIRE DES CORRIDORS", "", "NOTE D'ANALYSE n° 12", "", "5 mai 2026", ""],
     "Le tronçon frontalier : ce que les commissions peuvent encore régler",
     "Claire Morvan^1 et Youssef Benali^2", "^1 Observatoire des corridors    ^2 Université de Strasbourg", "12 %",
     ["Claire Morvan", "Youssef Benali"], ["Observatoire des corridors", "Université de Strasbourg"]),
    ("memo-es-y", "es", ["FUNDACIÓN ENERGÍA Y TERRITORIO", "", "DOCUMENTO DE TRABAJO n.º 3", "", "9 de febrero de 2026", ""],
     "El corredor meridional después de 2027: precios, contratos y rutas",
     "Lucía Ferrer^1, Pablo Ortega^2 y Ana Ruiz^1",
     "^1 Fundación Energía y Territorio   ^2 Universidad de Salamanca", "12.000 mill.",
     ["Lucía Ferrer", "Pablo Ortega", "Ana Ruiz"],
     ["Fundación Energía y Territorio", "Universidad de Salamanca", "Fundación Energía y Territorio"]),
    ("trap-memo-en-no-figure", "en", ["BLACK SEA LOGISTICS FORUM", "", "BRIEF No. 21", "", "17 June 2026", ""],
     "Rail gauges and the Kars connection: a practical agenda", "Nadia Kessler^1 and Tomasz Wrona^2",
     "^1 Black Sea Logistics Forum    ^2 Gdynia Maritime University", "",
     ["Nadia Kessler", "Tomasz Wrona"], ["Black Sea Logistics Forum", "Gdynia Maritime University"]),
    ("trap-memo-it-lines-apart", "it", ["CENTRO STUDI ADRIATICO-CASPIO", "", "POLICY BRIEF n. 6", "", "3 marzo 2026", ""],
     "Il gas del Caspio in Puglia: capacità, contratti e domanda", "Giulia Ferraro^1 e Marco Bellini^2",
     "^1 Centro Studi Adriatico-Caspio|^2 Università di Bari", "10 mld m³",
     ["Giulia Ferraro", "Marco Bellini"], ["Centro Studi Adriatico-Caspio", "Università di Bari"]),
    ("trap-memo-nl-nobody", "nl", ["CASPISCH INSTITUUT VOOR VERVOER", "", "NOTITIE nr. 2", "", "8 april 2026", ""],
     "De veerdienst tussen Alat en Koeryk: capaciteit en wachttijden", "", "", "2 x per week",
     ["Caspisch Instituut voor Vervoer"], [None]),
    ("memo-pt-e", "pt", ["INSTITUTO DO CÁUCASO", "", "NOTA DE POLÍTICA n.º 8", "", "21 de abril de 2026", ""],
     "O gás do Cáspio e os portos ibéricos: uma agenda para 2027", "Rita Carvalho^1 e Duarte Nogueira^2",
     "^1 Instituto do Cáucaso    ^2 Universidade de Coimbra", "EUR 3 mil M",
     ["Rita Carvalho", "Duarte Nogueira"], ["Instituto do Cáucaso", "Universidade de Coimbra"]),
]


def _memos() -> list[Cell]:
    out = []
    for name, lang, over, title, names, affiliations, figure, authors, where in MEMOS:
        paragraphs = list(BODIES[lang][:2])
        spec = {"title": title, "body_paragraphs": paragraphs, "captions": [],
                "pdf": {"height": 842, "title_size": 14, "columns": 1,
                        "running_head": f"{over[2]} · {over[4]}", "over_title": over,
                        "front": [line for line in [names, *affiliations.split("|")] if line], "after": [
                            [f"© {over[0]} 2026", 8.0]]}}
        if figure:
            spec["pdf"]["pulls"] = [{"before": paragraphs[1][:30], "figure": figure,
                                     "text": "Figure 1: An estimate for the section. Source: own estimates, 2025."}]
        cell = Cell("memofront", name, json.dumps(spec, ensure_ascii=False), title, None, authors, suffix=".pdf",
                    body=paragraphs)
        cell.affiliations = where
        out.append(cell)
    return out


# (name, lang, format, the citation's paragraph (None: a trap's prose paragraph, kept as body))
REFERENCES = [
    ("ref-en-html", "en", "html", "<strong>Reference:</strong> Okafor, R., Lindqvist, M. and Aliyev, T. (2026) "
     "'Winter ice and ferry delays on the northern Caspian', Journal of Maritime Geography, 41(2), pp. 112-130."),
    ("ref-de-html", "de", "html", "<b>Quelle:</b> Weidinger, J., Kapanadze, M. et al. (2025): „Sedimente im "
     "Flussdelta und die Schifffahrt“, Zeitschrift für Geomorphologie 69(3). DOI: 10.1127/zfg/2025/0000"),
    ("ref-es-md", "es", "md", "**Referencia:** Ferrer, L. y Ortega, P. (2026). «Costes del transporte por el "
     "corredor medio», Revista de Estudios Regionales, 128, 45-67. doi:10.5555/rer.2026.128"),
    ("ref-en-doi-md", "en", "md", "Citation: Sandberg E, Okafor R (2025) \"Port depth and draught limits in a "
     "shrinking sea\". Marine Policy 171: 106401. https://doi.org/10.1016/j.marpol.2025.106401"),
    ("trap-ref-en-prose", "en", "html", None),
    ("ref-it-html", "it", "html", "<strong>Riferimento:</strong> Ferraro, G., Bellini, M. (2026) ‘Domanda di gas "
     "nel Mezzogiorno’, Rivista di Economia dell’Energia, 12(1), pp. 5-29."),
    ("trap-ref-de-prose-md", "de", "md", None),
    ("ref-pl-md", "pl", "md", "**Źródło:** Wrona, T., Nowak, A. (2026) „Przepustowość portów Bałtyku a gaz z "
     "Kaspii”, Przegląd Geograficzny, 98(2). DOI: 10.7163/PrzG.2026.2.4"),
    ("trap-ref-nl-prose", "nl", "html", None),
    ("ref-nl-html", "nl", "html", "<strong>Bron:</strong> De Vries, K., Janssen, L. (2025) 'Veerdiensten op de "
     "Kaspische Zee', Tijdschrift voor Economische en Sociale Geografie, 116(4)."),
]
# the traps' paragraphs: the study spoken of in a sentence of the text (its journal, its year in brackets, its title
# quoted)
_PROSE = {
    "en": "The study, published this week in the Journal of Maritime Geography (2026), is titled 'Winter ice and "
          "ferry delays on the northern Caspian' and draws on ten years of port records.",
    "de": "Die Studie von Weidinger und Kapanadze (2025) mit dem Titel „Sedimente im Flussdelta“ stützt sich auf "
          "Messungen aus zwölf Jahren und erscheint in der Zeitschrift für Geomorphologie.",
    "nl": "Het onderzoek van De Vries en Janssen (2025), 'Veerdiensten op de Kaspische Zee', verscheen in een "
          "geografisch tijdschrift en berust op de dienstregelingen van tien jaar.",
}
_HEADS = {"en": "Ice season may double ferry delays, study finds", "de": "Studie: Sedimente bremsen die Schifffahrt",
          "es": "El coste del corredor medio, según un estudio", "it": "La domanda di gas nel Sud secondo uno studio",
          "pl": "Porty Bałtyku a gaz z Kaspii: nowe badanie", "nl": "Veerdiensten op de Kaspische Zee onderzocht"}


def _strip_tags(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text)


def _references() -> list[Cell]:
    out = []
    for name, lang, form, cited in REFERENCES:
        paragraphs = list(BODIES[lang][:2])
        last = cited if cited is not None else _PROSE[lang]
        body = paragraphs + ([last] if cited is None else [])
        head = _HEADS[lang]
        if form == "html":
            paras = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
            foot = f'<p class="reference">{last}</p>\n' if cited is not None else f"<p>{html.escape(last, quote=False)}</p>\n"
            text = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{head}</title></head>\n'
                    f'<body><main><article>\n<h1>{head}</h1>\n<p class="date"><time datetime="2026-02-10">2026-02-10</time></p>\n'
                    f"{paras}{foot}</article></main>\n<footer><p>© 2026</p></footer></body></html>\n")
            furniture = [_strip_tags(cited)] if cited is not None else []
        else:
            text = f"# {head}\n\n*2026-02-10*\n\n" + "\n\n".join(paragraphs) + f"\n\n{last}\n"
            furniture = [cited.replace("**", "")] if cited is not None else []
        out.append(Cell("studyref", name, text, head, "2026-02-10", None, suffix=f".{form}", body=body,
                        furniture=[f.split(" ", 2)[2][:60] for f in furniture]))
    return out


# ``titleref``: the citation written title first under its label ("Paper: 'Title' by A et al., Journal (2026).
# DOI: …"), a quoted title right after the label, then a DOI or a volume and issue: no body either. Traps: a
# transcript's turn or a quoted remark after a label with a year in brackets and no DOI, volume or pages.
TITLE_REFERENCES = [
    ("titleref-en-paper-html", "en", "html", "<strong>Paper:</strong> ‘Ice cover and ferry schedules on the northern "
     "Caspian’ by R. Okafor et al., Journal of Maritime Geography (2026), 41(2). DOI: 10.5555/jmg.2026.0412"),
    ("titleref-fr-etude-md", "fr", "md", "**Étude :** « Les ports de la Caspienne face à la baisse du niveau de la "
     "mer », C. Morvan et Y. Benali, Revue de géographie (2025), 113(4). doi:10.5555/rg.2025.1134"),
    ("trap-titleref-en-quote-html", "en", "html", None),
    ("trap-titleref-de-quote-html", "de", "html", None),
    ("titleref-de-studie-html", "de", "html", "<b>Studie:</b> „Sedimentfracht und Hafentiefen am Kaspischen Meer“ von "
     "J. Weidinger u. a., Zeitschrift für Geomorphologie (2025), 69(3). DOI: 10.1127/zfg/2025/0069"),
    ("titleref-es-estudio-md", "es", "md", "**Estudio:** «Costes del corredor medio tras 2027», L. Ferrer y P. Ortega, "
     "Revista de Estudios Regionales (2026), 128(2). DOI: 10.5555/rer.2026.1282"),
    ("trap-titleref-fr-quote-md", "fr", "md", None),
    ("trap-titleref-es-quote-md", "es", "md", None),
]
# the traps' paragraphs: a label and a quoted remark, a year in brackets, no DOI, volume or pages
_QUOTED = {
    "en": "Update: 'We expect the ferries to keep their winter timetable', the port authority said on Friday (2026).",
    "fr": "Mise à jour : « Les traversées reprendront lundi », a indiqué la compagnie vendredi soir (2026).",
    "de": "Nachtrag: „Die Fähren fahren ab Montag wieder nach Plan“, teilte die Hafenbehörde am Freitag mit (2026).",
    "es": "Actualización: «Los transbordadores volverán a su horario el lunes», dijo la autoridad portuaria (2026).",
}
_HEADS.update({"fr": "Les ports de la Caspienne et la baisse du niveau"})


def _title_references() -> list[Cell]:
    out = []
    for name, lang, form, cited in TITLE_REFERENCES:
        paragraphs = list(BODIES[lang][:2])
        last = cited if cited is not None else _QUOTED[lang]
        body = paragraphs + ([last] if cited is None else [])
        head = _HEADS[lang]
        if form == "html":
            paras = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs + [last if cited is None else ""]
                            if p)
            foot = f'<p class="study">{cited}</p>\n' if cited is not None else ""
            text = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{head}</title></head>\n'
                    f'<body><main><article>\n<h1>{head}</h1>\n<p class="date"><time datetime="2026-02-10">2026-02-10</time></p>\n'
                    f"{paras}{foot}</article></main>\n<footer><p>© 2026</p></footer></body></html>\n")
        else:
            text = f"# {head}\n\n*2026-02-10*\n\n" + "\n\n".join(paragraphs) + f"\n\n{last}\n"
        furniture = [_strip_tags(cited).replace("**", "").split(" ", 2)[2][:50]] if cited is not None else []
        out.append(Cell("titleref", name, text, head, "2026-02-10", None, suffix=f".{form}", body=body, furniture=furniture))
    return out


def cells() -> list[Cell]:
    return _memos() + _references() + _title_references()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell read (a PDF drawn with documents27's generator first) and scored as sweep_d16text scores one; where
    the cell states its authors' affiliations, its authors right only with those too."""
    import tempfile
    from pathlib import Path

    from azmap.corpus.reading import read
    from tests.test_documents2 import _generator

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{cell.name}{cell.suffix}"
        if cell.suffix == ".pdf":
            annotation = Path(tmp) / "spec.json"
            annotation.write_text(cell.text, encoding="utf-8")
            root = Path(__file__).resolve().parent / "fixtures" / "documents27"
            path = _generator(root).build(annotation, path)
        else:
            path.write_text(cell.text, encoding="utf-8")
        reading = read(path)
    r = sweep_d16text.score(cell, reading)
    if hasattr(cell, "affiliations"):
        r["got"]["affiliations"] = [a.get("affiliation") for a in reading.meta.authors]
        r["ok"]["authors"] = r["ok"]["authors"] and r["got"]["affiliations"] == cell.affiliations
    return r


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
