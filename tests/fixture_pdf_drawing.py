"""documents6's PDF drawing (tests/fixtures/documents6/make_pdf.py: line wrapping, the column setter,
small type), loaded afresh for each later round's generator, which sets its page size and adds its
own pieces on that copy without touching another round's; and what later rounds' generators share
on top of it (the annotation loaded and the page's height set, a page of flush-left lines, the
running heads)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_DOCUMENTS6 = Path(__file__).resolve().parent / "fixtures" / "documents6" / "make_pdf.py"


def documents6_drawing(round_name: str):
    spec = importlib.util.spec_from_file_location(f"azmap_documents6_make_pdf_for_{round_name}", _DOCUMENTS6)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def start(round_name: str, annotation_path):
    """documents6's drawing for a round and the annotation it draws, the page's height (the
    annotation's ``pdf`` block's ``height``, A4's unless given) and the head and top set from it."""
    import json

    six = documents6_drawing(round_name)
    spec = json.loads(Path(annotation_path).read_text(encoding="utf-8"))
    six.PAGE_H = spec["pdf"].get("height", 842.0)
    six.HEAD_Y, six.TOP = six.PAGE_H - 37, six.PAGE_H - 82
    return six, spec


def page_of_lines(six, Text, advance, lines, top):
    """A page of [text, size, bold] lines, flush left, wrapped to the page's width; "" leaves a gap."""
    items, y = [], top
    for text, size, *bold in lines:
        if not text:
            y -= size
            continue
        for line in six._wrap_small(text, six.PAGE_W - 2 * six.LEFT, lambda c, _s: advance(c, size)):
            items.append(Text(six.LEFT, y, size, line, bold=bool(bold and bold[0])))
            y -= size * 1.35
        y -= 3
    return items


def running_heads(six, Text, advance, pages, head: str, first_plain: int) -> None:
    """The short title and the folio in the head of every page but the first and those after
    ``first_plain``, on the outer side (left on even pages, right on odd ones)."""
    for number, items in enumerate(pages, 1):
        if number == 1 or number > first_plain:
            continue
        if number % 2 == 0:
            items[:0] = [Text(six.LEFT, six.HEAD_Y, 8, str(number)), Text(six.LEFT + 24, six.HEAD_Y, 8, head)]
        else:
            w = sum(advance(c, 8) for c in head)
            items[:0] = [Text(six.PAGE_W - six.LEFT - 30 - w, six.HEAD_Y, 8, head),
                         Text(six.PAGE_W - six.LEFT - 10, six.HEAD_Y, 8, str(number))]


def set_paragraph(six, s, Text, advance, para: str, headings: dict, on_line=None) -> None:
    """A paragraph in the body's type, wrapped to the column, under the bold heading whose key it
    starts with (``headings``: start of a paragraph -> its heading), if any; ``on_line(line)`` is
    called as each line is set (to raise a note's marker in it)."""
    heading = next((h for begin, h in headings.items() if para.startswith(begin)), None)
    if heading:
        s.room(six.LEAD * 3)
        s.put(Text(s.x(), s.y, six.SIZE, heading, bold=True))
        s.y -= six.LEAD + six.GAP
    for line in six._wrap(para, s.col_w, advance):
        s.room(six.LEAD)
        s.put(Text(s.x(), s.y, six.SIZE, line))
        if on_line:
            on_line(line)
        s.y -= six.LEAD
    s.y -= six.GAP


def write(six, pages, out_path) -> Path:
    """The pages written as a PDF of the drawing's page size at ``out_path``."""
    from tests.pdf_writer import pdf_bytes

    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    Path(out_path).write_bytes(pdf_bytes(pages, width=six.PAGE_W, height=six.PAGE_H))
    return Path(out_path)
