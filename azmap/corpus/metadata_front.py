"""Forms at a document's front that say who wrote it, who speaks in it or when it was given,
without being a byline or a date line:

- a byline that names a role and nobody ("By Our Correspondent", "Staff Writer"): no author;
- a note over the text that names the author ("This is a guest post by A, a water engineer in
  Ganja.", "This post was written by A."): A, with the institution the note gives, if any;
- an interview's title that names the person answering ("Q&A with A: …", "An interview with A on
  …", "In conversation with A"): A is a participant, not the author;
- a range of days ("12–14 May 2018", "May 12–14, 2018"): the month, since the text does not say
  which of the days it means;
- a notice over the page that it is archived or old ("Archived content", "This story was published
  more than 3 years ago"): no title;
- a record's labelled lines ("Heading:", "Asked by: A MP (Party, Seat)", "Answered by: B MP, Minister
  …" over the department, "Date answered:", "Analysts: A (Role), B (Role)"): title, date and authors;
- a letters page (a masthead in capitals over "LETTERS TO THE EDITOR … <date>"): the letter's
  headline and the page's date; the letter's signature (name, town, title) names its writer;
- a journal's head (its name over its volume line and the article's history): no title; the
  article is dated when it was published online;
- a trail of sections ("Home > Press service > Briefings"): no one; a briefing's title names a
  participant, not an author.

Each reads its lines and guesses nothing: a line that does not have the form whole gives nothing.
"""
from __future__ import annotations

import re

from azmap.corpus.appeals import _may_hold

# a role and nobody: "Our Correspondent", "Staff Writer", "A Special Correspondent", "Staff"
_ANONYMOUS = re.compile(r"^(?:by\s+)?(?:(?:an?|our|the|from our)\s+)?(?:(?:own|special|staff|foreign|political|"
                        r"diplomatic|local|regional)\s+)*(?:correspondents?|reporters?|writers?|staff|journalists?)$",
                        re.I)
_NOTE_BY = re.compile(r"^(?:this|the following)\s+(?:is\s+an?\s+)?(?:guest\s+)?(?:post|article|piece|essay|column|"
                      r"blog post|text|story|commentary|op-ed)\s+(?:(?:was|is|has been)\s+)?(?:written\s+|contributed\s+)?"
                      r"by\s+([^,.;]{3,60}?)(?:,\s*(?:a|an|the)?\s*([^.]{3,160}?))?\.?$", re.I)
_INTERVIEW_WITH = re.compile(r"(?:^|\b)(?:(?:q\s?&\s?a|q and a|(?:an\s+)?interview|(?:in\s+)?conversation|talking|a talk)"
                             r"\s+with|interview mit|gespräch mit|entretien avec|intervista (?:a|con)|entrevista (?:a|con)|"
                             r"интервью с)\s+(.+)$", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞĞİŞÇÖÜƏ][\w'’.-]*|al-\w+|van|de|von)$")
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_RANGE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s*[–—-]\s*\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH +
                    r",?\s+(\d{4})\b|\b" + _MONTH + r"\s+(\d{1,2})\s*[–—-]\s*\d{1,2},?\s+(\d{4})\b", re.I)


# a notice that the page is kept as it was: "Archived content", "This story was published more than 3
# years ago", "This page has been archived"
_ARCHIVED = re.compile(r"^(?:archived (?:content|page|article|story|post|news)|"
                       r"this (?:article|story|page|post|piece|content|news release|release) "
                       r"(?:was (?:first )?published|was posted|is|dates from) (?:more than|over|at least) "
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:years?|months?)(?: ago| old)?|"
                       r"this (?:page|content|article) (?:has been|is|was) archived\b.{0,80})\.?$", re.I)


def archive_notice(line: str) -> bool:
    """A notice over a page that it is archived or old ("Archived content")."""
    return len(line) <= 160 and bool(_ARCHIVED.match(" ".join(line.split())))


def nobody(byline: str) -> bool:
    """A byline that names a role and no one ("Our Correspondent", "By Staff Writer")."""
    return bool(_ANONYMOUS.match(" ".join(byline.split()).strip(" .,")))


def note_by(line: str) -> tuple[str, str | None] | None:
    """(the author, the institution) of a note over the text that names its author ("This is a guest
    post by Aysel Rzayeva, a water engineer in Ganja."): the institution after "at", or None."""
    from azmap.corpus.metadata import _is_personal_name
    from azmap.corpus.metadata_credits import _affiliation

    flat = " ".join(line.split()).strip("*_ ")
    m = _NOTE_BY.match(flat) if len(flat) <= 300 else None
    if not m or not _is_personal_name(m.group(1).strip()):
        return None
    return m.group(1).strip(), _affiliation(m.group(2) or "")


def interviewee(title: str) -> str | None:
    """The person an interview's title says answers ("Q&A with Rauf Guliyev: keeping the delta
    alive", "Interview with Dr. Leyla Aliyeva on …"): the capitalised words after "with", a
    person's name."""
    from azmap.corpus.metadata import _RANKS, _is_personal_name

    m = _INTERVIEW_WITH.search(title) if len(title) <= 200 else None
    if not m:
        return None
    words = []
    for word in m.group(1).split():
        bare = word.rstrip(":,;—–-")
        if not _NAME_WORD.match(bare):
            break
        words.append(bare)
        if bare != word:  # a colon or comma after it ends the name
            break
    while words and words[0].lower() in _RANKS:
        words.pop(0)
    name = " ".join(words)
    return name if _is_personal_name(name) else None


def day_range(text: str) -> str | None:
    """The month (yyyy-mm) of a range of days in a line ("12–14 May 2018", "May 12-14, 2018")."""
    if not re.search(r"\d\s*[–—-]\s*\d", text):
        return None
    m = _RANGE.search(text)
    if not m:
        return None
    from azmap.corpus.metadata import MONTHS

    month, year = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(6))
    number = MONTHS.get(month.lower().rstrip(".")[:3])
    return f"{int(year):04d}-{number:02d}" if number and 1800 <= int(year) <= 2100 else None


# a parliamentary record's labelled lines: "Heading: …", "Asked by: A MP (Party, Seat)", "Answered by:
# B MP, Minister of …" (the department on the next line), "Date tabled:", "Date answered:"
_RECORD_LABEL = re.compile(r"^(heading|subject|asked by|tabled by|answered by|date tabled|date asked|date answered|"
                           r"analysts?)\s*:\s*(.*)$", re.I)
_MEMBER_SUFFIX = re.compile(r"\s+(?:MP|MEP|MSP|MS|AM|MLA|MHK|TD|QC|KC)\.?$")


def _member(value: str, next_line: str) -> dict | None:
    """A member named by "Asked by:"/"Answered by:": the party in brackets, else the department on
    the next line, else the office after the comma."""
    from azmap.corpus.metadata import _is_personal_name

    name, _, rest = value.partition("(")
    name, _, office = name.partition(",")
    name = _MEMBER_SUFFIX.sub("", name.strip())
    if not _is_personal_name(name):
        return None
    if rest:
        affiliation = rest.rstrip(")").split(",")[0].strip()
    elif next_line and not _RECORD_LABEL.match(next_line) and ":" not in next_line and len(next_line) <= 100:
        affiliation = next_line
    else:
        affiliation = office.strip()
    return {"name": name, "affiliation": affiliation or None}


def labelled_record(text: str) -> dict | None:
    """The title, date and authors of a record whose fields are labelled ("Heading:", "Asked by:",
    "Answered by:", "Date answered:", "Analysts: A (Role), B (Role)"): the answer's date is the
    record's. None unless someone is named by such a label, and a member's record has a date or a
    heading."""
    head = text[:6000]
    low = head.lower()
    if "by:" not in low and "analyst" not in low:
        return None  # cheap guard: no label that names anyone
    from azmap.corpus.metadata import _is_personal_name, parse_date

    lines = [line.strip().strip("*_").strip() for line in head.splitlines()][:80]
    fields: dict[str, str] = {}
    authors: list[dict] = []
    analysts = False
    for i, line in enumerate(lines):
        m = _RECORD_LABEL.match(line)
        if not m or not m.group(2):
            continue
        label, value = m.group(1).lower(), m.group(2).strip()
        if label.endswith("by"):
            person = _member(value, lines[i + 1] if i + 1 < len(lines) else "")
            if person:
                authors.append(person)
        elif label.startswith("analyst"):
            people = [re.match(r"^([^()]{3,60}?)\s*\(([^()]{2,80})\)$", p.strip())
                      for p in re.split(r"(?<=\))\s*(?:,|;|\band\b)\s*", value)]
            if all(p and _is_personal_name(p.group(1)) for p in people):
                authors += [{"name": p.group(1), "affiliation": p.group(2).strip()} for p in people]
                analysts = True
        else:
            fields.setdefault(label, value)
    if not authors:
        return None
    date = next((parse_date(fields[k]) for k in ("date answered", "date tabled", "date asked") if k in fields), None)
    title = fields.get("heading") or fields.get("subject")
    if not (date or title or analysts):  # a member named with no heading nor date: no record
        return None
    return {"title": title, "date": date, "authors": authors}


# a newspaper's letters page: its masthead in capitals over "LETTERS TO THE EDITOR … <date>"
_LETTERS_HEAD = re.compile(r"^(?:letters?(?: to the editor)?|readers['’]? letters|your letters|letters page|"
                           r"lettres? (?:à la rédaction|des lecteurs)|courrier des lecteurs|leserbriefe?|"
                           r"cartas al director|cartas de los lectores)\b\s*[|·•—–:,-]?\s*(.*)$", re.I)


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def letters_page(text: str) -> tuple[str, str, int] | None:
    """(the letter's headline, its date, where the headline's line ends) of a letter under a
    newspaper's masthead in capitals and a "LETTERS TO THE EDITOR … <date>" line; None otherwise."""
    low = text[:600].lower()
    if "letter" not in low and "lettre" not in low and "leserbrief" not in low and "cartas" not in low:
        return None  # cheap guard
    from azmap.corpus.metadata import parse_date

    lines = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[:2000])][:6]
    for k, (_, _, line) in enumerate(lines[:3]):
        m = _LETTERS_HEAD.match(line)
        if not m or not all(_capitals(masthead) for _, _, masthead in lines[:k]) or k + 1 >= len(lines):
            continue
        date = parse_date(m.group(1)) if m.group(1) else None
        headline = lines[k + 1][2].strip("#*_ ").strip()
        if date and 3 <= len(headline) <= 160 and not headline.endswith((".", ",", ":")):
            return headline, date, lines[k + 1][1]
        return None
    return None


def letter_signature(text: str, start: int = 0) -> tuple[str, str | None, int] | None:
    """(the writer, the title under their town, where the signature starts) of a letter signed on
    two or three short lines at its end (name, town and a title such as "Retired master mariner")
    with no closing word over them; the notice under the letter is passed over."""
    from azmap.corpus.metadata import _is_personal_name

    blocks = [(m.start(), m.group(0)) for m in re.finditer(r"(?:[^\n]*\S[^\n]*\n?)+", text[start:])][-3:]
    for at, block in reversed(blocks):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if 2 <= len(lines) <= 3 and _is_personal_name(lines[0]) \
                and all(len(line) <= 60 and not line.endswith((".", ",", ":", ";")) for line in lines):
            return lines[0], lines[2] if len(lines) == 3 else None, start + at
    return None


_CRUMB = re.compile(r"\s+(?:>|›|»|→|/|\\)\s+")


def breadcrumb(line: str) -> bool:
    """A site's trail of sections ("Home > Press service > Briefings"): three parts or more, each
    a few words, joined by arrows or slashes; it names no one."""
    if ">" not in line and "›" not in line and "»" not in line and "→" not in line and " / " not in line:
        return False  # cheap guard
    parts = _CRUMB.split(line.strip())
    return len(parts) >= 3 and all(0 < len(p.split()) <= 5 for p in parts)


def linked_trail(line: str) -> bool:
    """A site's trail of sections written as markdown links ("[Home](/) / [Press room](/press) / …"): two
    links at least, and a trail once the links are read as their words."""
    links = re.findall(r"\[([^\]]{1,60})\]\([^)\s]*\)", line)
    return len(links) >= 2 and (breadcrumb(re.sub(r"\[([^\]]{1,60})\]\([^)\s]*\)", r"\1", line))
                                or bool(_LINKS_JOINED.fullmatch(line.strip())))


# nothing but links of a few words joined by one mark ("[Inicio](/) · [Campañas](/campanas/) · [Cartas](/cartas/)")
_LINKS_JOINED = re.compile(r"\[[^\]\n]{1,40}\]\([^)\s]*\)(?:\s+([·|•])\s+\[[^\]\n]{1,40}\]\([^)\s]*\))"
                           r"(?:\s+\1\s+\[[^\]\n]{1,40}\]\([^)\s]*\)){0,5}")


# a title that names who gives a briefing ("Briefing by the Official Spokesperson A on …", "Press
# conference of Deputy Minister A"): the speaker takes part in it, and answers questions; an address,
# a speech or a statement is the speaker's own text
_BRIEFING = re.compile(r"^(?:(?:press|media|weekly|regular|daily) )?(?:briefing|press conference|news conference)\b",
                       re.I)


def briefing_title(title: str) -> bool:
    return bool(_BRIEFING.match(title.strip()))


# a journal article's head: the journal's name over its volume line ("Vol. 11, No. 2 (2025), pp. 141–163"),
# its DOI and its history ("Received: … / Accepted: … / Published online: …")
_VOLUME = re.compile(r"^(?:vol\.?|volume|tome|band|bd\.|том)\s*\d+\b", re.I)
_HISTORY = re.compile(r"\b(?:received|submitted|eingegangen|reçu)\b", re.I)
_PUBLISHED_PART = re.compile(r"\b(?:published(?: online)?|first published|available online|online publiziert|"
                             r"publié en ligne)\s*:?\s*([^/|;]{6,40})", re.I)
_ACCEPTED_PART = re.compile(r"\b(?:accepted|angenommen|accepté)\s*:?\s*([^/|;]{6,40})", re.I)
_ARTICLE_TYPE = re.compile(r"^(?:(?:original|research|review|short|brief|invited|open access)\s+)*"
                           r"(?:article|paper|communication|note|report|essay|review)s?$|^open access$|^doi\b|"
                           r"^https?://", re.I)


_VOLUME_WORD = re.compile(r"\b(?:vol|volume|tome|band|bd|том)\b", re.I)
_VOLUME_PIECES = ("vol", "tome", "band", "bd", "том")  # a piece of each of its words, in lower case (appeals._may_hold)


def journal_head(text: str) -> tuple[str, str | None, int] | None:
    """(the article's title, the date it was published online, where the title's line starts) of a text that opens with a
    journal's name over its volume line and its history ("Received … / Accepted … / Published online
    …"): the journal's name is no title; the title is the first line after the history that is no
    label of the article's kind nor a link. None unless both the volume line and the history stand
    among the first lines."""
    head = text[:800]
    if not _may_hold(head, _VOLUME_PIECES) or not _VOLUME_WORD.search(head):
        return None  # cheap guard: no volume line
    from azmap.corpus.metadata import parse_date

    found = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[:3000])][:12]
    lines = [line for _, line in found]
    volume = next((k for k, line in enumerate(lines[:4]) if k and _VOLUME.match(line)), None)
    history = next((k for k, line in enumerate(lines) if _HISTORY.search(line) and len(line) <= 200
                    and (_PUBLISHED_PART.search(line) or _ACCEPTED_PART.search(line))), None)
    if volume is None or history is None or history < volume:
        return None
    at, title = next(((at, line) for at, line in found[history + 1:] if not _ARTICLE_TYPE.match(line.strip("#*_ "))),
                     (0, None))
    if not title or len(title) > 300 or title.endswith("."):
        return None
    when = _PUBLISHED_PART.search(lines[history]) or _ACCEPTED_PART.search(lines[history])
    return title.strip("#*_ "), parse_date(when.group(1)) if when else None, at
