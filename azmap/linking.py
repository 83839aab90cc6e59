"""Feature → passage linking: find every mention of every feature, and rank passages for a feature.

A mention is a stretch of a passage's text that names a feature: its name or an alias (a one-word
name as written or in capitals, a longer one in any case after its first letter), an abbreviation
(exact case), a demonym ("Iranian"), a capital standing for its state ("Moscow offered" for
Russia), or a phrase that names it without its name ("the exclave"). The gazetteer gives the names;
assets/linking.json adds names, demonyms, and the contexts in which a name is not the feature
(people, clubs, a dash-joined route, "roast turkey"), and when a capital is its state and when
the city.

Every candidate name is decided by evidence before any rule (azmap/evidence): the whole
proper-name span around it (span), what its document has established about the name (discourse:
``Linker.document`` reads a whole document before its passages are decided), the abbreviation's
sense in the document (abbrev), and place cues (cues). A candidate is linked, sure or unsure (weak
evidence against it), or rejected; each carries its reason (``Mention.reason``), and
``Linker.decide`` returns the rejected candidates too. A passage whose mentions of a feature are
all unsure is listed with the related passages, after those that name it surely.

A *related* mention names no feature but speaks of one: a rule of assets/linking.json ("the
Southern Gas Corridor" for TAP), a district for its group and the group for each district, a
former oblast for the towns in it. A passage with only related mentions of a feature is listed
after the passages that name it.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import filterfalse
from operator import itemgetter

from azmap.evidence import abbrev, cues, discourse, span
from azmap.hit import Hit  # noqa: F401  (the record ranked passages come back as)
from azmap.paths import ASSETS_DIR

LINKER_VERSION = 6
_WORD = re.compile(r"\w+")
RULES_FILE = ASSETS_DIR / "linking.json"

# how much one mention says about a feature, by how it names it
WEIGHTS = {"name": 3.0, "abbrev": 2.5, "phrase": 2.5, "demonym": 1.5, "capital": 1.5}
DIRECT_HOWS = tuple(WEIGHTS)
RELATED_WEIGHT = 1.0


@dataclass(frozen=True)
class Mention:
    start: int  # offsets into the passage text
    end: int
    surface: str
    feature_id: str
    how: str  # name | abbrev | demonym | capital | phrase | related
    # why it was linked (or, for a rejected candidate, why not), and whether the evidence was weak
    reason: str = field(default="", compare=False)
    unsure: bool = field(default=False, compare=False)

    @property
    def relation(self) -> str:
        return "related" if self.how == "related" else "direct"


_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_DASH_CLASS = "[-\u2010\u2011\u2012\u2013\u2014]"
_APOSTROPHES = "'\u2019"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŹŻŽƏ"
_CAPWORD = rf"[{_UPPER}][\w'\u2019]*"


def _is_word_char(c: str) -> bool:
    """Whether ``c`` is a word character (``\\w``)."""
    return c.isalnum() or c == "_"


def _term_pattern(term: str, mode: str) -> str:
    """A regex for a name. Any dash stands for any dash (with or without spaces around it between
    two words: "Baku - Tbilisi - Ceyhan"), any apostrophe for any apostrophe, a space for any run of
    white space. mode: "exact" (as written), "first" (first letter as written, the rest in any case),
    "any" (any case)."""
    parts = []
    for i, ch in enumerate(term):
        if ch in _DASHES:
            between = 0 < i < len(term) - 1 and term[i - 1].isalnum() and term[i + 1].isalnum()
            parts.append(rf"\s*{_DASH_CLASS}\s*" if between else _DASH_CLASS)
        elif ch in _APOSTROPHES:
            parts.append("['\u2019]")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    if mode == "any":
        return "(?i:" + "".join(parts) + ")"
    if mode == "first" and len(parts) > 1:
        return parts[0] + "(?i:" + "".join(parts[1:]) + ")"
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# Sentences, quotes and the shape of a passage

_SENTENCE_END = re.compile(rf"[.!?\u2026][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[0-9{_UPPER}])|\n")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end]."""
    s = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        s = m.end()
    m = _SENTENCE_END.search(text, end)
    return text[s:m.start() + 1 if m else len(text)]


def _first_sentence_end(text: str) -> int:
    m = _SENTENCE_END.search(text)
    return m.start() + 1 if m else len(text)


def _in_quote(text: str, pos: int) -> bool:
    """Whether pos lies inside quoted speech."""
    head = text[:pos]
    return head.count("\u201c") > head.count("\u201d") or head.count('"') % 2 == 1


_STOPWORDS = frozenset("""a an the of to in on at by for from with as and or but not no nor so yet if than then that this
these those it its is are was were be been being has have had do does did will would shall should can could may might must
which who whom whose what when where while how why there here he she they we you i his her their our your them him us
also only even still more most some any all each both either neither such into over under after before since until about
against between through during without within upon""".split())
_TABLE = re.compile(r"(?:^|\s)\|(?:\s|$)")
_KEY_VALUE = re.compile(r"(?:^|\s)[A-Za-z_][\w-]{1,20}:\s+[\"'\[\d]")
_END_PUNCT = re.compile(r"[.!?\u2026:;][\"'\u201d\u2019)\]]*\s*$")
# what every match of _KEY_VALUE ends with (found where a colon stands: each match has its own colon)
_KEY_VALUE_TAIL = re.compile(r":\s+[\"'\[\d]")
_CLOSERS, _END_MARKS = "\"'\u201d\u2019)]", ".!?\u2026:;"  # _END_PUNCT's, for a stripped text
_GARBLED = re.compile(r"[^\W\d_][\u201c\u2018][^\W\d_]")
_TICKER_SYMBOLS = frozenset("$€£¥%▲▼▶◀↑↓±")
_TICKER = re.compile("[" + re.escape("".join(sorted(_TICKER_SYMBOLS))) + "]")
# a word is counted as a function word when it has at most seven letters (lower() never shortens a word)
_SHORT_STOPWORDS = frozenset(w for w in _STOPWORDS if len(w) <= 7)
_FIRST = itemgetter(0)


def prose_factor(text: str, words: list[str] | None = None) -> float:
    """How much a passage reads as prose, from 0.25 (front matter, a table row, a ticker, a list
    of names, a title line) to 1: passages that are not sentences say little about what they name."""
    return _prose(text, words)[0]


def _prose(text: str, words: list[str] | None = None) -> tuple[float, bool]:
    """(prose_factor, whether a word holds a digit; None where the factor was known before counting)."""
    t = text.strip()
    words = _WORD.findall(t) if words is None else words
    n = len(words)
    if not n:
        return 0.25, False
    if t.startswith("---") or (":" in t and len(_KEY_VALUE_TAIL.findall(t)) >= 2 and len(_KEY_VALUE.findall(t)) >= 2):
        return 0.25, None  # front matter, metadata lines
    if "|" in t and len(_TABLE.findall(t)) >= 2:
        return 0.35, None  # a table row
    # counted by the built-in functions over the words, without a step of Python for each word: this
    # runs for every passage
    initials = "".join(map(_FIRST, words))
    letters = "".join(filter(str.isalpha, initials))  # the words that start with a letter: their initials
    alpha, caps = len(letters), sum(map(str.isupper, letters))
    digits = sum(1 for w in filterfalse(str.isalpha, words) if any(c.isdigit() for c in w))
    stops = sum(map(_SHORT_STOPWORDS.__contains__, map(str.lower, words)))
    symbols = sum(t.count(c) for c in _TICKER_SYMBOLS) if _TICKER.search(t) else 0
    f = 1.0
    if digits / n > 0.3 or (symbols >= 2 and n < 40):
        f = min(f, 0.3)  # figures and symbols: a ticker, a price list
    if n >= 4 and alpha and caps / alpha > 0.6 and stops / n < 0.2:
        f = min(f, 0.4)  # mostly capitalised words: a list of names, a title
    if n >= 6 and stops / n < 0.12:
        f = min(f, 0.5)  # hardly a function word: not sentences
    # _END_PUNCT.search(t): t has no white space at its end, so its end is a mark before closing quotes
    stem = t.rstrip(_CLOSERS)
    ended = bool(stem) and stem[-1] in _END_MARKS
    if n < 15 and not ended:
        f = min(f, 0.5)  # a title line
    if t[0].islower():
        f = min(f, 0.7)  # starts in mid-sentence: a fragment
    elif n >= 15 and not ended:
        f = min(f, 0.85)  # stops in mid-sentence: cut off
    if ("\u201c" in t or "\u2018" in t) and _GARBLED.search(t):
        f = min(f, 0.85)  # columns run together: a quotation mark inside a word
    return f, digits > 0


def _length_factor(n_words: int) -> float:
    """Short passages say less: 0.55 for a few words, 1 from about 45 words."""
    return 0.55 + 0.45 * min(1.0, n_words / 45)


_GENERIC_AFTER = (r"(?:\s+(?:district|pipeline|railway|terminal|field|gas\s+field|radar(?:\s+station)?|station|line|"
                  r"corridor|region|city|town|sea|republic|oblast|exclave|enclave))?")
_PARENTHESIS = r"(?:\s*\([^)]{0,100}\))?"
_DEFINES_AFTER = re.compile(
    _PARENTHESIS + _GENERIC_AFTER + _PARENTHESIS + r"(?:\s+(?:proper|itself))?(?:\s*,[^,;.]{0,160},)?"
    r"(?:\s+(?:that|which))?\s*(?::\s|(?:is|was|are|were|lies|lay|runs|ran|stretches|covers|carries|connects|links|"
    r"extends|borders|has\s+been|had\s+been)\b)")
_DEFINES_BEFORE = re.compile(r"(?:^|[.!?:,]\s+|\n)(?:(?:The|the|A|An)\s+)?$")


_FIGURE = re.compile(r"(?<![\w.,])[$€£]?\d[\d,.]*\d(?:s\b|%)?")
_SUBJECT_AFTER = re.compile(r"(?:\s*\([^)]{0,100}\))?\s+(?:has|have|had|is|was|are|were|will|would|can|could|may|might|must|"
                            r"shall|should|did|does|do|also|still|now|then|never|long|[a-z]+ed|[a-z]+s)\b")
_ASIDE = re.compile(r"\([^()]{0,300}\)")
_SPACES_AND_DASHES = re.compile(r"[\s\-\u2010-\u2014]+")


_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|or)|\s*&)\s*")


def _listed_starts(mentions: list[Mention], text: str) -> set[tuple[int, str]]:
    """(start, feature) of the direct mentions joined to another feature's name by a comma, "and"
    or "or": members of a list of names. One pass over the mentions in order of position (a name
    can only be joined to its neighbours), so a passage naming two features many times costs no
    more than its mentions."""
    direct = sorted((m for m in mentions if m.how != "related"), key=lambda m: (m.start, m.end))
    out: set[tuple[int, str]] = set()
    for a, b in zip(direct, direct[1:]):
        if a.feature_id != b.feature_id and 0 < b.start - a.end <= 6 and _LIST_JOIN.fullmatch(text, a.end, b.start):
            out.add((a.start, a.feature_id))
            out.add((b.start, b.feature_id))
    return out


def _listed(own: list[Mention], mentions: list[Mention], text: str) -> set[int]:
    """Starts of the feature's mentions that are members of a list of names (see _listed_starts)."""
    if not own:
        return set()
    fid = own[0].feature_id
    return {start for start, f in _listed_starts(mentions, text) if f == fid}


@lru_cache(maxsize=4096)
def _surface_key(surface: str) -> str:
    return _SPACES_AND_DASHES.sub(" ", surface).casefold()


class _Info:
    """What scoring needs to know of a passage, worked out once for all its features."""

    __slots__ = ("text", "prose", "length", "opening", "asides", "facts", "_listed", "_listed_of")

    def __init__(self, text: str, words: list[str] | None = None):
        self.text = text
        words = _WORD.findall(text) if words is None else words  # (given: the words the linker read)
        self.prose, digits = _prose(text, words)
        self.length = _length_factor(len(words))
        # the opening sentence of a passage of several sentences (a passage of one has no lead)
        end = _first_sentence_end(text)
        self.opening = end if text[end:].strip() else 0
        self.asides = [m.span() for m in _ASIDE.finditer(text)] if "(" in text else []
        # dates and figures: a passage that states them says something definite
        # (the pattern has no groups: each whole match); a figure has digits, which are word characters:
        # without a word that holds a digit the text has none
        self.facts = min(3, len(set(_FIGURE.findall(text)))) if digits is not False else 0
        self._listed, self._listed_of = None, None

    def listed(self, fid: str, mentions: list[Mention]) -> set[int]:
        """Starts of fid's mentions that are members of a list of names, worked out once per passage."""
        if self._listed is None or self._listed_of is not mentions:
            self._listed, self._listed_of = _listed_starts(mentions, self.text), mentions
        return {start for start, f in self._listed if f == fid}

    def in_aside(self, pos: int) -> bool:
        return any(s < pos < e for s, e in self.asides)


def score_passage(feature_id: str, mentions: list[Mention], heading_ids: set[str], text_len: int,
                  text: str | None = None, *, info: _Info | None = None,
                  own: list[Mention] | None = None) -> tuple[float, str]:
    """How much a passage is *about* a feature, and whether it names it ("direct") or not ("related").

    Each distinct name counts once, by how it names the feature, the strongest first and each
    further one less; repeating a name adds only its logarithm; a name in parentheses or in a list
    of names counts less. A passage is lifted when it names the feature in its opening sentence
    or opens with it, when it says what the feature is ("Sangachal is…") or what it does ("Turkey
    has imposed…"), when it states dates and figures, and when it stands under a section heading
    that names the feature. A passage that is not prose (a table row, a ticker, front matter, a
    list of names, a title line, a fragment) or is very short is lowered. Other features named in
    the passage do not lower it: a passage on Turkey–Armenia relations is about both. ``text``
    (or ``info``) gives the passage; without it only the names and their positions count. ``own``:
    the mentions of ``feature_id`` among ``mentions`` (in their order), where the caller has them.
    """
    if own is None:
        own = [m for m in mentions if m.feature_id == feature_id]
    direct = [m for m in own if m.how != "related"]
    if direct and all(m.unsure for m in direct):
        # named only on weak evidence: listed with the passages that speak of it without naming it
        own, direct = [m for m in own if not m.unsure] + [
            Mention(m.start, m.end, m.surface, m.feature_id, "related") for m in direct], []
    if info is None and text is not None:
        info = _Info(text)
    shape = info.prose * info.length if info else 1.0
    if not direct:
        if not own:
            return 0.0, "none"
        n = len({(m.start, m.end) for m in own})
        return round(RELATED_WEIGHT * (1 + math.log(n)) * shape, 4), "related"
    best: dict[str, float] = {}
    listed = info.listed(feature_id, mentions) if info else set()
    for m in direct:
        key = _surface_key(m.surface)
        weight = WEIGHTS.get(m.how, 1.0)
        if info and info.asides and info.in_aside(m.start):
            weight *= 0.5  # a name in parentheses is an aside
        if m.start in listed:
            weight *= 0.75  # one of a list of names ("Russia, France and the US", "Azerbaijan and Armenia")
        if m.unsure:
            weight *= 0.4  # named on weak evidence
        best[key] = max(best.get(key, 0.0), weight)
    weights = sorted(best.values(), reverse=True)
    strength = sum(w * 0.6 ** k for k, w in enumerate(weights))
    strength += 0.5 * math.log1p(len(direct) - len(weights))
    bonus = 0.0
    if info:
        lead = [m.start for m in direct if not (info.asides and info.in_aside(m.start))]
        first = min(lead) if lead else len(info.text)
        if first < info.opening:
            bonus += 1.5
        if first <= 20 and not _in_quote(info.text, first):
            bonus += 1.0
        # a name that opens a sentence (the words before it are asked once) and says what the feature
        # is ("Sangachal is one of the largest terminals", "The BTC pipeline runs 1,768 km",
        # "Nakhchivan (Naxçıvan) is…") or what it does ("Turkey has imposed", "For two decades,
        # Turkey has…", "Moscow announced"), outside quoted speech
        text = info.text
        opening = [m for m in direct[:4] if _DEFINES_BEFORE.search(text[max(0, m.start - 6):m.start])]
        if opening:
            if any(_DEFINES_AFTER.match(text, m.end) and not _in_quote(text, m.start) for m in opening):
                bonus += 2.0
            elif any(_SUBJECT_AFTER.match(text, m.end) and not _in_quote(text, m.start) for m in opening):
                bonus += 1.0
        bonus += 0.4 * info.facts
    elif min(m.start for m in direct) < 150:
        bonus += 1.5
    if feature_id in heading_ids:
        bonus += 1.5
    return round((strength + bonus) * shape, 4), "direct"


# ---------------------------------------------------------------------------------------------
# The linker


def _anchors(pattern: str) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of a pattern contains (read from the pattern's
    leading literal or its leading alternatives), or None when the pattern gives none."""
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse
    consts = sre_parse

    def first(seq):
        out, items, i = "", list(seq), 0
        while i < len(items) and items[i][0] in (consts.AT, consts.LITERAL):
            if items[i][0] == consts.LITERAL:
                out += chr(items[i][1]).lower()
            i += 1
            if out and i < len(items) and items[i][0] == consts.AT:
                break
        if len(out) >= 3:
            return [out]
        if not out and i < len(items):
            op, av = items[i]
            if op == consts.SUBPATTERN:
                return first(av[-1])
            if op == consts.BRANCH:
                alts = [first(alt) for alt in av[1]]
                return None if any(a is None for a in alts) else [x for a in alts for x in a]
        return None

    try:
        found = first(sre_parse.parse(pattern, re.I))
    except Exception:  # a pattern the parser reads otherwise: always run it
        return None
    return tuple(found) if found else None


def _contained(pattern: re.Pattern, any_case: bool = False) -> tuple[str, ...] | None:
    """Strings, as written, one of which every match of a case-sensitive pattern contains: the longest
    run of literal characters (two or more) that the pattern's sequence must match, else one such run
    from each of the alternatives it must match; None when the pattern gives none (or ignores case).
    Looking for these strings costs far less than a search that tries the pattern at every position.
    ``any_case``: for a pattern that ignores case, the strings in lower case, all ASCII: one of them
    stands in the lower-cased text of every match in an ASCII text (only there: outside ASCII, letters
    such as "ı" and "ſ" match "i" and "s" when case is ignored)."""
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse
    consts = sre_parse

    def needed(seq) -> list[str] | None:
        items = list(seq)
        run, best = "", ""
        for op, av in items:
            if op == consts.LITERAL:
                run += chr(av)
                if len(run) > len(best):
                    best = run
            else:
                run = ""
        if len(best) >= 2:
            return [best]
        for op, av in items:  # else a group or a choice that every match goes through
            if op == consts.SUBPATTERN:
                if av[1] & re.I and not any_case:
                    return None
                found = needed(av[-1])
            elif op == consts.BRANCH:
                alts = [needed(alt) for alt in av[1]]
                found = None if any(a is None for a in alts) else [x for a in alts for x in a]
            else:
                continue
            if found:
                return found
        return None

    if pattern.flags & re.I and not any_case:
        return None
    try:
        found = needed(sre_parse.parse(pattern.pattern, pattern.flags & ~re.U))
    except Exception:  # a pattern the parser reads otherwise: always run it
        return None
    if found and any_case:
        found = [x.lower() for x in found]
        if not all(x.isascii() for x in found):
            return None
    return tuple(dict.fromkeys(found)) if found else None


# the characters str.isspace and the patterns' \s take for white space
_SPACE_CODES = (9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, *range(8192, 8203), 8232, 8233, 8239, 8287,
                12288)


def _space_runs(pattern: re.Pattern, at_end: bool = False) -> int | None:
    """The most runs of white space a match of ``pattern`` can hold (a match of "in the" holds one), or
    None where that has no bound or the pattern is not read here. A match ending at the end of a text
    then begins within its last (that many + 1) words. ``at_end``: None unless the pattern ends in "$"."""
    try:
        from re import _constants as sre, _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        return None
    space_only = {sre.CATEGORY_SPACE}
    no_space = {sre.CATEGORY_NOT_SPACE, sre.CATEGORY_DIGIT, sre.CATEGORY_WORD}

    def takes_space(op, av) -> tuple[bool, bool]:  # (may match white space, matches nothing else)
        if op == sre.LITERAL:
            return chr(av).isspace(), chr(av).isspace()
        if op == sre.IN:
            may, only = False, True
            for iop, iav in av:
                if iop == sre.LITERAL:
                    sp = chr(iav).isspace()
                    may, only = may or sp, only and sp
                elif iop == sre.RANGE:
                    may = may or any(iav[0] <= c <= iav[1] for c in _SPACE_CODES)
                    only = False
                elif iop == sre.CATEGORY and iav in space_only:
                    may = True
                elif iop == sre.CATEGORY and iav in no_space:
                    only = False
                else:  # a negated set, another category
                    return True, False
            return may, only and may
        return True, False

    def runs(seq) -> int | None:
        total = 0
        for op, av in seq:
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue
            if op in (sre.LITERAL, sre.IN, sre.NOT_LITERAL, sre.ANY):
                total += takes_space(op, av)[0]
            elif op == sre.SUBPATTERN:
                n = runs(av[-1])
                if n is None:
                    return None
                total += n
            elif op == sre.BRANCH:
                alts = [runs(alt) for alt in av[1]]
                if any(n is None for n in alts):
                    return None
                total += max(alts, default=0)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                lo, hi, sub = av
                items = list(sub)
                if len(items) == 1 and items[0][0] in (sre.LITERAL, sre.IN) and takes_space(*items[0])[1]:
                    total += 1  # a run of white space ("\s+") is one run however long
                    continue
                n = runs(sub)
                if n is None or (n and hi == sre.MAXREPEAT):
                    return None
                total += n * hi
            else:
                return None
        return total

    try:
        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags & ~re.U))
        if at_end and (not parsed or parsed[-1] != (sre.AT, sre.AT_END) or pattern.flags & re.M):
            return None
        return runs(parsed)
    except Exception:  # a pattern the parser reads otherwise: no bound
        return None


def _last_words_start(text: str, n: int) -> int:
    """Where the last ``n`` words (runs of non-space characters) of ``text`` begin (0 if it has fewer)."""
    parts = text.rsplit(None, n - 1)
    if len(parts) < n:
        return 0
    rest = parts[0]  # the text up to the end of the n-th last word
    return len(rest) - len(rest.rsplit(None, 1)[-1])


def _folds_as_ascii(text: str, low: str) -> bool:
    """Whether a pattern that ignores case matches ASCII letters in ``text`` only where ``low`` (its
    lower case) holds them: an ASCII text, or one whose lower case keeps every character in its place
    and that has none of the letters that match an ASCII letter of another case ("ı" and "ſ", which
    match "i" and "s"; "İ" lower-cases to two characters; the Kelvin sign's small form is "k")."""
    return text.isascii() or (len(low) == len(text) and "ı" not in text and "ſ" not in text and "İ" not in text)


def _first_anchor(low: str, anchors: tuple[str, ...]) -> int:
    """Where the first of ``anchors`` (the words every match of a phrase begins with, ``_anchors``)
    stands in ``low``, an ASCII text in lower case: no match of the phrase begins before it."""
    return min((at for at in map(low.find, anchors) if at >= 0), default=0)


class _Rule:
    """One rule of assets/linking.json ("exclude" or "needs_cue"), its patterns compiled. ``before_needs``:
    strings one of which the text before a name must hold for ``before`` to match there (or None)."""

    __slots__ = ("feature", "kinds", "hows", "terms", "except_capitals", "before", "after", "cue", "veto",
                 "passage_cue", "why", "before_needs")

    def __init__(self, r: dict, flags: int):
        def rx(key):
            return re.compile(r[key], flags) if r.get(key) else None

        self.feature = r.get("feature")
        self.kinds = frozenset(r["kinds"]) if r.get("kinds") else None
        self.hows = frozenset(r["hows"]) if r.get("hows") else None
        self.terms = frozenset(t.casefold() for t in r["terms"]) if r.get("terms") else None
        self.except_capitals = bool(r.get("except_capitals"))
        self.before, self.after = rx("before"), rx("after")
        self.cue, self.veto, self.passage_cue = rx("cue"), rx("veto"), rx("passage_cue")
        self.why = r.get("why") or "a rule of assets/linking.json"
        needs = _contained(self.before) if self.before is not None else None
        # a string that holds another of them says nothing more ("Mrs" holds "Mr")
        self.before_needs = tuple(n for n in needs if not any(o != n and o in n for o in needs)) if needs else needs


_COORDINATED = re.compile(rf"(?:{_CAPWORD}(?:\s+{_CAPWORD})?(?:\s*,\s*|\s+(?:and|or|as well as)\s+|\s*&\s*))+$")
_NEXT_WORD = re.compile(rf"[ \u00a0]([{_UPPER}][^\W\d_]{{2,}}(?:['\u2019]s)?)")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_DATELINE_MARK = re.compile(r"\s*[,\u2014\u2013-]")  # after a capital's name in capitals
_PLACE_PREPOSITION = re.compile(r"\b(?:in|In|to|from|From|at|At|near|into|of)\s+$")
_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())


class Linker:
    """Compiled matchers for every feature of a gazetteer, and the rules of assets/linking.json."""

    def __init__(self, gazetteer, rules: dict | None = None):
        rules = rules if rules is not None else json.loads(RULES_FILE.read_text(encoding="utf-8"))
        self.gazetteer = gazetteer
        known = {f.id for f in gazetteer}
        self._kind = {f.id: f.kind for f in gazetteer}
        entries: dict[str, tuple[str | None, str, str]] = {}  # surface → (feature id or None, how, case mode)

        def add(term, fid, how):
            term = term.strip()
            if len(term) < 2 or (fid is not None and fid not in known):
                return
            if how == "abbrev":
                mode = "exact"
            elif term[:1].islower():
                mode = "any"
            elif " " in term:
                mode = "first"
            else:
                mode = "exact"
            entries.setdefault(term, (fid, how, mode))
            if mode == "exact" and how != "abbrev" and term.upper() != term:
                entries.setdefault(term.upper(), (fid, how, "exact"))

        def add_alias(a, fid):
            add(a, fid, "abbrev" if a.isupper() and len(a) <= 5 else "name")

        for f in gazetteer:
            name = re.sub(r"\s*\(.*?\)\s*", " ", f.name).strip()
            if f.kind not in ("group",) and "(" not in f.name:
                add(name, f.id, "name")
            elif f.kind == "territory":
                add(name, f.id, "name")
            for a in f.aliases:
                add_alias(a, f.id)
            for d in f.demonyms:
                add(d, f.id, "demonym")
            for ph in f.phrases:
                add(ph, f.id, "phrase")
        for fid, names in rules.get("aliases", {}).items():
            for a in names if isinstance(names, list) else ():
                add_alias(a, fid)
        for fid, names in rules.get("demonyms", {}).items():
            for d in names if isinstance(names, list) else ():
                add(d, fid, "demonym")
        for fid, names in rules.get("phrases", {}).items():
            for ph in names if isinstance(names, list) else ():
                add(ph, fid, "phrase")
        for other in rules.get("other_names", {}).get("names", []):
            add(other, None, "other")
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
        self._first_words = frozenset(self._by_first_word)
        # the names of each first word as one pattern, each name a group of its own, in the same order: the
        # first name that matches is the one the group says ("Baku" begins 33 names, "the" three)
        self._first_word_rx: dict[str, tuple[re.Pattern, list[str]]] = {
            first: (re.compile("|".join(f"({rx.pattern})" for rx, _ in items)), [term for _, term in items])
            for first, items in self._by_first_word.items()}
        # every word that begins a name or is one: a capitalised word after a place that is one of
        # these is another place ("Karabakh Armenians"), not a surname
        self._name_words = {_WORD.match(t).group(0).lower() for t in entries if _WORD.match(t)}

        self._capital_of = {f.id: f.properties["capital_of"] for f in gazetteer
                            if f.properties.get("capital_of") in known}
        self._capital_city = {state: city for city, state in self._capital_of.items()}
        self._group_of = {f.id: f.properties["group"] for f in gazetteer if f.properties.get("group") in known}
        inside: dict[str, list[str]] = {}
        for member, group in self._group_of.items():
            inside.setdefault(group, []).append(member)
        for outer, subs in rules.get("contains", {}).items():
            if outer in known and isinstance(subs, list):
                inside.setdefault(outer, []).extend(s for s in subs if s in known)
        self._inside = inside

        def flags(r):
            return 0 if r.get("case") == "sensitive" else re.I

        self._exclude = [_Rule(r, flags(r)) for r in rules.get("exclude", [])]
        self._exclude_for: dict[str, list[_Rule]] = {}
        self._held: tuple[str | None, dict] = (None, {})  # a passage and the strings of each rule it holds
        self._decided: tuple[str | None, list | None] = (None, None)  # the passage decide read last, its words
        self._cues: dict[str, list[_Rule]] = {}
        for r in rules.get("needs_cue", []):
            self._cues.setdefault(r["feature"], []).append(_Rule(r, flags(r)))
        person = rules.get("person_after", {})
        self._surname = re.compile(person["surname_endings"]) if person.get("surname_endings") else None
        self._common_nouns = frozenset(w.lower() for w in person.get("common_nouns", ())) | _MONTHS_DAYS
        chains = rules.get("route_chains", {})
        # the chain is matched greedily and what follows it is checked apart: with the words in a
        # lookahead, every name of a long chain would start a match that runs to its end (quadratic)
        self._chain = (re.compile(rf"(?<![\w-])({_CAPWORD}(?:\s*{_DASH_CLASS}\s*{_CAPWORD})+)")
                       if chains.get("words") else None)
        self._chain_next = re.compile(rf"\s+(?i:{chains['words']})\b") if chains.get("words") else None
        caps = rules.get("capitals", {})

        def crx(key):
            return re.compile(caps[key], re.I) if caps.get(key) else None

        self._always_state = frozenset(caps.get("always_state", ()))
        self._place_before, self._judgement_before = crx("place_before"), crx("judgement_before")
        self._place_after, self._attr_before = crx("place_after"), crx("attributive_before")
        # a match of place_before ends at the end of the text before a capital (its pattern ends in "$"):
        # it begins within the last words of that text, and is looked for there only
        runs = _space_runs(self._place_before, at_end=True) if self._place_before is not None else None
        self._place_before_words = runs + 1 if runs is not None else None
        # a dateline and an attributive use are told by case: compiled as written
        self._dateline_after = re.compile(caps["dateline_after"]) if caps.get("dateline_after") else None
        self._attr_after = re.compile(caps["attributive_after"]) if caps.get("attributive_after") else None
        # each related phrase with the words one of which any match of it contains: most passages
        # have none of them, and looking for a word costs far less than running the pattern
        self._related = [(re.compile(r["pattern"], re.I), tuple(f for f in r["features"] if f in known),
                          _anchors(r["pattern"])) for r in rules.get("related", [])]
        # for a phrase without such words: words one of which any match of it holds in an ASCII text
        self._related_in_ascii = [None if anchors else _contained(rx, any_case=True)
                                  for rx, _, anchors in self._related]
        # every phrase's words at once: the phrases a passage may hold are those of the words it holds
        self._related_unanchored = frozenset(k for k, (_, _, anchors) in enumerate(self._related) if not anchors)
        self._related_by_anchor: dict[str, list[int]] = {}
        for k, (_, _, anchors) in enumerate(self._related):
            for a in anchors or ():
                self._related_by_anchor.setdefault(a, []).append(k)
        self._related_anchors = tuple(self._related_by_anchor)
        self._related_ascii_anchors = [bool(anchors) and all(map(str.isascii, anchors)) for _, _, anchors in self._related]
        self._heading_cache: dict[str, frozenset] = {}  # a document's passages share their headings
        self._us_states = frozenset(rules.get("us_states", ()))
        self._sporty = False
        self._takes_article: frozenset = frozenset()
        ranking = rules.get("ranking", {})
        self._not_a_heading = re.compile(ranking["not_a_heading"], re.I) if ranking.get("not_a_heading") else None

    # -- contexts ---------------------------------------------------------------------------

    def _excluded(self, fid: str, how: str, text: str, start: int, end: int) -> str | None:
        """The reason of the first "exclude" rule that drops the name here, or None."""
        before = after = None
        rules = self._exclude_for.get(fid)
        if rules is None:  # the rules that can apply to the feature, worked out once, each as the loop reads it
            rules = self._exclude_for[fid] = [
                (r.hows, r.before, r.before_needs, r.after, r.why, r) for r in self._exclude
                if not (r.feature and r.feature != fid)
                and not (r.kinds and self._kind.get(fid) not in r.kinds)
                and not (r.except_capitals and fid in self._capital_of)]
        for hows, before_rx, needs, after_rx, why, r in rules:
            if hows and how not in hows:
                continue
            if before_rx:
                before = text[max(0, start - 80):start] if before is None else before
                if needs is not None:
                    # what the passage holds of the strings every match holds, read once a passage
                    cache = self._held
                    if cache[0] is not text:
                        cache = self._held = (text, {})
                    held = cache[1].get(r)
                    if held is None:
                        held = cache[1][r] = tuple(filter(text.__contains__, needs))
                    if not held or not any(map(before.__contains__, held)):
                        continue  # no match can stand there
                if not before_rx.search(before):
                    continue
            if after_rx:
                after = text[end:end + 80] if after is None else after
                if not after_rx.search(after):
                    continue
            return why
        return None

    def _person(self, fid: str, how: str, text: str, start: int, end: int, surface: str) -> bool:
        """A one-word place name followed by a capitalised word that is neither a place nor a common
        noun: a person or an organisation named like the place ("Lachin Aliyeva")."""
        if how != "name" or " " in surface or surface.isupper():
            return False
        m = _NEXT_WORD.match(text, end)
        if m and _PLACE_PREPOSITION.search(text, max(0, start - 8), start):
            return False  # "in Lachin Aliyev met…": after a preposition of place it is the place
        if not m:
            return False
        word = _POSSESSIVE_END.sub("", m.group(1))
        if not word[1:].islower():
            return False
        low = word.lower()
        if low in self._common_nouns or low in self._name_words:
            return False
        surname = bool(self._surname and self._surname.search(low))
        if self._kind.get(fid) == "country":
            return surname
        if surname:
            return True
        # in a title-case line ("Gabala Radar Falls Silent") capitals say nothing
        line_start = text.rfind("\n", max(0, start - 60), start) + 1
        line_end = text.find("\n", end, end + 60)
        around = _WORD.findall(text[max(line_start, start - 60):line_end if line_end >= 0 else end + 60])
        long_words = [w for w in around if len(w) > 3 and w[0].isalpha()]
        return not (long_words and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.6)

    def _uncued(self, fid: str, how: str, term: str, text: str, start: int, end: int) -> str | None:
        """Why a name that needs a cue ("the western route") lacks it or has a veto; None if it is fine."""
        sentence = None
        for r in self._cues.get(fid, ()):
            if r.terms and term.casefold() not in r.terms:
                continue
            if r.hows and how not in r.hows:
                continue
            sentence = _sentence(text, start, end) if sentence is None else sentence
            if r.veto and r.veto.search(sentence):
                return r.why
            if r.cue is None or r.cue.search(sentence):
                continue
            if r.passage_cue and r.passage_cue.search(text):
                continue
            return r.why
        return None

    def _capital_is_place(self, text: str, start: int, end: int, surface: str) -> bool:
        """Whether a capital is the city here (a dateline, "in Baku", "south of Baku", "a Baku
        consultancy", "Baku's old town") rather than its state acting ("Baku says", "paid Baku")."""
        if surface in self._always_state:
            return False
        after = text[end:end + 60]
        if start < 40 and not text[:start].strip(" \t-*•\u2022") and self._dateline_after and (
                self._dateline_after.match(after) or (surface.isupper() and _DATELINE_MARK.match(after))):
            return True
        if self._place_after and self._place_after.match(after):
            return True
        if after[:1] in _APOSTROPHES and after[1:2] == "s":
            return False  # "pointing to Baku's refusal": the preposition governs the refusal
        before = text[max(0, start - 100):start]
        core = _COORDINATED.sub("", before)  # "in Baku and |Yerevan|": the preposition governs both
        if self._place_before is None:
            m = None
        elif self._place_before_words:
            m = self._place_before.search(core, _last_words_start(core, self._place_before_words))
        else:
            m = self._place_before.search(core)
        if m:
            return not (self._judgement_before and self._judgement_before.search(core[:m.start()]))
        return bool(self._attr_before and self._attr_before.search(before) and self._attr_after
                    and self._attr_after.match(after))

    def _chains(self, text: str) -> list[tuple[int, int]]:
        """Spans of dash-joined chains of names followed by "pipeline", "railway", "line", "route"…"""
        if self._chain is None or not any(d in text for d in _DASHES):
            return []
        return [m.span(1) for m in self._chain.finditer(text) if self._chain_next.match(text, m.end(1))]

    # -- matching ---------------------------------------------------------------------------

    def _matches(self, text: str, words: list[str] | None = None):
        """(start, end, term, surface) of every name in text, longest first, not overlapping. ``words``:
        the text's words (``_WORD``), where the caller has them."""
        last_end = 0
        for start, first in self._name_starts(text, words):
            if start < last_end:
                continue
            rx, terms = self._first_word_rx[first]
            m = rx.match(text, start)
            if m:
                last_end = m.end()
                yield start, m.end(), terms[m.lastindex - 1], m.group(0)

    def _name_starts(self, text: str, words: list[str] | None = None) -> list[tuple[int, str]]:
        """(start, lower-case word) of the words of ``text`` (runs of word characters) that begin a
        name, in order. Where lower-casing the whole text keeps every character in its place (no
        letter becomes two, no Greek capital sigma, whose small form depends on the letters around
        it), the words that begin names are found among the text's words at once and looked for
        with str.find; otherwise word by word. ``words``: the text's words (``_WORD``), if the caller has
        them: lower-cased one by one, they are the words of the lower-cased text (no character's small
        form is a word character where the character is not, or the other way round)."""
        low = text.lower()
        if len(low) != len(text) or "\u03a3" in text:
            return [(w.start(), w.group(0).lower()) for w in _WORD.finditer(text)
                    if w.group(0).lower() in self._by_first_word]
        out = []
        size = len(text)
        for word in self._first_words.intersection(_WORD.findall(low) if words is None else map(str.lower, words)):
            n, at = len(word), low.find(word)
            while at >= 0:
                end = at + n
                if (at == 0 or not _is_word_char(text[at - 1])) and (end == size or not _is_word_char(text[end])):
                    out.append((at, word))
                at = low.find(word, at + 1)
        out.sort()
        return out

    # -- evidence ---------------------------------------------------------------------------

    def _candidates(self, text: str, matches=None) -> list[tuple]:
        """(start, end, term, surface, feature id, how, span verdict, place cue) of every candidate."""
        out = []
        for start, end, term, surface in self._matches(text) if matches is None else matches:
            fid, how, _ = self._entries[term]
            if fid is None:  # another thing's name ("Georgia Tech"): nothing inside it is named
                continue
            verdict = span.read(text, start, end, surface, how, self._kind.get(fid, ""),
                                is_name_word=self._name_words.__contains__, us_states=self._us_states,
                                sporty=self._sporty, takes_article=self._takes_article)
            out.append((start, end, term, surface, fid, how, verdict, None))  # the place cue: asked when needed
        return out

    def document(self, texts: list[str]) -> discourse.DocumentSenses:
        """What a whole document establishes about its names (one sense per discourse), read once
        before its passages are linked: pass it to ``decide``/``mentions`` as ``document``."""
        sporty = span.Lazy(lambda: span.sporty(texts))
        words = {text: _WORD.findall(text) for text in texts}  # read once: names here, a passage's shape in links
        matched = {text: list(self._matches(text, words[text])) for text in texts}
        takes_article = self._article_names(matched)
        self._sporty, self._takes_article = sporty, takes_article
        try:
            found = {}
            rows = []
            for i, text in enumerate(texts):
                if text not in found:
                    found[text] = self._candidates(text, matched[text])
                for start, end, term, surface, fid, how, verdict, cue in found[text]:
                    rows.append((i, start, end, surface, fid, how, verdict, cue))
        finally:
            self._sporty, self._takes_article = False, frozenset()
        senses = discourse.build(rows, texts, sporty, self._us_states)
        senses.candidates = found
        senses.words = words
        senses.takes_article = takes_article
        abbrs = {r[3] for r in rows if r[5] == "abbrev"}
        if abbrs:
            whole = "\n\n".join(texts)
            senses.abbrevs = abbrev.definitions(whole, abbrs, self._names_feature,
                                                lambda t: any(True for _ in self._matches(t)))
        return senses

    def _article_names(self, matched: dict) -> frozenset:
        """The one-word names a document writes with "the" in most of their uses ("the Kremlin").
        ``matched``: text → its matches (``_matches``)."""
        uses: dict[str, list[int]] = {}
        for text, matches in matched.items():
            for start, end, term, surface in matches:
                if " " in surface or self._entries[term][1] != "name":
                    continue
                n = uses.setdefault(surface.casefold(), [0, 0])
                n[0] += 1
                n[1] += text[max(0, start - 4):start].casefold() == "the "
        return frozenset(k for k, (n, the) in uses.items() if the >= 0.6 * n)

    def _names_feature(self, s: str, abbr: str) -> bool:
        """Whether s names the feature abbreviated by abbr (by one of its longer names)."""
        fid = self._entries.get(abbr, (None,))[0]
        return any(self._entries[t][0] == fid and self._entries[t][1] != "abbrev" for _, _, t, _ in self._matches(s))

    def decide(self, text: str,
               document: discourse.DocumentSenses | None = None) -> tuple[list[Mention], list[Mention]]:
        """(mentions, rejected) of a passage: every candidate linked (sure or unsure) or rejected,
        each with its reason. ``document``: what the passage's document established (``document``);
        without it the passage is its own document."""
        if document is None:
            document = self.document([text])
        cands = document.candidates.get(text) if document.candidates else None
        # the passage's words, for its links (asked of the passage decided last, right after)
        self._decided = (text, document.words.get(text))
        if cands is None:
            self._sporty, self._takes_article = document.sporty, document.takes_article
            try:
                cands = self._candidates(text)
            finally:
                self._sporty, self._takes_article = False, frozenset()
        out: list[Mention] = []
        rejected: list[Mention] = []
        acting: list[Mention] = []
        chains = None
        for start, end, term, surface, fid, how, verdict, cue in cands:
            why, unsure = self._judge(text, start, end, term, surface, fid, how, verdict, cue, document, cands)
            if why.startswith("rejected: "):
                rejected.append(Mention(start, end, surface, fid, how, why[10:]))
                continue
            if self._kind.get(fid) == "city":
                chains = self._chains(text) if chains is None else chains
                if any(s <= start and end <= e for s, e in chains):
                    rejected.append(Mention(start, end, surface, fid, how, "rule: a city in the name of a route"))
                    continue
            state = self._capital_of.get(fid)
            if state and how == "name" and not self._capital_is_place(text, start, end, surface):
                out.append(Mention(start, end, surface, state, "capital", why + "; the capital standing for its state",
                                   unsure))
                acting.append(Mention(start, end, surface, fid, "related", "the seat of its government"))
                continue
            out.append(Mention(start, end, surface, fid, how, why, unsure))
        return self._with_related(text, out, acting), rejected

    def _judge(self, text, start, end, term, surface, fid, how, verdict, cue, document, cands) -> tuple[str, bool]:
        """The reason a candidate is linked (with whether it is unsure), or "rejected: " and why not."""
        if how == "abbrev":
            near = any(c[4] != fid or c[5] != "abbrev" for c in cands
                       if c[6] is None and c[0] != start and abs(c[0] - start) < 70)
            v = abbrev.decide(text, start, end, document.abbrevs.get(surface), near)
            if v is not None and v.strength == "strong":
                return "rejected: " + v.reason, False
            if v is not None:
                verdict = v
        if verdict is not None and verdict.strength == "strong":
            return "rejected: the span names " + verdict.reason, False
        why = self._excluded(fid, how, text, start, end)
        if why:
            return "rejected: rule: " + why, False
        if self._person(fid, how, text, start, end, surface):
            return "rejected: rule: a person or organisation named like the place", False
        if fid in self._cues:
            why = self._uncued(fid, how, term, text, start, end)
            if why:
                return "rejected: rule: " + why, False
        linked = f"{how} “{' '.join(surface.split())}”"
        other = document.other_sense(fid, surface, how) if document else None
        if other is not None or verdict is not None:  # only then does a place cue decide anything
            cue = cues.place_cue(text, start, end)
        if other is not None:
            if other.kind == "U.S. state":
                town = discourse.us_town(text, start, end)
                if town:
                    return f"rejected: the document's own word: a U.S. state ({other.shown_by}), and here {town}", False
                sentence = _sentence(text, start, end)
                s0 = text.find(sentence)
                near = [c for c in cands if c[4] != fid and c[6] is None and s0 <= c[0] < s0 + len(sentence)]
                if cue and cue.startswith(("said to be", "a word for the place before")) or near:
                    return linked + "; a place cue overrides the document's other sense: " + (
                        cue or f"named with {near[0][3]}"), False
                return f"rejected: the document's own word: a U.S. state ({other.shown_by})", False
            if other.kind == "historical polity or people":
                if cue and cue.startswith(("said to be", "a word for the place")) or discourse.modern_cue(
                        text[max(0, start - 30):start]):
                    return linked + "; " + cue if cue else linked, False
                return f"rejected: the document's own word: {other.kind} ({other.shown_by})", False
            if cue:
                return f"{linked}; a place cue overrides the document's other sense ({other.kind}): {cue}", False
            return f"rejected: the document's own word: {other.kind} ({other.shown_by})", False
        if verdict is not None:  # weak evidence of another sense
            place = document.place_sense(fid, surface) if document else None
            if cue or place:
                return f"{linked}; the document uses it for the place: {cue or place}", False
            return f"{linked}; unsure: {verdict.reason}", True
        return (f"{linked}; {cue}" if cue else linked), False

    def _with_related(self, text: str, out: list[Mention], acting: list[Mention]) -> list[Mention]:
        direct = {m.feature_id for m in out}
        related: dict[tuple[int, int, str], Mention] = {}
        for m in acting:
            if m.feature_id not in direct:
                related.setdefault((m.start, m.end, m.feature_id), m)
        for m in out:
            group = self._group_of.get(m.feature_id)
            if group and group not in direct:
                related.setdefault((m.start, m.end, group),
                                   Mention(m.start, m.end, m.surface, group, "related", "a district of the group"))
            for sub in self._inside.get(m.feature_id, ()):
                if sub not in direct:
                    related.setdefault((m.start, m.end, sub),
                                       Mention(m.start, m.end, m.surface, sub, "related", "a place inside it"))
        low = text.lower()
        ascii_text = text.isascii()
        # a text with other letters (curly quotes, "ə") whose lower case still says where a phrase's
        # ASCII words stand
        folds = ascii_text or _folds_as_ascii(text, low)
        asked = set(self._related_unanchored)  # in the rules' order: the first rule to name a span keeps it
        for a in filter(low.__contains__, self._related_anchors):
            asked.update(self._related_by_anchor[a])
        for k in sorted(asked):
            rx, fids, anchors = self._related[k]
            in_ascii = self._related_in_ascii[k]
            if in_ascii and folds and not any(map(low.__contains__, in_ascii)):
                continue
            from_anchor = anchors and (ascii_text or (folds and self._related_ascii_anchors[k]))
            for m in rx.finditer(text, _first_anchor(low, anchors) if from_anchor else 0):
                for fid in fids:
                    if fid not in direct:
                        related.setdefault((m.start(), m.end(), fid),
                                           Mention(m.start(), m.end(), m.group(0), fid, "related",
                                                   "a related phrase of assets/linking.json"))
        return out + list(related.values())

    def mentions(self, text: str, document: discourse.DocumentSenses | None = None) -> list[Mention]:
        """Every mention in ``text``: direct ones first by position, then related ones."""
        return self.decide(text, document)[0]

    def feature_ids(self, text: str) -> list[str]:
        seen = []
        for m in self.mentions(text):
            if m.relation == "direct" and m.feature_id not in seen:
                seen.append(m.feature_id)
        return seen

    # -- ranking ----------------------------------------------------------------------------

    def is_section_heading(self, heading: str) -> bool:
        """Whether a heading is a section heading, not a share bar, a tag list, a publication line
        or a sentence taken for a heading."""
        h = heading.strip()
        words = h.split()
        if not words or len(words) > 14:
            return False
        if self._not_a_heading and self._not_a_heading.search(h):
            return False
        head, colon, tail = h.partition(":")
        tags = tail.split()
        if colon and len(tags) >= 2 and all(t[:1].isupper() for t in tags):
            return False  # "Topics: Security Russia Gabala"
        return True

    def heading_ids(self, heading: str) -> set[str]:
        """The features a section heading names (a capital as both city and state)."""
        if not heading:
            return set()
        known = self._heading_cache.get(heading)
        if known is None:
            known = self._heading_cache[heading] = frozenset(self._heading_ids(heading))
            if len(self._heading_cache) > 2000:
                self._heading_cache.clear()
        return set(known)

    def _heading_ids(self, heading: str) -> set[str]:
        if not self.is_section_heading(heading):
            return set()
        ids = set()
        for m in self.mentions(heading):
            if m.relation == "direct":
                ids.add(m.feature_id)
                if m.how == "capital" and m.feature_id in self._capital_city:
                    ids.add(self._capital_city[m.feature_id])
        return ids

    def links(self, text: str, heading: str, mentions: list[Mention]) -> list[tuple[str, float, str]]:
        """(feature id, score, relation) for every feature a passage's mentions speak of."""
        if not mentions:
            return []  # nothing to score: the passage's shape is not worked out
        words = self._decided[1] if self._decided[0] is text else None  # (before the heading is decided)
        heading_ids = self.heading_ids(heading) if heading else set()
        info = _Info(text, words)
        by_feature: dict[str, list[Mention]] = {}  # in the order each feature is first named
        for m in mentions:
            own = by_feature.get(m.feature_id)
            if own is None:
                by_feature[m.feature_id] = [m]
            else:
                own.append(m)
        return [(fid, *score_passage(fid, mentions, heading_ids, len(text), info=info, own=own))
                for fid, own in by_feature.items()]


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
