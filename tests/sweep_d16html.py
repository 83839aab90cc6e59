"""A sweep over the kinds documents16's web pages showed the reader missing (issue 24): who reported a
live page ("Reporting live: A in P and B in Q"), a press service signing a release at its foot, an
update beside a publication date stated without a word for it, a biography naming its institution in
the genitive ("investigadora principal del Instituto …"), a wiki's last-edit line as the page's only
date, a wiki's contents box and its notes list with back-links ("↑ …"), and a figure's caption and
its credit in one <figcaption>.

Each kind's cells are written in two halves before anything is measured: a development half (the
tuning's) and a test half of other wordings, languages and look-alike traps, measured once at the end.
A cell is a small saved page; what it states is compared with what the reader makes of it, read as
ingest reads it: the date, the authors with their affiliations, each body paragraph word for word, no
furniture line in a body passage, each caption kept whole apart from the body.

``python -m tests.sweep_d16html dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import html
import json
import sys
import tempfile
from pathlib import Path

BODIES = {
    "en": ["Negotiators from the two commissions spent the morning on the section of the border near the river, "
           "where maps drawn in the 1970s disagree with the line the villages have used for decades.",
           "Officials said the afternoon session would turn to the railway, which crosses the disputed ground "
           "twice within a few kilometres and is meant to carry freight to the Black Sea ports again.",
           "Neither side expects a final text this week, but both delegations described the atmosphere as "
           "businesslike and agreed to meet again before the end of the month in the other capital."],
    "fr": ["Les deux délégations ont consacré la matinée au tronçon frontalier situé près de la rivière, où les "
           "cartes établies dans les années 1970 ne correspondent plus aux limites utilisées par les villages.",
           "La séance de l'après-midi devait porter sur la voie ferrée, qui traverse deux fois la zone contestée "
           "et doit de nouveau acheminer du fret vers les ports de la mer Noire.",
           "Aucune des parties n'attend de texte final cette semaine, mais les deux délégations ont décrit une "
           "atmosphère de travail sérieuse et prévoient de se retrouver avant la fin du mois."],
    "es": ["El corredor meridional lleva hoy a la Unión Europea algo más de doce mil millones de metros cúbicos "
           "de gas al año, una cifra modesta frente al consumo europeo pero decisiva para varios países del sur.",
           "Duplicar las entregas exige nuevos yacimientos, y los nuevos yacimientos exigen contratos largos que "
           "los compradores europeos no quieren firmar mientras Bruselas anuncia que el consumo debe caer.",
           "La relación con Bakú debe basarse en compromisos que ambas partes puedan cumplir, con contratos de "
           "diez a quince años y transparencia sobre el origen del gas que llega por el corredor."],
    "ru": ["Министерство энергетики и государственная компания соседней страны подписали сегодня в Баку "
           "меморандум о совместной геологической разведке месторождения на шельфе Каспийского моря.",
           "Документ предусматривает создание рабочей группы, которая в течение шести месяцев подготовит "
           "программу сейсмических исследований и оценит запасы месторождения.",
           "Следующее заседание рабочей группы планируется провести в июне, после чего стороны рассмотрят "
           "возможности транспортировки углеводородов через существующую инфраструктуру."],
    "de": ["Die beiden Kommissionen verhandelten am Vormittag über den Grenzabschnitt am Fluss, wo Karten aus den "
           "siebziger Jahren nicht mit der Linie übereinstimmen, die die Dörfer seit Jahrzehnten nutzen.",
           "Am Nachmittag sollte es um die Bahnstrecke gehen, die das umstrittene Gebiet zweimal quert und wieder "
           "Güter zu den Häfen am Schwarzen Meer bringen soll.",
           "Keine Seite erwartet in dieser Woche einen fertigen Text, doch beide Delegationen sprachen von "
           "sachlichen Gesprächen und wollen sich vor Monatsende erneut treffen."],
}
TITLES = {"en": "Border commissions meet again on the river section and the railway",
          "fr": "Les commissions frontalières se retrouvent sur le tronçon de la rivière",
          "es": "Europa necesita el gas del Caspio, pero con contratos que pueda cumplir",
          "ru": "Азербайджан подписал меморандум о совместной разведке на шельфе",
          "de": "Grenzkommissionen verhandeln erneut über Flussabschnitt und Bahnstrecke"}


def page(lang: str, header: str = "", after: str = "", footer: str = "", head: str = "", before: str = "",
         between: str = "", body: list[str] | None = None) -> str:
    """A saved page: the header's lines under the h1, the body's paragraphs (``between`` after the
    first), what follows the text in the article and the page's footer."""
    paras = BODIES[lang] if body is None else body
    ps = [f"<p>{html.escape(p, quote=False)}</p>" for p in paras]
    if between:
        ps.insert(1, between)
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{TITLES[lang]}</title>\n'
            f'{head}</head><body>\n<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>\n'
            f'<main><article>\n<h1>{TITLES[lang]}</h1>\n{header}\n{before}<div class="article-body">\n'
            + "\n".join(ps) + f"\n</div>\n{after}\n</article></main>\n<footer>{footer}</footer>\n</body></html>\n")


def cell(kind, half, name, lang, markup, date=..., authors=..., captions=(), furniture=(), body=None, participants=...):
    return {"kind": kind, "half": half, "id": f"{kind}/{name}", "lang": lang, "html": markup, "date": date,
            "authors": authors, "captions": list(captions), "furniture": list(furniture),
            "paragraphs": BODIES[lang] if body is None else body, "participants": participants}


def _a(name: str) -> str:
    return f'<a href="/team/{name.lower().replace(" ", "-")}">{name}</a>'


def _reporters() -> list[dict]:
    out = []
    when = '<p><time datetime="2025-09-09T10:00:00+04:00">9 September 2025, 10:00 GMT+4</time></p>'
    line = f'<p class="reporters">Reporting live: {_a("Nigar Sultanli")} in Gazakh and {_a("Tigran Avetisyan")} in Ijevan</p>'
    out.append(cell("reporters", "dev", "linked-two-places", "en", page("en", line + when, footer="© 2025 Border Desk"),
                    "2025-09-09", [("Nigar Sultanli", None), ("Tigran Avetisyan", None)], furniture=["Reporting live"]))
    line = '<p>Reporting from Tbilisi: Davit Beridze and Rena Alakbarova</p>'
    out.append(cell("reporters", "dev", "plain-one-place", "en", page("en", line + when),
                    "2025-09-09", [("Davit Beridze", None), ("Rena Alakbarova", None)], furniture=["Reporting from"]))
    line = '<p class="reporters">Reporting live from Baku and Yerevan</p>'
    out.append(cell("reporters", "dev", "trap-places-only", "en", page("en", line + when), "2025-09-09", [],
                    furniture=["Reporting live from"]))
    line = f'<div class="live-meta">Reporters: {_a("Orkhan Veliyev")} in Baku, {_a("Mariam Gelashvili")} in Batumi and {_a("Ani Sargsyan")} in Gyumri</div>'
    out.append(cell("reporters", "test", "three-reporters", "en", page("en", line + when), "2025-09-09",
                    [("Orkhan Veliyev", None), ("Mariam Gelashvili", None), ("Ani Sargsyan", None)]))
    line = f'<p>Live from Shusha: {_a("Kamran Hasanli")}</p>'
    out.append(cell("reporters", "test", "live-from-one", "en", page("en", line + when), "2025-09-09",
                    [("Kamran Hasanli", None)]))
    line = f'<p class="reporters">En direct : {_a("Claire Morvan")} à Gazakh et {_a("Hugo Lemaire")} à Ijevan</p>'
    when_fr = '<p><time datetime="2025-09-09T10:00:00+04:00">9 septembre 2025, 10 h 00</time></p>'
    out.append(cell("reporters", "test", "fr-en-direct", "fr", page("fr", line + when_fr), "2025-09-09",
                    [("Claire Morvan", None), ("Hugo Lemaire", None)]))
    line = '<p class="reporters">Reporting live: our correspondents in Baku and Tbilisi</p>'
    out.append(cell("reporters", "test", "trap-correspondents", "en", page("en", line + when), "2025-09-09", []))
    return out


def _press() -> list[dict]:
    out = []
    head_ru = '<meta property="og:site_name" content="Министерство энергетики Азербайджанской Республики">\n'
    when_ru = '<p class="date">14.04.2025 | 17:05</p>'
    sign = "Пресс-служба Министерства энергетики Азербайджанской Республики"
    out.append(cell("press", "dev", "ru-bold-foot", "ru",
                    page("ru", when_ru, head=head_ru, after=f'<p class="signature"><strong>{sign}</strong></p>'),
                    "2025-04-14", [(sign, None)], furniture=[sign]))
    head_de = '<meta property="og:site_name" content="Bundesministerium für Verkehr">\n'
    sign = "Pressestelle des Bundesministeriums für Verkehr"
    out.append(cell("press", "dev", "de-pressestelle", "de",
                    page("de", '<p class="date">12.03.2025</p>', head=head_de,
                         body=BODIES["de"] + [sign]),
                    "2025-03-12", [(sign, None)], furniture=[sign]))
    trap = "Пресс-служба министерства сообщила, что работа над программой продолжится в июне."
    out.append(cell("press", "dev", "trap-ru-sentence", "ru",
                    page("ru", when_ru, head=head_ru, body=BODIES["ru"] + [trap]),
                    "2025-04-14", [("Министерство энергетики Азербайджанской Республики", None)],
                    body=BODIES["ru"] + [trap]))
    head_fr = '<meta property="og:site_name" content="Ministère de l\'Énergie">\n'
    sign = "Service de presse du ministère de l'Énergie"
    out.append(cell("press", "test", "fr-service-de-presse", "fr",
                    page("fr", '<p class="date">03/02/2025</p>', head=head_fr,
                         after=f"<p><b>{html.escape(sign)}</b></p>"), "2025-02-03", [(sign, None)], furniture=[sign]))
    head_es = '<meta property="og:site_name" content="Ministerio de Energía">\n'
    sign = "Oficina de Prensa del Ministerio de Energía"
    out.append(cell("press", "test", "es-oficina", "es",
                    page("es", '<p class="date">03/06/2025</p>', head=head_es,
                         after=f"<p><strong>{sign}</strong></p>"), "2025-06-03", [(sign, None)], furniture=[sign]))
    sign = "Energetika Nazirliyinin mətbuat xidməti"
    out.append(cell("press", "test", "az-name-first", "ru",
                    page("ru", when_ru, head=head_ru, after=f"<p><strong>{sign}</strong></p>"), "2025-04-14",
                    [(sign, None)], furniture=[sign]))
    trap = "Контакты для прессы: +994 12 000 00 00"
    out.append(cell("press", "test", "trap-contacts", "ru",
                    page("ru", when_ru, head=head_ru, after=f"<p><strong>{trap}</strong></p>"), "2025-04-14",
                    [("Министерство энергетики Азербайджанской Республики", None)]))
    return out


def _updates() -> list[dict]:
    out = []
    by = '<div class="author-line"><span class="author"><a href="/autores/x">Lucía Navarro Gil</a></span></div>'
    line = ('<div class="date-line">Madrid - <time datetime="2025-06-03T06:00:00+02:00">03 jun 2025 - 06:00 CEST</time> '
            '<span class="updated">Actualizado: 04 jun 2025 - 10:15 CEST</span></div>')
    out.append(cell("update", "dev", "es-time-actualizado", "es", page("es", by + line), "2025-06-03",
                    [("Lucía Navarro Gil", None)], furniture=["Actualizado"]))
    by = '<p class="byline">Par <a href="/auteurs/y">Julien Castel</a></p>'
    line = '<p class="dates">Bakou, le 3 juin 2025 à 08:10 · Mis à jour le 5 juin 2025 à 19:02</p>'
    out.append(cell("update", "dev", "fr-mis-a-jour", "fr", page("fr", by + line), "2025-06-03",
                    [("Julien Castel", None)], furniture=["Mis à jour"]))
    by = '<div class="author-line"><span class="author">Lucía Navarro Gil</span></div>'
    line = '<div class="date-line"><span class="updated">Actualizado: 04 jun 2025 - 10:15 CEST</span></div>'
    out.append(cell("update", "dev", "trap-update-only", "es", page("es", by + line), "2025-06-04",
                    [("Lucía Navarro Gil", None)]))
    by = '<p class="byline">Von <a href="/autoren/z">Jonas Reuter</a></p>'
    line = ('<p class="dates"><time datetime="2025-03-12T14:32:00+01:00">12. März 2025, 14:32 Uhr</time> · '
            'Aktualisiert: 13. März 2025, 09:00 Uhr</p>')
    out.append(cell("update", "test", "de-aktualisiert", "de", page("de", by + line), "2025-03-12",
                    [("Jonas Reuter", None)]))
    line = '<p class="dates">14 апреля 2025, 17:05 (обновлено 15 апреля 2025, 10:00)</p>'
    out.append(cell("update", "test", "ru-obnovleno", "ru", page("ru", '<p class="author">Автор: Ильгар Мамедов</p>' + line),
                    "2025-04-14", [("Ильгар Мамедов", None)]))
    line = '<p class="dates"><time datetime="2025-05-14T09:12:00+04:00">May 14, 2025</time> · Updated May 15, 2025</p>'
    out.append(cell("update", "test", "en-no-published-word", "en",
                    page("en", f'<p class="byline">By {_a("Sevda Aliyeva")}</p>' + line), "2025-05-14",
                    [("Sevda Aliyeva", None)]))
    out.append(cell("update", "test", "trap-update-only-en", "en",
                    page("en", f'<p class="byline">By {_a("Sevda Aliyeva")}</p>'
                         '<p class="dates">Last updated 4 June 2025</p>'), "2025-06-04", [("Sevda Aliyeva", None)]))
    return out


def _bios() -> list[dict]:
    out = []
    by = '<div class="author-line"><span class="author"><a href="/autores/x">Elena Ruiz Soler</a></span></div>'
    when = '<div class="date-line">Madrid - <time datetime="2025-06-03T06:00:00+02:00">03 jun 2025</time></div>'
    bio = ("Elena Ruiz Soler es investigadora principal del Instituto Ibérico de Estudios Caucásicos y autora de "
           "«Gas y fronteras» (2022).")
    out.append(cell("bio", "dev", "es-del-instituto", "es",
                    page("es", by + when, after=f'<footer class="author-bio"><p><em>{bio}</em></p></footer>'),
                    "2025-06-03", [("Elena Ruiz Soler", "Instituto Ibérico de Estudios Caucásicos")], furniture=[bio]))
    by = f'<p class="byline">By {_a("Tural Ismayilov")}</p><p><time datetime="2025-05-02">2 May 2025</time></p>'
    bio = "Tural Ismayilov is a senior fellow of the Caspian Policy Institute."
    out.append(cell("bio", "dev", "en-of-the", "en", page("en", by, after=f'<div class="bio"><p><i>{bio}</i></p></div>'),
                    "2025-05-02", [("Tural Ismayilov", "Caspian Policy Institute")], furniture=[bio]))
    bio = "Elena Ruiz Soler es investigadora principal de Bakú y vive en Madrid desde 2015."
    out.append(cell("bio", "dev", "trap-es-place", "es",
                    page("es", '<div class="author-line"><span class="author"><a href="/autores/x">Elena Ruiz Soler</a>'
                         '</span></div>' + when, after=f'<footer class="author-bio"><p><em>{bio}</em></p></footer>'),
                    "2025-06-03", [("Elena Ruiz Soler", None)]))
    by = '<p class="byline">Par <a href="/auteurs/p">Paul Garnier</a></p><p><time datetime="2025-02-10">10 février 2025</time></p>'
    bio = "Paul Garnier est chercheur associé de l'Institut des études caucasiennes."
    out.append(cell("bio", "test", "fr-de-l-institut", "fr", page("fr", by, after=f'<div class="bio"><p><em>{bio}</em></p></div>'),
                    "2025-02-10", [("Paul Garnier", "Institut des études caucasiennes")]))
    by = '<p class="byline">Von <a href="/autoren/m">Miriam Kessler</a></p><p><time datetime="2025-03-12">12. März 2025</time></p>'
    bio = "Miriam Kessler ist Referentin der Stiftung für Kaukasusstudien in Berlin."
    out.append(cell("bio", "test", "de-der-stiftung", "de", page("de", by, after=f'<div class="bio"><p><em>{bio}</em></p></div>'),
                    "2025-03-12", [("Miriam Kessler", "Stiftung für Kaukasusstudien")]))
    by = f'<p class="byline">By {_a("Rashad Guliyev")}</p><p><time datetime="2025-05-02">2 May 2025</time></p>'
    bio = "Rashad Guliyev is the director of Baku's oldest bookshop."
    out.append(cell("bio", "test", "trap-en-bookshop", "en", page("en", by, after=f'<div class="bio"><p><i>{bio}</i></p></div>'),
                    "2025-05-02", [("Rashad Guliyev", None)]))
    return out


_WIKI_BODY = {
    "fr": ["L'oléoduc relie le terminal de Sangachal au port géorgien de Soupsa sur la mer Noire. Mis en service "
           "en 1999, il a été la première route d'exportation du pétrole azerbaïdjanais vers l'Occident.",
           "Le tracé reprend en partie celui d'une ancienne conduite soviétique, ce qui a permis d'achever le "
           "chantier en moins de trois ans et de limiter les coûts de construction."],
    "en": ["The pipeline links the Sangachal terminal with the Georgian port of Supsa on the Black Sea. Opened "
           "in 1999, it was the first route that carried Azerbaijani oil westward without crossing Russia.",
           "Its route partly follows an older Soviet pipeline, which allowed the builders to finish in less than "
           "three years and kept the construction costs low."],
    "de": ["Die Pipeline verbindet das Terminal Sangachal mit dem georgischen Hafen Supsa am Schwarzen Meer. Sie "
           "wurde 1999 eröffnet und war die erste Route für aserbaidschanisches Öl nach Westen.",
           "Ihr Verlauf folgt teilweise einer älteren sowjetischen Leitung, wodurch der Bau in weniger als drei "
           "Jahren abgeschlossen werden konnte."],
    "ru": ["Нефтепровод соединяет терминал Сангачал с грузинским портом Супса на Черном море. Открытый в 1999 "
           "году, он стал первым маршрутом экспорта азербайджанской нефти на запад.",
           "Трасса частично повторяет старый советский трубопровод, что позволило завершить строительство менее "
           "чем за три года и снизить его стоимость."],
    "es": ["El oleoducto une la terminal de Sangachal con el puerto georgiano de Supsa, en el mar Negro. Abierto "
           "en 1999, fue la primera ruta de exportación del petróleo azerbaiyano hacia Occidente.",
           "Su trazado sigue en parte un antiguo oleoducto soviético, lo que permitió terminar las obras en menos "
           "de tres años y reducir los costes."],
}
_WIKI_WORDS = {  # contents, history, route, notes, see also
    "fr": ("Sommaire", "Histoire", "Tracé", "Notes et références", "Voir aussi"),
    "en": ("Contents", "History", "Route", "References", "See also"),
    "de": ("Inhaltsverzeichnis", "Geschichte", "Verlauf", "Einzelnachweise", "Siehe auch"),
    "ru": ("Содержание", "История", "Маршрут", "Примечания", "См. также"),
    "es": ("Índice", "Historia", "Trazado", "Referencias", "Véase también"),
}


def wiki(lang: str, last_edit: str, notes: list[str], mark: str = "↑", extra_footer: str = "",
         head: str = "", toc: bool = True) -> str:
    toc_word, h1, h2, notes_word, see = _WIKI_WORDS[lang]
    p1, p2 = (html.escape(p, quote=False) for p in _WIKI_BODY[lang])
    entries = "".join(f"<li>{i} {w}</li>" for i, w in enumerate((h1, h2, see, notes_word), 1))
    refs = "".join(f'<li id="cite_note-{i}">{mark} {html.escape(n, quote=False)}</li>' for i, n in enumerate(notes, 1))
    edit = '<span class="mw-editsection">[edit]</span>'
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>Supsa pipeline</title>{head}</head>'
            f'<body>\n<div class="mirror-bar">Mirror · 12.03.2025 · <a href="/">Home</a></div>\n'
            f'<h1 id="firstHeading">{_WIKI_TITLE[lang]}</h1>\n<div id="content">\n'
            + (f'<div id="toc"><h2>{toc_word}</h2><ul>{entries}</ul></div>\n' if toc else "")
            + f'<h2>{h1}{edit}</h2>\n<p>{p1}<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>\n'
            f'<h2>{h2}{edit}</h2>\n<p>{p2}</p>\n<h2>{see}{edit}</h2>\n<ul><li><a href="/w/x">Other pipeline</a></li></ul>\n'
            f'<h2>{notes_word}{edit}</h2>\n<ol class="references">{refs}</ol>\n</div>\n'
            f'<footer><ul><li>{last_edit}</li></ul>{extra_footer}</footer>\n</body></html>\n')


_WIKI_TITLE = {"fr": "Oléoduc Bakou-Soupsa", "en": "Baku–Supsa pipeline", "de": "Baku-Supsa-Pipeline",
               "ru": "Нефтепровод Баку — Супса", "es": "Oleoducto Bakú-Supsa"}


def _wiki_cell(half, name, lang, last_edit, date, notes, **kw):
    return cell("wiki", half, name, lang, wiki(lang, last_edit, notes, **kw), date, [],
                furniture=[_WIKI_WORDS[lang][3], last_edit[:30]] + [n[:25] for n in notes], body=_WIKI_BODY[lang])


def _wikis() -> list[dict]:
    return [
        _wiki_cell("dev", "fr-last-modified", "fr", "La dernière modification de cette page a été faite le 3 février 2025 à 11:24.",
                   "2025-02-03", ["« Rapport du consortium », Bulletin du pétrole, 2019, p. 9 (consulté le 2 février 2025).",
                                  "« Premier pétrole à Soupsa », Revue du Caucase, 20 avril 1999 (consulté le 2 février 2025)."]),
        _wiki_cell("dev", "en-last-edited", "en", "This page was last edited on 3 February 2025, at 11:24 (UTC).",
                   "2025-02-03", ['"Western route annual review", Operator report, 2019, p. 9. Retrieved 2 February 2025.',
                                  '"First oil at Supsa", Caucasus Oil Review, 20 April 1999. Retrieved 2 February 2025.'],
                   mark="^"),
        _wiki_cell("dev", "trap-copy-date-only", "fr", "Ce miroir n'est pas affilié. Copie faite le 12 mars 2025.",
                   None, ["« Rapport du consortium », Bulletin du pétrole, 2019, p. 9 (consulté le 2 février 2025)."]),
        _wiki_cell("test", "de-zuletzt-bearbeitet", "de", "Diese Seite wurde zuletzt am 3. Februar 2025 um 11:24 Uhr bearbeitet.",
                   "2025-02-03", ["„Jahresbericht des Betreibers“, 2019, S. 9, abgerufen am 2. Februar 2025."]),
        _wiki_cell("test", "ru-otredaktirovana", "ru", "Эта страница в последний раз была отредактирована 3 февраля 2025 в 11:24.",
                   "2025-02-03", ["«Отчёт оператора», 2019, с. 9. Дата обращения: 2 февраля 2025.",
                                  "«Первая нефть в Супсе», Кавказский нефтяной обзор, 20 апреля 1999."]),
        _wiki_cell("test", "es-edito-por-ultima-vez", "es", "Esta página se editó por última vez el 3 feb 2025 a las 11:24.",
                   "2025-02-03", ["«Informe anual del operador», 2019, p. 9. Consultado el 2 de febrero de 2025."],
                   mark="↑ a b"),
        _wiki_cell("test", "trap-published-stands", "en", "This page was last edited on 3 February 2025, at 11:24 (UTC).",
                   "2024-11-20", ['"Western route annual review", Operator report, 2019, p. 9. Retrieved 2 February 2025.'],
                   mark="^", head='<meta property="article:published_time" content="2024-11-20T08:00:00Z">'),
    ]


def _captions() -> list[dict]:
    out = []
    cap = "A container train crosses the river near the border station."
    fig = (f'<figure><img src="/i/1.jpg" alt=""><figcaption>{cap} <span class="credit">Photo: Levan Abashidze / '
           f'Courier</span></figcaption></figure>')
    when = '<p><time datetime="2025-05-14T09:12:00+04:00">14 May 2025</time></p>'
    out.append(cell("caption", "dev", "en-credit-span", "en", page("en", when, before=fig), "2025-05-14", ...,
                    captions=[cap], furniture=["Photo: Levan Abashidze"]))
    cap = "Le terminal de Soupsa vu depuis la mer."
    fig = f'<figure><img src="/i/2.jpg" alt=""><figcaption>{cap} <small>Photo : Anne Roussel</small></figcaption></figure>'
    out.append(cell("caption", "dev", "fr-credit-small", "fr",
                    page("fr", '<p><time datetime="2025-02-03">3 février 2025</time></p>', before=fig), "2025-02-03", ...,
                    captions=[cap], furniture=["Anne Roussel"]))
    cap = "Delegations at the table on the second day of talks."
    fig = f'<figure><img src="/i/3.jpg" alt=""><figcaption>{cap}</figcaption></figure>'
    out.append(cell("caption", "dev", "trap-caption-only", "en", page("en", when, before=fig), "2025-05-14", ...,
                    captions=[cap]))
    cap = "Ein Güterzug auf der Brücke über die Kura."
    fig = (f'<figure><img src="/i/4.jpg" alt=""><figcaption>{cap} <span class="copyright">Foto: Uwe Brandt/dpa</span>'
           f'</figcaption></figure>')
    out.append(cell("caption", "test", "de-copyright-span", "de",
                    page("de", '<p><time datetime="2025-03-12">12. März 2025</time></p>', before=fig), "2025-03-12", ...,
                    captions=[cap], furniture=["Uwe Brandt"]))
    cap = "The new berth at the port, seen from the breakwater."
    fig = (f'<figure><img src="/i/5.jpg" alt=""><figcaption><span class="photographer">© Elnur Mammadov</span> {cap}'
           f'</figcaption></figure>')
    out.append(cell("caption", "test", "en-credit-first", "en", page("en", when, before=fig), "2025-05-14", ...,
                    captions=[cap], furniture=["Elnur Mammadov"]))
    cap = "Подписание меморандума в Баку."
    fig = f'<figure><img src="/i/6.jpg" alt=""><figcaption>{cap} <em>Фото: Рауф Алиев</em></figcaption></figure>'
    out.append(cell("caption", "test", "ru-credit-em", "ru",
                    page("ru", '<p class="date">14.04.2025 | 17:05</p>', before=fig), "2025-04-14", ...,
                    captions=[cap], furniture=["Рауф Алиев"]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _reporters() + _press() + _updates() + _bios() + _wikis() + _captions()
    return [c for c in found if half is None or c["half"] == half]


def _flat(text: str) -> str:
    return " ".join(text.split())


def read_as_ingest(name: str, content: str | bytes):
    """A document written to a file called ``name``, read and segmented as ingest does: (its metadata,
    its body passages' texts, the other passages' texts), each text on one line."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return read_file_as_ingest(path)


def read_file_as_ingest(path: Path):
    """A file read and segmented as ingest does: as ``read_as_ingest``."""
    from azmap.corpus.reading import read
    from azmap.corpus.segment import segment

    reading = read(path)
    meta = reading.meta
    passages = segment(reading.text, markdown=True, site=meta.publisher)
    body = [_flat(p.text) for p in passages if p.kind == "body" and p.end > meta.body_start
            and (meta.body_end is None or p.start < meta.body_end
                 or meta.body_resume is not None and p.start >= meta.body_resume)]
    return meta, body, [_flat(p.text) for p in passages if p.kind != "body"]


def outcome(c: dict) -> dict:
    """What the reader makes of a cell's page, read as ingest reads it, beside what the page states."""
    meta, body, apart = read_as_ingest(f"{c['id'].replace('/', '_')}.html", c["html"])
    authors = [(a["name"], a.get("affiliation")) for a in meta.authors]
    return {
        "date": c["date"] is ... or meta.date == c["date"],
        "authors": c["authors"] is ... or authors == c["authors"],
        "participants": c.get("participants", ...) is ... or meta.participants == c["participants"],
        "paragraphs": sum(_flat(p) in body for p in c["paragraphs"]),
        "extra": [b for b in body if b not in {_flat(p) for p in c["paragraphs"]}],
        "furniture": [f for f in c["furniture"] if any(f in b for b in body)],
        "captions lost": [k for k in c["captions"] if _flat(k) not in apart],
        "got": {"date": meta.date, "authors": authors, "participants": meta.participants},
    }


def figures(half: str, verbose: bool = False, found: list[dict] | None = None) -> dict:
    """A half's figures (of ``found``, another sweep's cells, when given)."""
    cs = cells(half) if found is None else found
    rs = [outcome(c) for c in cs]
    out = {"cells": len(cs), "dates": sum(r["date"] for r in rs), "authors": sum(r["authors"] for r in rs),
           "paragraphs": f"{sum(r['paragraphs'] for r in rs)}/{sum(len(c['paragraphs']) for c in cs)}",
           "extra passages": sum(len(r["extra"]) for r in rs), "furniture in body": sum(len(r["furniture"]) for r in rs),
           "captions lost": sum(len(r["captions lost"]) for r in rs),
           "participants": sum(r["participants"] for r in rs),
           "whole": sum(r["date"] and r["authors"] and r["participants"] and r["paragraphs"] == len(c["paragraphs"]) and not r["extra"]
                        and not r["furniture"] and not r["captions lost"] for c, r in zip(cs, rs))}
    if verbose:
        out["misses"] = {c["id"]: {k: v for k, v in r.items() if v not in (True, [], len(c["paragraphs"]))}
                         for c, r in zip(cs, rs)
                         if not (r["date"] and r["authors"] and r["participants"]) or r["extra"] or r["furniture"] or r["captions lost"]
                         or r["paragraphs"] != len(c["paragraphs"])}
    return out


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose="-v" in sys.argv or True), indent=1,
                     ensure_ascii=False))
