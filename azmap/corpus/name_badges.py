"""A writer's card as profile pages print it under a title: her name with the page's badges after a middle dot
("Name · 2nd", "Name · Follow", "Name · 3rd+"), and under it her headline of parts joined by bars ("Head of
Analysis at Company | ex-Employer | Topics"). The badges are no part of the name; the headline's first part
is her post and office, the rest her own keywords.
"""
from __future__ import annotations

import re

_DOT = re.compile(r"\s+[·•]\s+")
_BAR = re.compile(r"\s+\|\s+")


def _badge(part: str) -> bool:
    """A badge beside a name: one or two short words (a connection's degree, a button's label, a count), no
    sentence, no date."""
    from azmap.corpus.date_parse import parse_date

    words = part.split()
    return 1 <= len(words) <= 2 and len(part) <= 14 and not part.endswith(".") and not parse_date(part) \
        and (any(ch.isdigit() for ch in part) or len(words) == 1)


def without_badges(line: str, is_name) -> str:
    """The name of a "Name · badge" line where ``is_name`` takes its first part and every other part is a
    badge; the line itself otherwise."""
    parts = _DOT.split(line.strip())
    if len(parts) >= 2 and is_name(parts[0]) and all(_badge(p) for p in parts[1:]):
        return parts[0]
    return line


def headline_post(line: str) -> str | None:
    """The first part of a headline of three or more parts joined by bars under a writer's name: her post and
    office ("Head of Analysis at Company"); None for a line that is no such headline."""
    parts = _BAR.split(line.strip())
    if len(parts) >= 3 and 2 <= len(parts[0].split()) <= 12 and parts[0][:1].isupper() \
            and not parts[0].endswith("."):
        return parts[0]
    return None
