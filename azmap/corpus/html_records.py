"""Blocks of a web page that are records, not prose, by their form and position, whatever language
they are in, taken out of the parsed page before the article reader reads it:

- a record: a list whose every item is a short "Label: value" line ("Date: 5 March 2026", "Lieu : Lyon",
  "Son başvuru: 1 Mart 2026"): an event's facts, a call's deadlines. An item whose value is a sentence
  ("Costs: the line will cost a third more than planned, …", a transcript's "Host: How likely …?") is prose,
  and the list stays;
- a roster: a list whose every item is a person's name (titles before it allowed: "Prof. Dr.", "dr hab.")
  with a post, an institution or a role after a comma or in brackets ("Claire Morvan, Université de Lille
  (présidente)"): a panel's speakers, a committee. Items that are sentences about the people stay;
- a list of files: every item one link to a file, its format and size in brackets ("(PDF, 412 KB)");
- a standfirst by its position: a paragraph of a sentence or two (ending as a sentence ends) standing
  between the page's heading and the byline with its date (the heading, the paragraph, then a short block holding a ``<time>`` or a date),
  or of a line or two (a sentence's end or not) between the heading and a block signed by its words ("By A and
  B", "Por A"), whatever its class says. A paragraph under the byline, or under a heading with no byline after
  it, is the text's own.
"""
from __future__ import annotations

import re
from itertools import islice

_MAX_LISTS = 400
_MAX_ITEMS = 40


def _flat(text: str) -> str:
    return " ".join(text.split())


def _items(element) -> list[str]:
    return [_flat(li.text_content()) for li in islice(element, _MAX_ITEMS + 1)
            if isinstance(li.tag, str) and li.tag == "li"]


# "Label: value": a label of one to five words (no digits, no sentence in it) and a colon, French's space
# before it allowed
_LABELLED = re.compile(r"^([^\W\d_][^\W\d_'’.-]*(?:[\s'’.-]+[^\W\d_][^\W\d_'’.-]*){0,4})\s?[:：]\s+(\S.*)$")
_SENTENCE_END = re.compile(r"[.!?…]['’\"”»)]*$")
_MAX_VALUE_WORDS = 12


def _is_record_item(text: str) -> bool:
    """A "Label: value" line whose value is a short fact (a day, a place, a name), not a sentence."""
    m = _LABELLED.match(text)
    if not m:
        return False
    value = m.group(2)
    words = value.split()
    return len(words) <= _MAX_VALUE_WORDS and not (len(words) >= 5 and _SENTENCE_END.search(value))


def is_record_list(element) -> bool:
    """A list of two or more items, each a "Label: value" line (see the module), none labelled as those
    present are ("Host:", "Guests:", "Present:"): participants.py reads those as the participants."""
    items = _items(element)
    return 2 <= len(items) <= _MAX_ITEMS and all(_is_record_item(i) for i in items) \
        and not any(_present_label(i) for i in items)


# a title before a name: a word in lower case ("dr", "hab."), or an abbreviation with its full stop ("Prof.",
# "Dra.", "Doç."), or the installed titles' words ("Sir", "Dr", "Pr")
_ABBREVIATION = re.compile(r"^[^\W\d_]{1,5}\.$")
_HEAD = re.compile(r"^([^,(]{3,60}?)\s*(?:,\s*|\(\s*)(\S.*)$")
_MAX_ROSTER_WORDS = 20


def _person(head: str) -> bool:
    """Whether ``head`` is a person's name, titles before it allowed."""
    from azmap.corpus.author_evidence import strip_titles
    from azmap.corpus.metadata import _is_personal_name

    tokens = head.split()
    while len(tokens) > 2 and (tokens[0].islower() or _ABBREVIATION.match(tokens[0])):
        tokens.pop(0)
    name = strip_titles(" ".join(tokens))
    return 2 <= len(name.split()) <= 4 and _is_personal_name(name)


def _is_roster_item(text: str) -> bool:
    """A person's name and, after a comma or in brackets, her post, institution or role; no sentence."""
    if len(text.split()) > _MAX_ROSTER_WORDS or _SENTENCE_END.search(text) and not text.endswith(")"):
        return False
    m = _HEAD.match(text)
    return bool(m) and _person(m.group(1))


def is_roster_list(element) -> bool:
    """A list of two or more items, each a person's name with her post or role (see the module), not under
    a label of those present ("Attendees", "Présents"): participants.py reads those as the participants."""
    items = _items(element)
    return 2 <= len(items) <= _MAX_ITEMS and all(_is_roster_item(i) for i in items) and not _under_present(element)


# a file's format and size in brackets at a link's end: "(PDF, 412 KB, 4 pages)", "(Excel, 88 KB)", "(DOCX 1,2 Mo)"
_FILE_NOTE = re.compile(r"\((?:pdf|excel|xlsx?|csv|ods|odt|word|docx?|rtf|pptx?|epub|zip|txt)\b[^()]{0,40}?"
                        r"\b\d[\d.,]*\s*(?:bytes|[kmg]i?b|ko|mo|go|кб|мб)\b[^()]{0,30}\)$", re.I)


def is_file_list(element) -> bool:
    """A list of two or more files to download: each item one link whose text ends with the file's format
    and size in brackets ("Fact sheet (PDF, 412 KB, 4 pages)")."""
    items = [li for li in islice(element, _MAX_ITEMS + 1) if isinstance(li.tag, str) and li.tag == "li"]
    if not 2 <= len(items) <= _MAX_ITEMS:
        return False
    for li in items:
        links = li.findall(".//a")
        text = _flat(li.text_content())
        if len(links) != 1 or _flat(links[0].text_content()) != text or not _FILE_NOTE.search(text):
            return False
    return True


def _under_present(element) -> bool:
    """Whether the block over ``element`` is a label or heading of the people present or absent."""
    over = element.getprevious()
    return over is not None and isinstance(over.tag, str) and _present_label(_flat(over.text_content())[:80], True)


def _present_label(text: str, alone: bool = False) -> bool:
    """Whether ``text`` is led by a label of the people present or absent (``alone``: and is nothing else)."""
    from azmap.corpus.participants import _LABEL

    m = _LABEL.match(text)
    return bool(m and (m.group(1) or m.group(2)) and not (alone and m.group(3)))


_MAX_STANDFIRST_WORDS = 60
_MAX_BYLINE_WORDS = 30
_NO_BYLINE = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "figure", "ul", "ol", "table", "blockquote"))


def _dated_byline(element) -> bool:
    """A short block holding a ``<time>`` element or a date among its parts ("Por A · 21 out 2025, 18:40")."""
    if element is None or not isinstance(element.tag, str) or element.tag in _NO_BYLINE:
        return False
    text = _flat(element.text_content())
    if not text or len(text.split()) > _MAX_BYLINE_WORDS:
        return False
    if element.tag == "time" or element.find(".//time") is not None:
        return True
    from azmap.corpus.metadata import parse_date

    return any(parse_date(part) for part in re.split(r"\s+[·|•—–-]\s+|\s*,\s+(?=\d)", text) if 4 <= len(part) <= 40)


def _is_standfirst(element) -> bool:
    """A paragraph of a sentence or two right under the page's heading with a dated byline right under it."""
    before = element.getprevious()
    if before is None or not isinstance(before.tag, str) or before.tag != "h1":
        return False
    from azmap.corpus.html_blocks import _INTRODUCES

    text = _flat(element.text_content())
    if not 4 <= len(text.split()) <= _MAX_STANDFIRST_WORDS or len(re.findall(r"[.!?](?:\s|$)", text)) > 2:
        return False
    if _INTRODUCES.search(text):
        return False  # "An interview with …", "… She told us why …": an interview's introduction, the text's
    if _signed_byline(element.getnext()) and not _dated_byline(element) and not _signed_byline(element) \
            and (_SENTENCE_END.search(text) or not _BY_NAME.search(text)):
        return True  # the byline is under it: the line over it, no date line nor "A report by X", is none
    if not _SENTENCE_END.search(text):
        return False  # "A report by X": a byline's line, no sentence
    return _dated_byline(element.getnext())


# a by-word before a name ("A report by Caspian Shore Watch", "Un reportage par …")
_BY_NAME = re.compile(r"\b(?:by|par|von|por|door|av)\s+[^\W\d_a-z]", re.U)


def _signed_byline(element) -> bool:
    """A short paragraph or block that is a byline by its words ("By A and B", "Por A", "Автор: A")."""
    if element is None or not isinstance(element.tag, str) or element.tag not in ("p", "div", "span"):
        return False
    from azmap.corpus.metadata_html import _SIGNED

    text = _flat(element.text_content())
    return 2 <= len(text.split()) <= 12 and bool(_SIGNED.match(text))


def drop_records(tree) -> int:
    """Take records, rosters and standfirsts by position (see the module) out of a parsed page; their
    tails stay. How many."""
    from azmap.corpus.html_blocks import _found, drop_all

    lists = list(islice(_found(tree, "//ul | //ol"), _MAX_LISTS))
    found = [e for e in lists if is_record_list(e) or is_roster_list(e) or is_file_list(e)]
    found += [e for e in islice(_found(tree, "//h1/following-sibling::p[1]"), 5) if _is_standfirst(e)]
    return drop_all(found)
