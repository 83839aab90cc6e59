"""The PDF reader tells blocks that are no running text by their geometry and type, not their words:
the same lines read as text without the box drawn round them, or in the body's type, or on a page
with running text; set apart with it."""
from __future__ import annotations

from azmap.corpus.pdf import layout_text
from azmap.corpus.segment import segment
from tests.pdf_writer import Box, Text, pdf_bytes, wrapped

PROSE = ("The ferry across the sea leaves when the hold is full, and the drivers who wait for it sleep in their "
         "cabs at the edge of the port. Nobody can tell them the hour, so they keep the engines warm at night. ")


def _page(extra: list, top: float = 700) -> list:
    items = [Text(72, 760, 18, "Waiting at the Port", bold=True), Text(72, 738, 11, "Rena Aliyeva")]
    y = top
    for k in range(4):
        for line in wrapped(f"On day {'one two three four'.split()[k]} the queue was long. " + PROSE * 2, 450, 10):
            items.append(Text(72, y, 10, line))
            y -= 13
        y -= 6
        if k == 1:
            items += _shifted(extra, y)
            y -= 80
    return items


def _shifted(items: list, y: float) -> list:
    out = []
    for it in items:
        if isinstance(it, Box):
            out.append(Box(it.x, y + it.y, it.w, it.h))
        else:
            out.append(Text(it.x, y + it.y, it.size, it.text, bold=it.bold))
    return out


SIDEBAR = [Text(82, -12, 10, "In short", bold=True),
           Text(82, -26, 10, "Crossings take longer in winter than in any other season."),
           Text(82, -40, 10, "Most of the wait is spent in the queue before the gate.")]


def _body(data: bytes) -> list[str]:
    return [p.text for p in segment(layout_text(data), markdown=True) if p.kind == "body"]


def test_a_box_drawn_round_lines_sets_them_apart_and_the_same_lines_unboxed_are_text():
    boxed = _body(pdf_bytes([_page(SIDEBAR + [Box(72, -62, 450, 64)])], width=595, height=842))
    plain = _body(pdf_bytes([_page(SIDEBAR)], width=595, height=842))
    assert not any("Crossings take longer" in b for b in boxed)
    assert any("Crossings take longer" in b for b in plain)
    assert sum(b.startswith("On day ") for b in boxed) == 4  # every paragraph kept, whole
    assert all(b.endswith("warm at night.") for b in boxed)


def test_a_page_of_short_lines_after_the_text_is_furniture_and_a_page_of_prose_is_not():
    address = [Text(72, 600 - 15 * k, 10, t) for k, t in enumerate(
        ["Harbour Studies Group", "7 Sahil Street, Baku", "Telephone +994 12 000 0000",
         "Shared under a licence that lets anyone copy this report for any use at all."])]
    text = layout_text(pdf_bytes([_page([]), address], width=595, height=842))
    assert "Page furniture: Harbour Studies Group" in text
    prose = [Text(72, 600 - 13 * k, 10, line) for k, line in enumerate(wrapped(PROSE, 450, 10))]
    text = layout_text(pdf_bytes([_page([]), prose], width=595, height=842))
    assert "Page furniture" not in text and "keep the engines warm at night." in text


def test_a_small_type_sentence_under_the_names_is_a_note_and_in_body_type_it_is_not():
    def doc(size):
        page = _page([], top=690)
        page.append(Text(72, 722, size, "Presented at the harbour workshop held in Baku in the spring."))
        return layout_text(pdf_bytes([page], width=595, height=842))

    assert "Page furniture: Presented at the harbour workshop" in doc(8)
    assert "Page furniture" not in doc(10)
