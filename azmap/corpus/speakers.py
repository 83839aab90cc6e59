"""The people of a transcript or a panel: a participants line's names, the speakers' turns ("DR. A B: …",
"Moderator (A B): …"), the listed and the speaking merged, the person a speech's title names.
"""
from __future__ import annotations

import re
from itertools import islice

from azmap.corpus.person_names import _INSTITUTION, _is_personal_name, _names, _PERSON, _person, _RANKS, _ROLE_WORDS

_PARTICIPANTS = re.compile(r"^(?:participants|speakers|panel(?:ists)?|(?:members |also )?present|on the panel|"
                           r"witness(?:es)?|panel of witnesses|on the (?:platform|podium|rostrum|stage)|hosts?|guests?|moderator|interviewer|interviewee|respondent|narrator|chair)"
                           r"\s*(?::\s*(.*)|$)", re.I)

# a transcript's turn: "DR. EMIN SADIGOV: ...", after its time stamp ("[00:12:31] CHAIR (Aysel Mirzayeva): ...")
_SPEAKER = re.compile(r"^(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s*)?([A-Z][A-Z.'’()\- ]{2,60}?(?: \([^()\n:]{3,60}\))?):\s+\S", re.M)


def _participants(text: str) -> list[str]:
    """The people of a participants or witnesses line: "A; B; C", "A, B and C", or one person with
    a title and an affiliation ("Professor Elif Kaya, Chair of …, University of …")."""
    text = text.strip().rstrip(".")
    if not text:
        return []
    if ";" not in text and "," in text:
        masked = re.sub(r"\([^()]{1,60}\)", lambda m: m.group(0).replace(",", "\0"), text)  # an aside's commas
        pieces = [p.strip().replace("\0", ",") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", masked) if p.strip()]
        if not all(_PERSON.match(_person(p)["name"]) and not _INSTITUTION.search(p) for p in pieces):
            return [_person(text)["name"]]
        if masked != text:  # "A (port planner, Kuryk) and B (lawyer, Baku)"
            return [_person(p)["name"] for p in pieces]
    return _names(text)


_TURN = re.compile(r"^([A-Z][\w.'’-]*(?: [\w.'’()-]+){0,5}):\s+\S", re.M)


def _named_turns(text: str) -> list[str]:
    """The people named by a transcript's turns in mixed case: "Ayten Musayeva: …", "Moderator
    (Helen Carter): …" (a label that is no person's name is left out)."""
    out = []
    for m in islice(_TURN.finditer(text), 2000):
        label = m.group(1)
        aside = re.search(r"\(([^()]+)\)\s*$", label)
        name = aside.group(1).strip() if aside else label
        if _PERSON.match(name) and not _INSTITUTION.search(name) and name not in out:
            out.append(name)
    return out


def _merge_speakers(listed: list[str], speakers: list[str]) -> list[str]:
    """The people listed, then those who speak without being listed (a speaker's label names a
    listed person by surname: "MS. LINDQVIST" is Hannah Lindqvist). A role alone is no person."""
    out = list(listed)
    surnames = {n.split()[-1].casefold() for n in listed if n.split()}
    for name in speakers:
        words = name.split()
        if not words or _is_role(name) or words[-1].casefold() in surnames \
                or name.casefold() in (n.casefold() for n in out):
            continue
        out.append(name)
    return out


_ROLES = frozenset("""the madam mister question questions answer q a audience voice unidentified speaker reporter
    journalist interviewer participant member members floor""".split())


def _is_role(label: str) -> bool:
    """A speaker's label that names a role and no one ("THE CHAIRMAN", "Chair", "Q1 Chair")."""
    return all(w.lower() in _RANKS or w.lower() in _ROLES or re.fullmatch(r"q\d+", w.lower())
               for w in label.split())


def _participants_list(lines) -> bool:
    """A "Speakers:" label over a person on each line, with her role ("Name, Role, Institute"):
    however long, no sentence among them."""
    texts = [m.group(0).strip() for m in lines]
    return bool(_PARTICIPANTS.match(texts[0])) and not _SPEAKER.match(texts[0]) and 2 <= len(texts) <= 16 \
        and all(len(t) <= 150 and not re.search(r"[.!?]$", t) and not _SPEAKER.match(t) for t in texts[1:])


_SPEECH = re.compile(r"^(?:speech|statement|remarks|address|lecture|keynote(?: address)?|opening remarks|"
                     r"(?:(?:press|media|weekly|regular|daily) )?briefing|(?:press|news) conference|"
                     r"op-ed|interview)\s+(?:by|of|with)\s+(.+?)(?:,?\s+(?:at|on|to|before|in|during)\s+.*)?$", re.I)


_OFFICE_WORDS = _ROLE_WORDS | _RANKS | frozenset("""the official spokesperson spokesman spokeswoman vice prime
    first foreign his her excellency h.e. state""".split())


def _speaker_in_title(title: str) -> str | None:
    """The person a speech or statement is by, as its title names them ("Speech by the Minister
    of Economy, Elvin Rahimli, at the … Forum")."""
    m = _SPEECH.match(title)
    if not m:
        return None
    for part in reversed([p.strip() for p in m.group(1).split(",")]):
        tokens = part.split()
        while len(tokens) > 2 and tokens[0].lower() in _OFFICE_WORDS:
            tokens.pop(0)  # "the Official Spokesperson A", "President A"
        name = _person(" ".join(tokens))["name"]
        if _is_personal_name(name):
            return name
    return None


def _speakers(text: str) -> list[str]:
    """A transcript's speakers, from its turns ("AMBASSADOR RUTH KELLER: ..."), when at least two
    people take turns and each turn starts a paragraph."""
    # (a line in capitals through and through, "POTI: THE DREDGERS ARRIVE", is a section's headline:
    # a turn's words after its label are in mixed case)
    labels = [m.group(1).strip() for m in _SPEAKER.finditer(text)
              if not _headline_in_capitals(text[m.end(1):text.find("\n", m.end(1)) % (len(text) + 1)])]
    if len(set(labels)) < 2 or len(labels) < 3 or any(len(label) < 4 for label in labels):
        return []
    out: list[str] = []
    for label in labels:
        aside = re.search(r"\(([^()]+)\)$", label)
        if aside and _is_role(label[:aside.start()]):  # "CHAIR (Aysel Mirzayeva)": the chair is named
            label = aside.group(1).strip()
        name = _person(label)["name"]
        if name not in out and not _is_role(label):
            out.append(name)
    return out


def _headline_in_capitals(rest: str) -> bool:
    """Whether what follows a label on its line is a headline's words in capitals (three letters at least,
    none in lower case)."""
    letters = [c for c in rest if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)
