"""An intergovernmental agreement as plain text (a treaty, convention, protocol or memorandum):

- its title is the line over the parties' clause that names the kind of instrument ("Agreement
  between …", "Memorandum of Understanding on …"), not a registry's header over it;
- it is dated where it was concluded ("Done at <place> on <date>", "Signed at", "Fait à … le",
  "Geschehen zu … am");
- its signatories stand under "For the Government of X" (side by side or stacked): each is an
  author, X's government the affiliation; the blocks, an annex note and a printing line under them
  are no body.

A text is read as one only when it both says "have agreed as follows" (or its French or German
form) and has a line saying where it was done or signed.
"""
from __future__ import annotations

import re

from azmap.corpus.appeals import _may_hold

_AGREED = re.compile(r"^\s*(?:have|hereby)\s+(?:agreed|agree)\s+(?:as follows|upon the following)\s*:?\s*$|"
                     r"^\s*sont convenus? de ce qui suit\s*:?\s*$|^\s*(?:haben|sind)\s+(?:folgendes|wie folgt)\s+"
                     r"(?:vereinbart|übereingekommen)\s*:?\s*$", re.I | re.M)
_DONE = re.compile(r"^\s*(?:done|signed|concluded|fait|sign[ée]|geschehen|unterzeichnet|hecho)\s+"
                   r"(?:at|in|à|a|zu|en)\s+(.{2,200})", re.I | re.M)
_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:day\s+of\s+)?[^\W\d_]{3,12}\.?,?\s+\d{4}\b|"
                   r"\b[^\W\d_]{3,9}\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b")
_KIND = re.compile(r"^(?:(?:the|joint|final|framework|additional|intergovernmental|bilateral|trilateral|"
                   r"multilateral|host|basic)\s+)*(?:agreement|convention|treaty|memorandum|protocol|accord|"
                   r"arrangement|charter|declaration|exchange of notes|abkommen|vertrag|übereinkommen|"
                   r"mémorandum|protocole|convention|traité)\b(?!\s+(?:database|register|registry|series|collection|"
                   r"section|office|secretariat|library|records?|search|portal|online)\b)", re.I)
_FOR = re.compile(r"^(?:for|on behalf of)\s+the\s+((?:government|republic|state|kingdom|federation|"
                  r"cabinet of ministers|ministry|council)\b.{2,120}?)\s*:?$|"
                  r"^pour\s+l[ea']\s*((?:gouvernement|république|royaume|état)\b.{2,120}?)\s*:?$|"
                  r"^für\s+die\s+((?:regierung|republik|bundesrepublik)\b.{2,120}?)\s*:?$", re.I)
_COLUMNS = re.compile(r"\S(?:.*?\S)?(?=\s{3,}|\s*$)")


def _rows(text: str, start: int) -> list[tuple[int, str]]:
    return [(start + m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:])]


def _cells(line: str) -> list[tuple[int, str]]:
    """The columns of a line whose parts stand three spaces or more apart, with where each starts."""
    return [(m.start(), m.group(0).strip()) for m in _COLUMNS.finditer(line) if m.group(0).strip()]


def _party(cell: str) -> str | None:
    m = _FOR.match(" ".join(cell.split()))
    if not m:
        return None
    party = next(g for g in m.groups() if g)
    lead = re.match(r"^\s*(?:for|on behalf of|pour|für)\s+(?:the\s+|l[ea']\s*|die\s+)?", cell, re.I)
    return cell[lead.end():].strip().rstrip(":").strip() if lead else party


def agreed_line(line: str) -> bool:
    """The line that ends an agreement's preamble: "have agreed as follows:", "sont convenus de ce qui
    suit :", "sind wie folgt übereingekommen:" (a short line, the sentence's verb: no fragment)."""
    return bool(_AGREED.fullmatch(" ".join(line.split())))


# a clause of a list (a preamble's) ends as a clause does: a comma, a semicolon, a dash, or the colon before
# what was agreed
_CLAUSE_END = re.compile(r"[,;:–—]\s*$")


def next_clause(prev: str, nxt: str) -> bool:
    """Whether ``nxt``, a paragraph after ``prev`` that ends with a comma or a dash, is the next clause of a
    list of clauses (an agreement's parties and preamble, each a paragraph of its own, in German and French
    in small letters: "… – im Folgenden „Vertragsparteien“ genannt –" / "in dem Wunsch, …," / "sind wie
    folgt übereingekommen:") rather than the rest of a sentence a page cut: it ends as a clause too."""
    return bool(re.search(r"[,–—]\s*$", prev)) and bool(_CLAUSE_END.search(nxt))


# a piece of a word every match of _AGREED holds, in lower case ("agreed", "convenus", "folgendes", "wie
# folgt"): a head without any is not searched (appeals._may_hold, which reads the letters a case-blind
# pattern takes for others with the pattern itself)
_AGREED_PIECES = ("agree", "convenu", "folg")


def is_agreement(text: str) -> bool:
    head = text[:20000]
    if not _may_hold(head, _AGREED_PIECES):
        return False
    agreed = _AGREED.search(head)
    return bool(agreed) and bool(_DONE.search(text, agreed.end()))


def title(text: str) -> tuple[str, int] | None:
    """(the instrument's title, where the text under it starts): the last line before "have agreed
    as follows" that names the kind of instrument (a registry's name over it is no title)."""
    agreed = _AGREED.search(text[:20000])
    if not agreed:
        return None
    found = None
    for m in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[:agreed.start()]):  # a title wrapped on lines
        at, line = m.start(), m.group(0).rstrip()
        flat = " ".join(line.split())
        if _KIND.match(flat) and len(flat) <= 400 and not flat.endswith((",", ";", ".")):
            found = (flat, at + len(line))
    return found


def done(text: str) -> tuple[str, int] | None:
    """(the date, where its line starts) of the line saying where and when the text was done or signed."""
    from azmap.corpus.metadata import parse_date

    agreed = _AGREED.search(text[:20000])
    for m in _DONE.finditer(text, agreed.end() if agreed else 0):  # (a preamble recalls other signings)
        when = _DATE.search(m.group(1))
        date = parse_date(when.group(0)) if when else None
        if date:
            return date, m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return None


def signatories(text: str, start: int) -> tuple[list[dict], int] | None:
    """(the signatories, where the first block starts) under "For the Government of X" lines after
    ``start``: side by side (columns three spaces apart) or stacked. The name is the first line
    under a block's head, in the head's column, that is a person's name."""
    from azmap.corpus.metadata import _is_personal_name

    rows = _rows(text, start)
    people: list[dict] = []
    first = None
    k = 0
    while k < len(rows):
        at, line = rows[k]
        heads = [(col, _party(cell)) for col, cell in _cells(line)]
        if not heads or not all(party for _, party in heads):
            k += 1
            continue
        first = at if first is None else first
        named: dict[int, str] = {}
        for _, under in rows[k + 1:k + 4]:
            cells = _cells(under)
            if any(_party(cell) for _, cell in cells):
                break
            for col, cell in cells:
                near = min(range(len(heads)), key=lambda h: abs(heads[h][0] - col))
                if near not in named and _is_personal_name(cell):
                    named[near] = cell
        for h, (_, party) in enumerate(heads):
            if h in named:
                people.append({"name": named[h], "affiliation": party})
        k += 1
    return (people, first) if people and first is not None else None


def settle(meta, text: str) -> None:
    """The title, date, signatories and body's bounds of an agreement's text; nothing otherwise."""
    if not is_agreement(text):
        return
    titled = title(text)
    if titled:
        meta.title = titled[0]
        meta.evidence["title"] = "agreement's title"
        meta.body_start = titled[1]  # the parties' clause and the preamble under it are body, however short
    dated = done(text)
    if dated:
        meta.date = dated[0]
        meta.evidence["date"] = "done at"
    signed = signatories(text, dated[1] if dated else meta.body_start or 0)
    if signed:
        meta.authors, meta.author = signed[0], None
        meta.evidence["authors"] = "signatories"
        meta.body_end = signed[1] if meta.body_end is None else min(meta.body_end, signed[1])
