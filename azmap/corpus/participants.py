"""People a document lists as taking part: "Members present: A (Chair); B; C", "Witnesses: Rank A,
post, service; Dr B, post, body", "Present:" or "Attendees:" over one person a line ("Name, Body
(role)"), a "Participants" heading over a list of them, and the same labels in German, French,
Spanish and Russian; an "Apologies:" line or list names those who were not there.

The names (ranks and honorifics off) are the document's participants; the lists themselves are
metadata, not text to quote: furniture, wherever they stand.
"""
from __future__ import annotations

import re

from azmap.corpus.appeals import _CASE_ODD

# a label over the people present, or the heading of their list
_PRESENT = (r"(?:(?:members|those|also|others?)\s+)?present|in attendance|attendees|attendance|attending|participants|"
            r"witness(?:es)?|panel of witnesses|anwesend|teilnehmer(?:innen)?|teilnehmende|présents?|participants|"
            r"asistentes|presentes|присутствовали|участники|on the (?:platform|podium|rostrum|dais)|"
            r"sur (?:l['’]estrade|la tribune)|auf dem podium|en el estrado|на трибуне|"
            r"hosts?|hosted by|presenters?|guests?|moderation|animation|invités?|gäste|gast|ospiti|invitados?")
_ABSENT = r"apologies(?: for absence)?|apologies received|regrets|absent|entschuldigt|abwesend|excusés?|absents?|" \
          r"ausentes|отсутствовали"
_LABEL = re.compile(rf"^[*_\s]*(?:[-•]\s+[*_]*)?(?:({_PRESENT})|({_ABSENT}))\s*[*_]*\s*:?\s*[*_]*\s*(.*?)\s*$", re.I)
_HEADING = re.compile(rf"^(?:{_PRESENT}|participants and apologies)$", re.I)
_BULLET = re.compile(r"^\s*(?:[-*+•·–]\s+|\d{1,2}[.)]\s+)")
_ASIDE = re.compile(r"\s*\([^()]{1,60}\)")  # "(Chair)", "(by video)", "(observer)"
_CHEAP = re.compile(rf"(?im)^[*_#\s-]*(?:{_PRESENT}|{_ABSENT})\b")
# the same on the text's lower case, case for case, where no letter stands that a case-blind pattern reads
# otherwise than its lower case (appeals._CASE_ODD): a case-blind alternation of many words is slow; and at
# the text's start or after a line break found as a character (every line start but the first follows one),
# not by "^" asked at every position
_LABEL_AT = re.compile(rf"[*_#\s-]*(?:{_PRESENT}|{_ABSENT})\b")
_LABEL_AFTER_BREAK = re.compile(rf"\n[*_#\s-]*(?:{_PRESENT}|{_ABSENT})\b")


def _label_in_lower_case(low: str) -> bool:
    """Whether _CHEAP finds a label in the text whose lower case ``low`` is (see above)."""
    return _LABEL_AT.match(low) is not None or _LABEL_AFTER_BREAK.search(low) is not None
_WORDS = ("present", "attend", "witness", "participant", "apolog", "regrets", "absent", "anwesend", "teilnehm",
          "entschuldigt", "abwesend", "présent", "excus", "asistent", "ausente", "присутств", "участник",
          "отсутств", "platform", "podium", "rostrum", "dais", "estrade", "tribune", "estrado", "трибун", "host",
          "presenter", "guest", "moderation", "animation", "invit", "gäste", "gast", "ospiti")
_TOP_CHARS = 6000  # where a document lists its people: near its top


def _label(line: str):
    """(present?, what follows the label) of a label line, or None."""
    m = _LABEL.match(line)
    if not m or len(line) > 600:
        return None
    rest = m.group(3)
    if rest and not line[:m.start(3)].rstrip(" *_").endswith(":"):
        return None  # "Present at the meeting were …": a sentence, no label
    return bool(m.group(1)), rest


def _entries(rest: str) -> list[str]:
    """The entries of a label's line: "A (Chair); B; C" or "A, post; B, post" (at semicolons), else
    "A, B and C" when every piece is a person's name, else one entry."""
    from azmap.corpus.metadata import _is_personal_name

    rest = rest.strip().rstrip(".")
    # another label's sentence after the list ("…; C, post. Moderator: D, post."): its entries too
    sentences = re.split(r"\.\s+(?=[*_]*[A-ZÀ-ÞА-Я][\w ]{1,30}[*_]*:[*_]*\s)", rest)
    if len(sentences) > 1:
        return _entries(sentences[0]) + [e for more in sentences[1:] for e in _entries(
            re.sub(r"^[*_]*[\w ]{1,30}[*_]*:[*_]*\s*", "", more))]
    if ";" in rest:
        from azmap.corpus.speakers import bench_names

        return bench_names(rest) or [p.strip() for p in rest.split(";") if p.strip()]
    masked = _ASIDE.sub(lambda m: m.group(0).replace(",", "\0"), rest)  # "A (planner, Kuryk) and B": an aside's comma
    pieces = [p.strip().replace("\0", ",") for p in re.split(r",\s*(?:and\s+|und\s+|et\s+)?|\s+(?:and|und|et|y|и)\s+",
                                                             masked) if p.strip()]
    if len(pieces) > 1 and all(_is_personal_name(_ASIDE.sub("", p)) for p in pieces):
        return pieces
    return [rest] if rest else []


def person(entry: str) -> str | None:
    """The name of an entry ("Major General Erik Lindahl, Deputy Chief …, Army" → "Erik Lindahl",
    "Helena Varga (Chair)" → "Helena Varga"); None when it names a body, not a person."""
    from azmap.corpus.metadata import _INSTITUTION, _is_personal_name, _person

    entry = _BULLET.sub("", entry).strip().strip("*_").strip()
    first = _ASIDE.sub("", entry).split(",")[0].strip().rstrip(".")
    name = _person(first)["name"] if first else None
    if not name or _INSTITUTION.search(first) or not _is_personal_name(name) or len(name.split()) > 4:
        return None
    return name


def _listed_line(line: str) -> bool:
    """A line of a list of people or bodies: short, no sentence in it."""
    t = _BULLET.sub("", line).strip().strip("*_")
    return 0 < len(t) <= 160 and not re.search(r"[.!?]\s+\S", t) and not t.endswith(("?", "!"))


def people_list(lines: list[str], heading: str = "") -> bool | None:
    """Whether a block of lines is a list of people present or absent: a label with its entries on
    the line ("Members present: …", "Apologies: X."), a label over one entry a line, or, under a
    participants heading, entries that each start with a person's name. None when it is not."""
    if not lines:
        return None
    label = _label(lines[0].strip())
    if label is not None:
        present, rest = label
        if rest and len(lines) == 1:
            entries = _entries(rest)
            return bool(entries) and (not present or any(person(e) for e in entries)) \
                and all(_listed_line(e) for e in entries) or None
        if not rest and len(lines) >= 2 and all(_listed_line(ln) for ln in lines[1:]):
            return not present or any(person(ln) for ln in lines[1:]) or None
        return None
    if heading and _HEADING.match(heading.strip().rstrip(":")) \
            and all(_listed_line(ln) and person(ln) for ln in lines):
        return True
    return None


def listed(text: str) -> tuple[list[str], list[str]]:
    """(the people listed as present, the entries listed as absent) near the top of a text: the
    entries of each label line or label block, and of the list under a participants heading."""
    top = text[:_TOP_CHARS]
    low = top.lower()
    if not any(map(low.__contains__, _WORDS)) \
            or not (_CHEAP.search(top) if _CASE_ODD.search(top) else _label_in_lower_case(low)):
        return [], []
    present: list[str] = []
    absent: list[str] = []
    blocks = [b.split("\n") for b in re.split(r"\n[ \t]*\n", top)]
    heading = ""
    for lines in blocks:
        lines = [ln for ln in lines if ln.strip()]
        if not lines:
            continue
        first = lines[0].strip()
        if first.startswith("#") and len(lines) == 1:
            heading = first.lstrip("#").strip()
            continue
        for k, line in enumerate(lines):
            label = _label(line.strip())
            if label is None:
                continue
            is_present, rest = label
            for more in lines[k + 1:] if rest.rstrip().endswith((",", ";")) else ():
                rest += " " + more.strip()  # the line wraps onto the next ("Present: A; B,\nC; D")
                if not more.rstrip().endswith((",", ";")):
                    break
            entries = _entries(rest) if rest else [ln for ln in lines[k + 1:] if _listed_line(ln)]
            (present if is_present else absent).extend(entries)
            break
        else:
            if heading and _HEADING.match(heading.rstrip(":")) and all(_listed_line(ln) for ln in lines):
                present.extend(lines)
        if not first.startswith("#") and not all(_BULLET.match(ln) for ln in lines):
            heading = ""  # (a loose list, an item a block, stays under its heading)
    names = []
    for entry in present:
        name = person(entry)
        if name and name not in names:
            names.append(name)
    return names, [_BULLET.sub("", e).strip() for e in absent]


def settle(meta, text: str) -> None:
    """The people a text lists as present become its participants (after any it names already); a
    name found under the title that is only an entry of these lists is no author."""
    names, absent = listed(text)
    if not names and not absent:
        return
    entries = {n.casefold() for n in names} | {_ASIDE.sub("", e).strip(" .").casefold() for e in absent}
    if meta.authors and meta.evidence.get("authors") == "name under the title" \
            and all(a["name"].casefold() in entries for a in meta.authors):
        meta.authors = []
        meta.author = None
        meta.evidence.pop("authors", None)
        meta.evidence.pop("author", None)
    added = [n for n in names if n not in meta.participants]
    if added:
        meta.participants += added
        meta.evidence.setdefault("participants", "list of those present")
