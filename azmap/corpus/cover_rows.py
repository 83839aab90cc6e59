"""A student's cover block: rows of "Label: value" under the institution's line ("Student: A", "Student
number: …", "Programme: …", "Module tutor: Dr B", "Submission date: 9 January 2026"), perhaps a declaration of
own work, over the question or title. The row naming the one who submits it gives the author (no affiliation:
the programme's and module's rows are the course's), the submission row the date, and the first line after the
rows that is no row nor sentence the title (the institution's line over the rows is none). Without the
submission row there is no cover (a story's "Published:", "Updated:" and "Author:" rows under its headline). A tutor's, a
supervisor's or a lecturer's row names no author. The labels by meaning, in the languages the readers test
lines by.
"""
from __future__ import annotations

import re

# the one who writes and hands the work in
_WRITER = ("student|student name|candidate|candidate name|name|author|submitted by|"
           "student(?:in)?|verfasser(?:in)?|autor(?:in)?|vorgelegt von|eingereicht von|"
           "étudiante?|nom|auteur|autrice|candidate?|"
           "alumn[oa]|estudiante|nombre|autora?|"
           "studente|studentessa|nome|autore|candidat[oa]|"
           "alun[oa]|estudante|"
           "studentka|imię i nazwisko|autorka|"
           "студент(?:ка)?|фио|автор|выполнила?|виконала?|"
           "öğrenci|ad soyad|adı soyadı|hazırlayan|tələbə|müəllif")
# the day it was handed in
_SUBMITTED = ("submission date|date submitted|date of submission|submitted on|submitted|"
              "abgabedatum|abgabe|eingereicht am|date de remise|date de dépôt|remis le|fecha de entrega|"
              "data di consegna|data de entrega|data oddania|data złożenia|дата сдачи|дата здачі|"
              "teslim tarihi|təqdim tarixi")
_ROW = re.compile(r"^\s*[*_]{0,2}([^\W\d][\w .'’-]{0,30}?)[*_]{0,2}\s?:[*_]{0,2}\s+(\S.{0,150})$")
_WRITER_LABEL = re.compile(rf"^(?:{_WRITER})$", re.I)
_SUBMITTED_LABEL = re.compile(rf"^(?:{_SUBMITTED})$", re.I)
_SET_APART = re.compile(r"^Page furniture: ")  # a line the PDF reader sets apart (a declaration in small type)
_MIN_ROWS = 3


def cover(text: str) -> tuple[str, str | None, str, int] | None:
    """(the title, the submission day, the writer's name, where the title's line ends, or the rows' when the
    title stands over them) of a cover block at the text's head, or None."""
    from azmap.corpus.date_parse import parse_date
    from azmap.corpus.person_names import _is_personal_name

    lines = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[:4000])][:24]
    rows = [(k, _ROW.match(line)) for k, (_, _, line) in enumerate(lines)]
    run = [k for k, m in rows if m]
    if len(run) < _MIN_ROWS or run[0] > 3 or run[-1] - run[0] + 1 != len(run):
        return None  # the rows at the head, one after another
    writer = date = None
    for k in run:
        label, value = rows[k][1].group(1).strip().lower(), rows[k][1].group(2).strip().strip("*_")
        if writer is None and _WRITER_LABEL.match(label) and _is_personal_name(value):
            writer = value
        elif date is None and _SUBMITTED_LABEL.match(label):
            date = parse_date(value)
    if writer is None or date is None:
        return None  # (a story's "Published:", "Updated:" and "Autore:" rows: no cover without the day handed in)
    over = [(end, line) for _, end, line in lines[:run[0]] if line.startswith("# ")]
    if over:  # the title in large type, which the PDF reader sets over the block as a heading
        return over[0][1][2:].strip(), date, writer, lines[run[-1]][1]
    for start, end, line in lines[run[-1] + 1:run[-1] + 4]:
        if _SET_APART.match(line) or line.endswith(".") and len(line) <= 200 or _ROW.match(line):
            continue  # a declaration of own work, a row set apart
        if len(line) > 200:
            return None  # the text's first paragraph: no question under the rows
        return line.lstrip("# ").strip(), date, writer, end
    return None
