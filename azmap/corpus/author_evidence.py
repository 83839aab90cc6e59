"""Evidence that a string names a document's author, from properties any document has rather than
from one layout's form: a fallback where no layout's rule named anyone, and a check on what the
rules named.

Three questions are asked of a candidate:

- is it a person's name? Its form: two to four capitalised words in any script, with the particles
  of surnames ("van der", "De", "al-", "ter"), initials, and the titles, ranks and suffixes that
  nameparser's lists know left out;
- where does it stand? On a line of its own near the top after a cue word in any of the languages
  ("By", "von", "par", "por", "di", "door", "av", "af", "Автор", "Yazar", "Müəllif", …), or in the
  last lines after the body: a credit ("Reviewed by …"), "The author is …", a bio line ("A is a
  researcher at …"), a dash's signature ("— A, editor"), a signature under closing words. A name
  inside a body sentence (a person the text speaks of) is no author;
- what is beside it? A role, an outlet or an affiliation after a comma, a bar, a dash or in brackets
  is kept apart (``affiliation``); a date is dropped; a credit for photographs, maps, editing or a
  translation names somebody who is not the author.
"""
from __future__ import annotations

import re
from functools import lru_cache

from azmap.corpus import byline_grammar, byline_line
from azmap.corpus.book_head import is_book_head
from azmap.corpus.words import institution
from azmap.corpus.foot_labels import foot_reporter
from azmap.corpus.note_properties import properties

_CUE_WORDS = frozenset("by von par por di door av af".split())  # a byline's word that can look like a name's
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")
_WORD_JOINS = re.compile(r"[-'’\u200c]")
_WORD_FORM = re.compile(r"(?:[^\W\d_]|[-'’\u200c\u200d])+")  # (a zero-width non-joiner inside a Persian name)
_HEAD_LINES = 10  # the lines of the top a cue is looked for in
_TAIL_CHARS = 1500  # the end of a text its closing credits are looked for in
# a cue that names the author, in the languages read: "By", "Von", "Par", "Автор:", "Written by", ...
_AUTHOR_CUE = re.compile(
    r"^(?:(?:this|the)\s+(?:article|piece|report|story|essay|column|text|commentary|analysis|paper|note)\s+"
    r"(?:was|is|has\s+been)\s+(?=written|reported|compiled|prepared))?"
    r"(?:(?:(?:written|reported|story|words|text|posted|guest\s+post|contributed|compiled|reviewed|"
    r"review|interview|interviewed|(?:interview\s+)?conducted|article|essay|column|report|analysis|commentary|"
    r"(?:words|text)\s+(?:and|&)\s+(?:photos|photographs|pictures|images))\s+)?by|"
    r"von|par|por|di|door|av|af|от|geschrieben\s+von|texte?\s+(?:de|par)|texto\s+de|testo\s+di|"
    r"(?:author|authors|author\(s\)|autor|autora|autorka|autoren|auteur|auteurs|autrice|autore|autori|verfasser(?:in)?|"
    r"writer|yazar|yazan|yazarlar|müəllif|müəllifi|müəlliflər|автор|авторы|текст|tekst|texte|text|texto|"
    r"testo|words|ავტორი|ავტორები|نویسنده|نگارنده|Հեղինակ|Հեղինակներ|analysts?|researchers?|reporters?|"
    r"correspondents?|contributors?|asked\s+by|submitted\s+by|"
    r"prepared\s+by|(?:text|texte|texto|testo|tekst|words|текст)\s+(?:and|und|et|y|e|en|и|&)\s+"
    r"(?:photos?|photographs|pictures|fotos?|фото))\s*[:—–\-՝])\s*(\S.{1,200})$", re.I)
# a few words before the cue: "Ein Beitrag von A", "A cura di A", "Propos recueillis par A", "Un article de A"
# (in English "X by" is a role's credit: "Chaired by", "Hosted by"; the author's are the cues above; nor is a
# publisher's, a funder's or a host's credit in another language an author's)
_LEAD_CUE = re.compile(r"^(?:(?:\S+\s+){0,3}?(?:posted|filed|shared|written|submitted|prepared|compiled)\s+"
                       r"(?:\S+\s+){0,3}?by\s+(\S.{1,100})$)|"
                       r"^(?!(?:\S+\s+)?(?:publi|veröffentlicht|herausgegeben|hrsg|gefördert|finan|gesponsert|"
                       r"organi|présent|anim|modér|moder|traduit|übersetzt|tradu|foto|photo|édité|edit))"
                       r"(?:[^\W\d_][\w'’]*\s+){1,3}?(?:von|par|por|di|door|av|af|de|da)\s+(\S.{1,100})$", re.I)
_BLOCK_LABEL = re.compile(r"^(?:authors?|autoren|auteurs|autores|autori|авторы|yazarlar|müəlliflər|"
                          r"written by|contributors)\s*:?$", re.I)
_BLOCK_STEMS = ("author", "autor", "auteur", "автор", "yazar", "müəllif", "written by", "contributor")
_BLOCK_LABEL_LINE = re.compile(_BLOCK_LABEL.pattern.replace("^", "^[*_#> ]*", 1).replace("$", "[*_ ]*$"),
                               re.I | re.M)
_LEAD_WORDS = (" by ", " von ", " par ", " por ", " di ", " door ", " av ", " af ", " de ", " da ", " By ", " Von ",
               " Par ", " Por ", " Di ", " Door ", " Av ", " Af ", " De ", " Da ")  # (the lead cue's words, cheaply)
_SEPARATOR = re.compile(r"\s+[/|·•]\s+")
_PARTS = re.compile(r"\s+[|·•—–]\s+")
# what stands beside a name on a byline's line: a rubric, a date, a reading time
_RUBRIC = re.compile(r"^(?:opinion|column|analysis|commentary|comment|feature|blog|news|essay|review|interview|"
                     r"explainer|editorial|guest\s+post|meinung|kommentar|tribune|opinión|opinião|мнение|колонка|"
                     r"görüş|köşe\s+yazısı|"
                     r"\d+\s*(?:min(?:ute)?s?|minuten|мин)\.?(?:\s+(?:read|lesezeit|de\s+lecture))?)$",
                     re.I)
_QUOTE_END = re.compile(r"[”\"»’]\W{0,2}$")  # a quotation's end: the dash under it attributes the quote
# a credit that names someone who did not write the text
_OTHER_CUE = re.compile(
    r"^(?:(?:additional\s+)?(?:photos?|photographs?|photography|pictures?|images?|illustrations?|maps?|graphics?|"
    r"cartography|design|layout|video|editing|edited|translat\w*|sub-?editing|fact-?checking|research|data|"
    r"foto(?:s|grafie|graf)?|фото|карта|перевод|редактор|çeviri|tercüme|übersetzung|traduction|traducción|"
    r"traduzione|vertaling|contact|media\s+(?:enquiries|contact)|press\s+contact|cover|sources?|"
    r"edit|additional\s+reporting|" + byline_line.role_alternation(writing=False) +  # (byline_line.py's roles)
    # (the role, then "by" in any language the byline grammar's cue has, or "de", a credit's "of": "Música de A")
    r")(?:\s+(?:by|von|di|de|par|por|door|przez|av|af)\b|\s+credit\b|\s*[:—–-]|\s*$)\s*|"
    r"(?:[\w -]{2,30}\s+)?(?:photo(?:graph)?s?|pictures?|illustrations?|map|graphics?|editing|edited|translated|"
    r"translation)\s+by\s+)", re.I)
# the author said to be someone, at a text's end: "The author is A", "Der Autor A ist …"
_THE_AUTHOR = re.compile(
    r"^(?:the\s+(?:author|writer)s?|this\s+(?:article|piece|essay|column)['’]s\s+author|der\s+autor|die\s+autorin|"
    r"l['’]auteur(?:e)?|l['’]autrice|el\s+autor|la\s+autora|l['’]autore|o\s+autor|a\s+autora|de\s+auteur|"
    r"автор|yazar|müəllif)\s*(?:(?:is|are|ist|est|es|è|é)\s+|,\s*|[—–:-]\s*)?(.{3,200})$", re.I)
# a line of its own saying who wrote the text over it: "A wrote:", "A schrieb:"
_WROTE = re.compile(r"^(.{3,60}?)\s+(?:wrote|writes|schrieb|a écrit|escribió|написал[а]?|yazdı)\s*:$", re.I)
# "A reviews <the book> by B": A, the review's author, at its head
_REVIEWS = re.compile(r"^(.{3,60}?)\s+(?:reviews|rezensiert|recense|reseña|recensisce|рецензирует)\s+\S", re.I)
# what a bio line says of its person: "A is a researcher at …", "A writes about energy for …"
_BIO_VERB = re.compile(r",?\s+(?:is|was|has|writes|covers|reports|teaches|works|leads|heads|edits|"
                       r"ist|schreibt|est|écrit|es|escribe|è|scrive|является|пишет|работает)\b", re.I)
_BIO_WORD = re.compile(r"\b(?:journalist|correspondent|reporter|researcher|research|fellow|editor|writer|author|"
                       r"analyst|professor|lecturer|historian|economist|scholar|student|director|based in|writes|"
                       r"covers|freelance|columnist|contributor|institute|university|centre|center|"
                       r"historiker|journalistin?|forscher(?:in)?|chercheu(?:r|se)|journaliste|periodista|"
                       r"investigador[a]?|giornalista|журналист|исследователь)\b", re.I)
_ABOUT = re.compile(r"^\W*(?:about the authors?|the authors?|about me|bio|über (?:den autor|die autorin)|"
                    r"à propos de l['’]auteur|sobre el autor|об авторе|yazar hakkında)\W*$", re.I)
_ABOUT_LABEL = re.compile(r"^(?:about the authors?|about me|bio|über (?:den autor|die autorin)|"
                          r"à propos de l['’]auteur|sobre el autor|об авторе)\s*[:—–-]\s*", re.I)
# a book's line under its title and author ("Hurst, 2023. 312 pp.", "ISBN 978-…"): the book's author, no byline
_BOOK_LINE = re.compile(r"\b(?:ISBN|\d{2,4}\s*(?:pp|pages|стр|Seiten|sayfa)\b\.?|hardcover|hardback|paperback)", re.I)
_DASH_SIGNATURE = re.compile(r"^[—–]{1,2}\s*|^-{1,2}\s+")
_REPORTED_FROM = re.compile(r"^\(?(.{3,60}?)\s+(?:reported|contributed reporting|wrote)\s+(?:from|in)\b.{0,80}$",
                            re.I)
_AND = re.compile(r",?\s+(?:and|und|et|y|e|en|och|og|i|и|ve|və|&)\s+|,\s+")
_PLACE_TAIL = re.compile(r"\s+(?:in|from|at|aus|à|en|de|desde|da|из|в)\s+[A-ZÀ-ÞА-ЯƏ][\w'’ -]{1,40}$")
_DATE_TAIL = re.compile(r",?\s+(?:on|am|le|el|il|op|den|на)?\s*\S*\d{1,4}\b.*$", re.I)
# words that stand capitalised at a line's head but are no part of a name
_NOT_NAME = frozenset("""the a an of and or in on at to for from with by new news port ports trade city state
    national international republic press release office department ministry committee association institute
    centre center university council union agency group company bank daily times herald review journal post
    monday tuesday wednesday thursday friday saturday sunday january february march july september october
    november december contact about us our we editor editors staff desk team
    photo photos map source sources update updated published posted written story text words letters
    letter dear sincerely regards analysts analyst subject date country note question tags chapter
    part section figure table summary introduction conclusion abstract""".split())
# a compass point or a region's word leading a place's name ("South Caucasus", "Eastern Anatolia")
_PREFIXES = ("re", "un", "dis", "mis", "over", "out", "pre", "non")
_COMPASS = frozenset("north south east west northern southern eastern western central upper lower greater".split())


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset, frozenset, frozenset]:
    """Titles and ranks, surname particles, and suffixes, as nameparser lists them (loaded once, when
    a name is first looked at)."""
    from nameparser.config import CONSTANTS

    def clean(words) -> frozenset:
        return frozenset(w.lower().strip(".") for w in words)

    return (clean(CONSTANTS.titles), clean(CONSTANTS.prefixes) | {"ter", "bin", "ibn", "ben", "oğlu", "ogly"},
            clean(CONSTANTS.suffix_acronyms) | clean(CONSTANTS.suffix_not_acronyms))


def _capitalised(word: str, cued: bool = False) -> bool:
    """A word written as a name is: a capital, then small letters (parts after a hyphen or an
    apostrophe capitalised or not: "Jean-Luc", "O'Neill", "Ter-Ghazaryan", "al-Rashid")."""
    if len(word) > 1 and word.isalpha() and word.istitle():
        return True  # "Samir", "Hasanova" (a capital alone is an initial only with its point: "À" is a word)
    parts = [p for p in _WORD_JOINS.split(word) if p]
    if not parts or not _WORD_FORM.fullmatch(word):
        return False
    if cued and all("\u10d0" <= c <= "\u10ff" or not (c.isupper() or c.islower()) for c in word if c.isalpha()):
        # a script written without capitals (Georgian's Mkhedruli, which Unicode counts as small letters;
        # Persian, Arabic): its words are a name's by their form, after a cue (without one, any short line
        # of such a script has that form)
        return True
    head = parts[-1] if len(parts) > 1 and parts[0].islower() and len(parts[0]) <= 3 else parts[0]
    return head[:1].isupper() and (len(head) == 1 or not head[1:].isupper() or len(head) <= 2) \
        and any(c.islower() for c in word)


def strip_titles(name: str) -> str:
    """The name without the titles and ranks before it and the suffixes after it ("Dr", "Col.", "PhD")."""
    titles, _, suffixes = _name_words()
    tokens = byline_line.untitled(name).split()  # (byline_line's titles by meaning, every language's, first)
    while len(tokens) > 2 and tokens[0].lower().strip(".,") in titles:
        tokens.pop(0)
    while len(tokens) > 2 and tokens[-1].lower().strip(".,") in suffixes:
        tokens.pop()
    return " ".join(tokens).strip(" ,;")


@lru_cache(maxsize=1)
def _metadata_words():
    """metadata's institution words and role words (imported once: metadata imports this module)."""
    from azmap.corpus.metadata import _INSTITUTION, _ROLE_WORDS

    return _INSTITUTION, _ROLE_WORDS


def is_personal_name(name: str, cued: bool = False) -> bool:
    """A person's name by its form: two to four capitalised words (any script), with particles
    and initials; no word that heads an institution's name, a date or a label."""
    _INSTITUTION, _ROLE_WORDS = _metadata_words()
    name = strip_titles(name.strip())
    tokens = name.split()
    if not 2 <= len(tokens) <= 6 or len(name) > 60:
        return False
    _, particles, _ = _name_words()
    words = initials = 0
    for k, token in enumerate(tokens):
        low = token.lower()
        if low in _NOT_NAME or low in _ROLE_WORDS:
            return False
        if _INITIALS.fullmatch(token) and token[:1].isupper():
            initials += 1
        elif 0 < k < len(tokens) - 1 and low.strip("-") in particles:
            continue  # "van der", "De", "al-"
        elif _capitalised(token, cued):
            words += 1
        else:
            return False
    return words >= 1 and words + initials >= 2 and words <= 4 and not _INSTITUTION.search(name)


def _glued(text: str, cued: bool = False) -> dict | None:
    """A name with its role glued on, no mark between ("A Senior Correspondent"): the longest run of
    words that is a person's name, then a role's or an institution's words."""
    tokens = text.split()
    for n in range(min(len(tokens) - 1, 5), 1, -1):
        head, rest = " ".join(tokens[:n]), " ".join(tokens[n:])
        if is_personal_name(head, cued) and _role_line(rest):
            return {"name": strip_titles(head), "affiliation": rest}
    return None


def person(chunk: str, cued: bool = False) -> dict | None:
    """A credit's person with what stands beside the name: "A, Senior Correspondent", "A — Energy
    Editor", "A | Outlet", "A (Centre)" give A with that affiliation; a date or a place after the
    name is dropped. None when no person's name leads the chunk."""
    chunk = " ".join(chunk.split()).strip(" .;*_")
    aside = re.match(r"^(.{3,60}?)\s*\(([^()]{2,100})\)\s*(.*)$", chunk)
    if aside and is_personal_name(aside.group(1), cued) and not aside.group(3):
        return {"name": strip_titles(aside.group(1)), "affiliation": aside.group(2).strip()}
    parts = re.split(r"\s*(?:,|\s[|·•]\s|\s[—–]\s|\s-\s)\s*", chunk, maxsplit=1)
    whole = _DATE_TAIL.sub("", parts[0]) if re.search(r"\d", parts[0]) else parts[0]
    name = _PLACE_TAIL.sub("", whole)
    if name != whole and not is_personal_name(name, cued) and is_personal_name(whole, cued):
        name = whole  # "Pieter de Graaf", "Anna da Silva": a name's particle before its surname, no place
    if not is_personal_name(name, cued):
        return _glued(name, cued) if len(parts) == 1 else None
    from azmap.corpus.metadata import parse_date

    rest = parts[1].strip(" .") if len(parts) > 1 else ""
    if rest and (parse_date(rest) or re.fullmatch(r"[\d\s./:-]+", rest) or _OTHER_CUE.match(rest)):
        rest = ""
    return {"name": strip_titles(name), "affiliation": rest or None}


_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.\s+")


def _first_sentence(credit: str) -> str:
    """A credit's first sentence: to the first full stop after a word of two letters or more that is no title's
    abbreviation ("Prof. A, Institute. Photos by B" → "Prof. A, Institute")."""
    for m in _SENTENCE_END.finditer(credit):
        if not byline_line.is_title(credit[:m.start() + 1].rsplit(None, 1)[-1]):
            return credit[:m.start()]
    return credit


def people(credit: str, cued: bool = False) -> list[dict]:
    """The people a credit names ("A and B", "A, B und C", "A in Baku and B in Tbilisi", "A; B"), each
    with what stands beside them; [] unless every part names a person. A clause after a semicolon that
    credits other work ("A; Editing by B") ends the credit."""
    credit = " ".join(credit.split()).strip(" .;*_()")
    credit = _first_sentence(credit)  # "A. Photos by B.": A's sentence
    for sep in _SEPARATOR.finditer(credit):
        if _OTHER_CUE.match(credit[sep.end():]):  # "A / Photos: B", "A | Edited by B"
            credit = credit[:sep.start()]
            break
    clauses = credit.split(";")
    named = _people_of(clauses[0], cued)
    for clause in clauses[1:]:
        more = _people_of(clause, cued) if named and " by " not in clause and ":" not in clause else []
        if not more:
            break
        named += more
    return named


def _people_of(credit: str, cued: bool) -> list[dict]:
    credit = credit.strip()
    one = person(credit, cued)
    pieces = [p for p in _AND.split(credit) if p.strip()]
    if len(pieces) >= 2:
        many = [person(p, cued) for p in pieces]
        if all(many) and all(not p["affiliation"] for p in many):
            return many
        if one:  # "A, Senior Correspondent": a role beside one name
            return [one]
        if many[0] and all(p is None or not p["affiliation"] for p in many[1:]) and all(many[:2]):
            return [p for p in many if p]
        return []
    return [one] if one else []


_REPORTING = re.compile(r"^reporting\s+by", re.I)  # a wire trailer's reporters: its authors
_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _last_lines(text: str, floor: int, count: int) -> list[tuple[int, str]]:
    """The last ``count`` non-empty lines after ``floor``, in order, each with where it starts."""
    out: list[tuple[int, str]] = []
    end = len(text)
    while end > floor and len(out) < count:
        at = max(text.rfind("\n", floor, end) + 1, floor)
        line = text[at:end].strip().strip("*_>#").strip()
        if line:
            out.append((at, line))
        end = at - 1
    return out[::-1]


def head_credit(text: str, start: int = 0) -> tuple[list[dict], int, int] | None:
    """The people a cue line among the first lines names as the authors, where the credit ends, and
    where it starts."""
    lines = []
    for m in _LINE.finditer(text, start, min(len(text), start + 2000)):
        lines.append((m.start(), m.group(0).strip().strip("*_>#").strip()))
        if len(lines) > _HEAD_LINES:
            break
    for k, (at, line) in enumerate(lines[:_HEAD_LINES]):
        first = at
        m = _AUTHOR_CUE.match(line) if len(line) <= 200 else None
        if not m and k and len(line) <= 100 and any(w in line for w in _LEAD_WORDS):
            m = _LEAD_CUE.match(line)
            if m and institution(line[:m.start(m.lastindex)]):
                m = None  # a unit's or a body's name ("Subdirección de Comercio Exterior", "Direction de la
                #           statistique"): its "de" joins its words, no byline's cue
        if m and (_OTHER_CUE.match(line) or k + 1 < len(lines) and _BOOK_LINE.search(lines[k + 1][1])
                  or is_book_head(line)):  # the cue opens a reviewed book's byline: its author is the book's
            continue
        named = people(m.group(m.lastindex), cued=True) if m else []
        if not named and k and len(line) <= 100 and any(c in line for c in "|·•—–") and _PARTS.search(line):
            named = _beside_rubric(line)
        if not named and _BLOCK_LABEL.match(line):  # "Authors" over a name on each line
            block = [person(ln, cued=True) for _, ln in lines[k + 1:k + 7]]
            named = [p for p in block[:next((j for j, p in enumerate(block) if not p), len(block))]]
            at = lines[k + len(named)][0] if named else at
        if not named and line.endswith(":"):
            wrote = _WROTE.match(line)
            named = [p for p in [person(wrote.group(1))] if p] if wrote else []
        if not named and len(line) <= 300:
            reviews = _REVIEWS.match(line)
            named = [p for p in [person(reviews.group(1))] if p] if reviews else []
        if not named and 0 < k < 5 and k + 1 < len(lines) and len(line) <= 60 and len(lines[k + 1][1]) <= 80 \
                and is_personal_name(line) and _role_line(lines[k + 1][1]):
            # a name on its own line, its role or its house on the line under it
            named = [{"name": strip_titles(line), "affiliation": lines[k + 1][1]}]
            at = lines[k + 1][0]
        if not named and k == 1 and start == 0 and k + 1 < len(lines) and len(line) <= 80 \
                and not line.endswith((".", ":", "?", "!", ",")) and len(lines[0][1]) <= 150 \
                and not lines[0][1].endswith("."):
            named = _alone_under_title(text, line, lines[k + 1][0])
        if named:
            return named, at + len(text[at:].split("\n", 1)[0]), first
    return None


def _common(word: str) -> bool:
    """A word the installed word list knows only in small letters ("observer", "shipping"): a common
    word, no name's (a name's word, "Baker", "Baku", is listed capitalised, or not at all)."""
    from azmap.corpus.wordlist import common_words, known, word_list

    word, listed = word.lower().strip(".,'’"), common_words()
    if word not in listed and word in word_list():
        return False  # listed capitalised ("Baker"), whatever the word it looks inflected from
    return word.isalpha() and (known(word, listed) or any(  # a prefix the list writes apart: "re-", "un-"
        word.startswith(p) and len(word) - len(p) >= 4 and known(word[len(p):], listed) for p in _PREFIXES))


def no_person(named: list[dict]) -> list[dict]:
    """The people a cue or a credit names, less those whose names are an outlet's, a desk's or places' words
    ("By Energy Desk", "Von Batumi Poti": name_words.names_no_one); a desk or an outlet stays as an
    organisation."""
    from azmap.corpus.name_words import names_no_one, places_only

    out = []
    for p in named:
        if p.get("organisation") or not names_no_one(p["name"], cued=True):
            out.append(p)
        elif not places_only(p["name"]):
            out.append(dict(p, organisation=True))
    return out


def _no_persons(named: list[dict], after: str = "") -> list[dict]:
    """The people among names read under a title without a cue: a name whose last word is a common word
    names an outlet ("Baku Observer", "Kura Daily"), kept as the affiliation of the name before it
    ("A, Caspian Courier"), unless a given name leads it ("Tom Winter": name_words.given_name_form, the
    text ``after`` the line never using the word again); a place ("South Caucasus", "Gori Kutaisi") or a
    heading ("Regional Affairs") names nobody."""
    from azmap.corpus.name_words import names_no_one, places_only
    from azmap.corpus.words import institution

    out: list[dict] = []
    for p in named:
        words = p["name"].split()
        if p.get("organisation"):
            out.append(p)
        elif not names_no_one(p["name"], after) or p.get("affiliation") and institution(p["affiliation"]) \
                and not _common(words[0]) and words[0].lower() not in _COMPASS and not places_only(p["name"]):
            out.append(p)  # (a given name with an institution's line under it: "Alessandra Conte" over an Istituto)
        elif _common(words[-1]) and words[0].lower() not in _COMPASS and not all(_common(w) for w in words):
            if out and out[-1] is named[named.index(p) - 1] and not out[-1].get("affiliation"):
                out[-1] = dict(out[-1], affiliation=p["name"])
    return out


def _outlet_glued(line: str) -> dict | None:
    """A name with its outlet glued on, no mark between ("A Kura Daily", "A Caspian Monitor"): the outlet
    is the line's last common words and the name word before them, the name the words before that."""
    tokens = line.split()
    k = len(tokens)
    while k > 0 and _common(tokens[k - 1]):
        k -= 1
    if k == len(tokens) or k < 3:
        return None
    name, outlet = " ".join(tokens[:k - 1]), " ".join(tokens[k - 1:])
    if not is_personal_name(name) or _common(tokens[k - 2]) or tokens[k - 1].lower() in _NOT_NAME:
        return None
    return {"name": strip_titles(name), "affiliation": outlet}


def _alone_under_title(text: str, line: str, after: int) -> list[dict]:
    """The people a line directly under the title names with no cue: names of a person's form (alone, in a
    list, with an outlet after a comma or glued on) whose last words the text under them never uses (a
    place's or a subject's name comes back in the body; a byline's does not)."""
    if line.isupper():  # a name in capitals: only with a surname's form (name_words.from_capitals)
        from azmap.corpus.name_words import from_capitals

        line = from_capitals(line) or line
    if any(c.isdigit() for c in line):
        from azmap.corpus.metadata import parse_date

        if not parse_date(re.split(r"\s*(?:,|\s[|·•—–-]\s)\s*", line)[-1]):
            return []  # "United Nations S/2023/187": a number beside the words, no date: a symbol, no byline
    glued = _outlet_glued(line)
    named = [glued] if glued else people(line)
    beside = named[0]["affiliation"] if len(named) == 1 else None
    if beside and is_personal_name(beside) and not _common(beside.split()[-1]):  # "A | B": two names
        named = [dict(named[0], affiliation=None), {"name": strip_titles(beside), "affiliation": None}]
    if any(p["affiliation"] and not (_common(p["affiliation"].split()[-1]) or _role_line(p["affiliation"]))
           for p in named):
        return []  # "A, Mingachevir": a name and a place, no outlet or post beside it
    named = _no_persons(named, text[after:after + 20000])
    if any(re.search(rf"\b{re.escape(p['name'].split()[-1])}\b", text[after:after + 20000]) for p in named):
        return []
    return named


def _beside_rubric(line: str) -> list[dict]:
    """The name on a line of parts ("Opinion | A", "March 3, 2024 · A · 5 min read"): one part a
    person's name, the others a rubric, a date or a reading time."""
    from azmap.corpus.metadata import parse_date

    parts = _PARTS.split(line)
    names = [p for p in parts if is_personal_name(p)]
    roles = [p for p in parts if p not in names and byline_grammar.role_line(p)]
    if len(names) != 1 or len(roles) > 1 or not all(p in names or p in roles or _RUBRIC.match(p) or parse_date(p)
                                                    for p in parts):
        return []
    return [{"name": strip_titles(names[0]), "affiliation": roles[0] if roles else None}]  # (a role: "A | Staff writer")


def _role_line(line: str) -> bool:
    """A short line naming a role or an institution ("Staff Writer", "Caspian Policy Centre")."""
    _INSTITUTION, _ROLE_WORDS = _metadata_words()

    return len(line) <= 80 and not line.endswith(".") and line[:1].isupper() and not is_personal_name(line) \
        and (bool({w.lower().strip(",") for w in re.split(r"[\s-]+", line)} & _ROLE_WORDS)
             or bool(_INSTITUTION.search(line)))


def tail_credit(text: str, start: int = 0) -> tuple[list[dict], int] | None:
    """The people the last lines after the body name as the authors (a credit, "The author is …",
    a bio line, a dash's signature, a signature under closing words), and where that credit starts."""
    lines = _last_lines(text, max(start, len(text) - _TAIL_CHARS), 6)
    if len(lines) < 2:
        return None
    for k in range(len(lines) - 1, max(len(lines) - 5, 0), -1):
        at, line = lines[k]
        if len(line) > 400:
            return None  # a paragraph of the body: the credits are below it
        found = _credit_line(line, lines[k - 1][1], k == len(lines) - 1,
                             signs=all(_no_prose(ln) for _, ln in lines[k + 1:]) and "\n\n" in text[lines[k - 1][0]:at])
        if found and found[0].get("bio") and _spoken_of(text, start, at, found[0]["name"]):
            found = []  # a person the text spoke of: "… said A." then "A is the director of …"
        if found and found[0].get("bio"):  # the bios over it, under "About the authors"
            j, more = k - 1, []
            while j >= 1 and (_credit_line(lines[j][1], lines[j - 1][1], True) or [{}])[0].get("bio"):
                more = _credit_line(lines[j][1], lines[j - 1][1], True) + more
                j -= 1
            if more and _about(lines[j][1]):
                found, at = more + found, lines[j + 1][0]
        if found:
            return [{k: v for k, v in p.items() if k != "bio"} for p in found], at
        if k == len(lines) - 1 and line.isupper():  # a signature in capitals (name_words.from_capitals)
            from azmap.corpus.name_words import from_capitals

            line = from_capitals(line) or line
        if k == len(lines) - 1 and _signed_alone(text, at, line, lines[k - 1]):
            return [person(line)], at
        if k == len(lines) - 1 and k >= 2 and is_personal_name(lines[k - 1][1]) and _role_line(line) \
                and "\n\n" in text[lines[k - 2][0]:lines[k - 1][0]] and "\n\n" not in text[lines[k - 1][0]:at]:
            return [{"name": strip_titles(lines[k - 1][1]), "affiliation": line}], lines[k - 1][0]
        if k >= 1 and byline_grammar.closing_line(lines[k - 1][1]):  # "Sincerely," over the name (byline_grammar.CLOSINGS)
            signed = person(line)
            if signed:
                if k + 1 < len(lines) and not signed["affiliation"] and len(lines[k + 1][1]) <= 90:
                    signed["affiliation"] = lines[k + 1][1]
                return [signed], lines[k - 1][0]
    return None


def _signed_alone(text: str, at: int, line: str, over: tuple[int, str]) -> bool:
    """A name alone as the text's last paragraph (a date, a year or a place after it): its signature;
    not a line of a list of people, nor a quotation's attribution."""
    if len(line) > 80 or line.endswith(".") and not re.search(r"\d\.$", line) or "\n\n" not in text[over[0]:at]:
        return False
    from azmap.corpus.name_words import names_no_one

    signed = person(line)
    return bool(signed) and (not signed["affiliation"] or len(signed["affiliation"].split()) <= 3) \
        and not _QUOTE_END.search(over[1]) and person(over[1]) is None and not names_no_one(signed["name"], cued=True)


def _no_prose(line: str) -> bool:
    """A line after the text that is no sentence of it (a link's line, a notice, a footer): short, no sentence's
    end."""
    return len(line) <= 160 and not re.search(r"[.!?:]$", line)


def _credit_line(line: str, over: str, last: bool, signs: bool = False) -> list[dict]:
    plain = line.strip("()").strip()
    about = _ABOUT_LABEL.match(plain)
    if about:  # "About the author: A is an economist in Baku."
        plain, over = plain[about.end():], "About the author"
    elif ":" in plain[:40] and byline_grammar.about_heading(plain.split(":", 1)[0]):
        plain, over = plain.split(":", 1)[1].strip(), plain.split(":", 1)[0]
    head = plain[:40].lower()
    if (" by" in head or ":" in head or "-" in head or "—" in head) and _OTHER_CUE.match(plain):
        # "(Reporting by A; Editing by B)": the parts that credit the reporting
        parts = [p.strip() for p in plain.split(";")]
        return [] if len(parts) < 2 else next((people(m.group(1), True) for p in parts for m in [_AUTHOR_CUE.match(
            _REPORTING.sub("by", p))] if m and people(m.group(1), True)), [])
    cue = _AUTHOR_CUE.match(_REPORTING.sub("by", plain))
    if cue and people(cue.group(1), True):
        return people(cue.group(1), True)
    said = _THE_AUTHOR.match(plain)
    if said:
        named = people(re.split(r"\s+(?:is|ist|est|es|è|—)\s+", said.group(1))[0])
        if named:
            return named
    reported = _REPORTED_FROM.match(plain) if "report" in plain or "wrote" in plain else None
    if reported and people(reported.group(1)):
        return people(reported.group(1))
    if _DASH_SIGNATURE.match(plain) and (last or signs and plain[:1] in "—–") and not _QUOTE_END.search(over) \
            and not _DASH_SIGNATURE.match(over):
        # (a dash under a dash is a dialogue's turn; a signature's dash, no list's hyphen, may stand over the
        # page's own lines, no prose)
        signed = person(_DASH_SIGNATURE.sub("", plain))
        from azmap.corpus.name_words import names_no_one

        if signed and not names_no_one(signed["name"], cued=True):  # "— Energy Desk": a desk's sign-off
            return [signed]
        several = people(_DASH_SIGNATURE.sub("", plain), cued=True)  # "— A and B": every name a person's
        if len(several) > 1 and all(is_personal_name(p["name"]) and not p["affiliation"] for p in several):
            return several
    # a bio line: a name that leads a short paragraph of its own saying what the person does
    verb = _BIO_VERB.search(plain, 3, 64) if len(plain) <= 300 and (last or _about(over)) else None
    if verb and is_personal_name(plain[:verb.start()]) and _BIO_WORD.search(plain, verb.start()):
        return [{"name": strip_titles(plain[:verb.start()]), "affiliation": None, "bio": True}]
    if byline_grammar.about_heading(over) and len(plain) <= 400:
        return _card_names(plain)
    return []


def _card_names(plain: str) -> list[dict]:
    """The people an author card's sentences open with, under its heading ("About the author" over "A writes
    about …", "A regionun … yazır."): whatever the sentence says, in any language, the name leading it is the
    author's."""
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", plain):
        words = sentence.split()
        for n in range(min(4, len(words) - 1), 1, -1):
            name = " ".join(words[:n]).rstrip(",;:")
            if is_personal_name(name) and not words[n][:1].isupper():
                if name not in [p["name"] for p in out]:
                    out.append({"name": strip_titles(name), "affiliation": None, "bio": True})
                break
    return out


def card_credit(text: str, start: int = 0) -> tuple[list[dict], int] | None:
    """The people an author card names, wherever after ``start`` it stands (furniture may follow it): a heading
    of its own in any of the byline grammar's languages ("About the author", "Об авторе") over a paragraph whose
    sentences open with their names; and where the card starts."""
    heads = [m for m in _LINE.finditer(text, start) if len(m.group(0)) <= 60
             and byline_grammar.about_heading(m.group(0).strip().strip("*_#>").strip())]
    if not heads:
        return None
    head = heads[-1]
    para = text[head.end():].lstrip("\n").split("\n\n", 1)[0]
    named = _card_names(" ".join(para.split()).strip("*_ "))
    return ([{k: v for k, v in p.items() if k != "bio"} for p in named], head.start()) if named else None


def _about(line: str) -> bool:
    """An author card's heading: the list above, or the byline grammar's in any language."""
    return bool(_ABOUT.match(line)) or byline_grammar.about_heading(line)


def _spoken_of(text: str, start: int, end: int, name: str) -> bool:
    """Whether the body over ``end`` names the person (by the whole name or the last word of it)."""
    body = text[start:end]
    return name in body or re.search(rf"\b{re.escape(name.split()[-1])}\b", body) is not None


def named_otherwise(text: str, name: str) -> bool:
    """Whether the document credits ``name`` for something else than the writing (photographs, a map,
    editing, a translation) and never as its author."""
    if name not in text:
        return False
    credited = authored = False
    for m in re.finditer(re.escape(name), text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()].strip().strip("*_(").strip()
        for part in [before.split(";")[-1].strip()]:
            if _OTHER_CUE.match(part + " ") and not _AUTHOR_CUE.match(part + " x x"):
                credited = True
            elif before == "" or _AUTHOR_CUE.match(part + " " + name):
                authored = True
    return credited and not authored


def settle(meta, text: str, body_start: int) -> None:
    """Check the authors the rules named, and name them from the evidence where no rule did."""
    if meta.authors:
        _check(meta, text)
    if meta.authors and all(a.get("organisation") for a in meta.authors) \
            and meta.evidence.get("authors", "").startswith("issuing body"):
        found = foot_reporter(text, body_start)  # a person a byline's label names beats the body that issues it
        if found:
            meta.authors, meta.author = found[0], None
            meta.evidence["authors"] = "author evidence: a reporter's label at the end"
            meta.body_end = found[1] if meta.body_end is None else min(meta.body_end, found[1])
    if meta.authors and meta.evidence.get("authors") == "note at the end":
        _subject_at_end(meta, text, body_start)
    if len(meta.authors) == 1 and meta.evidence.get("authors") == "note at the end":
        bios = tail_credit(text, body_start)  # "About the authors" over a note for each
        if bios and len(bios[0]) > 1 and meta.authors[0]["name"] in [p["name"] for p in bios[0]]:
            meta.authors = [meta.authors[0] if p["name"] == meta.authors[0]["name"] else p for p in bios[0]]
            meta.author = None
            meta.body_end = bios[1] if meta.body_end is None else min(meta.body_end, bios[1])
    if meta.authors and not meta.authors[0].get("affiliation") and "signature" in meta.evidence.get("authors", ""):
        signed = tail_credit(text, body_start)  # a letter's signature: the line under the name goes with it
        if signed and signed[0][0]["name"] == meta.authors[0]["name"] and signed[0][0]["affiliation"]:
            meta.authors[0] = dict(meta.authors[0], affiliation=signed[0][0]["affiliation"])
    if meta.authors and meta.evidence.get("authors") in ("name under the title", "names under the title") \
            and _block_label(text):
        labelled = head_credit(text, 0)  # "Authors" over the names: the block names them all
        names = [a["name"] for a in meta.authors]
        if labelled and len(labelled[0]) > len(names) and set(names) <= {p["name"] for p in labelled[0]}:
            meta.authors, meta.author = labelled[0], None
    card = card_credit(text, body_start) if meta.authors else None
    if card and {a["name"] for a in meta.authors} <= {p["name"] for p in card[0]} and card[1] > body_start:
        meta.body_end = card[1] if meta.body_end is None else min(meta.body_end, card[1])  # the card: no body
    if meta.authors or meta.author:
        return
    if meta.participants:  # a record of a meeting: its people take part; a cue's name is one of them or none
        return
    props = properties(text) if text.lstrip()[:2] == "# " else None  # a notes app's page: its creator
    creator = person(props[0]["creator"], cued=True) if props and props[0].get("creator") else None
    if creator and is_personal_name(creator["name"], True) and no_person([creator]) == [creator]:
        meta.found("authors", [creator], "author evidence: a notes page's creator")
        return
    found = head_credit(text, meta.body_start if meta.evidence.get("title") == "front matter" else 0)
    if found and not [p for p in no_person(found[0]) if not p.get("organisation")]:
        found = None  # "Von Weekly Outlook": an outlet's or places' words after the cue, no one's
    if found and not text[found[1]:].strip():  # a short text's last line: a credit at the end, no body
        meta.found("authors", found[0], "author evidence: credit at the end")
        meta.body_end = found[2] if meta.body_end is None else min(meta.body_end, found[2])
        return
    if found:
        meta.found("authors", found[0], "author evidence: cue at the top")
        if found[1] > meta.body_start and found[1] - meta.body_start < 300 and "\n\n" not in \
                text[meta.body_start:found[1]].strip():
            meta.body_start = found[1]
        return
    found = tail_credit(text, body_start) or card_credit(text, body_start)
    if found:
        meta.found("authors", found[0], "author evidence: credit at the end")
        meta.body_end = found[1] if meta.body_end is None else min(meta.body_end, found[1])
        return
    found = foot_reporter(text, body_start)  # "Muhabir: A" in a block of credits over the foot's furniture
    if found:
        meta.found("authors", found[0], "author evidence: a reporter's label at the end")
        meta.body_end = found[1] if meta.body_end is None else min(meta.body_end, found[1])


def _block_label(text: str) -> bool:
    """Whether a line among the first ones is an authors' label over a block of names."""
    head = text[:2000].lower()
    return any(stem in head for stem in _BLOCK_STEMS) and bool(_BLOCK_LABEL_LINE.search(text, 0, 2000))


def _subject_at_end(meta, text: str, body_start: int) -> None:
    """A note at the end saying what a person is ("A is the director of a firm") names the author
    only when the text has not spoken of A before: otherwise A is someone the text is about, and the
    note a paragraph of the body."""
    name = meta.authors[0]["name"]
    at = text.rfind(name)
    line_start = text.rfind("\n", 0, at) + 1
    if len(meta.authors) == 1 and at > 0 and _spoken_of(text, body_start, line_start, name):
        meta.authors, meta.author = [], None
        meta.evidence.pop("authors", None)
        meta.evidence.pop("author", None)
        if meta.body_end == line_start:
            meta.body_end = None


def _check(meta, text: str) -> None:
    """Drop the cue word a rule left on a name ("Af A"), split a role glued on, and leave out
    people the document credits for something else (a photographer beside the writer)."""
    kept = []
    interviewed = meta.evidence.get("participants") == "interview's title"
    under_title = meta.evidence.get("authors") in ("name under the title", "names under the title")
    for author in meta.authors:
        if author.get("organisation"):
            lead = re.match(r"^(.{3,60}?)\s+(?:from|with|in|of|for)\s+[a-z]", author["name"])
            if lead and is_personal_name(lead.group(1)):  # "A from agency reports": A compiled them
                author = {"name": strip_titles(lead.group(1)), "affiliation": None}
            kept.append(author)
            continue
        checked = no_person([author])
        if not under_title and checked != [author]:  # "By Energy Desk": a desk's credit, no person's
            kept += checked
            continue
        if interviewed and author["name"] in meta.participants and meta.evidence.get("authors") == "title":
            continue  # "Interview with A": A answers, and someone else asks
        if "signature" in meta.evidence.get("authors", "") and _attributes_a_quote(text, author["name"]):
            continue
        name = author["name"]
        if re.match(r"^(?:the|a|an)\s+[a-z]", name) or any(c.isdigit() for c in name):
            continue  # "By the numbers", "By ISBN 978-…": a heading or a number, nobody's name
        named = is_personal_name(name)
        m = _AUTHOR_CUE.match(name)
        again = people(name) if not named and not m else []
        if m and (not named or name.split()[0].lower() in _CUE_WORDS) and is_personal_name(m.group(1)):
            author = dict(author, name=strip_titles(m.group(1)))  # "Af A": the cue is no given name
        elif len(again) == 1:
            # "A Senior Correspondent", "A / Photos: B": the name, and a role glued on or a credit after it
            author = dict(author, name=again[0]["name"],
                          affiliation=author.get("affiliation") or again[0]["affiliation"])
        elif named and strip_titles(name) != name:
            author = dict(author, name=strip_titles(name))  # "Dr. A": the title left out
        if named_otherwise(text, author["name"]) or _book_author(text, author["name"]):
            continue
        kept.append(author)
    if meta.evidence.get("authors") in ("name under the title", "names under the title"):
        at = text.find(kept[0]["name"]) if kept else -1  # the text under the name's line
        under = text[text.find("\n", at) + 1 if at >= 0 else 0:][:20000]
        kept = _no_persons(kept, under)  # an outlet after a comma, a place, a heading: no one's name
    if kept != meta.authors:
        meta.authors = kept
        meta.author = None
        if not kept:
            meta.evidence.pop("authors", None)
            meta.evidence.pop("author", None)


def _attributes_a_quote(text: str, name: str) -> bool:
    """Whether the name's last line is a dash's attribution under a quotation ("“…”" then "— A, post")."""
    at = text.rfind(name)
    line_start = text.rfind("\n", 0, at) + 1
    over = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip()
    return bool(_DASH_SIGNATURE.match(text[line_start:at].strip() + " ")) and bool(_QUOTE_END.search(over))


def _book_author(text: str, name: str) -> bool:
    """Whether the name stands in a book's line at the top (its title, "by A", then the publisher,
    the year and the pages): a review's book, not the review's author."""
    at = text.find(name, 0, 2000)
    if at < 0:
        return False
    line_end = text.find("\n", at)
    following = text[line_end + 1:text.find("\n", line_end + 1)] if line_end >= 0 else ""
    return bool(_BOOK_LINE.search(following)) and len(following) <= 200
