"""A plain text's forms that decide how its lines are read, whatever their words: whether its paragraphs are
set apart by blank lines (then a single line break inside a block is a wrap, even after a full stop), and
whether a line is a rule (a row of one mark) that frames a masthead."""
from __future__ import annotations

import re

# a rule: one mark repeated across the line ("=====", "-----", "_____", "*****", "~~~~~")
_RULE = re.compile(r"^\s*([=\-_*~#])\1{9,}\s*$")

# a sentence's end: its mark and the quotation marks or brackets closing after it
_SENTENCE_END = re.compile(r"""[.!?…]["”’'»)\]]*$""")


def is_rule(line: str) -> bool:
    """A row of ten or more of one mark, alone on its line."""
    return bool(_RULE.match(line))


def framing_rule(texts: list[str], k: int) -> bool:
    """Whether line k of a block is a rule that frames a masthead, no heading's underline: a rule under a line
    about as long as itself is the line's underline (a setext heading, "Fishing quotas …" over "-----"), unless
    another rule stands two lines off, the pair framing what is between."""
    if not is_rule(texts[k]):
        return False
    above = texts[k - 1].strip() if k else ""
    underline = bool(above) and not is_rule(above) and abs(len(texts[k].strip()) - len(above)) <= 3
    framed = k + 2 < len(texts) and is_rule(texts[k + 2]) or k >= 2 and is_rule(texts[k - 2])
    return not underline or framed


def without_rules(lines) -> str:
    """A block's lines (matches or strings) as one line, its rules left out: a masthead's name, issue and day
    between rules of "=" are a header's lines, however long the rules make the block."""
    texts = [ln.group(0) if hasattr(ln, "group") else ln for ln in lines]
    return " ".join(" ".join(t for t in texts if not is_rule(t)).split())


def is_stamp(line: str, text: str) -> bool:
    """A stamp: a line with no small letters ("UNCLASSIFIED//FOR PUBLIC RELEASE", "INTERNAL - NOT FOR FURTHER
    DISTRIBUTION") that opens a page and comes back as the text's last line, as a classification or a
    release stamp is printed on every page: no title."""
    line = line.strip()
    if len(line) < 8 or any(c.islower() for c in line) or sum(c.isalpha() for c in line) < 6:
        return False
    tail = text.rstrip()
    return tail.endswith(line) and tail[:-len(line)].endswith("\n") and text.count(line) >= 2


def beside_page_lines(texts: list[str], names_its_page, key) -> set[int]:
    """The lines in a page line's group (the lines run together with "Page 2 of 2", no blank between) that come
    back elsewhere in the text, numbers aside (``key``: a line's form with its numbers as "#"): a page's
    running head ("SECTION 02 OF 02 BAKU 000412" under the page line, "SECTION 01 OF 02 …" on the first page)."""
    pages = [i for i, t in enumerate(texts) if t and names_its_page(t)]
    if not pages:
        return set()
    keys: dict[str, int] = {}
    for t in texts:
        if 6 <= len(t) <= 120:
            keys[key(t)] = keys.get(key(t), 0) + 1
    out = set()
    for i in pages:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(texts) and texts[j] and abs(j - i) <= 3:
                if 6 <= len(texts[j]) <= 120 and keys.get(key(texts[j]), 0) >= 2 and "#" in key(texts[j]):
                    out.add(j)
                j += step
    return out


def cut_clause(line: str) -> bool:
    """A line that is a sentence cut off by a line break, no heading: eight words or more, a comma inside, at
    least half of them in small letters and no end mark ("Die Makler erwarten, dass der Markt schwach bleibt,
    bis das neue" over "Ladeprogramm veröffentlicht ist …", the noun opening the next line in capitals)."""
    words = line.split()
    return len(words) >= 8 and "," in line and not _SENTENCE_END.search(line) and "@" not in line \
        and "://" not in line and sum(w[:1].islower() for w in words) >= len(words) / 2


def paragraph_gaps(texts: list[str], ends_sentence) -> int:
    """How many blank lines follow a line that ends a sentence: the paragraphs a text sets apart by blank
    lines (``texts``: its lines without their spaces, "" a blank one; ``ends_sentence``: a line's test)."""
    return sum(1 for i in range(1, len(texts)) if not texts[i] and texts[i - 1] and ends_sentence(texts[i - 1]))


def wrap_runs_on(texts: list[str], i: int, width: int, item) -> bool:
    """In a text whose paragraphs are set apart by blank lines, whether the paragraph goes on after line i (a
    short line ending a sentence): the line ends a sentence (not a label's colon), the next line is one of the
    paragraph's full lines carrying a sentence on to a third line, neither a list's item (``item``: a line's
    test) nor a rule, and the line before (if the block has one) was a full line too. A run of short
    sentences one a line (a list without marks, references, a signature's lines), a title over two lines and
    a line whose next starts at another margin stay apart."""
    if i + 2 >= len(texts) or not texts[i + 1] or not texts[i + 2] or not width or not _SENTENCE_END.search(texts[i]):
        return False
    nxt = texts[i + 1]
    if _margin(nxt) != _margin(texts[i]):  # a hanging indent (a reference's lines), a form's next point
        return False
    if len(nxt) < 0.85 * width or _SENTENCE_END.search(nxt) or item(nxt) or is_rule(nxt):
        return False
    return i == 0 or not texts[i - 1] or len(texts[i - 1]) >= 0.85 * width


def _margin(line: str) -> int:
    return len(line) - len(line.lstrip())


# what joins the last of a list of names: a comma, a semicolon, "&", the word for "and" (English, German, French,
# Spanish, Portuguese, Italian, Polish, Russian, Turkish, Azerbaijani)
_AND = re.compile(r",|;|&|\b(?:and|und|et|y|e|i|и|ve|və)\b")
# "Label: Name, Post": a label of one to four words, a colon, a name, a comma and a post
_LABELLED = re.compile(r"^([^\W\d_][\w’'-]*(?:\s+[\w’'-]+){0,3})\s*:\s+(\S.{2,150})$")


def labelled_credit(line: str, is_person) -> dict | None:
    """A credit line under a title, "Label: Name, Post" whatever the label's words ("Market commentary:",
    "Analyse :", "Marktkommentar:", "Hazırlayan:"): the name (``is_person``: a personal name's test) and the
    post after the comma (a few words, no figures or address) as its affiliation; None for any other line (a
    source line naming an institution, a label over a sentence)."""
    m = _LABELLED.match(line.strip())
    if not m:
        return None
    from azmap.corpus.byline_grammar import contact_label

    if contact_label(line):
        return None  # "Contact: A, Policy Officer": whom to ask, no writer (byline_grammar.CONTACTS)
    name, comma, post = m.group(2).partition(",")
    name, post = name.strip(), post.strip().rstrip(".").strip()
    if not comma or not post or re.search(r"[\d@/|]", post) or len(post.split()) > 8 or not is_person(name):
        return None
    others = [p.strip() for p in _AND.split(post) if p.strip()]
    if len(others) >= 2 and all(is_person(p) for p in others) or _a_persons(post, is_person):
        return None  # "Attendees: A, B and C", "Analysts: A, B": people listed, no post
    return {"name": name, "affiliation": post}


def _a_persons(text: str, is_person) -> bool:
    """A person's name rather than a post: a name's form, and a given name the word list knows first or one
    of the region's surnames' endings last ("Hannah Whitfield", "Giorgi Kapanadze"; not "Leiterin Research")."""
    from azmap.corpus.name_words import _SURNAME_ENDINGS, given_name_form

    words = text.split()
    return len(words) >= 2 and is_person(text) and (given_name_form(words[0])
                                                     or words[-1].lower().endswith(_SURNAME_ENDINGS))


# a form's numbered point: "II.1.4)", "I.1)", "2.3)", "4.2.1", "1." before its label
_POINT = re.compile(r"^(?:[IVX]{1,4}(?:\.\d{1,2}){0,3}\)|\d{1,2}(?:\.\d{1,2}){0,3}\)|\d{1,2}(?:\.\d{1,2}){1,3}\.?"
                    r"|\d{1,2}\.)\s+")
# a field: a label of a few words, a colon (a space before it in French), and a short value or none
# (the label's words: letters, figures, hyphens, slashes, no sentence's or reference's marks)
_FIELD = re.compile(r"^([^\W\d_][\w '’/-]{0,60}?)\s?:(?:\s+(\S.*))?$")


def is_field(line: str) -> bool:
    """A form's field ("Official name: Western Route Pipeline Company", "II.1.4) Short description:",
    "Lot No: 1") or numbered point ("II.2) Description"): no sentence (a transcript's "Host: Welcome back to
    the programme." is a turn, "Q : Quand … ?" a question)."""
    t = line.strip()
    point = _POINT.match(t)
    rest = t[point.end():] if point else t
    m = _FIELD.match(rest)
    if m:
        label, value = m.group(1), m.group(2) or ""
        if len(label.split()) > 12 or len(value) > 120:
            return False
        return not (value and re.search(r"[^\W\d_][.!?…][\"”’»)]*$", value))  # ("OMAR: Yes.": a turn)
    return bool(point) and 2 <= len(rest) <= 80 and not _SENTENCE_END.search(rest) and "," not in rest


def is_record(lines: list[str], before: list[str] | None = None, after: list[str] | None = None) -> bool:
    """A run of a form's fields and numbered points, one a line, two or more (with the blocks ``before`` and
    ``after`` it, where each line stood apart as a block of its own), one of them a labelled field: a record,
    no prose."""
    texts = [t for t in lines if t.strip()]
    over = [t for t in before or [] if t.strip()][-1:]
    if not texts or not all(is_field(t) or _value_under(k and texts[k - 1] or (over or [""])[0], t)
                            for k, t in enumerate(texts)):
        return False
    run = list(texts)
    for side in (before, after):
        if side and all(is_field(t) for t in side if t.strip()):
            run += [t for t in side if t.strip()]
    return len(run) >= 2 and any(_labelled(t) for t in run)


def _value_under(label: str, line: str) -> bool:
    """A field's value on the line under its label alone ("II.1.1) Title:" over "Baku-Supsa pipeline: …"):
    short, no sentence."""
    return label.rstrip().endswith(":") and is_field(label) and len(line.strip()) <= 120 \
        and not _SENTENCE_END.search(line.strip())


def starts_field(line: str, previous: str) -> bool:
    """In a form, whether a line starts a block of its own: a field at a smaller margin than the line over it
    (after an indented paragraph), or a value indented under its label alone."""
    if not previous.strip():
        return False
    if is_field(line) and _margin(line) < _margin(previous):
        return True
    return _margin(line) > _margin(previous) and previous.rstrip().endswith(":") and is_field(previous)


def _labelled(line: str) -> bool:
    t = line.strip()
    point = _POINT.match(t)
    return bool(_FIELD.match(t[point.end():] if point else t))


def official_name(text: str, within: int = 6000) -> str | None:
    """The value of a form's field naming the issuing body officially near its top ("I.1) Official name: Western
    Route Pipeline Company", "Nom officiel : …"; words.OFFICIAL_NAME), short, no sentence; None otherwise."""
    from azmap.corpus.words import OFFICIAL_NAME

    for line in text[:within].split("\n"):
        t = line.strip()
        point = _POINT.match(t)
        m = _FIELD.match(t[point.end():] if point else t)
        if m and OFFICIAL_NAME.match(m.group(1).strip()):
            value = (m.group(2) or "").strip()
            return value if value and len(value) <= 150 and not _SENTENCE_END.search(value) else None
    return None


def title_field(text: str, within: int = 6000) -> str | None:
    """The value of a form's title field near its top: a label meaning "title" (words.TITLE_FIELD), numbered or
    not, alone on its line ("II.1.1) Title:", "Intitulé :") with the value indented on the line under it, or
    after it on the same line; short, no sentence. None where the form has none."""
    from azmap.corpus.words import TITLE_FIELD

    lines = text[:within].split("\n")
    for k, line in enumerate(lines):
        t = line.strip()
        point = _POINT.match(t)
        m = _FIELD.match(t[point.end():] if point else t)
        if not m or not TITLE_FIELD.match(m.group(1).strip()):
            continue
        value = (m.group(2) or "").strip()
        if not value and k + 1 < len(lines) and _margin(lines[k + 1]) > _margin(line):
            value = lines[k + 1].strip()
        if value and len(value) <= 200 and not _SENTENCE_END.search(value):
            return value
        return None
    return None


# a figure's cell: a sign, figures with their separators (a space inside: "4 210"), a per cent sign
_FIGURE_CELL = re.compile(r"^[+\-−–]?%?\d[\d.,  ]*%?\s?%?$|^[+\-−–]?%?\d[\d.,]*\s?%$|^[-–—]$")
_COLUMN_GAP = re.compile(r"\s{2,}")


def _cells(line: str) -> list[str]:
    return _COLUMN_GAP.split(line.strip())


def _row(line: str) -> bool:
    """A fixed-width table's row: three cells or more apart by two spaces or more, the first a name, all the
    others figures."""
    cells = _cells(line)
    return len(cells) >= 3 and len(cells[0]) <= 60 and all(_FIGURE_CELL.match(c) for c in cells[1:])


def _heading_row(line: str) -> bool:
    """A fixed-width table's heading row: three cells or more apart by two spaces or more, the columns' names
    short (four words at most each after the first), no sentence."""
    cells = _cells(line)
    return len(cells) >= 3 and all(len(c.split()) <= 4 for c in cells[1:]) and not _SENTENCE_END.search(line.strip())


def fixed_table(texts: list[str]) -> dict[int, str]:
    """The lines of the plain text's fixed-width tables (``texts``: its lines): "row" for each of two rows or more
    one under the other, "head" for the heading row over them (a rule between or none), "rule" for a rule
    over, between or under them. A paragraph whose sentences are set apart by two spaces is no table (its cells
    are no figures)."""
    out: dict[int, str] = {}
    i = 0
    while i < len(texts):
        if not _row(texts[i]):
            i += 1
            continue
        j = i
        while j < len(texts) and (_row(texts[j]) or is_rule(texts[j]) and j + 1 < len(texts) and _row(texts[j + 1])):
            j += 1
        rows = [k for k in range(i, j) if _row(texts[k])]
        if len(rows) >= 2:
            out.update({k: "row" if k in rows else "rule" for k in range(i, j)})
            above = i - 1
            if above >= 0 and is_rule(texts[above]):
                out[above] = "rule"
                above -= 1
            if above >= 0 and texts[above].strip() and _heading_row(texts[above]):
                out[above] = "head"
                if above - 1 >= 0 and is_rule(texts[above - 1]):
                    out[above - 1] = "rule"
            if j < len(texts) and is_rule(texts[j]):
                out[j] = "rule"
        i = max(j, i + 1)
    return out
