"""A small PDF writer for tests: pages of text in Helvetica (a standard font, not embedded), set
line by line or character by character ("placed" characters, each with its own text matrix), and
optionally turned a quarter (a figure's axis label). Enough to build hostile PDFs of any size
without a layout engine; the bytes depend only on the input.

    page = [Text(72, 700, 11, "A line of body text"), Text(40, 300, 8, "Label", turned=True)]
    data = pdf_bytes([page, page], width=504, height=720)
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Text:
    x: float
    y: float  # the baseline, from the page's foot (PDF's own coordinates)
    size: float
    text: str
    placed: bool = False  # each character set on its own at its advance (Helvetica's widths)
    turned: bool = False  # read upwards (rotated 90°)
    bold: bool = False


# Helvetica's advance widths (per 1000 em) for the characters tests use; others count as 556
_WIDTHS = {" ": 278, ".": 278, ",": 278, "-": 333, "'": 191, ":": 278, ";": 278, "(": 333, ")": 333,
           "i": 222, "j": 222, "l": 222, "f": 278, "t": 278, "r": 333, "I": 278, "J": 500, "m": 833,
           "w": 722, "W": 944, "M": 833, "c": 500, "k": 500, "s": 500, "v": 500, "x": 500, "y": 500, "z": 500}


@dataclass
class Box:
    """A rectangle's outline (a box drawn round a sidebar or a table), from its lower left corner;
    with ``fill`` (a grey level, 0 black to 1 white) a shaded area instead, with no outline."""
    x: float
    y: float
    w: float
    h: float
    text: str = ""  # (no text: the loops that recode the items' texts pass over it)
    fill: float | None = None


# Russian letters, set in a third font (a fourth for bold) whose codes 189 and up are these letters (its ToUnicode map
# says so; its lower codes WinAnsi's): the standard fonts' encodings have no Cyrillic
_CYRILLIC = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁё№"


_FIRST = 256 - len(_CYRILLIC)


def _cyrillic(text: str) -> bool:
    return any(ch in _CYRILLIC for ch in text)


def _cyrillic_bytes(text: str) -> str:
    return "".join(chr(_FIRST + _CYRILLIC.index(ch)) if ch in _CYRILLIC else ch.encode("cp1252").decode("latin-1")
                   for ch in text)


def _cyrillic_fonts(to_unicode: int) -> tuple[bytes, bytes, bytes]:
    """The third and fourth fonts' objects (Helvetica and Helvetica-Bold with the letters at codes 189
    and up) and their ToUnicode map."""
    names = " ".join(f"/uni{ord(ch):04X}" for ch in _CYRILLIC)
    fonts = [(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding << /Type /Encoding "
              f"/BaseEncoding /WinAnsiEncoding /Differences [{_FIRST} {names}] >> /ToUnicode {to_unicode} 0 R >>"
              ).encode() for base in ("Helvetica", "Helvetica-Bold")]
    pairs = "\n".join(f"<{_FIRST + k:02X}> <{ord(ch):04X}>" for k, ch in enumerate(_CYRILLIC))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Cyr def "
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(_CYRILLIC)} beginbfchar\n{pairs}\nendbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    return fonts[0], fonts[1], f"<< /Length {len(cmap)} >>\nstream\n".encode() + cmap + b"\nendstream"


def advance(ch: str, size: float) -> float:
    return _WIDTHS.get(ch, 556) * size / 1000


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(items: list[Text]) -> bytes:
    ops = []
    for it in items:
        if isinstance(it, Box):
            if it.fill is not None:
                ops.append(f"{it.fill:g} g {it.x:g} {it.y:g} {it.w:g} {it.h:g} re f 0 g")
            else:
                ops.append(f"0.5 w {it.x:g} {it.y:g} {it.w:g} {it.h:g} re S")
            continue
        font = "/F2" if it.bold else "/F1"
        if _cyrillic(it.text):
            font, it = "/F4" if it.bold else "/F3", Text(it.x, it.y, it.size, _cyrillic_bytes(it.text), it.placed, it.turned)
        if it.turned:
            ops.append(f"BT {font} {it.size:g} Tf 0 1 -1 0 {it.x:g} {it.y:g} Tm ({_escape(it.text)}) Tj ET")
        elif it.placed:
            ops.append(f"BT {font} {it.size:g} Tf")
            x = it.x
            for ch in it.text:
                if ch != " ":
                    ops.append(f"1 0 0 1 {x:.2f} {it.y:g} Tm ({_escape(ch)}) Tj")
                x += advance(ch, it.size)
            ops.append("ET")
        else:
            ops.append(f"BT {font} {it.size:g} Tf {it.x:g} {it.y:g} Td ({_escape(it.text)}) Tj ET")
    return "\n".join(ops).encode("latin-1")


def pdf_bytes(pages: list[list[Text]], width: float = 504, height: float = 720) -> bytes:
    """A PDF of the pages (each a list of Text), written object by object with a cross-reference table."""
    objects: list[bytes] = []  # object n is objects[n - 1]
    n_pages = len(pages)
    # 1 catalog, 2 page tree, 3 and 4 fonts, then for each page: its page object and its content
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    # (the Cyrillic font, when a page needs it, after the pages: the other objects keep their numbers)
    russian = any(_cyrillic(it.text) for items in pages for it in items)
    third = f" /F3 {5 + 2 * n_pages} 0 R /F4 {6 + 2 * n_pages} 0 R" if russian else ""
    for i, items in enumerate(pages):
        content = _content(items)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:g} {height:g}] "
                       f"/Resources << /Font << /F1 3 0 R /F2 4 0 R{third} >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
    if russian:
        objects += _cyrillic_fonts(7 + 2 * n_pages)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def prose_page(sentences: list[str], *, size: float = 10, width: float = 504, height: float = 720,
               margin: float = 60, placed: bool = False, head: str | None = None, folio: str | None = None,
               first: int = 0) -> tuple[list[Text], int]:
    """A page of body text wrapped to the page's width from sentences[first:] (taken in a cycle):
    (the page's items, how many sentences it took). A running head and a folio in the margins."""
    items, y, k = [], height - 1.5 * margin, first
    line, line_width, limit = "", 0.0, width - 2 * margin
    words: list[str] = []
    while y > margin:
        if not words:
            words = sentences[k % len(sentences)].split()
            k += 1
        word = words.pop(0)
        w = sum(advance(c, size) for c in word + " ")
        if line and line_width + w > limit:
            items.append(Text(margin, y, size, line.rstrip(), placed=placed))
            y -= size * 1.3
            line, line_width = "", 0.0
        line += word + " "
        line_width += w
    if head:
        items.append(Text(margin, height - margin / 2, size * 0.8, head))
    if folio:
        items.append(Text(width / 2, margin / 2, size * 0.8, folio))
    return items, k - first


def wrapped(text: str, limit: float, size: float) -> list[str]:
    """A paragraph's lines, words set in Helvetica at ``size`` and broken before ``limit`` points."""
    lines, line, used = [], [], 0.0
    for word in text.split():
        w = sum(advance(c, size) for c in word) + (advance(" ", size) if line else 0)
        if line and used + w > limit:
            lines.append(" ".join(line))
            line, used = [word], w - advance(" ", size)
        else:
            line.append(word)
            used += w
    return lines + [" ".join(line)] if line else lines
