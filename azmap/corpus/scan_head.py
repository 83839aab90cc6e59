"""A bulletin's head as a scanned page prints it: the masthead in columns ("CASPIAN PETROLEUM BULLETIN
No. 14          November 1997"), whose issue number is no day (the issue's month is the date, not the
14th), and the headline in capitals set over two lines ("EARLY OIL TAKES THE" / "NORTHERN ROUTE, FOR NOW"),
one title.
"""
from __future__ import annotations

import re

from azmap.corpus.date_parse import parse_date
from azmap.corpus.line_forms import _upper_share

_ISSUE = re.compile(r"^(?:(?:vol|volume|bd|tome|t|cilt)\.?\s*\d{1,3},?\s*)?(?:no|nr|n°|nº|№|issue|heft|numéro|número|"
                    r"sayı|say)\.?\s*\d{1,4}\b", re.I)
_MONTH_YEAR = re.compile(r"^(?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d$")


def issue_month(raw: str) -> str | None:
    """The month of a masthead laid out in columns (a name in capitals, the issue's number, the month and
    year apart, or the number and month after a comma), as "YYYY-MM"; None for any other line."""
    parts = [p.strip() for p in re.split(r"\s{3,}", raw.strip()) if p.strip()]
    if len(parts) == 2 and "," in parts[1]:  # "NAME      No. 14, November 1997"
        parts = [parts[0]] + [p.strip() for p in parts[1].rsplit(",", 1)]
    if len(parts) != 3 or _upper_share(parts[0]) < 0.9 or len(parts[0].split()) < 2:
        return None
    if not _ISSUE.match(parts[1]) or not _MONTH_YEAR.match(parts[2]):
        return None
    when = parse_date(parts[2])
    return when[:7] if when and len(when) >= 7 else None


def capitals_run_on(line: str, following: str, raw: str, raw_following: str) -> bool:
    """A headline in capitals that runs on to the next line, set at the same indent or centred on the same
    axis (a cover kept as text: centred_lines.py): both lines in capitals, the first closing no sentence and no label, neither a date."""
    from azmap.corpus.centred_lines import same_centre

    indent = len(raw) - len(raw.lstrip())
    return _upper_share(line) > 0.9 and _upper_share(following) > 0.9 and len(line.split()) >= 2 \
        and len(following.split()) >= 2 \
        and (indent == len(raw_following) - len(raw_following.lstrip()) or same_centre(raw, raw_following)) \
        and not re.search(r"[.!?:;]$", line) and len(line) + len(following) <= 150 \
        and not parse_date(line) and not parse_date(following)
