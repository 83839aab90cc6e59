"""Biographies after a text that give the affiliation of authors named at its head: "About the authors" over
"A is a senior fellow at the X, where …" and "B is a lecturer at the Y.", "A est chercheuse au X à Bakou",
"A ist Referentin bei der X", "A es investigadora en el X": each author the head names and no line gave an
affiliation takes the institution her biography names (the name after "at", "à", "bei", "en": as a note about
one author does, metadata_credits.end_note). The biographies are no body: the text ends over the first of
them (and over the heading above it).

Only the last lines of a text are read, and only a line that opens with an author's whole name and says
what she is or does there; a sentence of the body about someone else names no author of the head.
"""
from __future__ import annotations

import re

_LAST_LINES = 10
_MAX_LINE = 300
# what a biography says of its person after the name, in the languages the notes are read in
_BIO_VERB = re.compile(r"^,?\s+(?:is|was|has\s+been|works|teaches|serves|leads|heads|ist|war|arbeitet|lehrt|est|était|"
                       r"enseigne|travaille|es|trabaja|enseña|è|lavora|insegna)\b", re.I)
_LABEL = re.compile(r"^\W*(?:about the (?:authors?|contributors?)|the authors?|contributors?|à propos de l['’]auteur|"
                    r"les auteurs|über (?:den autor|die autorin|die autoren)|die autoren|sobre (?:el autor|los autores)|"
                    r"об авторах?)\s*(?:[:—–-]\s*|$)", re.I)


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    tail_from = max(start, len(text) - 4000)
    found = [(tail_from + m.start(), m.group(0).strip().strip("*_#> ").strip())
             for m in re.finditer(r"[^\n]*\S[^\n]*", text[tail_from:])]
    return found[-_LAST_LINES:]


def settle(meta, text: str, start: int) -> None:
    """Give each person among ``meta.authors`` without an affiliation the institution of her biography at
    the text's end, and end the text over the biographies."""
    from azmap.corpus.metadata_credits import _affiliation

    waiting = [a for a in meta.authors if not a.get("organisation") and not a.get("affiliation")]
    if not waiting or not text:
        return
    first = None
    lines = _lines(text, start)
    # the biographies follow the body: a paragraph of the body's length under a line is the body going on
    last_paragraph = max((k for k, (_, line) in enumerate(lines) if len(line) > _MAX_LINE), default=-1)
    for k, (at, line) in enumerate(lines):
        if k <= last_paragraph:
            continue
        label = _LABEL.match(line)
        plain = line[label.end():] if label else line
        for author in waiting:
            name = author["name"]
            if not plain.startswith(name) or author.get("affiliation"):
                continue
            verb = _BIO_VERB.match(plain[len(name):])
            found = _affiliation(plain[len(name) + verb.end():]) if verb else None
            if found:
                author["affiliation"] = found.rstrip(" .")
                over = lines[k - 1] if k else None
                at = over[0] if over and _LABEL.fullmatch(over[1]) else at  # the heading over the biographies
                first = at if first is None else min(first, at)
    if first is not None and first > start:
        meta.evidence["authors"] = f"{meta.evidence.get('authors', 'byline')}, affiliations from biographies"
        meta.body_end = first if meta.body_end is None else min(meta.body_end, first)
