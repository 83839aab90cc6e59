"""A sweep over three forms documents16 showed the reader missing, each in a development half (tuned on)
and a test half (other wordings, marks, languages and look-alike traps, measured once):

- ``notes``: a journal article in PDF whose authors stand on one line with raised signs as marks
  ("*", "+", "§", "¶"; the test half also "**" and "#") and whose affiliations are only told in a note at the first page's foot,
  led by the same sign set in the note's own type, as a biography ("* A is a lecturer at X, City.
  Correspondence: …", in English, French, German, Spanish); traps: a note led by a sign the names do
  not set (a funding note), a note that names no institution, an author line without marks.
- ``figures``: a report in PDF (a cover, one column) with a figure whose axis labels and legend stand
  in the text layer and its caption in small type under it, placed where the page's text ends (over
  the notes at its foot, with or without notes) or between paragraphs: the caption is a caption
  passage of its own, the labels no body and no note; other wordings of the caption, other labels.
- ``images``: a markdown post's image lines (``![alt](src)``, with a title, reference-style,
  an HTML ``<img>``, a linked image, an image with an empty alt) between paragraphs: none of it is body.

    python -m tests.sweep_d16pdf notes|figures|images dev|test [--misses]

All text here was written for this sweep; PDFs are drawn with documents16's generator.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

PROSE = [
    "Freight volumes on the line between Baku and the Georgian border rose by a third in 2024, while the "
    "number of trains stayed almost the same, because longer trains were allowed on the single track.",
    "Forwarders interviewed in Tbilisi and Ganja described the customs procedures as the main source of "
    "delay, ahead of the physical capacity of the stations and the shortage of wagons.",
    "The three railway administrations signed a memorandum on joint timetables in 2023, but none of its "
    "working groups has met since, and the timetables are still drawn up separately.",
    "We conclude that coordination, not investment, is the most urgent need on the corridor for the next "
    "five years, and that a shared inspection regime would cut the median transit time.",
]

# (name, institution, city, role sentence template by language)
ROLES = {
    "en": "{mark} {name} is {role} at {inst}, {city}.",
    "fr": "{mark} {name} est {role} à l'{inst}, {city}.",
    "de": "{mark} {name} ist {role} am {inst}, {city}.",
    "es": "{mark} {name} es {role} en el {inst}, {city}.",
}
ROLE_WORDS = {"en": ["Associate Professor of Economics", "a research fellow", "a lecturer in Political Science"],
              "fr": ["maître de conférences", "chercheuse associée"],
              "de": ["wissenschaftlicher Mitarbeiter", "Referentin"],
              "es": ["investigadora principal", "profesor titular"]}


def _note_cell(key, lang, people, marks, *, corr=True, extra_note=None, marks_on_names=True, want=None):
    """A journal article's annotation (documents16's generator) with ``people`` = [(name, inst, city)]."""
    names = [f"{n}^{m}" if marks_on_names else n for (n, _, _), m in zip(people, marks)]
    front = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    notes = []
    for k, ((name, inst, city), mark) in enumerate(zip(people, marks)):
        role = ROLE_WORDS[lang][k % len(ROLE_WORDS[lang])]
        line = ROLES[lang].format(mark=mark, name=name, role=role, inst=inst, city=city)
        if corr and k == 0:
            line += f" Correspondence: {name.split()[0][0].lower()}.{name.split()[-1].lower()}@example.org"
        notes.append(line)
    if extra_note:
        notes.insert(0, extra_note)
    notes.append("Received 2 March 2025; accepted 14 May 2025.")
    title = "Rail Freight and Customs Delays on the Caspian-Black Sea Route"
    authors = want if want is not None else [{"name": n, "affiliation": i} for n, i, _ in people]
    return {
        "key": key, "title": title, "date": "2025-06-10", "authors": authors,
        "pdf": {"columns": 2, "height": 700, "title_size": 13, "running_head": "Caucasus Transport Review",
                "journal_head": True,
                "over_title": ["Caucasus Transport Review, Vol. 4, No. 1 (2025), pp. 1-19",
                               "Research article | Published online 10 June 2025"],
                "front": [front], "label": "Abstract",
                "headings": {PROSE[1][:22]: "1. Findings", PROSE[3][:22]: "2. Conclusion"},
                "first_page_note": notes},
        "body_paragraphs": PROSE,
        "boilerplate_lines": [n.split(" ", 2)[2][:30] for n in notes],
    }


KB = ("Khazar Valley University", "Baku")
ATP = ("Adriatic Institute for Transport Policy", "Trieste")
GI = ("Georgian Institute of Logistics", "Tbilisi")
NU = ("Nordic University of Transit Studies", "Oslo")
FI = ("Institut des études caspiennes", "Lyon")
DI = ("Zentrum für Kaukasusstudien", "Bremen")
UB = ("Université de Bakou", "Bakou")
EI = ("Instituto de Estudios Euroasiáticos", "Madrid")


def _p(name, where):
    return (name, where[0], where[1])


NOTES_DEV = [
    _note_cell("two-star-plus-en", "en", [_p("Aynur Qasimova", KB), _p("Peter Lindqvist", ATP)], ["*", "+"]),
    _note_cell("two-section-en", "en", [_p("Rauf Nasirov", GI), _p("Helena Brandt", NU)], ["§", "¶"], corr=False),
    _note_cell("three-signs-en", "en", [_p("Sabina Huseynova", KB), _p("Tamar Gelashvili", GI),
                                         _p("Olaf Nyberg", NU)], ["*", "+", "§"]),
    _note_cell("one-star-de", "de", [_p("Kamala Mirzayeva", DI)], ["*"]),
    _note_cell("two-fr", "fr", [_p("Elnur Ahmadov", FI), _p("Claire Dubois", UB)], ["*", "+"]),
    # trap: a funding note led by a sign no name sets: no affiliation from it, and the names keep theirs
    _note_cell("funding-trap-en", "en", [_p("Tural Ismayilov", GI), _p("Ingrid Solberg", NU)], ["*", "+"],
               extra_note="§ This research was funded by the Caspian Transport Foundation, Baku."),
]
NOTES_TEST = [
    _note_cell("two-es", "es", [_p("Lucía Navarro", EI), _p("Farid Aghayev", KB)], ["+", "*"]),
    _note_cell("two-double-en", "en", [_p("Orkhan Salimov", ATP), _p("Mariam Chikovani", GI)], ["*", "**"]),
    _note_cell("three-de", "de", [_p("Nigar Aliyeva", DI), _p("Jonas Keller", DI), _p("Levan Beridze", GI)],
               ["¶", "§", "#"], corr=False),
    _note_cell("one-dagger-fr", "fr", [_p("Samir Jafarov", FI)], ["+"]),
    # trap: names without marks and a note led by "*" about funding: no affiliation is made up
    _note_cell("unmarked-trap-en", "en", [_p("Zaur Hajiyev", KB), _p("Emma Hartmann", NU)], ["*", "+"],
               marks_on_names=False,
               want=[{"name": "Zaur Hajiyev", "affiliation": None}, {"name": "Emma Hartmann", "affiliation": None}]),
]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _passages(cell: dict, fmt: str):
    """(the reader's metadata, its passages) of a cell: a PDF drawn from its annotation, or its text."""
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    with tempfile.TemporaryDirectory() as tmp:
        if fmt == "pdf":
            import importlib.util

            spec = importlib.util.spec_from_file_location(
                "azmap_d16_make_pdf_sweep", Path(__file__).resolve().parent / "fixtures" / "documents16" / "make_pdf.py")
            maker = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(maker)
            note = Path(tmp) / "cell.expected.json"
            note.write_text(json.dumps(cell), encoding="utf-8")
            path = maker.build(note, Path(tmp) / "cell.pdf")
        else:
            path = Path(tmp) / f"cell.{fmt}"
            path.write_text(cell["text"], encoding="utf-8")
        reading = read(path)
    return reading.meta, segment(reading.text, markdown=True, site=reading.meta.publisher)


def read_cell(cell: dict, fmt: str) -> dict:
    """What the reader makes of a cell: its authors, its body passages (as the pipeline keeps them), its
    captions and notes."""
    meta, passages = _passages(cell, fmt)
    body = [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
            and (meta.body_end is None or p.start < meta.body_end
                 or meta.body_resume is not None and p.start >= meta.body_resume)]
    return {"meta": meta, "body": body,
            "captions": [_flat(p.text) for p in passages if p.kind == "caption"],
            "notes": [p.text for p in passages if p.kind == "footnote"],
            "authors": [{"name": a["name"], "affiliation": a.get("affiliation")} for a in meta.authors]}


def measure_notes(cell: dict) -> dict:
    got = read_cell(cell, "pdf")
    want = {_flat(p) for p in cell["body_paragraphs"]}
    return {"authors": got["authors"] == cell["authors"],
            "paragraphs": sum(p in got["body"] for p in want),
            "furniture": [j for j in cell["boilerplate_lines"] if any(j in b for b in got["body"])],
            "extra": [b for b in got["body"] if b not in want], "got": got["authors"]}


REPORT = [
    "Five years after the first gas reached Europe through the southern route, the corridor carries more "
    "than its founders planned, and the question is no longer whether it works but how far it can grow.",
    "This study sets out what the route could deliver by 2035 under three sets of assumptions about new "
    "fields, contracts and the demand of buyers in south-eastern Europe and the Western Balkans.",
    "In the cautious case, no field beyond those already sanctioned is developed, and deliveries stay near "
    "today's level until the older offshore fields begin to decline towards the end of the decade.",
    "In the central case, the expansion of the western section goes ahead and the deep gas of the main "
    "offshore block fills it, so that deliveries to Europe rise by about a third by 2030.",
    "The ambitious case adds gas from the eastern shore of the Caspian through a short subsea link, an "
    "idea discussed for two decades that no government has yet taken to a final decision.",
    "Upstream investment is the binding limit in every case: a pipeline section can be widened within "
    "three years of a decision, while a new offshore field needs seven years from sanction to first gas.",
    "Contracts are the second limit. The first sales on the route were agreed for twenty-five years; buyers "
    "now ask for five to ten, with prices tied to European hubs, while producers say that new fields cannot "
    "be financed on such terms and that the first volumes of any new field must be sold before it is built.",
    "Transit terms are the third. Each section has its own owners and its own tariff, and a shipper booking "
    "capacity from the Caspian shore to the Adriatic signs with three operators under three regulators, "
    "which adds months to every expansion and leaves each section waiting for the others to decide first.",
    "Demand is the last uncertainty. Consumption in south-eastern Europe has fallen since 2021 in most "
    "countries of the region, but coal plants are closing faster than renewable capacity is built, and gas "
    "is expected to cover much of the gap in winter peaks for at least another decade.",
    "We recommend that buyers and producers agree on contracts of ten to fifteen years for new volumes, "
    "and that the operators publish one timetable for widening every section of the route.",
]
REPORT_HEADINGS = {"This study sets": "Scope", "In the cautious": "Three cases", "Upstream investment": "Limits", "Demand is the": "Demand",
                   "We recommend": "Recommendations"}
NOTE_TEXTS = ["Operators' annual reports for 2024; deliveries include volumes taken by the transit country.",
              "Ministry statements of March and September 2025."]


def _figure_cell(key, before, labels, caption, *, notes=2, height=700):
    footnotes = [["route,", NOTE_TEXTS[0]], ["decision.", NOTE_TEXTS[1]]][:notes]
    cover = [["CASPIAN ENERGY DIALOGUE", 11], ["", 8], ["Widening the Southern Route", 20],
             ["Three cases for Caspian gas to 2035", 12], ["", 10],
             ["Nargiz Valiyeva, Shirvan Centre for Energy Policy", 10], ["", 10], ["November 2025", 11]]
    return {"key": key, "title": "Widening the Southern Route", "date": "2025-11",
            "authors": [{"name": "Nargiz Valiyeva", "affiliation": "Shirvan Centre for Energy Policy"}],
            "pdf": {"height": height, "running_head": "Widening the Southern Route", "cover": cover,
                    "headings": REPORT_HEADINGS, "footnotes": footnotes,
                    "figure": {"before": before, "labels": labels, "caption": caption}},
            "body_paragraphs": REPORT, "captions": [caption],
            "boilerplate_lines": [label for label in labels if len(label) > 4] + NOTE_TEXTS[:notes]}


LABELS_A = ["bcm a year", "30", "20", "10", "0", "2020", "2025", "2030", "2035", "Turkey", "Italy", "Greece"]
LABELS_B = ["Capacity", "Deliveries", "Sangachal", "Erzurum", "Kipoi", "Melendugno", "16", "24", "31"]
LABELS_C = ["per cent", "100", "50", "Low", "Central", "High", "Pipeline gas", "LNG"]
# (key, the paragraph the figure stands over, labels, caption, notes on the page, page height): the heights
# put the figure where the page's text ends, over the notes (the "mid" cells: between paragraphs)
_FIGURE_ROWS = {
    "dev": [("foot-notes-a", "Upstream investment", LABELS_A,
             "Figure 1. Deliveries on the route by market, 2020-2035, in billion cubic metres a year", 2, 580),
            ("foot-no-notes-b", "Transit terms", LABELS_B, "Figure 2. Capacity and deliveries by section in 2024, bcm",
             0, 660),
            ("foot-c", "Demand is the", LABELS_C,
             "Figure 3. Share of pipeline gas and LNG in the region's imports under each case (per cent)", 2, 720),
            ("mid-page-a", "This study sets", LABELS_A,
             "Figure 1. Deliveries on the route by market, 2020-2035, in billion cubic metres a year", 2, 700)],
    "test": [("foot-fig-abbrev-c", "We recommend", LABELS_C,
              "Fig. 4 Imports by source under the three cases, per cent of the total", 2, 780),
             ("foot-one-note-b", "Upstream investment", LABELS_B,
              "Figure 2: Capacity and deliveries by section in 2024 (bcm)", 1, 580),
             ("foot-a", "Transit terms", LABELS_A,
              "Figure 5. Deliveries by market in the central case, 2020-2035, bcm a year", 2, 660),
             ("mid-page-c", "In the cautious", LABELS_C,
              "Figure 1. Share of pipeline gas and LNG in the region's imports (per cent)", 2, 700)],
}
FIGURES_DEV, FIGURES_TEST = ([_figure_cell(*row[:4], notes=row[4], height=row[5]) for row in _FIGURE_ROWS[part]]
                             for part in ("dev", "test"))


def measure_figure(cell: dict) -> dict:
    got = read_cell(cell, "pdf")
    want = {_flat(p) for p in cell["body_paragraphs"]}
    return {"caption": _flat(cell["captions"][0]) in got["captions"],
            "paragraphs": sum(p in got["body"] for p in want),
            "furniture": [j for j in cell["boilerplate_lines"] if any(j in b for b in got["body"])],
            "labels in a note": [n for n in got["notes"] if not any(_flat(t) in _flat(n) for t in NOTE_TEXTS)],
            "extra": [b for b in got["body"] if b not in want]}


PARAS = [
    "we left baku at dawn and the port at alat was already full of trucks waiting for the same boat as us.",
    "the crossing itself took nineteen hours, most of them spent watching the caspian go from grey to green.",
    "nobody could tell us when the ferry would leave, so we made friends with two drivers from kazakhstan.",
]


def _image_cell(key: str, image: str, second: str | None = None) -> dict:
    lines = ["---", 'title: "a night at alat port"', "date: 2025-07-02", "author: Rəna Quliyeva", "---", "",
             PARAS[0], "", image, "", PARAS[1], ""]
    if second:
        lines += [second, ""]
    lines += [PARAS[2], ""]
    return {"key": key, "text": "\n".join(lines), "body_paragraphs": PARAS}


IMAGES_DEV = [
    _image_cell("plain", "![trucks waiting at the port gate](img/alat-gate.jpg)"),
    _image_cell("titled", '![the ferry at dusk](img/ferry.jpg "the ferry at dusk")'),
    _image_cell("reference", "![sunrise over the caspian][sunrise]", "[sunrise]: img/sunrise.jpg"),
    _image_cell("html", '<img src="img/cabin.jpg" alt="our cabin on the ferry" width="600">'),
    _image_cell("linked", "[![the deck at noon](img/deck.jpg)](https://example.org/deck.jpg)"),
]
IMAGES_TEST = [
    _image_cell("empty-alt", "![](img/queue.jpg)"),
    _image_cell("angle-src", "![port cranes at night](<img/port cranes.jpg>)"),
    _image_cell("html-self-closed", "<img alt='the queue from above' src='img/queue.png' />"),
    _image_cell("two-images", "![the gate](img/gate.jpg) ![the queue](img/queue.jpg)"),
    _image_cell("linked-titled", '[![drivers playing nard](img/nard.jpg "nard")](img/nard-large.jpg)'),
]


def measure_images(cell: dict) -> dict:
    got = read_cell(cell, "md")
    want = {_flat(p) for p in cell["body_paragraphs"]}
    return {"paragraphs": sum(p in got["body"] for p in want), "extra": [b for b in got["body"] if b not in want]}


def figures(kind: str, part: str) -> dict:
    if kind == "notes":
        cells = NOTES_DEV if part == "dev" else NOTES_TEST
        results = [(c["key"], measure_notes(c)) for c in cells]
        return {"cells": len(cells), "authors": sum(r["authors"] for _, r in results),
                "paragraphs": (sum(r["paragraphs"] for _, r in results), sum(len(c["body_paragraphs"]) for c in cells)),
                "furniture": sum(len(r["furniture"]) for _, r in results),
                "extra": sum(len(r["extra"]) for _, r in results),
                "misses": {k: r for k, r in results if not r["authors"] or r["furniture"] or r["extra"]
                           or r["paragraphs"] < 4}}
    if kind == "figures":
        cells = FIGURES_DEV if part == "dev" else FIGURES_TEST
        results = [(c["key"], measure_figure(c)) for c in cells]
        return {"cells": len(cells), "captions": sum(r["caption"] for _, r in results),
                "paragraphs": (sum(r["paragraphs"] for _, r in results), len(REPORT) * len(cells)),
                "furniture": sum(len(r["furniture"]) for _, r in results),
                "labels in a note": sum(len(r["labels in a note"]) for _, r in results),
                "extra": sum(len(r["extra"]) for _, r in results),
                "misses": {k: r for k, r in results if not r["caption"] or r["furniture"] or r["extra"]
                           or r["labels in a note"] or r["paragraphs"] < len(REPORT)}}
    cells = IMAGES_DEV if part == "dev" else IMAGES_TEST
    results = [(c["key"], measure_images(c)) for c in cells]
    return {"cells": len(cells), "clean": sum(not r["extra"] and r["paragraphs"] == 3 for _, r in results),
            "paragraphs": (sum(r["paragraphs"] for _, r in results), 3 * len(cells)),
            "extra": sum(len(r["extra"]) for _, r in results),
            "misses": {k: r for k, r in results if r["extra"] or r["paragraphs"] < 3}}


if __name__ == "__main__":
    out = figures(sys.argv[1], sys.argv[2])
    if "--misses" not in sys.argv:
        out.pop("misses")
    print(json.dumps(out, indent=1, ensure_ascii=False, default=str))
