"""Feature → passage linking: find every mention of every feature, and rank passages for a feature.

A mention is a stretch of a passage's text that names a feature: its name or an alias (case as
written, or in capitals), an abbreviation (exact case), a demonym ("Iranian"), a capital standing
for its state ("Moscow" for Russia), or a phrase that names it without its name ("the exclave").
A *related* passage names none of these but speaks of the feature through a rule of
assets/linking.json ("the Southern Gas Corridor" for TAP); related passages come after direct ones.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from azmap.hit import Hit  # noqa: F401  (the record ranked passages come back as)
from azmap.paths import ASSETS_DIR

LINKER_VERSION = 4
_WORD = re.compile(r"\w+")
RULES_FILE = ASSETS_DIR / "linking.json"

WEIGHTS = {"name": 3.0, "abbrev": 3.0, "phrase": 2.5, "demonym": 1.5, "capital": 1.2, "member": 1.0}
DIRECT_HOWS = tuple(WEIGHTS)
RELATED_WEIGHT = 1.0


@dataclass(frozen=True)
class Mention:
    start: int  # offsets into the passage text
    end: int
    surface: str
    feature_id: str
    how: str  # name | abbrev | demonym | capital | phrase | member | related

    @property
    def relation(self) -> str:
        return "related" if self.how == "related" else "direct"


_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_APOSTROPHES = "'\u2019"


def _term_pattern(term: str, case_sensitive: bool) -> str:
    """A regex for a name: any dash for a dash, any apostrophe for an apostrophe, any space run for a space."""
    parts = []
    for ch in term:
        if ch in _DASHES:
            parts.append("[-\u2010\u2011\u2012\u2013\u2014]")
        elif ch in _APOSTROPHES:
            parts.append("['\u2019]")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    esc = "".join(parts)
    return esc if case_sensitive else f"(?i:{esc})"


class Linker:
    """Compiled matchers for every feature of a gazetteer."""

    def __init__(self, gazetteer, rules: dict | None = None):
        rules = rules if rules is not None else json.loads(RULES_FILE.read_text(encoding="utf-8"))
        self.gazetteer = gazetteer
        entries: dict[str, tuple[str, str, bool]] = {}  # surface → (feature_id, how, case_sensitive)

        def add(term, fid, how, case_sensitive=True):
            term = term.strip()
            if len(term) < 2:
                return
            entries.setdefault(term, (fid, how, case_sensitive))
            if case_sensitive and how != "abbrev" and term.upper() != term:
                entries.setdefault(term.upper(), (fid, how, True))

        for f in gazetteer:
            name = re.sub(r"\s*\(.*?\)\s*", " ", f.name).strip()
            if f.kind not in ("group",) and "(" not in f.name:
                add(name, f.id, "name")
            elif f.kind == "territory":
                add(name, f.id, "name")
            for a in f.aliases:
                is_abbrev = a.isupper() and len(a) <= 5
                add(a, f.id, "abbrev" if is_abbrev else "name", case_sensitive=not a[:1].islower())
            for d in f.demonyms:
                add(d, f.id, "demonym")
            for ph in f.phrases:
                add(ph, f.id, "phrase", case_sensitive=False)
        self._entries = entries
        # Candidates are looked up by their first word, longest first, so that "Baku-Tbilisi-Ceyhan"
        # wins over "Baku" and "Nagorno-Karabakh" over "Karabakh"; a text is scanned word by word.
        self._by_first_word: dict[str, list[tuple[re.Pattern, str]]] = {}
        for term in sorted(entries, key=len, reverse=True):
            first = _WORD.match(term)
            if not first:
                continue
            rx = re.compile(_term_pattern(term, entries[term][2]) + r"(?!\w)")
            self._by_first_word.setdefault(first.group(0).lower(), []).append((rx, term))
        self._capital_of = {f.id: f.properties["capital_of"] for f in gazetteer if f.properties.get("capital_of")}
        self._group_of = {f.id: f.properties["group"] for f in gazetteer if f.properties.get("group")}
        self._exclude = [(r["feature"], re.compile(r["before"], re.I) if r.get("before") else None,
                          re.compile(r["after"], re.I) if r.get("after") else None) for r in rules.get("exclude", [])]
        self._related = [(re.compile(r["pattern"], re.I), tuple(r["features"])) for r in rules.get("related", [])]

    def _excluded(self, fid: str, text: str, start: int, end: int) -> bool:
        for xfid, before, after in self._exclude:
            if xfid != fid:
                continue
            if before and before.search(text[max(0, start - 40):start]):
                return True
            if after and after.search(text[end:end + 40]):
                return True
        return False

    def _matches(self, text: str):
        """(start, end, term, surface) of every name in text, longest first, not overlapping."""
        last_end = 0
        for w in _WORD.finditer(text):
            start = w.start()
            if start < last_end or (start > 0 and text[start - 1].isalnum()):
                continue
            for rx, term in self._by_first_word.get(w.group(0).lower(), ()):
                m = rx.match(text, start)
                if m:
                    last_end = m.end()
                    yield start, m.end(), term, m.group(0)
                    break

    def mentions(self, text: str) -> list[Mention]:
        """Every mention in ``text``, direct ones first by position, then related ones."""
        out: list[Mention] = []
        for start, end, term, surface in self._matches(text):
            fid, how, _ = self._entries[term]
            if self._excluded(fid, text, start, end):
                continue
            out.append(Mention(start, end, surface, fid, how))
            if fid in self._capital_of:
                out.append(Mention(start, end, surface, self._capital_of[fid], "capital"))
            if fid in self._group_of:
                out.append(Mention(start, end, surface, self._group_of[fid], "member"))
        direct = {m.feature_id for m in out}
        for rx, fids in self._related:
            for m in rx.finditer(text):
                for fid in fids:
                    if fid not in direct:
                        out.append(Mention(m.start(), m.end(), m.group(0), fid, "related"))
        return out

    def feature_ids(self, text: str) -> list[str]:
        seen = []
        for m in self.mentions(text):
            if m.relation == "direct" and m.feature_id not in seen:
                seen.append(m.feature_id)
        return seen


def score_passage(feature_id: str, mentions: list[Mention], heading_ids: set[str], text_len: int) -> tuple[float, str]:
    """How much a passage is *about* a feature, and whether it names it ("direct") or not ("related").

    Each mention counts by how it names the feature; a mention in the opening sentence or a section
    heading that names the feature lifts the passage; every other feature the passage names lowers it,
    so a passage about the feature ranks above one that lists it among others.
    """
    own = [m for m in mentions if m.feature_id == feature_id]
    direct = [m for m in own if m.how != "related"]
    if not direct:
        if not own:
            return 0.0, "none"
        return RELATED_WEIGHT * min(len(own), 3) / 3, "related"
    base = sum(WEIGHTS[m.how] for m in direct[:6])
    first = min(m.start for m in direct)
    if first < 150:
        base += 2.0
    if feature_id in heading_ids:
        base += 3.0
    others = {m.feature_id for m in mentions if m.how in ("name", "abbrev", "phrase") and m.feature_id != feature_id}
    density = len(direct) / max(1.0, text_len / 400)
    return (base + density) / (1 + 0.2 * len(others)), "direct"


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    from azmap.features import gazetteer

    return Linker(gazetteer())


def passages_for_feature(store, feature_id: str, *, limit: int = 20, include_related: bool = True,
                         include_non_body: bool = False, year: int | None = None, window: int = 3) -> list[Hit]:
    """The passages of the store that speak of a feature: direct ones first, best first."""
    return store.passages_for_feature(feature_id, limit=limit, include_related=include_related,
                                      include_non_body=include_non_body, year=year, window=window)


def search_passages(store, query: str, *, limit: int = 20) -> list[Hit]:
    """Full-text search, ranked by relevance; each hit lists the features it mentions."""
    return store.search(query, limit=limit)
