"""A search query as a person types it: words, "quoted phrases", possessives and apostrophes.

Words match as prefixes ("pipe" finds "pipelines"); a quoted phrase matches those words in that
order and nothing else ("South Caucasus" does not find "Southern Caucasus"); "Azerbaijan's"
is the word "Azerbaijan" (the possessive is not a word of its own); a word written with inner
punctuation ("Baku-Tbilisi", "Naxçıvan's") is the phrase of its parts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(r'["“”„«»]([^"“”„«»]*)["“”„«»]?')
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.I)
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


@dataclass(frozen=True)
class Part:
    words: tuple[str, ...]  # as typed (apostrophes and possessives dropped)
    phrase: bool  # matched as a phrase (quoted, or one typed word of several parts)


def parse(query: str) -> list[Part]:
    """The parts of a query, in order. Empty parts are dropped."""
    parts: list[Part] = []
    pos = 0
    for m in _QUOTED.finditer(query):
        parts += _loose(query[pos:m.start()])
        words = tuple(_words(m.group(1)))
        if words:
            parts.append(Part(words, True))
        pos = m.end()
    parts += _loose(query[pos:])
    return parts


def _words(text: str) -> list[str]:
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHE.sub("", text)  # O'Brien, Naxçıvan’ı: one word
    return re.findall(r"[^\W_]+", text)


def _loose(text: str) -> list[Part]:
    out = []
    for chunk in text.split():
        words = tuple(_words(chunk))
        if words:
            out.append(Part(words, len(words) > 1))
    return out


def highlighter(parts: list[Part]) -> re.Pattern | None:
    """A pattern for the stretches of a text that a query's parts match (for highlighting)."""
    alternatives = []
    for p in parts:
        if p.phrase:
            alternatives.append(r"\W+".join(re.escape(w) for w in p.words) + r"(?!\w)")
        else:
            alternatives.append(re.escape(p.words[0]) + r"\w*")
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")", re.I)
