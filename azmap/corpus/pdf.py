"""PDF pages into the text a reader follows, from their characters and the characters' positions
(pypdfium2's, grouped into words as pdfplumber groups them; pdfplumber's own as the reference).

Font size and place tell the parts of a page apart: running heads and page numbers in the top
and bottom margins are furniture and dropped; footnotes (smaller type at the foot of a column)
are gathered into a notes section at the end; superscript note markers are taken out of the
body; larger or bold lines are headings; two columns are read one after the other; and a
paragraph is joined across column and page breaks and across hyphenated line ends. The result
is light markdown ("# title", "## heading", "[^n]: note") that the segmenter reads like any other.

Pages are read one at a time (see _PageSource): memory does not grow with the number of pages, and
a page or a document with more characters than its limit is refused with the reason.
"""
from __future__ import annotations

import functools
import re
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter

from azmap.corpus.pdf_front import (contents_page, cover_foot, drop_capitals, front_box, leader_line, paragraph_top,
                                    rule_text, symbol_block_end)
from azmap.corpus.byline_grammar import closing_line
from azmap.corpus.pdf_foot_figure import foot_figure
from azmap.corpus.pdf_marks import dated_note, foot_to_front, has_raised, leading_mark, marked_text, marks_of
from azmap.corpus.wordlist import known, word_list
from azmap.corpus import words
from azmap.corpus.ref_marks import POWER_BASE

MARGIN = 0.075  # share of the page height at top and bottom where running heads and folios sit
# a folio: a page's number ("5", "— 5 —", "Page 5 of 12", "5/12"), or in roman numerals ("xiv")
_FOLIO = re.compile(r"^[\s\-–—]*(?:page\s+)?(?:\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"
                    r"|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))[\s\-–—]*$", re.I)
_ITEM_MARKS = set("•▪◦‣●■–-*(0123456789")
_ITEM_START = re.compile(r"^(?:[•▪◦‣●■–*-]|\(?[a-z]\)|\(?\d{1,2}(?:[.)]|(?:\.\d{1,2})+\.?))\s+[A-Z\"“(]")
_PARAGRAPH_NUMBER = re.compile(r"^(\d{1,3})\.(?= [A-Z])")
_TERMINAL = re.compile(r"[.!?:;…][\"”’)\]]*$")
MAX_PAGE_CHARS = 250_000  # characters on one page (a dense page of small type holds some 10,000)
KEEP_WORDS = 1_500_000  # words kept (packed, ~100 bytes each) between the two passes; past that, pages are read twice


class Line:
    __slots__ = ("words", "top", "bottom", "x0", "x1", "size", "bold", "page", "column")

    def __init__(self, words, page, column):
        self.words = words
        self.top = min(w["top"] for w in words)
        self.bottom = max(w["bottom"] for w in words)
        self.x0 = min(w["x0"] for w in words)
        self.x1 = max(w["x1"] for w in words)
        sizes: Counter = Counter()
        for w in words:  # each word counted by its characters
            sizes[round(w["size"], 1)] += len(w["text"])
        self.size = sizes.most_common(1)[0][0]
        self.bold = sum("bold" in w.get("fontname", "").lower() for w in words) > len(words) / 2
        self.page, self.column = page, column

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def _words(page):
    return _words_of_chars(page.chars)


def _words_of_chars(chars: list[dict]) -> list[dict]:
    """pdfplumber's words of a page's characters (dicts with text, x0, x1, top, bottom, size,
    fontname, upright), each with the font name of its first character."""
    from pdfplumber.utils.text import extract_words

    words = extract_words(chars, x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"], keep_blank_chars=False)
    # the font name is read apart from the words: a ligature drawn from another font would split one
    fonts = {}
    for ch in chars:
        fonts.setdefault((round(ch["x0"]), round(ch["top"])), ch.get("fontname", ""))
    for w in words:
        w["fontname"] = fonts.get((round(w["x0"]), round(w["top"])), "")
    return words


class _PageSource:
    """A PDF's pages as (number, width, height, words), one page in memory at a time. The first
    pass keeps the pages' words for the second while they are few (a short document is read once);
    past that, the second pass reads the pages again."""

    def __init__(self, data: bytes, backend: str):
        import io

        self.backend = backend
        if backend == "pdfium":
            import pypdfium2

            self.doc = pypdfium2.PdfDocument(data)
            self.count = len(self.doc)
        else:
            import pdfplumber

            self.doc = pdfplumber.open(io.BytesIO(data))
            self.count = len(self.doc.pages)
        self.kept: list | None = []
        self.boxes: dict[int, list[tuple]] = {}  # each page's boxes drawn round text (see _boxes_of)

    def close(self):
        self.kept = None
        self.doc.close()

    def _read(self):
        for number in range(self.count):
            if self.backend == "pdfium":
                page = self.doc[number]
                try:
                    # the MediaBox's size, as pdfplumber measures (not the CropBox's): pdfium gives
                    # a character's place from the MediaBox's lower left corner, pdfplumber its x
                    # on the page's own scale
                    left, bottom, right, top = page.get_mediabox()
                    width, height = right - left, top - bottom
                    words = _words_of_chars(_pdfium_chars(page, height, number, left))
                    self.boxes[number] = _pdfium_boxes(page, width, height, left)
                finally:
                    page.close()
            else:
                page = self.doc.pages[number]
                try:
                    width, height = float(page.width), float(page.height)
                    chars = page.chars
                    _check_page_size(len(chars), number)
                    words = _words_of_chars(chars)
                    self.boxes[number] = _boxes_of([(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects],
                                                   width, height)
                finally:
                    page.close()  # pdfplumber keeps every page's objects otherwise
                    self.doc.flush_cache()
            yield number, float(width), float(height), words

    def first_pass(self):
        from azmap.corpus.readers import check_length

        total = chars = 0
        for page in self._read():
            chars += sum(len(w["text"]) for w in page[3])
            check_length(chars)  # refused as soon as the pages read hold more than a document may
            if self.kept is not None:
                total += len(page[3])
                if total <= KEEP_WORDS:
                    self.kept.append((*page[:3], _pack(page[3])))
                else:
                    self.kept = None
            yield page

    def second_pass(self):
        if self.kept is not None:
            kept, self.kept = self.kept, None
            kept.reverse()
            while kept:
                number, width, height, packed = kept.pop()
                yield number, width, height, _unpack(packed)
        else:
            yield from self._read()


_PACKED = ("x0", "x1", "top", "bottom", "size")


def _pack(words: list[dict]) -> tuple:
    """A page's words as the layout reads them, in a tenth of the memory of their dicts: their
    texts, font names (shared strings), and places and sizes in one array of floats."""
    from array import array

    places = array("d")
    for w in words:
        places.extend([w[k] for k in _PACKED])
    return [w["text"] for w in words], [w["fontname"] for w in words], places


def _unpack(packed: tuple) -> list[dict]:
    texts, fonts, places = packed
    words = []
    for i, text in enumerate(texts):
        word = dict(zip(_PACKED, places[5 * i:5 * i + 5]))
        word["text"], word["fontname"] = text, fonts[i]
        words.append(word)
    return words


def _check_page_size(chars: int, number: int):
    if chars > MAX_PAGE_CHARS:
        from azmap.corpus.readers import UnreadableDocument

        raise UnreadableDocument(f"page {number + 1} of the PDF holds {chars:,} characters; the limit for a page "
                                 f"is {MAX_PAGE_CHARS:,}")


def _pdfium_chars(page, height: float, number: int, left: float = 0.0) -> list[dict]:
    """The page's characters as pdfplumber gives them: x0 at the character's origin, x1 its advance
    further, bottom at the font's descent below the baseline, top a type size above the bottom.
    The spaces and line breaks pdfium infers (not drawn in the file) are left out, as pdfplumber
    never sees them."""
    import ctypes

    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        count = raw.FPDFText_CountChars(textpage)
        _check_page_size(count, number)
        units = (ctypes.c_ushort * (count + 1))()
        written = raw.FPDFText_GetText(textpage, 0, count, units)
        text = bytes(units)[:2 * max(0, written - 1)].decode("utf-16-le", "replace")
        if len(text) != count:  # characters beyond the BMP: one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        box, x, y = raw.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
        name, flags = ctypes.create_string_buffer(256), ctypes.c_int()
        text_object, page_handle = _text_object_address(), ctypes.cast(textpage.raw, ctypes.c_void_p).value
        loose_box, origin, font_size = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin, raw.FPDFText_GetFontSize
        matrix = raw.FS_MATRIX()
        chars, last_object, fontname, upright, size = [], None, "", True, 0.0
        for i, ch in enumerate(text):
            if ch in "\x00\uffff" or (ch.isspace() and raw.FPDFText_IsGenerated(textpage, i) == 1):
                continue
            if ch in "\ufffe\x02":  # a hyphen drawn at a line's end, which pdfium reports as a soft one
                ch = "-"
            loose_box(textpage, i, box)
            origin(textpage, i, x, y)
            obj = text_object(page_handle, i)
            if obj is None or obj != last_object:  # type size, font name and direction: once for each run of text
                size = font_size(textpage, i)
                raw.FPDFText_GetFontInfo(textpage, i, name, len(name), flags)
                fontname, last_object = name.value.decode("utf-8", "replace"), obj
                upright = not raw.FPDFText_GetMatrix(textpage, i, matrix) or \
                    (matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0)  # as pdfminer tells it
            if upright:
                bottom = height - box.bottom
                x0 = x.value + left
                chars.append({"text": ch, "x0": x0, "x1": max(box.right + left, x0), "top": bottom - size,
                              "bottom": bottom, "doctop": bottom - size, "size": size, "fontname": fontname,
                              "upright": True})
            else:  # turned text (a figure's axis label): a type size wide, as pdfminer boxes it
                chars.append({"text": ch, "x0": box.right + left - size, "x1": box.right + left, "top": height - box.top,
                              "bottom": height - box.bottom, "doctop": height - box.top, "size": size,
                              "fontname": fontname, "upright": False})
        return chars
    finally:
        textpage.close()


def _pdfium_boxes(page, width: float, height: float, left: float) -> list[tuple]:
    """The page's paths drawn round an area (see _boxes_of), as (x0, top, x1, bottom) on pdfplumber's scale."""
    import ctypes

    import pypdfium2.raw as raw

    get, kind_of = _object_calls()
    handle = ctypes.cast(page.raw, ctypes.c_void_p).value
    path_type, bounds = raw.FPDF_PAGEOBJ_PATH, raw.FPDFPageObj_GetBounds
    x0, y0, x1, y1 = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    found = []
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = get(handle, k)
        if kind_of(obj) == path_type and bounds(ctypes.cast(obj, raw.FPDF_PAGEOBJECT), x0, y0, x1, y1):
            found.append((x0.value + left, height - y1.value, x1.value + left, height - y0.value))  # as the characters
            if len(found) > 400:  # a drawing's or a table's many strokes: no boxes round text told among them
                return []
    return _boxes_of(found, width, height)


_OBJECT_CALLS = []


def _object_calls():
    """FPDFPage_GetObject and FPDFPageObj_GetType on plain addresses (ints), without ctypes' cost of a
    pointer object for each of a page's objects."""
    if not _OBJECT_CALLS:
        import ctypes

        import pypdfium2.raw as raw

        def address(f):
            return ctypes.cast(f, ctypes.c_void_p).value

        _OBJECT_CALLS.append(ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(address(raw.FPDFPage_GetObject)))
        _OBJECT_CALLS.append(ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)(address(raw.FPDFPageObj_GetType)))
    return _OBJECT_CALLS


def _boxes_of(rects: list[tuple], width: float, height: float) -> list[tuple]:
    """Of a page's drawn rectangles (x0, top, x1, bottom), those that may box text in: at least a few
    words wide and two lines high, and not a frame round the whole page."""
    return [r for r in rects if r[2] - r[0] >= 60 and r[3] - r[1] >= 18
            and (r[2] - r[0]) * (r[3] - r[1]) < 0.6 * width * height][:50]


_TEXT_OBJECT = []


def _text_object_address():
    """FPDFText_GetTextObject returning the object's address as an int (what tells one run of text
    from the next), without ctypes' cost of casting a pointer for each character."""
    if not _TEXT_OBJECT:
        import ctypes

        import pypdfium2.raw as raw

        address = ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value
        _TEXT_OBJECT.append(ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(address))
    return _TEXT_OBJECT[0]


def _gutter(words, width: float, body_size: float, others=()) -> float | None:
    """The x of a gap between two columns of body text, if the page has two. ``others``: the text
    area's words in other type (a list of references in small type at a column's top), which count
    among a column's words where no line runs across the gap."""
    body = [w for w in words if abs(w["size"] - body_size) < 0.3]
    if len(body) < 40:
        return None
    best, best_hits = None, None
    # counted with sorted edges: a run of a line's words (words and the word spaces between them,
    # narrower than the type's size) lies across x when it starts before x and does not end by x.
    # A space between two words is no gap between columns: one column's lines often leave a
    # channel of word spaces down a short page.
    x0s, x1s = sorted(w["x0"] for w in body), sorted(w["x1"] for w in body)
    other_x0s, other_x1s = sorted(w["x0"] for w in others), sorted(w["x1"] for w in others)
    runs = [r for r in _runs(body, body_size) if r[0] < r[1]]
    run_x0s, run_x1s = sorted(r[0] for r in runs), sorted(r[1] for r in runs)
    for x in range(int(width * 0.35), int(width * 0.65), 2):
        hits = bisect_left(run_x0s, x) - bisect_right(run_x1s, x)
        left = bisect_right(x1s, x)
        right = len(x0s) - bisect_left(x0s, x)
        if min(left, right) < len(body) * 0.2:
            # a column holding only a paragraph's last lines (the text ends high on the page): no
            # line at all runs across the gap, and the other column is a column's width of text
            if hits:
                continue
            on_left, on_right = left + bisect_right(other_x1s, x), right + len(other_x0s) - bisect_left(other_x0s, x)
            if min(on_left, on_right) < max(4, len(body) * 0.03) \
                    and not _heads_a_column([*body, *others], x, on_right < on_left):
                continue
        if best_hits is None or hits < best_hits or (hits == best_hits and abs(x - width / 2) < abs(best - width / 2)):
            best, best_hits = x, hits
    return best if best is not None and best_hits <= len(body) * 0.01 else None


def _heads_a_column(words, x: float, right: bool) -> bool:
    """Whether the few words on one side of x are one line at the head of the text (a paragraph's
    last line carried over to the next column's top, the column under it empty)."""
    side = [w for w in words if (w["x0"] >= x if right else w["x1"] <= x)]
    if not side:
        return False
    tops = [w["top"] for w in side]
    return max(tops) - min(tops) < 3 and min(tops) <= min(w["top"] for w in words) + 3


def _runs(words, body_size: float) -> list[tuple[float, float]]:
    """The (x0, x1) of each run of words on one line whose spaces are word spaces (narrower than
    the type's size)."""
    runs: list[list] = []  # [top, x0, x1] of each run, the rows' words in order
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        last = runs[-1] if runs else None
        if last is not None and abs(last[0] - w["top"]) <= 2.5 and w["x0"] - last[2] < body_size:
            last[2] = max(last[2], w["x1"])
        else:
            runs.append([w["top"], w["x0"], w["x1"]])
    return [(x0, x1) for _, x0, x1 in runs]


def _lines(words, page_no: int, column: int) -> list[Line]:
    out: list[list] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if out and abs(out[-1][0]["top"] - w["top"]) <= 2.5 and w["size"] > out[-1][0]["size"] * 0.75:
            out[-1].append(w)
        elif out and w["size"] < out[-1][0]["size"] * 0.75 and w["bottom"] > out[-1][0]["top"] \
                and w["top"] < out[-1][0]["bottom"]:
            out[-1].append(w)  # a superscript marker beside a line of body text
        elif out and out[-1][-1]["size"] < w["size"] * 0.75 and w["top"] < out[-1][-1]["bottom"] \
                and 0 <= w["x0"] - out[-1][-1]["x1"] < w["size"] and all(v["size"] < w["size"] * 0.75 for v in out[-1]):
            out[-1].append(w)  # a line led by a raised mark ("¹ Institute of …"): the mark is the line's
        else:
            out.append([w])
    return [Line(sorted(ws, key=lambda w: w["x0"]), page_no, column) for ws in out]


def _strip_markers(line: Line, body_size: float) -> str:
    """The line's text without superscript note markers (small digits raised above the line). A
    raised figure set against ten or a length unit's symbol ("10⁶", "km²") is its power: kept as
    raised figures, so that it is quoted as printed (never "106" for a million)."""
    kept = []
    for w in line.words:
        if w["size"] < body_size * 0.8 and re.fullmatch(r"\d{1,3}[,;]?", w["text"]) and line.size >= body_size * 0.9:
            if kept and _POWER_BASE.match(kept[-1]) and w["x0"] - before["x1"] < w["size"] * 0.5:
                kept[-1] += w["text"].translate(_RAISED)
            continue
        kept.append(w["text"])
        before = w
    return " ".join(kept)


# ten, a length unit's symbol ("m", "km"): a year's or a word's raised figure is a note's marker ("in 2019³")
_POWER_BASE = POWER_BASE
_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def layout_text(data: bytes, *, backend: str = "pdfium") -> str:
    """The reading text of a PDF (see the module's docstring).

    Pages are read one at a time and let go (memory stays bounded whatever the number of pages):
    a first pass learns the body's type size and the running heads, a second lays each page out.
    ``backend``: "pdfium" (pypdfium2's characters, several times faster) or "pdfplumber"; both
    give the same characters, grouped into words by pdfplumber's word extractor."""
    pages = _PageSource(data, backend)
    try:
        return _layout(pages)
    finally:
        pages.close()


def _layout(pages: "_PageSource") -> str:
    sizes: Counter = Counter()
    repeated: Counter = Counter()
    margin_page0: list[str] = []
    vocabulary: Counter = Counter()
    edges: Counter = Counter()  # the first and last lines of the pages' text areas, digits aside
    first_page_words: set[str] = set()  # the title's, the names', the institution's words

    # running heads: margin lines whose text, digits aside, comes back on other pages
    def key(text):
        return re.sub(r"\d+", "#", text.lower()).strip()

    for number, width, height, words in pages.first_pass():
        for w in words:  # the body's size: the size of most characters
            sizes[round(w["size"], 1)] += len(w["text"])
        vocabulary.update(w["text"] for w in words)  # the document's words: what a hyphen at a line's end joins
        margin = [w for w in words if not (height * MARGIN <= w["top"] and w["bottom"] <= height * (1 - MARGIN))]
        for ln in _lines(margin, number, -1):
            repeated[key(ln.text)] += 1
            if number == 0:
                margin_page0.append(ln.text)
        if len(margin) < len(words):  # the first and last lines inside the margins, for heads set lower
            rows = _edge_rows([w for w in words if height * MARGIN <= w["top"] and w["bottom"] <= height * (1 - MARGIN)])
            edges.update({key(_row_text(row)) for row in rows})  # once a page (a page of one line has one)
        if number == 0:
            first_page_words.update(w["text"].strip(_PUNCTUATION).lower() for w in words)
    if not sizes:
        return ""
    body_size = sizes.most_common(1)[0][0]
    words_seen = _Words(vocabulary)
    running = _Running({k for k, n in edges.items() if n >= 2}, first_page_words, body_size)
    first_page_meta = [t for t in margin_page0 if not _FOLIO.match(t) and repeated[key(t)] <= 1]

    title, notes, blocks = [], [], []  # blocks: ("p" | "h" | "m", text)
    subtitle: list[str] = []
    captions: list[str] = []  # captions set below the text, in small type
    top_size = body_size
    figure_lines: list[Line] = []  # a figure's labels and captions among the body lines, set apart
    current: list[str] = []  # the open paragraph's lines (without note markers): its text, not its words
    last = None  # and its last line
    last_ended = False
    tables: list[list] = []  # each a run of table rows: (line, text)
    set_apart: list[str] = []  # boxes drawn round text, blocks of small type among the body lines
    furniture: list[str] = []  # pages of furniture (see _furniture_page), each one line

    def close():
        if current:
            text = _join_lines(current, words_seen)
            if block_end is not None and text[:1].isdigit():
                # an official document's numbered paragraph: its number is its own, no list's marker
                text = _PARAGRAPH_NUMBER.sub(r"\1\\.", text, count=1)
            blocks.append(("p", text))
            current.clear()

    prev = None
    title_closed = False
    front_at = None  # where the first page's lines over the text end among the blocks
    front_marks: set[str] = set()  # the raised marks set in them
    title_marks: set[str] = set()  # and on the title
    last_moved = None  # the last foot line moved over the text
    names_at = moved_at = None  # where the lines answering the names' marks end; where the last moved line went
    block_end = None  # the bottom of a first page's symbol block: front matter over the title
    symbol_block: list[tuple] = []  # its rows: (top, left, text)
    for number, width, height, words in pages.second_pass():
        body_lines, figure, boxed = _page_lines(number, width, height, words, body_size, running,
                                                pages.boxes.get(number))
        set_apart += boxed
        if number and _furniture_page(body_lines, body_size):
            # a disclaimer, an imprint, a back cover: a page of small type or of short lines, no running text
            furniture.append(" · ".join(ln.text.strip() for ln in body_lines if not _FOLIO.match(ln.text.strip())))
            continue
        figure_lines += figure
        if number == 0:
            block_end = symbol_block_end(body_lines)
            top_size = max((ln.size for ln in body_lines if block_end is None or ln.top >= block_end), default=body_size)
            # the title is the largest type over the text: a key figure or a pull quote set larger still among
            # the text's lines further down the page is no measure of it (documents27's policy memo)
            over = max((ln.size for ln in body_lines if ln.column == -1 and (block_end is None or ln.top >= block_end)),
                       default=body_size)
            if body_size * 1.2 < over < top_size:
                top_size = over
        column_left = _column_lefts(body_lines)
        column_right: dict[int, float] = {}
        for ln in body_lines:
            column_right[ln.column] = max(column_right.get(ln.column, ln.x1), ln.x1)
        column_edge = _column_rights(body_lines)
        para_gap = _paragraph_gap(body_lines, body_size)
        if contents_page([ln.text for ln in body_lines if not _FOLIO.match(ln.text.strip())]):
            continue  # a contents page: entries with dotted leaders, and its heading
        for at, ln in enumerate(body_lines):
            text = ln.text.strip()
            if not text or _FOLIO.match(text) or leader_line(text) or rule_text(text):
                continue
            if block_end is not None and ln.page == 0 and ln.bottom <= block_end:
                # front matter over the title; a row's parts (one baseline) on one line ("United Nations A/79/318":
                # no name of a writer)
                if symbol_block and prev is not None and abs(ln.bottom - prev.bottom) < body_size * 0.3:
                    symbol_block[-1] = (symbol_block[-1][0], min(symbol_block[-1][1], ln.x0),
                                        " ".join(t for _, t in sorted([symbol_block[-1][1:], (ln.x0, text)])))
                else:
                    symbol_block.append((ln.top, ln.x0, text))
                prev = ln
                continue
            if title and not title_closed and not subtitle and ln.page == 0 and not ln.bold \
                    and body_size * 1.15 < ln.size < top_size - 1 and all(kind == "m" for kind, _ in blocks) \
                    and _over_names(ln, body_lines[at + 1:at + 2], body_size):
                subtitle.append(text)  # a cover's subtitle: its "X and Y" names no one
                continue
            if ln.page == 0 and ln.size >= top_size - 0.1 and not title_closed \
                    and (top_size > body_size * 1.2 or block_end is not None and ln.bold and ln.size > body_size) \
                    and all(kind == "m" for kind, _ in blocks):  # the title; a series line may stand over it
                title.append(text)
                if has_raised(ln.words, ln.size):  # a note's anchor on the title
                    title_marks.update(marks_of(marked_text(ln.words, ln.size)))
                continue
            title_closed = bool(title)
            if ln.page == 0 and ln.column == 2 and front_at is not None:
                moved = foot_to_front(ln, text, front_marks, title_marks, last_moved if last_moved is prev else None,
                                      body_size)
                if moved == "+":  # the moved line's next line
                    blocks[moved_at - 1] = (blocks[moved_at - 1][0], blocks[moved_at - 1][1] + " " + text)
                elif moved:  # a first page's foot line answering a mark over the text (under the names that set
                    # it, after the lines answering them there), or its dated note (with the front's notes)
                    moved_at = front_at if moved.startswith(_FURNITURE) or names_at is None else names_at
                    blocks.insert(moved_at, ("m", moved))
                    moved_at += 1
                    front_at += 1
                    if moved_at - 1 == names_at:
                        names_at += 1
                if moved:
                    prev = last_moved = ln
                    continue
            if ln.page == 0 and ln.column == -1:
                if has_raised(ln.words, ln.size):  # "Name^a, Name^b", "^aDepartment of …" (pdf_marks.py)
                    text = marked_text(ln.words, ln.size)
                    front_marks.update(marks_of(text))
                    if not text.startswith("^"):  # names with their marks: the lines answering them go under them
                        names_at = len(blocks) + 1
                    elif names_at == len(blocks):
                        names_at += 1
                answers = leading_mark(text) not in (None, "*") and leading_mark(text) in front_marks
                # (an affiliation led by its mark is no note)
                if (_front_note(ln, body_size, prev) or title_closed and dated_note(ln, text, body_size)) and not answers:
                    text = _FURNITURE + text  # "Presented at …" under the names: the paper's note, no text of its own
                elif blocks and blocks[-1][1].startswith(_FURNITURE) and prev is not None and prev.page == 0 \
                        and not text.startswith("^") \
                        and prev.size == ln.size and 0 <= ln.top - prev.bottom < ln.size:
                    blocks[-1] = ("m", blocks[-1][1] + " " + text)  # the note's next line
                    prev = ln
                    continue
                blocks.append(("m", text))  # above the text on the first page: byline, affiliation, dates
                front_at = len(blocks)
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
                elif ln.column == 2:  # small type below the text that is no note: a figure's caption
                    if captions and prev is not None and prev.column == 2 and prev.page == ln.page \
                            and ln.top - prev.bottom < ln.size and not notes:
                        captions[-1] += " " + text
                    else:
                        captions.append(text)
                prev = ln
                continue
            if _table_row(ln, body_size) or _aligned_row(ln, body_lines, at, body_size):
                # cells far apart: a table's row, kept apart from the prose
                close()
                if tables and prev is not None and prev is tables[-1][-1][0]:
                    tables[-1].append((ln, text))
                else:
                    tables.append([(ln, text)])
                prev = ln
                continue
            is_heading = (ln.bold or ln.size > body_size * 1.15) and len(text) < 100 and not _TERMINAL.search(text)
            if is_heading:
                close()
                blocks.append(("h", text))
                prev = ln
                continue
            if current:
                same_column = last.page == ln.page and last.column == ln.column
                gap = ln.top - last.bottom
                indent = ln.x0 - column_left[ln.column] > body_size * 0.8
                # a line that stops where the next line's first word would have fitted was ended on
                # purpose (a name, an institution, a date line over the text in the body's type; a
                # paragraph's end)
                first = ln.words[0]
                short = same_column and not last.text.endswith("-") \
                    and last.x1 + body_size * 0.5 + (first["x1"] - first["x0"]) < column_edge[ln.column] - body_size
                # a list's item: a bullet or an item's number before a capital starts a new paragraph
                item = text[:1] in _ITEM_MARKS and _ITEM_START.match(text)
                # a letter's closing alone on its line after a sentence's end ("Yours faithfully,"): no more of it
                closing = len(text) <= 40 and last.text.rstrip().endswith((".", "!", "?")) and closing_line(text)
                if (same_column and (gap > para_gap or indent or short)) or (not same_column and (indent or last_ended)) \
                        or item or closing:
                    close()
            current.append(_strip_markers(ln, body_size))
            last = prev = ln
            # a paragraph's last line: a full stop short of the column's right edge (what tells a
            # paragraph ending at a column's or page's foot from one running on)
            last_ended = bool(_TERMINAL.search(text)) and ln.x1 < column_right[ln.column] - 2 * body_size
    close()

    out = []
    if title:
        out.append("# " + " ".join(title) + (": " + " ".join(subtitle) if subtitle else ""))
    out += [row for _, _, row in symbol_block]
    for kind, content in blocks:
        out.append("## " + content if kind == "h" else content)
    out = _rejoin_paragraphs(out, words_seen)
    if first_page_meta:
        dated = [t for t in first_page_meta if re.search(r"\b(19|20)\d\d\b", t)]
        if dated:
            out.insert(1 if title else 0, dated[0])
    # small type below the text: a figure's caption stands apart (as the segmenter knows one), any
    # other line is a note
    from azmap.corpus.segment import _CAPTION_START

    out += [c for c in captions if _CAPTION_START.match(c)] + _figure_text(figure_lines)
    out += ["Table: " + " · ".join(text for _, text in rows) for rows in tables]
    out += [_BOX + text for text in set_apart]
    out += [_FURNITURE + text for text in furniture]
    notes += [c for c in captions if not _CAPTION_START.match(c)]
    if notes:
        out.append("## Notes")
        for n in notes:
            m = re.match(r"^(\d{1,3})\s+(.*)$", n)
            out.append(f"[^{m.group(1)}]: {m.group(2)}" if m else n)
    return "\n\n".join(out) + "\n"


def _over_names(line: Line, after: list[Line], body_size: float) -> bool:
    """Whether a line set under a first page's title, smaller than the title and larger than the body,
    is the title's subtitle: the line under it is set smaller again, yet larger than the body (the
    names under a subtitle, a size of their own)."""
    return bool(after) and after[0].page == line.page and body_size + 1 <= after[0].size <= line.size - 1.5 \
        and not after[0].bold


def _page_lines(number: int, width: float, height: float, words: list, body_size: float, running=None, boxes=None
                ) -> tuple[list[Line], list[Line]]:
    """The page's lines in the order of reading: the lines above the text, the left column, the
    right one, the lines below the text (column 2); the margins (running heads, folios) left out.
    And apart, a figure's labels and captions among the body lines (column 3)."""
    # (a first page's title in large type may reach into the top margin: a running head never is in it)
    inside = [w for w in words if height * MARGIN <= w["top"] and w["bottom"] <= height * (1 - MARGIN)
              or number == 0 and w["size"] > body_size * 1.2 and w["top"] < height / 2]
    inside = drop_capitals(_without_folios(inside, running if number else None), body_size)
    inside, boxed = _boxed(inside, boxes or (), number, body_size)
    front: list = []
    if number == 0:  # the front matter over the first line of text; a cover's lines are all front matter
        first_lines = _lines(inside, number, -1)
        top = paragraph_top(first_lines, body_size, width)
        if top is None:
            logo = cover_foot(first_lines, height)
            return [ln for ln in first_lines if id(ln) not in logo], [], boxed
        front = [w for w in inside if w["bottom"] <= top]
        inside = [w for w in inside if w["bottom"] > top]
        box = front_box(_lines(front, number, 4), body_size)
        if box:  # a box in smaller type over the text, with no frame: set apart as a drawn box is
            in_box = {id(w) for ln in box for w in ln.words}
            front = [w for w in front if id(w) not in in_box]
            boxed = boxed + [_block_text(box)]
    body_words = [w for w in inside if abs(w["size"] - body_size) < 0.3]
    figure: list[Line] = []
    figure_prose: list[str] = []
    if not body_words:
        lines = _lines(front + inside, number, -1)
    else:
        body_top = min(w["top"] for w in body_words)
        body_bottom = max(w["bottom"] for w in body_words)
        # above the text (title, byline) and below it (footnotes) the lines run the page's width
        head = front + [w for w in inside if w["bottom"] <= body_top]
        foot = [w for w in inside if w["top"] >= body_bottom]
        text = [w for w in inside if body_top < w["bottom"] and w["top"] < body_bottom]
        text, labels = _figure_labels(text, body_size)
        if number > 0:  # small type over the text of a later page: a figure set at the page's head
            head, over = [w for w in head if w["size"] >= body_size * 0.9], [w for w in head if w["size"] < body_size * 0.9]
            labels += over
        gutter = _gutter(text, width, body_size, labels)
        labels, figure_prose = _small_prose(labels, number, body_size, gutter)
        foot, under = foot_figure(foot, body_size)  # a figure where the text ends, over the notes
        figure = _lines(labels + under, number, 3)
        if number == 0:  # a title in the body's type across the page, over the columns
            wide, text, gutter = _wide_head(text, width, body_size, gutter)
            head += wide
        if gutter is None or number == 0:
            # names and dates centred under the title in the body's type: over the columns, whether
            # they hide the gap between them or fall apart at it ("A and | B")
            spanning, rest = _centred_head(text, body_size, width if number == 0 else None)
            if spanning and (under := _gutter(rest, width, body_size)) is not None:
                head, text, gutter = head + spanning, rest, under
            elif spanning and number == 0 and rest and _past_the_column(spanning, rest, body_size):
                # centred across the page over one column of text (the other holding a figure):
                # over the text, not lines of its column (they would set its right edge)
                head, text = head + spanning, rest
        if number == 0 and gutter is not None:  # a label and the other column's heading on the text's first row
            head, parted = _column_heads(head, text, gutter, body_size)
            text = text + parted
        lines = _lines(head, number, -1) + _lines(foot, number, 2)
        for column in (0, 1) if gutter else (0,):
            part = [w for w in text if gutter is None or (w["x1"] <= gutter if column == 0 else w["x0"] >= gutter)]
            lines += _lines(part, number, column)
    lines.sort(key=lambda ln: (ln.column, ln.top, ln.x0))
    return lines, figure, boxed + [text for text in figure_prose]


_BOX = "Box: "  # text set apart from the running text (segment files it as a caption, not as body)
_FURNITURE = "Page furniture: "  # the page's furniture (segment files it as boilerplate)


def _boxed(words: list[dict], boxes, number: int, body_size: float) -> tuple[list[dict], list[str]]:
    """(the words outside boxes, the text of each box): a rectangle drawn round a few lines of text
    that are not most of the page's ("Key points", a sidebar, a methods box), its text set apart.
    A box with no line of prose in it (a figure's frame round its labels) or that holds a figure's
    caption is left to the figure's reading."""
    if not boxes or not words:
        return words, []
    from azmap.corpus.segment import _CAPTION_START

    taken: set[int] = set()
    texts = []
    for x0, top, x1, bottom in sorted(boxes, key=lambda b: (b[1], b[0])):
        inner = [w for w in words if id(w) not in taken and x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1
                 and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1]
        if len(inner) < 3 or len(inner) > 0.6 * len(words):
            continue
        lines = _lines(inner, number, 4)
        if not any(len(ln.words) >= 4 for ln in lines) or _CAPTION_START.match(lines[0].text):
            continue
        taken.update(id(w) for w in inner)
        texts.append(_block_text(lines))
    if not taken:
        return words, []
    return [w for w in words if id(w) not in taken], texts


def _block_text(lines: list[Line]) -> str:
    """A set-apart block's lines as one line: its heading, items (a bullet or a list's number) and
    paragraphs (a line after one ending short of the block's right edge) parted by " · "."""
    right = max(ln.x1 for ln in lines)
    parts: list[list[str]] = []
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        above = lines[k - 1] if k else None
        new = above is None or ln.bold != above.bold or (text[:1] in _ITEM_MARKS and _ITEM_START.match(text)) \
            or above.x1 < right - 4 * ln.size or ln.top - above.bottom > ln.size
        if new:
            parts.append([text])
        else:
            parts[-1].append(text)
    return " · ".join(_join_lines(p) for p in parts)


def _small_prose(labels: list[dict], number: int, body_size: float, gutter) -> tuple[list[dict], list[str]]:
    """(a figure's words, blocks of prose in small type among the body lines): two or more lines of
    one size set close under each other from one left edge, most of them runs of words (a methods box,
    a note set in, a list of references in small type); a figure's labels are names apart. A
    caption ("Figure 2. …") stays the figure's."""
    if not labels:
        return labels, []
    from azmap.corpus.segment import _CAPTION_START

    columns = [labels] if gutter is None else [[w for w in labels if w["x1"] <= gutter],
                                               [w for w in labels if w["x1"] > gutter]]
    taken: set[int] = set()
    texts = []
    for part in columns:
        blocks: list[list[Line]] = []
        for ln in _lines(part, number, 3):
            above = blocks[-1][-1] if blocks else None
            if above is not None and abs(ln.size - above.size) < 0.3 and 0 <= ln.top - above.bottom < ln.size * 1.2 \
                    and abs(ln.x0 - blocks[-1][0].x0) < ln.size * 2:
                blocks[-1].append(ln)
            else:
                blocks.append([ln])
        for block in blocks:
            prose = sum(len(ln.words) >= 4 and _one_run(ln) for ln in block)
            if len(block) >= 2 and prose * 2 >= len(block) and not _CAPTION_START.match(block[0].text):
                taken.update(id(w) for ln in block for w in ln.words)
                texts.append(_block_text(block))
    if not taken:
        return labels, []
    return [w for w in labels if id(w) not in taken], texts


def _one_run(line: Line) -> bool:
    """Whether a line's words follow each other at word spaces (no labels set apart on one line)."""
    return all(b["x0"] - a["x1"] < line.size * 1.5 for a, b in zip(line.words, line.words[1:]))


def _front_note(line: Line, body_size: float, prev) -> bool:
    """Whether a first page's line over the text is a note on the paper or its names, in small type:
    one led by a note's symbol ("* Department of …, e-mail: …", "† Corresponding author …"), or a
    sentence of six words or more with its full stop led by no mark ("Presented at the annual
    meeting …", "Paper prepared for …"; an affiliation's letter or number leads none)."""
    text = line.text.strip()
    if line.size >= body_size * 0.95 or len(text.split()) < 4 or not all(w["size"] < body_size * 0.95 for w in line.words):
        return False
    if text[:1] in _NOTE_SYMBOLS:
        return True
    return len(text.split()) >= 6 and bool(_TERMINAL.search(text)) and text[:1].isupper() \
        and not re.match(r"^(?:[a-z]|\d{1,2})\s", text)


_NOTE_SYMBOLS = "*†‡§"


def _furniture_page(lines: list[Line], body_size: float) -> bool:
    """Whether a page after the first holds no running text: its lines (two or more; no notes, that
    is two lines or more led by a number; no caption, no table) all in small type, or all short lines
    of the body's type (an address, an imprint, a licence) with no two lines of prose running on one
    under the other."""
    lines = [ln for ln in lines if ln.words and not (len(ln.words) <= 4 and _FOLIO.match(ln.text.strip()))]
    if len(lines) < 2:
        return False
    if not all(ln.size < body_size * 0.9 for ln in lines):
        if len(lines) > 12 or sum(len(ln.words) for ln in lines) > 120:
            return False
        right = max(ln.x1 for ln in lines)
        for a, b in zip(lines, lines[1:]):  # a line of prose: full to the right edge, the next line under it from its left
            if a.column == b.column and a.x1 > right - 3 * a.size and abs(a.x0 - b.x0) < 1 \
                    and 0 <= b.top - a.bottom < a.size and abs(a.size - b.size) < 0.3:
                return False
    from azmap.corpus.segment import _CAPTION_START

    texts = [ln.text for ln in lines]
    return sum(bool(re.match(r"^\d{1,3}\s", t)) for t in texts) < 2 and not any(
        ln.size > body_size * 1.15 or _CAPTION_START.match(t) or _table_row(ln, body_size) for ln, t in zip(lines, texts))


def _edge_rows(words: list[dict]) -> list[list[dict]]:
    """The words of the last line and of the first line of a page's text area (one line's words:
    tops or bottoms within 2 points)."""
    if not words:
        return []
    low = max(w["bottom"] for w in words)
    high = min(w["top"] for w in words)
    return [[w for w in words if w["bottom"] > low - 2], [w for w in words if w["top"] < high + 2]]


def _row_text(row: list[dict]) -> str:
    return " ".join(w["text"] for w in sorted(row, key=lambda w: w["x0"]))


class _Running:
    """What tells a running head or foot set inside the margins: its text, digits aside, the first or
    last line of other pages too (``keys``); or a short line in the body's type, set apart from the
    text by more than one and a half lines' space, all of whose words the first page has (a short
    title, the authors' names, the institution), or which ends in no punctuation at a page's head."""

    def __init__(self, keys: set[str], first_page: set[str], body_size: float):
        self.keys, self.first_page, self.body_size = keys, first_page, body_size

    def __call__(self, row: list[dict], text: str, words: list[dict], top: bool) -> bool:
        if re.sub(r"\d+", "#", text.lower()).strip() in self.keys:
            return True
        named = [t.strip(_PUNCTUATION).lower() for t in text.split()]
        named = [t for t in named if t and not t.isdigit() and not _FOLIO.match(t)]
        if not named or len(named) > 10 \
                or any(w["size"] > self.body_size * 1.1 or "bold" in w.get("fontname", "").lower() for w in row):
            return False
        if any(t not in self.first_page for t in named) and not (top and not _TERMINAL.search(text)):
            return False
        mine = {id(w) for w in row}
        if top:
            edge = max(w["bottom"] for w in row)
            under = [w["top"] for w in words if w["top"] > edge and id(w) not in mine]
            return bool(under) and min(under) - edge > self.body_size * 1.5
        edge = min(w["top"] for w in row)
        over = [w["bottom"] for w in words if w["bottom"] < edge and id(w) not in mine]
        return bool(over) and edge - max(over) > self.body_size * 1.5


def _without_folios(words: list[dict], running: _Running | None = None) -> list[dict]:
    """The words without a folio set inside the text's area as its last or first line ("— 5 —",
    "Page 5 of 12" in the body's type under the footnotes), or a running head or foot there (see
    _Running): they would stretch the text's area over the notes, or be read into the text."""
    for top, row in zip((False, True), _edge_rows(words)):
        text = _row_text(row)
        if len(row) <= 4 and _FOLIO.match(text) or running is not None and running(row, text, words, top):
            kept = {id(w) for w in row}
            words = [w for w in words if id(w) not in kept]
    return words


def _table_row(line: Line, body_size: float) -> bool:
    """Whether a line of the body's type is a table's row: two gaps at least between its words as
    wide as three characters of the type or more (cells set in columns; prose never is)."""
    words = line.words
    wide = sum(b["x0"] - a["x1"] > 2.5 * body_size for a, b in zip(words, words[1:]))
    return wide >= 2


def _cell_starts(line: Line, body_size: float) -> set[int]:
    """The x (rounded) of each word that follows a gap wider than one and a half of the type's size."""
    return {round(b["x0"]) for a, b in zip(line.words, line.words[1:]) if b["x0"] - a["x1"] > 1.5 * body_size}


def _aligned_row(line: Line, lines: list[Line], at: int, body_size: float) -> bool:
    """Whether a line is a row of a table set in a narrow column ("Population   10.1 million"): a wide
    gap between its words, and a line next to it (a line's space away) with a cell starting at the
    same x after a gap of its own. Prose has no gap that wide; two rows never start cells together by chance."""
    starts = _cell_starts(line, body_size)
    if not starts:
        return False
    for k in (at - 1, at + 1):
        if 0 <= k < len(lines):
            other = lines[k]
            if other.page == line.page and other.column == line.column and abs(other.size - line.size) < 0.3 \
                    and abs(other.top - line.top) < body_size * 2 \
                    and any(abs(x - y) <= 1 for x in starts for y in _cell_starts(other, body_size)):
                return True
    return False


def _runs_across(words, x: float, body_size: float) -> bool:
    """Whether a line's words run on over x: a word lies across it, or the space at it is a word's
    space (less than the type's size), not the gap between two columns."""
    return any(w["x0"] < x < w["x1"] for w in words) or any(
        a["x1"] <= x <= b["x0"] and b["x0"] - a["x1"] < body_size for a, b in zip(words, words[1:]))


def _wide_head(words, width: float, body_size: float, gutter: float | None) -> tuple[list, list, float | None]:
    """(the lines at the top of a first page that run on over the gap between the columns, the
    rest, the gap): a title in the body's type, flush left or centred, set across the page over
    two columns (and centred lines under it that hide the gap). Nothing when no gap shows under them."""
    if not words:
        return [], words, gutter
    left, right = min(w["x0"] for w in words), max(w["x1"] for w in words)
    head: list = []
    for ln in _lines(words, 0, -1)[:8]:
        # bold, or set in from both sides (centred): no line of prose running the column's width
        set_apart = ln.bold or ln.x0 > left + 2 * body_size and ln.x1 < right - 2 * body_size
        if not set_apart or not _runs_across(ln.words, width / 2 if gutter is None else gutter, body_size):
            break
        head += ln.words
        if gutter is None:
            kept = {id(w) for w in head}
            rest = [w for w in words if id(w) not in kept]
            under = _gutter(rest, width, body_size)
            if under is not None:
                return head, rest, under
    if gutter is None or not head:
        return [], words, gutter
    kept = {id(w) for w in head}
    return head, [w for w in words if id(w) not in kept], gutter


def _past_the_column(head, rest, body_size: float) -> bool:
    """Whether lines centred over the text reach past the right edge of the lines under them by
    more than two characters (centred on the page over a column, not within it)."""
    rights = sorted(ln.x1 for ln in _lines(rest, 0, 0))
    return max(w["x1"] for w in head) > statistics.median_low(rights[len(rights) // 2:]) + 2 * body_size


def _centred_head(words, body_size: float, width: float | None = None) -> tuple[list, list]:
    """(lines at the top set short and centred across the page, the rest): the names and dates
    under a title in the body's own type, which run over the gap between the columns below them.
    Centred on the text's width, or on the page's (``width``) when a figure fills one column."""
    if not words:
        return [], words
    left, right = min(w["x0"] for w in words), max(w["x1"] for w in words)
    head: list = []
    for ln in _lines(words, 0, -1)[:8]:
        x0, x1 = ln.words[0]["x0"], ln.words[-1]["x1"]
        on_text = x1 < right - 2 * body_size and abs((x0 + x1) / 2 - (left + right) / 2) < body_size
        on_page = width is not None and abs((x0 + x1) / 2 - width / 2) < body_size
        if x0 > left + 2 * body_size and (on_text or on_page):
            head += ln.words
        else:
            break
    if not head:
        return [], words
    kept = {id(w) for w in head}
    return head, [w for w in words if id(w) not in kept]


def _column_heads(head, text, gutter: float, body_size: float) -> tuple[list, list]:
    """(the first page's lines over the text, the words of its last rows that are the columns' own):
    a row in the body's type just over the text that falls apart at the gap between the columns, one
    part at each column's left edge (an abstract's label over the left column beside a heading at the
    right column's head, the two columns set on other baselines): the columns' first lines, not one
    line over them. Centred names that fall apart at the gap stand off both edges."""
    lefts = [w["x0"] for w in text if w["x1"] <= gutter]
    rights = [w["x0"] for w in text if w["x0"] >= gutter]
    if not lefts or not rights or not head:
        return head, []
    edges = (min(lefts), min(rights))
    parted: list = []
    for ln in sorted(_lines(head, 0, -1), key=lambda ln: -ln.top)[:2]:
        parts = ([w for w in ln.words if w["x1"] <= gutter], [w for w in ln.words if w["x0"] >= gutter])
        if abs(ln.size - body_size) >= 0.3 or _runs_across(ln.words, gutter, body_size) \
                or not all(parts) or any(abs(part[0]["x0"] - edge) > 2 for part, edge in zip(parts, edges)):
            break
        parted += ln.words
    kept = {id(w) for w in parted}
    return [w for w in head if id(w) not in kept], parted


def _paragraph_gap(lines: list[Line], body_size: float) -> float:
    """The space between two lines of body type that parts paragraphs on this page: more than the
    usual space between its lines by almost half a line (a paragraph set off by half a line's space
    is one), and never more than nine tenths of the type's size."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])
            if a.column == b.column and a.page == b.page and abs(a.size - body_size) < 0.3
            and abs(b.size - body_size) < 0.3 and 0 <= b.top - a.bottom < body_size * 2]
    if len(gaps) < 3:
        return body_size * 0.9
    return min(body_size * 0.9, statistics.median_low(gaps) + body_size * 0.4)


def _column_lefts(lines: list[Line]) -> dict[int, float]:
    """For each column of a page, the left edge of its text (the median of the left half of the
    lines' starts), from which an indented first line is told."""
    starts: dict[int, list[float]] = {}
    for ln in lines:
        starts.setdefault(ln.column, []).append(ln.x0)
    return {column: statistics.median_low(sorted(xs)[: max(1, len(xs) // 2)]) for column, xs in starts.items()}


def _column_rights(lines: list[Line]) -> dict[int, float]:
    """For each column of a page, the right edge of its text (the median of the right half of the
    lines' ends: a line that sticks out moves it no more than a short one does)."""
    ends: dict[int, list[float]] = {}
    for ln in lines:
        ends.setdefault(ln.column, []).append(ln.x1)
    return {column: statistics.median_low(sorted(xs)[len(xs) // 2:]) for column, xs in ends.items()}


def _figure_labels(words, body_size: float) -> tuple[list, list]:
    """(body words, figure words) of the text area: words in smaller type than the body that are
    not note markers (small digits) are a figure's labels or its caption, drawn among the body
    lines; left in, they would be read into the paragraphs beside them."""
    body, labels = [], []
    numbered = None  # the words that name a figure, a table, a map ("Figure", "Fig.", "Abb."): the small
    # digit after one is its number, not a note's marker
    small_words = text_words = None
    for w in words:
        small = w["size"] < body_size * 0.9 and not re.fullmatch(r"\d{1,3}[,;]?", w["text"])
        if not small and w["size"] < body_size * 0.9:
            if numbered is None:
                numbered = [v for v in words if v["size"] < body_size * 0.9 and v["text"][:1].isalpha()
                            and _NUMBERED.fullmatch(v["text"])]
            small = any(abs(v["top"] - w["top"]) < 1.5 and 0 <= w["x0"] - v["x1"] < v["size"] * 1.2 for v in numbered)
            if not small:  # a number within a line of small type ("Geography 12, 44-59"): no raised marker
                if small_words is None:
                    small_words = [v for v in words if v["size"] < body_size * 0.9 and not v["text"][:1].isdigit()]
                small = any(abs(v["top"] - w["top"]) < 1 and abs(v["size"] - w["size"]) < 0.3
                            and 0 <= w["x0"] - v["x1"] < v["size"] * 1.2 for v in small_words)
            if not small:  # a marker is raised beside a line of the text: figures beside none are a figure's
                if text_words is None:  # axis ("30", "20" down a chart's side)
                    text_words = [v for v in words if abs(v["size"] - body_size) < 0.3]
                small = not any(v["top"] < w["bottom"] and w["top"] < v["bottom"] for v in text_words)
        (labels if small else body).append(w)
    return body, labels


# the words a figure's, table's, map's number follows, in every language (words.FIGURE_LABEL)
_NUMBERED = re.compile(words.FIGURE_LABEL)


def _figure_text(lines: list[Line]) -> list[str]:
    """A figure's captions (a sentence: "Figure 1. The lower Kura ...") as paragraphs of their own,
    and its labels as one line of names ("Figure labels: GEORGIA · Kura · ...")."""
    from azmap.corpus.segment import _CAPTION_START

    out, names = [], []
    caption, above = None, None  # a caption still open (no full stop yet) and its last line
    for ln in sorted(lines, key=lambda ln: (ln.page, ln.top, ln.x0)):
        text = ln.text
        if caption is not None and ln.page == above.page and 0 <= ln.top - above.bottom < ln.size \
                and abs(ln.x0 - above.x0) < ln.size and abs(ln.size - above.size) < 0.3:
            out[caption] += " " + text  # a caption's next line (a sentence may end within it: "… Source: …")
            above = ln
            continue
        if _CAPTION_START.match(text):
            out.append(text)
            caption, above = len(out) - 1, ln
            continue
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




class _Words:
    """The words a document uses (lower case, without the punctuation around them), counted: a
    hyphen at a line's end stays when the document shows the parts are words of their own and the
    hyphen is the compound's ("long-term": the compound whole elsewhere, or both its parts)."""

    def __init__(self, tokens: Counter):
        self.counts: Counter = Counter()
        for token, n in tokens.items():
            if not token.endswith("-"):
                self.counts[token.strip(_PUNCTUATION).lower()] += n

    def compound(self, before: str, after: str) -> bool:
        left = before.rsplit(" ", 1)[-1].rstrip("-").strip(_PUNCTUATION).rsplit("-", 1)[-1].lower()
        right_token = after.split(" ", 1)[0].strip(_PUNCTUATION).lower()
        right = right_token.split("-", 1)[0]
        if len(left) < 2 or not left.isalpha() or not right.isalpha():
            return False
        if self.counts[f"{left}-{right_token}"] or self.counts[f"{left}-{right}"]:
            return True
        # both parts words of the document elsewhere (the part after the break is itself counted once),
        # and the two never written as one word
        if self.counts[left + right_token]:
            return False
        if self.counts[left] >= 1 and self.counts[right_token] >= 2:
            return True
        # what the document does not show, a word list tells where one is installed: both parts words,
        # and the two together none ("long-/term" keeps its hyphen, "be-/tween" and "rail-/ways" do not)
        listed = word_list()
        if not listed or len(left) < 2 or len(right_token) < 2:
            return False
        return not known(left + right_token, listed) and known(left, listed) and known(right_token, listed)


_PUNCTUATION = ".,;:!?()[]\"'“”‘’«»"


def _join_lines(texts: list[str], words: _Words | None = None) -> str:
    """The lines as one paragraph, a word hyphenated at a line's end made whole (a compound's
    hyphen kept, see _Words). In linear time: the pieces are gathered and joined once, and only the
    last two characters so far are looked at."""
    parts: list[str] = []
    tail = ""  # the last two characters of the text so far ("" while it is empty)
    for t in texts:
        t = t.strip()
        if not tail:
            parts, tail = [t], t[-2:]
        elif tail.endswith("-") and t[:1].islower() and not tail.endswith(" -"):
            if words is None or not words.compound(parts[-1], t):
                parts[-1] = parts[-1][:-1]  # a word hyphenated at the line's end
                tail = tail[:-1]
            parts.append(t)
            tail = (tail + t)[-2:]
        else:
            parts.append(" " + t)
            tail = (tail + " " + t)[-2:]
    return "".join(parts)


# a line of names in lower case's wording ("von A B", "par A B", "by A B & C D"): a byline, not a
# paragraph's continuation
_BY_NAME = re.compile(r"(?:by|von|par|por|di|da|door|av|af|z)\s+[A-ZÀ-ÞƏİ][\w'’.-]+\s+[A-ZÀ-ÞƏİ]")


def _rejoin_paragraphs(parts: list[str], words: _Words | None = None) -> list[str]:
    """A paragraph broken by a column or page (it ends without a full stop and the next starts
    in lower case) is one paragraph."""
    groups: list[list[str]] = []  # each the parts that make one paragraph (joined once, at the end)
    for p in parts:
        if groups and not p.startswith(("#", "[^")) and not groups[-1][0].startswith("#") \
                and not _TERMINAL.search(groups[-1][-1] or _join_lines(groups[-1], words)) and p[:1].islower() \
                and not (len(p) < 120 and _BY_NAME.match(p)):
            groups[-1].append(p)
        else:
            groups.append([p])
    return [g[0] if len(g) == 1 else _join_lines(g, words) for g in groups]
