"""A title from the evidence any document has: the line that is no label, code, masthead, journal's
or service's name, with a reply's, a forward's or a rubric's prefix left out.

``settle(meta, lines, at)`` is called when the header's lines have been read: the title the reader
took is given up for a later header line when it names a publication, a service, a database or the
document's kind ("Book review", "CASPIAN POLICY INSTITUTE", "Journal of …", "Archive — Record 58213"),
and its prefixes are taken off ("Fwd:", "Re: Re:", "EXCLUSIVE:", "… - agency").
"""
from __future__ import annotations

import re

from azmap.corpus.book_head import book_byline, book_head, may_hold_head
from azmap.corpus.issue_number import without_issue
from azmap.corpus.report_series import series_line, title_under
from azmap.corpus.service_line import service_line
from azmap.corpus.words import BODY, paper_kind

# a reply's or a forward's marks, in the languages mail clients write them ("AW:", "WG:", "TR:", "SV:")
_MAIL_PREFIX = re.compile(r"^(?:(?:re|fwd?|fw|aw|wg|tr|sv|vs|antw|rif|enc|odp|ynt)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
# a rubric set before the headline ("EXCLUSIVE:", "BREAKING:", "UPDATE 2:", "Explainer:", "Opinion |")
_RUBRIC_PREFIX = re.compile(r"^(?:exclusive|breaking(?: news)?|update(?: \d+)?|explainer|factbox|watch|live|"
                            r"opinion|analysis|comment|commentary|just in|developing|flash|urgent)\s*(?::|\|)\s+",
                            re.I)
# a monitoring item's note of its source's kind after the headline ("… - agency", "… - TV")
_SOURCE_SUFFIX = re.compile(r"\s+[-–—]\s+(?:(?:news )?agency|paper|website|tv|radio|tv channel|news website|"
                            r"official website|pro-government paper|opposition paper)$", re.I)

# the document's kind alone on a line, over its title
_KIND = re.compile(r"^(?:(?:book |film |the )?reviews?|newsletter|bulletin|digest|communiqu[ée]|(?:joint |final )?"
                   r"(?:communiqu[ée]|statement|declaration)|(?:public |official )?notice|remarks|interview|faq|"
                   r"(?:press|news|media) release|record of (?:the )?meeting|(?:meetings coverage|news)(?: and press releases)?|"
                   r"press releases|couverture des réunions(?: et communiqués de presse)?|communiqués de presse|"
                   r"cobertura de (?:las )?reuniones(?: y comunicados de prensa)?|comunicados de prensa|pressemitteilungen|annual (?:review|report)|breaking|"
                   r"open letter|letters?|report|briefing|memo(?:randum)?|fact ?sheet|backgrounder|transcript|"
                   r"news|opinion|commentary|analysis|feature|editorial|column|"
                   r"(?:translated |monitored |news |full )?(?:item|text|report|translation|transcript)|"
                   r"(?:ref|reference|no|id)\.?\s*:?\s*[\w/-]*\d[\w/-]*)$", re.I)
# a publication's name: a journal, a review, a quarterly, a monitoring service
_PUBLICATION = re.compile(r"^(?:the\s+)?(?:journal|bulletin|annals|review|proceedings|transactions|gazette)\s+of\b|"
                          r"\b(?:quarterly|review|journal|survey|letters|monthly|weekly|gazette|digest|newsletter|"
                          r"bulletin|monitor|magazine|herald|tribune|chronicle|observer|yearbook|studies|affairs|"
                          r"service|database|archive|press|watch|desk|wire)$", re.I)
# a database's or a search service's header: "Record 58213", "Item 3", "DOCUMENT 14 OF 120", "Results"
_SERVICE = re.compile(r"\b(?:record|item|document|entry|hit|result)\s+(?:no\.?\s*)?\d+\b|\bresults\s*$|"
                      r"\b\d+\s+of\s+\d+\b|\bdatabase\b|\barchive\b|\bsearch\b", re.I)
_BODY = BODY  # a body's words in every language ("Institute", "Stiftung", "Fundación", "Институт")
_TRAIL = re.compile(r"^[^>›»]{1,30}(?:\s[>›»]\s[^>›»]{1,30}){1,6}$")  # "Home > Regions > Ports"
_JOURNAL_OF = re.compile(r"^(?:the\s+)?(?:journal|bulletin|annals|proceedings|transactions)\s+of\b", re.I)
_PARTS = re.compile(r"\s[|·•]\s")
_SMALL = frozenset("of for on and the in to at a an from with by de du des la le der die das".split())


_REPLY = re.compile(r"^((?:re|aw|sv|vs|antw|rif|odp|ynt)\s*:\s*)(?:(?:re|aw|sv|vs|antw|rif|odp|ynt|fwd?|fw|wg|tr|enc)"
                    r"\s*:\s*)+", re.I)


def strip_prefixes(title: str, reply: bool = False) -> str:
    """The title without a reply's or forward's marks, a rubric before it or a source's kind after it
    (when words of a title are left). With ``reply`` (an e-mail's own subject line) a reply keeps its
    mark, once ("Re: Re: Fwd: X" is "Re: X"): the subject of a reply, as the mail program shows it."""
    if not title:
        return title
    if reply and re.match(r"^(?:re|aw|sv|vs|antw|rif|odp|ynt)\s*:", title, re.I):
        return _REPLY.sub(r"\1", title)
    out = title
    if ":" not in title[:40] and "|" not in title[:40] and " - " not in title and " – " not in title \
            and " — " not in title:
        return title  # (no mark to take off)
    for pattern in (_MAIL_PREFIX, _RUBRIC_PREFIX, _MAIL_PREFIX):
        rest = pattern.sub("", out, count=1)
        if len(rest.split()) >= 2:
            out = rest
    rest = _SOURCE_SUFFIX.sub("", out)
    return rest if len(rest.split()) >= 2 else out


def _capitalised(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line)]
    return bool(words) and all(w[:1].isupper() or w.lower() in _SMALL for w in words)


def names_no_title(line: str) -> bool:
    """Whether a line names the document's kind, a publication, a service or a body rather than
    saying what the document is about."""
    plain = line.strip(" #*_").strip()
    if not plain:
        return True
    if len(plain) > 90 and not (len(plain) <= 160 and _PARTS.search(plain)):
        return False  # (a name or a label is short; a service's line of them a little longer)
    if _KIND.match(plain) or _TRAIL.match(plain) or series_line(plain) or service_line(plain) or paper_kind(plain):
        return True  # (a report's kind with its year, "Annual Report 2025 · Excerpt": report_series.py; a paper's
        #             kind in any language, "Positiepaper", "Stellungnahme": words.paper_kind)
    parts = [p.strip() for p in re.split(r"\s+[|—–·]\s+", plain) if p.strip()]
    if len(parts) > 1 and all(names_no_title(p) or len(p.split()) <= 2 and _capitalised(p) for p in parts):
        return True  # "Caspian Policy Institute | Research", "Regional Monitoring | Caucasus"
    if _SERVICE.search(plain) and len(plain.split()) <= 8:
        return True
    words = plain.split()
    if len(words) <= 10 and _capitalised(plain) and _JOURNAL_OF.match(plain):
        return True  # "Journal of Caspian and Black Sea Studies": a journal's name, however long
    if len(words) <= 6 and _capitalised(plain) and (_PUBLICATION.search(plain) or _BODY.search(plain)):
        return True
    return False


def _name_over_kind(title: str, under: list[str]) -> bool:
    """A name in capitals over a line naming the document's kind or series ("SOUTH CAUCASUS ENERGY CHARTER
    CONFERENCE" over "News and Press Releases"): a masthead, no title."""
    return title.isupper() and bool(under) and bool(_KIND.match(under[0].strip(" #*_").strip()))


# a meeting's sitting or session line under its name ("3rd Sitting (PM)", "12th Meeting", "1re séance")
_SITTING = re.compile(r"^\d{1,3}(?:st|nd|rd|th|re|e|ª|a|\.)?\s+(?:sitting|meeting|session|plenary|séance|sesión|sitzung)"
                      r"(?:\s*\((?:am|pm|morning|afternoon|matin|après-midi|mañana|tarde)\))?$", re.I)


def _candidate(line: str, parse_date) -> bool:
    """A header line that can be a title: words enough, no date line, no byline, no label or code."""
    plain = line.strip(" #*_").strip()
    words = plain.split()
    if len(words) < 3 or len(plain) > 200 or names_no_title(plain) or _SITTING.match(plain):
        return False
    if parse_date(plain) and len(words) <= 8:
        return False
    if re.match(r"^(?:by|von|par|por|di|reviewed by|review by|written by|interview by)\b", plain, re.I):
        return False
    if re.match(r"^[\w .'-]{2,30}:\s", plain) and not re.match(r"^(?:minutes|statement|q&a|review)\b", plain, re.I):
        return False  # "Date of meeting: …", "Present: …"
    if re.search(r"\b(?:no|vol|volume|issue)\.?\s*\d", plain, re.I) and (len(words) <= 6 or re.search(
            r"\bpp?\.\s*\d|\b(?:19|20)\d\d\b", plain)):
        return False  # "Vol. 4, No. 2", "Volume 19, Issue 3, 2025, pp. 412-414": an issue's line
    if _PARTS.search(plain) and all(len(p.split()) <= 4 and _capitalised(p) for p in _PARTS.split(plain)):
        return False  # a masthead's line of parts ("Energy Security Programme | Baku - Tbilisi")
    if _ADDRESSED.match(plain):
        return False  # the document's kind and whom it is for ("Briefing Paper for Members of the Committee")
    return not re.search(r"[.!?]$", plain) or plain.endswith("?")


# a document's kind with whom it is written for, over its title
_ADDRESSED = re.compile(r"^(?:an?\s+)?(?:\w+\s+){0,2}(?:paper|note|brief|briefing|report|memo(?:randum)?|submission|"
                        r"background(?:er)?)\s+(?:for|to|prepared for|submitted to)\s", re.I)


def settle(meta, lines: list[str], at: int | None, parse_date) -> None:
    """The title read from the header's ``lines`` (the title at line ``at``) given up for a later line
    when it names no subject; then its prefixes taken off."""
    if meta.title and at is not None and at >= 0 and meta.evidence.get("title") in ("first line", "title line") \
            and (names_no_title(meta.title) or _name_over_kind(meta.title, lines[at + 1:at + 2])):
        for line in lines[at + 1:]:
            book = book_head(line)  # a review's head line: the book's title (book_head.py)
            if book:
                meta.title = book[0]
                meta.evidence["title"] = "title line (a review's book)"
                break
            if _candidate(line, parse_date) or series_line(lines[at]) and title_under(line, parse_date):
                meta.title = line.strip(" #*_").strip()
                k = lines.index(line)
                if k + 1 < len(lines) and re.match(r"^[a-z]\w*\s+\S", lines[k + 1].strip()) \
                        and not re.search(r"[.!?:]$", meta.title):
                    meta.title += " " + lines[k + 1].strip(" #*_").strip()  # a title wrapped onto a second line
                meta.evidence["title"] = "title line (under a name or label)"
                break
    if meta.title and meta.evidence.get("title") == "e-mail header":  # a letter's subject after its issue's
        meta.title = without_issue(meta.title)  # number ("#87: …", "Ausgabe 34: …": issue_number.py)
    if meta.title and meta.evidence.get("title") != "file name":
        meta.title = strip_prefixes(meta.title, meta.evidence.get("title") in ("e-mail header", "memo header",
                                                                            "title label"))


_MOST_CAPITAL_LINES = 6


def capitals_over_text(text: str) -> str | None:
    """A title set in capitals over several lines at the very top, with the text running on under it
    without a blank line, as a PDF's first page pasted as text gives it ("AZERBAIJAN - RUSSIA
    RELATIONS:" / "IS THE FOREIGN POLICY" / … / "In the historical course …"): the capital lines
    joined. None unless a line of prose in mixed or lower case follows them."""
    lines = text.lstrip("\ufeff\n").split("\n", _MOST_CAPITAL_LINES + 1)
    run = []
    for line in lines[:_MOST_CAPITAL_LINES + 1]:
        line = line.strip()
        letters = [c for c in line if c.isalpha()]
        if line and len(letters) >= 2 and all(c.isupper() for c in letters) and len(line) <= 90:
            run.append(line)
            continue
        if run and len(line.split()) >= 6 and any(c.islower() for c in line):
            title = " ".join(run)
            return title if len(title) <= 200 and len(title.split()) >= 2 else None
        return None
    return None


_MOST_HEAD_BLOCKS = 12  # where a review's head line stands: among the page's first paragraphs
_PROSE_WORDS = 25


# the evidence review_title gives: a reading that took another title first (a web page's <title>) takes it
REVIEW_EVIDENCE = ("a review's head line", "the book's title over its head line", "a review's own title")


def _book_at(blocks: list[str]) -> tuple[int, int, str] | None:
    """(where the reviewed book's title stands, where its head line stands, the title) among the first
    paragraphs: a head line ("Title. By Author. Place: Publisher, 2024. …"), or a line over a head line that
    gives the book's author and imprint alone. None past the first paragraph of prose."""
    for k, block in enumerate(blocks[:_MOST_HEAD_BLOCKS]):
        book = book_head(block)
        if book:
            return k, k, book[0]
        if book_byline(block) and k and _book_title(blocks[k - 1]):
            return k - 1, k, blocks[k - 1]
        for m in re.finditer(r"\s(?=(?:by|edited|eds?\.|translated)\s)", block[:300], re.I):
            if _book_title(block[:m.start()]) and book_byline(block[m.end():]):  # the title, then its byline
                return k, k, block[:m.start()]
        if len(block.split()) >= _PROSE_WORDS and not book_byline(block):
            return None
    return None


def _book_title(block: str) -> bool:
    return not names_no_title(block) and len(block.split()) <= 20 and not re.search(r"[.!]$", block)


def _own_title(blocks: list[str], book: str) -> str | None:
    """The review's own title between the name at the top (a journal's, a site's) and the book's title:
    the first block that can be a title and is neither a label, a date, a byline nor a line naming the
    book."""
    from azmap.corpus.metadata import parse_date

    for block in blocks:
        if "|" in block or book.casefold() in block.casefold() or names_no_title(block):
            continue
        if _candidate(block, parse_date) and not re.search(r"[.:;,]$", block):
            return block
    return None


def review_title(meta, text: str) -> None:
    """A review's title where the one read names a journal, a site or the document's kind: the book's
    title from the head line among the first paragraphs ("Title. By Author. Place: Publisher, 2024.
    …"), or the line over a head line that gives the book's author and imprint alone; the review's own
    title where one stands between the name at the top (a journal's or a site's: its words capitalised, if
    nothing else says so) and the book's title. Nothing is read past the first paragraph of prose."""
    if meta.evidence.get("title") not in (None, "first line", "title line", "title in capitals"):
        return
    if not may_hold_head(text, 6000):  # no head line and no book's byline among the blocks: _book_at finds none
        return
    blocks = [" ".join(b.split()).strip(" #*_") for b in re.split(r"\n\s*\n", text[:6000])]
    blocks = [b for b in blocks if b]
    found = _book_at(blocks)
    if not found:
        return
    at, _, book = found
    top = next((k for k, b in enumerate(blocks[:at]) if meta.title and b.startswith(meta.title)), 0)
    # a name at the top, its words capitalised as a name's are (a title in sentence case over a deck is no masthead)
    masthead = bool(meta.title) and (names_no_title(meta.title) or len(meta.title.split()) <= 8
                                     and _capitalised(meta.title))
    own = _own_title(blocks[top + 1:at], book) if masthead and at > top + 1 else None
    if own:
        meta.title, meta.evidence["title"] = own, "a review's own title"
    elif not meta.title or names_no_title(meta.title):
        meta.title, meta.evidence["title"] = book, REVIEW_EVIDENCE[0] if found[0] == found[1] else REVIEW_EVIDENCE[1]
