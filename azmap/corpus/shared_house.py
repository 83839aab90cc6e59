"""Two authors or more on one byline line with the house they share on the line under it, its cities after its last
comma, as a consultancy's or a centre's note sets its cover:

    Authors: Hannah Okafor and Rashad Guliyev
    Meridian Energy Advisors, London and Baku

The house is each author's affiliation, without the cities ("London and Baku": capitalised places joined by a
comma or a conjunction of any language, or a city after a house named as an institution: house_pairs.without_city).
A date, a sentence (a standfirst) or a person's name under the byline is no house.
"""
from __future__ import annotations

import re

_HEAD_CHARS = 3000
# the conjunction joining two places, by meaning: and (en, de, fr, es, it/pt, pl/az, ru/uk, tr, nl, pl, uk), "&"
_JOIN = re.compile(r"\s*,\s*|\s+(?:and|und|et|y|e|i|и|ve|və|en|oraz|та|і|&)\s+")


def _places(tail: str) -> bool:
    """Two places or more joined by commas or a conjunction, each one or two capitalised words."""
    parts = [p for p in _JOIN.split(tail.strip()) if p]
    return len(parts) >= 2 and all(1 <= len(p.split()) <= 2 and all(w[:1].isupper() and w.isalpha() for w in p.split())
                                   for p in parts)


def house(line: str) -> str | None:
    """The house a line under a byline names, without its cities; None for any other line."""
    from azmap.corpus.author_evidence import _role_line, is_personal_name
    from azmap.corpus.date_parse import parse_date
    from azmap.corpus.house_pairs import without_city

    line = line.strip().strip("*_").strip()
    if not line or len(line) > 90 or re.search(r"[.!?:;]$|:\s", line) or not line[:1].isupper() \
            or is_personal_name(line) or parse_date(line) or re.search(r"\d", line):
        return None
    head, _, tail = line.rpartition(",")
    if head and _places(tail) and all(w[:1].isupper() or len(w) <= 3 for w in head.split()):
        while "," in head and _places(head.rpartition(",")[2] + " and X"):
            head = head.rpartition(",")[0]  # "Berlin, Wien und Baku": each city off
        return head.strip()
    return without_city(line) if _role_line(line) else None


def settle(meta, text: str) -> None:
    """Where two authors or more were named on one line with no affiliation, the house on the line under it."""
    if len(meta.authors) < 2 or any(a.get("affiliation") or a.get("organisation") for a in meta.authors):
        return
    lines = [m.group(0).strip().strip("#*_ ").strip() for m in re.finditer(r"[^\n]*\S[^\n]*", text[:_HEAD_CHARS])]
    for k, line in enumerate(lines[:-1]):
        if len(line) <= 200 and all(a["name"] in line for a in meta.authors):
            found = house(lines[k + 1])
            if found:
                meta.authors = [dict(a, affiliation=found) for a in meta.authors]
                meta.author = None
                meta.evidence["authors"] = f"{meta.evidence.get('authors', 'byline')}, their house under it"
            return
