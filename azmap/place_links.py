"""The places of the regional gazetteer that a document's passages name, beyond the map's features.

``document_places(texts)`` reads a document's passages once, as one text, so that the resolver
sees the document's other places as context (azmap/place_mentions.find_places), and returns for
each passage its place links: the GeoNames place, the span, the resolution's confidence and
whether it is unsure, and the reason. A name the resolver gives to one of the map's features is
left to the feature linker (azmap/linking.py); a homonym outside the map has no point and is left
out.

The linker's own evidence decides here too, without a second copy of it: the span around the
name (azmap/evidence/span: "Ganja FK", "the cruiser Baku", "Mr Kars"), what the same document
established about the name (azmap/evidence/discourse: a club called by its bare name after its
first mention), and a place cue that overrides both (azmap/evidence/cues: "in Ganja"). Strong
evidence of another sense drops the mention; weak evidence keeps it, marked unsure.

The work is linear in the length of the document.
"""
from __future__ import annotations

PLACE_PREFIX = "place:"  # how a place is written where feature ids are also written (corrections, the map)
_KIND = "city"  # the feature kind whose span rules a settlement of the gazetteer follows


class PlaceLink:
    """A place of the gazetteer named in a passage: ``place_id`` is its GeoNames id."""

    __slots__ = ("place_id", "start", "end", "surface", "confidence", "unsure", "reason", "point")

    def __init__(self, place_id: str, start: int, end: int, surface: str, confidence: float, unsure: bool,
                 reason: str, point: tuple | None = None):
        self.place_id, self.start, self.end, self.surface = place_id, start, end, surface
        self.confidence, self.unsure, self.reason = confidence, unsure, reason
        self.point = point or point_of(place_id)  # (name, country, lat, lon): what the map draws

    def __repr__(self) -> str:
        return f"PlaceLink({self.place_id!r}, {self.surface!r}@{self.start}{', unsure' if self.unsure else ''})"

    def __eq__(self, other) -> bool:
        return isinstance(other, PlaceLink) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def point_of(place_id: str) -> tuple | None:
    """(name, country, lat, lon) of a place of the gazetteer, or None."""
    from azmap.places import index

    p = index().by_id.get(bare_id(place_id))
    return (p.name, p.country, p.lat, p.lon) if p is not None and p.lat is not None else None


def place_key(place_id: str) -> str:
    """"place:586523" for a GeoNames id (or the same, given it already)."""
    return place_id if place_id.startswith(PLACE_PREFIX) else PLACE_PREFIX + place_id


def bare_id(key: str) -> str:
    """The GeoNames id of "place:586523" (or of "586523")."""
    return key[len(PLACE_PREFIX):] if key.startswith(PLACE_PREFIX) else key


def document_places(texts: list[str], index_=None) -> list[list[PlaceLink]]:
    """The place links of each of a document's passages (``texts``, in order), each list in text order."""
    from azmap.evidence import STRONG, cues, discourse, span
    from azmap.place_mentions import find_places
    from azmap.places import index, normalise

    idx = index_ or index()
    sep = "\n\n"
    whole = sep.join(texts)
    starts, at = [], 0
    for t in texts:
        starts.append(at)
        at += len(t) + len(sep)
    out: list[list[PlaceLink]] = [[] for _ in texts]
    if not _may_name_places(whole, idx):
        return out
    found = []  # (passage, start, end, surface, place, resolution) in the passage's own offsets
    k = 0
    for m in find_places(whole, idx, places_only=True):
        place = m.place
        if place is None or place.kind != "place":
            continue  # none, one of the map's features (the feature linker's), or outside the map
        while k + 1 < len(starts) and starts[k + 1] <= m.start:
            k += 1
        s = m.start - starts[k]
        found.append((k, s, s + len(m.surface), m.surface, place, m.resolution))
    if not found:
        return out
    sporty = span.Lazy(lambda: span.sporty(texts))
    rows = []
    verdicts = []
    def is_name_word(w: str) -> bool:
        return idx.known(normalise(w))

    for k, s, e, surface, place, res in found:
        v = span.read(texts[k], s, e, surface, "name", _KIND, is_name_word=is_name_word, sporty=sporty)
        verdicts.append(v)
        rows.append((k, s, e, surface, place_key(place.id), "name", v, None))
    rows += _other_uses(texts, found, idx, sporty)
    senses = discourse.build(rows, texts, sporty)
    for (k, s, e, surface, place, res), v in zip(found, verdicts):
        text = texts[k]
        unsure = res.status != "sure"
        reason = res.reason
        if v is not None and v.strength == STRONG:
            continue  # the span names something else: a club, a vessel, a person
        other = senses.other_sense(place_key(place.id), surface, "name")
        cue = cues.place_cue(text, s, e) if other is not None or v is not None else None
        if other is not None:
            if not cue:
                continue  # the document's own word: this name is a club, a ship, a person here
            reason += f"; a place cue overrides the document's other sense ({other.kind}): {cue}"
        elif v is not None:
            established = cue or senses.place_sense(place_key(place.id), surface)
            if established:
                reason += f"; the document uses it for the place: {established}"
            else:
                unsure = True
                reason += f"; unsure: {v.reason}"
        out[k].append(PlaceLink(place.id, s, e, surface, round(res.confidence, 3), unsure, reason,
                                (place.name, place.country, place.lat, place.lon)))
    return out


# words around a name that may make it a settlement rather than the map's feature of that name
# (places.resolve decides; this only says whether to ask it)
_SETTLEMENT_WORD = None
# a capitalised word of an ASCII text as azmap.place_mentions reads words (an apostrophe inside it is a letter)
_CAPITALISED = __import__("re").compile(r"(?<![\w'’ʼ])[A-Z]\w*(?:['’ʼ](?![sS]\b)\w+)*")


def _may_name_places(text: str, idx) -> bool:
    """Whether a text may name a place of the gazetteer other than the map's features: a word that
    begins the name of such a place, or a word for a settlement (the town of a district's name). A
    text naming only the map's features is not read again. Texts in other scripts are always read
    (their words decline)."""
    global _SETTLEMENT_WORD
    import itertools
    import re

    from azmap.place_mentions import _WORD
    from azmap.places import normalise

    if not text.isascii():
        return True
    first = getattr(idx, "_place_first_words", None)
    if first is None:  # a place's name (not a feature's) by its first word: the numbers of words it has
        first = {}
        for k in idx._places_by_key:
            if k not in idx._features_by_key:
                first.setdefault(k.split(" ", 1)[0], set()).add(k.count(" ") + 1)
        idx._place_first_words = first
    sizes_of: dict[str, set | None] = {}  # a capitalised word → the sizes of the places' names it begins
    for m in _CAPITALISED.finditer(text):
        w = m.group()
        if w not in sizes_of:
            sizes_of[w] = first.get(normalise(w))
        sizes = sizes_of[w]
        if not sizes:
            continue
        if 1 in sizes:
            return True
        after = [x.group() for x in itertools.islice(_WORD.finditer(text, m.end()), max(sizes) - 1)]
        keys = [normalise(w), *(normalise(x) for x in after)]
        if any(n <= len(keys) and " ".join(keys[:n]) in idx._places_by_key for n in sizes):
            return True
    if _SETTLEMENT_WORD is None:
        _SETTLEMENT_WORD = re.compile(r"\b(?:town|city|village|settlement|township)\b", re.I)
    return bool(_SETTLEMENT_WORD.search(text))


def _other_uses(texts: list[str], found: list, idx, sporty) -> list[tuple]:
    """The document's other uses of the names it was found to name places with, which the place
    reader passed over as part of a longer name ("Ganja FK", "the Goris Cup"): what their spans say
    is what the document establishes about the bare name (discourse)."""
    import re

    from azmap.evidence import span
    from azmap.place_mentions import word_matches
    from azmap.places import normalise

    by_surface = {}
    for k, s, e, surface, place, res in found:
        by_surface.setdefault(surface, place)
    taken = {(k, s) for k, s, *_ in found}
    rx = re.compile(r"(?:" + "|".join(re.escape(x) for x in sorted(by_surface, key=len, reverse=True)) + r")(?!\w)")
    rows = []
    for k, text in enumerate(texts):
        for m in word_matches(rx, text):  # (?<!\w) before rx
            if (k, m.start()) in taken:
                continue
            v = span.read(text, m.start(), m.end(), m.group(), "name", _KIND,
                          is_name_word=lambda w: idx.known(normalise(w)), sporty=sporty)
            if v is not None:
                rows.append((k, m.start(), m.end(), m.group(), place_key(by_surface[m.group()].id), "name", v, None))
    return rows


def apply_corrections(links: list[PlaceLink], corrections, text: str) -> list[PlaceLink]:
    """A passage's place links with the user's corrections (azmap/corpus/corrections) made: a place
    unlinked, relinked to another place, or linked by hand; a feature's mention relinked to a place
    (the town, not the district) becomes a place link."""
    from azmap.corpus.corrections import text_crc

    crc = text_crc(text)
    out = list(links)
    for c in corrections:
        if c.text_crc != crc:
            continue
        into_place = bool(c.to) and c.to.startswith(PLACE_PREFIX)
        if c.kind in ("unlink", "relink") and c.feature.startswith(PLACE_PREFIX):
            hit = [p for p in out if p.start == c.start and p.end == c.end and place_key(p.place_id) == c.feature]
            out = [p for p in out if p not in hit]
            if c.kind == "relink" and hit and into_place:
                out.append(PlaceLink(bare_id(c.to), c.start, c.end, hit[0].surface, 1.0, False, "your correction"))
        elif c.kind == "relink" and into_place:  # recorded on a feature's mention the linker made there
            out.append(PlaceLink(bare_id(c.to), c.start, c.end, c.surface, 1.0, False, "your correction"))
        elif c.kind == "link" and c.feature.startswith(PLACE_PREFIX) and \
                not any(place_key(p.place_id) == c.feature for p in out):
            out.append(PlaceLink(bare_id(c.feature), 0, 0, "", 1.0, False, "linked by hand"))
    return sorted(out, key=lambda p: p.start)


def lookup(text: str, counts: dict[str, int] | None = None, index_=None):
    """(place, others): the gazetteer's place a user means by ``text`` — a GeoNames id ("148251",
    "place:148251") or a name in any of its spellings ("Julfa", "Culfa", "Джульфа") — and the other
    places of that name. Among places sharing a name, the one the most passages name (``counts``:
    GeoNames id → passages) is taken, then the most populous. (None, []) if no place has it."""
    from azmap.places import index

    idx = index_ or index()
    key = bare_id(text.strip())
    p = idx.by_id.get(key)
    if p is not None and p.kind == "place":
        return p, []
    named = [p for p in idx.places_named(text.strip()) if p.kind == "place"]
    if not named:
        return None, []
    counts = counts or {}
    named.sort(key=lambda p: (-counts.get(p.id, 0), -p.population, p.id))
    return named[0], named[1:]
