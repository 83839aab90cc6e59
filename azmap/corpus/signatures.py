"""Authors a document names only at its end or in a credit near its top, in forms that are no byline:

- a note on who took the minutes, its last line ("*Minutes taken by A, working group secretariat,
  15 May 2025.*", "Notes by A, project office", "Protokoll: A, Geschäftsstelle, 16. Oktober 2025"):
  A is the author, the role her affiliation (unless A is listed among those present: then the
  minutes are the meeting's, and A one of its participants);
- a wire story's trailer ("(Reporting by A; translated and edited by the Caucasus desk)"): the
  reporters are the authors, whatever else the trailer credits;
- an interview's credit under its title ("Interview by A", "Interviewed by A"): A is the author,
  the person interviewed (a "Name, post" line over the credit, or the name leading a title
  "Name: 'quote'") a participant; the standfirst over the credit is no body;
- a signature block flush at the end of a statement (a name on a line, a post on the next):
  the signatory is the author, the post her affiliation.

An interview's note on how it was edited ("This interview has been condensed and edited.", "Our
answers are edited for length.") is furniture with them.

Each form is read whole or not at all; the lines read are no body.
"""
from __future__ import annotations

import re

from azmap.corpus import agency_signoff, channel_post, interview_credit

_MINUTES = re.compile(
    r"^(?:(?:the\s+)?(?:minutes|notes?|record|summary|read-?out)(?:\s+(?:taken|recorded|kept|prepared|written|drafted|"
    r"compiled))?\s+by|minute-?taker\s*:|note-?taker\s*:|rapporteur\s*:|protokoll(?:führung|führer(?:in)?)?\s*:|"
    r"protokolliert von|compte[- ]rendu(?:\s+rédigé)?\s+par|procès-verbal\s*(?::|par)|acta\s*(?::|por)|"
    r"протокол(?:ировал[а]?|\s+вел[а]?)?\s*:?)\s+(.+)$", re.I)
_TRAILER_AUTHOR = re.compile(r"^(?:reporting|reported|writing|written|story|text)\s+by\s+(.+)$", re.I)
_TRAILER_OTHER = re.compile(r"^[\w -]{2,60}?\s+by\s+.+$|^[A-Z][\w -]{1,30}:\s+\S", re.I)
# (a transcript's "Interviewer: A" label names a participant, as documents3's oral history has it)
_INTERVIEW_BY = re.compile(r"^(?:interview(?:ed)?|questions|conversation|in conversation with .{2,60}?,)\s+by\s+(.+?)\.?$",
                           re.I)
_POSTS = frozenset("""ambassador consul envoy chargé charge spokesperson spokesman spokeswoman governor mayor
    commissioner representative ombudsman attaché attache counsellor counselor rector dean chairman chairwoman
    chairperson ceo executive""".split())
_TOP_LINES = 12  # where an interview's credit stands: among the first lines
_EDITED = re.compile(
    r"^\W*(?:(?:this|the|our)\s+)?(?:interview|conversation|exchange|transcript|answers|responses|questions and answers|"
    r"q\s?&\s?a|text)\s+(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:lightly\s+|slightly\s+)?"
    r"(?:edited|condensed|shortened|abridged|translated)\b[^.!?,;:]{0,50}[.!]?$|"
    r"^\W*(?:das|dieses)\s+(?:interview|gespräch)\s+wurde\s+(?:\w+\s+)?(?:gekürzt|redigiert|bearbeitet)\b[^.!?]{0,60}\.?$|"
    r"^\W*(?:l['’]entretien|l['’]interview|cet entretien)\s+a\s+été\s+(?:\w+\s+)?(?:édité|condensé|raccourci|"
    r"abrégé)e?\b[^.!?]{0,60}\.?$|"
    r"^\W*интервью\s+(?:было\s+)?(?:сокращено|отредактировано)\b[^.!?]{0,60}\.?$", re.I)


def _plain(line: str) -> str:
    return line.strip().strip("*_").strip()


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group(0)) for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:end])]


def _last_lines(text: str, start: int, count: int) -> list[tuple[int, str]]:
    """The last ``count`` non-empty lines after ``start`` (within the last 1,500 characters), the
    last first, each with where it starts."""
    out: list[tuple[int, str]] = []
    end = len(text)
    floor = max(start, len(text) - 1500)
    while end > floor and len(out) < count:
        at = max(text.rfind("\n", floor, end) + 1, floor)
        if text[at:end].strip():
            out.append((at, text[at:end]))
        end = at - 1
    return out


def minutes_note(line: str) -> tuple[str, str | None] | None:
    """(name, role) of a note saying who took the minutes; None when the line is no such note."""
    from azmap.corpus.metadata import _is_personal_name, parse_date

    if len(line) > 300 or not (" by " in line or ":" in line or " par " in line or " von " in line
                               or " por " in line or "ротокол" in line):
        return None
    m = _MINUTES.match(_plain(line))
    if not m:
        return None
    rest = re.split(r"\.\s+(?=[A-ZÀ-ÞА-Я])", m.group(1).strip())[0].strip().rstrip(".")
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if not parts or not _is_personal_name(parts[0]):
        return None
    role = [p for p in parts[1:] if not parse_date(p) and not re.fullmatch(r"[\d.:/ –-]+", p)]
    return parts[0], ", ".join(role) or None


def trailer(line: str) -> list[str] | None:
    """The reporters a wire story's trailer names ("(Reporting by A and B; translated and edited by
    the desk)"): every part a "<role> by …" or a label, one of them the reporting; None otherwise."""
    from azmap.corpus.metadata_credits import _people

    line = _plain(line)
    if not (line.startswith("(") and line.endswith(")")) or len(line) > 300 or " by " not in line:
        return None
    authors: list[str] = []
    for part in (p.strip() for p in line[1:-1].split(";")):
        m = _TRAILER_AUTHOR.match(part)
        if m:
            people = _people(m.group(1))
            if not people:
                return None
            authors += [p for p in people if p not in authors]
        elif part and not _TRAILER_OTHER.match(part):
            return None
    return authors or None


def _post(line: str) -> bool:
    from azmap.corpus.metadata import _INSTITUTION, _ROLE_WORDS

    words = {w.lower().strip(",()") for w in line.split()}
    return 3 <= len(line) <= 120 and line[:1].isupper() and not line.endswith(".") \
        and bool(words & (_ROLE_WORDS | _POSTS) or _INSTITUTION.search(line))


def signature_block(text: str, start: int) -> tuple[str, str, int] | None:
    """(name, post, where the name starts) of a signature flush at a text's end: its last two lines
    (a blank line between them or none), a person's name alone, then a post."""
    from azmap.corpus.metadata import _is_personal_name

    lines = _lines(text, max(start, len(text) - 400), len(text))
    if len(lines) < 3:
        return None
    (at, _, name), (_, _, post) = lines[-2], lines[-1]
    if lines[-3][2].rstrip().endswith(",") and len(lines[-3][2].split()) <= 4:
        return None  # closing words over the name ("Yours sincerely,"): a letter's signature, read as such
    from azmap.corpus.byline_grammar import signed_mark
    from azmap.corpus.signature_lines import label_over

    if label_over(lines[-3][2]) and "\n\n" not in text[lines[-3][0]:at]:
        return None  # a label's value ("For bookings contact:", "Approved by:" over the name): no signature
    name, post = _plain(name), _plain(post)
    name = name[signed_mark(name):].strip()  # "f.to A", "gez. A", "/s/ A": the signature's mark before the name
    if not _is_personal_name(name) or not _post(post) or text.count("\n", at, lines[-1][0]) > 2:
        return None
    return name, post, at


def interview(text: str, title: str | None) -> tuple[str, str | None, int] | None:
    """(interviewer, interviewee, where the body starts) of an interview's credit among the first
    lines of a text ("Interview by A" under "B, post" or under a title "B: '…'"); None without one."""
    from azmap.corpus.metadata import _is_personal_name, _person

    low = text[:2000].lower()
    if "interview" not in low and "questions" not in low and "conversation" not in low:
        return None
    lines = _lines(text, 0, 2000)
    for k, (_, end, raw) in enumerate(lines[:_TOP_LINES]):
        m = _INTERVIEW_BY.match(_plain(raw))
        if not m:
            continue
        who = m.group(1).strip()
        if not _is_personal_name(who):
            return None
        guest = None
        if k and "," in lines[k - 1][2]:
            first = _person(_plain(lines[k - 1][2]))["name"]
            guest = first if first and _is_personal_name(first) else None
        if not guest and title and ":" in title:
            lead = title.split(":", 1)[0].strip()
            guest = lead if _is_personal_name(lead) else None
        return who, guest, end
    return None


def settle(meta, text: str, body_start: int) -> None:
    """The authors (and an interview's guest) these forms name, where no other form named them;
    the body ends over a note, trailer or signature at the end, and starts after an interview's credit."""
    def ends_at(at: int) -> None:
        meta.body_end = at if meta.body_end is None else min(meta.body_end, at)

    unnamed = not meta.authors and not meta.author
    for at, raw in _last_lines(text, body_start, 5):
        if len(raw) > 300:
            continue
        note = minutes_note(raw)
        if note:
            if unnamed and note[0] not in meta.participants:  # a member taking the minutes stays a participant
                meta.found("authors", [{"name": note[0], "affiliation": note[1]}], "note on who took the minutes")
            ends_at(at)
            return
        reporters = trailer(raw) or [n for n in [agency_signoff.signed(raw, text) or channel_post.footer_signature(raw)] if n]
        if reporters:
            if unnamed:
                meta.found("authors", [{"name": n, "affiliation": None} for n in reporters], "wire trailer")
            ends_at(at)
            return
    from azmap.corpus.metadata_credits import _at_the_end

    led = interview_credit.closing_credit(_last_lines(text, body_start, 10)) if unnamed else None
    if led and _at_the_end(text, body_start, led[1]):
        # (closing: the body's prose over it, none but the page's furniture under it; "Interview by A" over the
        # answers is none)  # an interview's closing credit, "Söhbətləşdi: A" (interview_credit.py)
        meta.found("authors", [{"name": n, "affiliation": None} for n in led[0]], "interview's closing credit")
        guest = interview_credit.guest_of(meta.title)
        if guest and guest not in meta.participants and guest not in led[0]:
            meta.participants.insert(0, guest)
            meta.evidence.setdefault("participants", "the person interviewed")
        ends_at(led[1])
        return
    credit = interview(text, meta.title)
    if credit:
        who, guest, end = credit
        if unnamed or [a["name"] for a in meta.authors] == [guest]:  # the guest's "Name, post" line is no byline
            meta.authors, meta.author = [], None
            meta.found("authors", [{"name": who, "affiliation": None}], "interview credit")
        if guest and guest not in meta.participants:
            meta.participants.insert(0, guest)
            meta.evidence.setdefault("participants", "the person interviewed")
        if not any(len(raw) > 250 for at, _, raw in _lines(text, meta.body_start, end)):
            meta.body_start = max(meta.body_start, end)  # a standfirst over the credit is no body; prose is
        return
    signed = signature_block(text, body_start) if unnamed else None
    if signed:
        meta.found("authors", [{"name": signed[0], "affiliation": signed[1]}], "signature block")
        ends_at(signed[2])


def is_editing_note(text: str) -> bool:
    """An interview's note on how it was edited ("This interview has been condensed and edited.")."""
    return len(text) <= 200 and bool(_EDITED.match(text.strip()))
