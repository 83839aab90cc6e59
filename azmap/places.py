"""Every place the sources name: the regional gazetteer (geodata/places.json) and a resolver.

``candidates(name)`` gives the GeoNames places a name may mean; ``resolve(name, context)`` picks
one of them from the other places the passage or document names and from population, with a
confidence and the reason, and says "unsure" when the evidence is weak; ``find_places(text)``
finds the place names of a text and resolves each (a plain gazetteer match over capitalised spans;
the linker's span and document evidence can call ``resolve`` with what it knows).

The map's own features take priority over a GeoNames place of the same name: "Lachin" is the
district on the map, "Fuzuli" the district, "Georgia" the country, "Gabala" the radar station.
The GeoNames place is chosen instead only when the words of the span name a different kind of
place: "the town of Lachin", "Fuzuli city", "Laçın şəhəri" (a settlement, not the district), or
"Atlanta, Georgia" / "the U.S. state of Georgia" (a homonym outside the map). The rule is the
same for every feature; nothing here is written for one name.

The file is read on first use (about 0.6 MB); nothing here imports Qt or a geometry library.
"""
from __future__ import annotations

import bisect
import difflib
import itertools
import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from azmap.paths import GEODATA_DIR

PLACES_FILE = GEODATA_DIR / "places.json"
SURE = 0.75
NAME_WEIGHT = 1.0  # how much it counts that the name read is (nearly) the place's own name
NAMESAKE_KM = 60.0  # a GeoNames place this near a feature of the same name is the feature's namesake
NAMESAKE_KINDS = ("district", "exclave", "city", "site")  # a choice whose share of the evidence is below this is "unsure"
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
# English words that are also place names somewhere in the region, and titles before a person's
# name: a capitalised one of these is a name only when it follows no sentence start. Kept short:
# a word joins the list when a fixture shows the gazetteer mistaking it.
COMMON_WORDS = frozenset("""
a an and as at be but by do for from go he her his i if in is it its me my no not of on or our she
so the their them then there they this to up us we who why yes you
all also any are can new old one two east west north south central upper lower great little
mart may june july august march april art bar ball band bay bell bill black bridge camp cape
city coast college court cross dam ever field fort gate golden green grove hall harbor hill
hope house island lake land lane long main mill mine mount mountain park pine point port
post range red river rock rose round saint san santa sea spring star station stone summer
sun town union valley view village white wood
в во на из с со к ко по у под от до для о об при за над без и а но
big bank paper angel gay can cat side off band bare bard dia gal id sri tut sen ser tire til var wan
kale tepe pera les ela oba hur bum mola molla efendi chile sparta urartu
lenin stalin kirov nizami sabir moses ismail selim hamid sinan bahram bayram ashraf
ленин сталин киров низами сабир
""".split())
# words after a place's name that keep it a place ("Ganja airport", "Kars Treaty", "Tovuz district")
PLACE_WORDS = frozenset("""
airport airfield airbase base province region regional district oblast rayon raion krai city town village
port harbour harbor station railway river valley gorge pass corridor highway road bay gulf lake mountains
plain plateau border checkpoint crossing governorate municipality county autonomous republic fortress
cathedral church mosque monastery museum university terminal refinery plant dam reservoir bridge
market front offensive operation agreement declaration treaty summit process format
pipeline line hydro power state mayor governor council prison hospital school stadium bazaar muxtar
""".split())
# beginnings of words for a kind of place in Russian, Azerbaijani and English, whatever their ending
# ("rayonunda", "şəhərində", "района", "областью"), as normalise() writes them
_PLACE_STEMS = ("rayon", "sahar", "kand", "qasaba", "aeroport", "район", "област", "город", "сел", "посел",
                "аэропорт", "порт", "district", "province", "region")
# words for a street: "Kirov Street", "улица Кирова" name a street after a town or a person
_STREET = re.compile(r"(?:\b(?:[Uu]lica|[Uu]litsa|küçəsi|prospekti)|(?<!\w)(?:[Уу]лиц[аеуы]|[Пп]роспект[аеу]?|ул\.|пр\.))\s+$")
_STREET_AFTER = re.compile(r"^\s+(?:[Ss]treet|[Aa]venue|[Bb]oulevard|[Ss]quare|"
                           r"küçəsi|prospekti|улица|проспект)\b")
# words before a name that make it a mountain, lake or river rather than the town of that name
_NATURE_BEFORE = re.compile(r"\b(?:Mount|Mt|Lake|River|Gulf\s+of|Sea\s+of|Cape|озеро|озера|гора|горы|река|реки)\.?\s+$",
                            re.IGNORECASE)
# words after "the X" that end the name: "the Araks through ...", "the Kura and ..." (a river or a
# range); a noun after it makes X an adjective ("the Kars plateau", "the Marand–Jolfa road")
_ENDS_A_NAME = frozenset("""
through along across into near over under between with at by from to of in on and or but as for is was
were are has had flows flowed runs ran rises rose which that where while
""".split())
# capitalised words that may stand before a place's name without making a longer name of it
_MODIFIERS = frozenset("northern southern eastern western central upper lower old new greater".split())
# titles and words after which a capitalised word is a person's name, not a place
_PERSON_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|General|Gen|Colonel|Col|Ambassador|Sheikh|Imam|"
    r"Senator|Governor|Mayor|Commander|Captain|Sergeant|Lieutenant|Major|Saint|St|poet|writer|"
    r"composer|journalist|said|says|named|surnamed)\.?\s+$")

# a word; an apostrophe inside it is a letter (Kel'badzhar, Ts’khinvali), an English possessive is not
_WORD = re.compile(r"[^\W\d_]\w*(?:['’ʼ](?![sS]\b)\w+)*", re.UNICODE)
_LATIN_FOLD = str.maketrans({"ı": "i", "ə": "a", "Ə": "a", "İ": "i", "ß": "ss", "ø": "o", "đ": "d", "ł": "l",
                             "ħ": "h", "ŀ": "l", "æ": "ae", "œ": "oe"})
_DROP = str.maketrans("", "", "'’ʼʹ`´.")
_SEP = re.compile(r"[\s\-‐‑–—]+")
_JOIN = re.compile(r"[ \-‐‑–—]{1,3}")  # what may stand between the words of one name
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


class Mention:
    """A place name found in a text: its surface, character offsets and resolution."""

    __slots__ = ("surface", "start", "end", "resolution")

    def __init__(self, surface: str, start: int, end: int, resolution: Resolution):
        self.surface, self.start, self.end, self.resolution = surface, start, end, resolution

    def __repr__(self) -> str:
        return f"Mention({self.surface!r}@{self.start}, {self.resolution!r})"

    @property
    def place(self) -> Place | None:
        return self.resolution.place


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
        for k in (*self._places_by_key, *self._features_by_key):
            first, n = k.split(" ", 1)[0], k.count(" ") + 1
            if n > self.first_words.get(first, 1):
                self.first_words[first] = n

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


def _score(c: Place, context: list[Place], beside: list[Place] = (), surface: str = "") -> tuple[float, list[str]]:
    """Population prior, how close the name is to the place's own name (GeoNames' alternate names
    hold a few mistakes: Yevlakh lists "Gəncə"), plus what the other places of the text say (nearness,
    same country); a country named right beside the name ("Iranian Astara") counts most."""
    score = 2.0 * math.log10(max(c.population, 0) + 100)
    if surface:
        score += NAME_WEIGHT * difflib.SequenceMatcher(None, surface, normalise(c.name)).ratio()
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
    places, features = idx.lookup(key)
    context = [p for p in context_places if p is not None and (not isinstance(p, tuple) or p[0] is not None)]
    # a homonym outside the map: chosen when its cues are among the words around it or the context
    around = f"{before[-30:]} {after[:20]}"
    for o in [p for p in places if p.kind == "outside"]:
        hits = [c for c in idx.cues.get(o.id, ()) if re.search(rf"\b{re.escape(c)}\b", around)]
        if hits:
            return Resolution(name, o, "sure", 0.9, f"outside the map: {', '.join(hits[:3])} nearby")
    places = [p for p in places if p.kind != "outside"]
    settlement = bool(_SETTLEMENT_BEFORE.search(before[-40:]) or _SETTLEMENT_AFTER.search(after[:20]))
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


_ABBREVIATION = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Lt|Sgt|No|Nos|Vol|pp?|ret)\.\s*$")


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \"'“‘«(")
    if before.endswith(".") and _ABBREVIATION.search(text[max(0, start - 8):start]):
        return False  # "Dr. Anna": the abbreviation's period ends no sentence
    return not before or before[-1] in ".!?:։\n—–-" or start == 0


def find_places(text: str, index_: PlaceIndex | None = None) -> list[Mention]:
    """The place names of ``text``, each resolved: the longest run of words starting with a capital
    that is a name of the gazetteer or the map (Russian and Armenian case endings allowed), minus
    common words and persons' names; then each is resolved with the text's other places as context
    (first the names with one candidate, then the rest)."""
    idx = index_ or index()
    words = list(_WORD.finditer(text))
    keys = [normalise(w.group()) for w in words]  # a name's key is its words' keys joined by spaces
    joins = [bool(_JOIN.fullmatch(text, words[k].end(), words[k + 1].start())) for k in range(len(words) - 1)]
    found: list[tuple[int, int, str]] = []  # start, end, key
    lower: list[frozenset] = []

    def lower_words() -> frozenset:  # the words of the text written in lower case (read once, if asked)
        if not lower:
            lower.append(frozenset(w.group() for w in words if w.group()[0].islower()))
        return lower[0]

    i = 0
    while i < len(words):
        w = words[i]
        if not w.group()[0].isupper():
            i += 1
            continue
        hit = None
        longest = min(idx.first_words.get(keys[i], 1), len(words) - i)
        for n in range(longest, 0, -1):
            if not all(joins[i:i + n - 1]):
                continue
            key = idx.key_for(" ".join(keys[i:i + n]))
            if key is not None:
                hit = (w.start(), words[i + n - 1].end(), key, n)
                break
        if hit is None:
            i += 1
            continue
        start, end, key, n = hit
        surface = text[start:end]
        if n == 1 and _rejected(text, start, end, surface, words, i, idx, key, lower_words):
            i += 1
            continue
        found.append((start, end, key))
        i += n
    # resolve: names with a single meaning first; they are the context of the others, those of the
    # same sentence first (one sense per sentence), else those of the whole text
    first: dict[int, Resolution] = {}
    for k, (start, end, key) in enumerate(found):
        places, features = idx.lookup(key)
        if features or len(places) == 1:
            first[k] = resolve(text[start:end], (), before=text[max(0, start - 60):start],
                               after=text[end:end + 40], index_=idx)
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)]  # where each sentence after the first starts
    sentence_of = lambda at: bisect.bisect_right(bounds, at)  # noqa: E731
    by_sentence: dict[int, list[tuple[int, Place]]] = {}
    everywhere: dict[str, list] = {}  # place id → [place, times named]
    for k, r in first.items():
        if r.place is not None and r.status == "sure":
            by_sentence.setdefault(sentence_of(found[k][0]), []).append((k, r.place))
            everywhere.setdefault(r.place.id, [r.place, 0])[1] += 1
    countries = _country_mentions(text, idx)
    country_starts = [a for a, _, _ in countries]
    countries_by_sentence: dict[int, list[Place]] = {}
    for a, _, p in countries:
        countries_by_sentence.setdefault(sentence_of(a), []).append(p)
    out = []
    for k, (start, end, key) in enumerate(found):
        res = first.get(k)
        if res is None or (res.place is not None and res.place.kind == "place" and len(idx.lookup(key)[0]) > 1):
            sentence = sentence_of(start)
            local = [p for j, p in by_sentence.get(sentence, ()) if j != k]
            local += [p for p in countries_by_sentence.get(sentence, ()) if p not in local]
            beside = []
            for a, b, p in itertools.islice(countries, bisect.bisect_left(country_starts, start - 80), None):
                if a > end + 40:
                    break
                if start - 40 <= b <= start or end <= a <= end + 40:
                    beside.append(p)
            own = first[k].place.id if k in first and first[k].place is not None and first[k].status == "sure" \
                else None
            context = local or [(p, times - (pid == own)) for pid, (p, times) in everywhere.items()
                                if times - (pid == own) > 0]
            res = resolve(text[start:end], context, before=text[max(0, start - 60):start],
                          after=text[end:end + 40], beside=beside, index_=idx)
        out.append(Mention(text[start:end], start, end, res))
    return out


_SENTENCE_END = re.compile(r"[.!?։;\n]")


def _country_mentions(text: str, idx: PlaceIndex) -> list[tuple[int, int, Place]]:
    """Where the text names a country of the map or uses its demonym ("Iranian"), with the country."""
    if not _CUE_WORDS:
        return []
    pattern = getattr(idx, "_country_re", None)
    if pattern is None:
        words = {w: fid for fid, ws in _CUE_WORDS.items() for w in ws if len(w) > 2}
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        pattern = (re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), words)
        idx._country_re = pattern
    rx, words = pattern
    out = []
    for m in rx.finditer(text):
        place = idx.by_id.get(words[m.group()])
        if place is not None and place.country:
            out.append((m.start(), m.end(), place))
    return out


def _place_word(word: str) -> bool:
    key = normalise(word)
    return key in PLACE_WORDS or key.startswith(_PLACE_STEMS)


def _rejected(text: str, start: int, end: int, surface: str, words, i: int, idx: PlaceIndex,
              key: str = "", lower_words=frozenset) -> bool:
    """A single capitalised word that is a common word, a person's name or part of a longer name
    (a street, an organisation) rather than a place."""
    low = normalise(surface)
    if low in COMMON_WORDS or key in COMMON_WORDS:
        return True
    if _STREET.search(text[max(0, start - 12):start]) or _STREET_AFTER.match(text[end:end + 12]):
        return True
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and text[end:nxt.start()] == " " and _place_word(nxt.group()):
        return False  # "Şahbuz rayonunda", "Tovuz district": a place, whatever stands before it
    if low in _DEMONYMS and nxt is not None and nxt.group()[0].islower():
        return True  # "a Kazakh company": the people's adjective, not the town of Gazakh ("Kazakh")
    if _PERSON_BEFORE.search(text[max(0, start - 30):start]) or _NATURE_BEFORE.search(text[max(0, start - 20):start]):
        return True
    # part of a longer proper name: a capitalised word just before it that is no place ("Ali Kars")
    if i > 0 and not _title_case_line(text, start):
        prev = words[i - 1]
        gap = text[prev.end():start]
        pkey = normalise(prev.group())
        if gap == " " and prev.group()[0].isupper() and pkey not in COMMON_WORDS and pkey not in _MODIFIERS \
                and not prev.group().isupper() and pkey not in _country_words() \
                and not _sentence_start(text, prev.start()):  # "Left Baku", "Жители Шуши": a sentence's first word
            return True
    # the same word in lower case elsewhere in the text: a word, not a name
    if _sentence_start(text, start) and surface.lower() in lower_words():
        return True
    # "the Araks", "the Kura": a river, a ship, a range; a town takes no article ("the Kars road" does)
    if re.search(r"\b(?:the|The)\s+$", text[max(0, start - 5):start]) and not idx.lookup(normalise(surface))[1]:
        after = text[end:end + 30]
        nxt = re.match(r"\s*([^\W\d_]+)", after)
        if not after.startswith(("-", "–", "—")) and (not nxt or nxt.group(1).lower() in _ENDS_A_NAME):
            return True
    # the first word of a longer proper name: a capitalised word just after it that is no place, no
    # country or demonym and no word for a kind of place ("Sinan Oğan", "Babek Bekir"); not in a
    # headline in title case, where every word is capitalised
    if i + 1 < len(words) and not _title_case_line(text, start):
        nxt = words[i + 1]
        nkey = normalise(nxt.group())
        if text[end:nxt.start()] == " " and nxt.group()[0].isupper() and nkey not in PLACE_WORDS \
                and nkey not in COMMON_WORDS and idx.key_for(nkey) is None and nkey not in _country_words():
            return True
    return False


_HEADLINE = 300  # characters: the longest line taken for a headline


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline with (nearly) every word capitalised."""
    s0 = text.rfind("\n", max(0, at - _HEADLINE), at) + 1
    s1 = text.find("\n", at, at + _HEADLINE)
    if (s0 == 0 and at > _HEADLINE) or (s1 < 0 and len(text) - at > _HEADLINE):
        return False  # a line this long is no headline (and is not read again for each name in it)
    line = [w.group() for w in _WORD.finditer(text[s0:s1 if s1 >= 0 else len(text)]) if len(w.group()) > 3]
    return len(line) >= 3 and sum(w[0].isupper() for w in line) >= 0.8 * len(line)


@lru_cache(maxsize=1)
def _country_words() -> frozenset:
    index()
    return frozenset(normalise(w) for ws in _CUE_WORDS.values() for w in ws)


def listing(idx: PlaceIndex | None = None) -> list[dict]:
    """Every place of the regional gazetteer with its position, in id order (for `azmap features --places`)."""
    idx = idx or load(with_features=False)
    return [p.summary() for p in idx.places]
