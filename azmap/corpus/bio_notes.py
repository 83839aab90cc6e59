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
_APPOSITION = re.compile(r"^,\s+[^\W\d][^,.;:]{1,40}(?=,\s)")  # a role between commas after the name
_DASH_VERB = re.compile(r"^,?\s+[—–-]\s+(?=\w)")
_COPULA_END = re.compile(r"\w[dt][iıuü]r\.?$")  # Turkish and Azerbaijani "is": "üyesidir", "dosentidir"
_LABEL = re.compile(r"^\W*(?:about the (?:authors?|contributors?)|the authors?|contributors?|à propos de l['’]auteur|"
                    r"les auteurs|über (?:den autor|die autorin|die autoren)|die autoren|sobre (?:el autor|los autores)|"
                    r"об авторах?)\s*(?:[:—–-]\s*|$)", re.I)
# a lead before the name, in any language: a few words and a colon or a dash ("Zum Autor: A ist …", "Yazar
# hakkında — A …"), or a note's mark ("* A is …", "† A is …", "1 A is …": a footnote of the first page); a
# rank's abbreviations before the name ("Prof. Dr. A, …", "Doç. Dr. A …")
_LEAD = re.compile(r"^(?:[^\W\d][^.!?:;—–]{1,40}?\s*(?::|\s[—–-])\s*|[*†‡§¶+]{1,2}\s*|\d{1,2}\s+)")
_NOTE_MARK = re.compile(r"^(?:[*†‡§¶+]{1,2}|\d{1,2}\s)")
_RANK = re.compile(r"^(?:[^\W\d_]{1,5}\.\s+){1,3}")
_HEADING_WORDS = 5


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    tail_from = max(start, len(text) - 4000)
    found = [(tail_from + m.start(), m.group(0).strip().strip("*_#> ").strip())
             for m in re.finditer(r"[^\n]*\S[^\n]*", text[tail_from:])]
    return found[-_LAST_LINES:]


def _heading(line: str) -> bool:
    """A heading over biographies: the known labels, or a short line that is no sentence ("Zur Autorin",
    "Yazar hakkında", "ABOUT THE AUTHOR")."""
    return bool(_LABEL.fullmatch(line)) or 0 < len(line.split()) <= _HEADING_WORDS and not line.endswith(
        (".", ",", ";", "!", "?")) and not any(ch.isdigit() for ch in line)


def biography(line: str, name: str, posts: bool = True) -> str | None:
    """The institution a biography of ``name`` on this line names, or None; with ``posts``, a post in
    capitals before it goes with it ("Senior Editor, X": metadata_credits._affiliation)."""
    from azmap.corpus.metadata_credits import _affiliation, named_institution

    from azmap.corpus.text_end import quotes_speech

    if quotes_speech(line):  # a paragraph quoting a person's words reports on her: the body's
        return None
    label = _LABEL.match(line)
    plain = line[label.end():] if label else line
    marked = bool(_NOTE_MARK.match(plain))  # a paper's note under a raised mark: the institution alone
    if not plain.startswith(name):
        lead = _LEAD.match(plain)
        plain = plain[lead.end():] if lead else plain
    if not plain.startswith(name) and _RANK.match(plain):
        plain = plain[_RANK.match(plain).end():]
    if not plain.startswith(name):
        return None
    rest = plain[len(name):]
    aside = _APPOSITION.match(rest)  # "A, an economist, is …", "A, economista, è …"
    if aside and _BIO_VERB.match(rest[aside.end():]):
        rest = rest[aside.end():]
    verb = _BIO_VERB.match(rest)
    if verb:
        # (a card's "A is Senior Editor with X": the post in capitals goes with the outlet; a paper's marked
        # note gives the institution its mark points to, without the post: documents16)
        return _affiliation(rest[verb.end():], posts and not marked)
    # a dash for the verb ("A – директор Центра …"), or Turkish and Azerbaijani's at the line's end ("A, X
    # Üniversitesi'nde öğretim üyesidir", "A X Universitetinin dosentidir"): the institution needs no preposition
    dash = _DASH_VERB.match(rest)
    if dash or _COPULA_END.search(rest):
        role = rest[dash.end():] if dash else rest.lstrip(" ,")
        return named_institution(role) or _affiliation(role)
    return None


def settle(meta, text: str, start: int) -> None:
    """Give each person among ``meta.authors`` without an affiliation the institution of her biography at
    the text's end, and end the text over the biographies."""
    from azmap.corpus.text_end import body_after, body_before

    waiting = [a for a in meta.authors if not a.get("organisation") and not a.get("affiliation")]
    if not waiting or not text:
        return
    first = None
    lines = _lines(text, start)
    names = [a["name"] for a in meta.authors if not a.get("organisation")]
    is_bio = lambda line: any(biography(line, n) for n in names)  # noqa: E731
    # the biographies follow the body: a paragraph of the body's length under a line is the body going on
    last_paragraph = max((k for k, (_, line) in enumerate(lines) if len(line) > _MAX_LINE), default=-1)
    for k, (at, line) in enumerate(lines):
        if k <= last_paragraph:
            continue
        for author in waiting:
            if author.get("affiliation"):
                continue
            found = biography(line, author["name"])
            # (a biography comes after some of the body and has none under it: on a short text a line
            # under the byline saying who the author is opens the body, text_end.py)
            over = lines[k - 1] if k else None
            headed = bool(over and _heading(over[1]) and body_before(text, start, over[0]))  # a heading over it
            line_end = text.find("\n", at)
            if not found or not body_before(text, start, at) \
                    or not headed and line_end >= 0 and body_after(text, line_end, None, is_bio):
                continue
            author["affiliation"] = found.rstrip(" .")
            at = over[0] if headed else at
            first = at if first is None else min(first, at)
    if first is not None and first > start:
        meta.evidence["authors"] = f"{meta.evidence.get('authors', 'byline')}, affiliations from biographies"
        meta.body_end = first if meta.body_end is None else min(meta.body_end, first)
