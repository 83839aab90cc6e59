"""A sweep over the kinds documents18's web pages showed the reader missing (issue 24), taken up as
development material: a paragraph hard-wrapped in the page's source and holding an inline element
(``wrap``: a word processor's "Web Page" with its empty ``<o:p>``, a hand-written page's ``<b>``, ``<a>``,
``<span>``; HTML's whitespace is a space, so each paragraph is one passage); a memorandum saved as a web
page, titled by its "Subject:" row under a ``<title>`` of "MEMORANDUM" (``memo``); a network's post
without a heading, titled by its bold first line, not by a counter in the page's title (``hook``); a
forum post signed "u/name" (``handle``); a word processor's numbered paragraphs, each number in a list
label padded with no-break spaces, kept as the text shows them (``number``); a news site's line asking readers to report a mistake with
Ctrl+Enter (``typo``); a caption whose credit runs on in the same text ("… 1996. Photograph: Archive",
``credit``); a company's questions page whose meta author is its web team, each answer followed by
"Was this answer helpful? Yes No", a line inviting calls over them (``faq``); a note's reference as a link to the note in the page
("<a href="#_ftn1">[1]</a>"), no word of the paragraph (``noteref``).

Each kind's cells are written in two halves before anything is measured: a development half (the
tuning's) and a test half of other wordings, languages and look-alike traps, measured once at the end.
A cell is read and scored as in tests/sweep_d16html.py, with two more checks: ``title`` (the title the
page states, where given) and ``lines`` (texts that must each stand as a passage of their own).

``python -m tests.sweep_d18web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d16html
from tests.sweep_d17web import BODIES, TITLES


def cell(kind, half, name, lang, markup, date=..., authors=..., captions=(), furniture=(), title=..., lines=(),
         body=None):
    out = sweep_d16html.cell(kind, half, name, lang, markup, date, authors, captions, furniture,
                             body=BODIES[lang] if body is None else body)
    out["title"], out["lines"] = title, list(lines)
    return out


def page(lang: str, paras: list[str], header: str = "", after: str = "", head: str = "", title: str | None = None,
         h1: bool = True, pre: str = "") -> str:
    """A saved page whose paragraphs are given as markup (``paras``), the h1 (unless ``h1`` is false)
    over ``header``."""
    title = TITLES[lang] if title is None else title
    heading = f"<h1>{TITLES[lang]}</h1>\n" if h1 else ""
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>\n'
            f'{head}</head><body>\n<header class="site"><nav><a href="/">Home</a> <a href="/news">News</a> '
            f'<a href="/about">About</a></nav></header>\n{pre}<main><article>\n{heading}{header}\n'
            f'<div class="article-body">\n' + "\n".join(paras) + f"\n</div>\n{after}\n</article></main>\n"
            f"<footer><p>Contact us · Privacy</p></footer>\n</body></html>\n")


def wrapped(text: str, every: int, inline: str, eol: str = "\n", indent: str = "") -> str:
    """A paragraph's text hard-wrapped every ``every`` words, the ``inline`` element's ``{}`` holding
    the fifth word (``"{}"`` alone: none), an empty one after it if it has no ``{}``."""
    words = [html.escape(w, quote=False) for w in text.split()]
    if "{}" in inline:
        words[4] = inline.format(words[4])
    lines = [" ".join(words[i:i + every]) for i in range(0, len(words), every)]
    joined = (eol + indent).join(lines)
    return joined if "{}" in inline else joined + inline


def _p(text: str, every: int, inline: str, eol: str = "\n", attrs: str = "", indent: str = "") -> str:
    return f"<p{attrs}>{wrapped(text, every, inline, eol, indent)}</p>"


def _wraps() -> list[dict]:
    out = []
    paras = [_p(t, 9, "<o:p></o:p>", attrs=" class=MsoNormal") for t in BODIES["en"]]
    out.append(cell("wrap", "dev", "en-mso-empty-op", "en", page("en", paras), title=TITLES["en"]))
    paras = [_p(t, 7, "<b>{}</b>") for t in BODIES["ru"]]
    out.append(cell("wrap", "dev", "ru-bold-word", "ru", page("ru", paras)))
    paras = [_p(t, 11, '<a href="/dossier/">{}</a>', indent="    ") for t in BODIES["fr"]]
    out.append(cell("wrap", "dev", "fr-link-indented", "fr", page("fr", paras)))
    paras = [_p(t, 8, '<span lang="de">{}</span>', eol="\r\n") for t in BODIES["de"]]
    out.append(cell("wrap", "dev", "de-span-crlf", "de", page("de", paras)))
    table = ("<pre>Baku      07:10   Tbilisi   19:40\nGanja     11:25   <b>Kars</b>      06:15</pre>")
    paras = [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["en"]]
    out.append(cell("wrap", "dev", "trap-pre-lines-kept", "en", page("en", paras[:1] + [table] + paras[1:]),
                    lines=["Baku 07:10 Tbilisi 19:40", "Ganja 11:25 Kars 06:15"]))
    paras = [_p(t, 10, "<em>{}</em>", indent="\t") for t in BODIES["es"]]
    out.append(cell("wrap", "test", "es-em-tabs", "es", page("es", paras)))
    paras = [_p(t, 6, "<o:p></o:p>", eol="\r\n", attrs=" class=MsoNormal") for t in BODIES["az"]]
    out.append(cell("wrap", "test", "az-mso-crlf", "az", page("az", paras)))
    paras = [_p(t, 12, '<abbr title="x">{}</abbr>') for t in BODIES["tr"]]
    out.append(cell("wrap", "test", "tr-abbr", "tr", page("tr", paras)))
    poem = ('<div style="white-space: pre">Kura flows east,\n<i>Aras</i> meets it at Sabirabad,\n'
            'and both go down to the sea.</div>')
    paras = [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["en"]]
    out.append(cell("wrap", "test", "trap-white-space-pre-verse", "en",
                    page("en", paras[:2] + [poem] + paras[2:]), lines=["Kura flows east,"]))
    return out


def _memo_page(lang: str, label: str, rows: list[tuple[str, str]], paras: list[str], doc: str = "MEMORANDUM") -> str:
    cells = "\n".join(f'<tr><td width=85 valign=top><p class=MsoNormal><b>{k}<o:p></o:p></b></p></td>\n'
                      f'<td width=516 valign=top><p class=MsoNormal>{v}<o:p></o:p></p></td></tr>' for k, v in rows)
    body = "\n".join(f"<p class=MsoNormal>{wrapped(t, 10, '<o:p></o:p>')}</p>" for t in paras)
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            f'content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">'
            f'<title>{doc}</title>\n<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>jdoe</o:Author>'
            f'<o:Created>2019-03-01T09:00:00Z</o:Created></o:DocumentProperties></xml><![endif]-->\n'
            f'</head><body lang={lang.upper()}><div class=WordSection1>\n'
            f'<p class=MsoNormal align=center><b><span style="font-size:16.0pt">{label}<o:p></o:p></span></b></p>\n'
            f'<table class=MsoTableGrid border=0>\n{cells}\n</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
            f'{body}\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n</div></body></html>\n')


def _memos() -> list[dict]:
    out = []
    subject = "Winter rail tariffs on the Kars line and what they mean for our bookings"
    rows = [("To:", "Executive Committee"), ("From:", "Rashad Hajiyev, Director of Logistics, Ganja Freight Partners"),
            ("Date:", "3 March 2025"), ("Subject:", subject)]
    out.append(cell("memo", "dev", "en-subject-row", "en", _memo_page("en", "MEMORANDUM", rows, BODIES["en"]),
                    "2025-03-03", [("Rashad Hajiyev", "Director of Logistics, Ganja Freight Partners")], title=subject))
    subject = "Tarifas invernales del corredor y sus efectos en los contratos"
    rows = [("Para:", "Comité de Dirección"), ("De:", "Marta Ibáñez, Jefa de Análisis, Consultora Levante"),
            ("Fecha:", "12 de febrero de 2025"), ("Asunto:", subject)]
    out.append(cell("memo", "dev", "es-asunto-row", "es", _memo_page("es", "MEMORANDO", rows, BODIES["es"], doc="Memorando"),
                    "2025-02-12", [("Marta Ibáñez", "Jefa de Análisis, Consultora Levante")], title=subject))
    rows = [("Course:", "Regional economics"), ("Subject:", "Transport"), ("Level:", "Advanced")]
    trap = page("en", [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["en"]],
                header='<p class="byline">By Samira Aliyeva</p><p class="date">4 May 2025</p>',
                after="<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
    out.append(cell("memo", "dev", "trap-article-with-subject-table", "en", trap, "2025-05-04",
                    [("Samira Aliyeva", None)], title=TITLES["en"]))
    subject = "Tarifs d'hiver sur la ligne de Kars : conséquences pour nos réservations"
    rows = [("À :", "Comité exécutif"), ("De :", "Claire Dubois, Responsable des études, Cabinet Rhône Énergie"),
            ("Date :", "3 mars 2025"), ("Objet :", subject)]
    out.append(cell("memo", "test", "fr-objet-row", "fr", _memo_page("fr", "NOTE", rows, BODIES["fr"], doc="NOTE"),
                    "2025-03-03", [("Claire Dubois", "Responsable des études, Cabinet Rhône Énergie")], title=subject))
    subject = "Wintertarife auf der Strecke nach Kars und unsere Buchungen"
    rows = [("An:", "Geschäftsführung"), ("Von:", "Jonas Albrecht, Leiter Marktanalyse, Nordhafen Logistik"),
            ("Datum:", "3. März 2025"), ("Betreff:", subject)]
    out.append(cell("memo", "test", "de-betreff-row", "de", _memo_page("de", "AKTENNOTIZ", rows, BODIES["de"], doc="Aktennotiz"),
                    "2025-03-03", [("Jonas Albrecht", "Leiter Marktanalyse, Nordhafen Logistik")], title=subject))
    rows = [("Subject:", "Geography"), ("Grade:", "10"), ("Teacher:", "Ms Kerimova")]
    trap = page("en", [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["en"]],
                header='<p class="byline">By Tural Nasirov</p><p class="date">9 June 2025</p>',
                after="<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
    out.append(cell("memo", "test", "trap-lesson-table", "en", trap, "2025-06-09", [("Tural Nasirov", None)],
                    title=TITLES["en"]))
    return out


def _post(lang: str, name: str, headline: str, hook: str, count: str, when: str, network: str = "Linkwork",
          site_title: str | None = None) -> str:
    paras = [f"<p><strong>{html.escape(hook, quote=False)}</strong></p>"] + \
        [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES[lang]]
    title = site_title or f"{name} on {network}: {hook} | {count}"
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n'
            f'<meta property="og:title" content="{html.escape(name)} on {network}: {html.escape(hook)}"></head><body>\n'
            f'<header class="global-nav"><a href="/">{network}</a> <nav><a href="/feed/">Home</a> <a href="/jobs/">Jobs</a>'
            f'</nav></header>\n<main class="feed-detail"><article class="post">\n<div class="actor">'
            f'<img src="/m/a.jpg" alt="{name}"><div><a class="actor-name" href="/in/x">{name}</a> <span>· 2nd</span>'
            f'<div class="actor-headline">{headline}</div><div class="actor-meta"><time datetime="{when}">7mo</time> · '
            f'Edited</div></div><button>+ Follow</button></div>\n<div class="commentary">\n' + "\n".join(paras)
            + f'\n</div>\n<div class="social-counts"><span>312</span> · <a href="#c">{count}</a> · <span>17 reposts</span>'
            f'</div>\n</article></main>\n<footer>© 2025 {network}</footer>\n</body></html>\n')


def _hooks() -> list[dict]:
    out = []
    hook = "Thirty hours from the port to the border."
    out.append(cell("hook", "dev", "en-comments-count", "en",
                    _post("en", "Nigar Aliyeva", "Head of Operations at Caspian Rail Cargo", hook, "52 comments",
                          "2025-04-02T08:00:00+04:00"),
                    "2025-04-02", [("Nigar Aliyeva", "Head of Operations at Caspian Rail Cargo")], title=hook))
    hook = "Un contrat de quinze ans, enfin signé."
    out.append(cell("hook", "dev", "fr-commentaires", "fr",
                    _post("fr", "Julien Marchand", "Directeur commercial chez Rhône Fret", hook, "14 commentaires",
                          "2025-06-03T09:00:00+02:00"),
                    "2025-06-03", [("Julien Marchand", "Directeur commercial chez Rhône Fret")], title=hook))
    said = "Mammadov on tariffs: no increase this winter"
    trap = page("en", [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["en"]], title=said,
                header='<p class="byline">By <a href="/a/lena">Lena Bauer</a></p><p class="date">2 April 2025</p>')
    out.append(cell("hook", "dev", "trap-headline-x-on-y", "en", trap.replace(f"<h1>{TITLES['en']}</h1>", f"<h1>{said}</h1>"),
                    "2025-04-02", [("Lena Bauer", None)], title=said))
    hook = "Neue Verbindung nach Baku ab Juli."
    out.append(cell("hook", "test", "de-kommentare", "de",
                    _post("de", "Katrin Vollmer", "Leiterin Vertrieb bei Ostbahn Logistik", hook, "9 Kommentare",
                          "2025-05-12T10:00:00+02:00"),
                    "2025-05-12", [("Katrin Vollmer", "Leiterin Vertrieb bei Ostbahn Logistik")], title=hook))
    hook = "Сорок часов от порта до границы."
    out.append(cell("hook", "test", "ru-kommentariev", "ru",
                    _post("ru", "Ольга Мельникова", "Директор по логистике, Каспий Транс", hook, "31 комментарий",
                          "2025-04-14T10:00:00+04:00"),
                    "2025-04-14", [("Ольга Мельникова", "Директор по логистике, Каспий Транс")], title=hook))
    said = "Дубуа о тарифах: зимой повышения не будет"
    trap = page("ru", [f"<p><strong>{html.escape(t, quote=False)}</strong></p>" if i == 0 else f"<p>{html.escape(t, quote=False)}</p>"
                       for i, t in enumerate(BODIES["ru"])], title=said, h1=False,
                header='<p class="author">Автор: <a href="/a/olga">Ольга Мельникова</a></p><p class="date">14.04.2025</p>')
    out.append(cell("hook", "test", "trap-ru-headline-x-o-y-bold-lead", "ru", trap, "2025-04-14", [("Ольга Мельникова", None)],
                    title=said))
    return out


def _thread(lang: str, user: str, posted: str, when: str, sidebar: str = "") -> str:
    paras = "\n".join(f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES[lang])
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{TITLES[lang]} : r/CaspianFreight'
            f'</title></head><body>\n<header><a href="/">threadit</a> <a href="/login">Log In</a></header>\n'
            f'<div class="community-banner"><h2>r/CaspianFreight</h2><button>Join</button></div>\n'
            f'<main><div class="post"><div class="votes">▲ 128 ▼</div><div class="post-body">\n'
            f'<p class="tagline"><a href="/r/CaspianFreight">r/CaspianFreight</a> · {posted} '
            f'<a class="author" href="/user/{user}">u/{user}</a> · <time datetime="{when}">5 mo. ago</time></p>\n'
            f'<h1>{TITLES[lang]}</h1>\n<div class="usertext">{paras}</div>\n'
            f'<div class="actions">19 Comments · Share · Save · Report</div></div></div>\n'
            f'<div class="comments"><div class="comment"><a href="/user/ganja_rails">u/ganja_rails</a> · 4 points'
            f'<p>Good summary, thanks for writing it up.</p></div></div></main>\n'
            f'<aside class="sidebar"><h3>About Community</h3><p>Freight on the Caspian routes.</p>{sidebar}</aside>\n'
            f'</body></html>\n')


def _handles() -> list[dict]:
    out = []
    out.append(cell("handle", "dev", "en-posted-by", "en", _thread("en", "caspian_cargo_77", "Posted by", "2025-03-11T10:00:00Z"),
                    "2025-03-11", [("caspian_cargo_77", None)], title=TITLES["en"]))
    out.append(cell("handle", "dev", "ru-opublikoval", "ru", _thread("ru", "baku_port_fan", "Опубликовал", "2025-04-14T10:00:00Z"),
                    "2025-04-14", [("baku_port_fan", None)]))
    mods = '<h3>Moderators</h3><p><a href="/user/sea_mod">u/sea_mod</a> <a href="/user/rail_mod">u/rail_mod</a></p>'
    out.append(cell("handle", "dev", "trap-moderators-list-deleted", "en",
                    _thread("en", "x", "Posted by", "2025-03-11T10:00:00Z", mods).replace(
                        '<a class="author" href="/user/x">u/x</a>', "[deleted]"),
                    "2025-03-11", []))
    out.append(cell("handle", "test", "de-gepostet-von", "de", _thread("de", "Kura_Fan", "Gepostet von", "2025-05-12T10:00:00Z"),
                    "2025-05-12", [("Kura_Fan", None)]))
    out.append(cell("handle", "test", "fr-publie-par", "fr", _thread("fr", "fret.caspienne", "Publié par", "2025-06-03T10:00:00Z"),
                    "2025-06-03", [("fret.caspienne", None)]))
    mods = '<h3>Modérateurs</h3><p><a href="/user/mod_un">u/mod_un</a></p>'
    out.append(cell("handle", "test", "trap-fr-moderators-removed", "fr",
                    _thread("fr", "x", "Publié par", "2025-06-03T10:00:00Z", mods).replace(
                        '<a class="author" href="/user/x">u/x</a>', "[supprimé]"),
                    "2025-06-03", []))
    return out


def _typos() -> list[dict]:
    out = []

    def paras(lang, notice, at=3):
        ps = [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES[lang]]
        return ps[:at] + [notice] + ps[at:]

    when_ru = '<p class="date">18:42, 17 апреля 2025</p>'
    after = ('<div class="labels">Метки: <a href="/t/1">энергетика</a> <a href="/t/2">шельф</a></div>\n'
             '<p>Заметили ошибку? Выделите её и нажмите Ctrl+Enter</p>')
    out.append(cell("typo", "dev", "ru-zametili-after-tags", "ru", page("ru", paras("ru", ""), when_ru, after=after),
                    furniture=["Ctrl+Enter"]))
    notice = '<p>Found a typo? Highlight it and press Ctrl + Enter to let us know.</p>'
    out.append(cell("typo", "dev", "en-found-typo", "en", page("en", paras("en", notice, 1)), furniture=["Ctrl + Enter"]))
    prose = ("Declarants who find an error in a filed manifest can now select the line in the customs portal and "
             "press Ctrl+Enter to open a correction form, the agency said on Tuesday.")
    body = BODIES["en"][:2] + [prose] + BODIES["en"][2:]
    out.append(cell("typo", "dev", "trap-en-portal-shortcut", "en",
                    page("en", [f"<p>{html.escape(t, quote=False)}</p>" for t in body]), body=body))
    notice = '<p class="orphus">Помітили помилку? Виділіть її та натисніть Ctrl+Enter</p>'
    out.append(cell("typo", "test", "uk-in-ru-page", "ru", page("ru", paras("ru", notice, 2)), furniture=["Ctrl+Enter"]))
    after = '<div class="share">Поделиться: <a href="#">VK</a> <a href="#">Telegram</a></div>\n<p>Если вы нашли ошибку, выделите фрагмент текста и нажмите Ctrl+Enter.</p>'
    out.append(cell("typo", "test", "ru-esli-nashli-after-share", "ru", page("ru", paras("ru", ""), after=after),
                    furniture=["Ctrl+Enter"]))
    notice = '<p>Səhv tapdınız? Mətni seçin və Ctrl+Enter düymələrini basın.</p>'
    out.append(cell("typo", "test", "az-sehv", "az", page("az", paras("az", notice)), furniture=["Ctrl+Enter"]))
    notice = '<p class="hinweis">Fehler gefunden? Markieren Sie die Stelle und drücken Sie Strg+Enter.</p>'
    out.append(cell("typo", "test", "de-strg-enter", "de", page("de", paras("de", notice)), furniture=["Strg+Enter"]))
    prose = ("Редакторы портала могут выделить строку манифеста и нажать Ctrl+Enter, чтобы открыть форму "
             "исправления, сообщили в таможенном комитете во вторник.")
    body = BODIES["ru"][:1] + [prose] + BODIES["ru"][1:]
    out.append(cell("typo", "test", "trap-ru-portal-shortcut", "ru",
                    page("ru", [f"<p>{html.escape(t, quote=False)}</p>" for t in body]), body=body))
    return out


def _credits() -> list[dict]:
    out = []

    def fig(caption):
        return f'<figure><img src="/i/1.jpg" alt=""><figcaption>{caption}</figcaption></figure>'

    def para():
        return [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["en"]]

    cap = "The first train leaves the port of Alat in 2018."
    out.append(cell("credit", "dev", "en-photograph-run-on", "en",
                    page("en", para(), fig(f"{cap} Photograph: Port archive")), captions=[cap], furniture=["Port archive"]))
    cap = "Министр на церемонии открытия терминала в 2019 году."
    out.append(cell("credit", "dev", "ru-foto-run-on", "ru",
                    page("ru", [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["ru"]],
                         fig(f"{cap} Фото: Ирина Павлова")), captions=[cap], furniture=["Ирина Павлова"]))
    cap = "Visitors stop for a photo: the bridge at dusk, seen from the old customs post."
    out.append(cell("credit", "dev", "trap-photo-word-in-caption", "en", page("en", para(), fig(cap)), captions=[cap]))
    cap = "Der Hafen von Alat im Herbst 2020."
    out.append(cell("credit", "test", "de-foto-agency", "de",
                    page("de", [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["de"]],
                         fig(f"{cap} Foto: Hafenarchiv Alat")), captions=[cap], furniture=["Hafenarchiv"]))
    cap = "Le terminal de Kuryk lors de son inauguration en 2021."
    out.append(cell("credit", "test", "fr-photo-run-on", "fr",
                    page("fr", [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["fr"]],
                         fig(f"{cap} Photo : Marc Vidal")), captions=[cap], furniture=["Marc Vidal"]))
    cap = "The delegations after the signing. Source of the dispute: the river's old bed."
    out.append(cell("credit", "test", "trap-source-word-in-caption", "en", page("en", para(), fig(cap)), captions=[cap]))
    return out


def _word_list(items: list[str], mark: str = "{}.", pad: int = 5) -> list[str]:
    """A word processor's numbered paragraphs: each number in a list label's span, padded with
    no-break spaces, the paragraph hard-wrapped."""
    return [f"<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
            f"<![if !supportLists]><span><span style='mso-list:Ignore'>{mark.format(i)}<span style='font:7.0pt "
            f"\"Times New Roman\"'>{'&nbsp;' * pad}\n</span></span></span><![endif]>{wrapped(t, 9, '<o:p></o:p>')}</p>"
            for i, t in enumerate(items, 1)]


def _numbers() -> list[dict]:
    out = []
    for half, name, lang, mark, pad in (("dev", "en-word-list", "en", "{}.", 5), ("dev", "az-word-list", "az", "{}.", 3),
                                        ("test", "de-word-list", "de", "{}.", 6), ("test", "ru-word-list", "ru", "{}.", 2)):
        body = [f"{i}. {t}" for i, t in enumerate(BODIES[lang], 1)]
        out.append(cell("number", half, name, lang, page(lang, _word_list(BODIES[lang], mark, pad)), body=body))
    items = "<ol>" + "".join(f"<li>{html.escape(t, quote=False)}</li>" for t in BODIES["en"]) + "</ol>"
    out.append(cell("number", "dev", "trap-en-ordered-list", "en", page("en", [items])))
    items = "<ol>" + "".join(f"<li>{html.escape(t, quote=False)}</li>" for t in BODIES["fr"]) + "</ol>"
    out.append(cell("number", "test", "trap-fr-ordered-list", "fr", page("fr", [items])))
    return out


def _faq_page(lang: str, brand: str, team: str, helpful: str, contact: str, questions: list[str]) -> str:
    items = "\n".join(f'<div class="qa"><h3><button aria-expanded="false">{q}</button></h3><div class="answer">'
                      f'<p>{html.escape(t, quote=False)}</p><p class="rate">{helpful}</p></div></div>'
                      for q, t in zip(questions, BODIES[lang]))
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>FAQ | {brand}</title>\n'
            f'<meta name="author" content="{team}"></head><body>\n<header><a href="/" class="logo"><img src="/l.svg" '
            f'alt="logo"> {brand}</a><nav><a href="/about">About</a> <a href="/contact">Contact</a></nav></header>\n'
            f'<main><h1>{TITLES[lang]}</h1>\n<p class="note">{contact}</p>\n{items}\n'
            f'<p class="updated">{{updated}}</p></main>\n<footer><p>© 2016–2025 {brand}</p></footer>\n</body></html>\n')


def _faqs() -> list[dict]:
    out = []
    markup = _faq_page("en", "Caspian Ferry Company", "Web Team", "Was this answer helpful? <button>Yes</button> <button>No</button>",
                       "Can't find your answer? Call our helpline on +994 12 555 0100 (Monday to Friday, 9:00 to 17:00).",
                       ["Where will the talks take place?", "What about the railway?", "When is the next meeting?"])
    out.append(cell("faq", "dev", "en-web-team-helpful", "en", markup.format(updated="Page last updated: 4 March 2025"),
                    "2025-03-04", [("Caspian Ferry Company", None)], furniture=["Was this answer helpful?", "Call our helpline"]))
    markup = _faq_page("fr", "Société des Ports du Caucase", "Équipe web",
                       "Cette réponse vous a-t-elle été utile ? <button>Oui</button> <button>Non</button>",
                       "Vous ne trouvez pas votre question ? Appelez notre ligne d'information au +33 1 00 00 00 00.",
                       ["Où se tiennent les discussions ?", "Et la voie ferrée ?", "Quand aura lieu la prochaine réunion ?"])
    out.append(cell("faq", "dev", "fr-equipe-web-utile", "fr", markup.format(updated="Dernière mise à jour : 4 mars 2025"),
                    "2025-03-04", [("Société des Ports du Caucase", None)], furniture=["vous a-t-elle été utile", "Appelez notre"]))
    markup = _faq_page("de", "Kaspische Fährgesellschaft mbH", "Onlineredaktion", "War diese Seite hilfreich? Ja Nein",
                       "Schreiben Sie an info@faehre.example oder besuchen Sie unser Infozentrum in Aktau.",
                       ["Wo finden die Gespräche statt?", "Was ist mit der Bahn?", "Wann ist das nächste Treffen?"])
    out.append(cell("faq", "dev", "de-address-line", "de", markup.format(updated="Stand: 4. März 2025"),
                    "2025-03-04", [("Kaspische Fährgesellschaft mbH", None)], furniture=["Schreiben Sie an", "War diese Seite"]))
    trap = ["Was this the right decision for the region? Analysts in both capitals disagree, and the ministry has promised "
            "a review of the tariffs once the first year of operation is over."] + BODIES["en"]
    out.append(cell("faq", "dev", "trap-en-question-in-story", "en",
                    page("en", [f"<p>{html.escape(t, quote=False)}</p>" for t in trap],
                         '<p class="byline">By Samira Aliyeva</p><p class="date">4 May 2025</p>'),
                    "2025-05-04", [("Samira Aliyeva", None)], body=trap))
    markup = _faq_page("de", "Nordhafen Logistik GmbH", "Webredaktion",
                       "War diese Antwort hilfreich? <button>Ja</button> <button>Nein</button>",
                       "Ihre Frage ist nicht dabei? Rufen Sie unsere Infoline unter +49 40 000 000 an.",
                       ["Wo finden die Gespräche statt?", "Was ist mit der Bahn?", "Wann ist das nächste Treffen?"])
    out.append(cell("faq", "test", "de-webredaktion-hilfreich", "de", markup.format(updated="Zuletzt aktualisiert: 4. März 2025"),
                    "2025-03-04", [("Nordhafen Logistik GmbH", None)], furniture=["War diese Antwort hilfreich?", "Rufen Sie"]))
    markup = _faq_page("ru", "Каспийская паромная компания", "Редакция сайта",
                       "Был ли этот ответ полезен? <button>Да</button> <button>Нет</button>",
                       "Не нашли ответа? Позвоните на нашу горячую линию: +994 12 555 0100.",
                       ["Где пройдут переговоры?", "Что с железной дорогой?", "Когда следующая встреча?"])
    out.append(cell("faq", "test", "ru-redaktsiya-polezen", "ru", markup.format(updated="Обновлено: 04.03.2025"),
                    "2025-03-04", [("Каспийская паромная компания", None)], furniture=["Был ли этот ответ полезен?", "Позвоните"]))
    trap = ["Was this helpful to exporters? The ministry says yes, pointing to shorter queues at the border, while the "
            "hauliers' association says the savings have gone to the new fees."] + BODIES["en"]
    out.append(cell("faq", "test", "trap-en-helpful-in-story", "en",
                    page("en", [f"<p>{html.escape(t, quote=False)}</p>" for t in trap],
                         '<p class="byline">By Tural Nasirov</p><p class="date">9 June 2025</p>'),
                    "2025-06-09", [("Tural Nasirov", None)], body=trap))
    return out


def _noted(lang: str, ref: str, note: str, at: int = 1) -> tuple[str, list[str]]:
    """A page whose paragraph ``at`` ends with the note reference ``ref`` (markup), its note after the text."""
    paras = [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES[lang]]
    paras[at] = paras[at][:-4] + ref + "</p>"
    return page(lang, paras, after=f'<div class="notes"><hr><p id="n1">{note}</p></div>'), BODIES[lang]


def _noterefs() -> list[dict]:
    out = []
    word = ('<span class=MsoFootnoteReference><a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1" title="">'
            '<span class=MsoFootnoteReference><span style="mso-special-character:footnote"><![if !supportFootnotes]>[1]'
            '<![endif]></span></span></a></span>')
    markup, body = _noted("en", word, "[1] The commission's minutes of 4 March 2025.")
    out.append(cell("noteref", "dev", "en-word-footnote", "en", markup, body=body))
    markup, body = _noted("ru", '<a href="#fn2" class="footnote-ref" id="fnref2">[2]</a>', "2. Протокол заседания.", 0)
    out.append(cell("noteref", "dev", "ru-bracket-link", "ru", markup, body=body))
    text = "The text of the agreement is in the annex to this page."
    markup = page("en", [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["en"]]
                  + [f'<p>The text of the agreement is in the <a href="#annex">[Annex 1]</a> to this page.</p>'])
    out.append(cell("noteref", "dev", "trap-en-annex-anchor", "en", markup,
                    body=BODIES["en"] + ["The text of the agreement is in the [Annex 1] to this page."]))
    markup, body = _noted("fr", word.replace("ftn1", "ftn2").replace("[1]", "[2]"), "[2] Compte rendu de la commission.", 2)
    out.append(cell("noteref", "test", "fr-word-footnote", "fr", markup, body=body))
    markup, body = _noted("de", '<a href="#cite_note-3">[3]</a>', "3. Protokoll der Sitzung.")
    out.append(cell("noteref", "test", "de-cite-note", "de", markup, body=body))
    markup = page("es", [f"<p>{html.escape(t, quote=False)}</p>" for t in BODIES["es"]]
                  + ['<p>El calendario completo figura en la <a href="#tabla-2">tabla 2</a> de este informe.</p>'])
    out.append(cell("noteref", "test", "trap-es-table-anchor", "es", markup,
                    body=BODIES["es"] + ["El calendario completo figura en la tabla 2 de este informe."]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _wraps() + _memos() + _hooks() + _handles() + _typos() + _credits() + _numbers() + _faqs() + _noterefs()
    return [c for c in found if half is None or c["half"] == half]


def _stated(c: dict) -> dict:
    """The checks tests/sweep_d16html.py does not make: the title, lines standing as passages."""
    meta, body, apart = sweep_d16html.read_as_ingest(f"{c['id'].replace('/', '_')}.html", c["html"])
    return {"title": c["title"] is ... or meta.title == c["title"], "got title": meta.title,
            "lines lost": [ln for ln in c["lines"] if ln not in body and ln not in apart]}


def figures(half: str, verbose: bool = False, found: list[dict] | None = None) -> dict:
    """A half's figures (of ``found``, another sweep's cells, when given)."""
    found = cells(half) if found is None else found
    out = sweep_d16html.figures(half, True, found=found)
    stated = [_stated(c) for c in found]
    out["titles"] = sum(s["title"] for s in stated)
    out["lines lost"] = sum(len(s["lines lost"]) for s in stated)
    whole = 0
    misses = out.pop("misses")
    for c, s in zip(found, stated):
        if not (s["title"] and not s["lines lost"]):
            whole -= c["id"] not in misses
            misses.setdefault(c["id"], {}).update({k: v for k, v in s.items() if k == "got title" or v})
    out["whole"] += whole
    if verbose:
        out["misses"] = misses
    return out


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
