"""A sweep of the kinds documents17 still missed after d17web and d17text (taken up as development material):

- ``cover``: a thesis chapter deposited in a repository as text: the repository's cover sheet (its name, the
  item's address, the citation "Surname, Given (year) Title. Doctoral thesis, University.", a download note)
  over the chapter's label ("CHAPTER 3", "KAPITEL 4", "CHAPITRE 2") and its title over one or two centred
  lines: the title is the chapter's, the author the one the citation names (first name first), the date
  its year, the university the affiliation; the citation and the title lines are no body. Traps: a paper
  with its own byline whose reference list cites a thesis in that form; a reading list of them.
- ``series``: a release's head where the council's name in capitals stands over its series line
  ("Meetings Coverage and Press Releases", "News and Press Releases", "Couverture des réunions et
  communiqués de presse"): the series line is no title; the headline under the symbol and date is.
  Traps: a headline that begins with the series' words.
- ``next``: a meetings release's last line saying when the body meets again ("The Council will meet
  again at 10 a.m. on …", "will reconvene at 3 p.m.", "se réunira de nouveau …", "volverá a reunirse …"):
  no body. Trap: a statement reported in the body about meeting again, with no hour.
- ``issuer``: a company's press release as a PDF, its name in capitals with its legal form ("… PLC",
  "… AG", "… JSC") over the release's label ("PRESS RELEASE | For immediate release", "PRESSEMITTEILUNG"),
  the title set large over both in the reader's order: the company is the author, without its legal
  form, written as the text writes it. Traps: a release label with no name over it; an outlet's
  name over a rubric.
- ``guest``: an interview page whose kicker names the interviewee ("Interview mit A", "Interview with A",
  "Entretien avec A", "Intervista a A") over the headline (a quotation), the answers led by A's surname:
  A is the participant. Trap: a kicker "Interview" naming no one.
- ``episode``: a podcast episode's page: the summary under the headline (a class naming it a summary
  or teaser), "Listen on:" links, "Host:"/"Guests:" lines under it (guests with their posts in
  brackets), the transcript's paragraphs, then credits ("Produced by A. Music: …") and the next
  episode's teaser ("Next episode, 8 October: …"): participants the host and guests, names only; the
  summary, the lines, the credits and the teaser no body. Traps: a transcript's paragraph that speaks of
  a next episode or of something produced.
- ``turn`` (written after the rest was measured, from documents17's interview): an interviewer's turns in bold
  led by the magazine's name, one a statement with no question mark: a question like the others, its paragraph
  body. Trap: a bold label line ("Background: …") among them, no turn, stays no body.
- ``clip``: an article clipped to markdown by a browser extension: the clipper's "> ## Excerpt"
  blockquote (the summary), a "Read also:" line that is a bold label and a link, a newsletter box in a
  blockquote ending in a link, a "Related articles" list of links with dates: no body. Traps: the
  writer's own blockquote of a quotation; a paragraph that quotes a link in its prose.

Cells alternate within each kind as written: the development half and the test half (other wordings,
languages, layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d17rest [dev|test] [-v]
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from tests import sweep_d16text
from tests.sweep_d16html import BODIES

_IT = ["Il gasdotto ha chiuso la fase vincolante del test di mercato con prenotazioni per circa un miliardo di metri "
       "cubi l'anno di capacità aggiuntiva, secondo quanto comunicato ieri dalla società.",
       "La nuova capacità richiederà soltanto il potenziamento delle stazioni di compressione esistenti, senza posare "
       "nuovi tubi, con un investimento stimato in circa centoventi milioni di euro.",
       "Resta aperto il capitolo autorizzativo: il progetto di una nuova unità di compressione è ancora oggetto di un "
       "ricorso presentato da un comitato di residenti, con udienza fissata per l'autunno."]
BODIES = dict(BODIES, it=_IT)
WRAPPED = ("Few places were cut off as completely by the collapse of the Soviet Union as the exclave.\n"
           "Until 1989 it was joined to the rest of the country by a railway along the river.",
           "This chapter traces how the question of reconnecting the exclave returned to the agenda\n"
           "after 2020, and how a matter of track and border posts became a test of the peace.")
WRAPPED_READ = [" ".join(p.split()) for p in WRAPPED]


class Cell(sweep_d16text.Cell):
    """A cell of sweep_d16text's form; a PDF cell's ``text`` is the spec documents17's generator draws."""

    def __init__(self, kind, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind


# (repository's name, address, citation, download note, chapter label, title lines, year, author)
COVERS = [
    ("NORTHERN CASPIAN UNIVERSITY ONLINE REPOSITORY", "https://eprints.ncu.example/8812/",
     "Hasanov, Tural (2023) Water and Borders: The Kura Basin after Independence. PhD thesis,\nNorthern Caspian University.",
     "This copy contains Chapter 2 only. Downloaded on 12 May 2024.", "CHAPTER 2",
     ["Dams on the Kura: Allocation", "between Georgia and Azerbaijan"], "2023", "Tural Hasanov"),
    ("Shirvan University Research Archive", "https://archive.shirvan.example/id/301",
     "Karimova, Aysel (2021). Ports, Ferries and the Middle Corridor. Doctoral dissertation, Shirvan University.",
     "Chapter 5 only. Retrieved 2 February 2025.", "CHAPTER FIVE",
     ["The Ferry Question, 2015-2020"], "2021", "Aysel Karimova"),
    ("PUBLIKATIONSSERVER DER UNIVERSITÄT HALLE", "https://publ.uni-halle.example/handle/55/120",
     "Brenner, Tom (2022): Grenzen der Pipeline. Gasexporte aus dem Kaspischen Raum.\nDissertation, Universität Halle.",
     "Diese Datei enthält nur Kapitel 4. Heruntergeladen am 3. März 2025.", "KAPITEL 4",
     ["Der Südliche Gaskorridor als", "europäisches Projekt"], "2022", "Tom Brenner"),
    ("DÉPÔT INSTITUTIONNEL DE L'UNIVERSITÉ DE LYON", "https://depot.univ-lyon.example/tel-0412",
     "Dubois, Claire (2020) Le Caucase du Sud et ses corridors. Thèse de doctorat, Université de Lyon.",
     "Ce fichier ne contient que le chapitre 3. Téléchargé le 9 avril 2025.", "CHAPITRE 3",
     ["Les ports de la Caspienne", "entre deux empires"], "2020", "Claire Dubois"),
]
# traps: a paper with its own byline citing a thesis in that form in its references; a reading list of theses
COVER_TRAPS = [
    ("Ferry queues at Alat in 2024\n\nNino Tsereteli\n\n12 March 2025\n\n" + "\n\n".join(WRAPPED) + "\n\nReferences\n\n"
     "Hasanov, Tural (2023) Water and Borders: The Kura Basin after Independence. PhD thesis, Northern Caspian University.\n",
     "Ferry queues at Alat in 2024", "2025-03-12", ["Nino Tsereteli"]),
    ("Reading list: transit in the South Caucasus\n\nCompiled for the seminar of 4 March 2025.\n\n"
     "Karimova, Aysel (2021). Ports, Ferries and the Middle Corridor. Doctoral dissertation, Shirvan University.\n\n"
     "Dubois, Claire (2020) Le Caucase du Sud et ses corridors. Thèse de doctorat, Université de Lyon.\n",
     "Reading list: transit in the South Caucasus", None, []),
]

# (the council's name, the series line, the symbol, the date, the headline, the ISO date)
SERIES = [
    ("BLACK SEA TRANSIT COMMISSION", "Meetings Coverage and Press Releases", "BSTC/PR/2025/7", "4 March 2025",
     "Commission Adopts Joint Timetable for Ferry Crossings, as Members Call for Faster Customs Checks", "2025-03-04"),
    ("CASPIAN ENVIRONMENT CONVENTION", "Couverture des réunions et communiqués de presse", "CEC/CP/2025/19", "12 mai 2025",
     "Les Parties adoptent un plan commun contre la baisse du niveau de la Caspienne", "2025-05-12"),
    ("SOUTH CAUCASUS ENERGY CHARTER CONFERENCE", "News and Press Releases", "SCEC/2025/44", "9 September 2025",
     "Conference Agrees Rules for Cross-Border Power Trading, Delegates Stress Grid Security", "2025-09-09"),
    ("CONSEJO ECONÓMICO DEL MAR NEGRO", "Cobertura de reuniones y comunicados de prensa", "CEMN/CP/2025/3",
     "3 de junio de 2025", "El Consejo aprueba normas comunes para el tránsito de mercancías por el Caspio", "2025-06-03"),
]
SERIES_TRAPS = [("Press Releases Alone Will Not Shorten the Ferry Queues at Alat", "14 May 2025", "2025-05-14"),
                ("Meetings Coverage and the Press: What the Caspian Council Chose Not to Say", "2 June 2025", "2025-06-02")]

# the line saying when the body meets again, at the end (a trap's: a reported statement, no hour)
NEXT = ["The Council will meet again at 10 a.m. on Thursday, 12 June, to conclude its work.",
        "The Commission will reconvene at 3 p.m. today to take up the report of its working group.",
        "The Assembly will next meet at 10 a.m. on Monday, 7 April, to elect its officers.",
        "Le Conseil se réunira de nouveau le jeudi 12 juin, à 10 heures, pour conclure ses travaux.",
        "The Committee will meet again on Wednesday, 5 November, at 11 a.m., to consider the draft budget.",
        "El Consejo volverá a reunirse el jueves 12 de junio a las 10.00 horas para concluir sus trabajos."]
NEXT_TRAPS = ["The ministers will meet again in Aktau next spring to review how the rules work in practice, the "
              "Secretary-General said, and he asked the working group to report on the waiting times by then.",
              "Delegates said the Council would meet again only when the customs systems were connected, which "
              "several of them expected to take at least another year of technical work."]

# (company's name as printed, the release's label, the author, the lead's place and date, the lead's name)
ISSUERS = [
    ("CASPIAN CABLE HOLDINGS PLC", "PRESS RELEASE | For immediate release", "Caspian Cable Holdings", "BAKU, 3 March 2025",
     'Caspian Cable Holdings plc ("Caspian Cable" or "the Company")', "en"),
    ("KURA ENERGIE AG", "PRESSEMITTEILUNG | Zur sofortigen Veröffentlichung", "Kura Energie", "HAMBURG, 3. März 2025",
     'Die Kura Energie AG (»Kura Energie«)', "de"),
    ("ARAZ LOGISTICS LIMITED", "NEWS RELEASE", "Araz Logistics", "LONDON and BAKU, 3 March 2025",
     'Araz Logistics Limited ("Araz Logistics")', "en"),
    ("SHIRVAN PORTS JSC", "MEDIA RELEASE | For immediate release", "Shirvan Ports", "BAKU, 3 March 2025",
     'Shirvan Ports JSC ("Shirvan Ports" or "the Company")', "en"),
]
ISSUER_LEADS = {"en": "today announced that the second berth at its terminal is ready, six weeks ahead of schedule, and "
                      "that the first ships will be handled there in April.",
                "de": "hat heute mitgeteilt, dass der zweite Liegeplatz ihres Terminals sechs Wochen vor dem Zeitplan "
                      "fertig ist und die ersten Schiffe dort im April abgefertigt werden."}
ISSUER_REST = {"en": ["The berth adds capacity for about 400,000 tonnes of cargo a year and was built without interrupting "
                      "the terminal's work; the ferries ran to their usual timetable throughout.",
                      "The Company expects to publish its results for the first half of the year in August."],
               "de": ["Der Liegeplatz erweitert die Kapazität um etwa 400.000 Tonnen im Jahr und wurde ohne "
                      "Unterbrechung des Betriebs gebaut; die Fähren fuhren die ganze Zeit nach Fahrplan.",
                      "Das Unternehmen will seine Zahlen für das erste Halbjahr im August vorlegen."]}
ISSUER_TRAPS = [(["PRESS RELEASE | For immediate release", ""], "en"), (["CASPIAN FREIGHT WEEKLY", "ANALYSIS", ""], "en")]

# (the kicker, the headline, the answers' label, the interviewee, the lang, the interviewer's credit, its name)
GUESTS = [
    ("Interview mit Elvin Mammadov", "„Die Fähren sind nicht das Problem“", "Mammadov", "Elvin Mammadov", "de",
     "Das Gespräch führte Lena Hartmann.", "Lena Hartmann"),
    ("Entretien avec Nino Beridze", "« Le corridor avance moins vite que les discours »", "Beridze", "Nino Beridze", "fr",
     "Propos recueillis par Camille Renaud.", "Camille Renaud"),
    ("Interview with Aruzhan Sadykova", "'The ferry is the easy part'", "Sadykova", "Aruzhan Sadykova", "en",
     "This interview was conducted by Ruth Okafor.", "Ruth Okafor"),
    ("Intervista a Marco Rinaldi", "«Il raddoppio dipende dai contratti»", "Rinaldi", "Marco Rinaldi", "it",
     "Intervista a cura di Giulia Ferretti.", "Giulia Ferretti"),
]
GUEST_TRAPS = [("Interview", "„Die Fähren sind nicht das Problem“", "de"), ("Interview", "'The ferry is the easy part'", "en")]
QUESTIONS = {"de": ("Herr {s}, wie lange wartet ein Lastwagen heute in Alat?", "Frau {s}, was hat sich verändert?"),
             "fr": ("Madame {s}, combien de temps attend un camion à Alat ?", "Qu'est-ce qui a changé ?"),
             "en": ("Ms {s}, how long does a truck wait at Alat today?", "What has changed?"),
             "it": ("Dottor {s}, quanto tempo aspetta un camion ad Alat?", "Che cosa è cambiato?")}

# (summary's class, summary, host line, guests line, the people, credits, teaser, transcript's paragraphs, lang)
EPISODES = [
    ("episode-summary", "Two forwarders explain why the crossing takes hours and the waiting takes days.",
     "Host: Leyla Karimova", "Guests: Arman Seitov (port planner, Kuryk terminal) and Nino Beridze (customs broker, Poti)",
     ["Leyla Karimova", "Arman Seitov", "Nino Beridze"],
     "Produced by Farid Aliyev. Music: \"Caspian Dawn\" by Orkhan Babayev. Artwork by Studio Kura.",
     "Next episode, 8 October: the railway to Kars at eight years old.", "en"),
    ("teaser", "Zwei Spediteure erklären, warum die Überfahrt Stunden dauert und das Warten Tage.",
     "Moderation: Jana Keller", "Gäste: Elvin Mammadov (Disponent, Hafen Alat) und Sofia Russo (Zollagentin, Poti)",
     ["Jana Keller", "Elvin Mammadov", "Sofia Russo"],
     "Produktion: Tom Brenner. Musik: „Kaspisches Licht“ von Anke Vogel. Cover: Studio Nord.",
     "Nächste Folge, 3. April: die Bahn nach Kars.", "de"),
    ("summary", "Deux transitaires expliquent pourquoi la traversée dure des heures et l'attente des jours.",
     "Animation : Claire Dubois", "Invités : Orxan Əliyev (planificateur, port d'Alat) et Diego Lara (courtier, Poti)",
     ["Claire Dubois", "Orxan Əliyev", "Diego Lara"],
     "Réalisation : Paul Mercier. Musique : « Aube caspienne » de Lucía Gómez.",
     "Prochain épisode, le 12 mai : le chemin de fer vers Kars.", "fr"),
    ("ep-teaser", "Two traders explain why a cargo of grain can wait a week at Aktau before it sails.",
     "Hosted by: Tom Ashby", "Guests: Rauf Hasanov (grain trader, Baku) and Anna Berg (analyst, Tbilisi)",
     ["Tom Ashby", "Rauf Hasanov", "Anna Berg"],
     "Produced by Kamala Huseynli. Sound design by Emre Aydin. Theme music by Sevda Rahimova.",
     "Next time, 22 May: what the grain corridor means for Georgia.", "en"),
]
TURNS = {"en": ["Welcome back. Today we are talking about the ferries that carry trucks and wagons between Kazakhstan "
                "and Azerbaijan, and about the days they spend waiting.",
                "Thanks. I run the scheduling desk at the terminal, so if your container waited a week, I am probably "
                "the person you were angry with.",
                "The sailing is about eighteen hours. The waiting is everything else: the weather, the berth, the "
                "paperwork, and a ferry that will not leave half empty."],
         "de": ["Willkommen zurück. Heute geht es um die Fähren, die Lastwagen und Waggons zwischen Kasachstan und "
                "Aserbaidschan übersetzen, und um die Tage, die sie warten.",
                "Danke. Ich leite die Disposition am Terminal, wer also eine Woche auf seinen Container gewartet hat, "
                "war wahrscheinlich auf mich wütend.",
                "Die Überfahrt dauert etwa achtzehn Stunden. Das Warten ist alles andere: das Wetter, der Liegeplatz, "
                "die Papiere und eine Fähre, die nicht halb leer ablegt."],
         "fr": ["Bienvenue. Aujourd'hui, nous parlons des ferries qui transportent camions et wagons entre le Kazakhstan "
                "et l'Azerbaïdjan, et des jours qu'ils passent à attendre.",
                "Merci. Je dirige la planification au terminal : si votre conteneur a attendu une semaine, c'est "
                "probablement à moi que vous en vouliez.",
                "La traversée dure environ dix-huit heures. L'attente, c'est tout le reste : la météo, le quai, les "
                "papiers, et un ferry qui ne part pas à moitié vide."]}
EPISODE_TRAPS = [("The next episode of congestion will come in winter, when the northern ports freeze and the ferries "
                  "wait for the icebreakers to clear a channel.", "en"),
                 ("Produced by the port itself, the weekly plan is not a timetable in the European sense, but a "
                  "forwarder in Almaty can see which ship is likely to sail.", "en")]

# (lang, excerpt, read-also line, newsletter box, related heading and items, date line, ISO date)
CLIPS = [
    ("it", "Il gasdotto chiude la fase vincolante: prenotato un miliardo di metri cubi l'anno.",
     "**Leggi anche:** [Tanap, nuova stazione di compressione a Eskişehir](https://rivista.example/tanap/)",
     "> **Newsletter Gas Quotidiano** – Ogni mattina le notizie su gas e infrastrutture. [Iscriviti gratis](https://rivista.example/nl/)",
     "## Articoli correlati", ["[Corridoio sud, più gas azero entro il 2027](https://rivista.example/a/) – 6 maggio 2025",
                              "[Snam, lavori sulla dorsale adriatica](https://rivista.example/b/) – 14 aprile 2025"],
     "**INFRASTRUTTURE** | 20 maggio 2025, ore 11:05 | Aggiornato il 21 maggio 2025", "2025-05-20", "Leggi anche:",
     "Newsletter Gas Quotidiano", "Corridoio sud"),
    ("de", "Die Grenzkommissionen haben sich auf einen Zeitplan für die Bahnstrecke geeinigt.",
     "**Lesen Sie auch:** [Neue Brücke über den Fluss eröffnet](https://zeitung.example/bruecke/)",
     "> **Newsletter Kaukasus kompakt** – Jeden Freitag das Wichtigste aus der Region. [Jetzt abonnieren](https://zeitung.example/nl/)",
     "## Das könnte Sie auch interessieren", ["[Grenzübergang wieder offen](https://zeitung.example/a/) – 2. April 2025",
                                              "[Streit um den Fluss](https://zeitung.example/b/) – 18. März 2025"],
     "**POLITIK** | 20. Mai 2025, 11:05 Uhr | Aktualisiert am 21. Mai 2025", "2025-05-20", "Lesen Sie auch:",
     "Newsletter Kaukasus kompakt", "Grenzübergang wieder offen"),
    ("en", "Negotiators agreed a timetable for the railway section and left the river for June.",
     "**Read more:** [A new bridge opens over the river](https://paper.example/bridge/)",
     "> **Sign up to Corridor Daily** – The region's news in your inbox every morning. [Subscribe](https://paper.example/nl/)",
     "## Related articles", ["[Border crossing reopens](https://paper.example/a/) – 2 April 2025",
                            "[The river dispute, explained](https://paper.example/b/) – 18 March 2025"],
     "**POLITICS** | 20 May 2025, 11:05 | Updated 21 May 2025", "2025-05-20", "Read more:", "Corridor Daily",
     "Border crossing reopens"),
    ("es", "El corredor meridional lleva a la Unión Europea algo más de doce mil millones de metros cúbicos.",
     "**Lee también:** [Nuevo gasoducto en los Balcanes](https://diario.example/balcanes/)",
     "> **Boletín Energía** – Cada lunes, lo esencial del sector en tu correo. [Suscríbete](https://diario.example/nl/)",
     "## Noticias relacionadas", ["[Bruselas pide más gas azerí](https://diario.example/a/) – 6 de mayo de 2025",
                                  "[El TAP amplía su capacidad](https://diario.example/b/) – 14 de abril de 2025"],
     "**ENERGÍA** | 20 de mayo de 2025, 11:05 | Actualizado el 21 de mayo de 2025", "2025-05-20", "Lee también:",
     "Boletín Energía", "Bruselas pide más gas"),
]
CLIP_TITLES = {"it": "Tap, chiuso il test di mercato: un miliardo di metri cubi in più", "de": "Einigung über die Bahnstrecke",
               "en": "Timetable agreed for the railway section", "es": "Europa necesita el gas del Caspio"}
CLIP_TRAPS = {"quote": "> \"We are a link in a chain, and the chain is only as fast as its slowest border,\" the minister "
                       "told the conference, before the talks moved on to the customs systems.",
              "link": "The operator's own figures, published on [its website](https://port.example/figures) on Monday, "
                      "show the waiting time at the berth falling from four days to two since January."}


def _covers() -> list[Cell]:
    out = []
    for k, (repo, address, citation, note, label, lines, year, author) in enumerate(COVERS):
        title_block = "\n".join(f"          {ln}" for ln in lines)
        text = (f"{repo}\n{address}\n\n{citation}\n\n{note}\nCopyright rests with the author.\n\n\f\n"
                f"                              {label}\n\n{title_block}\n\n\n{k + 2}.1 Introduction\n\n"
                + "\n\n".join(WRAPPED) + "\n")
        out.append(Cell("cover", f"cover{k}", text, " ".join(lines), year, [author], body=WRAPPED_READ,
                        furniture=[citation.split("\n")[0][:28], lines[0], label]))
    for k, (text, title, date, authors) in enumerate(COVER_TRAPS):
        out.append(Cell("cover", f"cover-trap{k}", text, title, date, authors))
    return out


def _series() -> list[Cell]:
    out = []
    paras = [" ".join(p.split()) for p in sweep_d16text.BODY.strip().split("\n\n")]
    for k, (council, series, symbol, when, headline, iso) in enumerate(SERIES):
        text = (f"{council}\n{series}\n\n{symbol}\n{when}\n\nCouncil of Ministers\nFifth Ordinary Meeting, 2-4 March 2025\n"
                f"2nd Sitting (AM)\n\n{headline}\n\n{sweep_d16text.BODY}")
        out.append(Cell("series", f"series{k}", text, headline, iso, [], body=paras, furniture=[series]))
    for k, (headline, when, iso) in enumerate(SERIES_TRAPS):
        text = f"{headline}\n\nBy Kamala Huseynli\n\n{when}\n\n{sweep_d16text.BODY}"
        out.append(Cell("series", f"series-trap{k}", text, headline, iso, ["Kamala Huseynli"], body=paras))
    return out


def _next() -> list[Cell]:
    out = []
    paras = [" ".join(p.split()) for p in sweep_d16text.BODY.strip().split("\n\n")]
    title = "Ministers Back Common Rules for Caspian Transit"
    for k, line in enumerate(NEXT):
        text = f"{title}\n\n1{k} June 2025\n\n{sweep_d16text.BODY}\n{line}\n\n* *** *\n"
        out.append(Cell("next", f"next{k}", text, title, f"2025-06-1{k}", [], body=paras, furniture=[line[:30]]))
    for k, line in enumerate(NEXT_TRAPS):
        text = f"{title}\n\n1{k} June 2025\n\n{sweep_d16text.BODY}\n{line}\n\n* *** *\n"
        out.append(Cell("next", f"next-trap{k}", text, title, f"2025-06-1{k}", [], body=paras + [line]))
    return out


def _release_spec(title, over, lead, rest, front) -> dict:
    return {"title": title, "body_paragraphs": [lead] + rest,
            "pdf": {"height": 780, "title_size": 14, "running_head": "Press release", "front_align": "left",
                    "over_title": over, "front": front,
                    "after": [["ENDS", 9.0, True], ["", 6.0], ["Media contacts", 9.0, True],
                              ["Sabina Huseynli, Head of Communications: +994 12 555 0147, media@terminal.example", 8.0],
                              ["Tom Ashworth, Harbour Lane Partners (financial media, London): +44 20 7946 0321", 8.0]]}}


def _issuers() -> list[Cell]:
    out = []
    titles = {"en": "Second berth at the Alat terminal completed ahead of schedule",
              "de": "Zweiter Liegeplatz am Terminal Alat vorzeitig fertig"}
    for k, (name, label, author, dateline, short, lang) in enumerate(ISSUERS):
        lead = f"{dateline} - {short} {ISSUER_LEADS[lang]}"
        spec = _release_spec(titles[lang], [name, label, ""], lead, ISSUER_REST[lang],
                             ["The berth adds capacity of 400,000 tonnes a year" if lang == "en" else
                              "Die Kapazität steigt um 400.000 Tonnen im Jahr"])
        out.append(Cell("issuer", f"issuer{k}", json.dumps(spec), titles[lang], "2025-03-03", [author], suffix=".pdf",
                        body=[lead] + ISSUER_REST[lang], furniture=[name]))
    for k, (over, lang) in enumerate(ISSUER_TRAPS):
        lead = f"BAKU, 3 March 2025 - The terminal's operator {ISSUER_LEADS[lang]}"
        spec = _release_spec(titles[lang], over, lead, ISSUER_REST[lang], [])
        out.append(Cell("issuer", f"issuer-trap{k}", json.dumps(spec), titles[lang], "2025-03-03", [], suffix=".pdf",
                        body=[lead] + ISSUER_REST[lang]))
    return out


def _interview(kicker, headline, lang, surname, credit, title_tag) -> str:
    q1, q2 = (q.format(s=surname) for q in QUESTIONS[lang])
    paras = BODIES[lang if lang in BODIES else "en"]
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title_tag}</title></head><body>\n'
            f'<nav><a href="/">Start</a> <a href="/abo">Abo</a></nav>\n<main><article>\n'
            f'<p class="dachzeile kicker">{kicker}</p>\n<h1>{headline}</h1>\n'
            f'<p class="datum">15.07.2025</p>\n<div class="article-body">\n<p class="intro">{paras[0]}</p>\n'
            f'<p class="frage"><strong>{q1}</strong></p>\n<p><strong>{surname}:</strong> {paras[1]}</p>\n'
            f'<p class="frage"><strong>{q2}</strong></p>\n<p><strong>{surname}:</strong> {paras[2]}</p>\n</div>\n'
            f'<p class="credit"><em>{credit}</em></p>\n</article></main>\n<footer>Impressum</footer>\n</body></html>\n')


def _guests() -> list[Cell]:
    out = []
    for k, (kicker, headline, surname, person, lang, credit, interviewer) in enumerate(GUESTS):
        paras = BODIES[lang if lang in BODIES else "en"]
        page = _interview(kicker, headline, lang, surname, credit, f"{headline} | Magazin")
        out.append(Cell("guest", f"guest{k}", page, headline, "2025-07-15", [interviewer], suffix=".html",
                        people=[person], body=[paras[0]] + [f"{surname}: {p}" for p in paras[1:]]))
    for k, (kicker, headline, lang) in enumerate(GUEST_TRAPS):
        page = _interview(kicker, headline, lang, "Frage" if lang == "de" else "Answer", "", f"{headline} | Magazin")
        out.append(Cell("guest", f"guest-trap{k}", page, headline, "2025-07-15", None, suffix=".html", people=[]))
    return out


# an interviewer's turns in bold, each led by the magazine's name, one of them a statement with no question
# mark (the answer takes it up): a question of the page like the others. (lang, label, turns, the answers' label)
TURN_PAGES = [
    ("de", "Weitblick", ["Frau Aliyeva, wie lange wartet ein Lastwagen heute in Alat?",
                         "Die Versorger wollen aber keine Verträge über zwanzig Jahre mehr unterschreiben.",
                         "Was müsste sich ändern?"], "Aliyeva"),
    ("en", "Corridor", ["Ms Sadykova, how long does a truck wait at Alat today?",
                        "Shippers say the waiting has got worse since the spring.",
                        "What would have to change?"], "Sadykova"),
    ("en", "Corridor", ["How long does a truck wait at Alat today?", "Background: the ferry timetable",
                        "What would have to change?"], "Sadykova"),
    ("fr", "Passages", ["Madame Beridze, combien de temps attend un camion à Alat ?",
                        "Les transitaires disent pourtant que l'attente s'est allongée depuis le printemps.",
                        "Que faudrait-il changer ?"], "Beridze"),
]


def _turns() -> list[Cell]:
    out = []
    for k, (lang, label, turns, surname) in enumerate(TURN_PAGES):
        paras = BODIES[lang]
        rows = "\n".join(f'<p class="frage"><strong>{"" if q.startswith("Background") else label + ": "}{q}</strong></p>\n'
                         f'<p><strong>{surname}:</strong> {a}</p>' for q, a in zip(turns, paras))
        page = (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>Interview | {label}</title>'
                f'</head><body>\n<main><article>\n<h1>Interview: the ferries</h1>\n<p class="datum">15.07.2025</p>\n'
                f'<div class="article-body">\n{rows}\n</div>\n</article></main>\n<footer>Impressum</footer>\n</body></html>\n')
        # (the trap: a bold label that is no turn of the interviewer's, "Background: …", is no question either)
        body = [f"{label}: {q}" for q in turns if not q.startswith("Background")] + [f"{surname}: {a}" for a in paras]
        out.append(Cell("turn", f"turn{k}" if k != 2 else "turn-trap", page, "Interview: the ferries", "2025-07-15", None,
                        suffix=".html", body=body))
    return out


def _episode_page(cls, summary, host, guests, credits, teaser, turns, lang) -> str:
    ps = "\n".join(f'<div class="turn"><div class="turn-head"><span class="speaker">Speaker</span> '
                   f'<a href="#t={i}">0{i}:00</a></div><p>{t}</p></div>' for i, t in enumerate(turns))
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>Episode page</title></head><body>\n'
            f'<header><a href="/">Caspian Crossings</a> <a href="/episodes">All episodes</a></header>\n<main><article>\n'
            f'<p class="episode-meta">Episode 31 · 24 September 2025 · 38 min</p>\n<h1>Ferries and queues</h1>\n'
            f'<p class="{cls}">{summary}</p>\n<div class="player">00:00 / 38:12</div>\n'
            f'<p class="platforms">Listen on: <a href="#">Apple Podcasts</a> · <a href="#">Spotify</a></p>\n'
            f'<ul class="people"><li>{host}</li><li>{guests}</li></ul>\n<section class="transcript"><h2>Transcript</h2>\n'
            f'{ps}\n<p>[Music]</p></section>\n<section class="credits"><h2>Credits</h2><p>{credits}</p>\n'
            f'<p>{teaser}</p></section>\n</article></main>\n<footer>© 2025 Caspian Crossings</footer>\n</body></html>\n')


def _episodes() -> list[Cell]:
    out = []
    for k, (cls, summary, host, guests, people, credits, teaser, lang) in enumerate(EPISODES):
        turns = TURNS[lang]
        page = _episode_page(cls, summary, host, guests, credits, teaser, turns, lang)
        out.append(Cell("episode", f"episode{k}", page, "Ferries and queues", "2025-09-24", [], suffix=".html",
                        people=people, body=turns, furniture=[summary[:30], guests.split(" ")[0], credits[:20], teaser[:20]]))
    for k, (trap, lang) in enumerate(EPISODE_TRAPS):
        turns = TURNS[lang][:2] + [trap]
        page = _episode_page("summary", EPISODES[0][1], EPISODES[0][2], EPISODES[0][3], EPISODES[0][5], EPISODES[0][6],
                             turns, lang)
        out.append(Cell("episode", f"episode-trap{k}", page, "Ferries and queues", "2025-09-24", [], suffix=".html",
                        people=EPISODES[0][4], body=turns))
    return out


def _clip(lang, excerpt, read_also, box, related_head, related, date_line, title, author, between=None) -> str:
    paras = BODIES[lang]
    rel = "\n".join(f"- {r}" for r in related)
    return (f"---\ncreated: 2025-06-02T09:41:17 (UTC +02:00)\ntags: [energia,caspio]\n"
            f"source: https://news.example/2025/05/20/story\nauthor: {author}\n---\n\n# {title}\n\n"
            f"> ## Excerpt\n> {excerpt}\n\n---\n[Home](https://news.example/) › [Sezione](https://news.example/s/) › Oggi\n\n"
            f"{date_line}\n\n# {title}\n\n{'di' if lang == 'it' else 'von' if lang == 'de' else 'por' if lang == 'es' else 'by'} "
            f"[{author}](https://news.example/authors/x/)\n\n{paras[0]}\n\n{read_also}\n\n{paras[1]}\n\n{box}\n\n"
            + (f"{between}\n\n" if between else "") + f"{paras[2]}\n\n{related_head}\n\n{rel}\n\n© 2025 News srl\n")


def _clips() -> list[Cell]:
    out = []
    authors = ["Giulia Ferretti", "Jana Koch", "Helen Carter", "Lucía Gómez"]
    for k, (lang, excerpt, read_also, box, head, related, date_line, iso, f1, f2, f3) in enumerate(CLIPS):
        text = _clip(lang, excerpt, read_also, box, head, related, date_line, CLIP_TITLES[lang], authors[k])
        out.append(Cell("clip", f"clip{k}", text, CLIP_TITLES[lang], iso, [authors[k]], suffix=".md", body=BODIES[lang],
                        furniture=[excerpt[:30], f1, f2, f3]))
    for k, (trap, read) in enumerate(CLIP_TRAPS.items()):
        lang, excerpt, read_also, box, head, related, date_line, iso, *_ = CLIPS[2]
        text = _clip(lang, excerpt, read_also, box, head, related, date_line, CLIP_TITLES[lang], authors[2], between=read)
        said = read.lstrip("> ").replace("[its website](https://port.example/figures)", "its website")
        out.append(Cell("clip", f"clip-trap{trap}", text, CLIP_TITLES[lang], iso, [authors[2]], suffix=".md",
                        body=BODIES[lang] + [said]))
    return out


def cells() -> list[Cell]:
    return _covers() + _series() + _next() + _issuers() + _guests() + _episodes() + _clips() + _turns()


def part(name: str, every: list[Cell] | None = None) -> list[Cell]:
    """Each kind's cells (``every``: another sweep's, of this form) alternate as written: even places the
    development half, odd places the test half."""
    every, out = cells() if every is None else every, []
    for kind in dict.fromkeys(c.kind for c in every):
        of_kind = [c for c in every if c.kind == kind]
        out += [c for i, c in enumerate(of_kind) if i % 2 == (0 if name == "dev" else 1)]
    return out


def measure(cell: Cell, fixtures: str = "documents17") -> dict:
    """A text cell as sweep_d16text measures it; a PDF cell drawn with documents17's generator first (or another
    round's, ``fixtures``)."""
    if cell.suffix != ".pdf":
        return sweep_d16text.measure(cell)
    import importlib.util

    from azmap.corpus.reading import read

    maker = Path(__file__).resolve().parent / "fixtures" / fixtures / "make_pdf.py"
    spec = importlib.util.spec_from_file_location(f"azmap_{fixtures}_make_pdf_sweep", maker)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as tmp:
        annotation = Path(tmp) / "spec.json"
        annotation.write_text(cell.text, encoding="utf-8")
        reading = read(module.build(annotation, Path(tmp) / f"{cell.name}.pdf"))
    return sweep_d16text.score(cell, reading)


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
