"""Authors on one line under a title, each with an institution in brackets after the name:

    Tamar Beridze (Kura Institute for Regional Security) and Farid Mammadli (Absheron Energy Forum)
    Lena Hartmann (Institut für Osteuropastudien) und Jonas Vogt (Stiftung Kaukasus)
    Claire Dubois (Institut …), Levan Tsiklauri (Université de Batoumi) et Nino Kapanadze (Centre Mer Noire)

Each piece a person's name and a bracket naming an institution (the institution table, words.py), the
pieces parted by commas, semicolons or "and" in the byline's table's languages; two pieces at least. A line
whose brackets name no institution ("Baku Port (Alat) and Poti Port (Georgia)") is no such line.
"""
from __future__ import annotations

import re

from azmap.corpus.person_names import _AND

_PIECE = re.compile(r"^\s*([^()]{3,60}?)\s*\(([^()]{3,120})\)\s*$")
_BETWEEN = re.compile(rf"(?<=\))\s*(?:[,;]\s*(?:{_AND}\s+)?|\s+{_AND}\s+)")


def is_bracketed(line: str) -> bool:
    """Whether a line is names with brackets after them, whatever the brackets hold ("A (X) and B (Y)")."""
    pieces = _BETWEEN.split(line.strip())
    return len(pieces) >= 2 and all(_PIECE.match(p) for p in pieces)


def bracketed_names(line: str) -> list[dict]:
    """The authors of such a line, each with the institution in brackets as her affiliation; [] when it
    is no such line."""
    from azmap.corpus.person_names import _INSTITUTION, _is_personal_name

    if len(line) > 400 or not is_bracketed(line):
        return []
    people = []
    for piece in _BETWEEN.split(line.strip()):
        name, affiliation = _PIECE.match(piece).groups()
        if not _is_personal_name(name) or not _INSTITUTION.search(affiliation):
            return []
        people.append({"name": name, "affiliation": affiliation.strip()})
    return people
