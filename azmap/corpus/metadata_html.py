"""What a web page's markup says about its writers, where the article reader's tags say it badly.

- the visible byline by its markup: an element the page marks as the author's (class "byline",
  "author", "contributor", rel="author", itemprop="author", <address>), read piece by piece (the
  text of each element inside it, split at separators: ",", "|", "·", "&", "and" in the page's
  language): a piece that is a person's name, after a label ("By", "Par", "Von", "Автор:",
  "Yazan:"), is a writer; a role beside it ("Energy Correspondent", "dış haberler editörü") or a
  credit of another kind ("Photos: …") is not. A biography ("Name writes about …") names no one
  this way: its name is not a piece of its own.
- citation tags that write a name surname first ("Aliyeva, Nigar"): the name as it is said.

Only a few elements of bounded size are read, from the first places the page marks.
"""
from __future__ import annotations

import html
import re
from itertools import islice

MAX_BYLINES = 6
MAX_BYLINE_CHARS = 1500
_NEAR = 200  # characters of markup between two marked parts of one byline
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)$")  # "Name (Correspondent in Baku)"
_MARKED = re.compile(r"<(address)\b[^>]*>|<([a-z][a-z0-9]*)\b[^>]*?\b(?:class|id|itemprop|rel)\s*=\s*[\"']"
                     r"[^\"'>]*?(?:byline|author|contributor|writer)[^\"'>]*[\"'][^>]*>", re.I)
_CHEAP = re.compile(r"byline|author|contributor|writer|<address", re.I)
_TAG = re.compile(r"<[^>]*>")
# between names: a comma, a pipe, a middle dot, an ampersand, "and" in the major European languages
_BETWEEN = re.compile(r"\s*[,|·•;&]\s*|\s+(?:and|et|und|y|e|и|ve|en|och|i|og)\s+", re.I)
# a word (or two) before the names that says who wrote: "By", "Par", "Von", "Por", "Di", "Door", "Av"
_BY_WORD = re.compile(r"^(?:(?:written|escrito|écrit|geschrieben)\s+)?(?:by|par|von|por|di|door|av|от)\s+", re.I)
# a label before a colon: "Autor:", "Автор:", "Yazan:", "Words:"; a credit of another kind names no writer
_LABEL = re.compile(r"^([^\W\d][\w .'’-]{0,30}?)\s*:\s*(?=\S)")
_CREDIT = re.compile(r"^(?:photos?|photographs?|pictures?|images?|fotos?|fotoğraf\w*|фото\w*|bild\w*|"
                     r"illustrations?|graphics?|grafik\w*|video|maps?|karten?|cartes?|source|quelle|fuente|"
                     r"kaynak|источник)\b", re.I)
_PARTICLES = frozenset("van von de der den du da di al el la le bin ibn ter".split())
# a paragraph that is a byline by its words: a word or label for who wrote, in the major European
# languages, Russian and Turkish ("By", "Par", "Von", "Por", "Автор:", "Yazan:", "Text:")
_SIGNED = re.compile(r"^(?:(?:by|par|von|por|di|door|av|escrito por|écrit par|geschrieben von|written by)\s|"
                     r"(?:authors?|auteure?s?|autor(?:in|es|en)?|autore|автор\w*|yazan|yazar\w*|text|texte|words|"
                     r"reporter\w*|muhabir|корреспондент\w*)\s*:\s*)", re.I)
_P_OPEN = re.compile(r"<p\b[^>]*>", re.I)
MAX_PARAGRAPHS = 120
_CITATION_AUTHOR = re.compile(r"<meta\s+name=[\"']citation_author[\"']\s+content=[\"']([^\"'<>]{1,200})[\"']", re.I)


def _element(markup: str, m: re.Match) -> str:
    """The inner markup of the element whose opening tag m matched (to its closing tag, nested
    elements of its name counted), at most MAX_BYLINE_CHARS of it."""
    name = (m.group(1) or m.group(2)).lower()
    opening = re.compile(rf"<(/?){name}\b[^>]*>", re.I)
    depth, at = 1, m.end()
    stop = min(len(markup), m.end() + MAX_BYLINE_CHARS)
    for t in opening.finditer(markup, m.end(), stop):
        depth += -1 if t.group(1) else 1
        if depth == 0:
            return markup[m.end():t.start()]
        at = t.end()
    return markup[m.end():stop if depth else at]


def _pieces(inner: str) -> list[str]:
    """The text of an element, piece by piece: each element's own text, split at separators."""
    texts = [" ".join(html.unescape(t).split()) for t in _TAG.split(inner)]
    out = []
    for text in texts:
        if not text:
            continue
        label = _LABEL.match(text)
        if label and _CREDIT.match(label.group(1)):
            out.append(None)  # "Photos: Name": what follows is no writer's
            continue
        for part in _BETWEEN.split(text):
            if part and part.strip():
                out.append(part.strip())
    return out


def personal_name(name: str) -> bool:
    """A person's name: metadata's test, or the same form in any alphabet ("Şebnem Koç", "Émile
    Durand"): two to four capitalised words (particles aside), no institution's word or role's."""
    from azmap.corpus.metadata import _INSTITUTION, _ROLE_WORDS, _is_personal_name

    if _is_personal_name(name):
        return True
    words = name.split()
    if not 2 <= len(words) <= 4 or _INSTITUTION.search(name):
        return False
    capitalised = 0
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if not (word[0].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()) \
                or word.lower() in _ROLE_WORDS:
            return False
        capitalised += 1
    return capitalised >= 2


def _names(pieces: list[str]) -> list[str]:
    names, credit = [], False
    for piece in pieces:
        if piece is None:
            credit = True
            continue
        label = _LABEL.match(piece)
        if label:
            credit = bool(_CREDIT.match(label.group(1)))
            piece = piece[label.end():]
        elif _BY_WORD.match(piece):
            credit = False
            piece = _BY_WORD.sub("", piece)
        piece = _ASIDE.sub("", piece).strip(" .")
        if not credit and personal_name(piece) and piece not in names:
            names.append(piece)
    return names


def byline_names(markup: str) -> list[str]:
    """The writers' names the page's marked byline gives (see the module), or []. Marked elements
    that follow one another closely (one per writer: itemprop="author", rel="author") are one byline."""
    head = markup.find("<body")
    seen, names, last_end = 0, [], -1
    for m in _MARKED.finditer(markup, max(0, head)) if _CHEAP.search(markup) else ():
        if m.group(2) and m.group(2).lower() in ("meta", "link", "img", "script", "style"):
            continue
        if names and m.start() > last_end + _NEAR:
            break  # the byline read; what the page marks further on is another block (an author's box)
        seen += 1
        if seen > MAX_BYLINES:
            break
        inner = _element(markup, m)
        flat = " ".join(_TAG.sub(" ", inner).split())
        if not flat or len(flat) > 300:
            continue
        found = [n for n in _names(_pieces(inner)) if n not in names]
        if found:
            names += found
            last_end = m.end() + len(inner)
    return names or _signed_paragraph(markup, max(0, head))


def _signed_paragraph(markup: str, start: int) -> list[str]:
    """The names of the first short paragraph that is a byline by its words ("Yazan: Name")."""
    for m in islice(_P_OPEN.finditer(markup, start), MAX_PARAGRAPHS):
        end = markup.find("</p", m.end(), m.end() + 400)
        if end < 0:
            continue
        inner = markup[m.end():end]
        flat = " ".join(html.unescape(_TAG.sub(" ", inner)).split())
        if len(flat.split()) <= 12 and _SIGNED.match(flat):
            names = _names(_pieces(inner))
            if names:
                return names
    return []


def citation_names(markup: str) -> list[str]:
    """The citation_author tags' names, each as it is said ("Aliyeva, Nigar" → "Nigar Aliyeva")."""
    out = []
    for m in islice(_CITATION_AUTHOR.finditer(markup[:200_000]), 50):
        name = " ".join(html.unescape(m.group(1)).split())
        last, comma, first = name.partition(",")
        out.append(f"{first.strip()} {last.strip()}" if comma and first.strip() else name)
    return out
