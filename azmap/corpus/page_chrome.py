"""A web page's chrome told from its text by form, whatever the template or language:

- words written for screen readers only (an element whose class says it is visually hidden: "sr-only",
  "visually-hidden", "screen-reader-text", Drupal's "element-invisible"): "Image caption, " before a
  caption is no part of it;
- a caption's credit run on after its last sentence in brackets ("… ends. (Photo: Name)", "[Фото: Name]";
  without a colon, the label after an outlet's word and before "by" or an agency: "(Courier Photo by Name)",
  "(foto Ansa/Name)")
  or as a credit's label with the byline grammar's "by" ("Photo by Name on Unsplash", "Foto von Name",
  "Photo par Name"), its name a few capitalised words, or after a spaced dash past the last sentence ("… on
  Thursday. — APP", "… 2026. – Foto: dpa"): apart from the caption;
- buttons' labels ("Share", "Save", "Teilen") in a byline's block: no writer's name;
- the site's own name (the <title>'s last part, og:site_name) in a meta author tag: no writer;
- an offer: a short paragraph ending in a link whose words carry a price (a number with a currency's sign
  or code: "4 Wochen für 0,99 €", "$1 for your first month", "199 ₽ в месяц") sells the reader a
  subscription; a story's price stands in its text, not in the link it ends with;
- a headline said twice: the page's h1 and an og:title or <title> saying it longer or reordered ("Gas aus
  Aserbaidschan: Stadtwerke-Verbund sichert sich Lieferungen …" over the h1 "Stadtwerke-Verbund sichert
  sich Gas aus Aserbaidschan"): most of the h1's words in it;
- a links block: a short label over a list whose every item is one link and nothing else ("Read more:"
  and other pages' headlines), between the text's paragraphs: it goes whole, the label with its list (left
  alone, the label would read as a heading over the paragraphs after it).
"""
from __future__ import annotations

import html
import re

# a class saying an element is seen by screen readers only
_HIDDEN_CLASS = re.compile(r"sr-only|screen-?reader|visually-?hidden|element-invisible|hidden-visually|a11y-hidden",
                           re.I)


def drop_hidden_labels(element) -> None:
    """Take the screen-readers-only elements inside ``element`` out (their tails stay)."""
    for child in list(element.iter()):
        if child is not element and isinstance(child.tag, str) and _HIDDEN_CLASS.search(child.get("class") or "") \
                and child.getparent() is not None:
            child.drop_tree()


# "by" in the byline grammar of the major languages, one table by meaning (a credit's label before it)
_BY = r"(?:by|von|par|di|da|por|de|door|av|przez|от)"
# where the picture was found, after the name: "on Unsplash", "via Wikimedia Commons", "auf Pexels"
_ON_SITE = re.compile(r"\s+(?:on|via|auf|über|sur|su|en|em|na|op|в|на)\s+[^\W\d_][\w .'-]{1,40}$", re.I)
_BRACKETED = re.compile(r"^(.+?)\s+([(\[]\s*([^\W\d_][^\W\d_ ]{1,14}(?: [^\W\d_]{2,14})?)\s?:\s*[^()\[\]]{2,60}[)\]])$")
_LABEL_BY = re.compile(rf"^(.+?[.!?…»”\"])\s+(([^\W\d_]{{3,14}})\s+{_BY}\s+([^\W\d_].{{1,80}}))$", re.I)
_NAME_WORD = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][\w'’-]*\.?)$")


def _credit_label(label: str) -> bool:
    from azmap.corpus.metadata_html import _CREDIT

    return any(_CREDIT.match(word) for word in label.split())


# a caption's last words in brackets: "(Courier Photo by A B)", "(foto Ansa/A B)", "(Фото ТАСС/А Б)"
_BRACKET_END = re.compile(r"^(.+?)\s+([(\[]\s*([^()\[\]]{2,80}?)\s*[)\]])$")
_BY_WORD = re.compile(rf"^{_BY}$", re.I)


def _bracketed_without_colon(text: str) -> list[str] | None:
    """A caption and the credit in brackets after it with no colon (see the module): a credit's label
    among its first words (an outlet's capitalised word or two before it), then "by" or none, then one to
    six capitalised words or an agency and a name joined by "/"."""
    found = _BRACKET_END.match(text)
    if not found or len(found.group(1).split()) < 2:
        return None
    words = found.group(3).replace("/", " / ").split()
    from azmap.corpus.metadata_html import _CREDIT

    label = next((k for k, w in enumerate(words[:3]) if _CREDIT.fullmatch(w.rstrip(":"))), None)
    if label is None or not all(w[:1].isupper() for w in words[:label]):
        return None
    rest = [w for w in words[label + 1:] if w != "/"]
    if rest and _BY_WORD.match(rest[0]):
        rest = rest[1:]
    if 1 <= len(rest) <= 6 and all(w[:1].isupper() and _NAME_WORD.match(w) for w in rest):
        return [found.group(1), found.group(2)]
    return None


# a caption's last sentence, then a spaced dash and a credit: "… on Thursday. — APP", "… 2026. – Foto: dpa/Name"
_DASH_CREDIT = re.compile(r"^(.+?[.!?…»”\"])\s+[—–-]{1,2}\s+(\S.{0,60})$")
_CREDIT_WORD = re.compile(r"^(?:[^\W\d_][\w'’&.-]*)$")


def _dash_credit(text: str) -> list[str] | None:
    """A caption and the credit after a spaced dash at its end (see the module): a credit's label and a colon, or
    one to four words each opening with a capital (an agency, "APP", "Reuters", a name); None else."""
    found = _DASH_CREDIT.match(text)
    if not found or len(found.group(1).split()) < 2:
        return None
    credit = found.group(2).strip()
    label = re.match(r"^([^\W\d_][^\W\d_ ]{1,14}(?: [^\W\d_]{2,14})?)\s?:\s*\S", credit)
    if label and _credit_label(label.group(1)):
        return [found.group(1), credit]
    words = credit.replace("/", " / ").split()
    if 1 <= len(words) <= 4 and all(w == "/" or w[:1].isupper() and _CREDIT_WORD.match(w) for w in words):
        return [found.group(1), credit]
    return None


def run_on_credit(text: str) -> list[str] | None:
    """A caption's text and the credit run on after it in brackets, as "Label by Name" or after a spaced dash (see
    the module), each apart; None where the caption runs on no such credit."""
    dashed = _dash_credit(text) if "—" in text or "–" in text or " - " in text else None
    if dashed:
        return dashed
    bracketed = _BRACKETED.match(text)
    if bracketed and _credit_label(bracketed.group(3)) and len(bracketed.group(1).split()) >= 2:
        return [bracketed.group(1), bracketed.group(2)]
    apart = _bracketed_without_colon(text)
    if apart:
        return apart
    by = _LABEL_BY.match(text)
    if by and _credit_label(by.group(3)) and len(by.group(1).split()) >= 2:
        name = _ON_SITE.sub("", by.group(4)).strip()
        words = name.split()
        if 1 <= len(words) <= 4 and all(w[0].isupper() and _NAME_WORD.match(w) for w in words):
            return [by.group(1), by.group(2)]
    return None


_BUTTON = re.compile(r"<button\b[^<>]*>.*?</button\s*>", re.I | re.S)


def without_buttons(markup: str) -> str:
    """Markup without its buttons and their labels."""
    return _BUTTON.sub(" ", markup) if "<button" in markup or "<BUTTON" in markup else markup


_SITE_NAME = re.compile(r"<meta\s[^<>]{0,200}?property=[\"']og:site_name[\"'][^<>]{0,50}?content=[\"']([^\"'<>]{2,100})"
                        r"[\"']", re.I)
_TITLE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—·•]\s+")


def site_names(markup: str) -> set[str]:
    """The site's own name as the page states it: og:site_name, the last part of a <title> in parts
    ("Headline | Section | Paper"), folded."""
    head = markup[:30000]
    found = {html.unescape(m.group(1)).strip().casefold() for m in _SITE_NAME.finditer(head)}
    title = _TITLE.search(head)
    if title:
        parts = _TITLE_SEPARATOR.split(" ".join(html.unescape(title.group(1)).split()))
        if len(parts) > 1 and 1 <= len(parts[-1].split()) <= 5:
            found.add(parts[-1].casefold())
    return found


# a price: a number with a currency's sign or code before or after it
_PRICE = re.compile(r"(?:[€$£₼₽₺¥₴]\s?\d|\d(?:[.,]\d+)?\s?(?:[€$£₼₽₺¥₴]|(?:EUR|USD|GBP|AZN|RUB|TRY|TL|CHF|PLN|zł|UAH|"
                    r"грн|руб|euros?|dollars?|manat)(?!\w)))", re.I)
MAX_OFFER_WORDS = 45


def is_offer(paragraph) -> bool:
    """A short paragraph (an lxml element) ending in a link whose words carry a price (see the module)."""
    links = paragraph.findall(".//a")
    if not links:
        return False
    text = " ".join(paragraph.text_content().split())
    link = " ".join(links[-1].text_content().split())
    return bool(link) and len(text.split()) <= MAX_OFFER_WORDS and text.rstrip(" .!").endswith(link.rstrip(" .!")) \
        and bool(_PRICE.search(link))


_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def same_headline(h1: str, title: str) -> bool:
    """Whether ``title`` says the headline ``h1`` (three words or more) again, longer or reordered: two
    thirds of the h1's words in it, and the h1 no longer than it."""
    words = [w.casefold() for w in _WORD.findall(h1)]
    said = {w.casefold() for w in _WORD.findall(title)}
    if len(words) < 3 or len(words) > len(said) + 1:
        return False
    return sum(w in said for w in words) * 3 >= len(words) * 2


_LABEL_TAGS = frozenset(("b", "strong", "span", "p", "h2", "h3", "h4", "h5", "h6", "em"))
MAX_LABEL_WORDS = 5


def is_links_block(element) -> bool:
    """A block (an lxml element) of a short label and a list of links only (see the module)."""
    parts = [c for c in element if isinstance(c.tag, str)]
    if len(parts) != 2 or parts[0].tag not in _LABEL_TAGS or parts[1].tag not in ("ul", "ol") \
            or (element.text or "").strip() or any((c.tail or "").strip() for c in parts):
        return False
    label = " ".join(parts[0].text_content().split())
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return False
    items = [li for li in parts[1] if isinstance(li.tag, str)]
    if not 1 <= len(items) <= 10 or any(li.tag != "li" for li in items):
        return False
    for li in items:
        links = li.findall(".//a")
        if len(links) != 1 or " ".join(li.text_content().split()) != " ".join(links[0].text_content().split()):
            return False
    return True
