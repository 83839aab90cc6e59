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

_NEVER = re.compile(r"\b(?:copyright|retrieved|accessed|printed|updated|reviewed|modified|received|accepted|revised|"
                    r"today|approved|load-date)\b|©|\(c\)", re.I)
# the same words without their boundaries, over the line in lower case: a quick first look
_NEVER_QUICK = re.compile(r"copyright|retrieved|accessed|printed|updated|reviewed|modified|received|accepted|revised|"
                          r"today|approved|load-date|©|\(c\)")
_DAYS_RANGE_QUICK = re.compile(r"\d\s*[-–]\s*\d")
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
_DATELINE_LEAD = re.compile(r"^(.{6,130}?)\s(?:--|—|–|-|:)\s")
_DATELINE_SOURCE = re.compile(r"\s*(?:/[^/\n]{2,60}/|\([^()\n]{2,60}\))$")  # "/Company/", "(Agency)"


def _lines(text: str, body_start: int, body_end: int | None) -> tuple[list[str], list[str]]:
    """(the header's lines, the short lines at the foot): a body paragraph's sentences are no role's."""
    head = [ln.strip() for ln in text[:body_start].split("\n") if ln.strip()][-24:]
    end = len(text) if body_end is None else max(body_end, len(text) - 800)
    tail = [ln.strip() for ln in text[max(body_start, end - 800):].split("\n") if ln.strip()][-8:]
    return head, [ln for ln in tail if len(ln) <= 200]


def _role_at(plain: str):
    """The role word of a line that opens with it (within its first four words)."""
    m = _ROLE.search(plain, 0, len(" ".join(plain.split()[:7])))  # (the line's spaces are single)
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
    m = _RANGE.search(line) if _DAYS_RANGE_QUICK.search(line) else None
    if not m:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    when = parse_date(f"{day} {month} {year}")
    return when[:7] if when else None


def _dateline_parts(line: str) -> tuple[str, str] | None:
    """(place, date text) of a dateline opening a line, read by its form: a place in capitals or a
    capital, a comma, (a country,) a date, a source in slashes or brackets, then a dash."""
    m = _DATELINE_LEAD.match(line)
    if not m:
        return None
    lead = _DATELINE_SOURCE.sub("", m.group(1)).strip()
    parts = [p.strip() for p in lead.split(",")]
    if not 2 <= len(parts) <= 3 or not parts[0][:1].isupper() or len(parts[0].split()) > 4 \
            or not 4 <= len(parts[-1]) <= 40 or not re.search(r"\d", parts[-1]):
        return None
    return parts[0], parts[-1]


def _dateline(line: str, year: str | None, parse_date) -> str | None:
    parts = _dateline_parts(line)
    if not parts:
        return None
    when = parse_date(parts[1])
    if not when and year:  # "Baku, 3 March (Agency) -": the year another line states
        when = parse_date(f"{parts[1]} {year}")
    return when if when and len(when) == 10 else None


def stated(text: str, body_start: int, body_end: int | None, parse_date) -> tuple[str, str] | None:
    """(date, evidence) of the strongest date-bearing line at the document's head or foot; None
    when no line states one in a role that dates the text."""
    head, tail = _lines(text, body_start, body_end)
    found: list[tuple[int, int, str, str]] = []  # (rank, order, date, evidence)
    for order, line in enumerate(head + tail):
        plain = " ".join(line.strip(" *_#>()[]").split())
        if len(plain) > 300 or _NEVER_QUICK.search(plain.lower()) and _NEVER.search(plain):
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


_OTHER_FORWARDS = re.compile(r"message transféré|weitergeleitete|mensaje reenviado")


# the forwarder's own lines over the carried message: a note and a sign-off, not a thread
_MOST_LINES_OVER_FORWARD = 15


def forwarded(text: str, start: int, parse_date) -> tuple[str | None, int, str | None, str | None] | None:
    """(the date, where its headers end, the subject, the sender) of the message a forward carries
    ("---------- Forwarded message ---------" or "Begin forwarded message:" over its own From/Date/Subject
    lines, under the forwarder's note): the original's, not the forward's. None when there is no forward."""
    window = text[start:start + 1500]
    folded = window.lower()
    if "forward" not in folded and "original message" not in folded and not _OTHER_FORWARDS.search(folded):
        return None
    m = re.search(r"(?im)^\s*(?:-{2,}\s*(?:forwarded message|original message|message transféré|"
                  r"weitergeleitete nachricht|mensaje reenviado)\s*-{2,}|begin forwarded message:)\s*$", window)
    # a reply quotes its "Original Message" under the reply's own text, which is the document: only a
    # forward's marker may stand under a note of several lines
    most = 6 if m and "original message" in m.group(0).lower() else _MOST_LINES_OVER_FORWARD
    if not m or window[:m.start()].count("\n") > most:
        return None
    when, end, seen, subject, sender = None, start + m.end(), False, None, None
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
        if h.group(1).lower() in ("from", "von", "de") and not sender:
            sender = re.sub(r"\s*[<\[(][^<>\[\]()]*@[^<>\[\]()]*[>\])]\s*$", "", h.group(2)).strip().strip("'\"")
        end = start + m.end() + line.end()
    return (when, end, subject, sender or None) if seen else None


def opens_with_dateline(line: str) -> bool:
    """Whether a line opens with a place and a date before a dash, as a release or a wire item does."""
    return _dateline_parts(line) is not None


# a recording's day, which a broadcast's or a publication's day beside it outweighs, by meaning in the languages read
_RECORDED = re.compile(r"^\W*(?:recorded|aufgezeichnet|aufgenommen|aufnahme|enregistré|enregistrée|enregistrement|"
                       r"grabado|grabada|grabación|registrato|registrata|registrazione|gravado|gravada|gravação|"
                       r"opgenomen|opname|nagrano|nagranie|записано|запись|записано|запис|kaydedildi|kayıt|"
                       r"qeydə alınıb|yazılıb)\b", re.I)


def weaker(line: str) -> bool:
    """A header line whose date is weaker than a publication's: reviewed, printed, retrieved,
    received or accepted; a recording's labelled day ("Recorded: …", "Aufgezeichnet am …")."""
    return bool(re.search(r"\b(?:reviewed|printed|retrieved|accessed|received|accepted)\b", line, re.I)
                or _RECORDED.match(line))


_LABELLED_DAY = re.compile(r"^([^\W\d][^\d:|·]{0,30}?)\s?:\s*(.{0,45}?\b(?:1[89]|20)\d\d)\b")


def labelled_day(line: str, parse_date) -> str | None:
    """A header block's labelled line whose value opens with a day, the hours or a time zone after it ("Broadcast:
    Thursday 5 March 2026, 19:00-19:30 (Tbilisi time)", "Эфир: среда, 4 марта 2026 года, 19:00–19:30 …"): the
    day, however long the line; None for any other line (a label of more than three words is a sentence's)."""
    m = _LABELLED_DAY.match(line.strip())
    if not m or len(m.group(1).split()) > 3:
        return None
    return parse_date(m.group(2))


_FRONT_NOTE = "Page furniture: "  # as the PDF reader writes a line it set apart (azmap.corpus.pdf)


def front_note(text: str, parse_date) -> str | None:
    """The date of a note the PDF reader set apart from a first page's front lines ("Presented at …,
    October 2025", "Paper prepared for …", "Working paper, March 2024", in any language; a foot note
    of the first page moved there): the paper's date when nothing better is stated. None without one."""
    for block in text[:5000].split("\n\n")[:14]:
        if block.startswith(_FRONT_NOTE) and not _NEVER_QUICK.search(block.lower()):
            when = parse_date(block[len(_FRONT_NOTE):][:300])
            if when:
                return when
    return None
