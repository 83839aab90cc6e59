"""What a document says about itself: title, author, date, publisher, and where its body starts.

Markdown front matter is read as YAML. Plain text (and markdown without front matter) is read the
way a person reads the top of a page: a kicker or series line ("ENERGY CORRIDORS | PART 2",
"CASPIAN POLICY BRIEF No. 7 | March 2021"), a wire slug, the title, a standfirst, a byline
("By Name"), a date line ("11 December 2012", "Published 14 March 2023 | Energy desk",
"November 2023"), an affiliation; the body starts at the first paragraph of running prose.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path

from azmap.corpus import (affiliation_marks, annex, bio_notes, treaty, author_evidence, date_evidence, header_end,
                          participants, signatures, title_evidence, title_notes)
from azmap.corpus.book_head import is_book_head
from azmap.corpus.doc_memo import new_document, per_document
from azmap.corpus.markdown_marks import pandoc_title_block
from azmap.corpus.metadata_front import (archive_notice, breadcrumb, linked_trail, briefing_title, day_range, interviewee,
                                          journal_head, labelled_record, letter_signature, letters_page, nobody,
                                          note_by)

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
]
# "By", and the same word in the other major European languages, or a label ("Author:", "Автор:")
_BYLINE = re.compile(r"^\s*(?:(?:written |reported |prepared |compiled |edited |posted |interview |hosted |presented |"
                     r"(?:(?:words|text|photos|photographs|pictures)(?: and (?:words|text|photos|photographs|pictures))? )|"
                     r"interviewed |questions |reporting |story |issued |"
                     r"an? (?:report|study|paper|brief|briefing|analysis) )?by:?|von|par|"
                     r"por|di|door|av|"
                     r"(?:from|(?:lead |main |contributing |co-?)?authors?|contributors?|autor(?:es)?|"
                     r"auteurs?|autore|автор(?:ы)?|reporter|correspondent|writer|text|words|yazar|muhabir|"
                     r"корреспондент|verfasser(?:in)?|redaktion|rédaction|autrice|müəllif(?:i|lər)?|yazarlar)\s*:|"
                     # an author's label before a dash: "Müəllif - A", "Автор — A"
                     r"(?:authors?|autor(?:es)?|auteurs?|autrice|autore|автор(?:ы)?|yazar|müəllif(?:i)?|verfasser)"
                     r"\s+[-—–])\s+(.{2,200}?)\s*$", re.I)
_RECORD_TITLE = re.compile(r"^(?:(?:unofficial |uncorrected |verbatim )?transcript|minutes|verbatim record|record|proceedings)"
                           r" of (?:the )?\w+", re.I)
_DIGEST_NAME = re.compile(r"^.{3,80}\bdigest\b(?:,?\s*(?:vol\.?|volume|issue|no\.?)\s*\d+)+$", re.I)
_WIRE_VERSION = re.compile(r"^(?:UPDATE \d+|WRAPUP(?: \d+)?|RPT|REFILE|CORRECTED|REPEAT)-(?=\S)")
_TRAILING_BY = re.compile(r"\bby\s+(\S[^|·•]{0,60}?)\s*$", re.I)  # "posted 12 may 2023 by tural"
_SEPARATORS = re.compile(r"\s+[|·•]\s+")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.I)
# an office that issues statements: the author of a press release when the page names it
_PRESS_OFFICE = re.compile(r"^(?:(?:issued|published|released|distributed)\s+by\s+(?:the\s+)?)?(.{0,60}\b(?:press|communications?|media|information|"
                           r"public affairs)\s+(?:office|service|department|centre|center|unit|team)\b.{0,80})$", re.I)
_PARTICIPANTS = re.compile(r"^(?:participants|speakers|panel(?:ists)?|(?:members |also )?present|on the panel|"
                           r"witness(?:es)?|panel of witnesses|on the (?:platform|podium|rostrum|stage)|hosts?|guests?|moderator|interviewer|interviewee|respondent|narrator|chair)"
                           r"\s*(?::\s*(.*)|$)", re.I)
# an order code or reference: "CSM-2021-04", "AZ-TR-2023-11", "CPI/2024/017", "KD/OPS/88"
_ORDER_CODE = re.compile(r"\b[A-Z]{2,}(?:-\d{2,}(?:-\d+)*|(?:[-/][A-Z0-9]{1,10})*[-/]\d{2,})\b")
_LABEL_LINE = re.compile(r"^[A-Z][a-z]{4,}\s*:\s+\S")  # "Distribution: unrestricted."
# a transcript's turn: "DR. EMIN SADIGOV: ...", after its time stamp ("[00:12:31] CHAIR (Aysel Mirzayeva): ...")
_SPEAKER = re.compile(r"^(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s*)?([A-Z][A-Z.'’()\- ]{2,60}?(?: \([^()\n:]{3,60}\))?):\s+\S", re.M)
_DATELINE = re.compile(r"^\s*([A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'’-]{1,40}),\s*([^—–\n]{6,40}?)\s*(?:—|–|--|-)\s")
_RANKS = frozenset("""lt lt. lieut lieutenant col col. colonel gen gen. general maj maj. major capt capt. captain cdr
    commander adm adm. admiral brig brigadier sgt sergeant cpt dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss
    sir dame hon hon. rev rev. ambassador amb. minister senator moderator chair chairman chairwoman host (ret.) (retd)
    ret. retd. lt.-col. lt.col. lt.col lieutenant-colonel major-general""".split())
_INSTITUTION = re.compile(r"\b(institut\w*|universit\w*|college|school|centre|center|department|faculty|"
                          r"foundation|council|agency|ministry|office|service|forum|programme|program|academy|"
                          r"consult\w*|group|ltd|llc|inc|gmbh|partners|associates|company|corporation|bank|lab|"
                          r"laboratory|observatory|network|association|society|trust|media|news|daily|herald|times|"
                          r"review|journal|magazine|gazette|wire|agency|station|survey|watch|initiative|coalition|"
                          r"alliance|federation|union|commission|committee|secretariat|museum|library|archives?|authority|bureau|"
                          r"administration|directorate)\b",
                          re.I)
# the capitals of Latin's extended letters: a Turkish or an Azerbaijani name's "Ş", "Ö", "Ç", "İ", "Ə"
_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_PERSON = re.compile(rf"^(?:(?:Dr|Prof)\.? )?(?:[{_CAPITALS}][a-zà-ÿāăąćčďđēėęěğīįıķļľłńņňōőœŕřśşšţťūůűųźżžə'’-]+|"
                     rf"[А-ЯЁ][а-яё'’-]+)(?: [{_CAPITALS}А-ЯЁ]\.)?"
                     rf"(?: (?:van |de |al-)?[{_CAPITALS}А-ЯЁ][\w'’-]+){{1,2}}$")  # Latin or Cyrillic
_RELEASE = re.compile(r"^(for immediate release|fact ?sheet|briefing note|backgrounder|information note|"
                      r"(?:press|news|media) (?:release|statement|notice)"
                      r"(?:\s+(?:no\.?|nr\.?|number|#)\s*[\w/.-]{1,20})?|statement|embargoed.*)$", re.I)
# a body's name standing over a document: "COMMITTEE ON FOREIGN AFFAIRS", "Department for Overseas Trade",
# "NEWS FROM THE FOREIGN AND DEVELOPMENT OFFICE": every word that is not a small word is capitalised
_ISSUER = re.compile(r"\b(committee|subcommittee|commission|ministry|department|office|council|parliament|consulate|"
                     r"assembly|senate|house of|government|embassy|secretariat|agency|directorate)\b", re.I)
_SMALL_WORDS = frozenset("of for on and the in to at a an from with de du des la le der die das".split())
# a language edition of an outlet, over its headline: "Caspian Wire — English service"
_EDITION = re.compile(r"^(.{2,80}?)\s*(?:[|—–:/-]\s*)?(?:\b(?:english|international|world|online|digital)\s+"
                      r"(?:service|edition|version)\b|\((?:in )?english(?: edition| version| service)?\))\s*$", re.I)
# an e-mail's header lines, as a mail program saves or copies them
_MAIL_HEADER = re.compile(r"^(from|to|cc|bcc|date|sent|subject|reply-to|message-id|mime-version|content-type|"
                          r"re|memorandum for|attn|attention|thru|through|x-[\w-]+)\s*:\s?(.*)$", re.I)
# any other header of a message (RFC 5322 and the mailing lists' RFC 2369: "List-Unsubscribe:",
# "Return-Path:", "Received:", "Organization:"): a hyphenated field name or one of the single-word ones
# the RFCs and the common mailers define; read past, never taken for the message's first line
_OTHER_HEADER = re.compile(r"^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)+|received|sender|references|comments|keywords|"
                           r"organi[sz]ation|importance|priority|precedence|sensitivity)\s*:", re.I)
_HEADER_ALIASES = {"re": "subject", "memorandum for": "to", "attn": "to", "attention": "to", "thru": "cc",
                   "through": "cc"}
# the label over a memo's header lines ("MEMO", "INTERNAL MEMORANDUM", "Office memorandum")
_MEMO_LABEL = re.compile(r"^(?:internal |office |interoffice |inter-office )?(?:memo|memorandum)$", re.I)
_FORWARDED = re.compile(r"^-{2,}\s*(?:forwarded message|original message|message transféré|"
                        r"weitergeleitete nachricht|mensaje reenviado)\s*-{2,}$", re.I)
_WEB_COPY = re.compile(r"\b(?:browser|online|on the web|web version|view (?:it|this|the)|trouble (?:reading|viewing)|"
                       r"im browser|en ligne|navigateur)\b", re.I)
_EPISODE = re.compile(r"^(.{2,60}?)[,:|—–-]?\s+(?:episode|ep\.|folge|épisode|episodio|выпуск)\s*\d+\b", re.I)
_RUBRIC = re.compile(r"^(?:letters?(?: to the editor)?|opinion|analysis|commentary|comment|explainer|editorial|"
                     r"interview|feature|column|review|obituary|correction|news|world|business|sport)\s*[:|]?$", re.I)
_LABELLED_NAME = re.compile(r"^(?:author|authors|by|written by|reporter|autor|auteur|von|par)\s*:?\s+", re.I)
_PUBLISHED = re.compile(r"^(published|updated|revised|posted|last updated|recorded|issued|"
                        r"(?:(?:a |this )?(?:paper|talk|lecture|keynote|presentation) )?(?:presented|delivered))\b", re.I)
_TITLE_LABEL = re.compile(r"^(?:title|titel|titre|título|заголовок|inquiry|subject|betreff|objet|тема)\s*:\s*(\S.{1,200})$", re.I)  # "Title: Ice on …"
# a transcript's label over the show's or the episode's title ("Transcript: Caspian Hour")
_TRANSCRIPT_LABEL = re.compile(r"^(?:full |episode |programme |program |event |roundtable |round-table |panel |"
                               r"seminar |webinar |conference |meeting )?transcript\b\s*(?:[:|—–-]\s*.{0,80})?$", re.I)
# a periodical's issue line under its body's name: "Monthly Bulletin — April 2025", "Quarterly Newsletter | Spring 2025"
# a line filing the document under a heading of the site's, over the headline: "Category: Economy / Transport"
_FILED = re.compile(r"^(?:categor(?:y|ies)|section|topics?|tags?|filed under|subjects?|desk|rubric|themes?|sectors?)"
                    r"\s*:\s*\S.{0,80}$", re.I)
# a letterhead's street address under the body's name: "12 Harbour Street, Batumi 6000, Georgia"
_ADDRESS = re.compile(r"^\d{1,5}[A-Za-z]?,?\s+[A-ZÀ-ÞƏ][^.!?]{2,80},\s*[^.!?]{2,60}$")
# a company's legal form after its name, left out of the name as running text gives it
_LEGAL_FORM = re.compile(r",?\s+(?:LLC|L\.L\.C\.|Ltd\.?|Limited|JSC|CJSC|OJSC|PLC|plc|Inc\.?|GmbH|S\.A\.|LLP|AG)$", re.I)
_BULLETIN = re.compile(r"\b(?:newsletter|bulletin|digest|circular|update|briefing|news)\b.{0,40}?"
                       r"(?:\b(?:19|20)\d\d\b)", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S")  # a list's item, bulleted or numbered
_QA_TURN = re.compile(r"^\s*(?:Q|A|Q\d+|Question|Answer)\s*:\s+\S")  # an interview's turn
_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+((?:19|20)\d\d)\b", re.I)
# a newspaper's anonymous voice: "The Editorial Board", "By the editors", "Editorial Staff"
_EDITORIAL_BOARD = re.compile(r"^(?:by\s+)?((?:the\s+)?(?:editorial board|editorial team|editors|editorial staff|"
                              r"[A-Z][\w’'&. -]{1,40} editorial board))$", re.I)
_STAFF = re.compile(r"\bstaff\b|\bnews desk\b|\bnewsroom\b", re.I)  # "By Caspian Wire staff": nobody in particular
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_YAML_NODES = 5000  # values in the front matter, each alias counted as often as it is used
_SERIES = re.compile(r"(\||\bno\.\s*\d|\bpart \d|\bworking paper\b|\bbrief\b|\bseries\b|\bservice\b|\bissue \d)", re.I)


class Metadata:
    """What a document says about itself. ``authors``: one dict per author (name, affiliation,
    organisation); ``author``: their names as one string; ``participants``: a transcript's speakers;
    ``evidence``: for each field found, where it came from (meta tag, front matter, byline, date
    line, dateline, first line, file name, ...)."""

    __slots__ = ("title", "author", "date", "publisher", "url", "body_start", "authors", "participants", "evidence",
                 "body_end", "body_resume")

    def __init__(self, title=None, author=None, date=None, publisher=None, url=None, body_start=0,
                 authors=None, participants=None, evidence=None):
        self.title, self.author, self.date, self.publisher, self.url = title, author, date, publisher, url
        self.body_start = body_start  # offset in the text where the body begins
        self.body_end = None  # where it ends, when something else follows it (an e-mail's signature)
        self.body_resume = None  # where it goes on after body_end: an annex after the signatures (annex.py)
        self.authors = list(authors or [])
        self.participants = list(participants or [])
        self.evidence = dict(evidence or {})

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}

    def found(self, field: str, value, how: str) -> bool:
        """Set ``field`` to ``value`` unless it is set already, noting where it came from."""
        if value in (None, "", []) or getattr(self, field):
            return False
        setattr(self, field, value)
        self.evidence[field] = how
        return True

    def settle_authors(self) -> None:
        """``author`` and ``authors`` tell the same story: the names joined, or the string split."""
        if self.authors and not self.author:
            self.author = ", ".join(a["name"] for a in self.authors)
            self.evidence.setdefault("author", self.evidence.get("authors", "byline"))
        elif self.author and not self.authors:
            parts = [p.strip() for p in re.split(r";|,", self.author) if p.strip()]
            if ";" in self.author or (len(parts) > 1 and all(_PERSON.match(p) and not _INSTITUTION.search(p)
                                                           for p in parts)):
                self.authors = [{"name": p, "affiliation": None} for p in parts]  # "A; B", "Ann Lee, Bo Chen"
            else:
                self.authors = split_authors(self.author)


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """The first date in a line, as ISO (yyyy-mm-dd, or yyyy-mm when the day is not given): the
    English forms first, then any of the major European languages through dateparser. A copyright
    line never gives a date."""
    if _COPYRIGHT.search(text):
        return None
    days = day_range(text)  # "12–14 May 2018": which of the days is not said
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
        for text, languages in tries:
            found = search_dates(text, languages=languages, settings=settings, add_detected_language=True)
            for span, when, language in found or []:
                if str(when.year) not in _YEAR.findall(span) \
                        or not re.search(r"[^\W\d_]{3}|\d{1,2}[./-]\d{1,2}[./-]", span):
                    continue
                # the span read again in the language the search found it in ("12 Mart 2021": Turkish)
                period = _parser_for(language, settings).get_date_data(span).period
                if period == "month":  # the day the search left before the month ("le 28 | juillet 2023")
                    day = re.search(r"(?<!\d)(\d{1,2})\.?\s+$", text[:text.find(span)])
                    fuller = _date_parser.get_date_data(f"{day.group(1)} {span}") if day else None
                    if fuller and fuller.period == "day" and fuller.date_obj:
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


def front_matter(text: str) -> tuple[dict, int]:
    """(metadata, offset of the body) of a document that starts with YAML front matter."""
    if not text.startswith("---"):
        return {}, 0
    end = re.search(r"^(?:---|\.\.\.)\s*$", text[3:], re.M)
    if not end:
        return {}, 0
    if end.start() > MAX_FRONT_MATTER_CHARS:
        return {}, 0
    data = _front_matter_data(text[3:3 + end.start()])
    if data is None:
        return {}, 0
    return data, 3 + end.end()


@lru_cache(maxsize=64)
def _front_matter_data(source: str) -> dict | None:
    """The mapping a front matter block holds, or None (read once: metadata and the segmenter both
    ask). Callers do not change it."""
    try:
        data = _bounded_yaml(source)
    except Exception:  # any YAML error, or too much of it: not front matter after all
        return None
    return data if isinstance(data, dict) else None


def _bounded_yaml(source: str):
    """The YAML document in source, as yaml.safe_load reads it, unless it holds more than
    MAX_YAML_NODES nodes with its aliases expanded (a few hundred bytes of aliases to aliases
    expand to billions): ValueError then. The document is composed first (an alias is one node
    however often it is used), its expanded size counted, and only then constructed."""
    import yaml

    loader = yaml.SafeLoader(source)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        seen, stack = 0, [node]
        while stack:
            seen += 1
            if seen > MAX_YAML_NODES:
                raise ValueError(f"front matter of more than {MAX_YAML_NODES} values")
            item = stack.pop()
            if isinstance(item, yaml.MappingNode):
                for key, value in item.value:
                    stack += (key, value)
            elif isinstance(item, yaml.SequenceNode):
                stack += item.value
        return loader.construct_document(node)
    finally:
        loader.dispose()


# an ASCII line's letters and capitals counted on its bytes (str.isalpha and str.isupper of an ASCII
# character are [A-Za-z] and [A-Z]): the same share, without a step of Python a character
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_ASCII_CAPITALS = bytes(c for c in range(128) if chr(c).isupper())


def _upper_share(line: str) -> float:
    if line.isascii():
        letters = line.encode("ascii").translate(None, _ASCII_NOT_LETTERS)
        return (len(letters) - len(letters.translate(None, _ASCII_CAPITALS))) / len(letters) if letters else 0.0
    letters = "".join(filter(str.isalpha, line))  # built-ins: no step of Python a character
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


def _is_prose(block: str) -> bool:
    """Running prose: a long stretch, mostly lower case, that ends a sentence (titles, standfirsts
    and bylines do not end with a full stop)."""
    flat = " ".join(block.split())
    return len(flat) >= 60 and bool(re.search(r"[\w%)][.!?][\"”’)]?$", flat)) and _upper_share(flat) < 0.3 \
        and not _BYLINE.match(flat) and not _question_title(flat)


def from_text(text: str, path: Path | None = None) -> Metadata:
    """_read_text's metadata, read without an annex after the signatures where there is one (annex.py)."""
    return annex.read_with_annex(text, lambda part: _read_text(part, path))


def _read_text(text: str, path: Path | None = None) -> Metadata:
    """The metadata a plain-text or markdown document states at its top (and, failing that, in
    its dateline, its speakers' turns and its file name), each field with its evidence."""
    new_document()  # the answers kept about the last document's lines (doc_memo.py) are forgotten
    meta = Metadata()
    fm, offset = front_matter(text)
    if not fm:  # pandoc's title block ("% Title" / "% A; B" / "% date"), read as front matter (markdown_marks.py)
        fm, offset = pandoc_title_block(text)
    if fm:
        _from_front_matter(meta, fm)
        meta.body_start = offset
    else:
        offset = _from_mail_headers(meta, text)
        meta.body_start = offset
        carried = date_evidence.forwarded(text, offset, parse_date)  # a forward: its message's date
        if carried:  # (date_evidence.py)
            if carried[0]:
                meta.date, meta.evidence["date"] = carried[0], "forwarded message's header"
            meta.found("title", carried[2], "forwarded message's header")
            sender = carried[3]
            personal = bool(sender) and "@" not in sender and _is_personal_name(sender)
            if personal:  # the carried message's writer, with the organisation his signature gives
                from azmap.corpus.signature_lines import organisation_signed

                meta.authors = [{"name": sender, "affiliation": organisation_signed(text, carried[1], sender)}]
                meta.author = None
                meta.evidence["authors"] = meta.evidence["author"] = "forwarded message's header"
            offset = meta.body_start = carried[1]  # the carried message's headers are no text
            if meta.body_end is not None and meta.body_end < offset:  # the forwarder's sign-off: the carried
                meta.body_end = _signed_at(text, offset, sender if personal else None)  # message ends at its own
    record = labelled_record(text[offset:])  # "Heading:", "Asked by:", …
    if record:
        meta.found("title", record["title"], "labelled record")
        meta.found("date", record["date"], "labelled record")
        meta.found("authors", record["authors"], "labelled record")
    journal = journal_head(text[offset:]) if not meta.title else None  # a journal's name over its volume line
    if journal:
        meta.found("title", journal[0], "under the journal's head")
        meta.found("date", journal[1], "published online")
        offset = meta.body_start = offset + journal[2]  # the journal's head is furniture: the article starts here
    letter = letters_page(text[offset:]) if not meta.title else None  # a masthead over "LETTERS TO THE EDITOR"
    if letter:
        meta.found("title", letter[0], "letters page")
        meta.found("date", letter[1], "letters page")
        signed = letter_signature(text, offset + letter[2])
        if signed:
            meta.found("authors", [{"name": signed[0], "affiliation": signed[1]}], "letter's signature")
            meta.body_end = signed[2]
    header = _header(text, offset, bool(meta.title))
    body_start = meta.body_start
    title_at = -1 if meta.title else None
    dates: list[tuple[int, str, str]] = []  # (line index, iso date, evidence)
    author_line = joint = False  # joint: the last author line named several people
    listing = False  # under a "WITNESSES:" label: a person on each line
    named_at = None  # the line of the last "Name, Institution" line
    byline_at = None  # the line of the last byline
    issuer = None  # a body's name over the document (its press office's, or the author of its statement)
    released = False
    title_later = [False] * (len(header) + 1)  # a line further down that can be the title
    for k in range(len(header) - 1, -1, -1):
        plain = _plain(header[k][2])
        title_later[k] = title_later[k + 1] and not _PARTICIPANTS.match(plain) or (
            _title_like(plain) and not _is_issuer(plain) and not _PERSON.match(plain) and not _PRESS_OFFICE.match(plain)
            and not _RELEASE.match(plain) and not _PARTICIPANTS.match(plain) and not _is_kicker(plain)
            and not _ORDER_CODE.search(plain) and not _EDITION.match(plain))
    from azmap.corpus.metadata_credits import credited, marked_authors

    labelled_title = next((k for k, h in enumerate(header) if _TITLE_LABEL.match(_plain(h[2]))), None)
    heading_at = _marked_heading(text, header)
    masthead = _bulletin_masthead(header)  # a body's name over its bulletin's issue line
    bulletin = staff = None
    marked, marked_lines = marked_authors([_plain(h[2]) for h in header])
    meta.found("authors", marked, "names with numbered affiliations")
    mixed_later = [False] * (len(header) + 1)  # a mixed-case line further down that can be the title
    for k in range(len(header) - 1, -1, -1):
        plain = _plain(header[k][2])
        # (the lists of people under a participants label are no title, whatever their case)
        mixed_later[k] = mixed_later[k + 1] and not _PARTICIPANTS.match(plain) or (
            _upper_share(plain) < 0.6 and _title_like(plain) and not _PERSON.match(plain)
            and not _PRESS_OFFICE.match(plain) and not _is_kicker(plain) and not _ORDER_CODE.search(plain))
    title_tail = None  # the line a title wraps onto
    masthead_at = None  # the line of a masthead in capitals over the title
    for k, (start, end, raw) in enumerate(header):
        line = raw.strip().strip("*_").strip()
        plainline = _plain(raw)
        if not line:
            continue
        if k == title_tail:
            body_start = max(body_start, end)
            continue
        consumed = True
        was_author, author_line = author_line, False
        joint = joint and was_author
        if listing and text.count("\n", header[k - 1][1], start) >= 2 \
                and not _PERSON.match(_person(re.sub(r"^[-*•·–]\s+", "", plainline))["name"]):
            listing = False  # the list ends at a blank line, unless another person follows it
        byline = _BYLINE.match(plainline)
        date = parse_date(plainline) or _season_line(plainline)
        if listing and not date:
            name = _person(re.sub(r"^[-*•·–]\s+", "", plainline))["name"]
            if name and name not in meta.participants:
                meta.participants.append(name)
                meta.evidence.setdefault("participants", "participants line")
        elif k in marked_lines:
            pass  # names with raised numbers, and the numbered affiliations, under a paper's title
        elif k == masthead:
            bulletin = plainline
        elif masthead is not None and k == masthead + 1:
            dates.append((k, date or _SEASON.search(plainline).group(1), "issue line"))
        elif k == labelled_title:
            meta.found("title", _TITLE_LABEL.match(plainline).group(1).strip(), "title label")
            title_at = k
        elif title_at is None and _upper_share(plainline) > 0.9 and k + 1 < len(header) \
                and _RECORD_TITLE.match(_plain(header[k + 1][2])):
            pass  # a body's name in capitals over "Transcript of the hearing of …": the body, not the title
        elif title_at is None and date and _RECORD_TITLE.match(plainline):
            meta.found("title", plainline, "record's title")  # "Transcript of the hearing of 4 March 2025"
            dates.append((k, date, "record's title"))
            title_at = k
        elif labelled_title is not None and title_at is None and k < labelled_title:
            pass  # a label over the labelled title ("Knowledge base entry")
        elif _COPYRIGHT.search(plainline):
            pass  # a copyright line: never the date, never the title
        elif is_book_head(plainline):
            pass  # a review's head line: the book's author is no author of the review (book_head.py)
        elif byline:
            named_here = []
            for part in _SEPARATORS.split(byline.group(1)):
                when = parse_date(part)
                if when:
                    dates.append((k, when, "byline"))
                elif len(named_here) == 1 and named_here[0].get("affiliation") is None \
                        and not named_here[0].get("organisation") and _outlet(part):
                    named_here[0]["affiliation"] = part.strip()  # "By A | Kura Daily": A's outlet
                elif nobody(part):
                    pass  # "By Our Correspondent": a role, and nobody named
                elif _STAFF.search(part) and not _is_personal_name(part):
                    staff = staff or part  # "By Caspian Wire staff": a credit line may name the people
                elif not meta.authors or meta.evidence.get("authors") == "e-mail header" and not named_here \
                        and _is_personal_name(part):
                    # (a byline in a message's head names who wrote it; the From header, who sent it)
                    meta.authors = []
                    meta.found("authors", split_authors(part), "byline")
                    named_here = meta.authors
                elif byline_at == k - 1:  # "Lead author: …" then "Contributing authors: …"
                    meta.authors += [a for a in split_authors(part) if a not in meta.authors]
            byline_at = k
        elif title_at is not None and plainline[:1] == "(" and credited(plainline):
            if not meta.authors:  # "(Reporting by A; Editing by B)" under the title
                meta.found("authors", [{"name": n, "affiliation": None} for n in credited(plainline)], "credit line")
        elif _EDITORIAL_BOARD.match(plainline) and title_at is not None and not meta.authors:
            board = _EDITORIAL_BOARD.match(plainline).group(1)
            meta.found("authors", [{"name": board[:1].upper() + board[1:], "affiliation": None, "organisation": True}],
                       "byline")
        elif _RELEASE.match(plainline):
            released = True
        elif _PARTICIPANTS.match(plainline):
            listed = _participants(_PARTICIPANTS.match(plainline).group(1) or "")
            meta.participants += [n for n in listed if n not in meta.participants]
            if listed:
                meta.evidence.setdefault("participants", "participants line")
            listing = not listed
        elif date and title_at is not None and title_at == k - 1 and text.count("\n", header[k - 1][1], start) < 2 \
                and plainline[:1].isalpha() and not _PUBLISHED.match(plainline) and len(plainline.split()) >= 4 \
                and not _SEPARATORS.search(plainline) and not _PUBLISHED_WORD.search(plainline) \
                and not _UPDATED.search(plainline) and not re.search(r"\d\W{0,3}$", plainline):
            pass  # a subtitle under the title that names a month ("... after the November 2020 statement")
        elif date and _date_column(raw):
            dates.append((k, _date_column(raw), "date line"))  # "ORDER CODE X-2025/07        July 8, 2025"
        elif date and (len(plainline) <= 60 or _PUBLISHED.match(plainline) or "|" in plainline
                       or _PUBLISHED_WORD.search(plainline) or _UPDATED.search(plainline)):
            dates.append((k, publication_date(plainline) or date, "date line"))
            by = _TRAILING_BY.search(plainline) or _by_part(plainline)
            if by and not meta.authors:
                meta.found("authors", split_authors(by.group(1)), "byline")
            pub = [p.strip() for p in re.split(r"[|·]", plainline) if p.strip() and not parse_date(p)
                   and not _SERIES.search(p) and not re.search(r"\bvol\.?\s*\d", p, re.I)]
            if pub and not meta.publisher and not _PUBLISHED.match(pub[0]) and len(re.split(r"[|·]", plainline)) > 1:
                meta.found("publisher", pub[0].title() if _upper_share(pub[0]) > 0.9 else pub[0], "date line")
        elif _PRESS_OFFICE.match(plainline) and len(plainline) <= 120 and not plainline.endswith(".") \
                and not breadcrumb(plainline):
            name = _PRESS_OFFICE.match(plainline).group(1).strip()
            if issuer and len(name.split()) <= 2:
                name = _name_case(issuer)  # "Department for …" over "Press Office": the department speaks
            meta.found("authors", [{"name": name, "affiliation": None, "organisation": True}], "issuing office")
        elif _ORDER_CODE.search(plainline) and len(plainline.split()) <= 6:
            pass  # an order code or report number
        elif title_at is None and (_RUBRIC.match(plainline) or _TRANSCRIPT_LABEL.match(plainline)) \
                and title_later[k + 1]:
            pass  # a newspaper's section over the headline ("Letters to the editor", "Opinion")
        elif title_at is None and _EPISODE.match(plainline) and title_later[k + 1] \
                and not re.search(r"\w", plainline[_EPISODE.match(plainline).end():]):
            # "The Shoreline — Episode 14" over the episode's title: the show's line, no title
            meta.found("publisher", _EPISODE.match(plainline).group(1).strip(" |—–:,-"), "episode line")
        elif title_at is None and _EDITION.match(plainline):
            meta.found("publisher", _EDITION.match(plainline).group(1).strip(" |—–:-"), "masthead")
        elif title_at is None and _is_issuer(plainline) and title_later[k + 1]:
            issuer = issuer or re.sub(r"^news from (?:the )?", "", plainline, flags=re.I)
        elif title_at is None and title_later[k + 1] and (_page_notice(plainline) or archive_notice(plainline)):
            pass  # a notice about the page over its title ("This article is more than five years old")
        elif title_at is None and _is_kicker(plainline):
            if _upper_share(plainline) > 0.9 and "SERVICE" in plainline.upper():
                meta.found("publisher", plainline.split("|")[0].strip().title(), "kicker")
        elif title_at is None and _is_slug(plainline):
            pass
        elif title_at is None and _upper_share(plainline) > 0.9 and len(plainline.split()) <= 5 and mixed_later[k + 1] \
                and (_stands_apart(text, header, k) or _masthead_parts(text, header, k + 1)):
            masthead_at = k  # a masthead over the title ("CASPIAN SECURITY MONITOR")
        elif title_at is None and masthead_at == k - 1 and _masthead_parts(text, header, k) and title_later[k + 1]:
            masthead_at = k  # the masthead's second line ("Energy Security Programme | Baku"), the title further down
        elif title_at is None and _FILED.match(plainline) and title_later[k + 1]:
            pass  # the site's heading the document is filed under ("Section: Ports / Shipping")
        elif title_at is None and _ADDRESS.match(plainline) and title_later[k + 1]:
            pass  # a letterhead's address
        elif title_at is None and title_later[k + 1] and k + 1 < len(header) and _organisation_line(plainline) \
                and _over_a_label(_plain(header[k + 1][2])):
            # a body's name over its address or a document's label ("PRESS RELEASE", "Event Transcript")
            issuer = issuer or _LEGAL_FORM.sub("", plainline)
        elif title_at is None and (_NAVIGATION.match(plainline) or linked_trail(plainline)) and title_later[k + 1]:
            pass  # the page's navigation over the title: a breadcrumb trail, a "skip to content" link
        elif title_at is None and heading_at is not None and k < heading_at and len(plainline.split()) <= 4 \
                and not date and title_later[k + 1]:
            pass  # a kicker over a heading the markup marks as the title ("Title" over "=====")
        elif title_at is None and _kicker_over(text, header, k) and title_later[k + 1]:
            pass  # a kicker over the headline, on the line above it ("Middle Corridor")
        elif title_at is None:
            # a wire headline's version ("UPDATE 1-", "RPT-", "CORRECTED-") is no word of the title
            titled_as = _WIRE_VERSION.sub("", plainline)
            sited = site_suffix(titled_as)
            if sited:  # "Title | Site": the site is the publisher
                titled_as = sited[0]
                meta.found("publisher", sited[1], "title line")
            if k + 1 < len(header) and header[k + 1][0] == end + 1 and _wrapped(titled_as, _plain(header[k + 1][2])):
                titled_as, title_tail = f"{titled_as} {_plain(header[k + 1][2])}", k + 1
            meta.found("title", titled_as, "first line" if k == 0 else "title line")
            speaker = _speaker_in_title(plainline)
            if speaker and briefing_title(plainline):  # the spokesperson takes part in a briefing
                meta.found("participants", [speaker], "title")
            elif speaker:
                meta.found("authors", [{"name": speaker, "affiliation": None}], "title")
            show = _EPISODE.match(plainline)
            if show:
                meta.found("publisher", show.group(1).strip(), "title")  # "Corridor Talk, Episode 52: …"
            title_at = k
        elif (not meta.authors or named_at == k - 1) and re.search(r",| [|·] ", plainline) \
                and _PERSON.match(re.split(r",| [|·] ", plainline)[0].strip()) \
                and (_INSTITUTION.search(re.split(r",| [|·] ", plainline, maxsplit=1)[1])
                     or title_at is not None and _job_title(re.split(r",| [|·] ", plainline, maxsplit=1)[1])):
            # "Name, Institute of ...", "Name | Role, Centre": a line for each author
            person = _person(re.sub(r"\s+[|·]\s+", ", ", plainline, count=1))
            if not meta.found("authors", [person], "name under the title"):
                meta.authors.append(person)
            named_at = k
        elif not meta.authors and title_at is not None and re.search(r"\s(?:and|&)\s|,", plainline) \
                and len(people := split_authors(plainline)) >= 2 and all(_PERSON.match(a["name"]) and not a["affiliation"]
                                                                         for a in people):
            meta.found("authors", people, "names under the title")  # "A and B" (split once: the check reads, not changes)
            joint = author_line = True  # an institution's line under them is the affiliation of both
        elif (not meta.authors or was_author) and title_at is not None and (
                _is_personal_name(re.sub(r"^[-*•]\s+", "", plainline)) or _ranked_name(plainline)):
            person = _person(re.sub(r"^[-*•]\s+", "", plainline))  # a name, or a list of names, under the title
            if not meta.found("authors", [person], "name under the title"):
                meta.authors.append(person)
            author_line = True
        elif was_author and "@" not in plainline and len(plainline) <= 90 and not _CREDIT_LABEL.match(plainline) \
                and plainline[:1].isupper() and not plainline.endswith(".") \
                and (not joint or _INSTITUTION.search(plainline)):
            for a in meta.authors if joint else meta.authors[-1:]:
                a["affiliation"] = a["affiliation"] or plainline
            if _INSTITUTION.search(plainline):
                meta.found("publisher", plainline, "affiliation")  # the affiliation under the author's name
        elif _LABEL_LINE.match(plainline) and title_at is not None:
            pass  # a distribution or classification line
        else:
            consumed = _looks_like_header_line(plainline)
        if consumed:
            body_start = max(body_start, end)
    title_notes.title_under_proceedings(meta, [_plain(h[2]) for h in header])  # a paper's title under its volume's line
    body_start = _note_over_the_text(meta, text, body_start)
    meta.body_start = body_start
    if dates and not meta.date:
        # the date nearest the title (a report's "Revised" line over its "Updated" one, a dateline
        # over a footer)
        anchor = title_at if title_at is not None and title_at >= 0 else 0
        # a line that says the text was updated gives way to one that says when it was published
        first = [d for d in dates if not _UPDATED.search(header[d[0]][2]) and not date_evidence.weaker(header[d[0]][2])]
        k, when, how = min(first or dates, key=lambda d: (abs(d[0] - anchor), -d[0]))
        meta.found("date", when, how)
    if not meta.date:  # a paper's conference, over its title or under it
        title_notes.date_of_proceedings(meta, [_plain(h[2]) for h in header])
    if not meta.date:
        m = _DATELINE.match(text[body_start:body_start + 120].lstrip())
        if m:
            meta.found("date", parse_date(m.group(2)), "dateline")
        else:
            meta.found("date", _place_and_date(text[body_start:body_start + 120].lstrip()), "dateline")
    participants.settle(meta, text)  # the people listed as present ("Present:", "Witnesses:", an attendees list)
    speakers = _speakers(text[body_start:])
    if meta.participants:  # a transcript: its turns may be labelled in mixed case too
        meta.participants = _merge_speakers(meta.participants, speakers + _named_turns(text[body_start:]))
    else:
        meta.found("participants", speakers, "speakers' turns")
    if meta.title and not meta.participants:  # "Q&A with A: …": A answers
        meta.found("participants", [interviewee(meta.title)] if interviewee(meta.title) else [], "interview's title")
    if bulletin and not meta.authors:  # a body's bulletin with no other author: the body speaks
        meta.found("authors", [{"name": _name_case(bulletin), "affiliation": None, "organisation": True}],
                   "bulletin's masthead")
    _stated_at_end(meta, text, body_start)
    signatures.settle(meta, text, body_start)  # minutes' note, wire trailer, interview credit, signature block
    if issuer and released and not meta.authors:
        name = _name_case(issuer)
        meta.found("authors", [{"name": name, "affiliation": None, "organisation": True}], "issuing body")
    if released and not meta.authors and meta.publisher and _INSTITUTION.search(meta.publisher):
        meta.found("authors", [{"name": meta.publisher, "affiliation": None, "organisation": True}], "issuing body")
    if not meta.authors or not meta.date:
        signed = _signed_at_end(text, body_start)
        if signed:
            name, affiliation, when, at = signed
            if name and not meta.authors:
                meta.found("authors", [{"name": name, "affiliation": affiliation}], "signature")
            if when and not meta.date:
                meta.found("date", when, "signature")
            if meta.body_end is None or at < meta.body_end:
                meta.body_end = at
    if not meta.date:
        from azmap.corpus.metadata_credits import dated_at_end

        dated = dated_at_end(text, body_start)  # "Dated: 12 March 2021" under the text
        if dated:
            meta.found("date", dated[0], "date at the end")
            meta.body_end = dated[1] if meta.body_end is None else min(meta.body_end, dated[1])
    if not meta.authors and not meta.author:  # a paper's names with marks answered by affiliation lines
        marked = affiliation_marks.marked_authors([_plain(h[2]) for h in header])
        if marked:
            meta.found("authors", marked[0], "names with affiliation marks")
    if not meta.authors and not meta.author:
        from azmap.corpus.metadata_credits import name_over_position

        signed = name_over_position(text, body_start)
        if signed:
            meta.found("authors", [{"name": signed[0], "affiliation": signed[1]}], "signature")
            meta.body_end = signed[2] if meta.body_end is None else min(meta.body_end, signed[2])
    if not meta.authors and not meta.author:  # "The author is A, Head of X at Y." in a paragraph of its own
        from azmap.corpus.metadata_credits import credit_ends_body, credit_paragraph

        credit = credit_paragraph(text, body_start)
        if credit:
            meta.found("authors", credit[0], "credit")
            if credit_ends_body(text, body_start, credit[1]) and (meta.body_end is None or credit[1] < meta.body_end):
                meta.body_end = credit[1]
    if staff and not meta.authors and not meta.author:
        meta.found("authors", split_authors(staff), "byline")
    author_evidence.settle(meta, text, body_start)  # the rules' authors checked; a cue's or a credit's where none
    bio_notes.settle(meta, text, body_start)  # the head's authors' affiliations from biographies at the end
    if not meta.date:  # a date line at the head or the foot, by its role (date_evidence.py)
        meta.found("date", *(date_evidence.stated(text, body_start, meta.body_end, parse_date) or (None, None)))
    if not meta.date:  # a PDF's note on its first page, set apart as furniture
        meta.found("date", date_evidence.front_note(text, parse_date), "note on the first page")
    title_evidence.settle(meta, [_plain(h[2]) for h in header], title_at, parse_date)  # (title_evidence.py)
    treaty.settle(meta, text)  # an agreement's title, date and signatories (treaty.py)
    meta.settle_authors()
    capitals = title_evidence.capitals_over_text(text) if not meta.title or meta.title.isupper() else None
    if capitals and (not meta.title or capitals.startswith(meta.title) and meta.evidence.get("title") == "first line"):
        meta.title = None  # a title in capitals over lines of its own, the text under it (title_evidence.py)
        meta.found("title", capitals, "title in capitals")
    title_evidence.review_title(meta, text)  # a review's title from its head line under a masthead
    if not meta.title and path is not None:
        meta.found("title", Path(path).stem, "file name")
    if not meta.date and path is not None:
        stem_date = parse_date(Path(path).stem.replace("_", " "))
        if stem_date and len(stem_date) == 10:
            meta.found("date", stem_date, "file name")
    return meta


def _outlet(part: str) -> bool:
    """Whether a byline's piece after a writer's name is an outlet or a body rather than a second
    person ("The Baku Ledger", "Kura Daily"): the writer's affiliation. A labelled credit ("Photo: …")
    is none."""
    part = part.strip()
    return 2 <= len(part) <= 60 and ":" not in part and part[:1].isupper() and not parse_date(part) \
        and (part.startswith("The ") or bool(_INSTITUTION.search(part)) or not _is_personal_name(part))


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


def _note_over_the_text(meta: Metadata, text: str, start: int) -> int:
    """Where the body starts once a note over it that names the author ("This is a guest post by
    A, a water engineer in Ganja.") is read: after the note, and A is the author where no one else
    is; ``start`` when the first paragraph is no such note."""
    m = re.match(r"\s*([^\n]+(?:\n[^\n]+)*)", text[start:start + 800])
    note = note_by(m.group(1)) if m and "by" in m.group(1) else None
    if not note:
        return start
    if not meta.authors and not meta.author:
        meta.found("authors", [{"name": note[0], "affiliation": note[1]}], "note over the text")
    return start + m.end()


def _bulletin_masthead(header: list) -> int | None:
    """The header line of a body's name over its bulletin's issue line ("Caspian Fisheries
    Commission" / "Monthly Bulletin — April 2025"), at the top of the document; None if there is none."""
    for k in range(min(2, len(header) - 1)):
        line, issue = _plain(header[k][2]), _plain(header[k + 1][2])
        words = line.split()
        if _BULLETIN.search(issue) and (parse_date(issue) or _SEASON.search(issue)) and 2 <= len(words) <= 8 \
                and not re.search(r"\d|[.!?:|]", line) \
                and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) \
                and (_INSTITUTION.search(line) or _ISSUER.search(line) or re.search(r"\b(?:authority|board|bureau|"
                                                                                   r"administration)\b", line, re.I)):
            return k
    return None


def _stated_at_end(meta: Metadata, text: str, start: int) -> None:
    """What the last lines say of the author: a credit line ("(Reporting by …; Editing by …)"), a
    note about the author ("— Written by …", "The author is a senior fellow at …"), the press office
    that issued the text. The authors found above stand; a credit line and a note about them are
    no body."""
    from azmap.corpus.metadata_credits import credit_line, end_note, office_at_foot

    def ends_at(at: int) -> None:
        meta.body_end = at if meta.body_end is None else min(meta.body_end, at)

    credit = credit_line(text, start)
    if credit:
        if not meta.authors and not meta.author:
            meta.found("authors", credit[0], "credit line at the end")
        ends_at(credit[1])
    note = end_note(text, start)
    if note:
        name, affiliation, at = note
        if name and not meta.authors and not meta.author:
            meta.found("authors", [{"name": name, "affiliation": affiliation}], "note at the end")
        elif affiliation and len(meta.authors) == 1 and not meta.authors[0].get("affiliation") \
                and name in (None, meta.authors[0]["name"]):
            meta.authors[0]["affiliation"] = affiliation
            meta.evidence["authors"] = f"{meta.evidence.get('authors', 'byline')}, affiliation from a note at the end"
        if name is None or any(a["name"] == name for a in meta.authors):
            ends_at(at)
    if not meta.authors and not meta.author:
        office = office_at_foot(text, start)
        if office:
            meta.found("authors", [{"name": office, "affiliation": None, "organisation": True}], "issuing office at the foot")


_FM_DATE_KEYS = ("date", "published", "pubdate", "publish_date", "date_published", "created", "issued",
                 "updated", "modified", "lastmod")
_FM_AUTHOR_KEYS = ("author", "authors", "by", "byline", "contributors", "creator", "creators")


def _from_front_matter(meta: Metadata, fm: dict) -> None:
    """Title, authors, date, publisher and address from YAML front matter, whatever the keys its
    writer chose: a date under date/published/created/... (the publication before the update), authors
    as a string, a list of names ("Name (Affiliation)", "Name, Affiliation") or of mappings (name,
    affiliation)."""
    keys = {str(k).strip().lower(): v for k, v in fm.items()}
    meta.found("title", _text(keys.get("title")), "front matter")
    author = next((keys[k] for k in _FM_AUTHOR_KEYS if keys.get(k)), None)
    people = author if isinstance(author, list) else [author] if isinstance(author, dict) else None
    if people:
        found = []
        for item in people:
            if isinstance(item, dict):
                lowered = {str(k).lower(): v for k, v in item.items()}
                name = _text(lowered.get("name") or lowered.get("given") and
                             f"{lowered.get('given')} {lowered.get('family', '')}")
                if name:
                    found.append({"name": name, "affiliation": _text(lowered.get("affiliation") or
                                                                     lowered.get("organisation") or
                                                                     lowered.get("organization"))})
            elif _text(item):
                found.append(_person(_text(item)))
        meta.found("authors", [a for a in found if a["name"]], "front matter")
    elif _text(author):
        meta.found("author", _text(author), "front matter")
    for key in _FM_DATE_KEYS:
        value = keys.get(key)
        if value:
            meta.found("date", parse_date(str(value)), "front matter")
            if meta.date:
                break
    people = next((keys[k] for k in ("participants", "speakers", "panelists", "panel", "attendees") if keys.get(k)),
                  None)
    if isinstance(people, list):
        meta.found("participants", [n for n in (_person(_text(p) or "")["name"] for p in people) if n], "front matter")
    meta.found("publisher", _text(keys.get("publisher") or keys.get("source") or keys.get("site")), "front matter")
    meta.found("url", _text(keys.get("url") or keys.get("link") or keys.get("canonical")), "front matter")


def _from_mail_headers(meta: Metadata, text: str) -> int:
    """An e-mail saved or copied as text ("From: … / Date: … / Subject: …" at its top): the subject is
    the title, the sender the author (an organisation when not a person's name), the sending date
    the date. Returns where the message starts: after the headers and a one-line note over the
    message ("View this email in your browser"); 0 when the text does not start with headers."""
    import email.utils

    headers, end, memo, digest, headers_seen = {}, 0, False, None, False
    for m in re.finditer(r"[^\n]*(?:\n|$)", text[:4096]):
        line = m.group(0).strip()
        if not headers and _FORWARDED.match(line):
            continue  # "---------- Forwarded message ---------" over the headers
        if not headers and not digest and _DIGEST_NAME.match(line):
            digest = line  # "Caspian Freight Forwarders Digest, Vol 7, Issue 41" over the digest's headers
            continue
        if not headers and not memo and _MEMO_LABEL.match(line):
            memo = True  # "MEMORANDUM" over a memo's TO:/FROM:/DATE:/SUBJECT: lines
            continue
        if not line:
            if memo and not headers:
                continue
            break
        h = _MAIL_HEADER.match(line)
        if not h and headers_seen and m.group(0)[:1] in " \t":
            end = m.end()  # a header folded over lines (RFC 5322 2.2.3): its next line starts with white space
            continue
        if not h and _OTHER_HEADER.match(line):
            headers_seen, end = True, m.end()
            continue
        if not h:
            return 0
        headers_seen = True
        key = h.group(1).lower()
        headers.setdefault(_HEADER_ALIASES.get(key, key), h.group(2).strip())
        end = m.end()
    if len(headers) < 2 or not ({"from", "subject"} & set(headers)) or not ({"date", "sent", "subject"} & set(headers)):
        return 0
    how = "memo header" if memo else "e-mail header"
    meta.found("title", digest or _text(headers.get("subject")), "digest's name" if digest else how)
    sender = "" if digest else headers.get("from", "")  # a list sends a digest: nobody wrote it
    name, address = email.utils.parseaddr(sender) if "<" in sender or "@" in sender else (sender, "")
    name = _text(name.strip("'\""))
    if name and "@" not in name and "," in name and _is_personal_name(_person(name)["name"]):
        meta.found("authors", [_person(name)], how)  # "FROM: Lala Jafarova, Network Planning"
    elif name and "@" not in name:
        person = _PERSON.match(name) and not _INSTITUTION.search(name)
        meta.found("authors", [{"name": name, "affiliation": None, **({} if person else {"organisation": True})}],
                   how)
    when = headers.get("date") or headers.get("sent")
    if when:
        try:
            sent = email.utils.parsedate_to_datetime(when)
            meta.found("date", f"{sent.year:04d}-{sent.month:02d}-{sent.day:02d}", how)
        except (TypeError, ValueError, IndexError):
            meta.found("date", parse_date(when), how)
    meta.body_end = _signed_at(text, end, name if name and "@" not in name else None)
    # the one-line note a newsletter puts over its message, before the first paragraph, that points
    # to the message's copy on the web
    rest = re.match(r"\s*([^\n]+)\n\s*\n\s*([^\n]+)", text[end:end + 2000])
    if rest and len(rest.group(1).split()) <= 12 and len(rest.group(1)) < 100 and _is_prose(rest.group(2)) \
            and _WEB_COPY.search(rest.group(1)):
        end += rest.end(1)
    return end


def _name_case(name: str) -> str:
    """A body's name set in capitals, as it is written in running text ("Ministry of Energy of the
    Republic of Azerbaijan"); any other name as it is."""
    if _upper_share(name) <= 0.9:
        return name
    words = name.title().split()
    return " ".join(w.lower() if i and w.lower() in _SMALL_WORDS else w for i, w in enumerate(words))


_CLOSING = re.compile(r"^[^\d,]{2,30},$")  # "Yours faithfully,", "Best regards,"
_DASH_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*([^,\d]{2,40}?)\s*(?:,\s*(.{3,40}))?$")


def _signed_at_end(text: str, start: int) -> tuple | None:
    """(name, affiliation, date, where the signature starts) of a text signed at its end: a last
    line "— Marta, September 2024", or closing words ("Yours faithfully,") over a person's name,
    with the lines under it (a position, an organisation, a date). None when it is not signed."""
    from azmap.corpus.metadata_credits import _tail, end_of_text

    # a signature over a copyright line, a related link, the line that dates the text
    text = text[:end_of_text(text, start)]
    lines = _tail(text, start, 6, within=1500)  # (no more are read below: the last line, the five over it)
    if not lines:
        return None
    at, last = lines[-1]
    dash = _DASH_SIGNATURE.match(last)
    from azmap.corpus.name_words import names_no_one

    if dash and (_is_personal_name(dash.group(1)) and not names_no_one(dash.group(1), cued=True)
                 or re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+", dash.group(1))):
        when = parse_date(dash.group(2)) if dash.group(2) else None
        position = dash.group(2) if dash.group(2) and not when and (
            _INSTITUTION.search(dash.group(2)) or {w.lower() for w in dash.group(2).split()} & _ROLE_WORDS) else None
        return dash.group(1), position, when, at  # "— Name, former deputy minister of transport"
    from azmap.corpus.author_evidence import _CLOSING as _CLOSING_WORDS
    from azmap.corpus.signature_lines import organisation_under

    for k in range(max(0, len(lines) - 8), len(lines) - 1):
        closing, name = lines[k][1], lines[k + 1][1]
        if (_CLOSING.match(closing) and len(closing.split()) <= 4 or _CLOSING_WORDS.match(closing)) \
                and _is_personal_name(name):
            # name / post / organisation: the organisation (signature_lines)
            affiliation, when = organisation_under([line for _, line in lines[k + 2:k + 6]]), None
            for _, line in lines[k + 2:k + 6]:
                when = when or (parse_date(line) if len(line) <= 40 else None)
                if not affiliation and not parse_date(line) and len(line) <= 90 and not line.endswith(".") \
                        and (_INSTITUTION.search(line)
                             or any(w.lower().strip(",") in _ROLE_WORDS for w in line.split())):
                    affiliation = line
            return name, affiliation, when, lines[k][0]
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


def _signed_at(text: str, start: int, sender: str | None) -> int | None:
    """Where an e-mail's message ends: at its sender's name (the whole or the first name) alone on
    a line in its last stretch, with the closing words on the line before it ("Best regards,");
    what follows is the signature and the list's footer. None when the sender does not sign."""
    if not sender:
        return None
    names = {sender.casefold(), sender.split()[0].casefold()}
    tail_from = max(start, len(text) - 2000)
    lines = list(re.finditer(r"[^\n]+", text[tail_from:]))
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k].group(0).strip().strip("—–-,. ").strip()
        if line.casefold() in names:
            at = tail_from + lines[k].start()
            if k and len(lines[k - 1].group(0).split()) <= 4 and lines[k - 1].group(0).rstrip().endswith(",") \
                    and text.count("\n", tail_from + lines[k - 1].end(), at) == 1:
                at = tail_from + lines[k - 1].start()
            return at if at > start else None
    return None


@per_document  # asked of a header's line by several rules (doc_memo.py)
def _is_issuer(line: str) -> bool:
    """A body's name standing over a document (a committee, a ministry or department, an office):
    a short line with one of those words, every word not a small word capitalised, no number."""
    words = line.split()
    return bool(_ISSUER.search(line)) and 2 <= len(words) <= 12 \
        and not re.search(r"\d|[.!?]$|\s[—–|:-]\s|:", line) \
        and all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)


def _participants(text: str) -> list[str]:
    """The people of a participants or witnesses line: "A; B; C", "A, B and C", or one person with
    a title and an affiliation ("Professor Elif Kaya, Chair of …, University of …")."""
    text = text.strip().rstrip(".")
    if not text:
        return []
    if ";" not in text and "," in text:
        masked = re.sub(r"\([^()]{1,60}\)", lambda m: m.group(0).replace(",", "\0"), text)  # an aside's commas
        pieces = [p.strip().replace("\0", ",") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", masked) if p.strip()]
        if not all(_PERSON.match(_person(p)["name"]) and not _INSTITUTION.search(p) for p in pieces):
            return [_person(text)["name"]]
        if masked != text:  # "A (port planner, Kuryk) and B (lawyer, Baku)"
            return [_person(p)["name"] for p in pieces]
    return _names(text)


_TURN = re.compile(r"^([A-Z][\w.'’-]*(?: [\w.'’()-]+){0,5}):\s+\S", re.M)


def _named_turns(text: str) -> list[str]:
    """The people named by a transcript's turns in mixed case: "Ayten Musayeva: …", "Moderator
    (Helen Carter): …" (a label that is no person's name is left out)."""
    out = []
    for m in islice(_TURN.finditer(text), 2000):
        label = m.group(1)
        aside = re.search(r"\(([^()]+)\)\s*$", label)
        name = aside.group(1).strip() if aside else label
        if _PERSON.match(name) and not _INSTITUTION.search(name) and name not in out:
            out.append(name)
    return out


def _merge_speakers(listed: list[str], speakers: list[str]) -> list[str]:
    """The people listed, then those who speak without being listed (a speaker's label names a
    listed person by surname: "MS. LINDQVIST" is Hannah Lindqvist). A role alone is no person."""
    out = list(listed)
    surnames = {n.split()[-1].casefold() for n in listed if n.split()}
    for name in speakers:
        words = name.split()
        if not words or _is_role(name) or words[-1].casefold() in surnames \
                or name.casefold() in (n.casefold() for n in out):
            continue
        out.append(name)
    return out


_ROLES = frozenset("""the madam mister question questions answer q a audience voice unidentified speaker reporter
    journalist interviewer participant member members floor""".split())


def _is_role(label: str) -> bool:
    """A speaker's label that names a role and no one ("THE CHAIRMAN", "Chair", "Q1 Chair")."""
    return all(w.lower() in _RANKS or w.lower() in _ROLES or re.fullmatch(r"q\d+", w.lower())
               for w in label.split())


def _stands_apart(text: str, header: list, k: int) -> bool:
    """Whether header line k is set apart from the line after it: a blank line between them, or a
    next line that is furniture itself (an order code, a date line) rather than a subtitle."""
    if k + 1 >= len(header):
        return False
    nxt = _plain(header[k + 1][2])
    return text.count("\n", header[k][1], header[k + 1][0]) >= 2 or bool(_ORDER_CODE.search(nxt)) \
        or bool(_ISSUE_LINE.match(nxt)) \
        or bool(parse_date(nxt)) and (nxt[:1].isdigit() or bool(_PUBLISHED.match(nxt)) or len(nxt.split()) <= 4)


_EMPHASIS = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")
_HEADING_MARKS = re.compile(r"^#+\s*")
_CLOSING_MARKS = re.compile(r"\s+#+$")


@lru_cache(maxsize=4096)  # the header's lines are asked for again and again by the rules
def _plain(raw: str) -> str:
    if "**" in raw or "__" in raw:  # "**By:** Name": the emphasis of a label inside the line
        raw = _EMPHASIS.sub(r"\2", raw)
    plain = raw.strip().strip("*_").strip()
    if plain.startswith("#"):
        plain = _HEADING_MARKS.sub("", plain)
    return _CLOSING_MARKS.sub("", plain) if plain.endswith("#") else plain  # "# Title #": a closed heading


def _wrapped(title: str, following: str) -> bool:
    """A title that runs on to the next line, as a PDF's lines pasted as text break it ("Filling the
    gaps: why the Caspian's" / "pipelines run below capacity"): the line under it goes on in lower case
    with no figure (no date line), and neither ends a sentence."""
    return following[:1].islower() and not re.search(r"[.!?:;,]$", title) and not following.endswith(".") \
        and len(following.split()) <= 12 and len(title) + len(following) <= 200 and not re.search(r"\d", following)


@per_document  # asked of a header's line by several rules (doc_memo.py)
def _title_like(line: str) -> bool:
    return 3 <= len(line) <= 150 and len(line.split()) <= 20 \
        and (not re.search(r"[.!?]$", line) or _question_title(line)) and not _BYLINE.match(line) \
        and not parse_date(line)


def _question_title(line: str) -> bool:
    """A title that asks ("Who pays for the Middle Corridor?"): one question of fifteen words at
    most, capitalised, with no sentence before it."""
    return line.endswith("?") and len(line.split()) <= 15 and line[:1].isupper() and not re.search(r"[.!?]\s", line)


def _header(text: str, offset: int, titled: bool) -> list[tuple[int, int, str]]:
    """The header: lines of the blocks (separated by blank lines) before the first paragraph of
    prose. A title on the document's first line, followed by prose after a single line break, is
    a header of its own. A "Label: ..." block between the title lines and the body (a
    distribution line) belongs to the header."""
    header: list[tuple[int, int, str]] = []
    has_title = _TitleSeen()
    found = re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[offset:])  # read lazily: the header is short
    blocks = list(islice(found, 16))
    for n, m in enumerate(blocks):
        block = m.group(0)
        lines = list(re.finditer(r"[^\n]+", block))
        lead = _lead_lines(lines, block, titled or has_title(header)) \
            if 2 <= len(lines) and len(header) < 14 and len(lines[0].group(0)) <= 150 else 0  # (a paragraph's line: no)
        if lead:  # header lines the first paragraph runs on from, after a single line break
            header += [(offset + m.start() + lm.start(), offset + m.start() + lm.end(), lm.group(0))
                       for lm in lines[:lead]]
            break
        # the title, the prose under it after a single line break, at the top or under date lines alone
        if (not header and n == 0 or header and all(parse_date(_plain(h[2])) for h in header)) \
                and len(lines) >= 2 and not titled:
            first = _plain(lines[0].group(0))
            rest = block[lines[1].start():]
            if _title_like(first) and _is_prose(rest) and not _BYLINE.match(first):
                header.append((offset + m.start() + lines[0].start(), offset + m.start() + lines[0].end(),
                               lines[0].group(0)))
                break
        if title_notes.is_record_warning(block):  # a warning about the record over its title (title_notes.py)
            continue
        flat = " ".join(block.split())
        labelled = (_LABEL_LINE.match(flat) and n + 1 < len(blocks) and not _is_prose(blocks[n + 1].group(0))
                    or _PARTICIPANTS.match(flat)) and header and len(flat) <= 200 and not _SPEAKER.match(flat) \
            or header and _participants_list(lines)
        after_byline = len(header) >= 2 and _casual_prose(flat) and any(  # (under it: a standfirst is no prose)
            _BYLINE.match(_plain(raw)) or _TRAILING_BY.search(raw) or parse_date(raw) for _, _, raw in header[-1:])
        # a notice about the page ("This post is more than 7 years old."): no sentence of the body
        notice = len(flat) <= 120 and len(header) < 14 and _page_notice(flat) or bool(header) and affiliation_marks.raised_note(flat)
        if (header or titled) and len(lines) == 1 and not notice \
                and (header_end.lower_case_prose(flat) and (not parse_date(flat) or header_end.dated(flat))
                     or header_end.sentence(flat) and (titled or has_title(header)) and not parse_date(flat)
                     and not _header_goes_on(blocks, n)) and not _BYLINE.match(flat):
            break  # a body paragraph, however short, is no line of the header (header_end.py)
        if not notice and ((_is_prose(block) and not labelled) or len(header) >= 14 or after_byline):
            break
        if not notice and not labelled and not _looks_like_header_line(flat):
            break
        if header and _QA_TURN.match(block):
            break  # an interview's first question: the body has begun
        if header and flat[:1].islower() and _casual_prose(flat) and not parse_date(flat):
            break  # prose in lower case, as a casual text starts: no standfirst, whatever stands over it
        if header and all(_LIST_ITEM.match(lm.group(0)) for lm in lines) \
                and not _PARTICIPANTS.match(_plain(header[-1][2])) and not _header_goes_on(blocks, n) \
                and not (len(lines) == 1 and parse_date(flat)) \
                and not (has_title(header) and header_end.summary_points(
                    [lm.group(0) for lm in lines], blocks[n + 1].group(0) if n + 1 < len(blocks) else "")):
            # ("30. Juni 2020": a date, no list; points summing up the story under its headline: no list of it)
            break  # a list under the header's lines is the text's (unless a "Witnesses" label heads it,
            # or a byline or date line follows it, as under a wire story's headline)
        if block.lstrip().startswith("#") and header and (titled or any(
                raw.lstrip().startswith("#") for _, _, raw in header)):
            break  # a section heading after the title: the body has begun
        for line_m in lines:
            if title_notes.is_note_over_title(line_m.group(0)):
                continue  # "Translated from the … service", "(Adds quote …)": no line of the header (title_notes.py)
            header.append((offset + m.start() + line_m.start(), offset + m.start() + line_m.end(), line_m.group(0)))
    return header


class _TitleSeen:
    """``_titled(header)`` of a header that only grows, each of its lines asked once."""

    __slots__ = ("read", "seen")

    def __init__(self):
        self.read, self.seen = 0, False  # the lines asked so far, and whether one can be the title

    def __call__(self, header: list) -> bool:
        if not self.seen:
            self.seen = _titled(header[self.read:])
            self.read = len(header)
        return self.seen


def _header_goes_on(blocks: list, n: int) -> bool:
    """Whether the block after block n opens with a byline or a short date line."""
    if n + 1 >= len(blocks):
        return False
    first = _plain(blocks[n + 1].group(0).split("\n", 1)[0])
    return bool(_BYLINE.match(first)) or len(first) <= 80 and bool(parse_date(first))


def _titled(header: list) -> bool:
    """Whether the header so far has a line that can be the title: more than a kicker's three
    words, no navigation, no notice about the page."""
    for _, _, raw in header:
        line = _plain(raw)
        if len(line.split()) > 3 and _title_like(line) and not _NAVIGATION.match(line) \
                and not _page_notice(line) and not archive_notice(line):
            return True
    return False


@per_document
def _page_notice(line: str) -> bool:
    """appeals.is_page_notice of a header's line (asked of a line by several rules: answered once a document)."""
    from azmap.corpus.appeals import is_page_notice

    return is_page_notice(line)


def _lead_lines(lines, block: str, titled: bool) -> int:
    """How many of a prose block's first lines are a header's, the prose running on from them after
    a single line break ("Title" / "By Name" / "12 March 2021" / "The first paragraph …"): a short
    byline naming someone, a short date line or one labelled as such, and before them, when no
    title is known yet, a title. At least one byline or date line; 0 when there is none."""
    count = seen = 0
    title = titled
    for n, lm in enumerate(lines[:6]):
        line = _plain(lm.group(0))
        words = line.split()
        byline = _BYLINE.match(line)
        if byline and len(words) <= 12 and (nobody(byline.group(1)) or any(
                a.get("organisation") or _is_personal_name(a["name"]) for a in split_authors(byline.group(1)))):
            seen = count = n + 1
        elif parse_date(line) and len(line) <= 90 and (
                len(words) <= 5 or _PUBLISHED.match(line) or _PUBLISHED_WORD.search(line) or _UPDATED.search(line)
                or len(words) <= 8 and re.search(r"(?:\d|\b(?:г|r|р|года|року|uhr|gmt|utc))\.?$", line, re.I)):
            seen = count = n + 1
        elif (title or titled) and not re.search(r"[.!?]$", line) and len(words) <= 10 and _names_line(line):
            seen = count = n + 1  # "Staff Reporter", "A, B and C", "Name | Role" under the title
        elif n == count and not title and line[:1].isupper() and len(words) <= 15 and _title_like(line):
            count, title = n + 1, True
        else:
            break
    if count > seen and count < len(lines) and lines[count].group(0).strip()[:1].isupper():
        seen = count  # a title under the date line, the prose under it (not a line the prose wraps on to)
    if not seen or seen >= len(lines) or not _is_prose(block[lines[seen].start():]):
        return 0
    return seen


def _names_line(line: str) -> bool:
    """A line under a title that names its writers and nothing else: a role and nobody ("Staff
    Reporter"), a person's name, a list of them ("A, B and C"), or a name with a position or an
    institution after a bar or a comma ("Name | Energy Analyst")."""
    if nobody(line) or _is_personal_name(line):
        return True
    people = split_authors(line)
    if len(people) >= 2 and all(_is_personal_name(p["name"]) and not p["affiliation"] for p in people):
        return True
    first, *rest = re.split(r",|\s[|·]\s", line, maxsplit=1)
    return bool(rest) and _is_personal_name(first.strip()) and bool(_job_title(rest[0]) or _INSTITUTION.search(rest[0]))


def _participants_list(lines) -> bool:
    """A "Speakers:" label over a person on each line, with her role ("Name, Role, Institute"):
    however long, no sentence among them."""
    texts = [m.group(0).strip() for m in lines]
    return bool(_PARTICIPANTS.match(texts[0])) and not _SPEAKER.match(texts[0]) and 2 <= len(texts) <= 16 \
        and all(len(t) <= 150 and not re.search(r"[.!?]$", t) and not _SPEAKER.match(t) for t in texts[1:])


def _casual_prose(flat: str) -> bool:
    """Prose that does not end a sentence the usual way ("... no real plan 😅 #roadtrip"): a dozen
    words or more, most of them in lower case."""
    words, small = header_end.initial_cases(flat)  # (the words that begin with a letter, those with a small one)
    return words >= 12 and small > 0.6 * words and not _BYLINE.match(flat)


@partial(per_document, copied=True)  # (doc_memo.py; its callers change the dicts they get)
def split_authors(text: str) -> list[dict]:
    """A byline's people: "Lt. Col. A B, U.S. Army War College, and Dr. C D, E Institute" gives A B
    (affiliation U.S. Army War College) and C D (E Institute); ranks and titles are left out. A body
    named alone ("Department for Overseas Trade and Transport") is one author, an organisation."""
    text = " ".join(text.split()).strip(" ,;")
    if nobody(text):  # "Our Correspondent", "Staff Writer": a role, and nobody named
        return []
    if _EDITORIAL_BOARD.match(text):  # "the Editorial Board"
        board = _EDITORIAL_BOARD.match(text).group(1)
        return [{"name": board[:1].upper() + board[1:], "affiliation": None, "organisation": True}]
    if (_is_issuer(text) or _INSTITUTION.search(text)) and not any(_is_personal_name(_person(c)["name"])
                                    for c in re.split(r",?\s+(?:and|und|et|y|e|и|&)\s+|;\s*|,\s*", text)):
        return [{"name": re.sub(r"^the\s+", "", text), "affiliation": None, "organisation": True}]
    listed = [p.strip() for p in re.split(rf",\s*(?:{_AND}\s+)?", text) if p.strip()]
    if len(listed) >= 2 and all(_is_personal_name(_person(p)["name"]) for p in listed):
        return [_person(p) for p in listed]  # "Murad Karimov, Anna Brandt"
    listed = [p.strip() for p in re.split(rf",\s*(?:{_AND}\s+)?|\s+{_AND}\s+", text) if p.strip()]
    if len(listed) >= 3 and all(_is_personal_name(p) for p in listed):
        return [{"name": p, "affiliation": None} for p in listed]  # "A, B and C", "A, B und C"
    chunks: list[str] = []
    pieces = re.split(rf"(,?\s+{_AND}\s+|;\s*)", text)  # the separators kept, to join a name's parts again
    for k in range(0, len(pieces), 2):
        chunk = pieces[k]
        name = chunk.split(",")[0]
        name = re.sub(r"\s*\([^()]*\)\s*$", "", name) if "(" in name else name  # "Name (Institute)": the name
        if chunks and (_INSTITUTION.search(name) or not name[:1].isupper()):
            # "Institute of Peace and Security": one affiliation; "… о портах и железных дорогах": one text
            chunks[-1] += pieces[k - 1] + chunk
        elif chunk.strip():
            chunks.append(chunk)
    return [p for p in (_person(c) for c in chunks) if p["name"]]


# "and" between names, in the major European languages, Russian, Turkish and Azerbaijani
_AND = r"(?:and|und|et|y|e|и|ve|və|&)"


_ROLE_WORDS = frozenset("""fellow director editor correspondent analyst researcher manager chief head adviser advisor
    officer secretary minister chair president professor lecturer associate assistant deputy senior junior reporter
    writer staff contributor economist engineer consultant coordinator specialist expert columnist curator historian
    scholar journalist founder partner member candidate student teacher photographer architect""".split())


_SPEECH = re.compile(r"^(?:speech|statement|remarks|address|lecture|keynote(?: address)?|opening remarks|"
                     r"(?:(?:press|media|weekly|regular|daily) )?briefing|(?:press|news) conference|"
                     r"op-ed|interview)\s+(?:by|of|with)\s+(.+?)(?:,?\s+(?:at|on|to|before|in|during)\s+.*)?$", re.I)


_OFFICE_WORDS = _ROLE_WORDS | _RANKS | frozenset("""the official spokesperson spokesman spokeswoman vice prime
    first foreign his her excellency h.e. state""".split())


def _speaker_in_title(title: str) -> str | None:
    """The person a speech or statement is by, as its title names them ("Speech by the Minister
    of Economy, Elvin Rahimli, at the … Forum")."""
    m = _SPEECH.match(title)
    if not m:
        return None
    for part in reversed([p.strip() for p in m.group(1).split(",")]):
        tokens = part.split()
        while len(tokens) > 2 and tokens[0].lower() in _OFFICE_WORDS:
            tokens.pop(0)  # "the Official Spokesperson A", "President A"
        name = _person(" ".join(tokens))["name"]
        if _is_personal_name(name):
            return name
    return None


# no person's name opens with one of these ("The West" in a list of a text's subjects is no name)
_DETERMINERS = frozenset("the an this that these those our my your his her its their".split())


def _is_personal_name(name: str) -> bool:
    """A name that is a person's: the form of one, no institution's word and no role's."""
    return bool(_PERSON.match(name)) and not _INSTITUTION.search(name) \
        and not any(w.lower() in _ROLE_WORDS for w in name.split()) \
        and name.split()[0].lower() not in _DETERMINERS


_NAME_AND_ASIDE = re.compile(r"^([^(),]{2,80}?)\s*\(([^()]{2,120})\)\s*$")
_LONG_ASIDE_AT_END = re.compile(r"\s*\(([^()]{2,120})\)\s*$")
_ASIDE_AT_END = re.compile(r"\s*\(([^()]{2,80})\)\s*$")
_ABBREVIATED_END = re.compile(r"(?<=\w{3})\.$")


def _person(chunk: str) -> dict:
    chunk = chunk.strip(" ,;")
    # (the patterns with a bracket asked only where one stands, the full stop's only where the name ends with one)
    whole = _NAME_AND_ASIDE.match(chunk) if "(" in chunk else None  # "Name (Role, Institution)"
    if whole:
        name, affiliation, aside = whole.group(1), "", _LONG_ASIDE_AT_END.search(chunk)
    else:
        name, _, affiliation = chunk.partition(",")
        aside = _ASIDE_AT_END.search(name) if "(" in name else None
    if aside and aside.group(1).lower() not in ("ret.", "retd", "ret", "retd."):
        name = name[:aside.start()]
        affiliation = affiliation or (aside.group(1) if _INSTITUTION.search(aside.group(1)) or
                                      len(aside.group(1).split()) > 1 else "")
    name = name.strip()
    name = _ABBREVIATED_END.sub("", name) if name.endswith(".") else name
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].lower() in _RANKS:
        tokens.pop(0)
    while len(tokens) > 2 and tokens[-1].strip(",").lower() in ("phd", "ph.d.", "(ret.)", "ret.", "jr.", "mp"):
        tokens.pop()
    while tokens and all(unicodedata.category(c)[0] in "SCZ" or c in "\u200d\ufe0f" for c in tokens[-1]):
        tokens.pop()  # an emoji after the name ("tural 🙂")
    name = " ".join(tokens)
    if _upper_share(name) > 0.9 and len(name) > 3:
        name = name.title()  # a speaker's label in capitals
    return {"name": name, "affiliation": affiliation.strip() or None}


def _names(text: str) -> list[str]:
    parts = re.split(r";\s*", text) if ";" in text else re.split(r",\s*(?:and\s+)?|\s+and\s+", text)
    return [p["name"] for p in (_person(x) for x in parts) if p["name"]]


def _speakers(text: str) -> list[str]:
    """A transcript's speakers, from its turns ("AMBASSADOR RUTH KELLER: ..."), when at least two
    people take turns and each turn starts a paragraph."""
    # (a line in capitals through and through, "POTI: THE DREDGERS ARRIVE", is a section's headline:
    # a turn's words after its label are in mixed case)
    labels = [m.group(1).strip() for m in _SPEAKER.finditer(text)
              if not _headline_in_capitals(text[m.end(1):text.find("\n", m.end(1)) % (len(text) + 1)])]
    if len(set(labels)) < 2 or len(labels) < 3 or any(len(label) < 4 for label in labels):
        return []
    out: list[str] = []
    for label in labels:
        aside = re.search(r"\(([^()]+)\)$", label)
        if aside and _is_role(label[:aside.start()]):  # "CHAIR (Aysel Mirzayeva)": the chair is named
            label = aside.group(1).strip()
        name = _person(label)["name"]
        if name not in out and not _is_role(label):
            out.append(name)
    return out


def _masthead_parts(text: str, header: list, k: int) -> bool:
    """Whether header line k is a masthead's second line of parts ("Energy Security Programme | Baku"): right
    under the line over it, set apart from the line under it, its parts joined by bars."""
    return 0 < k < len(header) and header[k][0] == header[k - 1][1] + 1 and " | " in header[k][2] \
        and _stands_apart(text, header, k)


def _date_column(raw: str) -> str | None:
    """The date a header line laid out in columns gives in one column of its own (the columns set apart
    by runs of three spaces or more: "ORDER CODE X-2025/07          July 8, 2025")."""
    columns = re.split(r"\s{3,}", raw.strip())
    if len(columns) < 2:
        return None
    return next((d for c in columns if len(c) <= 40 and (d := parse_date(c)) and len(d) == 10), None)


def _headline_in_capitals(rest: str) -> bool:
    """Whether what follows a label on its line is a headline's words in capitals (three letters at least,
    none in lower case)."""
    letters = [c for c in rest if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def _text(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


# the place and date opening a release's first paragraph in mixed case: "Aktau, Kazakhstan, 9 September 2025 – …"
_PLACE_DATE_LEAD = re.compile(r"^([^\n—–]{8,80}?)\s+(?:—|–|--|-)\s+\S")


def _place_and_date(opening: str) -> str | None:
    """The date of a dateline in mixed case opening the text: capitalised place names (a city, its
    country) then the date, before a dash."""
    m = _PLACE_DATE_LEAD.match(opening)
    if not m:
        return None
    parts = [p.strip() for p in m.group(1).split(",")]
    for cut in (1, 2):  # "9 September 2025" or "September 9, 2025"
        place, when = parts[:-cut], ", ".join(parts[-cut:])
        if place and all(0 < len(p.split()) <= 3 and all(w[:1].isupper() for w in p.split()) for p in place) \
                and re.search(r"\b(?:19|20)\d\d\b", when) and len(when.split()) <= 4:
            date = parse_date(when)
            if date:
                return date
    return None


def _by_part(line: str):
    """"by Name" as one part of a line of parts set apart by separators ("8 June 2025 · by Name ·
    5 min read"): the match of the name."""
    for part in _SEPARATORS.split(line.strip("*_ ")):
        m = re.match(r"^by\s+(\S[^|·•]{0,60}?)\s*$", part.strip("*_ "), re.I)
        if m:
            return m
    return None


def _job_title(text: str) -> bool:
    """A person's position after her name ("Specialist in Rail Freight", "Senior Economist"): a few
    capitalised words, one of them a role's, no sentence."""
    words = text.strip().split()
    return 1 <= len(words) <= 8 and words[0][:1].isupper() and not re.search(r"[.!?:;\d]", text) \
        and any(w.lower().strip(",") in _ROLE_WORDS for w in words[:3])


def _organisation_line(line: str) -> bool:
    """A name alone on its line: two to eight words, each capitalised but the small ones, no
    number or punctuation but a comma or full stop in a legal form ("ABSHERON WIND ENERGY LLC")."""
    words = line.split()
    return 2 <= len(words) <= 8 and not re.search(r"\d|[!?:;|—–]", line) and not line.endswith(",") \
        and all(w[:1].isupper() or w.lower() in _SMALL_WORDS or w[:1] == "&" for w in words)


def _over_a_label(line: str) -> bool:
    """A letterhead's address or a document's label under a body's name."""
    return bool(_ADDRESS.match(line) or _RELEASE.match(line) or _TRANSCRIPT_LABEL.match(line) or _RUBRIC.match(line))


@per_document  # asked of a header's line by several rules (doc_memo.py)
def _is_kicker(line: str) -> bool:
    """A series or journal line: "ENERGY CORRIDORS | PART 2", "Journal of X, Vol. 12, No. 1 (2020)",
    a periodical's name with its issue ("The Kura Review — No. 14", "CASPIAN MONITOR · 2021"); not a
    title with its site's name after it ("Gas storage before the winter | Kura Daily")."""
    return (bool(_SERIES.search(line)) and (_upper_share(line) > 0.6 or bool(_SEPARATED.search(line)))
            or bool(re.search(r"\bvol\.?\s*\d", line, re.I)) or bool(_ISSUE_TAIL.search(line))
            or bool(_ISSUE_LINE.match(line))) \
        and len(line) <= 90 and not site_suffix(line)


# an issue's line under a periodical's name: "Issue 12", "No. 4 (2021)", "Vol. 3, No. 2"
_ISSUE_LINE = re.compile(r"^(?:issue|no\.?|nr\.?|number|vol\.?|volume)\s*\d{1,4}\b[\w\s,.()/-]{0,30}$", re.I)
# a page's navigation: "Home > News > Transport", "Skip to main content"
# a credit for a picture under the byline, no affiliation: "Photo: …", "Image: …"
_CREDIT_LABEL = re.compile(r"^(?:photo(?:graph)?s?|image|picture|illustration|video|foto|bild|photo de|фото)\s*:", re.I)
_NAVIGATION = re.compile(r"^(?:[^>›»\n]{1,40}(?:\s[>›»]\s[^>›»\n]{1,40}){1,6}|skip to (?:the )?(?:main )?content|"
                         r"skip (?:to )?navigation|jump to (?:navigation|content|main content))$", re.I)
_SEPARATED = re.compile(r"\||\s[·•—–]\s")
# a periodical's issue after its name: "— No. 14", "· 2021", "| Issue 3"
_ISSUE_TAIL = re.compile(r"^[^\d|·•—–]{3,60}\s[|·•—–]\s*(?:no\.?\s*\d{1,4}|issue\s*\d{1,4}|(?:19|20)\d\d)$", re.I)
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)


def site_suffix(line: str) -> tuple[str, str] | None:
    """(the title, the site) of a title with its site's name after it, as a page's title names
    them: "Gas storage before the winter | Kura Daily", "… - kuradaily.com" (a dash before a
    domain only: "Roundtable summary — Caspian water levels" is one title)."""
    m = re.match(r"^(.{12,150}?)\s+([|·•]|[-–—])\s+([^|·•]{2,40})$", line)
    if not m:
        return None
    title, mark, site = m.group(1).strip(), m.group(2), m.group(3).strip()
    words = site.split()
    capitals = _upper_share(title) > 0.6  # "GAS STORAGE BEFORE THE WINTER | KURA DAILY": both in capitals
    if len(title.split()) < (4 if capitals else 3) or capitals and _upper_share(site) < 0.6 \
            or _SERIES.search(site) or _SERIES.search(title.replace("|", " ")) or parse_date(site):
        return None
    if _DOMAIN.match(site):
        return title, site
    if mark in "|·•" and 1 <= len(words) <= 4 and not re.search(r"\d", site) \
            and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][:1].isupper():
        return title, site
    return None


def _marked_heading(text: str, header: list) -> int | None:
    """The header line the markup marks as the document's heading: a first-level ATX heading
    ("# Title") or a line underlined ("Title" over "=====" or "-----"); None if there is none."""
    for k, (_, end, raw) in enumerate(header[:12]):
        line = raw.strip()
        if re.match(r"#\s", line):
            return k
        if k + 1 < len(header) and re.fullmatch(r"(?:=+|-+)", header[k + 1][2].strip() or "x") \
                and len(header[k + 1][2].strip()) >= 3 and text.count("\n", end, header[k + 1][0]) == 1:
            return k
    return None


def _ranked_name(line: str) -> bool:
    """A person's name after her rank or title, alone on its line ("Prof. Dr. Elif Kaya")."""
    words = line.split()
    return len(words) >= 3 and words[0].lower() in _RANKS and "," not in line \
        and _is_personal_name(_person(line)["name"])


def _kicker_over(text: str, header: list, k: int) -> bool:
    """A kicker: a topic's name of three words at most on the line right over a longer headline
    (no blank line between them), with no stop, date or number of its own."""
    if k + 1 >= len(header) or text.count("\n", header[k][1], header[k + 1][0]) != 1:
        return False
    line, nxt = _plain(header[k][2]), _plain(header[k + 1][2])
    words = line.split()
    return 1 <= len(words) <= 3 and len(line) <= 30 and not re.search(r"[\d.!?:;,|]", line) \
        and len(nxt.split()) >= max(4, len(words) + 2) and _title_like(nxt) and line[:1].isupper() \
        and not _BYLINE.match(nxt) and not _PERSON.match(nxt)


def _is_slug(line: str) -> bool:
    """A wire slug: AZERBAIJAN-GAS/EXPORTS (UPDATE 1)."""
    return _upper_share(line) > 0.9 and bool(re.search(r"[/\-]|\(UPDATE", line)) and " " not in line.strip()[:12] \
        or bool(re.search(r"\(UPDATE \d+\)", line))


_YEAR_ABBREVIATION = re.compile(r"\b\d{4}\s*(?:г|гг|год|р|r)\.$")  # "4 ноября 2019 г.", "21 вересня 2017 р."


def _looks_like_header_line(line: str) -> bool:
    """A subtitle, standfirst, affiliation or e-mail line under the title (not body); a sentence
    of six words or more that ends with a full stop is body (not the stop of a year's abbreviation:
    "Анар Велиев 4 ноября 2019 г.")."""
    return len(line) <= 200 and not (len(line.split()) >= 6 and re.search(r"[.!?][\"”’)]?$", line)
                                     and not _question_title(line) and not _YEAR_ABBREVIATION.search(line))


def guess_title(text: str, path: Path) -> str:
    """The document's title as it states it, or the file's name."""
    return from_text(text, path).title or Path(path).stem
