"""A sweep of the text kinds documents25 missed (taken up as development material), each written in other templates,
wordings and languages than documents25's:

- ``cuelang`` (plain text): a story whose byline is a label and a colon, or a "written by" cue, in a language the
  byline grammar had no row for (Croatian/Serbian/Bosnian "Piše:", Serbian Cyrillic "Пише:", Hungarian "Írta:",
  Czech "Napsala:", Slovak "Napísala:", Slovene "Avtorica:", Finnish "Teksti:", Romanian "Scris de", Norwegian
  "Skrevet av"): the name is the author. Traps: a photographer's credit ("Foto: A", "Foto: A / Agency"), a source's
  line ("Zdroj: …"), a question headline opening with the cue's verb and no colon: no author.
- ``dotday`` (plain text): a dateline whose day has a dot before a month's word in a language the major languages'
  parser does not know ("ZAGREB, 17. studenoga 2026. (Hina) -", "BEOGRAD, 5. novembra 2026. (Beta) -"): the day,
  not the month alone. Traps: a number and a comma before the month ("Izvješće br. 4, ožujak 2026") and a month
  with no day: the month alone.
- ``txstamp`` (plain text): an agency item whose first line is its transmission stamp, the agency's code, a group of
  six figures (day, hour, minute), a time zone and the month and year ("HINA  171245 MET nov 26", "CNA 041530 GMT
  MAR 26"), over the slug and the headline: the stamp is no title. Traps: a headline holding figures and a month's
  word ("Gas flows up 12 per cent in March 2026"), an item with no stamp.

- ``briefhead`` (plain text): a briefing's transcript whose head is a body's name in capitals over its unit's line
  and the document's label, over the briefing's title cut after a comma and going on to the guest's name on the
  next line ("Press briefing by the Director for Transport," / "Dr Leyla Hasanova"), a moderator's line, turns
  labelled by surname: the two lines are the title, the body and its unit no title, the guest a participant (no
  author) named in full, listed after the moderator. Traps: a speech's title cut the same way ("Remarks by the
  Minister of Transport," / "Elvin Rahimli"): its speaker the author; a head with no unit's line.

- ``rightsnote`` (plain text): an agency item's closing note of its rights, in brackets with the time it went out
  and the agency's name after "(c)", in a language the rights table had no row for ("Sva prava pridržana.", "Všechna
  práva vyhrazena.", "Minden jog fenntartva.", "Todos los derechos reservados."): furniture, no body. Traps: a
  paragraph on workers' or minorities' rights in the same words' neighbourhood: body.

- ``fmdayfirst`` (markdown): a page's front matter whose date is in figures with dashes, the day and the month both
  twelve or less ("date: '03-12-2026 08:30'", a Grav page's form): read as the page's language writes it, the day
  first where the page is not in English. Traps: an English page (the month first, as before); a day over twelve;
  an ISO date.

Cells alternate within each kind as written: the development half and the test half (other wordings, languages,
layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d25text [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d23text import BODIES as _BODIES, measure

# two paragraphs in each language the sweep adds (every text written for the sweep)
BODIES = {
    "hr": ("Pregovarači dviju zemalja proveli su cijelo jutro nad kartama granice uz rijeku, gdje se stari zemljovidi "
           "ne slažu s crtom kojom se sela služe desetljećima.",
           "Lučka uprava objavila je da su kamioni u veljači čekali na trajekt kraće nego lani, a novi vez trebao bi "
           "biti gotov do kraja sljedeće godine."),
    "sr": ("Predstavnici dveju vlada sastali su se u utorak da razgovaraju o novom železničkom pravcu, koji bi teret "
           "iz luka na Kaspijskom moru doveo do Crnog mora za tri dana.",
           "Prema rečima ministra, studija izvodljivosti biće završena do leta, a prvi vozovi mogli bi krenuti za dve "
           "godine ako se obezbedi finansiranje."),
    "sr-cyrl": ("Представници двеју влада састали су се у уторак да разговарају о новом железничком правцу, који би "
                "терет из лука на Каспијском мору довео до Црног мора за три дана.",
                "Према речима министра, студија изводљивости биће завршена до лета, а први возови могли би да крену "
                "за две године ако се обезбеди финансирање."),
    "hu": ("A két ország tárgyalói egész délelőtt a folyó menti határszakasz térképei fölött ültek, ahol a régi "
           "térképek nem egyeznek azzal a vonallal, amelyet a falvak évtizedek óta használnak.",
           "A kikötő vezetése szerint a kamionok februárban rövidebb ideig vártak a kompra, mint tavaly, és az új "
           "kikötőhely a jövő év végére készülhet el."),
    "cs": ("Vyjednavači obou zemí strávili celé dopoledne nad mapami hranice podél řeky, kde se staré mapy neshodují "
           "s čarou, kterou vesnice používají po desetiletí.",
           "Vedení přístavu uvedlo, že kamiony v únoru čekaly na trajekt kratší dobu než loni a nové kotviště má být "
           "hotové do konce příštího roku."),
    "sk": ("Vyjednávači oboch krajín strávili celé dopoludnie nad mapami hranice pozdĺž rieky, kde sa staré mapy "
           "nezhodujú s čiarou, ktorú dediny používajú celé desaťročia.",
           "Vedenie prístavu uviedlo, že kamióny vo februári čakali na trajekt kratšie ako vlani a nové kotvisko má "
           "byť hotové do konca budúceho roka."),
    "sl": ("Pogajalci obeh držav so vse dopoldne preučevali zemljevide meje ob reki, kjer se stari zemljevidi ne "
           "ujemajo s črto, ki jo vasi uporabljajo že desetletja.",
           "Vodstvo pristanišča je sporočilo, da so tovornjaki februarja na trajekt čakali manj časa kot lani, novi "
           "privez pa naj bi bil končan do konca prihodnjega leta."),
    "fi": ("Kahden maan neuvottelijat istuivat koko aamupäivän joen varren rajaosuuden karttojen ääressä, sillä "
           "vanhat kartat eivät vastaa rajaa, jota kylät ovat käyttäneet vuosikymmeniä.",
           "Sataman johdon mukaan rekat odottivat lauttaa helmikuussa lyhyemmän aikaa kuin viime vuonna, ja uusi "
           "laituripaikka valmistuu ensi vuoden loppuun mennessä."),
    "ro": ("Negociatorii celor două țări au petrecut întreaga dimineață asupra hărților graniței de-a lungul râului, "
           "unde hărțile vechi nu se potrivesc cu linia folosită de sate de zeci de ani.",
           "Conducerea portului a anunțat că în februarie camioanele au așteptat feribotul mai puțin decât anul "
           "trecut, iar noul dan ar urma să fie gata până la sfârșitul anului viitor."),
    "no": ("Forhandlerne fra de to landene brukte hele formiddagen på kartene over grensen langs elven, der gamle "
           "kart ikke stemmer med linjen landsbyene har brukt i flere tiår.",
           "Havneledelsen opplyser at lastebilene i februar ventet kortere på fergen enn i fjor, og at den nye kaien "
           "skal stå ferdig innen utgangen av neste år."),
}
BODIES["bs"] = BODIES["hr"]
BODIES = dict(_BODIES, **BODIES)  # (and the languages sweep_d23text has)


# ---- cuelang: (name, lang, headline, byline line or None, the dateline, ISO date, authors)
CUELANGS = [
    ("cuelang-hr", "hr", "Luka u Pločama dobiva novi vez za trajekte", "Piše: Ana Babić",
     "PLOČE, 12. ožujka 2026. -", "2026-03-12", ["Ana Babić"]),
    ("cuelang-sr", "sr", "Novi železnički pravac do Crnog mora za tri godine", "Piše: Milan Petrović",
     "BEOGRAD, 12. marta 2026. -", "2026-03-12", ["Milan Petrović"]),
    ("cuelang-hu", "hu", "Új kikötőhely épül a kompforgalom számára", "Írta: Kovács Eszter",
     "BUDAPEST, 2026. március 12. -", "2026-03-12", ["Kovács Eszter"]),
    ("cuelang-cs", "cs", "Přístav chystá nové kotviště pro trajekty", "Napsala: Petra Svobodová",
     "PRAHA, 12. března 2026 -", "2026-03-12", ["Petra Svobodová"]),
    ("cuelang-fi", "fi", "Satama rakentaa uuden laiturin lautoille", "Teksti: Mikko Virtanen",
     "HELSINKI, 12. maaliskuuta 2026 -", "2026-03-12", ["Mikko Virtanen"]),
    ("cuelang-sl", "sl", "Pristanišče bo dobilo nov privez za trajekte", "Avtorica: Nina Kovačič",
     "LJUBLJANA, 12. marca 2026 -", "2026-03-12", ["Nina Kovačič"]),
    ("cuelang-trap-photo-hr", "hr", "Luka u Pločama dobiva novi vez za trajekte", "Foto: Ivan Horvat",
     "PLOČE, 12. ožujka 2026. -", "2026-03-12", []),
    ("cuelang-trap-source-cs", "cs", "Přístav chystá nové kotviště pro trajekty", "Zdroj: ČTK, Reuters",
     "PRAHA, 12. března 2026 -", "2026-03-12", []),
    ("cuelang-sr-cyrl", "sr-cyrl", "Нови железнички правац до Црног мора", "Пише: Јелена Јовановић",
     "БЕОГРАД, 12. марта 2026. -", "2026-03-12", ["Јелена Јовановић"]),
    ("cuelang-ro", "ro", "Portul va avea un nou dan pentru feriboturi", "Scris de Andrei Popescu",
     "BUCUREȘTI, 12 martie 2026 -", "2026-03-12", ["Andrei Popescu"]),
    ("cuelang-sk", "sk", "Prístav pripravuje nové kotvisko pre trajekty", "Napísala: Zuzana Kováčová",
     "BRATISLAVA, 12. marca 2026 -", "2026-03-12", ["Zuzana Kováčová"]),
    ("cuelang-no", "no", "Havnen bygger ny kai for fergene", "Skrevet av Ingrid Berg",
     "OSLO, 12. mars 2026 -", "2026-03-12", ["Ingrid Berg"]),
    ("cuelang-trap-question-hr", "hr", "Piše li Hrvatska novo poglavlje u energetici", None,
     "ZAGREB, 12. ožujka 2026. -", "2026-03-12", []),
    ("cuelang-trap-photo-agency-sr", "sr", "Novi železnički pravac do Crnog mora za tri godine",
     "Foto: Marko Ilić / Beta", "BEOGRAD, 12. marta 2026. -", "2026-03-12", []),
]


def _cuelangs() -> list[Cell]:
    out = []
    for name, lang, headline, byline, dateline, date, authors in CUELANGS:
        paragraphs = [f"{dateline} {BODIES[lang][0]}", BODIES[lang][1]]
        text = "\n\n".join([headline] + ([byline] if byline else []) + paragraphs) + "\n"
        out.append(Cell("cuelang", name, text, headline, date, authors, body=paragraphs))
    return out


# ---- dotday: (name, lang, headline, dateline, ISO date)
DOTDAYS = [
    ("dotday-hr", "hr", "Novi vez za trajekte u luci", "ZAGREB, 17. studenoga 2026. (Hina) -", "2026-11-17"),
    ("dotday-sr", "sr", "Železnički pravac do Crnog mora", "BEOGRAD, 5. novembra 2026. (Beta) -", "2026-11-05"),
    ("dotday-bs", "bs", "Novi vez za trajekte u luci", "SARAJEVO, 9. februara 2026. (Fena) -", "2026-02-09"),
    ("dotday-hr-2", "hr", "Novi vez za trajekte u Splitu", "SPLIT, 21. veljače 2026. -", "2026-02-21"),
    ("dotday-sl", "sl", "Nov privez za trajekte", "LJUBLJANA, 3. decembra 2026 (STA) -", "2026-12-03"),
    ("dotday-sk", "sk", "Nové kotvisko pre trajekty", "BRATISLAVA 2. septembra 2026 (TASR) -", "2026-09-02"),
    ("dotday-trap-number-hr", "hr", "Izvješće o lukama", "Izvješće br. 4, ožujak 2026", "2026-03"),
    ("dotday-sr-2", "sr", "Železnički pravac do Crnog mora", "NOVI SAD, 30. januara 2026. (Tanjug) -", "2026-01-30"),
    ("dotday-hr-3", "hr", "Novi vez za trajekte na jugu", "MOSTAR, 8. lipnja 2026. -", "2026-06-08"),
    ("dotday-trap-month-sl", "sl", "Poročilo o pristaniščih", "Ljubljana, marec 2026", "2026-03"),
]


def _dotdays() -> list[Cell]:
    out = []
    for name, lang, headline, dateline, date in DOTDAYS:
        if "trap" in name:  # the month's line on its own under the headline
            paragraphs = list(BODIES[lang])
            text = "\n\n".join([headline, dateline] + paragraphs) + "\n"
        else:
            paragraphs = [f"{dateline} {BODIES[lang][0]}", BODIES[lang][1]]
            text = "\n\n".join([headline] + paragraphs) + "\n"
        out.append(Cell("dotday", name, text, headline, date, None, body=paragraphs))
    return out


# ---- txstamp: (name, lang, stamp line or None, slug, headline, dateline, ISO date)
TXSTAMPS = [
    ("txstamp-hr", "hr", "HINA  171245 MET nov 26", "HINA-GOSPODARSTVO-luke-trajekti",
     "Luka u Pločama dobiva novi vez za trajekte", "PLOČE, 17. studenoga 2026. (Hina) -", "2026-11-17"),
    ("txstamp-en", "en", "CNA 041530 GMT MAR 26", "CNA-ECONOMY-ports-ferries",
     "Caspian port to build a new ferry berth", "BAKU, March 4, 2026 (CNA) -", "2026-03-04"),
    ("txstamp-de", "de", "KPD   040915 MEZ Mär 26", "KPD-WIRTSCHAFT-Häfen-Fähren",
     "Kaspischer Hafen baut neuen Fähranleger", "BAKU, 4. März 2026 (KPD) -", "2026-03-04"),
    ("txstamp-sr", "sr", "BETA 051100 CET nov 26", "BETA-EKONOMIJA-zeleznica-luke",
     "Železnički pravac do Crnog mora za tri godine", "BEOGRAD, 5. novembra 2026. (Beta) -", "2026-11-05"),
    ("txstamp-trap-figures-en", "en", None, "CNA-ECONOMY-gas-flows",
     "Gas flows up 12 per cent in March 2026", "BAKU, March 4, 2026 (CNA) -", "2026-03-04"),
    ("txstamp-it", "it", "ACN 041030 CET mar 26", "ACN-ECONOMIA-porti-traghetti",
     "Il porto sul Caspio avrà un nuovo attracco per i traghetti", "BAKU, 4 marzo 2026 (ACN) -", "2026-03-04"),
    ("txstamp-cs", "cs", "ČTK 041045 SEČ bře 26", "ČTK-EKONOMIKA-přístavy-trajekty",
     "Přístav chystá nové kotviště pro trajekty", "PRAHA, 4. března 2026 (ČTK) -", "2026-03-04"),
    ("txstamp-trap-none-hr", "hr", None, "HINA-GOSPODARSTVO-luke-trajekti",
     "Luka u Pločama dobiva novi vez za trajekte", "PLOČE, 17. studenoga 2026. (Hina) -", "2026-11-17"),
]
_TX_BODIES = {"en": ("The port authority said lorries waited less for the ferry in February than a year "
                                   "earlier, and that a new berth should be ready by the end of next year.",
                      "Negotiators from the two countries spent the morning on maps of the border "
                      "along the river, where old maps disagree with the line the villages use."),
              "de": ("Die Hafenverwaltung teilte mit, dass Lastwagen im Februar kürzer auf die Fähre warteten als im "
                     "Vorjahr, und ein neuer Anleger soll bis Ende des nächsten Jahres fertig sein.",
                     "Die Unterhändler beider Länder saßen den ganzen Vormittag über den Karten der Grenze am Fluss, "
                     "wo alte Karten nicht mit der Linie übereinstimmen, die die Dörfer nutzen."),
              "it": ("L'autorità portuale ha detto che a febbraio i camion hanno atteso il traghetto meno dell'anno "
                     "scorso e che un nuovo attracco sarà pronto entro la fine del prossimo anno.",
                     "I negoziatori dei due paesi hanno passato la mattina sulle carte del confine lungo il fiume, "
                     "dove le vecchie mappe non coincidono con la linea usata dai villaggi.")}


def _txstamps() -> list[Cell]:
    out = []
    for name, lang, stamp, slug, headline, dateline, date in TXSTAMPS:
        body = _TX_BODIES.get(lang) or BODIES[lang]
        paragraphs = [f"{dateline} {body[0]}", body[1]]
        head = "\n".join(([stamp] if stamp else []) + [slug])
        text = f"{head}\n\n" + "\n\n".join([headline] + paragraphs) + "\n\nNNNN\n"
        out.append(Cell("txstamp", name, text, headline, date, None, body=paragraphs,
                        furniture=[stamp] if stamp else []))
    return out


# ---- briefhead: (name, body's name, unit's line or None, title's two lines, moderator, guest's surname, journalist,
# speech: whether the title is a speech's, its speaker the author and no turns)
BRIEFHEADS = [
    ("briefhead-agency", "UNITED CASPIAN DEVELOPMENT AGENCY", "Media Relations Unit",
     ("Press briefing by the Director for Transport,", "Dr Leyla Hasanova"), "Tomas Weber", "HASANOVA", "Ruth Okafor", False),
    ("briefhead-secretariat", "CASPIAN REGIONAL COOPERATION COUNCIL", "Secretariat Press Office",
     ("Press conference by the Chair of the Council,", "Minister Anar Guliyev"), "Ingrid Lund", "GULIYEV", "Paolo Conti",
     False),
    ("briefhead-ministry", "MINISTRY OF FOREIGN AFFAIRS OF KURASTAN", "Information and Public Affairs Section",
     ("Weekly briefing by the Spokesperson of the Ministry,", "Ambassador Nino Beridze"), "Giorgi Kapanadze",
     "BERIDZE", "Helen Marsh", False),
    ("briefhead-bank", "NORTHERN INVESTMENT AND RECONSTRUCTION BANK", "Communications Department",
     ("Regular press briefing by the Vice-President for Operations,", "Mrs Elena Marchetti"), "David Brooks",
     "MARCHETTI", "Lucía Herrero", False),
    ("briefhead-trap-speech", "MINISTRY OF TRANSPORT OF KURASTAN", "Communications Unit",
     ("Remarks by the Minister of Transport,", "Elvin Rahimli"), None, None, None, True),
    ("briefhead-trap-nounit", "CASPIAN REGIONAL COOPERATION COUNCIL", None,
     ("Press briefing by the Secretary-General,", "Ambassador Kerstin Holm"), "Paolo Conti", "HOLM", "Anna Nowak",
     False),
]
_TURNS = ("The commissions agreed on the description of another fourteen kilometres of the border in the north, "
          "which brings the total agreed to just over fifty kilometres, village by village.",
          "Both sides told me that the question of the constitution should not stop practical cooperation, including "
          "on transport and on the opening of the crossings in the south.")


def _briefheads() -> list[Cell]:
    out = []
    for name, body, unit, (first, second), moderator, surname, journalist, speech in BRIEFHEADS:
        head = "\n".join([body] + ([unit] if unit else [])) + "\n\nTRANSCRIPT\n\n" + f"{first}\n{second}\n\n" \
            + "Vienna, Press Room 2\nThursday, 15 October 2026, 14:00\n\n"
        if speech:
            paragraphs = list(_TURNS)
            people, authors = None, [second]
        else:
            head += f"Moderator: {moderator}, Spokesperson\n\n"
            paragraphs = [f"MODERATOR: Good afternoon and welcome. We are joined today by {second}, who returned "
                          f"yesterday from the region and will take your questions.",
                          f"{surname}: {_TURNS[0]}",
                          f"QUESTION ({journalist}, Caspian Review): Did you see any movement on the treaty?",
                          f"{surname}: {_TURNS[1]}"]
            guest = " ".join(second.split()[1:])
            people, authors = [moderator, guest, journalist], []
        text = head + "\n\n".join(paragraphs) + "\n\n(END OF BRIEFING: 14:31)\n"
        out.append(Cell("briefhead", name, text, f"{first} {second}", "2026-10-15", authors, people=people,
                        body=paragraphs, furniture=[body] + ([unit] if unit else [])))
    return out


# ---- rightsnote: (name, lang, the closing note, or a paragraph that is body)
RIGHTSNOTES = [
    ("rightsnote-hr", "hr", "(Vijest je poslana u 09,40 sati. Sva prava pridržana. (c) Jadranska agencija 2026.)"),
    ("rightsnote-sr", "sr", "(Vest je emitovana u 11.15 časova. Sva prava zadržana. (c) Dunavska agencija 2026.)"),
    ("rightsnote-cs", "cs", "(Zpráva odeslána v 10:05. Všechna práva vyhrazena. (c) Středoevropská agentura 2026.)"),
    ("rightsnote-sk", "sk", "(Správa odoslaná o 10:05. Všetky práva vyhradené. (c) Podunajská agentúra 2026.)"),
    ("rightsnote-hu", "hu", "(A hír 10 óra 5 perckor jelent meg. Minden jog fenntartva. (c) Alföldi Hírügynökség 2026.)"),
    ("rightsnote-ro", "ro", "(Știre transmisă la ora 10:05. Toate drepturile rezervate. (c) Agenția Dunărea 2026.)"),
    ("rightsnote-trap-workers-hr", "hr", "Sindikati traže da se u luci poštuju sva prava radnika, uključujući plaćeni "
     "prekovremeni rad i pravo na odmor nakon noćne smjene, te najavljuju pregovore s upravom u travnju."),
    ("rightsnote-fi", "fi", "(Uutinen lähetetty klo 10.05. Kaikki oikeudet pidätetään. (c) Pohjolan uutistoimisto 2026.)"),
    ("rightsnote-sl", "sl", "(Novica objavljena ob 10.05. Vse pravice pridržane. (c) Alpska tiskovna agencija 2026.)"),
    ("rightsnote-trap-minorities-cs", "cs", "Menšiny v příhraničních vesnicích si stěžují, že jejich práva na výuku v "
     "mateřském jazyce nejsou vyhrazena zákonem, a žádají novou úpravu do konce roku."),
]


def _rightsnotes() -> list[Cell]:
    out = []
    for name, lang, note in RIGHTSNOTES:
        paragraphs = list(BODIES[lang])
        headline = {"hr": "Novi vez za trajekte u luci", "sr": "Železnički pravac do Crnog mora",
                    "cs": "Přístav chystá nové kotviště", "sk": "Prístav pripravuje nové kotvisko",
                    "hu": "Új kikötőhely épül", "ro": "Portul va avea un nou dan", "fi": "Satama rakentaa laiturin",
                    "sl": "Pristanišče bo dobilo nov privez"}[lang]
        if "trap" in name:
            paragraphs.append(note)
            tail = []
        else:
            tail = [note]
        text = "\n\n".join([headline] + paragraphs + tail) + "\n"
        out.append(Cell("rightsnote", name, text, headline, None, None, body=paragraphs, furniture=tail))
    return out


# ---- fmdayfirst: (name, lang, title, description, date as written, ISO date)
FMDAYFIRSTS = [
    ("fmdayfirst-de", "de", "Neue Fähren für den Hafen von Alat", "Der Hafen erweitert seine Anlegestellen.",
     "04-11-2026 09:15", "2026-11-04"),
    ("fmdayfirst-es", "es", "Nuevos ferris para el puerto de Alat", "El puerto amplía sus muelles.",
     "04-11-2026 09:15", "2026-11-04"),
    ("fmdayfirst-fr", "fr", "De nouveaux ferries pour le port d'Alat", "Le port agrandit ses quais.",
     "06-02-2026", "2026-02-06"),
    ("fmdayfirst-pt", "pt", "Novos ferries para o porto de Alat", "O porto amplia os seus cais.",
     "06-02-2026", "2026-02-06"),
    ("fmdayfirst-it", "it", "Nuovi traghetti per il porto di Alat", "Il porto amplia le sue banchine.",
     "09-10-2026 17:00", "2026-10-09"),
    ("fmdayfirst-ru", "ru", "Новые паромы для порта Алят", "Порт расширяет причалы.",
     "09-10-2026 17:00", "2026-10-09"),
    ("fmdayfirst-trap-english-en", "en", "New ferries for the port of Alat", "The port is adding two berths.",
     "04-11-2026 09:15", "2026-04-11"),
    ("fmdayfirst-trap-iso-de", "de", "Neue Fähren für den Hafen von Alat", "Der Hafen erweitert seine Anlegestellen.",
     "2026-11-04 09:15", "2026-11-04"),
    ("fmdayfirst-pl", "pl", "Nowe promy dla portu w Alacie", "Port rozbudowuje nabrzeża.", "05-03-2026", "2026-03-05"),
    ("fmdayfirst-trap-english-2-en", "en", "Why the ferries from Alat are late", "What the port says about delays.",
     "06-02-2026", "2026-06-02"),
    ("fmdayfirst-trap-over-twelve-nl", "nl", "Nieuwe veerboten voor de haven van Alat", "De haven breidt uit.",
     "25-03-2026", "2026-03-25"),
    ("fmdayfirst-tr", "tr", "Alat limanına yeni feribotlar", "Liman rıhtımlarını genişletiyor.", "05-03-2026",
     "2026-03-05"),
]


def _fmdayfirsts() -> list[Cell]:
    out = []
    for name, lang, title, description, written, date in FMDAYFIRSTS:
        paragraphs = list(BODIES[lang][:2])
        text = (f"---\ntitle: \"{title}\"\ndate: '{written}'\nauthor: 'Anna Weiss'\nmetadata:\n"
                f"    description: \"{description}\"\n---\n\n" + "\n\n".join(paragraphs) + "\n")
        out.append(Cell("fmdayfirst", name, text, title, date, ["Anna Weiss"], suffix=".md", body=paragraphs))
    return out


def cells() -> list[Cell]:
    return _cuelangs() + _dotdays() + _txstamps() + _briefheads() + _rightsnotes() + _fmdayfirsts()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
