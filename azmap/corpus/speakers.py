"""The people of a transcript or a panel: a participants line's names, the speakers' turns ("DR. A B: …",
"Moderator (A B): …"), the listed and the speaking merged, the person a speech's title names.
"""
from __future__ import annotations

import re
from itertools import islice

from azmap.corpus import register_notice, role_lines
from azmap.corpus.words import ROLE_LABELS
from azmap.corpus.line_forms import _upper_share
from azmap.corpus.person_names import _INSTITUTION, _is_personal_name, _names, _PERSON, _person, _RANKS, _ROLE_WORDS

_PARTICIPANTS = re.compile(r"^(?:participants|speakers|panel(?:ists)?|(?:members |also )?present|on the panel|"
                           r"witness(?:es)?|panel of witnesses|on the (?:platform|podium|rostrum|stage)|hosts?|guests?|moderator|interviewer|interviewee|respondent|narrator|chair|"
                           r"hosted by|presenters?|moderation|animation|invités?|gäste|gast|ospiti|invitados?|"
                           rf"{role_lines.LABEL_WORDS})"  # (a programme's roles, a bench's label: role_lines.py)
                           r"\s*(?::\s*(.*)|$)", re.I)

# a transcript's turn: "DR. EMIN SADIGOV: ...", after its time stamp ("[00:12:31] CHAIR (Aysel Mirzayeva): ...") or
# a caption's change of speaker (">> TIMUR BEKOV: …"), in any alphabet's capitals ("SELİN KAYA", "АЙСЕЛЬ
# МИРЗАЕВА"), the colon perhaps after a space as French sets it ("ANIMATEUR : …")
_CAPS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper()) + "А-ЯЁ"
_SPEAKER = re.compile(rf"^(?:>>\s*)?(?:\[\d{{1,2}}:\d\d(?::\d\d)?\]\s*)?([{_CAPS}][{_CAPS}.'’()\- ]{{2,60}}?"
                      rf"(?: \([^()\n:]{{3,60}}\))?) ?:\s+\S", re.M)


# the office a bench's or a committee's member holds, before her name on a "Present:" line
_OFFICE = re.compile(r"^(?:(?:vice|deputy)[- ])?(?:president|presidents|judges?|arbitrators?|registrar|members?|chair|"
                     r"co-chairs?|commissioners?|rapporteur|secretary(?: of the (?:tribunal|court|committee))?|"
                     r"assessors?|umpire)\s+(?=[A-ZÀ-ÞƏİ])", re.I)


def bench_names(text: str) -> list[str]:
    """The names of a bench's or a committee's members after their offices, the offices apart by
    semicolons ("President A; Judges B, C and D; Registrar E" → A, B, C, D, E); [] for any other list."""
    if ";" not in text or not _OFFICE.match(text.strip()):
        return []
    bench = [_OFFICE.sub("", g.strip()) for g in text.split(";")]
    names = [n.strip() for g in bench for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", g) if n.strip()]
    return [n for n in names if _PERSON.match(n)]  # ("presiding" after a name: no one)


def _participants(text: str) -> list[str]:
    """The people of a participants or witnesses line: "A; B; C", "A, B and C", or one person with
    a title and an affiliation ("Professor Elif Kaya, Chair of …, University of …")."""
    parts = role_lines.roles(text)
    if len(parts) > 1:  # "A. Guest: B, post.": each role's people in turn (role_lines.py)
        return list(dict.fromkeys(n for p in parts for n in _participants(p)))
    return [role_lines.member(n) for n in _listed(text)]  # "Justice A (President)" is A


def _listed(text: str) -> list[str]:
    text = text.strip().rstrip(".")
    if not text:
        return []
    names = bench_names(text)
    if names:
        return names
    if ";" not in text and "," in text:
        masked = re.sub(r"\([^()]{1,60}\)", lambda m: m.group(0).replace(",", "\0"), text)  # an aside's commas
        pieces = [p.strip().replace("\0", ",") for p in re.split(r",\s*(?:and\s+)?|\s+(?:and|et|und|e|y)\s+", masked)
                  if p.strip()]
        if not all(_PERSON.match(_person(p)["name"]) and not _INSTITUTION.search(p) for p in pieces):
            one = _person(text)["name"]  # one person with her post; a turn's words in capitals after a role's
            return [] if _upper_share(text) > 0.9 and not _is_personal_name(one) else [one]  # label are none
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
    """A speaker's label that names a role and no one ("THE CHAIRMAN", "Chair", "Q1 Chair"), in any language
    ("MODERATORIN", "ANIMATEUR", "ВЕДУЩИЙ", "MODERATÖR": words.ROLE_LABELS)."""
    return all(w.lower() in _RANKS or w.lower() in _ROLES or w.lower().strip(".:").replace("ı", "i") in ROLE_LABELS
               or re.fullmatch(r"q\d+", w.lower()) for w in label.replace("İ", "I").split())


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


# a turn's label set in bold as a web page's transcript sets it ("**ANAHIT SARGSYAN:** …", "**NOM :**")
_BOLD_LABEL = re.compile(rf"^(\*\*|__)([{_CAPS}][{_CAPS}.'’\- ]{{2,60}}?)( ?:)\1(?=\s+\S)", re.M)


def _unbolded(match: re.Match) -> str:
    """A bold label in capitals as plain text where it is a person's name ("ANAHIT SARGSYAN:"); others,
    "UPDATE:", "NOTE:", as they stand."""
    label = match.group(2).strip()
    return label + match.group(3) if _is_personal_name(_person(label.title())["name"]) else match.group(0)


def _speakers(text: str) -> list[str]:
    """A transcript's speakers, from its turns ("AMBASSADOR RUTH KELLER: ..."), when at least two
    people take turns and each turn starts a paragraph (its label in bold allowed when it is a name)."""
    if "**" in text or "__" in text:
        text = _BOLD_LABEL.sub(_unbolded, text)
    # (a line in capitals through and through, "POTI: THE DREDGERS ARRIVE", is a section's headline:
    # a turn's words after its label are in mixed case, unless the whole text is set in capitals)
    capitals = set_in_capitals(text)
    labels = [m.group(1).strip() for m in _SPEAKER.finditer(text)
              if capitals or not _headline_in_capitals(text[m.end(1):text.find("\n", m.end(1)) % (len(text) + 1)])]
    labels = [label for label in labels if not register_notice.field_label(label)]  # "AGENCY:" (register_notice.py)
    if len(set(labels)) < 2 or len(labels) < 3 or any(len(label) < 4 for label in labels):
        return []
    out: list[str] = []
    turkic = "İ" in text  # (a dotted capital I: Turkish or Azerbaijani, whose capital I without a dot is an ı)
    for label in labels:
        aside = re.search(r"\(([^()]+)\)$", label)
        if aside and _is_role(label[:aside.start()]):  # "CHAIR (Aysel Mirzayeva)": the chair is named
            label = aside.group(1).strip()
        name = _person(_turkic_name(label) if turkic and label.isupper() else label)["name"]
        if name not in out and not _is_role(label):
            out.append(name.replace("i\u0307", "i"))  # ("SELİN" is "Selin": a dotted capital I is an i)
    return out


def _turkic_name(label: str) -> str:
    """A name in capitals as Turkish and Azerbaijani write it: "EMRE AYDIN" is "Emre Aydın", "SELİN" "Selin"."""
    return " ".join(w[0] + w[1:].replace("I", "ı").replace("İ", "i").lower() for w in label.split())


def set_in_capitals(text: str) -> bool:
    """Whether a text is set in capitals through and through (an old wire's transcript, closed captions):
    a hundred letters at least, none in lower case."""
    letters = 0
    for c in text:
        if c.isalpha():
            if c.islower():
                return False
            letters += 1
    return letters >= 100


def _headline_in_capitals(rest: str) -> bool:
    """Whether what follows a label on its line is a headline's words in capitals (three letters at least,
    none in lower case)."""
    letters = [c for c in rest if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)
