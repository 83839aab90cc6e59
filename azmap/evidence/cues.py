"""Place cues: words beside a name that say the place itself is meant.

A cue overrides what the document established about a bare name ("Gabala beat Sumgayit" earlier,
"the stadium in Gabala" here). Kinds of cue, not strings of a document: a preposition of place
before the name, a word for a kind of place after it or before "of", a sentence that says what the
place is ("Ceyhan is a town and oil port", "Armenia, the country after which…"), a dateline.
"""
from __future__ import annotations

import re

from azmap.evidence import span

_PLACE_NOUN = (r"(?:country|state|nation|republic|city|town|village|port|capital|region|province|district|rayon|"
               r"oblast|exclave|enclave|territory|terminal|lake|sea|island|peninsula|valley|settlement|kingdom|"
               r"monarchy|federation|neighbou?r)")
_PREPOSITIONS = frozenset("""in In near Near across Across outside Outside inside throughout within into around Around
via at At to from From toward towards visited visiting reached left""".split())
_PLACE_NOUNS = frozenset(_PLACE_NOUN.strip("(?:)").replace("neighbou?r", "neighbour|neighbor").split("|"))
_MODERN = frozenset("modern today's today’s present-day contemporary independent post-soviet".split())
_HEAD_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:district|region|town|city|province|oblast|village|rayon|border|borders|coast|coastline|"
    r"shore|sea|lake|"
    r"valley|port|airport|mountains|highlands|lowlands|plain|capital|government|parliament|president|"
    r"foreign\s+minist\w+|territory|frontier|countryside|economy|people|population|itself|proper)\b", re.I)
_IS_A_PLACE = re.compile(
    rf"^(?:\s*\([^)]{{0,60}}\))?(?:\s+(?:today|now|still|itself))?"
    rf"(?:,\s+(?:the|a|an)\s+{_PLACE_NOUN}\b|\s+(?:is|was|remains|lies|lay)\s+(?:now\s+)?"
    rf"(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){{0,4}}?{_PLACE_NOUN}s?\b|\s+(?:lies|lay|sits|stands|borders)\b)")
_DATELINE = re.compile(r"^,\s+(?:[A-Z][\w.]*\s*,?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+)"
                       r"|^\s+\(\w")


def place_cue(text: str, start: int, end: int) -> str | None:
    """The words that say the place is meant, or None."""
    before = text[max(0, start - 26):start]
    after = text[end:end + 90]
    if _IS_A_PLACE.match(after):
        return "said to be a place: " + _words(text[start:end + 60])
    if _HEAD_AFTER.match(after):
        return "a word for the place after it: " + _words(text[start:end + 25])
    words = span.tail(before)
    if words:
        low = [w.lower() for w in words]
        if low[-1] in _MODERN or (low[-1] == "of" and len(low) > 1 and low[-2] in _PLACE_NOUNS) or (
                low[-1] == "the" and len(low) > 2 and low[-2] == "of" and low[-3] in _PLACE_NOUNS):
            return "a word for the place before it: " + _words(" ".join(words) + " " + text[start:end])
        if words[-1] in _PREPOSITIONS:
            return "a preposition of place: " + _words(words[-1] + " " + text[start:end])
    if start < 40 and not text[:start].strip(" \t*•") and _DATELINE.match(after):
        return "a dateline"
    return None


def _words(s: str) -> str:
    s = " ".join(s.split())
    return f"“{s[:60]}”"
