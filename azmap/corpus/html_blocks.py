"""Blocks of a web page that are furniture by their markup, whatever language they are in, taken out
of the parsed page before the article reader reads it.

- a paragraph that is a link with at most a short label before it ("Read more: <a>…</a>", "Lesen Sie
  auch: <a>…</a>", "Tags: <a>Baku</a>, <a>Energy</a>"): another page's headline or the site's
  index, not a paragraph of the story. Its words are mostly link text; what is not link text is a
  label of a few words ending with a colon (or nothing but separators).

A story's paragraph that quotes a link keeps prose of its own around it and stays.

And, by drop_furniture_blocks:

- a table of label/value rows beside or over the text (an infobox: "Location | Alat", "Opened |
  2018"): each row a short label (a row header) and its value, rows of one cell across the table (its
  name, its picture, a section's name) aside where one holds its picture and there are no more of them
  than of pairs; a table with a header row over its columns is the text's data and stays;
- a pull quote: a <blockquote> whose class says so ("pullquote", "pull-quote") or whose words a paragraph
  of the text says again, or an <aside> holding a quotation: words of the story set large beside it;
- the dek: a block with the very text of the page's description, standing apart from the story's
  paragraphs (the story's first paragraph, when the description repeats it, stays);
- a standfirst: a paragraph under the heading whose class names it so, of a sentence or two;
- a list of dated links ("06 March 2024, 10:05 <a>Minister receives …</a>"): other news;
- a box a button closes: a <div>, <section>, <aside> or <form> of two to five blocks, its label, a
  sentence or two and a last block that is a link or a button of a few words (a newsletter's or an
  appeal's box, whatever its class says: furniture_form.is_box reads its lines);
- an offer: a short paragraph ending in a link with a price (page_chrome.is_offer);
- a links block: a short label over a list of links only (page_chrome.is_links_block);
- a picture's sign in a paragraph of its own right under it (picture_text.is_picture_text).

And, by take_captions: a photograph's caption (a <figcaption>, an element whose class says
"caption"), taken out of the page to be kept apart from the text, its credit with it.
"""
from __future__ import annotations

import re
from itertools import islice

MAX_PARAGRAPHS = 3000  # the paragraphs looked at, on the largest pages
_MAX_WORDS = 24
_LABEL = re.compile(r"^\W*(?:\w[\w'’.-]*\s*){1,4}[:：]\W*$|^[\W_]*$")  # "Read more:", "Lesen Sie auch:", "→", ""


def _flat(text: str) -> str:
    return " ".join(text.split())


def is_link_paragraph(element) -> bool:
    """Whether a <p> element is a link with at most a label before it (see the module)."""
    links = element.findall(".//a")
    if not links:
        return False
    text = _flat(element.text_content())
    if not text or len(text) > 300 or len(text.split()) > _MAX_WORDS:
        return False
    linked = [_flat(a.text_content()) for a in links]
    if any(_by_author(a, part) for a, part in zip(links, linked)):
        return False  # a byline: "Автор: <a>Name</a>"
    rest = text
    for part in linked:
        if part:
            rest = rest.replace(part, " ", 1)
    rest = _flat(rest)
    if sum(len(p) for p in linked) < len(text) / 2:
        return False
    # what is left: a label before the links ("Read more:"), separators between them (", ", " | ")
    label = re.sub(r"[,;|/·•]+", " ", rest).strip()
    return not label or bool(_LABEL.match(label))


def _by_author(link, text: str) -> bool:
    from azmap.corpus.metadata import _is_personal_name

    return "author" in (link.get("rel") or "") or "author" in (link.get("href") or "") or _is_personal_name(text)


def drop_link_paragraphs(tree) -> int:
    """Take the link paragraphs (is_link_paragraph) out of a parsed page; their tails stay. How many."""
    found = [p for p in _found(tree, "//p[descendant::a]")[:MAX_PARAGRAPHS] if is_link_paragraph(p)]
    for element in found:
        element.drop_tree()
    return len(found)


_MAX_LABEL_WORDS = 6
_MAX_TABLES = 200
_MAX_BLOCKS = 400
_PULL = re.compile(r"pull|quote", re.I)
_BOX = re.compile(r"infobox|sidebar|fact|summary|float|right", re.I)
_QUOTE_MARK = re.compile(r'^\W{0,2}["“”«„‘’\']')


def _label_value_row(row) -> tuple[bool, bool]:
    """Whether a table row is a label and its value, and whether its label is a row header."""
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
    if len(cells) != 2:
        return False, False
    label = _flat(cells[0].text_content())
    if not label or len(label.split()) > _MAX_LABEL_WORDS or len(label) > 48 or not any(ch.isalpha() for ch in label):
        return False, False
    return bool(_flat(cells[1].text_content())), cells[0].tag == "th"


def is_label_value_table(table) -> bool:
    """Whether a <table> is an infobox beside or over the text (see the module)."""
    rows = [r for r in table.iter("tr")][:200]
    if len(rows) < 3:
        return False
    pairs = headed = spanning = 0
    pictured = False
    for row in rows:
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if len(cells) >= 2 and all(c.tag == "th" for c in cells):
            return False  # a header row over the columns: the text's data
        if len(cells) == 1:  # the box's name, its picture, a section's name: one cell across
            spanning += 1
            pictured = pictured or cells[0].find(".//img") is not None
        pair, header = _label_value_row(row)
        pairs += pair
        headed += header
    # (the rows of one cell aside where one holds the box's picture: a box by its form)
    if pairs < 3 or pairs < 0.8 * (len(rows) - (spanning if pictured and spanning <= pairs else 0)):
        return False
    marks = " ".join(table.get(a) or "" for a in ("class", "id", "style", "align"))
    return headed >= 0.8 * pairs or bool(_BOX.search(marks)) or _over_the_text(table)


_TABLE = re.compile(r"<table\b.{0,20000}?</table\s*>", re.I | re.S)


def without_label_value_tables(markup: str) -> str:
    """A piece of a page without its infoboxes with a picture (is_label_value_table, each table read alone; a
    table holding another is kept): the lines under a heading read as a byline's are not an infobox's name and
    its picture's caption. (A table of labels with no picture, a memo's "To:", "From:", "Date:", is read.)"""
    if "<table" not in markup and "<TABLE" not in markup:
        return markup
    from lxml import html as lxml_html

    out, at = [], 0
    for m in islice(_TABLE.finditer(markup), _MAX_TABLES):
        if re.search(r"<table\b", m.group(0)[6:], re.I) or not re.search(r"<img\b", m.group(0), re.I):
            continue
        try:
            table = lxml_html.fragment_fromstring(m.group(0))
        except Exception:  # (lxml's parser errors: the table is kept)
            continue
        if table.tag == "table" and is_label_value_table(table):
            out.append(markup[at:m.start()])
            at = m.end()
    return "".join(out) + markup[at:] if out else markup


def _over_the_text(element) -> bool:
    """Whether no paragraph of prose comes before the element in the page."""
    for p in element.itersiblings(preceding=True):
        if isinstance(p.tag, str) and any(len(_flat(q.text_content()).split()) >= 25
                                          for q in ([p] if p.tag == "p" else p.iter("p"))):
            return False
    return True


def _is_pull_quote(element, paragraphs: list | None = None) -> bool:
    """``paragraphs``: the page's <p> elements and their texts (read once a page, where it has a quotation)."""
    marks = (element.get("class") or "") + " " + (element.get("id") or "")
    if element.tag == "blockquote":
        return "pull" in marks.lower() or paragraphs is not None and _repeats_the_text(element, paragraphs)
    text = _flat(element.text_content())
    return bool(text) and len(text.split()) <= 80 and (bool(_PULL.search(marks)) or bool(_QUOTE_MARK.match(text)))


_QUOTE_ENDS = "\"'«»„“”‘’‚›‹.…!?;: "
MAX_QUOTE_WORDS = 60


def _repeats_the_text(element, paragraphs: list) -> bool:
    """A block quotation whose words, six or more, a paragraph of the page outside it says again: a
    sentence of the text set large (a pull quote), whatever its class."""
    said = _flat(element.text_content()).strip(_QUOTE_ENDS)
    if not 6 <= len(said.split()) <= MAX_QUOTE_WORDS:
        return False
    if not paragraphs:
        paragraphs += [(p, _flat(p.text_content())) for p in islice(_found(element.getroottree(), "//p"), MAX_PARAGRAPHS)]
    inside = set(element.iter())
    return any(said in text and len(text) > len(said) + 1 and p not in inside for p, text in paragraphs)


def _is_dek(element, description: str) -> bool:
    if _flat(element.text_content()) != description:
        return False
    for sibling in islice(element.itersiblings(), 3):  # the story's paragraphs go on after it
        if isinstance(sibling.tag, str) and sibling.tag == "p" and len(_flat(sibling.text_content()).split()) >= 20:
            return False
    return True


# a standfirst by its class: the sentence or two set under the heading to sell the text (an episode's summary, a teaser)
_STANDFIRST = re.compile(r"(?:^|[\s_-])(?:standfirst|stand-first|strapline|dek|deck|summary|teaser)(?:$|[\s_-])", re.I)

_INTRODUCES = re.compile(r"^(?:an?\s+)?(?:interview|conversation|q\s*&\s*a)\s+with\b|\b(?:in\s+conversation\s+with|"
                         r"talks?\s+to|speaks?\s+to|spoke\s+(?:to|with)|(?:told|tells)\s+(?:us|me)|explains|"
                         r"answers?\s+(?:our\s+)?questions)\b", re.I)


def _is_standfirst(element) -> bool:
    """A paragraph whose class names it a standfirst, of one or two sentences (at most 50 words), with
    no paragraph of the text before it (it stands under the heading)."""
    if not _STANDFIRST.search(element.get("class") or ""):
        return False
    text = _flat(element.text_content())
    if not 4 <= len(text.split()) <= 50 or len(re.findall(r"[.!?](?:\s|$)", text)) > 2:
        return False
    if _INTRODUCES.search(text):
        return False  # "An interview with …": an interview's introduction of its speaker, the text's
    before = element.getprevious()
    for _ in range(6):
        if before is None:
            return True
        if isinstance(before.tag, str) and before.tag == "p" and len(_flat(before.text_content()).split()) >= 20:
            return False
        before = before.getprevious()
    return True


def _is_dated_list(element) -> bool:
    from azmap.corpus.metadata import parse_date

    items = [li for li in element if isinstance(li.tag, str) and li.tag == "li"][:100]
    if len(items) < 2:
        return False
    for li in items:
        links = li.findall(".//a")
        text = _flat(li.text_content())
        if not links or not any(ch.isdigit() for ch in text):
            return False
        rest = text
        for a in links:
            rest = rest.replace(_flat(a.text_content()), " ", 1)
        rest = _flat(rest).strip(" ,|·•—–-:")
        if not rest or len(rest) > 40 or not parse_date(rest):
            return False
    return True


# an element of two to five children whose last is a link or a button, or holds one and nothing else
_BOXES = ("(//div | //section | //aside | //form)[count(*) > 1 and count(*) < 6]"
          "[*[last()][self::a or self::button or (count(*) = 1 and (a or button))]]")
_COMPILED: dict = {}


def _found(tree, expression: str) -> list:
    """What an XPath expression finds in ``tree``, as ``tree.xpath(expression)`` (the expression compiled
    once, when first needed, not on every page)."""
    compiled = _COMPILED.get(expression)
    if compiled is None:
        from lxml import etree

        compiled = _COMPILED[expression] = etree.XPath(expression)
    return compiled(tree)


def _boxes(tree) -> list:
    """The elements _BOXES finds."""
    return _found(tree, _BOXES)


_BOX_PARTS = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "a", "button", "span", "strong", "div"))


def _is_box(element) -> bool:
    """A box a button closes (see the module): its last block a link or a button and nothing else."""
    from azmap.corpus.furniture_form import is_box

    parts = [c for c in element if isinstance(c.tag, str)]
    if not 2 <= len(parts) <= 5 or any(c.tag not in _BOX_PARTS or len(c) > 3 for c in parts):
        return False
    last = parts[-1]
    clicked = last.tag in ("a", "button") or (len(last) == 1 and last[0].tag in ("a", "button")
                                              and not (last.text or "").strip() and not (last[0].tail or "").strip())
    if not clicked:
        return False
    lines = [_flat(c.text_content()) for c in parts]
    return all(lines) and sum(len(x.split()) for x in lines) <= 60 and is_box(lines)


def drop_furniture_blocks(tree, description: str | None = None) -> int:
    """Take infoboxes, pull quotes, the dek and lists of dated links (see the module) out of a parsed
    page; their tails stay. How many."""
    found = [t for t in islice(tree.iter("table"), _MAX_TABLES) if is_label_value_table(t)]
    paragraphs: list = []  # (read at the first quotation of six words or more)
    found += [e for e in islice(_found(tree, "//blockquote | //aside"), _MAX_BLOCKS) if _is_pull_quote(e, paragraphs)]
    description = _flat(description or "")
    if len(description.split()) >= 8:
        found += [e for e in islice(_found(tree, "//p | //div[not(*)] | //h2"), MAX_PARAGRAPHS) if _is_dek(e, description)]
    found += [e for e in islice(_found(tree, "//p[@class] | //div[@class][not(*)]"), _MAX_BLOCKS) if _is_standfirst(e)]
    found += [e for e in islice(_found(tree, "//ul | //ol"), _MAX_BLOCKS) if _is_dated_list(e)]
    found += [e for e in islice(_boxes(tree), _MAX_BLOCKS) if _is_box(e)]
    from azmap.corpus.page_chrome import is_links_block, is_offer
    from azmap.corpus.picture_text import PARAGRAPHS, is_picture_text

    found += [e for e in islice(_found(tree, PARAGRAPHS), _MAX_BLOCKS) if is_picture_text(e)]  # a picture's sign

    found += [e for e in islice(_found(tree, "//p[descendant::a]"), _MAX_BLOCKS) if is_offer(e)]
    found += [e for e in islice(_found(tree, "//div[ul or ol] | //aside[ul or ol] | //section[ul or ol]"), _MAX_BLOCKS)
              if is_links_block(e)]
    return drop_all(found)


def drop_all(found: list) -> int:
    """Take the elements found out of their page (one inside another found goes with it); their tails
    stay. How many."""
    dropped = 0
    for element in found:
        if element.getparent() is not None:
            element.drop_tree()
            dropped += 1
    return dropped


def page_description(tree) -> str | None:
    """The page's description (<meta name="description"> or og:description)."""
    values = _found(tree, '//meta[@name="description" or @property="og:description"]/@content')
    return _flat(values[0]) if values else None


_CAPTION_CLASS = re.compile(r"caption", re.I)
_MAX_CAPTION_WORDS = 80


def take_captions(tree) -> list[str]:
    """The page's photograph captions (see the module), taken out of the parsed page; their tails stay."""
    found = [e for e in islice(_found(tree, "//figcaption | //*[contains(@class, 'aption')]"), _MAX_BLOCKS)
             if e.tag == "figcaption" or (e.tag in ("p", "div", "span") and _CAPTION_CLASS.search(e.get("class") or ""))]
    from azmap.corpus.page_chrome import drop_hidden_labels

    captions = []
    for element in found:
        drop_hidden_labels(element)  # "Image caption, " for screen readers only: no part of it
        from azmap.corpus.tag_author import elements_apart

        elements_apart(element)  # "<span>… Caspio.</span><span>Cedida</span>": two pieces, not "Caspio.Cedida"
        text = _flat(element.text_content())
        if element.getparent() is None or not text or len(text.split()) > _MAX_CAPTION_WORDS:
            continue
        for part in _caption_and_credit(element, text):
            if part not in captions:
                captions.append(part)
        element.drop_tree()
    return captions


# an element inside a caption that holds its credit: by its class, or by its words ("Photo: …", "© …")
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|byline|source|author", re.I)
_CREDIT_TEXT = re.compile(r"^(?:©|\(c\)\s)|^[^\W\d][\w ./-]{0,24}\s?:\s*\S", re.I)


def _caption_and_credit(element, text: str) -> list[str]:
    """A caption's text and its credit, each apart, where an element of its own inside it holds the
    credit ("<figcaption>A train crosses the river. <span class="credit">Photo: …</span>"); else the text."""
    from azmap.corpus.metadata_html import _CREDIT

    for child in element.iter():
        if child is element or not isinstance(child.tag, str) or child.tag in ("a", "br"):
            continue
        credit = _flat(child.text_content())
        if not credit or credit == text:
            continue
        by_words = _CREDIT_TEXT.match(credit) and (credit.startswith(("©", "(c)", "(C)")) or _CREDIT.match(credit))
        if not (by_words or _CREDIT_CLASS.search(child.get("class") or "")):
            continue
        caption = _flat(text.replace(credit, " ", 1))
        if caption and len(caption.split()) >= 2:
            return [caption, credit]
    from azmap.corpus.tag_author import last_word_credit

    last = last_word_credit(element)  # "<span>… ends.</span><span>Handout</span>": a word or three of its own
    if last and len(_flat(text.replace(last, " ", 1)).split()) >= 2:
        return [_flat(text[:text.rfind(last)]), last]
    from azmap.corpus.page_chrome import run_on_credit

    apart = run_on_credit(text)  # "… ends. (Photo: Name)", "… at Kars. Photo by Name on Unsplash"
    if apart:
        return apart
    run_on = _RUN_ON_CREDIT.match(text)  # "… in 1996. Photograph: Herald archive": the credit after the last sentence
    if run_on and _CREDIT.match(run_on.group(2)) and len(run_on.group(1).split()) >= 2:
        return [run_on.group(1), run_on.group(2)]
    short = _ABBREVIATED_CREDIT.match(text)  # "… jour. Phot. Jeanne Morel": a label cut short, then a person's name
    if short and len(short.group(1).split()) >= 2 and 2 <= len(short.group(3).split()) <= 4:
        from azmap.corpus.metadata import _is_personal_name

        if _is_personal_name(short.group(3)):
            return [short.group(1), short.group(2)]
    return [text]


# a caption's last sentence and a credit run on after it in the same text: a label of a word and a
# colon, then a name or a source of a few words
_RUN_ON_CREDIT = re.compile(r"^(.+?[.!?…»”\"])\s+([^\W\d]{3,14}\s?:\s*[^\s.:][^.:!?]{0,60})$")
# or the label an abbreviation with its full stop ("Phot.", "Ill.", "Proj.", "Zeichn."), a person's name after it
_ABBREVIATED_CREDIT = re.compile(r"^(.+?[.!?…»”\"])\s+([^\W\d_]{2,7}\.\s+([^\W\d_][^.:!?()]{2,60}))$")
