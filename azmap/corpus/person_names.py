"""People's and bodies' names: whether a name is a person's, a name with its rank, affiliation and
aside read apart (``_person``), a byline's people (``split_authors``), a body's name over a document,
a position after a name.
"""
from __future__ import annotations

import re
import unicodedata
from functools import partial

from azmap.corpus import byline_grammar, byline_line, words
from azmap.corpus.doc_memo import per_document
from azmap.corpus.line_forms import _upper_share
from azmap.corpus.metadata_front import nobody

_RANKS = frozenset("""lt lt. lieut lieutenant col col. colonel gen gen. general maj maj. major capt capt. captain cdr
    commander adm adm. admiral brig brigadier sgt sergeant cpt dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss
    sir dame hon hon. rev rev. ambassador amb. minister senator moderator chair chairman chairwoman host (ret.) (retd)
    ret. retd. lt.-col. lt.col. lt.col lieutenant-colonel major-general""".split())
_INSTITUTION = words.INSTITUTION  # an institution's words in every language (one table, words.py)
# the capitals of Latin's extended letters: a Turkish or an Azerbaijani name's "Ş", "Ö", "Ç", "İ", "Ə"
_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_SMALL = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower()) + "ə"
# Cyrillic's letters in every alphabet that writes it (Serbian "Ј", "Ћ", "Џ", Ukrainian "І", "Є", "Ґ", Macedonian "Ќ")
_CYRILLIC_CAPITALS, _CYRILLIC_SMALL = "Ѐ-ЯҐ", "а-џґ"
_PERSON = re.compile(rf"^(?:(?:Dr|Prof)\.? )?(?:[{_CAPITALS}][{_SMALL}'’-]+|"
                     rf"[{_CYRILLIC_CAPITALS}][{_CYRILLIC_SMALL}'’-]+)(?: [{_CAPITALS}{_CYRILLIC_CAPITALS}]\.)?"
                     rf"(?: (?:van |de |al-)?[{_CAPITALS}{_CYRILLIC_CAPITALS}][\w'’-]+){{1,2}}$")  # Latin or Cyrillic

# a body's name standing over a document: "COMMITTEE ON FOREIGN AFFAIRS", "Department for Overseas Trade",
# "NEWS FROM THE FOREIGN AND DEVELOPMENT OFFICE": every word that is not a small word is capitalised
_ISSUER = re.compile(r"\b(committee|subcommittee|commission|ministry|department|office|council|parliament|consulate|"
                     r"assembly|senate|house of|government|embassy|secretariat|agency|directorate)\b", re.I)
_SMALL_WORDS = frozenset("of for on and the in to at a an from with de du des la le der die das".split())

# a newspaper's anonymous voice: "The Editorial Board", "By the editors", "Editorial Staff"
_EDITORIAL_BOARD = re.compile(r"^(?:by\s+)?((?:the\s+)?(?:editorial board|editorial team|editors|editorial staff|"
                              r"[A-Z][\w’'&. -]{1,40} editorial board))$", re.I)
_STAFF = re.compile(r"\bstaff\b|\bnews desk\b|\bnewsroom\b", re.I)  # "By Caspian Wire staff": nobody in particular


def _name_case(name: str) -> str:
    """A body's name set in capitals, as it is written in running text ("Ministry of Energy of the
    Republic of Azerbaijan"); any other name as it is."""
    if _upper_share(name) <= 0.9:
        return name
    if _TURKIC.search(name):  # "İTTİFAQI", "BİRLİĞİ": a dotted İ is i, a dotless I ı, as Turkish and Azerbaijani write
        return " ".join(w[:1] + w[1:].translate(_TURKIC_SMALL).lower() for w in name.split())
    words = name.title().split()
    return " ".join(w.lower() if i and w.lower() in _NAME_CASE_SMALL else w for i, w in enumerate(words))


# the small words a body's name keeps in small letters after its first word, in the languages read ("Istituto
# Nazionale di Statistica", "Ministerio de Asuntos Exteriores y Cooperación", "Instituto Nacional de Estatística")
_NAME_CASE_SMALL = _SMALL_WORDS | frozenset("""di del della dello dei degli delle e ed y el los las et aux au und für
zur zum vom von van voor en het op da do dos das em no na para por pour sur""".split())


_TURKIC = re.compile("[İƏŞĞı]")
_TURKIC_SMALL = str.maketrans("İI", "iı")


@per_document  # asked of a header's line by several rules (doc_memo.py)
def _is_issuer(line: str) -> bool:
    """A body's name standing over a document (a committee, a ministry or department, an office):
    a short line with one of those words, every word not a small word capitalised, no number."""
    words = line.split()
    return bool(_ISSUER.search(line)) and 2 <= len(words) <= 12 \
        and not re.search(r"\d|[.!?]$|\s[—–|:-]\s|:", line) \
        and all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)


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
    parsed = byline_line.parse(text, _is_personal_name, byline_line.post_piece)
    if parsed and parsed[1]:  # a role, a title, a place or a post between names: the line read once (byline_line.py)
        return parsed[0]
    if (_is_issuer(text) or _INSTITUTION.search(text)) and not any(_is_personal_name(_person(c)["name"])
                                    for c in re.split(r",?\s+(?:and|und|et|y|e|и|&)\s+|;\s*|,\s*", text)):
        return [{"name": re.sub(r"^the\s+", "", text), "affiliation": None, "organisation": True}]
    pair = re.split(rf"\s+{_AND_TOO}\s+", text)
    if len(pair) == 2 and all(_is_personal_name(_person(p)["name"]) for p in pair):
        return [_person(p) for p in pair]  # "A i B", "A en B": the other languages' "and" between two people
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
# "and" in the languages where the word is also another word (Polish and Ukrainian "i", "і"; Dutch "en", a
# preposition in French and Spanish; Swedish "och"; Danish and Norwegian "og"): between two people's names only
_AND_TOO = r"(?:i|і|en|och|og)"


_ROLE_WORDS = frozenset("""fellow director editor correspondent analyst researcher manager chief head adviser advisor
    officer secretary minister chair president professor lecturer associate assistant deputy senior junior reporter
    writer staff contributor economist engineer consultant coordinator specialist expert columnist curator historian
    scholar journalist founder partner member candidate student teacher photographer architect""".split()) \
    | byline_grammar.role_words()  # (a byline's roles in the other languages: "Journaliste", "Redattore")

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


def _ranked_name(line: str) -> bool:
    """A person's name after her rank or title, alone on its line ("Prof. Dr. Elif Kaya")."""
    words = line.split()
    return len(words) >= 3 and words[0].lower() in _RANKS and "," not in line \
        and _is_personal_name(_person(line)["name"])
