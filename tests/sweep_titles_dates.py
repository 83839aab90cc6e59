"""A sweep of titles, dates and the header's end over documents of many genres (issue #24): short
agreements, press releases, agency items, forwarded mail, monitoring items, reviews, minutes,
notices, speeches, letters, interviews, reports, blog posts, bulletins, communiqués, event notes,
records from a database, tickers and more, each written in several layouts, in plain text, markdown
and HTML, with traps (a service's header over the title, a prefix on the subject line, a journal's
name, a date only in a dateline or a closing line, a forward's date over the original's, a copyright
year, an "Updated" line, a short or lower-case first paragraph).

Each genre's layouts are split before anything is read: layouts at even places are the development
half, at odd places the test half. Each layout is written in CONTEXTS documents (other titles, dates,
bodies and formats).

    python -m tests.sweep_titles_dates [dev|test] [-v]   # figures, and the misses with -v
"""
from __future__ import annotations

import datetime
import html
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

TITLES = ["Ferry timetable for the Alat crossing agreed", "Transit tariffs on the Kars line revised",
          "Gas storage levels before the winter", "New berth opens at the port of Aktau",
          "Water levels fall on the northern shelf", "Customs posts on the Georgian border reorganised",
          "Rail wagons wait longer at the Caspian ports", "Fishing quotas set after the spring survey"]
DAYS = [datetime.date(2025, 2, 18), datetime.date(2024, 11, 5), datetime.date(2023, 7, 27),
        datetime.date(2025, 3, 4), datetime.date(2022, 10, 14), datetime.date(2024, 5, 9)]
MONTHS = "January February March April May June July August September October November December".split()
CITIES = ["BAKU", "TBILISI", "AKTAU", "GANJA"]
# first body paragraphs: a long sentence, a one-line short one, casual lower-case prose
FIRST = ["The two operators signed a timetable on Tuesday that adds a third weekly crossing from the spring "
         "and sets the fares for lorries and wagons alike.",
         "Talks resumed on Monday.",
         "we waited at the gate for most of the afternoon and nobody could tell us when the boat would "
         "finally leave the berth"]
REST = ["Shippers have asked for a fixed timetable for years, since a wagon can stand at either port for days "
        "before it is loaded.",
        "The ministry said the new rules would be reviewed after twelve months, when the figures for the "
        "first season are known."]


def d_long(d):  # 18 February 2025
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def d_us(d):  # February 18, 2025
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_short(d):  # 18 Feb 25
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year % 100:02d}"


def iso(d):
    return d.isoformat()


def _other(d, days):
    return d - datetime.timedelta(days=days)


# Each genre: a list of layouts. A layout is a function (T, d, i) -> (head lines, tail lines, expected
# title, expected date); the body goes between head and tail. "" in head lines is a blank line.
def _agreement(T, d, i):
    return [f"AGREEMENT BETWEEN THE PORT OF BAKU AND THE PORT OF AKTAU", "", f"on the {T.lower()}", ""], \
        [f"Done at Baku on {d_long(d)} in two originals, each in the Azerbaijani, Kazakh and English languages."], \
        "AGREEMENT BETWEEN THE PORT OF BAKU AND THE PORT OF AKTAU", iso(d)


GENRES: dict[str, list] = {
    "agreement": [
        _agreement,
        lambda T, d, i: ([f"Memorandum of Understanding on {T[0].lower() + T[1:]}", ""],
                         ["", f"Signed in Tbilisi on {d_us(d)}.", "", "For the first party: Anar Aliyev",
                          "For the second party: Giorgi Beridze"], f"Memorandum of Understanding on {T[0].lower() + T[1:]}",
                         iso(d)),
        lambda T, d, i: ([f"Protocol on {T[0].lower() + T[1:]}", ""],
                         [f"Adopted on {d_long(d)} by the joint commission."], f"Protocol on {T[0].lower() + T[1:]}",
                         iso(d)),
        lambda T, d, i: (["Ref. JC/2024/07", "", f"Joint declaration: {T[0].lower() + T[1:]}", ""],
                         [f"Done at Aktau, {d_long(d)}."], f"Joint declaration: {T[0].lower() + T[1:]}", iso(d)),
    ],
    "release": [
        lambda T, d, i: ([T, "", f"{CITIES[i % 4].title()}, Azerbaijan, {d_long(d)} /Caspian Shipping Company/ -- " + "@FIRST"], [],
         T, iso(d)),
        lambda T, d, i: (["PRESS RELEASE", "", T, ""], [f"{CITIES[i % 4]}, {d_us(d)} —@FIRST"], T, iso(d)),
        lambda T, d, i: (["FOR IMMEDIATE RELEASE", "", T, "",
                          f"{CITIES[i % 4]}, {d_long(d)} – @FIRST"], ["", "© 2019 Caspian Shipping Company"], T,
                         iso(d)),
        lambda T, d, i: (["News release", "", T, "", f"{CITIES[i % 4].title()}, Georgia, {d_us(d)} /PRNewswire/ -- "
                          "@FIRST"], [], T, iso(d)),
    ],
    "agency": [
        lambda T, d, i: ([T, "", f"Baku, {d.day} {MONTHS[d.month - 1]} (Caspian News Agency) - @FIRST"],
                         [f"Source: Caspian News Agency, Baku, in English 1500 gmt {d_short(d)}"], T, iso(d)),
        lambda T, d, i: ([T, "", f"Aktau, {d.day} {MONTHS[d.month - 1]} (Kazinform) - @FIRST"],
                         [f"(Source: Kazinform news agency, Astana, in Russian 0930 gmt {d_short(d)})"], T, iso(d)),
        lambda T, d, i: ([f"{T} - agency", "", f"Tbilisi, {d.day} {MONTHS[d.month - 1]}: @FIRST"],
                         [f"Source: Interpressnews, Tbilisi, in Georgian 1015 gmt {d_short(d)}"], T, iso(d)),
        lambda T, d, i: ([T, "", f"Ganja, {d.day} {MONTHS[d.month - 1]} (Turan) - @FIRST"],
                         [f"Source: Turan news agency, Baku, in Russian 1100 gmt {d_short(d)}", "",
                          f"Copyright {d.year - 3} Monitoring Service"], T, iso(d)),
    ],
    "forward": [
        lambda T, d, i: ([f"Subject: Fwd: {T}", f"Date: {d_long(_other(d, -3))}", "",
                          "---------- Forwarded message ---------", f"From: Port Office <office@port.example>",
                          f"Date: {d_us(d)}", f"Subject: {T}", ""], [], T, iso(d)),
        lambda T, d, i: ([f"Subject: FW: {T}", "", "-----Original Message-----", "From: Leyla Mammadova",
                          f"Sent: {d_long(d)} 10:12", f"Subject: {T}", ""], [], T, iso(d)),
        lambda T, d, i: ([f"Subject: Fwd: {T}", "", "Begin forwarded message:", "",
                          f"Date: {d_us(d)} at 09:41", "From: Tom Price", f"Subject: {T}", ""], [], T, iso(d)),
        lambda T, d, i: ([f"Subject: Fw: {T}", f"Date: {d_long(_other(d, -5))}", "",
                          "---------- Forwarded message ----------", "From: Claire Dubois",
                          f"Date: {d_long(d)}", f"Subject: {T}", ""], [], T, iso(d)),
    ],
    # an e-mail's reply keeps its mark, once, as the mail program shows its subject (tests/test_documents3)
    "reply": [
        lambda T, d, i: ([f"Subject: Re: {T}", f"Date: {d_long(d)}", "From: Anar Aliyev", ""], [], f"Re: {T}", iso(d)),
        lambda T, d, i: ([f"Subject: RE: {T}", f"Sent: {d_us(d)}", "From: Tom Price", ""], [], f"RE: {T}", iso(d)),
        lambda T, d, i: ([f"Subject: Re: Re: {T}", f"Date: {d_long(d)}", "From: Nigar Aliyeva", ""], [], f"Re: {T}",
                         iso(d)),
        lambda T, d, i: ([f"Subject: AW: {T}", f"Date: {d_long(d)}", "From: Jonas Becker", ""], [], f"AW: {T}", iso(d)),
    ],
    "monitoring": [
        lambda T, d, i: (["CASPIAN MONITORING SERVICE", "", T, "", f"Text of report by Azerbaijani news agency "
                          f"Turan on {d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["Regional Monitoring | Caucasus", "", T, ""],
                         [f"Source: APA news agency, Baku, in Azeri 0815 gmt {d_short(d)}"], T, iso(d)),
        lambda T, d, i: (["MONITORING DIGEST SERVICE", "", f"AZERBAIJAN: {T.upper()}", ""],
                         [f"Source: Report news agency, Baku, in English 1330 gmt {d_short(d)}"],
                         f"AZERBAIJAN: {T.upper()}", iso(d)),
        lambda T, d, i: (["Media Monitoring Database", "Item 20451", "", T, ""],
                         [f"Source: Trend news agency website, Baku, in Russian 1500 gmt {d_short(d)}"], T, iso(d)),
    ],
    "review": [
        lambda T, d, i: (["Book review", "", T, "", "Reviewed by Marta Nowak", ""],
                         [f"Published in the Caspian Review of Books, {MONTHS[d.month - 1]} {d.year}"], T,
                         f"{d.year}-{d.month:02d}"),
        lambda T, d, i: (["REVIEWS", "", T, f"By Tom Price | {d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["Journal of Caspian Studies", "", T, "", "Review by Leyla Mammadova", f"{d_us(d)}", ""],
                         [], T, iso(d)),
        lambda T, d, i: ([f"Review: {T}", "", f"Posted {d_long(d)}", ""], [], f"Review: {T}", iso(d)),
    ],
    "minutes": [
        lambda T, d, i: ([f"Minutes of the meeting of the Port Users' Committee", f"Held on {d_long(d)}", ""], [],
                         "Minutes of the meeting of the Port Users' Committee", iso(d)),
        lambda T, d, i: (["PORT USERS' COMMITTEE", "", f"Minutes: {T}", "", f"Meeting held at Baku on {d_us(d)}", ""],
                         [], f"Minutes: {T}", iso(d)),
        lambda T, d, i: ([f"Minutes — {T}", "", f"Date of meeting: {d_long(d)}", "Present: A. Aliyev, T. Price", ""],
                         ["", f"Approved on {d_long(_other(d, -14))}."], f"Minutes — {T}", iso(d)),
        lambda T, d, i: (["Record of meeting", "", T, "", f"{d_long(d)}, Aktau", ""], [], T, iso(d)),
    ],
    "notice": [
        lambda T, d, i: (["NOTICE", "", T, ""], [f"Issued at Baku on {d_long(d)}", "Harbour Master"], T, iso(d)),
        lambda T, d, i: (["Notice to mariners No. 14/2024", "", T, ""],
                         [f"Given under my hand on {d_long(d)}."], T, iso(d)),
        lambda T, d, i: (["PUBLIC NOTICE", "", T, "", f"Date of notice: {d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["Official notice", "", T, ""], [f"Dated this {d.day}th day of {MONTHS[d.month - 1]} {d.year}"],
                         T, iso(d)),
    ],
    "speech": [
        lambda T, d, i: ([f"Speech by the Minister of Transport: {T}", "", f"Presented at the Caspian Transport "
                          f"Forum, Baku, {d.day}-{d.day + 2} {MONTHS[d.month - 1]} {d.year}", ""], [],
                         f"Speech by the Minister of Transport: {T}", f"{d.year}-{d.month:02d}"),
        lambda T, d, i: (["Remarks", "", T, "", f"Delivered at the port forum on {d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: ([T, "", f"Keynote address, Caspian Logistics Conference, Aktau, {d.day}–{d.day + 1} "
                          f"{MONTHS[d.month - 1]} {d.year}", ""], [], T, f"{d.year}-{d.month:02d}"),
        lambda T, d, i: ([f"Statement: {T}", "", f"Check against delivery", f"{d_long(d)}", ""], [],
                         f"Statement: {T}", iso(d)),
    ],
    "letter": [
        lambda T, d, i: (["Caspian Shipping Company", "12 Neftchilar Avenue, Baku", "", f"{d_long(d)}", "",
                          f"Re: {T}", "", "Dear Ms Aliyeva,", ""], ["", "Yours sincerely,", "Tom Price"], T, iso(d)),
        lambda T, d, i: ([f"Subject: {T}", "", "Dear colleagues,", ""],
                         ["", "Kind regards,", "Nigar Aliyeva", f"Baku, {d_long(d)}"], T, iso(d)),
        lambda T, d, i: ([f"{d_us(d)}", "", f"RE: {T.upper()}", "", "Dear Sir,", ""], ["", "Faithfully,", "A. Aliyev"],
                         T.upper(), iso(d)),
        lambda T, d, i: (["Open letter", "", T, ""], ["", "Signed,", "The Port Users' Committee",
                                                      f"{d_long(d)}"], T, iso(d)),
    ],
    "qa": [
        lambda T, d, i: ([f"Q&A: {T}", f"{d_long(d)}", ""], [], f"Q&A: {T}", iso(d)),
        lambda T, d, i: (["INTERVIEW", "", T, "", f"Interview conducted on {d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: ([f"Questions and answers — {T}", "", f"Last reviewed: {d_long(_other(d, -30))}",
                          f"Published: {d_long(d)}", ""], [], f"Questions and answers — {T}", iso(d)),
        lambda T, d, i: (["FAQ", "", T, ""], [f"Page published {d_long(d)}"], T, iso(d)),
    ],
    "report": [
        lambda T, d, i: (["CASPIAN POLICY INSTITUTE", "Report No. 41", "", T, "", f"{MONTHS[d.month - 1]} {d.year}",
                          ""], [f"Printed {d_long(_other(d, -40))}"], T, f"{d.year}-{d.month:02d}"),
        lambda T, d, i: (["CPI-RPT-2024-03", "", T, "", f"Updated {d_long(_other(d, -20))}", f"Published {d_long(d)}",
                          ""], [], T, iso(d)),
        lambda T, d, i: (["Caspian Policy Institute | Research", "", T, f"Report, {d_long(d)}", ""],
                         [f"© Caspian Policy Institute {d.year + 1}"], T, iso(d)),
        lambda T, d, i: (["ANNUAL REVIEW", "", T, ""], [f"Retrieved {d_long(_other(d, -200))}",
                                                        f"Report date: {d_long(d)}"], T, iso(d)),
    ],
    "blog": [
        lambda T, d, i: ([f"# {T}", "", f"*{d_long(d)}*", ""], [], T, iso(d)),
        lambda T, d, i: ([T, f"Posted on {d_us(d)} by leyla", ""], [], T, iso(d)),
        lambda T, d, i: ([f"## {T}", "", f"{d_long(d)} · 4 min read", ""], [], T, iso(d)),
        lambda T, d, i: ([f"{T} ✈️", "", f"{d.day}/{d.month:02d}/{d.year}", ""], [], f"{T} ✈️", iso(d)),
    ],
    "oped": [
        lambda T, d, i: (["OPINION", "", T, "", "By Anar Aliyev", f"{d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["Commentary", "", T, "By Marta Nowak", f"{d_us(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["THE KURA REVIEW", "", f"Opinion | {T}", "", f"{d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["Analysis", "", T, "", f"Published {d_long(d)} | Updated {d_long(_other(d, -1))}", ""],
                         [], T, iso(d)),
    ],
    "bulletin": [
        lambda T, d, i: (["PORT NEWS BULLETIN", f"Issue 12, {MONTHS[d.month - 1]} {d.year}", "", T, ""], [], T,
                         f"{d.year}-{d.month:02d}"),
        lambda T, d, i: (["Weekly Transport Digest", "", T, "", f"Week of {d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["NEWSLETTER", f"No. 8 · {d_long(d)}", "", T, ""], [], T, iso(d)),
        lambda T, d, i: (["Caspian Energy Newsletter", "", f"In this issue: {T}", f"{d_long(d)}", ""], [], T, iso(d)),
    ],
    "communique": [
        lambda T, d, i: (["JOINT COMMUNIQUÉ", "", T, ""], [f"{CITIES[i % 4].title()}, {d_long(d)}"], T, iso(d)),
        lambda T, d, i: (["Final communiqué", "", T, ""], [f"Adopted in Ganja on {d_long(d)}."], T, iso(d)),
        lambda T, d, i: (["Communiqué", "", T, "", f"{d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["Joint statement", "", T, ""], [f"Issued in Aktau, {d_us(d)}"], T, iso(d)),
    ],
    "event": [
        lambda T, d, i: ([T, "", f"Presented at the Caspian Ports Conference, Baku, {d.day}-{d.day + 2} "
                          f"{MONTHS[d.month - 1]} {d.year}", ""], [], T, f"{d.year}-{d.month:02d}"),
        lambda T, d, i: ([T, "", f"Paper for the Caucasus Logistics Forum, {MONTHS[d.month - 1]} {d.day}–{d.day + 1}, "
                          f"{d.year}", ""], [], T, f"{d.year}-{d.month:02d}"),
        lambda T, d, i: ([T, "", f"Workshop held at Tbilisi, {d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: ([T, "", f"Prepared for the Annual Meeting, Aktau, {d.day}-{d.day + 3} "
                          f"{MONTHS[d.month - 1]} {d.year}", ""], [], T, f"{d.year}-{d.month:02d}"),
    ],
    "record": [
        lambda T, d, i: (["Caspian Press Archive — Record 58213", "", T, ""], [f"Date: {d_long(d)}"], T, iso(d)),
        lambda T, d, i: (["DOCUMENT 14 OF 120", "", T, ""], [f"Load-Date: {d_us(d)}"], T, iso(d)),
        lambda T, d, i: (["ArchiveSearch Results", "Item 3", "", T, f"{d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: (["Database: Regional Press", "", T, ""], [f"Publication date: {d_long(d)}"], T, iso(d)),
    ],
    "ticker": [
        lambda T, d, i: ([f"Tuesday, {d_long(d)} | Baku 12°C | USD/AZN 1.70", "", T, ""], [], T, iso(d)),
        lambda T, d, i: ([f"Salı, {d.day} Mart {d.year} | İstanbul", "", T, ""], [], T,
                         f"{d.year}-03-{d.day:02d}"),
        lambda T, d, i: ([T, "", f"{d_long(d)}", ""], [f"Today: {d_long(_other(d, -400))} | Weather | Markets"], T,
                         iso(d)),
        lambda T, d, i: (["BREAKING", "", T, f"{d_long(d)} 14:20", ""], [], T, iso(d)),
    ],
    "journal": [
        lambda T, d, i: (["Caspian Affairs Quarterly", "", T, "", "Leyla Mammadova", "", f"Received {d_long(d)}", ""],
                         [], T, iso(d)),
        lambda T, d, i: (["JOURNAL OF EURASIAN TRANSPORT", "Vol. 12, No. 3", "", T, ""],
                         [f"First published {d_long(d)}"], T, iso(d)),
        lambda T, d, i: (["Caucasus Survey", "", T, "", f"Published online: {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}",
                          ""], [], T, iso(d)),
        lambda T, d, i: (["Eurasian Geography Letters", "", T, "", f"Accepted {d_long(d)}", ""], [], T, iso(d)),
    ],
    "rubric": [
        lambda T, d, i: ([f"EXCLUSIVE: {T}", f"{d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: ([f"BREAKING: {T}", "", f"{d_us(d)}", ""], [], T, iso(d)),
        lambda T, d, i: ([f"Explainer: {T}", f"{d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: ([f"UPDATE: {T}", "", f"{d_long(d)}", ""], [], T, iso(d)),
    ],
}
ADDED_GENRES: dict[str, list] = {  # development layouts added while tuning (of the kinds issue #24 names)
    "masthead": [
        lambda T, d, i: (["KHAZAR DAILY", "REF: KD/2024/118", "", T, d_long(d), ""], [], T, iso(d)),
        lambda T, d, i: (["SHIRVAN REGIONAL HERALD", "", T, "", f"{d_us(d)}", ""], [], T, iso(d)),
    ],
    "closing": [
        lambda T, d, i: ([T, ""], [f"Signed in Baku, {d_long(d)}"], T, iso(d)),
        lambda T, d, i: ([T, ""], [f"Posted by admin on {d_long(d)} at 10:14"], T, iso(d)),
        lambda T, d, i: ([T, ""], [f"Paper presented at the Fifth Caspian Forum (Baku, {d.day}–{d.day + 2} "
                                   f"{MONTHS[d.month - 1]} {d.year})"], T, f"{d.year}-{d.month:02d}"),
    ],
    "ticker": [
        lambda T, d, i: ([f"Cumartesi, {d.day} Mart {d.year} | Bakü | Hava 14°C", "", T, f"{d.day} Mart {d.year}", ""],
                         [], T, f"{d.year}-03-{d.day:02d}"),
    ],
    "page": [
        lambda T, d, i: (["Home > Regions > Ports", "", f"ANALYSIS | {T}", "", f"{d_long(d)}", ""], [], T, iso(d)),
        lambda T, d, i: ([f"Fwd: FW: {T}", "", f"Sent: {d_long(d)}", ""], [], T, iso(d)),
    ],
}
FORMATS = ["txt", "md", "html"]
CONTEXTS = 3


def layouts() -> tuple[list, list]:
    """(development, test) layouts: (genre, number, layout)."""
    dev, test = [], []
    for genre, forms in GENRES.items():
        for n, form in enumerate(forms):
            (dev if n % 2 == 0 else test).append((genre, n, form))
    for genre, forms in ADDED_GENRES.items():
        dev += [(genre, 100 + n, form) for n, form in enumerate(forms)]
    return dev, test


def _html(head: list[str], body: list[str], tail: list[str], title: str, k: int) -> str:
    """A page: the header's lines as the page shows them, the title in <h1> (and in <title>, with a
    site's name, on every other page), the body in paragraphs."""
    esc = html.escape
    out = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'>"]
    if k % 2 == 0:
        out.append(f"<title>{esc(title)} | Caspian Desk</title>")
    out.append("</head><body><article>")
    for line in head:
        if not line:
            continue
        shown = line.lstrip("# ").strip("*")  # the page shows no markdown marks
        out.append(f"<h1>{esc(shown)}</h1>" if shown == title else f"<p>{esc(shown)}</p>")
    out += [f"<p>{esc(p)}</p>" for p in body]
    out += [f"<p>{esc(line)}</p>" for line in tail if line]
    out.append("</article></body></html>")
    return "\n".join(out) + "\n"


def compose(layout, i: int, fmt: str) -> dict:
    T, d = TITLES[i % len(TITLES)], DAYS[i % len(DAYS)]
    head, tail, title, date = layout(T, d, i)
    first = FIRST[i % len(FIRST)]
    body = [first] + REST
    head = list(head)
    if head and "@FIRST" in head[-1]:  # a dateline opening the first paragraph
        opened = head.pop().replace("@FIRST", first if first[:1].isupper() else first[0].upper() + first[1:])
        body = [opened] + REST
        first = opened
    elif tail and "@FIRST" in tail[0]:
        opened = tail[0].replace("@FIRST", " " + first)
        body, tail = [opened] + REST, tail[1:]
        first = opened
    while head and head[-1] == "":
        head.pop()
    if fmt == "html":
        text = _html(head, body, tail, title, i)
    else:
        text = "\n".join(head) + "\n\n" + "\n\n".join(body) + ("\n\n" + "\n".join(tail) if tail else "") + "\n"
    return {"text": text, "title": title, "date": date, "first": first}


class Cell:
    __slots__ = ("name", "part", "genre", "fmt", "text", "title", "date", "first")

    def __init__(self, name, part, genre, fmt, doc):
        self.name, self.part, self.genre, self.fmt = name, part, genre, fmt
        self.text, self.title, self.date, self.first = doc["text"], doc["title"], doc["date"], doc["first"]


def cells() -> list[Cell]:
    dev, test = layouts()
    out = []
    for part, forms in (("dev", dev), ("test", test)):
        for f, (genre, n, layout) in enumerate(forms):
            for c in range(CONTEXTS):
                i = n * 5 + c * 3 + f
                fmt = FORMATS[(c + f) % 3]
                out.append(Cell(f"{genre}-{part}-{n:02d}-{c}", part, genre, fmt, compose(layout, i, fmt)))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1)
def results() -> list:
    """Each cell with what the reader made of it, read and segmented as ingest does."""
    from azmap.corpus.reading import read
    from azmap.corpus.segment import clean_inline, segment

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, cell in enumerate(cells()):
            path = Path(tmp) / f"{cell.name.replace('-', '_')}.{cell.fmt}"
            path.write_text(cell.text, encoding="utf-8")
            reading = read(path)
            meta = reading.meta
            passages = segment(reading.text, markdown=True, site=meta.publisher)
            body = [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
                    and (meta.body_end is None or p.start < meta.body_end)]
            first = _flat(clean_inline(cell.first))
            got = {"title": meta.title, "date": meta.date, "first": first in body,
                   "how": (meta.evidence.get("title"), meta.evidence.get("date"))}
            out.append((cell, {"title": got["title"] == cell.title, "date": got["date"] == cell.date,
                               "first": got["first"], "got": got}))
    return out


def figures(part: str) -> dict:
    rows = [r for c, r in results() if c.part == part]
    out = {"cells": len(rows)}
    for field in ("title", "date", "first"):
        out[field] = sum(r[field] for r in rows)
    out["all"] = sum(r["title"] and r["date"] and r["first"] for r in rows)
    return out


def misses(part: str) -> list:
    return [(c, r) for c, r in results() if c.part == part and not (r["title"] and r["date"] and r["first"])]


if __name__ == "__main__":
    part = next((a for a in sys.argv[1:] if a in ("dev", "test")), "dev")
    print(part, figures(part))
    if "-v" in sys.argv:
        for cell, r in misses(part):
            wrong = [f for f in ("title", "date", "first") if not r[f]]
            want = {"title": cell.title, "date": cell.date, "first": cell.first[:50]}
            print(f"--- {cell.name} [{cell.fmt}] {r['got']['how']} wrong: " + ", ".join(
                f"{f}: got {r['got'][f]!r} want {want[f]!r}" for f in wrong))
            if "-vv" in sys.argv:
                print("    " + cell.text[:500].replace("\n", "\n    "))
