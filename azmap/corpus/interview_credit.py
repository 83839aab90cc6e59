"""An interview's closing credit naming who led it with a label or a verb, in the page's language:

    **Söhbətləşdi: Leyla Nəsibova**       *Беседовала Ирина Волкова*       Rozmawiała: Anna Kowalczyk
    Propos recueillis par Claire Dubois   Entrevistó: Lucía Herrero        Intervista a cura di Giulia Ferri

One table by meaning ("the interview was led by"): az, ru, uk, pl, tr, fr, es, pt, it, de, nl, en. The line
stands among the text's last lines, after the answers, with at most the page's furniture under it (a share
line, related items, a "©" line: no paragraph of prose) and the body's prose over it (signatures.py: a
credit over the text, "Interview by A, 8 January 2025", is no closing one); the rest of the line is a person's name (or two),
nothing else: "Rozmawiała z nami także minister …" is a sentence of the text. The interviewer is the author;
the guest whose name leads the title ("Name: «…»") its participant.
"""
from __future__ import annotations

import re

_LED = re.compile(
    r"^(?:söhbətləşdi|müsahibəni\s+(?:apardı|hazırladı|götürdü)|müsahibə\s+aldı|"
    r"беседовал[аи]?|беседу\s+(?:вел[аи]?|провел[аи]?)|интервью\s+(?:взял[аи]?|записал[аи]?)|"
    r"вопросы\s+задавал[аи]?|розмовляв(?:ла|ли)?|розмову\s+вів|розмову\s+вела|"
    r"rozmawiał[aoy]?|rozmawiali|(?:rozmowę|wywiad)\s+przeprowadził[aoy]?|"
    r"söyleşi|röportaj|görüşen|"
    r"propos\s+recueillis\s+par|(?:entretien|interview)\s+réalisée?\s+par|"
    r"entrevistó|entrevista\s+(?:realizada\s+|feita\s+|conduzida\s+)?por|entrevistou|"
    r"intervista\s+a\s+cura\s+di|"
    r"(?:das\s+)?gespräch\s+führten?|die\s+fragen\s+stellten?|"
    r"het\s+gesprek\s+(?:werd\s+gevoerd\s+door|voerde)|interview\s+door|"
    r"interviewed\s+by|interview\s+(?:conducted\s+)?by|questions\s+by)\s*[:—–-]?\s+(\S.{2,80}?)\.?$", re.I)
_LAST_LINES = 10
_PROSE = 200  # a line longer than this under the credit is the text's: no closing credit


def led_by(line: str) -> list[str] | None:
    """The people a closing credit names as those who led the interview, or None."""
    from azmap.corpus.metadata_credits import _people

    m = _LED.match(line.strip().strip("*_").strip())
    return _people(m.group(1)) if m else None


def closing_credit(lines: list[tuple[int, str]]) -> tuple[list[str], int] | None:
    """(the interviewers, where the line starts) of a closing credit among a text's last lines (the last
    first, each with where it starts), with no prose under it; None when there is none."""
    for k, (at, raw) in enumerate(lines[:_LAST_LINES]):
        if any(len(later) > _PROSE for _, later in lines[:k]):
            return None
        people = led_by(raw) if len(raw) <= _PROSE else None
        if people:
            return people, at
    return None


def guest_of(title: str | None) -> str | None:
    """The guest whose name leads an interview's title ("Rauf Əliyev: «…»"), or None."""
    from azmap.corpus.person_names import _is_personal_name

    if not title or ":" not in title:
        return None
    lead = title.split(":", 1)[0].strip()
    return lead if _is_personal_name(lead) else None
