"""A sweep of the plain-text kinds documents27 missed (taken up as development material), each written in other
templates, wordings and languages than documents27's:

- ``cuedwriter`` (plain text): an agency's item, the agency's name in capitals over it, whose writer a byline label
  names at the foot ("Autor:", "Auteur :", "Autore:", "Автор:", "Yazar:", "Autorka:", "Auteur:", "Written by"),
  over an editor's and a photographer's line: the person the label names is the author, not the agency. Traps: an
  item whose foot names only an editor and a photographer: no person as author.
- ``kwline`` (plain text): a keywords or tags label line ("Schlagwörter:", "Mots-clés :", "Palabras clave:",
  "Parole chiave:", "Ключевые слова:", "Anahtar kelimeler:", "Słowa kluczowe:", "Trefwoorden:", "Tags:") between a
  service's slug and the headline: no title, the headline is. Traps: a headline opening with a word of the table
  and a colon after other words; an item with no keyword line.
- ``unitline`` (plain text): a report's head, the body's name in capitals over its unit's or department's short line
  ("Research Department", "Abteilung Volkswirtschaft", "Service des études", "Ufficio studi", "Аналитический
  отдел"), over the report's longer title in capitals: the unit is no title. Traps: a head with no unit line; a
  unit's line over a title in mixed case.
- ``distnote`` (plain text): a report's distribution or quotation note under its head ("Distribution: …",
  "Verteiler: …", "Diffusion : …", "Distribución: …", "May be quoted …", "Nachdruck nur mit Quellenangabe"):
  furniture, no body. Traps: a body paragraph on the distribution of gas or on quoting a minister.
- ``supnote`` (plain text): a paragraph's note references in Unicode superscript figures glued after a word or a
  stop ("capacity.²", "Aktau¹,"), with the notes under a rule: left out of the passage as "[1]" is. Traps: a unit's
  power ("km²", "m³", "10⁹") kept as printed.

Cells alternate within each kind as written: the development half and the test half (other wordings, languages,
layouts and traps), the test half measured once at the end.

    python -m tests.sweep_d27text [dev|test] [-v]
"""
from __future__ import annotations

import sys

from tests import sweep_d16text, sweep_d17rest
from tests.sweep_d17rest import Cell
from tests.sweep_d23text import measure
from tests.sweep_d25text import BODIES

RULE = "=" * 60


# ---- cuedwriter: (name, lang, agency, headline, dateline, label and name or None, editor's line, photo line,
# the author expected: the name, or None for "no person")
CUEDWRITERS = [
    ("cuedwriter-de", "de", "NORDKASPISCHE NACHRICHTENAGENTUR", "Neue Fähren für den Hafen von Alat",
     "Baku, 4. März (NKNA).", ("Autor:", "Katrin Vogel"), "Redaktion: Jens Albers", "Foto: Ole Brandt / NKNA"),
    ("cuedwriter-fr", "fr", "AGENCE CASPIENNE D'INFORMATION", "Le port d'Alat accueille de nouveaux ferries",
     "Bakou, 4 mars (ACI).", ("Auteur :", "Camille Girard"), "Rédaction : Luc Martin", "Photo : Hugo Blanc / ACI"),
    ("cuedwriter-it", "it", "AGENZIA DI STAMPA DEL CASPIO", "Il gas del Caspio arriva in Puglia",
     "Baku, 4 marzo (ASC).", ("Autore:", "Giulia Ferrante"), "Redazione: Marco Bellini", "Foto: Luca Neri / ASC"),
    ("cuedwriter-ru", "ru", "КАСПИЙСКОЕ ИНФОРМАЦИОННОЕ АГЕНТСТВО", "Соглашение о поставках газа подписано",
     "Баку, 4 марта (КИА).", ("Автор:", "Ирина Соколова"), "Редактор: Павел Орлов", "Фото: Денис Волков / КИА"),
    ("cuedwriter-tr", "tr", "HAZAR HABER AJANSI", "Hazar gazı ulusal şebekeye ulaşıyor",
     "Bakü, 4 Mart (HHA).", ("Yazar:", "Elif Demirtaş"), "Editör: Murat Kaya", "Fotoğraf: Can Aksoy / HHA"),
    ("cuedwriter-trap-noperson-es", "es", "AGENCIA CASPIA DE NOTICIAS", "El corredor meridional crece",
     "Bakú, 4 de marzo (ACN).", None, "Redacción: Pablo Ortega", "Foto: Sergio Llorente / ACN"),
    ("cuedwriter-pl", "pl", "KASPIJSKA AGENCJA PRASOWA", "Pierwsze dostawy gazu przed zimą",
     "Baku, 4 marca (KAP).", ("Autorka:", "Magdalena Zielińska"), "Redakcja: Tomasz Wróbel",
     "Fot. Adam Sikora / KAP"),
    ("cuedwriter-nl", "nl", "KASPISCH PERSBUREAU", "Veerboot vaart twee keer per week",
     "Bakoe, 4 maart (KPB).", ("Auteur:", "Sanne de Wit"), "Eindredactie: Joost Bakker", "Foto: Bram Visser / KPB"),
    ("cuedwriter-trap-noperson-en", "en", "CASPIAN NEWS SERVICE", "Border commissions agree another section",
     "Baku, March 4 (CNS).", None, "Editor: Rachel Dunn", "Photo: Tom Hale / CNS"),
    ("cuedwriter-pt", "pt", "AGÊNCIA CÁSPIA DE NOTÍCIAS", "Primeiras entregas de gás antes do inverno",
     "Baku, 4 de março (ACN).", ("Autora:", "Beatriz Moura"), "Edição: Rui Tavares", "Foto: Nuno Lopes / ACN"),
    ("cuedwriter-en", "en", "CASPIAN NEWS SERVICE", "Border commissions agree another section",
     "Baku, March 4 (CNS).", ("Written by", "Daniel Crowe"), "Edited by Rachel Dunn", "Photo: Tom Hale / CNS"),
    ("cuedwriter-hr", "hr", "JADRANSKA NOVINSKA AGENCIJA", "Pregovori o granici uz rijeku",
     "Zagreb, 4. ožujka (JNA).", ("Autorica:", "Ivana Perić"), "Urednik: Marko Horvat", "Foto: Ante Kovač / JNA"),
]


# each language's feed's name, "updated", "read" and the note that the agency must be cited
_FEEDS = {
    "de": ("Wirtschaftsdienst", "Aktualisiert", "Gelesen", "Bei Verwendung ist die Agentur als Quelle zu nennen."),
    "fr": ("Fil économique", "Mis à jour", "Lu", "Toute reprise doit citer l'agence comme source."),
    "it": ("Notiziario economico", "Aggiornato", "Letture", "In caso di utilizzo citare l'agenzia come fonte."),
    "ru": ("Лента экономических новостей", "Обновлено", "Просмотров", "При использовании ссылка на агентство обязательна."),
    "tr": ("Ekonomi haberleri servisi", "Güncellendi", "Okunma", "Haberin kullanımında ajansa atıf zorunludur."),
    "es": ("Servicio de economía", "Actualizado", "Lecturas", "Es obligatorio citar a la agencia como fuente."),
    "pl": ("Serwis gospodarczy", "Aktualizacja", "Odsłony", "Przy wykorzystaniu wymagane jest podanie źródła."),
    "nl": ("Economische nieuwsdienst", "Bijgewerkt", "Gelezen", "Bij overname is bronvermelding verplicht."),
    "pt": ("Serviço de economia", "Atualizado", "Leituras", "É obrigatório citar a agência como fonte."),
    "en": ("Business news wire", "Updated", "Read", "Any use must credit the agency as the source."),
    "hr": ("Gospodarski servis", "Ažurirano", "Pročitano", "Pri korištenju obavezno navesti agenciju kao izvor."),
}


def _cuedwriters() -> list[Cell]:
    out = []
    for name, lang, agency, headline, dateline, cue, editor, photo in CUEDWRITERS:
        paragraphs = [f"{dateline} {BODIES[lang][0]}", BODIES[lang][1]]
        foot = ([f"{cue[0]} {cue[1]}"] if cue else []) + [editor, photo]
        # the agency's name over its feed's line, a slug with a number and the time between rules; under the credits
        # the end mark, an update's time and a read count, a rule, a note that the agency must be cited, the rights
        text = (f"{agency}\n{_FEEDS[lang][0]}\n{RULE}\nNo. 40{len(name)}    12.10.2026 09:40\n{RULE}\n\n"
                f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(foot)
                + f"\n\n(END)\n\n{_FEEDS[lang][1]}: 12.10.2026 11:05\n{_FEEDS[lang][2]}: 2 318\n" + "-" * 60
                + f"\n{_FEEDS[lang][3]}\n(c) 2026 {agency}\n")
        out.append(Cell("cuedwriter", name, text, headline, None, [cue[1]] if cue else None, body=paragraphs,
                        furniture=foot))
        if not cue:  # no person: neither the editor nor the photographer is an author
            out[-1].no_people = [editor.split(":")[-1].replace("Edited by", "").strip(),
                                 photo.split(":")[-1].split("/")[0].strip()]
    return out


# ---- kwline: (name, lang, agency, slug line, keyword line or None, headline, date in the slug)
KWLINES = [
    ("kwline-de", "de", "NORDKASPISCHE NACHRICHTENAGENTUR", "Meldung Nr. 5521    Datum: 12.10.2026 09:40",
     "Schlagwörter: Grenze, Kommission, Fluss", "GRENZKOMMISSIONEN EINIGEN SICH AUF WEITEREN ABSCHNITT", "2026-10-12"),
    ("kwline-fr", "fr", "AGENCE CASPIENNE D'INFORMATION", "Dépêche n° 8812    Date : 12.10.2026 09:40",
     "Mots-clés : frontière, commission, rivière", "LES COMMISSIONS S'ACCORDENT SUR UN NOUVEAU TRONÇON", "2026-10-12"),
    ("kwline-es", "es", "AGENCIA CASPIA DE NOTICIAS", "Noticia n.º 3301    Fecha: 12.10.2026 09:40",
     "Palabras clave: gas, corredor, Unión Europea", "EL CORREDOR MERIDIONAL SUPERA LOS DOCE MIL MILLONES",
     "2026-10-12"),
    ("kwline-it", "it", "AGENZIA DI STAMPA DEL CASPIO", "Notizia n. 4410    Data: 12.10.2026 09:40",
     "Parole chiave: gas, Puglia, forniture", "LE PRIME FORNITURE DI GAS ENTRO L'INVERNO", "2026-10-12"),
    ("kwline-trap-headline-en", "en", "CASPIAN NEWS SERVICE", "Item No. 7710    Date: 12.10.2026 09:40",
     None, "Key words from the border talks: trust, maps and villages", "2026-10-12"),
    ("kwline-ru", "ru", "КАСПИЙСКОЕ ИНФОРМАЦИОННОЕ АГЕНТСТВО", "Сообщение № 2210    Дата: 12.10.2026 09:40",
     "Ключевые слова: газ, соглашение, поставки", "ПОДПИСАНО СОГЛАШЕНИЕ О ПОСТАВКАХ ГАЗА", "2026-10-12"),
    ("kwline-tr", "tr", "HAZAR HABER AJANSI", "Haber No: 6610    Tarih: 12.10.2026 09:40",
     "Anahtar kelimeler: doğalgaz, şebeke, Hazar", "HAZAR GAZI KIŞTAN ÖNCE ŞEBEKEDE", "2026-10-12"),
    ("kwline-pl", "pl", "KASPIJSKA AGENCJA PRASOWA", "Depesza nr 1207    Data: 12.10.2026 09:40",
     "Słowa kluczowe: gaz, dostawy, zima", "PIERWSZE DOSTAWY GAZU PRZED ZIMĄ", "2026-10-12"),
    ("kwline-nl", "nl", "KASPISCH PERSBUREAU", "Bericht nr. 3390    Datum: 12.10.2026 09:40",
     "Trefwoorden: veerboot, Alat, Koeryk", "VEERBOOT TUSSEN ALAT EN KOERYK VAART VAKER", "2026-10-12"),
    ("kwline-trap-none-de", "de", "NORDKASPISCHE NACHRICHTENAGENTUR", "Meldung Nr. 5522    Datum: 12.10.2026 11:05",
     None, "GRENZKOMMISSIONEN TAGEN ERNEUT", "2026-10-12"),
    ("kwline-en", "en", "CASPIAN NEWS SERVICE", "Item No. 7711    Date: 12.10.2026 09:40",
     "Tags: border, commission, villages", "BORDER COMMISSIONS AGREE ANOTHER SECTION", "2026-10-12"),
    ("kwline-pt", "pt", "AGÊNCIA CÁSPIA DE NOTÍCIAS", "Notícia n.º 5120    Data: 12.10.2026 09:40",
     "Palavras-chave: gás, inverno, rede", "PRIMEIRAS ENTREGAS DE GÁS ANTES DO INVERNO", "2026-10-12"),
]


def _kwlines() -> list[Cell]:
    out = []
    for name, lang, agency, slug, keywords, headline, date in KWLINES:
        paragraphs = list(BODIES[lang][:2])
        head = [agency, RULE, slug] + ([keywords] if keywords else []) + [RULE]
        text = "\n".join(head) + f"\n\n{headline}\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("kwline", name, text, headline, date, None, body=paragraphs,
                        furniture=[keywords] if keywords else []))
    return out


# ---- unitline: (name, lang, body's name, unit's line or None, title, authors' line, the author)
UNITLINES = [
    ("unitline-en", "en", "CASPIAN PORTS AND SHIPPING COUNCIL", "Research Department",
     "FERRY TRAFFIC ACROSS THE CASPIAN SEA: ANNUAL REVIEW 2025", "Prepared by Laura Finch", "Laura Finch"),
    ("unitline-de", "de", "VERBAND DER KASPISCHEN SPEDITEURE", "Abteilung Volkswirtschaft",
     "GÜTERVERKEHR AUF DEM MITTLEREN KORRIDOR: JAHRESBERICHT 2025", "Verfasst von Jonas Weber", "Jonas Weber"),
    ("unitline-fr", "fr", "CONSEIL DES PORTS DE LA CASPIENNE", "Service des études économiques",
     "LE TRAFIC DES FERRIES EN MER CASPIENNE : BILAN DE L'ANNÉE 2025", "Auteur : Julien Moreau", "Julien Moreau"),
    ("unitline-it", "it", "ASSOCIAZIONE DEGLI SPEDIZIONIERI DEL CASPIO", "Ufficio studi",
     "IL TRAFFICO MERCI SUL CORRIDOIO DI MEZZO: RAPPORTO ANNUALE 2025", "Autore: Paolo Rinaldi", "Paolo Rinaldi"),
    ("unitline-trap-nounit-en", "en", "CASPIAN PORTS AND SHIPPING COUNCIL", None,
     "CONTAINER TRAFFIC AT ALAT: QUARTERLY NOTE FOR THE THIRD QUARTER", "Prepared by Laura Finch", "Laura Finch"),
    ("unitline-ru", "ru", "АССОЦИАЦИЯ ЭКСПЕДИТОРОВ КАСПИЙСКОГО РЕГИОНА", "Аналитический отдел",
     "ГРУЗОПЕРЕВОЗКИ ПО СРЕДНЕМУ КОРИДОРУ: ОБЗОР ЗА 2025 ГОД", "Автор: Андрей Лебедев", "Андрей Лебедев"),
    ("unitline-es", "es", "CONSEJO DE PUERTOS DEL CASPIO", "Departamento de Estudios",
     "EL TRÁFICO DE TRANSBORDADORES EN EL MAR CASPIO: INFORME ANUAL 2025", "Autor: Diego Navarro", "Diego Navarro"),
    ("unitline-pl", "pl", "STOWARZYSZENIE SPEDYTORÓW KASPIJSKICH", "Dział Analiz",
     "PRZEWOZY TOWAROWE NA KORYTARZU ŚRODKOWYM: RAPORT ROCZNY 2025", "Autor: Piotr Nowicki", "Piotr Nowicki"),
    ("unitline-nl", "nl", "RAAD VAN DE KASPISCHE HAVENS", "Afdeling Onderzoek",
     "VEERBOOTVERKEER OP DE KASPISCHE ZEE: JAARVERSLAG 2025", "Auteur: Pieter Jansen", "Pieter Jansen"),
    ("unitline-trap-mixed-en", "en", "CASPIAN PORTS AND SHIPPING COUNCIL", "Statistics Division",
     "Ferry Traffic across the Caspian Sea: Annual Review 2025", "Prepared by Laura Finch", "Laura Finch"),
    ("unitline-tr", "tr", "HAZAR LİMANLARI BİRLİĞİ", "Araştırma Birimi",
     "HAZAR DENİZİ'NDE FERİBOT TAŞIMACILIĞI: 2025 YILI DEĞERLENDİRMESİ", "Yazar: Selin Arslan", "Selin Arslan"),
    ("unitline-pt", "pt", "CONSELHO DOS PORTOS DO CÁSPIO", "Gabinete de Estudos",
     "O TRÁFEGO DE FERRIES NO MAR CÁSPIO: RELATÓRIO ANUAL DE 2025", "Autor: Tiago Ferreira", "Tiago Ferreira"),
]


def _unitlines() -> list[Cell]:
    out = []
    for name, lang, body, unit, title, by, author in UNITLINES:
        paragraphs = list(BODIES[lang][:2])
        head = [body] + ([unit] if unit else [])
        text = "\n".join(head) + f"\n\n\n{title}\n\n\n{by}\n\n" + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("unitline", name, text, title, None, [author], body=paragraphs, furniture=head))
    return out


# ---- distnote: (name, lang, note lines (hard-wrapped) or a paragraph that is body, whether it is a trap)
DISTNOTES = [
    ("distnote-en", "en", ["Distribution: board members and observer organisations. Not for", "publication."]),
    ("distnote-de", "de", ["Verteiler: Mitgliedsunternehmen und Partnerverbände. Nachdruck nur mit", "Quellenangabe."]),
    ("distnote-fr", "fr", ["Diffusion : membres du conseil et organisations partenaires. Reproduction",
                           "autorisée avec mention de la source."]),
    ("distnote-es", "es", ["Distribución: miembros y organizaciones asociadas. Se permite la reproducción",
                           "citando la fuente."]),
    ("distnote-trap-gas-en", "en", ["Distribution of gas to households in the northern districts rose by a fifth "
                                    "last winter, and the network operator plans two new compressor stations."]),
    ("distnote-it", "it", ["Distribuzione: soci e organizzazioni partner. Riproduzione consentita citando la",
                           "fonte."]),
    ("distnote-en-quoted", "en", ["This note may be quoted with reference to the source. Circulation:",
                                  "members only."]),
    ("distnote-pl", "pl", ["Rozdzielnik: członkowie i organizacje partnerskie. Przedruk dozwolony z",
                           "podaniem źródła."]),
    ("distnote-ru", "ru", ["Рассылка: члены ассоциации и партнёрские организации. Перепечатка", "со ссылкой на источник."]),
    ("distnote-trap-quote-en", "en", ["The minister may be quoted on the record as saying that the ferry timetable "
                                      "would be published before the end of the month, officials said."]),
    ("distnote-nl", "nl", ["Verspreiding: leden en partnerorganisaties. Overname toegestaan met", "bronvermelding."]),
    ("distnote-de-2", "de", ["Nur für den internen Gebrauch. Verteiler: Vorstand, Geschäftsstelle."]),
]


def _distnotes() -> list[Cell]:
    out = []
    for name, lang, lines in DISTNOTES:
        paragraphs = list(BODIES[lang][:2])
        title = "CASPIAN FERRY TRAFFIC: THIRD QUARTER 2026"
        if "trap" in name:
            paragraphs.insert(1, lines[0])
            note = []
        else:
            note = lines
        head = "CASPIAN PORTS AND SHIPPING COUNCIL\n\n" + f"{title}\n\nDate of issue: 12 October 2026\n\n"
        text = head + ("\n".join(note) + "\n\n\n" if note else "") + "\n\n".join(paragraphs) + "\n"
        out.append(Cell("distnote", name, text, title, "2026-10-12", None, body=paragraphs, furniture=note[:1]))
    return out


# ---- supnote: (name, lang, where the mark goes: after the first sentence's stop, or glued to a word; the power
# trap: a unit's raised figure that stays)
SUPNOTES = [
    ("supnote-en", "en", "stop", None),
    ("supnote-de", "de", "word", None),
    ("supnote-fr", "fr", "stop", None),
    ("supnote-es", "es", "word", None),
    ("supnote-trap-km-en", "en", "stop", "km²"),
    ("supnote-it", "it", "stop", None),
    ("supnote-pl", "pl", "word", None),
    ("supnote-nl", "nl", "stop", None),
    ("supnote-ru", "ru", "word", None),
    ("supnote-trap-m3-de", "de", "stop", "m³"),
    ("supnote-pt", "pt", "stop", None),
    ("supnote-trap-ten-fr", "fr", "word", "10⁹"),
]
_MARKS = ("¹", "²", "³")


def _with_mark(paragraph: str, where: str, mark: str) -> str:
    if where == "stop":  # after the first sentence's stop, or the paragraph's last
        cut = paragraph.index(". ") + 1 if ". " in paragraph else len(paragraph)
        return paragraph[:cut] + mark + paragraph[cut:]
    words = paragraph.split(" ")  # glued to a word: the first before a comma, or the sixth
    at = next((i for i, w in enumerate(words[:-1]) if w.endswith(",")), 5)
    words[at] = words[at][:-1] + mark + "," if words[at].endswith(",") else words[at] + mark
    return " ".join(words)


def _supnotes() -> list[Cell]:
    out = []
    for name, lang, where, power in SUPNOTES:
        clean = list(BODIES[lang][:2])
        if power:  # a unit's power in the first paragraph: kept as printed
            clean[0] = clean[0].replace(" ", f" 40 {power} ", 1) if power != "10⁹" else clean[0].replace(
                " ", " 2 × 10⁹ ", 1)
        marked = [_with_mark(p, where, _MARKS[k]) for k, p in enumerate(clean)]
        notes = ["__________", "¹ Source: the port authority's monthly figures.", "² Provisional estimate."]
        text = ("ANNUAL FREIGHT REVIEW 2025\n\n" + "\n\n".join(marked) + "\n\n" + "\n".join(notes) + "\n")
        out.append(Cell("supnote", name, text, "ANNUAL FREIGHT REVIEW 2025", None, None, body=clean,
                        furniture=notes[1:2]))
    return out


def cells() -> list[Cell]:
    return _cuedwriters() + _kwlines() + _unitlines() + _distnotes() + _supnotes()


def part(name: str) -> list[Cell]:
    return sweep_d17rest.part(name, cells())


def measure_cell(cell: Cell) -> dict:
    """A cell as sweep_d23text measures it; where the cell names people who are no authors (a trap), its authors
    right only when none of them is among the authors."""
    r = measure(cell)
    banned = getattr(cell, "no_people", None)
    if banned:
        r["ok"]["authors"] = not any(b in a for a in r["got"]["authors"] for b in banned)
    return r


def figures(name: str) -> dict:
    return sweep_d16text.figures(name, part_of=part, measure_with=measure_cell)


def misses(name: str):
    return sweep_d16text.misses(name, part_of=part, measure_with=measure_cell)


if __name__ == "__main__":
    sweep_d16text.report(sys.argv, figures, misses)
