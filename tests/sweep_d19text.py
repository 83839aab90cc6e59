"""A sweep of the plain-text kinds documents19's text files showed the reader missing (taken up as development
material), each written as a kind of form and position, in other genres, wordings and languages.

``wrap``: a text whose paragraphs are set apart by blank lines, hard-wrapped, one of its lines short because a
sentence ends there ("The ferry sailed on Monday." with the paragraph going on under it): a single line break
inside a block is a wrap, the paragraph is one. Traps: a text with no blank lines at all, whose paragraphs end
at a short line with a full stop (those stay apart), and a list of short items in a block (no paragraph).

``masthead``: a bulletin's or newsletter's head framed by rules ("=====" or "-----") round its name, issue and
day: the head is furniture, the day in it is the date, the line under the rules (the headline) the title.
Traps: the headline over the rules (a title underlined), a masthead with an issue number and no day.

``credit``: a labelled credit line right under the title, "Label: Name, Post" ("Market commentary:",
"Analyse :", "Kommentar:", "Texto:", "Hazırlayan:"): the name is the author, the post after the comma her
affiliation, whatever the label's words. Traps: a source line of the same form naming an institution, and a
contact line of the same form at the foot (nobody).

``signed``: a name alone at a text's foot (a surname, in capitals or not) is a signature; the full form of
that name elsewhere in the document (a "drafted by", "approved", "classified by" line, a header row) is the
author, a rank or post before it her affiliation. Cables among them are dated by their date-time group
("R 141032Z OCT 25": the 14th), not by a reference to an earlier message. Traps: a foot of "ENDS" or "###",
a surname alone that no line names in full (that surname, as signed).

``pagebreak`` (a second batch, written after the first four kinds' changes and before the reader read it): a
report printed to plain text whose page break repeats its stamp, its page line ("Page 2 of 2", "Seite 2 von 2",
"Página 2 de 2", "Strona 2 z 2") and a section line with its number changed ("ANNEX 2 OF 2 - REPORT 14/2025"),
the section line standing apart on the first page: a line in the page line's group that comes back elsewhere,
numbers aside, is a running head (furniture). Traps: the line under the page line is the text's own and comes
back nowhere; a page line with nothing repeated beside it.

``form`` (a third batch, written after the page breaks' change and before the reader read it): a form printed
from a portal to plain text (a call for grants, contract notices in French, German, Spanish and Polish, a job
advert), its numbered points and "Label: value" fields in runs (a record: furniture), a numbered "Title:" label
alone on its line over the title, indented ("II.1.1) Titel:", "2.1) Title:", "II.1.1) Tytuł:": the title, over
the portal's line at the top), labels over indented paragraphs (the body), the body's official name the author
(an organisation; added to the cells before the reader read it: the job advert's employer is not scored). Traps:
a transcript's turns one a line in a block ("Host: a sentence."), a Q&A ("Q : …", "R : …"): body.

``table`` (a fourth batch, written after the forms' change and before the reader read it): a report in plain
text with a fixed-width table (a heading row in capitals with its columns' names, a rule, rows of a name and
figures aligned in columns, a rule, a source line) between paragraphs, in English, French, German, Spanish and
Turkish: the table is no paragraph of the body, its heading row and source line no body; traps: a paragraph
whose sentences are set apart by two spaces, figures in it, and an indented quotation with doubled spaces
(prose).

Cells alternate: even places are the development half, odd places the test half (other wordings,
languages, layouts and look-alike traps), measured once at the end.

    python -m tests.sweep_d19text [dev|test] [-v]
"""
from __future__ import annotations

import sys
from functools import partial

from tests import sweep_d16text

Cell = sweep_d16text.Cell


def _wrap(paragraph: str, width: int = 68) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def _set(first: str, rest: str, width: int = 68) -> str:
    """A paragraph whose first sentence stands on a line of its own (the wrap fell at its end)."""
    return "\n".join([first] + _wrap(rest, width))


# (title, head lines, (first sentence, rest) per paragraph, the date, the author)
WRAPS = [
    ("Ferry traffic across the Caspian recovers after the storms",
     ["Caspian Transport Review", "3 February 2025", "By Nigar Aliyeva"],
     [("The ferries between Aktau and Alat sailed again on Monday.",
       "Operators said the backlog of wagons on the Kazakh side would take about ten days to clear, and that "
       "two extra sailings had been added to the timetable for the rest of the month."),
      ("Shippers were less sure.",
       "Several forwarders said they had already moved part of their cargo to the road route through Russia "
       "and would not bring it back before the spring, whatever the timetable promised.")],
     "2025-02-03", ["Nigar Aliyeva"]),
    ("Le port de Poti prépare l'arrivée de plus gros navires",
     ["Lettre d'information portuaire", "12 mars 2025", "Par Claire Morel"],
     [("Les travaux de dragage ont commencé la semaine dernière.",
       "Ils doivent porter la profondeur du chenal d'accès à douze mètres avant l'été, ce qui permettrait au "
       "port de recevoir des navires de plus de quarante mille tonnes."),
      ("Le coût reste inconnu.",
       "L'opérateur du port n'a pas publié le montant du contrat, mais des sources proches du dossier parlent "
       "d'une somme comprise entre trente et cinquante millions de dollars.")],
     "2025-03-12", ["Claire Morel"]),
    ("Neue Fähre verbindet Aktau und Baku ab April",
     ["Kaspischer Logistikbrief", "21. Januar 2025", "Von Jonas Keller"],
     [("Die neue Fähre soll im April den Dienst aufnehmen.",
       "Sie wurde in einer Werft in Baku gebaut und kann fünfzig Güterwagen aufnehmen, doppelt so viele wie "
       "die Schiffe, die bisher auf der Strecke fahren."),
      ("Die Betreiber sind zuversichtlich.",
       "Nach ihren Angaben könnten die Wartezeiten in Aktau damit von mehreren Tagen auf einen Tag sinken, "
       "wenn auch die Bahn ihre Fahrpläne anpasst.")],
     "2025-01-21", ["Jonas Keller"]),
    ("El corredor del Caspio gana peso en el comercio con China",
     ["Boletín de transporte euroasiático", "2 de octubre de 2025", "Por Lucía Gómez Pardo"],
     [("El tráfico de contenedores creció un tercio en 2024.",
       "La mayor parte del aumento correspondió a la línea entre Aktau y Alat, según los datos publicados por "
       "la asociación de operadores del corredor esta semana en Tiflis."),
      ("Los cuellos de botella siguen ahí.",
       "Los transitarios señalan las esperas en los puertos y los cambios de ancho de vía en la frontera "
       "georgiana como las principales causas de retraso del corredor.")],
     "2025-10-02", ["Lucía Gómez Pardo"]),
    ("Rail freight through Georgia sets a quarterly record",
     ["Black Sea Freight Notes", "14 July 2025", "By Samir Aliyev"],
     [("Georgian Railway carried more freight than in any earlier quarter.",
       "The company said transit cargo from Azerbaijan and Central Asia made up more than half of the total, "
       "most of it oil products and grain bound for the Black Sea ports."),
      ("The ports kept up.",
       "Batumi and Poti both reported record handling figures for the same months, and neither said that "
       "ships had waited longer than usual for a berth.")],
     "2025-07-14", ["Samir Aliyev"]),
    ("Nowe terminale w Batumi i Poti przyciągają przewoźników",
     ["Przegląd Kaukaski", "5 czerwca 2025", "Anna Nowak"],
     [("Oba porty ogłosiły w maju nowe inwestycje.",
       "W Batumi powstaje terminal dla kontenerów, a w Poti nabrzeże dla statków przewożących zboże, które "
       "ma zostać oddane do użytku jeszcze przed końcem przyszłego roku."),
      ("Przewoźnicy są zadowoleni.",
       "Według nich nowe terminale skrócą czas oczekiwania na rozładunek, który latem sięgał nawet tygodnia, "
       "i pozwolą przyjmować większe statki.")],
     "2025-06-05", ["Anna Nowak"]),
]
# the traps: no blank lines at all, a paragraph ending at a short line with a full stop (apart)
UNSPACED = [
    ("Note on the Alat free zone",
     ["The free zone at Alat took its first tenants in 2024, after",
      "three years of building work next to the new port.",
      "Its rules follow the model of the Gulf's zones: foreign companies",
      "may own their businesses outright and pay no customs duty.",
      "The government expects the zone to employ five thousand people",
      "by the end of the decade."],
     ["The free zone at Alat took its first tenants in 2024, after three years of building work next to the new port.",
      "Its rules follow the model of the Gulf's zones: foreign companies may own their businesses outright and pay "
      "no customs duty.",
      "The government expects the zone to employ five thousand people by the end of the decade."]),
    ("Note sur le port d'Anaklia",
     ["Le chantier du port en eau profonde d'Anaklia a repris cette année,",
      "après plusieurs années d'arrêt.",
      "Un consortium doit être choisi d'ici la fin de l'année, et le",
      "gouvernement promet une première tranche avant trois ans.",
      "Les transitaires attendent de voir les tarifs.",
      "Aucun n'a encore réservé de capacité."],
     ["Le chantier du port en eau profonde d'Anaklia a repris cette année, après plusieurs années d'arrêt.",
      "Un consortium doit être choisi d'ici la fin de l'année, et le gouvernement promet une première tranche avant "
      "trois ans.",
      "Les transitaires attendent de voir les tarifs.", "Aucun n'a encore réservé de capacité."]),
]


# (company line, bulletin's name, issue, day as printed, the date, headline, byline or None, the author)
MASTHEADS = [
    ("CASPIAN GRAIN BROKERS  |  Dry Cargo Desk  |  Aktau - Baku", "CASPIAN GRAIN MARKET WEEKLY", "No. 12/2025",
     "Monday 17 March 2025", "2025-03-17", "Wheat shipments to Baku pick up as the ice clears", "By Timur Bekov",
     ["Timur Bekov"]),
    ("COURTAGE MARITIME DE LA MER NOIRE  |  Service vracs", "HEBDO DU FRET MER NOIRE", "Numéro 8/2025",
     "vendredi 21 février 2025", "2025-02-21", "Les taux du vrac sec remontent à Constanța", "Par Sophie Garnier",
     ["Sophie Garnier"]),
    ("SCHIFFSMAKLER NORDKASPI GMBH  |  Tankerabteilung", "KASPI-TANKER WOCHENBERICHT", "Ausgabe 33/2025",
     "Freitag, 15. August 2025", "2025-08-15", "Tankerraten im Kaspischen Meer geben weiter nach", None, None),
    ("CORREDURÍA DEL MAR NEGRO  |  Mesa de contenedores", "SEMANARIO DE FLETES DEL MAR NEGRO", "Número 40/2025",
     "viernes, 3 de octubre de 2025", "2025-10-03", "Los fletes de contenedores a Poti se estabilizan",
     "Por Marta Ruiz", ["Marta Ruiz"]),
    ("TRANS-CASPIAN CHARTERING LTD  |  Tanker Desk  |  Baku", "TRANS-CASPIAN TANKER BRIEF", "Issue 5/2025",
     "Thursday 30 January 2025", "2025-01-30", "Aframax owners hold out for higher rates at Ceyhan", None, None),
    ("KARADENİZ NAVLUN  |  Kuru yük masası  |  İstanbul", "KARADENİZ NAVLUN BÜLTENİ", "Sayı 19/2025",
     "9 Mayıs 2025 Cuma", "2025-05-09", "Karadeniz'de kuru yük navlunları yükselişte", None, None),
]
MASTHEAD_TEXT = {
    "en": ["Rates for the short sea trades rose for a second week as charterers competed for the few ships open "
           "in the first half of the month, and owners held out for more on the longer voyages.",
           "Brokers expect the market to stay firm until the new programme is published, though a mild spell "
           "could bring more tonnage out of the northern ports sooner than planned."],
    "fr": ["Les taux ont progressé pour la deuxième semaine consécutive, les affréteurs se disputant les rares "
           "navires disponibles dans la première moitié du mois.",
           "Les courtiers s'attendent à ce que le marché reste ferme jusqu'à la publication du nouveau programme, "
           "même si un redoux pourrait libérer plus de navires au nord."],
    "de": ["Die Raten sind in der zweiten Woche in Folge gefallen, weil mehr Schiffe frei wurden, als die "
           "Befrachter für die erste Monatshälfte brauchten.",
           "Die Makler erwarten, dass der Markt schwach bleibt, bis das neue Ladeprogramm veröffentlicht ist und "
           "die Befrachter wieder planen können."],
    "es": ["Los fletes se mantuvieron estables por tercera semana, con la demanda y la oferta de buques "
           "equilibradas en las principales rutas del mar Negro.",
           "Los corredores no esperan cambios importantes hasta que se publique el programa de carga del mes "
           "siguiente, aunque el invierno podría alterar los planes."],
    "tr": ["Navlun oranları, kiracıların ayın ilk yarısında boş kalan az sayıdaki gemi için yarışmasıyla ikinci "
           "hafta üst üste yükseldi.",
           "Brokerler, yeni yükleme programı açıklanana kadar piyasanın güçlü kalmasını bekliyor, ancak ılıman "
           "bir hava daha fazla gemiyi serbest bırakabilir."],
}
# the traps: a title underlined by a rule over the text; a masthead with an issue and no day (undated)
MASTHEAD_TRAPS = [
    ("Port notes: the berths at Alat\n==============================\n\n4 March 2025\n\n",
     "Port notes: the berths at Alat", "2025-03-04"),
    ("RATES DESK  |  Weekly\n======================================================================\n"
     "CASPIAN TANKER NOTES                  Issue 17\n"
     "======================================================================\n\n"
     "Turkmen cargoes return to the spot market\n\n", "Turkmen cargoes return to the spot market", None),
]


# (title, day line, credit line, the author, her post, paragraphs' language)
CREDITS = [
    ("Caspian gas balance: what the winter will test", "10 November 2025",
     "Market commentary: Leyla Huseynova, Head of Gas Analysis", "Leyla Huseynova", "Head of Gas Analysis", "en"),
    ("Le corridor gazier après l'hiver", "18 mars 2025", "Analyse : Antoine Leblanc, économiste en chef",
     "Antoine Leblanc", "économiste en chef", "fr"),
    ("Der Gasmarkt im Südkaukasus vor dem Winter", "4. November 2025",
     "Marktkommentar: Eva Roth, Leiterin Research", "Eva Roth", "Leiterin Research", "de"),
    ("El mercado del gas en el Cáucaso tras el verano", "22 de septiembre de 2025",
     "Texto: Beatriz Núñez Ortiz, analista sénior", "Beatriz Núñez Ortiz", "analista sénior", "es"),
    ("Rates outlook for the Caspian tanker trade", "1 December 2025",
     "Weekly view: Rustam Mammadov, Senior Tanker Broker", "Rustam Mammadov", "Senior Tanker Broker", "en"),
    ("Hazar'da tanker piyasası kışa hazırlanıyor", "6 Ekim 2025",
     "Hazırlayan: Ayşe Demir, Araştırma Müdürü", "Ayşe Demir", "Araştırma Müdürü", "tr"),
]
# the traps: a source line of the same form naming an institution (no author), a contact line at the foot
CREDIT_TRAPS = [
    ("Caspian oil exports in the third quarter", "14 October 2025",
     "Source: Ministry of Energy, monthly export statistics", "en"),
    ("Les exportations de pétrole de la Caspienne", "15 octobre 2025",
     "Source : Agence de l'énergie, statistiques mensuelles", "fr"),
]
CREDIT_FOOT = {"en": "Contact: Farid Karimov, press officer", "fr": "Contact : Sophie Garnier, attachée de presse"}


# (head lines over the text, paragraphs, foot lines, the date, the author with her affiliation)
SIGNED = [
    ("R 031415Z MAR 24\nFM EMBASSY ALDORA TBILISI\nTO FOREIGN MINISTRY ALDORA PRIORITY\n\n"
     "R E S T R I C T E D SECTION 01 OF 01 TBILISI 000233\n\n"
     "SUBJECT: GEORGIA: PORT OF ANAKLIA TENDER REOPENED\n\n"
     "REF: TBILISI 000198 (FEB 12, 2024)\n\nDrafted By: First Secretary Helena Kask\n\n",
     ["1. (R) SUMMARY: The government has reopened the tender for the deep-sea port at Anaklia and says a "
      "consortium will be chosen by the end of the year. END SUMMARY.",
      "2. (R) The economy minister told us that three groups have asked for the tender documents, one of them "
      "led by a company registered in Singapore."],
     "KASK\n\nNNNN\n", "2024-03-03", "Helena Kask", "First Secretary"),
    ("P 220930Z JUN 25\nDE AMBASSADE DE VALMORE A BAKOU\nA MINISTERE DES AFFAIRES ETRANGERES\n\n"
     "OBJET : AZERBAIDJAN : LA ROUTE DU ZANGUEZOUR AU CENTRE DES DISCUSSIONS\n\n"
     "REF : BAKOU 000121 (10 MAI 2025)\n\nRédigé par : Conseiller Jean-Marc Dubois\n\n",
     ["1. Les autorités azerbaïdjanaises ont présenté cette semaine aux diplomates européens leurs plans pour "
      "la route qui doit relier le pays au Nakhitchevan.",
      "2. Nos interlocuteurs insistent sur le calendrier des travaux et sur la participation de capitaux "
      "étrangers au financement de la voie ferrée."],
     "DUBOIS\n\nFIN\n", "2025-06-22", "Jean-Marc Dubois", "Conseiller"),
    ("MEMORANDUM\n\nTO: Director, Caucasus Desk\nSUBJECT: Gas transit talks in Tbilisi\nDATE: 14 May 2025\n"
     "Approved: Deputy Director Martin Hale\n\n",
     ["The Georgian side raised the transit tariff again at the talks, and said it would not agree to new "
      "volumes before the question of the compressor stations is settled.",
      "We recommend that the desk prepare a note on the options for sharing the cost of the stations before the "
      "next round in June."],
     "Hale\n", "2025-05-14", "Martin Hale", "Deputy Director"),
    ("VERMERK\n\nAN: Referat Südkaukasus\nBETREFF: Gespräche über den Transit durch Georgien\n"
     "DATUM: 3. April 2025\nVerfasst von: Botschaftsrätin Anke Vogel\n\n",
     ["Die georgische Seite hat in den Gesprächen erneut die Transitgebühr angesprochen und will neuen Mengen "
      "erst zustimmen, wenn die Kosten der Verdichterstationen geklärt sind.",
      "Wir schlagen vor, bis zur nächsten Runde im Mai eine Aufzeichnung über die Möglichkeiten der "
      "Kostenteilung vorzubereiten."],
     "VOGEL\n", "2025-04-03", "Anke Vogel", "Botschaftsrätin"),
    # the traps: a foot of "ENDS"; a surname alone that no line names in full
    ("Caspian shipping note\n\n12 June 2025\n\n",
     ["The shipping lines on the Caspian added two sailings a week from June, and the port of Alat says it can "
      "take them without delays to other ships.",
      "The operators expect the new sailings to stay until the end of the season, when the storms usually cut "
      "the timetable by a third."],
     "ENDS\n", "2025-06-12", None, None),
    ("NOTE FOR THE FILE\n\nSUBJECT: Grain exports through Poti\nDATE: 9 September 2025\n\n",
     ["The grain exporters' association told us that shipments through Poti fell in August because of repairs "
      "to the rail line from the Azerbaijani border.",
      "The association expects the shipments to recover in October, once the repairs are finished and the "
      "line is open to heavy trains again."],
     "ORTEGA\n", "2025-09-09", None, None),
]


# (stamp, page line with "{n}", section line with "{n}", title, the date line, the date, the language's text)
PAGE_BREAKS = [
    ("INTERNAL - NOT FOR FURTHER DISTRIBUTION", "Page {n} of 2", "ANNEX {n} OF 2 - REPORT 14/2025",
     "Grain transit through Aktau in the first half", "4 August 2025", "2025-08-04", "en"),
    ("DIFFUSION RESTREINTE", "Page {n} sur 2", "PARTIE {n} SUR 2 - RAPPORT 7/2025",
     "Le transit du grain par Aktau au premier semestre", "5 août 2025", "2025-08-05", "fr"),
    ("NUR FÜR DEN DIENSTGEBRAUCH", "Seite {n} von 2", "TEIL {n} VON 2 - BERICHT 21/2025",
     "Der Getreidetransit über Aktau im ersten Halbjahr", "6. August 2025", "2025-08-06", "de"),
    ("USO INTERNO - NO DIFUNDIR", "Página {n} de 2", "PARTE {n} DE 2 - INFORME 9/2025",
     "El tránsito de grano por Aktau en el primer semestre", "7 de agosto de 2025", "2025-08-07", "es"),
    ("RESTRICTED // OFFICIAL USE", "PAGE {n} OF 2", "SECTION {n} OF 2 - BRIEF 3/2025",
     "Ferry capacity on the Caspian after the storms", "8 August 2025", "2025-08-08", "en"),
    ("SŁUŻBOWE - NIE ROZPOWSZECHNIAĆ", "Strona {n} z 2", "CZĘŚĆ {n} Z 2 - RAPORT 11/2025",
     "Tranzyt zboża przez Aktau w pierwszym półroczu", "9 sierpnia 2025", "2025-08-09", "pl"),
]
PAGE_TEXT = {
    "en": ["The port handled more grain in the first half than in the whole of last year, most of it bound for "
           "Baku and the Georgian ports, and the operators expect the pace to hold.",
           "Waiting times fell after the second berth opened, from four days on average in January to less than "
           "two in June, although storms still closed the port for a week.",
           "The railway on the Kazakh side remains the bottleneck: trains wait at the border for a day or more, "
           "and the operators have asked for a second crossing to be opened.",
           "Traders say that a third berth would be needed if the harvest is as large as the forecasts suggest, "
           "and the port authority has promised a study before the winter."],
    "fr": ["Le port a traité plus de grain au premier semestre que pendant toute l'année dernière, surtout à "
           "destination de Bakou et des ports géorgiens, et les opérateurs pensent que le rythme tiendra.",
           "Les attentes ont diminué après l'ouverture du deuxième poste, de quatre jours en moyenne en janvier à "
           "moins de deux en juin, même si les tempêtes ont encore fermé le port une semaine.",
           "Le chemin de fer du côté kazakh reste le goulet d'étranglement : les trains attendent à la frontière "
           "un jour ou plus, et les opérateurs demandent l'ouverture d'un second passage.",
           "Les négociants estiment qu'un troisième poste serait nécessaire si la récolte est aussi abondante que "
           "prévu, et l'autorité portuaire a promis une étude avant l'hiver."],
    "de": ["Der Hafen hat im ersten Halbjahr mehr Getreide umgeschlagen als im ganzen vergangenen Jahr, das meiste "
           "davon für Baku und die georgischen Häfen, und die Betreiber erwarten, dass das Tempo anhält.",
           "Die Wartezeiten sanken nach der Eröffnung des zweiten Liegeplatzes von durchschnittlich vier Tagen im "
           "Januar auf weniger als zwei im Juni, auch wenn Stürme den Hafen noch eine Woche schlossen.",
           "Die Bahn auf der kasachischen Seite bleibt der Engpass: Die Züge warten einen Tag oder länger an der "
           "Grenze, und die Betreiber haben einen zweiten Übergang gefordert.",
           "Händler meinen, ein dritter Liegeplatz werde nötig, wenn die Ernte so groß ausfällt wie vorhergesagt, "
           "und die Hafenbehörde hat eine Studie vor dem Winter versprochen."],
    "es": ["El puerto movió más grano en el primer semestre que en todo el año pasado, sobre todo con destino a "
           "Bakú y a los puertos georgianos, y los operadores esperan que el ritmo se mantenga.",
           "Las esperas se redujeron tras la apertura del segundo muelle, de cuatro días de media en enero a menos "
           "de dos en junio, aunque los temporales aún cerraron el puerto una semana.",
           "El ferrocarril del lado kazajo sigue siendo el cuello de botella: los trenes esperan en la frontera un "
           "día o más, y los operadores han pedido que se abra un segundo paso.",
           "Los comerciantes creen que haría falta un tercer muelle si la cosecha es tan grande como se prevé, y "
           "la autoridad portuaria ha prometido un estudio antes del invierno."],
    "pl": ["Port przeładował w pierwszym półroczu więcej zboża niż przez cały ubiegły rok, głównie do Baku i "
           "portów gruzińskich, a operatorzy spodziewają się, że tempo się utrzyma.",
           "Czas oczekiwania spadł po otwarciu drugiego nabrzeża, z czterech dni średnio w styczniu do mniej niż "
           "dwóch w czerwcu, choć sztormy nadal zamknęły port na tydzień.",
           "Wąskim gardłem pozostaje kolej po stronie kazachskiej: pociągi czekają na granicy dzień lub dłużej, a "
           "operatorzy poprosili o otwarcie drugiego przejścia.",
           "Handlowcy uważają, że potrzebne będzie trzecie nabrzeże, jeśli zbiory będą tak duże, jak zapowiadają "
           "prognozy, a zarząd portu obiecał analizę przed zimą."],
}
# the traps: the line under the page line is the text's (it comes back nowhere), and a page line with no
# line repeated beside it
PAGE_TRAPS = [("Page {n} of 2", "en"), ("Seite {n} von 2", "de")]


# (portal line, numbered title label, the title, field lines, description label, the description, second label,
#  the second paragraph, closing fields)
FORMS = [
    ("Regional Grants Portal - Call view        [Print]", "2.1) Title:", "Small grants for river transport studies",
     ["1.1) Official name: Kura Basin Transport Fund", "1.2) Postal address: 12 Nizami Street, Ganja",
      "1.3) Contact point: Grants Office", "2.2) Reference: KBTF/2025/07"], "2.3) Short description:",
     "The fund offers grants of up to twenty thousand euros for studies of freight transport on the Kura river, in "
     "particular of the channel's depth and of the ports that could be reopened.",
     "2.4) Eligibility:", "Universities and research institutes in the South Caucasus may apply, alone or with a "
     "partner from another country of the region.",
     ["3.1) Deadline for applications: 15/10/2025", "3.2) Languages: English, Azerbaijani"]),
    ("Portail des marchés publics - Avis        [Imprimer]", "II.1.1) Intitulé :",
     "Dragage du chenal d'accès au port de Poti",
     ["I.1) Nom officiel : Autorité portuaire de Poti", "I.2) Adresse : 3 rue du Port, Poti",
      "II.1.2) Code CPV principal : 45252124 Travaux de dragage"], "II.1.4) Description succincte :",
     "L'autorité portuaire recherche une entreprise pour draguer le chenal d'accès jusqu'à douze mètres de "
     "profondeur et pour évacuer les sédiments vers une zone de dépôt autorisée.",
     "II.2.14) Informations complémentaires :", "Les travaux devront être achevés avant l'hiver et ne pas "
     "interrompre la circulation des navires pendant la journée.",
     ["IV.2.2) Date limite de réception des offres : 30/09/2025", "IV.2.4) Langues : français, géorgien"]),
    ("Vergabeplattform - Bekanntmachung        [Drucken]", "II.1.1) Titel:",
     "Erneuerung der Signaltechnik auf der Strecke Tiflis-Gardabani",
     ["I.1) Offizielle Bezeichnung: Georgische Eisenbahn AG", "I.2) Postanschrift: Bahnhofsplatz 1, Tiflis",
      "II.1.2) CPV-Code Hauptteil: 45234115 Bauarbeiten für Eisenbahnsignalanlagen"], "II.1.4) Kurze Beschreibung:",
     "Die Eisenbahngesellschaft sucht ein Unternehmen, das die Signaltechnik auf der Strecke zwischen Tiflis und "
     "der aserbaidschanischen Grenze erneuert und die Stellwerke an das neue Leitsystem anschließt.",
     "II.2.14) Zusätzliche Angaben:", "Die Arbeiten sind bei laufendem Betrieb auszuführen; nächtliche Sperrpausen "
     "werden mit dem Auftragnehmer vereinbart.",
     ["IV.2.2) Schlusstermin für den Eingang der Angebote: 31/10/2025", "IV.2.4) Sprachen: Deutsch, Georgisch"]),
    ("Portal de contratación - Anuncio        [Imprimir]", "II.1.1) Título:",
     "Suministro de grúas para el puerto de Alat",
     ["I.1) Denominación oficial: Puerto Comercial Internacional de Alat", "I.2) Dirección postal: Alat, Azerbaiyán",
      "II.1.2) Código CPV principal: 42414000 Grúas"], "II.1.4) Breve descripción:",
     "El puerto busca un proveedor para el suministro y la instalación de cuatro grúas de muelle para contenedores, "
     "con la formación del personal que las manejará.",
     "II.2.14) Información adicional:", "Las grúas deberán estar en servicio antes de que se abra el tercer muelle, "
     "previsto para el otoño del año próximo.",
     ["IV.2.2) Plazo para la recepción de ofertas: 20/11/2025", "IV.2.4) Lenguas: español, inglés"]),
    ("Job Board - Vacancy view        [Print] [Share]", "1. Title:", "Port operations analyst (Aktau)",
     ["2. Employer: Caspian Ferry Lines", "3. Location: Aktau, Kazakhstan", "4. Contract: permanent, full time"],
     "5. Description:", "The analyst will follow the ferry timetable and the berth plan at Aktau, report on delays "
     "and work with the railway on the slots for trains arriving at the port.",
     "6. Requirements:", "Candidates need a degree in logistics or economics and three years of experience in a "
     "port or a shipping company; Russian and English are required.",
     ["7. Closing date: 30/09/2025", "8. Reference: CFL-2025-114"]),
    ("Portal zamówień - Ogłoszenie        [Drukuj]", "II.1.1) Tytuł:",
     "Remont nabrzeża zbożowego w porcie Batumi",
     ["I.1) Oficjalna nazwa: Port Morski Batumi", "I.2) Adres pocztowy: ul. Portowa 5, Batumi",
      "II.1.2) Główny kod CPV: 45241000 Roboty budowlane w zakresie portów"], "II.1.4) Krótki opis:",
     "Zarząd portu szuka wykonawcy remontu nabrzeża zbożowego, w tym wymiany odbojnic i naprawy płyty nabrzeża na "
     "długości dwustu metrów.",
     "II.2.14) Informacje dodatkowe:", "Roboty należy prowadzić etapami, tak aby co najmniej połowa nabrzeża "
     "pozostawała dostępna dla statków.",
     ["IV.2.2) Termin składania ofert: 15/12/2025", "IV.2.4) Języki: polski, gruziński"]),
]
# the traps: a transcript's turns, one a line in a block ("Name: a sentence."), and a Q&A: body
FORM_TRAPS = [
    ("Ferry talk: transcript\n\n12 March 2025\n\n",
     ["Host: Welcome back to the programme, and thank you for joining us again this week.",
      "Guest: Thank you for having me, it is good to be back in the studio.",
      "Host: Let us start with the ferries, which were late again in February."]),
    ("Questions et réponses sur le port\n\n14 mars 2025\n\n",
     ["Q : Quand le deuxième poste ouvrira-t-il aux navires de commerce ?",
      "R : Le deuxième poste ouvrira en mai, si les essais se passent bien.",
      "Q : Et le troisième poste, prévu depuis longtemps ?"]),
]


def _form_text(portal, label, title, fields, described, description, second, text2, closing) -> str:
    w = lambda p: "\n".join("    " + line for line in _wrap(p, 66))  # noqa: E731
    return (f"{portal}\nhttps://portal.example/notice/2025-000{len(title)}\n\n"
            + "\n".join("  " + f for f in fields[:2]) + f"\n\n  {label}\n    {title}\n"
            + "".join(f"  {f}\n" for f in fields[2:]) + f"  {described}\n{w(description)}\n  {second}\n{w(text2)}\n"
            + "".join(f"  {f}\n" for f in closing) + "\n" + "-" * 70 + "\n(c) 2025 Portal Services. Page 1 of 1\n")


# (title, day line, the date, heading row, rows, source line, the language's text)
TABLES = [
    ("Caspian port throughput in the third quarter", "6 October 2025", "2025-10-06",
     "THROUGHPUT BY PORT ('000 t)                 Q3 2025     Q3 2024    Change",
     [("Baku (Alat)", "4,210", "3,880", "+8.5%"), ("Aktau", "3,105", "3,240", "-4.2%"), ("Turkmenbashi", "1,870",
      "1,655", "+13.0%"), ("Makhachkala", "920", "1,010", "-8.9%")], "Source: port authorities, 3 October 2025.", "en"),
    ("Le trafic des ports de la Caspienne au troisième trimestre", "7 octobre 2025", "2025-10-07",
     "TRAFIC PAR PORT (milliers de t)              T3 2025     T3 2024    Variation",
     [("Bakou (Alat)", "4 210", "3 880", "+8,5 %"), ("Aktaou", "3 105", "3 240", "-4,2 %"), ("Turkmenbachi", "1 870",
      "1 655", "+13,0 %"), ("Makhatchkala", "920", "1 010", "-8,9 %")], "Source : autorités portuaires.", "fr"),
    ("Der Umschlag der Kaspihäfen im dritten Quartal", "8. Oktober 2025", "2025-10-08",
     "UMSCHLAG NACH HAFEN (Tsd. t)                  Q3 2025     Q3 2024  Veränderung",
     [("Baku (Alat)", "4.210", "3.880", "+8,5 %"), ("Aktau", "3.105", "3.240", "-4,2 %"), ("Turkmenbaschi", "1.870",
      "1.655", "+13,0 %"), ("Machatschkala", "920", "1.010", "-8,9 %")], "Quelle: Hafenbehörden.", "de"),
    ("El tráfico de los puertos del Caspio en el tercer trimestre", "9 de octubre de 2025", "2025-10-09",
     "TRÁFICO POR PUERTO (miles de t)                T3 2025     T3 2024    Variación",
     [("Bakú (Alat)", "4.210", "3.880", "+8,5 %"), ("Aktau", "3.105", "3.240", "-4,2 %"), ("Turkmenbashi", "1.870",
      "1.655", "+13,0 %"), ("Majachkalá", "920", "1.010", "-8,9 %")], "Fuente: autoridades portuarias.", "es"),
    ("Freight rates on the Middle Corridor", "10 October 2025", "2025-10-10",
     "RATES BY ROUTE (USD per FEU)                  This week   Last week   Change",
     [("Aktau - Alat (ferry)", "1,450", "1,500", "-50"), ("Alat - Poti (rail)", "980", "980", "0"),
      ("Poti - Constanta (sea)", "1,150", "1,100", "+50"), ("Alat - Kars (rail)", "1,320", "1,300", "+20")],
     "Source: forwarders' quotes, 9 October 2025 close.", "en"),
    ("Hazar limanlarında üçüncü çeyrek elleçleme", "11 Ekim 2025", "2025-10-11",
     "LİMANLARA GÖRE ELLEÇLEME (bin ton)              3Ç 2025     3Ç 2024     Değişim",
     [("Bakü (Alat)", "4.210", "3.880", "+%8,5"), ("Aktau", "3.105", "3.240", "-%4,2"), ("Türkmenbaşı", "1.870",
      "1.655", "+%13,0"), ("Mahaçkale", "920", "1.010", "-%8,9")], "Kaynak: liman idareleri.", "tr"),
]
TABLE_TEXT = {**PAGE_TEXT, "tr": MASTHEAD_TEXT["tr"] * 2}
# the traps: a paragraph whose sentences are set apart by two spaces, with figures in it (prose), and an
# indented quotation (prose)
TABLE_TRAPS = [
    ("Grain through Aktau", "12 October 2025", "2025-10-12",
     ["The port handled 1,240 t of grain in the week.  Rates rose by 5%.  Owners of the larger ships asked for",
      "more on the longer voyages, and two were fixed at 14.80 USD a tonne.  Brokers expect 15 next week."],
     "The port handled 1,240 t of grain in the week. Rates rose by 5%. Owners of the larger ships asked for more on "
     "the longer voyages, and two were fixed at 14.80 USD a tonne. Brokers expect 15 next week."),
    ("Ferries after the storm", "13 October 2025", "2025-10-13",
     ["    \"We lost four days,  and the trains waited in Aktau for all of them,\" said one",
      "    of the operators,  who asked not to be named,  in a call on Monday."],
     "\"We lost four days, and the trains waited in Aktau for all of them,\" said one of the operators, who asked "
     "not to be named, in a call on Monday."),
]


def _table_text(title, day, heading, rows, source, paras) -> str:
    w = lambda p: "\n".join(_wrap(p, 74))  # noqa: E731
    table = "\n".join(f"{r[0]:<44}{r[1]:>8}{r[2]:>12}{r[3]:>10}" for r in rows)
    return (f"{title}\n\n{day}\n\n{w(paras[0])}\n\n{w(paras[1])}\n\n{heading}\n{'-' * 76}\n{table}\n"
            f"{'-' * 76}\n{source}\n\n{w(paras[2])}\n\n{w(paras[3])}\n")


def _page_break_text(stamp, page, section, title, day, paras, trap=False) -> str:
    w = lambda p: "\n".join(_wrap(p, 70))  # noqa: E731
    head = f"{stamp}\n{page.format(n=1)}\n\n{title}\n\n{day}\n\n" + ("" if trap else f"{section.format(n=1)}\n\n")
    second = f"{page.format(n=2)}\n" + ("" if trap else f"{section.format(n=2)}\n\n")
    return (head + w(paras[0]) + "\n\n" + w(paras[1]) + f"\n\n{stamp}\n" + second + w(paras[2]) + "\n\n"
            + w(paras[3]) + f"\n\n{stamp}\n")


def cells() -> list[Cell]:
    out = []
    for k, (title, head, paras, date, authors) in enumerate(WRAPS):
        text = f"{title}\n\n" + "\n\n".join(head) + "\n\n" + "\n\n".join(_set(a, b) for a, b in paras) + "\n"
        out.append(Cell(f"wrap{k}", text, title, date, authors, body=[f"{a} {b}" for a, b in paras]))
    for k, (title, lines, body) in enumerate(UNSPACED):
        out.append(Cell(f"wrap{len(WRAPS) + k}trap", f"{title}\n\n" + "\n".join(lines) + "\n", title, None, None,
                        body=body))
    langs = ["en", "fr", "de", "es", "en", "tr"]
    for k, (company, name, issue, day, date, headline, byline, authors) in enumerate(MASTHEADS):
        rule = "=" * 78 if k % 2 == 0 else "-" * 78
        paras = MASTHEAD_TEXT[langs[k]]
        text = (f"{company}\n{rule}\n{name:<40}{issue:<20}{day}\n{rule}\n\n{headline}\n\n"
                + (f"{byline}\n\n" if byline else "") + "\n\n".join("\n".join(_wrap(p, 74)) for p in paras)
                + f"\n\n{'-' * 78}\n(c) 2025 {company.split('  |')[0].title()}. All rights reserved.\n")
        out.append(Cell(f"masthead{k}", text, headline, date, authors or [], body=paras,
                        furniture=[name, issue]))
    for k, (head, title, date) in enumerate(MASTHEAD_TRAPS):
        paras = MASTHEAD_TEXT["en"]
        text = head + "\n\n".join("\n".join(_wrap(p, 74)) for p in paras) + "\n"
        out.append(Cell(f"masthead{len(MASTHEADS) + k}trap", text, title, date, [], body=paras))
    for k, (title, day, credit, name, post, lang) in enumerate(CREDITS):
        paras = MASTHEAD_TEXT[lang]
        text = f"{title}\n\n{day}\n\n{credit}\n\n" + "\n\n".join("\n".join(_wrap(p, 72)) for p in paras) + "\n"
        cell = Cell(f"credit{k}", text, title, _day(day), [name], body=paras, furniture=[credit])
        cell.affiliations = [post]
        out.append(cell)
    for k, (title, day, source, lang) in enumerate(CREDIT_TRAPS):
        paras = MASTHEAD_TEXT[lang]
        text = (f"{title}\n\n{day}\n\n{source}\n\n" + "\n\n".join("\n".join(_wrap(p, 72)) for p in paras)
                + f"\n\n{CREDIT_FOOT[lang]}\n")
        out.append(Cell(f"credit{len(CREDITS) + k}trap", text, title, _day(day), [], body=paras,
                        furniture=[CREDIT_FOOT[lang]]))
    for k, (stamp, page, section, title, day, date, lang) in enumerate(PAGE_BREAKS):
        paras = PAGE_TEXT[lang]
        out.append(Cell(f"pagebreak{k}", _page_break_text(stamp, page, section, title, day, paras), title, date, None,
                        body=paras, furniture=[section.format(n=2)]))
    for k, (page, lang) in enumerate(PAGE_TRAPS):
        stamp, _, _, title, day, date, _ = PAGE_BREAKS[[p[-1] for p in PAGE_BREAKS].index(lang)]
        paras = PAGE_TEXT[lang]
        out.append(Cell(f"pagebreak{len(PAGE_BREAKS) + k}trap", _page_break_text(stamp, page, "", title, day, paras,
                                                                                 trap=True), title, date, None, body=paras))
    for k, (portal, label, title, fields, described, description, second, text2, closing) in enumerate(FORMS):
        text = _form_text(portal, label, title, fields, described, description, second, text2, closing)
        official = [f.split(":", 1)[1].strip() for f in fields[:1] if "Employer" not in f]
        out.append(Cell(f"form{k}", text, title, None, official or None, body=[description, text2],
                        furniture=fields + closing + [described, second]))
    for k, (head, turns) in enumerate(FORM_TRAPS):
        out.append(Cell(f"form{len(FORMS) + k}trap", head + "\n".join(turns) + "\n", head.split("\n")[0], None, None,
                        body=turns))
    for k, (title, day, date, heading, rows, source, lang) in enumerate(TABLES):
        paras = TABLE_TEXT[lang]
        out.append(Cell(f"table{k}", _table_text(title, day, heading, rows, source, paras), title, date, None,
                        body=paras, furniture=[heading.split("  ")[0], source]))
    for k, (title, day, date, lines, para) in enumerate(TABLE_TRAPS):
        text = f"{title}\n\n{day}\n\n" + "\n".join(_wrap(TABLE_TEXT["en"][0], 74)) + "\n\n" + "\n".join(lines) \
            + "\n\n" + "\n".join(_wrap(TABLE_TEXT["en"][1], 74)) + "\n"
        out.append(Cell(f"table{len(TABLES) + k}trap", text, title, date, None,
                        body=[TABLE_TEXT["en"][0], para, TABLE_TEXT["en"][1]]))
    for k, (head, paras, foot, date, name, post) in enumerate(SIGNED):
        text = head + "\n\n".join("\n".join(_wrap(p, 68)) for p in paras) + "\n\n" + foot
        cell = Cell(f"signed{k}" + ("trap" if k >= 4 else ""), text, _signed_title(head), date,
                    [name] if name else [] if k == 4 else None, body=paras, furniture=[foot.split("\n")[0]])
        cell.affiliations = [post] if name else None
        out.append(cell)
    return out


_DAYS = {"10 November 2025": "2025-11-10", "18 mars 2025": "2025-03-18", "4. November 2025": "2025-11-04",
         "22 de septiembre de 2025": "2025-09-22", "1 December 2025": "2025-12-01", "6 Ekim 2025": "2025-10-06",
         "14 October 2025": "2025-10-14", "15 octobre 2025": "2025-10-15"}


def _day(day: str) -> str:
    return _DAYS[day]


def _signed_title(head: str) -> str:
    for line in head.split("\n"):
        label, _, value = line.partition(":")
        if label.strip() in ("SUBJECT", "OBJET", "BETREFF"):
            return value.strip()
    return head.split("\n")[0]


def part(name: str) -> list[Cell]:
    every = cells()
    return [c for i, c in enumerate(every) if i % 2 == (0 if name == "dev" else 1)]


def measure(cell: Cell) -> dict:
    """Read as ingest reads and measured as sweep_d16text measures, a cell's affiliations (where it states
    them) counted with its authors."""
    import tempfile
    from pathlib import Path

    from azmap.corpus.reading import read

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{cell.name}{cell.suffix}"
        path.write_text(cell.text, encoding="utf-8")
        reading = read(path)
    scored = sweep_d16text.score(cell, reading)
    wanted = getattr(cell, "affiliations", None)
    if wanted is not None:
        got = [a.get("affiliation") for a in reading.meta.authors]
        scored["got"]["affiliations"] = got
        scored["ok"]["authors"] = scored["ok"]["authors"] and (not wanted or got == wanted)
    return scored


figures = partial(sweep_d16text.figures, part_of=part, measure_with=measure)
misses = partial(sweep_d16text.misses, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
