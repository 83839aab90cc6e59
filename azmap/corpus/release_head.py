"""The head of a release or a report in any language. A press release's: the issuing body's name over one
to three lines ("T.C." over "ULAŞTIRMA VE ALTYAPI BAKANLIĞI", "МИНИСТЕРСТВО ЭКОНОМИКИ" over "АЗЕРБАЙДЖАНСКОЙ
РЕСПУБЛИКИ",
"Ministero dell'Ambiente e della Sicurezza Energetica"), then the release's label ("PRESS RELEASE",
"MƏTBUAT BURAXILIŞI", "COMUNICATO STAMPA": words.release_label, or a short line right over the date, a label
no table lists). None of the name's lines nor the label is the title: the title comes under them (and the date).

A line of the name is a name alone: every word capitalised but the small words names are written with
(words.CONNECTORS, an elided article before a capital: "dell'Ambiente"), no figure, no sentence's mark;
or an abbreviation alone ("T.C.", "U.S.").

A report's series line with its number, over the title: a few words, a number's mark and the number ("Rapor
No: 21", "Hesabat № 14", "Dossier n. 33", "Policy Paper No. 41"), nothing else.
"""
from __future__ import annotations

import re

_MAX_ROWS = 3
_ABBREVIATION = re.compile(r"^(?:[^\W\d_]{1,3}\.){1,4}$")
_ELIDED = re.compile(r"^[^\W\d_]{1,5}['’][^\W\d_]")  # "dell'Ambiente", "d'Italia", "l'Énergie"


def _name_word(word: str) -> bool:
    from azmap.corpus.words import CONNECTORS

    return word[:1].isupper() or word.lower() in CONNECTORS or word == "&" \
        or bool(_ELIDED.match(word)) and word[word.find("'") + 1 if "'" in word else word.find("’") + 1].isupper()


def body_name_line(line: str) -> bool:
    """A line of a body's name alone (see the module's note)."""
    words = line.split()
    if len(words) == 1:
        return bool(_ABBREVIATION.match(words[0]))
    return 2 <= len(words) <= 10 and words[0][:1].isupper() and not re.search(r"\d|[!?:;|—–]|[.,]$", line) \
        and all(_name_word(w) for w in words)


def issuer_rows(lines: list[str], is_label, is_date=None) -> tuple[str, range] | None:
    """(the body's name, the rows it and its label take) of a head whose first one to three lines are a body's
    name (its words name an institution: words.institution) over a release's label (``is_label``: the
    reader's test of one), or over a short line standing right over the date with a longer line, the
    headline, under the date (``is_date``: a label no table lists, "Media Advisory", "Nota informativa");
    None for any other head (a report's short title over its date is no label)."""
    from azmap.corpus.words import institution

    def label_at(i: int) -> bool:  # (a label no table lists: a headline of more words under the date)
        return is_label(lines[i]) or is_date is not None and i + 2 < len(lines) and _short_label(lines[i]) \
            and bool(is_date(lines[i + 1])) and not is_date(lines[i]) \
            and len(lines[i + 2].split()) >= max(5, len(lines[i].split()) + 2) and not is_date(lines[i + 2])

    rows = 0
    while rows < min(len(lines), _MAX_ROWS + 1) and body_name_line(lines[rows]) and not label_at(rows):
        rows += 1
    if not 1 <= rows <= _MAX_ROWS or rows >= len(lines) or not label_at(rows):
        return None
    name = " ".join(line.strip() for line in lines[:rows] if not _ABBREVIATION.match(line.strip()))
    return (name, range(rows + 1)) if institution(name) else None


def _short_label(line: str) -> bool:
    """A label's form: one to four words, no figure, no sentence's end."""
    words = line.split()
    return 1 <= len(words) <= 4 and len(line) <= 40 and not re.search(r"\d|[.,;:!?]$", line.strip())


_NUMBERED = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s+(?:no|nr|n|n°|№|#|sayı|say)\.?\s*:?\s*"
                       r"\d{1,4}(?:[/.-]\d{1,4})?$", re.I)


def numbered_issue(line: str) -> bool:
    """A series' line with the issue's number (see the module's note)."""
    return bool(_NUMBERED.match(" ".join(line.split())))


def company_over_label(lines: list[str], text: str, is_label) -> str | None:
    """The company issuing a release whose head, wherever the reader set its title (a PDF's large title
    first), holds the company's name with its legal form ("KASPI MIDSTREAM PLC", "Kura Energie AG") right
    over the release's label ("PRESS RELEASE | For immediate release": ``is_label`` read on the part before
    a bar), or a public office's name in capitals over it (the state's line over the office's left out):
    the name without its legal form, as the text writes it where it writes it in mixed case
    ("Kaspi Midstream plc (…)"), else in capitals set to title case. None for any other head."""
    from azmap.corpus.header_lines import _LEGAL_FORM
    from azmap.corpus.person_names import _name_case
    from azmap.corpus.words import institution

    for line, under in zip(lines, lines[1:]):
        line = " ".join(line.split())
        # (or a public office's name in capitals, "MINISTRY OF …" under the state's line: the office, not the state)
        office = line.isupper() and body_name_line(line) and institution(line)
        if not (_LEGAL_FORM.search(line) or office) or not is_label(re.split(r"\s[|·•–—]\s", under)[0]):
            continue
        name = _LEGAL_FORM.sub("", line).strip(" ,")
        if not body_name_line(name) and not name.isupper():
            continue
        if name.isupper():  # as the text writes it in mixed case, else in title case
            said = r"\b" + r"\s+".join(re.escape(w) for w in name.split()) + r"\b"
            mixed = next((m.group(0) for m in re.finditer(said, text, re.I) if not m.group(0).isupper()), None)
            name = " ".join(mixed.split()) if mixed else name.title() if not office else _name_case(name)
        return name
    return None
