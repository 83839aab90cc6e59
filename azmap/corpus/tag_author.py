"""The tags' author against the page (documents22's kinds, tests/sweep_d22web.py):

- ``unshown``: a name the tags give as the author (<meta name="author">) that names no one the page shows,
  a content system's account ("Super User", "Site Admin") or the site's name, gives way to the byline the
  page marks: the name is a cue's outlet or desk (name_words.names_no_one) or stands nowhere in the page's
  visible text;
- ``elements_apart``, ``last_word_credit``: a caption's elements standing side by side with no space between are
  pieces apart; its last element of its own holding a word or three, no sentence and no label ("Cedida",
  "Handout", "DR", "Archiv"), after one that ends a sentence, is the picture's credit;
- ``author_link_byline``: a line over the text whose only text is a link to the writer's own page, the link's
  path a folder named for authors by meaning (author, autor, auteur, autore, yazar, avtor, müəllif, auteurs,
  autorzy ...) then the name's slug, a place beside it perhaps: the link's text is the writer.
"""
from __future__ import annotations

import html
import re
import unicodedata
from itertools import islice

_SCRIPTS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_HEAD_END = re.compile(r"<body\b", re.I)


def _visible(markup: str) -> str:
    at = _HEAD_END.search(markup)
    return " ".join(html.unescape(_TAG.sub(" ", _SCRIPTS.sub(" ", markup[at.start() if at else 0:]))).split())


def unshown(name: str, markup: str) -> bool:
    """Whether a name the tags give names no one the page shows (see the module)."""
    from azmap.corpus.name_words import names_no_one

    # (a name run together with her role, "Elif Karaca, Bakü muhabiri", is shown when the name before the comma is)
    return names_no_one(name, cued=True) or " ".join(name.split(",")[0].split()) not in _visible(markup)


# the folder of a writer's own page, by meaning: "author(s)", "autor(es/en/zy)", "auteur(s)", "autore/autori",
# "yazar(lar)", "avtor(y)" (Russian, Ukrainian transliterated), "müəllif" (Azerbaijani, also ASCII), "автор",
# "schrijver", "forfatter", "writer(s)", "journalist(s)"
_AUTHOR_FOLDER = (r"(?:authors?|autor(?:es|en|zy|i)?|auteurs?|autore|autori|yazar(?:lar)?|avtory?|m[uü]?(?:ə|e)llif|"
                  r"автор(?:ы)?|schrijvers?|forfattere?|writers?|journalists?|periodistas?|giornalisti?)")
_LINK = re.compile(r"<a\b[^>]*?href=[\"'](?:https?://[^/\"']+)?(?:/[^\"'/]+)*?/" + _AUTHOR_FOLDER +
                   r"/([^\"'/?#]+?)(?:\.html?|\.php|/)?[\"'][^>]*>([^<]{3,80})</a>", re.I)
_BLOCK_END = re.compile(r"</(?:div|p|header|section|li|dd|span)>", re.I)
_PARA = re.compile(r"<p\b", re.I)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^a-z0-9]+", "-", "".join(c for c in text if not unicodedata.combining(c))).strip("-")


def author_link_byline(markup: str) -> str | None:
    """The writer a link to her own page names on a line of its own over the text (see the module), or None."""
    from azmap.corpus.metadata_html import personal_name

    body = _HEAD_END.search(markup)
    h1 = markup.find("<h1", body.start() if body else 0)
    if h1 < 0:
        return None
    first_para = _PARA.search(markup, h1)
    for m in _LINK.finditer(markup, h1, first_para.start() if first_para else len(markup)):
        name = " ".join(html.unescape(m.group(2)).split())
        if not personal_name(name):
            continue
        slug = _fold(m.group(1))
        if _fold(name) not in slug and not (slug.isascii() and not _fold(name)):
            continue  # a link whose address does not spell the name (or a transliteration of a non-Latin name)
        return name
    return None


# a newsroom post by meaning, as a stem found in the words (German and Dutch compounds: "Wirtschaftsredakteurin"):
# correspondent, reporter, editor, columnist, journalist, envoy
_POST_STEMS = (
    "correspondent", "reporter", "editor", "columnist", "journalist",  # en (nl: correspondent, journalist, columnist)
    "korrespondent", "redakteur", "kolumnist",  # de
    "correspondant", "rédact", "journaliste", "chroniqueu", "envoyé",  # fr
    "corresponsal", "redactor", "periodista", "reportero", "enviad",  # es
    "corrispondente", "redattor", "redattric", "giornalist", "inviat",  # it
    "correspondente", "repórter", "redator", "jornalist", "colunist",  # pt
    "корреспондент", "редактор", "журналист", "обозреватель", "репортер", "репортёр",  # ru
    "кореспондент", "журналіст", "оглядач",  # uk
    "muhabir", "editör", "köşe yazar",  # tr
    "müxbir", "redaktor", "jurnalist", "köşə yazar",  # az
    "korespondent", "dziennikar", "felietonist",  # pl
    "verslaggever", "redacteur",  # nl
)


def names_a_post(text: str) -> bool:
    """Whether a few words name a newsroom post (_POST_STEMS): "Redakteurin Wirtschaft" is no one's name."""
    folded = text.casefold()
    return any(stem in folded for stem in _POST_STEMS)


def post_beside(markup: str, name: str) -> str | None:
    """The newsroom post printed beside the writer's linked name in her box over the text (under the
    headline, and under its standfirst where one stands there): the next element's few words after the link
    (tags alone between), naming a post (_POST_STEMS); None else."""
    body = _HEAD_END.search(markup)
    h1 = markup.find("<h1", body.start() if body else 0)
    if h1 < 0:
        return None
    # the box stands between the headline and the text, under a standfirst's paragraph where there is one
    paras = list(islice(_PARA.finditer(markup, h1), 2))
    stop = paras[-1].start() if paras else len(markup)
    link = re.compile(r"<a\b[^>]*>\s*" + re.escape(name) + r"\s*</a>((?:\s*<[^>]+>)+)([^<]{2,80})<", re.I)
    m = link.search(markup, h1, stop)
    if not m or re.search(r"</(?:p|li|h\d)>", m.group(1), re.I):
        return _role_beside(markup, name, h1)
    text = " ".join(html.unescape(m.group(2)).split())
    if not 1 <= len(text.split()) <= 6 or text.endswith(".") or ":" in text:
        return None  # ("Editör: Name": a label naming another's work, no post of hers)
    return text if names_a_post(text) else None


def _role_beside(markup: str, name: str, h1: int) -> str | None:
    """A byline's role on its own beside the name under the heading, whatever holds them: the next text after
    the name, a line break, a bar or an element's bounds alone between ("A<br>Staff writer", "A | Redakteur",
    "<span>A</span><span>Diplomatic correspondent</span>"), a role of the byline grammar's (byline_grammar.py)."""
    from azmap.corpus import byline_grammar

    beside = re.compile(r"(?<![\w-])" + re.escape(name) + r"\s*((?:\s*</?(?:a|span|strong|b|em|i|br|div|small)\b[^>]*>"
                        r"|\s*[|·•—–]\s*)+)([^<]{2,60})<", re.I)
    # under the heading: before the text's first paragraph of prose, and no footer's signature
    ends = [m.start() for m in [re.compile(r"<p\b[^>]*>[^<]{200}|<footer\b", re.I).search(markup, h1)] if m]
    m = beside.search(markup, h1, min(ends + [h1 + 6000]))
    if not m or not re.search(r"<|[|·•—–]", m.group(1)):
        return None
    text = " ".join(html.unescape(m.group(2)).split()).strip(" |·•—–,")
    return text if byline_grammar.role_line(text) else None


def elements_apart(element) -> None:
    """A space after each of a caption's own elements that runs straight into the next one."""
    children = [c for c in element if isinstance(c.tag, str)]
    for child, following in zip(children, children[1:]):
        if not (child.tail or "").strip() and not (child.tail or "").startswith((" ", "\n", "\t")):
            child.tail = " " + (child.tail or "")


_SENTENCE_ENDS = (".", "!", "?", "…", "»", "”", '"')


def last_word_credit(element) -> str | None:
    """The credit a caption's last element holds alone (see the module), or None."""
    children = [c for c in element if isinstance(c.tag, str) and c.tag not in ("br",)]
    if len(children) < 2 or any(c.tag == "a" for c in children) or (children[-2].tail or "").strip():
        return None  # (a caption linking a name, "Photo by <a>A B.</a><span> on Unsplash</span>", runs on)
    last = " ".join(children[-1].text_content().split())
    before = " ".join(children[-2].text_content().split())
    if (children[-1].tail or "").strip() or not 1 <= len(last.split()) <= 3 or not before.endswith(_SENTENCE_ENDS):
        return None
    if last.endswith(_SENTENCE_ENDS + (":", ",", ";")) or ":" in last or any(ch.isdigit() for ch in last) \
            or last[0].islower():
        return None
    return last
