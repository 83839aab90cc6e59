"""What a web page's markup says about its writers, where the article reader's tags say it badly.

- the visible byline by its markup: an element the page marks as the author's (class "byline",
  "author", "contributor", rel="author", itemprop="author", <address>), read piece by piece (the
  text of each element inside it, split at separators: ",", "|", "·", "&", "and" in the page's
  language): a piece that is a person's name, after a label ("By", "Par", "Von", "Автор:",
  "Yazan:"), is a writer; a role beside it ("Energy Correspondent", "dış haberler editörü") or a
  credit of another kind ("Photos: …") is not. A biography ("Name writes about …") names no one
  this way: its name is not a piece of its own.
- a line under the heading, no element of it marked, of a person's name, a date and figures ("A · 2 December
  2023 · 4 min read"): the name.
- an element marked as the author's that shows no text: the names its microdata gives
  (<meta itemprop="name" content="…">).
- citation tags that write a name surname first ("Aliyeva, Nigar"): the name as it is said.
- the government body a page naming nobody comes from (issuing_body): the publisher its JSON-LD
  types GovernmentOrganization, or the site's name (og:site_name, the end of the <title>) when it
  names a ministry, an agency, a department…, as the page's header gives it in full.

Only a few elements of bounded size are read, from the first places the page marks.
"""
from __future__ import annotations

import html
import re
from itertools import chain, islice

from azmap.corpus import byline_grammar, byline_line

MAX_BYLINES = 6
MAX_BYLINE_CHARS = 1500
_NEAR = 200  # characters of markup between two marked parts of one byline
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)$")  # "Name (Correspondent in Baku)"
# a word that marks an element as the author's, inside an attribute's value; the tag found around it
# (the author's word in the page's language too: "auteur" (fr, nl), "autor" (de, es, pt, pl, cs, sk; it "autore"))
_MARK_WORDS = ("byline", "author", "contributor", "writer", "<address", "Byline", "Author", "<ADDRESS", "autor", "auteur",
               "Autor", "Auteur")
MAX_MARK_WORDS = 400
# (a class "comment" or "comment-…", not "commentary": a think tank's page of commentary is no comments)
_COMMENTS_OPEN = ('id="comments', "id='comments", 'class="comments', "class='comments", 'id="comment-',
                  'class="comment"', 'class="comment ', 'class="comment-', "class='comment'", "class='comment ",
                  "class='comment-", 'id="disqus', 'id="Comments', 'class="Comment"', 'class="Comment ',
                  'class="Comment-')
_OPENING = re.compile(r"<([a-z][a-z0-9]*)\b[^<>]{0,1000}>", re.I)
_MARK_ATTRIBUTE = re.compile(r"\b(?:class|id|itemprop|rel)\s*=\s*[\"']?[^\"'>]*?(?:byline|author|contributor|writer|autor|auteur)",
                             re.I)
_TAG = re.compile(r"<[^>]*>")
# between names: a comma, a pipe, a middle dot, an ampersand, a spaced dash, "and" in the major European languages
_BETWEEN = re.compile(r"\s*[,|·•;&]\s*(?:(?:and|et|und|y|e|и|ve|və|en|och|i|og)\s+)?|\s+[—–/-]\s+|\s+(?:and|et|und|y|e|и|ve|en|och|i|og)\s+", re.I)
# a word (or two) before the names that says who wrote: "By", "Par", "Von", "Por", "Di", "Door", "Av"
_BY_WORD = re.compile(r"^(?:[—–]{1,2}\s*|(?:" + byline_grammar.by_alternation() + r"|от)\s+)", re.I)  # (or a signing dash)
# a label before a colon: "Autor:", "Автор:", "Yazan:", "Words:"; a credit of another kind names no writer
_LABEL = re.compile(r"^([^\W\d][\w .'’-]{0,30}?)\s*:\s*(?=\S)")
_CREDIT = re.compile(r"^(?:photos?|photographs?|pictures?|images?|fotos?|fotoğraf\w*|фото\w*|bild\w*|"
                     r"illustrations?|graphics?|grafik\w*|video|maps?|karten?|cartes?|source|quelle|fuente|"
                     r"kaynak|источник|"
                     # an editor's label beside the reporter's ("Muhabir: A", "Editör: B"): B edited, A wrote
                     r"editors?|editör\w*|редактор\w*)\b", re.I)
# a place after a reporter's name: "in Gazakh", "à Ijevan", "aus Tiflis", "из Баку"
_FROM_PLACE = re.compile(r"\s+(?:in|from|at|à|en|aus|desde|da|a|из|в)\s+[^\W\d_a-zа-я][\w'’ -]{1,40}$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")  # "R." in "Şebnem R. Koç"
_ARTICLES = frozenset("the a an le la les l' der die das el los las il lo gli".split())
_PARTICLES = frozenset("van von de der den du da di al el la le bin ibn ter".split())
# a paragraph that is a byline by its words: a word or label for who wrote, in the major European
# languages, Russian and Turkish ("By", "Par", "Von", "Por", "Автор:", "Yazan:", "Text:")
_SIGNED = re.compile(r"^(?:(?:by|par|von|por|di|door|av|escrito por|écrit par|geschrieben von|written by)\s|"
                     r"(?:authors?|auteure?s?|autor(?:in|es|en)?|autore|автор\w*|yazan|yazar\w*|text|texte|words|"
                     r"reporter\w*|muhabir|корреспондент\w*|"
                     # who reports a live page, and from where: "Reporting live:", "Live from Shusha:", "En direct :"
                     r"(?:reporting(?:\s+live)?|live|en\s+direct|en\s+vivo|in\s+diretta)"
                     r"(?:\s+(?:from|from\s+the|de|desde|da|aus)\s+[^\W\d][^:]{1,40})?)\s*:\s*)", re.I)
_SIGNED_P = re.compile(r"<(p|span|li)\b[^<>]{0,400}>\s*(?:<(?!/)[^<>]{0,400}>\s*){0,3}"
                       r"(?:by|par|von|por|di|door|av|escrito|écrit|geschrieben|"
                       r"written|authors?|auteur|autor|автор|yazan|yazar|text|texte|words|reporter|muhabir|"
                       r"корреспондент|reporting|live|en direct|en vivo|in diretta)", re.I)
MAX_PARAGRAPHS = 40
# a link to a person after a byline word, or before Turkish "tarafından" ("by"): (token, whether the link follows it)
_BY_TOKENS = tuple((f"{word}{space}<", True) for word in (" by", " von", " par", " por", " di", "автор:")
                   for space in (" ", "\n")) + (("</a> tarafından", False), ("</a>\ntarafından", False))
# inline elements a template may set round the link after the byline word ("by <span class=…><a>Name</a>")
_INLINE_OPENERS = re.compile(r"(?:<(?:span|strong|b|em|i)\b[^<>]{0,200}>\s*){0,3}", re.I)
_LINK = re.compile(r"<a\b[^<>]{0,400}>([^<]{3,80})</a>", re.I)
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
MAX_BY_LINK_CHARS = 60_000
_MICRODATA_NAME = re.compile(r"<meta\s[^<>]{0,200}?itemprop=[\"']name[\"'][^<>]{0,50}?content=[\"']([^\"'<>]{2,100})[\"']|"
                             r"<meta\s[^<>]{0,200}?content=[\"']([^\"'<>]{2,100})[\"'][^<>]{0,50}?itemprop=[\"']name[\"']",
                             re.I)
_CITATION_AUTHOR = re.compile(r"<meta\s+name=[\"']citation_author[\"']\s+content=[\"']([^\"'<>]{1,200})[\"']", re.I)


def _element(markup: str, m: re.Match) -> str:
    """The inner markup of the element whose opening tag m matched (to its closing tag, nested
    elements of its name counted), at most MAX_BYLINE_CHARS of it."""
    name = m.group(1).lower()
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
    """The text of an element, piece by piece: each element's own text, split at separators; a name
    spread over elements a word each ("<span>Leyla</span> <span>Mammadova</span>") is one piece."""
    from azmap.corpus.page_chrome import without_buttons

    # (buttons' labels, "Share" "Save", are no name however capitalised)
    texts = [" ".join(html.unescape(t).split()) for t in _TAG.split(without_buttons(inner))]
    out, single = [], False
    for text in texts:
        if not text:
            continue
        label = _LABEL.match(text)
        if label and credit_label(label.group(1)):
            out.append(None)  # "Photos: Name": what follows is no writer's
            single = False
            continue
        if " " not in text and not _BETWEEN.search(text) and text[:1].isalpha():
            if single:
                out[-1] += " " + text
            else:
                out.append(text)
            single = True
            continue
        single = False
        for part in _BETWEEN.split(text):
            if part and part.strip():
                out.append(part.strip())
    return out


def personal_name(name: str) -> bool:
    """A person's name: metadata's test, or the same form in any alphabet ("Şebnem Koç", "Émile
    Durand"): two to four capitalised words (particles aside), no institution's word or role's."""
    from azmap.corpus.metadata import _INSTITUTION, _ROLE_WORDS, _is_personal_name

    words = name.split()
    if not words or words[0].lower() in _ARTICLES:  # "The Caspian Ledger": a title, not a name
        return False
    from azmap.corpus.tag_author import names_a_post

    if names_a_post(name):  # "Redakteurin Wirtschaft", "Correspondant Caucase": a post beside the name
        return False
    if _is_personal_name(name):
        return True
    if not 2 <= len(words) <= 4 or _INSTITUTION.search(name):
        return False
    capitalised = 0
    for word in words:
        if word.lower() in _PARTICLES or _INITIAL.match(word):
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
            credit = credit_label(label.group(1))
            piece = piece[label.end():]
        elif _BY_WORD.match(piece):
            credit = False
            piece = _BY_WORD.sub("", piece)
        role = _ASIDE.search(piece)
        if role and byline_line.credits_another(role.group(0).strip(" ()")):
            continue  # "Name (Grafik)": a contributor of another kind (byline_line.py)
        piece = byline_line.untitled(_ASIDE.sub("", piece).strip(" ."))  # "Dr A": the name
        named = None if personal_name(piece) else byline_grammar.after_group_role(piece)
        if named and personal_name(named):  # "Pontic Wire correspondents A", "nos envoyés spéciaux A": A
            piece = named
        if not personal_name(piece):  # "Nigar Sultanli in Gazakh": a reporter and where she reports from
            piece = _FROM_PLACE.sub("", piece)
        if piece.isupper() and len(piece) > 3:  # "LEYLA HASANOVA": the name as it is written in running text
            piece = piece.title()
        if not credit and personal_name(piece) and piece not in names:
            names.append(piece)
    return names


def credit_label(label: str) -> bool:
    """Whether a label before a colon credits someone other than a writer ("Photos:", "Grafik:", "Übersetzung:";
    "Text und Fotos:" names the writer): byline_line's roles by meaning, or a credit's word opening it."""
    meanings = byline_line.contribution(label)
    return "writing" not in meanings if meanings else bool(_CREDIT.match(label))


def _mark_words(markup: str, start: int) -> list[int]:
    """Where the words that mark an element as the author's stand, in order (str.find, in the cases
    attribute values are written in: a case-blind pattern would try every character of a long page)."""
    stop = comments_at(markup, start)
    found = []
    for word in _MARK_WORDS:
        at = markup.find(word, start, stop)
        while at >= 0 and len(found) < MAX_MARK_WORDS:
            found.append(at)
            at = markup.find(word, at + len(word), stop)
    return sorted(found)


def comments_at(markup: str, start: int = 0) -> int:
    """Where the readers' comments begin (their authors are marked as authors too; the page's byline
    comes before them): the first element whose id or class names comments, else the page's end."""
    return min((at for at in (markup.find(form, start) for form in _COMMENTS_OPEN) if at >= 0), default=len(markup))


def stated_in_tags(name: str, markup: str) -> bool:
    """Whether the page's tags state a name (in its <head>, in JSON-LD or a <meta> element), rather
    than its text alone."""
    body = markup.find("<body")
    return name in markup[:body if body >= 0 else 20000] or f'"{name}"' in markup


def _marked(markup: str, start: int):
    """The opening tags the page marks as the author's (class, id, itemprop or rel naming a byline,
    an author, a contributor or a writer; <address>), in order: each found from the word in it."""
    after = start
    for w in _mark_words(markup, start):
        if w < after:
            continue
        at = markup.rfind("<", max(after, w - 1000), w + 1)  # (a tag of more than 1,000 characters: none)
        if at < 0 or markup.find(">", at, w) >= 0:
            continue  # the word is in the text, not inside a tag
        m = _OPENING.match(markup, at)
        if not m:
            continue
        after = m.end()
        name = m.group(1).lower()
        if name in ("meta", "link", "img", "script", "style"):
            continue
        if name == "address" or _MARK_ATTRIBUTE.search(m.group(0)):
            yield m


def byline_names(markup: str) -> list[str]:
    """The writers' names the page's marked byline gives (see the module), or []. Marked elements
    that follow one another closely (one per writer: itemprop="author", rel="author") are one byline."""
    head = markup.find("<body")
    seen, names, last_end = 0, [], -1
    for m in _marked(markup, max(0, head)):
        if names and m.start() > last_end + _NEAR:
            break  # the byline read; what the page marks further on is another block (an author's box)
        seen += 1
        if seen > MAX_BYLINES:
            break
        inner = _element(markup, m)
        flat = " ".join(_TAG.sub(" ", inner).split())
        if not flat and "itemprop" in m.group(0) and "<meta" in inner:
            found = [n for n in _microdata_names(inner) if n not in names]  # no text: the names its tags give
        elif not flat or len(flat) > 300:
            continue
        else:
            found = [n for n in _names(_pieces(inner)) if n not in names]
        if found:
            names += found
            last_end = m.end() + len(inner)
    found = names or _signed_paragraph(markup, max(0, head)) or _linked_after_by(markup, max(0, head)) \
        or _dated_line_name(markup, max(0, head))
    return [byline_line.untitled(n) for n in found]  # "Dr A" linked: the name (byline_line.py)


def card_author(markup: str) -> tuple[str, str] | None:
    """(name, role) of an author's card the page marks as the author's (a sidebar's "Author" over a
    portrait, the linked name with its title, "Dr", and the role on a line of its own under it:
    "Senior Fellow, Energy Programme", a post with its unit or an institution), the first marked
    element that is one; None without one."""
    from azmap.corpus.metadata_credits import _ROLES_ABROAD
    from azmap.corpus.person_names import _INSTITUTION, _ROLE_WORDS, _person

    head = max(markup.find("<body"), 0)
    marked = (_element(markup, m) for m in islice(_marked(markup, head), MAX_BYLINES))
    for inner in chain(marked, _labelled_cards(markup, head)):
        texts = [t for t in (" ".join(html.unescape(_TAG.sub(" ", piece)).split()) for piece in _BLOCK_TAG.split(inner)) if t]
        for k, text in enumerate(texts[:6]):
            name = _person(text)["name"] if len(text.split()) <= 6 else None
            if not name or not personal_name(name) or k + 1 >= len(texts):
                continue
            role = texts[k + 1].strip(" |·•—–-,")
            lead = role.split(",")[0]
            # a post with its unit or institution ("Senior Fellow, Energy Programme"); a post alone is no affiliation
            if len(role.split()) <= 12 and not personal_name(lead) and not role.endswith((".", ":")) \
                    and ("," in role and {w.lower().strip(",") for w in role.split()} & (_ROLE_WORDS | _ROLES_ABROAD)
                         or _INSTITUTION.search(role)):
                return name, role
            break
    return None


def _labelled_cards(markup: str, head: int):
    """The markup after each card label that is an element's whole text, no link's ("Expert", "Experte",
    "Эксперт", "Uzman": byline_grammar.CARD_LABELS), a card's worth of it."""
    global _CARD_LABEL
    if _CARD_LABEL is None:
        _CARD_LABEL = re.compile(rf"<(div|span|p|h[2-6]|strong|b|dt)\b[^<>]{{0,200}}>\s*"
                                 rf"(?:{byline_grammar.card_label_alternation()})\s*</\1\s*>", re.I)
    for m in islice(_CARD_LABEL.finditer(markup, head), MAX_BYLINES):
        yield markup[m.end():m.end() + 1500]


_CARD_LABEL = None


def _microdata_names(inner: str) -> list[str]:
    """The names a marked element without text gives in its microdata (<meta itemprop="name"
    content="…">): people's names only."""
    out = []
    for m in islice(_MICRODATA_NAME.finditer(inner), 10):
        name = " ".join(html.unescape(m.group(1) or m.group(2)).split())
        if personal_name(name) and name not in out:
            out.append(name)
    return out


def _signed_paragraph(markup: str, start: int) -> list[str]:
    """The names of the first short paragraph, span or list item that is a byline by its words
    ("Yazan: Name"; "Muhabir: Name" in a row of labelled credits)."""
    for m in islice(_SIGNED_P.finditer(markup, start), MAX_PARAGRAPHS):
        opened = markup.find(">", m.start()) + 1
        end = markup.find("</" + m.group(1), opened, opened + 400)
        if end < 0:
            continue
        inner = markup[opened:end]
        flat = " ".join(html.unescape(_TAG.sub(" ", inner)).split())
        if len(flat.split()) <= 12 and _SIGNED.match(flat):
            names = _names(_pieces(inner))
            if names:
                return names
    return []


def _lower(markup: str) -> str:
    """The page in lower case, each character where it stood (str.lower makes "İ" two characters:
    then only ASCII letters are lowered)."""
    low = markup.lower()
    return low if len(low) == len(markup) else markup.translate(_ASCII_LOWER)


def _linked_after_by(markup: str, start: int) -> list[str]:
    """The person a short line names in a link after a byline word ("Posted on 7 March 2024 by
    <a>Name</a>", "<a>Name</a> tarafından yayınlandı"): the first such line's. The words are found
    with str.find on the page in lower case."""
    stop = min(len(markup), start + MAX_BY_LINK_CHARS)
    low = _lower(markup[start:stop])
    links = []
    for token, before in _BY_TOKENS:
        at = low.find(token)
        while at >= 0 and len(links) < 40:
            links.append(start + (at + len(token) - 1 if before else low.rfind("<a", 0, at)))
            at = low.find(token, at + len(token))
    for at in sorted(a for a in links if a >= start):
        at = _INLINE_OPENERS.match(markup, at).end()
        m = _LINK.match(markup, at)
        if not m:
            continue
        name = " ".join(html.unescape(m.group(1)).split())
        if not personal_name(name):
            continue
        opened = max(markup.rfind(f"<{tag}", max(0, at - 300), at) for tag in ("p", "div", "span", "li"))
        closed = markup.find("</", m.end())
        line = " ".join(_TAG.sub(" ", markup[max(opened, at - 300):closed if closed >= 0 else m.end()]).split())
        if len(line.split()) <= 20:
            return [name]
    return []


_H1_END = re.compile(r"</h1\s*>", re.I)
_BLOCK_AFTER = re.compile(r"\s*<(p|div)\b[^<>]*>(.{1,600}?)</\1\s*>", re.I | re.S)
_PARTS = re.compile(r"\s+[·|•]\s+")
_TITLE = re.compile(r"<title\b[^<>]*>([^<]{1,400})</title", re.I)


def _dated_line_name(markup: str, start: int) -> list[str]:
    """The one person a short line right under the page's heading names among its parts, the others a date
    and figures ("Aida Musayeva · 2 December 2023 · 4 min read"), whatever its classes; a name the <title>
    holds (the site's) is none."""
    from azmap.corpus.metadata import parse_date

    end = _H1_END.search(markup, start, start + 200_000)
    title = _TITLE.search(markup, 0, max(start, 1) + 2000)
    at = end.end() if end else -1
    for _ in range(2 if end else 0):  # the line under the heading, or under its standfirst
        block = _BLOCK_AFTER.match(markup, at)
        if not block:
            return []
        at = block.end()
        parts = _PARTS.split(" ".join(html.unescape(_TAG.sub(" ", block.group(2))).split()))
        if not 2 <= len(parts) <= 5 or sum(len(p.split()) for p in parts) > 20:
            continue
        dated = [p for p in parts if parse_date(p)]
        named = [p for p in parts if p not in dated and personal_name(p)]
        if dated and len(named) == 1 and all(p in dated or p in named or re.search(r"\d", p) for p in parts) \
                and not (title and named[0] in html.unescape(title.group(1))):
            return named
    return []


def citation_names(markup: str) -> list[str]:
    """The citation_author tags' names, each as it is said ("Aliyeva, Nigar" → "Nigar Aliyeva")."""
    out = []
    for m in islice(_CITATION_AUTHOR.finditer(markup[:200_000]), 50):
        name = " ".join(html.unescape(m.group(1)).split())
        last, comma, first = name.partition(",")
        out.append(f"{first.strip()} {last.strip()}" if comma and first.strip() else name)
    return out


# a word naming a government body, in the major languages of the region and of Europe
_GOVERNMENT = re.compile(r"\b(?:ministry|ministère|ministerio|ministerium|ministero|ministerstwo|министерство|"
                         r"міністерство|nazirliyi|bakanlığı|department|agency|directorate|state committee|"
                         r"state service|komitəsi|agentliyi|xidməti|комитет|агентство|служба|"
                         # a state's mission abroad, one table by meaning: an embassy, a consulate (en, de, fr, it,
                         # es, pt, ru/uk, tr, az, pl, nl)
                         r"embassy|consulate(?:[- ]general)?|botschaft|\w*konsulat|ambassade|consulat|ambasciata|"
                         r"consolato|embajada|consulado|embaixada|посольств\w*|консульств\w*|\w*elçiliği|"
                         r"\w*konsolosluğu|səfirliyi|konsulluğu|ambasada|consulaat)\b", re.I)
_SITE_NAME = re.compile(r"<meta\b[^>]{0,200}?property=[\"']og:site_name[\"'][^>]{0,200}?content=[\"']([^\"']{2,200})",
                        re.I)
_TITLE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)
_TITLE_END = re.compile(r"\s+[-|–—:·•]\s+")
_HEADER = re.compile(r"<header\b.*?</header>", re.I | re.S)
_BLOCK_TAG = re.compile(r"<(?:/?(?:div|a|span|p|h[1-6]|li|ul|ol|strong|b|header|nav|form|button|img|input)\b)[^>]*>",
                        re.I)


def _state_before(text: str, folded: str) -> bool:
    """Whether a header's line is the body's short name with the state's name before it, in a few
    capitalised words ("Azərbaycan Respublikasının Dəniz Nəqliyyatı Dövlət Agentliyi")."""
    if not text.casefold().endswith(" " + folded):
        return False
    before = text[:len(text) - len(folded)].split()
    return 1 <= len(before) <= 4 and all(w[:1].isupper() for w in before)


def _said_in_full(text: str, folded: str) -> bool:
    """Whether a header's line is the body's short name said in full: its words in the same order, the
    first the same, a few words of the state's full name between ("Embassy of Verania in Baku" in
    "Embassy of the Republic of Verania in Baku")."""
    words, short = text.casefold().split(), folded.split()
    if not words or not short or words[0] != short[0] or len(words) > len(short) + 4:
        return False
    k = 0
    for word in words:
        if k < len(short) and word == short[k]:
            k += 1
    return k == len(short)


def issuing_body(markup: str, site: str | None = None) -> str | None:
    """The government body a page naming nobody comes from (see the module), or None."""
    from azmap.corpus.readers_jsonld import jsonld_government_publisher

    head = markup[:60000]
    name = jsonld_government_publisher(head)
    if not name:
        found = _SITE_NAME.search(head)
        title = _TITLE.search(head)
        ends = _TITLE_END.split(" ".join(html.unescape(title.group(1)).split())) if title else []
        for candidate in (found and html.unescape(found.group(1)), site, ends[-1] if len(ends) > 1 else None):
            candidate = " ".join((candidate or "").split())
            if candidate and len(candidate.split()) <= 15 and _GOVERNMENT.search(candidate):
                name = candidate
                break
    if not name:
        return None
    header = _HEADER.search(head)
    if header:  # "Ministry of Transport" in the <title>, "Ministry of Transport of the Republic of …" by the emblem
        inner = re.sub(r"<br\s*/?>", " ", header.group(0), flags=re.I)
        folded = name.casefold()
        for piece in _BLOCK_TAG.split(inner):
            text = " ".join(html.unescape(_TAG.sub(" ", piece)).split())
            if (text.casefold().startswith(folded) or _state_before(text, folded) or _said_in_full(text, folded)) \
                    and len(name) < len(text) \
                    and len(text.split()) <= 20 and not text.endswith((".", ":")):
                name = text
    return name
