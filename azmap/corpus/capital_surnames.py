"""A name written with its surname in capitals ("Lucie BERTRAND", "Lucía GÓMEZ PARDO", "Grace O'NEILL"), as
agencies and French and Spanish bylines print it: the author is named as the name is said, the capitals as in
ordinary writing ("Lucie Bertrand"). A name all in capitals, or with no word in capitals, is left as written,
and so are roman numerals ("John Carter III").
"""
from __future__ import annotations

import re

_CAPITAL_WORD = re.compile(r"^[^\W\d_]{2,}(?:['’-][^\W\d_]+)*$")
_ROMAN = re.compile(r"^[IVXLC]+$")


def as_said(name: str) -> str:
    words = name.split()
    capitals = [w.isupper() and bool(_CAPITAL_WORD.match(w)) and not _ROMAN.match(w) for w in words]
    if not any(capitals) or not any(any(c.islower() for c in w) for w in words):
        return name
    return " ".join(w.title() if up else w for w, up in zip(words, capitals))


def settle(meta) -> None:
    """The people among the authors named as said (organisations keep their capitals), and the author's line
    made of them."""
    people = [a for a in meta.authors if not a.get("organisation") and a.get("name")]
    if not any(as_said(a["name"]) != a["name"] for a in people):
        return
    for a in people:
        a["name"] = as_said(a["name"])
    if meta.author:
        meta.author = ", ".join(a["name"] for a in meta.authors)
