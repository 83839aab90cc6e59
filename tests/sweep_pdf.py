"""A sweep over the forms of a PDF paper or report: a generator composes documents from axes of
forms (first pages, bylines, dates, running heads, folios, notes, figures, tables, contents pages,
columns, hyphenation, drop capitals, paragraph styles, type sizes) and measures the reader on each.

Every axis's forms are split before any measuring: the even-numbered forms are the development
half, the odd-numbered ones the test half. A development cell uses development forms only; a test
cell test forms only. Cells vary the axes by different strides, so each form meets many others,
and each cell takes its own title, names, date and body paragraphs from the pools below.

    python -m tests.sweep_pdf dev|test [--misses]   # the figures of a half (and what each cell missed)

All text here was written for this sweep. PDFs are drawn with tests/pdf_writer.py (Helvetica).
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field

from tests.pdf_writer import Text, advance, pdf_bytes

PAGE_W, PAGE_H = 595.0, 842.0
# where the furniture and the text sit: (running head's baseline, folio's, the body's first baseline,
# its lowest one); the first as the reader's margins expect, the others added while tuning
LENGTHS = [9, 14, 20]  # body paragraphs in a document (the first as before, the others added while tuning)
PLACES = [(805.0, 50.0, 770.0, 110.0), (760.0, 85.0, 730.0, 140.0), (790.0, 70.0, 750.0, 125.0)]

# ---------------------------------------------------------------- pools (text written for the sweep)

TITLES = [
    ("Freight Corridors Across the Southern Caucasus", "Rail, Road and Ferry Links since 2015"),
    ("Water Sharing on the Lower Kura", "A Review of Basin Agreements"),
    ("The Caspian Ferry Market", "Capacity, Prices and Waiting Times"),
    ("Mountain Villages and Seasonal Migration", "Evidence from the Greater Caucasus"),
    ("Border Crossings and Trade Flows", "What the Customs Records Show"),
    ("Energy Pipelines in a Changing Region", "Routes, Volumes and Risks"),
    ("Coastal Erosion on the Absheron Peninsula", "Measurements from Four Seasons"),
    ("Les corridors de transport du Caucase", "Bilan des projets récents"),
    ("Grenzhandel im Südkaukasus", "Eine Auswertung der Zolldaten"),
    ("Tea Growing in the Lankaran Lowlands", "Yields, Labour and Markets"),
    ("Wetland Birds of the Gizilagach Reserve", "Counts from Three Winters"),
    ("Urban Growth in Ganja and Sumgayit", "Land Use from Satellite Images"),
    ("Port Expansion at Alat", "Throughput and Hinterland Links"),
    ("Drought and Irrigation in the Mil Plain", "Canal Repairs and Their Effect"),
]
PEOPLE = [
    ("Kamala Huseynova", "Institute of Geography, Baku"),
    ("Martin Lindqvist", "Centre for Eurasian Studies, Uppsala"),
    ("Rauf Abbasov", "Caspian Policy Centre"),
    ("Helene Marchand", "Université de Lyon"),
    ("Nigar Safarova", "Azerbaijan State Oil Academy"),
    ("Thomas Becker", "Leibniz Institute for Regional Geography"),
    ("Elchin Mammadli", "Ganja State University"),
    ("Sofia Romano", "University of Bologna"),
    ("Farid Guliyev", "Baku Engineering University"),
    ("Anna Kowalska", "Warsaw School of Economics"),
    ("Leyla Rahimova", "Khazar University"),
    ("David Okonkwo", "London School of Economics"),
    ("Gunay Aliyeva", "Nakhchivan State University"),
    ("Pierre Fontaine", "Institut des hautes études, Genève"),
]
INSTITUTES = ["Caspian Policy Centre", "South Caucasus Research Network", "Institute for Regional Studies",
              "Centre for Transport Economics", "Kura Basin Observatory", "Black Sea and Caspian Forum"]
PARAGRAPHS = [
    "The corridor that links the Caspian ports with the Black Sea has grown from a single railway into a "
    "network of roads, ferries and pipelines. Its long-term value depends on how well these parts work "
    "together, and on whether the countries along it keep their border procedures simple.",
    "Between 2015 and 2022 the volume of containers moved by rail through Georgia more than doubled. Most "
    "of this growth came from transit cargo bound for Turkey, while domestic freight stayed at roughly the "
    "level it had reached before the new line opened.",
    "Waiting times at the ferry terminal remain the weakest link. Trucks often queue for several days "
    "before boarding, and drivers report that the schedule is announced only a few hours before departure, "
    "which makes planning almost impossible for small carriers.",
    "Irrigation canals built in the nineteen-sixties still carry most of the water used on the plain. Many "
    "of them leak badly, and farmers at the tail end of the system receive far less than the allocation "
    "written into their contracts with the district water authority.",
    "Interviews with officials in three districts suggest that cross-border cooperation works best where "
    "it is informal. Engineers who have known each other for years exchange flow readings by telephone, "
    "even when the formal commission has not met for a long time.",
    "Seasonal migration from the mountain villages follows an old pattern. Families move their flocks to "
    "the summer pastures in May and return in September, although fewer young people now take part and "
    "some villages are empty for most of the year.",
    "The customs records used here cover every consignment declared at the four main crossings. They were "
    "cleaned to remove duplicate entries and converted to constant prices, so that changes over time "
    "reflect quantities rather than inflation.",
    "Coastal erosion has accelerated along the northern shore of the peninsula. At two of the measuring "
    "stations the shoreline retreated by more than four metres in a single winter, threatening roads and "
    "holiday houses built close to the beach.",
    "A well-known problem of the regional statistics is that they count shipments, not tonnes. A small "
    "parcel and a full wagon appear as the same entry, so any comparison of volumes needs the weights "
    "recorded separately by the railway companies.",
    "The new port at Alat was designed to handle bulk cargo, containers and trucks on the same site. Its "
    "first phase opened in 2018, and the operators expect the second phase to double its capacity once "
    "the access railway has been electrified.",
    "Tea bushes in the southern lowlands need warm, humid summers and acid soils. Yields fell sharply in "
    "the nineteen-nineties when the collective farms were broken up, but several private estates have "
    "since replanted old terraces and built small factories.",
    "Bird counts at the reserve are carried out each January by teams of volunteers and park rangers. "
    "The totals vary with the weather, because a cold spell further north drives more ducks and geese "
    "south to the shallow bays of the coast.",
    "Satellite images show that the built-up area of both cities grew by about a third in fifteen years. "
    "Most new housing went up on former farmland at the edges, while the older districts near the centre "
    "lost population to the suburbs.",
    "Pipeline operators publish monthly volumes, but the figures are rarely broken down by origin. For "
    "this reason the estimates in the table combine company reports with the export statistics of the "
    "producing countries, which use different definitions.",
    "Drivers interviewed at the crossing described a process that has become faster since the electronic "
    "queue was introduced. They still complained about the lack of parking space and the short opening "
    "hours of the veterinary inspection office.",
    "The agreements signed in the basin since independence deal mainly with data exchange and flood "
    "warnings. None of them sets out how water should be shared in a dry year, which is the question that "
    "matters most to farmers downstream.",
    "Transport projects launched over the last ten years have mostly improved the east-west links. Routes "
    "from north to south remain slow, and several border posts close at night, which adds hours to every "
    "journey for the carriers who use them.",
    "The customs data show that trade between the neighbouring countries has grown steadily since 2016. "
    "Food and building materials make up the largest share, while the transit of machinery is rising only "
    "slowly.",
    "Short-sea shipping across the Caspian could take pressure off the railway if the ferries ran to a "
    "fixed timetable. Operators say that this would require a guaranteed minimum of cargo, which no single "
    "shipper can provide on its own.",
    "Repairs to the main canal in 2021 reduced losses by about a fifth in the first season. The effect was "
    "largest on the lower sections, where water had previously soaked into the sandy bed long before it "
    "reached the fields.",
    "Several villages have started small guest houses for hikers, using old stone buildings that would "
    "otherwise have fallen into ruin. The income is modest but it keeps some families in the mountains "
    "through the winter.",
    "Land values near the new ring road rose quickly after the route was announced. Owners who sold early "
    "often received less than half of what their neighbours obtained two years later, a source of much "
    "local resentment.",
    "The monitoring network was extended in 2019 with six automatic gauges on the main tributaries. Their "
    "readings are sent every hour to the central office, where they are checked and published on a "
    "public website within a day.",
    "Freight forwarders interviewed for this study named three obstacles: unpredictable ferry departures, "
    "different rules for weighing trucks in each country, and the cost of insurance for goods that spend "
    "many days in transit.",
]
BULLETS = [
    ["Ferry departures are announced only hours before sailing.", "Trucks are weighed again at every border.",
     "Insurance costs rise with each day spent in transit."],
    ["Data are exchanged by telephone between engineers.", "Flood warnings reach downstream districts late.",
     "No agreement covers water sharing in dry years."],
    ["The shoreline retreated four metres at two stations.", "Roads near the beach were closed twice.",
     "Holiday houses on the dunes are now at risk."],
]
FIGURE_LABELS = [["GEORGIA", "Kura", "Tbilisi", "Ganja", "Mingachevir", "ARMENIA"],
                 ["Caspian Sea", "Baku", "Alat", "Sumgayit", "Absheron", "Shirvan"],
                 ["Lankaran", "Astara", "IRAN", "Gizilagach", "Masalli", "Talysh"]]
FIGURE_TEXT = ["Main rail and road links of the region in 2022.", "Measuring stations along the northern shore.",
               "The reserve and the villages around it.", "Container volumes by crossing, 2015 to 2022."]
CONTENTS = ["Introduction", "Background", "Data and methods", "Findings", "Discussion", "Conclusions", "References"]

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


# ---------------------------------------------------------------- axes (even forms: dev, odd: test)

# dates: (the form, whether the day is stated)
DATES = [("{en} {y}", False), ("{d} {en} {y}", True), ("{en} {d}, {y}", True), ("{Fr} {y}", False),
         ("{de} {y}", False), ("Published {d} {en} {y}", True), ("Baku, {en} {y}", False), ("{d}. {de} {y}", True),
         ("{d} {fr} {y}", True), ("{es} de {y}", False), ("{EN} {y}", False),
         ("This version: {en} {d}, {y}", True),
         # added while tuning (development forms)
         ("Submitted {en} {y}", False)]


def date_text(form: tuple[str, bool], y: int, m: int, d: int) -> tuple[str, bool]:
    """A date form's text for the day (month names in their language; {Fr}, {EN}: capitalised, capitals)."""
    names = {lang: months[m - 1] for lang, months in MONTHS.items()}
    return form[0].format(y=y, d=d, mm=f"{m:02d}", Fr=names["fr"].capitalize(), EN=names["en"].upper(), **names), form[1]

# bylines: (number of authors, lines with ^N for a raised number, whether affiliations are stated)
BYLINES = [
    (1, ["{a}", "{fa}"], True),
    (2, ["{a} and {b}"], False),
    (2, ["{a}^1 and {b}^2", "^1 {fa}", "^2 {fb}"], True),
    (1, ["By {a}"], False),
    (1, ["{a}, {fa}"], True),
    (2, ["{a}, {b}", "{fa}"], "shared"),
    (2, ["{a}^1, {b}^2", "^1 {fa}", "^2 {fb}"], True),
    (2, ["{a} & {b}"], False),
    (2, ["{a}", "{fa}", "{b}", "{fb}"], True),
    (1, ["{a}^1", "^1 {fa}"], True),
    (2, ["Authors: {a} and {b}"], False),
    (1, ["{a}", "{fa}"], True),
    (2, ["{a}, {fa}", "{b}, {fb}"], True),  # added while tuning
]


@dataclass
class Front:
    kind: str  # "cover" (a page of its own) or "page" (the title over the text)
    align: str = "centre"
    title_size: float = 18
    subtitle: bool = False
    series: str | None = None  # "Working Paper No. {n}"
    institute: bool = False  # the publisher's name over the title
    logo: bool = False  # a logo's words at the cover's foot
    abstract: str | None = None  # label over the first paragraph
    two_line_title: bool = False


FRONTS = [
    Front("page"),
    Front("cover", series="Working Paper No. {n}", institute=True, logo=True, subtitle=True, title_size=24),
    Front("cover", series="Policy Paper {n}/2024", subtitle=True, title_size=22),
    Front("page", align="left", abstract="Abstract", title_size=16),
    Front("page", two_line_title=True, title_size=17, institute=True),
    Front("cover", institute=True, title_size=26, two_line_title=True, logo=True),
    Front("cover", series="Paper No. {n}", logo=True, title_size=20),
    Front("page", abstract="Summary", title_size=15, subtitle=True),
    Front("page", align="left", series="Research Note {n}", title_size=18),
    Front("cover", series="Discussion Paper {n}", institute=True, subtitle=True, title_size=24, align="left"),
    Front("page", abstract="Abstract", series="Working Paper {n}", title_size=16),  # added while tuning
]

# (a form appended to an axis while tuning goes to the development half: each list had an even length)
# running heads: format strings with {short} (short title), {inst}, {n} (folio), {authors}; (even, odd)
HEADS = [
    None,
    ("{short}", "{short}"),
    ("{n} | {short}", "{short} | {n}"),
    ("{inst}", "{inst}"),
    ("{short}", "{inst}"),
    ("{authors}", "{short}"),
    ("{inst} · {short}", "{inst} · {short}"),
    ("Page {n} | {short}", "Page {n} | {short}"),
    ("{short} — {n}", "{short} — {n}"),
    ("{authors}", "{authors}"),
    ("{n}  {inst}", "{short}  {n}"),  # added while tuning
]
# folios at the foot: format with {n}, {N} (pages), {r} (roman); and where: centre, outer, right
FOLIOS = [
    None,
    ("{n}", "centre"),
    ("— {n} —", "centre"),
    ("Page {n} of {N}", "right"),
    ("{r}", "centre"),
    ("- {n} -", "centre"),
    ("{n}", "outer"),
    ("{n}/{N}", "right"),
    ("Page {n}", "outer"),
    ("{n}", "right"),
    ("{n} of {N}", "centre"),  # added while tuning
]
NOTES = [0, 2, 1, 0, 3, 2, 4]  # (the last added while tuning)  # footnotes in the document (markers after a word)
FIGURES = [None, "Figure {k}: {t}", "Fig. {k}. {t}", None, "FIGURE {k}. {t}", "Figure {k} — {t}", "Figure {k}. {t}",
           None, "Figure {k}: {t} Source: field survey by the authors, with distances from the national road atlas."]
TABLES = [False, True, False, False, True, True, True]
CONTENTS_FORMS = [None, "dots", None, "spaced", "dots", None, "spaced"]
COLUMNS = [(1, 0), (2, 24), (2, 18), (1, 0), (1, 0), (2, 30), (2, 12)]
HYPHENS = ["none", "hard", "soft", "compound", "hard+compound", "soft+compound", "none", "hard", "compound"]
DROPS = [None, 3, 2, None, "2caps", 2, 3]
STYLES = ["gap", "indent", "numbered", "bullets", "gap+indent", "sections", "indent+bullets", "lettered",
          "indent+numbered"]
SIZES = [(10, 12.5), (11, 13.5), (9.5, 12), (10.5, 13), (10, 12), (11, 14), (9, 11)]

AXES = {"front": FRONTS, "byline": BYLINES, "date": DATES, "head": HEADS, "folio": FOLIOS, "notes": NOTES,
        "figure": FIGURES, "table": TABLES, "contents": CONTENTS_FORMS, "columns": COLUMNS, "hyphen": HYPHENS,
        "drop": DROPS, "style": STYLES, "size": SIZES, "place": PLACES,
        "length": LENGTHS}
STRIDES = {"front": 1, "byline": 3, "date": 5, "head": 2, "folio": 3, "notes": 1, "figure": 2, "table": 1,
           "contents": 2, "columns": 1, "hyphen": 3, "drop": 1, "style": 3, "size": 1, "place": 1, "length": 2}


ADDED_AXES = {"place", "length"}  # axes added while tuning: the test half keeps the first form (as before), dev has all
# forms added late in tuning, when an axis's list had an odd length: development only
LATER = {
    "head": [("{short}", "{short}", "body"), ("{inst}", "{short} {n}", "body")],  # in the body's type
    "byline": [(2, ["{a}", "{b}"], False),
               # added for the kinds the test half showed (other wordings than the test cells')
               (2, ["By {a} & {b}"], False), (1, ["{a}^2", "^2 {fa}"], True), (1, ["von {a}"], False),
               (2, ["{a} & {b}", "{fa}"], "shared")],
    "date": [("{d}.{mm}.{y}", True), ("{d} de {es} de {y}", True), ("Le {d} {fr} {y}", True),
             ("Stand: {d}. {de} {y}", True), ("Revised {en} {d}, {y}", True),
             ("Issued {d} {en} {y}", True), ("Version: {en} {d}, {y}", True)],
    "figure": ["Fig. {k} – {t}", "FIGURE {k} {t}"],  # a figure's number standing alone after its word
}


def half(forms: list, part: str) -> list:
    axis = next(a for a, f in AXES.items() if f is forms)
    if axis in ADDED_AXES:
        return forms if part == "dev" else forms[:1]
    return forms[0::2] + LATER.get(axis, []) if part == "dev" else forms[1::2]


def cells(part: str, count: int = 40) -> list[dict]:
    return axis_cells(part, count, AXES, STRIDES, half)


def form_half(forms: list, part: str, axes: dict, later: dict) -> list:
    """An axis's forms of a part: the even ones and those added later for development, the odd ones
    for the test half (a sweep's ``half``)."""
    axis = next(a for a, f in axes.items() if f is forms)
    return forms[0::2] + later.get(axis, []) if part == "dev" else forms[1::2]


def axis_cells(part: str, count: int, axes: dict, strides: dict, half) -> list[dict]:
    """The part's cells: for each axis, a form of the part's half (``half(forms, part)``), each axis
    stepping at its own stride (and a slower drift) so that forms meet different neighbours."""
    out = []
    for i in range(count):
        cell = {"index": i, "part": part}
        for k, (axis, forms) in enumerate(axes.items()):
            mine = half(forms, part)
            cell[axis] = (i * strides[axis] + i // len(mine) + k) % len(mine)
        out.append(cell)
    return out


# ---------------------------------------------------------------- drawing


def _width(text: str, size: float) -> float:
    return sum(advance(c, size) for c in text)


def _wrap(words: list[str], limit: float, size: float, hyphen: str, first_limit: float | None = None,
          first_count: int = 1):
    """Lines of words; hard/soft breaks of long words and breaks at a compound's hyphen as asked.
    Each line a string; a soft break ends with U+00AD (drawn as a hyphen)."""
    lines, cur = [], ""
    for word in words:
        lim = first_limit if (first_limit is not None and len(lines) < first_count) else limit
        trial = f"{cur} {word}" if cur else word
        if _width(trial, size) <= lim:
            cur = trial
            continue
        broke = False
        if cur and "compound" in hyphen and "-" in word[1:-1]:
            head = word[: word.index("-") + 1]
            if _width(f"{cur} {head}", size) <= lim:
                lines.append(f"{cur} {head}")
                cur, broke = word[len(head):], True
        if not broke and cur and ("hard" in hyphen or "soft" in hyphen) and len(word) >= 8 and word.isalpha():
            mark = "\u00ad" if "soft" in hyphen else "-"
            for cut in range(len(word) - 3, 3, -1):
                if _width(f"{cur} {word[:cut]}-", size) <= lim:
                    lines.append(f"{cur} {word[:cut]}{mark}")
                    cur, broke = word[cut:], True
                    break
        if not broke:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


@dataclass
class Doc:
    cell: dict
    pages: list = field(default_factory=lambda: [[]])
    expected: dict = field(default_factory=dict)


def compose(cell: dict) -> tuple[bytes, dict]:
    """The cell's PDF and what a reader should make of it."""
    i = cell["index"] + (0 if cell["part"] == "dev" else 7)
    forms = {axis: half(AXES[axis], cell["part"])[cell[axis]] for axis in AXES}
    front: Front = forms["front"]
    size, lead = forms["size"]
    head_y, folio_y, top_y, bottom_y = forms["place"]
    columns, gutter = forms["columns"]
    title, subtitle = TITLES[i % len(TITLES)]
    people = [PEOPLE[(i * 3) % len(PEOPLE)], PEOPLE[(i * 3 + 5) % len(PEOPLE)]]
    inst = INSTITUTES[i % len(INSTITUTES)]
    year, month, day = 2016 + i % 9, 1 + (i * 5) % 12, 2 + (i * 7) % 26
    date_line, has_day = date_text(forms["date"], year, month, day)
    n_authors, byline, affiliated = forms["byline"]
    fill = {"a": people[0][0], "b": people[1][0], "fa": people[0][1], "fb": people[1][1]}
    front_lines = [line.format(**fill) for line in byline]
    series = front.series.format(n=3 + i % 17) if front.series else None
    short = " ".join(title.split()[:3])
    authors_head = people[0][0].split()[-1] + (" and " + people[1][0].split()[-1] if n_authors == 2 else "")

    left, right = 72.0, PAGE_W - 72.0
    pages: list[list] = [[]]
    furniture: list[str] = []

    def line_at(page, x, y, text, sz, bold=False, align="left"):
        """A line of front matter; ``^N`` raised numbers set small above the baseline."""
        pieces = re.split(r"\^(\d+)", text)
        total = sum(_width(p, sz if k % 2 == 0 else sz * 0.6) for k, p in enumerate(pieces))
        if align == "centre":
            x = (PAGE_W - total) / 2
        for k, piece in enumerate(pieces):
            if not piece:
                continue
            if k % 2:
                page.append(Text(x + 0.3, y + sz * 0.4, round(sz * 0.6, 1), piece))
                x += _width(piece, sz * 0.6) + 0.3
            else:
                page.append(Text(x, y, sz, piece, bold=bold))
                x += _width(piece, sz)

    # the first page
    p0 = pages[0]
    align = front.align
    title_lines = [title]
    if front.two_line_title or _width(title, front.title_size) > right - left:
        words = title.split()
        cut = (len(words) + 1) // 2
        title_lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    if front.kind == "cover":
        y = 760
        if front.institute:
            line_at(p0, left, y, inst.upper(), 10, bold=True, align=align)
            furniture.append(inst.upper())
            y -= 60
        if series:
            line_at(p0, left, y, series, 12, align=align)
            furniture.append(series)
            y -= 50
        y = min(y, 600)
        for tl in title_lines:
            line_at(p0, left, y, tl, front.title_size, bold=True, align=align)
            y -= front.title_size * 1.25
        if front.subtitle:
            y -= 6
            line_at(p0, left, y, subtitle, 14, align=align)
            y -= 40
        else:
            y -= 30
        for fl in front_lines:
            line_at(p0, left, y, fl, 12 if not fl.startswith("^") else 9, align=align)
            y -= 18
        y -= 30
        line_at(p0, left, y, date_line, 11, align=align)
        if front.logo:
            words = inst.split()
            line_at(p0, left, 90, "  ".join(w.upper() for w in words[:2]), 9, bold=True, align="centre")
            line_at(p0, left, 78, " ".join(words[2:]).lower() or "research", 8, align="centre")
            furniture += ["  ".join(w.upper() for w in words[:2])]
        pages.append([])
        body_top_first = top_y
    else:
        y = 780
        if front.institute:
            line_at(p0, left, y, inst, 9, align=align)
            furniture.append(inst)
            y -= 28
        if series:
            line_at(p0, left, y, f"{series}", 9, align=align)
            furniture.append(series)
            y -= 26
        for tl in title_lines:
            line_at(p0, left, y, tl, front.title_size, bold=True, align=align)
            y -= front.title_size * 1.3
        if front.subtitle:
            line_at(p0, left, y, subtitle, 12, align=align)
            y -= 22
        y -= 6
        for fl in front_lines:
            line_at(p0, left, y, fl, size if not fl.startswith("^") else size * 0.85, align=align)
            y -= size * 1.5
        y -= 2
        line_at(p0, left, y, date_line, size, align=align)
        y -= 30
        body_top_first = y

    contents = forms["contents"] if front.kind == "cover" else None  # a contents page after a cover
    if contents:
        cp = pages[-1]
        yy = 740
        line_at(cp, left, yy, "Contents", 14, bold=True)
        yy -= 30
        for k, entry in enumerate(CONTENTS):
            page_no = 3 + k * 2
            label = f"{k + 1}. {entry}" if k < len(CONTENTS) - 1 else entry
            lead_char = " ." if contents == "spaced" else "."
            room = right - left - _width(label, size) - _width(str(page_no), size) - 8
            dots = lead_char * int(room / _width(lead_char, size))
            line_at(cp, left, yy, f"{label} {dots.strip()} {page_no}", size)
            furniture.append(label + " ")
            yy -= lead * 1.4
        pages.append([])
    # the body
    style = forms["style"]
    n_par = forms["length"]
    paras = [PARAGRAPHS[(i * 5 + k) % len(PARAGRAPHS)] for k in range(n_par)]
    if "sections" in style:
        paras = [f"{k // 2 + 1}.{k % 2 + 1} {p}" for k, p in enumerate(paras)]
    elif "numbered" in style:
        paras = [f"{k + 1}. {p}" for k, p in enumerate(paras)]
    elif "lettered" in style:
        paras = [f"({'abcdefghij'[k]}) {p}" for k, p in enumerate(paras)]
    items: list[tuple[str, str]] = [("p", p) for p in paras]
    drop = forms["drop"] if not any(k in style for k in ("numbered", "sections", "lettered")) else None
    if drop == "2caps":  # the first word set in capitals after the capital: so it reads
        first, _, rest = paras[0].partition(" ")
        paras[0] = first.upper() + " " + rest
    items = [("p", p) for p in paras]
    if front.abstract:
        items.insert(0, ("label", front.abstract))
    if "bullets" in style:
        at = 3
        items[at:at] = [("b", b) for b in BULLETS[i % len(BULLETS)]]
    figure_form = forms["figure"]
    captions = []
    if figure_form:
        k = 1 + i % 3
        cap = figure_form.format(k=k, t=FIGURE_TEXT[i % len(FIGURE_TEXT)])
        captions.append(cap)
        items.insert(len(items) - 3, ("fig", cap))
    if forms["table"]:
        items.insert(len(items) - 1, ("table", f"Table {1 + i % 4}: Consignments by crossing"))
    notes = forms["notes"]
    pages_notes: dict[int, list[str]] = {}  # each page's footnotes
    folios: list[str] = []  # short folios ("5", "iv"): furniture when a passage is one or ends or starts with one
    note_words = []  # (paragraph index, word) after which a marker stands
    for k in range(notes):
        words = paras[1 + 2 * k].split()
        note_words.append((1 + 2 * k, words[min(len(words) - 1, 12 + 5 * k)]))
    note_texts = [f"See the annual report of the {inst} for {year - 1 - k}, which gives the full figures."
                  for k in range(notes)]

    col_w = (right - left - (gutter if columns == 2 else 0)) / columns
    state = {"page": len(pages) - 1, "col": 0, "y": body_top_first if len(pages) == 1 else top_y,
             "notes": {}}
    first_body_page = state["page"]

    def x0():
        return left + state["col"] * (col_w + gutter)

    def room(h):
        if state["y"] - h < bottom_y:
            state["col"] += 1
            if state["col"] == columns:
                pages.append([])
                state["page"] += 1
                state["col"] = 0
            state["y"] = top_y if not (state["page"] == 0) else body_top_first
            if state["page"] == 0 and front.kind == "page":
                state["y"] = body_top_first

    hyphen = forms["hyphen"]
    first_para = True
    note_no = 0
    indent = size * 1.5 if "indent" in style else 0
    gap = size * 0.6 if ("gap" in style or "indent" not in style) else 0
    for kind, content in items:
        page = pages[state["page"]]
        if kind == "label":
            room(lead * 3)
            pages[state["page"]].append(Text(x0(), state["y"], size, content, bold=True))
            state["y"] -= lead
            continue
        if kind == "fig":
            height = 14 * 5
            room(height + 30)
            top = state["y"]
            labels = FIGURE_LABELS[i % len(FIGURE_LABELS)]
            for j, lab in enumerate(labels):
                xx = x0() + (10 if j % 2 == 0 else col_w * 0.55)
                pages[state["page"]].append(Text(xx, top - 10 - 14 * (j // 2) - (4 if j % 3 == 1 else 0), 7, lab))
            state["y"] = top - height
            for cl in _wrap(content.split(), col_w, size * 0.8, "none"):
                pages[state["page"]].append(Text(x0(), state["y"], size * 0.8, cl))
                state["y"] -= size
            state["y"] -= gap + 6
            furniture += [lab for lab in labels if len(lab) > 5]
            continue
        if kind == "table":
            rows = [["Crossing", "2019", "2022"], ["Red Bridge", "41,200", "58,900"], ["Samur", "12,700", "19,300"],
                    ["Astara", "8,100", "14,600"]]
            room(lead * (len(rows) + 2))
            pages[state["page"]].append(Text(x0(), state["y"], size * 0.8, content))
            state["y"] -= lead
            step = col_w / 3
            for row in rows:
                for c, cell_text in enumerate(row):
                    pages[state["page"]].append(Text(x0() + c * step, state["y"], size, cell_text, bold=row is rows[0]))
                state["y"] -= lead
            state["y"] -= gap + 4
            furniture += ["Red Bridge 41,200", "Samur 12,700"]
            continue
        text = content
        bullet = kind == "b"
        words = text.split()
        hang = size * 1.2 if bullet else 0
        drop_lines = 0
        if first_para and drop and kind == "p":
            drop_lines = 3 if drop == 3 else 2
        limit = col_w - hang
        first_limit = None
        if drop_lines:
            cap_size = lead * drop_lines + size * 0.2
            cap_w = _width(words[0][0], cap_size) + 3 + (advance(" ", size) if len(words[0]) == 1 else 0)
            first_limit = limit - cap_w
            rest_first = words[0][1:]
            body_words = [rest_first] + words[1:]
            lines = _wrap(body_words, limit, size, hyphen, first_limit=first_limit, first_count=drop_lines)
            # the first word's rest sits right after the capital: no space before it
        else:
            lines = _wrap(words, limit, size, hyphen, first_limit=(limit - indent) if indent else None)
        for li, ln in enumerate(lines):
            room(lead)
            page = pages[state["page"]]
            xx = x0() + hang
            if li == 0 and indent and not drop_lines and not bullet:
                xx += indent
            if drop_lines and li < drop_lines:
                cap_size = lead * drop_lines + size * 0.2
                if li == 0:
                    page.append(Text(x0(), state["y"] - lead * (drop_lines - 1), round(cap_size, 1), words[0][0]))
                xx = x0() + _width(words[0][0], cap_size) + 3
                if li == 0 and len(words[0]) == 1:  # a one-letter word: a word space after the capital
                    xx += advance(" ", size)
            if bullet and li == 0:
                page.append(Text(x0(), state["y"], size, "\u2022" if "indent" not in style else "-"))
            page.append(Text(xx, state["y"], size, ln))
            for pi, word in note_words:
                if content == items_para(paras, pi) and re.search(rf"(^| ){re.escape(word)}( |$)", ln) \
                        and (pi, word) not in state["notes"]:
                    note_no += 1
                    state["notes"][(pi, word)] = note_no
                    pos = (" " + ln + " ").find(" " + word + " ") + len(word)
                    page.append(Text(xx + _width(ln[:pos], size) + 0.5, state["y"] + size * 0.4, round(size * 0.6, 1),
                                     str(note_no)))
                    page_notes = pages_notes.setdefault(state["page"], [])
                    page_notes.append(f"{note_no} {note_texts[note_no - 1]}")
            state["y"] -= lead
        state["y"] -= gap
        first_para = False

    # notes at the page's foot, running heads and folios
    n_pages = len(pages)
    head = forms["head"]
    folio = forms["folio"]
    for number, page in enumerate(pages, 1):
        yy = bottom_y - 18
        for note in pages_notes.get(number - 1, []):
            for nl in _wrap(note.split(), right - left, size * 0.8, "none"):
                page.append(Text(left, yy, round(size * 0.8, 1), nl))
                yy -= size
        if number == 1:
            continue
        if head:
            form = head[number % 2]
            text = form.format(short=short, inst=inst, n=number, authors=authors_head)
            head_size = size if len(head) > 2 else 8
            w = _width(text, head_size)
            hx = left if number % 2 == 0 else right - w
            page.append(Text(hx, head_y, head_size, text))
            furniture.append(text)
        if folio:
            form, where = folio
            text = form.format(n=number, N=n_pages, r=_roman(number))
            w = _width(text, 9)
            fx = {"centre": (PAGE_W - w) / 2, "right": right - w}.get(where, left if number % 2 == 0 else right - w)
            page.append(Text(fx, folio_y, 9, text))
            (furniture if len(text) > 3 else folios).append(text)
    expected = {
        "title": title, "subtitle": subtitle if front.subtitle else None,
        "date": f"{year}-{month:02d}-{day:02d}" if has_day else f"{year}-{month:02d}",
        "authors": [people[0][0]] + ([people[1][0]] if n_authors == 2 else []),
        "affiliations": ([people[0][1]] + ([people[1][1]] if n_authors == 2 else [])) if affiliated is True
        else ([people[0][1]] * n_authors if affiliated == "shared" else [None] * n_authors),
        "paragraphs": [c for k, c in items if k in ("p", "b")],  # (a capital's word in capitals: as printed)
        "captions": captions,
        "notes": note_texts,
        "furniture": furniture,
        "folios": folios,
    }
    for page in pages:  # WinAnsiEncoding: the dashes and the bullet at their code points
        for item in page:
            item.text = item.text.encode("cp1252").decode("latin-1")
    return pdf_bytes(pages, width=PAGE_W, height=PAGE_H), expected


def items_para(paras: list[str], k: int) -> str:
    return paras[k]


# ---------------------------------------------------------------- measuring

_MARKER = re.compile(r"^(?:[•\-–]\s+|\(?[a-z]\)\s+|\d+(?:\.\d+)*\.?\s+)")


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _bare(text: str) -> str:
    return _MARKER.sub("", _flat(text))


_CACHE: dict = {}


def outcome(cell: dict, tmpdir) -> dict:
    """What the reader makes of a cell's document (read and segmented as ingest does), beside
    what it should."""
    from pathlib import Path

    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    data, want = compose(cell)
    path = Path(tmpdir) / f"sweep-{cell['part']}-{cell['index']}.pdf"
    path.write_bytes(data)
    reading = read(path)
    meta = reading.meta
    passages = segment(reading.text, markdown=True, site=meta.publisher)
    body = [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
            and (meta.body_end is None or p.start < meta.body_end)]
    apart = [_flat(p.text) for p in passages if p.kind != "body"]
    bare = [_bare(b) for b in body]
    wanted = [_bare(p) for p in want["paragraphs"]]
    titles = {want["title"]}
    if want["subtitle"]:
        titles |= {f"{want['title']}: {want['subtitle']}", f"{want['title']} - {want['subtitle']}",
                   f"{want['title']} — {want['subtitle']}"}
    names = [a["name"] for a in meta.authors]
    return {
        "title": meta.title in titles,
        "date": meta.date == want["date"],
        "authors": names == want["authors"],
        "affiliations": [a.get("affiliation") for a in meta.authors] == want["affiliations"],
        "paragraphs": (sum(w in bare for w in wanted), len(wanted)),
        "in order": [b for b in bare if b in wanted] == [w for w in wanted if w in bare],
        "extra": [b for b in body if _bare(b) not in wanted],
        "furniture": [f for f in want["furniture"] if any(f.strip() in b for b in body)]
        + [f for f in want["folios"] if any(b == f or b.endswith(" " + f) or b.startswith(f + " ") for b in body)],
        "captions lost": [c for c in want["captions"] if _flat(c) not in apart],
        "got": {"title": meta.title, "date": meta.date, "authors": names,
                "affiliations": [a.get("affiliation") for a in meta.authors]},
        "want": {k: want[k] for k in ("title", "date", "authors", "affiliations")},
    }


COUNTS = {"dev": 60, "test": 40}  # cells of each half


def figures(part: str, tmpdir, count: int | None = None) -> dict:
    results = [(c, outcome(c, tmpdir)) for c in cells(part, count or COUNTS[part])]
    out = {
        "cells": len(results),
        "titles": sum(r["title"] for _, r in results),
        "dates": sum(r["date"] for _, r in results),
        "authors": sum(r["authors"] for _, r in results),
        "affiliations": sum(r["affiliations"] for _, r in results),
        "paragraphs": f"{sum(r['paragraphs'][0] for _, r in results)}/{sum(r['paragraphs'][1] for _, r in results)}",
        "out of order": sum(not r["in order"] for _, r in results),
        "extra passages": sum(len(r["extra"]) for _, r in results),
        "furniture in body": sum(len(r["furniture"]) for _, r in results),
        "captions lost": sum(len(r["captions lost"]) for _, r in results),
        "cells all right": sum(_all_right(r) for _, r in results),
    }
    out["misses"] = {f"{c['part']}-{c['index']}": {"forms": {a: c[a] for a in AXES}, **_missed(r)}
                     for c, r in results if not _all_right(r)}
    return out


def _all_right(r: dict) -> bool:
    return r["title"] and r["date"] and r["authors"] and r["paragraphs"][0] == r["paragraphs"][1] \
        and r["in order"] and not r["extra"] and not r["furniture"] and not r["captions lost"]


def _missed(r: dict) -> dict:
    out = {}
    for k in ("title", "date", "authors", "affiliations"):
        if not r[k]:
            out[k] = (r["got"][k], r["want"][k])
    if r["paragraphs"][0] != r["paragraphs"][1]:
        out["paragraphs"] = r["paragraphs"]
    for k in ("extra", "furniture", "captions lost"):
        if r[k]:
            out[k] = [t[:90] for t in r[k]]
    return out


if __name__ == "__main__":
    import tempfile

    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    with tempfile.TemporaryDirectory() as tmp:
        got = figures(part, tmp)
    if "--misses" not in sys.argv:
        got.pop("misses")
    print(json.dumps(got, indent=1, ensure_ascii=False))
