"""What one line of a text's header is besides its title: a kicker or series line, a wire slug, a
masthead and its parts, an edition, a letterhead's address, a date in a column, an outlet after a
byline's name, a title's site after a bar, a dateline in mixed case.
"""
from __future__ import annotations

import re

from azmap.corpus import byline_line
from azmap.corpus.date_parse import parse_date, _SEASON, _SEPARATORS
from azmap.corpus.doc_memo import per_document
from azmap.corpus.header_scan import _BYLINE, _PUBLISHED, _title_like
from azmap.corpus.line_forms import _plain, _upper_share
from azmap.corpus.person_names import _INSTITUTION, _is_personal_name, split_authors, _ISSUER, _PERSON, _SMALL_WORDS
from azmap.corpus.words import release_label
from azmap.corpus.teleprinter import stamp_line

_RECORD_TITLE = re.compile(r"^(?:(?:unofficial |uncorrected |verbatim )?transcript|minutes|verbatim record|record|proceedings)"
                           r" of (?:the )?\w+", re.I)

_WIRE_VERSION = re.compile(r"^(?:UPDATE \d+|WRAPUP(?: \d+)?|RPT|REFILE|CORRECTED|REPEAT)-(?=\S)")

# an office that issues statements: the author of a press release when the page names it
_PRESS_OFFICE = re.compile(r"^(?:(?:issued|published|released|distributed)\s+by\s+(?:the\s+)?)?(.{0,60}\b(?:press|communications?|media|information|"
                           r"public affairs)\s+(?:office|service|department|centre|center|unit|team)\b.{0,80})$", re.I)

# an order code or reference: "CSM-2021-04", "AZ-TR-2023-11", "CPI/2024/017", "KD/OPS/88"
_ORDER_CODE = re.compile(r"\b[A-Z]{2,}(?:-\d{2,}(?:-\d+)*|(?:[-/][A-Z0-9]{1,10})*[-/]\d{2,})\b")

_DATELINE = re.compile(r"^\s*([A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'’-]{1,40}),\s*([^—–\n]{6,40}?)\s*(?:—|–|--|-)\s")

_RELEASE = re.compile(r"^(for immediate release|fact ?sheet|briefing note|backgrounder|information note|"
                      r"(?:press|news|media) (?:release|statement|notice)"
                      r"(?:\s+(?:no\.?|nr\.?|number|#)\s*[\w/.-]{1,20})?|statement|embargoed.*)$", re.I)

# a language edition of an outlet, over its headline: "Caspian Wire — English service"
_EDITION = re.compile(r"^(.{2,80}?)\s*(?:[|—–:/-]\s*)?(?:\b(?:english|international|world|online|digital)\s+"
                      r"(?:service|edition|version)\b|\((?:in )?english(?: edition| version| service)?\))\s*$", re.I)

_EPISODE = re.compile(r"^(.{2,60}?)[,:|—–-]?\s+(?:episode|ep\.|folge|épisode|episodio|выпуск)\s*\d+\b", re.I)
_RUBRIC = re.compile(r"^(?:letters?(?: to the editor)?|opinion|analysis|commentary|comment|explainer|editorial|"
                     r"interview|feature|column|review|obituary|correction|news|world|business|sport)\s*[:|]?$", re.I)
_LABELLED_NAME = re.compile(r"^(?:author|authors|by|written by|reporter|autor|auteur|von|par)\s*:?\s+", re.I)

_TITLE_LABEL = re.compile(r"^(?:title|titel|titre|título|заголовок|inquiry|subject|betreff|objet|тема)\s*:\s*(\S.{1,200})$", re.I)  # "Title: Ice on …"
# a transcript's label over the show's or the episode's title ("Transcript: Caspian Hour")
_TRANSCRIPT_LABEL = re.compile(r"^(?:full |episode |programme |program |event |roundtable |round-table |panel |"
                               r"seminar |webinar |conference |meeting )?transcript\b\s*(?:[:|—–-]\s*.{0,80})?$", re.I)
# a line filing the document under a heading of the site's, over the headline: "Category: Economy / Transport"
_FILED = re.compile(r"^(?:categor(?:y|ies)|section|topics?|tags?|filed under|subjects?|desk|rubric|themes?|sectors?)"
                    r"\s*:\s*\S.{0,80}$", re.I)
# a letterhead's street address under the body's name: "12 Harbour Street, Batumi 6000, Georgia"
_ADDRESS = re.compile(r"^\d{1,5}[A-Za-z]?,?\s+[A-ZÀ-ÞƏ][^.!?]{2,80},\s*[^.!?]{2,60}$")
# a company's legal form after its name, left out of the name as running text gives it
_LEGAL_FORM = re.compile(r",?\s+(?:LLC|L\.L\.C\.|Ltd\.?|Limited|JSC|CJSC|OJSC|PLC|plc|Inc\.?|GmbH|S\.A\.|LLP|AG)$", re.I)
# a periodical's issue line under its body's name: "Monthly Bulletin — April 2025", "Quarterly Newsletter | Spring 2025"
_BULLETIN = re.compile(r"\b(?:newsletter|bulletin|digest|circular|update|briefing|news)\b.{0,40}?"
                       r"(?:\b(?:19|20)\d\d\b)", re.I)

_SERIES = re.compile(r"(\||\bno\.\s*\d|\bpart \d|\bworking paper\b|\bbrief\b|\bseries\b|\bservice\b|\bissue \d)", re.I)


def _outlet(part: str) -> bool:
    """Whether a byline's piece after a writer's name is an outlet or a body rather than a second
    person ("The Baku Ledger", "Kura Daily"): the writer's affiliation. A labelled credit ("Photo: …")
    is none."""
    part = part.strip()
    return 2 <= len(part) <= 60 and ":" not in part and part[:1].isupper() and not parse_date(part) \
        and (part.startswith("The ") or bool(_INSTITUTION.search(part)) or not _is_personal_name(part))


def _bulletin_masthead(header: list) -> int | None:
    """The header line of a body's name over its bulletin's issue line ("Caspian Fisheries
    Commission" / "Monthly Bulletin — April 2025"), at the top of the document; None if there is none."""
    for k in range(min(2, len(header) - 1)):
        line, issue = _plain(header[k][2]), _plain(header[k + 1][2])
        words = line.split()
        if _BULLETIN.search(issue) and (parse_date(issue) or _SEASON.search(issue)) and 2 <= len(words) <= 8 \
                and not re.search(r"\d|[.!?:|]", line) \
                and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) \
                and (_INSTITUTION.search(line) or _ISSUER.search(line) or re.search(r"\b(?:authority|board|bureau|"
                                                                                   r"administration)\b", line, re.I)):
            return k
    return None


def _stands_apart(text: str, header: list, k: int) -> bool:
    """Whether header line k is set apart from the line after it: a blank line between them, or a
    next line that is furniture itself (an order code, a date line) rather than a subtitle."""
    if k + 1 >= len(header):
        return False
    nxt = _plain(header[k + 1][2])
    return text.count("\n", header[k][1], header[k + 1][0]) >= 2 or bool(_ORDER_CODE.search(nxt)) \
        or bool(_ISSUE_LINE.match(nxt)) \
        or bool(parse_date(nxt)) and (nxt[:1].isdigit() or bool(_PUBLISHED.match(nxt)) or len(nxt.split()) <= 4)


def _wrapped(title: str, following: str) -> bool:
    """A title that runs on to the next line, as a PDF's lines pasted as text break it ("Filling the
    gaps: why the Caspian's" / "pipelines run below capacity"): the line under it goes on in lower case
    with no figure (no date line), and neither ends a sentence."""
    return following[:1].islower() and not re.search(r"[.!?:;,]$", title) and not following.endswith(".") \
        and len(following.split()) <= 12 and len(title) + len(following) <= 200 and not re.search(r"\d", following)


def comma_run_on(title: str, following: str) -> bool:
    """A title line cut after a comma, its clause going on right under it ("Press briefing by the Special
    Representative," / "Ambassador A"): the line under it is no date line, no sentence's end, no label."""
    return title.endswith(",") and not following.endswith((".", ":", ",")) and ":" not in following \
        and len(following.split()) <= 12 and len(title) + len(following) <= 200 and not parse_date(following)


def _masthead_parts(text: str, header: list, k: int) -> bool:
    """Whether header line k is a masthead's second line of parts ("Energy Security Programme | Baku"): right
    under the line over it, set apart from the line under it, its parts joined by bars; or, on a cover kept as
    text, the line in mixed case centred under a name in capitals ("KURA BASIN WATCH" over "Independent
    monitoring of …": the body's line, centred_lines.py)."""
    from azmap.corpus.centred_lines import same_centre

    if not (0 < k < len(header) and header[k][0] == header[k - 1][1] + 1 and _stands_apart(text, header, k)):
        return False
    over, line = _plain(header[k - 1][2]), _plain(header[k][2])
    return " | " in header[k][2] or _upper_share(over) > 0.9 and _upper_share(line) < 0.5 \
        and not re.search(r"[.!?:;]$", line) and not parse_date(line) and same_centre(header[k - 1][2], header[k][2])


def _date_column(raw: str) -> str | None:
    """The date a header line laid out in columns gives in one column of its own (the columns set apart
    by runs of three spaces or more: "ORDER CODE X-2025/07          July 8, 2025")."""
    columns = re.split(r"\s{3,}", raw.strip())
    if len(columns) < 2:
        return None
    return next((d for c in columns if len(c) <= 40 and (d := parse_date(c)) and len(d) == 10), None)


# the place and date opening a release's first paragraph in mixed case: "Aktau, Kazakhstan, 9 September 2025 – …"
_PLACE_DATE_LEAD = re.compile(r"^([^\n—–]{8,80}?)\s+(?:—|–|--|-)\s+\S")


def _place_and_date(opening: str) -> str | None:
    """The date of a dateline in mixed case opening the text: capitalised place names (a city, its
    country) then the date, before a dash."""
    m = _PLACE_DATE_LEAD.match(opening)
    if not m:
        return None
    parts = [p.strip() for p in m.group(1).split(",")]
    for cut in (1, 2):  # "9 September 2025" or "September 9, 2025"
        place, when = parts[:-cut], ", ".join(parts[-cut:])
        if place and all(0 < len(p.split()) <= 3 and all(w[:1].isupper() for w in p.split()) for p in place) \
                and re.search(r"\b(?:19|20)\d\d\b", when) and len(when.split()) <= 4:
            date = parse_date(when)
            if date:
                return date
    return None


def _by_part(line: str):
    """"by Name" as one part of a line of parts set apart by separators ("8 June 2025 · by Name ·
    5 min read"): the match of the name."""
    from azmap.corpus.byline_grammar import cued_part

    for part in _SEPARATORS.split(line.strip("*_ ")):
        m = cued_part(part)  # (any byline grammar's cue: "Erstellt von A und B", "Подготовили A и B")
        if m and (re.match(r"^by\s", part.strip("*_ "), re.I)
                  or all(_is_personal_name(a["name"]) for a in split_authors(m.group(1)) or [{"name": ""}])):
            return m  # (the other cues before people's names only; "by Sabina R." as before)
    return None


def team_over_byline(line: str) -> str | None:
    """A line of parts opening with a team's name and holding a byline part ("Port Analytics Unit · Notebook 12 ·
    Compiled by A and B · Last run: …"): the team's name (the byline's affiliation); None where the first part is
    a day, a number or the byline itself."""
    parts = _SEPARATORS.split(line.strip())
    first = parts[0].strip("*_ ")
    if len(parts) < 3 or _by_part(parts[0]) or re.search(r"\d", first) or parse_date(first) \
            or not first[:1].isupper() or len(first.split()) > 6 or first.endswith(":"):
        return None
    return first


def _over_a_label(line: str) -> bool:
    """A letterhead's address or a document's label under a body's name."""
    return bool(_ADDRESS.match(line) or _RELEASE.match(line) or release_label(line) or _TRANSCRIPT_LABEL.match(line)
                or _RUBRIC.match(line))


@per_document  # asked of a header's line by several rules (doc_memo.py)
def _is_kicker(line: str) -> bool:
    """A series or journal line: "ENERGY CORRIDORS | PART 2", "Journal of X, Vol. 12, No. 1 (2020)",
    a periodical's name with its issue ("The Kura Review — No. 14", "CASPIAN MONITOR · 2021"); not a
    title with its site's name after it ("Gas storage before the winter | Kura Daily")."""
    return (bool(_SERIES.search(line)) and (_upper_share(line) > 0.6 or bool(_SEPARATED.search(line)))
            or bool(re.search(r"\bvol\.?\s*\d", line, re.I)) or bool(_ISSUE_TAIL.search(line))
            or bool(_ISSUE_LINE.match(line))) \
        and len(line) <= 90 and not site_suffix(line)


# an issue's line under a periodical's name: "Issue 12", "No. 4 (2021)", "Vol. 3, No. 2"
_ISSUE_LINE = re.compile(r"^(?:issue|no\.?|nr\.?|number|vol\.?|volume)\s*\d{1,4}\b[\w\s,.()/-]{0,30}$", re.I)
# a credit for a picture under the byline, no affiliation: "Photo: …", "Image: …"
_CREDIT_LABEL = re.compile(r"^(?:photo(?:graph)?s?|image|picture|illustration|video|foto|bild|photo de|фото|"
                           rf"{byline_line.role_alternation(writing=False)})\s*:", re.I)  # (byline_line.py's roles)

_SEPARATED = re.compile(r"\||\s[·•—–]\s")
# a periodical's issue after its name: "— No. 14", "· 2021", "| Issue 3"
_ISSUE_TAIL = re.compile(r"^[^\d|·•—–]{3,60}\s[|·•—–]\s*(?:no\.?\s*\d{1,4}|issue\s*\d{1,4}|(?:19|20)\d\d)$", re.I)
# (a top-level domain of up to thirteen letters: ".com", ".az", ".agency", ".example")
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,13}$", re.I)


def site_suffix(line: str) -> tuple[str, str] | None:
    """(the title, the site) of a title with its site's name after it, as a page's title names
    them: "Gas storage before the winter | Kura Daily", "… - kuradaily.com" (a dash before a
    domain only: "Roundtable summary — Caspian water levels" is one title)."""
    m = re.match(r"^(.{12,150}?)\s+([|·•]|[-–—])\s+([^|·•]{2,40})$", line)
    if not m:
        return None
    title, mark, site = m.group(1).strip(), m.group(2), m.group(3).strip()
    words = site.split()
    capitals = _upper_share(title) > 0.6  # "GAS STORAGE BEFORE THE WINTER | KURA DAILY": both in capitals
    if len(title.split()) < (4 if capitals else 3) or capitals and _upper_share(site) < 0.6 \
            or _SERIES.search(site) or _SERIES.search(title.replace("|", " ")) or parse_date(site):
        return None
    if _DOMAIN.match(site):
        return title, site
    if mark in "|·•" and 1 <= len(words) <= 4 and not re.search(r"\d", site) \
            and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][:1].isupper():
        return title, site
    return None


def _marked_heading(text: str, header: list) -> int | None:
    """The header line the markup marks as the document's heading: a first-level ATX heading
    ("# Title") or a line underlined ("Title" over "=====" or "-----"); None if there is none."""
    for k, (_, end, raw) in enumerate(header[:12]):
        line = raw.strip()
        if re.match(r"#\s", line):
            return k
        if k + 1 < len(header) and re.fullmatch(r"(?:=+|-+)", header[k + 1][2].strip() or "x") \
                and len(header[k + 1][2].strip()) >= 3 and text.count("\n", end, header[k + 1][0]) == 1:
            return k
    return None


def _kicker_over(text: str, header: list, k: int) -> bool:
    """A kicker: a topic's name of three words at most on the line right over a longer headline
    (no blank line between them), with no stop, date or number of its own."""
    if k + 1 >= len(header) or text.count("\n", header[k][1], header[k + 1][0]) != 1:
        return False
    line, nxt = _plain(header[k][2]), _plain(header[k + 1][2])
    words = line.split()
    return 1 <= len(words) <= 3 and len(line) <= 30 and not re.search(r"[\d.!?:;,|]", line) \
        and len(nxt.split()) >= max(4, len(words) + 2) and _title_like(nxt) and line[:1].isupper() \
        and not _BYLINE.match(nxt) and not _PERSON.match(nxt)


def unit_line(line: str, above: str) -> bool:
    """A body's unit on a short line of its own under the body's name in capitals ("Research Unit", "Abteilung
    Volkswirtschaft", "Аналитический отдел" under "… ASSOCIATION"): a word of a unit's by meaning (words.UNIT), up
    to five words, not in capitals itself, no figure and no sentence's sign: the body's line, no title."""
    from azmap.corpus.words import UNIT

    words = line.split()
    return 1 <= len(words) <= 5 and not line.isupper() and not re.search(r"[\d:;.!?|/]", line) \
        and bool(UNIT.search(line)) and above.isupper() and len(above.split()) >= 2 and len(above) > len(line) // 2


def _is_slug(line: str) -> bool:
    """A wire slug: AZERBAIJAN-GAS/EXPORTS (UPDATE 1); an agency's keywords parted by slashes, in any case
    ("Azerbaijan/ gas/ energy/ Poland": three parts or more, each a word or three, no sentence's sign); or the
    agency's transmission stamp over it ("HINA  171245 MET nov 26", teleprinter.stamp_line)."""
    return _upper_share(line) > 0.9 and bool(re.search(r"[/\-]|\(UPDATE", line)) and " " not in line.strip()[:12] \
        or bool(re.search(r"\(UPDATE \d+\)", line)) or keyword_slug(line) or stamp_line(line)


def keyword_slug(line: str) -> bool:
    """A line of keywords parted by slashes, or joined by hyphens with no space: three parts or more, each one to three words with no digit
    and no sentence's sign (a headline's one slash, "Baku/Tbilisi: talks resume", is none)."""
    if re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+){2,}", line.strip()) \
            and (line.count("-") >= 3 or any(w[:1].islower() for w in line.strip().split("-"))):
        # keywords joined by hyphens with no space ("Arménie-Azerbaïdjan-frontière", "Rusia-Azerbaiyán-gas"); three
        # names alone are a route's ("Baku-Tbilisi-Kars"), a title's
        return True
    parts = [p.strip() for p in line.strip().rstrip("/").split("/")]
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 3 and not re.search(r"[\d.,:;!?«»\"“”()]", p)
                                   for p in parts)


_HEADLINE_WORD = re.compile(r"[^\W\d_]{2,}")


def month_headline(line: str, date: str | None) -> bool:
    """A headline that names a month and a year in its sentence ("Gas flows up 12 per cent in March 2026", "Грузооборот
    порта Алят вырос в январе 2026 года на 15%"): four words or more besides the month's, two of them in small
    letters, no label of a date ("Updated:", "Published"), no parts between bars. The month is what the story is
    about: no date line ("Baku, March 2026", "Issue 14 | March 2026", "Working Paper No. 7, March 2026" are)."""
    from azmap.corpus.date_parse import MONTHS, _PUBLISHED_WORD, _UPDATED
    from azmap.corpus.month_words import month_of

    if not date or len(date) != 7 or _SEPARATORS.search(line) or _PUBLISHED_WORD.search(line) or _UPDATED.search(line):
        return False
    words = [w for w in _HEADLINE_WORD.findall(line) if w.lower() not in MONTHS and not month_of(w)]
    return len(words) >= 4 and sum(w[0].islower() for w in words) >= 2


_PART_MARK = re.compile(r"\s+[|·•—–]\s+|\s*/\s+")


def parts_line(line: str, under: str | None = None) -> bool:
    """A line of two or more short parts between bars, dots, dashes or slashes, none of them a sentence ("Subscriber
    service / Energy Bulletin", "Enerji Hattı kanalı · 9 870 abone", "KURA DAILY | kuradaily.example"), right over a
    headline (``under``: four words or more, no label's colon, no parts itself): a service's, a channel's or a site's
    line, not the title. Over a place's or a label's line it may be the title ("Caspian Shippers' Council — Quarterly
    Meeting" over "Place: Aktau")."""
    flat = " ".join(line.strip(" *_#").split())
    if len(flat) > 90 or not under or not _headline_under(under):
        return False
    parts = [p for p in _PART_MARK.split(flat) if p]
    return len(parts) >= 2 and all(1 <= len(p.split()) <= 3 and not p.endswith((".", "!", "?")) for p in parts)


def _headline_under(line: str) -> bool:
    flat = " ".join(line.strip(" *_#").split())
    return len(flat.split()) >= 4 and not re.match(r"^[^:]{1,30}:\s", flat) and not flat.endswith(":") \
        and not _PART_MARK.search(flat) and bool(re.search(r"[^\W\d_]{3}", flat))
