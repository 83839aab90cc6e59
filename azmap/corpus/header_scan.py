"""Where a plain text's header ends: the lines (title, byline, date lines, standfirst, labels) before the
first paragraph of running prose, and the tests of a line the scan asks (prose, a title's form, a
line the prose runs on from, a notice about the page).
"""
from __future__ import annotations

import re
from itertools import islice

from azmap.corpus import affiliation_marks, byline_grammar, header_end, markdown_marks, plain_forms, ref_marks, title_notes
from azmap.corpus.boilerplate import names_its_page
from azmap.corpus.date_parse import parse_date, _PUBLISHED_WORD, _UPDATED
from azmap.corpus.doc_memo import per_document
from azmap.corpus.line_forms import _plain, _upper_share
from azmap.corpus.metadata_front import archive_notice, nobody
from azmap.corpus.person_names import _INSTITUTION, _is_personal_name, _job_title, split_authors
from azmap.corpus.speakers import _PARTICIPANTS, _participants_list, _SPEAKER
from azmap.corpus.words import embargo_line

# "By", and the same word in the other major European languages, or a label ("Author:", "Автор:")
_CUES = (r"(?:written |reported |prepared |compiled |posted |interview |hosted |presented |"
         r"(?:(?:words|text|photos|photographs|pictures)(?: and (?:words|text|photos|photographs|pictures))? )|"
         r"interviewed |questions |reporting |story |issued |"
         r"an? (?:report|study|paper|brief|briefing|analysis) )?by:?|von|par|"
         r"por|di|door|av|"
         r"(?:from|(?:lead |main |contributing |co-?)?authors?|contributors?|autor(?:es)?|"
         r"auteurs?|autore|автор(?:ы)?|reporter|correspondent|writer|text|words|yazar|muhabir|"
         r"корреспондент|verfasser(?:in)?|redaktion|rédaction|autrice|müəllif(?:i|lər)?|yazarlar)\s*:|"
         # an author's label before a dash: "Müəllif - A", "Автор — A"
         r"(?:authors?|autor(?:es)?|auteurs?|autrice|autore|автор(?:ы)?|yazar|müəllif(?:i)?|verfasser)"
         r"\s+[-—–]")
_NAMES = r")\s+(.{2,200}?)\s*$"
# the byline grammar's cues in every language (byline_grammar.py: "Texte :", "Testo:", "— A") besides these
_BYLINE = re.compile(r"^\s*(?:" + byline_grammar.cue_alternation() + "|" + _CUES + _NAMES, re.I)
_LISTED_BYLINE = re.compile(r"^\s*(?:" + _CUES + _NAMES, re.I)

_TRAILING_BY = re.compile(r"\bby\s+(\S[^|·•]{0,60}?)\s*$", re.I)  # "posted 12 may 2023 by tural"

_LABEL_LINE = re.compile(r"^[A-Z][a-z]{4,}\s*:\s+\S")  # "Distribution: unrestricted."

_PUBLISHED = re.compile(r"^(published|updated|revised|posted|last updated|recorded|issued|"
                        r"(?:(?:a |this )?(?:paper|talk|lecture|keynote|presentation) )?(?:presented|delivered))\b", re.I)

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S")  # a list's item, bulleted or numbered
_BULLET = re.compile(r"^(?:[-*+•]\s+)+")  # an item's bullet ("- Host: A", a podcast's people in a list)
_QA_TURN = re.compile(r"^\s*(?:Q|A|Q\d+|Question|Answer)\s*:\s+\S")  # an interview's turn


# a markdown heading by its marks ("# Title", "## Section"): set apart by markup as no paragraph is
_ATX_HEADING = re.compile(r"#{1,6}[ \t]+\S")


def _is_prose(block: str) -> bool:
    """Running prose: a long stretch, mostly lower case, that ends a sentence (titles, standfirsts
    and bylines do not end with a full stop; nor does a markdown heading on its line, however it ends)."""
    if "\n" not in block.strip() and _ATX_HEADING.match(block.strip()):
        return False
    flat = " ".join(block.split())
    return len(flat) >= 60 and bool(re.search(r"[\w%)][.!?][\"”’)]?$", flat)) and _upper_share(flat) < 0.3 \
        and not _BYLINE.match(flat) and not _question_title(flat)


@per_document  # asked of a header's line by several rules (doc_memo.py)
def _title_like(line: str) -> bool:
    return 3 <= len(line) <= 150 and len(line.split()) <= 20 \
        and (not re.search(r"[.!?]$", line) or _question_title(line)) and not _BYLINE.match(line) \
        and not parse_date(line)


def _question_title(line: str) -> bool:
    """A title that asks ("Who pays for the Middle Corridor?"): one question of twenty words at
    most, capitalised, with no sentence before it."""
    return line.endswith("?") and len(line.split()) <= 20 and line[:1].isupper() and not re.search(r"[.!?]\s", line)


def _header(text: str, offset: int, titled: bool) -> list[tuple[int, int, str]]:
    """The header: lines of the blocks (separated by blank lines) before the first paragraph of
    prose. A title on the document's first line, followed by prose after a single line break, is
    a header of its own. A "Label: ..." block between the title lines and the body (a
    distribution line) belongs to the header."""
    header: list[tuple[int, int, str]] = []
    has_title = _TitleSeen()
    found = re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[offset:])  # read lazily: the header is short
    blocks = list(islice(found, 16))
    for n, m in enumerate(blocks):
        block = m.group(0)
        lines = list(re.finditer(r"[^\n]+", block))
        lead = _lead_lines(lines, block, titled or has_title(header)) \
            if 2 <= len(lines) and len(header) < 14 and len(lines[0].group(0)) <= 150 else 0  # (a paragraph's line: no)
        if lead:  # header lines the first paragraph runs on from, after a single line break
            header += [(offset + m.start() + lm.start(), offset + m.start() + lm.end(), lm.group(0))
                       for lm in lines[:lead]]
            break
        # the title, the prose under it after a single line break, at the top or under date lines alone
        if (not header and n == 0 or header and all(parse_date(_plain(h[2])) for h in header)) \
                and len(lines) >= 2 and not titled:
            first = _plain(lines[0].group(0))
            rest = block[lines[1].start():]
            if _title_like(first) and _is_prose(rest) and not _BYLINE.match(first):
                header.append((offset + m.start() + lines[0].start(), offset + m.start() + lines[0].end(),
                               lines[0].group(0)))
                break
        if title_notes.is_record_warning(block):  # a warning about the record over its title (title_notes.py)
            continue
        # a vault note's marks (a block id closing the paragraph, wiki links) are no words of it
        marked = markdown_marks.without_vault_marks(block) if "^" in block or "[[" in block else block
        marked = ref_marks.without_raised(marked)  # and a note's raised figure ("decades.¹") none (ref_marks.py)
        flat = " ".join(marked.split())
        labelled = (_LABEL_LINE.match(flat) and n + 1 < len(blocks) and not _is_prose(blocks[n + 1].group(0))
                    or _PARTICIPANTS.match(_BULLET.sub("", flat))) and header and len(flat) <= 200 and not _SPEAKER.match(flat) \
            or header and _participants_list(lines)
        after_byline = len(header) >= 2 and _casual_prose(flat) and any(  # (under it: a standfirst is no prose)
            _BYLINE.match(_plain(raw)) or _TRAILING_BY.search(raw) or parse_date(raw) and not embargo_line(raw)
            for _, _, raw in header[-1:])  # (an embargo line's day is when the headline may run, no date line over text)
        # a notice about the page ("This post is more than 7 years old."): no sentence of the body
        notice = len(flat) <= 120 and len(header) < 14 and _page_notice(flat) or bool(header) and affiliation_marks.raised_note(flat)
        if (header or titled) and len(lines) == 1 and not notice \
                and (header_end.lower_case_prose(flat) and (not parse_date(flat) or header_end.dated(flat))
                     or header_end.sentence(flat) and (titled or has_title(header)) and not parse_date(flat)
                     and not _header_goes_on(blocks, n)) and not _BYLINE.match(flat):
            break  # a body paragraph, however short, is no line of the header (header_end.py)
        if not notice and ((_is_prose(marked) and not labelled) or len(header) >= 14 or after_byline):
            break
        if not notice and not labelled \
                and not _looks_like_header_line(plain_forms.without_rules(lines) if len(flat) > 200 else flat) \
                and not _short_lines(lines):
            break  # (a masthead's lines between rules read without the rules: plain_forms.py)
        if header and _QA_TURN.match(block):
            break  # an interview's first question: the body has begun
        if header and flat[:1].islower() and _casual_prose(flat) and not parse_date(flat):
            break  # prose in lower case, as a casual text starts: no standfirst, whatever stands over it
        if header and all(_LIST_ITEM.match(lm.group(0)) for lm in lines) and not labelled \
                and not _PARTICIPANTS.match(_plain(header[-1][2])) and not _header_goes_on(blocks, n) \
                and not (len(lines) == 1 and parse_date(flat)) \
                and not (has_title(header) and header_end.summary_points(
                    [lm.group(0) for lm in lines], blocks[n + 1].group(0) if n + 1 < len(blocks) else "")):
            # ("30. Juni 2020": a date, no list; points summing up the story under its headline: no list of it)
            break  # a list under the header's lines is the text's (unless a "Witnesses" label heads it,
            # or a byline or date line follows it, as under a wire story's headline)
        if block.lstrip().startswith("#") and header and (titled or any(
                raw.lstrip().startswith("#") for _, _, raw in header)):
            break  # a section heading after the title: the body has begun
        texts = [lm.group(0) for lm in lines]
        for k, line_m in enumerate(lines):
            if title_notes.is_note_over_title(line_m.group(0)) or plain_forms.framing_rule(texts, k) \
                    or plain_forms.is_stamp(line_m.group(0), text) or names_its_page(line_m.group(0)):
                continue  # "Translated from the … service", "(Adds quote …)": no line of the header (title_notes.py);
                # nor a rule round a masthead, a stamp printed on every page (plain_forms.py), a page's line
            header.append((offset + m.start() + line_m.start(), offset + m.start() + line_m.end(), line_m.group(0)))
    return header


def _short_lines(lines) -> bool:
    """A block of two to six lines each a header's line as a reader sees it (its links' targets unread), none
    a sentence nor a sentence's wrapped part (no line ends a sentence or opens in lower case), one of them a day:
    a card of name, post and date under a title, long only by its links' addresses."""
    plain = [_plain(lm.group(0)) for lm in lines]
    return 2 <= len(lines) <= 6 and all(
        len(line) <= 120 and not line[:1].islower() and not re.search(r"[.!?][\"”’)]?$", line) for line in plain) \
        and any(parse_date(line) for line in plain)


class _TitleSeen:
    """``_titled(header)`` of a header that only grows, each of its lines asked once."""

    __slots__ = ("read", "seen")

    def __init__(self):
        self.read, self.seen = 0, False  # the lines asked so far, and whether one can be the title

    def __call__(self, header: list) -> bool:
        if not self.seen:
            self.seen = _titled(header[self.read:])
            self.read = len(header)
        return self.seen


def _header_goes_on(blocks: list, n: int) -> bool:
    """Whether the block after block n opens with a byline or a short date line."""
    if n + 1 >= len(blocks):
        return False
    first = _plain(blocks[n + 1].group(0).split("\n", 1)[0])
    return bool(_BYLINE.match(first)) or len(first) <= 80 and bool(parse_date(first))


def _titled(header: list) -> bool:
    """Whether the header so far has a line that can be the title: more than a kicker's three
    words, no navigation, no notice about the page."""
    for _, _, raw in header:
        line = _plain(raw)
        if len(line.split()) > 3 and _title_like(line) and not _NAVIGATION.match(line) \
                and not _page_notice(line) and not archive_notice(line) and not embargo_line(line):
            return True
    return False


@per_document
def _page_notice(line: str) -> bool:
    """appeals.is_page_notice of a header's line (asked of a line by several rules: answered once a document)."""
    from azmap.corpus.appeals import is_page_notice

    return is_page_notice(line)


def _lead_lines(lines, block: str, titled: bool) -> int:
    """How many of a prose block's first lines are a header's, the prose running on from them after
    a single line break ("Title" / "By Name" / "12 March 2021" / "The first paragraph …"): a short
    byline naming someone, a short date line or one labelled as such, and before them, when no
    title is known yet, a title. At least one byline or date line; 0 when there is none."""
    count = seen = 0
    title = titled
    for n, lm in enumerate(lines[:6]):
        line = _plain(lm.group(0))
        words = line.split()
        byline = _BYLINE.match(line)
        if byline and len(words) <= 12 and (nobody(byline.group(1)) or any(
                a.get("organisation") or _is_personal_name(a["name"]) for a in split_authors(byline.group(1)))):
            seen = count = n + 1
        elif parse_date(line) and len(line) <= 90 and (
                len(words) <= 5 or _PUBLISHED.match(line) or _PUBLISHED_WORD.search(line) or _UPDATED.search(line)
                or len(words) <= 8 and re.search(r"(?:\d|\b(?:г|r|р|года|року|uhr|gmt|utc))\.?$", line, re.I)):
            seen = count = n + 1
        elif (title or titled) and not re.search(r"[.!?]$", line) and len(words) <= 10 and _names_line(line):
            seen = count = n + 1  # "Staff Reporter", "A, B and C", "Name | Role" under the title
        elif n == count and not title and line[:1].isupper() and len(words) <= 15 and _title_like(line):
            count, title = n + 1, True
        else:
            break
    if count > seen and count < len(lines) and lines[count].group(0).strip()[:1].isupper():
        seen = count  # a title under the date line, the prose under it (not a line the prose wraps on to)
    if not seen or seen >= len(lines) or not _is_prose(block[lines[seen].start():]):
        return 0
    return seen


def _names_line(line: str) -> bool:
    """A line under a title that names its writers and nothing else: a role and nobody ("Staff
    Reporter"), a person's name, a list of them ("A, B and C"), or a name with a position or an
    institution after a bar or a comma ("Name | Energy Analyst")."""
    if nobody(line) or _is_personal_name(line):
        return True
    people = split_authors(line)
    if len(people) >= 2 and all(_is_personal_name(p["name"]) and not p["affiliation"] for p in people):
        return True
    first, *rest = re.split(r",|\s[|·]\s", line, maxsplit=1)
    return bool(rest) and _is_personal_name(first.strip()) and bool(_job_title(rest[0]) or _INSTITUTION.search(rest[0]))


def _casual_prose(flat: str) -> bool:
    """Prose that does not end a sentence the usual way ("... no real plan 😅 #roadtrip"): a dozen
    words or more, most of them in lower case."""
    words, small = header_end.initial_cases(flat)  # (the words that begin with a letter, those with a small one)
    return words >= 12 and small > 0.6 * words and not _BYLINE.match(flat)


# a page's navigation: "Home > News > Transport", "Skip to main content"
_NAVIGATION = re.compile(r"^(?:[^>›»\n]{1,40}(?:\s[>›»]\s[^>›»\n]{1,40}){1,6}|skip to (?:the )?(?:main )?content|"
                         r"skip (?:to )?navigation|jump to (?:navigation|content|main content))$", re.I)

_YEAR_ABBREVIATION = re.compile(r"\b\d{4}\s*(?:г|гг|год|р|r)\.$")  # "4 ноября 2019 г.", "21 вересня 2017 р."


def _looks_like_header_line(line: str) -> bool:
    """A subtitle, standfirst, affiliation or e-mail line under the title (not body); a sentence
    of six words or more that ends with a full stop is body (not the stop of a year's abbreviation:
    "Анар Велиев 4 ноября 2019 г."); a markdown heading is no sentence of the body, however it ends)."""
    if _ATX_HEADING.match(line) and "\n" not in line:
        return len(line) <= 200
    return len(line) <= 200 and not (len(line.split()) >= 6 and re.search(r"[.!?][\"”’)]?$", line)
                                     and not _question_title(line) and not _YEAR_ABBREVIATION.search(line))
