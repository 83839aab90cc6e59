"""A markdown image's caption: the italic line right under the image (asterisks or underscores), a passage apart
from the body; a photographer's credit run on after its last sentence ("… at dawn. Photo: A", "Foto: A / Agency",
"Fot. A") set apart from it as a line of its own, no caption and no body. An italic line with no image over it (an
editor's note under a paragraph) is none.
"""
from __future__ import annotations

import re

_ITALIC = re.compile(r"^(\s*)([*_])(?![*_\s])(.+?)(?<![*_\s])\2\s*$")
_RUN_ON = re.compile(r"^(.*?[.!?…])\s+(\S.{2,80})$")
_ABBREVIATED = re.compile(r"^(?:fot|phot|ph|abb)\.\s+[^\W\d_]", re.I)  # "Fot. A", "Phot. A"
# a line that is a credit whole, by its label or a camera's sign ("📸 marco", "Foto: …", "photo: my friend …")
_CREDIT_LEAD = re.compile(r"^(?:📸|📷|(?:photos?|fotos?|фото|bild(?:er)?|fot|credits?|crédits?|crédito|credito|"
                          r"images?|imagen|immagine|зображення|fotoğraf|şəkil|zdjęcie|kuva)\s*[:.])", re.I)


def _credit(piece: str) -> bool:
    from azmap.corpus.boilerplate import is_photo_credit

    return bool(_ABBREVIATED.match(piece)) or is_photo_credit(piece)


def italic_under_image(lines: list, k: int) -> bool:
    """Whether line ``k`` is an italic line whose line above (a blank line between or none) is an image's."""
    from azmap.corpus.markdown_marks import is_image_line

    if not _ITALIC.match(lines[k].raw):
        return False
    j = k - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    return j >= 0 and k - j <= 2 and is_image_line(lines[j].text)


def split_credits(lines: list, make_line) -> list:
    """The document's lines with each image's italic caption line cut in two where a credit runs on after its last
    sentence: the caption (without its opening mark), a blank line, the credit (without its closing mark); a blank line
    before the caption too where it stands right under the image's line.
    ``make_line(start, end, raw)``: a line of the segmenter's."""
    out = []
    for k, line in enumerate(lines):
        m = _ITALIC.match(line.raw) if line.raw[-1:] in "*_ " else None
        run_on = _RUN_ON.match(m.group(3)) if m and italic_under_image(lines, k) else None
        if not run_on or not _credit(run_on.group(2)) or len(run_on.group(1).split()) < 2:
            out.append(line)
            continue
        inner = line.start + len(m.group(1)) + 1  # after the opening mark
        cap_end = inner + len(run_on.group(1))
        credit_start = inner + run_on.start(2)
        credit_end = credit_start + len(run_on.group(2))
        if out and out[-1].text:  # the caption right under the image, no blank line between: set apart from it
            out.append(make_line(line.start, line.start, ""))
        out += [make_line(inner, cap_end, run_on.group(1)), make_line(cap_end, cap_end, ""),
                make_line(credit_start, credit_end, run_on.group(2))]
    return out


def is_italic(line: str) -> bool:
    """Whether a line is set in italics whole ("*…*", "_…_")."""
    return bool(_ITALIC.match(line))


def caption_block(above: str, line: str, italic: bool, below: str | None = None, gap: int | None = None) -> bool:
    """Whether a block of one line is an image's caption: right under an image's block (``above``), italic, or cut
    from its credit (``below``, the next block, starting ``gap`` characters after it ends, on the same source
    line)."""
    from azmap.corpus.markdown_marks import is_image_line

    if len(line) > 300 or not is_image_line(above):
        return False
    inner = line.strip("*_ ")
    if _CREDIT_LEAD.match(inner) or _credit(inner):
        return False  # the picture's credit alone: no caption
    return italic or below is not None and gap is not None and 0 <= gap <= 2 and _credit(below)
