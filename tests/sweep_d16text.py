"""A sweep of two kinds of plain-text metadata documents16 missed: an e-mail saved as text whose
headers include ones other than From/To/Date/Subject (a mailing list's List-Unsubscribe, Return-Path,
Organization, a header folded over two lines), whose subject is the title and Date header the date;
and a wire story's closing credit in a language other than English, wrapped over lines, maybe with
a contact sentence after it ("(Bericht von A und B, redigiert von C. Bei Rückfragen …)"), whose
reporters are the authors (never the editor).

A paper's head laid out in columns (the date in a column of the code's line; a masthead's line of
parts, the kind of paper and whom it is for, the title wrapped over two lines), and a markdown
transcript's head (a trail of links, "Published by" its office, a platform list with the moderator's
label in the same paragraph).

And a newsletter mailed by an organisation with a byline in its head (the byline's person wrote it)
whose sections' headlines are in capitals after a place ("POTI: THE DREDGERS ARRIVE": no speaker's
turn, no participant), with a transcript in capitals' turns as the trap.

A story's summary points under its headline, over its first paragraph (furniture, in German, English,
French, Spanish), with look-alikes: a list under the first paragraph, a list of sentences (the body's).

A plain-text newsletter's section headlines underlined with "=", whatever mark ends them (no body).
A hard-wrapped paper's paragraph cut by a page (notes under a rule, a folio, a form feed, the next page's
running head), whose halves are one paragraph; the trap, a page that starts a paragraph of its own.

Cells alternate: even places are the development half, odd places the test half (other wordings,
languages, layouts and look-alike traps), measured once at the end.

    python -m tests.sweep_d16text [dev|test] [-v]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

BODY = ("The port at Alat handled more containers in the third quarter than in any quarter before, the "
        "operator said on Monday,\nand the ferries from Aktau ran on time for most of the season.\n\n"
        "Forwarders say the rail slots to Georgia remain the bottleneck, and that the new tariffs will\n"
        "not change that before the spring.\n\n"
        "The ministry expects the second berth to open next year, once the dredging is finished.\n")

# (extra headers over / among the standard ones, date header, want date)
MAIL_HEADERS = [
    ("List-Unsubscribe: <https://caspianfreight.example/u/11>\n", "Tue, 4 Mar 2025 08:00:00 +0400", "2025-03-04"),
    ("Return-Path: <bounce@steppewire.example>\n", "Wed, 18 Jun 2025 06:15:40 +0000", "2025-06-18"),
    ("Organization: Ganja Energy Forum\nX-Mailer: Listmonk\n", "Fri, 9 May 2025 17:02:11 +0200", "2025-05-09"),
    ("List-Id: Caucasus Rail Notes <rail.notes.example>\nPrecedence: bulk\n", "Mon, 2 Dec 2024 09:30:00 +0300",
     "2024-12-02"),
    ("Reply-To: desk@kurawatch.example\nList-Unsubscribe:\n <https://kurawatch.example/unsub?id=42>,\n"
     " <mailto:leave@kurawatch.example>\n", "Thu, 16 Jan 2025 12:00:00 +0400", "2025-01-16"),
    ("Message-ID: <abc123@mail.example>\nIn-Reply-To: <xyz@mail.example>\nThread-Topic: transit fees\n",
     "Sat, 22 Feb 2025 19:45:00 +0100", "2025-02-22"),
    ("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nList-Post: <mailto:list@corridor.example>\n",
     "Sun, 7 Sep 2025 07:07:07 +0000", "2025-09-07"),
    ("Received: from mx.example by relay.example;\n\tTue, 14 Oct 2025 05:59:00 +0000\nDelivered-To: me@example.org\n",
     "Tue, 14 Oct 2025 06:00:00 +0000", "2025-10-14"),
]
SUBJECTS = ["Caspian Freight Weekly #41: new berths at Alat", "Rail notes: the Kars line after the floods",
            "Ganja Forum digest: gas storage before winter", "Steppe Wire briefing: Aktau ferries on time",
            "Kura Watch: the river's summer low", "Re: transit fees at the Georgian border",
            "Corridor letter no. 9: Middle Corridor tariffs", "Weekly port notes: Poti and Batumi"]
SENDERS = ["Caspian Freight <news@caspianfreight.example>", "Rail Notes <notes@rail.example>",
           "Ganja Energy Forum <forum@ganja.example>", "Steppe Wire <wire@steppewire.example>",
           "Kura Watch <kura@kurawatch.example>", "Orkhan Valiyev <o.valiyev@mail.example>",
           "Corridor Letter <letter@corridor.example>", "Port Notes <ports@notes.example>"]

# (closing credit as written, the authors)
CREDITS = [
    ("(Bericht von Leyla Huseynova und Tom Brenner, redigiert von Anke Vogel.\nBei Fragen wenden Sie sich an\n"
     "die Redaktion unter desk@kaspiwelt.example)", ["Leyla Huseynova", "Tom Brenner"]),
    ("(Reportage de Nigar Aliyeva et Paul Mercier, édité par Claire Dubois)", ["Nigar Aliyeva", "Paul Mercier"]),
    ("(Información de Rashad Guliyev; edición de Marta Ruiz.\nContacto: redaccion@caspio.example)",
     ["Rashad Guliyev"]),
    ("(Bericht: Elvin Mammadov; Redaktion: Jana Koch)", ["Elvin Mammadov"]),
    ("(Text von Sevda Rahimova, bearbeitet von Lukas Berg)", ["Sevda Rahimova"]),
    ("(Reportage de Farid Karimov à Bakou et Anne Leroy à Tbilissi ; édité par Marc Petit.\n"
     "Contact : redaction@caspienne.example)", ["Farid Karimov", "Anne Leroy"]),
    ("(Berichterstattung von Kamran Ismayilov und Eva Roth;\nredigiert von Uwe Hahn)",
     ["Kamran Ismayilov", "Eva Roth"]),
    ("(Información de Aynur Hasanova y Diego Lara en Bakú; editado por Lucía Gómez)",
     ["Aynur Hasanova", "Diego Lara"]),
]
CREDIT_BODY = ("Der Hafen von Alat hat im dritten Quartal mehr Container umgeschlagen als je zuvor, teilte\n"
               "der Betreiber am Montag mit. Die Fähren aus Aktau fuhren meist pünktlich.\n\n"
               "Spediteure sagen, die Bahnslots nach Georgien blieben der Engpass, und die neuen Tarife\n"
               "würden daran vor dem Frühjahr nichts ändern.\n\n"
               "Das Ministerium erwartet, dass der zweite Liegeplatz im nächsten Jahr öffnet.\n")
CREDIT_TITLES = ["Alat schlägt mehr Container um", "Alat: record de conteneurs au troisième trimestre",
                 "Alat bate su récord de contenedores", "Mehr Container in Alat", "Alat meldet Rekord",
                 "Record de conteneurs à Alat", "Hafen Alat mit neuem Rekord", "Récord de contenedores en Alat"]
CREDIT_TAILS = ["", "\nStichworte: Hafen, Alat\n", "", "\n© 2025 Kaspiwelt. Alle Rechte vorbehalten.\n",
                "", "\nMots-clés : port, Alat\n", "\nSchlagwörter: Häfen\n© 2025 Kaspiwelt\n", ""]


# a newsletter mailed by an organisation, a byline in its head, its sections' headlines in capitals
# "PLACE: HEADLINE" (no speaker's turns); (From, byline line, headlines, the authors, the participants)
NEWSLETTERS = [
    ("Port Notes <ports@notes.example>", "by Salome Beridze", ["POTI: CRANES BACK AT WORK", "BATUMI: A NEW QUAY"],
     ["Salome Beridze"], []),
    ("Rail Notes <notes@rail.example>", "By Elnur Safarov", ["KARS: THE LINE REOPENS?", "AKHALKALAKI: GAUGE WORK"],
     ["Elnur Safarov"], []),
    ("Caspian Freight <news@caspianfreight.example>", "Written by Dana Omarova",
     ["AKTAU: TWO NEW FERRIES", "ALAT: TARIFFS FALL", "KURYK: DRY BULK"], ["Dana Omarova"], []),
    ("Steppe Wire <wire@steppewire.example>", "von Jonas Keller", ["AKTAU: NEUE FÄHREN", "ALAT: TARIFE SINKEN"],
     ["Jonas Keller"], []),
    # a person's own letter: the sender is the author
    ("Orkhan Valiyev <o.valiyev@mail.example>", "", ["GANJA: THE NEW DEPOT", "SHAMKIR: STORAGE"],
     ["Orkhan Valiyev"], []),
    ("Kura Watch <kura@kurawatch.example>", "par Inès Garnier", ["MINGACHEVIR : LE NIVEAU BAISSE",
                                                                 "SABIRABAD : LES DIGUES"], ["Inès Garnier"], []),
]
# a transcript's turns in capitals, each with mixed-case words after it: its speakers stay participants
TRANSCRIPT = ("Briefing on the ferry timetable\n\n4 March 2025\n\n"
              "MODERATOR: Good morning, and welcome to the briefing on the new timetable.\n\n"
              "SAMIRA HASANOVA: Thank you. The ferries from Aktau will run twice a week from April.\n\n"
              "TIMUR BEKOV: The port at Kuryk will take the second sailing every week.\n\n"
              "SAMIRA HASANOVA: We expect the first sailing on the second of April.\n")


# a paper's head laid out in columns and centred lines: a code and the date in columns on its first
# line, a masthead in capitals with a second line of parts, the document's kind and whom it is for, the
# title wrapped over two lines, the author and rank; (first line, masthead's second line, kind line,
# title's two lines, the date)
PAPER_HEADS = [
    ("ORDER CODE KPI-GS-2024/11                         March 3, 2024", "Gas Markets Programme | Baku",
     "Briefing Note for the Energy Committee", "Storage Before the Winter: What the Caspian Producers", "can Offer",
     "2024-03-03"),
    ("REF. SEC/2025/044                                 12 June 2025", "Transport Desk | Tbilisi - Batumi",
     "Policy Paper prepared for the Ministry of Economy", "Ferries, Rails and Ports: The Middle Corridor",
     "after Two Years", "2025-06-12"),
    ("Series CRS-24-09                                  2024-09-30", "Regional Security Unit | Yerevan",
     "Background Paper for Committee Members", "Border Crossings on the Southern Caucasus Routes", "in Winter",
     "2024-09-30"),
    ("MEMO NO. PR-2023-17                               November 21, 2023", "Energy Programme | Aktau - Baku",
     "Report to the Standing Committee on Energy", "Trans-Caspian Gas: The Pipeline Nobody Has Built",
     "and Why", "2023-11-21"),
    ("DOC ID AZ-ES-2025/02                              8 January 2025", "Climate and Energy | Baku",
     "Working Paper for the Steering Group", "Solar Power on the Absheron Peninsula: Costs", "and Returns",
     "2025-01-08"),
    ("CODE GEO-TR-2024/03                               April 14, 2024", "Trade Programme | Kars - Tbilisi",
     "Submission to the Select Committee on Trade", "The Kars Dry Port: Customs, Cranes", "and the Missing Link",
     "2024-04-14"),
]
# a markdown page's head: a trail of links, the title as a heading, "Published by" the office, the
# place and date, a platform list with the moderator's label in the same paragraph, turns in bold
TRANSCRIPT_MD = [
    ("[Home](/) / [News](/news) / [Briefings](/news/briefings)", "Published by the Press Office of the Kura Basin Commission",
     "Press Office of the Kura Basin Commission", "On the platform", "Moderator",
     ["Lala Mammadova", "Giorgi Beridze"], "Nodar Kapanadze"),
    ("[Start](/) › [Media](/media) › [Transcripts](/media/t)", "Released by the Media Service of the Aral Transit Council",
     "Media Service of the Aral Transit Council", "On the podium", "Chair",
     ["Askar Zhumabayev", "Elvin Quliyev"], "Irina Sokolova"),
    ("[Home](/) / [Press](/press) / [Events](/press/events) / [2025](/press/events/2025)",
     "Published by the Information Unit of the Caspian Fisheries Board", "Information Unit of the Caspian Fisheries Board",
     "On the platform", "Host", ["Rena Hasanli", "Murat Demir"], "Aliya Nurpeisova"),
    ("[Home](/) / [Newsroom](/newsroom) / [Transcripts](/newsroom/t)",
     "Issued by the Communications Department of the Black Sea Ports Forum",
     "Communications Department of the Black Sea Ports Forum", "On the rostrum", "Moderator",
     ["Tamaz Lomidze", "Selin Kaya"], "Kamila Rustamova"),
]


# a story's summary points under its headline, over its first paragraph (furniture), and look-alikes:
# a list of the body under a paragraph, a list whose items are sentences (the body's); (headline, the
# list, whether it is furniture, the paragraph the story opens with)
POINTS = [
    ("Aserbaidschan baut Hafen Alat aus", ["Zweiter Liegeplatz bis Ende 2026", "Kosten von rund 300 Millionen Euro"],
     True, "Baku (Kaspi-Nachrichten) - Der Hafen Alat soll bis Ende 2026 einen zweiten Liegeplatz bekommen, teilte "
     "die Hafenverwaltung am Dienstag mit."),
    ("Georgia picks new investor for Anaklia", ["Consortium of three firms chosen", "Deep-water berths by 2029",
                                                "Talks with lenders under way"],
     True, "Tbilisi (Caspian Wire) - Georgia has chosen a consortium of three companies to build the deep-water port "
     "at Anaklia, the economy ministry said on Friday."),
    ("Kazakhstan ships more oil across the Caspian", ["Route via Baku grows", "Tankers from Aktau"], False,
     None),
    ("Le Kazakhstan expédie plus de pétrole vers Bakou", ["Hausse de 20 % des volumes", "Deux nouveaux pétroliers",
                                                          "Contrat prolongé jusqu'en 2030"],
     True, "Aktaou (Caspienne Info) - Le Kazakhstan a expédié davantage de pétrole vers Bakou au premier semestre, "
     "a indiqué mercredi la compagnie nationale."),
    ("Ferry timetable for the spring", ["The first ferry leaves Aktau at six in the morning and reaches Alat the "
                                        "next day.", "The second ferry leaves on Thursday."], False, None),
    ("Azerbaiyán amplía el puerto de Alat", ["Segundo muelle a finales de 2026", "Coste de unos 300 millones"],
     True, "Bakú (Caspio Noticias) - El puerto de Alat tendrá un segundo muelle a finales de 2026, informó el martes "
     "la administración portuaria."),
    # a list of the body right under the title, over a paragraph with no dateline: the body's
    ("Three ways west from Baku", ["Baku to Ganja by the night train", "Ganja to Sheki by bus"], None,
     "The port at Alat handled more cargo in the first half of the year than in any year before."),
    ("Was die Fähren brauchen", ["Zwei neue Liegeplätze", "Bahnslots bis Georgien"], None,
     "Die Reedereien sagen seit Jahren, dass die Häfen zu klein sind."),
]


# a hard-wrapped paper's paragraph cut by a page: the notes under a rule, a folio, a form feed, the next
# page's running head (a line or two), then the rest of the paragraph in lower case; (the running head's
# lines, the folio, whether the paragraph runs on: a trap's next page starts a paragraph of its own)
PAGE_CUTS = [
    (["KPI Policy Note 2024/03                          Page 2", "Storage Before the Winter"], "KPI-1", True),
    (["Caspian Transit Review | No. 7 | 2"], "- 1 -", True),
    (["Page 2 of 3", "Working Paper 12/2025"], "1", True),
    (["CTR Report 2025/02                               Page 2", "Ferries and Rails"], "CTR-1", False),
    (["Kura Basin Papers · 2"], "KBP-1", True),
    (["SEC Background 2024                              p. 2", "Border Crossings"], "SEC-1", False),
]


# a plain-text newsletter's sections, each headline underlined with "=" whatever mark ends it: no body
UNDERLINED = ["KARS: A DRY PORT AT LAST?", "Aktau ferries: back on time!", "WILL THE BERTH BE READY BY MAY?",
              "Poti: dredging starts. Finally."]


class Cell:
    def __init__(self, name, text, title, date, authors, suffix=".txt", people=None, body=None, furniture=None):
        self.name, self.text, self.title, self.date, self.authors, self.suffix, self.people = \
            name, text, title, date, authors, suffix, people
        self.body, self.furniture = body, furniture or []


def cells() -> list[Cell]:
    out = []
    for k, (extra, when, date) in enumerate(MAIL_HEADERS):
        head = f"From: {SENDERS[k]}\nTo: reader@example.org\n"
        if k % 3 == 0:
            head = extra + head
        else:
            head += extra
        text = f"{head}Date: {when}\nSubject: {SUBJECTS[k]}\n\n{BODY}"
        out.append(Cell(f"mail{k}", text, SUBJECTS[k], date, None))
    for k, (sender, byline, heads, authors, people) in enumerate(NEWSLETTERS):
        sections = "".join(f"{h}\n{'=' * len(h)}\n\n{BODY}\n" for h in heads)
        text = (f"From: {sender}\nTo: reader@example.org\nDate: Tue, 4 Mar 2025 08:00:00 +0400\n"
                f"Subject: {SUBJECTS[k]}\n\n" + (f"{byline}\n\n" if byline else "") + sections)
        out.append(Cell(f"letter{k}", text, SUBJECTS[k], "2025-03-04", authors, people=people))
    out.append(Cell("transcript0", TRANSCRIPT, "Briefing on the ferry timetable", "2025-03-04", None,
                    people=["Samira Hasanova", "Timur Bekov"]))
    out.append(Cell("transcript1", TRANSCRIPT.replace("MODERATOR", "CHAIR").replace("\n4 March", "\nBy the desk\n\n4 March"),
                    "Briefing on the ferry timetable", "2025-03-04", None, people=["Samira Hasanova", "Timur Bekov"]))
    for k, (first, second, kind, title1, title2, date) in enumerate(PAPER_HEADS):
        names = ["Rauf Karimli", "Nino Tsereteli", "Aruzhan Sadykova", "Elchin Babayev", "Leyla Aliyeva", "Emre Aydin"]
        text = (f"{first}\n\n                  CASPIAN POLICY INSTITUTE\n             {second}\n\n   {kind}\n\n"
                f"      {title1}\n                        {title2}\n\n                         {names[k]}\n"
                f"                Senior Fellow\n\nOverview\n\n{BODY}")
        out.append(Cell(f"paper{k}", text, f"{title1} {title2}", date, [names[k]]))
    for k, (trail, published, office, label, role, speakers, moderator) in enumerate(TRANSCRIPT_MD):
        turns = "".join(f"**{n}:** We will take two questions after the statements on the ferries.\n\n"
                        for n in [moderator] + speakers + [speakers[0]])
        text = (f"{trail}\n\n# Press conference after the meeting on the river basin\n\n*{published}*\n\n"
                f"**Baku, 3 June 2025**\n\n> Transcript, lightly edited.\n\n"
                f"**{label}:** {speakers[0]}, Chair of the Commission; {speakers[1]}, Deputy Minister of Transport. "
                f"**{role}:** {moderator}, spokesperson of the Commission.\n\n---\n\n{turns}")
        out.append(Cell(f"md{k}", text, "Press conference after the meeting on the river basin", "2025-06-03",
                        [office], suffix=".md", people=speakers + [moderator]))
    for k, (headline, items, furniture, lead) in enumerate(POINTS):
        listed = "".join(f"  * {i}\n" for i in items)
        if furniture:
            text = f"{headline}\n\n{listed}\n{lead}\n\n{BODY}"
            body = [lead]
        elif furniture is None:  # the body's list right under the title
            text = f"{headline}\n\n{listed}\n{lead}\n\n{BODY}"
            body = items + [lead]
        else:  # the body's list: under the first paragraph
            lead = "The operators published the figures for the first half on Monday, and they show a clear rise."
            text = f"{headline}\n\n{lead}\n\n{listed}\n{BODY}"
            body = [lead] + items
        out.append(Cell(f"points{k}", text, headline, None, None, body=body, furniture=items if furniture else []))
    for k, headline in enumerate(UNDERLINED):
        opening = "Good morning from Batumi, where the cranes are moving again after a week of wind."
        text = (f"From: Port Notes <ports@notes.example>\nDate: Tue, 4 Mar 2025 08:00:00 +0400\n"
                f"Subject: Port notes #{k + 3}\n\n{opening}\n\n{headline}\n{'=' * len(headline)}\n\n{BODY}")
        body = [opening] + [" ".join(p.split()) for p in BODY.strip().split("\n\n")]
        out.append(Cell(f"underlined{k}", text, f"Port notes #{k + 3}", "2025-03-04", None, body=body,
                        furniture=[headline]))
    for k, (head, folio, runs_on) in enumerate(PAGE_CUTS):
        first = ("The ferries from Aktau reached Alat on time for most of the season, and the operators say\n"
                 "the new timetable will hold through the winter if the rail slots to Georgia are")
        rest = ("confirmed before the ferries sail. Shippers remain doubtful, and two of them have asked\n"
                "for a guarantee of the slots in writing.")
        other = ("Shippers remain doubtful about the timetable, and two of them have asked for a guarantee\n"
                 "of the slots in writing.")
        heads = "\n".join(head)
        page2 = rest if runs_on else other
        text = (f"Caspian Ports in Winter\n\nNino Tsereteli\n\nOverview\n\n{BODY}\n{first if runs_on else first + '.'}\n\n"
                f"   ______________________\n   1 Port operator's annual report, 2024, p. 12.\n\n"
                f"                                {folio}\n\f\n{heads}\n\n{page2}\n\n"
                "The ministry expects the second berth to open next year, once the dredging is finished.\n")
        body = [" ".join((first + " " + rest).split())] if runs_on else [" ".join((first + ".").split()),
                                                                         " ".join(other.split())]
        out.append(Cell(f"page{k}", text, "Caspian Ports in Winter", None, ["Nino Tsereteli"], body=body,
                        furniture=[h for h in head if len(h) > 12]))
    for k, (credit, authors) in enumerate(CREDITS):
        text = f"{CREDIT_TITLES[k]}\n\n12.03.2025\n\n{CREDIT_BODY}\n{credit}\n{CREDIT_TAILS[k]}"
        out.append(Cell(f"credit{k}", text, CREDIT_TITLES[k], "2025-03-12", authors))
    return out


def part(name: str) -> list[Cell]:
    every = cells()
    return [c for i, c in enumerate(every) if i % 2 == (0 if name == "dev" else 1)]


def measure(cell: Cell) -> dict:
    from azmap.corpus.reading import read

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{cell.name}{cell.suffix}"
        path.write_text(cell.text, encoding="utf-8")
        reading = read(path)
    return score(cell, reading)


def score(cell: Cell, reading) -> dict:
    """A cell's reading beside what the cell states (a reading however made: sweep_d17rest draws PDFs)."""
    from azmap.corpus.segment import segment

    meta = reading.meta
    got = {"title": meta.title, "date": meta.date, "authors": [a["name"] for a in meta.authors],
           "participants": meta.participants}
    if cell.body is not None:  # the body's passages: every paragraph whole, no summary point or furniture among them
        passages = segment(reading.text, markdown=True, site=meta.publisher)
        body = [" ".join(p.text.split()) for p in passages if p.kind == "body" and p.end > meta.body_start
                and (meta.body_end is None or p.start < meta.body_end)]
        got["lost"] = [b for b in cell.body if " ".join(b.split()) not in body]
        got["kept"] = [f for f in cell.furniture if any(f in b for b in body)]
    ok = {"title": got["title"] == cell.title, "date": cell.date is None or got["date"] == cell.date,
          "body": not got.get("lost") and not got.get("kept"),
          "authors": cell.authors is None or got["authors"] == cell.authors,
          "participants": cell.people is None or got["participants"] == cell.people}
    return {"got": got, "ok": ok}


def figures(name: str, part_of=None, measure_with=None) -> dict:
    """The half's figures; ``part_of`` gives another sweep's halves of cells of this form (sweep_d17text),
    ``measure_with`` its way of reading a cell (sweep_d17rest's PDFs)."""
    out = {"cells": 0, "title": 0, "date": 0, "authors": 0, "participants": 0, "body": 0}
    for cell in (part_of or part)(name):
        r = (measure_with or measure)(cell)
        out["cells"] += 1
        for f in ("title", "date", "authors", "participants", "body"):
            out[f] += r["ok"][f]
    return out


def misses(name: str, part_of=None, measure_with=None):
    return [(c, r) for c in (part_of or part)(name) for r in [(measure_with or measure)(c)] if not all(r["ok"].values())]


def report(argv: list[str], figures_of=None, misses_of=None) -> None:
    """``python -m <sweep> [dev|test] [-v]``: a half's figures, with ``-v`` its misses (another sweep's, given
    its ``figures_of`` and ``misses_of``)."""
    which = argv[1] if len(argv) > 1 and argv[1] in ("dev", "test") else "dev"
    print(which, (figures_of or figures)(which))
    if "-v" in argv:
        for c, r in (misses_of or misses)(which):
            print(c.name, r["got"], "| want", c.title, c.date, c.authors, c.people)


def halves_tests(part_of, every, measured, kinds, dev: dict, test_floor: dict, missed=None):
    """A sweep's two tests of this form: its halves apart, each with a cell of every kind (``kinds``: the
    cells' names' beginnings), and each half at its figures (``measured(name)``; ``dev`` and ``test_floor``;
    ``missed(name)``: the misses a failure shows), for a test module to bind (test_sweep_d16text's, d17's, d18's)."""
    import pytest

    def test_the_halves_are_apart_and_each_has_every_kind():
        dev_cells, test_cells = part_of("dev"), part_of("test")
        assert len(dev_cells) + len(test_cells) == len(every()) \
            and not {c.name for c in dev_cells} & {c.name for c in test_cells}
        for kind in kinds:
            assert any(c.name.startswith(kind) for c in dev_cells) and any(c.name.startswith(kind) for c in test_cells)

    @pytest.mark.parametrize("name,want", [("dev", dev), ("test", test_floor)])
    def test_the_sweep_stays_at_its_figures(name, want):
        got = measured(name)
        assert got["cells"] == want["cells"]
        short = {f: (got[f], want[f]) for f in want if got[f] < want[f]}
        assert not short, (short, [(c.name, r["got"]) for c, r in missed(name)][:6] if missed else None)

    return test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures


if __name__ == "__main__":
    report(sys.argv)
