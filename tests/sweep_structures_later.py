"""A later batch of the structures sweep (tests/sweep_structures.py), written before the reader was
changed for the kinds the first batch left: a book review whose byline of the book ("By Author. Place:
Publisher, year. 312 pp.") stands alone under the book's title, the reviewer named at the end, over the
text or after a cue ("Reviewed by", "X reviews …"); a review's own title under a site's or a journal's
name (the first heading, a bold line, a page title); German and French agreements (the parties' clause
between dashes or brackets, a preamble of several clauses, "sind wie folgt übereingekommen:", "Sont
convenus de ce qui suit :", "Article premier"); questions with a label in bold ("**Pregunta:** ¿…?") in
Spanish, Italian and Portuguese. Look-alikes: a news story about a book whose byline is its author's, an
agreement's look-alike with no parties' clause.

As in the first batch, every axis's forms at even places are the development half ("later-dev"), at odd
places the test half ("later-test"), and the contents alternate too.

    python -m tests.sweep_structures later-dev|later-test [-v]
"""
from __future__ import annotations

import html

from tests.sweep_structures import Cell, _long, _p, _page, halves

# ---------------------------------------------------------------- book reviews
# (book title, book author, imprint, reviewer, reviewer's institution, the review's own title, paragraphs, date)
REVIEWS = [
    ("Pipelines and Power in the South Caucasus", "Oksana Melnyk",
     "Kyiv: Dnipro Academic, 2024. 312 pp. £25.00.", "Kamran Huseynov", "Baku Centre for Energy Policy",
     "Following the gas, not the diplomats",
     ["Oksana Melnyk's book follows the gas pipelines of the South Caucasus from the first contracts of the "
      "1990s to the expansion of the southern corridor, and asks who gained power along the way.",
      "Its best pages describe the bargaining over transit fees between Tbilisi and Baku, which Melnyk "
      "reconstructs from the minutes of meetings that few researchers have read.",
      "The conclusion is too brief. A reader would have liked a chapter on the electricity lines that now "
      "follow the same routes as the pipes."], "2025-03-18"),
    ("Harbours of the Caspian: A Social History", "Peter Lindqvist",
     "Uppsala: Nordic Sea Press, 2023. x + 276 pp. EUR 42.00.", "Aygun Rzayeva", "Khazar Institute of History",
     "A sea seen from its quays",
     ["Peter Lindqvist writes about the people who worked in the Caspian harbours rather than about the ships, "
      "and the result is a lively account of dockers, clerks and customs officers.",
      "The chapter on Krasnovodsk in the 1920s is a small masterpiece, built from letters that the author "
      "found in a family archive in Ashgabat.",
      "Some chapters repeat each other, and the index is incomplete. The book remains the best introduction to "
      "the social life of the sea's ports."], "2024-09-02"),
    ("Borders Drawn in Ink: Maps of the Caucasus, 1801-1921", "Mariam Kvaratskhelia",
     "Tbilisi: Ilia Press, 2022. 198 pp. USD 38.00 (paperback).", "Thomas Berger", "University of Graz",
     "What the old maps leave out",
     ["Mariam Kvaratskhelia has gathered more than a hundred maps of the Caucasus drawn by imperial surveyors "
      "and asks what each of them was for.",
      "The answer she gives is convincing: most maps served tax collection and troop movements, and the borders "
      "they drew were lines of convenience rather than of nations.",
      "The reproductions are too small to be read without a magnifying glass, a pity in a book about maps."],
     "2023-11-27"),
    ("The Trans-Caspian Bet: Railways, Ferries and Trade", "Samuel Okafor",
     "New York: Hudson River Books, 2025. 354 pp. USD 60.00 (hardcover). ISBN 978-1-55555-901-4.",
     "Leyla Mammadova", "ADA University, Baku", "Across the sea by train",
     ["Samuel Okafor bets that the route across the Caspian will carry a large share of the trade between "
      "China and Europe within a decade, and he wants his readers to take the bet with him.",
      "His figures on the ferries are the most complete in print. Okafor counted every sailing between Alat "
      "and Aktau for two years and compares them with the railway timetables on both shores.",
      "The forecast rests on prices that have already changed since the book went to press, and the last "
      "chapter reads more like advocacy than analysis."], "2025-06-09"),
]
SITES = ["Caucasus Book Forum", "JOURNAL OF EURASIAN ENERGY AND SOCIETY", "Caspian Review of Books",
         "South Caucasus Historical Quarterly"]


def _by(r) -> str:
    return f"By {r[1]}. {r[2]}"


# (name, format, compose(review, site), the expected title: "book" or "own", the reviewer an author)
REVIEW_LAYOUTS = [
    ("markdown, the book's title as the heading, its byline alone under it, 'Reviewed by' at the end", "md",
     lambda r, s: (f"# {r[0]}\n\n{_by(r)}\n\n" + "\n\n".join(r[6]) + f"\n\nReviewed by {r[3]}, {r[4]}\n"),
     "book", True),
    ("markdown, the book's title as the heading, its byline in italics, a dash and the reviewer at the end", "md",
     lambda r, s: (f"# {r[0]}\n\n*{_by(r)}*\n\n" + "\n\n".join(r[6]) + f"\n\n— {r[3]}\n"), "book", True),
    ("text, the book's title, its byline alone under it, the reviewer and the institution at the end", "txt",
     lambda r, s: (f"{r[0]}\n\n{_by(r)}\n\n" + "\n\n".join(r[6]) + f"\n\n{r[3]}\n{r[4]}\n"), "book", True),
    ("text, the book's title and its byline on the next line, 'Reviewed by' over the text", "txt",
     lambda r, s: (f"{r[0]}\n{_by(r)}\n\nReviewed by {r[3]}\n\n" + "\n\n".join(r[6]) + "\n"), "book", True),
    ("html, the book's title as the h1, its byline in a paragraph, 'Reviewed by' at the end", "html",
     lambda r, s: _page(r[0], "\n".join([
         f"<main><h1>{html.escape(r[0])}</h1>", _p(_by(r)), f"<p class='date'>{_long(r[7])}</p>",
         *[_p(x) for x in r[6]], _p(f"Reviewed by {r[3]}"), "</main>"])), "book", True),
    ("html, the site's name as the page title, the book's title as an h2, the reviewer at the end", "html",
     lambda r, s: _page(s, "\n".join([
         f"<header><p class='site'>{html.escape(s)}</p></header><main>", f"<h2>{html.escape(r[0])}</h2>",
         f"<p class='bib'>{html.escape(_by(r))}</p>", *[_p(x) for x in r[6]],
         _p(f"{r[3]}, {r[4]}"), "</main>"])), "book", True),
    ("html, the journal's name as the page title, the review's own title as the h1, 'X reviews' over it", "html",
     lambda r, s: _page(s, "\n".join([
         f"<main><h1>{html.escape(r[5])}</h1>", _p(f"{r[3]} reviews {r[0]} by {r[1]}"),
         f"<p class='bib'>{html.escape(r[0])}. {html.escape(_by(r))}</p>", *[_p(x) for x in r[6]],
         "</main>"])), "own", True),
    ("markdown, the site's name as the first heading, the review's own title, 'X reviews' under it", "md",
     lambda r, s: (f"# {s}\n\n## {r[5]}\n\n{r[3]} reviews *{r[0]}*\n\n{r[0]}. {_by(r)}\n\n"
                   + "\n\n".join(r[6]) + "\n"), "own", True),
    ("markdown, the site's name as the first heading, the review's own title, the book's title as ###", "md",
     lambda r, s: (f"# {s}\n\n## {r[5]}\n\n### {r[0]}\n\n{_by(r)}\n\n" + "\n\n".join(r[6])
                   + f"\n\n*Reviewed by {r[3]}*\n"), "own", True),
    ("html, the journal's name as the page title and a masthead, the own title as h1, 'By' the reviewer", "html",
     lambda r, s: _page(s, "\n".join([
         f"<header><div class='masthead'>{html.escape(s)}</div></header><main>",
         f"<h1>{html.escape(r[5])}</h1>", _p(f"By {r[3]}"), f"<h2>{html.escape(r[0])}</h2>", _p(_by(r)),
         *[_p(x) for x in r[6]], "</main>"])), "own", True),
    ("text, the journal's name, the review's own title, 'By' the reviewer, the book and its byline", "txt",
     lambda r, s: (f"{s}\n\n{r[5]}\n\nBy {r[3]}\n\n{r[0]}\n{_by(r)}\n\n" + "\n\n".join(r[6]) + "\n"), "own", True),
    ("markdown, the journal's name in bold, the own title as the heading, 'Reviewed by', the book in bold", "md",
     lambda r, s: (f"**{s}**\n\n# {r[5]}\n\nReviewed by {r[3]}\n\n**{r[0]}**\n{_by(r)}\n\n"
                   + "\n\n".join(r[6]) + "\n"), "own", True),
]


def _review_cells(part: str, layouts: list, contents: list) -> list[Cell]:
    out = []
    for i, (name, fmt, compose, which, reviewer) in enumerate(layouts):
        for v in range(2):
            r = contents[(i + v) % len(contents)]
            s = SITES[(2 * i + v) % len(SITES)]
            out.append(Cell(f"{part}-review-{i:02d}-{v}", part, "review", fmt, compose(r, s), list(r[6]),
                            [r[2].split(".")[0], *(["ISBN"] if "ISBN" in r[2] else [])],
                            title=r[0] if which == "book" else r[5], authors=[r[3]] if reviewer else None,
                            not_authors=[r[1]]))
    return out


# look-alikes: a story about a book whose byline is the story's author, a line about the book under it
REVIEW_TRAPS = [
    ("markdown, a story on a book's launch, its author's byline over a line with the book's pages", "md",
     "# A history of the Caspian ports is launched in Baku\n\nBy Nargiz Aliyeva\n\n"
     "The 276-page book, published by Nordic Sea Press in 2023, was presented at the National Library on "
     "Tuesday.\n\nIts author spent four years in the archives of the ports of Baku, Aktau and Turkmenbashi, "
     "the publisher said.\n",
     ["The 276-page book, published by Nordic Sea Press in 2023, was presented at the National Library on "
      "Tuesday.",
      "Its author spent four years in the archives of the ports of Baku, Aktau and Turkmenbashi, the publisher "
      "said."], "A history of the Caspian ports is launched in Baku", ["Nargiz Aliyeva"]),
    ("html, a publisher's news item, 'By' its writer, the book's imprint in the text", "html",
     _page("New atlas of the Caucasus borders", "\n".join([
         "<main><h1>New atlas of the Caucasus borders</h1>", _p("By Ramin Safarli"),
         _p("Ilia Press, 2022, 198 pages: the atlas gathers more than a hundred maps drawn by imperial "
            "surveyors between 1801 and 1921."),
         _p("The editors say a second volume, on the Soviet period, will follow within two years."),
         "</main>"])),
     ["Ilia Press, 2022, 198 pages: the atlas gathers more than a hundred maps drawn by imperial surveyors "
      "between 1801 and 1921.",
      "The editors say a second volume, on the Soviet period, will follow within two years."],
     "New atlas of the Caucasus borders", ["Ramin Safarli"]),
]


def _review_trap_cells(part: str, traps: list) -> list[Cell]:
    return [Cell(f"{part}-reviewtrap-{i:02d}", part, "review-trap", fmt, text, paras, [], title=title,
                 authors=authors) for i, (name, fmt, text, paras, title, authors) in enumerate(traps)]


# ---------------------------------------------------------------- German and French agreements
# each: title, the parties' clause, preamble clauses, the agreed line, articles [(heading, text)], done line,
# the signature heads, names, posts
AGREEMENTS = [
    dict(lang="de",
         title="Abkommen zwischen der Regierung der Republik Aserbaidschan und der Regierung von Georgien über die "
               "Zusammenarbeit im Energiebereich",
         parties="Die Regierung der Republik Aserbaidschan und die Regierung von Georgien – im Folgenden "
                 "„Vertragsparteien“ genannt –",
         preamble=["in dem Wunsch, die Zusammenarbeit beim Transport von Erdgas und Strom zu vertiefen,",
                   "in Anbetracht der gemeinsamen Grenze beider Staaten und der bestehenden Leitungen –"],
         agreed="sind wie folgt übereingekommen:",
         articles=[("Artikel 1", "Die Vertragsparteien tauschen jährlich ihre Planungen für den Ausbau der "
                                 "Leitungen zwischen beiden Ländern aus."),
                   ("Artikel 2", "(1) Eine gemeinsame Kommission tritt mindestens einmal im Jahr abwechselnd in "
                                 "Baku und Tiflis zusammen.")],
         done="Geschehen zu Tiflis am 12. Mai 2024 in zwei Urschriften, jede in aserbaidschanischer, georgischer "
              "und deutscher Sprache, wobei jeder Wortlaut gleichermaßen verbindlich ist.",
         sign=["Für die Regierung der Republik Aserbaidschan", "Für die Regierung von Georgien"],
         names=["Orkhan Jafarov", "Davit Lomidze"], posts=["Energieminister", "Wirtschaftsminister"],
         annex=("Anlage", ["1. Die Kommission legt jedes Jahr einen Bericht über den Stand der Leitungen vor, "
                           "den beide Regierungen veröffentlichen."])),
    dict(lang="de",
         title="Vertrag zwischen der Bundesrepublik Deutschland und der Republik Aserbaidschan über die "
               "Förderung des Schienengüterverkehrs",
         parties="Die Bundesrepublik Deutschland und die Republik Aserbaidschan (im Folgenden „Vertragsstaaten“) –",
         preamble=["geleitet von dem Wunsch, den Güterverkehr auf der Schiene zwischen Europa und dem Kaspischen "
                   "Meer zu stärken,",
                   "in der Erkenntnis, dass leistungsfähige Grenzübergänge dafür unerlässlich sind –"],
         agreed="haben Folgendes vereinbart:",
         articles=[("Artikel 1 Gegenstand", "Dieser Vertrag regelt die Zusammenarbeit der Vertragsstaaten bei "
                                            "der Abfertigung von Güterzügen."),
                   ("Artikel 2 Kommission", "Die Vertragsstaaten bilden eine gemeinsame Kommission, die "
                                            "mindestens zweimal im Jahr tagt.")],
         done="Geschehen zu Baku am 2. Oktober 2024 in zwei Urschriften, jede in deutscher und "
              "aserbaidschanischer Sprache.",
         sign=["Für die Bundesrepublik Deutschland", "Für die Republik Aserbaidschan"],
         names=["Friedrich Wagner", "Elnur Ismayilov"], posts=["Botschafter", "Stellvertretender Außenminister"],
         annex=("Anlage 1", ["Die Grenzbahnhöfe im Sinne dieses Vertrags sind in der folgenden Liste genannt und "
                             "werden jährlich überprüft."])),
    dict(lang="fr",
         title="Accord entre le Gouvernement de la République d'Azerbaïdjan et le Gouvernement de la Géorgie "
               "relatif au transport ferroviaire de marchandises",
         parties="Le Gouvernement de la République d'Azerbaïdjan et le Gouvernement de la Géorgie, ci-après "
                 "dénommés « les Parties »,",
         preamble=["Désireux de développer le transport de marchandises par chemin de fer entre les deux pays,",
                   "Considérant l'importance du corridor entre la mer Caspienne et la mer Noire,"],
         agreed="Sont convenus de ce qui suit :",
         articles=[("Article premier", "Les Parties facilitent le passage des trains de marchandises à la "
                                       "frontière commune, de jour comme de nuit."),
                   ("Article 2", "Les contrôles douaniers des deux Parties ont lieu en un seul point, à la gare "
                                 "de Boyuk Kasik.")],
         done="Fait à Bakou, le 5 février 2025, en deux exemplaires originaux, en langues azerbaïdjanaise, "
              "géorgienne et française, les trois textes faisant également foi.",
         sign=["Pour le Gouvernement de la République d'Azerbaïdjan", "Pour le Gouvernement de la Géorgie"],
         names=["Samir Mammadov", "Irakli Tsiklauri"], posts=["Ministre des Transports", "Ministre de l'Économie"],
         annex=("Annexe", ["1. La liste des gares ouvertes au trafic international figure ci-dessous et peut être "
                           "modifiée par échange de notes."])),
    dict(lang="fr",
         title="Convention entre le Gouvernement de la République française et le Gouvernement de la République "
               "d'Azerbaïdjan relative à la coopération dans le domaine de l'énergie",
         parties="Le Gouvernement de la République française et le Gouvernement de la République d'Azerbaïdjan "
                 "(ci-après dénommés « les Parties contractantes »),",
         preamble=["Reconnaissant l'intérêt commun des deux pays pour la sécurité des approvisionnements en gaz,",
                   "Souhaitant développer les échanges dans le domaine des énergies renouvelables,"],
         agreed="sont convenus de ce qui suit :",
         articles=[("Article 1er", "Les Parties contractantes encouragent la coopération entre leurs entreprises "
                                   "du secteur de l'énergie."),
                   ("Article 2", "Un comité mixte, composé de représentants des deux Parties, se réunit une fois "
                                 "par an.")],
         done="Fait à Paris le 18 avril 2024, en deux exemplaires, en langues française et azerbaïdjanaise, les "
              "deux textes faisant également foi.",
         sign=["Pour le Gouvernement de la République française",
               "Pour le Gouvernement de la République d'Azerbaïdjan"],
         names=["Hélène Moreau", "Rovshan Abbasov"], posts=["Ministre déléguée", "Vice-ministre de l'Énergie"],
         annex=("Annexe I", ["Le comité mixte adopte son règlement intérieur lors de sa première réunion, à "
                             "l'unanimité de ses membres."])),
]
# (name, a registry's header, side by side, an annex after the signatures)
AGREEMENT_LAYOUTS = [("stacked, a registry's header, no annex", True, False, False),
                     ("side by side, no header, an annex", False, True, True),
                     ("side by side, a registry's header, no annex", True, True, False),
                     ("stacked, no header, an annex", False, False, True)]


def _agreement(a: dict, header: bool, side: bool, annex: bool) -> tuple[str, list, list]:
    lines = (["Vertragsdatenbank (nichtamtliche Fassung)" if a["lang"] == "de" else
              "Base des traités (texte non officiel)", ""] if header else [])
    lines += [a["title"], "", a["parties"], "", *[x for p in a["preamble"] for x in (p, "")], a["agreed"], ""]
    for head, text in a["articles"]:
        lines += [head, "", text, ""]
    lines += [a["done"], "", ""]
    if side:
        w = max(len(s) for s in a["sign"]) + 6
        lines += [a["sign"][0].ljust(w) + a["sign"][1], "", a["names"][0].ljust(w) + a["names"][1],
                  a["posts"][0].ljust(w) + a["posts"][1], "", ""]
    else:
        for s, n, p in zip(a["sign"], a["names"], a["posts"]):
            lines += [s, "", n, p, "", ""]
    paras = [a["parties"], *a["preamble"], a["agreed"], *[t for _, t in a["articles"]], a["done"]]
    if annex:
        lines += [a["annex"][0], "", *[x for p in a["annex"][1] for x in (p, "")]]
        paras += a["annex"][1]
    return "\n".join(lines) + "\n", paras, [*a["names"], *a["sign"]]


def _agreement_cells(part: str, layouts: list, contents: list) -> list[Cell]:
    out = []
    for i, (name, header, side, annex) in enumerate(layouts):
        for v, a in enumerate(contents):
            text, paras, furn = _agreement(a, header, side, annex)
            out.append(Cell(f"{part}-agreement-{i:02d}-{v}", part, "agreement", "txt", text, paras, furn,
                            title=a["title"], authors=list(a["names"])))
    return out


# ---------------------------------------------------------------- questions with a label in bold
# (language, title, date line, iso date, intro, [(question, answer)], labels)
QA = [
    ("es", "Cómo cambia el corredor del Caspio el comercio de Georgia", "Publicado el 14 de enero de 2025",
     "2025-01-14",
     "La economista Tamara Gelashvili estudia desde hace diez años los puertos del mar Negro. Hablamos con ella "
     "sobre el tráfico que llega desde Asia Central.",
     [("¿Cuánta carga llega hoy desde el Caspio?",
       "Unos cuatro millones de toneladas al año, el doble que hace cinco años, sobre todo contenedores y "
       "productos químicos."),
      ("¿Están preparados los puertos georgianos?",
       "Solo en parte. Poti trabaja al límite de su capacidad y el puerto de aguas profundas sigue sin "
       "construirse."),
      ("¿Qué debería hacer el gobierno?",
       "Negociar tarifas comunes con Azerbaiyán y Kazajistán, porque los clientes comparan el precio de toda la "
       "ruta y no el de cada tramo.")],
     ("Pregunta:", "Respuesta:")),
    ("es", "Las elecciones en Georgia vistas desde Bakú", "Publicado el 30 de octubre de 2024", "2024-10-30",
     "El politólogo Javier Ortega vivió tres años en Tiflis. Le preguntamos qué significan los resultados para "
     "los vecinos del sur del Cáucaso.",
     [("¿Por qué siguen en Bakú con tanta atención las elecciones georgianas?",
       "Porque casi todo el comercio de Azerbaiyán con Europa pasa por Georgia, por sus carreteras, sus vías y "
       "sus puertos."),
      ("¿Cambiará la política de tránsito?",
       "No a corto plazo. Ningún partido georgiano quiere perder los ingresos del tránsito de petróleo y gas."),
      ("¿Y a largo plazo?",
       "Dependerá de la relación con Bruselas, que decide buena parte de las inversiones en infraestructura.")],
     ("P:", "R:")),
    ("it", "Che cosa significa il nuovo gasdotto per l'Italia", "Pubblicato il 3 marzo 2025", "2025-03-03",
     "Il ricercatore Luca Bernardi segue da anni i progetti energetici nel Caucaso. Gli abbiamo chiesto che cosa "
     "cambia con l'ampliamento del gasdotto.",
     [("Quanto gas arriverà in più dall'Azerbaigian?",
       "Circa due miliardi di metri cubi all'anno, se le nuove stazioni di compressione saranno pronte in tempo."),
      ("Chi pagherà i lavori?",
       "Gli azionisti del gasdotto, ma solo se gli acquirenti firmeranno contratti lunghi almeno dieci anni."),
      ("È una buona notizia per i consumatori?",
       "In parte. Più fornitori significano prezzi più stabili, ma non necessariamente più bassi.")],
     ("Domanda:", "Risposta:")),
    ("pt", "O que a nova ferrovia muda para o Azerbaijão", "Publicado em 8 de julho de 2024", "2024-07-08",
     "A engenheira Marta Sousa trabalhou na construção da linha entre Baku e Kars. Conversámos com ela sobre o "
     "futuro da ferrovia.",
     [("Quantos comboios passam hoje pela linha?",
       "Cerca de quatro por dia em cada sentido, muito menos do que a linha poderia suportar."),
      ("Porque é que o tráfego é tão baixo?",
       "Faltam vagões com a bitola certa e a passagem da fronteira ainda demora demasiado tempo."),
      ("O que pode mudar nos próximos anos?",
       "Um terminal de transbordo em Akhalkalaki, já em obras, deve reduzir o tempo de espera para metade.")],
     ("Pergunta:", "Resposta:")),
]
QA_FURNITURE = ["Compartir", "Suscríbete"]


def _qa_md(c, ask, answer):
    lang, title, dated, iso, intro, pairs, labels = c
    out = [f"# {title}", dated, intro]
    for q, a in pairs:
        out += [ask(q, labels), answer(a, labels)]
    return "\n\n".join(out) + "\n"


def _qa_html(c, ask, answer):
    lang, title, dated, iso, intro, pairs, labels = c
    parts = ["<main><article>", f"<h1>{html.escape(title)}</h1>", f"<p>{html.escape(dated)}</p>", _p(intro)]
    for q, a in pairs:
        parts += [ask(q, labels), answer(a, labels)]
    return _page(title, "\n".join(parts + ["</article></main>"]))


QA_LAYOUTS = [
    ("markdown, the question's label in bold, the answer's label in bold", "md",
     lambda c: _qa_md(c, lambda q, l: f"**{l[0]}** {q}", lambda a, l: f"**{l[1]}** {a}")),
    ("markdown, the question's label in bold, the answer plain", "md",
     lambda c: _qa_md(c, lambda q, l: f"**{l[0]}** {q}", lambda a, l: a)),
    ("markdown, the whole labelled question in bold, the answer's label plain", "md",
     lambda c: _qa_md(c, lambda q, l: f"**{l[0]} {q}**", lambda a, l: f"{l[1]} {a}")),
    ("markdown, the question's label in underscores' bold", "md",
     lambda c: _qa_md(c, lambda q, l: f"__{l[0]}__ {q}", lambda a, l: f"__{l[1]}__ {a}")),
    ("text, the whole labelled question in bold stars, the answer plain", "txt",
     lambda c: _qa_md(c, lambda q, l: f"**{l[0]} {q}**", lambda a, l: a)),
    ("html, the question's label in <b>, the answer plain", "html",
     lambda c: _qa_html(c, lambda q, l: f"<p><b>{l[0]}</b> {html.escape(q)}</p>", lambda a, l: _p(a))),
]


# written while tuning (development ones): short questions with no label, opening with "¿", and in underscores'
# bold
QA_ADDED = [
    ("text, questions on lines of their own with no label", "txt", lambda c: _qa_md(c, lambda q, l: q, lambda a, l: a)),
    ("markdown, the whole labelled question in underscores' bold, the answer plain", "md",
     lambda c: _qa_md(c, lambda q, l: f"__{l[0]} {q}__", lambda a, l: a)),
    ("html, questions in <strong> paragraphs with no label", "html",
     lambda c: _qa_html(c, lambda q, l: f"<p><strong>{html.escape(q)}</strong></p>", lambda a, l: _p(a))),
]


def _qa_cells(part: str, layouts: list, contents: list) -> list[Cell]:
    out = []
    for i, (name, fmt, compose) in enumerate(layouts):
        for v in range(2):
            c = contents[(i + v) % len(contents)]
            out.append(Cell(f"{part}-qa-{i:02d}-{v}", part, "qa", fmt, compose(c),
                            [c[4]] + [x for pair in c[5] for x in pair], [], title=c[1], date=c[3], labelled=True))
    return out


def later_cells(part: str) -> list[Cell]:
    k = 0 if part == "later-dev" else 1
    out = _review_cells(part, halves(REVIEW_LAYOUTS)[k], halves(REVIEWS)[k])
    out += _review_trap_cells(part, halves(REVIEW_TRAPS)[k])
    out += _agreement_cells(part, halves(AGREEMENT_LAYOUTS)[k], halves(AGREEMENTS)[k])
    out += _qa_cells(part, halves(QA_LAYOUTS)[k] + (QA_ADDED if part == "later-dev" else []), halves(QA)[k])
    return out
