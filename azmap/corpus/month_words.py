"""A day written with its month's word in any language the reader meets, read by the month names dateparser's own
locale data holds ("5. března 2026", "2026 m. kovo 5 d.", "2026. gada 5. martā", "l'11 febbraio 2026"), and the
year-first dates in figures East Asian pages print ("2026年3月5日", "2026년 2월 11일").

dateparser's search finds such a date only when it is told the language, and a line under a title seldom says which;
a month's word, a day and a year side by side say it. A word that names different months in two languages
("listopad": November in Czech, October in Croatian) reads no date here.
"""
from __future__ import annotations

import re
from functools import lru_cache

# the languages of Europe, the Caucasus, Central Asia and the Middle East whose month names dateparser holds
_LANGUAGES = ("en fr de es ru it pt nl pl tr az uk sv cs ro hu sk sl hr sr bs bg el lt lv et fi da nb nn is ga ca "
              "eu gl mk sq ka hy kk uz ky be lb mt cy sr-Latn bs-Latn bs-Cyrl az-Cyrl uz-Latn uz-Cyrl mn").split()
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")

_WORD = r"([^\W\d_]{3,15})"
_DAY_FIRST = re.compile(r"(?<![\d.,/:-])(\d{1,2})(?:\.|-?(?:st|nd|rd|th|er|º|°))?\s*(?:de\s+|of\s+)?" + _WORD
                        + r"\.?,?\s+(?:de\s+|del\s+)?((?:1[89]|20)\d\d)(?![\d.:/-]\d)", re.I)
# the year first: "2026. március 5.", "2026 m. kovo 5 d.", "2026. gada 5. martā"
_YEAR_FIRST = re.compile(r"(?<![\d.,/:-])((?:1[89]|20)\d\d)\.?\s*(?:m\.|gada)?\s+(?:(\d{1,2})\.\s+)?" + _WORD
                         + r"(?:\s+(\d{1,2})(?!\d))?", re.I)
_EAST_ASIAN = re.compile(r"((?:1[89]|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")


@lru_cache(maxsize=1)
def _months() -> dict[str, frozenset[int]]:
    """Every month word of the languages above, lower-cased, and the months it names."""
    import importlib

    words: dict[str, set[int]] = {}
    for language in _LANGUAGES:
        try:
            info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
        except (ImportError, AttributeError):  # pragma: no cover - a locale the installed dateparser lacks
            continue
        for number, key in enumerate(_MONTH_KEYS, 1):
            for word in info.get(key, []):
                words.setdefault(word.lower().rstrip("."), set()).add(number)
    return {word: frozenset(numbers) for word, numbers in words.items()}


def _fold(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _folded() -> dict[str, frozenset[int]]:
    """The month words without their accents: a form one language writes with them and another without."""
    folded: dict[str, set[int]] = {}
    for word, numbers in _months().items():
        folded.setdefault(_fold(word), set()).update(numbers)
    return {word: frozenset(numbers) for word, numbers in folded.items()}


def month_of(word: str) -> int | None:
    """The month a word names in the languages above, or None when it names none or several. A form with a case
    ending the locale data lacks ("martā" beside "marts") is read by its stem of four letters or more."""
    word = word.lower()
    months = _months()
    found = months.get(word) or _folded().get(_fold(word))  # (a Serbian "oktobra" as Slovak writes "októbra")
    if found is None and len(word) >= 5:
        stem = word[:-1]
        found = frozenset().union(*(n for w, n in months.items()
                                    if len(w) >= 5 and abs(len(w) - len(word)) <= 1 and w[:-1] == stem)) or None
    return next(iter(found)) if found and len(found) == 1 else None


def _iso(year: str, month: int | None, day: str | None) -> str | None:
    y, d = int(year), int(day) if day else None
    if not month or not 1800 <= y <= 2100 or (d is not None and not 1 <= d <= 31):
        return None
    return f"{y:04d}-{month:02d}" + (f"-{d:02d}" if d else "")


def month_word_date(text: str) -> str | None:
    """The first date in a line written with its month's word or in East Asian figures, as ISO (the day when the
    line gives it), or None."""
    found = []
    m = _EAST_ASIAN.search(text)
    if m:
        found.append((m.start(), _iso(m.group(1), int(m.group(2)) if 1 <= int(m.group(2)) <= 12 else None,
                                      m.group(3))))
    for m in _DAY_FIRST.finditer(text):
        iso = _iso(m.group(3), month_of(m.group(2)), m.group(1))
        if iso:
            found.append((m.start(), iso))
            break
    for m in _YEAR_FIRST.finditer(text):
        day = m.group(2) or m.group(4)
        iso = _iso(m.group(1), month_of(m.group(3)), day)
        if iso and day:
            found.append((m.start(), iso))
            break
    found = [f for f in found if f[1]]
    return min(found)[1] if found else None
