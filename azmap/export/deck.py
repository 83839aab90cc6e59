"""The briefing as a 16:9 slide deck (python-pptx): a title slide, then a slide per saved view.

A view's slide has its title, its map (the same renderer as every export, from the ExplorerState
the view saved, with legend, locator and the data attribution in the image), its caption and the
full citation of each chosen passage. The passages themselves are quoted in full, each with its
citation, in the slide's speaker notes: a passage of a hundred words beside a map needs type too
small to read across a room, so the presenter has the words, verbatim and sourced, and the audience
sees where each one comes from. The PDF briefing, the handout, prints them on the page.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5
MAP_W_MM, MAP_H_MM = 212, 152  # the map image: 8.35 x 5.98 in on the slide
MAP_DPI = 200
SLIDE_TYPE_SCALE = 0.9  # a touch under A4 paper: the slide's map is smaller, the screen enlarges it


def write_deck(path, views, *, title=None, credit=None) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    from azmap.corpus.rebuild import open_store
    from azmap.export.attribution import map_date
    from azmap.export.briefing import briefing_title, printable

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    doc_title = briefing_title(title, views)
    date = map_date()
    props = prs.core_properties
    props.title = doc_title[:250]
    props.author = printable(credit)[:250] if credit else "azmap"
    props.subject = "Briefing of saved map views"

    slide = prs.slides.add_slide(prs.slide_layouts[0])
    _place(slide.shapes.title, 0.8, 2.1, SLIDE_W_IN - 1.6, 1.6)
    _text(slide.shapes.title.text_frame, doc_title, size=_title_size(doc_title, 40), bold=True)
    sub = slide.placeholders[1]
    _place(sub, 0.8, 3.9, SLIDE_W_IN - 1.6, 2.2)
    lines = [f"{len(views)} view(s) · {date}"] + ([printable(credit)] if credit else [])
    lines += [f"{i}. {printable(v.name)}" for i, v in enumerate(views[:8], 1)]
    if len(views) > 8:
        lines.append(f"… and {len(views) - 8} more")
    _text(sub.text_frame, lines, size=16)
    slide.notes_slide.notes_text_frame.text = (
        f"{doc_title}\n{len(views)} view(s), {date}." + (f" {printable(credit)}." if credit else "")
        + "\nEach view's passages are quoted in full, with their citations, in its slide's notes.")

    with open_store() as store, tempfile.TemporaryDirectory() as d:
        for i, v in enumerate(views):
            _view_slide(prs, v, store, Path(d) / f"view-{i}.png", credit)
    prs.save(str(path))


def _view_slide(prs, view, store, image, credit):
    from pptx.util import Inches

    from azmap.citation import source_line, text as citation_text
    from azmap.export.briefing import passages_for, printable
    from azmap.export.render import ExportRequest, render
    from azmap.state import ExplorerState

    state = ExplorerState.from_view(view)  # the slide renders the state the view saved
    req = ExportRequest.from_state(state, image, size=f"{MAP_W_MM}x{MAP_H_MM}mm", dpi=MAP_DPI, layout="figure",
                                   type_scale=SLIDE_TYPE_SCALE, credit=credit, caption_sources=[])
    result = render(req)
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    name = printable(state.title)
    _place(slide.shapes.title, 0.4, 0.25, SLIDE_W_IN - 0.8, 0.95)
    _text(slide.shapes.title.text_frame, name if len(name) <= 140 else name[:139] + "…",
          size=_title_size(name, 30), bold=True, align_left=True)
    slide.shapes.add_picture(str(result.path), Inches(0.35), Inches(1.3), Inches(MAP_W_MM / 25.4),
                             Inches(MAP_H_MM / 25.4))
    hits = passages_for(state, store)
    left = 0.35 + MAP_W_MM / 25.4 + 0.3
    box = slide.shapes.add_textbox(Inches(left), Inches(1.3), Inches(SLIDE_W_IN - left - 0.35), Inches(5.95))
    tf = box.text_frame
    tf.word_wrap = True
    paras = []
    if state.year:
        paras.append((f"As of {state.year}", 14, False, False, "444444"))
    if state.caption:
        caption = printable(state.caption)
        paras.append((caption if len(caption) <= 420 else caption[:419] + "…", 16, False, True, "222222"))
    if hits:
        paras.append(("Sources of the passages (quoted in full in the notes)", 12, True, False, "222222"))
        for n, h in enumerate(hits, 1):
            paras.append((f"[{n}] {printable(source_line(h))}", 11, False, False, "333333"))
    else:
        paras.append(("No passage chosen for this view.", 12, False, True, "666666"))
    _paragraphs(tf, paras)
    notes = []
    if state.caption:
        notes.append(printable(state.caption))
    for n, h in enumerate(hits, 1):
        notes.append(f"[{n}] " + printable(citation_text(h)))
    if not hits:
        notes.append("No passage chosen for this view.")
    notes.append("Map: " + printable(result.attribution))
    slide.notes_slide.notes_text_frame.text = "\n\n".join(notes)



def _place(shape, left, top, width, height):
    from pptx.util import Inches

    shape.left, shape.top, shape.width, shape.height = Inches(left), Inches(top), Inches(width), Inches(height)


def _title_size(text: str, base: int) -> int:
    n = len(text)
    return base if n <= 50 else base - 6 if n <= 90 else base - 10


def _text(tf, lines, *, size, bold=False, align_left=False):
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    lines = [lines] if isinstance(lines, str) else lines
    tf.word_wrap = True
    tf.text = ""
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        run = p.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        if align_left:
            p.alignment = PP_ALIGN.LEFT


def _paragraphs(tf, paras):
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    for i, (text, size, bold, italic, colour) in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.space_after = Pt(6)
        run = p.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.italic = italic
        run.font.color.rgb = RGBColor.from_string(colour)
