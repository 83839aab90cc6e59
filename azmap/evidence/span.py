"""Span evidence: the whole proper-name span around a candidate decides what it names.

A place name inside a longer name names the longer thing ("Georgia Hale", "Georgia National Guard",
"Khazar Lankaran", "Caspian Freight Exchange", "University of Georgia"), unless the longer part is a
word for a kind of place or for the place's own state ("Lachin district", "Azerbaijan Republic",
"Iran's foreign ministry"). The words right beside the name say the rest: a club ("Gabala FK",
"Qarabağ 3, Khazar 0"), a vessel ("the cruiser Moskva", "the Tbilisi was renamed"), a time zone
("Moscow time", "Azerbaijan Time"), a historical polity or people ("Caucasian Albania", "the
Russian Empire", "Seljuk Turks"), goods named after the place ("Turkish delight", "a Persian cat"),
a type of equipment ("a Daryal-type radar", "the Daryal at Pechora"), or a thing that takes an
article a place never takes ("a Karabakh of champion lines").

``read(text, start, end, surface, how, kind)`` returns a Verdict or None. It knows nothing of any
document's strings: only kinds of words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from azmap.evidence import STRONG, WEAK, Verdict

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŹŻŽƏ"
_CAP = rf"[{_UP}][\w'’.-]*"

# words after a place name that keep it the place: kinds of place and the place's own state
PLACE_HEADS = frozenset("""
district districts region regions province oblast rayon city town village port airport terminal terminals field
fields sea basin shelf coast shore delta lowland lowlands highlands plateau mountains mountain valley plain bay
peninsula lake gorge pass border frontier corridor pipeline pipelines railway railways line route road highway
motorway bridge radar station base region republic federation autonomous exclave enclave territory territories
government parliament ministry ministries embassy consulate president presidency presidential prime minister
ministers foreign defence defense interior army armed forces navy military border customs police state
central bank cabinet administration governor mayor municipality council assembly people peoples crisis conflict
war wars question issue process talks summit accord accords agreement agreements declaration treaty ceasefire
economy energy oil gas stage phase expansion project old new north south east west northern southern eastern
western upper lower greater proper itself today international airport airports stadium olympic memorial mosque
church cathedral fortress museum park square market metro harbour harbor hub junction crossing checkpoint gate day
relations ties policy politics diplomacy history affairs dispute problem cooperation partnership
""".split())
# a second word that looks like a surname
_SURNAME = re.compile(r"(?:ov|ova|ev|eva|yev|yeva|iyev|iyeva|yan|dze|shvili|zade|zadeh|oglu|oğlu|li|lı|lu|"
                      r"ski|sky|enko|vich)$")
_CLUB_AFTER = re.compile(r"^\s+(?:FK|FC|F\.C\.|PFK|PFC|SC|SK|AFC|BK|IK)\b")
_NOT_A_SCORE = r"(?!\s*(?:%|per|km|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))"  # a range, a date
_SCORE_AFTER = re.compile(rf"^\s*,?\s+\d{{1,2}}\s*(?:[–—-]\s*\d{{1,2}}\b{_NOT_A_SCORE}|,\s+[A-Z]|\.?$)")
_SCORE = re.compile(rf"\b\d{{1,2}}\s*[–—-]\s*\d{{1,2}}\b{_NOT_A_SCORE}")
_SPORT_VERB_AFTER = re.compile(
    r"^\s+(?:beat|beats|thrashed|edged?|drew|draw|lost\s+to|host|hosts|hosted|face|faces|faced|visit|visits|"
    r"play|plays|played|scored|(?:have\s+|has\s+)?won\s+the\s+(?:title|cup|league|match|derby)|were\s+top|are\s+top|"
    r"finished\s+(?:first|second|third|top)|started\s+brightly|qualif(?:y|ied))\b")
_SPORT_WORDS = re.compile(r"\b(?:strikers?|midfielders?|goalkeepers?|wingers?|defenders?|penalt(?:y|ies)|half-time|"
                          r"kick-off|relegat\w+|league|derby|fixtures?|scored|equali[sz]er|clean\s+sheet|"
                          r"shoot-out|stoppage\s+time|(?:home|away)\s+(?:win|match|game|fixture))\b", re.I)
_SPORT_WORDS_LOW = re.compile(_SPORT_WORDS.pattern)  # on lower-cased text: faster than ignoring case
# a result: "beat Sumgayit 2–0", "could only draw 1–1", "a 2–0 win"
_RESULT = re.compile(r"\b(?:beat|beating|drew|draw|won|win|lost|defeated|edged)\s+(?:[\w’'-]+\s+){0,3}?"
                     r"\d{1,2}\s*[–—-]\s*\d{1,2}\b|"
                     r"\b\d{1,2}\s*[–—-]\s*\d{1,2}\s+(?:win|draw|defeat|victory|loss|home\s+win|away\s+win)\b")
_RESULT_AFTER = re.compile(r"^,?\s+(?:who\s+|which\s+)?(?:[\w’'-]+\s+){0,3}?(?:beat|drew|draw|lost|won|edged)\s+"
                           r"[^.]{0,30}?\b\d{1,2}\s*[–—-]\s*\d{1,2}\b")
_RESULT_VERBS = ("beat", "drew", "draw", "lost", "won", "edged")  # one stands in every match of _RESULT_AFTER
_CLUB_ROLE_AFTER = re.compile(r"^['’]s\s+(?:head\s+coach|manager|striker|goalkeeper|midfielder|defender|"
                              r"winger|forward|fans|supporters|squad|players?)\b")
_VESSEL_NOUN = (r"(?:ship|vessel|cruiser|frigate|destroyer|battleship|carrier|tanker|ferry|liner|steamer|"
                r"icebreaker|submarine|corvette|yacht|freighter|trawler|tug|leader|flagship|barge|dredger)")
_THING_AFTER = re.compile(
    r"^(?:\s*[,.;:)!?]|\s*$|\s+(?:was|is|were|are|had|has|have|sank|sailed|sails|carried|carries|left|"
    r"docked|ran|returned|arrived|went|came|took|lay|lies|stood|stands|in|on|at|to|from|"
    r"for|by|as|under|later|now|then|itself|herself|himself|when|after|before|during|while|into|off|near)\b)")
_LIST_NEXT = re.compile(r"^\s*(?:,|\s+and|\s+or)\s+(\w+)")
_TIME_AFTER = re.compile(r"^(?:\s+(?:Standard|Summer|Daylight|standard|summer|daylight))?"
                         r"\s+(?:Time\b|time\b(?!\s+(?:and|to|after)\b))")
_HISTORICAL_AFTER = re.compile(r"^\s+(?:Empire|Khaganate|Kaganate|Khanate|Sultanate|Caliphate|Kingdom|Dynasty|"
                               r"Emirate|Principality|Satrapy|empire|khaganate|khanate|tribes|kings)\b")
# goods, foods, drinks and breeds called after a place (a country's demonym or name before them)
_GOODS_AFTER = re.compile(
    r"^\s+(?:delight|coffee|salad|dressing|roulette|doll|dolls|mule|cat|cats|kitten|dog|dogs|hound|hounds|"
    r"terrier|shepherd|horse|horses|pony|ponies|cattle|sheep|goat|goats|hamster|hamsters|tern|terns|seal|seals|"
    r"tiger|tigers|rug|rugs|carpet|carpets|kilim|lime|limes|yogurt|yoghurt|cheese|meatballs|couscous|almonds|"
    r"sausage|bath|baths|blue|breed|breeds|pastry|bread|dumplings|borscht|omelette|toffee|bagel|bagels)\b")
_EQUIPMENT_AFTER = re.compile(r"^(?:\s*[-‐‑]\s*|\s+)(?:type|class|pattern|series|model|design)\b",
                              re.I)
_PERSON_CUE = re.compile(r"\s*(?:,\s*(?:who|whose|a|an|the|\d)|\s+(?:said|says|told|asked|laughs|wrote))\b")
_MODEL_AFTER = re.compile(r"^[-‐‑](?:[A-Z]{1,2}|\d{1,3}[A-Z]?)\b")  # a model of a design: "Daryal-U", "Daryal-UM"
_EQUIPMENT_NOUN = r"(?:radar|radars|station|stations|unit|units|design|craft|compressor|compressors|rig|platform)\b"
_ELSEWHERE_AFTER = re.compile(rf"^(?:\s+(?:radar|station|site|unit|installation|array))?\s*,?\s+(?:at|in|near)"
                              rf"\s+({_CAP})")
_HYPHEN_BEFORE = re.compile(rf"([{_UP}][a-zəöüçşğı]+)[-‐‑]$")
_CITY_STATE_AFTER = re.compile(rf"^,\s+({_CAP}(?:\s+{_CAP})?)\b")
_LEADING_CAPWORD = re.compile(rf"^\s+[{_UP}]\w+")  # a capitalised word right after a name
_NEXT_CAPS = re.compile(rf"^((?:[ \u00a0]+(?:of\s+)?{_CAP}){{1,4}})")
_TITLE_LINE_MIN = 0.6
# compiled once (they were written where they are asked)
_EQUIPMENT_NAME = re.compile(_EQUIPMENT_NOUN + "$", re.I)
_EQUIPMENT_NOUN_AFTER = re.compile(r"^(?:\s+\w+)?\s+" + _EQUIPMENT_NOUN)
_POSSESSIVE_END = re.compile(r"['’]s$")
_OF_AFTER = re.compile(r"^\s+of\b")
_NAME_WORD = re.compile(r"[\w'’.-]+")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’]*")
_LINE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Professor Sir Dame Gen General Colonel Col Capt Captain Sergeant Lt "
                    "Saint St".split())
_CLUB_PREFIX = frozenset("FK FC PFK PFC SC SK AFC".split())
_VESSEL_NOUNS = frozenset(w + plural for w in _VESSEL_NOUN.strip("(?:)").split("|") for plural in ("", "s"))
_VESSEL_APPOSITION = re.compile(rf"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_VESSEL_NOUN}\b", re.I)
_VESSEL_PREFIX = frozenset("MV MS MT SS RV HMS USS RFS INS TCG".split())
_ARTICLE_A = frozenset("a A an An".split())
_ORDINAL = frozenset("second third fourth further new single lone other".split())
# a qualifier that makes the name another polity or people (carried over to the document's bare uses)
_OTHER_POLITY = frozenset("""Caucasian Volga Danube Great Achaemenid Sasanian Sassanid Parthian Seleucid Median Ancient
ancient Roman Hellenistic Classical classical""".split())
# a qualifier of an age of the same country (this use only)
_ERA = frozenset("""Byzantine Ottoman Seljuk Seljuq Safavid Qajar Timurid Mongol Kievan Tsarist Imperial Medieval
medieval""".split())
_SPORT_BEFORE_WORDS = frozenset("beat beating beats against versus vs vs. v edge edged thrashed host hosts hosting "
                                "play plays playing".split())
_PREPOSITIONS = frozenset("of in from to at for with by".split())
_POSSESSIVE = frozenset("my his her our their your its first last long short whole".split())


def tail(before: str, n: int = 3) -> list[str]:
    """The last words right before a name (none when punctuation stands between: "(", "-")."""
    if not before or not before[-1].isspace():
        return []
    return [w.lstrip("(\"“‘[") for w in before.rsplit(None, n)[-n:]]


class Lazy:
    """A truth worked out the first time it is asked (most documents never ask whether they are
    about sport)."""

    __slots__ = ("_f", "_v")

    def __init__(self, f):
        self._f, self._v = f, None

    def __bool__(self) -> bool:
        if self._v is None:
            self._v = bool(self._f())
        return self._v


def sporty(texts: list[str]) -> bool:
    """Whether a document is about sport (three words of sport or more). The linker and the places
    reader ask it of the same passages, one after the other: the answer is kept for the last document."""
    return _sporty(tuple(texts))


@lru_cache(maxsize=1)
def _sporty(texts: tuple[str, ...]) -> bool:
    n = 0
    for t in texts:
        low = t.lower()
        n += len(_SPORT_WORDS_LOW.findall(low)) + len(_RESULT.findall(low))
        if n >= 3:
            return True
    return False


def read(text: str, start: int, end: int, surface: str, how: str, kind: str, *,
         is_name_word=lambda w: False, us_states=frozenset(), sporty: bool = False,
         takes_article=frozenset()) -> Verdict | None:
    """What the span around text[start:end] says the candidate names, when it is not the place.
    ``kind``: the feature's kind (country, city, district, site, route, sea, ...); ``is_name_word``:
    whether a word begins a gazetteer name (a place after a place: "Karabakh Armenians"); ``sporty``:
    the document is about sport (a bare "X beat Y" is then a club); ``takes_article``: the names the
    document writes with "the" (mostly) ("the Kremlin"): "the X" says nothing of them."""
    before = text[max(0, start - 26):start]  # every "before" pattern needs fewer characters than this
    after = text[end:end + 80]
    # tail(before), written out: this runs for every candidate
    words = [w.lstrip("(\"“‘[") for w in before.rsplit(None, 3)[-3:]] if before and before[-1].isspace() else []
    last = words[-1] if words else ""
    last2 = words[-2] if len(words) > 1 else ""
    # the patterns below that begin with white space ("^\\s+") are asked only where the name is followed by it
    spaced = after[:1].isspace()
    m = _TIME_AFTER.match(after) if spaced else None
    if m and how in ("name", "demonym") and last.lower() not in _POSSESSIVE:
        return Verdict("time zone", STRONG, _q(surface + m.group(0)))
    if how == "abbrev":
        return None  # abbreviations: the abbrev module
    # a result after the name begins with a comma or a space (_RESULT_AFTER) and holds one of its verbs
    if (spaced and _CLUB_AFTER.match(after)) or last in _CLUB_PREFIX or (last in ("club", "team") and last2.lower() == "the") \
            or _CLUB_ROLE_AFTER.match(after) or ((after[:1] == "," or after[:1].isspace())
                                                 and any(map(after.__contains__, _RESULT_VERBS))
                                                 and _RESULT_AFTER.match(after)):
        return Verdict("club", STRONG, _q(_around(text, start, end, 12, 12)))
    if ((spaced and _SPORT_VERB_AFTER.match(after)) or _SCORE_AFTER.match(after) or last in _SPORT_BEFORE_WORDS or
            (last in ("with", "to") and last2 in ("drew", "draw", "lost"))) and (
            sporty or _SPORT_WORDS.search(text, max(0, start - 150), end + 150) or _SCORE.search(after)):
        return Verdict("club", STRONG, _q(_around(text, start, end, 12, 16)))
    if last.lower() in _VESSEL_NOUNS or last in _VESSEL_PREFIX or _VESSEL_APPOSITION.match(after):
        return Verdict("vessel", STRONG, _q(_around(text, start, end, 0, 25)))
    historical = spaced and _HISTORICAL_AFTER.match(after)
    if last in _OTHER_POLITY or (last in ("old", "ancient") and last2 in ("the", "The")) or (
            historical and how == "name" and kind != "country"):
        # another polity or people of the same name ("Caucasian Albania", "the Khazar Khaganate")
        return Verdict("historical polity or people", STRONG, _q(_around(text, start, end, 14, 12)))
    if last in _ERA or historical:
        # the same country in another age ("the Russian Empire", "Ottoman Turkey"): here only
        return Verdict("historical state", STRONG, _q(_around(text, start, end, 14, 12)))
    capword = spaced and _LEADING_CAPWORD.match(after)  # the goods' word may follow a capitalised word ("Turkish Van cat")
    if (spaced and _GOODS_AFTER.match(after)) or (capword and _GOODS_AFTER.match(after[capword.end():])):
        return Verdict("goods, food or breed named after the place", STRONG, _q(_around(text, start, end, 0, 12)))
    if kind == "site" or kind == "sea":
        m = _EQUIPMENT_AFTER.match(after) or _MODEL_AFTER.match(after)
        typed = _indefinite(words, text, start) and (
            _EQUIPMENT_NAME.search(surface) or _EQUIPMENT_NOUN_AFTER.match(after))
        if m or typed:
            return Verdict("a type of equipment", STRONG, _q(_around(text, start, end, 6, 14)))
        m = _ELSEWHERE_AFTER.match(after) if kind == "site" else None
        if m and not is_name_word(_POSSESSIVE_END.sub("", m.group(1)).lower()):
            return Verdict("equipment standing elsewhere", STRONG, _q(_around(text, start, end, 0, len(m.group(0)))))
    elif after.startswith(("-", "‐", "‑")) and _EQUIPMENT_AFTER.match(after):
        return Verdict("a type named after the place", STRONG, _q(_around(text, start, end, 0, 12)))
    if how == "name" and kind != "country":
        m = _HYPHEN_BEFORE.search(before) if before.endswith(("-", "‐", "‑")) else None
        if m and not is_name_word(m.group(1).lower()) and not after.startswith(("-", "‐", "‑", "–", "—")):
            return Verdict("part of a longer name", STRONG, _q(m.group(0) + surface))
    if how == "name":
        m = _CITY_STATE_AFTER.match(after)
        if m and m.group(1) in us_states and not is_name_word(m.group(1).split()[0].lower()):
            return Verdict("a town of a U.S. state", STRONG, _q(surface + m.group(0)))
    if last.rstrip(".") in _TITLES and how == "name":
        return Verdict("person", STRONG, _q(_around(text, start, end, 8)))
    v = _longer_name(text, start, end, surface, how, before, after, is_name_word)
    if v:
        return v
    if how == "name" and kind in ("country", "city", "district", "exclave", "territory") and " " not in surface:
        m = _LIST_NEXT.match(after)
        if m and is_name_word(m.group(1).lower()):
            return None  # "the Baku, Tbilisi and Ankara governments": a list of places
        if last in ("the", "The", "THE") and _THING_AFTER.match(after) and not _OF_AFTER.match(after) and \
                surface.casefold() not in takes_article:
            return Verdict("vessel or other thing called “the …”", STRONG, _q("the " + surface + after[:12]))
        if _indefinite(words, text, start) and (_THING_AFTER.match(after) or _OF_AFTER.match(after)):
            return Verdict("a thing named after the place (“a …”)", STRONG, _q(_around(text, start, end, 10, 12)))
    return None


def _indefinite(words: list[str], text: str = "", start: int = 0) -> bool:
    """ "a Karabakh", "a second Darial": the English article, not the preposition "a" of a sentence in Italian,
    Spanish, Portuguese, Catalan or Romanian ("arrivato a Tbilisi", "chegou a Tbilisi", "apoi a Baku") """
    if not (bool(words) and (words[-1] in _ARTICLE_A or (len(words) > 1 and words[-1] in _ORDINAL
                                                         and words[-2] in _ARTICLE_A))):
        return False
    return words[-1] not in ("a", "A") or not text or _english_around(text, start)


# the commonest words of English, and of the languages whose "a" is a preposition ("to", "at"), that are no word
# of the other side: the sentence around a name says which "a" stands before it
_ENGLISH_WORDS = frozenset("the of and is was to for with by on from that this are were has have be it its "
                           "which who after before their new".split())
_A_PREPOSITION_WORDS = frozenset("""il lo gli è e di da del della delle dei per che non poi con una alla al nel
nella sono ha anche dopo el los las y que en por para luego fue se o os do dos das em na no um foi com depois
și apoi din pe este în la cu i amb els després va""".split())
_AROUND_WORD = re.compile(r"[^\W\d_]+")


def _english_around(text: str, start: int) -> bool:
    """Whether the words around a position are English rather than a language whose "a" is a preposition."""
    words = [w.lower() for w in _AROUND_WORD.findall(text[max(0, start - 140):start + 100])]
    english = sum(w in _ENGLISH_WORDS for w in words)
    other = sum(w in _A_PREPOSITION_WORDS for w in words)
    return not (other >= 2 and other > english)


def _longer_name(text, start, end, surface, how, before, after, is_name_word) -> Verdict | None:
    """The name runs on into capitalised words that are not a kind of place: another thing's name."""
    if how not in ("name", "demonym"):
        return None
    m = _NEXT_CAPS.match(after)
    if not m:
        return _name_before(text, start, end, surface, before)
    words = [w for w in _NAME_WORD.findall(m.group(1)) if w != "of"]
    if len(words) >= 2 and tail(before, 1) and tail(before, 1)[-1] in _PREPOSITIONS:
        return None  # "President of Azerbaijan Ilham Aliyev": the place, then a person's name
    first = _POSSESSIVE_END.sub("", words[0]).rstrip(".")
    low = first.lower()
    if low in PLACE_HEADS or is_name_word(low) or first.isdigit():
        return None
    if first.isupper() and len(first) <= 5 and not surface.isupper():
        return None  # an acronym after the name ("Georgia EU candidacy", "Turkey NATO ties")
    if low in _MONTHS_DAYS:
        return None
    if how == "demonym" and not (first.isupper() and surface.isupper()):
        # "Turkish Van", "Russian Empire" (historical, above); a demonym before a capitalised noun is
        # mostly its people's thing ("Iranian President", "Georgian Dream"): only a longer name when
        # the following word is no kind of place or state and the line is prose
        if _title_line(text, start, end):
            return None
        return Verdict("part of a longer name", WEAK, _q(surface + m.group(1)))
    quoted = text[max(0, start - 1):start] in ("“", '"', "‘")
    strength = WEAK if quoted or _title_line(text, start, end) else STRONG
    name = surface + m.group(1)
    if len(words) == 1 and (_SURNAME.search(low) or _PERSON_CUE.match(text, end + len(m.group(1)))):
        return Verdict("person", strength, _q(name))
    return Verdict("longer name of another thing", strength, _q(name))


_ORG_BEFORE = re.compile(rf"\b((?:{_CAP}\s+){{0,3}}(?:University|College|Institute|School|Academy|Bank|Museum|"
                         rf"Society|Foundation|Company|Corporation|Church|Order|Bishop|Archbishop|Duke|Duchess|"
                         rf"Prince|Princess|Earl|Count|Countess))\s+of\s+(?:the\s+)?$")


def _name_before(text, start, end, surface, before) -> Verdict | None:
    m = _ORG_BEFORE.search(before) if before.rstrip().endswith((" of", " of the")) else None
    if m and not _title_line(text, start, end):
        return Verdict("longer name of another thing", STRONG, _q(m.group(1) + " of " + surface))
    return None


_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())


def _title_line(text: str, start: int, end: int) -> bool:
    """Whether the name stands in a title-case or all-capitals line, where capitals say nothing."""
    ls = text.rfind("\n", max(0, start - 300), start) + 1
    le = text.find("\n", end, end + 300)
    line = text[max(ls, start - 300):le if le >= 0 else end + 300]
    words = [w for w in _LINE_WORD.findall(line) if len(w) > 3]
    if not words:
        return False
    caps = sum(w[0].isupper() for w in words) / len(words)
    # a headline: (nearly) every word capitalised, or most of them and no full stop at the end
    return caps > 0.85 or (caps > _TITLE_LINE_MIN and not _LINE_END.search(line))


def _around(text: str, start: int, end: int, left: int = 10, right: int = 10) -> str:
    s = text.rfind(" ", max(0, start - left - 1), start) if left else start
    s = start if s < 0 or not left else s + 1
    e = text.find(" ", end + right) if right else end
    return text[s:e if e >= 0 else len(text)]


def _q(s: str) -> str:
    return "“" + " ".join(s.split())[:70] + "”"
