"""A sweep over the kinds documents24's web pages showed the reader missing, taken up as development
material and written in other templates, wordings and languages, each kind named by form and position:

- ``handlename``: a writer's account shown as a link whose whole text is the account's name (one token:
  "kura_traveller", "rena-a"), a personal name in brackets right after it ("<a>handle</a> (Full Name)"),
  and the page's author tag holding that account's name: the name in brackets is the author, not the
  account; traps: an author tag holding a person's name while another account with a name in brackets
  stands in the page (a reposted entry's owner), an account followed by a count in brackets;
- ``cardpost``: a card or a note at a text's foot about the writer its byline names, saying "A is <Post>
  with|at <Outlet> …" where the post is a title in capitals (two words or more: "Senior Correspondent",
  "Head of Research") with no article: the writer's affiliation is the post and the outlet, joined by a
  comma; traps: a post with an article in lower case ("a senior fellow at X": the institution alone, as
  before), a German noun's one capital ("ist Referentin bei der X": the institution alone);
- ``mission``: a release on a diplomatic mission's page (an embassy, a consulate, in any language) that no
  person signs: the mission, as the page's header names it in full, is the author (an organisation), not
  the ministry of the site's banner nor of the footer; traps: an outlet's article about an embassy,
  signed by its reporter;
- ``captioncredit``: a photograph's caption ending in a credit in brackets without a colon: a credit's
  label ("Photo", "foto", "Фото", "Fotoğraf"; an outlet's word may stand before it) then "by" in the
  byline grammar's languages or an agency and a name ("(Agency Photo by A B)", "(foto Ansa/A B)"), in the
  caption's text or an element of its own: the caption is kept without it; traps: a bracketed position
  ("(centre)", "(Mitte)") and a bracketed phrase in lower case after the label ("(file photo)", "(foto de
  archivo)") end a caption kept whole.

Each kind's cells are written in two halves before the reader is changed: a development half (the
tuning's) and a test half of other wordings, languages and traps, measured once at the end. A cell is
read and scored as in tests/sweep_d18web.py.

``python -m tests.sweep_d24web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d18web
from tests.sweep_d18web import BODIES, TITLES, page
from tests.sweep_d21web import cell

_WHEN = '<time datetime="2026-03-03T06:15:00+01:00">3.3.2026</time>'


def _paras(lang: str) -> list[str]:
    return [f"<p>{html.escape(p, quote=False)}</p>" for p in BODIES[lang]]


def _handle_names() -> list[dict]:
    rows = [
        # (half, name, lang, the author tag, the account, the words in brackets, the author read)
        ("dev", "en-user-span", "en", "kura_traveller", "kura_traveller", "Hannah Mercer", "Hannah Mercer"),
        ("dev", "fr-pseudo", "fr", "julien-bakou", "julien-bakou", "Julien Marchetti", "Julien Marchetti"),
        ("dev", "az-istifadeci", "az", "aynur_h", "aynur_h", "Aynur Həsənova", "Aynur Həsənova"),
        ("dev", "trap-en-reposted-owner", "en", "Hannah Mercer", "steppe_notes", "Rustam Ibragimov", "Hannah Mercer"),
        # test half
        ("test", "ru-ljuser", "ru", "volga_putnik", "volga_putnik", "Ирина Соколова", "Ирина Соколова"),
        ("test", "de-konto", "de", "lena.brandt84", "lena.brandt84", "Lena Brandt", "Lena Brandt"),
        ("test", "tr-kullanici", "tr", "elif_kaya", "elif_kaya", "Elif Kaya", "Elif Kaya"),
        ("test", "trap-de-reposted-owner", "de", "Lena Brandt", "kaspi_blog", "Jonas Albrecht", "Lena Brandt"),
    ]
    out = []
    for half, name, lang, tag, account, bracket, want in rows:
        head = f'<meta property="article:author" content="{html.escape(tag)}">\n'
        owner = (f'<div class="journal-owner"><span class="user"><a href="https://{account.replace("_", "-")}.example.com/'
                 f'profile/">{account}</a></span> ({bracket})</div>')
        if "trap" in name:  # an entry reposted from another account, its owner named; the author tag a person
            owner = (f'<div class="byline">{tag}</div><div class="repost">↻ <span class="user"><a href="/users/{account}/">'
                     f'{account}</a></span> ({bracket})</div>')
        out.append(cell("handlename", half, name, lang, page(lang, _paras(lang), header=owner + _WHEN, head=head),
                        authors=[(want, None)]))
    return out


def _card_posts() -> list[dict]:
    rows = [
        # (half, name, lang, the byline, the writer, what the card says after the name, the affiliation read)
        ("dev", "en-with-city", "en", "By", "Hannah Mercer",
         "is Senior Correspondent with The Caspian Courier in Baku. She covers energy and shipping.",
         "Senior Correspondent, The Caspian Courier"),
        ("dev", "en-head-of", "en", "By", "Rustam Ibragimov",
         "is Head of Research at The Caspian Policy Centre, where he works on transit corridors.",
         "Head of Research, The Caspian Policy Centre"),
        ("dev", "en-chief-at", "en", "Written by", "Leyla Mammadli",
         "is Chief Economist at Shirvan Capital in Baku. She writes a weekly column on trade.",
         "Chief Economist, Shirvan Capital"),
        ("dev", "trap-en-article-lower", "en", "By", "Hannah Mercer",
         "is a senior fellow at The Caspian Policy Centre, where she works on energy.", "The Caspian Policy Centre"),
        # test half
        ("test", "en-deputy-editor-with", "en", "By", "Daniel Okafor",
         "is Deputy Foreign Editor with The Northern Chronicle in London. He reports on the Caucasus.",
         "Deputy Foreign Editor, The Northern Chronicle"),
        ("test", "en-bureau-chief-at", "en", "Reported by", "Mariam Gelashvili",
         "is Bureau Chief at Pontic Wire in Tbilisi. She has covered the region since 2015.",
         "Bureau Chief, Pontic Wire"),
        ("test", "fr-redacteur-en-chef", "fr", "Par", "Julien Marchetti",
         "est Rédacteur en Chef Adjoint au Courrier du Caucase, où il suit l'énergie.",
         "Rédacteur en Chef Adjoint, Courrier du Caucase"),
        ("test", "trap-de-one-capital", "de", "Von", "Lena Brandt",
         "ist Referentin bei der Kaspischen Energieagentur in Berlin und schreibt über Gas.", "Kaspischen Energieagentur"),
    ]
    out = []
    for half, name, lang, by, writer, said, want in rows:
        slug = writer.lower().replace(" ", "-")
        header = f'<div class="byline">{by} <a href="/profile/author/{slug}/">{writer}</a></div>{_WHEN}'
        card = (f'<div class="author-card"><img src="/img/authors/{slug}.jpg" alt="{writer}"><p><strong>{writer}'
                f'</strong> {html.escape(said, quote=False)}</p></div>')
        out.append(cell("cardpost", half, name, lang, page(lang, _paras(lang), header=header, after=card),
                        authors=[(writer, want)], furniture=[said[:30]]))
    return out


def _mission_page(lang: str, title_end: str, full: str, banner: str, footer: str, header: str = "") -> str:
    paras = "\n".join(_paras(lang))
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{TITLES[lang]} – {title_end}</title>'
            f'</head><body>\n<div class="gov-banner"><img src="/arms.svg" alt=""> {banner}</div>\n'
            f'<header><div class="site-name">{full}</div>\n<nav><a>Home</a> <a>News</a> <a>Consular</a> <a>Contact</a></nav>'
            f'</header>\n<main><div class="news-type">Press</div>\n<h1>{TITLES[lang]}</h1>\n{header}'
            f'<div class="news-meta">{_WHEN}</div>\n<div class="news-body">\n{paras}\n</div></main>\n'
            f'<footer><p>{footer}</p></footer>\n</body></html>\n')


def _missions() -> list[dict]:
    rows = [
        # (half, name, lang, the <title>'s end, the header's name, the banner, the footer, the author read)
        ("dev", "en-embassy", "en", "Embassy of Verania in Baku", "Embassy of the Republic of Verania in Baku",
         "An official website of the Ministry of Foreign Affairs of Verania",
         "© Ministry of Foreign Affairs of Verania 2026", "Embassy of the Republic of Verania in Baku"),
        ("dev", "fr-ambassade", "fr", "Ambassade de Verania à Bakou", "Ambassade de la République de Verania à Bakou",
         "Site officiel du ministère des Affaires étrangères de Verania", "© Ministère des Affaires étrangères 2026",
         "Ambassade de la République de Verania à Bakou"),
        ("dev", "es-consulado", "es", "Consulado General de Verania en Bakú",
         "Consulado General de la República de Verania en Bakú", "Sitio oficial del Ministerio de Relaciones Exteriores",
         "© Ministerio de Relaciones Exteriores de Verania", "Consulado General de la República de Verania en Bakú"),
        ("dev", "trap-en-outlet-article", "en", "The Caspian Courier", "The Caspian Courier",
         "Independent news since 1998", "© The Caspian Courier 2026", "Hannah Mercer"),
        # test half
        ("test", "de-botschaft", "de", "Botschaft von Verania in Baku", "Botschaft der Republik Verania in Baku",
         "Offizielle Website des Außenministeriums von Verania", "© Außenministerium von Verania",
         "Botschaft der Republik Verania in Baku"),
        ("test", "ru-posolstvo", "ru", "Посольство Верании в Баку", "Посольство Республики Верания в Баку",
         "Официальный сайт Министерства иностранных дел Верании", "© МИД Верании, 2026",
         "Посольство Республики Верания в Баку"),
        ("test", "tr-buyukelcilik", "tr", "Verania Bakü Büyükelçiliği", "Verania Cumhuriyeti Bakü Büyükelçiliği",
         "Verania Dışişleri Bakanlığının resmî sitesi", "© Verania Dışişleri Bakanlığı",
         "Verania Cumhuriyeti Bakü Büyükelçiliği"),
        ("test", "trap-de-outlet-article", "de", "Kaspischer Kurier", "Kaspischer Kurier",
         "Unabhängig seit 1998", "© Kaspischer Kurier 2026", "Lena Brandt"),
    ]
    out = []
    for half, name, lang, title_end, full, banner, footer, want in rows:
        header = ""
        if "trap" in name:  # a reporter's article about an embassy's release, signed
            by = {"en": "By", "de": "Von"}[lang]
            header = f'<div class="byline">{by} <a href="/authors/{want.lower().replace(" ", "-")}/">{want}</a></div>\n'
        out.append(cell("mission", half, name, lang, _mission_page(lang, title_end, full, banner, footer, header),
                        authors=[(want, None)]))
    return out


def _caption_credits() -> list[dict]:
    rows = [
        # (half, name, lang, the caption, what follows it in the figcaption, the caption kept)
        ("dev", "en-outlet-photo-by", "en", "The delegations at the border post on Monday.",
         "(Courier Photo by Kamran Hasanli)", None),
        ("dev", "fr-foto-agency-name-em", "fr", "Les délégations au poste-frontière lundi",
         "<em>(foto Ansa/Nino Beridze)</em>", None),
        ("dev", "es-foto-de", "es", "Los negociadores en la frontera el lunes.", "(Foto de Lucía Ferrer)", None),
        ("dev", "trap-en-centre", "en", "Deputy Minister Elnur Rzayev", "(centre)", "whole"),
        ("dev", "trap-en-file-photo", "en", "The railway bridge over the river", "(file photo)", "whole"),
        # test half
        ("test", "de-foto-von", "de", "Die Delegationen am Grenzposten am Montag.", "(Foto von Jonas Albrecht)", None),
        ("test", "ru-foto-agency", "ru", "Делегации на пограничном посту в понедельник",
         "<i>(Фото ТАСС/Ирина Соколова)</i>", None),
        ("test", "tr-fotograf-agency", "tr", "Heyetler pazartesi günü sınır kapısında",
         "(Fotoğraf AA/Elif Kaya)", None),
        ("test", "trap-de-mitte", "de", "Vizeminister Elnur Rzayev", "(Mitte)", "whole"),
        ("test", "trap-es-foto-de-archivo", "es", "El puente ferroviario sobre el río", "(foto de archivo)", "whole"),
    ]
    out = []
    for half, name, lang, caption, credit, whole in rows:
        figure = (f'<figure><img src="/img/2026/03/border.jpg" alt=""><figcaption>{html.escape(caption, quote=False)} '
                  f'{credit}</figcaption></figure>')
        plain = credit.replace("<em>", "").replace("</em>", "").replace("<i>", "").replace("</i>", "")
        kept = f"{caption} {plain}" if whole else caption
        out.append(cell("captioncredit", half, name, lang, page(lang, _paras(lang), header=_WHEN + figure),
                        captions=[kept]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _handle_names() + _card_posts() + _missions() + _caption_credits()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
