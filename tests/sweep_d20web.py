"""A sweep over the kinds documents20's web pages showed the reader missing, taken up as development
material and written in other templates, wordings and languages, each kind named by form and position:

- ``runcredit``: a caption's credit run on after its last sentence in brackets ("… ends. (Photo: Name)",
  "[Фото: Name]") or as a label with the byline grammar's "by" ("Photo by Name on Site", "Foto von Name")
  is apart from the caption; traps: a bracketed aside that is no credit ("(left)", "(pictured in 2019)"),
  a caption's own sentence with "by" in it;
- ``hiddenlabel``: words a caption holds for screen readers only (an element whose class says it is
  visually hidden: "sr-only", "visually-hidden", "screen-reader-text", "element-invisible") are no part of
  the caption; traps: a visible span of the caption (a place's name in a span of its own);
- ``button``: the labels of buttons beside a byline ("Share", "Save") are no writer's name, however
  capitalised; traps: a name spread over spans a word each, still one writer;
- ``repeatquote``: a block quotation whose words are a sentence the text says again in one of its
  paragraphs is a pull quote, not body, whatever its class; traps: a quotation the text does not
  repeat, a short quoted phrase;
- ``siteauthor``: a meta author tag naming the site itself (the <title>'s last part, og:site_name) names
  no writer: the page's marked byline does; traps: a meta author naming a person the byline names too;
- ``jobtitle``: the byline's writer whom the JSON-LD names as a Person with a jobTitle has that post for
  affiliation; traps: a second writer beside her whom the JSON-LD gives no post;
- ``offer``: a short paragraph ending in a link whose words carry a price (a number with a currency's sign
  or code) is an offer to subscribe, not body; traps: a story's paragraph with a price in its text and a
  link at its end, a link ending a paragraph with a year in it;
- ``headline``: the page's one h1, in a header the article reader leaves out, is the title over an
  og:title and <title> that say the same headline longer or reordered (most of the h1's words in them);
  traps: an h1 that is a section's name sharing no words with the headline;
- ``linksblock``: a block of a short label over a list whose every item is one link, between the text's
  paragraphs, is other pages' headlines: it goes whole, and the paragraphs after it stay body, even where
  the article reader leaves out its list of long headlines and keeps the label alone over the paragraphs
  (the page's related list under the text repeating one of them); traps: a
  paragraph of prose holding a link between the paragraphs.

Each kind's cells are written in two halves before the reader is changed: a development half (the
tuning's) and a test half of other wordings, languages and traps, measured once at the end. A cell is
read and scored as in tests/sweep_d18web.py (with its title where stated).

``python -m tests.sweep_d20web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import json
import re
import sys

from tests import sweep_d18web
from tests.sweep_d18web import BODIES, cell, page


def _paras(lang: str) -> list[str]:
    return [f"<p>{p}</p>" for p in BODIES[lang]]


def _run_on_credits() -> list[dict]:
    rows = [
        # development half: (half, name, lang, caption, credit run on ("" none), split)
        ("dev", "en-bracket-photo", "en", "Tankers wait off the terminal at Supsa on a calm morning.",
         "(Photo: Sam Rivers)", True),
        ("dev", "fr-bracket-credit", "fr", "Le pont ferroviaire sur la rivière, vu depuis la rive nord.",
         "(Crédit photo : Anne Roussel)", True),
        ("dev", "es-bracket-foto", "es", "La estación de compresión de la frontera, en obras.", "(Foto: Lucía Navarro)",
         True),
        ("dev", "en-photo-by-on", "en", "Freight wagons in the yard at Kars.", "Photo by Jonah Weller on Unsplash", True),
        ("dev", "es-foto-de", "es", "Un carguero en el puerto de Poti.", "Foto de Marta Gil en Pexels", True),
        ("dev", "az-bracket-foto", "az", "Ələt limanında yük gəmiləri.", "(Foto: Aysel Quliyeva)", True),
        ("dev", "trap-en-bracket-aside", "en", "The foreign ministers meet at the border post (left).", "", False),
        ("dev", "trap-en-built-by", "en", "The bridge was built by Soviet engineers in 1958.", "", False),
        # test half
        ("test", "ru-bracket-foto", "ru", "Танкеры у терминала Супса ранним утром.", "(Фото: Анна Петрова)", True),
        ("test", "de-square-foto", "de", "Die Verdichterstation an der Grenze im Bau.", "[Foto: Uwe Brandt/dpa]", True),
        ("test", "tr-bracket-fotograf", "tr", "Kars garında bekleyen yük vagonları.", "(Fotoğraf: Elif Demir)", True),
        ("test", "de-foto-von-auf", "de", "Güterwagen im Bahnhof von Kars.", "Foto von Lena Krüger auf Unsplash", True),
        ("test", "fr-photo-par", "fr", "Un cargo dans le port de Poti.", "Photo par Julien Mercier", True),
        ("test", "trap-fr-aside", "fr", "Les deux ministres au poste-frontière (au centre).", "", False),
        ("test", "trap-de-von", "de", "Die Brücke wurde von sowjetischen Ingenieuren gebaut.", "", False),
    ]
    out = []
    for half, name, lang, caption, credit, split in rows:
        text = f"{caption} {credit}".strip()
        fig = f'<figure class="wp-caption"><img src="/i/1.jpg" alt=""><figcaption>{text}</figcaption></figure>'
        markup = page(lang, [fig] + _paras(lang))
        out.append(cell("runcredit", half, name, lang, markup, captions=[caption if split else text],
                        furniture=[credit] if split else []))
    return out


def _hidden_labels() -> list[dict]:
    rows = [
        # development half: (half, name, lang, hidden class, hidden label, caption, visible span)
        ("dev", "en-visually-hidden", "en", "visually-hidden", "Image caption, ",
         "A freight train crosses the new bridge near Horadiz", ""),
        ("dev", "fr-sr-only", "fr", "sr-only", "Légende de l'image, ", "Le terminal de Sangatchal au crépuscule", ""),
        ("dev", "es-screen-reader", "es", "screen-reader-text", "Pie de foto: ",
         "Obreros en la estación de Beyuk Kesik", ""),
        ("dev", "trap-en-visible-span", "en", "", "", "A convoy waits at the crossing near Lagodekhi", "Lagodekhi"),
        # test half
        ("test", "de-visuallyhidden", "de", "visuallyhidden", "Bildunterschrift, ",
         "Ein Güterzug auf der neuen Brücke bei Horadiz", ""),
        ("test", "ru-element-invisible", "ru", "element-invisible", "Подпись к фото, ",
         "Терминал Сангачал в сумерках", ""),
        ("test", "tr-u-sr-only", "tr", "u-sr-only", "Fotoğraf altyazısı, ", "Büyük Kesik istasyonunda işçiler", ""),
        ("test", "trap-de-visible-span", "de", "", "", "Lastwagen warten am Übergang bei Lagodechi", "Lagodechi"),
    ]
    out = []
    for half, name, lang, hidden, label, caption, visible in rows:
        if visible:
            inner = caption.replace(visible, f'<span class="place">{visible}</span>')
        else:
            inner = f'<span class="{hidden}">{label}</span>{caption}'
        fig = (f'<figure data-component="image-block"><img src="/i/2.jpg" alt="">'
               f'<figcaption>{inner}</figcaption></figure>')
        markup = page(lang, [fig] + _paras(lang))
        out.append(cell("hiddenlabel", half, name, lang, markup, captions=[caption],
                        furniture=[label.strip()] if label else []))
    return out


def _buttons() -> list[dict]:
    rows = [
        # development half: (half, name, lang, buttons, the name's markup, the name)
        ("dev", "en-share-save", "en", ["Share", "Save"], "Hannah Lowe", "Hannah Lowe"),
        ("dev", "fr-partager", "fr", ["Partager", "Enregistrer"], "Claire Dubois", "Claire Dubois"),
        ("dev", "es-compartir", "es", ["Compartir", "Guardar"], "Pablo Ortega", "Pablo Ortega"),
        ("dev", "trap-en-spans", "en", [], "<span>Hannah</span> <span>Lowe</span>", "Hannah Lowe"),
        # test half
        ("test", "de-teilen-merken", "de", ["Teilen", "Merken"], "Miriam Haas", "Miriam Haas"),
        ("test", "ru-podelitsya", "ru", ["Поделиться", "Сохранить"], "Ольга Смирнова", "Ольга Смирнова"),
        ("test", "tr-paylas", "tr", ["Paylaş", "Kaydet"], "Selin Karaca", "Selin Karaca"),
        ("test", "trap-de-spans", "de", [], "<span>Miriam</span> <span>Haas</span>", "Miriam Haas"),
    ]
    out = []
    for half, name, lang, buttons, who, want in rows:
        tools = "".join(f"<button>{b}</button>" for b in buttons)
        header = (f'<div class="article-byline"><div class="meta"><time datetime="2026-03-02T08:10:00Z">'
                  f'3 hours ago</time><span class="tools">{tools}</span></div>'
                  f'<div class="contributor"><span class="contributor-name">{who}</span></div></div>')
        out.append(cell("button", half, name, lang, page(lang, _paras(lang), header=header), date="2026-03-02",
                        authors=[(want, None)], furniture=buttons))
    return out


# a sentence of each language's second paragraph, as a pull quote repeats it
_SAID = {"en": "Officials said the afternoon session would turn to the railway",
         "fr": "La séance de l'après-midi devait porter sur la voie ferrée",
         "es": "Duplicar las entregas exige nuevos yacimientos",
         "de": "Am Nachmittag sollte es um die Bahnstrecke gehen",
         "ru": "Документ предусматривает создание рабочей группы",
         "tr": "Hattın tamamlanmasıyla birlikte bölgedeki santrallerin"}
# a quotation the text does not repeat
_OWN = {"en": "We will not sign anything that leaves a single village cut off from its fields, the delegate said.",
        "de": "Wir unterschreiben nichts, was ein einziges Dorf von seinen Feldern abschneidet, sagte der Delegierte.",
        "es": "No firmaremos ningún contrato que no podamos cumplir durante quince años, dijo el ministro."}


def _repeated_quotes() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the quote's markup, repeated)
        ("dev", "en-blockquote-alt", "en", '<blockquote class="alt">{}.</blockquote>', True),
        ("dev", "fr-blockquote-plain", "fr", "<blockquote><p>{}.</p></blockquote>", True),
        ("dev", "es-blockquote-large", "es", '<blockquote class="quote-large"><p>«{}»</p></blockquote>', True),
        ("dev", "trap-en-own-quote", "en", "<blockquote><p>{}</p></blockquote>", False),
        ("dev", "trap-es-own-quote", "es", "<blockquote>{}</blockquote>", False),
        # test half
        ("test", "de-blockquote-accent", "de", '<blockquote class="accent">„{}“</blockquote>', True),
        ("test", "ru-blockquote-div", "ru", '<blockquote class="highlight"><div>{}.</div></blockquote>', True),
        ("test", "tr-blockquote-p", "tr", "<blockquote><p>{}...</p></blockquote>", True),
        ("test", "trap-de-own-quote", "de", "<blockquote><p>{}</p></blockquote>", False),
    ]
    out = []
    for half, name, lang, shape, repeated in rows:
        said = _SAID[lang] if repeated else _OWN[lang]
        block = shape.format(said)
        paras = _paras(lang)
        markup = page(lang, paras[:2] + [block] + paras[2:])
        body = BODIES[lang] if repeated else BODIES[lang][:2] + [said] + BODIES[lang][2:]
        shown = re.sub(r"<[^>]+>", "", block)  # the quotation as it stands, its marks with it (not the paragraph's)
        out.append(cell("repeatquote", half, name, lang, markup, body=body,
                        furniture=[shown] if repeated else []))
    return out


def _site_authors() -> list[dict]:
    rows = [
        # development half: (half, name, lang, site, meta author, byline markup, names)
        ("dev", "en-by-and", "en", "The Harbour Gazette", "The Harbour Gazette",
         'By <a href="/staff/ruth-an">Ruth Anand</a> and <a href="/staff/tom-kerr">Tom Kerr</a>',
         ["Ruth Anand", "Tom Kerr"]),
        ("dev", "fr-par-et", "fr", "Courrier du Levant", "Courrier du Levant",
         'Par <a href="/auteurs/lea-martin">Léa Martin</a> et <a href="/auteurs/hugo-petit">Hugo Petit</a>',
         ["Léa Martin", "Hugo Petit"]),
        ("dev", "es-por", "es", "Diario Meridional", "Diario Meridional",
         'Por <a href="/autores/ines-mora">Inés Mora</a>', ["Inés Mora"]),
        ("dev", "trap-en-person-tag", "en", "The Harbour Gazette", "Ruth Anand",
         'By <a href="/staff/ruth-an">Ruth Anand</a>', ["Ruth Anand"]),
        # test half
        ("test", "de-von-und", "de", "Ostsee Kurier", "Ostsee Kurier",
         'Von <a href="/autoren/lena-brandt">Lena Brandt</a> und <a href="/autoren/felix-engel">Felix Engel</a>',
         ["Lena Brandt", "Felix Engel"]),
        ("test", "ru-avtor", "ru", "Каспийский Вестник", "Каспийский Вестник",
         'Автор: <a href="/authors/ivanova">Мария Иванова</a>', ["Мария Иванова"]),
        ("test", "en-by-three", "en", "Northern Ledger", "Northern Ledger",
         'By <a href="/s/1">Amy Fox</a>, <a href="/s/2">Ben Cole</a> and <a href="/s/3">Cara Dunn</a>',
         ["Amy Fox", "Ben Cole", "Cara Dunn"]),
        ("test", "trap-de-person-tag", "de", "Ostsee Kurier", "Lena Brandt",
         'Von <a href="/autoren/lena-brandt">Lena Brandt</a>', ["Lena Brandt"]),
    ]
    out = []
    for half, name, lang, site, tag, byline, names in rows:
        head = f'<meta name="author" content="{tag}">\n'
        title = f"{sweep_d18web.TITLES[lang]} | {site}"
        header = f'<div class="meta"><span class="article-author">{byline}</span></div>'
        out.append(cell("siteauthor", half, name, lang, page(lang, _paras(lang), header=header, head=head, title=title),
                        authors=[(n, None) for n in names]))
    return out


def _job_titles() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the JSON-LD person, her jobTitle, the byline's name, affiliation)
        ("dev", "en-correspondent", "en", "Hannah Lowe", "Caucasus correspondent", "Hannah Lowe", "Caucasus correspondent"),
        ("dev", "fr-envoyee", "fr", "Claire Dubois", "Envoyée spéciale à Bakou", "Claire Dubois",
         "Envoyée spéciale à Bakou"),
        ("dev", "es-corresponsal", "es", "Pablo Ortega", "Corresponsal en el Cáucaso", "Pablo Ortega",
         "Corresponsal en el Cáucaso"),
        ("dev", "trap-en-other-person", "en", "Hannah Lowe", "Caucasus correspondent", "Ruth Anand", None),
        # test half
        ("test", "de-korrespondentin", "de", "Miriam Haas", "Korrespondentin für den Südkaukasus", "Miriam Haas",
         "Korrespondentin für den Südkaukasus"),
        ("test", "ru-korrespondent", "ru", "Ольга Смирнова", "Корреспондент в Баку", "Ольга Смирнова",
         "Корреспондент в Баку"),
        ("test", "tr-muhabir", "tr", "Selin Karaca", "Kafkasya muhabiri", "Selin Karaca", "Kafkasya muhabiri"),
        ("test", "trap-de-other-person", "de", "Miriam Haas", "Korrespondentin in Tiflis", "Jonas Albrecht", None),
    ]
    out = []
    for half, name, lang, person, job, shown, want in rows:
        # (a trap: two writers, the JSON-LD giving the post of the second only: the first has none)
        people = [{"@type": "Person", "name": person, "jobTitle": job}]
        names = [(shown, want)]
        if want is None:
            people.insert(0, {"@type": "Person", "name": shown})
            names.append((person, job))
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": sweep_d18web.TITLES[lang],
                "author": people}
        head = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
        shown_all = " · ".join(f'<span class="byline-name">{n}</span>' for n, _ in names)
        header = f'<div class="byline">{shown_all}</div>'
        out.append(cell("jobtitle", half, name, lang, page(lang, _paras(lang), header=header, head=head),
                        authors=names))
    return out


def _offers() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the lead-in, the link's text, an offer)
        ("dev", "en-first-month", "en", "You have read one of your free stories this month. Keep local reporting going:",
         "Digital access: $1 for your first month", True),
        ("dev", "fr-premier-mois", "fr", "Cet article vous est offert. Soutenez une rédaction indépendante :",
         "L'accès numérique à 1 € le premier mois", True),
        ("dev", "es-al-mes", "es", "Este contenido es gratuito por tiempo limitado.",
         "Acceso digital por 1,99 € al mes", True),
        ("dev", "trap-en-price-in-text", "en", "A return ticket on the new line costs $38, the operator said, and "
         "children under twelve travel free, according to the", "timetable published on Monday", False),
        ("dev", "trap-es-year-link", "es", "El ministerio publicó las cifras completas del corredor en su",
         "informe anual de 2025", False),
        # test half
        ("test", "de-digital-abo", "de", "Dieser Beitrag ist frei lesbar. Guter Journalismus kostet Geld:",
         "Digital-Zugang 30 Tage gratis, danach 9,99 € im Monat", True),
        ("test", "ru-podpiska", "ru", "Этот материал доступен бесплатно. Поддержите независимую редакцию:",
         "цифровой доступ за 199 ₽ в месяц", True),
        ("test", "tr-aylik", "tr", "Bu haberi ücretsiz okuyorsunuz. Bağımsız gazeteciliğe destek olun:",
         "Dijital erişim aylık 49 TL", True),
        ("test", "trap-de-price-in-text", "de", "Eine Fahrkarte auf der neuen Strecke kostet 38 €, teilte der "
         "Betreiber mit; Kinder fahren laut", "Fahrplan vom Montag", False),
    ]
    out = []
    for half, name, lang, lead, link, offer in rows:
        block = f'<div class="hint"><p>{lead} <a href="/x">{link}</a></p></div>' if offer else \
            f'<p>{lead} <a href="/x">{link}</a>.</p>'
        paras = _paras(lang)
        markup = page(lang, paras[:2] + [block] + paras[2:])
        text = f"{lead} {link}"
        body = BODIES[lang] if offer else BODIES[lang][:2] + [text + "."] + BODIES[lang][2:]
        out.append(cell("offer", half, name, lang, markup, body=body, furniture=[link] if offer else []))
    return out


def _headlines() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the page's h1, its og:title and <title>'s headline, the title)
        ("dev", "en-seo-longer", "en", "Ferry operator doubles Caspian sailings",
         "Caspian ferries: operator doubles sailings between Alat and Kuryk as rail freight grows", True),
        ("dev", "fr-seo-reordered", "fr", "Le port d'Alat double ses capacités de stockage",
         "Mer Caspienne : le port d'Alat double ses capacités de stockage avant l'hiver", True),
        ("dev", "es-seo-question", "es", "Bakú firma un nuevo contrato de gas con Italia",
         "Gas del Caspio: ¿por qué Bakú firma un nuevo contrato con Italia ahora?", True),
        ("dev", "trap-en-section-h1", "en", "Latest news from the region",
         "Ferry operator doubles sailings between Alat and Kuryk", False),
        # test half
        ("test", "de-dachzeile", "de", "Hafen Alat verdoppelt seine Lagerkapazität",
         "Kaspisches Meer: Hafen Alat verdoppelt Lagerkapazität noch vor dem Winter", True),
        ("test", "ru-seo", "ru", "Порт Алят удвоил мощности хранения",
         "Каспий: порт Алят удвоил мощности хранения перед зимой", True),
        ("test", "tr-seo", "tr", "Alat limanı depolama kapasitesini ikiye katladı",
         "Hazar'da lojistik: Alat limanı depolama kapasitesini kışa kadar ikiye katladı", True),
        ("test", "trap-de-ressort-h1", "de", "Nachrichten aus der Region",
         "Hafen Alat verdoppelt seine Lagerkapazität vor dem Winter", False),
    ]
    out = []
    for half, name, lang, h1, seo, headline in rows:
        head = f'<meta property="og:title" content="{seo}">\n'
        header = (f'<header><p class="kicker">Caspian</p><h1 class="headline">{h1}</h1>'
                  f'<p class="teaser">{_SAID.get(lang, "")}</p></header>')
        markup = page(lang, _paras(lang), head=head, title=f"{seo} | Regional Courier", h1=False, pre="")
        markup = markup.replace("<main><article>\n", "<main><article>\n" + header + "\n", 1)
        out.append(cell("headline", half, name, lang, markup, title=h1 if headline else seo))
    return out


def _links_blocks() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the label's markup, the links, a links block)
        ("dev", "en-related-coverage", "en", "<b>Read more:</b>",
         ["What is the river section and why does it matter to both?", "Border talks: Thirty years on, few maps have changed"], True),
        ("dev", "fr-meme-sujet", "fr", "<strong>À lire aussi :</strong>",
         ["Pourquoi le tronçon de la rivière divise encore les deux pays", "Frontière : trente ans après, les cartes n'ont presque pas changé"], True),
        ("dev", "es-mas-tema", "es", "<b>Lee también:</b>",
         ["Qué es el corredor meridional y por qué importa a Europa", "Gas del Caspio: diez años después, pocos contratos nuevos"], True),
        ("dev", "trap-en-link-in-prose", "en", "",
         ["The full text of the protocol is published on the commission's site and runs to forty pages."], False),
        # test half
        ("test", "de-mehr-zum-thema", "de", "<b>Mehr zum Thema:</b>",
         ["Warum der Flussabschnitt zwischen beiden Ländern so umstritten ist", "Grenzgespräche: Dreißig Jahre später haben sich die Karten kaum geändert"], True),
        ("test", "ru-po-teme", "ru", "<b>Читайте также:</b>",
         ["Что такое каспийский шельф и почему за него спорят соседи", "Разведка газа: двадцать лет спустя новых месторождений почти нет"], True),
        ("test", "tr-ilgili", "tr", "<b>Ayrıca okuyun:</b>",
         ["Kompresör istasyonu nedir ve bölge için neden bu kadar önemli?", "Boru hattı: On yıl sonra güzergâhta neredeyse hiçbir şey değişmedi"], True),
        ("test", "trap-de-link-in-prose", "de", "",
         ["Der vollständige Text des Protokolls steht auf der Seite der Kommission und umfasst vierzig Seiten."],
         False),
    ]
    out = []
    for half, name, lang, label, links, block in rows:
        paras = _paras(lang)
        if block:
            items = "".join(f'<li><a href="/world/article-7098{i}">{t}</a></li>' for i, t in enumerate(links))
            shown = f'<div data-component="links-block">{label}<ul>{items}</ul></div>'
            body, furniture = BODIES[lang], [re.sub(r"<[^>]+>", "", label)] + links
        else:
            said = links[0]
            words = said.split()
            shown = f'<p>{" ".join(words[:5])} <a href="/p">{" ".join(words[5:9])}</a> {" ".join(words[9:])}</p>'
            body, furniture = BODIES[lang][:1] + [said] + BODIES[lang][1:], []
        # (the page's related list under the text repeats the block's first headline, as sites do)
        after = (f'<section class="related"><h2>{sweep_d18web.TITLES[lang][:12]}</h2><ul><li><a href="/world/article-70980">{links[0]}'
                 f'</a> <time>3 days ago</time></li><li><a href="/a/9">{sweep_d18web.TITLES[lang]}</a></li></ul></section>')
        markup = page(lang, paras[:1] + [shown] + paras[1:], after=after if block else "")
        out.append(cell("linksblock", half, name, lang, markup, body=body, furniture=furniture))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = (_run_on_credits() + _hidden_labels() + _buttons() + _repeated_quotes() + _site_authors() + _job_titles()
             + _offers() + _headlines() + _links_blocks())
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
