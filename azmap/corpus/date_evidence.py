"""A date from the evidence any document has, when its header states none: every date-bearing line at
its head and its foot, scored by the role the line gives the date.

Roles, strongest first: a line that says the text was published, issued, signed, adopted, done,
given, delivered, held or presented ("Done at Baku on 14 May 2025", "Adopted on …", "Text of report
by … on …"); a monitoring service's source line ("Source: … 1500 gmt 4 Mar 25"); an event's range of
days ("Presented at …, 16-18 October 2025" gives the month); a dateline opening the text ("CITY,
Country, 18 February 2025 /Company/ --"). A copyright, a retrieval, an update, a review, a printing,
a receipt or today's date on a ticker is never the date. The dates themselves are read by the
project's date reader (dateparser's, through ``metadata.parse_date``).
"""
from __future__ import annotations

import re

_NEVER = re.compile(r"©|\(c\)|\bcopyright\b|\bretrieved\b|\baccessed\b|\bprinted\b|\bupdated\b|\breviewed\b|"
                    r"\bmodified\b|\breceived\b|\baccepted\b|\brevised\b|\btoday\b|\bapproved\b|\bload-date\b",
                    re.I)
_ROLE = re.compile(r"\b(?:published|issued|released|signed|adopted|done|given|dated|delivered|held|presented|"
                   r"prepared for|paper for|conducted|date of (?:notice|meeting|publication|issue)|report date|"
                   r"publication date|text of (?:report|article|broadcast|statement)|posted|written)\b", re.I)
# "Source: Turan news agency, Baku, in Russian 1100 gmt 4 Mar 25"
_SOURCE = re.compile(r"^\(?source:.*?\b(?:\d{3,4}\s*(?:gmt|utc)\s+)?(\d{1,2}\s+[^\W\d_]{3,9}\.?\s+\d{2,4})\)?\s*$",
                     re.I)
# a range of days: "16-18 October 2025", "October 16–18, 2025"
_RANGE = re.compile(r"\b(\d{1,2})\s*[-–]\s*\d{1,2}\s+([^\W\d_]{3,12})\s+((?:19|20)\d\d)\b|"
                    r"\b([^\W\d_]{3,12})\s+(\d{1,2})\s*[-–]\s*\d{1,2},?\s+((?:19|20)\d\d)\b")
# a dateline opening the text: "CITY, Country, 18 February 2025 /Company/ --", "Baku, 3 March (Agency) -"
_DATELINE = re.compile(r"^([A-ZÀ-Þ][\w'’. -]{1,40}),\s+(?:[A-Z][\w'’. -]{1,40},\s+)?([^/()\n]{4,40}?)\s*"
                       r"(?:/[^/\n]{2,60}/|\([^()\n]{2,60}\))?\s*(?:--|—|–|-|:)\s")


def _lines(text: str, body_start: int, body_end: int | None) -> tuple[list[str], list[str]]:
    """(the header's lines, the short lines at the foot): a body paragraph's sentences are no role's."""
    head = [ln.strip() for ln in text[:body_start].split("\n") if ln.strip()][-24:]
    end = len(text) if body_end is None else max(body_end, len(text) - 800)
    tail = [ln.strip() for ln in text[max(body_start, end - 800):].split("\n") if ln.strip()][-8:]
    return head, [ln for ln in tail if len(ln) <= 200]


def _role_at(plain: str):
    """The role word of a line that opens with it (within its first four words)."""
    m = _ROLE.search(plain)
    return m if m and len(plain[:m.start()].split()) <= 3 else None


def _source_date(line: str, parse_date) -> str | None:
    m = _SOURCE.match(line)
    if not m:
        return None
    import dateparser

    when = dateparser.parse(m.group(1), languages=["en"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                                                     "REQUIRE_PARTS": ["day", "month", "year"]})
    return when.date().isoformat() if when else None


def _range_month(line: str, parse_date) -> str | None:
    m = _RANGE.search(line)
    if not m:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    when = parse_date(f"{day} {month} {year}")
    return when[:7] if when else None


def _dateline(line: str, year: str | None, parse_date) -> str | None:
    m = _DATELINE.match(line)
    if not m:
        return None
    when = parse_date(m.group(2))
    if not when and year:  # "Baku, 3 March (Agency) -": the year another line states
        when = parse_date(f"{m.group(2)} {year}")
    return when if when and len(when) == 10 else None


def stated(text: str, body_start: int, body_end: int | None, parse_date) -> tuple[str, str] | None:
    """(date, evidence) of the strongest date-bearing line at the document's head or foot; None
    when no line states one in a role that dates the text."""
    head, tail = _lines(text, body_start, body_end)
    found: list[tuple[int, int, str, str]] = []  # (rank, order, date, evidence)
    for order, line in enumerate(head + tail):
        plain = line.strip(" *_#>()[]")
        if len(plain) > 300 or _NEVER.search(plain):
            continue
        source = _source_date(plain, parse_date)
        if source:
            found.append((1, order, source, "source line"))
            continue
        month = _range_month(plain, parse_date)
        if month:
            found.append((2, order, month, "event line"))
            continue
        if _role_at(plain):
            when = parse_date(plain[_role_at(plain).start():])
            if when:
                found.append((0, order, when, "closing line" if order >= len(head) else "date line"))
                continue
    if not found:
        years = [m.group(0) for m in re.finditer(r"\b(?:19|20)\d\d\b", " ".join(tail))]
        opening = [ln.strip() for ln in text[body_start:body_start + 400].split("\n") if ln.strip()][:1]
        for line in head[-3:] + opening:
            when = _dateline(line.strip(" *_"), years[-1] if years else None, parse_date)
            if when:
                return when, "dateline"
        return None
    rank, _, when, how = min(found)
    return when, how


def forwarded(text: str, start: int, parse_date) -> tuple[str | None, int, str | None] | None:
    """(the date, where its headers end, the subject) of the message a forward carries ("---------- Forwarded
    message ---------" or "Begin forwarded message:" over its own From/Date/Subject lines, within the
    forward's first lines): the original's date, not the forward's. None when there is no forward."""
    window = text[start:start + 1500]
    m = re.search(r"(?im)^\s*(?:-{2,}\s*(?:forwarded message|original message|message transféré|"
                  r"weitergeleitete nachricht|mensaje reenviado)\s*-{2,}|begin forwarded message:)\s*$", window)
    if not m or window[:m.start()].count("\n") > 6:
        return None
    when, end, seen, subject = None, start + m.end(), False, None
    for line in re.finditer(r"[^\n]*(?:\n|$)", window[m.end():]):
        raw = line.group(0).strip()
        if not raw:
            if seen:
                break
            continue
        h = re.match(r"^(date|sent|datum|envoyé|fecha|from|to|cc|subject|von|an|betreff|de|objet)\s*:\s*(.+)$", raw,
                     re.I)
        if not h:
            break
        seen = True
        if h.group(1).lower() in ("date", "sent", "datum", "envoyé", "fecha") and not when:
            when = parse_date(h.group(2))
        if h.group(1).lower() in ("subject", "betreff", "objet") and not subject:
            subject = h.group(2).strip()
        end = start + m.end() + line.end()
    return (when, end, subject) if seen else None


def opens_with_dateline(line: str) -> bool:
    """Whether a line opens with a place and a date before a dash, as a release or a wire item does."""
    m = _DATELINE.match(line)
    return bool(m) and bool(re.search(r"\d", m.group(2)))


def weaker(line: str) -> bool:
    """A header line whose date is weaker than a publication's: reviewed, printed, retrieved,
    received or accepted."""
    return bool(re.search(r"\b(?:reviewed|printed|retrieved|accessed|received|accepted)\b", line, re.I))
