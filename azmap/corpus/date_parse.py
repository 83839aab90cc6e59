"""The date a line gives: English forms read by pattern, the other major languages by
dateparser (``parse_date``); the publication's date of a line that gives several
(``publication_date``); a season's year ("Spring 2021") on a cover.
"""
from __future__ import annotations

import re
from functools import lru_cache

from azmap.corpus.metadata_front import day_range
from azmap.corpus.month_words import month_word_date

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = [  # (pattern, groups as (day, month, year) positions)
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "mn", "d")),
    (re.compile(r"\b(\d{1,2})[ -]" + _MONTH + r"[ ,-]*(\d{4})\b", re.I), ("d", "m", "y")),
    (re.compile(r"\b" + _MONTH + r" (\d{1,2}),? (\d{4})\b", re.I), ("m", "d", "y")),
    (re.compile(r"\b" + _MONTH + r",? (\d{4})\b", re.I), ("m", "y")),
    # a date in figures with dots (03.02.2025) is written day first wherever it is written so
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "mn", "y")),
    # and with a space after each dot, as Czech, Slovak and German pages print it (5. 3. 2026)
    (re.compile(r"(?<![\d.])(\d{1,2})\. (\d{1,2})\. (\d{4})\b"), ("d", "mn", "y")),
    # the year first with dots or slashes (2026.02.11, 2026/2/11), as Korean, Lithuanian, Hungarian and Japanese
    # pages print it: a version number or a dotted figure of four parts is none
    (re.compile(r"(?<![\d.])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)"), ("y", "sep", "mn", "d")),
]

_SEPARATORS = re.compile(r"\s+[|·•]\s+")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.I)

_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+((?:19|20)\d\d)\b", re.I)


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """The first date in a line, as ISO (yyyy-mm-dd, or yyyy-mm when the day is not given): the
    English forms first, then any of the major European languages through dateparser. A copyright
    line never gives a date."""
    if _COPYRIGHT.search(text):
        return None
    if "İ" in text:  # a Turkish or Azerbaijani month in capitals ("7 NİSAN 2025"): its dotted capital is an i
        text = text.replace("İ", "i")
    days = day_range(text) or _range_in_words(text)  # "12–14 May 2018": which of the days is not said
    if days:
        return days
    english = _english_date(text)
    if english and len(english) == 10:
        return english
    if english:  # read again only the part of the line that holds the date ("No. 7 | March 2021")
        text = next((part for part in re.split(r"[|·•]", text) if _english_date(part)), text)
        # a number and a comma before the month is no day ("Discussion Paper 4, May 2024"): a day
        # is written "4 May" or "May 4"
        text = re.sub(r"(?<!\d)\d{1,3},\s*(?=" + _MONTH + r")", "", text, flags=re.I)
        if not re.search(r"(?<!\d)\d{1,2}(?!\d)", text):
            return english  # no number that could be the day

    # (in any language: a number and a comma before a month's word and a year is no day: "Arbeitspapier
    # Nr. 4, März 2020", "Documento de trabajo n.º 7, marzo de 2021")
    text = _NUMBER_BEFORE_MONTH.sub("", text) if "," in text else text
    worded = month_word_date(text)  # "5. března 2026", "2026 m. kovo 5 d.": a month's word beside its day and year
    if worded and len(worded) == 10 and (not english or worded.startswith(english)):
        return worded
    other = _other_date(text)  # "9. April 2019": the day the English forms did not see
    return other if other and (not english or other.startswith(english)) else english


_NUMBER_BEFORE_MONTH = re.compile(r"(?<![\d.])\d{1,3},\s*(?=[^\W\d_]{3,12}\.?\s+(?:de\s+)?(?:1[89]|20)\d\d\b)")


def _english_date(text: str) -> str | None:
    best = None
    for rx, order in _DATES:
        m = rx.search(text)
        if not m or (best and best[0] <= m.start()):
            continue
        parts = dict(zip(order, m.groups()))
        try:
            year = int(parts["y"])
            month = int(parts["mn"]) if "mn" in parts else MONTHS[parts["m"].lower()[:3]]
            day = int(parts["d"]) if "d" in parts else None
        except (KeyError, ValueError):
            continue
        if not (1800 <= year <= 2100 and 1 <= month <= 12 and (day is None or 1 <= day <= 31)):
            continue
        best = (m.start(), f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""))
    return best[1] if best else None



_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LANGUAGES = ["en", "fr", "de", "es", "ru", "it", "pt", "nl", "pl", "tr", "az", "uk", "sv", "cs", "ro", "hu"]
_date_parser = None


_ABBREVIATED_MONTH = re.compile(r"(\d\.?\s+[^\W\d_]{3,5})\.(\s+\d{4}\b)")


# a range of days before a month's word and a year, in any language's order of words ("5-7 mars 2025",
# "10.-12. April 2025", "3-4 de abril de 2025", "5–7 марта 2025 г."): the last day's date read as one
_DAYS_IN_WORDS = re.compile(r"(?<![\d.])\d{1,2}\.?\s*[–—-]\s*(\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+"
                            r"(?:de\s+)?(?:1[89]|20)\d\d)(?!\d)")


def _range_in_words(text: str) -> str | None:
    """The month (yyyy-mm) of a range of days whose month is a word of any language, or None."""
    m = _DAYS_IN_WORDS.search(text)
    if not m:
        return None
    day = _english_date(m.group(1)) or _other_date(m.group(1))
    return day[:7] if day else None


def _other_date(text: str) -> str | None:
    """A date written in another language ("publié le mardi 3 mars 2015", "9. April 2019",
    "12 марта 2020 года"), read by dateparser: the day or at least the month, and the year as
    written (a year alone, or a number read as a date, is no date)."""
    global _date_parser
    if not _YEAR.search(text) or len(text) > 300:
        return None
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - a dependency
        return None
    settings = {"REQUIRE_PARTS": ["year"], "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        if _date_parser is None:
            _date_parser = DateDataParser(languages=_LANGUAGES, settings=settings)
        # the major languages first; language detection (slower to start) only when they find nothing
        text = _YEAR_SUFFIX.sub("", text)  # "17 oktyabr 2024-ci il": the year's ordinal ending
        if "." in text:  # "16. Nov. 2025": the search cuts at an abbreviated month's dot before the year
            text = _ABBREVIATED_MONTH.sub(r"\1\2", text)
        tries = [(text, _LANGUAGES), (text, None)]
        label = re.match(r"^[^:\d]{2,40}:\s*(?=\S)", text)
        if label:  # the value of "Label: date" alone, when the label's words mislead the search
            tries.insert(1, (text[label.end():], _LANGUAGES))
        lead = re.match(r"^[^\W\d_][^\d:]{1,40}?\s(?=\d)", text)
        if lead and not label:  # the words before it mislead the search too ("Son güncelleme 20 Kasım 2023")
            tries.append((text[lead.end():], _LANGUAGES))
        year = _YEAR.search(text, lead.end()) if lead and not label else None
        if year and year.end() < len(text.rstrip(" .")):  # and the words after its year ("14 fevral 2026, saat
            tries.append((text[lead.end():year.end()], _LANGUAGES))  # 09:52-də redaktə edilib": a time, a verb)
        for text, languages in tries:
            found = search_dates(text, languages=languages, settings=settings, add_detected_language=True)
            for span, when, language in found or []:
                if str(when.year) not in _YEAR.findall(span) \
                        or not re.search(r"[^\W\d_]{3}|\d{1,2}[./-]\d{1,2}[./-]", span):
                    continue
                # the span read again in the language the search found it in ("12 Mart 2021": Turkish)
                period = _parser_for(language, settings).get_date_data(span).period
                if period == "day" and not re.search(r"(?<!\d)\d{1,2}(?!\d)", span):
                    period = "month"  # a day in words is a number in the sentence ("Februar 2026 um neun Prozent")
                if period == "month":  # the day the search left before the month ("le 28 | juillet 2023")
                    day = re.search(r"(?<!\d)(\d{1,2})\.?\s+$", text[:text.find(span)])
                    fuller = _day_before(day.group(1), span, _parser_for(language, settings)) if day else None
                    if fuller:
                        when, period = fuller.date_obj, "day"
                if period == "day":
                    when = _day_first(text, span, when)
                    return f"{when.year:04d}-{when.month:02d}-{when.day:02d}"
                if period == "month":
                    return f"{when.year:04d}-{when.month:02d}"
    except Exception:  # dateparser on odd text: no date rather than a failure
        return None
    return None


_PARSERS: dict = {}


def _day_before(day: str, span: str, own):
    """A month's span read again with the day before it, by the major languages' parser, else by the parser of
    the language the month was found in ("5. ožujka 2026", "5. novembra 2026": a month the major languages'
    parser knows not): its date data where that gives a day, else None."""
    for parser in (_date_parser, own):
        data = parser.get_date_data(f"{day} {span}")
        if data and data.period == "day" and data.date_obj:
            return data
    return None


def _parser_for(language: str | None, settings: dict):
    """dateparser's parser for one language (the major languages' together when none is known)."""
    if language not in _PARSERS:
        from dateparser.date import DateDataParser

        _PARSERS[language] = _date_parser if not language else DateDataParser(languages=[language], settings=settings)
    return _PARSERS[language]


_YEAR_SUFFIX = re.compile(r"(?<=\d{4})-(?:ci|cı|cu|cü)\b(?:\s+il\b)?", re.I)
_SLASHED = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b")
# the words of an English label around a date in figures ("Posted on 03/12/2021"): such a line may
# write the month first; a line in any other language writes the day first
_ENGLISH_LABEL = frozenset("posted published updated on at last modified revised date dated first issued".split())


def _day_first(text: str, span: str, when):
    """The date of a span in figures with slashes ("03/02/2022") as a line in another language than
    English means it, the day first ("Pubblicato: 03/02/2022", "Publié le 03/02/2022"); as read
    otherwise."""
    m = _SLASHED.search(span)
    if not m:
        return when
    words = {w.lower() for w in re.findall(r"[^\W\d_]{2,}", text.replace(m.group(0), " "))}
    day, month = int(m.group(1)), int(m.group(3))
    if (words and not words <= _ENGLISH_LABEL or day > 12) and month <= 12:
        try:
            return when.replace(year=int(m.group(4)), month=month, day=day)
        except ValueError:
            return when
    return when


def _season_line(line: str) -> str | None:
    """The year of a line that is a season and a year, alone or between separators ("Spring 2021",
    "Issue 4 | Winter 2020"): a report's or a periodical's cover."""
    if len(line) > 60 or not _SEASON.search(line):
        return None
    for part in _SEPARATORS.split(line):
        m = _SEASON.fullmatch(part.strip())
        if m:
            return m.group(1)
    return None


def publication_date(line: str) -> str | None:
    """The date a line gives for the publication when it gives several ("Updated 2 March 2025 ·
    First published 14 November 2023"): the one said to be published, posted or issued, else the
    first."""
    parts = [p for p in re.split(r"\s+[|·•]\s+|\s{2,}", line) if p.strip()]
    dated = [(p, parse_date(p)) for p in parts]
    dated = [(p, d) for p, d in dated if d]
    if len(dated) < 2:
        return dated[0][1] if dated else None
    for p, d in dated:
        if _PUBLISHED_WORD.search(p) and not _UPDATED.search(p):
            return d
    return next((d for p, d in dated if not _UPDATED.search(p)), dated[0][1])


# the words that say when a text was published, or that it was changed since, in the major languages
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|released|issued|erschienen|veröffentlicht|publié|publicado|"
                             r"pubblicato|gepubliceerd|opublikowano|data publikacji|yayın\w*|dərc|опубликовано|"
                             r"опубліковано|дата публикации)", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|revised|last updated|mis à jour|mise à jour|aktualisiert|geändert|"
                      r"actualizado|modificación|aggiornato|modificato|atualizado|bijgewerkt|gewijzigd|"
                      r"zaktualizowano|aktualizacja|güncelle\w*|yenilən\w*|обновлено|изменено|оновлено|stand:)", re.I)
