"""A notice in an official register, as its text reads: the register's line ("Commonwealth Register / Vol. 12,
No. 131 / Friday, 11 July 2025 / Notices"), the department, the bureau and the docket in brackets over the
notice's title; field labels in capitals ("AGENCY:", "ACTION:", "SUMMARY:", "DATES:", "ADDRESSES:", "FOR
FURTHER INFORMATION CONTACT:"), which are fields and no speakers' turns; and after the text "Dated:" with a
day, the signer's name and her post: the signer wrote it, her post the affiliation. The register's line, the
docket, the fields that say who acts, when and where (not the summary: the notice's own words) and the
signature are no body.
"""
from __future__ import annotations

import re

from azmap.corpus.date_parse import parse_date
from azmap.corpus.person_names import _is_personal_name

# the fields: no speaker's label (the summary's and the background's words are the notice's text)
_FIELD = re.compile(r"^(?:agency|action|summary|dates?|addresses?|for further information contact|"
                    r"supplementary information|background|authority|effective dates?|comments|"
                    r"organismo|acción|resumen|fechas|direcciones|organisme|objet|résumé|adresses|"
                    r"behörde|maßnahme|zusammenfassung|termine|adressen)$", re.I)
# a field line that is furniture: who acts, what the notice is, when, where to write, whom to ask
_FURNITURE_FIELD = re.compile(r"^(?:AGENCY|ACTION|DATES?|ADDRESSES|FOR FURTHER INFORMATION CONTACT|EFFECTIVE DATES?|"
                              r"ORGANISMO|ACCIÓN|FECHAS|DIRECCIONES|ORGANISME|ADRESSES|BEHÖRDE|TERMINE|ADRESSEN)"
                              r"\s?:\s+\S")
_DOCKET = re.compile(r"^\[(?:docket|file|case|dossier|expediente|aktenzeichen|[A-Z]{1,4} doc\.?)\b[^\[\]]{2,60}\]$",
                     re.I)
_VOLUME = re.compile(r"^(?:vol\.?|volume|bd\.?|tome)\s*\d{1,4}\b", re.I)
_DATED = re.compile(r"(?m)^[ \t]*(?:dated|fecha|fait le|datum)\s*:\s*([^\n]{6,40})$", re.I)


def field_label(label: str) -> bool:
    """A label of a register's field ("AGENCY", "SUMMARY"): no speaker."""
    return bool(_FIELD.match(label.strip()))


def furniture_field(line: str) -> bool:
    """A field line in capitals that is no body ("AGENCY: Bureau of …", "DATES: Comments must …")."""
    return bool(_FURNITURE_FIELD.match(line))


def docket(line: str) -> bool:
    """The docket or file number in brackets over a notice's title ("[Docket No. BSTC-2025-0047]")."""
    return bool(_DOCKET.match(line.strip()))


def register_line(line: str) -> bool:
    """A register's line over a notice: parts joined by " / ", one the volume and number, one a day."""
    parts = [p.strip() for p in line.split(" / ")]
    return 3 <= len(parts) <= 6 and any(_VOLUME.match(p) for p in parts) and any(parse_date(p) for p in parts)


def signed_after_dated(text: str, start: int) -> tuple[str, str | None, int] | None:
    """The signer under the last "Dated:" line after ``start`` (her name, maybe with a comma after it, and
    the post on the next line), and where the "Dated:" line starts; None without one."""
    found = None
    for m in _DATED.finditer(text, start):
        found = m
    if not found or not parse_date(found.group(1)):
        return None
    lines = [ln.strip() for ln in text[found.end():found.end() + 400].split("\n") if ln.strip()][:2]
    if not lines:
        return None
    name = lines[0].rstrip(",").strip()
    if not _is_personal_name(name):
        return None
    post = lines[1].rstrip(".").strip() if len(lines) > 1 and len(lines[1]) <= 120 and ":" not in lines[1] else None
    return name, post, found.start()
