"""A meetings release's line saying when the body meets again, closing its account of the sitting ("The
Council will meet again at 10 a.m. on Thursday, 12 June, to conclude its work.", "La Commission se réunira
de nouveau le 12 juin, à 10 heures.", "El Consejo volverá a reunirse el jueves a las 10.00 horas."): a
proceedings line, no statement of the sitting. One sentence, the body its subject, an hour in it; a
statement reported in the body ("… the Secretary-General said") names no hour and stays.
"""
from __future__ import annotations

import re

_SUBJECT = r"(?:the|le|la|les|l['’]|el|los|las|der|die|das)\s*[A-ZÀ-ÞƏİ][\w'’-]*(?:\s+(?:[A-ZÀ-ÞƏİ][\w'’-]*|of|on|for|de|du|des|del|la|für))*"
_AGAIN = re.compile(rf"^{_SUBJECT}\s+(?:will (?:meet again|next meet|reconvene|resume its (?:work|debate|consideration))|"
                    r"se réunira (?:de nouveau|à nouveau|ensuite)|reprendra ses travaux|"
                    r"volverá a reunirse|se reunirá de nuevo|reanudará sus trabajos|"
                    r"(?:tritt|kommt)\s.{0,60}\bwieder zusammen)\b", re.I)
_HOUR = re.compile(r"\b\d{1,2}(?:[.:h]\d\d)?\s*(?:a\.\s?m\.|p\.\s?m\.|heures?\b|h\b|horas\b|uhr\b)|\bnoon\b|\bmidi\b|"
                   r"\bmediodía\b", re.I)


def is_next_meeting(text: str) -> bool:
    """Whether a paragraph is a release's line on when the body meets again (see the module)."""
    flat = " ".join(text.split())
    sentences = re.findall(r"[.!?](?:\s|$)", re.sub(r"\b[ap]\.\s?m\.", "", flat))
    return len(flat) <= 220 and len(sentences) <= 1 and bool(_AGAIN.match(flat)) \
        and bool(_HOUR.search(flat))
