"""Metamorphic checks for how a document names its writer: the annotated fixture documents of
tests/fixtures/documents3 .. documents22 with their byline written in another common form, moved, stated only in
the page's tags or only visibly, set among names of people who are not its authors, or taken out, and read again
with tests/metamorphic.py's reading and halves (even sets development, odd sets test).

The byline is found exactly or not at all: in a web page, the largest element whose visible text is the
annotated authors' names (in order) and byline grammar only (BYLINE_WORDS: "By", "and", "Text:", "Von", ",");
in plain text and markdown, a line before the first body paragraph of that kind, or a markdown front matter's
``author:``/``authors:``. Only people's names (tests/metamorphic.py's ``is_person``) are looked for; a
document whose byline carries anything else (a role, an affiliation, a date) is left out of the transforms that
rewrite it.

Transforms (each returns the changed source, its annotation and the expected reading, or None):

- ``byline_form``, ``byline_form2`` (another draw): the byline rewritten in another common form of the
  document's language (FORMS: "By A and B"; "Written by A"; "Text: A"; "Author: A"; "A and B" over a role line;
  "A | Staff writer"; "— A"; in a page, links to the authors' pages with rel=author; in markdown, the front
  matter's ``author:`` ⇄ a visible byline), chosen by the document's hash among the forms it does not already
  use. ``byline_form_bare`` (web pages): the same with the head's author tags taken out. Expected: the same
  reading (a role line is no affiliation: the forms write no affiliation, and documents whose byline holds one
  are left out).
- ``byline_place``: the byline moved to the end of the text as a signature line ("— A") or an author card
  ("About the author" over "A is a journalist based in Baku."), or between the standfirst and the first body
  paragraph (the draw by hash; a byline already there is not moved there). Expected: the same reading.
- ``meta_only`` (web pages): the visible byline taken out where the head's tags (meta author, JSON-LD) name
  every author and no author's name is left visible. ``visible_only`` (web pages): the head's author tags taken
  out where the visible byline was found. Expected: the same reading.
- ``trap_names``: three of these, drawn by hash, beside the byline: a photo credit, "Edited by Y",
  "Translated by Z", a standfirst quoting a person, an interviewee's name card, a "Related: … by W" link and
  (web pages) a CMS account in a meta tag, in the document's language, with names of a naming culture the
  document does not use. Expected: the same title, date, authors and participants (the body as well: the
  inserted lines are no paragraph of the text).
- ``no_author``: every statement of the author taken out (the byline, the head's author tags, rel=author links'
  elements, the front matter's keys) where afterwards no author's surname is left in the source. Expected: no
  authors. Decision followed: the fixtures' READMEs make the publishing organisation the author only of what the
  organisation itself issues (press releases, fact sheets, FAQ pages: documents15, 16, 18); these transforms
  apply only to documents annotated with people as authors, news and analysis whose site is no author, so a
  document with its writer taken out has none.

A changed document is *invariant* when its reading equals the original's mapped through the change (as
tests/metamorphic.py), and *authors same* when its authors and participants do.

``python -m tests.metamorphic_bylines dev`` (or ``test``) prints a half's figures as JSON with every document
that did not read the same; ``--brief`` leaves the documents out.
"""
from __future__ import annotations

import html as _html
import json
import re
import sys

from tests import metamorphic as M
from tests import metamorphic_html as H

SETS = range(3, 23)  # documents20-22 are development and test material here; documents23 on are never read


def documents(half: str) -> list[dict]:
    """The annotated documents of a half (tests/metamorphic.py's ``documents`` over SETS)."""
    return M.documents(half, SETS)


# ---------------------------------------------------------------------------------------------
# Byline forms by meaning, in the fixtures' languages

# by: "By A"; written: "Written by A"; text: "Text: A"; label/labels: "Author(s): A"; and: the conjunction;
# role/roles: a staff role's line; about/card: an author card's heading and sentence; photo, edited,
# translated, related, quote, guest: the trap lines' wordings
FORMS = {
    "en": {"by": "By {}", "written": "Written by {}", "text": "Text: {}", "label": "Author: {}",
           "labels": "Authors: {}", "and": "and", "role": "Staff writer", "roles": "Staff writers",
           "about": "About the author", "card": "{} writes about the region's ports and railways.", "photo": "Photo: {}",
           "edited": "Edited by {}", "translated": "Translated by {}", "related": "Related: Ferries on the Caspian, by {}",
           "quote": "“The port will not wait,” says {}, a harbour official.", "guest": "{}, harbour pilot"},
    "fr": {"by": "Par {}", "written": "Écrit par {}", "text": "Texte : {}", "label": "Auteur : {}",
           "labels": "Auteurs : {}", "and": "et", "role": "Journaliste", "roles": "Journalistes",
           "about": "À propos de l'auteur", "card": "{} écrit sur les ports et les chemins de fer de la région.", "photo": "Photo : {}",
           "edited": "Édité par {}", "translated": "Traduit par {}", "related": "À lire aussi : Les ferries de la Caspienne, par {}",
           "quote": "« Le port n'attendra pas », dit {}, responsable du port.", "guest": "{}, pilote du port"},
    "de": {"by": "Von {}", "written": "Geschrieben von {}", "text": "Text: {}", "label": "Autor: {}",
           "labels": "Autoren: {}", "and": "und", "role": "Redakteur", "roles": "Redakteure",
           "about": "Über den Autor", "card": "{} schreibt über die Häfen und Bahnen der Region.", "photo": "Foto: {}",
           "edited": "Redigiert von {}", "translated": "Übersetzt von {}", "related": "Mehr zum Thema: Fähren auf dem Kaspischen Meer, von {}",
           "quote": "„Der Hafen wartet nicht“, sagt {}, ein Hafenbeamter.", "guest": "{}, Hafenlotse"},
    "es": {"by": "Por {}", "written": "Escrito por {}", "text": "Texto: {}", "label": "Autor: {}",
           "labels": "Autores: {}", "and": "y", "role": "Redactor", "roles": "Redactores",
           "about": "Sobre el autor", "card": "{} escribe sobre los puertos y ferrocarriles de la región.", "photo": "Foto: {}",
           "edited": "Editado por {}", "translated": "Traducido por {}", "related": "Relacionado: Los ferris del Caspio, por {}",
           "quote": "«El puerto no esperará», dice {}, funcionario del puerto.", "guest": "{}, práctico del puerto"},
    "it": {"by": "Di {}", "written": "Scritto da {}", "text": "Testo: {}", "label": "Autore: {}",
           "labels": "Autori: {}", "and": "e", "role": "Redattore", "roles": "Redattori",
           "about": "L'autore", "card": "{} scrive di porti e ferrovie della regione.", "photo": "Foto: {}",
           "edited": "Revisione di {}", "translated": "Traduzione di {}", "related": "Leggi anche: I traghetti del Caspio, di {}",
           "quote": "«Il porto non aspetterà», dice {}, funzionario del porto.", "guest": "{}, pilota del porto"},
    "pt": {"by": "Por {}", "written": "Escrito por {}", "text": "Texto: {}", "label": "Autor: {}",
           "labels": "Autores: {}", "and": "e", "role": "Redator", "roles": "Redatores",
           "about": "Sobre o autor", "card": "{} escreve sobre os portos e as ferrovias da região.", "photo": "Foto: {}",
           "edited": "Editado por {}", "translated": "Tradução de {}", "related": "Leia também: Os ferries do Cáspio, por {}",
           "quote": "«O porto não vai esperar», diz {}, funcionário do porto.", "guest": "{}, piloto do porto"},
    "nl": {"by": "Door {}", "written": "Geschreven door {}", "text": "Tekst: {}", "label": "Auteur: {}",
           "labels": "Auteurs: {}", "and": "en", "role": "Redacteur", "roles": "Redacteuren",
           "about": "Over de auteur", "card": "{} schrijft over de havens en spoorwegen van de regio.", "photo": "Foto: {}",
           "edited": "Bewerkt door {}", "translated": "Vertaald door {}", "related": "Lees ook: Veerboten op de Kaspische Zee, door {}",
           "quote": "‘De haven wacht niet’, zegt {}, havenambtenaar.", "guest": "{}, havenloods"},
    "ru": {"by": "Текст: {}", "written": "Автор текста: {}", "text": "Текст: {}", "label": "Автор: {}",
           "labels": "Авторы: {}", "and": "и", "role": "Корреспондент", "roles": "Корреспонденты",
           "about": "Об авторе", "card": "{} пишет о портах и железных дорогах региона.", "photo": "Фото: {}",
           "edited": "Редактор: {}", "translated": "Перевод: {}", "related": "Читайте также: Паромы Каспия, автор {}",
           "quote": "«Порт ждать не будет», — говорит {}, сотрудник порта.", "guest": "{}, лоцман порта"},
    "uk": {"by": "Текст: {}", "written": "Автор тексту: {}", "text": "Текст: {}", "label": "Автор: {}",
           "labels": "Автори: {}", "and": "і", "role": "Кореспондент", "roles": "Кореспонденти",
           "about": "Про автора", "card": "{} пише про порти й залізниці регіону.", "photo": "Фото: {}",
           "edited": "Редактор: {}", "translated": "Переклад: {}", "related": "Читайте також: Пороми Каспію, автор {}",
           "quote": "«Порт не чекатиме», — каже {}, працівник порту.", "guest": "{}, лоцман порту"},
    "az": {"by": "Müəllif: {}", "written": "Yazan: {}", "text": "Mətn: {}", "label": "Müəllif: {}",
           "labels": "Müəlliflər: {}", "and": "və", "role": "Müxbir", "roles": "Müxbirlər",
           "about": "Müəllif haqqında", "card": "{} regionun limanları və dəmir yolları haqqında yazır.", "photo": "Foto: {}",
           "edited": "Redaktor: {}", "translated": "Tərcümə: {}", "related": "Həmçinin oxuyun: Xəzərin bərələri, müəllif {}",
           "quote": "“Liman gözləməyəcək”, deyir liman əməkdaşı {}.", "guest": "{}, liman locmanı"},
    "tr": {"by": "Yazan: {}", "written": "Yazan: {}", "text": "Metin: {}", "label": "Yazar: {}",
           "labels": "Yazarlar: {}", "and": "ve", "role": "Muhabir", "roles": "Muhabirler",
           "about": "Yazar hakkında", "card": "{} bölgenin limanları ve demiryolları hakkında yazıyor.", "photo": "Fotoğraf: {}",
           "edited": "Editör: {}", "translated": "Çeviri: {}", "related": "İlgili: Hazar'ın feribotları, yazan {}",
           "quote": "“Liman beklemez” diyor liman yetkilisi {}.", "guest": "{}, liman kılavuzu"},
    "pl": {"by": "Autor: {}", "written": "Napisał: {}", "text": "Tekst: {}", "label": "Autor: {}",
           "labels": "Autorzy: {}", "and": "i", "role": "Dziennikarz", "roles": "Dziennikarze",
           "about": "O autorze", "card": "{} pisze o portach i kolejach regionu.", "photo": "Fot. {}",
           "edited": "Redakcja: {}", "translated": "Tłumaczenie: {}", "related": "Czytaj także: Promy na Morzu Kaspijskim, autor {}",
           "quote": "„Port nie będzie czekał” — mówi {}, urzędnik portu.", "guest": "{}, pilot portowy"},
}

# the words a byline may hold besides its names (every language's prefixes and conjunctions above, and the
# common others): a line of these and the names is a byline
BYLINE_WORDS = {w for f in FORMS.values() for k in ("by", "written", "text", "label", "labels", "and")
                for w in re.findall(r"[^\W\d_]+", f[k].lower())}
BYLINE_WORDS |= {"words", "reporting", "story", "with", "from", "de", "da", "del", "du", "by", "bylined"}

KINDS = ("by", "written", "text", "label", "roleline", "pipe", "dash", "link", "frontmatter")


def lang_of(fx: dict, source: str) -> str:
    text = H.visible_text(source) if fx["format"] == "html" else source
    lang = M.language(text)
    return lang if lang in FORMS else "en"


def people(fx: dict, bare: bool = False) -> list[str] | None:
    """The annotated authors where every one is a person, else None; with ``bare``, None as well where one has
    an affiliation (a byline rewritten or moved would part the name from it)."""
    names = [a["name"] for a in fx["authors"]]
    if not names or not all(M.is_person(n) for n in names):
        return None
    if bare and any(a.get("affiliation") for a in fx["authors"]):
        return None
    return names


ROLE_KINDS = ("roleline", "pipe")  # the forms that write a role: the fixtures keep a role as the affiliation


def _with_role(fx: dict, kind: str, lang: str):
    """The annotation and expected reading of a byline rewritten in ``kind``: a role line's role is the one
    author's affiliation (the fixtures' READMEs: "the role kept as the affiliation")."""
    if kind not in ROLE_KINDS:
        return fx, (lambda got: got)
    role = FORMS[lang]["role"]
    ann = {**fx, "authors": [{**a, "affiliation": role} for a in fx["authors"]]}
    return ann, (lambda got: {**got, "authors": [[n, role] for n, _ in got["authors"]]})


def joined(names: list[str], lang: str) -> str:
    conj = FORMS[lang]["and"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {conj} " + names[-1]


def is_byline(text: str, names: list[str]) -> bool:
    """Whether a line's text is the names, in order, and byline grammar only."""
    rest, at = M._flat(text), 0
    for n in names:
        m = re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", rest[at:], re.I)
        if not m:
            return False
        rest = rest[:at + m.start()] + " \0 " + rest[at + m.end():]
        at = at + m.start() + 3
    if re.search(r"\d", rest):
        return False
    words = re.findall(r"[^\W\d_]+", rest.lower())
    return all(w in BYLINE_WORDS for w in words)


def form_text(kind: str, names: list[str], lang: str) -> list[str]:
    """A byline's lines in a form (plain text)."""
    f, who = FORMS[lang], joined(names, lang)
    if kind == "label":
        return [(f["labels"] if len(names) > 1 else f["label"]).format(who)]
    if kind in ("by", "written", "text"):
        return [f[kind].format(who)]
    if kind == "roleline":
        return [who, f["roles"] if len(names) > 1 else f["role"]]
    if kind == "pipe":
        return [f"{who} | " + (f["roles"] if len(names) > 1 else f["role"])]
    if kind == "dash":
        return [f"— {who}"]
    raise ValueError(kind)


def _slug(name: str) -> str:
    return "-".join(M._fold(w).strip(".'’") for w in name.split())


def form_html(kind: str, names: list[str], lang: str) -> str:
    """A byline's inner HTML in a form."""
    if kind == "link":
        links = [f'<a href="/author/{_slug(n)}" rel="author">{_html.escape(n)}</a>' for n in names]
        conj = FORMS[lang]["and"]
        return links[0] if len(links) == 1 else ", ".join(links[:-1]) + f" {conj} " + links[-1]
    return "<br>".join(_html.escape(ln) for ln in form_text(kind, names, lang))


def current_kind(text: str, names: list[str], lang: str) -> str | None:
    flat = M._flat(text).lower()
    for kind in ("by", "written", "text", "label", "roleline", "pipe", "dash"):
        if M._flat(" ".join(form_text(kind, names, lang))).lower() == flat:
            return kind
    if flat == M._flat(joined(names, lang)).lower():
        return "link"  # names alone: the link form would add only markup
    return None


def draw(fx: dict, salt: str, kinds: list[str]) -> str:
    return kinds[M._seed(fx["id"] + salt) % len(kinds)]


# ---------------------------------------------------------------------------------------------
# Finding the byline

_TOKEN = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][\w:-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>", re.S)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BYLINE_TAGS = {"p", "div", "span", "address", "li", "small", "strong", "em", "b", "i", "a", "section", "header",
                "footer", "aside", "cite", "dd", "td", "h5", "h6", "figure"}


def elements(source: str) -> list[tuple[str, int, int, int, int]]:
    """A page's elements: (tag, start, inner start, inner end, end), scripts' and styles' insides skipped."""
    out, stack, raw_until = [], [], -1
    for m in _TOKEN.finditer(source):
        if m.start() < raw_until or m.group(0).startswith("<!--"):
            continue
        close, tag, self_close = m.group(1), m.group(2).lower(), m.group(3)
        if close:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == tag:
                    t, s, inner = stack[i]
                    out.append((t, s, inner, m.start(), m.end()))
                    del stack[i:]
                    break
        elif tag in ("script", "style", "textarea"):
            end = re.compile(r"</" + tag + r"\s*>", re.I).search(source, m.end())
            raw_until = end.end() if end else len(source)
            out.append((tag, m.start(), m.end(), end.start() if end else len(source), raw_until))
        elif tag not in _VOID and not self_close:
            stack.append((tag, m.start(), m.end()))
    return sorted(out, key=lambda e: e[1])


def _alone(source: str, s: int, e: int) -> bool:
    """Whether an element has no word beside it in its parent ("By" before a name's link, a role after it)."""
    before = source[source.rfind(">", 0, s) + 1:s]
    after = source[e:(source.find("<", e) + 1 or len(source) + 1) - 1]
    return not re.search(r"[^\W_]", _html.unescape(before + after))


def html_bylines(source: str, names: list[str]) -> list[tuple[int, int, int, int]]:
    """The page's bylines: the largest elements in its body whose visible text is a byline of ``names``
    (start, inner start, inner end, end), in order."""
    body_at = (re.search(r"<body\b", source, re.I) or re.search(r"", source)).start()
    found = []
    for tag, s, i, j, e in elements(source):
        if tag in _BYLINE_TAGS and s >= body_at and is_byline(H.visible_text(source[i:j]), names):
            # no word beside it in its parent ("By" before a name's link, a role after it): the byline is larger
            if _alone(source, s, e):
                found.append((s, i, j, e))
    out = []
    for s, i, j, e in sorted(found, key=lambda x: (x[0], -x[3])):
        if not any(a <= s and e <= b for a, _, _, b in out):
            out.append((s, i, j, e))
    return out


def _front_matter(source: str) -> tuple[int, int] | None:
    """A markdown file's front matter (YAML between ---, TOML between +++, a pandoc title block of % lines)."""
    for fence in ("---", "+++"):
        if source.startswith(fence + "\n"):
            end = source.find("\n" + fence, 3)
            return (0, end + 4) if end > 0 else None
    m = re.match(r"(?:%[^\n]*\n)+", source)
    return (0, m.end() - 1) if m else None


def text_bylines(fx: dict, source: str, names: list[str]) -> list[tuple[int, int]]:
    """A plain text's or markdown file's byline lines (start, end of the line without its break) before its
    first body paragraph (or in its first 20 lines)."""
    fm = _front_matter(source) if fx["format"] == "md" else None
    first = fx["body_paragraphs"][0].split()[:6] if fx["body_paragraphs"] else []
    stop = len(source)
    if first:
        m = re.search(r"\s+".join(re.escape(w) for w in first), source)
        stop = m.start() if m else stop
    out, at, n = [], 0, 0
    for line in source.split("\n"):
        start, at = at, at + len(line) + 1
        if fm and start < fm[1] or not line.strip():
            continue
        n += 1
        if start >= stop or n > 20:
            break
        bare = re.sub(r"[*_#>`]", " ", line)
        if is_byline(bare, names):
            out.append((start, start + len(line)))
    return out


_FM_AUTHOR = re.compile(r"^(authors?|creator|by)\s*:[^\n]*(?:\n[ \t]+-[^\n]*)*\n?", re.M | re.I)


def fm_authors(source: str, names: list[str]) -> list[tuple[int, int]]:
    """The front matter's author keys (spans with their list items) where they name every author."""
    fm = _front_matter(source)
    if not fm:
        return []
    block = source[fm[0]:fm[1]]
    spans = [(fm[0] + m.start(), fm[0] + m.end()) for m in _FM_AUTHOR.finditer(block)]
    said = " ".join(source[a:b] for a, b in spans)
    return spans if spans and all(n.lower() in said.lower() for n in names) else []


# ---------------------------------------------------------------------------------------------
# The head's author tags

_META_AUTHOR = re.compile(
    r"""<meta\b[^>]*\b(?:name|property|itemprop)\s*=\s*["']?(?:author|article:author|dc\.creator|dcterms\.creator|"""
    r"""byl|parsely-author|sailthru\.author|citation_author|twitter:creator|og:article:author)["'\s][^>]*>[ \t]*\n?""",
    re.I)
_LINK_AUTHOR = re.compile(r"""<link\b[^>]*\brel\s*=\s*["']?author\b[^>]*>[ \t]*\n?""", re.I)
_JSONLD = re.compile(r"""(<script\b[^>]*type\s*=\s*["']?application/ld\+json[^>]*>)(.*?)(</script\s*>)""", re.S | re.I)


def _drop_keys(node, keys=("author", "creator", "contributor")):
    if isinstance(node, dict):
        return {k: _drop_keys(v) for k, v in node.items() if k not in keys}
    if isinstance(node, list):
        return [_drop_keys(v) for v in node]
    return node


def without_tags(source: str) -> str | None:
    """A page without its head's author tags (meta, link rel=author, JSON-LD's author and creator); None where
    a JSON-LD block is no JSON."""
    changed = _META_AUTHOR.sub("", source)
    changed = _LINK_AUTHOR.sub("", changed)
    bad = []

    def block(m: re.Match) -> str:
        try:
            data = json.loads(m.group(2))
        except ValueError:
            bad.append(m)
            return m.group(0)
        new = _drop_keys(data)
        if new == data:
            return m.group(0)
        return m.group(1) + json.dumps(new, ensure_ascii=False) + m.group(3)

    changed = _JSONLD.sub(block, changed)
    return None if bad else changed


def tags_name(source: str, names: list[str]) -> bool:
    """Whether the head's author tags name every author."""
    said = " ".join(m.group(0) for m in _META_AUTHOR.finditer(source))
    for m in _JSONLD.finditer(source):
        try:
            data = json.loads(m.group(2))
        except ValueError:
            continue
        said += " " + json.dumps(_authors_in(data), ensure_ascii=False)
    said = _html.unescape(said).lower()
    return all(n.lower() in said for n in names)


def _authors_in(node):
    if isinstance(node, dict):
        return [v for k, v in node.items() if k in ("author", "creator")] + [
            x for v in node.values() for x in _authors_in(v)]
    if isinstance(node, list):
        return [x for v in node for x in _authors_in(v)]
    return []


def visible_names(source: str, names: list[str]) -> bool:
    text = H.visible_text(source).lower()
    return any(n.lower() in text for n in names)


# ---------------------------------------------------------------------------------------------
# Transforms

def _same(changed: str | None, source: str, fx: dict):
    if changed is None or changed == source:
        return None
    return changed, fx, (lambda got: got)


def byline_form_transform(fx: dict, source: str, salt: str = "", bare: bool = False):
    names = people(fx, bare=True)
    if not names or fx["format"] not in ("html", "txt", "md") or bare and fx["format"] != "html":
        return None
    lang = lang_of(fx, source)
    if fx["format"] == "html":
        if bare:
            source = without_tags(source)
            if source is None:
                return None
        found = html_bylines(source, names)
        if not found:
            return None
        s, i, j, e = found[0]
        now = current_kind(H.visible_text(source[i:j]), names, lang)
        kinds = [k for k in KINDS if k not in (now, "frontmatter") and (len(names) == 1 or k not in ROLE_KINDS)]
        kind = draw(fx, salt, kinds)
        changed = source[:i] + form_html(kind, names, lang) + source[j:]
        return changed, *_with_role(fx, kind, lang)
    lines = text_bylines(fx, source, names)
    fm = fm_authors(source, names) if fx["format"] == "md" else []
    if fm and not lines:  # front matter's authors → a visible byline under the title
        changed = _cut(source, fm)
        kind = draw(fx, salt, ["by", "written", "text", "label", "dash"])
        return _same(_under_title(changed, form_text(kind, names, lang)), source, fx)
    if not lines:
        return None
    a, b = lines[0]
    now = current_kind(re.sub(r"[*_#>`]", " ", source[a:b]), names, lang)
    kinds = [k for k in KINDS if k not in (now, "link") and (len(names) == 1 or k not in ROLE_KINDS)]
    if fx["format"] != "md" or fm or _front_matter(source) and not source.startswith("---\n"):
        kinds.remove("frontmatter")
    kind = draw(fx, salt, kinds)
    if kind == "frontmatter":
        key = (f"author: {names[0]}\n" if len(names) == 1 else
               "authors:\n" + "".join(f"  - {n}\n" for n in names))
        rest = source[:a] + source[b + 1:]
        fmx = _front_matter(rest)
        if fmx:
            changed = rest[:fmx[1] - 3] + key + rest[fmx[1] - 3:]
        else:
            changed = "---\n" + key + "---\n" + rest
        return _same(changed, source, fx)
    trail = source[a:b][len(source[a:b].rstrip()):]  # a markdown line break's two spaces kept
    changed = source[:a] + "\n".join(form_text(kind, names, lang)) + trail + source[b:]
    return changed, *_with_role(fx, kind, lang)


def _cut(source: str, spans: list[tuple[int, int]]) -> str:
    for a, b in sorted(spans, reverse=True):
        source = source[:a] + source[b:]
    return source


def _under_title(source: str, lines: list[str]) -> str:
    """A markdown file with ``lines`` after its first heading (or at its body's top), blank lines round them."""
    fm = _front_matter(source)
    start = fm[1] + 1 if fm else 0
    m = re.compile(r"^#{1,2} [^\n]*\n", re.M).search(source, start)
    at = m.end() if m else start
    return source[:at] + "\n" + "\n".join(lines) + "\n" + source[at:]


def _para_span(fx: dict, source: str, para: str) -> tuple[int, int] | None:
    """Where a body paragraph stands: its element in a page, its block in a text (exactly one)."""
    flat = M._flat(para)
    if fx["format"] == "html":
        hits = [(s, e) for tag, s, i, j, e in elements(source)
                if tag in ("p", "div", "blockquote", "li") and M._flat(H.visible_text(source[i:j])) == flat]
        hits = [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in hits)]
        return hits[0] if len(hits) == 1 else None
    spans, at = [], 0
    for m in re.finditer(r"\n[ \t]*\n|\Z", source):
        block = source[at:m.start()]
        if M._flat(re.sub(r"^[ \t]*[>*-]?[ \t]*", "", block, flags=re.M)) == flat or M._flat(block) == flat:
            spans.append((at + len(block) - len(block.lstrip("\n")), m.start()))
        at = m.end()
    return spans[0] if len(spans) == 1 else None


def byline_place_transform(fx: dict, source: str):
    names = people(fx, bare=True)
    if not names or fx["format"] not in ("html", "txt", "md") or not fx["body_paragraphs"]:
        return None
    lang = lang_of(fx, source)
    f = FORMS[lang]
    where = draw(fx, "place", ["signature", "card", "before"])
    page = fx["format"] == "html"
    found = ([(s, e) for s, i, j, e in html_bylines(source, names)] if page
             else [(a, b + 1) for a, b in text_bylines(fx, source, names)])
    if len(found) != 1:
        return None
    a, b = found[0]
    rest = source[:a] + source[b:]
    seen = (lambda t: H.visible_text(t).strip()) if page else str.strip
    para = fx["body_paragraphs"][0 if where == "before" else -1]
    span = _para_span(fx, rest, para)
    if span is None or where == "before" and span[0] >= a and not seen(rest[a:span[0]]):
        return None  # no such paragraph, or the byline stands before the first already
    if where == "before":
        new = source[a:b] + "\n"
        return _same(rest[:span[0]] + new + rest[span[0]:], source, fx)
    card = " ".join(f["card"].format(n) for n in names)
    if where == "signature":
        new = f"\n<p>— {_html.escape(joined(names, lang))}</p>" if page else f"\n\n— {joined(names, lang)}"
    elif page:
        new = f"\n<aside><h3>{_html.escape(f['about'])}</h3><p>{_html.escape(card)}</p></aside>"
    else:
        new = "\n\n" + (f"**{f['about']}**" if fx["format"] == "md" else f["about"]) + f"\n{card}"
    return _same(rest[:span[1]] + new + rest[span[1]:], source, fx)


def meta_only_transform(fx: dict, source: str):
    names = people(fx)
    if not names or fx["format"] != "html" or not tags_name(source, names):
        return None
    found = html_bylines(source, names)
    if not found:
        return None
    changed = _cut(source, [(s, e) for s, i, j, e in found])
    if visible_names(changed, names):
        return None
    return _same(changed, source, fx)


def visible_only_transform(fx: dict, source: str):
    names = people(fx)
    if not names or fx["format"] != "html" or not html_bylines(source, names):
        return None
    return _same(without_tags(source), source, fx)


TRAP_LINES: dict[str, list[str]] = {}  # a document's inserted lines: no passage of its text (left out of the body's diff)
TRAPS = ("photo", "edited", "translated", "quote", "guest", "related", "cms")


def _trap_people(fx: dict, source: str, k: int) -> list[str]:
    taken = {M._fold(w) for w in re.findall(r"[^\W\d_]+", source)}
    cyr = bool(re.search(r"[\u0400-\u04FF]", H.visible_text(source) if fx["format"] == "html" else source))
    out = []
    for n in range(k):
        new = M.new_name("Мария Петрова" if cyr else "Anna Berg", taken, salt=f"{fx['id']} trap {n}")
        taken |= {M._fold(w) for w in new.split()}
        out.append(new)
    return out


def trap_names_transform(fx: dict, source: str):
    names = people(fx)
    if not names or fx["format"] not in ("html", "txt", "md"):
        return None
    lang = lang_of(fx, source)
    f = FORMS[lang]
    pool = [t for t in TRAPS if fx["format"] == "html" or t != "cms"]
    seed = M._seed(fx["id"] + "traps")
    picked = []
    while len(picked) < 3:
        t = pool[(seed + 5 * len(picked)) % len(pool)]
        seed += 1
        if t not in picked:
            picked.append(t)
    who = _trap_people(fx, source, 3)
    if fx["format"] == "html":
        found = html_bylines(source, names)
        if not found:
            return None
        s, i, j, e = found[0]
        parts, head = [], ""
        for t, n in zip(picked, who):
            if t == "cms":
                head = f'<meta name="cms-user" content="{_slug(n)}">\n<meta name="last-modified-by" content="{n}">\n'
            elif t == "related":
                parts.append(f'<p><a href="/news/caspian-ferries">{_html.escape(f["related"].format(n))}</a></p>')
            else:
                parts.append(f"<p>{_html.escape(f[t].format(n))}</p>")
        span = _para_span(fx, source, fx["body_paragraphs"][0]) if fx["body_paragraphs"] else None
        at = span[0] if span and span[0] >= e else e  # as a standfirst's lines, else under the byline
        changed = source[:at] + "\n".join(parts) + "\n" + source[at:]
        TRAP_LINES[fx["id"]] = [M._flat(H.visible_text(p)) for p in parts]
        if head:
            m = re.search(r"</head\s*>", changed, re.I)
            if not m:
                return None
            changed = changed[:m.start()] + head + changed[m.start():]
        return _same(changed, source, fx)
    lines = text_bylines(fx, source, names)
    if not lines:
        return None
    a, b = lines[0]
    new = [f[t].format(n) for t, n in zip(picked, who) if t != "cms"]
    TRAP_LINES[fx["id"]] = [M._flat(x) for x in new]
    end = re.compile(r"\n[ \t]*\n|\Z").search(source, b)  # after the byline's block, as lines of their own
    return _same(source[:end.start()] + "\n\n" + "\n".join(new) + source[end.start():], source, fx)


def no_author_transform(fx: dict, source: str):
    names = people(fx)
    if not names or fx["format"] not in ("html", "txt", "md"):
        return None
    if fx["format"] == "html":
        changed = without_tags(source)
        if changed is None:
            return None
        changed = _cut(changed, [(s, e) for s, i, j, e in html_bylines(changed, names)])
        rel = [(s, e) for tag, s, i, j, e in elements(changed) if tag == "a"
               and re.search(r"""\brel\s*=\s*["']?author""", changed[s:i], re.I)]
        if not all(_alone(changed, s, e) for s, e in rel):
            return None
        changed = _cut(changed, rel)
    else:
        spans = text_bylines(fx, source, names)
        spans = [(a, b + 1) for a, b in spans] + (fm_authors(source, names) if fx["format"] == "md" else [])
        if not spans:
            return None
        changed = _cut(source, spans)
    if changed == source or any(re.search(r"(?<!\w)" + re.escape(n.split()[-1]) + r"(?!\w)", changed, re.I)
                                for n in names):
        return None
    ann = {**fx, "authors": []}
    return changed, ann, (lambda got: {**got, "authors": []})


TRANSFORMS = {"byline_form": byline_form_transform,
              "byline_form2": lambda fx, s: byline_form_transform(fx, s, "second draw"),
              "byline_form_bare": lambda fx, s: byline_form_transform(fx, s, "", bare=True),
              "byline_place": byline_place_transform, "meta_only": meta_only_transform,
              "visible_only": visible_only_transform, "trap_names": trap_names_transform,
              "no_author": no_author_transform}
M.TRANSFORMS.update(TRANSFORMS)  # the runner finds a transform by its name


def _check(fx: dict, name: str) -> dict | None:
    """tests/metamorphic.py's check; for trap_names, an inserted line read as a passage of its own is left out
    of the body's diff (a quoted standfirst is a sentence: whether it is body is not this check's question)."""
    r = M.check(fx, name)
    if r is not None and name == "trap_names" and "body" in r["diff"]:
        body = r["diff"]["body"]
        body["new"] = [b for b in body["new"] if not any(t.startswith(b.rstrip(".…")) for t in TRAP_LINES.get(fx["id"], []))]
        if not body["new"] and not body["lost"]:
            del r["diff"]["body"]
            r["invariant"] = not r["diff"]
    return r


def figures(half: str, verbose: bool = True, names=tuple(TRANSFORMS)) -> dict:
    return M.figures(half, verbose=verbose, names=names, docs=documents(half), check_one=_check, authors_same=True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    print(json.dumps(figures(args[0] if args else "dev", verbose="--brief" not in sys.argv), indent=1,
                     ensure_ascii=False))
