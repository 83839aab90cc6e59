"""A sweep over the kinds documents19's web pages showed the reader missing, taken up as development
material and written in other genres, wordings and languages, each kind named by form and position:

- ``record``: a list whose every item is a short "Label: value" line (an event's day, place and
  organiser; a call's deadlines) is a record, not prose; traps: a list of "Label: sentence." points and a
  transcript's "Speaker: sentence." turns, which are prose;
- ``roster``: a list whose every item is a person's name with a post, an institution or a role after a
  comma or in brackets (a panel's speakers, a committee) is a roster, not prose; traps: items that are
  sentences about the people;
- ``standfirst``: a paragraph of a sentence or two between the page's heading and the byline with its
  date stands over the text, whatever its class says; traps: the paragraph under the byline, a page
  without a byline;
- ``footcredit``: a line "Label: Name, post" after a text's last paragraph is its writer's credit: it and
  what follows it (literature, an update line, a citation line) are no body; traps: a last paragraph of
  prose naming a person and her post, a credit line with the text going on under it;
- ``titleprefix``: a heading of one to three words that the first part of the page's <title> holds with
  a few words more ("Georgia" in "Georgia travel advice - Ministry …") names the place or thing only:
  the <title>'s part is the title; traps: a <title> whose first part is the heading itself, a headline of
  four words or more;
- ``abbrcredit``: a caption's credit run on after its last sentence as an abbreviated label with a full
  stop and a person's name ("Phot. Name", "Ill. Name"): apart from the caption; traps: an abbreviation
  before words that are no name ("St. Petersburg lies …", "Dr. Weber am Steuer").

Each kind's cells are written in two halves before the reader is changed: a development half (the
tuning's) and a test half of other wordings, languages and traps, measured once at the end. A cell is
read and scored as in tests/sweep_d18web.py (with its title where stated).

``python -m tests.sweep_d19web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import json
import sys

from tests import sweep_d18web
from tests.sweep_d18web import BODIES, cell, page


def _ul(items: list[str], attrs: str = "") -> str:
    return f"<ul{attrs}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _plain(items: list[str]) -> list[str]:
    import re

    return [" ".join(re.sub(r"<[^>]+>", "", i).split()) for i in items]


def _body_with(lang: str, block: str, at: int = 2) -> list[str]:
    paras = [f"<p>{p}</p>" for p in BODIES[lang]]
    return paras[:at] + [block] + paras[at:]


def _records() -> list[dict]:
    rows = [
        # development half
        ("dev", "en-event-facts", "en", "header", "",
         ["<strong>Date:</strong> Thursday 5 March 2026, 10:00–12:00 CET", "<strong>Venue:</strong> Harbour Hall, "
          "Rotterdam, and online", "<strong>Organiser:</strong> Caspian Transit Forum"], False),
        ("dev", "de-fristen", "de", "body", "<h2>Wichtige Termine</h2>",
         ["Einreichung der Abstracts: 1. März 2026", "Benachrichtigung: 15. April 2026",
          "Tagung: 8.–10. Oktober 2026, Leipzig"], False),
        ("dev", "fr-infos-pratiques", "fr", "body", "<h2>Infos pratiques</h2>",
         ["<b>Date :</b> 12 mai 2026", "<b>Lieu :</b> Maison de la recherche, Lyon", "<b>Entrée :</b> libre sur inscription"],
         False),
        ("dev", "es-plazos", "es", "body", "",
         ["Fecha límite: 30 de abril de 2026", "Comunicación de resultados: 20 de mayo de 2026",
          "Congreso: 14–16 de octubre de 2026, Sevilla"], False),
        ("dev", "trap-en-key-points", "en", "body", "<h2>Key points</h2>",
         ["Costs: the line will cost about a third more than planned, because steel prices rose sharply in the "
          "second year of the works.",
          "Timing: the first trains are now expected in the spring of 2027, a full year later than the ministry "
          "had promised."], True),
        ("dev", "trap-de-turns", "de", "body", "",
         ["Moderatorin: Wie realistisch ist es, dass die Strecke bis zum Herbst wirklich für Güterzüge geöffnet "
          "wird?",
          "Gast: Die Gleise liegen, aber die Signaltechnik fehlt noch auf fast der Hälfte des Abschnitts, und "
          "das dauert."], True),
        # test half
        ("test", "ru-event", "ru", "header", "",
         ["<b>Дата:</b> 14 мая 2026 г., 11:00–13:00", "<b>Место:</b> Дом журналистов, Тбилиси",
          "<b>Организатор:</b> Кавказский транзитный форум"], False),
        ("test", "tr-tarihler", "tr", "body", "<h2>Önemli tarihler</h2>",
         ["Son başvuru: 1 Mart 2026", "Kabul bildirimi: 1 Nisan 2026", "Kongre: 5–7 Ekim 2026, İzmir"], False),
        ("test", "az-tedbir", "az", "header", "",
         ["Tarix: 12 may 2026, saat 15:00", "Məkan: Dövlət Kitabxanası, Gəncə", "Təşkilatçı: Regional İnkişaf Mərkəzi"],
         False),
        ("test", "en-deadlines-ol", "en", "body", "<h3>Deadlines</h3>",
         ["Abstracts due: 2 February 2026", "Decisions sent: 2 March 2026", "Full papers due: 1 June 2026"], False),
        ("test", "trap-fr-points", "fr", "body", "",
         ["Coût : le chantier coûtera un tiers de plus que prévu, selon les chiffres publiés hier par le "
          "ministère des transports.",
          "Calendrier : les premiers trains ne circuleront pas avant le printemps 2027, soit un an plus tard "
          "qu'annoncé au départ."], True),
        ("test", "trap-en-turns", "en", "body", "",
         ["Host: How likely is it that the line will really open to freight trains before the winter comes?",
          "Guest: The track is laid, but the signalling is still missing on almost half of the section, and that "
          "takes time."], True),
    ]
    out = []
    for half, name, lang, where, over, items, prose in rows:
        tag = "ol" if "-ol" in name else "ul"
        block = over + _ul(items).replace("<ul", f"<{tag}", 1).replace("</ul>", f"</{tag}>")
        lines = _plain(items)
        if where == "header":
            markup = page(lang, [f"<p>{p}</p>" for p in BODIES[lang]], header=block)
        else:
            markup = page(lang, _body_with(lang, block))
        body = BODIES[lang] + lines if prose else None
        out.append(cell("record", half, name, lang, markup, furniture=[] if prose else lines, body=body))
    return out


def _rosters() -> list[dict]:
    rows = [
        # development half
        ("dev", "en-speakers", "en", "<h2>Panel</h2>",
         ["<strong>Prof. Lena Hartmann</strong>, Chair of Energy Policy, University of Bremen",
          "<strong>Tural Mammadli</strong>, Head of Research, Caspian Logistics Council",
          "<strong>Claire Dubois</strong> (moderator), Senior Editor, Energy Review"], False),
        ("dev", "de-referenten", "de", "<h2>Referentinnen und Referenten</h2>",
         ["Dr. Jonas Albrecht, Leiter des Referats Energie, Stiftung Ostpolitik",
          "Prof. Dr. Miriam Keller (Moderation)", "Aylin Yildiz, Doktorandin, Universität Hamburg"], False),
        ("dev", "fr-comite", "fr", "<h2>Comité d'organisation</h2>",
         ["Pr Claire Morvan, Université de Lille (présidente)", "Hugo Lemaire (secrétaire)",
          "Dr Nino Beridze, Université d'État de Tbilissi"], False),
        ("dev", "es-comite", "es", "",
         ["Dra. Lucía Navarro, Universidad de Granada (presidenta)", "Dr. Andrés Molina (secretario)",
          "Leyla Aliyeva, Universidad ADA"], False),
        ("dev", "trap-en-sentences", "en", "",
         ["Prof. Lena Hartmann argued that the corridor needs one tariff for the whole route before shippers "
          "will trust it.",
          "Tural Mammadli, more hopeful, said that volumes had tripled since 2021 and that most of the new "
          "customers had stayed."], True),
        # test half
        ("test", "ru-uchastniki", "ru", "<h2>Участники</h2>",
         ["Анна Петрова, старший научный сотрудник, Институт Кавказа", "Руслан Каримов (модератор)",
          "Нино Гелашвили, Тбилисский государственный университет"], False),
        ("test", "tr-kurul", "tr", "<h2>Düzenleme kurulu</h2>",
         ["Prof. Dr. Elif Demir, Ankara Üniversitesi (başkan)", "Doç. Dr. Murat Kaya (sekreter)",
          "Leyla Hasanova, ADA Üniversitesi"], False),
        ("test", "en-linked", "en", "<h3>Speakers</h3>",
         ['<a href="/p/ana-sousa">Ana Sousa</a>, Senior Analyst, Atlantic Energy Desk',
          '<a href="/p/david-okoro">David Okoro</a>, Director, Gulf of Guinea Shipping Council',
          '<a href="/p/mei-lin">Mei Lin</a> (chair), Fellow, Eurasia Programme'], False),
        ("test", "az-natiqler", "az", "",
         ["Dr. Nigar Əliyeva, ADA Universiteti", "Rəşad Həsənov, Nəqliyyat Nazirliyi",
          "Aysel Quliyeva (moderator)"], False),
        ("test", "trap-de-saetze", "de", "",
         ["Dr. Jonas Albrecht warnte davor, die Strecke allein nach ihrer Länge zu beurteilen, denn entscheidend "
          "seien die Fahrpläne.",
          "Miriam Keller, die das Gespräch leitete, fragte nach der Rolle der Europäischen Union bei der "
          "Finanzierung der Häfen."], True),
        ("test", "trap-fr-phrases", "fr", "",
         ["Claire Morvan, qui préside le comité, a rappelé que les propositions doivent parvenir avant la fin "
          "du mois d'avril.",
          "Hugo Lemaire a ajouté que les doctorants ne paieront aucun droit d'inscription cette année."], True),
    ]
    out = []
    for half, name, lang, over, items, prose in rows:
        lines = _plain(items)
        markup = page(lang, _body_with(lang, over + _ul(items), 3 if prose else 2))
        out.append(cell("roster", half, name, lang, markup, furniture=[] if prose else lines,
                        body=BODIES[lang] + lines if prose else None))
    return out


def _byline(lang: str, who: str, iso: str, shown: str, by: str) -> str:
    return (f'<div class="meta">{by} <a href="/authors/{who.lower().replace(" ", "-")}">{who}</a> · '
            f'<time datetime="{iso}">{shown}</time></div>')


# the sentence set over the text (the traps set the same words as the text's first paragraph)
_LEADS = {
    "en": "The ministry calls the first cargo a commercial test, while traders and economists read it as a "
           "message to Brussels about where Europe can buy its gas.",
    "fr": "Les négociateurs avancent lentement sur le tronçon de la rivière, et le tracé de la voie ferrée "
           "qui relie les deux capitales reste une question ouverte.",
    "es": "Bruselas quiere más gas del Caspio para los próximos inviernos, pero los compradores europeos "
           "siguen sin firmar los contratos largos que exige Bakú.",
    "de": "Die Verhandlungen über den Flussabschnitt kommen nur langsam voran, und über die Bahnstrecke "
           "zwischen den beiden Hauptstädten wird weiter gestritten.",
    "ru": "Стороны договорились создать совместную рабочую группу по разведке на шельфе, но сроки первого "
           "бурения и доли компаний пока не названы.",
    "tr": "Boru hattının sınır kesimindeki kaynak çalışmaları tamamlandı ve bakanlık basınç testlerinin "
           "gelecek hafta başlayacağını açıkladı.",
    "az": "Dəmir yolu xəttində relslərin döşənməsi davam edir, körpülərin və tunellərin tikintisinin isə "
           "ilin sonuna qədər başa çatacağı gözlənilir.",
    "en2": "Talks resume on the river section of the border this week, while the railway that would link the"
           " two capitals waits for a decision in both parliaments.",
}


def _standfirsts() -> list[dict]:
    rows = [
        # development half
        ("dev", "en-lead", "en", "en", "lead", "By", "Sarah Connell", "2025-10-21", "21 October 2025", "flat"),
        ("dev", "fr-chapo", "fr", "fr", "chapo", "Par", "Claire Morvan", "2025-06-04", "4 juin 2025", False),
        ("dev", "es-entradilla", "es", "es", "entradilla", "Por", "Lucía Navarro", "2025-03-12", "12 de marzo de 2025", False),
        ("dev", "de-no-class", "de", "de", "", "Von", "Jonas Albrecht", "2025-09-02", "2. September 2025", "flat"),
        ("dev", "trap-en-under-byline", "en", "en", "lead", "By", "Sarah Connell", "2025-10-21", "21 October 2025", "under"),
        ("dev", "trap-fr-no-byline", "fr", "fr", "", "Par", "Claire Morvan", "2025-06-04", "4 juin 2025", "none"),
        # test half
        ("test", "ru-lid", "ru", "ru", "lid", "Автор:", "Анна Петрова", "2025-07-15", "15 июля 2025", "flat"),
        ("test", "tr-spot", "tr", "tr", "spot", "Yazan:", "Elif Demir", "2025-05-20", "20 Mayıs 2025", False),
        ("test", "az-intro", "az", "az", "intro", "Müəllif:", "Nigar Əliyeva", "2025-05-06", "6 may 2025", False),
        ("test", "en-summary-less", "en", "en2", "article-intro", "By", "Tom Reid", "2025-11-03", "3 November 2025", "flat"),
        ("test", "trap-de-unter-byline", "de", "de", "einleitung", "Von", "Jonas Albrecht", "2025-09-02", "2. September 2025", "under"),
        ("test", "trap-es-sin-firma", "es", "es", "", "Por", "Lucía Navarro", "2025-03-12", "12 de marzo de 2025", "none"),
    ]
    out = []
    for half, name, lang, key, klass, by, who, iso, shown, trap in rows:
        lead = _LEADS[key]
        attrs = f' class="{klass}"' if klass else ""
        lead_p = f"<p{attrs}>{lead}</p>"
        byline = _byline(lang, who, iso, shown, by)
        paras = [f"<p>{p}</p>" for p in BODIES[lang]]
        if trap == "under":  # the byline over the text's first paragraph
            header, paras, body = byline, [lead_p] + paras, [lead] + BODIES[lang]
        elif trap == "none":  # no byline: the first paragraph under the heading
            header, paras, body = "", [lead_p] + paras, [lead] + BODIES[lang]
        elif trap == "flat":  # heading, paragraph, byline and text side by side in the article, as an AMP page sets them
            header, paras, body = lead_p + byline + "\n".join(paras), [], None
        else:
            header, body = lead_p + byline, None
        markup = page(lang, paras, header=header)
        out.append(cell("standfirst", half, name, lang, markup, furniture=[] if trap in ("under", "none") else [lead],
                        body=body))
    return out


def _footcredits() -> list[dict]:
    rows = [
        # development half
        ("dev", "en-text-curator", "en", "Text: {n}, curator of maps and prints", "Hannah Price",
         ["Literature", "R. Milne, <em>Oil towns of the Caspian</em> (London 1978), pp. 12-19.",
          "Exhibition catalogue <em>Crude Empire</em> (Bristol 2023), no. 7."],
         "Last updated: 2 March 2026", "Cite this page: Harbour Museum, HM-1955-0021, https://hm.example/c/HM-1955-0021"),
        ("dev", "fr-texte", "fr", "Texte : {n}, conservatrice des estampes", "Claire Morvan",
         ["Bibliographie", "J. Perrin, <em>Le pétrole de Bakou</em> (Paris 1991), p. 30-41."],
         "Mise à jour : 3 février 2026", "Citer cette notice : Musée des Docks, MD-1970-112, https://md.example/o/112"),
        ("dev", "de-text", "de", "Text: {n}, Kurator der Kartensammlung", "Jonas Albrecht",
         ["Literatur", "H. Vogt, <em>Öl am Kaspischen Meer</em> (Berlin 1984), S. 5-9."],
         "Zuletzt aktualisiert: 4. Januar 2026", "Objekt zitieren: Hafenmuseum, HM 77/12, https://hm.example/objekt/77-12"),
        ("dev", "trap-en-prose-end", "en", None, "Hannah Price", [], "", ""),
        ("dev", "trap-es-credit-midway", "es", "midway", "Lucía Navarro", [], "", ""),
        # test half
        ("test", "es-texto", "es", "Texto: {n}, conservadora de mapas", "Lucía Navarro",
         ["Bibliografía", "M. Ruiz, <em>Petróleo y Caspio</em> (Madrid 1999), pp. 44-50."],
         "Última actualización: 5 de febrero de 2026", "Cite este objeto: Museo del Puerto, MP-1961-4, https://mp.example/o/4"),
        ("test", "ru-tekst", "ru", "Текст: {n}, хранитель отдела карт", "Анна Петрова",
         ["Литература", "И. Смирнов, <em>Нефть Апшерона</em> (Москва 1982), с. 10-19."],
         "Обновлено: 6 февраля 2026", "Ссылка на предмет: Музей порта, МП-1961-88, https://mp.example/88"),
        ("test", "tr-metin", "tr", "Metin: {n}, harita koleksiyonu küratörü", "Elif Demir",
         ["Kaynakça", "A. Yılmaz, <em>Hazar petrolü</em> (İstanbul 2001), s. 7-15."],
         "Son güncelleme: 7 Şubat 2026", "Bu eseri kaynak gösterin: Liman Müzesi, LM-1958-3, https://lm.example/3"),
        ("test", "en-words", "en", "Words: {n}, assistant curator", "Tom Reid", [],
         "Page updated: 9 March 2026", "Permalink: Docklands Museum, DM-2001-7, https://dm.example/o/7"),
        ("test", "trap-de-prose-end", "de", None, "Jonas Albrecht", [], "", ""),
        ("test", "trap-fr-credit-midway", "fr", "midway", "Claire Morvan", [], "", ""),
    ]
    out = []
    for half, name, lang, credit, who, literature, updated, cite in rows:
        paras = [f"<p>{p}</p>" for p in BODIES[lang]]
        if credit is None:  # a last paragraph of prose naming a person and her post: body, and no writer's credit
            last = {"en": f"{who}, curator of maps and prints, restored the sheet in 2024 with a grant from the city "
                          "archive and the friends of the museum.",
                    "de": f"{who}, Kurator der Kartensammlung, hat das Blatt 2024 mit Mitteln des Stadtarchivs und "
                          "des Freundeskreises restauriert."}[lang]
            markup = page(lang, paras + [f"<p>{last}</p>"])
            out.append(cell("footcredit", half, name, lang, markup, body=BODIES[lang] + [last]))
            continue
        if credit == "midway":  # a credit line with the text going on under it: the text is not over
            line = {"es": f"Texto: {who}", "fr": f"Texte : {who}"}[lang]
            markup = page(lang, paras[:1] + [f'<p>{line}</p>'] + paras[1:])
            out.append(cell("footcredit", half, name, lang, markup, body=BODIES[lang]))
            continue
        line = credit.format(n=who)
        post = line.split(", ", 1)[1]
        lit = ""
        if literature:
            lit = f"<h2>{literature[0]}</h2>" + _ul(literature[1:])
        after = (f'<p>{line}</p>{lit}<p>{updated}</p><p>{cite}</p>')
        markup = page(lang, paras + [after])
        furniture = [line] + _plain(literature[1:]) + [cite]
        out.append(cell("footcredit", half, name, lang, markup, authors=[(who, post)], furniture=furniture))
    return out


def _titled(lang: str, title: str, h1: str) -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in BODIES[lang])
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>\n</head><body>\n'
            f'<header class="site"><nav><a href="/">Home</a> <a href="/advice">Advice</a></nav></header>\n<main>'
            f'<article>\n<span class="series">Series</span>\n<h1>{h1}</h1>\n<div class="article-body">\n{paras}\n'
            f'</div>\n</article></main>\n<footer><p>Contact us · Privacy</p></footer>\n</body></html>\n')


def _title_prefixes() -> list[dict]:
    rows = [
        # development half
        ("dev", "en-travel-advice", "en", "Georgia travel advice - Ministry of Foreign Affairs of Veltria", "Georgia",
         "Georgia travel advice"),
        ("dev", "de-reisehinweise", "de", "Aserbaidschan: Reise- und Sicherheitshinweise - Außenamt Nordwald",
         "Aserbaidschan", "Aserbaidschan: Reise- und Sicherheitshinweise"),
        ("dev", "es-recomendaciones", "es", "Recomendaciones de viaje: Armenia | Ministerio de Exteriores de Calvera",
         "Armenia", "Recomendaciones de viaje: Armenia"),
        ("dev", "trap-en-wiki", "en", "Ganja - Caspipedia", "Ganja", "Ganja"),
        ("dev", "trap-fr-headline", "fr", "Les commissions frontalières se retrouvent sur le tronçon de la rivière "
         "mardi | Le Courrier", "Les commissions frontalières se retrouvent sur le tronçon de la rivière",
         "Les commissions frontalières se retrouvent sur le tronçon de la rivière"),
        # test half
        ("test", "ru-rekomendatsii", "ru", "Азербайджан: рекомендации путешественникам — МИД Калверы", "Азербайджан",
         "Азербайджан: рекомендации путешественникам"),
        ("test", "tr-seyahat", "tr", "Gürcistan seyahat uyarıları | Dışişleri Bakanlığı", "Gürcistan",
         "Gürcistan seyahat uyarıları"),
        ("test", "en-entry", "en", "Kazakhstan entry requirements - Foreign travel advice - Veltria", "Kazakhstan",
         "Kazakhstan entry requirements"),
        ("test", "trap-de-stadt", "de", "Baku | Stadtportal Baku", "Baku", "Baku"),
        ("test", "trap-es-titular", "es", "Europa necesita el gas del Caspio ahora | Diario del Sur",
         "Europa necesita el gas del Caspio", "Europa necesita el gas del Caspio"),
    ]
    return [cell("titleprefix", half, name, lang, _titled(lang, title, h1), title=want)
            for half, name, lang, title, h1, want in rows]


def _abbr_credits() -> list[dict]:
    rows = [
        # development half
        ("dev", "en-ill", "en", "The harbour at Alat as planned in 2019.", "Ill. Sarah Connell", True),
        ("dev", "fr-phot", "fr", "Le port d'Alat au lever du jour.", "Phot. Jeanne Morel", True),
        ("dev", "es-ilustr", "es", "El puerto de Alat en los planos de 2019.", "Ilustr. Lucía Navarro", True),
        ("dev", "trap-en-st", "en", "The harbour at dawn. St. Petersburg lies far to the north", "", False),
        # test half
        ("test", "de-zeichn", "de", "Der Hafen von Alat im Entwurf von 2019.", "Zeichn. Jonas Albrecht", True),
        ("test", "ru-ill", "ru", "Порт Алят на рассвете.", "Илл. Анна Петрова", True),
        ("test", "tr-ciz", "tr", "Alat limanının 2019 tarihli planı.", "Çiz. Elif Demir", True),
        ("test", "trap-de-dr", "de", "Der Kapitän auf der Brücke. Dr. Weber am Steuer", "", False),
    ]
    out = []
    for half, name, lang, caption, credit, split in rows:
        text = f"{caption} {credit}".strip()
        fig = f'<figure><img src="/i/1.jpg" alt=""><figcaption>{text}</figcaption></figure>'
        markup = page(lang, [fig] + [f"<p>{p}</p>" for p in BODIES[lang]])
        out.append(cell("abbrcredit", half, name, lang, markup, captions=[caption],
                        furniture=[credit] if split else []))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _records() + _rosters() + _standfirsts() + _footcredits() + _title_prefixes() + _abbr_credits()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
