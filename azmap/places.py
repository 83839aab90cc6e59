"""Every place the sources name: the regional gazetteer (geodata/places.json) and a resolver.

``candidates(name)`` gives the GeoNames places a name may mean; ``resolve(name, context)`` picks
one of them from the other places the passage or document names and from population, with a
confidence and the reason, and says "unsure" when the evidence is weak. ``find_places(text)``
(azmap/place_mentions.py) finds the place names of a text and resolves each; the linker's span
and document evidence can call ``resolve`` with what it knows instead.

The map's own features take priority over a GeoNames place of the same name: "Lachin" is the
district on the map, "Fuzuli" the district, "Georgia" the country, "Gabala" the radar station.
The GeoNames place is chosen instead only when the words of the span name a different kind of
place: "the town of Lachin", "Fuzuli city", "Laçın şəhəri" (a settlement, not the district), or
"Atlanta, Georgia" / "the U.S. state of Georgia" (a homonym outside the map). The rule is the
same for every feature; nothing here is written for one name.

The file is read on first use (about 0.6 MB); nothing here imports Qt or a geometry library.
"""
from __future__ import annotations

import difflib
import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from azmap.paths import GEODATA_DIR

PLACES_FILE = GEODATA_DIR / "places.json"
SURE = 0.75  # a choice whose share of the evidence is below this is "unsure"
NAME_WEIGHT = 1.0  # how much it counts that the name read is (nearly) the place's own name
NAMESAKE_KM = 60.0  # a GeoNames place this near a feature of the same name is the feature's namesake
NAMESAKE_KINDS = ("district", "exclave", "city", "site")
# kinds of features whose names are also the names of settlements (the district and its town)
_AREA_KINDS = ("district", "exclave", "territory", "site", "country", "group")
# feature kind → the ISO country of the features that lie in one country (for "same country")
_FEATURE_COUNTRY_BY_KIND = {"district": "AZ", "exclave": "AZ", "territory": "AZ", "group": "AZ"}
_FEATURE_COUNTRY = {
    "azerbaijan": "AZ", "armenia": "AM", "georgia": "GE", "russia": "RU", "iran": "IR", "turkey": "TR",
    "greece": "GR", "albania": "AL", "italy": "IT", "kazakhstan": "KZ", "turkmenistan": "TM",
    "ukraine": "UA", "bulgaria": "BG", "romania": "RO", "baku": "AZ", "yerevan": "AM", "tbilisi": "GE",
    "tehran": "IR", "ankara": "TR", "moscow": "RU", "nakhchivan-city": "AZ", "khankendi": "AZ",
    "shusha": "AZ", "ceyhan": "TR", "supsa": "GE", "novorossiysk": "RU", "gabala-radar": "AZ",
    "shah-deniz": "AZ", "sangachal": "AZ",
}
# words before or after a name that say it is a settlement ("the town of Lachin", "Fuzuli city")
_SETTLEMENT_BEFORE = re.compile(
    r"(?:\b(?:town|city|village|settlement|township)\s+of\s+(?:the\s+)?|\bгород(?:а|е|ом)?\s+|\bсел(?:о|а|е)\s+"
    r"|\bпос[её]л(?:ок|ка|ке)\s+)$", re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(
    r"^\s*(?:town|city|village|township|şəhəri|şəhər|qəsəbəsi|kəndi|քաղաք)\b", re.IGNORECASE)
_LATIN_FOLD = str.maketrans({"ı": "i", "ə": "a", "Ə": "a", "İ": "i", "ß": "ss", "ø": "o", "đ": "d", "ł": "l",
                             "ħ": "h", "ŀ": "l", "æ": "ae", "œ": "oe"})
_DROP = str.maketrans("", "", "'’ʼʹ`´.")
_SEP = re.compile(r"[\s\-‐‑–—]+")
# Russian and Armenian case endings tried when a Cyrillic or Armenian word is not a name as it stands
_RU_ENDINGS = ("ами", "ями", "ого", "ому", "ой", "ей", "ом", "ем", "ах", "ях", "ою", "а", "я", "у", "ю", "е",
               "ы", "и")
_HY_ENDINGS = ("ում", "ից", "ով", "ին", "ի", "ը", "ն")


def _is_latin(c: str) -> bool:
    return c < "\u0250" or "\u1e00" <= c <= "\u1eff"


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """The key a name is looked up by: case folded, Latin diacritics dropped, ı → i, ə → a,
    apostrophes and periods dropped, hyphens and dashes as spaces; Cyrillic and Armenian kept as
    they are (case folded only): "Naxçıvan" and "NAKHCHIVAN" → "naxcivan" / "nakhchivan",
    "Qəbələ" → "qabala", "Kel'badzhar" → "kelbadzhar", "Нахичевань" → "нахичевань"."""
    if name.isascii():
        return _SEP.sub(" ", name.lower().translate(_DROP)).strip()
    text = unicodedata.normalize("NFC", name).translate(_LATIN_FOLD)
    out = []
    for ch in text:
        if _is_latin(ch):
            base = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
        else:
            out.append(ch)
    text = "".join(out).casefold().translate(_DROP)
    return _SEP.sub(" ", text).strip()


class Place:
    """A place a name may mean: a GeoNames place, one of the map's features, or a homonym outside the
    map (``position`` None). ``kind`` is "place", "feature" or "outside"."""

    __slots__ = ("id", "name", "country", "lat", "lon", "population", "names", "kind", "feature_id", "feature_kind",
                 "namesake")

    def __init__(self, id: str, name: str, country: str | None, lat: float | None, lon: float | None,  # noqa: A002
                 population: int = 0, names: tuple[str, ...] = (), kind: str = "place", feature_id: str | None = None,
                 feature_kind: str | None = None):
        self.id, self.name, self.country, self.lat, self.lon = id, name, country, lat, lon
        self.population, self.names, self.kind, self.feature_id = population, names, kind, feature_id
        self.feature_kind = feature_kind  # for one of the map's features: its kind (district, city, ...)
        self.namesake: Place | None = None  # for a GeoNames place: the map's feature it gives its name to

    def __repr__(self) -> str:
        return f"Place({self.id!r}, {self.name!r}, {self.country!r})"

    @property
    def position(self) -> tuple[float, float] | None:
        """(longitude, latitude), or None for a place outside the map."""
        return None if self.lat is None else (self.lon, self.lat)

    def summary(self) -> dict:
        return {"id": self.id, "name": self.name, "country": self.country, "kind": self.kind,
                "lon": self.lon, "lat": self.lat, "population": self.population, "names": list(self.names)}


class Resolution:
    """What a name was taken to mean. ``status``: "sure", "unsure" (the choice is shown but marked)
    or "none" (no place of that name). ``alternatives``: the other candidates with their shares."""

    __slots__ = ("name", "place", "status", "confidence", "reason", "alternatives")

    def __init__(self, name: str, place: Place | None, status: str, confidence: float, reason: str,
                 alternatives: list[tuple[Place, float]] = ()):
        self.name, self.place, self.status, self.confidence = name, place, status, confidence
        self.reason, self.alternatives = reason, list(alternatives)

    def __repr__(self) -> str:
        return f"Resolution({self.name!r} → {self.place!r}, {self.status}, {self.confidence:.2f})"

    def as_dict(self) -> dict:
        return {"name": self.name, "place": self.place.summary() if self.place else None, "status": self.status,
                "confidence": round(self.confidence, 3), "reason": self.reason,
                "alternatives": [{"id": p.id, "name": p.name, "country": p.country, "share": round(s, 3)}
                                 for p, s in self.alternatives]}


class PlaceIndex:
    """The places of the regional gazetteer and the map's features, looked up by normalised name."""

    def __init__(self, places: list[Place], outside: list[Place], features: list[Place],
                 cues: dict[str, tuple[str, ...]] | None = None, meta: dict | None = None):
        self.places = places
        self.outside = outside
        self.features = features
        self.cues = cues or {}  # outside place id → names in a text that point to it
        self.meta = meta or {}
        self.by_id = {p.id: p for p in (*places, *outside, *features)}
        self._places_by_key: dict[str, list[Place]] = {}
        self._features_by_key: dict[str, list[Place]] = {}
        self._stems: dict[str, set[str]] = {}
        self._cue_patterns: dict[str, tuple] = {}  # outside place id → its cues' patterns (cue_patterns)
        for p in (*places, *outside):
            for n in p.names:
                self._add(self._places_by_key, normalise(n), p)
        for f in features:
            for n in f.names:
                self._add(self._features_by_key, normalise(n), f)
        self._link_namesakes()
        for key in (*self._places_by_key, *self._features_by_key):
            if key and not _is_latin(key[-1]):
                stem = key[:-1] if key[-1] in "аяоеиыьйь" else key
                self._stems.setdefault(stem, set()).add(key)
        self.first_words: dict[str, int] = {}  # a name's first word → the most words a name starting so has
        self.second_words: dict[str, set[str]] = {}  # a name's first word → the second words of names starting so
        for k in (*self._places_by_key, *self._features_by_key):
            first, n = k.split(" ", 1)[0], k.count(" ") + 1
            if n > self.first_words.get(first, 1):
                self.first_words[first] = n
            if n > 1:
                self.second_words.setdefault(first, set()).add(k.split(" ", 2)[1])

    def _link_namesakes(self) -> None:
        """A GeoNames place that shares a name with one of the map's features near it (the town of
        Kalbajar and the district, Naxçıvan and the exclave, Baku and Baku) gives the feature all its
        other names: "Kelbadzhar", "Кельбаджар" and "Gyandzha"-style spellings reach the feature."""
        for p in self.places:
            if p.lat is None:
                continue
            for n in p.names:
                for f in self._features_by_key.get(normalise(n), ()):
                    if f.feature_kind in NAMESAKE_KINDS and _km(p, f) <= NAMESAKE_KM:
                        p.namesake = f
                        break
                if p.namesake is not None:
                    break

    @staticmethod
    def _add(table: dict, key: str, place: Place) -> None:
        if key:
            bucket = table.setdefault(key, [])
            if place not in bucket:
                bucket.append(place)

    def places_named(self, name: str) -> list[Place]:
        return list(self._places_by_key.get(normalise(name), ()))

    def features_named(self, name: str) -> list[Place]:
        return list(self._features_by_key.get(normalise(name), ()))

    def key_for(self, key: str) -> str | None:
        """``key`` if a name has it; else, for a Cyrillic or Armenian word in a grammatical case,
        the key of the name it declines ("гяндже" → "гянджа", "գյումրիում" → "գյումրի")."""
        if key in self._places_by_key or key in self._features_by_key:
            return key
        if not key or _is_latin(key[-1]):
            return None
        endings = _HY_ENDINGS if "\u0530" <= key[-1] <= "\u058f" else _RU_ENDINGS
        for end in endings:
            if key.endswith(end) and len(key) - len(end) >= 3:
                stem = key[: -len(end)]
                for full in (stem, *sorted(self._stems.get(stem, ()))):
                    if full in self._places_by_key or full in self._features_by_key:
                        return full
        return None

    def cue_patterns(self, place_id: str) -> tuple[re.Pattern | None, list[tuple[str, re.Pattern]]]:
        """For a homonym outside the map: a pattern that finds any of its cues as a whole word, and each
        cue with its own pattern (compiled once)."""
        done = self._cue_patterns.get(place_id)
        if done is None:
            cues = self.cues.get(place_id, ())
            each = [(c, re.compile(rf"\b{re.escape(c)}\b")) for c in cues]
            whole = re.compile("|".join(rf"(?:\b{re.escape(c)}\b)" for c in cues)) if cues else None
            done = self._cue_patterns[place_id] = (whole, each)
        return done

    def known(self, key: str) -> bool:
        return key in self._places_by_key or key in self._features_by_key

    def lookup(self, key: str) -> tuple[list[Place], list[Place]]:
        return list(self._places_by_key.get(key, ())), list(self._features_by_key.get(key, ()))


_CUE_WORDS: dict[str, tuple[str, ...]] = {}  # a country feature's id → its names and demonyms
# the demonyms of the map's countries, normalised: the features' own (Armenian, Georgian, ...) and these
_DEMONYMS: set[str] = set("""
kazakh kazakhs turkmen ukrainian bulgarian romanian greek albanian italian uzbek syrian iraqi moldovan
belarusian polish hungarian serbian israeli lebanese jordanian cypriot kosovar macedonian montenegrin
croatian slovak slovenian czech austrian swedish lithuanian latvian bosnian chechen dagestani abkhaz ossetian
""".split())


def _feature_places(more_names: dict[str, list[str]] | None = None) -> list[Place]:
    """The map's features as places; ``more_names``: their names in other scripts (places.json)."""
    from azmap.features import gazetteer

    out = []
    for f in gazetteer():
        w, s, e, n = f.bounds
        country = _FEATURE_COUNTRY.get(f.id) or _FEATURE_COUNTRY_BY_KIND.get(f.kind)
        names = tuple(dict.fromkeys((f.name, *f.aliases, *(more_names or {}).get(f.id, ()))))
        if f.kind == "country":
            _CUE_WORDS[f"feature:{f.id}"] = tuple(dict.fromkeys((*names, *f.demonyms)))
            _DEMONYMS.update(normalise(d) for d in f.demonyms)
        out.append(Place(f"feature:{f.id}", f.name, country, round((s + n) / 2, 4), round((w + e) / 2, 4),
                         0, names, kind="feature", feature_id=f.id, feature_kind=f.kind))
    return out


def load(path: Path | None = None, with_features: bool = True) -> PlaceIndex:
    """The regional gazetteer (and the map's features, which take priority) from ``path``."""
    doc = json.loads(Path(path or PLACES_FILE).read_text(encoding="utf-8"))
    fields = doc["fields"]
    at = {f: i for i, f in enumerate(fields)}
    places = [Place(str(r[at["id"]]), r[at["name"]], r[at["country"]], r[at["lat"]], r[at["lon"]],
                    r[at["population"]], tuple(r[at["names"]])) for r in doc["places"]]
    outside = [Place(o["id"], o["name"], o["country"], None, None, o.get("population", 0), tuple(o["names"]),
                     kind="outside") for o in doc.get("outside", ())]
    cues = {o["id"]: tuple(o.get("cues", ())) for o in doc.get("outside", ())}
    meta = {k: doc[k] for k in ("source", "license", "attribution") if k in doc}
    features = _feature_places(doc.get("feature_names", {})) if with_features else []
    return PlaceIndex(places, outside, features, cues, meta)


@lru_cache(maxsize=1)
def index() -> PlaceIndex:
    """The bundled gazetteer, read once."""
    return load()


def candidates(name: str) -> list[Place]:
    """The GeoNames places (and homonyms outside the map) called ``name``, most populous first."""
    return sorted(index().places_named(name), key=lambda p: (-p.population, p.id))


def _km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=1 << 14)
def _likeness(a: str, b: str) -> float:
    """How alike two names are (difflib's ratio), worked out once for each pair."""
    return difflib.SequenceMatcher(None, a, b).ratio()


def _score(c: Place, context: list[Place], beside: list[Place] = (), surface: str = "") -> tuple[float, list[str]]:
    """Population prior, how close the name is to the place's own name (GeoNames' alternate names
    hold a few mistakes: Yevlakh lists "Gəncə"), plus what the other places of the text say (nearness,
    same country); a country named right beside the name ("Iranian Astara") counts most."""
    score = 2.0 * math.log10(max(c.population, 0) + 100)
    if surface:
        score += NAME_WEIGHT * _likeness(surface, normalise(c.name))
    why = []
    for p in beside:
        if c.country and p.country == c.country:
            score += 3.0
            why.append(f"{p.name} beside it")
    near = same = 0.0
    for item in context:
        p, times = item if isinstance(item, tuple) else (item, 1)  # a place, or a place and how often named
        if p is c or p.id == c.id:
            continue
        if c.country and p.country == c.country:
            same += 1.5 * times
            why.append(f"{p.name} ({p.country})")
        if p.lat is not None and c.lat is not None and p.feature_kind != "country":
            d = _km(c, p)
            if d < 300:
                near += 2.0 * times * math.exp(-d / 100.0)
    return score + min(same, 4.5) + min(near, 4.0), why


def resolve(name: str, context_places=(), *, before: str = "", after: str = "", beside=(),
            index_: PlaceIndex | None = None) -> Resolution:
    """Which place ``name`` means, given the other places the passage or document names
    (``context_places``: Places, or (Place, times named) pairs, e.g. the sure resolutions of the
    same text) and the words just
    ``before`` and ``after`` it (``beside``: countries named right next to it). The map's feature of that name wins unless those words say a
    settlement ("town of", "city") or point to a homonym outside the map; among places sharing a
    name, nearness to and the country of the context places, then population, decide. A choice
    with less than ``SURE`` of the evidence is returned as "unsure", never silently."""
    idx = index_ or index()
    key = idx.key_for(normalise(name))
    if key is None:
        return Resolution(name, None, "none", 0.0, "no place of this name")
    places, features = idx._places_by_key.get(key, ()), idx._features_by_key.get(key, ())
    context = [p for p in context_places if p is not None and (not isinstance(p, tuple) or p[0] is not None)]
    # a homonym outside the map: chosen when its cues are among the words around it or the context
    outside = [p for p in places if p.kind == "outside"]
    if outside:
        around = f"{before[-30:]} {after[:20]}"
        for o in outside:
            any_cue, each_cue = idx.cue_patterns(o.id)
            if any_cue is None or not any_cue.search(around):
                continue
            hits = [c for c, rx in each_cue if rx.search(around)]
            if hits:
                return Resolution(name, o, "sure", 0.9, f"outside the map: {', '.join(hits[:3])} nearby")
        places = [p for p in places if p.kind != "outside"]
    # the words around a name matter only where a place of the gazetteer has it
    settlement = bool(places) and names_a_settlement(before, after)
    if features:
        f = features[0]
        if settlement and places and f.feature_kind in _AREA_KINDS:
            return _choose(name, places, context, beside=list(beside),
                           prefix=f"the words around it say a settlement, not the map's {f.feature_kind} {f.name}: ")
        if len(features) > 1:
            return Resolution(name, f, "unsure", 1.0 / len(features),
                              "several of the map's features have this name", [(g, 1 / len(features)) for g in features[1:]])
        return Resolution(name, f, "sure", 1.0, f"the map's feature {f.name} (features take priority)")
    if not places:
        return Resolution(name, None, "none", 0.0, "no place of this name")
    res = _choose(name, places, context, beside=list(beside))
    f = res.place.namesake if res.place is not None else None
    if f is not None and not (settlement and f.feature_kind in _AREA_KINDS):
        return Resolution(name, f, res.status, res.confidence,
                          f"another name of the map's {f.name} (GeoNames {res.place.name}, {res.place.id}); " + res.reason,
                          res.alternatives)
    return res


def names_a_settlement(before: str, after: str) -> bool:
    """Whether the words just before or after a name (``before`` and ``after`` as ``resolve`` takes them)
    say a settlement: "the town of", "city", "şəhəri". Only then does ``resolve`` choose a place of the
    gazetteer over the map's feature of that name."""
    window = before[-40:]
    # in an ASCII text every match of _SETTLEMENT_BEFORE holds "of" (its other words are Russian)
    if (not window.isascii() or "of" in window.lower()) and _SETTLEMENT_BEFORE.search(window):
        return True
    return bool(_SETTLEMENT_AFTER.search(after[:20]))


_SETTLEMENT_WORDS = ("town", "city", "village", "settlement", "township")  # in every match in an ASCII text


def may_name_a_settlement(text: str) -> bool:
    """False where ``names_a_settlement`` holds nowhere in ``text``: an ASCII text without a word for a
    settlement (the patterns' other words are not ASCII)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(map(low.__contains__, _SETTLEMENT_WORDS))


def _choose(name: str, places: list[Place], context: list[Place], prefix: str = "", beside=()) -> Resolution:
    if len(places) == 1:
        p = places[0]
        return Resolution(name, p, "sure", 0.95, prefix + f"the only place of this name ({p.country})")
    scored = []
    for p in places:
        s, why = _score(p, context, beside, normalise(name))
        scored.append((s, p, why))
    scored.sort(key=lambda t: (-t[0], t[1].id))
    top = scored[0][0]
    weights = [math.exp(s - top) for s, _, _ in scored]
    total = sum(weights)
    shares = [w / total for w in weights]
    s, best, why = scored[0]
    share = shares[0]
    reason = prefix + f"{len(places)} places of this name; {best.name} ({best.country}, pop. {best.population:,})"
    reason += f" with {', '.join(why[:3])} in the text" if why else " by population"
    status = "sure" if share >= SURE else "unsure"
    if status == "unsure":
        reason += f"; {scored[1][1].name} ({scored[1][1].country}) is close"
    return Resolution(name, best, status, share, reason, [(p, sh) for (_, p, _), sh in zip(scored[1:], shares[1:])])


def find_places(text: str, index_: PlaceIndex | None = None):
    """The place names of ``text``, each resolved (see azmap/place_mentions.py)."""
    from azmap.place_mentions import find_places as find

    return find(text, index_)


def listing(idx: PlaceIndex | None = None) -> list[dict]:
    """Every place of the regional gazetteer with its position, in id order (for `azmap features --places`)."""
    idx = idx or load(with_features=False)
    return [p.summary() for p in idx.places]
