"""A sweep of the plain-text and markdown kinds documents18 missed (taken up as development material).

An agency's dispatch from its client feed: the agency and its service in capitals, a transmission line
("Transmis le 12/03/2025 à 14:22 GMT | Priorité : … | Rubrique : …"), keyword and version lines (all
furniture), a keyword slug, the headline (the title), the reporter after "Par"/"By"/"Por"/"Von" with the
surname in capitals (written as said: "Anna KOCH" is Anna Koch), a dateline opening the first paragraph (the
date), a photo advisory after the text (furniture). Traps: a byline naming the agency in capitals (nobody),
a surname with a particle or two surnames in capitals.

An open letter in markdown: a trail of links joined by "·" or "|" over its title (no title), the place and
date in italics, the letter, a closing, a heading over its signatories ("## Firmantes", "## Signatories",
"## Signataires", "## Unterzeichnende") and a list of "Title Name, affiliation or calling" (the authors, in
order, titles off; no body), a line inviting more signatures (no body). Trap: a numbered list of demands
in the letter (body, no authors).

An OCR'd scan of a bulletin as plain text: a bracketed digitisation note, specks read as stray marks (a full
stop, a comma, an apostrophe, a tilde) on lines of their own or far right of a line, the masthead with the
issue's number and month in columns (the month is the date), a rule, the headline in capitals over two
lines (the title, joined), a byline, hard-wrapped paragraphs with words hyphenated at line ends, a folio, a
form feed, a running head, a "SEE ALSO:" line (furniture).

A compiler's line with two dates ("Compiled by A, Centre. First published X; last updated Y."): the last
update is the date; the trap, a line with the first publication only.

Added after the first reader change (a second batch, written before the reader read them): a slide deck as
the PDF reader writes it, whose "Outline" ("Agenda", "Contents", "Gliederung", "Sommaire") slide lists the
later slides' titles, one item a line or items apart (a contents list: no body), the trap a "Key points"
list of sentences (body); a register's notice as the PDF reader writes it, whose field labels ("AGENCY:",
"ACTION:", "SUMMARY:", "DATES:") are no speakers' turns (no participants), its title under the bureau and
the docket in brackets, its signer after "Dated:" (the author, the post under the name the affiliation;
the "Dated:", name and post lines no body), the trap a hearing's transcript whose speakers stay.

Cells alternate: even places are the development half, odd places the test half (other wordings,
languages, layouts and look-alike traps), measured once at the end.

    python -m tests.sweep_d18text [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text

Cell = sweep_d16text.Cell

# (agency line, transmission line, keywords, version, slug, headline, byline, the author, dateline, the date,
#  paragraphs, photo advisory)
FEEDS = [
    ("AGENCE CONTINENTALE DE PRESSE - SERVICE MONDIAL EN FRANÇAIS",
     "Transmis le 04/06/2025 à 09:10 GMT | Priorité : normale | Rubrique : ECO-ENERGIE",
     "Mots-clés : Azerbaïdjan, gaz, Europe", "Version : 3 (remplace la version de 08:40 GMT)",
     "Azerbaïdjan-gaz-Europe", "Le gaz azerbaïdjanais vers l'Europe atteint un niveau record",
     "Par Camille ROUSSEL", "Camille Roussel", "BAKOU, 4 juin 2025 (ACP) - ", "2025-06-04",
     ["Les livraisons de gaz azerbaïdjanais vers l'Europe ont atteint un niveau record au premier semestre, "
      "selon les chiffres publiés mercredi par le ministère de l'Energie.",
      "Le gazoduc transadriatique a transporté plus de six milliards de mètres cubes en six mois, a précisé le "
      "ministère, qui attend une nouvelle hausse après la mise en service de nouvelles capacités."],
     "(PHOTO) Disponible : le terminal de Sangatchal, 04/06/2025, réf. ACP-PH-220117."),
    ("CASPIAN WIRE SERVICE - ENGLISH DESK",
     "Transmitted 18/09/2025 at 16:45 GMT | Priority: urgent | Category: POL-DIPLO",
     "Keywords: Georgia, Azerbaijan, rail", "Version: 2 (replaces the 16:02 GMT version)",
     "Georgia-Azerbaijan-rail", "Tbilisi and Baku agree joint border checks for freight trains",
     "By Helen MARCHETTI", "Helen Marchetti", "TBILISI, Sept 18, 2025 (CWS) - ", "2025-09-18",
     ["Georgia and Azerbaijan will check freight trains together at the Gardabani crossing from next month, "
      "the two railway companies said on Thursday.",
      "The joint checks are meant to cut the time a container train waits at the border from several hours "
      "to less than one, a spokesman for the Georgian railway said."],
     "(PHOTO) Available: a freight train at Gardabani, 18/09/2025, ref. CWS-PH-77120."),
    ("AGENCIA IBÉRICA DE NOTICIAS - SERVICIO INTERNACIONAL",
     "Transmitido el 02/10/2025 a las 11:05 GMT | Prioridad: normal | Sección: ECO-TRANSPORTE",
     "Palabras clave: Kazajistán, Azerbaiyán, ferris", "Versión: 2 (sustituye a la versión de las 10:30 GMT)",
     "Kazajistán-Azerbaiyán-ferris", "Dos nuevos ferris unirán Aktau y Alat antes del verano",
     "Por Lucía GÓMEZ PARDO", "Lucía Gómez Pardo", "ALAT, 2 de octubre de 2025 (AIN) - ", "2025-10-02",
     ["Dos nuevos ferris comenzarán a unir el puerto kazajo de Aktau con el de Alat antes del próximo verano, "
      "anunció este jueves la naviera estatal de Kazajistán.",
      "Los buques, construidos en un astillero de Bakú, podrán llevar cada uno cincuenta vagones y duplicarán "
      "la capacidad de la línea, según la empresa."],
     "(FOTO) Disponible: el puerto de Alat, 02/10/2025, ref. AIN-FO-55102."),
    ("DEUTSCHE KASPISCHE NACHRICHTENAGENTUR - AUSLANDSDIENST",
     "Übermittelt am 21.01.2025 um 07:55 GMT | Priorität: hoch | Ressort: POL-AUSSEN",
     "Schlagwörter: Armenien, Aserbaidschan, Grenze", "Version: 2 (ersetzt die Version von 07:20 GMT)",
     "Armenien-Aserbaidschan-Grenze", "Armenien und Aserbaidschan einigen sich auf weiteren Grenzabschnitt",
     "Von Jonas KELLER", "Jonas Keller", "ERIWAN, 21. Januar 2025 (DKN) - ", "2025-01-21",
     ["Armenien und Aserbaidschan haben sich auf einen weiteren Abschnitt ihrer gemeinsamen Grenze geeinigt, "
      "teilte das armenische Außenministerium am Dienstag mit.",
      "Der Abschnitt ist etwa zwölf Kilometer lang und liegt im Norden beider Länder, wo vor einem Jahr schon "
      "vier Dörfer die Seite gewechselt hatten."],
     "(FOTO) Verfügbar: die Kommission in Eriwan, 21.01.2025, Ref. DKN-FO-11873."),
    ("AGENCE CONTINENTALE DE PRESSE - SERVICE ECONOMIQUE",
     "Transmis le 15/07/2025 à 12:30 GMT | Priorité : normale | Rubrique : ECO-TRANSPORT",
     "Mots-clés : Géorgie, ports, Anaklia", "Version : 1",
     "Géorgie-ports-Anaklia", "La Géorgie relance le chantier du port en eau profonde d'Anaklia",
     "Par Jean-Marc DE LA FONTAINE", "Jean-Marc De La Fontaine", "TBILISSI, 15 juillet 2025 (ACP) - ", "2025-07-15",
     ["Le gouvernement géorgien a annoncé mardi la reprise des travaux du port en eau profonde d'Anaklia, "
      "à l'arrêt depuis plusieurs années.",
      "Un consortium doit être choisi d'ici la fin de l'année, a indiqué le ministre de l'Economie, sans "
      "préciser le coût du projet."],
     "(PHOTO) Disponible : la côte à Anaklia, 15/07/2025, réf. ACP-PH-230045."),
    ("CASPIAN WIRE SERVICE - BUSINESS DESK",
     "Transmitted 03/11/2025 at 10:15 GMT | Priority: normal | Category: ECO-ENERGY",
     "Keywords: Turkmenistan, gas, Caspian", "Version: 1",
     "Turkmenistan-gas-Caspian", "Turkmen gas swap through Azerbaijan doubles in October",
     "By Samir ALIYEV and Grace O'NEILL", None, "ASHGABAT, Nov 3, 2025 (CWS) - ", "2025-11-03",
     ["Gas sent from Turkmenistan to Azerbaijan under the swap agreement doubled in October, traders said on "
      "Monday, as Baku drew more gas to cover its export contracts.",
      "The volumes remain small next to Azerbaijan's own output, but the swap is the first regular flow of "
      "Turkmen gas west across the Caspian region in decades."],
     "(PHOTO) Available: a compressor station near Ashgabat, 03/11/2025, ref. CWS-PH-80211."),
]
FEED_AUTHORS = {5: ["Samir Aliyev", "Grace O'Neill"]}


# (trail, title, place and date line, the date, paragraphs, demands or None, closing, heading, signatories as
#  listed, the names, invitation)
LETTERS = [
    ("[Inicio](/) · [Campañas](/campanas/) · [Cartas](/campanas/cartas/)",
     "Carta abierta al Consejo sobre las conexiones ferroviarias del Cáucaso Sur", "*Bilbao, 14 de marzo de 2025*",
     "2025-03-14",
     ["Nos dirigimos al Consejo como investigadores y profesionales del transporte que siguen desde hace años las "
      "rutas entre el mar Caspio y el mar Negro.",
      "Les pedimos que la financiación de las conexiones ferroviarias de la región se decida antes del verano, "
      "para que las obras no se retrasen otro año."],
     None, "Atentamente,", "## Firmantes",
     ["1. Dra. Carmen Soler Vidal, Universidad del Norte", "2. Luis Ferrer Camps, embajador retirado",
      "3. Prof. Irene Castaño Ruiz, Instituto de Estudios del Caspio", "4. Óscar Molina Sanz, ingeniero ferroviario"],
     ["Carmen Soler Vidal", "Luis Ferrer Camps", "Irene Castaño Ruiz", "Óscar Molina Sanz"],
     "¿Quiere firmar la carta? Escríbanos a firmas@rutas.example con su nombre y afiliación."),
    ("[Home](/) | [Campaigns](/campaigns/) | [Open letters](/campaigns/letters/)",
     "An open letter to the foreign ministers on the Caspian energy corridor", "*London, 9 April 2025*",
     "2025-04-09",
     ["We write as researchers, retired diplomats and engineers who have followed the South Caucasus for many "
      "years, ahead of the Council's debate on the southern gas corridor.",
      "We ask that any long-term supply agreement include verifiable limits on methane leaks along the whole "
      "chain, from the fields to the Union's border."],
     None, "Yours sincerely,", "## Signatories",
     ["1. Dr Hannah Price, University of Westmoor", "2. Sir Adrian Cole, former ambassador",
      "3. Prof. Martin Hale, Centre for Caspian Studies", "4. Ruth Ellison, independent consultant",
      "5. Dr. Omar Haddad, Institute of Energy Policy"],
     ["Hannah Price", "Adrian Cole", "Martin Hale", "Ruth Ellison", "Omar Haddad"],
     "Would you like to sign? Write to letters@corridor.example with your name and affiliation."),
    ("[Accueil](/) · [Campagnes](/campagnes/) · [Lettres ouvertes](/campagnes/lettres/)",
     "Lettre ouverte aux ministres européens sur le corridor du Milieu", "*Paris, le 22 mai 2025*", "2025-05-22",
     ["Nous nous adressons à vous en tant que chercheurs et professionnels de la logistique qui suivent depuis "
      "des années les routes entre la Chine et l'Europe par la Caspienne.",
      "Nous vous demandons de soutenir la modernisation des ports d'Aktau et d'Alat, sans laquelle le corridor "
      "restera une promesse."],
     None, "Veuillez agréer, Mesdames et Messieurs les ministres, l'expression de notre haute considération.",
     "## Signataires",
     ["- Dr Claire Morel, Université de Lyon-Est", "- Pr Antoine Leblanc, Institut des études caucasiennes",
      "- Sophie Garnier, consultante indépendante", "- Marc Dubois, ambassadeur honoraire"],
     ["Claire Morel", "Antoine Leblanc", "Sophie Garnier", "Marc Dubois"],
     "Vous souhaitez signer cette lettre ? Écrivez à signatures@corridor.example."),
    ("[Start](/) · [Kampagnen](/kampagnen/) · [Offene Briefe](/kampagnen/briefe/)",
     "Offener Brief an die Bundesregierung zur Gasversorgung aus dem Kaspischen Raum", "*Berlin, 3. Juni 2025*",
     "2025-06-03",
     ["Wir wenden uns als Wissenschaftlerinnen und Wissenschaftler und als Fachleute der Energiewirtschaft an "
      "Sie, die die Entwicklung im Südkaukasus seit Jahren verfolgen.",
      "Wir bitten Sie, die Erweiterung des südlichen Gaskorridors an überprüfbare Zusagen zur Senkung der "
      "Methanemissionen zu knüpfen."],
     None, "Mit freundlichen Grüßen", "## Unterzeichnende",
     ["1. Prof. Dr. Anke Vogel, Universität Leipzig", "2. Dr. Lukas Berg, Deutsches Institut für Energiepolitik",
      "3. Eva Roth, Botschafterin a. D.", "4. Tom Brenner, unabhängiger Berater"],
     ["Anke Vogel", "Lukas Berg", "Eva Roth", "Tom Brenner"],
     "Sie möchten unterschreiben? Schreiben Sie an briefe@korridor.example."),
    # the trap: demands in a numbered list inside the letter (body, read without their numbers as a list's
    # items are; no authors)
    ("[Home](/) · [Letters](/letters/)",
     "Open letter to the transport ministers of the Middle Corridor", "*Geneva, 12 September 2025*", "2025-09-12",
     ["We are freight forwarders and shippers who send goods between China and Europe across the Caspian every "
      "week, and we have three requests."],
     ["1. Publish the ferry schedules a month ahead, not a week ahead.",
      "2. Accept one electronic manifest at every border on the route.",
      "3. Build a second gauge-change yard before the volumes double again."],
     "Sincerely,", "## Signatories",
     ["1. Peter Lang, Alpine Freight Forwarding", "2. Dr Ayesha Khan, Silk Route Logistics",
      "3. Prof. Jan de Vries, Rotterdam Transport Institute"],
     ["Peter Lang", "Ayesha Khan", "Jan de Vries"],
     "To add your company's name, write to letters@forwarders.example."),
    ("[Inicio](/) | [Cartas abiertas](/cartas/)",
     "Carta abierta a la Comisión sobre el cable eléctrico del mar Negro", "*Valencia, 30 de octubre de 2025*",
     "2025-10-30",
     ["Como ingenieros y economistas que trabajan en el sector eléctrico, queremos llamar la atención de la "
      "Comisión sobre el proyecto de cable submarino entre el Cáucaso y Rumanía.",
      "Les pedimos que el estudio de viabilidad se publique completo antes de que se tome ninguna decisión de "
      "financiación."],
     None, "Un cordial saludo,", "## Firmantes",
     ["- Dr. Alberto Ríos Vega, Universidad Politécnica de Levante", "- Prof.ª Beatriz Núñez Ortiz, Centro de "
      "Estudios Energéticos", "- Dra. Paula Serrano Gil, consultora independiente"],
     ["Alberto Ríos Vega", "Beatriz Núñez Ortiz", "Paula Serrano Gil"],
     "¿Quiere sumarse? Escríbanos a firmas@cable.example indicando su nombre."),
]


# (digitisation note, masthead's first line, running head, headline's two lines, byline, the author, the date,
#  see-also line)
SCANS = [
    ("[Digitised by the Ganja City Library, Serials Programme, 2018.\n Text produced by optical character "
     "recognition; it may contain errors.\n Item: CEN-1996-07, pages 1-2. Scanned 3 May 2018.]",
     "CASPIAN ENERGY NEWSLETTER          No. 7          March 1996", "CASPIAN ENERGY NEWSLETTER       No. 7, March 1996",
     ("SHAH DENIZ TALKS", "MOVE TO LONDON"), "By T. Mammadov, staff writer", "T. Mammadov", "1996-03",
     "SEE ALSO: Licence map, p. 5; Letters, p. 8."),
    ("[Scanned by the Tbilisi Public Library, Periodicals Digitisation, 2020.\n OCR text; errors are likely.\n"
     " Item: TR-1998-22, pages 2-3. Scanned 9 February 2020.]",
     "TRANSCAUCASUS RAIL REVIEW        Issue 22        June 1998", "TRANSCAUCASUS RAIL REVIEW     Issue 22, June 1998",
     ("THE GAUGE PROBLEM", "WILL NOT GO AWAY"), "By N. Beridze, Tbilisi correspondent", "N. Beridze", "1998-06",
     "SEE ALSO: Timetable, p. 6."),
    ("[Numérisé par la Bibliothèque régionale, programme de numérisation des périodiques, 2019.\n Texte issu de la "
     "reconnaissance optique des caractères ; il peut contenir des erreurs.\n Document : BPC-1997-03, pages 1-2. "
     "Numérisé le 12 mars 2019.]",
     "BULLETIN PÉTROLIER DE LA CASPIENNE      No 3      Octobre 1997", "BULLETIN PÉTROLIER DE LA CASPIENNE   No 3, octobre 1997",
     ("LE PREMIER PÉTROLE", "PREND LA ROUTE DU NORD"), "Par A. Guliyev, correspondant à Bakou", "A. Guliyev", "1997-10",
     "VOIR AUSSI : Tableau des tarifs, p. 7."),
    ("[Digitised by the Absheron Regional Library, Periodicals Scanning Programme, 2021.\n Text produced by optical "
     "character recognition; it may contain errors.\n Item: CPB-1999-02, pages 5-6. Scanned 14 July 2021.]",
     "CASPIAN PETROLEUM BULLETIN          No. 2          February 1999", "CASPIAN PETROLEUM BULLETIN       No. 2, February 1999",
     ("SUPSA TERMINAL", "LOADS ITS FIRST TANKER"), "By R. Hasanov, Baku correspondent", "R. Hasanov", "1999-02",
     "SEE ALSO: Tanker rates, p. 9; Interview with the port's director, p. 11."),
    ("[Digitalisiert von der Landesbibliothek, Programm Zeitschriften, 2017.\n Text durch Texterkennung erzeugt; er "
     "kann Fehler enthalten.\n Stück: KW-1995-11, Seiten 3-4. Gescannt am 2. Mai 2017.]",
     "KASPISCHER WIRTSCHAFTSDIENST       Nr. 11       November 1995", "KASPISCHER WIRTSCHAFTSDIENST    Nr. 11, November 1995",
     ("DAS ERSTE ÖL", "FLIESST NACH NORDEN"), "Von K. Schulz, Korrespondent in Baku", "K. Schulz", "1995-11",
     "SIEHE AUCH: Tariftabelle, S. 7."),
    ("[Digitised by the National Library, Trade Press Project, 2016.\n Text produced by optical character "
     "recognition; it may contain errors.\n Item: GPR-2001-05, pages 1-2. Scanned 30 November 2016.]",
     "GULF AND CASPIAN PIPELINE REPORT     Vol. 4, No. 5     May 2001", "PIPELINE REPORT     Vol. 4, No. 5, May 2001",
     ("BAKU-CEYHAN ROUTE", "SURVEY IS FINISHED"), "By J. Whitfield, energy editor", "J. Whitfield", "2001-05",
     "SEE ALSO: Route map, p. 3."),
]
SCAN_TEXT = {
    "en": (["The survey of the route from Baku to the Mediterranean coast is finished, the consortium said this "
            "month, and engineers have chosen a line that avoids the highest passes.",
            "Officials say the cost of the line will be known by the end of the year. \"We are paying for "
            "certainty,\" one of them said, and the banks have asked for a guarantee before they commit."],
           ["The survey of the route from Baku to the Mediterranean coast is finished, the consortium said this "
            "month, and engineers have chosen a line that avoids the highest passes.",
            "Officials say the cost of the line will be known by the end of the year. \"We are paying for "
            "certainty,\" one of them said, and the banks have asked for a guarantee before they commit."]),
    "fr": (["Le premier pétrole du gisement de Tchirag a commencé ce mois-ci à couler vers le nord, jusqu'au port "
            "russe de Novorossiisk, une route que le consortium présente comme provisoire.",
            "La deuxième route, vers la côte géorgienne de la mer Noire, est encore en construction et ne devrait "
            "pas être prête avant deux ans, selon les ingénieurs du consortium."], None),
    "de": (["Das erste Öl aus dem Feld Tschirag fließt seit diesem Monat nach Norden zum russischen Hafen "
            "Noworossijsk, eine Route, die das Konsortium als vorläufig bezeichnet.",
            "Die zweite Route zur georgischen Schwarzmeerküste wird noch gebaut und soll nach Angaben der "
            "Ingenieure erst in zwei Jahren fertig sein."], None),
}


def _wrap(paragraph: str, width: int = 52) -> list[str]:
    """A paragraph hard-wrapped as the scan prints it, a long word hyphenated at a line's end now and then."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            if len(word) >= 9 and word.isalpha() and len(line) + 1 + len(word) // 2 < width:
                half = len(word) // 2
                lines.append(f"{line} {word[:half]}-")
                line = word[half:]
                continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def _scan(k: int, note, masthead, running, headline, byline, see_also, paras) -> str:
    specks = [".", ",", "'", "~"]
    out = [note, "", " " * 57 + specks[k % 4], "      " + masthead, " " + "_" * 67, "", " " + specks[(k + 1) % 4],
           "     " + headline[0], "     " + headline[1], "", "     " + byline, ""]
    first = _wrap(paras[0])
    out += ["     " + first[0]] + [" " + line for line in first[1:-1]]
    out += [" " + first[-1] + " " * max(2, 57 - len(first[-1])) + specks[(k + 2) % 4], "",
            " ~", " " + "_" * 67, f" {k + 3}" + " " * 37 + masthead.split("  ")[0], "\f",
            " " + running, " " * 66 + ","]
    second = _wrap(paras[1])
    out += ["     " + second[0]] + [" " + line for line in second[1:]]
    out += [" " * 46 + ".", "     " + see_also, " " + "_" * 67, f" {k + 4}" + " " * 37 + masthead.split("  ")[0], ""]
    return "\n".join(out)


# (compiler's line, title, the date, the author)
COMPILED = [
    ("*Compiled by Farid Karimov, Caspian Records Centre. First published 2 March 2020; last updated 9 June 2025.*",
     "Chronology: the Middle Corridor, 1996-2025", "2025-06-09", "Farid Karimov"),
    ("*Compiled by Nino Tsereteli, Black Sea Archive. First published 11 January 2019; updated 3 February 2025.*",
     "Chronology: Anaklia port, 2011-2025", "2025-02-03", "Nino Tsereteli"),
    ("*Compiled by Orkhan Valiyev, Kura Basin Library. Last updated 20 October 2025; first published 4 April 2022.*",
     "Chronology: the Kura river agreements, 1990-2025", "2025-10-20", "Orkhan Valiyev"),
    # the trap: the first publication only
    ("*Compiled by Leyla Huseynova, Caucasus Records Centre. First published 15 May 2024.*",
     "Chronology: the Lachin road, 1992-2024", "2024-05-15", "Leyla Huseynova"),
    ("*Compiled by Marta Ruiz, Centro de Documentación del Cáucaso. Publicado el 2 de marzo de 2021; actualizado "
     "el 7 de julio de 2025.*", "Cronología: el corredor de Najicheván, 1994-2025", "2025-07-07", "Marta Ruiz"),
    ("*Compiled by Anke Vogel, Kaukasus-Archiv. First published 1 December 2020; last revised 12 August 2025.*",
     "Chronology: Caspian export pipelines, 1994-2025", "2025-08-12", "Anke Vogel"),
]
ENTRIES = ["- **12 May 1994:** A ceasefire takes effect along the line of contact.",
           "- **20 September 1994:** The production sharing agreement for three offshore fields is signed in Baku.",
           "- **25 May 2006:** The first oil reaches Ceyhan through the new pipeline.",
           "- **30 October 2017:** The railway from Baku through Tbilisi to Kars opens."]


# (title, speaker, post, event line, the date, outline heading, slides (title, bullets), items apart)
DECKS = [
    ("Ferries on the Caspian: what changed in 2024", "Nigar Aliyeva", "Research Fellow, Baku Transport Institute",
     "Caspian Ports Forum, Aktau · 14 May 2025", "2025-05-14", "Outline",
     [("Traffic at Aktau and Alat", ["Container traffic across the sea rose by a third in 2024",
                                      "Most of the growth came on the Aktau to Alat line"]),
      ("Where ships wait", ["Average wait for a berth at Alat: 19 hours", "Storms closed both ports for nine days"]),
      ("What the operators plan", ["Two new ferries from 2026", "A shared booking system by the end of 2025"])], True),
    ("Gas storage before winter: Azerbaijan's options", "Rauf Karimli", "Head of Analysis, Ganja Energy Forum",
     "Energy Week, Baku · 3 June 2025", "2025-06-03", "Agenda",
     [("Demand in winter", ["Peak demand rises by half in January", "Exports fall when the cold lasts"]),
      ("Storage today", ["Two fields hold about four billion cubic metres", "Both were built in Soviet times"]),
      ("Three options", ["Expand Galmaz", "Build a new site near Shirvan", "Buy space abroad"])], False),
    ("Der Mittlere Korridor: Zahlen und Engpässe", "Jana Koch", "Referentin, Institut für Osteuropastudien",
     "Logistiktag, Leipzig · 9. Oktober 2025", "2025-10-09", "Gliederung",
     [("Mengen auf der Route", ["Die Mengen haben sich seit 2021 verdoppelt", "Der Großteil fährt noch über die Straße"]),
      ("Wartezeiten", ["Fähre Aktau–Alat: zwei bis sieben Tage", "Spurwechsel in Achalkalaki: vier Stunden"]),
      ("Was helfen würde", ["Ein gemeinsames elektronisches Frachtpapier", "Feste Fahrpläne der Fähren"])], True),
    ("Le corridor du Milieu après BTK", "Claire Morel", "Chercheuse, Institut des études caucasiennes",
     "Rencontres de la logistique, Lyon · 21 novembre 2025", "2025-11-21", "Sommaire",
     [("Les volumes", ["Le fret a doublé entre 2021 et 2024", "Le rail reste sous-utilisé"]),
      ("Les délais", ["Attente d'un ferry : deux à sept jours", "Contrôles aux frontières : la première cause de retard"]),
      ("Les remèdes", ["Un manifeste électronique unique", "Des horaires de ferry publiés"])], False),
    ("Power across the Black Sea: the cable study", "Orkhan Valiyev", "Senior Engineer, Caucasus Grid Studies Centre",
     "Grid Futures Conference, Tbilisi · 2 April 2025", "2025-04-02", "Contents",
     [("The route", ["From the Georgian coast to Constanța, about 1,100 km", "The deepest stretch lies at 2,200 metres"]),
      ("The costs", ["Estimates run from 2 to 3.5 billion euros", "The converter stations cost a third of it"]),
      ("Who buys the power", ["Romania and Hungary have signed letters of intent", "No contract is signed yet"])], True),
    # the trap: a list of points that are no later slide's title (body)
    ("Caspian freight rates in 2025", "Samir Aliyev", "Analyst, Steppe Freight Research",
     "Freight Days, Almaty · 12 March 2025", "2025-03-12", "Key points",
     [("Rates by route", ["Aktau to Baku rates fell by a tenth", "Turkmenbashi to Baku rates held steady"]),
      ("Why rates fell", ["Two new ferries entered service", "Demand for grain shipments eased"]),
      ("What comes next", ["Rates should rise again in the winter", "Storms will cut sailings as every year"])], False),
]
KEY_POINTS = ["Rates fell on the busiest route in the first half.", "New ships and weaker demand explain most of it.",
              "The winter will bring them back up."]

# (register's line, department, bureau, docket, title, summary, the signer, post, dated line, the date, fields)
NOTICES = [
    ("Commonwealth Register / Vol. 14, No. 88 / Tuesday, 6 May 2025 / Notices", "DEPARTMENT OF ENERGY",
     "Office of Pipeline Safety", "[Docket No. OPS-2025-0112]",
     "Inspection Intervals for Cross-Border Gas Pipelines in the Caucasus Region",
     "The Office of Pipeline Safety proposes to shorten the inspection interval for cross-border gas pipelines "
     "operated under its certificates in the Caucasus region. The Office invites comments on the proposal.",
     "Marcus Delaney-Ward", "Deputy Director, Office of Pipeline Safety", "Dated: 28 April 2025.", "2025-04-28",
     ["AGENCY: Office of Pipeline Safety, Department of Energy.", "ACTION: Notice of proposed policy; request for comments."]),
    ("Federal Gazette of Commerce / Vol. 9, No. 212 / Monday, 3 November 2025 / Notices",
     "DEPARTMENT OF COMMERCE", "Bureau of Transit Trade", "[Docket No. BTT-2025-0301]",
     "Simplified Customs Procedures for Rail Freight Transiting the South Caucasus",
     "The Bureau of Transit Trade is simplifying the customs procedures that apply to rail freight transiting the "
     "South Caucasus under a through bill of lading. The change takes effect thirty days after publication.",
     "Anita Rosenthal", "Assistant Secretary for Transit Trade", "Dated: 27 October 2025.", "2025-10-27",
     ["AGENCY: Bureau of Transit Trade, Department of Commerce.", "ACTION: Final notice.",
      "DATES: The procedures take effect on 3 December 2025."]),
    ("Commonwealth Register / Vol. 13, No. 40 / Thursday, 29 February 2024 / Notices", "DEPARTMENT OF STATE",
     "Office of Sanctions Policy", "[File No. OSP-2024-007]",
     "Guidance on Payments for Transit Services Through Georgia and Azerbaijan",
     "The Office of Sanctions Policy is issuing guidance on payments for transit services through Georgia and "
     "Azerbaijan by persons subject to its rules. The guidance replaces the notice of 2022.",
     "Helen Okafor-Price", "Director, Office of Sanctions Policy", "Dated: 20 February 2024.", "2024-02-20",
     ["AGENCY: Office of Sanctions Policy, Department of State.", "ACTION: Notice of guidance.",
      "ADDRESSES: Questions may be sent to the Office through its portal."]),
    ("Official Journal of the Maritime Authority / Vol. 3, No. 17 / Friday, 11 April 2025 / Notices",
     "MARITIME AUTHORITY", "Directorate of Port State Control", "[Docket No. MA-DPSC-2025-04]",
     "Port State Control Priorities for Tankers Calling at Black Sea Terminals",
     "The Directorate of Port State Control sets out its inspection priorities for tankers calling at Black Sea "
     "terminals that load Caspian crude. The priorities apply from the date of publication.",
     "Peter Lindqvist", "Director of Port State Control", "Dated: 4 April 2025.", "2025-04-04",
     ["AGENCY: Directorate of Port State Control, Maritime Authority.", "ACTION: Notice of priorities.",
      "FOR FURTHER INFORMATION CONTACT: Maria Santos, Directorate of Port State Control, telephone +1 555 0101."]),
    ("Commonwealth Register / Vol. 12, No. 19 / Wednesday, 29 January 2025 / Notices", "DEPARTMENT OF TRADE",
     "Bureau of Export Administration", "[Docket No. BXA-2025-0009]",
     "Export Licences for Seismic Survey Equipment to Caspian Littoral States",
     "The Bureau of Export Administration is revising the licence requirements for seismic survey equipment "
     "exported to the Caspian littoral states. Applications will be reviewed within thirty days.",
     "Thomas Achebe", "Director, Office of Technology Evaluation", "Dated: 22 January 2025.", "2025-01-22",
     ["AGENCY: Bureau of Export Administration, Department of Trade.", "ACTION: Notice of revised licence requirements.",
      "DATES: Comments must be received by 31 March 2025."]),
]
NOTICE_TEXT = ["Operators have told the Office that the present rules leave the timing of inspections to each "
               "certificate, so that pipelines under different certificates are inspected at different intervals.",
               "From the date this notice takes effect, the same rule will apply to every certificate, and the "
               "Office will publish the list of inspections it has received each year."]
# the trap: a hearing's transcript, its speakers' turns in capitals
HEARING = ("Public hearing on the Caspian transit notice\n\n12 March 2025\n\n"
           "CHAIRMAN: The hearing will come to order. We will hear first from the operators.\n\n"
           "ALIYEVA: Thank you. The operators support the notice but ask for a longer transition.\n\n"
           "HARTLEY: The shippers agree with that, and would add a request for published figures.\n\n"
           "ALIYEVA: We can publish the figures every quarter.\n")


def cells() -> list[Cell]:
    out = []
    for k, (agency, sent, keys, version, slug, headline, byline, author, dateline, date, paras, photo) in enumerate(FEEDS):
        text = (f"{agency}\n{sent}\n{keys}\n{version}\n\n{slug}\n{headline}\n{byline}\n\n{dateline}{paras[0]}\n\n"
                f"{paras[1]}\n\nab/cd\n\n{photo}\n\n© {agency.split(' - ')[0].title()} 2025. All rights reserved.\n")
        out.append(Cell(f"feed{k}", text, headline, date, FEED_AUTHORS.get(k, [author]),
                        body=[dateline + paras[0], paras[1]], furniture=[agency, sent, keys, photo]))
    for k, (trail, title, placed, date, paras, demands, closing, heading, listed, names, invite) in enumerate(LETTERS):
        letter = "\n\n".join(paras) + ("\n\n" + "\n".join(demands) if demands else "")
        text = (f"{trail}\n\n# {title}\n\n{placed}\n\n{letter}\n\n{closing}\n\n{heading}\n\n" + "\n".join(listed)
                + f"\n\n{invite}\n\n---\n\n© 2025 · [Aviso legal](/legal/)\n")
        signed = [line.split(" ", 1)[1] for line in listed]
        out.append(Cell(f"letter{k}", text, title, date, names, suffix=".md", body=paras + [d.split(" ", 1)[1] for d in demands or []],
                        furniture=signed + [invite]))
    for k, (note, masthead, running, headline, byline, author, date, see_also) in enumerate(SCANS):
        lang = "fr" if "Par " in byline else "de" if "Von " in byline else "en"
        paras, read = SCAN_TEXT[lang]
        text = _scan(k, note, masthead, running, headline, byline, see_also, paras)
        out.append(Cell(f"scan{k}", text, f"{headline[0]} {headline[1]}", date, [author],
                        body=read or paras, furniture=[see_also]))
    for k, (line, title, date, author) in enumerate(COMPILED):
        text = (f"[Records](/) / [Chronologies](/chronologies/) / {title.split(': ')[1].split(',')[0]}\n\n# {title}\n\n"
                f"{line}\n\n## Entries\n\n" + "\n".join(ENTRIES) + "\n\n---\n\n*© Records Centre (CC BY 4.0).*\n")
        out.append(Cell(f"chrono{k}", text, title, date, [author], suffix=".md"))
    for k, (title, speaker, post, event, date, heading, slides, apart) in enumerate(DECKS):
        join = "\n\n" if apart else "\n"
        listed = KEY_POINTS if heading == "Key points" else [t for t, _ in slides]
        text = (f"# {title}\n\n{speaker}\n\n{post}\n\n{event}\n\n## {heading}\n\n"
                + join.join(f"- {i}" for i in listed) + "\n\n"
                + "".join(f"## {t}\n\n" + join.join(f"- {b}" for b in bullets) + "\n\n" for t, bullets in slides)
                + "## Thank you\n\nQuestions?\n")
        body = [b for _, bullets in slides for b in bullets] + (KEY_POINTS if heading == "Key points" else [])
        out.append(Cell(f"deck{k}", text, title, date, [speaker], suffix=".md", body=body,
                        furniture=[] if heading == "Key points" else listed))
    for k, (register, department, bureau, docket, title, summary, signer, post, dated, date, fields) in enumerate(NOTICES):
        text = (f"{register}\n\n{department}\n\n{bureau}\n\n{docket}\n\n{title}\n\n" + "\n\n".join(fields[:2])
                + f"\n\nSUMMARY:\n\n{summary}\n\n" + "".join(f"{f}\n\n" for f in fields[2:])
                + f"## SUPPLEMENTARY INFORMATION: Background\n\n{NOTICE_TEXT[0]}\n\n## Revised Policy\n\n"
                f"{NOTICE_TEXT[1]}\n\n{dated}\n\n{signer},\n\n{post}.\n")
        out.append(Cell(f"notice{k}", text, title, date, [signer], suffix=".md", people=[],
                        body=[summary] + NOTICE_TEXT, furniture=fields[:2] + [dated, post]))
    out.append(Cell("notice5", HEARING, "Public hearing on the Caspian transit notice", "2025-03-12", [],
                    people=["Aliyeva", "Hartley"]))
    return out


def part(name: str) -> list[Cell]:
    every = cells()
    return [c for i, c in enumerate(every) if i % 2 == (0 if name == "dev" else 1)]


measure = sweep_d16text.measure  # read as ingest reads, measured as sweep_d16text measures


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
