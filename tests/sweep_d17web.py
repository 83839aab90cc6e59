"""A sweep over the kinds documents17's web pages showed the reader missing (issue 24), taken up as
development material: an author card standing in a sidebar before the article while the page's meta
author names the institution, a row of labelled credits naming the reporter beside an editor who is
no author ("Muhabir: A", "Editör: B"), an interview's credit at its foot naming who led it ("Das
Gespräch führte A."), and a state body's full official name in the page's header where the title's
suffix gives it short; and, a second batch written after the first was tuned, an episode's line over the
headline giving its number, its date and its length ("Episode 31 · 24 September 2025 · 38 min"); a third
batch: a podcast's labelled lines naming its host and guests ("Host: A", "Guests: B (post) and C (post)"),
its participants.

Each kind's cells are written in two halves before anything is measured: a development half (the
tuning's) and a test half of other wordings, languages and look-alike traps, measured once at the end.
A cell is read and scored as in tests/sweep_d16html.py.

``python -m tests.sweep_d17web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d16html
from tests.sweep_d16html import BODIES, TITLES

BODIES = dict(BODIES)
TITLES = dict(TITLES)
BODIES["tr"] = ["Sınır hattında doğalgaz taşıyacak boru hattının kaynak çalışmaları tamamlandı ve basınç testlerine "
                "önümüzdeki hafta başlanması planlanıyor, bakanlıktan yapılan açıklamaya göre.",
                "Hattın tamamlanmasıyla birlikte bölgedeki santrallerin ve konutların yakıt ihtiyacının önemli bir "
                "bölümü yeni güzergah üzerinden karşılanacak, yetkililer kış öncesi devreye alınmasını bekliyor.",
                "Projenin ikinci aşamasında kompresör istasyonunun kapasitesinin artırılması ve yedek bir vana "
                "istasyonunun inşa edilmesi öngörülüyor, ihale sürecinin yıl sonunda başlaması bekleniyor."]
TITLES["tr"] = "Sınır boru hattında kaynak çalışmaları tamamlandı"
BODIES["az"] = ["Dövlət qurumunun rəhbəri mayın 5-də dəmir yolu xəttinin tikintisi ilə yerində tanış olub və işlərin "
                "gedişatı barədə ona ətraflı məlumat verilib, relslərin döşənməsi davam edir.",
                "Xətt üzərində iyirmidən çox körpü və tunel inşa edilir, ən böyük mühəndis qurğusu çay üzərindəki "
                "dörd yüz metrlik dəmir yolu körpüsüdür və onun dayaqlarının tikintisi başa çatıb.",
                "Görüş zamanı podratçı təşkilatların nümayəndələrinə tapşırıqlar verilib, işlərin keyfiyyətlə və "
                "vaxtında başa çatdırılmasının vacibliyi xüsusi olaraq vurğulanıb."]
TITLES["az"] = "Dəmir yolu xəttində relslərin döşənməsi davam edir"


def cell(kind, half, name, lang, markup, date=..., authors=..., captions=(), furniture=(), participants=...):
    return sweep_d16html.cell(kind, half, name, lang, markup, date, authors, captions, furniture, body=BODIES[lang],
                              participants=participants)


def page(lang: str, header: str = "", after: str = "", footer: str = "", head: str = "", pre: str = "",
         brand: str = "", suffix: str = "", body: list[str] | None = None, over: str = "") -> str:
    """A saved page: ``pre`` stands in the page's order before the article (a sidebar), ``brand`` in
    the site's header; the header's lines under the h1, the body, what follows the text."""
    paras = BODIES[lang] if body is None else body
    ps = [f"<p>{html.escape(p, quote=False)}</p>" for p in paras]
    title = TITLES[lang] + (f" | {suffix}" if suffix else "")
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>\n'
            f'{head}</head><body>\n<header class="site">{brand}<nav><a href="/">Home</a> <a href="/news">News</a> '
            f'<a href="/about">About</a></nav></header>\n<div class="page">\n{pre}\n'
            f'<main><article>\n{over}<h1>{TITLES[lang]}</h1>\n{header}\n<div class="article-body">\n'
            + "\n".join(ps) + f"\n</div>\n{after}\n</article></main>\n</div>\n<footer>{footer}</footer>\n</body></html>\n")


def _card(label: str, name: str, role: str, alt: str, links: str) -> str:
    slug = name.lower().replace(" ", "-")
    return (f'<aside class="sidebar"><div class="author-card"><p class="label">{label}</p>'
            f'<img src="/p/{slug}.jpg" alt="{alt}"><p class="name"><a href="/experts/{slug}">{name}</a></p>'
            f'<p class="role">{role}</p><p class="links">{links}</p></div>'
            f'<div class="download"><a href="/files/{slug}.pdf">Download PDF (180 KB)</a></div></aside>')


def _cards() -> list[dict]:
    out = []
    meta = '<meta name="author" content="Caspian Policy Institute">\n'
    when = '<p class="meta"><time datetime="2025-04-09">9 April 2025</time> · 6 minute read</p>'
    pre = _card("Author", "Dr Mirela Dragan", "Senior Fellow, Energy Security Programme", "Portrait of Dr Mirela Dragan",
                '<a href="#">Full profile</a> · <a href="#">All publications</a>')
    out.append(cell("card", "dev", "en-dr-left", "en", page("en", when, head=meta, pre=pre, suffix="Caspian Policy Institute"),
                    "2025-04-09", [("Mirela Dragan", "Senior Fellow, Energy Security Programme")],
                    furniture=["Full profile", "Download PDF"]))
    meta_es = '<meta name="author" content="Instituto de Estudios Euroasiáticos">\n'
    pre = _card("Autora", "Lucía Herrero", "Investigadora principal, Programa Cáucaso", "Lucía Herrero",
                '<a href="#">Ver perfil</a>')
    out.append(cell("card", "dev", "es-autora", "es",
                    page("es", '<p><time datetime="2025-03-02">2 de marzo de 2025</time></p>', head=meta_es, pre=pre),
                    "2025-03-02", [("Lucía Herrero", "Investigadora principal, Programa Cáucaso")], furniture=["Ver perfil"]))
    pre = ('<aside class="sidebar"><p class="label">Related experts</p><p><a href="/e/a">Tomas Varga</a></p>'
           '<p>Research Fellow, Europe Programme</p><p><a href="/e/b">Ana Ribeiro</a></p><p>Associate Fellow</p></aside>')
    out.append(cell("card", "dev", "trap-related-experts-byline", "en",
                    page("en", '<p class="byline">By Samir Guliyev</p>' + when, head=meta, pre=pre),
                    "2025-04-09", [("Samir Guliyev", None)]))
    meta_de = '<meta name="author" content="Stiftung Ostpolitik">\n'
    pre = _card("Autorin", "Dr. Katrin Vollmer", "Wissenschaftliche Mitarbeiterin, Forschungsgruppe Osteuropa",
                "Dr. Katrin Vollmer", '<a href="#">Profil</a>')
    out.append(cell("card", "test", "de-autorin", "de",
                    page("de", '<p><time datetime="2025-05-12">12. Mai 2025</time></p>', head=meta_de, pre=pre),
                    "2025-05-12", [("Katrin Vollmer", "Wissenschaftliche Mitarbeiterin, Forschungsgruppe Osteuropa")]))
    meta_fr = '<meta name="author" content="Observatoire du Caucase">\n'
    pre = _card("Auteur", "Julien Marchand", "Chercheur associé, programme Russie-Caucase", "Photo de Julien Marchand",
                '<a href="#">Voir la fiche</a>')
    out.append(cell("card", "test", "fr-auteur", "fr",
                    page("fr", '<p><time datetime="2025-06-03">3 juin 2025</time></p>', head=meta_fr, pre=pre),
                    "2025-06-03", [("Julien Marchand", "Chercheur associé, programme Russie-Caucase")]))
    pre = ('<aside class="sidebar"><p class="label">Media contact</p><p><a href="/e/c">Laura Fenwick</a></p>'
           '<p>Head of Communications</p></aside>')
    out.append(cell("card", "test", "trap-media-contact-byline", "en",
                    page("en", '<p class="byline">By Elnur Aghayev</p>' + when, head=meta, pre=pre),
                    "2025-04-09", [("Elnur Aghayev", None)]))
    return out


def _roles() -> list[dict]:
    out = []
    tr_when = '<span class="tarih">Yayınlanma: 12.06.2025 14:35</span> <span>Güncelleme: 13.06.2025 09:10</span>'
    row = (f'<div class="kunye"><span>Muhabir: <a href="/muhabir/deniz-ozturk">Deniz Öztürk</a></span> '
           f'<span>Editör: Kemal Arslan</span> {tr_when}</div>')
    out.append(cell("roles", "dev", "tr-muhabir-editor", "tr", page("tr", row), "2025-06-12", [("Deniz Öztürk", None)],
                    furniture=["Editör:"]))
    row = ('<p class="credits">Reporter: <a href="/staff/l-bauer">Lena Bauer</a> | Editor: Paul Whitcombe | '
           '<time datetime="2025-02-11">11 February 2025</time></p>')
    out.append(cell("roles", "dev", "en-reporter-editor", "en", page("en", row), "2025-02-11", [("Lena Bauer", None)]))
    row = '<div class="kunye"><span>Editör: Kemal Arslan</span> <span class="tarih">Yayınlanma: 12.06.2025 14:35</span></div>'
    out.append(cell("roles", "dev", "trap-tr-editor-only", "tr", page("tr", row), "2025-06-12", []))
    row = ('<div class="meta"><span>Müxbir: <a href="/m/1">Aytən Məmmədova</a></span> <span>Redaktor: Elçin Həsənov</span> '
           '<span>05.05.2025, 15:40</span></div>')
    out.append(cell("roles", "test", "az-muxbir-redaktor", "az", page("az", row), "2025-05-05", [("Aytən Məmmədova", None)]))
    row = ('<div class="meta"><span>Editör: Selin Kaya</span> <span>Haber: <a href="/y/2">Burak Demir</a></span> '
           '<span>Yayınlanma: 03.04.2025 10:05</span></div>')
    out.append(cell("roles", "test", "tr-editor-first-haber", "tr", page("tr", row), "2025-04-03", [("Burak Demir", None)]))
    row = '<p class="credits">Edited by Paul Whitcombe · <time datetime="2025-02-11">11 February 2025</time></p>'
    out.append(cell("roles", "test", "trap-en-edited-by", "en", page("en", row), "2025-02-11", []))
    return out


def _interviewers() -> list[dict]:
    out = []
    when_de = '<p class="datum">15. Juli 2025, 08:00 Uhr</p>'
    meta_de = '<meta name="author" content="Weitblick Redaktion">\n'
    person = '<aside class="person"><h3>Zur Person</h3><p>Leyla Aliyeva, 52, leitet ein Institut für Verkehrsforschung in Baku.</p></aside>'
    out.append(cell("interviewer", "dev", "de-gespraech-fuehrte", "de",
                    page("de", when_de, head=meta_de, after=person + '<p class="credit"><em>Das Gespräch führte Frank Albers.</em></p>'),
                    "2025-07-15", [("Frank Albers", None)], furniture=["Das Gespräch führte"]))
    when = '<p><time datetime="2025-03-20">20 March 2025</time></p>'
    meta = '<meta name="author" content="Corridor Weekly staff">\n'
    out.append(cell("interviewer", "dev", "en-conducted-by", "en",
                    page("en", when, head=meta, after='<p><em>This interview was conducted by Ruth Okafor.</em></p>'),
                    "2025-03-20", [("Ruth Okafor", None)], furniture=["conducted by"]))
    out.append(cell("interviewer", "dev", "trap-de-schriftlich", "de",
                    page("de", when_de, after='<p class="credit"><em>Das Gespräch wurde schriftlich geführt.</em></p>'),
                    "2025-07-15", []))
    out.append(cell("interviewer", "test", "de-interview-colon", "de",
                    page("de", when_de, head=meta_de, after=person + '<p class="credit"><em>Interview: Sabine Kröger</em></p>'),
                    "2025-07-15", [("Sabine Kröger", None)]))
    when_fr = '<p><time datetime="2025-06-03">3 juin 2025</time></p>'
    out.append(cell("interviewer", "test", "fr-propos-recueillis", "fr",
                    page("fr", when_fr, after='<p class="credit"><em>Propos recueillis par Camille Renaud.</em></p>'),
                    "2025-06-03", [("Camille Renaud", None)]))
    out.append(cell("interviewer", "test", "trap-en-edited-length", "en",
                    page("en", when, head=meta, after='<p><em>The interview was edited for length and clarity.</em></p>'),
                    "2025-03-20", []))
    return out


def _bodies() -> list[dict]:
    out = []
    when = '<div class="news-meta"><span class="date">05 may 2025, 15:40</span> <span>Baxış sayı: 2 417</span></div>'
    full = "Azərbaycan Respublikasının Dəniz Nəqliyyatı Dövlət Agentliyi"
    brand = f'<img src="/gerb.svg" alt="Azərbaycan Respublikasının Dövlət Gerbi"><div class="org-name">{full}</div>'
    out.append(cell("body", "dev", "az-agentlik-header", "az",
                    page("az", when, brand=brand, suffix="Dəniz Nəqliyyatı Dövlət Agentliyi"), "2025-05-05", [(full, None)]))
    full = "Ministry of Digital Development and Transport of the Republic of Azerbaijan"
    brand = f'<img src="/emblem.svg" alt="State emblem"><div class="site-name">{full}</div>'
    out.append(cell("body", "dev", "en-ministry-header", "en",
                    page("en", '<p class="date">9 September 2025</p>', brand=brand,
                         suffix="Ministry of Digital Development and Transport"), "2025-09-09", [(full, None)]))
    brand = '<div class="site-name">Baku Transit News</div>'
    out.append(cell("body", "dev", "trap-outlet-header-byline", "en",
                    page("en", '<p class="byline">By Kamala Huseynli</p><p class="date">9 September 2025</p>', brand=brand,
                         suffix="Baku Transit News"), "2025-09-09", [("Kamala Huseynli", None)]))
    full = "Azərbaycan Respublikasının Sənaye və İnvestisiya Dövlət Komitəsi"
    brand = f'<img src="/gerb.svg" alt="Dövlət Gerbi"><span class="org-title">{full}</span>'
    out.append(cell("body", "test", "az-komite-span", "az",
                    page("az", when, brand=brand, suffix="Sənaye və İnvestisiya Dövlət Komitəsi"), "2025-05-05", [(full, None)]))
    full = "Государственное агентство морского транспорта Азербайджанской Республики"
    brand = f'<div class="org-name">{full}</div>'
    out.append(cell("body", "test", "ru-agentstvo", "ru",
                    page("ru", '<p class="date">14.04.2025</p>', brand=brand, suffix="Государственное агентство морского транспорта"),
                    "2025-04-14", [(full, None)]))
    brand = '<div class="site-name">Caucasus Freight Review</div>'
    out.append(cell("body", "test", "trap-review-header-author", "en",
                    page("en", '<p class="author">Text: Rufat Mammadov</p><p class="date">9 September 2025</p>', brand=brand,
                         suffix="Caucasus Freight Review"), "2025-09-09", [("Rufat Mammadov", None)]))
    return out


def _episodes() -> list[dict]:
    out = []
    nxt = '<p class="next">Next episode, 8 October: the railway at eight years old.</p>'
    out.append(cell("episode", "dev", "en-dots", "en",
                    page("en", "", over='<p class="episode-number">Episode 31 · 24 September 2025 · 38 min</p>', after=nxt),
                    "2025-09-24", []))
    out.append(cell("episode", "dev", "de-folge-bars", "de",
                    page("de", "", over='<p class="meta">Folge 12 | 3. März 2025 | 45 Min.</p>'), "2025-03-03", []))
    out.append(cell("episode", "dev", "trap-length-only", "en",
                    page("en", "", over='<p class="episode-number">Episode 31 · 38 min</p>', after=nxt), None, []))
    out.append(cell("episode", "test", "fr-tirets", "fr",
                    page("fr", "", over='<p class="episode">Épisode 7 – 12 mai 2025 – 41 min</p>'), "2025-05-12", []))
    out.append(cell("episode", "test", "en-ep-bars", "en",
                    page("en", "", over='<div class="ep-meta">Ep. 104 | Mar 3, 2025 | 52:10</div>'), "2025-03-03", []))
    out.append(cell("episode", "test", "trap-season-no-date", "es",
                    page("es", "", over='<p class="episode-number">Temporada 2, episodio 4 · 1 h 05 min</p>'), None, []))
    return out


def _hosts() -> list[dict]:
    out = []
    when = '<p class="date"><time datetime="2025-09-24">24 September 2025</time></p>'
    line = ('<ul class="people"><li>Host: Leyla Karimova</li><li>Guests: Arman Seitov (port planner, Kuryk terminal) '
            'and Nino Beridze (customs broker, Poti)</li></ul>')
    out.append(cell("hosts", "dev", "en-host-guests-list", "en", page("en", when + line), "2025-09-24", [],
                    furniture=["Host: Leyla Karimova", "Guests: Arman Seitov"],
                    participants=["Leyla Karimova", "Arman Seitov", "Nino Beridze"]))
    line = '<ul><li>Moderation: Jana Keller</li><li>Gast: Elvin Mammadov (Energieökonom, Baku)</li></ul>'
    out.append(cell("hosts", "dev", "de-moderation-gast", "de",
                    page("de", '<p class="datum">15. Juli 2025</p>' + line), "2025-07-15", [],
                    furniture=["Moderation: Jana Keller"], participants=["Jana Keller", "Elvin Mammadov"]))
    line = '<p>Host a watch party: invite friends and listen together.</p>'
    out.append(cell("hosts", "dev", "trap-host-verb", "en", page("en", when + line), "2025-09-24", [], participants=[]))
    line = '<ul><li>Presenter: Tom Ashby</li><li>Guest: Rauf Hasanov (analyst, Baku)</li></ul>'
    out.append(cell("hosts", "test", "en-presenter-guest", "en", page("en", when + line), "2025-09-24", [],
                    furniture=["Presenter: Tom Ashby", "Guest: Rauf Hasanov"], participants=["Tom Ashby", "Rauf Hasanov"]))
    line = '<ul><li>Animation : Claire Dubois</li><li>Invités : Orxan Əliyev (économiste) et Sofia Russo (chercheuse)</li></ul>'
    out.append(cell("hosts", "test", "fr-animation-invites", "fr",
                    page("fr", '<p><time datetime="2025-06-03">3 juin 2025</time></p>' + line), "2025-06-03", [],
                    furniture=["Animation : Claire Dubois"], participants=["Claire Dubois", "Orxan Əliyev", "Sofia Russo"]))
    line = '<p>Guests: please check in at the front desk before the recording starts.</p>'
    out.append(cell("hosts", "test", "trap-guests-notice", "en", page("en", when + line), "2025-09-24", [], participants=[]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _cards() + _roles() + _interviewers() + _bodies() + _episodes() + _hosts()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d16html.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
