"""A sweep of two notes about a text that documents22's TV interview held as body (taken up as kinds, each cell in
other wordings and languages than documents22's):

- ``edited`` (markdown, plain text): a short note over an interview's or a transcript's text, or under it, saying
  of the text that it was edited, condensed or shortened ("This interview has been condensed and edited for
  clarity.", "Das Gespräch wurde gekürzt und redigiert.", "L'entretien a été condensé pour plus de clarté."), perhaps
  after a sentence on when the conversation was broadcast: no body. Traps: a paragraph of the text that says an
  interview was edited inside a long sentence of the story; a short sentence of the text that an agreement was
  edited (no interview named first).
- ``reuse`` (markdown, plain text): a line under the text that allows its use or reprint only with a link to the
  source ("Use of this material is permitted only with a hyperlink to …", "La reproduction de cet article est
  autorisée avec un lien vers …"): a rights notice, no body. Traps: a sentence of the text allowing the use of a
  port for ships that link two cities; one permitting reproduction of a map, with a link further on.

Cells alternate within each kind as written: the development half and the test half (other wordings, languages
and traps), the test half measured once at the end.

    python -m tests.sweep_d22notes [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d19mdpdf import BODIES

_TITLE = {"en": "The border commissions after the spring round", "de": "Die Grenzkommissionen nach der Frühjahrsrunde",
          "fr": "Les commissions frontalières après la session de printemps",
          "es": "Las comisiones fronterizas tras la ronda de primavera",
          "it": "Le commissioni di confine dopo la sessione di primavera",
          "ru": "Пограничные комиссии после весеннего раунда", "pt": "As comissões de fronteira após a ronda da primavera",
          "pl": "Komisje graniczne po wiosennej rundzie", "tr": "Bahar turundan sonra sınır komisyonları"}
_DAY = {"en": "4 March 2025", "de": "4. März 2025", "fr": "4 mars 2025", "es": "4 de marzo de 2025",
        "it": "4 marzo 2025", "ru": "4 марта 2025", "pt": "4 de março de 2025", "pl": "4 marca 2025",
        "tr": "4 Mart 2025"}

# (name, lang, suffix, where: head or foot, the note, whether it is a note (furniture) or the text's (body))
EDITED = [
    ("edited-en-head", "en", ".md", "head", "The deputy minister spoke to the programme on Sunday evening. This "
     "interview has been condensed and edited for clarity.", True),
    ("edited-de-foot", "de", ".txt", "foot", "Das Gespräch wurde gekürzt und redigiert.", True),
    ("edited-fr-head", "fr", ".txt", "head", "L'entretien a été condensé et édité pour plus de clarté.", True),
    ("edited-es-foot", "es", ".md", "foot", "Esta entrevista ha sido editada y condensada por razones de espacio.",
     True),
    ("edited-trap-story-en", "en", ".md", "head", "In an interview that the channel later edited and cut by a "
     "third, the deputy minister said on Sunday that the commissions had agreed more than they had announced.",
     False),
    ("edited-it-head", "it", ".md", "head", "Il colloquio è andato in onda domenica sera. L'intervista è stata "
     "ridotta e rivista per chiarezza.", True),
    ("edited-trap-short-de", "de", ".md", "head", "Das Ministerium hat den Entwurf zweimal redigiert.", False),
    ("edited-ru-foot", "ru", ".txt", "foot", "Интервью сокращено и отредактировано.", True),
    ("edited-pt-head", "pt", ".txt", "head", "A entrevista foi editada e condensada para maior clareza.", True),
]
REUSE = [
    ("reuse-en", "en", ".md", "Use of this material is permitted only with a hyperlink to Border Review.", True),
    ("reuse-fr", "fr", ".txt", "La reproduction de cet article est autorisée avec un lien vers la source.", True),
    ("reuse-trap-port-en", "en", ".md", "Use of the new berth is allowed for ferries that link Alat with Aktau.",
     False),
    ("reuse-de", "de", ".md", "Die Verwendung dieses Textes ist nur mit Link auf die Quelle gestattet.", True),
    ("reuse-es", "es", ".txt", "La reproducción de este contenido está permitida con un enlace al original.", True),
    ("reuse-it", "it", ".md", "La riproduzione di questo articolo è consentita con un link alla fonte.", True),
    ("reuse-trap-map-en", "en", ".txt", "Reproduction of the map is permitted for teaching; the link below gives "
     "the full set.", False),
    ("reuse-pl", "pl", ".md", "Wykorzystanie tego materiału jest dozwolone wyłącznie z linkiem do źródła.", True),
]


def _doc(suffix: str, lang: str, blocks: list[str]) -> str:
    title = f"# {_TITLE[lang]}" if suffix == ".md" else _TITLE[lang]
    return "\n\n".join([title, _DAY[lang], *blocks]) + "\n"


def _edited() -> list[Cell]:
    out = []
    for name, lang, suffix, where, note, is_note in EDITED:
        paragraphs = list(BODIES[lang][:2])
        blocks = [note, *paragraphs] if where == "head" else [*paragraphs, note]
        body = paragraphs if is_note else blocks
        out.append(Cell("edited", name, _doc(suffix, lang, blocks), _TITLE[lang], _date(), [], suffix=suffix,
                        body=body, furniture=[note] if is_note else []))
    return out


def _reuse() -> list[Cell]:
    out = []
    for name, lang, suffix, line, is_notice in REUSE:
        paragraphs = list(BODIES[lang][:2])
        blocks = [*paragraphs, line]
        out.append(Cell("reuse", name, _doc(suffix, lang, blocks), _TITLE[lang], _date(), [], suffix=suffix,
                        body=paragraphs if is_notice else blocks, furniture=[line] if is_notice else []))
    return out


def _date() -> str:
    return "2025-03-04"


def cells() -> list[Cell]:
    return _edited() + _reuse()


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
