"""The parts of a PDF's pages that are no running text, told by their form and place (azmap.corpus.pdf
reads the rest): where a first page's front matter (title, series, names, affiliations, date) ends
and its text begins, or that the page is a cover with no text at all; a cover's logo words at its
foot; a drop capital (one large letter beside the first lines of a paragraph), put back into its
word; a contents page (lines ending in dotted leaders and a page number).

Words are pdfplumber's word dicts (text, x0, x1, top, bottom, size, fontname).
"""
from __future__ import annotations

import re

_LEADERS = re.compile(r"(?:\.\s?){4,}\s*\S{0,8}\s*$|\.{4,}|(?:…\s?){2,}")
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_STANDALONE_LETTERS = set("AIOYÀ")  # a capital that may be a word of its own ("A", "I", Spanish "Y")


def drop_capitals(words: list[dict], body_size: float) -> list[dict]:
    """The words with each drop capital joined to the word it begins: a single capital letter at
    least 1.6 times the body's size, the first lines of a paragraph set in beside it. The lines
    beside it start, as the paragraph's others, at the capital's left. A letter that can be a word
    by itself ("A") stays a word when its first line starts further in than the lines under it (a
    word space after the capital)."""
    caps = [w for w in words if w["size"] > body_size * 1.6 and len(w["text"]) == 1 and w["text"].isupper()]
    if not caps:
        return words
    dropped = set()
    for cap in caps:
        beside = sorted((w for w in words if w is not cap and w["size"] < cap["size"] * 0.6
                         and (cap["x0"] + cap["x1"]) / 2 < w["x0"] <= cap["x1"] + body_size * 1.5
                         and cap["top"] - body_size * 0.6 <= w["top"] <= cap["bottom"] - body_size * 0.5),
                        key=lambda w: w["top"])
        rows: list[list[dict]] = []  # the first words of the lines beside the capital
        for w in beside:
            if rows and w["top"] - rows[-1][0]["top"] <= 2.5:
                rows[-1].append(w)
            else:
                rows.append([w])
        if not rows:
            continue
        starts = [min(row, key=lambda w: w["x0"]) for row in rows]
        first = starts[0]
        indent = min((w["x0"] for w in starts[1:]), default=first["x0"])
        for w in starts[1:]:
            w["x0"] = cap["x0"]
        if cap["text"] in _STANDALONE_LETTERS and first["x0"] > indent + body_size * 0.2:
            merged = dict(cap, top=first["top"], bottom=first["bottom"], size=first["size"],
                          fontname=first.get("fontname", ""), x1=cap["x0"] + first["size"] * 0.6)
            words = [merged if w is cap else w for w in words]
            continue
        first["text"] = cap["text"] + first["text"]
        first["x0"] = cap["x0"]
        dropped.add(id(cap))
    return [w for w in words if id(w) not in dropped] if dropped else words


def paragraph_top(lines: list, body_size: float, width: float) -> float | None:
    """The top of a first page's first line of running text: a line in the body's type as wide as
    most of the page's lines in that type (lines of front matter are short: names, an institution,
    a date; an affiliation led by a raised mark), with another line of the body's type close under it
    (a line's type: its first word's).
    None when there is none (a cover)."""
    import statistics

    widths = [ln.x1 - ln.x0 for ln in lines if abs(ln.size - body_size) < 0.3]
    if len(widths) < 2:
        return None
    usual = statistics.median_high(widths)
    for at, a in enumerate(lines):
        b = _under(lines, at)
        # (each line told by its first word's type: on a page of two columns a line may run on into
        # small type at the other column's head)
        if b is not None and abs(a.words[0]["size"] - body_size) < 0.3 and abs(b.words[0]["size"] - body_size) < 0.3 and not a.bold \
                and a.x1 - a.x0 > max(usual * 0.8, width * 0.25) and 0 <= b.top - a.bottom < body_size:
            return a.top
    return None


def _under(lines: list, at: int):
    """The line under ``lines[at]`` in its own column: the next line, unless that one lies beside it
    (the other column's line, where the two columns' lines stand on other baselines and alternate in
    the page's order); then the next line below that shares some of its width."""
    a = lines[at]
    return next((b for b in lines[at + 1:] if b.x0 < a.x1 and a.x0 < b.x1), None)


def front_box(lines: list, body_size: float) -> list | None:
    """The lines of a box set in smaller type over a first page's text, with no frame drawn round it
    (a "Key points", "Summary" or "Highlights" box under the names): a short bold heading in type no
    larger than the body's, then two lines or more in smaller type close under it and each other, from
    one left edge, most of them a list's items or sentences. None when the front has none (notes under
    the names have no bold heading; an "Abstract" label heads a paragraph in the body's type)."""
    lines = sorted(lines, key=lambda ln: ln.top)
    for k, head in enumerate(lines):
        text = head.text.strip()
        if not head.bold or head.size > body_size + 0.5 or len(text) > 60 or _TERMINAL_MARK.search(text):
            continue
        run = []
        for ln in lines[k + 1:]:
            above = run[-1] if run else head
            if ln.bold or ln.size >= body_size * 0.95 or not 0 <= ln.top - above.bottom < ln.size * 1.5 \
                    or abs(ln.x0 - head.x0) > ln.size * 3:
                break
            run.append(ln)
        items = sum(ln.text[:1] in "•▪◦‣●■–-*" or bool(_TERMINAL_MARK.search(ln.text.strip())) for ln in run)
        if len(run) >= 2 and items * 2 >= len(run) and items >= 2:
            return [head] + run
    return None


_TERMINAL_MARK = re.compile(r"[.!?:;…][\"”’)\]]*$")


def cover_foot(lines: list, height: float) -> set[int]:
    """The ids of a cover's lines at its foot set well apart from the lines over them (a logo's
    words, the publisher's address): furniture, unless they give a year."""
    lines = sorted(lines, key=lambda ln: ln.top)
    for k, (a, b) in enumerate(zip(lines, lines[1:])):
        if b.top > height * 0.66 and b.top - a.bottom > height * 0.15:
            return {id(ln) for ln in lines[k + 1:] if not _YEAR.search(ln.text)}
    return set()


def leader_line(text: str) -> bool:
    """A contents entry: a line ending in dotted leaders and a page number."""
    return ("...." in text or ". . ." in text or "…" in text) and bool(_LEADERS.search(text))


def contents_page(texts: list[str]) -> bool:
    """Whether a page's lines are a contents page: three entries with leaders or more, and most of
    its lines such entries."""
    entries = sum(leader_line(t) for t in texts)
    return entries >= 3 and entries >= len(texts) / 2


# a document's symbol block (the United Nations' and others' official documents): the distribution
# ("Distr.: General", "Distr. LIMITED", "Distr. générale"), the language of the original, a symbol of
# letters and numbers parted by slashes ("A/79/318", "E/CN.6/2024/L.3", "S/2023/1021")
_DISTRIBUTION = re.compile(r"\bDistr\.?\s*:?\s*(?:General|Limited|Restricted|Reserved|générale|limitée|restreinte|limitada|reservada)\b", re.I)
_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:\.\d{1,3})?(?:/[A-Z0-9][A-Za-z0-9.\-()]*){2,}$")
_RULE_TEXT = re.compile(r"^[_—–-]{10,}$")


def rule_text(text: str) -> bool:
    """A rule drawn with characters (a row of underscores or dashes): no text."""
    return text[:1] in "_—–-" and bool(_RULE_TEXT.match(text.replace(" ", "")))


def symbol_block_end(lines: list) -> float | None:
    """The bottom of a first page's symbol block, when it has one: a distribution line and a document
    symbol, over the title (the organ's name, the date, the original's language, the session and
    agenda item with them). It ends at a rule under it or, without one, at the lower of the two.
    None when there is none."""
    if not any("Distr" in ln.text for ln in lines):  # cheap guard
        return None
    marks = [ln for ln in lines if _DISTRIBUTION.search(ln.text)
             or any(_SYMBOL.match(w["text"]) for w in ln.words)]
    if len(marks) < 2 or not any(_DISTRIBUTION.search(ln.text) for ln in marks) \
            or not any(any(_SYMBOL.match(w["text"]) for w in ln.words) for ln in marks):
        return None
    low = max(ln.bottom for ln in marks)
    rules = [ln for ln in lines if ln.top >= low and rule_text(ln.text)]
    if rules:
        return min(rules, key=lambda ln: ln.top).bottom
    return low
