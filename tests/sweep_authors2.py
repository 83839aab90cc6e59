"""A second sweep of authors: the kinds of name and of affiliation the first sweep (tests/sweep_authors.py)
left out, each in every position a byline or a signature takes, in plain text, markdown and a saved web
page, in several languages, with look-alikes:

- ``common``: a given name and a surname that is also a common word ("Tom Winter", "Sara Young"), with
  no cue word, under the title, over a date, in a pair, as a closing signature;
- ``regional``: names of the region with no cue word (Georgian -shvili, -dze, -ia, -ava, -uri; Armenian
  -yan, -ian, -ants; Azerbaijani -ov/-ova, -ev/-eva, -li, -zade, -bayli; Persian -i, -zadeh, -pour,
  -nejad, -far; Turkish letters; Russian -sky/-skaya, -in/-ina) in the same positions;
- ``trap``: lines in those positions that are no person's (an outlet's or a rubric's words, "Daily
  Brief", "Energy Desk"; place names of the same endings, "Gori Kutaisi"; a company of a place);
- ``affiliation``: where the page gives the author's affiliation: a signature block under closing words
  (name, post, organisation, telephone, e-mail: the organisation), in English, French, German and Russian;
  a biography at the end ("About the author", "A is a senior fellow at Y", "A est chercheuse à Y", "A ist
  … bei Y") giving the affiliation of an author named at the head; a forwarded e-mail's sender.

A cell is a template (a position) filled with a name and written in a format. Templates and look-alikes
are split into halves (even places: development, odd: test) and the names of each kind come in a
development list and a test list of other names, so that the test half is other wordings, layouts,
names and traps. A cell is right when the reader's authors that are people are the expected names in
order, each with the expected affiliation where the template states one; every body paragraph must
come out word for word in a body passage ("body lost" counts those that do not).

    python -m tests.sweep_authors2 [dev|test|later|later2|later3] [-v]   # figures, and the misses with -v
"""
from __future__ import annotations

import html
import re
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FORMATS = ("txt", "md", "html")

# (given, family): a surname that is also a common word
COMMON = {"dev": [("Anna", "Black"), ("Tom", "Winter"), ("Rustam", "Long"), ("Sara", "Young"), ("Leyla", "Rich"),
                  ("Mark", "Brown"), ("Elena", "Bird")],
          "test": [("Nigar", "White"), ("Kamal", "Stone"), ("Irina", "Fox"), ("Aysel", "Green"), ("Peter", "Wolf"),
                   ("Farid", "Hunter"), ("Julia", "Frost")]}
# names of the region whose surname's ending says where it comes from
REGIONAL = {"dev": [("Levan", "Gelashvili"), ("Nino", "Kvaratskhelia"), ("Lasha", "Kakabadze"), ("Tamta", "Gogava"),
                    ("Eka", "Tsiklauri"), ("Hasmik", "Manukyan"), ("Karen", "Ghukasian"), ("Anahit", "Melikants"),
                    ("Orkhan", "Hajiyev"), ("Sevinj", "Mammadova"), ("Ramil", "Hasanli"), ("Aydan", "Rzazade"),
                    ("Vugar", "Alibayli"), ("Reza", "Ghasemi"), ("Arash", "Tavakolizadeh"), ("Mehdi", "Golpour"),
                    ("Parisa", "Karimnejad"), ("Omid", "Sadeghfar"), ("Mehmet", "Güneş"), ("Şule", "Doğan"),
                    ("Dmitry", "Kovalevsky"), ("Olga", "Zhukovskaya"), ("Pavel", "Ilyin"), ("Marina", "Lapina")],
            "test": [("Giorgi", "Mchedlishvili"), ("Ketevan", "Abashidze"), ("Irakli", "Danelia"),
                     ("Nodar", "Shengelaia"), ("Maia", "Lezhava"), ("Lela", "Jorbenaduri"), ("Narek", "Avagyan"),
                     ("Lilit", "Hovsepian"), ("Gor", "Vardanants"), ("Turan", "Ismayilova"), ("Kamran", "Gasimli"),
                     ("Gunel", "Mirzazade"), ("Jeyhun", "Sultanov"), ("Elnara", "Aliyeva"), ("Anar", "Karimbayli"),
                     ("Navid", "Rostami"), ("Omid", "Hosseinpour"), ("Laleh", "Ahmadinejad"),
                     ("Darya", "Mohammadzadeh"), ("Kian", "Bahramfar"), ("Gökhan", "Ertuğrul"), ("Özlem", "Çakır"),
                     ("Andrei", "Vysotsky"), ("Yulia", "Belinskaya"), ("Boris", "Semin"), ("Vera", "Gubina")]}
# lines in a byline's or a signature's position that name no one: an outlet's, a rubric's or a series' words,
# places (the region's place names have the surnames' endings), a company named after a place
TRAPS = {"dev": ["New Silk", "Middle Corridor", "Grand Bargain", "Daily Brief", "Caspian Week", "Energy Desk",
                 "Gori Kutaisi", "Caspian Tbilisi", "Shamkir Mingachevir", "Lachin Zugdidi", "Tabriz Shamkir"],
         "test": ["Open Road", "Morning Wire", "Silk Way", "Weekly Outlook", "Transport Desk", "Green Deal",
                  "Batumi Poti", "Caspian Gori", "Ganja Sheki", "Zugdidi Tabriz", "Kutaisi Mingachevir"]}

BODIES = [
    ["The new ferry terminal at Alat handled its first cargo in the spring, and the port authority says the "
     "waiting time for trucks has fallen by half since the old berths closed.",
     "Shippers on the route to Turkmenbashi still complain about the schedule, which changes with the weather on "
     "the Caspian and is published only a day ahead."],
    ["Trade across the border crossing at Red Bridge grew again last year, mostly in fruit and building materials "
     "carried by small firms from both sides.",
     "Customs officers say the new scanners cut the inspection of a truck to twenty minutes, though the queue on "
     "a Friday can still reach the edge of the town."],
    ["The railway from Kars to Akhalkalaki carried more freight in the first half of the year than in the whole "
     "of the one before, helped by the repaired tunnel near the border.",
     "Engineers expect the line's capacity to double once the second track is laid, a project the three "
     "governments have promised to fund together."],
]
TITLES = ["A new terminal on the Caspian coast", "Trade at the border crossing grows again",
          "Freight on the Kars line", "What the corridor means for small firms", "The port and the town around it"]

# (position, template, the authors it names, the affiliation of the first); {T} title, {BODY} the body,
# {N} {M} names (two different ones of the cell's kind), {X} a look-alike (a trap cell: no one named)
NAMED = [
    ("alone under the title", "{T}\n\n{N}\n\n{BODY}", ["N"], None),
    ("closing signature alone", "{T}\n\n{BODY}\n\n{N}", ["N"], None),
    ("under the title, a date under it", "{T}\n\n{N}\n12 March 2024\n\n{BODY}", ["N"], None),
    ("two names under the title", "{T}\n\n{N} and {M}\n\n{BODY}", ["N", "M"], None),
    ("under the title, an outlet after a comma", "{T}\n\n{N}, Caspian Courier\n\n{BODY}", ["N"], "Caspian Courier"),
    ("a letter signed under closing words", "Dear colleagues,\n\n{BODY}\n\nBest regards,\n\n{N}", ["N"], None),
    ("a dash's signature at the end", "{T}\n\n{BODY}\n\n— {N}", ["N"], None),
    ("a name over the date under the title, markdown bold", "{T}\n\n**{N}**\n\n5 April 2023\n\n{BODY}", ["N"], None),
    ("German letter signed", "Sehr geehrte Damen und Herren,\n\n{BODY}\n\nMit freundlichen Grüßen\n\n{N}", ["N"], None),
    ("name and a role on the line under it", "{T}\n\n{N}\nStaff Writer\n\n{BODY}", ["N"], "Staff Writer"),
    ("French letter signed", "Madame, Monsieur,\n\n{BODY}\n\nCordialement,\n\n{N}", ["N"], None),
    ("signed with a year", "{T}\n\n{BODY}\n\n{N}, 2024", ["N"], None),
]
# positions written while tuning (development ones), for the region's names only: a name set in capitals,
# which only a surname's form tells from a rubric's or a place's words ({U}: the name in capitals)
NAMED_ADDED = [
    ("in capitals alone under the title", "{T}\n\n{U}\n\n{BODY}", ["N"], None),
    ("a closing signature in capitals", "{T}\n\n{BODY}\n\n{U}", ["N"], None),
]
# a later test batch (other wordings of the capitals' positions), measured once before and once after
NAMED_LATER = [
    ("in capitals under the title, a date line under it", "{T}\n\n{U}\n5 April 2023\n\n{BODY}", ["N"], None),
    ("in capitals under the title, markdown bold", "{T}\n\n**{U}**\n\n{BODY}", ["N"], None),
]
TRAPPED_LATER = [
    ("in capitals under the title, a date line under it", "{T}\n\n{XU}\n5 April 2023\n\n{BODY}"),
    ("in capitals under the title, markdown bold", "{T}\n\n**{XU}**\n\n{BODY}"),
]
# the same positions with a look-alike: nobody is named
TRAPPED = [
    ("alone under the title", "{T}\n\n{X}\n\n{BODY}"),
    ("last line alone", "{T}\n\n{BODY}\n\n{X}"),
    ("under the title, a date under it", "{T}\n\n{X}\n12 March 2024\n\n{BODY}"),
    ("a rubric over the title", "{X}\n\n{T}\n\n{BODY}"),
    ("under the title, markdown bold", "{T}\n\n**{X}**\n\n{BODY}"),
    ("last line with a year", "{T}\n\n{BODY}\n\n{X}, 2024"),
]
TRAPPED_ADDED = [
    ("in capitals alone under the title", "{T}\n\n{XU}\n\n{BODY}"),
    ("last line in capitals", "{T}\n\n{BODY}\n\n{XU}"),
    # written after the test half was measured (its misses: look-alikes in a signature's place at the end)
    ("last line in italics", "{T}\n\n{BODY}\n\n*{X}*"),
    ("a dash's line at the end", "{T}\n\n{BODY}\n\n— {X}"),
    ("last line with a month", "{T}\n\n{BODY}\n\n{X}, March 2024"),
    # written after the second later batch was measured: a look-alike after a byline's cue
    ("after a byline's cue", "{T}\n\nBy {X}\n\n{BODY}"),
]
# where the page gives the author's affiliation: {N} {M} names, {O} {P} organisations (the expected
# affiliations are the organisations)
ORGS = {"dev": ["Kura Terminal Group", "Caspian Policy Centre", "Institute of Regional Studies", "Absheron Freight Consulting"],
        "test": ["Shirvan Logistics Company", "Centre for Caucasus Energy Studies", "Black Sea Transit Forum",
                 "Ganja Institute for Economic Research"]}
AFFILIATED = [
    ("signature block: name, post, organisation, telephone, e-mail",
     "Dear colleagues,\n\n{BODY}\n\nKind regards,\n\n{N}\nHead of Ro-Ro Operations\n{O}\nTel.: +994 12 555 01 62\n"
     "{mail}", ["N"], "O"),
    ("biography under 'About the author', the author named at the head",
     "{T}\n\nBy {N}\n\n{BODY}\n\nAbout the author\n\n{N} is a senior fellow at the {O}, where she works on ports "
     "and railways.", ["N"], "O"),
    ("French signature block",
     "Chers collègues,\n\n{BODY}\n\nCordialement,\n\n{N}\nDirectrice des opérations\n{O}\nTél. : +994 12 555 01 62",
     ["N"], "O"),
    ("French biography", "{T}\n\nPar {N}\n\n{BODY}\n\n{N} est chercheuse au {O} à Bakou.", ["N"], "O"),
    ("German signature block",
     "Sehr geehrte Damen und Herren,\n\n{BODY}\n\nMit freundlichen Grüßen\n\n{N}\nLeiterin Logistik\n{O}\n"
     "Telefon: +994 12 555 01 62\n{mail}", ["N"], "O"),
    ("German biography", "{T}\n\nVon {N}\n\n{BODY}\n\n{N} ist Referentin bei der {O} in Baku.", ["N"], "O"),
    ("Russian signature block",
     "Уважаемые коллеги!\n\n{BODY}\n\nС уважением,\n{N}\nруководитель отдела перевозок\n{O}\n"
     "тел. +994 12 555 01 62", ["N"], "O"),
    ("two biographies for two authors named at the head",
     "{T}\n\nBy {N} and {M}\n\n{BODY}\n\nAbout the authors\n\n{N} is a researcher at the {O}.\n\n"
     "{M} is a lecturer at the {P}.", ["N", "M"], "O"),
    ("signature block with the company beside the port after a bar",
     "Dear all,\n\n{BODY}\n\nBest regards,\n{N}\nSenior Manager, Network Planning\n{O} | Port of Alat\n"
     "Mobile: +994 50 318 44 09", ["N"], "O"),
    ("biography in a paragraph of its own, the author named under the title with no cue",
     "{T}\n\n{N}\n\n{BODY}\n\n{N} is a fellow at the {O} and writes on the Middle Corridor.", ["N"], "O"),
    ("forwarded e-mail, the sender's signature",
     "From: Sabina Karimova <s.karimova@example.org>\nSent: Tuesday, 8 July 2025 10:47\nTo: Ops Team\n"
     "Subject: Fwd: Ferry slots for the quarter\n\nSee below.\n\nSabina\n\n---------- Forwarded message ---------\n"
     "From: {N} <{mail}>\nDate: Mon, 7 Jul 2025 at 16:32\nSubject: Ferry slots for the quarter\nTo: Carriers\n\n\n"
     "Dear colleagues,\n\n{BODY}\n\nKind regards,\n\n{N}\nHead of Operations\n{O}\nTel.: +994 12 555 01 62",
     ["N"], "O"),
    ("biography with 'The author' and the name at the head",
     "{T}\n\n{N}\n\n{BODY}\n\nAbout the author: {N} is an analyst at the {O}.", ["N"], "O"),
]
# written after the test half was measured (its misses: several biographies, a place after the institution,
# a labelled biography of an author named with no cue)
AFFILIATED_ADDED = [
    ("biographies of two authors named under the title with no cue, no heading",
     "{T}\n\n{N} and {M}\n\n{BODY}\n\n{N} is a senior analyst at the {O}.\n\n{M} teaches at the {P}.", ["N", "M"],
     "O"),
    ("French biography with the city after the institution",
     "{T}\n\nPar {N}\n\n{BODY}\n\n{N} est enseignante à l'{O} à Tbilissi.", ["N"], "O"),
    ("labelled biography, the author named under the title with no cue",
     "{T}\n\n{N}\n\n{BODY}\n\nAbout the author — {N} is a researcher at the {O}.", ["N"], "O"),
    ("biographies of three authors under a heading",
     "{T}\n\nBy {N}, {M} and {K}\n\n{BODY}\n\n## The authors\n\n{N} is a fellow at the {O}.\n\n"
     "{M} is a lecturer at the {P}.\n\n{K} is an economist at the {O}.", ["N", "M", "K"], "O"),
]
# a second later test batch (other wordings of the kinds the test half's misses showed), written before the
# changes they led to, measured once before and once after
AFFILIATED_LATER = [
    ("two biographies under 'Contributors', the authors under the title with a cue",
     "{T}\n\nWritten by {N} and {M}\n\n{BODY}\n\nContributors\n\n{N} is a research fellow at the {O}, "
     "working on transit.\n\n{M} is an adviser at the {P}.", ["N", "M"], "O"),
    ("Spanish biography with the city after the institution",
     "{T}\n\nPor {N}\n\n{BODY}\n\n{N} es investigadora en el {O} en Bakú.", ["N"], "O"),
    ("biography of an author named alone under the title, in italics at the end",
     "{T}\n\n{N}\n\n{BODY}\n\n*{N} is a journalist at the {O}.*", ["N"], "O"),
]
# a third later batch (look-alikes after cues in other languages and forms), written before the change it measures
TRAPPED_LATER3 = [
    ("after a German cue", "{T}\n\nVon {X}\n\n{BODY}"),
    ("after a label", "{T}\n\nAuthor: {X}\n\n{BODY}"),
    ("after a cue with a date", "{T}\n\nBy {X}, 12 March 2024\n\n{BODY}"),
]
TRAPPED_LATER2 = [
    ("last line in bold", "{T}\n\n{BODY}\n\n**{X}**"),
    ("last line with a full date", "{T}\n\n{BODY}\n\n{X}, 12 May 2024"),
    ("last line after a rule", "{T}\n\n{BODY}\n\n---\n\n{X}"),
]
# the names in a Russian letter are in Cyrillic, with a Russian organisation
CYRILLIC = {"dev": [("Ирина Волкова", "ООО «Каспийская логистика»"), ("Павел Сомов", "АО «Бакинский порт»")],
            "test": [("Ольга Гришина", "ООО «Кавказ Транзит»"), ("Антон Белых", "АО «Шемахинская логистика»")]}


@dataclass(frozen=True)
class Cell:
    name: str
    part: str
    kind: str
    position: str
    fmt: str
    text: str
    authors: tuple
    affiliation: str | None
    body: tuple  # the body paragraphs, word for word


def halves(forms: list, part: str) -> list:
    return forms[0 if part == "dev" else 1::2]


def _full(pair) -> str:
    return pair if isinstance(pair, str) else f"{pair[0]} {pair[1]}"


def _mail(name: str) -> str:
    given, family = name.split(" ", 1)
    ascii_ = lambda s: "".join(c for c in s.lower() if c.isascii() and c.isalpha())  # noqa: E731
    return f"{ascii_(given)[:1]}.{ascii_(family)}@example.org"


def _inline(line: str) -> str:
    """A line of a web page's paragraph: markdown's bold and italic marks as the elements they stand for."""
    line = html.escape(line)
    line = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", line)
    return re.sub(r"(?<![\w*])\*(\S.*?)\*(?![\w*])", r"<em>\1</em>", line)


def render(text: str, fmt: str) -> str:
    """The template's text as a file of the format: the first block is the title (a heading in markdown,
    the h1 of a web page whose other blocks are paragraphs, their lines kept apart by line breaks)."""
    blocks = text.split("\n\n")
    title_block = not blocks[0].endswith(",") and "\n" not in blocks[0] and not blocks[0].startswith("From:")
    if fmt == "txt":
        return text + "\n"
    if fmt == "md":
        return ("# " + text if title_block else text) + "\n"
    head = f"<h1>{html.escape(blocks[0])}</h1>" if title_block else ""
    paras = "\n".join("<p>" + "<br>\n".join(_inline(line) for line in b.split("\n")) + "</p>"
                      for b in (blocks[1:] if title_block else blocks) if b.strip())
    title = html.escape(blocks[0]) if title_block else "Letter"
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n"
            f"<body>\n<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>\n"
            f"<article>\n{head}\n{paras}\n</article>\n<footer><p>Privacy policy</p></footer>\n</body></html>\n")


def _cell(part, kind, k, position, fmt, template, fill, authors, affiliation, serial) -> Cell:
    body = BODIES[serial % len(BODIES)]
    text = template.replace("{T}", TITLES[serial % len(TITLES)]).replace("{BODY}", "\n\n".join(body))
    for key, value in fill.items():
        text = text.replace("{%s}" % key, value)
    return Cell(f"{part}-{kind}-{k:02d}-{fmt}", part, kind, position, fmt, render(text, fmt), tuple(authors),
                affiliation, tuple(body))


@lru_cache(maxsize=5)
def cells(part: str) -> tuple[Cell, ...]:
    """The cells of a part: "dev" (the development half and the templates added while tuning), "test"
    (the test half), "later", "later2", "later3" (the later test batches, over the test names and look-alikes,
    each written before the change it measures)."""
    if part == "later":
        return _later()
    if part == "later2":
        return _later2()
    if part == "later3":
        return _later3()
    out, serial = [], 0
    for kind, pool in (("common", COMMON[part]), ("regional", REGIONAL[part])):
        added = NAMED_ADDED if part == "dev" and kind == "regional" else []
        for t, (position, template, names, affiliation) in enumerate(halves(NAMED, part) + added):
            for fmt in FORMATS:
                for v in range(2 if kind == "common" else 3):
                    serial += 1
                    n, m = _full(pool[serial % len(pool)]), _full(pool[(serial + 3) % len(pool)])
                    fill = {"N": n, "M": m, "U": n.upper()}
                    out.append(_cell(part, kind, serial, position, fmt, template, fill, [fill[x] for x in names],
                                     affiliation, serial))
    trapped = _trapped(part, halves(TRAPPED, part) + (TRAPPED_ADDED if part == "dev" else []), serial, TRAPS[part])
    out += trapped
    serial += len(trapped)
    out += _affiliated(part, halves(AFFILIATED, part) + (AFFILIATED_ADDED if part == "dev" else []), serial)
    return tuple(out)


def _trapped(part: str, templates: list, serial: int, traps: list, step: int = 1) -> list[Cell]:
    """The look-alike cells of ``templates``: each in every format, three look-alikes each (nobody named)."""
    out = []
    for position, template in templates:
        for fmt in FORMATS:
            for v in range(3):
                serial += 1
                trap = traps[(serial * step) % len(traps)]
                out.append(_cell(part, "trap", serial, position, fmt, template, {"X": trap, "XU": trap.upper()}, [],
                                 None, serial))
    return out


def _affiliated(part: str, templates: list, serial: int, names_part: str | None = None) -> list[Cell]:
    out = []
    orgs = ORGS[names_part or part]
    pool = COMMON[names_part or part] + REGIONAL[names_part or part]
    for t, (position, template, names, org) in enumerate(templates):
        for fmt in FORMATS:
            for v in range(2):
                serial += 1
                n, m = _full(pool[(serial * 5) % len(pool)]), _full(pool[(serial * 5 + 7) % len(pool)])
                k = _full(pool[(serial * 5 + 11) % len(pool)])
                o, p = orgs[serial % len(orgs)], orgs[(serial + 1) % len(orgs)]
                if "Уважаемые" in template:
                    n, o = CYRILLIC[names_part or part][serial % 2]
                fill = {"N": n, "M": m, "K": k, "O": o, "P": p,
                        "mail": _mail(n) if n.isascii() else "office@example.org"}
                out.append(_cell(part, "affiliation", serial, position, fmt, template, fill, [fill[x] for x in names],
                                 fill[org], serial))
    return out


def _later() -> tuple[Cell, ...]:
    out, serial = [], 0
    pool, traps = REGIONAL["test"], TRAPS["test"]
    for position, template, names, affiliation in NAMED_LATER:
        for fmt in FORMATS:
            for v in range(3):
                serial += 1
                n = _full(pool[(serial * 7) % len(pool)])
                out.append(_cell("later", "regional", serial, position, fmt, template, {"N": n, "U": n.upper()},
                                 [n], affiliation, serial))
    return tuple(out + _trapped("later", TRAPPED_LATER, serial, traps, 5))


def _later2() -> tuple[Cell, ...]:
    out = _affiliated("later2", AFFILIATED_LATER, 0, names_part="test")
    return tuple(out + _trapped("later2", TRAPPED_LATER2, len(out), TRAPS["test"], 3))


def _later3() -> tuple[Cell, ...]:
    return tuple(_trapped("later3", TRAPPED_LATER3, 0, TRAPS["test"], 4))


def _flat(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=5)
def results(part: str) -> tuple:
    """Each cell with the reader's authors and the body paragraphs it lost (read and segmented as
    ingest does)."""
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for cell in cells(part):
            path = Path(tmp) / f"{cell.name}.{cell.fmt}"
            path.write_text(cell.text, encoding="utf-8")
            reading = read(path)
            meta = reading.meta
            people = [a for a in meta.authors if not a.get("organisation")]
            passages = segment(reading.text, markdown=True, site=meta.publisher)
            body = [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
                    and (meta.body_end is None or p.start < meta.body_end)]
            lost = [p for p in cell.body if _flat(p) not in body]
            named = tuple(a["name"] for a in people) == cell.authors
            out.append((cell, {"authors": named,
                               "affiliation": cell.affiliation is None or bool(people)
                               and people[0].get("affiliation") == cell.affiliation,
                               "lost": lost,
                               "got": [(a["name"], a.get("affiliation")) for a in meta.authors],
                               "evidence": meta.evidence.get("authors")}))
    return tuple(out)


def figures(part: str) -> dict:
    rows = results(part)
    out = {"cells": len(rows), "authors": sum(r["authors"] for _, r in rows),
           "with affiliation": sum(1 for c, _ in rows if c.affiliation),
           "affiliation": sum(r["affiliation"] and r["authors"] for c, r in rows if c.affiliation),
           "body lost": sum(len(r["lost"]) for _, r in rows)}
    for kind in ("common", "regional", "trap", "affiliation"):
        mine = [(c, r) for c, r in rows if c.kind == kind]
        out[f"{kind} cells right"] = f"{sum(r['authors'] and r['affiliation'] for _, r in mine)}/{len(mine)}"
    return out


def misses(part: str) -> list:
    return [(c, r) for c, r in results(part) if not (r["authors"] and r["affiliation"]) or r["lost"]]


if __name__ == "__main__":
    part = next((a for a in sys.argv[1:] if a in ("dev", "test", "later", "later2", "later3")), "dev")
    print(part, figures(part))
    if "-v" in sys.argv:
        for cell, r in misses(part):
            print(f"--- {cell.name} [{cell.position}]: got {r['got']!r} ({r['evidence']}) want {list(cell.authors)!r}"
                  f" / {cell.affiliation!r}" + (f" LOST {len(r['lost'])}" if r["lost"] else ""))
