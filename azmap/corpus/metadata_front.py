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
  more than 3 years ago"): no title.

Each reads one line and guesses nothing: a line that does not have the form whole gives nothing.
"""
from __future__ import annotations

import re

# a role and nobody: "Our Correspondent", "Staff Writer", "A Special Correspondent", "Staff"
_ANONYMOUS = re.compile(r"^(?:by\s+)?(?:(?:an?|our|the|from our)\s+)?(?:(?:own|special|staff|foreign|political|"
                        r"diplomatic|local|regional)\s+)*(?:correspondents?|reporters?|writers?|staff|journalists?)$",
                        re.I)
_NOTE_BY = re.compile(r"^(?:this|the following)\s+(?:is\s+an?\s+)?(?:guest\s+)?(?:post|article|piece|essay|column|"
                      r"blog post|text|story|commentary|op-ed)\s+(?:(?:was|is|has been)\s+)?(?:written\s+|contributed\s+)?"
                      r"by\s+([^,.;]{3,60}?)(?:,\s*(?:a|an|the)?\s*([^.]{3,160}?))?\.?$", re.I)
_INTERVIEW_WITH = re.compile(r"(?:^|\b)(?:q\s?&\s?a|q and a|(?:an\s+)?interview|(?:in\s+)?conversation|talking|a talk)"
                             r"\s+with\s+(.+)$", re.I)
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
