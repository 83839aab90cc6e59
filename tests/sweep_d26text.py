"""A sweep of the text and markdown kinds documents26 missed (taken up as development material), each written in
other templates, wordings and languages than documents26's:

- ``footlabel`` (plain text): an agency item or a story whose reporter is named on a labelled line in a block of
  labelled credits after the text ("Reporter: A" / "Editor: B", "Korrespondentin: A", "Inviata: A", "Корреспондент:
  A", "Müxbir: A", "Verslaggever: A", "Corresponsal: A"), with furniture under it (an update's line, a rule, a
  notice): the reporter is the author, the editor and the photographer are not. Traps: a block naming only an
  editor and a photographer, a picture's credit alone: no author.
- ``fmposts`` (markdown): a blog post's front matter whose authors are entries with a name and a post ("title",
  "role", "position", "job_title") that gives the firm after a comma or "at"/"en"/"bei"/"chez"/"в", or a "company"
  key: the firm is the author's affiliation. Traps: a post with no firm ("Staff writer"): no affiliation; a single
  author as a plain string: as before.
- ``proptable`` (markdown): a page exported from a notes app (Notion, Confluence, Obsidian, Logseq): a "#" title over
  its properties as "Key: value" lines ("Created by:", "Author:", "Owner:", "Erstellt von:", "Créé par:", "Автор:",
  "Created:", "Last edited time:", "Tags:", "Status:"): the heading is the title, the creator the author, the
  creation day the date, the property lines no body. Traps: a title holding a comma and a month ("… by ferry, may
  2026") names no author; a page whose properties name only a last editor: no author.
- ``svcline`` (plain text): an agency's or a desk's service line under its name, two or three capitalised parts
  between slashes naming the service, the subscription or the bulletin ("Subscriber Service / Energy Wire",
  "Abonnentendienst / Wirtschaftsdienst", "Servicio para abonados / Boletín económico"), over a slug and the
  headline: no title; the headline is. Traps: a headline whose two places stand between a slash ("Baku / Tbilisi:
  the rail link reopens"): the title still.
- ``rfchead`` (plain text): a memo or a draft set as RFCs and Internet-Drafts are, its head in two columns (the group,
  the number, the category or status on the left; the authors as an initial and a surname, each over her
  organisation, and the day, flush right), the title centred under it on one line or two, numbered sections
  indented and hard-wrapped, and perhaps an authors' addresses section (its heading by meaning) naming them in full:
  the authors with their organisations, in full where the addresses give it, the centred title. Traps: a letterhead
  in two columns (the firm's address left, its telephone and mail right) names no author and gives no title.
- ``leaders`` (plain text and markdown): a report's contents, its entries ending in dotted leaders and a page
  number (". . . . 4", "........ 4", "…… 4"), indented or not, under a contents heading in any language or none:
  furniture, no body.
  Traps: a paragraph of prose holding an ellipsis or two ("… and then … nothing"): body.
- ``subscribecall`` (markdown): a post ending on a call to subscribe to the writer's or the outlet's newsletter in a
  language the call's table had no outlet's words for (Spanish, Italian, Portuguese, Dutch, Polish): furniture.
  Traps: a last paragraph opening with a noun an imperative is spelt like ("Descarga de gas …", "Segui …" said of
  a route), no outlet named: body.
- ``mdcaption`` (markdown): a post's image with its caption as an italic line under it (asterisks or underscores),
  with or without a photographer's credit run on after its last sentence ("Photo: A", "Foto: A", "Фото: A", "Bild:
  A / Agentur"): the caption a passage apart, whole and without the credit; the credit no body. Traps: an italic
  line under a paragraph, no image over it (an editor's note): no caption, no body.
- ``aboutbox`` (markdown): a post's admonition or callout titled "About this article" by meaning (":::info Sobre
  este artículo", "!!! note \"À propos de cet article\"", "> [!info] Über diesen Beitrag") holding a note on how the
  text came about: furniture, no body. Traps: an admonition titled otherwise ("Note", "Tip", "Wichtig") holding the
  writer's own paragraph: body (documents6's decision).

Cells alternate within each kind as written: the development half and the test half (other wordings, languages,
layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d26text [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d23text import measure as _measure  # (an ``fmposts`` cell's authors right only with affiliations)
from tests.sweep_d25text import BODIES

# ---- footlabel: (name, lang, headline, dateline, credit block's lines, lines under it, authors)
_RULE = "-" * 60
FOOTLABELS = [
    ("footlabel-en", "en", "Caspian port to build a new ferry berth", "BAKU, March 4, 2026 (CNA) -",
     ["Reporter: Sarah Whitfield", "Editor: Paul Kerrigan"], ["Updated: 04.03.2026 14:10", _RULE,
      "This item is for subscribers only. It may not be republished.", "(c) 2026 Caspian News Agency"],
     ["Sarah Whitfield"]),
    ("footlabel-de", "de", "Kaspischer Hafen baut neuen Fähranleger", "BAKU, 4. März 2026 (KPD) -",
     ["Korrespondentin: Miriam Hollstein", "Redaktion: Jörg Baumann", "Foto: Stefan Prinz"],
     ["(FORTSETZUNG FOLGT) MH/JB", "Aktualisiert: 04.03.2026 12:30", _RULE, "Nur für Abonnenten. Nachdruck nicht gestattet."],
     ["Miriam Hollstein"]),
    ("footlabel-it", "it", "Il porto sul Caspio avrà un nuovo attracco per i traghetti", "BAKU, 4 marzo 2026 (ACN) -",
     ["Inviata: Giulia Ferraresi", "Foto: Marco Bellini"], [_RULE, "Riproduzione riservata.",
      "Servizio riservato agli abbonati.", "ACN - Agenzia Caspica di Notizie"], ["Giulia Ferraresi"]),
    ("footlabel-ru", "ru", "Новые паромы для порта Алят", "БАКУ, 4 марта 2026 г. -",
     ["Корреспондент: Дмитрий Соколов", "Редактор: Ольга Смирнова"], ["Обновлено: 04.03.2026 15:20", _RULE,
      "Материал предназначен только для подписчиков.", "(c) 2026 Каспийское агентство новостей"],
     ["Дмитрий Соколов"]),
    ("footlabel-trap-editor-en", "en", "Caspian port to build a new ferry berth", "BAKU, March 4, 2026 (CNA) -",
     ["Editor: Paul Kerrigan", "Photo: Lena Marsh"], ["Updated: 04.03.2026 14:10", _RULE,
      "This item is for subscribers only. It may not be republished.", "(c) 2026 Caspian News Agency"], []),
    ("footlabel-az", "az", "Ələt limanında yeni bərə körpüsü tikiləcək", "BAKI, 4 mart 2026 (KXA) -",
     ["Müxbir: Günel Məmmədova", "Redaktor: Rauf Əliyev"], ["Yenilənib: 04.03.2026 13:45", _RULE,
      "Bu xəbər yalnız abunəçilər üçündür.", "(c) 2026 Xəzər Xəbər Agentliyi"], ["Günel Məmmədova"]),
    ("footlabel-es", "es", "El puerto del Caspio tendrá un nuevo muelle para transbordadores",
     "BAKÚ, 4 de marzo de 2026 (ACN) -", ["Corresponsal: Marta Iglesias", "Edición: Pablo Ruiz", "Foto: Ana Gil"],
     ["Actualizado: 04.03.2026 11:00", _RULE, "Servicio exclusivo para abonados.", "(c) 2026 Agencia Caspia"],
     ["Marta Iglesias"]),
    ("footlabel-trap-photo-de", "de", "Kaspischer Hafen baut neuen Fähranleger", "BAKU, 4. März 2026 (KPD) -",
     ["Foto: Stefan Prinz (Archiv)"], ["Aktualisiert: 04.03.2026 12:30", _RULE,
      "Nur für Abonnenten. Nachdruck nicht gestattet.", "(c) 2026 Kaspischer Pressedienst"], []),
    ("footlabel-nl", "nl", "Nieuwe veerboten voor de haven van Alat", "BAKOE, 4 maart 2026 (CPA) -",
     ["Verslaggever: Pieter de Graaf", "Eindredactie: Sanne Visser"], ["Bijgewerkt: 04.03.2026 10:15", _RULE,
      "Alleen voor abonnees.", "(c) 2026 Caspisch Persagentschap"], ["Pieter de Graaf"]),
    ("footlabel-pl", "pl", "Nowe promy dla portu w Alacie", "BAKU, 4 marca 2026 (KAP) -",
     ["Korespondent: Tomasz Wiśniewski", "Redakcja: Anna Zielińska"], ["Aktualizacja: 04.03.2026 09:40", _RULE,
      "Serwis tylko dla abonentów.", "(c) 2026 Kaspijska Agencja Prasowa"], ["Tomasz Wiśniewski"]),
]


def _footlabels() -> list[Cell]:
    out = []
    for name, lang, headline, dateline, credits, under, authors in FOOTLABELS:
        paragraphs = [f"{dateline} {BODIES[lang][0]}", BODIES[lang][1]]
        text = "\n\n".join([headline] + paragraphs + ["\n".join(credits), "\n".join(under)]) + "\n"
        out.append(Cell("footlabel", name, text, headline, "2026-03-04", authors, body=paragraphs,
                        furniture=credits + under[:1]))
    return out


# ---- fmposts: (name, lang, title, the authors' YAML, authors, affiliations)
FMPOSTS = [
    ("fmposts-en", "en", "What we learnt from a year of ferry data",
     "authors:\n  - name: Grace Holloway\n    title: Data engineer, Northwind Analytics\n    url: https://example.org/gh\n"
     "  - name: Omar Haddad\n    title: Head of research, Northwind Analytics\n",
     ["Grace Holloway", "Omar Haddad"], ["Northwind Analytics", "Northwind Analytics"]),
    ("fmposts-de", "de", "Was wir aus einem Jahr Fährdaten gelernt haben",
     "authors:\n  - name: Katrin Vogel\n    role: Datenanalystin bei Brückner Logistik GmbH\n",
     ["Katrin Vogel"], ["Brückner Logistik GmbH"]),
    ("fmposts-fr", "fr", "Ce que nous avons appris des données des ferries",
     "authors:\n  - name: Camille Roussel\n    position: Ingénieure chez Atelier Caspienne\n"
     "  - name: Hugo Marchand\n    position: Développeur, Atelier Caspienne\n",
     ["Camille Roussel", "Hugo Marchand"], ["Atelier Caspienne", "Atelier Caspienne"]),
    ("fmposts-it", "it", "Cosa abbiamo imparato dai dati dei traghetti",
     "authors:\n  - name: Chiara Montanari\n    job_title: Analista dati\n    company: Studio Adriatico\n",
     ["Chiara Montanari"], ["Studio Adriatico"]),
    ("fmposts-trap-post-en", "en", "Why the ferries from Alat run late",
     "authors:\n  - name: Daniel Okoro\n    title: Staff writer\n", ["Daniel Okoro"], [None]),
    ("fmposts-pt", "pt", "O que aprendemos com um ano de dados dos ferries",
     "authors:\n  - name: Inês Carvalho\n    title: Engenheira de dados, Lusodados\n"
     "  - name: Rui Tavares\n    title: Investigador, Lusodados\n",
     ["Inês Carvalho", "Rui Tavares"], ["Lusodados", "Lusodados"]),
    ("fmposts-ru", "ru", "Что мы узнали из данных о паромах",
     "authors:\n  - name: Ирина Волкова\n    title: Инженер данных в Каспийские Системы\n",
     ["Ирина Волкова"], ["Каспийские Системы"]),
    ("fmposts-trap-string-de", "de", "Neue Fähren für den Hafen von Alat", "author: Anna Weiss\n",
     ["Anna Weiss"], [None]),
    ("fmposts-es", "es", "Lo que nos enseñó un año de datos de los transbordadores",
     "authors:\n  - name: Nuria Castells\n    title: Analista de datos en Datos Mediterráneo\n",
     ["Nuria Castells"], ["Datos Mediterráneo"]),
    ("fmposts-nl", "nl", "Wat we leerden van een jaar veerbootdata",
     "authors:\n  - name: Joris van Dijk\n    title: Data-analist, Havenlab\n", ["Joris van Dijk"], ["Havenlab"]),
]


def _fmposts() -> list[Cell]:
    out = []
    for name, lang, title, authors_yaml, authors, affiliations in FMPOSTS:
        paragraphs = list(BODIES[lang][:2])
        text = (f"---\nslug: {name}\ntitle: \"{title}\"\n{authors_yaml}tags: [ferries, data]\ndate: 2026-02-26\n---\n\n"
                + "\n\n".join(paragraphs) + "\n")
        cell = Cell("fmposts", name, text, title, "2026-02-26", authors, suffix=".md", body=paragraphs)
        cell.affiliations = affiliations
        out.append(cell)
    return out


# ---- proptable: (name, lang, title, property lines, authors, date)
PROPTABLES = [
    ("proptable-notion-en", "en", "Alat port visit, notes",
     ["Created by: Marcus Lindgren", "Created: April 14, 2026 8:02 AM", "Last edited by: Priya Raman",
      "Last edited time: April 16, 2026 5:40 PM", "Tags: ports, ferries", "Status: draft"],
     ["Marcus Lindgren"], "2026-04-14"),
    ("proptable-confluence-de", "de", "Besuch im Hafen Alat",
     ["Erstellt von: Sabine Krüger", "Erstellt am: 14.04.2026", "Zuletzt bearbeitet von: Jonas Feld",
      "Status: Entwurf"], ["Sabine Krüger"], "2026-04-14"),
    ("proptable-obsidian-fr", "fr", "Visite du port d'Alat",
     ["Créé par: Élodie Garnier", "Créé le: 14/04/2026", "Étiquettes: ports, ferries", "Statut: brouillon"],
     ["Élodie Garnier"], "2026-04-14"),
    ("proptable-ru", "ru", "Поездка в порт Алят",
     ["Автор: Андрей Кузнецов", "Создано: 14.04.2026", "Теги: порты, паромы", "Статус: черновик"],
     ["Андрей Кузнецов"], "2026-04-14"),
    ("proptable-trap-comma-en", "en", "alat → aktau by ferry, may 2026",
     ["Owner: Helena Sundqvist", "Created: May 2, 2026 7:15 PM", "Tags: ferries", "Status: shared"],
     ["Helena Sundqvist"], "2026-05-02"),
    ("proptable-es", "es", "Visita al puerto de Alat",
     ["Creado por: Lorena Vidal", "Creado: 14/04/2026", "Etiquetas: puertos, ferris", "Estado: borrador"],
     ["Lorena Vidal"], "2026-04-14"),
    ("proptable-trap-editor-en", "en", "Ferry timetable, spring",
     ["Last edited by: Priya Raman", "Last edited time: April 16, 2026 5:40 PM", "Tags: ferries"],
     [], "2026-04-16"),
    ("proptable-logseq-it", "it", "Visita al porto di Alat",
     ["Creato da: Matteo Gallo", "Creato il: 14/04/2026", "Tag: porti, traghetti", "Stato: bozza"],
     ["Matteo Gallo"], "2026-04-14"),
    ("proptable-pl", "pl", "Wizyta w porcie Alat",
     ["Utworzone przez: Katarzyna Nowak", "Utworzono: 14.04.2026", "Tagi: porty, promy", "Status: szkic"],
     ["Katarzyna Nowak"], "2026-04-14"),
    ("proptable-nl", "nl", "Bezoek aan de haven van Alat",
     ["Gemaakt door: Sophie Janssen", "Aangemaakt: 14-04-2026", "Tags: havens, veerboten", "Status: concept"],
     ["Sophie Janssen"], "2026-04-14"),
]


def _proptables() -> list[Cell]:
    out = []
    for name, lang, title, props, authors, date in PROPTABLES:
        paragraphs = list(BODIES[lang][:2])
        text = f"# {title}\n\n" + "\n".join(props) + "\n\n## " + ("day 1" if lang == "en" else "1") + "\n\n" \
            + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("proptable", name, text, title, date, authors, suffix=".md", body=paragraphs,
                        furniture=props[:2]))
    return out


# ---- svcline: (name, lang, agency's line, service line, slug, headline, dateline, ISO date)
SVCLINES = [
    ("svcline-en", "en", "CNA - CASPIAN NEWS AGENCY", "Subscriber Service / Energy Wire",
     "CNA-ENE-0311   04.03.2026 09:12   PRIORITY: 2", "CASPIAN PORT TO BUILD A NEW FERRY BERTH",
     "BAKU (CNA) -", "2026-03-04"),
    ("svcline-de", "de", "KPD - KASPISCHER PRESSEDIENST", "Abonnentendienst / Wirtschaftsdienst",
     "KPD-WI-0212   04.03.2026 10:40   PRIORITÄT: 3", "KASPISCHER HAFEN BAUT NEUEN FÄHRANLEGER",
     "BAKU (KPD) -", "2026-03-04"),
    ("svcline-es", "es", "ACN - AGENCIA CASPIA DE NOTICIAS", "Servicio para abonados / Boletín económico",
     "ACN-ECO-0118   04.03.2026 08:55   PRIORIDAD: 2",
     "EL PUERTO DEL CASPIO TENDRÁ UN NUEVO MUELLE PARA TRANSBORDADORES", "BAKÚ (ACN) -", "2026-03-04"),
    ("svcline-ru", "ru", "КАН - КАСПИЙСКОЕ АГЕНТСТВО НОВОСТЕЙ", "Служба подписки / Экономический бюллетень",
     "КАН-ЭКО-0415   04.03.2026 11:05   ПРИОРИТЕТ: 3", "НОВЫЕ ПАРОМЫ ДЛЯ ПОРТА АЛЯТ", "БАКУ (КАН) -",
     "2026-03-04"),
    ("svcline-trap-places-en", "en", None, None, None, "Baku / Tbilisi: the rail link reopens for freight",
     "BAKU, March 4, 2026 -", "2026-03-04"),
    ("svcline-fr", "fr", "ACI - AGENCE CASPIENNE D'INFORMATION", "Service abonnés / Fil économie",
     "ACI-ECO-0207   04.03.2026 09:30   PRIORITÉ: 2", "LE PORT D'ALAT AURA UN NOUVEAU QUAI POUR LES FERRIES",
     "BAKOU (ACI) -", "2026-03-04"),
    ("svcline-it", "it", "ACN - AGENZIA CASPICA DI NOTIZIE", "Servizio abbonati / Notiziario economico",
     "ACN-ECO-0333   04.03.2026 12:20   PRIORITÀ: 2",
     "IL PORTO SUL CASPIO AVRÀ UN NUOVO ATTRACCO PER I TRAGHETTI", "BAKU (ACN) -", "2026-03-04"),
    ("svcline-pl", "pl", "KAP - KASPIJSKA AGENCJA PRASOWA", "Serwis dla abonentów / Biuletyn gospodarczy",
     "KAP-GOS-0121   04.03.2026 07:50   PRIORYTET: 3", "NOWE PROMY DLA PORTU W ALACIE", "BAKU (KAP) -",
     "2026-03-04"),
    ("svcline-az", "az", "XXA - XƏZƏR XƏBƏR AGENTLİYİ", "Abunə Xidməti / İqtisadi Bülleten",
     "XXA-IQT-0219   04.03.2026 10:05   PRİORİTET: 2", "ƏLƏT LİMANINDA YENİ BƏRƏ KÖRPÜSÜ TİKİLƏCƏK",
     "BAKI (XXA) -", "2026-03-04"),
    ("svcline-trap-places-de", "de", None, None, None, "Baku / Tiflis: Güterzüge rollen wieder",
     "BAKU, 4. März 2026 -", "2026-03-04"),
]


def _svclines() -> list[Cell]:
    out = []
    for name, lang, agency, service, slug, headline, dateline, date in SVCLINES:
        paragraphs = [f"{dateline} {BODIES[lang][0]}", BODIES[lang][1]]
        head = [] if agency is None else [f"{agency}\n{service}\n{_RULE}\n{slug}\n{_RULE}"]
        foot = [] if agency is None else [f"{_RULE}\n(c) 2026 {agency.split(' - ')[-1].title()}"]
        text = "\n\n".join(head + [headline] + paragraphs + foot) + "\n"
        out.append(Cell("svcline", name, text, headline, date, None, body=paragraphs))
    return out


# ---- rfchead: (name, lang, left column, right column, title lines, sections' headings, addresses heading or None,
# full names, authors, affiliations, ISO date)
RFCHEADS = [
    ("rfchead-draft-en", "en", ["Caspian Data Exchange Working Group", "Internet-Draft", "Intended status: Informational",
                                "Expires: 3 September 2026"],
     ["L. Hasanova", "Caspian Data Exchange", "J. Mercer", "Northwind Labs", "2 March 2026"],
     ["A Common Format for Ferry Manifests", "on the Trans-Caspian Route"], ["1.  Introduction", "2.  The Format"],
     "Authors' Addresses", ["Leyla Hasanova", "James Mercer"], ["Leyla Hasanova", "James Mercer"],
     ["Caspian Data Exchange", "Northwind Labs"], "2026-03-02"),
    ("rfchead-de", "de", ["Arbeitskreis Schienengüterverkehr", "Vermerk: AKS-7", "Kategorie: Information"],
     ["M. Keller", "Hafen Rostock GmbH", "4. März 2026"], ["Eine gemeinsame Zählweise für Ganzzüge im Mittleren Korridor"],
     ["1.  Einleitung", "2.  Zählweise"], "Anschrift der Autorin", ["Miriam Keller"], ["Miriam Keller"],
     ["Hafen Rostock GmbH"], "2026-03-04"),
    ("rfchead-one-editor-en", "en", ["Middle Corridor Operators Forum", "Request for Comments: 12", "Category: Best Current Practice"],
     ["K. Brandt, Ed.", "Baltic Rail Data", "April 2026"], ["Reporting Wagon Turnaround Times"],
     ["1.  Introduction", "2.  Reporting"], None, [], ["K. Brandt"], ["Baltic Rail Data"], "2026-04"),
    ("rfchead-fr", "fr", ["Groupe de travail Ports de la Caspienne", "Note : GTPC-3", "Catégorie : Information"],
     ["É. Laurent", "Port de Marseille-Fos", "C. Dubois", "Fret Méditerranée", "9 mars 2026"],
     ["Une définition commune du temps d'attente", "des navires rouliers"], ["1.  Introduction", "2.  Définition"],
     "Adresses des auteurs", ["Élodie Laurent", "Claire Dubois"], ["Élodie Laurent", "Claire Dubois"],
     ["Port de Marseille-Fos", "Fret Méditerranée"], "2026-03-09"),
    ("rfchead-three-en", "en", ["Black Sea Ports Coordination Group", "Memo: BSPCG-22", "Category: Informational"],
     ["A. Beridze", "Port of Poti", "S. Yilmaz", "Trabzon Logistics", "R. Aliyev", "Baku Shipyard", "20 May 2026"],
     ["Shared Definitions of Berth Occupancy"], ["1.  Introduction", "2.  Definitions"], "Authors' Addresses",
     ["Ana Beridze", "Selin Yilmaz", "Rauf Aliyev"], ["Ana Beridze", "Selin Yilmaz", "Rauf Aliyev"],
     ["Port of Poti", "Trabzon Logistics", "Baku Shipyard"], "2026-05-20"),
    ("rfchead-trap-letterhead-en", "en", ["Caspian Shipping Company", "12 Neftchilar Avenue", "Baku AZ1000"],
     ["Tel. +994 12 400 00 00", "Fax +994 12 400 00 01", "info@caspianshipping.example"],
     ["New ferry schedule from April"], ["1.  Schedule", "2.  Bookings"], None, [], [], [], None),
    ("rfchead-es", "es", ["Grupo de Trabajo de Corredores Ferroviarios", "Memorando: GTCF-5", "Categoría: Informativa"],
     ["P. Navarro", "Puerto de Valencia", "3 de junio de 2026"], ["Una definición común del tiempo de tránsito"],
     ["1.  Introducción", "2.  Definición"], "Dirección del autor", ["Pablo Navarro"], ["Pablo Navarro"],
     ["Puerto de Valencia"], "2026-06-03"),
    ("rfchead-it", "it", ["Gruppo di lavoro Porti del Caspio", "Nota: GLPC-9", "Categoria: Informativa"],
     ["G. Ferri", "Porto di Trieste", "L. Conti", "Adriatica Logistica", "11 giugno 2026"],
     ["Una definizione comune dei tempi di sosta", "dei container"], ["1.  Introduzione", "2.  Definizione"],
     "Indirizzi degli autori", ["Giulia Ferri", "Luca Conti"], ["Giulia Ferri", "Luca Conti"],
     ["Porto di Trieste", "Adriatica Logistica"], "2026-06-11"),
]
_WIDTH = 72


def _rfcheads() -> list[Cell]:
    import textwrap

    out = []
    for (name, lang, left, right, title, headings, addresses, full, authors, affiliations, date) in RFCHEADS:
        rows = max(len(left), len(right))
        head = []
        for k in range(rows):
            l_part = left[k] if k < len(left) else ""
            r_part = right[k] if k < len(right) else ""
            head.append((l_part + " " * (_WIDTH - len(l_part) - len(r_part)) + r_part).rstrip())
        centred = [" " * ((_WIDTH - len(t)) // 2) + t for t in title]
        paragraphs = list(BODIES[lang][:2])
        parts = ["\n".join(head), "\n" + "\n".join(centred)]
        for heading, para in zip(headings, paragraphs):
            parts += [heading, textwrap.fill(para, _WIDTH, initial_indent="   ", subsequent_indent="   ")]
        if addresses:
            parts.append(f"{len(headings) + 1}.  {addresses}")
            for person, house in zip(full, affiliations):
                parts.append(f"   {person}\n   {house}\n   Email: {person.split()[-1].lower()}@example.org")
        text = "\n\n".join(parts) + "\n"
        cell = Cell("rfchead", name, text, " ".join(title), date, authors, body=paragraphs, furniture=head[:1])
        cell.affiliations = affiliations
        out.append(cell)
    return out


# ---- leaders: (name, lang, suffix, contents heading or None, entries, leader's form, headings)
LEADERS = [
    ("leaders-spaced-en", "en", ".txt", "Contents", ["Introduction", "The ferry routes", "Outlook"], ". ", None),
    ("leaders-dense-de", "de", ".txt", "Inhalt", ["Einleitung", "Die Fährlinien", "Ausblick"], ".", None),
    ("leaders-md-fr", "fr", ".md", "## Sommaire", ["Introduction", "Les lignes", "Perspectives"], ". ", None),
    ("leaders-ellipsis-es", "es", ".txt", "Índice", ["Introducción", "Las rutas", "Perspectivas"], "…", None),
    ("leaders-trap-prose-en", "en", ".txt", None, [], None,
     "We waited at the quay… and then waited again… and nothing moved until the harbour master arrived at noon."),
    ("leaders-noheading-it", "it", ".txt", None, ["Introduzione", "Le rotte", "Prospettive"], ". ", None),
    ("leaders-ru", "ru", ".txt", "Содержание", ["Введение", "Паромные линии", "Перспективы"], ".", None),
    ("leaders-trap-prose-de", "de", ".txt", None, [], None,
     "Wir warteten am Kai … und warteten wieder … und nichts bewegte sich, bis der Hafenmeister mittags kam."),
    ("leaders-pl", "pl", ".txt", "Spis treści", ["Wstęp", "Linie promowe", "Perspektywy"], ". ", None),
    ("leaders-md-nl", "nl", ".md", "## Inhoud", ["Inleiding", "De veerlijnen", "Vooruitzichten"], ".", None),
]
_LEADER_TITLES = {"en": "Ferries on the Caspian: a review", "de": "Fähren auf dem Kaspischen Meer: eine Übersicht",
                  "fr": "Les ferries de la Caspienne : un bilan", "es": "Los transbordadores del Caspio: un balance",
                  "it": "I traghetti del Caspio: un bilancio", "ru": "Паромы на Каспии: обзор",
                  "pl": "Promy na Morzu Kaspijskim: przegląd", "nl": "Veerboten op de Kaspische Zee: een overzicht"}


def _leaders() -> list[Cell]:
    out = []
    for n, (name, lang, suffix, heading, entries, form, prose) in enumerate(LEADERS):
        indent = n % 4 < 2 and suffix == ".txt"  # (indented as a plain text's sections are, in both halves)
        title = _LEADER_TITLES[lang]
        paragraphs = list(BODIES[lang][:2]) + ([prose] if prose else [])
        contents = []
        for k, entry in enumerate(entries):
            label = f"{k + 1}. {entry} "
            dots = (form * ((60 - len(label)) // len(form))).rstrip() if form else ""
            contents.append(("   " if indent else "") + f"{label}{dots} {k + 2}")
        head = [("# " if suffix == ".md" else "") + title]
        if contents:
            head.append("\n".join(([heading, ""] if heading else []) + contents).replace("\n\n", "\n\n", 1))
        text = "\n\n".join(head + paragraphs) + "\n"
        out.append(Cell("leaders", name, text, title, None, None, suffix=suffix, body=paragraphs,
                        furniture=[f"{e} {(form * 3).strip()}" for e in entries[:2]]))  # (the number off, as a list's)
    return out


# ---- subscribecall: (name, lang, call or None, last paragraph of the body or None)
SUBSCRIBECALLS = [
    ("subscribecall-es", "es", "¿Te ha gustado? Suscríbete a nuestro boletín y recibe cada artículo nuevo.", None),
    ("subscribecall-it", "it", "Iscriviti alla nostra newsletter per ricevere i prossimi articoli.", None),
    ("subscribecall-pt", "pt", "Assine a nossa newsletter e receba os próximos textos por e-mail.", None),
    ("subscribecall-nl", "nl", "Schrijf je in voor onze nieuwsbrief en mis geen enkel artikel.", None),
    ("subscribecall-trap-noun-es", "es", None,
     "Descarga de gas en el puerto de Alat: los buques esperan tres días antes de atracar, según los prácticos."),
    ("subscribecall-pl", "pl", "Zapisz się do naszego newslettera, a nowe teksty trafią prosto do Ciebie.", None),
    ("subscribecall-es-2", "es", "Apúntate a nuestra lista de correo para no perderte nada.", None),
    ("subscribecall-trap-route-it", "it", None,
     "Segui la linea del gasdotto verso ovest e troverai le stesse stazioni di compressione costruite negli anni ottanta."),
    ("subscribecall-pt-2", "pt", "Inscreva-se no nosso boletim semanal.", None),
    ("subscribecall-nl-2", "nl", "Abonneer je op onze nieuwsbrief.", None),
]
_CALL_TITLES = {"es": "Lo que vimos en el puerto de Alat", "it": "Cosa abbiamo visto nel porto di Alat",
                "pt": "O que vimos no porto de Alat", "nl": "Wat we zagen in de haven van Alat",
                "pl": "Co zobaczyliśmy w porcie Alat"}


def _subscribecalls() -> list[Cell]:
    out = []
    for name, lang, call, last in SUBSCRIBECALLS:
        title = _CALL_TITLES[lang]
        paragraphs = list(BODIES[lang][:2]) + ([last] if last else [])
        text = f"---\ntitle: \"{title}\"\ndate: 2026-03-10\n---\n\n" + "\n\n".join(paragraphs + ([call] if call else [])) \
            + "\n"
        out.append(Cell("subscribecall", name, text, title, "2026-03-10", None, suffix=".md", body=paragraphs,
                        furniture=[call] if call else []))
    return out


# ---- mdcaption: (name, lang, caption, credit or None, italic mark, under an image)
MDCAPTIONS = [
    ("mdcaption-credit-en", "en", "The ferry terminal at Alat at dawn.", "Photo: Sarah Whitfield", "*", True),
    ("mdcaption-plain-de", "de", "Der Fähranleger in Alat am frühen Morgen.", None, "*", True),
    ("mdcaption-credit-ru", "ru", "Паромный терминал в Алят на рассвете.", "Фото: Дмитрий Соколов", "_", True),
    ("mdcaption-credit-fr", "fr", "Le terminal des ferries d'Alat à l'aube.", "Photo : Élodie Garnier", "*", True),
    ("mdcaption-trap-note-en", "en", "This post was updated on 12 March to correct a figure.", None, "*", False),
    ("mdcaption-credit-it", "it", "Il terminal dei traghetti di Alat all'alba.", "Foto: Marco Bellini", "_", True),
    ("mdcaption-plain-es", "es", "La terminal de transbordadores de Alat al amanecer.", None, "_", True),
    ("mdcaption-credit-de", "de", "Wartende Lastwagen vor dem Fähranleger.", "Bild: Stefan Prinz / KPD", "*", True),
    ("mdcaption-trap-note-de", "de", "Dieser Beitrag wurde am 12. März korrigiert.", None, "*", False),
    ("mdcaption-credit-pl", "pl", "Terminal promowy w Alacie o świcie.", "Fot. Tomasz Wiśniewski", "*", True),
]


def _mdcaptions() -> list[Cell]:
    out = []
    for name, lang, caption, credit, mark, image in MDCAPTIONS:
        paragraphs = list(BODIES[lang][:2])
        line = f"{mark}{caption}{' ' + credit if credit else ''}{mark}"
        middle = ["![terminal](/img/alat-terminal.jpg)", line] if image else [line]
        text = "---\ntitle: Alat\ndate: 2026-03-10\n---\n\n" + "\n\n".join([paragraphs[0]] + middle + [paragraphs[1]]) + "\n"
        cell = Cell("mdcaption", name, text, "Alat", "2026-03-10", None, suffix=".md", body=paragraphs,
                    furniture=[credit or caption])
        cell.captions = [caption] if image else []
        out.append(cell)
    return out


# ---- aboutbox: (name, lang, syntax, box's title, the note in it, about: whether the title says "about this article")
ABOUTBOXES = [
    ("aboutbox-docusaurus-en", "en", ":::", "About this article",
     "This piece summarises a study we did for the port. Figures are rounded and published with its consent.", True),
    ("aboutbox-mkdocs-fr", "fr", "!!!", "À propos de cet article",
     "Ce texte résume une étude réalisée pour le port. Les chiffres sont arrondis et publiés avec son accord.", True),
    ("aboutbox-callout-de", "de", ">", "Über diesen Beitrag",
     "Dieser Text fasst eine Studie für den Hafen zusammen. Die Zahlen sind gerundet und mit seiner Zustimmung veröffentlicht.",
     True),
    ("aboutbox-docusaurus-it", "it", ":::", "Su questo articolo",
     "Questo testo riassume uno studio fatto per il porto. Le cifre sono arrotondate e pubblicate con il suo consenso.", True),
    ("aboutbox-trap-note-en", "en", ":::", "Note",
     "The ferry timetable changes twice a year, and the winter schedule usually drops one of the three weekly crossings.",
     False),
    ("aboutbox-docusaurus-pt", "pt", ":::", "Sobre este artigo",
     "Este texto resume um estudo feito para o porto. Os números estão arredondados e são publicados com autorização.", True),
    ("aboutbox-mkdocs-nl", "nl", "!!!", "Over dit artikel",
     "Deze tekst vat een studie voor de haven samen. De cijfers zijn afgerond en met toestemming gepubliceerd.", True),
    ("aboutbox-trap-tip-de", "de", ">", "Wichtig",
     "Wer mit dem Lastwagen übersetzt, sollte die Fähre mindestens drei Tage vorher buchen, weil die Plätze im Sommer knapp sind.",
     False),
    ("aboutbox-callout-ru", "ru", ">", "Об этой статье",
     "Этот текст кратко излагает исследование, выполненное для порта. Цифры округлены и публикуются с его согласия.", True),
    ("aboutbox-docusaurus-pl", "pl", ":::", "O tym artykule",
     "Ten tekst streszcza badanie wykonane dla portu. Liczby są zaokrąglone i publikowane za jego zgodą.", True),
]


def _aboutboxes() -> list[Cell]:
    out = []
    for name, lang, syntax, title, note, about in ABOUTBOXES:
        paragraphs = list(BODIES[lang][:2])
        if syntax == ":::":
            box = f":::info {title}\n\n{note}\n\n:::"
        elif syntax == "!!!":
            box = f"!!! note \"{title}\"\n\n    {note}"
        else:
            box = f"> [!info] {title}\n> {note}"
        text = "---\ntitle: Alat\ndate: 2026-03-10\n---\n\n" + "\n\n".join([paragraphs[0], box, paragraphs[1]]) + "\n"
        body = paragraphs if about else [paragraphs[0], note, paragraphs[1]]
        out.append(Cell("aboutbox", name, text, "Alat", "2026-03-10", None, suffix=".md", body=body,
                        furniture=[note.split(". ")[0]] if about else []))
    return out


def cells() -> list[Cell]:
    return _footlabels() + _fmposts() + _proptables() + _svclines() + _rfcheads() + _leaders() + _subscribecalls() + _mdcaptions() + _aboutboxes()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure(cell: Cell) -> dict:
    """A cell as sweep_d23text measures it; an ``mdcaption`` cell's body right only with its caption kept whole as a
    caption passage, and no other caption read."""
    r = _measure(cell)
    if hasattr(cell, "captions"):
        import tempfile
        from pathlib import Path

        from azmap.corpus.reading import read
        from azmap.corpus.segment import segment

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{cell.name}{cell.suffix}"
            path.write_text(cell.text, encoding="utf-8")
            reading = read(path)
        got = [" ".join(p.text.split()) for p in segment(reading.text, markdown=True, site=reading.meta.publisher)
               if p.kind == "caption"]
        r["got"]["captions"] = got
        r["ok"]["body"] = r["ok"]["body"] and got == cell.captions
    return r


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
