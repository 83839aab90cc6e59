"""A sweep over the kinds documents25's web pages showed the reader missing, taken up as development
material and written in other templates, wordings and languages, each kind named by form and position:

- ``grouprole``: a byline whose cue is followed by a group's words and a role noun before the names (an
  outlet's name or a possessive, then the role in the singular or the plural: "by <Outlet> writers A, B",
  "Par nos envoyés spéciaux A et B", "Von unseren Korrespondenten A und B"), standing as a paragraph of its
  own in the text: every name after the role is an author, and the line is no body; traps (on a page whose
  header gives the linked writer): such a line naming nobody after the role ("By our correspondent in Aktau",
  "Von unserer Korrespondentin in Baku": no second author), a paragraph of the text opening with the cue's
  word ("By road, …", "Von Baku aus …").
- ``infoboxrows``: a wiki's infobox, a table of label/value rows (the label a row header or the table marked a
  box) whose first rows are its name and its picture, each one cell spanning the table (and a section's name
  on a row of one cell), is no text however many such one-cell rows it has; traps: a table in the text under a
  title row of one cell with a header row over its columns (the text's data: its rows kept as passages).
- ``picturetext``: a short paragraph right under a block that holds a picture alone (no figure element, no
  caption element), centred, or its class naming a picture or its text, or ending in a credit in brackets with
  a slash ("(Agency/Name)"), is the picture's sign, no text (furniture, as documents24 decided for a caption
  without a caption element); traps: a paragraph of the text right under such a picture, plain and long, or
  short and plain.
- ``expertcard``: a card beside the text under a label that is the word for the person it presents alone
  ("Expert", "Experte", "Эксперт", "Uzman"; no author's class), the byline's writer linked in it and her post
  on the line under the name: the post is her affiliation; traps: a card under another label (a media contact's)
  naming a person and a post, an "Expert" card naming another person than the byline.

Each kind's cells are written in two halves before the reader is changed: a development half (the
tuning's) and a test half of other wordings, languages and traps, measured once at the end. A cell is
read and scored as in tests/sweep_d18web.py.

``python -m tests.sweep_d25web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d18web
from tests.sweep_d18web import BODIES, page
from tests.sweep_d21web import cell

_WHEN = '<div class="info"><time datetime="2026-03-03T06:15:00+01:00">2026-03-03 06:15</time></div>'


def _paras(lang: str) -> list[str]:
    return [f"<p>{html.escape(p, quote=False)}</p>" for p in BODIES[lang]]


def _group_roles() -> list[dict]:
    rows = [
        # (half, name, lang, the line after the first paragraph, the authors read, whether it is body)
        ("dev", "en-outlet-correspondents", "en", "By Pontic Wire correspondents Mariam Gelashvili and Davit Beridze",
         ["Mariam Gelashvili", "Davit Beridze"], False),
        ("dev", "fr-nos-envoyes", "fr", "Par nos envoyés spéciaux Claire Morvan et Hugo Lemaire",
         ["Claire Morvan", "Hugo Lemaire"], False),
        ("dev", "es-los-corresponsales", "es", "Por los corresponsales Lucía Ferrer y Pablo Ortega",
         ["Lucía Ferrer", "Pablo Ortega"], False),
        ("dev", "trap-en-correspondent-place", "en", "By our correspondent in Aktau", ["Nadia Kessler"], False),
        ("dev", "trap-en-by-road", "en", "By road, the lorries need three days to reach the Georgian border.", ["Nadia Kessler"], True),
        ("dev", "trap-fr-par-avion", "fr", "Par avion, le trajet entre Bakou et Aktaou ne prend plus qu'une heure.",
         ["Claire Morvan"], True),
        ("dev", "trap-de-von-den-haefen", "de", "Von den Häfen am Kaspischen Meer geht die Fracht per Bahn weiter.",
         ["Lena Brandt"], True),
        # test half
        ("test", "de-unsere-korrespondenten", "de", "Von unseren Korrespondenten Jonas Albrecht und Lena Brandt",
         ["Jonas Albrecht", "Lena Brandt"], False),
        ("test", "en-staff-writers-comma", "en", "by Caspian Daily staff writers Omar Pell, Ayla Ferris",
         ["Omar Pell", "Ayla Ferris"], False),
        ("test", "fr-notre-correspondante", "fr", "Par notre correspondante Inès Marlot", ["Inès Marlot"], False),
        ("test", "es-nuestra-corresponsal", "es", "Por nuestra corresponsal en Bakú, Lucía Ferrer", ["Lucía Ferrer"],
         False),
        ("test", "trap-de-korrespondentin-nobody", "de", "Von unserer Korrespondentin in Baku", ["Lena Brandt"], False),
        ("test", "trap-de-von-baku", "de", "Von Baku aus fahren die Züge weiter nach Georgien und in die Türkei.", ["Lena Brandt"],
         True),
        ("test", "trap-fr-par-la-route", "fr", "Par la route, les camions mettent trois jours jusqu'à la frontière.",
         ["Claire Morvan"], True),
        ("test", "trap-es-por-tierra", "es", "Por tierra, los camiones tardan tres días en llegar a la frontera.",
         ["Lucía Ferrer"], True),
    ]
    out = []
    for half, name, lang, line, names, body in rows:
        paras = _paras(lang)
        paras.insert(1, f"<p>{html.escape(line, quote=False)}</p>")
        text = list(BODIES[lang])
        if body:
            text.insert(1, line)
        header = _WHEN
        if "trap" in name:  # the writer the header's byline links
            by = {"en": "By", "de": "Von", "fr": "Par", "es": "Por"}[lang]
            header = (f'<div class="byline">{by} <a href="/authors/{names[0].lower().replace(" ", "-")}/">{names[0]}</a>'
                      f'</div>{_WHEN}')
        out.append(cell("grouprole", half, name, lang, page(lang, paras, header=header), body=text,
                        authors=[(n, None) for n in names], furniture=[] if body else [line]))
    return out


_ROW = '<tr><th class="infobox-label">{}</th><td class="infobox-data">{}</td></tr>'
_PICTURE = ('<tr><td colspan="2" class="infobox-image"><img src="/img/{0}.jpg" width="250" alt="">'
            '<div class="infobox-caption">{1}</div></td></tr>')


def _infobox(attrs: str, name: str, picture: str, rows: list[tuple[str, str]], section: str = "") -> str:
    body = "".join(_ROW.format(html.escape(a), html.escape(b)) for a, b in rows)
    head = f'<tr><th colspan="2" class="infobox-above">{html.escape(name)}</th></tr>' if name else ""
    pic = _PICTURE.format(name.lower().replace(" ", "_"), html.escape(picture)) if picture else ""
    sec = f'<tr><th colspan="2" class="infobox-header">{html.escape(section)}</th></tr>' if section else ""
    return f"<table {attrs}><tbody>{head}{pic}{sec}{body}</tbody></table>"


def _infobox_rows() -> list[dict]:
    rows = [
        # (half, name, lang, the table's attributes, its name, the picture's caption, a section row, its rows, where
        #  it stands (the paragraph it comes before), the passages kept as body (a trap's))
        ("dev", "en-vcard-after-lead", "en", 'class="infobox vcard"', "Alat Port", "The ferry terminal in 2019", "",
         [("Country", "Azerbaijan"), ("Operator", "Port of Baku CJSC"), ("Opened", "2018"), ("Berths", "7")], 1, None),
        ("dev", "fr-infobox-v2-section", "fr", 'class="infobox_v2" cellspacing="7"', "Port de Poti", "Le port en 2015",
         "Généralités", [("Pays", "Géorgie"), ("Exploitant", "APM Terminals"), ("Ouverture", "1858")], 0, None),
        ("dev", "es-no-class-th-labels", "es", 'style="float:right;width:22em"', "Puerto de Aktau", "",
         "", [("País", "Kazajistán"), ("Operador", "Aktau SMTP"), ("Apertura", "1963"), ("Muelles", "11")], 1, None),
        ("dev", "trap-en-headed-columns", "en", 'class="wikitable"', "Freight through the port", "", "",
         [("Year", "Tonnes"), ("2023", "412,000"), ("2024", "455,000"), ("2025", "518,000")], 2, "data"),
        # test half
        ("test", "de-infobox-section-two", "de", 'class="infobox float-right"', "Hafen Kuryk", "Der Fährhafen 2021",
         "Allgemeines", [("Staat", "Kasachstan"), ("Betreiber", "Kuryk Port LLP"), ("Eröffnung", "2016")], 1, None),
        ("test", "ru-infobox-above", "ru", 'class="infobox" data-name="Порт"', "Порт Алят", "Паромный терминал, 2019",
         "", [("Страна", "Азербайджан"), ("Оператор", "Бакинский порт"), ("Открыт", "2018"), ("Причалы", "7")], 0, None),
        ("test", "tr-bilgi-kutusu", "tr", 'class="infobox"', "Bakü Limanı", "Feribot terminali, 2019", "Genel",
         [("Ülkesi", "Azerbaycan"), ("İşletmeci", "Bakü Liman İdaresi"), ("Açılış", "2018")], 1, None),
        ("test", "trap-de-headed-columns", "de", 'class="wikitable"', "Fracht über den Hafen", "", "",
         [("Jahr", "Tonnen"), ("2023", "412.000"), ("2024", "455.000"), ("2025", "518.000")], 2, "data"),
    ]
    out = []
    for half, name, lang, attrs, box, picture, section, pairs, at, trap in rows:
        paras = _paras(lang)
        body = list(BODIES[lang])
        if trap == "data":  # a header row of <th> over the columns
            table = (f'<table {attrs}><tbody><tr><th colspan="2">{box}</th></tr><tr><th>{pairs[0][0]}</th>'
                     f'<th>{pairs[0][1]}</th></tr>'
                     + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in pairs[1:]) + "</tbody></table>")
            body[at:at] = [f"{a} | {b}" for a, b in pairs]
            furniture = []
        else:
            table = _infobox(attrs, box, picture, pairs, section)
            furniture = [f"{a} | {b}" for a, b in pairs] + [a for a, _ in pairs]
        paras.insert(at, table)
        out.append(cell("infoboxrows", half, name, lang, page(lang, paras, header=_WHEN), body=body,
                        authors=[], furniture=furniture))
    return out


def _picture_texts() -> list[dict]:
    rows = [
        # (half, name, lang, the picture's block, the paragraph under it (its opening tag, its text), a trap's)
        ("dev", "en-centred-credit", "en", '<p align="center"><img src="/photo/2026/03/ferry.jpg" alt="" /></p>',
         '<p class="pictext" align="center">', "A ferry leaves the port of Alat for Kuryk, March 2, 2026. "
         "(Courier/Rauf Aliyev)", False),
        ("dev", "es-style-centred", "es", '<p><img src="/fotos/frontera.jpg" alt=""></p>',
         '<p style="text-align: center;">', "Los negociadores a su llegada al puesto fronterizo.", False),
        ("dev", "az-photo-class", "az", '<div class="news-img"><img src="/uploads/kerpic.jpg" alt=""></div>',
         '<p class="photo-text">', "Sərhəd məntəqəsində danışıqlar, 2 mart 2026", False),
        ("dev", "trap-en-plain-paragraph", "en", '<p><img src="/photo/2026/03/river.jpg" alt=""></p>', "<p>",
         "The river section has been the hardest part of the talks since they began, and both sides say it will "
         "take at least another two rounds before a line can be drawn on the map.", True),
        # test half
        ("test", "de-bildtext", "de", '<div class="bild"><img src="/bilder/faehre.jpg" alt=""></div>',
         '<p class="bildtext">', "Eine Fähre im Hafen von Alat am Montag", False),
        ("test", "ru-credit-slash", "ru", '<p><img src="/foto/granica.jpg" alt=""></p>', "<p>",
         "Делегации на пограничном посту в понедельник. (Каспий-Пресс/Олег Петров)", False),
        ("test", "fr-centre-div", "fr", '<div align="center"><img src="/photos/poti.jpg" alt=""></div>',
         '<p align="center">', "Le port de Poti, en février 2026.", False),
        ("test", "trap-de-plain-short", "de", '<p><img src="/bilder/fluss.jpg" alt=""></p>', "<p>",
         "Am Fluss wird weiter verhandelt.", True),
    ]
    out = []
    for half, name, lang, picture, opening, text, trap in rows:
        paras = _paras(lang)
        paras[1:1] = [picture, f"{opening}{html.escape(text, quote=False)}</p>"]
        body = list(BODIES[lang])
        if trap:
            body.insert(1, text)
        out.append(cell("picturetext", half, name, lang, page(lang, paras, header=_WHEN), body=body, authors=[],
                        furniture=[] if trap else [text]))
    return out


def _expert_cards() -> list[dict]:
    rows = [
        # (half, name, lang, the byline's cue, the writer, the card's label, the card's person, the post, the
        #  affiliation read)
        ("dev", "en-expert-div", "en", "By", "Hannah Mercer", "Expert", "Hannah Mercer",
         "Senior Fellow, Caspian Security Program", "Senior Fellow, Caspian Security Program"),
        ("dev", "fr-experte", "fr", "Par", "Claire Morvan", "Experte", "Claire Morvan",
         "Chercheuse associée, Programme Caucase", "Chercheuse associée, Programme Caucase"),
        ("dev", "es-experto", "es", "Por", "Pablo Ortega", "Experto", "Pablo Ortega",
         "Investigador principal, Programa de Energía", "Investigador principal, Programa de Energía"),
        ("dev", "trap-en-media-contact", "en", "By", "Hannah Mercer", "Media contact", "Rachel Dunmore",
         "Director of Communications, Press Office", None),
        ("dev", "trap-en-expert-other", "en", "By", "Hannah Mercer", "Expert", "Omar Pell",
         "Senior Fellow, Energy Program", None),
        # test half
        ("test", "de-experte", "de", "Von", "Lena Brandt", "Expertin", "Lena Brandt",
         "Senior Fellow, Programm Osteuropa", "Senior Fellow, Programm Osteuropa"),
        ("test", "ru-ekspert", "ru", "Автор:", "Ирина Соколова", "Эксперт", "Ирина Соколова",
         "Ведущий научный сотрудник, Программа «Кавказ»", "Ведущий научный сотрудник, Программа «Кавказ»"),
        ("test", "tr-uzman", "tr", "Yazan:", "Elif Kaya", "Uzman", "Elif Kaya",
         "Kıdemli Araştırmacı, Enerji Programı", "Kıdemli Araştırmacı, Enerji Programı"),
        ("test", "trap-de-pressekontakt", "de", "Von", "Lena Brandt", "Pressekontakt", "Jonas Albrecht",
         "Leiter Kommunikation, Pressestelle", None),
        ("test", "trap-de-expert-other", "de", "Von", "Lena Brandt", "Experte", "Jonas Albrecht",
         "Senior Fellow, Programm Energie", None),
    ]
    out = []
    for half, name, lang, by, writer, label, person, post, want in rows:
        slug = person.lower().replace(" ", "-")
        header = (f'<div class="meta"><span class="by">{by} <a href="/experts/{writer.lower().replace(" ", "-")}">'
                  f'{writer}</a></span> <span class="sep">|</span> {_WHEN}</div>')
        card = (f'<aside class="sidebar"><div class="person-card"><div class="label">{label}</div>'
                f'<img src="/images/people/{slug}.jpg" alt="{person}"><div class="name"><a href="/experts/{slug}">'
                f'{person}</a></div><div class="title">{html.escape(post, quote=False)}</div>'
                f'<a class="btn" href="/experts/{slug}">Full bio</a></div></aside>')
        out.append(cell("expertcard", half, name, lang, page(lang, _paras(lang), header=header, after=card),
                        authors=[(writer, want)]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _group_roles() + _infobox_rows() + _picture_texts() + _expert_cards()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
