"""An agency's dispatch as its client feed delivers it: the agency and its service in capitals over the
feed's lines (a transmission line "Transmis le 12/03/2025 à 14:22 GMT | Priorité : … | Rubrique : …",
"Mots-clés :", "Version : 2 (remplace …)"), then the keyword slug ("Azerbaïdjan-Arménie-frontière") over the
headline. The feed's lines and the slug are no title and no body; the transmission day is the date when
no dateline gives one. After the text, a photo advisory ("(PHOTO) Disponible : …") is no body either.
"""
from __future__ import annotations

import re

from azmap.corpus.date_parse import parse_date
from azmap.corpus.line_forms import _upper_share

# "Label : value" as a feed writes its fields (any language: a word or two before the colon)
_FIELD = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+)?\s?:\s+\S")
# the transmission line: a word for sent or filed, a day, a time
_SENT = re.compile(r"^(?:transmis|transmitted|transmitido|trasmesso|übermittelt|gesendet|sent|filed|envoyé|enviado|"
                   r"передано|göndərilib)\b.*\d{1,2}[:h.]\d\d", re.I)
# a keyword slug: words joined by hyphens, no space ("Azerbaijan-gas-Europe")
_SLUG = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+){2,}$")
_ADVISORY = re.compile(r"^\((?:photo|foto|photos|fotos|video|vidéo|vídeo|graphic|graphique|infographie|grafik|"
                       r"gráfico|audio)\)\s", re.I)


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.split("\n") if line.strip()]


def feed_head(text: str) -> tuple[int, str | None] | None:
    """Where the text under a feed's head starts (past the slug over the headline, when there is one), and
    the transmission line's day; None when the text opens with no feed's head."""
    start = len(text[:3000]) - len(text[:3000].lstrip())
    blank = re.search(r"\n[ \t]*\n", text[start:start + 3000])  # the head's block: short, a blank line under it
    if not blank:
        return None
    lines = _lines(text[start:start + blank.start()])
    if len(lines) < 3 or len(lines) > 8 or _upper_share(lines[0]) < 0.9 or len(lines[0].split()) < 2:
        return None
    rest = lines[1:]
    sent = [line for line in rest if _SENT.match(line)]
    fields = [line for line in rest if _FIELD.match(line) or " | " in line]
    if not sent or len(fields) < len(rest):
        return None
    end = start + blank.start() + 1
    nxt = re.match(r"\s*([^\n]+)\n[^\n]*\S", text[end:end + 2000])
    if nxt and _SLUG.match(nxt.group(1).strip()):
        end += nxt.end(1) + 1
    return end, parse_date(sent[0])


def advisory_at(text: str, start: int) -> int | None:
    """Where a photo (video, graphic) advisory stands among the text's last blocks: the body ends there."""
    tail = text[max(start, len(text) - 1500):]
    for m in re.finditer(r"(?m)^[ \t]*(\([^)\n]{3,12}\)[^\n]*)$", tail):
        if _ADVISORY.match(m.group(1)) and len(m.group(1)) <= 300:
            return len(text) - len(tail) + m.start()
    return None
