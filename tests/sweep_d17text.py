"""A sweep of the markdown kinds documents17 missed (taken up as development material): a note from a
personal-knowledge vault (Obsidian's markdown). Its properties name the author as a wiki link
(``author: "[[Name]]"``, a list of one, a path with shown words ``[[People/Name|Name]]``); its text holds
wiki links (``[[Target]]`` reads "Target", ``[[Target|shown words]]`` reads "shown words"), highlights
(``==words==`` reads "words"), a block id at a paragraph's end (``^summary-1``: no words), comments
(``%% … %%`` on a line of their own or over several lines, or inside a paragraph: no words, no passage),
callouts whose title is no body (``> [!note] Title``, folded ``> [!tip]- Title``) over the writer's own
paragraph (body). In English, German, Italian and Azerbaijani, with look-alike traps: "a == b" in a
sentence, a power "10^3", a share "40 %" and a percent sign before "%" words.

Cells alternate: even places are the development half, odd places the test half (other wordings,
languages, layouts and look-alike traps), measured once at the end.

    python -m tests.sweep_d17text [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text

BODY = ("The Claimant operates a ferry terminal at Alat, and the Respondent is a freight forwarder that booked berths\n"
        "there under a framework agreement.\n\nThe dispute concerns the fees payable for berths booked and not used\n"
        "in the 2023 season; the Claimant says they fell due in full.\n")

# (language tag, title, created, updated, the author's property as written, the author, paragraphs as written,
#  the paragraphs as read, the furniture, a comment as written)
VAULT = [
    ("en", "Middle Corridor tariffs after the Aktau meeting", "2025-04-02", "2025-06-11",
     'author: "[[Nigar Aliyeva]]"', "Nigar Aliyeva",
     ["The [[Middle Corridor]] operators agreed a single through tariff for containers at the Aktau meeting. "
      "The rate holds for ==twelve months== from May. ^tariff-1",
      "What the rate leaves out is the ferry leg, which each operator still prices on its own, and the "
      "[[Port of Alat|Alat]] terminal charges."],
     ["The Middle Corridor operators agreed a single through tariff for containers at the Aktau meeting. "
      "The rate holds for twelve months from May.",
      "What the rate leaves out is the ferry leg, which each operator still prices on its own, and the "
      "Alat terminal charges."],
     ["^tariff-1", "ask Elvin about the ferry rates"], "%% ask Elvin about the ferry rates %%"),
    ("en", "Shah Deniz compression: reading the partners' update", "2025-02-14", "2025-05-30",
     'author:\n  - "[[People/Rauf Karimli|Rauf Karimli]]"', "Rauf Karimli",
     ["The partners confirmed that the [[Shah Deniz Compression Project|compression platform]] will be "
      "installed in ==2026==, a year later than first planned, and that the plateau will be held until "
      "2029. ^sdc",
      "If the operator keeps to this, the export volumes to Türkiye and Europe do not fall before the "
      "new contracts start, which is what the [[Southern Gas Corridor]] buyers wanted to hear."],
     ["The partners confirmed that the compression platform will be installed in 2026, a year later than "
      "first planned, and that the plateau will be held until 2029.",
      "If the operator keeps to this, the export volumes to Türkiye and Europe do not fall before the "
      "new contracts start, which is what the Southern Gas Corridor buyers wanted to hear."],
     ["^sdc", "check the plateau figure", "the operator's slides"],
     "%%\ncheck the plateau figure\nagainst the operator's slides\n%%"),
    ("de", "Kaspische Fähren: Wartezeiten im Sommer", "2025-07-08", "2025-08-01",
     "author: '[[Leyla Huseynova]]'", "Leyla Huseynova",
     ["Die Fähren zwischen [[Aktau]] und [[Hafen Alat|Alat]] fuhren im Juni meist pünktlich, aber die "
      "Lastwagen warteten im Schnitt ==drei Tage== auf einen Platz. ^wartezeit",
      "Die Betreiber wollen im Herbst zwei weitere Schiffe einsetzen; ob das die Wartezeiten senkt, hängt "
      "an den Gleisanschlüssen in Georgien."],
     ["Die Fähren zwischen Aktau und Alat fuhren im Juni meist pünktlich, aber die Lastwagen warteten im "
      "Schnitt drei Tage auf einen Platz.",
      "Die Betreiber wollen im Herbst zwei weitere Schiffe einsetzen; ob das die Wartezeiten senkt, hängt "
      "an den Gleisanschlüssen in Georgien."],
     ["^wartezeit", "Zahlen vom Hafen anfragen"], "%% Zahlen vom Hafen anfragen %%"),
    ("de", "Stromkabel unter dem Schwarzen Meer: Stand der Studie", "2025-01-20", "2025-03-03",
     "author: [[Personen/Jana Koch|Jana Koch]]", "Jana Koch",
     ["Die Machbarkeitsstudie für das [[Black Sea Submarine Cable|Kabel]] ist zu ==80 Prozent== fertig. "
      "Die Trasse von [[Anaklia]] nach Constanța gilt als gesetzt. ^kabel-2",
      "Offen bleibt die Frage, wer den Strom abnimmt, wenn die Windparks in Aserbaidschan später ans Netz "
      "gehen als geplant."],
     ["Die Machbarkeitsstudie für das Kabel ist zu 80 Prozent fertig. Die Trasse von Anaklia nach "
      "Constanța gilt als gesetzt.",
      "Offen bleibt die Frage, wer den Strom abnimmt, wenn die Windparks in Aserbaidschan später ans Netz "
      "gehen als geplant."],
     ["^kabel-2", "Quelle der Prozentzahl"], "Offen %% Quelle der Prozentzahl %%"),
    ("it", "Tap, il test di mercato e il raddoppio", "2025-03-18", "2025-07-02",
     'author: "[[Giulia Ferretti]]"', "Giulia Ferretti",
     ["Il [[Trans Adriatic Pipeline|gasdotto]] ha chiuso la fase vincolante del test di mercato: sono stati "
      "prenotati ==1,2 miliardi di metri cubi== l'anno dal 2027. ^tap-1",
      "Il raddoppio completo resta legato ai contratti di lungo periodo, che a [[Bruxelles]] nessuno vuole "
      "ancora firmare."],
     ["Il gasdotto ha chiuso la fase vincolante del test di mercato: sono stati prenotati 1,2 miliardi di "
      "metri cubi l'anno dal 2027.",
      "Il raddoppio completo resta legato ai contratti di lungo periodo, che a Bruxelles nessuno vuole "
      "ancora firmare."],
     ["^tap-1", "verificare il dato con Snam"], "%% verificare il dato con Snam %%"),
    ("it", "Melendugno, il ricorso sul compressore", "2025-05-05", "2025-06-20",
     "author:\n  - '[[Persone/Marco Rinaldi|Marco Rinaldi]]'", "Marco Rinaldi",
     ["Il ricorso contro la stazione di compressione di [[Melendugno]] sarà discusso a ==settembre==. "
      "Il comune chiede una nuova valutazione d'impatto. ^ricorso",
      "Se il tribunale accoglie il ricorso, la seconda fase del raddoppio slitta di almeno un anno."],
     ["Il ricorso contro la stazione di compressione di Melendugno sarà discusso a settembre. Il comune "
      "chiede una nuova valutazione d'impatto.",
      "Se il tribunale accoglie il ricorso, la seconda fase del raddoppio slitta di almeno un anno."],
     ["^ricorso", "chiedere all'avvocato del comune"], "%%\nchiedere all'avvocato del comune\n%%"),
    ("az", "Horadiz–Ağbənd xətti: relslərin döşənməsi", "2025-05-06", "2025-06-01",
     'author: "[[Rəşad Qurbanov]]"', "Rəşad Qurbanov",
     ["[[Horadiz–Ağbənd dəmir yolu|Xəttin]] ilk hissəsində relslərin döşənməsi ==80 faizi== ötüb. "
      "İşlər ilin sonunadək bitməlidir. ^xett-1",
      "Xəttin [[Naxçıvan]] hissəsi isə hələ layihə mərhələsindədir və onun vaxtı danışıqlardan asılıdır."],
     ["Xəttin ilk hissəsində relslərin döşənməsi 80 faizi ötüb. İşlər ilin sonunadək bitməlidir.",
      "Xəttin Naxçıvan hissəsi isə hələ layihə mərhələsindədir və onun vaxtı danışıqlardan asılıdır."],
     ["^xett-1", "nazirliyin rəqəmlərini yoxla"], "%% nazirliyin rəqəmlərini yoxla %%"),
    ("az", "Ələt limanı: ikinci növbə", "2025-08-12", "2025-09-02",
     "author: \"[[İnsanlar/Elvin Məmmədov|Elvin Məmmədov]]\"", "Elvin Məmmədov",
     ["Ələt limanında ikinci növbənin tikintisi ==2026-cı ildə== başlayacaq. Liman [[ADY]] ilə birgə "
      "yeni dəmir yolu girişi də salır. ^liman",
      "Yükdaşıyanlar deyir ki, əsas darboğaz hələ də Gürcüstana gedən vaqon yerləridir."],
     ["Ələt limanında ikinci növbənin tikintisi 2026-cı ildə başlayacaq. Liman ADY ilə birgə yeni dəmir "
      "yolu girişi də salır.",
      "Yükdaşıyanlar deyir ki, əsas darboğaz hələ də Gürcüstana gedən vaqon yerləridir."],
     ["^liman", "limanın hesabatına bax"], "%%\nlimanın hesabatına bax\n%%"),
]
CALLOUTS = {"en": ("[!note] Where I come down", "My reading: the operators will hold to the rate for a year and "
                   "then ask for more, as they did in 2023; the [[Aktau]] meeting set no rule for that."),
            "de": ("[!tip]- Meine Einschätzung", "Ich rechne damit, dass die Betreiber den Preis ein Jahr halten und "
                   "dann mehr verlangen; eine Regel dafür hat das [[Treffen in Aktau]] nicht beschlossen."),
            "it": ("[!warning] Da verificare", "Il dato va confrontato con il comunicato del gestore prima di "
                   "citarlo; una rivista ha scritto 1,4 miliardi, forse contando due volte l'interconnessione."),
            "az": ("[!note] Mənim fikrim", "Məncə, işlər vaxtında bitəcək, amma [[Naxçıvan]] hissəsi danışıqlar "
                   "bitmədən başlamayacaq.")}
CALLOUT_READ = {"en": "My reading: the operators will hold to the rate for a year and then ask for more, as they "
                      "did in 2023; the Aktau meeting set no rule for that.",
                "de": "Ich rechne damit, dass die Betreiber den Preis ein Jahr halten und dann mehr verlangen; eine "
                      "Regel dafür hat das Treffen in Aktau nicht beschlossen.",
                "it": CALLOUTS["it"][1], "az": "Məncə, işlər vaxtında bitəcək, amma Naxçıvan hissəsi danışıqlar "
                                               "bitmədən başlamayacaq."}
# look-alikes the writer's paragraphs may hold, read as written
TRAPS = ["In the model, demand == supply only when the ferries run daily, which they did not in June.",
         "The terminal handled 10^3 containers a day at its peak, and 40 % of them went on by rail.",
         "Nobody expects the tariff to change before the spring, whatever the operators say.",
         "The share of transit cargo rose from 30 % to 45 % in a year, and the queue grew with it."]


# a second batch, written after the first test half was measured (it lost the first paragraph under a
# "## Summary" heading when a block id closed it, and a callout after a comment over several lines): the
# note's head straight over a heading and a paragraph closed by a block id, comments over several lines
# between paragraphs, a callout under a heading; (title, author as written, author, paragraphs, read)
LAYOUTS = [
    ("Kars line after the floods", 'author: "[[Orkhan Valiyev]]"', "Orkhan Valiyev",
     ["The [[Kars railway|line]] reopened on 3 March after the floods, with ==two trains a day== each way. ^kars",
      "The operator expects the full timetable back in May, once the bridge near Akhalkalaki is checked."],
     ["The line reopened on 3 March after the floods, with two trains a day each way.",
      "The operator expects the full timetable back in May, once the bridge near Akhalkalaki is checked."]),
    ("Poti dredging: what the tender says", "author: [[Nino Tsereteli]]", "Nino Tsereteli",
     ["The tender for the [[Port of Poti]] channel asks for a depth of ==13 metres== by the end of 2026. ^poti-tender",
      "Two bidders have asked for more time, and the port has not yet answered them."],
     ["The tender for the Port of Poti channel asks for a depth of 13 metres by the end of 2026.",
      "Two bidders have asked for more time, and the port has not yet answered them."]),
    ("Gasspeicher in Aserbaidschan vor dem Winter", "author:\n  - \"[[Leute/Anke Vogel|Anke Vogel]]\"", "Anke Vogel",
     ["Die Speicher bei [[Qaradağ]] sind zu ==90 Prozent== gefüllt, früher als im Vorjahr. ^speicher",
      "Der Betreiber rechnet nicht mit Engpässen, solange die Exporte nach Georgien im Rahmen bleiben."],
     ["Die Speicher bei Qaradağ sind zu 90 Prozent gefüllt, früher als im Vorjahr.",
      "Der Betreiber rechnet nicht mit Engpässen, solange die Exporte nach Georgien im Rahmen bleiben."]),
    ("Naxçıvan avtomobil yolu: ikinci mərhələ", "author: '[[Aynur Həsənova]]'", "Aynur Həsənova",
     ["Yolun [[Naxçıvan|muxtar respublika]] hissəsində ikinci mərhələ ==iyulda== başlayıb. ^yol-2",
      "Podratçı işlərin gələn ilin yazında bitəcəyini deyir, amma vaxt körpülərdən asılıdır."],
     ["Yolun muxtar respublika hissəsində ikinci mərhələ iyulda başlayıb.",
      "Podratçı işlərin gələn ilin yazında bitəcəyini deyir, amma vaxt körpülərdən asılıdır."]),
]


# numbered paragraphs whose numbering runs on across the headings (a judgment's, an award's, a committee's
# report): each keeps its number, as printed. (heading lines, paragraphs per heading as numbered, a note on
# the paragraphs left out or None). The trap (``LISTS``): a list under each heading that starts again at 1
# (a list: its items without their numbers).
NUMBERED = [
    (["I. THE PARTIES", "II. THE FACTS", "III. FINDINGS"],
     [[1, 2], [3], [14, 15]], "[Paragraphs 4 to 13 are not reproduced in this excerpt.]"),
    (["## A. Background", "## B. The Committee's assessment"], [[1, 2, 3], [4, 5]], None),
    (["I. LES PARTIES", "II. MOTIFS"], [[1, 2], [21, 22]], "[Les paragraphes 3 à 20 ne sont pas reproduits.]"),
    (["A. Sachverhalt", "B. Würdigung", "C. Entscheidung"], [[1, 2], [3, 4], [5]], None),
    (["PART ONE: JURISDICTION", "PART TWO: MERITS"], [[1, 2], [3, 4]], None),
    (["### I. Facts", "### II. Law"], [[1, 2], [31, 32]], "*[Paragraphs 3 to 30 omitted.]*"),
]
SENTENCES = {
    "en": ["The Claimant operates a ferry terminal at Alat, and the Respondent is a freight forwarder that booked "
           "berths there under a framework agreement.",
           "The dispute concerns the fees payable for berths booked and not used in the 2023 season; the Claimant "
           "says they fell due in full.",
           "The agreement fixes a fee per berth and a discount for early cancellation, but it does not say when a "
           "cancellation is early enough.",
           "The Tribunal considers that the agreement must be read as a whole, and that the discount applies only "
           "where the berth could be let again.",
           "It follows that the Respondent owes the fees as invoiced, less the discount on the two berths the "
           "Claimant let to another user."],
    "fr": ["La Demanderesse exploite un terminal de ferries à Alat, et la Défenderesse est un transitaire qui y a "
           "réservé des postes à quai.",
           "Le litige porte sur les redevances dues pour des postes réservés et non utilisés pendant la saison 2023.",
           "Le Tribunal estime que le contrat doit être lu dans son ensemble, et que la remise ne vaut que si le poste "
           "a pu être reloué.",
           "Il s'ensuit que la Défenderesse doit les redevances facturées, moins la remise sur les deux postes reloués."],
    "de": ["Die Klägerin betreibt einen Fährterminal in Alat, die Beklagte ist eine Spedition, die dort Liegeplätze "
           "gebucht hat.",
           "Streitig sind die Gebühren für Liegeplätze, die in der Saison 2023 gebucht und nicht genutzt wurden.",
           "Der Vertrag sieht eine Gebühr je Liegeplatz und einen Nachlass bei früher Stornierung vor, ohne die Frist "
           "zu nennen.",
           "Das Schiedsgericht ist der Auffassung, dass der Nachlass nur gilt, wenn der Liegeplatz erneut vergeben "
           "werden konnte.",
           "Die Beklagte schuldet daher die berechneten Gebühren, abzüglich des Nachlasses für zwei erneut vergebene "
           "Liegeplätze."],
}
NUMBERED_TITLES = ["Alat Ferry Terminal v. Steppe Forwarding LLP", "Report on the Kura basin water allocation",
                   "Terminal d'Alat c. Transit Steppe SARL", "Fährterminal Alat gegen Steppe Spedition GmbH",
                   "Caspian Barge Lines v. Aktau Port Authority", "Poti Dredging Ltd v. Black Sea Channel Agency"]
LISTS = [["## Steps for shippers", "## Steps for the port"], ["Obligations of the operator", "Obligations of the user"]]


# a "Present:" line naming a bench or a committee, each name after its office ("President", "Judges",
# "Registrar"), the names of one office after a comma or "and", the offices apart by semicolons, the line
# maybe wrapped over two: its participants are the names, offices off, in the order listed.
# (the line as printed, the names)
PRESENT = [
    ("Present: President Ingrid Vossberg; Arbitrators Tahir Nabiyev,\nPaolo Rinaldi; Registrar Claire Dumont",
     ["Ingrid Vossberg", "Tahir Nabiyev", "Paolo Rinaldi", "Claire Dumont"]),
    ("Present: Chair Aynur Hasanova; Members Elvin Mammadov, Nino Tsereteli and Kamran Ismayilov; Secretary Anna Berg",
     ["Aynur Hasanova", "Elvin Mammadov", "Nino Tsereteli", "Kamran Ismayilov", "Anna Berg"]),
    ("Present: President Rauf Karimli; Vice-President Helen Carter; Judges Farid Karimov, Sevda Rahimova;\n"
     "Registrar Timur Bekov", ["Rauf Karimli", "Helen Carter", "Farid Karimov", "Sevda Rahimova", "Timur Bekov"]),
    ("Present: Judge Marta Ruiz, presiding; Judges Paul Mercier and Leyla Aliyeva;\nDeputy Registrar Jana Koch",
     ["Marta Ruiz", "Paul Mercier", "Leyla Aliyeva", "Jana Koch"]),
    ("Present: Commissioners Orkhan Valiyev, Anke Vogel; Rapporteur Emre Aydin",
     ["Orkhan Valiyev", "Anke Vogel", "Emre Aydin"]),
    ("Present: President Nigar Aliyeva; Arbitrators Claire Dubois,\nDiego Lara; Secretary of the Tribunal Lucía Gómez",
     ["Nigar Aliyeva", "Claire Dubois", "Diego Lara", "Lucía Gómez"]),
    # as a PDF's reader gives a line broken over two centred lines: a blank line between its halves
    ("Present: President Helen Carter; Judges Rashad Guliyev,\n\nAruzhan Sadykova; Registrar Uwe Hahn",
     ["Helen Carter", "Rashad Guliyev", "Aruzhan Sadykova", "Uwe Hahn"]),
    ("Present: Chair Sevda Rahimova; Members Tom Brenner,\n\nEva Roth and Elchin Babayev; Secretary Lukas Berg",
     ["Sevda Rahimova", "Tom Brenner", "Eva Roth", "Elchin Babayev", "Lukas Berg"]),
]


# a meetings release's notice that it is for the media and no official record, at the top and the foot
# (the foot's perhaps with the press office after it): no body. (the notice at the top, the foot's line)
NOTICES = [
    ("For information media. Not an official record.",
     "For information media. Not an official record. Secretariat of the Council, Press Section, Istanbul."),
    ("For use of information media; not an official record", "For use of information media; not an official record"),
    ("Document destiné à l'information. Ne constitue pas un document officiel.",
     "Document destiné à l'information. Ne constitue pas un document officiel. Service de presse, Bakou."),
    ("Para información de los medios. No es un documento oficial.",
     "Para información de los medios. No es un documento oficial."),
    ("Zur Information der Medien. Kein offizielles Protokoll.",
     "Zur Information der Medien. Kein offizielles Protokoll. Pressestelle des Sekretariats, Tiflis."),
    ("Not an official record. For information media only.", "Not an official record. For information media only."),
]
# the look-alike: a sentence of the body that speaks of an official record
NOTICE_TRAP = ("The Deputy Minister said the summary circulated on Monday was not an official record of the talks, "
               "and asked the secretariat to publish the agreed text before the next meeting.")


class Cell(sweep_d16text.Cell):
    """A cell of sweep_d16text's form, a markdown file unless it says otherwise."""

    def __init__(self, *args, suffix=".md", **kwargs):
        super().__init__(*args, suffix=suffix, **kwargs)


def cells() -> list[Cell]:
    out = []
    for k, (lang, title, created, updated, author, name, paras, read, furniture, comment) in enumerate(VAULT):
        head = (f'---\ntitle: "{title}"\naliases:\n  - {title.split(":")[0]} notes\ntags:\n  - research/{lang}\n'
                f"{author}\ncreated: {created}\nupdated: {updated}\nstatus: draft\nrelated:\n"
                f'  - "[[Caspian freight]]"\n---\n\n')
        callout_title, callout_text = CALLOUTS[lang]
        trap = TRAPS[k % len(TRAPS)]
        if k % 2 == 0:
            body_md = (f"> [!info] Sources\n> - [[Operator notice]], {created}\n\n## Summary\n\n{paras[0]}\n\n"
                       f"![[figure-{k}.png|500]]\n\n{paras[1]}\n\n{comment}\n\n> {callout_title}\n> {callout_text}\n\n"
                       f"{trap}\n\n---\n\n## Links\n\n- [[Caspian freight]]\n- [[People/Anna Berg]]\n")
        else:
            body_md = (f"## Summary\n\n{paras[0]}\n\n{comment}\n\n{paras[1]}\n\n> {callout_title}\n> {callout_text}\n\n"
                       f"{trap}\n\n## Links\n\n- [[Caspian freight]]\n")
        if comment.startswith("Offen"):  # a comment inside a paragraph: the paragraph without it
            body_md = body_md.replace(f"\n\n{comment}\n\n", "\n\n").replace(paras[1], paras[1].replace(
                "Offen bleibt", "Offen %% Quelle der Prozentzahl %% bleibt"))
        furn = furniture + [callout_title.split(" ", 1)[1], "Summary", "Links"]
        out.append(Cell(f"vault{k}", head + body_md, title, created, [name],
                        body=read + [CALLOUT_READ[lang], trap], furniture=furn))
    for k, (title, author, name, paras, read) in enumerate(LAYOUTS):
        lang = ("en", "en", "de", "az")[k]
        callout_title, callout_text = CALLOUTS[lang]
        comment = ("%%\nto ask: the operator's own figures\nand the ministry's\n%%" if k % 2 == 0
                   else "%% to ask: the operator's own figures %%")
        text = (f'---\ntitle: "{title}"\n{author}\ncreated: 2025-0{k + 3}-1{k}\nupdated: 2025-09-0{k + 1}\n'
                f"tags:\n  - notes\n---\n## Summary\n\n{paras[0]}\n\n{comment}\n\n"
                + (f"## Reading\n\n> {callout_title}\n> {callout_text}\n\n{paras[1]}\n" if k < 2 else
                   f"{paras[1]}\n\n> {callout_title}\n> {callout_text}\n"))
        out.append(Cell(f"layout{k}", text, title, f"2025-0{k + 3}-1{k}", [name], body=read + [CALLOUT_READ[lang]],
                        furniture=[paras[0].rsplit(" ", 1)[1], "to ask", callout_title.split(" ", 1)[1]]))
    for k, (heads, numbers, note) in enumerate(NUMBERED):
        lang = "fr" if "LES" in heads[0] else "de" if "Sachverhalt" in heads[0] else "en"
        said = SENTENCES[lang]
        parts, body, i = [], [], 0
        for h, (head, ns) in enumerate(zip(heads, numbers)):
            if note and h == len(heads) - 1:
                parts.append(note)
            parts.append(head)
            for n in ns:
                paragraph = f"{n}. {said[i % len(said)]}"
                parts.append(paragraph)
                body.append(paragraph)
                i += 1
        text = f"{NUMBERED_TITLES[k]}\n\n" + "\n\n".join(parts) + "\n"
        furniture = [h.lstrip("#* ") for h in heads] + ([note.strip("*[]").split(" ")[0] + " " + note.strip("*[]").split(" ")[1]]
                                                      if note else [])
        out.append(Cell(f"numbered{k}", text, NUMBERED_TITLES[k], None, None, suffix=".md" if "#" in heads[0] else ".txt",
                        body=body, furniture=[f for f in furniture if len(f) > 8]))
    for k, heads in enumerate(LISTS):
        said = SENTENCES["en"]
        text = (f"Berth bookings at Alat: what each side does\n\n{heads[0]}\n\n1. {said[0]}\n\n2. {said[1]}\n\n"
                f"{heads[1]}\n\n1. {said[2]}\n\n2. {said[3]}\n")
        out.append(Cell(f"list{k}", text, "Berth bookings at Alat: what each side does", None, None,
                        suffix=".md" if "#" in heads[0] else ".txt", body=said[:4]))
    for k, (line, names) in enumerate(PRESENT):
        title = ["Kura Transit Pipeline Company v. Steppe Gas Trading AG", "Decision on the Kura basin allocation",
                 "Alat Ferry Terminal v. Steppe Forwarding LLP", "Caspian Barge Lines v. Aktau Port Authority",
                 "Opinion on the Poti channel tender", "Ganja Power v. Caucasus Grid Operator",
                 "Shirvan Salt Works v. Caspian Rail Freight", "Decision on the Samur river gauges"][k]
        text = (f"CASPIAN ENERGY TRIBUNAL\n\n{title}\n\nJUDGMENT\n\nThe Hague, 1{k} March 2025\n\n{line}\n\n"
                f"{BODY}")
        out.append(Cell(f"present{k}", text, title, f"2025-03-1{k}", [], people=names))
    for k, (top, foot) in enumerate(NOTICES):
        title = "Ministers Back Common Rules for Caspian Transit, as Speakers Urge Shorter Waits"
        paras = [" ".join(p.split()) for p in BODY.strip().split("\n\n")] + [NOTICE_TRAP]
        text = (f"CASPIAN ECONOMIC COUNCIL\n\nCEC/PR/2025/{k + 10}\n1{k} June 2025\n\n{title}\n\n{top}\n\n{BODY}\n"
                f"{NOTICE_TRAP}\n\n* *** *\n\n{foot}\n")
        out.append(Cell(f"notice{k}", text, title, f"2025-06-1{k}", [], body=paras, furniture=[top, foot]))
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
