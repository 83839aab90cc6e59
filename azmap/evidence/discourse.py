"""The document's own word: one sense per discourse.

Once a document establishes that a name denotes something other than the place, its bare later
uses in that document take that sense unless a place cue overrides: a club ("Gabala FK", then
"Gabala were top"), a vessel ("the cruiser Moskva", then "the Moskva"), a person introduced by full
name and then addressed by first name ("Jordan Mercer", then "Jordan, thanks"), a historical polity
or people ("Caucasian Albania", then "the Albanians"), a U.S. state ("Atlanta, Georgia", "Georgia
Tech", then "Georgia"). The reverse holds too: where the document uses the name for the place,
weak evidence against a use of it does not reject it.

``DocumentSenses`` is built once per document from what the span module and the place cues say
about every candidate of every passage, then asked about each candidate as its passage is linked.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from azmap.evidence import STRONG, Verdict
from azmap.evidence.cues import place_cue

# which kinds of "something else" carry over to the document's bare uses of the name, and by what
# key: the surface itself (a club, vessel or person is called by that one word), or the feature's
# names of the same root ("Albania", "Albanians", "Albanian": a polity and its people)
_BY_SURFACE = ("club", "vessel", "person")
_BY_ROOT = ("historical polity or people", "U.S. state")
# a U.S. state's own institutions after its name
_US_INSTITUTION = re.compile(r"^\s+(?:National\s+Guard|General\s+Assembly|State\s+(?:University|Senate|Capitol|Patrol)|"
                             r"Senate|House\s+of\s+Representatives|Supreme\s+Court|legislature|Legislature|governor|"
                             r"Governor|Department\s+of|Tech|Bulldogs|Power|Aquarium|Peach)\b")
_US_WORDS = re.compile(r"\b(?:U\.S\.|USA|United\s+States|American|Americans)\b")
_STATE_OF = re.compile(r"\b(?:state|State)\s+of\s+$")
_MODERN_CUE = re.compile(r"\b(?:modern|today|today's|today’s|present-day|contemporary|now)\b", re.I)


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    """A surface as a key: case, accents and the dotless i do not matter ("Qarabağ" = "Qarabag")."""
    s = unicodedata.normalize("NFKD", s.casefold().replace("ı", "i"))
    return "".join(c for c in s if not unicodedata.combining(c))


def root(s: str) -> str:
    return fold(s)[:5]


@dataclass
class DocumentSenses:
    """What a document has established about its names."""

    other: dict = field(default_factory=dict)  # key → Verdict (first strong evidence of another sense)
    place: dict = field(default_factory=dict)  # key → the first place cue
    us: dict = field(default_factory=dict)  # feature id → how many signs of a U.S. state
    sporty: bool = False
    candidates: dict = field(default_factory=dict)  # passage text → its candidates, read once
    words: dict = field(default_factory=dict)  # passage text → its words (runs of word characters), read once
    abbrevs: dict = field(default_factory=dict)  # abbreviation → {"other": [...], "feature": [...]}
    takes_article: frozenset = frozenset()  # names the document writes with "the" ("the Kremlin")

    @staticmethod
    def keys(feature_id: str, surface: str) -> tuple[tuple, tuple]:
        folded = fold(surface)
        return ("s", feature_id, folded), ("r", feature_id, folded[:5])  # root(surface)

    def other_sense(self, feature_id: str, surface: str, how: str) -> Verdict | None:
        if not self.other:
            return None  # (most documents establish no other sense)
        by_surface, by_root = self.keys(feature_id, surface)
        v = self.other.get(by_surface)
        if v and v.kind in _BY_SURFACE and how in ("name", "abbrev"):
            return v
        v = self.other.get(by_root)
        if v and v.kind == "historical polity or people":
            return v
        if v and v.kind == "U.S. state" and how == "name":
            return v
        return None

    def place_sense(self, feature_id: str, surface: str) -> str | None:
        if not self.place:
            return None
        by_surface, by_root = self.keys(feature_id, surface)
        return self.place.get(by_surface) or self.place.get(by_root)


def build(candidates, texts: list[str], sporty: bool = False, us_states=frozenset()) -> DocumentSenses:
    """The senses a document establishes. ``candidates``: (text index, start, end, surface, feature
    id, how, span verdict or None, place cue or None) for every candidate of every passage;
    ``us_states``: the names of the U.S. states (a place may share one)."""
    senses = DocumentSenses(sporty=sporty)
    pairs = []
    weak: set = set()
    for i, start, end, surface, fid, how, verdict, cue in candidates:
        by_surface, by_root = DocumentSenses.keys(fid, surface)
        text = texts[i]
        if verdict is not None and verdict.strength == STRONG:
            if verdict.kind in _BY_SURFACE:
                senses.other.setdefault(by_surface, verdict)
            elif verdict.kind == "historical polity or people":
                senses.other.setdefault(by_root, verdict)
            elif verdict.kind in ("person", "longer name of another thing") and how == "name":
                pairs.append((by_surface, verdict))
        if verdict is not None and verdict.strength != STRONG:
            weak.add(by_surface)
            weak.add(by_root)
        if how == "name" and surface in us_states:
            us = 0
            if _US_INSTITUTION.match(text[end:end + 40]):
                us += 1
            if _STATE_OF.search(text[max(0, start - 12):start]):
                us += 2
            if re.match(r"^,\s+(?:USA|U\.S\.)", text[end:end + 8]):
                us += 2
            if us:
                senses.us[fid] = senses.us.get(fid, 0) + us
                senses.us.setdefault(("first", fid), (surface, text[start:end + 30]))
    if weak:  # where weak evidence speaks against a name, the document's own uses of it for the place
        for i, start, end, surface, fid, how, verdict, cue in candidates:
            by_surface, by_root = DocumentSenses.keys(fid, surface)
            if verdict is None and (by_surface in weak or by_root in weak):
                cue = cue or place_cue(texts[i], start, end)
                if cue:
                    senses.place.setdefault(by_surface, cue)
                    senses.place.setdefault(by_root, cue)
    whole = "\n\n".join(texts) if pairs or senses.us else ""
    us_context = bool(senses.us and _US_WORDS.search(whole))
    # a longer name is a person's when its second word is used alone elsewhere ("Jordan Mercer" … "MERCER:")
    for key, verdict in pairs:
        if verdict.kind == "person":
            senses.other.setdefault(key, verdict)
            continue
        words = verdict.shown_by.strip("“”").split()
        if len(words) != 2 or not words[1][:1].isupper():
            continue
        alone = rf"(?:{re.escape(words[1])}|{re.escape(words[1].upper())})(?![\w-])"
        if _count_apart(alone, whole) > _count_apart(rf"{re.escape(words[0])}\s+(?<![\w-]){alone}", whole):
            senses.other.setdefault(key, Verdict("person", STRONG, verdict.shown_by))
    for fid, n in list(senses.us.items()):
        if isinstance(fid, tuple):
            continue
        if n + (2 if us_context else 0) >= 2:
            surface, shown = senses.us[("first", fid)]
            senses.other.setdefault(("r", fid, root(surface)),
                                    Verdict("U.S. state", STRONG, "“" + " ".join(shown.split()) + "”"))
    return senses


def _count_apart(pattern: str, text: str) -> int:
    r"""len(re.findall(r"(?<![\w-])" + pattern, text)): the matches that no word character or hyphen
    stands right before. Without the look-behind at its head, a pattern that begins with a word is
    looked for only where its first letter stands."""
    rx = re.compile(pattern)
    n = 0
    m = rx.search(text)
    while m is not None:
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "_-"):  # inside a word: again from the next character
            m = rx.search(text, at + 1)
            continue
        n += 1
        m = rx.search(text, m.end() if m.end() > at else at + 1)
    return n


def us_town(text: str, start: int, end: int) -> str | None:
    """"Savannah, Georgia": a town before the name, the name a state's (asked where the document
    has established a U.S. state)."""
    m = re.search(r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+$", text[max(0, start - 30):start])
    return f"“{m.group(1)}, {text[start:end]}”" if m else None


def modern_cue(sentence: str) -> bool:
    return bool(_MODERN_CUE.search(sentence))
