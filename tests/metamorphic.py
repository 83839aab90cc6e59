"""Metamorphic checks: the annotated fixture documents of tests/fixtures/documents3 .. documents19 changed in
what must not matter, and read again. A reader that learnt its fixtures' wordings and names reads the
changed document differently; one that reads what the document says reads it the same, changed exactly as
the change says.

Transforms (each a function of an annotated document giving a changed source, a changed annotation and a
mapping of the original reading onto the reading expected of the changed source, or None where it does not
apply):

- ``names``, ``names2`` (another draw): each annotated person (author or participant) renamed, everywhere in the source and the
  annotation (the full name, its upper-case and reversed forms, the surname alone, its slug and mail forms),
  by a name of another naming culture with as many words, drawn by the name's hash from the lists below;
  names in Cyrillic get names in Cyrillic.
- ``dates``, ``dates2`` (English months in their short forms, numbers and other months in ISO form, ISO
  in dots): the annotated date, where the source writes it in exactly one recognisable form in its first
  half, written in another common form of the same language or convention and moved a week on (the weekday
  stays right, a remembered day does not); the same day in markup (meta tags, JSON-LD, ``datetime``, front
  matter, a dated URL) moved with it.
- ``wrap58``, ``wrap96``, ``wrap40``, ``wrap72`` (plain text and markdown): every body paragraph that stands
  as a block between blank lines filled again at 58, 96, 40 or 72 columns.
- ``outlet`` (web pages): the site's name (its og:site_name, or its <title>'s last part where the page names
  it again) replaced everywhere by an invented one with as many words: its proper names invented, its common
  words ("Department", "Ledger") kept.

A changed document is *invariant* when its reading (title, date, authors with affiliations, participants,
body passages) equals the original's reading mapped through the change. The development half is the even
sets (documents4, 6, …, 18), the test half the odd ones (documents3, 5, …, 19).

``python -m tests.metamorphic dev`` (or ``test``) prints a half's figures as JSON with every document that
did not read the same; ``--brief`` leaves the documents out.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import tempfile
import textwrap
import unicodedata
from pathlib import Path

from tests import sweep_metadata_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = range(3, 20)  # documents20 and on are held out: never read here
WORK = Path(tempfile.gettempdir()) / "azmap-metamorphic"


def half_of(set_number: int) -> str:
    return "dev" if set_number % 2 == 0 else "test"


def documents(half: str, sets=SETS) -> list[dict]:
    """The annotated documents of a half of ``sets``, each with ``path`` (a PDF drawn by its set's generator)
    and ``id``."""
    from tests.test_documents2 import load_set

    out = []
    for n in sets:
        if half_of(n) != half:
            continue
        root = FIXTURES / f"documents{n}"
        for part in ("dev", "test"):
            if (root / part).is_dir():
                for fx in load_set(root, part):
                    fx["id"] = f"documents{n}/{part}/{fx['file']}"
                    out.append(fx)
    return out


# ---------------------------------------------------------------------------------------------
# Reading

def _flat(text: str) -> str:
    return " ".join(text.split())


_READINGS: dict[str, dict] = {}


def reading(path: Path) -> dict:
    """What the reader makes of a file, as ingest keeps it: its fields and its body passages (cached by
    the file's path and contents)."""
    path = Path(path)
    key = hashlib.sha256(str(path).encode() + path.read_bytes()).hexdigest()
    if key not in _READINGS:
        from tests.sweep_d16html import read_file_as_ingest

        meta, body, _ = read_file_as_ingest(path)
        _READINGS[key] = {
            "title": meta.title, "date": meta.date,
            "authors": [[a["name"], a.get("affiliation")] for a in meta.authors],
            "participants": list(meta.participants), "body": body,
        }
    return _READINGS[key]


def as_annotated(got: dict, fx: dict) -> dict:
    """Which of a reading's fields are as the annotation says."""
    want_authors = [[a["name"], a.get("affiliation")] for a in fx["authors"]]
    paras = {_flat(p) for p in fx["body_paragraphs"]}
    return {"title": got["title"] == fx["title"], "date": got["date"] == fx["date"],
            "authors": got["authors"] == want_authors and got["participants"] == fx.get("participants", []),
            "paragraphs": all(_flat(p) in got["body"] for p in fx["body_paragraphs"])
            and all(b in paras for b in got["body"])}


def _mapped(got: dict, text_map, date_map=None) -> dict:
    """A reading with ``text_map`` applied to its strings and ``date_map`` to its date."""
    m = lambda s: text_map(s) if isinstance(s, str) else s  # noqa: E731
    return {"title": m(got["title"]), "date": date_map(got["date"]) if date_map else got["date"],
            "authors": [[m(n), m(a)] for n, a in got["authors"]],
            "participants": [m(p) for p in got["participants"]], "body": [_flat(m(b)) for b in got["body"]]}


# ---------------------------------------------------------------------------------------------
# Names

# Names of naming cultures the fixtures do not use (none of these words is in azmap/: tests/test_metamorphic.py
# checks it), given names and surnames of one culture together.
CULTURES = {
    "vietnamese": (["Thuy", "Quang", "Huong", "Tuan", "Phuong", "Khanh"],
                   ["Nguyen", "Pham", "Hoang", "Vuong", "Truong", "Dinh"]),
    "yoruba": (["Oluwaseun", "Folasade", "Babatunde", "Titilayo", "Adebayo", "Yetunde"],
               ["Adeyemi", "Ogunleye", "Olatunji", "Akinola", "Oyelaran", "Adewale"]),
    "irish": (["Siobhan", "Aoife", "Niamh", "Cathal", "Eoghan", "Donncha"],
              ["O'Sullivan", "Kinsella", "McGettigan", "Breathnach", "MacGiolla", "Mulcahy"]),
    "ghanaian": (["Kwabena", "Akosua", "Yaw", "Efua", "Kwesi", "Adwoa"],
                 ["Boateng", "Agyeman", "Owusu", "Asamoah", "Ofori-Atta", "Nkansah"]),
    "filipino": (["Maricel", "Jericho", "Rowena", "Jhonrey", "Lovely", "Ariel"],
                 ["Dimaculangan", "Magbanua", "Villaruel", "Pangilinan", "Dumalagan", "Catacutan"]),
    "finnish": (["Päivi", "Juhani", "Tuula", "Ilkka", "Sirpa", "Eero"],
                ["Järvinen", "Koskinen", "Heikkilä", "Laaksonen", "Väisänen", "Mäkelä"]),
    "basque": (["Itziar", "Iñaki", "Garazi", "Aitor", "Nerea", "Unai"],
               ["Etxeberria", "Agirregabiria", "Urkiola", "Goikoetxea", "Arrizabalaga", "Olabarrieta"]),
    "malay": (["Nurul", "Faizal", "Syazwani", "Hafizuddin", "Aminah", "Zulkifli"],
              ["Rahmat", "Othman", "Yaakob", "Shamsuddin", "Jusoh", "Mokhtar"]),
}
CYRILLIC = (["Айгерим", "Ерлан", "Дильноза", "Сардор", "Жанар", "Бахтияр"],
            ["Жумабекова", "Сарсенбаев", "Юсупова", "Турсунов", "Есенова", "Абдрахманов"])

_ORG_WORDS = re.compile(
    r"\b(ministry|office|press|service|unit|department|company|centre|center|commission|observatory|freight|"
    r"rail|embassy|energy|authority|group|gas|watch|monitor|midstream|secretariat|board|editorial|post|weekly|"
    r"instytut|institute|xidməti|respublikas\w*|пресс|министерств\w*|agency|terminal|team|desk|staff|news)\b",
    re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž\u0400-\u042F\u0130][\w'’-]*|[A-Z]\.)$")


def is_person(name: str) -> bool:
    """Whether an annotated author is a person's name (not an organisation's, not a handle)."""
    words = name.split()
    return (1 <= len(words) <= 3 and not _ORG_WORDS.search(name)
            and all(_NAME_WORD.match(w) for w in words))


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _seed(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16)


def new_name(name: str, taken: set[str], salt: str = "") -> str:
    """A name of another naming culture for ``name``, as many words long (initials kept), drawn by its hash;
    none of its words in ``taken``."""
    words = name.split()
    cyrillic = bool(re.search(r"[\u0400-\u04FF]", name))
    seed = _seed(salt + name)
    for attempt in range(50):
        if cyrillic:  # a surname in -а for a woman's, as Russian writes it
            given, surnames = CYRILLIC
            surnames = [s for s in surnames if s.endswith("а") == words[-1].endswith("а")] or surnames
        else:
            given, surnames = list(CULTURES.values())[(seed + attempt) % len(CULTURES)]
        pick = lambda pool, i: pool[(seed // 7 + attempt + 3 * i) % len(pool)]  # noqa: E731
        out = []
        for i, w in enumerate(words):
            if re.fullmatch(r"[A-Z]\.", w):
                out.append(w)
            elif i == len(words) - 1 and len(words) > 1:
                out.append(pick(surnames, i))
            else:
                out.append(pick(given, i))
        if len(words) == 1 and not re.fullmatch(r"[A-Z]\.", words[0]):  # a surname or a given name alone
            out = [pick(surnames, 0)]
        cand = " ".join(out)
        if not ({_fold(w) for w in cand.split()} & taken):
            return cand
    raise ValueError(f"no new name for {name!r}")


def _name_forms(old: str, new: str) -> list[tuple[list[str], list[str]]]:
    """(old form, new form) pairs of a name as lists of words, longest first: full, upper-case, surname in
    capitals, reversed and "Surname, Given" orders, slug and mail forms, the surname alone."""
    ow, nw = old.split(), new.split()
    up = lambda ws: [w.upper() for w in ws]  # noqa: E731
    pairs = [(ow, nw), (up(ow), up(nw))]
    if len(ow) > 1:
        pairs += [(ow[:-1] + up(ow[-1:]), nw[:-1] + up(nw[-1:])), (up(ow[-1:]) + ow[:-1], up(nw[-1:]) + nw[:-1]),
                  ([ow[-1] + ","] + ow[:-1], [nw[-1] + ","] + nw[:-1]), (ow[-1:] + ow[:-1], nw[-1:] + nw[:-1])]
        for sep in ("-", ".", "_"):
            pairs.append(([sep.join(_fold(w).strip(".") for w in ow)], [sep.join(_fold(w).strip(".") for w in nw)]))
        if len(ow[-1]) > 2:
            pairs += [(ow[-1:], nw[-1:]), (up(ow[-1:]), up(nw[-1:]))]
    return sorted(pairs, key=lambda p: (-len(p[0]), -len(" ".join(p[0]))))


# between a name's words: spaces, and in a page the tags round each word
_SEP = r"((?:\s|&nbsp;|<[^>]*>)+)"


def _replacer(pairs: list[tuple[list[str], list[str]]]):
    """A function replacing each old form by its new one, the words' separators kept (the forms applied in
    turn, the longest first: no new name holds a word of the document, so none is replaced twice)."""
    steps = []
    for old, new in pairs:
        rx = re.compile(r"(?<![\w'’])" + _SEP.join(re.escape(w) for w in old) + r"(?![\w])")
        steps.append((rx, new))

    def sub(s: str) -> str:
        for rx, new in steps:
            s = rx.sub(lambda m: "".join(w + (m.group(i + 1) if i < len(new) - 1 else "")
                                         for i, w in enumerate(new)), s)
        return s
    return sub


def names_transform(fx: dict, source: str, salt: str = ""):
    people = [a["name"] for a in fx["authors"] if is_person(a["name"])]
    people += [p for p in fx.get("participants", []) if is_person(p)]
    people = list(dict.fromkeys(people))
    if not people or fx["format"] == "pdf":
        return None
    taken = {_fold(w) for w in re.findall(r"[^\W\d_]+", source)}
    pairs = []
    for name in people:
        new = new_name(name, taken, salt)
        taken |= {_fold(w) for w in new.split()}
        pairs += _name_forms(name, new)
    # a surname two people share, or a form met twice, goes by its first person
    seen, unique = set(), []
    for o, n in sorted(pairs, key=lambda p: (-len(p[0]), -len(" ".join(p[0])))):
        if tuple(o) not in seen and all(o):
            seen.add(tuple(o))
            unique.append((o, n))
    sub = _replacer(unique)
    changed = sub(source)
    if changed == source:
        return None
    return changed, _annotation_map(fx, sub), (lambda got: _mapped(got, sub))


def _annotation_map(fx: dict, sub) -> dict:
    out = dict(fx)
    out["title"] = sub(fx["title"])
    out["authors"] = [{**a, "name": sub(a["name"]), "affiliation": sub(a["affiliation"])
                       if isinstance(a.get("affiliation"), str) else a.get("affiliation")} for a in fx["authors"]]
    out["participants"] = [sub(p) for p in fx.get("participants", [])]
    out["body_paragraphs"] = [sub(p) for p in fx["body_paragraphs"]]
    return out


# ---------------------------------------------------------------------------------------------
# Dates

MONTHS = {k: v.split() for k, v in sweep_metadata_text.MONTHS.items()}  # a date line's month names
_NUMERIC_CONVENTION = {"de": ".", "ru": ".", "uk": ".", "tr": ".", "pl": ".", "az": ".", "nl": "-",
                       "fr": "/", "es": "/", "it": "/", "pt": "/", "en": "/"}
_STOPWORDS = {
    "en": "the and of to in is that for", "fr": "le la les et des du une est", "de": "der die und das ist nicht mit den",
    "es": "el los las y del una por con", "it": "il della che e per una gli sono", "pt": "o os da do uma não com para",
    "nl": "het een van en de niet op zijn", "tr": "ve bir ile bu için olarak da de", "pl": "się w na i nie jest że z",
    "az": "və bu ilə üçün bir da də olan", "ru": "и в на не что с по это", "uk": "і в на не що з та це",
}


def language(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())
    counts = {k: sum(w in set(v.split()) for w in words) for k, v in _STOPWORDS.items()}
    return max(counts, key=counts.get)


def _forms(d: dt.date, lang: str) -> dict[str, str]:
    """A date's written forms in a language: kind → text."""
    y, m, day = d.year, d.month, d.day
    out = {"iso": f"{y}-{m:02}-{day:02}", "dots": f"{day:02}.{m:02}.{y}", "dots1": f"{day}.{m}.{y}",
           "dmy/": f"{day:02}/{m:02}/{y}", "mdy/": f"{m:02}/{day:02}/{y}", "mdy1/": f"{m}/{day}/{y}"}
    month = MONTHS[lang][m - 1]
    if lang == "en":
        out.update({"d month y": f"{day} {month} {y}", "month d, y": f"{month} {day}, {y}",
                    "d mon y": f"{day} {month[:3]} {y}", "mon d, y": f"{month[:3]} {day}, {y}",
                    "mon. d, y": f"{month[:3]}. {day}, {y}"})
    elif lang == "de":
        out["d. month y"] = f"{day}. {month} {y}"
    elif lang in ("es", "pt"):
        out["d de month de y"] = f"{day} de {month} de {y}"
    else:
        out["d month y"] = f"{day} {month} {y}"
    return out


_REWRITE_EN = {"d month y": "month d, y", "month d, y": "d month y", "d mon y": "month d, y",
               "mon d, y": "d month y", "mon. d, y": "d month y", "mdy/": "month d, y", "mdy1/": "month d, y"}


_REWRITE_EN_SHORT = {"d month y": "d mon y", "month d, y": "mon. d, y", "d mon y": "d month y",
                     "mon d, y": "month d, y", "mon. d, y": "month d, y", "mdy/": "iso", "mdy1/": "iso"}


def _rewritten(kind: str, lang: str, new: dt.date, style: str = "") -> str | None:
    """The other form a date written as ``kind`` in ``lang`` is rewritten to, for the day ``new``; with
    ``style`` "short", the month's short form in English and the ISO form for numbers and other languages'
    month names."""
    forms = _forms(new, lang)
    if style == "short":
        if lang == "en" and kind in _REWRITE_EN_SHORT:
            return forms[_REWRITE_EN_SHORT[kind]]
        if kind == "iso":
            return forms["d mon y"] if lang == "en" else forms["dots"]
        return forms["iso"]
    if lang == "en" and kind in _REWRITE_EN:
        return forms[_REWRITE_EN[kind]]
    if kind in ("iso", "dots", "dots1", "dmy/"):  # numbers → the language's month name
        return next(v for k, v in forms.items() if "month" in k and "mon." not in k)
    if "month" in kind:  # a month name → the language's numbers
        sep = _NUMERIC_CONVENTION[lang]
        return sep.join([f"{new.day:02}", f"{new.month:02}", str(new.year)])
    return None


def _machine_spans(text: str, fmt: str) -> list[tuple[int, int]]:
    """Where a file's markup is: tags, scripts and styles of a page, a markdown file's front matter."""
    if fmt == "html":
        return [m.span() for m in re.finditer(r"<(script|style)\b.*?</\1>|<[^>]*>", text, re.S | re.I)]
    if fmt == "md" and text.startswith("---"):
        end = text.find("\n---", 3)
        return [(0, end + 4)] if end > 0 else []
    return []


WEEK = dt.timedelta(days=7)


def _moved(day: dt.date, source: str) -> dt.date | None:
    """The day a week on, or a week back where another day the source writes lies in the week after it
    (a publication day moved past its update day would change what the document says); None where other
    days lie on both sides."""
    lang = language(source)

    def written(d: dt.date) -> bool:
        forms = list(_forms(d, lang).values()) + ([] if lang == "en" else list(_forms(d, "en").values()))
        return any(re.search(r"(?<![\w./-])" + re.escape(f) + r"(?![\w/-]|\.\d)", source, re.I) for f in forms)

    after = any(written(day + dt.timedelta(days=k)) for k in range(1, 8))
    before = any(written(day - dt.timedelta(days=k)) for k in range(1, 8))
    if not after:
        return day + WEEK
    if not before:
        return day - WEEK
    return None


def dates_transform(fx: dict, source: str, style: str = ""):
    if not fx.get("date") or fx["format"] == "pdf" or len(fx["date"]) != 10:
        return None
    day = dt.date.fromisoformat(fx["date"])
    new = _moved(day, source)
    if new is None:
        return None
    spans = _machine_spans(source, fx["format"])
    in_markup = lambda i: any(a <= i < b for a, b in spans)  # noqa: E731
    visible = re.sub(r"<[^>]*>", " ", source) if fx["format"] == "html" else source
    lang = language(visible)
    langs = [lang] + (["en"] if lang != "en" else [])
    found = {}  # (lang, kind) → [(start, end)] of written forms outside markup
    for lg in langs + [k for k in MONTHS if k not in langs]:
        for kind, form in _forms(day, lg).items():
            if lg != langs[0] and "month" not in kind:
                continue
            for mt in re.finditer(r"(?<![\w./-])" + re.escape(form) + r"(?![\w/-]|\.\d)", source, re.I):
                if not in_markup(mt.start()):
                    found.setdefault((lg, kind), []).append(mt.span())
    texts = {source[a:b].lower() for spans_ in found.values() for a, b in spans_}
    if len(texts) != 1:
        return None
    (lg, kind), where = max(found.items(), key=lambda kv: len(kv[0][1]))
    if where[0][0] > len(source) / 2:
        return None
    target = _rewritten(kind, lg, new, style)
    if target is None:
        return None
    old_text = source[where[0][0]:where[0][1]]
    if old_text.isupper():
        target = target.upper()
    changed = source
    for a, b in sorted({s for spans_ in found.values() for s in spans_}, reverse=True):
        changed = changed[:a] + target + changed[b:]
    # the same day in markup, moved with it
    iso_old, iso_new = day.isoformat(), new.isoformat()
    url_old, url_new = day.strftime("/%Y/%m/%d/"), new.strftime("/%Y/%m/%d/")
    changed = changed.replace(iso_old, iso_new).replace(url_old, url_new)

    def text_map(s: str) -> str:
        return re.sub(re.escape(old_text), target, s, flags=re.I).replace(iso_old, iso_new)

    ann = _annotation_map(fx, text_map)
    ann["date"] = iso_new
    date_map = lambda d: iso_new if d == fx["date"] else d  # noqa: E731
    return changed, ann, (lambda got: _mapped(got, text_map, date_map))


# ---------------------------------------------------------------------------------------------
# Wrapping

def wrap_transform(width: int):
    def transform(fx: dict, source: str):
        if fx["format"] not in ("txt", "md"):
            return None
        paras = {_flat(p) for p in fx["body_paragraphs"]}
        blocks = re.split(r"(\n[ \t]*\n)", source)
        done = 0
        for i in range(0, len(blocks), 2):
            block = blocks[i]
            if _flat(block) not in paras:
                continue
            lines = [ln for ln in block.split("\n") if ln.strip()]
            indent = re.match(r"[ \t]*", lines[0]).group(0)
            lead = block[:len(block) - len(block.lstrip("\n"))]
            filled = textwrap.fill(_flat(block), width=width, initial_indent=indent, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False)
            if filled != block.strip("\n"):
                blocks[i] = lead + filled + ("\n" if block.endswith("\n") else "")
                done += 1
        if done < 2:
            return None
        return "".join(blocks), fx, (lambda got: got)
    return transform


# ---------------------------------------------------------------------------------------------
# Outlet

# invented words for an outlet's name (none of them in azmap/ or in a fixture)
OUTLET_WORDS = ["Quillmere", "Vantorel", "Brisklow", "Ostrandel", "Pellimar", "Harrowfen", "Tessaly", "Corvane"]
_KEEP = {"the", "of", "and", "&", "-", "—", "–", "der", "die", "le", "la", "el", "de"}


def outlet_name(page: str) -> str | None:
    """A page's site or outlet name: its og:site_name, or the part of its <title> after the last separator
    where the page names it again."""
    m = re.search(r'<meta[^>]+property="og:site_name"[^>]+content="([^"]{2,60})"', page)
    if m:
        return m.group(1).strip()
    m = re.search(r"<title>([^<]*)</title>", page, re.I)
    if not m:
        return None
    parts = re.split(r"\s[|—–-]\s", m.group(1))
    site = parts[-1].strip() if len(parts) > 1 else ""
    if 1 <= len(site.split()) <= 5 and page.count(site) >= 2:
        return site
    return None


def outlet_transform(fx: dict, source: str):
    if fx["format"] != "html":
        return None
    site = outlet_name(source)
    if not site or not re.search(r"[^\W\d_]{3}", site):
        return None
    from azmap.corpus.wordlist import common_words, known

    common = common_words()
    words = site.split()
    seed = _seed(site)
    # the name's own words invented, its common words ("Department", "Ledger", "Review") kept
    new = " ".join(w if w.lower() in _KEEP or known(w.lower(), common) else OUTLET_WORDS[(seed + i) % len(OUTLET_WORDS)]
                   for i, w in enumerate(words))
    if new == site:
        return None
    pairs = [(site.split(), new.split()), (site.upper().split(), new.upper().split())]
    sub = _replacer(pairs)
    changed = sub(source)
    return changed, _annotation_map(fx, sub), (lambda got: _mapped(got, sub))


TRANSFORMS = {"names": names_transform, "names2": lambda fx, s: names_transform(fx, s, "second draw"),
              "dates": dates_transform, "dates2": lambda fx, s: dates_transform(fx, s, "short"),
              "wrap58": wrap_transform(58), "wrap96": wrap_transform(96), "wrap40": wrap_transform(40),
              "wrap72": wrap_transform(72), "outlet": outlet_transform}


# ---------------------------------------------------------------------------------------------
# Runner

def changed_file(fx: dict, name: str):
    """The changed document of a transform, written under WORK with the original's file name, its changed
    annotation and the expected-reading map; None where the transform does not apply."""
    source = Path(fx["path"]).read_text(encoding="utf-8") if fx["format"] != "pdf" else ""
    out = TRANSFORMS[name](fx, source)
    if out is None:
        return None
    text, ann, expect = out
    target = WORK / name / fx["id"]
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return target, ann, expect


def _diff(want: dict, got: dict) -> dict:
    out = {k: {"want": want[k], "got": got[k]} for k in ("title", "date", "authors", "participants")
           if want[k] != got[k]}
    if want["body"] != got["body"]:
        out["body"] = {"lost": [b[:80] for b in want["body"] if b not in got["body"]],
                       "new": [b[:80] for b in got["body"] if b not in want["body"]]}
    return out


def check(fx: dict, name: str) -> dict | None:
    """One document under one transform: whether it read the same, and how it differs."""
    made = changed_file(fx, name)
    if made is None:
        return None
    path, ann, expect = made
    before = reading(fx["path"])
    want, got = expect(before), reading(path)
    diff = _diff(want, got)
    return {"invariant": not diff, "diff": diff, "right": as_annotated(got, ann),
            "right before": as_annotated(before, fx)}


def figures(half: str, verbose: bool = True, names=tuple(TRANSFORMS), docs=None, check_one=None,
            authors_same: bool = False) -> dict:
    """A half's figures: for each transform, the documents reading the same of those it applies to (with
    ``authors_same``, as well those whose authors and participants read the same); ``docs`` and ``check_one``
    stand for ``documents(half)`` and ``check`` where given."""
    docs = documents(half) if docs is None else docs
    check_one = check_one or check
    out = {"half": half, "documents": len(docs)}
    originals = [as_annotated(reading(fx["path"]), fx) for fx in docs]
    out["originals read as annotated"] = {k: sum(o[k] for o in originals) for k in originals[0]}
    for name in names:
        results = {fx["id"]: r for fx in docs if (r := check_one(fx, name)) is not None}
        fig = {"invariant": f"{sum(r['invariant'] for r in results.values())}/{len(results)}"}
        if authors_same:
            fig["authors same"] = (f"{sum(not ({'authors', 'participants'} & set(r['diff'])) for r in results.values())}"
                                   f"/{len(results)}")
        for field in ("title", "date", "authors"):
            fig[f"{field} right before→after"] = (f"{sum(r['right before'][field] for r in results.values())}→"
                                                    f"{sum(r['right'][field] for r in results.values())}")
        if verbose:
            fig["not invariant"] = {k: r["diff"] for k, r in results.items() if not r["invariant"]}
        out[name] = fig
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    print(json.dumps(figures(args[0] if args else "dev", verbose="--brief" not in sys.argv), indent=1,
                     ensure_ascii=False))
