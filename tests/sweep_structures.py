"""A sweep of structured genres: question-and-answer pages, book reviews under a journal's masthead,
live blogs of timestamped entries, and agreements or letters with an annex after their signatures,
each in html, markdown and plain text where the genre is written so, in several languages, with
look-alikes (traps): a bold lead-in that is no question, headings that are no questions, a "Q3 2025"
figure, "Appendix 2 shows …" in a paragraph, an annex note with no text, a review that quotes the
book's title in its own text.

Every axis's forms are split before anything is measured: the forms at even places are the
development half, those at odd places the test half. A cell is composed of one layout of a kind
and one content (the contents alternate between the halves too), and the reader's record is
compared with what the page states: every body paragraph word for word (a question with its label
"Q:", "Frage:", "RFE:" counts with or without the label, as long as it is its own passage), no
furniture line in a body passage, and the title, date and authors where the cell states them.

    python -m tests.sweep_structures [dev|test] [-v]   # figures, the misses with -v
    python -m tests.sweep_structures later-dev|later-test [-v]   # the later batch (sweep_structures_later.py)
"""
from __future__ import annotations

import html
import re
import sys
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


def halves(forms: list) -> tuple[list, list]:
    return forms[0::2], forms[1::2]


@dataclass
class Cell:
    name: str
    part: str
    kind: str
    fmt: str
    text: str
    paragraphs: list  # body paragraphs, word for word
    furniture: list = field(default_factory=list)  # strings in no body passage
    title: str | None = None
    date: str | None = None
    authors: list | None = None  # names in order; None: not measured
    not_authors: list = field(default_factory=list)  # names that must not be authors
    labelled: bool = False  # paragraphs may have lost a leading "Label:" (a speaker's or a question's label)


def _page(title: str, body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"{head}</head>\n<body>\n{body}\n</body></html>\n")


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


# ---------------------------------------------------------------- questions and answers
# (language, title, date line, intro, [(question, answer)], labels (question, answer), the date)
QA_CONTENT = [
    ("en", "Why the Caspian ferry fleet is growing", "Published 12 March 2025",
     "The state shipping company has ordered six new ferries for the Baku-Kuryk line. Nigar Hasanova, who studies "
     "Caspian freight, explains what the order means for trade between Central Asia and the Caucasus.",
     [("How many ferries cross the Caspian today?",
       "About twenty vessels work the main routes, most of them built in the 1980s. Several spend weeks each year in "
       "repair, so the real capacity is lower than the fleet list suggests."),
      ("Why order new ships now?",
       "Freight from China to Europe that avoids Russia has to cross the sea somewhere, and the ports at Alat and "
       "Kuryk have been expanded faster than the fleet. The ships are now the narrowest point of the route."),
      ("What could delay the deliveries?",
       "The yard in Baku has never built six hulls at once. Engines come from abroad, and any delay in their "
       "shipment would push the first delivery into the following year.")],
     ("Q:", "A:"), "2025-03-12"),
    ("ru", "Зачем Азербайджану новый порт на Каспии", "Опубликовано 4 июня 2024",
     "Порт в Алате расширяют второй раз за пять лет. Экономист Рауф Мамедли рассказал нам, кто будет им "
     "пользоваться и сколько грузов он может принять.",
     [("Кто сегодня пользуется портом в Алате?",
       "В основном перевозчики из Казахстана и Туркменистана, которые везут зерно и удобрения в Грузию и Турцию. "
       "Их доля выросла почти вдвое за два года."),
      ("Хватит ли железной дороги для новых объёмов?",
       "Пока нет. Линия до грузинской границы работает на пределе, и без второго пути порт будет простаивать "
       "часть года."),
      ("Что будет с ценами на перевозку?",
       "Они вряд ли упадут быстро. Паромов по-прежнему мало, а спрос на маршрут растёт быстрее, чем флот.")],
     ("Вопрос:", "Ответ:"), "2024-06-04"),
    ("de", "Was der Mittlere Korridor für Georgien bedeutet", "Veröffentlicht am 9. Oktober 2024",
     "Georgien will mehr Güter zwischen China und Europa über seine Häfen leiten. Die Verkehrsökonomin Nino "
     "Beridze erklärt, wo die Engpässe liegen.",
     [("Wie viel Fracht läuft heute über Georgien?",
       "Etwa zwölf Millionen Tonnen im Jahr, der größte Teil davon Öl und Getreide. Containerverkehr ist noch "
       "ein kleiner Teil, wächst aber schnell."),
      ("Wo liegen die größten Engpässe?",
       "Am Schwarzen Meer. Die Häfen von Poti und Batumi sind zu flach für große Schiffe, und der Tiefseehafen "
       "in Anaklia ist noch nicht gebaut."),
      ("Was sollte die Europäische Union tun?",
       "Sie sollte weniger über Strategien reden und mehr in Gleise und Terminals investieren. Die Planung ist "
       "weit genug, es fehlt an Geld.")],
     ("Frage:", "Antwort:"), "2024-10-09"),
    ("es", "Lo que está en juego en la frontera entre Armenia y Azerbaiyán", "Publicado el 21 de mayo de 2025",
     "Los dos gobiernos han acordado delimitar un tramo de su frontera común. El investigador Armen Grigoryan "
     "explica por qué el acuerdo importa más allá de la región.",
     [("¿Qué han acordado exactamente los dos gobiernos?",
       "Han fijado doce kilómetros de frontera cerca de cuatro pueblos del norte. Es poco, pero es la primera "
       "vez que trazan una línea sobre el terreno en lugar de discutirla en mapas."),
      ("¿Por qué importa para el comercio?",
       "Porque una frontera reconocida permite abrir carreteras y vías férreas que llevan treinta años "
       "cerradas. Sin ella ningún inversor financiará un paso fronterizo."),
      ("¿Qué puede salir mal?",
       "La política interna de ambos países. Cualquier incidente en la línea de contacto puede detener el "
       "proceso durante meses.")],
     ("Pregunta:", "Respuesta:"), "2025-05-21"),
]
QA_FURNITURE = ["Share this page", "Subscribe to our newsletter"]


def _qa_html(c, ask, lead=None):
    lang, title, dated, intro, pairs, labels, _ = c
    parts = [f"<header><nav><a href='/'>Home</a> <a href='/comment'>Comment</a></nav></header>",
             "<main><article>", f"<h1>{html.escape(title)}</h1>", f"<p class='meta'>{html.escape(dated)}</p>",
             _p(intro)]
    for q, a in pairs:
        parts += [ask(q, labels), _p(a) if lead is None else lead(a, labels)]
    parts += ["</article>", "<aside><p>Share this page</p></aside>", "</main>",
              "<footer><p>Subscribe to our newsletter</p></footer>"]
    return _page(title, "\n".join(parts))


def _qa_md(c, ask, answer=lambda a, labels: a):
    lang, title, dated, intro, pairs, labels, _ = c
    out = [f"# {title}", dated, intro]
    for q, a in pairs:
        out += [ask(q, labels), answer(a, labels)]
    out += ["Share this page", "Subscribe to our newsletter"]
    return "\n\n".join(out) + "\n"


def _qa_txt(c, ask, answer=lambda a, labels: a):
    lang, title, dated, intro, pairs, labels, _ = c
    out = [title, dated, intro]
    for q, a in pairs:
        out += [ask(q, labels), answer(a, labels)]
    return "\n\n".join(out) + "\n"


# (name, format, compose, labelled): questions in every form a page gives them
QA_LAYOUTS = [
    ("html, questions in <strong> paragraphs", "html",
     lambda c: _qa_html(c, lambda q, l: f"<p><strong>{html.escape(q)}</strong></p>"), False),
    ("html, questions in <b> paragraphs", "html",
     lambda c: _qa_html(c, lambda q, l: f"<p><b>{html.escape(q)}</b></p>"), False),
    ("html, questions as <h3>", "html", lambda c: _qa_html(c, lambda q, l: f"<h3>{html.escape(q)}</h3>"), False),
    ("html, questions as <h4>", "html", lambda c: _qa_html(c, lambda q, l: f"<h4>{html.escape(q)}</h4>"), False),
    ("html, labels in bold before question and answer", "html",
     lambda c: _qa_html(c, lambda q, l: f"<p><strong>{l[0]}</strong> {html.escape(q)}</p>",
                        lambda a, l: f"<p><strong>{l[1]}</strong> {html.escape(a)}</p>"), True),
    ("html, the whole labelled question in bold", "html",
     lambda c: _qa_html(c, lambda q, l: f"<p><strong>{l[0]} {html.escape(q)}</strong></p>"), True),
    ("html, interviewer's and interviewee's initials", "html",
     lambda c: _qa_html(c, lambda q, l: f"<p><b>RFE:</b> {html.escape(q)}</p>",
                        lambda a, l: f"<p><b>J.M.:</b> {html.escape(a)}</p>"), True),
    ("html, questions in a <strong> inside a div", "html",
     lambda c: _qa_html(c, lambda q, l: f"<div class='question'><strong>{html.escape(q)}</strong></div>"), False),
    ("markdown, questions in bold", "md", lambda c: _qa_md(c, lambda q, l: f"**{q}**"), False),
    ("markdown, questions as ### headings", "md", lambda c: _qa_md(c, lambda q, l: f"### {q}"), False),
    ("markdown, bold labels", "md",
     lambda c: _qa_md(c, lambda q, l: f"**{l[0]}** {q}", lambda a, l: f"**{l[1]}** {a}"), True),
    ("markdown, questions as #### headings", "md", lambda c: _qa_md(c, lambda q, l: f"#### {q}"), False),
    ("markdown, the whole labelled question in bold", "md", lambda c: _qa_md(c, lambda q, l: f"**{l[0]} {q}**"),
     True),
    ("markdown, questions in underscores' bold", "md", lambda c: _qa_md(c, lambda q, l: f"__{q}__"), False),
    ("text, questions on lines of their own", "txt", lambda c: _qa_txt(c, lambda q, l: q), False),
    ("text, labels", "txt", lambda c: _qa_txt(c, lambda q, l: f"{l[0]} {q}", lambda a, l: f"{l[1]} {a}"), True),
    ("text, initials", "txt", lambda c: _qa_txt(c, lambda q, l: f"RFE: {q}", lambda a, l: f"J.M.: {a}"), True),
    ("text, labels in bold stars", "txt",
     lambda c: _qa_txt(c, lambda q, l: f"**{l[0]} {q}**", lambda a, l: f"{l[1]} {a}"), True),
]

# forms written while tuning (development ones)
QA_ADDED = [
    ("html, an FAQ's definition list", "html",
     lambda c: _qa_html(c, lambda q, l: f"<dl><dt>{html.escape(q)}</dt>", lambda a, l: f"<dd>{html.escape(a)}</dd></dl>"),
     False),
    ("markdown, questions as ## headings with bold inside", "md", lambda c: _qa_md(c, lambda q, l: f"## **{q}**"), False),
]


def _qa_cells(part: str, layouts: list, contents: list) -> list[Cell]:
    out = []
    for i, (name, fmt, compose, labelled) in enumerate(layouts):
        for v in range(2):
            c = contents[(i + v) % len(contents)]
            lang, title, dated, intro, pairs, labels, iso = c
            paras = [intro] + [x for pair in pairs for x in pair]
            out.append(Cell(f"{part}-qa-{i:02d}-{v}", part, "qa", fmt, compose(c), paras,
                            QA_FURNITURE if fmt != "txt" else [], title=title, date=iso, labelled=labelled))
    return out


# traps: pages that look like a Q&A in one respect and are none
TRAPS = [
    ("html, a bold lead-in sentence opening a paragraph, headings no questions", "html",
     _page("Rail freight through Georgia doubles", "\n".join([
         "<main><article><h1>Rail freight through Georgia doubles</h1><p>Published 3 February 2025</p>",
         "<p><strong>The short version.</strong> Freight trains through Georgia carried twice as much cargo last "
         "year as the year before, mostly containers bound for the Black Sea ports.</p>",
         "<h2>Background</h2>",
         "<p>The line from the Azerbaijani border to Poti was rebuilt between 2019 and 2023, with new signalling "
         "and a second track on the steepest section.</p>",
         "<h2>Outlook for the ports</h2>",
         "<p>Port operators expect the growth to slow once the new ferries on the Caspian run at full "
         "capacity, because the sea crossing will again set the pace.</p>", "</article></main>"])),
     ["The short version. Freight trains through Georgia carried twice as much cargo last year as the year before, "
      "mostly containers bound for the Black Sea ports.",
      "The line from the Azerbaijani border to Poti was rebuilt between 2019 and 2023, with new signalling and a "
      "second track on the steepest section.",
      "Port operators expect the growth to slow once the new ferries on the Caspian run at full capacity, because "
      "the sea crossing will again set the pace."],
     ["Background", "Outlook for the ports"], "Rail freight through Georgia doubles", "2025-02-03"),
    ("markdown, a quarter's figure and a heading", "md",
     "# Gas exports rise in the first quarter\n\n14 April 2025\n\n## Figures\n\n"
     "Q3 2025 deliveries are expected to reach 3.1 billion cubic metres, according to the operator of the "
     "southern pipeline.\n\n"
     "Q1: exports to Italy rose by a tenth, while deliveries to Bulgaria stayed flat after the winter.\n\n"
     "## What the operator says\n\nThe operator plans a second compressor station near Ganja by the end of "
     "the decade.\n",
     ["Q3 2025 deliveries are expected to reach 3.1 billion cubic metres, according to the operator of the "
      "southern pipeline.",
      "Q1: exports to Italy rose by a tenth, while deliveries to Bulgaria stayed flat after the winter.",
      "The operator plans a second compressor station near Ganja by the end of the decade."],
     ["Figures", "What the operator says"], "Gas exports rise in the first quarter", "2025-04-14"),
    ("markdown, one rhetorical question heading in an article", "md",
     "# A border that opens slowly\n\n2 May 2025\n\nThe crossing at Sadakhlo handled more trucks in April than "
     "in any month since it was rebuilt.\n\n## Background\n\nCustoms officers on both sides now share one "
     "building and one queue.\n\n## Sources\n\nCustoms statistics, April 2025.\n",
     ["The crossing at Sadakhlo handled more trucks in April than in any month since it was rebuilt.",
      "Customs officers on both sides now share one building and one queue."],
     ["Background"], "A border that opens slowly", "2025-05-02"),
    ("html, bold sentence lead-ins in every paragraph, no questions", "html",
     _page("Three things to watch at the energy forum", "\n".join([
         "<main><h1>Three things to watch at the energy forum</h1><p>Published 8 June 2024</p>",
         "<p><b>First, the price.</b> Buyers in south-eastern Europe want contracts indexed to their own hubs "
         "rather than to oil.</p>",
         "<p><b>Second, the volumes.</b> The pipeline can carry more gas only if new compressors are built, and "
         "nobody has yet agreed to pay for them.</p>",
         "<p><b>Third, the politics.</b> Several governments still have to decide whether they want long "
         "contracts at all.</p>", "</main>"])),
     ["First, the price. Buyers in south-eastern Europe want contracts indexed to their own hubs rather than to oil.",
      "Second, the volumes. The pipeline can carry more gas only if new compressors are built, and nobody has yet "
      "agreed to pay for them.",
      "Third, the politics. Several governments still have to decide whether they want long contracts at all."],
     [], "Three things to watch at the energy forum", "2024-06-08"),
]

# traps written while tuning (development ones)
TRAPS_ADDED = [
    ("text, quarters' figures opening paragraphs", "txt",
     "Freight on the Caspian in 2025\n\n20 October 2025\n\n"
     "Q3 2025 volumes at Alat reached 1.2 million tonnes, a record for the port.\n\n"
     "Q2: the ferries carried fewer trucks than planned because two ships were in repair.\n",
     ["Q3 2025 volumes at Alat reached 1.2 million tonnes, a record for the port.",
      "Q2: the ferries carried fewer trucks than planned because two ships were in repair."],
     [], "Freight on the Caspian in 2025", "2025-10-20"),
    ("markdown, questions listed at the end with no answers", "md",
     "# Tariffs on the middle corridor\n\n3 July 2025\n\nThe three railways agreed a common tariff for "
     "containers from Aktau to Poti.\n\nThe tariff takes effect in September and is reviewed each year.\n\n"
     "## Open questions\n\n- Who pays for the new wagons?\n- Will the ferries keep up?\n",
     ["The three railways agreed a common tariff for containers from Aktau to Poti.",
      "The tariff takes effect in September and is reviewed each year."],
     ["Open questions"], "Tariffs on the middle corridor", "2025-07-03"),
]


def _trap_cells(part: str, traps: list) -> list[Cell]:
    return [Cell(f"{part}-trap-{i:02d}", part, "trap", fmt, text, paras, furn, title=title, date=date)
            for i, (name, fmt, text, paras, furn, title, date) in enumerate(traps)]


# ---------------------------------------------------------------- book reviews
# (book title, book author, imprint line pieces, reviewer, reviewer's institution, review paragraphs, date)
REVIEWS = [
    ("Rails across the Caucasus: Freight and Empire, 1880-1920", "Tamar Chikovani",
     "Tbilisi: Mtkvari University Press, 2023. xii + 288 pp. USD 45.00 (paperback). ISBN 978-9941-555-01-2.",
     "Elvin Babayev", "Institute of Transport History, Ganja",
     ["Railway history of the Caucasus has long been written from the capitals of the empire. Tamar Chikovani "
      "turns the view around and follows the freight, station by station, from Baku to the Black Sea.",
      "The strongest chapters deal with the oil trains of the 1890s. Chikovani shows how the line's operators "
      "bargained with the oil companies over tariffs, and how those bargains shaped the growth of Batumi.",
      "The book has weaknesses. The chapter on passenger traffic is thin, and the maps are hard to read. "
      "Rails across the Caucasus nevertheless deserves a place on the shelf of anyone who studies the region's "
      "economy."], "2024-02-14"),
    ("The Caspian Question: Law, Oil and the Sea", "Dmitri Sokolov",
     "Cambridge: Northfield Academic, 2024. 342 pp. GBP 75.00 (hardback). ISBN 978-1-55555-310-5.",
     "Ani Petrosyan", "Department of International Law, Yerevan State University",
     ["For three decades the legal status of the Caspian Sea was one of the region's most stubborn disputes. "
      "Dmitri Sokolov's book traces the negotiations from 1991 to the convention signed at Aktau.",
      "Sokolov is at his best on the technical questions: how the seabed was divided, how the median line was "
      "drawn, and why Iran accepted a smaller share than it had claimed.",
      "Readers looking for the politics behind the law will be less satisfied. The Caspian Question says little "
      "about the oil companies whose interests pressed the governments to agree."], "2024-11-05"),
    ("Ports of the Black Sea in the Twenty-First Century", "Hannah Whitfield",
     "London: Meridian Books, 2022. 256 pp. EUR 39.00. ISBN 978-0-55555-722-9.",
     "Giorgi Kapanadze", "Caucasus Maritime Institute, Batumi",
     ["Hannah Whitfield has visited every major port between Constanta and Novorossiysk, and her book reads in "
      "places like a travel account. That is its charm and its weakness.",
      "The chapters on Poti and Batumi are the most detailed. Whitfield describes the competition between the "
      "two ports and the hopes placed in a deep-water harbour at Anaklia.",
      "The analysis of shipping statistics is less careful. Several tables mix tonnes and containers, and the "
      "sources are not always given."], "2023-06-20"),
    ("Gas and Sovereignty: Azerbaijan's Energy Diplomacy", "Murat Celik",
     "Istanbul: Bosphorus Academic Press, 2024. xviii + 410 pp. USD 95.00 (hardback). ISBN 978-605-55555-41-7.",
     "Sophie Marchand", "Centre for Energy Studies, Lyon",
     ["Murat Celik sets out to show that Azerbaijan's gas exports were a tool of its foreign policy from the "
      "start, not only a source of revenue.",
      "The argument is made with care through the negotiations over the southern pipelines. Celik's interviews "
      "with former officials are the book's most valuable source.",
      "Gas and Sovereignty is less convincing on the years after 2020, where the evidence is still thin and the "
      "author relies on press reports."], "2025-01-30"),
]
JOURNALS = ["JOURNAL OF CAUCASIAN ECONOMIC HISTORY", "Caspian Affairs Quarterly", "EURASIAN TRANSPORT REVIEW",
            "Review of South Caucasus Studies"]


def _bib(r) -> str:
    return f"{r[0]}. By {r[1]}. {r[2]}"


# (name, format, compose(review, journal), the expected title: "book" or the review's own)
REVIEW_LAYOUTS = [
    ("text, journal in capitals, volume line, section, head line", "txt",
     lambda r, j: (f"{j}\nVolume 12, Issue 2, 2024, pp. 201-203\nBook reviews\nhttps://doi.org/10.55555/x.2024.12\n"
                   f"Published online: {_long(r[6])}\n\n\n{_bib(r)}\n\n\n" + "\n\n".join(r[5])
                   + f"\n\n\n{r[3]}\n{r[4]}\n"), "book"),
    ("text, journal name and section over the review's own title", "txt",
     lambda r, j: (f"{j}\nReview essay\n\nReading the railways of the past\n\n{_long(r[6])}\n\n{_bib(r)}\n\n"
                   + "\n\n".join(r[5]) + f"\n\nReviewed by {r[3]}, {r[4]}\n"), "Reading the railways of the past"),
    ("markdown, journal's name as a bold line, book's title as a heading", "md",
     lambda r, j: (f"**{j}**\n\nBook reviews | {_long(r[6])}\n\n## {r[0]}\n\n*By {r[1]}. {r[2]}*\n\n"
                   + "\n\n".join(r[5]) + f"\n\n*{r[3]}, {r[4]}*\n"), "book"),
    ("markdown, site's name as the first heading, the review's own title under it", "md",
     lambda r, j: (f"# {j}\n\n## A sea divided, a book complete\n\nPosted {_long(r[6])}\n\n{_bib(r)}\n\n"
                   + "\n\n".join(r[5]) + f"\n\nReviewed by {r[3]}\n"), "A sea divided, a book complete"),
    ("html, masthead in a header, the head line as the h1", "html",
     lambda r, j: _page(j, "\n".join([
         f"<header><div class='masthead'>{html.escape(j)}</div><nav><a href='/'>Issues</a> <a href='/about'>About"
         "</a></nav></header>", "<main><p class='section'>Book reviews</p>",
         f"<h1>{html.escape(r[0])}</h1>", f"<p class='bib'>By {html.escape(r[1])}. {html.escape(r[2])}</p>",
         f"<p class='date'>Published {_long(r[6])}</p>", *[_p(x) for x in r[5]],
         f"<p class='reviewer'>{html.escape(r[3])}, {html.escape(r[4])}</p>", "</main>",
         f"<footer><p>{html.escape(j)} is published twice a year.</p></footer>"])), "book"),
    ("html, the journal's name in the title tag and a bold line, the head line in a paragraph", "html",
     lambda r, j: _page(f"{j} | Book review", "\n".join([
         f"<main><p><strong>{html.escape(j)}</strong></p><p>Book review, {_long(r[6])}</p>",
         f"<p>{html.escape(_bib(r))}</p>", *[_p(x) for x in r[5]],
         f"<p>Reviewed by {html.escape(r[3])}</p>", "</main>"])), "book"),
]
MONTHS = "January February March April May June July August September October November December".split()


def _long(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def _review_cells(part: str, layouts: list) -> list[Cell]:
    out = []
    for i, (name, fmt, compose, which) in enumerate(layouts):
        for v in range(2):
            r = REVIEWS[(i + v) % len(REVIEWS)]
            j = JOURNALS[(i + v) % len(JOURNALS)]
            out.append(Cell(f"{part}-review-{i:02d}-{v}", part, "review", fmt, compose(r, j), list(r[5]),
                            [j, r[2].split(".")[0], "ISBN"], title=r[0] if which == "book" else which,
                            not_authors=[r[1]]))
    return out


# ---------------------------------------------------------------- live blogs
# (language, title, the page's date line, iso date, entries [(time, text)], furniture words)
LIVE = [
    ("en", "Caspian energy summit in Baku, day two", "12 September 2024", "2024-09-12",
     ["The summit's second day opened with a session on the southern gas pipelines, chaired by the host's energy "
      "minister.",
      "Delegates from Central Asia said they want a decision on the trans-Caspian interconnector before the end "
      "of the year.",
      "The European delegation has left the hall for a closed meeting with the pipeline's shareholders.",
      "A joint statement is expected in the evening; the text is still being negotiated, officials say."],
     ["Pinned", "Share", "Copy link"]),
    ("ru", "Переговоры в Тбилиси по транзиту грузов, день первый", "5 марта 2025", "2025-03-05",
     ["Делегации трёх стран собрались в здании правительства, переговоры начались с опозданием на час.",
      "Министр транспорта сообщил журналистам, что стороны согласовали график работы пограничных переходов.",
      "Обсуждение тарифов на перевозку по железной дороге перенесли на вечернее заседание.",
      "Итоговое заявление подпишут завтра утром, сообщили в пресс-службе."],
     ["Закреплено", "Поделиться"]),
    ("de", "Eröffnung der Bahnstrecke nach Kars im Liveticker", "28. Juni 2024", "2024-06-28",
     ["Der erste Güterzug hat den Bahnhof in Achalkalaki verlassen und fährt in Richtung türkische Grenze.",
      "Die Verkehrsminister der drei Länder sprechen auf dem Bahnsteig von einem historischen Tag.",
      "Am Grenzübergang warten bereits Lastwagen, deren Fracht künftig auf die Schiene verlagert werden soll.",
      "Der Zug wird am Abend in Kars erwartet, teilte die Bahngesellschaft mit."],
     ["Angeheftet", "Teilen"]),
]
STAMPS = {
    "clock": ["09:05", "10:40", "12:15", "14:30"],
    "zone": ["09:05 GMT+4", "10:40 GMT+4", "12:15 GMT+4", "14:30 GMT+4"],
    "ago": ["4 hours ago", "3 hours ago", "2 hours ago", "35 min ago"],
    "named": ["9:05 am", "10:40 am", "12:15 pm", "2:30 pm"],
}
AGO = {"ru": ["4 часа назад", "3 часа назад", "2 часа назад", "35 минут назад"],
       "de": ["vor 4 Stunden", "vor 3 Stunden", "vor 2 Stunden", "vor 35 Minuten"]}


def _stamps(live, style):
    lang = live[0]
    if style == "ago" and lang in AGO:
        return AGO[lang]
    return STAMPS[style]


def _live_html(live, style, entry):
    lang, title, dated, iso, entries, furn = live
    stamps = _stamps(live, style)
    items = [entry(stamps[k], text, furn, k) for k, text in reversed(list(enumerate(entries)))]
    return _page(title, "\n".join([
        "<header><nav><a href='/'>News</a> <a href='/live'>Live</a></nav></header>",
        f"<main><h1>{html.escape(title)}</h1><p class='dateline'>{html.escape(dated)}</p>",
        "<div class='liveblog'>", *items, "</div></main>", "<footer><p>All rights reserved.</p></footer>"]))


def _live_md(live, style, entry):
    lang, title, dated, iso, entries, furn = live
    stamps = _stamps(live, style)
    items = [entry(stamps[k], text, furn, k) for k, text in reversed(list(enumerate(entries)))]
    return f"# {title}\n\n{dated}\n\n" + "\n\n".join(items) + "\n"


LIVE_LAYOUTS = [
    ("html, entries with a <time> and a share button", "html", "clock",
     lambda live, s: _live_html(live, s, lambda t, x, f, k: (
         f"<article class='entry'><time>{t}</time><p>{html.escape(x)}</p><button>{f[1]}</button></article>"))),
    ("html, entries with the time zone and a pinned one", "html", "zone",
     lambda live, s: _live_html(live, s, lambda t, x, f, k: (
         f"<div class='post'>{'<span>' + f[0] + '</span>' if k == 3 else ''}<p class='stamp'>{t}</p>"
         f"<p>{html.escape(x)}</p></div>"))),
    ("html, entries with a relative time in a heading", "html", "ago",
     lambda live, s: _live_html(live, s, lambda t, x, f, k: (
         f"<section><h3>{t}</h3><p>{html.escape(x)}</p><p><a href='#e{k}'>{f[1]}</a></p></section>"))),
    ("html, entries with a time on the line of the text", "html", "named",
     lambda live, s: _live_html(live, s, lambda t, x, f, k: (
         f"<div class='entry'><p><strong>{t}</strong></p><p>{html.escape(x)}</p></div>"))),
    ("markdown, entries under bold times", "md", "clock",
     lambda live, s: _live_md(live, s, lambda t, x, f, k: f"**{t}**\n\n{x}\n\n{f[1]}")),
    ("markdown, entries under time headings", "md", "zone",
     lambda live, s: _live_md(live, s, lambda t, x, f, k: f"### {t}\n\n{x}")),
    ("markdown, entries with relative times and a pinned one", "md", "ago",
     lambda live, s: _live_md(live, s, lambda t, x, f, k: (f"{f[0]}\n\n" if k == 3 else "") + f"*{t}*\n\n{x}")),
    ("markdown, times on lines of their own", "md", "named",
     lambda live, s: _live_md(live, s, lambda t, x, f, k: f"{t}\n\n{x}\n\n{f[-1]}")),
]

LIVE_ADDED = [
    ("html, a list of updates, the time in a paragraph of its own, a pinned one", "html", "ago",
     lambda live, s: _live_html(live, s, lambda t, x, f, k: (
         f"<li class='update'>{'<span>' + f[0] + '</span>' if k == 3 else ''}<p class='time'>{t}</p>"
         f"<p>{html.escape(x)}</p><p>{f[1]}</p></li>")).replace("<div class='liveblog'>", "<ul>")
     .replace("</div></main>", "</ul></main>")),
    ("html, posts whose class says 'post', the time in a span over the text", "html", "zone",
     lambda live, s: _live_html(live, s, lambda t, x, f, k: (
         f"<div class='post'><div class='meta'><span class='time'>{t}</span></div><p>{html.escape(x)}</p></div>"))),
]


# a summary over the entries (its own short points, not the entries' words) and related stories under
# them: furniture round the entries, which stay the page's story
SUMMARY = {"en": ("Key points", ["Gas routes lead the agenda", "Central Asian delegates press for a date",
                                 "Statement due tonight"]),
           "ru": ("Главное", ["Графики переходов согласованы", "Тарифы отложены", "Подписание завтра"]),
           "de": ("Das Wichtigste", ["Erster Zug unterwegs", "Lkw warten an der Grenze", "Ankunft am Abend"])}


def _summary_cells(part: str) -> list[Cell]:
    out = []
    for v, live in enumerate(LIVE):
        heading, points = SUMMARY[live[0]]
        page = _live_html(
            live, "clock", lambda t, x, f, k: (f"<article class='live-entry'><time>{t}</time><p>{html.escape(x)}</p>"
                                               f"<div class='share'><a href='#'>{f[-1]}</a></div></article>"))
        box = (f"<section class='summary'><h2>{heading}</h2><ul>"
               + "".join(f"<li>{html.escape(p)}</li>" for p in points) + "</ul></section>")
        related = "<section class='related'><h2>Related</h2><ul><li><a href='/a'>Earlier coverage</a></li></ul></section>"
        page = page.replace("<div class='liveblog'>", box + "<div class='liveblog'>", 1).replace(
            "</div></main>", "</div>" + related + "</main>", 1)
        out.append(Cell(f"{part}-live-summary-{v}", part, "live", "html", page, list(live[4]),
                        [*live[5], *STAMPS["clock"], heading, *points], title=live[1], date=live[3]))
    return out


def _live_cells(part: str, layouts: list) -> list[Cell]:
    out = []
    for i, (name, fmt, style, compose) in enumerate(layouts):
        for v in range(2):
            live = LIVE[(i + v) % len(LIVE)]
            stamps = _stamps(live, style)
            out.append(Cell(f"{part}-live-{i:02d}-{v}", part, "live", fmt, compose(live, style), list(live[4]),
                            [*live[5], *stamps], title=live[1], date=live[3]))
    return out


# ---------------------------------------------------------------- an annex after the signatures
# (language, the instrument's pieces, the annex's heading words, the annex's paragraphs)
AGREEMENTS = {
    "en": dict(
        title="Agreement between the Government of the Republic of Azerbaijan and the Government of Georgia on "
              "Combined Freight Transport",
        parties="The Government of the Republic of Azerbaijan and the Government of Georgia, hereinafter referred "
                "to as the Parties,",
        preamble="Desiring to develop combined transport of goods by rail and road between their territories,",
        agreed="Have agreed as follows:",
        articles=["Article 1", "1. The Parties shall simplify the procedures for combined freight transport across "
                  "their common border.",
                  "Article 2", "2. The technical conditions for the transfer of containers are set out in the annex "
                  "to this Agreement."],
        done="Done at Baku on 3 June 2024, in two originals, each in the Azerbaijani, Georgian and English "
             "languages, all texts being equally authentic.",
        sign=["For the Government of the Republic of Azerbaijan", "For the Government of Georgia"],
        names=["Rashad Aliyev", "Levan Gogishvili"], posts=["Minister of Transport", "Minister of Economy"],
        annex_paragraphs=["1. Containers shall be transferred between wagons and trucks at the terminals of "
                          "Boyuk Kasik and Gardabani.",
                          "2. Each Party shall inspect the seals of the containers only once, at the terminal of "
                          "entry."]),
    "fr": dict(
        title="Accord entre le Gouvernement de la République d'Azerbaïdjan et le Gouvernement de la République "
              "française relatif à la coopération énergétique",
        parties="Le Gouvernement de la République d'Azerbaïdjan et le Gouvernement de la République française, "
                "ci-après dénommés les Parties,",
        preamble="Désireux de renforcer leur coopération dans le domaine de l'énergie,",
        agreed="sont convenus de ce qui suit :",
        articles=["Article 1", "1. Les Parties développent leur coopération dans le domaine des énergies "
                  "renouvelables et du transport du gaz.",
                  "Article 2", "2. Les modalités de la coopération technique sont précisées en annexe au présent "
                  "Accord."],
        done="Fait à Bakou le 14 novembre 2023, en deux exemplaires originaux, en langues azerbaïdjanaise et "
             "française, les deux textes faisant également foi.",
        sign=["Pour le Gouvernement de la République d'Azerbaïdjan", "Pour le Gouvernement de la République française"],
        names=["Elvin Quliyev", "Claire Dumont"], posts=["Ministre de l'Énergie", "Ministre de la Transition"],
        annex_paragraphs=["1. Les Parties échangent chaque année leurs prévisions de production et de "
                          "consommation d'électricité.",
                          "2. Un groupe de travail conjoint se réunit au moins deux fois par an, alternativement à "
                          "Bakou et à Paris."]),
    "de": dict(
        title="Abkommen zwischen der Regierung der Republik Aserbaidschan und der Regierung der Bundesrepublik "
              "Deutschland über den Güterverkehr auf der Schiene",
        parties="Die Regierung der Republik Aserbaidschan und die Regierung der Bundesrepublik Deutschland, im "
                "Folgenden die Vertragsparteien genannt,",
        preamble="in dem Wunsch, den Güterverkehr zwischen beiden Ländern zu erleichtern,",
        agreed="haben Folgendes vereinbart:",
        articles=["Artikel 1", "1. Die Vertragsparteien erleichtern die Abfertigung von Güterzügen an den "
                  "Grenzübergängen.",
                  "Artikel 2", "2. Die technischen Einzelheiten sind im Anhang zu diesem Abkommen geregelt."],
        done="Geschehen zu Berlin am 20. März 2024 in zwei Urschriften, jede in aserbaidschanischer und deutscher "
             "Sprache, wobei jeder Wortlaut gleichermaßen verbindlich ist.",
        sign=["Für die Regierung der Republik Aserbaidschan", "Für die Regierung der Bundesrepublik Deutschland"],
        names=["Tural Safarov", "Klaus Richter"], posts=["Minister für Verkehr", "Bundesminister für Verkehr"],
        annex_paragraphs=["1. Die Güterzüge werden an der Grenze nur einmal kontrolliert, von den Behörden beider "
                          "Vertragsparteien gemeinsam.",
                          "2. Die Begleitpapiere werden in elektronischer Form übermittelt und von beiden Seiten "
                          "anerkannt."]),
}
# (name, language, the annex's heading lines)
ANNEX_HEADS = [
    ("Annex", "en", ["ANNEX", "Technical conditions for the transfer of containers"]),
    ("Appendix", "en", ["Appendix 1", "Terminals and inspections"]),
    ("Annexe", "fr", ["ANNEXE", "Modalités de la coopération technique"]),
    ("Anhang", "de", ["Anhang", "Technische Einzelheiten"]),
    ("Schedule", "en", ["Schedule 1"]),
    ("Attachment", "en", ["Attachment A: Transfer procedures"]),
    ("Protocol", "en", ["Protocol", "on the inspection of containers"]),
    ("Annex with a number, French", "fr", ["Annexe I"]),
]


def _agreement(lang: str, head: list | None, side_by_side: bool, note: str | None = None,
               printing: bool = False) -> tuple[str, list, list]:
    a = AGREEMENTS[lang]
    lines = ["Bilateral Treaty Database (unofficial text)", "", a["title"], "", a["parties"], "", a["preamble"], "",
             a["agreed"], ""]
    for x in a["articles"]:
        lines += [x, ""]
    lines += [a["done"], "", ""]
    if side_by_side:
        w = max(len(s) for s in a["sign"]) + 6
        lines += [a["sign"][0].ljust(w) + a["sign"][1], "", a["names"][0].ljust(w) + a["names"][1],
                  a["posts"][0].ljust(w) + a["posts"][1], "", ""]
    else:
        for s, n, p in zip(a["sign"], a["names"], a["posts"]):
            lines += [s, "", n, p, "", ""]
    paras = [a["parties"], a["preamble"], a["agreed"], a["articles"][1], a["articles"][3], a["done"]]
    furniture = [*a["names"], *a["sign"]]
    if note:
        lines += [note, ""]
        furniture.append(note)
    if head:
        lines += [*head, ""]
        for x in a["annex_paragraphs"]:
            lines += [x, ""]
        paras += a["annex_paragraphs"]
    if printing:
        lines += ["Printed from the Bilateral Treaty Database on 11.06.2024"]
        furniture.append("Printed from the Bilateral Treaty Database")
    return "\n".join(lines) + "\n", paras, furniture


LETTER = ("Ministry of Economy\nBaku\n\n15 April 2025\n\nDear Minister,\n\n"
          "I am writing to propose a joint study of freight tariffs on the railway between our capitals.\n\n"
          "The enclosed terms of reference set out the questions the study should answer and the data each side "
          "would provide.\n\nYours sincerely,\n\nNigar Hasanova\nDeputy Minister of Economy\n\n")
LETTER_PARAS = ["I am writing to propose a joint study of freight tariffs on the railway between our capitals.",
                "The enclosed terms of reference set out the questions the study should answer and the data each "
                "side would provide."]
LETTER_ANNEX = ["The study shall compare the tariffs charged for containers and bulk cargo in 2023 and 2024.",
                "Each side shall name two experts within a month of the study's approval."]


def _annex_cells(part: str, heads: list, traps: bool) -> list[Cell]:
    out = []
    for i, (name, lang, head) in enumerate(heads):
        for v in range(2):
            text, paras, furn = _agreement(lang, head, side_by_side=bool(v), printing=bool(i % 2))
            out.append(Cell(f"{part}-annex-{i:02d}-{v}", part, "annex", "txt", text, paras, furn))
    # a letter whose appendix follows the signature
    for k, head in enumerate(heads[:2] if part == "dev" else heads[2:4]):
        words = head[2][0] if head[1] == "en" else "Attachment"
        text = LETTER + f"{words}\nTerms of reference\n\n" + "\n\n".join(LETTER_ANNEX) + "\n"
        out.append(Cell(f"{part}-letter-{k}", part, "annex", "txt", text, LETTER_PARAS + LETTER_ANNEX,
                        ["Nigar Hasanova", "Deputy Minister of Economy"]))
    if traps:  # an annex note with no text after it; "Appendix 2 shows" in a paragraph
        for k, lang in enumerate(["en", "fr"] if part == "dev" else ["de", "en"]):
            note = {"en": "Annex: Technical conditions (not reproduced)", "fr": "Annexe : non reproduite",
                    "de": "Anhang: nicht abgedruckt"}[lang]
            text, paras, furn = _agreement(lang, None, side_by_side=bool(k), note=note, printing=True)
            out.append(Cell(f"{part}-annexnote-{k}", part, "annex-trap", "txt", text, paras, furn))
        text = LETTER.replace("The enclosed terms", "Appendix 2 shows the tariffs of last year. The enclosed terms")
        out.append(Cell(f"{part}-appendix-in-text", part, "annex-trap", "txt", text + "Page 1 of 1\n",
                        [LETTER_PARAS[0], "Appendix 2 shows the tariffs of last year. " + LETTER_PARAS[1]],
                        ["Nigar Hasanova", "Page 1 of 1"]))
    return out


# ---------------------------------------------------------------- the cells and their measure
@lru_cache(maxsize=None)
def cells(part: str) -> tuple[Cell, ...]:
    if part.startswith("later"):  # the later batch (tests/sweep_structures_later.py)
        from tests.sweep_structures_later import later_cells

        return tuple(later_cells(part))
    k = 0 if part == "dev" else 1
    qa_layouts, contents = halves(QA_LAYOUTS)[k] + (QA_ADDED if part == "dev" else []), halves(QA_CONTENT)[k]
    out = _qa_cells(part, qa_layouts, contents)
    out += _trap_cells(part, halves(TRAPS)[k] + (TRAPS_ADDED if part == "dev" else []))
    out += _review_cells(part, halves(REVIEW_LAYOUTS)[k])
    out += _live_cells(part, halves(LIVE_LAYOUTS)[k] + (LIVE_ADDED if part == "dev" else []))
    out += _summary_cells(part) if part == "dev" else []
    out += _annex_cells(part, halves(ANNEX_HEADS)[k], traps=True)
    return tuple(out)


def _flat(s: str) -> str:
    return " ".join(s.split())


_LABEL = re.compile(r"^[^\W\d_][\w.]{0,12}:\s+")


def read_cell(cell: Cell, tmp: Path, k: int) -> dict:
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    path = tmp / f"cell{k}.{cell.fmt}"
    path.write_text(cell.text, encoding="utf-8")
    reading = read(path)
    meta = reading.meta
    passages = segment(reading.text, markdown=True, site=meta.publisher)
    resume = getattr(meta, "body_resume", None)
    body = [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
            and (meta.body_end is None or p.start < meta.body_end or (resume is not None and p.start >= resume))]
    bare = {_LABEL.sub("", b) for b in body} if cell.labelled else set()
    found = [p for p in cell.paragraphs if _flat(p) in body or (cell.labelled and _LABEL.sub("", _flat(p)) in bare)]
    names = [a["name"] for a in meta.authors]
    return {
        "paragraphs": (len(found), len(cell.paragraphs)),
        "lost": [p[:70] for p in cell.paragraphs if p not in found],
        "furniture": [f for f in cell.furniture if any(f in b for b in body)],
        "title": cell.title is None or meta.title == cell.title,
        "date": cell.date is None or meta.date == cell.date,
        "authors": not any(n in names for n in cell.not_authors),
        "named": cell.authors is None or names == cell.authors,
        "got": {"title": meta.title, "date": meta.date, "authors": names},
    }


@lru_cache(maxsize=None)
def results(part: str) -> tuple:
    with tempfile.TemporaryDirectory() as tmp:
        return tuple((c, read_cell(c, Path(tmp), k)) for k, c in enumerate(cells(part)))


def right(r: dict) -> bool:
    return r["paragraphs"][0] == r["paragraphs"][1] and not r["furniture"] and r["title"] and r["date"] \
        and r["authors"] and r["named"]


def figures(part: str, kind: str | None = None) -> dict:
    rows = [(c, r) for c, r in results(part) if kind is None or c.kind == kind]
    return {"cells": len(rows), "right": sum(right(r) for _, r in rows),
            "paragraphs": sum(r["paragraphs"][0] for _, r in rows),
            "of paragraphs": sum(r["paragraphs"][1] for _, r in rows),
            "cells with furniture in the body": sum(bool(r["furniture"]) for _, r in rows),
            "titles": sum(r["title"] for _, r in rows), "dates": sum(r["date"] for _, r in rows),
            "book's author no author": sum(r["authors"] for _, r in rows),
            "authors as stated": sum(r["named"] for _, r in rows)}


def misses(part: str) -> list:
    return [(c, r) for c, r in results(part) if not right(r)]


if __name__ == "__main__":
    part = next((a for a in sys.argv[1:] if a in ("dev", "test", "later-dev", "later-test")), "dev")
    print(part, figures(part))
    for kind in ("qa", "trap", "review", "review-trap", "live", "annex", "annex-trap", "agreement"):
        print(" ", kind, figures(part, kind))
    if "-v" in sys.argv:
        for c, r in misses(part):
            print(f"--- {c.name} ({c.fmt}): lost {r['lost']} furniture {r['furniture']} got {r['got']} "
                  f"want title {c.title!r} date {c.date!r}" + (f" authors {c.authors}" if c.authors else ""))
