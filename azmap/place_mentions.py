"""Place names in a text: which capitalised spans name a place of the regional gazetteer or one of
the map's features, each resolved with the text's other places (azmap/places.py decides among
places sharing a name).

A span is the longest run of words starting with a capital that is a name (Russian and Armenian
case endings allowed, an English possessive left out). A single word is not a place when the
words around it say otherwise: a common word or a person's name, a street ("Kirov Street"), a
mountain, lake or river ("Mount Ararat", "the Araks through ..."), a demonym before a noun ("a
Kazakh company"), or one word of a longer proper name ("Ali Kars", "Sinan Oğan"); a word for a
kind of place after it ("Tovuz district", "Şahbuz rayonunda") keeps it a place.

The work is linear in the length of the text.
"""
from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from azmap import places as _places
from azmap.places import (Place, PlaceIndex, Resolution, index, may_name_a_settlement, names_a_settlement,
                          normalise, resolve)

# Words that are also the names of places in the gazetteer (English and Russian function words,
# English nouns, persons' names that Soviet towns took): a single one of these is never taken
# for a place. A word joins the list when a text shows the gazetteer mistaking it.
COMMON_WORDS = frozenset("""
a an and as at be but by do for from go he her his i if in is it its me my no not of on or our she
so the their them then there they this to up us we who why yes you
all also any are can new old one two east west north south central upper lower great little
mart may june july august march april art bar ball bay bell bill black bridge camp cape
city coast college court cross dam ever field fort gate golden green grove hall harbor hill
hope house island lake land lane long main mill mine mount mountain park pine point port
post range red river rock rose round saint san santa sea spring star station stone summer
sun town union valley view village white wood
в во на из с со к ко по у под от до для о об при за над без и а но
big bank paper angel gay cat side off band bare bard dia gal id sri tut sen ser tire til var wan
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
_NATURE_WORDS = (r"Mount", r"Mt", r"Lake", r"River", r"Gulf\s+of", r"Sea\s+of", r"Cape", r"озеро", r"озера", r"гора",
                 r"горы", r"река", r"реки")
_NATURE_BEFORE = re.compile(r"\b(?:" + "|".join(_NATURE_WORDS) + r")\.?\s+$", re.IGNORECASE)
# words after "the X" that end the name: "the Araks through ...", "the Kura and ..." (a river or a
# range); a noun after it makes X an adjective ("the Kars plateau", "the Marand–Jolfa road")
_ENDS_A_NAME = frozenset("""
through along across into near over under between with at by from to of in on and or but as for is was
were are has had flows flowed runs ran rises rose which that where while
""".split())
# capitalised words that may stand before a place's name without making a longer name of it
_MODIFIERS = frozenset("northern southern eastern western central upper lower old new greater".split())
# titles and words after which a capitalised word is a person's name, not a place
_PERSON_WORDS = tuple("""Mr Mrs Ms Dr Prof President Minister General Gen Colonel Col Ambassador Sheikh Imam
Senator Governor Mayor Commander Captain Sergeant Lieutenant Major Saint St poet writer composer journalist said says
named surnamed""".split())
_PERSON_BEFORE = re.compile(r"\b(?:" + "|".join(_PERSON_WORDS) + r")\.?\s+$")


def _ending(words: tuple[str, ...], flags: int = 0) -> re.Pattern:
    r"""The pattern ``\b(?:words)\.?\s+$`` written for the reversed text, matched at its start: one
    try where the forward pattern tries every position of the text before a name. ``words`` are
    letters, with ``\s+`` between two words."""
    backwards = ["\\s+".join(part[::-1] for part in reversed(w.split("\\s+"))) for w in words]
    return re.compile(r"\s+\.?(?:" + "|".join(backwards) + r")\b", flags)


_PERSON_ENDING = _ending(_PERSON_WORDS)  # _PERSON_BEFORE, for the reversed text
_NATURE_ENDING = _ending(_NATURE_WORDS, re.IGNORECASE)  # _NATURE_BEFORE, for the reversed text

# a word; an apostrophe inside it is a letter (Kel'badzhar, Ts’khinvali), an English possessive is not
_WORD = re.compile(r"[^\W\d_]\w*(?:['’ʼ](?![sS]\b)\w+)*", re.UNICODE)
_WORD_PARTS = re.compile("(" + _WORD.pattern + ")", re.UNICODE)  # re.split: the gaps and the words between them
_INITIAL = itemgetter(0)
_JOIN = re.compile(r"[ \-‐‑–—]{1,3}")  # what may stand between the words of one name


class _Words:
    """The words of a text as ``_WORD.finditer`` reads them, from one split of the text: their strings
    and where each starts and ends (summed by built-ins). ``words[k]`` is a match-like view of one."""

    __slots__ = ("strings", "_at")

    def __init__(self, text: str):
        parts = _WORD_PARTS.split(text)  # gap, word, gap, word, ..., gap
        self.strings = parts[1::2]
        self._at = list(itertools.accumulate(map(len, parts)))  # where each part ends

    def __len__(self) -> int:
        return len(self.strings)

    def start(self, k: int) -> int:
        return self._at[2 * k]

    def end(self, k: int) -> int:
        return self._at[2 * k + 1]

    def __getitem__(self, k: int) -> "_Word":
        return _Word(self, k)


class _Word:
    __slots__ = ("_words", "_k")

    def __init__(self, words: _Words, k: int):
        self._words, self._k = words, k

    def start(self) -> int:
        return self._words.start(self._k)

    def end(self) -> int:
        return self._words.end(self._k)

    def group(self) -> str:
        return self._words.strings[self._k]


def _opening(idx: PlaceIndex, strings) -> set[str]:
    """Those of ``strings`` (capitalised words) that are a name of the gazetteer or the map, or the
    first word of one, as find_places reads them (normalised; a Russian or Armenian word in a case).
    What a word is depends on the gazetteer alone: known once, for every text."""
    known = getattr(idx, "_opening_words", None)
    if known is None or len(known) > 200_000:
        known = idx._opening_words = {}
    out = set()
    for w in strings:
        opens = known.get(w)
        if opens is None:
            first = normalise(w)
            opens = known[w] = first in idx.first_words or idx.key_for(first) is not None
        if opens:
            out.add(w)
    return out

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


_ABBREVIATION = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Lt|Sgt|No|Nos|Vol|pp?|ret)\.\s*$")


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \"'“‘«(")
    if before.endswith(".") and _ABBREVIATION.search(text[max(0, start - 8):start]):
        return False  # "Dr. Anna": the abbreviation's period ends no sentence
    return not before or before[-1] in ".!?:։\n—–-" or start == 0


def find_places(text: str, index_: PlaceIndex | None = None, *, places_only: bool = False) -> list[Mention]:
    """The place names of ``text``, each resolved: the longest run of words starting with a capital
    that is a name of the gazetteer or the map (Russian and Armenian case endings allowed), minus
    common words and persons' names; then each is resolved with the text's other places as context
    (first the names with one candidate, then the rest). ``places_only``: only the names resolved to
    a place of the gazetteer (the same ones, with the same resolutions); the map's features are then
    read only where they are the context of a name that several places share."""
    idx = index_ or index()
    words = _Words(text)
    strings = words.strings
    n_words = len(strings)
    first_words, second_words, key_for, join = idx.first_words, idx.second_words, idx.key_for, _JOIN.fullmatch
    places_by_key, features_by_key = idx._places_by_key, idx._features_by_key
    found: list[tuple[int, int, str]] = []  # start, end, key
    deferred: list[tuple] = []  # (start, end, key, word index, word): features read only if they are context
    shared_with_feature: list[tuple] = []  # the same, for one word that names a feature and a place (places_only)
    lower: list[frozenset] = []

    def lower_words() -> frozenset:  # the words of the text (read once, if asked)
        if not lower:
            lower.append(frozenset(strings))
        return lower[0]

    # the capitalised words that are a name or begin one, picked out by built-in functions (no step
    # of Python for the others; a capitalised word that begins no name is passed over as the loop
    # below would pass it over)
    capitalised = set(compress(strings, map(str.isupper, "".join(map(_INITIAL, strings)))))
    opening = _opening(idx, capitalised)
    i = 0  # the first word not yet read or passed over
    for i0 in compress(range(n_words), map(opening.__contains__, strings)):
        if i0 < i:
            continue  # inside the name found before
        i = i0
        word = strings[i]
        # a name's key is its words' keys joined by spaces; the words after the first are read only
        # where a name of the gazetteer starts with the first
        first = normalise(word)
        hit = None
        most = min(first_words.get(first, 1), n_words - i)
        if most > 1:
            # a longer name only where the next word is the second word of one starting so (or may be
            # one in a Russian or Armenian case, which key_for reads for the last word of a name)
            second = normalise(strings[i + 1])
            if second and _places._is_latin(second[-1]) and second not in second_words.get(first, ()):
                most = 1
        if most > 1:
            # the words after it that belong to the same name (joined by a space or a dash), up to the
            # longest name starting so; then the longest of those runs that is a name
            keys = [first]
            for k in range(i, i + most - 1):
                if not join(text, words.end(k), words.start(k + 1)):
                    break
                keys.append(normalise(strings[k + 1]))
            for n in range(len(keys), 1, -1):
                key = key_for(" ".join(keys[:n]))
                if key is not None:
                    hit = (words.start(i), words.end(i + n - 1), key, n)
                    break
        if hit is None:
            key = key_for(first)
            if key is None:
                i += 1
                continue
            hit = (words.start(i), words.end(i), key, 1)
        start, end, key, n = hit
        if n == 1:
            if places_only and key not in places_by_key and key in features_by_key:
                # one of the map's features that no place of the gazetteer shares a name with: never
                # a place here, only the context of names that several places share (read if there are any)
                deferred.append((start, end, key, i, word))
                i += 1
                continue
            if places_only and key in features_by_key:
                # one of the map's features that places of the gazetteer share a name with: read below,
                # where it may be a place or the context of one
                shared_with_feature.append((start, end, key, i, word))
                i += 1
                continue
            if _rejected(text, start, end, word, words, i, idx, key, lower_words):
                i += 1
                continue
        found.append((start, end, key))
        i += n
    if shared_with_feature:
        found = _with_shared_names(text, found, shared_with_feature, words, idx, lower_words)
    # where each sentence after the first starts (after each of _SENTENCE_END's characters), summed by built-ins
    bounds = list(itertools.accumulate(map((1).__add__, map(len, _SENTENCE_END.split(text)[:-1]))))
    sentence_of = lambda at: bisect.bisect_right(bounds, at)  # noqa: E731
    if deferred:
        shared = {sentence_of(start) for start, _, key in found if len(places_by_key.get(key, ())) > 1}
        if not shared:
            return _resolved(text, found, idx, places_only, sentence_of)
        # first the features of the sentences whose names several places share: the context of
        # those names, unless one of them has none in its own sentence; then every feature
        kept = [(start, end, key) for start, end, key, i, word in deferred if sentence_of(start) in shared
                and not _rejected(text, start, end, word, words, i, idx, key, lower_words)]
        read: dict = {}  # what this first reading works out that the second one would again
        out = _resolved(text, sorted(found + kept), idx, places_only, sentence_of, whole=False, read=read)
        if out is not None:
            return out
        found = sorted(found + kept + [(start, end, key) for start, end, key, i, word in deferred
                                       if sentence_of(start) not in shared
                                       and not _rejected(text, start, end, word, words, i, idx, key, lower_words)])
        return _resolved(text, found, idx, places_only, sentence_of, read=read)
    return _resolved(text, found, idx, places_only, sentence_of)


def _with_shared_names(text: str, found: list[tuple[int, int, str]], shared: list[tuple], words, idx: PlaceIndex,
                       lower_words) -> list[tuple[int, int, str]]:
    """``found`` (names read for places only) with the single words ``shared`` (start, end, key, word
    index, word) that name one of the map's features and places of the gazetteer too, those that
    ``_rejected`` leaves. Such a word is resolved to the feature unless the words around it say a
    settlement (places.names_a_settlement); so where no name of the text is resolved by its context
    (none that several places share is read as a place), a word without such words around it is
    never a place and no other name's context, and it is left out unread."""
    places_by_key, features_by_key = idx._places_by_key, idx._features_by_key

    anywhere = may_name_a_settlement(text)  # a word for a settlement anywhere in the text

    def settlement(start: int, end: int) -> bool:  # as resolve() is given the words around a name
        return anywhere and names_a_settlement(text[max(0, start - 60):start], text[end:end + 40])

    if any(len(places_by_key.get(key, ())) > 1 and (key not in features_by_key or settlement(start, end))
           for start, end, key in found):
        read = shared  # a name resolved by its context: every name may be the context
    else:
        read = [s for s in shared if settlement(s[0], s[1])]
        if any(len(places_by_key.get(key, ())) > 1 for _, _, key, _, _ in read):
            read = shared
    kept = [(start, end, key) for start, end, key, i, word in read
            if not _rejected(text, start, end, word, words, i, idx, key, lower_words)]
    return sorted(found + kept) if kept else found


def _resolved(text: str, found: list[tuple[int, int, str]], idx: PlaceIndex, places_only: bool, sentence_of,
              whole: bool = True, read: dict | None = None) -> list[Mention] | None:
    """The mentions of the names ``found`` (start, end, key), each resolved. ``whole``: ``found``
    holds every name of the text; otherwise (None is returned where) a name that several places
    share would need the names of the whole text as its context. ``read``: what an earlier reading
    of the same text worked out (the names read alone, by where they stand, and the countries
    named), kept there for the next."""
    read = {} if read is None else read
    places_by_key, features_by_key = idx._places_by_key, idx._features_by_key
    # resolve: names with a single meaning first; they are the context of the others, those of the
    # same sentence first (one sense per sentence), else those of the whole text
    first: dict[int, Resolution] = {}
    alone: dict[str, Resolution] = {}  # surface → what it means whatever stands around it
    for k, (start, end, key) in enumerate(found):
        if key in features_by_key or len(places_by_key.get(key, ())) == 1:
            before_read = read.get((start, end))
            if before_read is not None:  # the same name at the same place: what resolve() gave there
                first[k] = before_read
                continue
            surface = text[start:end]
            known = alone.get(surface)
            if known is not None:
                first[k] = read[start, end] = Resolution(surface, known.place, known.status, known.confidence,
                                                         known.reason, known.alternatives)
                continue
            first[k] = read[start, end] = resolve(surface, (), before=text[max(0, start - 60):start],
                                                  after=text[end:end + 40], index_=idx)
            own = idx.key_for(normalise(surface))
            if own is None or own not in places_by_key:  # no place of the gazetteer: the words around it say nothing
                alone[surface] = first[k]
    by_sentence: dict[int, list[tuple[int, Place]]] = {}
    everywhere: dict[str, list] = {}  # place id → [place, times named]
    for k, r in first.items():
        if r.place is not None and r.status == "sure":
            by_sentence.setdefault(sentence_of(found[k][0]), []).append((k, r.place))
            everywhere.setdefault(r.place.id, [r.place, 0])[1] += 1
    countries = country_starts = countries_by_sentence = None  # the countries named: read when first needed
    out = []
    for k, (start, end, key) in enumerate(found):
        res = first.get(k)
        if res is None or (res.place is not None and res.place.kind == "place" and len(places_by_key.get(key, ())) > 1):
            if countries is None:
                countries = read.get("countries")
                if countries is None:
                    countries = read["countries"] = _country_mentions(text, idx)
                country_starts = [a for a, _, _ in countries]
                countries_by_sentence = {}
                for a, _, p in countries:
                    countries_by_sentence.setdefault(sentence_of(a), []).append(p)
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
            if not local:
                if not whole:
                    return None  # the names of the whole text are asked for: the caller reads them all
                context = [(p, times - (pid == own)) for pid, (p, times) in everywhere.items()
                           if times - (pid == own) > 0]
            else:
                context = local
            res = resolve(text[start:end], context, before=text[max(0, start - 60):start],
                          after=text[end:end + 40], beside=beside, index_=idx)
        if places_only and (res.place is None or res.place.kind != "place"):
            continue
        out.append(Mention(text[start:end], start, end, res))
    return out


_SENTENCE_END = re.compile(r"[.!?։;\n]")


def _country_mentions(text: str, idx: PlaceIndex) -> list[tuple[int, int, Place]]:
    """Where the text names a country of the map or uses its demonym ("Iranian"), with the country."""
    if not _places._CUE_WORDS:
        return []
    pattern = getattr(idx, "_country_re", None)
    if pattern is None:
        words = {w: fid for fid, ws in _places._CUE_WORDS.items() for w in ws if len(w) > 2}
        # "(?<!\w)" is checked after a match, not in the pattern: a pattern that starts with its
        # names is looked for only where one of their first letters stands; the names as a tree of
        # their letters (each letter tried once), the longest name that ends before no word character
        # first, as the names longest first would find it
        pattern = (re.compile(rf"{_letter_tree(words)}(?!\w)"), words)
        idx._country_re = pattern
    rx, words = pattern
    out = []
    for m in word_matches(rx, text):
        place = idx.by_id.get(words[m.group()])
        if place is not None and place.country:
            out.append((m.start(), m.end(), place))
    return out


def _letter_tree(strings) -> str:
    """A pattern that matches what ``"|".join(strings, longest first)`` matches, written as a tree of
    the strings' letters: after each letter, the longer strings are tried before the one that ends there."""
    tree: dict = {}
    for s in strings:
        node = tree
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict) -> str:
        alts = [re.escape(ch) + branches(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node:
            alts.append("")  # a string ends here: tried after every longer one
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branches(tree)


def word_matches(rx: re.Pattern, text: str):
    """The matches of ``rx`` in ``text`` that no word character stands right before, as
    ``re.compile("(?<!\\w)" + rx.pattern).finditer(text)`` finds them. Without the look-behind at its
    head, a pattern that begins with literal names is looked for only where one of their first
    letters stands, which is many times faster."""
    m = rx.search(text)
    while m is not None:
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):  # inside a word: again from the next character
            m = rx.search(text, at + 1)
            continue
        yield m
        m = rx.search(text, m.end() if m.end() > at else at + 1)


def _place_word(word: str) -> bool:
    key = normalise(word)
    return key in PLACE_WORDS or key.startswith(_PLACE_STEMS)


_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def _rejected(text: str, start: int, end: int, surface: str, words, i: int, idx: PlaceIndex,
              key: str = "", lower_words=frozenset) -> bool:
    """A single capitalised word that is a common word, a person's name or part of a longer name
    (a street, an organisation) rather than a place. ``lower_words()``: the words of the text (those
    written in lower case are what counts)."""
    low = normalise(surface)
    if low in COMMON_WORDS or key in COMMON_WORDS:
        return True
    if _STREET.search(text[max(0, start - 12):start]) or _STREET_AFTER.match(text[end:end + 12]):
        return True
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and text[end:nxt.start()] == " " and _place_word(nxt.group()):
        return False  # "Şahbuz rayonunda", "Tovuz district": a place, whatever stands before it
    if low in _places._DEMONYMS and nxt is not None and nxt.group()[0].islower():
        return True  # "a Kazakh company": the people's adjective, not the town of Gazakh ("Kazakh")
    if _PERSON_ENDING.match(text[max(0, start - 30):start][::-1]) \
            or _NATURE_ENDING.match(text[max(0, start - 20):start][::-1]):
        return True
    # part of a longer proper name: a capitalised word just before it that is no place ("Ali Kars")
    headline = None  # whether the name stands in a headline in title case (read once, if asked)
    if i > 0:
        prev = words[i - 1]
        word = prev.group()
        if text[prev.end():start] == " " and word[0].isupper() and not word.isupper():
            pkey = normalise(word)
            if pkey not in COMMON_WORDS and pkey not in _MODIFIERS and pkey not in _country_words() \
                    and not _sentence_start(text, prev.start()):  # "Left Baku", "Жители Шуши": a sentence's first word
                headline = _title_case_line(text, start)
                if not headline:
                    return True
    # the same word in lower case elsewhere in the text: a word, not a name
    written = surface.lower()
    if written[0].islower() and _sentence_start(text, start) and written in lower_words():
        return True
    # "the Araks", "the Kura": a river, a ship, a range; a town takes no article ("the Kars road" does)
    if _THE_BEFORE.search(text[max(0, start - 5):start]) and low not in idx._features_by_key:
        after = text[end:end + 30]
        nxt = _FIRST_WORD.match(after)
        if not after.startswith(("-", "–", "—")) and (not nxt or nxt.group(1).lower() in _ENDS_A_NAME):
            return True
    # the first word of a longer proper name: a capitalised word just after it that is no place, no
    # country or demonym and no word for a kind of place ("Sinan Oğan", "Babek Bekir"); not in a
    # headline in title case, where every word is capitalised
    if i + 1 < len(words):
        nxt = words[i + 1]
        word = nxt.group()
        if text[end:nxt.start()] == " " and word[0].isupper():
            nkey = normalise(word)
            if nkey not in PLACE_WORDS and nkey not in COMMON_WORDS and idx.key_for(nkey) is None \
                    and nkey not in _country_words():
                if headline is None:
                    headline = _title_case_line(text, start)
                if not headline:
                    return True
    return False


_HEADLINE = 300  # characters: the longest line taken for a headline


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline with (nearly) every word capitalised."""
    s0 = text.rfind("\n", max(0, at - _HEADLINE), at) + 1
    s1 = text.find("\n", at, at + _HEADLINE)
    if (s0 == 0 and at > _HEADLINE) or (s1 < 0 and len(text) - at > _HEADLINE):
        return False  # a line this long is no headline (and is not read again for each name in it)
    return _title_case(text[s0:s1 if s1 >= 0 else len(text)])


@lru_cache(maxsize=4096)
def _title_case(line: str) -> bool:  # read once for all the names of a line
    words = [w.group() for w in _WORD.finditer(line) if len(w.group()) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


@lru_cache(maxsize=1)
def _country_words() -> frozenset:
    index()
    return frozenset(normalise(w) for ws in _places._CUE_WORDS.values() for w in ws)
