"""Authors of a paper whose names carry marks pointing to affiliation lines under them.

    Aysel Mammadova 1* , Giorgi Beridze 2 and Tomas Weber 1
    1 Azerbaijan Technical University, Baku, Azerbaijan
    2 Georgian Technical University, Tbilisi, Georgia
    * Corresponding author: …

The marks are figures, letters or signs, raised in the PDF and set inline in its text (``1*``,
``¹``, ``a,b``, ``†``); each affiliation line starts with the mark it answers. A line is read as
names only when every name on it carries a mark and at least one mark is answered by a line under
it: a sentence with figures in it is not a list of names with marks.
"""
from __future__ import annotations

import re

from azmap.corpus.person_names import _AND

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SIGNS = "*†‡§¶#+"  # ("+": a journal's sign where its type has no dagger)
# a sign alone or repeated ("*", "**", "***", "††", "‡‡", "§§": a journal's further marks when the signs run out)
_SIGN_RUN = "|".join(rf"{re.escape(c)}{{1,3}}" for c in _SIGNS)
_MARK = rf"(?:\d{{1,2}}|[a-f]|{_SIGN_RUN})"
_MARKS = rf"{_MARK}(?:\s*,\s*{_MARK})*\s*[{_SIGNS}]?"
# a name: two to four capitalised words (initials, particles and hyphens allowed)
# (no figure in a name's word: "Berger12" is "Berger" with the marks 1 and 2 set together)
_NAME = r"[A-ZÀ-ÞƏİ](?:[^\W\d_]|['’.-])+(?:\s+(?:(?:van|von|de|der|da|del|di|la|le|bin|ibn|al)\s+){0,2}" \
        r"[A-ZÀ-ÞƏİ](?:[^\W\d_]|['’.-])*){1,3}"
_NAME_WITH_MARKS = re.compile(rf"\s*({_NAME})\s*({_MARKS})\s*$")
# between two names: a separator after a name's mark ("Name 1*, Name 2 and Name 1"), "and" in any language
# the byline's table knows ("Name 1 y Name 2", "Name 1 und Name 2")
_BETWEEN_NAMES = re.compile(rf"(?<=[\d{re.escape(_SIGNS)}a-f])\s*(?:,|;|\b{_AND}\b|&)\s*(?=[A-ZÀ-ÞƏİ])")
# cheap: a line with no mark is no such line (a figure, a sign, a letter apart or letters with a comma, "a,b")
_MAY_BE_MARKED = re.compile(rf"[\d{_SIGNS}¹²³⁴⁵⁶⁷⁸⁹]|\s[a-f](?:[\s,]|$)|[a-f],\s?[a-f]\b")
_MARK_LED = re.compile(rf"^\s*({_MARK})(?:[.)]\s*|\s+|(?=[A-ZÀ-Þ]))(\S.{{2,200}})$")


def _plain(line: str) -> str:
    """The line with its raised marks set inline: "^{1,3}" (a mark in braces), "^1^2" (two raised marks set
    apart, as a PDF's line writes them) as "1,3" and "1,2"; "^1,2^" (markdown's superscript) as "1,2"."""
    line = re.sub(r"\^\{([^{}]{1,12})\}", r"^\1", line.translate(_SUPERSCRIPTS))
    if line.endswith("^"):  # a raised "*" closing the line, taken for emphasis by a reader of markdown
        line += "*"
    line = re.sub(rf"(\^{_MARK})\s?\^(?={_MARK}(?:\W|$))", r"\1,", line)
    return line.replace("^", " ").strip()


# a line led by a raised mark as a PDF's front writes it ("^* A is a lecturer at X, Baku.", "^2 Institute of …")
_RAISED_LEAD = re.compile(rf"^\^(?:{_MARK}|[{_SIGNS}]{{2}})\s?[A-ZÀ-ÞƏİ]")  # (a sign's run is a mark)


# a raised mark inside a line led by one, before a capital: the next affiliation set on the same line
# ("^1 Caspian Policy Forum    ^2 Ganja Institute", "¹ Forum ² Institute", "^aDept. of X^bInstitute of Y")
_NEXT_RAISED = re.compile(rf"\s*\^(?=(?:{_MARK})\s?[A-ZÀ-ÞƏİ])")
# in plain text, where nothing is raised: a mark and a capital after a wide space in a mark-led line
# ("1 Caspian Policy Forum     2 Ganja Institute")
_NEXT_WIDE = re.compile(rf"\s{{3,}}(?=(?:{_MARK})\s?[A-ZÀ-ÞƏİ])")


def answer_parts(line: str) -> list[str]:
    """A line of affiliations each led by its mark, as one line each: the marks' numbered affiliations set
    side by side on one line of small type under the names (a memo's, a short paper's); any other line whole."""
    raised = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: "^" + m.group(0).translate(_SUPERSCRIPTS), line).strip()
    if raised.startswith("^"):
        parts = [p.strip() for p in _NEXT_RAISED.split(raised[1:]) if p.strip()]
        return ["^" + p for p in parts] if len(parts) > 1 else [line]
    if _MARK_LED.match(raised):
        parts = [p.strip() for p in _NEXT_WIDE.split(raised) if p.strip()]
        return parts if len(parts) > 1 else [line]
    return [line]


def raised_note(line: str) -> bool:
    """Whether a header's line is a note answering a raised mark (an affiliation, an author's biography
    in a sentence): a line of the header however it reads, never a paragraph of the body."""
    return len(line) <= 300 and bool(_RAISED_LEAD.match(line))


def _answered(marks: list[str], answers: dict) -> list[str]:
    """The affiliations a name's marks point to, in their order, once each: figures set together ("¹²",
    read "12") are one mark each when the affiliations answer each and not the run; an asterisk marks the
    corresponding author, other signs an affiliation as a letter does."""
    out = []
    for mark in marks:
        if mark not in answers and len(mark) > 1 and mark.isdigit() and list(mark) == sorted(set(mark)) \
                and all(d in answers for d in mark):  # ("11" is no two marks; "12", "23" may be)
            out += [answers[d] for d in mark]
        elif mark in answers and affiliation_sign(mark, answers[mark]):
            out.append(answers[mark])
    return list(dict.fromkeys(out))


# a line led by a sign's run and a word in capitals ("** Caspian Policy Centre"), markdown's escapes undone
_SIGN_LED = re.compile(rf"^\^?(?:{_SIGN_RUN})\s*[A-ZÀ-ÞƏİ]")


def front_line(raw: str, plain) -> str:
    """A header's line as the marks read it: markdown's escaped signs as signs ("\\*\\*" is "**"), and a line
    led by a sign or a sign's run kept whole (``plain``, the header's cleaning, would take the run off as
    emphasis or a bullet's mark)."""
    if "\\" in raw:
        raw = re.sub(r"\\([*#+_])", r"\1", raw)
    line = raw.strip()
    return line if _SIGN_LED.match(line) or re.search(rf"\w\^?(?:{_SIGN_RUN})(?:,|$|\s)", line) else plain(raw)


def affiliation_sign(mark: str, answer: str) -> bool:
    """Whether a mark's line gives an affiliation: a figure's, a letter's, any sign's or sign's run ("†",
    "**", "§§") does; a lone asterisk marks the corresponding author, unless its line names an
    institution and no address (a series of asterisks, "*", "**", "***", one for each institution)."""
    from azmap.corpus import words

    return mark != "*" or "@" not in answer and words.institution(answer)


def _told(name: str, marks: list[str], answers: dict) -> str | None:
    """The institution a note under the name's mark names when the note is her biography ("* A is a
    lecturer at X, Baku. Correspondence: …", any sign, the corresponding author's too), or None."""
    from azmap.corpus.bio_notes import biography

    for mark in marks:
        found = biography(answers.get(mark, ""), name, posts=False)  # the institution alone (documents16)
        if found:
            return found.rstrip(" .")
    return None


def _names_with_marks(line: str) -> list[tuple[str, list[str]]] | None:
    """[(name, marks)] when every part of the line is a name followed by its marks."""
    line = _plain(line)
    if not line or len(line) > 300 or line.endswith((".", ":", "?", "!")):
        return None
    parts = []
    for chunk in _BETWEEN_NAMES.split(line):
        m = _NAME_WITH_MARKS.fullmatch(chunk.strip())
        if m is None or not m.group(1):
            return None
        marks = re.findall(rf"\d{{1,2}}|[a-f]|{_SIGN_RUN}", m.group(2))  # each mark on its own ("1*", "†‡", "a,b", "**")
        parts.append((m.group(1).strip(), marks))
    return parts or None


def marked_authors(lines: list[str]) -> tuple[list[dict], list[int]] | None:
    """Authors and the indices of the lines read (the names' line and the affiliation lines) from
    the first lines of a document, or None where no line of names with answered marks stands."""
    for i, line in enumerate(lines):
        named = _names_with_marks(line) if _MAY_BE_MARKED.search(_plain(line)) else None
        if not named:
            continue
        answers, used, rows = {}, [i], [named]
        while i + 1 < len(lines) and _MAY_BE_MARKED.search(_plain(lines[i + 1])) and not _MARK_LED.match(_plain(lines[i + 1])) \
                and (more := _names_with_marks(lines[i + 1])):
            named, i = named + more, i + 1  # the names run on to a second line
            used.append(i)
            rows.append(more)
        for j in range(i + 1, min(len(lines), i + 12)):
            found = [_MARK_LED.match(_plain(part)) for part in answer_parts(lines[j])]
            if not all(found) or answers and all(m.group(1) in answers for m in found):
                if answers:  # (a mark answered already: "2 April 2026" under the affiliations is no affiliation)
                    break
                continue
            for m in found:
                answers.setdefault(m.group(1), m.group(2).strip().rstrip(";"))
            used.append(j)
        # (each line of names has a mark answered: "Paper No. 11" over the names is no name)
        # (a run of figures set together answers for a line of several names: "Paper No. 12" is no name)
        if not answers or not all(any(mark in answers or len(row) > 1 and _answered([mark], answers)
                                      for _, marks in row for mark in marks) for row in rows):
            continue
        authors = []
        for name, marks in named:  # an author with several affiliations has them all, "A; B"
            told = _told(name, marks, answers)
            authors.append({"name": name, "affiliation": told or "; ".join(_answered(marks, answers)) or None})
        return authors, used
    return None
