"""PDF pages into the text a reader follows, with pdfplumber's characters and their positions.

Font size and place tell the parts of a page apart: running heads and page numbers in the top
and bottom margins are furniture and dropped; footnotes (smaller type at the foot of a column)
are gathered into a notes section at the end; superscript note markers are taken out of the
body; larger or bold lines are headings; two columns are read one after the other; and a
paragraph is joined across column and page breaks and across hyphenated line ends. The result
is light markdown ("# title", "## heading", "[^n]: note") that the segmenter reads like any other.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter

MARGIN = 0.075  # share of the page height at top and bottom where running heads and folios sit
_FOLIO = re.compile(r"^[\s\-–—]*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[\s\-–—]*$", re.I)
_TERMINAL = re.compile(r"[.!?:;…][\"”’)\]]*$")


class Line:
    __slots__ = ("words", "top", "bottom", "x0", "x1", "size", "bold", "page", "column")

    def __init__(self, words, page, column):
        self.words = words
        self.top = min(w["top"] for w in words)
        self.bottom = max(w["bottom"] for w in words)
        self.x0 = min(w["x0"] for w in words)
        self.x1 = max(w["x1"] for w in words)
        sizes = Counter(round(w["size"], 1) for w in words for _ in w["text"])
        self.size = sizes.most_common(1)[0][0]
        self.bold = sum("bold" in w.get("fontname", "").lower() for w in words) > len(words) / 2
        self.page, self.column = page, column

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def _words(page):
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"], keep_blank_chars=False)
    # the font name is read apart from the words: a ligature drawn from another font would split one
    fonts = {}
    for ch in page.chars:
        fonts.setdefault((round(ch["x0"]), round(ch["top"])), ch.get("fontname", ""))
    for w in words:
        w["fontname"] = fonts.get((round(w["x0"]), round(w["top"])), "")
    return words


def _gutter(words, width: float, body_size: float) -> float | None:
    """The x of a gap between two columns of body text, if the page has two."""
    body = [w for w in words if abs(w["size"] - body_size) < 0.3]
    if len(body) < 40:
        return None
    best, best_hits = None, None
    for x in range(int(width * 0.35), int(width * 0.65), 2):
        hits = sum(1 for w in body if w["x0"] < x < w["x1"])
        left = sum(1 for w in body if w["x1"] <= x)
        right = sum(1 for w in body if w["x0"] >= x)
        if left < len(body) * 0.2 or right < len(body) * 0.2:
            continue
        if best_hits is None or hits < best_hits or (hits == best_hits and abs(x - width / 2) < abs(best - width / 2)):
            best, best_hits = x, hits
    return best if best is not None and best_hits <= len(body) * 0.01 else None


def _lines(words, page_no: int, column: int) -> list[Line]:
    out: list[list] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if out and abs(out[-1][0]["top"] - w["top"]) <= 2.5 and w["size"] > out[-1][0]["size"] * 0.75:
            out[-1].append(w)
        elif out and w["size"] < out[-1][0]["size"] * 0.75 and w["bottom"] > out[-1][0]["top"] \
                and w["top"] < out[-1][0]["bottom"]:
            out[-1].append(w)  # a superscript marker beside a line of body text
        else:
            out.append([w])
    return [Line(sorted(ws, key=lambda w: w["x0"]), page_no, column) for ws in out]


def _strip_markers(line: Line, body_size: float) -> str:
    """The line's text without superscript note markers (small digits raised above the line)."""
    kept = []
    for w in line.words:
        if w["size"] < body_size * 0.8 and re.fullmatch(r"\d{1,3}[,;]?", w["text"]) and line.size >= body_size * 0.9:
            continue
        kept.append(w["text"])
    return " ".join(kept)


def layout_text(data: bytes) -> str:
    """The reading text of a PDF (see the module's docstring)."""
    import io

    import pdfplumber

    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages):
            pages.append((number, float(page.width), float(page.height), _words(page)))
    all_words = [w for _, _, _, ws in pages for w in ws]
    if not all_words:
        return ""
    body_size = Counter(round(w["size"], 1) for w in all_words for _ in w["text"]).most_common(1)[0][0]

    # running heads: margin lines whose text, digits aside, comes back on other pages
    def key(text):
        return re.sub(r"\d+", "#", text.lower()).strip()

    margin_lines, body_lines = [], []
    figure_lines: list[Line] = []  # a figure's labels and captions among the body lines, set apart
    for number, width, height, words in pages:
        inside = [w for w in words if height * MARGIN <= w["top"] and w["bottom"] <= height * (1 - MARGIN)]
        margin = [w for w in words if w not in inside]
        margin_lines += _lines(margin, number, -1)
        body_words = [w for w in inside if abs(w["size"] - body_size) < 0.3]
        if not body_words:
            body_lines += _lines(inside, number, -1)
            continue
        body_top = min(w["top"] for w in body_words)
        body_bottom = max(w["bottom"] for w in body_words)
        # above the text (title, byline) and below it (footnotes) the lines run the page's width
        head = [w for w in inside if w["bottom"] <= body_top]
        foot = [w for w in inside if w["top"] >= body_bottom]
        text = [w for w in inside if body_top < w["bottom"] and w["top"] < body_bottom]
        text, labels = _figure_labels(text, body_size)
        figure_lines += _lines(labels, number, 3)
        body_lines += _lines(head, number, -1) + _lines(foot, number, 2)
        gutter = _gutter(text, width, body_size)
        for column in (0, 1) if gutter else (0,):
            part = [w for w in text if gutter is None or (w["x1"] <= gutter if column == 0 else w["x0"] >= gutter)]
            body_lines += _lines(part, number, column)
    repeated = Counter(key(ln.text) for ln in margin_lines)
    first_page_meta = [ln.text for ln in margin_lines if ln.page == 0 and not _FOLIO.match(ln.text)
                       and repeated[key(ln.text)] <= 1]

    # the order of reading: page by page, the lines above the text, the left column, the right one,
    # the lines below the text (column 2)
    def order(ln):
        return (ln.page, ln.column, ln.top, ln.x0)

    body_lines.sort(key=order)
    title, notes, blocks = [], [], []  # blocks: ("p" | "h", text)
    page0 = [ln for ln in body_lines if ln.page == 0]
    top_size = max((ln.size for ln in page0), default=body_size)
    current: list[Line] = []

    def close():
        if current:
            blocks.append(("p", current[:]))
            current.clear()

    prev = None
    for ln in body_lines:
        text = ln.text.strip()
        if not text or _FOLIO.match(text):
            continue
        if ln.page == 0 and ln.size >= top_size - 0.1 and top_size > body_size * 1.2 and not blocks:
            title.append(text)
            continue
        if ln.page == 0 and ln.column == -1:
            blocks.append(("m", text))  # above the text on the first page: byline, affiliation, dates
            prev = ln
            continue
        if ln.size < body_size * 0.9:
            if re.match(r"^\d{1,3}\s", text) or (notes and prev is not None and prev.size < body_size * 0.9):
                if re.match(r"^\d{1,3}\s", text):
                    close()
                    notes.append(text)
                else:
                    notes[-1] += " " + text
            elif not blocks and not current:
                blocks.append(("m", text))  # front matter under the title (affiliation, dates)
            prev = ln
            continue
        is_heading = (ln.bold or ln.size > body_size * 1.15) and len(text) < 100 and not _TERMINAL.search(text)
        if is_heading:
            close()
            blocks.append(("h", text))
            prev = ln
            continue
        if current:
            last = current[-1]
            same_column = last.page == ln.page and last.column == ln.column
            gap = ln.top - last.bottom
            indent = ln.x0 - _column_left(body_lines, ln) > body_size * 0.8
            if (same_column and (gap > body_size * 0.9 or indent)) or (not same_column and indent):
                close()
        current.append(ln)
        prev = ln
    close()

    out = []
    if title:
        out.append("# " + " ".join(title))
    for kind, content in blocks:
        if kind == "h":
            out.append("## " + content)
        elif kind == "m":
            out.append(content)
        else:
            out.append(_join_lines([_strip_markers(ln, body_size) for ln in content]))
    out = _rejoin_paragraphs(out)
    if first_page_meta:
        dated = [t for t in first_page_meta if re.search(r"\b(19|20)\d\d\b", t)]
        if dated:
            out.insert(1 if title else 0, dated[0])
    out += _figure_text(figure_lines)
    if notes:
        out.append("## Notes")
        for n in notes:
            m = re.match(r"^(\d{1,3})\s+(.*)$", n)
            out.append(f"[^{m.group(1)}]: {m.group(2)}" if m else n)
    return "\n\n".join(out) + "\n"


def _figure_labels(words, body_size: float) -> tuple[list, list]:
    """(body words, figure words) of the text area: words in smaller type than the body that are
    not note markers (small digits) are a figure's labels or its caption, drawn among the body
    lines; left in, they would be read into the paragraphs beside them."""
    body, labels = [], []
    for w in words:
        small = w["size"] < body_size * 0.9 and not re.fullmatch(r"\d{1,3}[,;]?", w["text"])
        (labels if small else body).append(w)
    return body, labels


def _figure_text(lines: list[Line]) -> list[str]:
    """A figure's captions (a sentence: "Figure 1. The lower Kura ...") as paragraphs of their own,
    and its labels as one line of names ("Figure labels: GEORGIA · Kura · ...")."""
    out, names = [], []
    for ln in sorted(lines, key=lambda ln: (ln.page, ln.top, ln.x0)):
        # a caption's words sit close together; labels at one height but far apart are separate names
        runs, run = [], [ln.words[0]]
        for w in ln.words[1:]:
            if w["x0"] - run[-1]["x1"] > ln.size * 1.5:
                runs.append(run)
                run = [w]
            else:
                run.append(w)
        runs.append(run)
        for run in runs:
            text = " ".join(w["text"] for w in run)
            if len(run) >= 4 and _TERMINAL.search(text):
                out.append(text)
            else:
                names.append(text)
    if names:
        out.append("Figure labels: " + " · ".join(names))
    return out


def _column_left(lines, ln) -> float:
    xs = [x.x0 for x in lines if x.page == ln.page and x.column == ln.column]
    return statistics.median_low(sorted(xs)[: max(1, len(xs) // 2)]) if xs else ln.x0


def _join_lines(texts: list[str]) -> str:
    out = ""
    for t in texts:
        t = t.strip()
        if not out:
            out = t
        elif out.endswith("-") and t[:1].islower() and not out.endswith(" -"):
            out = out[:-1] + t  # a word hyphenated at the line's end
        else:
            out += " " + t
    return out


def _rejoin_paragraphs(parts: list[str]) -> list[str]:
    """A paragraph broken by a column or page (it ends without a full stop and the next starts
    in lower case) is one paragraph."""
    out: list[str] = []
    for p in parts:
        if out and not p.startswith(("#", "[^")) and not out[-1].startswith("#") \
                and not _TERMINAL.search(out[-1]) and p[:1].islower():
            out[-1] = _join_lines([out[-1], p])
        else:
            out.append(p)
    return out
