"""A sweep over the kinds documents21's web pages showed the reader missing, taken up as development
material and written in other templates, wordings and languages, each kind named by form and position:

- ``sitesuffix``: the page's one h1, in a header the article reader leaves out, is the title where the
  <title> (and og:title) is that h1, a separator and a short last part in capitals (the site's name:
  "Alat Port - Openwiki"), however few words the h1 has; traps: an h1 that is a section's name over a
  <title> whose first part is the headline, an h1 that is the first part of a <title> whose rest is a
  headline of four words or more;
- ``bracketnote``: a superscript whose whole text is a bracketed phrase of words (a wiki's "[citation
  needed]", "[réf. nécessaire]", "[Belege fehlen]") is an editor's mark, no word of the paragraph; traps:
  a bracketed word in the prose itself ("[sic]"), a bracketed insertion in a quotation;
- ``handover``: a paragraph wholly in italics opening the text and set apart from it by a rule (<hr>)
  under it is a note over the text (the owner handing the letter over, an editor's word), not the text;
  traps: an italic paragraph over a rule inside the text (after its first paragraph), a plain opening
  paragraph over a rule;
- ``turns``: a record of a debate or a hearing as a web page, each contribution a block of the same form
  opening with a line that is the speaker's name alone (a link or bold, constituency, party or post in
  brackets after it, or an office with the name in brackets after it; a time stamp before it allowed),
  one speaker at least speaking twice: the names are the participants and the name lines no text, and a
  block beside them of another form whose paragraph opens with a bold label and a colon (the chair calling
  the next business, "Madam Deputy Speaker: Order. …") is no contribution;
  traps: a page of sections each under a place's name with a country in brackets (no name comes back),
  an article quoting two people in its prose.
- ``wikitail``: the lists after a wiki's notes list (its "External links", "Weblinks", "Liens externes"),
  every item opening with a link, are the page's pointers elsewhere, not text; traps: a paragraph of the
  text opening with a link, before the notes.
- ``bylinebracket``: a marked byline naming one writer, words in brackets after her linked name (the place
  she reports from and her role, her institute: "Par Name (Nakhitchevan, envoyée spéciale)"): those words
  are her affiliation as printed; traps: a reading time or an update's time in the brackets.

Each kind's cells are written in two halves before the reader is changed: a development half (the
tuning's) and a test half of other wordings, languages and traps, measured once at the end. A cell is
read and scored as in tests/sweep_d18web.py (with its title where stated).

``python -m tests.sweep_d21web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d18web
from tests.sweep_d18web import BODIES, page


def cell(kind, half, name, lang, markup, participants=..., **given) -> dict:
    """tests/sweep_d18web.py's cell, its participants checked where given."""
    out = sweep_d18web.cell(kind, half, name, lang, markup, **given)
    out["participants"] = participants
    return out


def _paras(lang: str) -> list[str]:
    return [f"<p>{html.escape(p, quote=False)}</p>" for p in BODIES[lang]]


def _site_suffixes() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the h1, the <title>, the title read)
        ("dev", "en-wiki-dash", "en", "Alat Port", "Alat Port - Openwiki", "Alat Port"),
        ("dev", "fr-wiki-emdash", "fr", "Port de Poti", "Port de Poti — Encyclopédie Libre", "Port de Poti"),
        ("dev", "es-pipe", "es", "Gasoducto Transadriático", "Gasoducto Transadriático | Enciclopedia Abierta",
         "Gasoducto Transadriático"),
        ("dev", "trap-en-section-h1", "en", "Energy", "Ferry operator doubles Caspian sailings - Regional Courier",
         "Ferry operator doubles Caspian sailings"),
        ("dev", "trap-en-h1-over-headline", "en", "Business",
         "Business - Ferry operator doubles Caspian sailings to Kuryk", "Business - Ferry operator doubles Caspian sailings to Kuryk"),
        # test half
        ("test", "de-wiki-endash", "de", "Hafen Kuryk", "Hafen Kuryk – Freie Enzyklopädie", "Hafen Kuryk"),
        ("test", "ru-wiki", "ru", "Порт Алят", "Порт Алят — Открытая Энциклопедия", "Порт Алят"),
        ("test", "tr-dash", "tr", "Bakü Limanı", "Bakü Limanı - Özgür Ansiklopedi", "Bakü Limanı"),
        ("test", "az-pipe-three", "az", "Ələt limanı", "Ələt limanı | Açıq Ensiklopediya", "Ələt limanı"),
        ("test", "trap-de-section-h1", "de", "Wirtschaft", "Neue Fähren zwischen Alat und Kuryk - Kaspischer Kurier",
         "Neue Fähren zwischen Alat und Kuryk"),
        ("test", "trap-tr-h1-over-headline", "tr", "Ekonomi", "Ekonomi - Hazar feribot seferleri ikiye katlandı bu yıl",
         "Ekonomi - Hazar feribot seferleri ikiye katlandı bu yıl"),
    ]
    out = []
    for half, name, lang, h1, title, want in rows:
        site = title.split(" - ")[-1].split(" — ")[-1].split(" | ")[-1].split(" – ")[-1]
        head = f'<meta property="og:title" content="{html.escape(title)}">\n'
        markup = page(lang, _paras(lang), head=head, title=html.escape(title), h1=False,
                      pre=f'<div class="logo"><a href="/">{site}</a></div>\n')
        markup = markup.replace("<main><article>\n", f'<main><article>\n<header class="page-titlebar"><h1 id="firstHeading">'
                                f'<span class="page-title-main">{h1}</span></h1></header>\n', 1)
        out.append(cell("sitesuffix", half, name, lang, markup, title=want))
    return out


_NOTE = ('<sup class="noprint Inline-Template"><i>[<a href="/wiki/Help:{0}" title="{0}">{0}</a>]</i></sup>')


def _bracket_notes() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the note ("" none), a prose paragraph with brackets ("" none))
        ("dev", "en-citation-needed", "en", "citation needed", ""),
        ("dev", "fr-ref-necessaire", "fr", "réf. nécessaire", ""),
        ("dev", "es-cita-requerida", "es", "cita requerida", ""),
        ("dev", "az-menbe", "az", "mənbə göstərilməyib", ""),
        ("dev", "trap-en-sic", "en", "", "The ministry's statement spoke of a “temporary [sic] closure” of the crossing."),
        # test half
        ("test", "de-belege-fehlen", "de", "Belege fehlen", ""),
        ("test", "ru-net-istochnika", "ru", "источник не указан 512 дней", ""),
        ("test", "tr-kaynak", "tr", "kaynak belirtilmeli", ""),
        ("test", "trap-de-insertion", "de", "", "Der Minister sagte, man werde [die Strecke] noch im Herbst eröffnen."),
        ("test", "trap-fr-sic", "fr", "", "Le communiqué évoque une « fermeture provisoire [sic] » du poste-frontière."),
    ]
    out = []
    for half, name, lang, note, prose in rows:
        paras = _paras(lang)
        body = list(BODIES[lang])
        if note:
            paras[1] = paras[1][:-4] + _NOTE.format(html.escape(note)) + "</p>"
        else:
            paras.insert(1, f"<p>{html.escape(prose, quote=False)}</p>")
            body.insert(1, prose)
        out.append(cell("bracketnote", half, name, lang, page(lang, paras), body=body,
                        furniture=[f"[{note}]"] if note else []))
    return out


def _handovers() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the opening paragraph, italic, a rule under it, a note)
        ("dev", "en-owner-away", "en", "Mariam here. I am travelling this week, so Elnur has written today's letter; "
         "he reported on the railway for six years and now writes for a shipping weekly in Tbilisi. I will be back "
         "in your inbox next Tuesday. —M.", True, True, True),
        ("dev", "fr-mot-redaction", "fr", "Cette semaine, la lettre est écrite par notre invitée, qui a couvert les "
         "négociations frontalières pendant dix ans et conseille aujourd'hui des transporteurs à Bakou. Bonne "
         "lecture à toutes et à tous. — La rédaction", True, True, True),
        ("dev", "es-nota-editora", "es", "Nota de la editora: esta semana cedo la carta a Pablo, que siguió el "
         "gasoducto desde Bakú durante años y hoy asesora a comerciantes de gas. Vuelvo a escribir el lunes "
         "que viene. —A.", True, True, True),
        ("dev", "trap-en-italic-inside", "en", "The two commissions returned to the river section on Tuesday, "
         "with the railway next on their list and the maps of the 1970s on the table once more. The villagers "
         "who farm the disputed fields were invited to speak for the first time, and two of them did.", True, True, False),
        ("dev", "trap-es-plain-over-rule", "es", "Los negociadores volvieron a la mesa el martes con los mapas de "
         "los años setenta.", False, True, False),
        # test half
        ("test", "de-gastautor", "de", "Hallo, hier ist Jana. Ich bin diese Woche unterwegs, deshalb schreibt heute "
         "Timur, der jahrelang für eine Bakuer Zeitung über die Bahn berichtet hat und heute Spediteure berät. "
         "Bis Montag! —J.", True, True, True),
        ("test", "ru-ot-redaktora", "ru", "От редактора: на этой неделе письмо пишет наш гость, который десять лет "
         "освещал переговоры о границе для бакинской газеты, а теперь консультирует перевозчиков. Вернусь в "
         "понедельник. — А.", True, True, True),
        ("test", "tr-editor-notu", "tr", "Editörün notu: Bu hafta bülteni, yıllarca demiryolunu izleyen Kerem "
         "yazıyor; kendisi bugün Bakü'de nakliye şirketlerine danışmanlık yapıyor. Pazartesi yeniden sizinle "
         "olacağım. —E.", True, True, True),
        ("test", "trap-de-italic-inside", "de", "Die beiden Kommissionen kehrten am Dienstag an den Flussabschnitt "
         "zurück, die Bahn als nächstes auf der Liste und die Karten der siebziger Jahre wieder auf dem Tisch. "
         "Die Bauern, die die umstrittenen Felder bestellen, durften zum ersten Mal sprechen, und zwei taten es.", True,
         True, False),
        ("test", "trap-ru-plain-over-rule", "ru", "Переговорщики вернулись за стол во вторник с картами "
         "семидесятых годов.", False, True, False),
    ]
    out = []
    for half, name, lang, opening, italic, rule, note in rows:
        shown = f"<em>{html.escape(opening, quote=False)}</em>" if italic else html.escape(opening, quote=False)
        paras = [f"<p>{shown}</p>"] + (["<hr>"] if rule else []) + _paras(lang)
        body = BODIES[lang] if note else [opening] + BODIES[lang]
        if italic and not note:  # an italic paragraph over a rule inside the text, not opening it
            paras = _paras(lang)[:1] + paras[:2] + _paras(lang)[1:]
            body = BODIES[lang][:1] + [opening] + BODIES[lang][1:]
        header = ('<h3 class="subtitle">' + html.escape(BODIES[lang][0].split(",")[0], quote=False) + '</h3>\n'
                  '<div class="post-meta"><a class="author" href="/@letters">Nadia Kessler</a> '
                  '<time datetime="2026-03-02T06:00:00Z">2026-03-02</time></div>')
        out.append(cell("handover", half, name, lang, page(lang, paras, header=header), body=body,
                        furniture=[opening] if note else []))
    return out


# (the speaker's line as the page shows it, the name read) for each contribution, and its words
_DEBATES = {
    "en": [("Ayla Ferris (Northfold) (Con)", "Ayla Ferris",
            "What steps the Government are taking to support freight operators using the Middle Corridor through the Caspian."),
           ("The Minister for Trade (Omar Pell)", "Omar Pell",
            "We have opened a trade office in Baku this year, and our export agency now covers shipments routed "
            "through the Caspian ports. We will publish the first figures in the summer."),
           ("Ayla Ferris (Northfold) (Con)", "Ayla Ferris",
            "I am grateful for that reply. Will the Minister meet the freight forwarders in my constituency who say "
            "that the border waits at Kars cost them more than the sea crossing itself?"),
           ("Omar Pell", "Omar Pell",
            "I will gladly meet them, and I will raise the border waits with our partners when I visit in the spring.")],
    "fr": [("Mme Claire Davout (Rhône, SOC)", "Claire Davout",
            "Ma question porte sur le soutien du Gouvernement aux transporteurs qui empruntent le corridor médian."),
           ("La ministre déléguée chargée du commerce extérieur (Inès Marlot)", "Inès Marlot",
            "Nous avons ouvert un bureau commercial à Bakou cette année et notre agence d'export couvre désormais "
            "les envois qui passent par les ports de la Caspienne."),
           ("Mme Claire Davout (Rhône, SOC)", "Claire Davout",
            "Je vous remercie. Les transitaires de mon département disent que l'attente à la frontière leur coûte "
            "plus cher que la traversée elle-même. Les recevrez-vous ?"),
           ("Inès Marlot", "Inès Marlot",
            "Je les recevrai volontiers et j'évoquerai ces délais avec nos partenaires lors de ma visite au printemps.")],
    "de": [("Jonas Albers (Nordhafen) (SPD)", "Jonas Albers",
            "Welche Schritte unternimmt die Bundesregierung, um Spediteure auf dem Mittleren Korridor zu unterstützen?"),
           ("Die Staatsministerin für Handel (Vera Lindqvist)", "Vera Lindqvist",
            "Wir haben in diesem Jahr ein Handelsbüro in Baku eröffnet, und unsere Exportagentur deckt nun auch "
            "Sendungen über die Häfen am Kaspischen Meer ab."),
           ("Jonas Albers (Nordhafen) (SPD)", "Jonas Albers",
            "Vielen Dank. Werden Sie die Spediteure aus meinem Wahlkreis treffen, die sagen, dass die Wartezeiten "
            "an der Grenze sie mehr kosten als die Überfahrt selbst?"),
           ("Vera Lindqvist", "Vera Lindqvist",
            "Ich treffe sie gern und werde die Wartezeiten bei meinem Besuch im Frühjahr ansprechen.")],
    "tr": [("Selin Aksoy (İzmir) (CHP)", "Selin Aksoy",
            "Orta Koridor'u kullanan taşımacılara hükümet hangi desteği veriyor?"),
           ("Ticaret Bakan Yardımcısı (Murat Ekinci)", "Murat Ekinci",
            "Bu yıl Bakü'de bir ticaret ofisi açtık ve ihracat kurumumuz artık Hazar limanları üzerinden geçen "
            "sevkiyatları da kapsıyor."),
           ("Selin Aksoy (İzmir) (CHP)", "Selin Aksoy",
            "Teşekkür ederim. Seçim bölgemdeki nakliyeciler sınırdaki beklemenin deniz geçişinden daha pahalıya "
            "mal olduğunu söylüyor. Onlarla görüşecek misiniz?"),
           ("Murat Ekinci", "Murat Ekinci",
            "Memnuniyetle görüşeceğim ve bahar ziyaretimde bu bekleme sürelerini ortaklarımıza ileteceğim.")],
}


# the chair calling the next business or keeping order (a line of its own beside the contributions)
_CHAIRS = {"en": ("Madam Deputy Speaker: Order. We now come to the statement on flood defences.", 4),
           "fr": ("Mme la présidente: La parole est à M. Lemaire pour la question suivante.", 2),
           "de": ("Präsidentin Bärbel Roth: Ich rufe nun die Frage der Kollegin Sommer auf.", 4),
           "tr": ("Başkan: Teşekkür ederim. Gündemin bir sonraki maddesine geçiyoruz.", 2)}


def _debate(lang: str, form: str, stamps: bool, turns=None) -> str:
    blocks = []
    for i, (said, _, words) in enumerate(turns or _DEBATES[lang]):
        stamp = f'<div class="time"><time datetime="2026-02-11T10:{12 + i}:00">10:{12 + i}:00</time></div>' if stamps else ""
        name, _, rest = said.partition(" (") if "(" in said and not said.startswith(("The ", "La ", "Die ", "Ticaret")) \
            else (said, "", "")
        tail = f' <span class="member-info">({rest}</span>' if rest else ""
        if form == "link":
            line = f'<div class="speaker"><a href="/members/{i}">{name}</a>{tail}</div>'
        else:
            line = f'<h4 class="speaker"><strong>{name}</strong>{tail}</h4>'
        blocks.append(f'<div class="speech">{stamp}{line}<div class="speech-text"><p>{html.escape(words, quote=False)}'
                      f'</p></div></div>')
    return "\n".join(blocks)


def _turns() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the name line's form, time stamps)
        ("dev", "en-link-stamps", "en", "link", True),
        ("dev", "fr-bold-no-stamps", "fr", "bold", False),
        # test half
        ("test", "de-link-no-stamps", "de", "link", False),
        ("test", "tr-bold-stamps", "tr", "bold", True),
    ]
    out = []
    for half, name, lang, form, stamps in rows:
        turns = _DEBATES[lang]
        chair, at = _CHAIRS[lang]  # the chair's line, in a block of another form, at the end or between turns
        blocks = _debate(lang, form, stamps).split("\n")
        said, _, words = chair.partition(": ")
        blocks.insert(at, f'<div class="speech-procedural"><p><strong>{said}:</strong> {words}</p></div>')
        markup = page(lang, ["\n".join(blocks)])
        names = list(dict.fromkeys(t[1] for t in turns))
        out.append(cell("turns", half, name, lang, markup, body=[t[2] for t in turns], participants=names,
                        furniture=[t[0].split(" (")[0] for t in turns] + [chair.partition(": ")[2]]))
    # traps: sections under places' names (none comes back), an article quoting two people in its prose
    places = {"dev": ("en", [("Alat Port (Azerbaijan)", "", BODIES["en"][0]), ("Kars Station (Türkiye)", "", BODIES["en"][1]),
                             ("Poti Harbour (Georgia)", "", BODIES["en"][2])]),
              "test": ("de", [("Hafen Alat (Aserbaidschan)", "", BODIES["de"][0]),
                              ("Bahnhof Kars (Türkei)", "", BODIES["de"][1]), ("Hafen Poti (Georgien)", "", BODIES["de"][2])])}
    for half, (lang, turns) in places.items():
        markup = page(lang, [_debate(lang, "bold", False, turns)])
        out.append(cell("turns", half, f"trap-{lang}-places", lang, markup, participants=[]))
    # a trap written after the test half was measured (development half only): readers' comments under an
    # article, each a block opening with the commenter's name, one of them writing twice, are no debate
    said = ["I drove this road last spring and the border wait was four hours each way.",
            "The ferry is still the slower part of the trip, whatever the ministry says about it.",
            "Four hours is optimistic: we waited most of a day at the crossing in October."]
    thread = "\n".join(f'<li class="comment"><div class="comment-author">{who}</div><p>{words}</p></li>'
                        for who, words in zip(["Rasim Quliyev", "Nina Hart", "Rasim Quliyev"], said))
    markup = page("en", _paras("en"), after=f'<section id="comments"><h2>Comments</h2><ol class="comment-list">{thread}'
                                            f'</ol></section>')
    out.append(cell("turns", "dev", "trap-en-readers-comments", "en", markup, participants=[]))
    quoted = {"dev": ("fr", "« Nous rouvrirons la ligne », a déclaré Inès Marlot, tandis que Claire Davout a promis "
                            "des contrôles plus rapides."),
              "test": ("tr", "Murat Ekinci “hattı yeniden açacağız” dedi, Selin Aksoy ise daha hızlı kontrol sözü verdi.")}
    for half, (lang, prose) in quoted.items():
        markup = page(lang, _paras(lang)[:1] + [f"<p>{html.escape(prose, quote=False)}</p>"] + _paras(lang)[1:])
        out.append(cell("turns", half, f"trap-{lang}-quoted", lang, markup, participants=[],
                        body=BODIES[lang][:1] + [prose] + BODIES[lang][1:]))
    return out


def _wiki_tails() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the back-link mark, the notes' heading, the section's heading,
        # its items (a link, the words after it), a trap: a paragraph opening with a link before the notes)
        ("dev", "en-external-links", "en", "^", "References", "External links",
         [("Alat port", " on the port authority's website"), ("Port of Baku", " at the ministry's register")], False),
        ("dev", "fr-liens-externes", "fr", "↑", "Notes et références", "Liens externes",
         [("Site officiel", ""), ("Le port de Poti", " sur le site de l'autorité portuaire")], False),
        ("dev", "es-enlaces", "es", "↑", "Referencias", "Enlaces externos",
         [("Sitio oficial del gasoducto", ""), ("Mapa del trazado", " en el portal del operador")], False),
        ("dev", "trap-en-link-paragraph", "en", "^", "References", "", [], True),
        # test half
        ("test", "de-weblinks", "de", "↑", "Einzelnachweise", "Weblinks",
         [("Offizielle Website", " des Hafens"), ("Hafen Kuryk", " im Register des Ministeriums")], False),
        ("test", "ru-ssylki", "ru", "↑", "Примечания", "Ссылки",
         [("Официальный сайт", " порта"), ("Порт Алят", " на сайте администрации")], False),
        ("test", "tr-dis-baglantilar", "tr", "^", "Kaynakça", "Dış bağlantılar",
         [("Resmî internet sitesi", ""), ("Bakü Limanı", " bakanlığın sitesinde")], False),
        ("test", "trap-de-link-paragraph", "de", "↑", "Einzelnachweise", "", [], True),
    ]
    out = []
    for half, name, lang, mark, notes, section, items, trap in rows:
        paras = _paras(lang)
        paras[0] = paras[0][:-4] + '<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>'
        body = list(BODIES[lang])
        furniture = []
        if trap:
            said = {"en": "The Trans Adriatic Pipeline carries the gas onward from the Greek border to southern Italy.",
                    "de": "Die Transadriatische Pipeline führt das Gas von der griechischen Grenze weiter nach Süditalien."}[lang]
            words = said.split()
            paras.append(f'<p><a href="/wiki/TAP">{" ".join(words[:4])}</a> {" ".join(words[4:])}</p>')
            body.append(said)
        paras.append(f'<h2 id="notes">{notes}</h2>\n<ol class="references"><li id="cite_note-1"><span class="backlink">'
                     f'<a href="#cite_ref-1">{mark}</a></span> <cite>"Annual report 2024". Port authority.</cite></li></ol>')
        if items:
            lis = "".join(f'<li><a rel="nofollow" class="external text" href="https://example.org/{i}">{link}</a>{rest}</li>'
                          for i, (link, rest) in enumerate(items))
            paras.append(f'<h2 id="links">{section}</h2>\n<ul>{lis}</ul>')
            furniture = [link + rest for link, rest in items]
        out.append(cell("wikitail", half, name, lang, page(lang, paras), body=body, furniture=furniture))
    return out


def _byline_brackets() -> list[dict]:
    rows = [
        # development half: (half, name, lang, the byline's word, the writer, the words in brackets, an affiliation)
        ("dev", "en-by-special", "en", "By", "Hannah Mercer", "Tbilisi, special correspondent", True),
        ("dev", "es-por-enviada", "es", "Por", "Lucía Ferrer", "enviada especial a Bakú", True),
        ("dev", "az-institute", "az", "Müəllif:", "Aynur Həsənova", "Bakı Dövlət Universiteti", True),
        ("dev", "trap-en-reading-time", "en", "By", "Hannah Mercer", "4 min read", False),
        # test half
        ("test", "fr-par-correspondant", "fr", "Par", "Julien Marchetti", "Bakou, correspondant", True),
        ("test", "de-von-korrespondentin", "de", "Von", "Lena Brandt", "Baku, Sonderkorrespondentin", True),
        ("test", "tr-ozel-muhabir", "tr", "", "Elif Kaya", "Bakü, özel muhabir", True),
        ("test", "trap-de-updated", "de", "Von", "Lena Brandt", "aktualisiert 14:05 Uhr", False),
    ]
    out = []
    for half, name, lang, by, writer, said, affiliation in rows:
        slug = writer.lower().replace(" ", "-")
        header = (f'<div class="article-meta"><span class="meta__author">{by} <a class="author-link" href="/authors/{slug}/">'
                  f'{writer}</a> ({said})</span> <time datetime="2026-03-03T06:15:00+01:00">2026-03-03</time></div>')
        out.append(cell("bylinebracket", half, name, lang, page(lang, _paras(lang), header=header),
                        authors=[(writer, said if affiliation else None)]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _site_suffixes() + _bracket_notes() + _handovers() + _turns() + _wiki_tails() + _byline_brackets()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
