"""The briefing as a 16:9 slide deck (python-pptx) for a room: a title slide, then a slide per saved view.

A view's slide has its title, its map (the same renderer as every export, from the ExplorerState
the view saved, the map alone, at the slide's full resolution, every name on it set at 18 pt or
more as it stands on the slide: fewer names than a page's, those with no room on or beside their
ground called out in a box with a leader), and as slide text of 14 pt or more: what it shows as of when, its
caption, its legend (each entry in its colour), the short citations of its chosen passages, its
credits and the slide's number. The passages themselves are quoted in full, each with its
citation, in the slide's speaker notes, with the map's full attribution. The PDF briefing, the
handout, prints them on the page.

The deck is 16:9 through and through (its masters and layouts widened from python-pptx's 4:3
template), names its own title, author (the credit, else the system's user) and date, gives each
map alt text that says what it shows, and is the same bytes for the same inputs (its zip written
with fixed times).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5
MAP_LEFT_IN, MAP_TOP_IN = 0.3, 1.2
MAP_W_MM, MAP_H_MM = 226, 141  # the map image: 8.9 x 5.55 in on the slide, shown at its own size
MAP_DPI = 200  # finer than a 1920-pixel projector shows the slide (144 pixels an inch)
SLIDE_TYPE_SCALE = 1.8  # a neighbour's name (10 pt on A4) at 18 pt on the slide, a capital's at 14.4
NAME_PT, TEXT_PT = 18, 14  # the least type on a slide: names, and legend, credits and the rest
COLUMN_LEFT_IN = MAP_LEFT_IN + MAP_W_MM / 25.4 + 0.25
CREDIT_TOP_IN = 6.9
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# a slide's map: the map alone at its size on the slide, every name on it at ``NAME_PT`` or more
SLIDE_MAP = dict(size=f"{MAP_W_MM}x{MAP_H_MM}mm", layout="map", type_scale=SLIDE_TYPE_SCALE, name_pt=NAME_PT)
SLIDE_MINOR_MM2 = 30.0  # an area entry showing less than this on the slide's map is listed after the rest


def write_deck(path, views, *, title=None, credit=None, greyscale=False) -> None:
    import io

    from pptx import Presentation
    from pptx.util import Inches

    from azmap.corpus.rebuild import open_store
    from azmap.export.attribution import map_date
    from azmap.export.briefing import briefing_title, printable

    prs = Presentation()
    _widescreen(prs)
    doc_title = briefing_title(title, views)
    date = map_date()
    _properties(prs, doc_title, printable(credit) if credit else None, date)
    total = len(views) + 1

    slide = prs.slides.add_slide(prs.slide_layouts[0])
    _place(slide.shapes.title, 0.8, 2.1, SLIDE_W_IN - 1.6, 1.6)
    _text(slide.shapes.title.text_frame, doc_title, size=_title_size(doc_title, 40), bold=True)
    sub = slide.placeholders[1]
    _place(sub, 0.8, 3.9, SLIDE_W_IN - 1.6, 2.6)
    lines = [f"{len(views)} view(s) · {date}"] + ([printable(credit)] if credit else [])
    lines += [f"{i}. {printable(v.name)}" for i, v in enumerate(views[:8], 1)]
    if len(views) > 8:
        lines.append(f"… and {len(views) - 8} more")
    _text(sub.text_frame, lines, size=18)
    _number(slide, 1, total)
    slide.notes_slide.notes_text_frame.text = (
        f"{doc_title}\n{len(views)} view(s), {date}." + (f" {printable(credit)}." if credit else "")
        + "\nEach view's passages are quoted in full, with their citations, in its slide's notes.")

    with open_store() as store, tempfile.TemporaryDirectory() as d:
        for i, v in enumerate(views):
            _view_slide(prs, v, store, Path(d) / f"view-{i}.png", credit, i + 2, total, greyscale)
    buf = io.BytesIO()
    prs.save(buf)
    Path(path).write_bytes(_fixed_zip(buf.getvalue()))


def _widescreen(prs) -> None:
    """The presentation at 16:9, its masters and layouts widened to it (python-pptx's template is 4:3
    and says so)."""
    from pptx.util import Inches

    old_w = prs.slide_width
    prs.slide_width, prs.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    size = prs.part._element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}sldSz")
    if size is not None and "type" in size.attrib:
        del size.attrib["type"]  # no preset: 13.333 x 7.5 in, PowerPoint's widescreen
    factor = prs.slide_width / old_w
    parts = [m for m in prs.slide_masters] + [lay for m in prs.slide_masters for lay in m.slide_layouts]
    for part in parts:
        for xfrm in part._element.xpath(".//a:xfrm"):
            off, ext = xfrm.find("{*}off"), xfrm.find("{*}ext")
            if off is not None:
                off.set("x", str(round(int(off.get("x")) * factor)))
            if ext is not None:
                ext.set("cx", str(round(int(ext.get("cx")) * factor)))


def _properties(prs, title, credit, date) -> None:
    import datetime as dt
    import getpass

    props = prs.core_properties
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    author = (credit or user or "azmap")[:250]
    when = dt.datetime.strptime(date, "%Y-%m-%d")
    props.title = title[:250]
    props.author = author
    props.last_modified_by = author
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1
    props.subject = "Briefing of saved map views"
    props.comments = ""
    props.keywords = "azmap briefing"


def _fixed_zip(data: bytes) -> bytes:
    """The package rewritten with every member at one fixed time: the same inputs, the same bytes."""
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            z.writestr(member, src.read(info.filename))
    return out.getvalue()


def _view_slide(prs, view, store, image, credit, number, total, greyscale=False):
    from pptx.util import Inches

    from azmap.citation import text as citation_text
    from azmap.export.attribution import map_date
    from azmap.export.briefing import printable, view_passages
    from azmap.export.render import ExportRequest, render
    from azmap.state import ExplorerState

    state = ExplorerState.from_view(view)  # the slide renders the state the view saved
    req = ExportRequest.from_state(state, image, **SLIDE_MAP, dpi=MAP_DPI, credit=credit, caption_sources=[],
                                   greyscale=greyscale)
    result = render(req)
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    name = printable(state.title)
    _place(slide.shapes.title, 0.3, 0.2, SLIDE_W_IN - 0.6, 0.95)
    _text(slide.shapes.title.text_frame, name if len(name) <= 140 else name[:139] + "…",
          size=_title_size(name, 30), bold=True, align_left=True)
    pic = slide.shapes.add_picture(str(result.path), Inches(MAP_LEFT_IN), Inches(MAP_TOP_IN),
                                   Inches(MAP_W_MM / 25.4), Inches(MAP_H_MM / 25.4))
    pic._element.nvPicPr.cNvPr.set("descr", alt_text(name, state, result))
    pic.name = f"Map: {name}"[:120]
    hits, lost = view_passages(view, state, store)
    lost = [printable(n) for n in lost]  # chosen passages no longer in their documents
    box = slide.shapes.add_textbox(Inches(COLUMN_LEFT_IN), Inches(MAP_TOP_IN),
                                   Inches(SLIDE_W_IN - COLUMN_LEFT_IN - 0.3), Inches(CREDIT_TOP_IN - MAP_TOP_IN - 0.1))
    tf = box.text_frame
    tf.word_wrap = True
    paras = [(f"As of {state.year}" if state.year else f"Information as of {map_date()}", TEXT_PT, True, False,
              "444444", None)]
    if state.caption:
        caption = printable(state.caption)
        paras.append((caption if len(caption) <= 240 else caption[:239] + "…", 16, False, True, "222222", None))
    if hits:
        cites = "; ".join(f"[{n}] {printable(h.short_citation())}" for n, h in enumerate(hits, 1))
        tail = ("Passages (in full in the notes): " + cites, TEXT_PT, False, False, "333333", None)
    elif not lost:
        tail = ("No passage chosen for this view.", TEXT_PT, False, True, "666666", None)
    else:
        tail = None
    if lost:
        mark = f"⚠ {len(lost)} chosen passage{'' if len(lost) == 1 else 's'} not found (see the notes)"
        paras.append((mark, TEXT_PT, False, True, "8a4b00", None))
    entries = [e for e in result.legend if not e.key.startswith("country-") and e.key not in ("sea", "highlight")]
    entries = slide_order(entries)
    if greyscale:  # each swatch in the grey the map draws it in
        entries = [_in_grey(e) for e in entries]
    column_pt = (CREDIT_TOP_IN - MAP_TOP_IN - 0.2) * 72
    room = column_pt - sum(_height_pt(p) for p in paras) - (_height_pt(tail) if tail else 0)
    if entries:  # as many legend entries as the column holds; the rest in the notes
        room -= _height_pt(("Legend", TEXT_PT)) + _height_pt(("… more", TEXT_PT))
        shown = []
        for e in entries:
            h = _height_pt(("■ " + e.label, TEXT_PT))
            if h > room:
                break
            shown.append(e)
            room -= h
        paras.append(("Legend", TEXT_PT, True, False, "222222", None))
        paras += [(e.label, TEXT_PT, False, False, "222222", e) for e in shown]
        if len(shown) < len(entries):
            paras.append((f"… {len(entries) - len(shown)} more in the notes", TEXT_PT, False, True, "555555", None))
    if tail:
        paras.append(tail)
    _paragraphs(tf, paras)
    credits = slide.shapes.add_textbox(Inches(0.3), Inches(CREDIT_TOP_IN), Inches(SLIDE_W_IN - 2.0), Inches(0.45))
    _text(credits.text_frame, short_credit(result.attribution, credit), size=TEXT_PT)
    _number(slide, number, total)
    notes = []
    if state.caption:
        notes.append(printable(state.caption))
    for n, h in enumerate(hits, 1):
        notes.append(f"[{n}] " + printable(citation_text(h)))
    notes += lost
    if not hits and not lost:
        notes.append("No passage chosen for this view.")
    notes.append("Legend: " + "; ".join(e.label for e in result.legend))
    notes.append("Map: " + printable(result.attribution))
    slide.notes_slide.notes_text_frame.text = "\n\n".join(notes)


def slide_map_request(out, *, dpi=MAP_DPI, **options):
    """The request for a slide's map as the deck renders it (``options``: the view, bbox, year,
    features... of the map): for checks and previews of what a slide shows."""
    from azmap.export.request import ExportRequest

    return ExportRequest(out=out, **SLIDE_MAP, dpi=dpi, caption_sources=[], **options)


def alt_text(name, state, result) -> str:
    """What the map shows, in words: its title, the year, what its legend lists, the names on it."""
    when = f"as of {state.year}" if state.year else "today"
    shows = [e.label for e in result.legend if e.key not in ("sea",)]
    from azmap.export.pointers import in_words

    named = [lab.text.replace("\n", " ") for lab in result.labels if lab.placed and lab.kind != "pointer"]
    beyond = [in_words(lab.text) for lab in result.labels if lab.placed and lab.kind == "pointer"]
    text = f"Map of {name}, {when}. It shows: {'; '.join(shows)}."
    if named:
        text += f" Named on it: {', '.join(named[:40])}."
    if beyond:
        text += f" Beyond its edge: {'; '.join(beyond)}."
    return text[:2000]


def short_credit(attribution: str, credit=None) -> str:
    """The map's credits in a line a room can read: the data's holders, the maker and the date."""
    import re

    from azmap.export.briefing import printable

    parts = []
    if "OpenStreetMap" in attribution:
        parts.append("© OpenStreetMap contributors (ODbL)")
    if "Natural Earth" in attribution:
        parts.append("Natural Earth")
    m = re.search(r"Map: azmap, (\d{4}-\d{2}-\d{2})", attribution)
    parts.append(f"map: azmap, {m.group(1)}" if m else "map: azmap")
    if credit:
        parts.append(printable(credit)[:80])
    return "Data: " + " · ".join(parts)


COLUMN_CHARS_AT_14PT = 31  # characters of a line in the slide's text column at 14 pt (3.5 in)


def _height_pt(para) -> float:
    """About how tall a paragraph of the text column sets: its lines at its size, with the space after."""
    import math

    text, size = para[0], para[1]
    per_line = COLUMN_CHARS_AT_14PT * 14 / size
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))
    return lines * size * 1.2 + 4


def _number(slide, number, total) -> None:
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches

    box = slide.shapes.add_textbox(Inches(SLIDE_W_IN - 1.6), Inches(CREDIT_TOP_IN), Inches(1.3), Inches(0.45))
    box.name = "Slide number"
    _text(box.text_frame, f"{number} / {total}", size=TEXT_PT)
    box.text_frame.paragraphs[0].alignment = PP_ALIGN.RIGHT


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


def slide_order(entries):
    """The legend entries in the order a slide lists them (as many as its column holds, the rest in
    the notes): the legend's order, but an area a reader can barely see on the slide (under
    ``SLIDE_MINOR_MM2`` of the map: the exclave and the districts on the corridor view) and the
    padding beyond the map's data after the rest, so the routes a small-scale view is about are
    not the ones pushed into the notes."""
    def rank(e):
        return 2 if e.key == "nodata" else 1 if not e.line and e.visible_mm2 < SLIDE_MINOR_MM2 else 0

    return sorted(entries, key=rank)


def _in_grey(entry):
    """A legend entry with its swatch turned to the grey the greyscale map gives its colour."""
    import dataclasses

    from matplotlib.colors import to_hex

    from azmap.export.greyscale import ROUTE_GREYS, route_line, to_grey

    fid = entry.key.removeprefix("route-")
    if entry.key.startswith("route-") and fid in ROUTE_GREYS:  # a route's grey is set by design
        return dataclasses.replace(entry, swatch=route_line(fid)[0])
    if not entry.swatch:
        return entry
    return dataclasses.replace(entry, swatch=to_hex(to_grey(entry.swatch)[:3]))


def _paragraphs(tf, paras):
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    for i, (text, size, bold, italic, colour, entry) in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.space_after = Pt(4)
        if entry is not None:  # a legend entry: its swatch in its colour, then its label
            mark = p.add_run()
            mark.text = "━━ " if entry.line else "■ "
            mark.font.size = Pt(size)
            mark.font.color.rgb = RGBColor.from_string(entry.swatch.lstrip("#")[:6].upper() or "000000")
        run = p.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.italic = italic
        run.font.color.rgb = RGBColor.from_string(colour)
