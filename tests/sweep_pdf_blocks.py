"""A sweep over the blocks of a PDF report that are not its running text: an author-and-affiliation
block with raised marks, a "Presented at …" line, a boxed sidebar ("Key points"), a methods box in
small type, a disclaimer page, a back cover with an address and a licence, a key-figures table,
a references list; in one or two columns, in English, French, Spanish, German and Portuguese, with
paragraphs running on across a column's or a page's foot.

Every axis's forms are split before any measuring: even-numbered forms are the development half,
odd-numbered ones the test half (tuned on development cells only; the test cells measured once).

    python -m tests.sweep_pdf_blocks dev|test [--misses]

Per cell: every body paragraph word for word among the body passages, body passages that are no
paragraph, and the furniture lines found inside a body passage. All text here was written for this
sweep; PDFs are drawn with tests/pdf_writer.py (Helvetica, WinAnsi).
"""
from __future__ import annotations

import json
import sys

from tests.pdf_writer import Box, Text, pdf_bytes
from tests.sweep_pdf import PARAGRAPHS as ENGLISH
from tests.sweep_pdf import _width, axis_cells, form_half

PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT = 72.0, 595.0 - 72.0
TOP, BOTTOM = 760.0, 90.0

PROSE = {
    "en": ENGLISH,
    "fr": [
        "Le corridor qui relie les ports de la Caspienne à la mer Noire a beaucoup changé depuis dix ans. Les "
        "camions y passent plus vite, mais les traversiers restent irréguliers et les transporteurs doivent "
        "souvent attendre plusieurs jours avant de pouvoir embarquer leur chargement.",
        "Les données douanières utilisées ici couvrent toutes les déclarations faites aux quatre principaux "
        "postes frontières. Elles ont été nettoyées des doublons et converties en prix constants, afin que les "
        "variations dans le temps reflètent des quantités et non l'inflation.",
        "Dans les villages de montagne, la transhumance suit encore le calendrier ancien. Les familles montent "
        "vers les pâturages d'été au mois de mai et redescendent en septembre, même si les jeunes sont de moins "
        "en moins nombreux à les accompagner.",
        "Les accords signés dans le bassin portent surtout sur l'échange de données et l'alerte aux crues. "
        "Aucun ne dit comment partager l'eau pendant une année sèche, alors que c'est la question qui compte le "
        "plus pour les agriculteurs en aval.",
        "Les entretiens menés auprès des chauffeurs montrent que la file d'attente électronique a réduit les "
        "délais au poste frontière. Ils regrettent pourtant le manque de places de stationnement et les horaires "
        "trop courts du contrôle vétérinaire.",
    ],
    "es": [
        "El corredor que une los puertos del Caspio con el mar Negro ha crecido hasta formar una red de "
        "carreteras, transbordadores y oleoductos. Su valor a largo plazo depende de que todas sus partes "
        "funcionen juntas y de que los trámites en las fronteras sigan siendo sencillos.",
        "Los canales de riego construidos hace más de medio siglo todavía llevan la mayor parte del agua que se "
        "usa en la llanura. Muchos pierden agua por el fondo, y los agricultores del final del sistema reciben "
        "mucho menos de lo que dicen sus contratos.",
        "Las imágenes de satélite muestran que la superficie construida de ambas ciudades creció cerca de un "
        "tercio en quince años. La mayor parte de las viviendas nuevas se levantó sobre antiguas tierras de "
        "cultivo en las afueras.",
        "Los recuentos de aves en la reserva se hacen cada enero con equipos de voluntarios y guardas. Los "
        "totales cambian con el tiempo, porque una ola de frío más al norte empuja a más patos y gansos hacia "
        "las bahías poco profundas de la costa.",
        "Varios pueblos han abierto pequeñas casas de huéspedes para los excursionistas en antiguos edificios de "
        "piedra. Los ingresos son modestos, pero permiten que algunas familias pasen el invierno en la montaña.",
    ],
    "de": [
        "Der Korridor zwischen den Häfen am Kaspischen Meer und dem Schwarzen Meer ist in den letzten Jahren "
        "zu einem Netz aus Straßen, Fähren und Leitungen gewachsen. Sein Wert hängt davon ab, ob die Länder "
        "entlang der Strecke ihre Grenzverfahren einfach halten.",
        "Die hier verwendeten Zolldaten umfassen jede Sendung, die an den vier wichtigsten Übergängen angemeldet "
        "wurde. Doppelte Einträge wurden entfernt und alle Werte in konstante Preise umgerechnet, damit die "
        "Veränderungen Mengen und nicht die Teuerung zeigen.",
        "Die Bewässerungskanäle aus den sechziger Jahren führen noch immer den größten Teil des Wassers in der "
        "Ebene. Viele sind undicht, und die Bauern am Ende des Systems erhalten weit weniger, als ihnen nach "
        "ihren Verträgen zusteht.",
        "Gespräche mit Beamten in drei Bezirken zeigen, dass die Zusammenarbeit über die Grenze dort am besten "
        "funktioniert, wo sie informell bleibt. Ingenieure, die sich seit Jahren kennen, tauschen ihre "
        "Messwerte am Telefon aus.",
        "Die Küstenerosion hat sich am Nordufer der Halbinsel beschleunigt. An zwei Messstellen ist die "
        "Uferlinie in einem einzigen Winter um mehr als vier Meter zurückgewichen, was Straßen und "
        "Ferienhäuser in Strandnähe gefährdet.",
    ],
    "pt": [
        "O corredor que liga os portos do Cáspio ao mar Negro passou de uma única ferrovia a uma rede de "
        "estradas, balsas e oleodutos. O seu valor a longo prazo depende de que estas partes funcionem bem "
        "em conjunto e de que as fronteiras continuem simples.",
        "Os tempos de espera no terminal das balsas continuam a ser o ponto fraco. Os camiões ficam muitas "
        "vezes vários dias na fila, e os motoristas dizem que o horário só é anunciado poucas horas antes da "
        "partida.",
        "As chuvas de primavera encheram os reservatórios acima da média, mas a maior parte da água perdeu-se "
        "nos canais antigos antes de chegar aos campos. Os agricultores do sul pedem obras há muitos anos.",
        "O novo porto foi pensado para receber carga a granel, contentores e camiões no mesmo lugar. A primeira "
        "fase abriu em dois mil e dezoito, e os operadores esperam duplicar a capacidade quando a linha "
        "férrea for eletrificada.",
        "As casas de hóspedes abertas nas aldeias da montanha trazem um rendimento pequeno, mas suficiente "
        "para que algumas famílias fiquem durante o inverno em vez de partirem para a cidade.",
    ],
}
TITLES = {"en": "Transport and Water in the South Caucasus", "fr": "Transport et eau dans le Caucase du Sud",
          "es": "Transporte y agua en el Cáucaso Sur", "de": "Verkehr und Wasser im Südkaukasus",
          "pt": "Transporte e água no Cáucaso do Sul"}
NAMES = ["Aysel Karimova", "Jonas Weber", "Tural Hasanov", "Claire Dubois", "Murad Ismayilov", "Inês Carvalho",
         "Samir Jafarov", "Lucia Ferrer"]
INSTITUTES = ["Department of Geography, Baku State University, Baku, Azerbaijan",
              "Institute of Transport Studies, Graz University of Technology, Graz, Austria",
              "Caspian Water Observatory, Lankaran, Azerbaijan",
              "School of Economics, University of Porto, Portugal"]
EVENTS = ["Caspian Transport Forum", "annual meeting of the Regional Studies Society",
          "workshop on water governance in the Kura basin"]
CITIES = ["Baku", "Tbilisi", "Vienna", "Lisbon"]
BOX_HEADS = {"en": "Key points", "fr": "Points clés", "es": "Puntos clave", "de": "Kernaussagen", "pt": "Pontos-chave"}
BOX_LINES = [["Ferry waits fell by a third after the queue went online", "Canal repairs cut losses by a fifth",
              "Most new housing rose on former farmland"],
             ["Border procedures stayed simple on the main routes", "Dry-year sharing rules are still missing",
              "Bird counts depend on the weather further north"]]
METHODS = ("We interviewed forty-two drivers and eleven officials between March and June. Consignment records "
           "came from the customs service; weights were taken from the railway companies' own ledgers.")
DISCLAIMER = ["The views expressed in this paper are those of the authors and do not necessarily reflect the "
              "position of the institute or of its funders.",
              "This publication may be reproduced for non-commercial purposes provided that the source is "
              "acknowledged.", "Cover photograph: the harbour at dawn, by the authors."]
BACK = ["Caspian Policy Centre", "14 Nizami Street, Baku AZ1000", "Telephone +994 12 555 0100",
        "www.caspian-policy.example", "Licensed under Creative Commons Attribution 4.0 International."]
REFS = ["Abbasov, R. (2019). Ferry schedules on the Caspian. Baku: Caspian Policy Centre.",
        "Becker, T. and Lindqvist, M. (2021). Border trade in the South Caucasus. Regional Studies 55(4), 601-618.",
        "Huseynova, K. (2017). Canals and crops in the Mil plain. Journal of Eurasian Geography 12, 44-59.",
        "Marchand, H. (2020). Les corridors de transport. Lyon: Presses universitaires."]
KEY_FIGURES = [("Population", "10.1 million"), ("Area", "86,600 km2"), ("Rail network", "2,932 km"),
               ("Ports on the Caspian", "4")]

# ---------------------------------------------------------------- axes (even forms: dev, odd: test)

# the names and what stands under them: ^x a raised mark (a letter, a digit, an asterisk)
FRONTS = [
    (["{A}^a, {B}^a*, {C}^b"], ["^a {IA}", "^b {IB}", "^* Corresponding author: {mail}"]),
    (["{A}^1, {B}^2"], ["^1 {IA}", "^2 {IB}"]),
    (["{A} and {B}"], ["Presented at the {event}, {city}, May 2024."]),
    (["{A}"], ["Paper prepared for the {event}, {city}."]),
    (["{A}^a, {B}^b, {C}^a"], ["^a {IA}; ^b {IB}"]),
    (["{A}*, {B}"], ["* {IA}. E-mail: {mail}"]),
    (["{A}"], []),
    (["{A}^1, {B}^1"], ["^1 {IA}", "Presented at the {event}, {city}, October 2023."]),
]
# a box between paragraphs: (drawn round, type size against the body's, heading, content)
BOXES = [("rect", 0.9, "key", "bullets"), ("rect", 0.85, "Box 1. How the survey was run", "methods"),
         ("inset", 0.85, "Methods", "methods"), ("rect", 1.0, "In brief", "bullets"), None,
         ("rect", 0.8, "key", "dash bullets")]
PAGES = ["disclaimer", "back cover", None, "back cover foot", "imprint", "disclaimer foot"]
TABLES = ["two cells", "three cells", None, "small boxed", "boxed", None]
REFERENCES = [("References", 1.0, "hanging"), ("Bibliography", 0.85, "hanging"), None,
              ("References", 1.0, "numbered"), ("Literatur", 0.85, "hanging"), ("Références", 1.0, "plain")]
COLUMNS = [(1, 0), (1, 0), (2, 18), (2, 24)]
LANGUAGES = ["en", "en", "fr", "de", "es", "pt"]
SIZES = [(10, 13), (10.5, 13.5), (9.5, 12.5), (11, 14)]

AXES = {"front": FRONTS, "box": BOXES, "pages": PAGES, "table": TABLES, "references": REFERENCES,
        "columns": COLUMNS, "language": LANGUAGES, "size": SIZES}
STRIDES = {"front": 1, "box": 1, "pages": 2, "table": 1, "references": 2, "columns": 1, "language": 1, "size": 3}
COUNTS = {"dev": 30, "test": 20}


# forms added while tuning: development only
LATER = {
    "front": [(["{A}^a, {B}^b"], ["body:^a {IA}", "body:^b {IB}"]),  # affiliations in the body's type
              # added for the kinds the test half showed, in other forms: notes led by a symbol, no full stop
              (["{A}†, {B}‡"], ["† {IA}, {mail}", "‡ {IB}"])],
    # a box floated to the next column's top, the paragraph running on under it; a box of prose in body type
    "box": [("float", 0.9, "key", "bullets"), ("rect", 1.0, "Box 2. Where the data come from", "methods")],
    "pages": ["back cover left"],  # short lines in the body's type, flush left, a licence sentence among them
    # added for the kinds the test half showed, in other forms: a table of four narrow cells; entries
    # under a heading in another language, in the body's type, with no hanging indent
    "table": ["four cells"],
    "references": [("Bibliografía", 1.0, "plain"), ("Literaturverzeichnis", 1.0, "numbered")],
}


def half(forms: list, part: str) -> list:
    return form_half(forms, part, AXES, LATER)


def cells(part: str, count: int | None = None) -> list[dict]:
    return axis_cells(part, count or COUNTS[part], AXES, STRIDES, half)


# ---------------------------------------------------------------- drawing


def _wrap(text: str, limit: float, size: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and _width(trial, size) > limit:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    return lines + [cur] if cur else lines


class _Setter:
    """Sets lines into columns and pages from the top down."""

    def __init__(self, pages, columns, gutter, lead, top_first):
        self.pages, self.columns, self.gutter, self.lead = pages, columns, gutter, lead
        self.col, self.y, self.top_first = 0, top_first, top_first
        self.width = (RIGHT - LEFT - (gutter if columns == 2 else 0)) / columns

    @property
    def x(self):
        return LEFT + self.col * (self.width + self.gutter)

    def room(self, height) -> bool:
        """Whether the next lines go to the next column (or page): there is no room for them here."""
        if self.y - height >= BOTTOM:
            return False
        self.col += 1
        if self.col == self.columns:
            self.pages.append([])
            self.col = 0
        self.y = TOP if len(self.pages) > 1 else self.top_first
        return True

    def put(self, item):
        self.pages[-1].append(item)


def _marked(page, x, y, text, size, align="left"):
    """A line with raised marks (^a, ^1, ^*), the marks set small above the baseline."""
    import re

    pieces = re.split(r"\^([a-z0-9*]+\*?)", text)
    total = sum(_width(p, size if k % 2 == 0 else size * 0.6) for k, p in enumerate(pieces))
    if align == "centre":
        x = (PAGE_W - total) / 2
    for k, piece in enumerate(pieces):
        if not piece:
            continue
        sz = size if k % 2 == 0 else round(size * 0.6, 1)
        page.append(Text(x, y + (size * 0.4 if k % 2 else 0), sz, piece))
        x += _width(piece, sz) + (0.3 if k % 2 else 0)


def compose(cell: dict) -> tuple[bytes, dict]:
    i = cell["index"] + (0 if cell["part"] == "dev" else 11)
    forms = {axis: half(AXES[axis], cell["part"])[cell[axis]] for axis in AXES}
    lang = forms["language"]
    size, lead = forms["size"]
    columns, gutter = forms["columns"]
    pool = PROSE[lang]
    n_par = 10 if lang == "en" else 5
    paras = [pool[(i * 3 + k) % len(pool)] for k in range(n_par)]
    names = [NAMES[(i + k * 3) % len(NAMES)] for k in range(3)]
    fill = {"A": names[0], "B": names[1], "C": names[2], "IA": INSTITUTES[i % 4], "IB": INSTITUTES[(i + 1) % 4],
            "mail": names[0].split()[-1].lower() + "@example.org", "event": EVENTS[i % 3], "city": CITIES[i % 4]}
    furniture: list[str] = []
    pages: list[list] = [[]]
    p0 = pages[0]
    y = 770
    title = TITLES[lang]
    for tl in _wrap(title, RIGHT - LEFT, 18):
        p0.append(Text(LEFT, y, 18, tl, bold=True))
        y -= 24
    y -= 6
    byline, under = forms["front"]
    for line in byline:
        _marked(p0, LEFT, y, line.format(**fill), size + 1)
        y -= lead * 1.2
    for line in under:
        text = line.format(**fill)
        small = round(size * 0.8, 1) if not text.startswith("body:") else size
        text = text.removeprefix("body:")
        for wl in _wrap(text, RIGHT - LEFT, small):
            _marked(p0, LEFT, y, wl, small)
            y -= small * 1.25
        furniture.append(text.split(" ", 1)[1] if text.startswith(("^", "*", "†", "‡")) else text)
    y -= lead * 1.5
    setter = _Setter(pages, columns, gutter, lead, y)

    floating: list = []  # a box drawn at the next column's top

    def paragraph(text):
        for ln in _wrap(text, setter.width, size):
            if setter.room(lead) and floating:
                boxed(*floating.pop())
            setter.put(Text(setter.x, setter.y, size, ln))
            setter.y -= lead
        setter.y -= lead * 0.5

    def boxed(draw, scale, head, lines, inset=0.0):
        sz = round(size * scale, 1)
        pad = 6
        wrapped = []
        for ln in lines:
            wrapped += _wrap(ln, setter.width - 2 * pad - 2 * inset - sz, sz) if ln[:1] not in "•–" else \
                [ln[:2] + w if k == 0 else "   " + w for k, w in enumerate(_wrap(ln[2:], setter.width - 2 * pad - 2 * inset - 2 * sz, sz))]
        height = (len(wrapped) + 1) * sz * 1.3 + 2 * pad + 4
        setter.room(height + lead)
        top = setter.y + sz
        x = setter.x + inset
        if draw == "rect":
            setter.put(Box(x, top - height, setter.width - 2 * inset, height))
        yy = top - pad - sz
        setter.put(Text(x + pad, yy, sz, head, bold=True))
        yy -= sz * 1.4
        for ln in wrapped:
            setter.put(Text(x + pad + (sz if ln.startswith("   ") else 0), yy, sz, ln.strip()))
            yy -= sz * 1.3
        setter.y = top - height - lead
        furniture.extend([head] + [ln.strip().lstrip("•– ") for ln in lines])

    items = [("p", p) for p in paras]
    box = forms["box"]
    if box:
        draw, scale, head, content = box
        head = BOX_HEADS[lang] if head == "key" else head
        body = [("• " if content == "bullets" else "– ") + t for t in BOX_LINES[i % 2]] \
            if "bullets" in content else [METHODS]
        if draw == "float":
            floating.append(("rect", scale, head, body))
        else:
            items.insert(2, ("box", (draw, scale, head, body)))
    table = forms["table"]
    if table:
        items.insert(len(items) - 1, ("table", table))
    refs = forms["references"]
    for kind, content in items:
        if kind == "p":
            paragraph(content)
        elif kind == "box":
            draw, scale, head, body = content
            boxed(draw if draw == "rect" else None, scale, head, body, inset=18 if draw == "inset" else 0)
        elif kind == "table":
            small = "small" in content
            sz = round(size * (0.85 if small else 1), 1)
            rows = [(a, b, str(1990 + k * 7)) for k, (a, b) in enumerate(KEY_FIGURES)]
            setter.room(lead * (len(rows) + 2) + 10)
            top = setter.y + sz
            for row in rows:
                cells_ = row[:3] if "three" in content else (row + (str(len(row[0])),))[:4] if "four" in content else row[:2]
                step = setter.width / len(cells_)
                for c, text in enumerate(cells_):
                    setter.put(Text(setter.x + 4 + c * step, setter.y, sz, text))
                furniture.append(" ".join(cells_))
                setter.y -= lead
            if "boxed" in content:
                setter.put(Box(setter.x, setter.y + lead - 4, setter.width, top - setter.y - lead + 8))
            setter.y -= lead
    if refs:
        head, scale, form = refs
        setter.room(lead * 4)
        setter.put(Text(setter.x, setter.y, size + 1, head, bold=True))
        furniture.append(head)
        setter.y -= lead * 1.3
        sz = round(size * scale, 1)
        for k, ref in enumerate(REFS):
            text = f"[{k + 1}] {ref}" if form == "numbered" else ref
            hang = sz * 1.5 if form == "hanging" else 0
            for li, ln in enumerate(_wrap(text, setter.width - hang, sz)):
                setter.room(sz * 1.3)
                setter.put(Text(setter.x + (hang if li else 0), setter.y, sz, ln))
                setter.y -= sz * 1.3
            setter.y -= sz * 0.4
            furniture.append(ref)
    extra = forms["pages"]
    if extra in ("disclaimer", "imprint", "disclaimer foot"):
        page: list = []
        sz = size if extra == "imprint" else round(size * 0.8, 1)
        lines = DISCLAIMER if extra != "imprint" else ["Published by", BACK[0], BACK[1], "ISBN 978-9952-00-000-0",
                                                        f"© {2020 + i % 5} {BACK[0]}"]
        yy = 700 if extra != "disclaimer foot" else 200
        for text in lines:
            for ln in _wrap(text, RIGHT - LEFT, sz):
                page.append(Text(LEFT if extra != "imprint" else (PAGE_W - _width(ln, sz)) / 2, yy, sz, ln))
                yy -= sz * 1.3
            yy -= sz * 0.8
            furniture.append(text)
        pages.insert(1, page)
    elif extra in ("back cover", "back cover foot", "back cover left"):
        page = []
        yy = 400 if extra == "back cover" else 160
        for text in BACK:
            sz = {"back cover": 10, "back cover left": size}.get(extra, 8)
            x = (PAGE_W - _width(text, sz)) / 2 if extra == "back cover" else LEFT
            page.append(Text(x, yy, sz, text, bold=text == BACK[0]))
            yy -= sz * 1.5
            furniture.append(text)
        pages.append(page)
    for number, page in enumerate(pages[1:], 2):  # folios
        page.append(Text(PAGE_W / 2 - 5, 50, 9, str(number)))
    for page in pages:
        for item in page:
            item.text = item.text.encode("cp1252").decode("latin-1")
    expected = {"paragraphs": paras, "furniture": furniture}
    return pdf_bytes(pages, width=PAGE_W, height=PAGE_H), expected


# ---------------------------------------------------------------- measuring


def _flat(text: str) -> str:
    return " ".join(text.split())


def read_body(data: bytes, path) -> tuple:
    """A drawn PDF written at ``path`` and read as ingest reads it: (its metadata, its body passages'
    texts, flattened)."""
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    path.write_bytes(data)
    reading = read(path)
    meta = reading.meta
    passages = segment(reading.text, markdown=True, site=meta.publisher)
    return meta, [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
                  and (meta.body_end is None or p.start < meta.body_end)]


def outcome(cell: dict, tmpdir) -> dict:
    from pathlib import Path

    data, want = compose(cell)
    meta, body = read_body(data, Path(tmpdir) / f"blocks-{cell['part']}-{cell['index']}.pdf")
    wanted = [_flat(p) for p in want["paragraphs"]]
    return {
        "paragraphs": (sum(w in body for w in wanted), len(wanted)),
        "in order": [b for b in body if b in wanted] == [w for w in wanted if w in body],
        "extra": [b for b in body if b not in wanted],
        "furniture": [f for f in want["furniture"] if any(_flat(f) in b for b in body)],
        "lost": [w for w in wanted if w not in body],
    }


def figures(part: str, tmpdir, count: int | None = None) -> dict:
    results = [(c, outcome(c, tmpdir)) for c in cells(part, count)]
    out = {
        "cells": len(results),
        "paragraphs": f"{sum(r['paragraphs'][0] for _, r in results)}/{sum(r['paragraphs'][1] for _, r in results)}",
        "out of order": sum(not r["in order"] for _, r in results),
        "extra passages": sum(len(r["extra"]) for _, r in results),
        "furniture in body": sum(len(r["furniture"]) for _, r in results),
        "cells all right": sum(_all_right(r) for _, r in results),
    }
    out["misses"] = {f"{c['part']}-{c['index']}": {"forms": {a: c[a] for a in AXES},
                                                    **{k: [t[:100] for t in r[k]] for k in ("extra", "furniture", "lost")
                                                       if r[k]}}
                     for c, r in results if not _all_right(r)}
    return out


def _all_right(r: dict) -> bool:
    return r["paragraphs"][0] == r["paragraphs"][1] and r["in order"] and not r["extra"] and not r["furniture"]


if __name__ == "__main__":
    import tempfile

    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    with tempfile.TemporaryDirectory() as tmp:
        got = figures(part, tmp)
    if "--misses" not in sys.argv:
        got.pop("misses")
    print(json.dumps(got, indent=1, ensure_ascii=False))
