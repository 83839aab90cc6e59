"""Authors set each on a line of their own with the house on the line under it, pair after pair, under a
paper's or a report's title:

    Aysel Mammadli
    Institute for Caspian Economic Research, Baku
    Jonas Brenner
    Department of Economics, University of Norderwald

Every pair is an author with the house as the affiliation; a place after the house's last comma (one or
two capitalised words with no institution's word, after a part that names an institution) is the city the
house stands in, no part of the affiliation ("Energy Correspondent, Kura Daily": a post and its outlet, kept),
where two pairs or more stand together (documents22's working paper); one name over her house keeps it as
printed, city and all (documents12's and documents15's decisions).
"""
from __future__ import annotations

import re


def without_city(house: str) -> str:
    """The house without a city after its last comma."""
    from azmap.corpus.person_names import _INSTITUTION

    head, _, tail = house.rpartition(",")
    words = tail.split()
    if head and _INSTITUTION.search(head) and not _INSTITUTION.search(tail) and 1 <= len(words) <= 2 \
            and all(w[:1].isupper() for w in words) and not re.search(r"[\d()]", tail):
        return head.strip()
    return house


def house_pairs(lines: list[tuple[int, str]], is_name, house_line) -> tuple[list[tuple[str, str]], int]:
    """The (name, house) pairs from the first line on, as long as a name's line has a house's line under it,
    and how many lines they take; the first pair is the caller's to have checked."""
    pairs, j = [], 0
    while j + 1 < len(lines) and (not pairs or len(lines[j][1]) <= 60 and is_name(lines[j][1])
                                   and len(lines[j + 1][1]) <= 80 and house_line(lines[j + 1][1])):
        pairs.append((lines[j][1], without_city(lines[j + 1][1])))
        j += 2
    return pairs, j


def settle(meta, text: str) -> None:
    """Where one author was named from her name's line with a house's line under it, the pairs under hers are
    the other authors, and each house goes without its city."""
    from azmap.corpus.author_evidence import _role_line, is_personal_name

    if len(meta.authors) != 1 or not meta.authors[0].get("affiliation") or meta.authors[0].get("organisation"):
        return
    first = meta.authors[0]
    lines = [(m.start(), m.group(0).strip().strip("*_").strip()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[:3000])]
    for k, (_, line) in enumerate(lines[:20]):
        if line == first["name"] and k + 1 < len(lines) and lines[k + 1][1] == first["affiliation"]:
            pairs, _ = house_pairs(lines[k:], is_personal_name, _role_line)
            if len(pairs) < 2:  # one name over her house: the house as printed, city and all (documents15)
                return
            meta.authors = [dict(first, affiliation=pairs[0][1])] + [
                {"name": who, "affiliation": house} for who, house in pairs[1:]]
            meta.author = None
            return
