"""A sweep of the metadata of plain-text and markdown documents: documents composed from axes of
forms (how a title, a date and a byline are written, in many languages) in varied surroundings
(.txt and .md, header lines apart or together, different bodies, the date over the title, under it
or after the byline, traps at the foot or in the body), each read by ``azmap.corpus.reading.read``
and compared with what it states.

Every axis's forms are split in two before the reader is measured: the forms at even places of a
list are the development half, those at odd places the test half; forms added later go to
``ADDED_*`` lists, which are development forms. A development cell uses development forms only;
a test cell puts one test form among development ones.

    python -m tests.sweep_metadata_text [dev|test] [-v]   # figures, and the misses with -v
"""
from __future__ import annotations

import sys
import tempfile
from functools import lru_cache
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# dates: the languages' month and weekday names, and forms written with them

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
}
# a month alone (a cover's "March 2021"): the nominative where the languages decline it
MONTHS_ALONE = dict(MONTHS, pl="styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik "
                               "listopad grudzień",
                    ru="январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
                    uk="січень лютий березень квітень травень червень липень серпень вересень жовтень листопад "
                       "грудень")
WEEKDAYS = {  # Monday first
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "az": "bazar_ertəsi çərşənbə_axşamı çərşənbə cümə_axşamı cümə şənbə bazar",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер п'ятниця субота неділя",
}
DAYS = [(2021, 3, 12), (2019, 11, 4), (2023, 7, 28), (2018, 1, 9), (2024, 10, 17), (2020, 6, 30), (2022, 2, 3),
        (2017, 9, 21)]

# (template, what it gives): {d} day, {dd} two-digit day, {M} month name, {MA} month alone, {mm}
# two-digit month, {y} year, {wd} weekday, {d2}/{M2}/{mm2} a later day (an update); "day" gives
# yyyy-mm-dd, "month" yyyy-mm. Each language's list alternates development and test forms.
DATE_FORMS = {
    "en": [("{d} {M} {y}", "day"), ("{M} {d}, {y}", "day"), ("{wd}, {d} {M} {y}", "day"),
           ("{wd}, {M} {d}, {y}", "day"), ("Published {d} {M} {y}", "day"), ("Published: {M} {d}, {y} 10:42 GMT", "day"),
           ("{y}-{mm}-{dd}", "day"), ("{dd}.{mm}.{y}", "day"), ("Posted on {M} {d}, {y}", "day"),
           ("Last modified: {y}-{mm}-{dd} 14:05", "day"), ("Updated {d} {M} {y}, 09:15", "day"),
           ("Revised: {d} {M} {y}", "day"), ("{MA} {y}", "month"), ("{d} {M} {y}, 18:30", "day"),
           ("Published {d} {M} {y} | Updated {d2} {M2} {y}", "day"),
           ("Updated {M2} {d2}, {y} · First published {M} {d}, {y}", "day")],
    "fr": [("{d} {M} {y}", "day"), ("Publié le {d} {M} {y}", "day"), ("{wd} {d} {M} {y}", "day"),
           ("Publié le {wd} {d} {M} {y} à 14h05", "day"), ("Mis à jour le {d} {M} {y}", "day"),
           ("Publié le {dd}/{mm}/{y}", "day"), ("{MA} {y}", "month"), ("Dernière mise à jour : {d} {M} {y}", "day")],
    "de": [("{d}. {M} {y}", "day"), ("Veröffentlicht am {d}. {M} {y}", "day"), ("{wd}, {d}. {M} {y}", "day"),
           ("Aktualisiert: {dd}.{mm}.{y}, 10:32 Uhr", "day"), ("Stand: {dd}.{mm}.{y}", "day"),
           ("Veröffentlicht am {wd}, {d}. {M} {y}, 08:10 Uhr", "day"), ("{MA} {y}", "month"),
           ("Zuletzt geändert am {d}. {M} {y}", "day")],
    "es": [("{d} de {M} de {y}", "day"), ("Publicado el {d} de {M} de {y}", "day"), ("{wd}, {d} de {M} de {y}", "day"),
           ("Actualizado: {dd}/{mm}/{y} 10:32", "day"), ("Publicado el {wd} {d} de {M} de {y}", "day"),
           ("{MA} de {y}", "month"), ("Última modificación: {d} de {M} de {y}", "day"), ("{d} {M} {y}", "day")],
    "it": [("{d} {M} {y}", "day"), ("Pubblicato il {d} {M} {y}", "day"), ("{wd} {d} {M} {y}", "day"),
           ("Aggiornato il {d} {M} {y} alle 10:32", "day"), ("Pubblicato: {dd}/{mm}/{y}", "day"),
           ("{MA} {y}", "month")],
    "pt": [("{d} de {M} de {y}", "day"), ("Publicado em {d} de {M} de {y}", "day"),
           ("{wd}, {d} de {M} de {y}", "day"), ("Atualizado em {dd}/{mm}/{y} às 10h32", "day"),
           ("Publicado em {dd}/{mm}/{y}", "day"), ("{MA} de {y}", "month")],
    "nl": [("{d} {M} {y}", "day"), ("Gepubliceerd op {d} {M} {y}", "day"), ("{wd} {d} {M} {y}", "day"),
           ("Bijgewerkt: {dd}-{mm}-{y} 10:32", "day"), ("Gepubliceerd: {dd}-{mm}-{y}", "day"), ("{MA} {y}", "month")],
    "pl": [("{d} {M} {y}", "day"), ("Opublikowano: {d} {M} {y}", "day"), ("{wd}, {d} {M} {y} r.", "day"),
           ("Zaktualizowano {dd}.{mm}.{y}, 10:32", "day"), ("Data publikacji: {dd}.{mm}.{y}", "day"),
           ("{MA} {y}", "month")],
    "tr": [("{d} {M} {y}", "day"), ("Yayınlanma: {d} {M} {y}", "day"), ("{d} {M} {y} {wd}", "day"),
           ("Güncelleme: {dd}.{mm}.{y} 10:32", "day"), ("Yayın tarihi: {dd}.{mm}.{y}", "day"), ("{MA} {y}", "month")],
    "az": [("{d} {M} {y}", "day"), ("Dərc edilib: {d} {M} {y}", "day"), ("{d} {M} {y}-ci il", "day"),
           ("Yenilənib: {dd}.{mm}.{y}, 10:32", "day"), ("{dd}.{mm}.{y}, 18:40", "day"), ("{MA} {y}", "month")],
    "ru": [("{d} {M} {y} года", "day"), ("Опубликовано: {d} {M} {y}", "day"), ("{wd}, {d} {M} {y}", "day"),
           ("Обновлено {dd}.{mm}.{y} в 10:32", "day"), ("{d} {M} {y} г.", "day"), ("Дата публикации: {dd}.{mm}.{y}", "day"),
           ("{MA} {y}", "month"), ("Опубликовано {d} {M} {y}, 10:32", "day")],
    "uk": [("{d} {M} {y} року", "day"), ("Опубліковано: {d} {M} {y}", "day"), ("{wd}, {d} {M} {y}", "day"),
           ("Оновлено {dd}.{mm}.{y} о 10:32", "day"), ("{d} {M} {y} р.", "day"), ("{MA} {y}", "month")],
}
# forms that stand in a place of their own: a dateline opening the text, "Dated:" at its end, a
# published and an updated line one under the other (the published date wins), a cover's month
PLACED_DATES = [
    ("dateline", "BAKU, {M} {d}, {y} — ", "en", "day"), ("dateline", "AKTAU, {d} {M} {y} – ", "en", "day"),
    ("dateline", "Baku, {d} {M} {y} — ", "en", "day"), ("dateline", "BAKOU, {d} {M} {y} – ", "fr", "day"),
    ("dateline", "БАКУ, {d} {M} {y} — ", "ru", "day"), ("dateline", "Tbilisi, Georgia, {M} {d}, {y} – ", "en", "day"),
    ("dated", "Dated: {d} {M} {y}", "en", "day"), ("dated", "Baku, {d} {M} {y}", "en", "day"),
    ("dated", "Dated: {M} {d}, {y}", "en", "day"), ("dated", "Fait à Bakou, le {d} {M} {y}", "fr", "day"),
    ("two lines", "Published: {d} {M} {y}\nUpdated: {d2} {M2} {y}", "en", "day"),
    ("two lines", "Updated: {M2} {d2}, {y}\nPublished: {M} {d}, {y}", "en", "day"),
    ("two lines", "Last modified {d2} {M2} {y}\nPosted {d} {M} {y}", "en", "day"),
    ("two lines", "Veröffentlicht: {d}. {M} {y}\nAktualisiert: {d2}. {M2} {y}", "de", "day"),
    ("cover", "{MA} {y}", "en", "month"), ("cover", "{MA} {y}", "de", "month"),
]
# (language, template, gives): development forms added while tuning
ADDED_DATES: list = [
    ("en", "{d}th {M} {y}", "day"), ("en", "Mar. {d}, {y}".replace("Mar.", "{M3}."), "day"),
    ("en", "{dd}-{M3}-{y} 06:42 GMT", "day"), ("en", "{wd} {d} {M} {y} 08.30 BST", "day"),
    ("en", "First published on {wd} {d} {M} {y}", "day"), ("en", "Originally posted {M} {d}, {y}", "day"),
    ("fr", "le {d} {M} {y}", "day"), ("fr", "Publié le {d} {M} {y} à 10h32, mis à jour le {d2} {M2} {y}", "day"),
    ("de", "{dd}.{mm}.{y} | 10:32 Uhr", "day"), ("de", "Erschienen am {d}. {M} {y}", "day"),
    ("es", "Fecha: {dd}/{mm}/{y}", "day"), ("es", "Publicado: {d} {M}, {y}", "day"),
    ("it", "Ultimo aggiornamento: {d} {M} {y}", "day"), ("it", "{wd}, {d} {M} {y}", "day"),
    ("pt", "{d} {M} {y}", "day"), ("pt", "Publicado: {d} de {M} de {y}, {wd}", "day"),
    ("nl", "Laatst bijgewerkt op {d} {M} {y}", "day"), ("nl", "{wd}, {d} {M} {y}", "day"),
    ("pl", "Aktualizacja: {dd}.{mm}.{y}", "day"), ("pl", "{d} {M} {y} r., {wd}", "day"),
    ("tr", "{d} {M} {y}, {wd}", "day"), ("tr", "Son güncelleme: {d} {M} {y}", "day"),
    ("az", "{dd}.{mm}.{y}", "day"), ("az", "Yayımlanıb: {d} {M} {y}", "day"),
    ("ru", "{dd}.{mm}.{y} 10:32", "day"), ("ru", "Дата публикации: {d} {M} {y} г.", "day"),
    ("uk", "Оновлено: {d} {M} {y}", "day"), ("uk", "{dd}.{mm}.{y}, 10:32", "day"),
    ("en", "*{d} {M} {y}*", "day"), ("en", "_Published {M} {d}, {y}_", "day"), ("de", "**Stand:** {dd}.{mm}.{y}", "day"),
]

# ---------------------------------------------------------------------------------------------
# titles: (form, title words or None to use a pool's) ; the expected title is what the page states
TITLES = ["The ferry that keeps Aktau and Alat together", "Rail freight across the Caspian grows again",
          "Why the Middle Corridor needs more ships", "A new terminal at the port of Baku",
          "Water levels fall on the northern Caspian shelf", "Tariffs and transit on the Kars line",
          "Gas storage before the winter", "Fishing quotas after the latest survey"]
TITLE_FORMS = [
    "bare", "setext", "atx", "capitals", "masthead", "order code", "section label", "page notice", "series line",
    "site pipe", "site dash", "emoji", "kicker", "colon", "question", "setext dash", "atx closed", "bold",
    "masthead spaced", "order code under", "section colon", "page notice archived", "series pipe", "site bar",
    "site domain", "emoji two", "kicker caps", "colon two", "question two", "capitals two",
]
ADDED_TITLES: list = ["site emdash domain", "standfirst", "caps site", "date masthead", "setext kicker",
                     "atx colon", "quoted", "two kickers", "title case", "site pipe lower",
                     # kinds whose first two wordings both fell in the test half: other wordings of them
                     "setext short rule", "capitals flag", "ref code", "archived notice", "site pipe outlet",
                     "emoji flag", "colon question", "underscore bold", "notice then masthead", "site middot",
                     "standfirst tight"]

MASTHEADS = ["CASPIAN SECURITY MONITOR", "THE KURA REVIEW", "ABSHERON TRANSPORT BULLETIN"]
SITES = ["Caspian Wire", "Kura Daily", "Silk Road Desk"]
DOMAINS = ["caspianwire.az", "kuradaily.com", "transit-news.ge"]


def title_lines(form: str, base: str, fmt: str, i: int) -> tuple[list[str], str, bool]:
    """(the lines over the body's header that make the title, the expected title, whether the body
    follows the header after a single line break)"""
    mast, site, domain = MASTHEADS[i % 3], SITES[i % 3], DOMAINS[i % 3]
    if form == "bare":
        return [base], base, True
    if form == "setext":
        return [base, "=" * len(base)], base, False
    if form == "setext dash":
        return [base, "-" * len(base)], base, False
    if form in ("atx", "atx closed"):
        return ["# " + base + (" #" if form == "atx closed" else "")], base, False
    if form == "bold":
        return [f"**{base}**"], base, False
    if form in ("capitals", "capitals two"):
        return [base.upper()], base.upper(), False
    if form == "masthead":
        return [mast, "", base], base, False
    if form == "masthead spaced":
        return [f"{mast} · {2020 + i % 4}" if i % 2 else mast.title() + " — No. 14", "", base], base, False
    if form == "order code":
        return [f"CSM-{2019 + i % 5}-0{i % 9 + 1}", "", base], base, False
    if form == "order code under":
        return [mast, f"Report No. KR-{i % 7 + 10}-{i % 5 + 1}", "", base], base, False
    if form == "section label":
        return [["Analysis", "Opinion", "Commentary"][i % 3], "", base], base, False
    if form == "section colon":
        return [["Section: Transport", "Category: Energy / Gas", "Topics: Ports"][i % 3], "", base], base, False
    if form == "page notice":
        return ["This article is more than 5 years old", "", base], base, False
    if form == "page notice archived":
        return ["This page has been archived and is no longer updated.", "", base], base, False
    if form == "series line":
        return [f"CASPIAN POLICY BRIEF No. {i % 9 + 2}", "", base], base, False
    if form == "series pipe":
        return [f"Working Paper Series | No. {i % 20 + 3}", "", base], base, False
    if form in ("site pipe", "site bar"):
        return [f"{base} | {site}"], base, False
    if form in ("site dash", "site domain"):
        return [f"{base} - {domain}" if form == "site domain" or i % 2 else f"{base} – {domain}"], base, False
    if form == "emoji":
        return [base + " 🚢"], base + " 🚢", False
    if form == "emoji two":
        return [base + " 🌊✨"], base + " 🌊✨", False
    if form == "kicker":
        return [["Middle Corridor", "Energy", "Ports and shipping"][i % 3], base], base, False
    if form == "kicker caps":
        return [["EXCLUSIVE", "ENERGY CORRIDORS | PART 2", "IN DEPTH"][i % 3], "", base], base, False
    if form in ("colon", "colon two"):
        head = ["Baku port", "Kars line", "Caspian gas"][i % 3]
        title = f"{head}: {base[0].lower() + base[1:]}" if form == "colon" else f"{base}: what comes next"
        return [title], title, False
    if form in ("question", "question two"):
        title = ["Who pays for the Middle Corridor?", "Can the Caspian ferries keep up?",
                 "What does the new tariff mean for Aktau?"][i % 3] if form == "question" else \
            ["Is the Kars line worth it?", "Will the port be ready by spring?", "Where will the gas go?"][i % 3]
        return [title], title, False
    if form == "site emdash domain":
        return [f"{base} — www.{domain}"], base, False
    if form == "standfirst":
        return [base, "", ["How the crossing became the region's busiest link, and what slows it down",
                           "Shippers count the days a wagon waits at each end of the line"][i % 2]], base, False
    if form == "caps site":
        return [f"{base.upper()} | {site.upper()}"], base.upper(), False
    if form == "date masthead":
        return [f"{mast}", f"Issue {i % 30 + 1}", "", base], base, False
    if form == "setext kicker":
        return [["Transport", "Energy security", "The Caspian"][i % 3], "", base, "-" * len(base)], base, False
    if form == "atx colon":
        title = f"Caspian notes: {base[0].lower() + base[1:]}"
        return ["## " + title], title, False
    if form == "quoted":
        title = f"“{base}”, say the shippers"
        return [title], title, False
    if form == "two kickers":
        return ["NEWS", ["Middle Corridor", "Gas", "Ports"][i % 3], base], base, False
    if form == "title case":
        title = " ".join(w if w.lower() in ("the", "of", "and", "on", "at", "by", "a", "for") else w.capitalize()
                         for w in base.split())
        return [title], title, False
    if form == "site pipe lower":
        return [f"{base} | {domain}"], base, False
    if form == "standfirst tight":
        return [base, ["Shippers count the days a wagon waits at each end of the line",
                       "A report from both shores of the Caspian"][i % 2]], base, False
    if form == "setext short rule":
        return [base, "===="], base, False
    if form == "capitals flag":
        return [base.upper() + " 🇦🇿"], base.upper() + " 🇦🇿", False
    if form == "ref code":
        return [["Ref. CPI/2024/017", "Doc. AZ-TR-2023-11", "Ref: KD/OPS/88"][i % 3], "", base], base, False
    if form == "archived notice":
        return [["Archived content", "This story was published more than 3 years ago"][i % 2], "", base], base, False
    if form == "site pipe outlet":
        return [f"{base} | {['The Baku Ledger', 'Ganja Times', 'Lankaran Post'][i % 3]}"], base, False
    if form == "emoji flag":
        return [base + " 🇦🇿"], base + " 🇦🇿", False
    if form == "colon question":
        title = f"{['Ferries', 'Tariffs', 'Storage'][i % 3]}: {base[0].lower() + base[1:]}?"
        return [title], title, False
    if form == "underscore bold":
        return [f"__{base}__"], base, False
    if form == "notice then masthead":
        return ["This article is more than 2 years old", mast, "", base], base, False
    if form == "site middot":
        return [f"{base} · {site}"], base, False
    raise KeyError(form)


# ---------------------------------------------------------------------------------------------
# bylines: (lines, the expected authors as (name, affiliation)); "@end" lines go to the end
BYLINES = [
    (["By Leyla Mammadova"], [("Leyla Mammadova", None)]),
    (["By Tom Price"], [("Tom Price", None)]),
    (["By Leyla Mammadova and Tom Price"], [("Leyla Mammadova", None), ("Tom Price", None)]),
    (["By Anar Aliyev and Claire Dubois"], [("Anar Aliyev", None), ("Claire Dubois", None)]),
    (["Nigar Aliyeva, Tom Price and Jonas Becker"], [("Nigar Aliyeva", None), ("Tom Price", None),
                                                       ("Jonas Becker", None)]),
    (["By Emre Yilmaz, Anna Brandt and Rashad Huseynov"], [("Emre Yilmaz", None), ("Anna Brandt", None),
                                                            ("Rashad Huseynov", None)]),
    (["By Anar Aliyev, Senior Fellow, Caspian Policy Institute"],
     [("Anar Aliyev", "Senior Fellow, Caspian Policy Institute")]),
    (["By Marta Nowak, Research Director, Centre for Eastern Studies"],
     [("Marta Nowak", "Research Director, Centre for Eastern Studies")]),
    (["By Lt. Col. Rashad Huseynov (ret.), Army War College"], [("Rashad Huseynov", "Army War College")]),
    (["By Prof. Dr. Elif Kaya"], [("Elif Kaya", None)]),
    (["By Ambassador (ret.) Ruth Keller"], [("Ruth Keller", None)]),
    (["By Dr. Samir Guliyev, Baku State University"], [("Samir Guliyev", "Baku State University")]),
    (["Nigar Aliyeva", "Baku Institute of Regional Studies"], [("Nigar Aliyeva", "Baku Institute of Regional Studies")]),
    (["Tom Price", "Harbour Economics Group"], [("Tom Price", "Harbour Economics Group")]),
    (["Nigar Aliyeva | Energy Analyst"], [("Nigar Aliyeva", "Energy Analyst")]),
    (["Jonas Becker | Senior Editor"], [("Jonas Becker", "Senior Editor")]),
    (["Words: Tural Ismayilov"], [("Tural Ismayilov", None)]),
    (["Author: Aysel Rzayeva"], [("Aysel Rzayeva", None)]),
    (["Par Claire Dubois"], [("Claire Dubois", None)]),
    (["Von Jonas Becker"], [("Jonas Becker", None)]),
    (["Por Lucía Romero"], [("Lucía Romero", None)]),
    (["Di Marco Bianchi"], [("Marco Bianchi", None)]),
    (["Yazar: Emre Yılmaz"], [("Emre Yılmaz", None)]),
    (["Müəllif: Aygün Həsənova"], [("Aygün Həsənova", None)]),
    (["Автор: Ирина Смирнова"], [("Ирина Смирнова", None)]),
    (["Autor: Jonas Becker"], [("Jonas Becker", None)]),
    (["By the Press Office of the Ministry of Transport"], [("Press Office of the Ministry of Transport", None)]),
    (["By Caspian Policy Institute"], [("Caspian Policy Institute", None)]),
    (["By Staff"], []),
    (["By Our Correspondent"], []),
    (["Staff Reporter"], []),
    (["By a Special Correspondent"], []),
    (["@end", "— Tural Ismayilov"], [("Tural Ismayilov", None)]),
    (["@end", "Nigar Aliyeva", "Energy Reporter"], [("Nigar Aliyeva", "Energy Reporter")]),
    ([], []),
    (["By Lucía Romero | Kura Daily"], [("Lucía Romero", "Kura Daily")]),
]
ADDED_BYLINES: list = [
    (["By Dr Samir Guliyev and Prof. Anna Brandt"], [("Samir Guliyev", None), ("Anna Brandt", None)]),
    (["Written by Tom Price"], [("Tom Price", None)]),
    (["By Tom Price, Kura Daily"], [("Tom Price", "Kura Daily")]),
    (["Von Anna Brandt und Jonas Becker"], [("Anna Brandt", None), ("Jonas Becker", None)]),
    (["Par Claire Dubois et Marc Lefèvre"], [("Claire Dubois", None), ("Marc Lefèvre", None)]),
    (["Text: Jonas Becker"], [("Jonas Becker", None)]),
    (["By Maj. Gen. (ret.) Tom Price"], [("Tom Price", None)]),
    (["By Col. Aysel Rzayeva, National Defence University"], [("Aysel Rzayeva", "National Defence University")]),
    (["Prof. Dr. Elif Kaya", "Middle East Technical University"], [("Elif Kaya", "Middle East Technical University")]),
    (["Автор: Ирина Смирнова, Центр энергетических исследований"],
     [("Ирина Смирнова", "Центр энергетических исследований")]),
    (["By Caspian Wire Staff"], [("Caspian Wire Staff", None)]),  # an outlet's staff: the outlet (documents5)
    (["From our correspondent in Aktau"], []),
    (["By the Ministry of Energy"], [("Ministry of Energy", None)]),
    (["Leyla Mammadova and Tom Price"], [("Leyla Mammadova", None), ("Tom Price", None)]),
    (["@end", "Anar Aliyev", "Senior Fellow, Caspian Policy Institute"],
     [("Anar Aliyev", "Senior Fellow, Caspian Policy Institute")]),
    (["Por Lucía Romero y Marta Nowak"], [("Lucía Romero", None), ("Marta Nowak", None)]),
    (["Autore: Marco Bianchi"], [("Marco Bianchi", None)]),
    (["Muhabir: Emre Yılmaz"], [("Emre Yılmaz", None)]),
    (["*By Tom Price*"], [("Tom Price", None)]),
    (["**By:** Leyla Mammadova"], [("Leyla Mammadova", None)]),
    (["By LEYLA MAMMADOVA"], [("Leyla Mammadova", None)]),
    (["_Anar Aliyev, Caspian Policy Institute_"], [("Anar Aliyev", "Caspian Policy Institute")]),
]
# development forms of kinds only the test half showed (issue #24): author labels in other
# languages, and an outlet after a bar beside a name. Their cells come after all the others, and
# they are no companions, so the cells measured before them stay as they were.
LATER_BYLINES: list = [
    (["Müəllif - Rəşad Hüseynov"], [("Rəşad Hüseynov", None)]),
    (["Müəllifi: Nigar Əliyeva"], [("Nigar Əliyeva", None)]),
    (["Auteur : Marc Lefèvre"], [("Marc Lefèvre", None)]),
    (["Verfasser: Anna Brandt"], [("Anna Brandt", None)]),
    (["Yazar : Elif Kaya"], [("Elif Kaya", None)]),
    (["Автор — Ирина Смирнова"], [("Ирина Смирнова", None)]),
    (["Autrice : Claire Dubois"], [("Claire Dubois", None)]),
    (["By Tom Price | The Baku Ledger"], [("Tom Price", "The Baku Ledger")]),
    (["Words: Anna Brandt | Ganja Times"], [("Anna Brandt", "Ganja Times")]),
    (["Von Jonas Becker | Kura Daily"], [("Jonas Becker", "Kura Daily")]),
]

# ---------------------------------------------------------------------------------------------
# bodies and traps
BODIES = {
    "en": ["The ferry between the two ports ran twice a week for most of the year, and the operators now "
           "plan a third crossing when the new berths are finished.",
           "Shippers say the waiting times at both ends matter more than the crossing itself, since a "
           "wagon can stand for days before it is loaded.",
           "The ministry has promised a timetable that the railways on both shores can plan around, but "
           "no date has been given for it."],
    "en2": ["Traders on the northern shelf have watched the water fall for a decade, and the shallower "
            "channels now limit how deep a loaded barge may sit.",
            "Dredging has been proposed more than once, yet the cost and the silt that returns each spring "
            "have kept the plans on paper.",
            "Local fishermen have moved their boats further out, where the catch is thinner and the fuel "
            "bills are higher."],
    "fr": ["Le bac entre les deux ports a circulé deux fois par semaine pendant la plus grande partie de "
           "l'année, et les opérateurs prévoient une troisième traversée.",
           "Les transporteurs estiment que les délais d'attente comptent davantage que la traversée elle-même, "
           "car un wagon peut attendre plusieurs jours avant d'être chargé."],
    "de": ["Die Fähre zwischen den beiden Häfen verkehrte den größten Teil des Jahres zweimal pro Woche, "
           "und die Betreiber planen nun eine dritte Überfahrt.",
           "Die Spediteure sagen, dass die Wartezeiten an beiden Enden wichtiger sind als die Überfahrt selbst, "
           "da ein Waggon tagelang steht, bevor er beladen wird."],
    "ru": ["Паром между двумя портами ходил два раза в неделю большую часть года, и операторы теперь "
           "планируют третий рейс после завершения новых причалов.",
           "Грузоотправители говорят, что время ожидания в обоих портах важнее самой переправы, ведь вагон "
           "может стоять несколько дней до погрузки."],
}
EVENT_SENTENCE = "The agreement signed on 4 June 2016 set the tariffs that still apply, and talks resumed in May 2019."
TRAPS = {
    "none": [],
    "copyright": ["© 2015 Caspian Wire. All rights reserved."],
    "copyright word": ["Copyright 2014 Kura Daily Media"],
    "event": "@body",
    "related": ["Related: https://kuradaily.com/2016/04/12/ferry-timetable-changes"],
    "retrieved": ["Retrieved on 3 August 2020 from the ministry's website."],
}
POSITIONS = ["under the title", "after the byline", "over the title"]


def _date_text(template: str, lang: str, i: int) -> tuple[str, int, int, int]:
    """(the written date, its year, month and day) of a template, with the i-th date."""
    import datetime

    y, m, d = DAYS[i % len(DAYS)]
    later = datetime.date(y, m, d) + datetime.timedelta(days=2 + i % 5)
    if later.year != y:
        later = datetime.date(y, m, d)
    months, alone, weekdays = MONTHS[lang].split(), MONTHS_ALONE[lang].split(), WEEKDAYS[lang].split()
    wd = weekdays[datetime.date(y, m, d).weekday()].replace("_", " ")
    text = template.format(d=d, dd=f"{d:02d}", M=months[m - 1], MA=alone[m - 1], M3=months[m - 1][:3], mm=f"{m:02d}",
                           y=y, wd=wd,
                           d2=later.day, M2=months[later.month - 1], mm2=f"{later.month:02d}")
    return text, y, m, d


def split(forms: list) -> tuple[list, list]:
    return forms[0::2], forms[1::2]


def date_forms() -> tuple[list, list]:
    """(development, test) forms of the date axis: (language, template, gives, place)."""
    dev, test = [], []
    for lang, forms in DATE_FORMS.items():
        d, t = split([(lang, tpl, gives, "line") for tpl, gives in forms])
        dev += d
        test += t
    d, t = split([(lang, tpl, gives, place) for place, tpl, lang, gives in PLACED_DATES])
    dev += d + [(lang, tpl, gives, "line") for lang, tpl, gives in ADDED_DATES]
    test += t
    none = ("en", None, None, "none")
    return dev + [none], test


def title_forms() -> tuple[list, list]:
    d, t = split(TITLE_FORMS)
    return d + ADDED_TITLES, t


def byline_forms() -> tuple[list, list]:
    d, t = split(BYLINES)
    return d + ADDED_BYLINES + LATER_BYLINES, t


class Cell:
    __slots__ = ("name", "part", "axis", "text", "fmt", "title", "date", "authors")

    def __init__(self, name, part, axis, text, fmt, title, date, authors):
        self.name, self.part, self.axis, self.text, self.fmt = name, part, axis, text, fmt
        self.title, self.date, self.authors = title, date, authors


# furniture around the header, added while tuning (development cells only): (where, lines)
ADDED_FURNITURE = [
    ("top", ["Home > News > Transport"]), ("top", ["Skip to main content"]),
    ("top", ["[Menu](#) | [Search](#) | [Subscribe](#)"]), ("under", ["5 min read"]),
    ("under", ["Share: Facebook | X | LinkedIn | Email"]), ("under", ["![The ferry at the berth](ferry.jpg)"]),
    ("under", ["Photo: Kura Daily / Anar Aliyev"]), ("under", ["Listen to this article · 6 min"]),
    ("end", ["Tags: ferries, Caspian, ports"]), ("end", ["Share this article", "Facebook Twitter Email"]),
    ("end", ["Sign up for our newsletter"]), ("under", ["Reading time: 4 minutes"]),
    ("wrap", []), ("wrap", []),  # the body's paragraphs wrapped at 70 characters, as plain text often is
]


def compose(i: int, title_form: str, date_form: tuple, byline: tuple, *, fmt: str, spaced: bool, position: str,
            trap: str, furniture: tuple = ("none", [])) -> tuple[str, str, str | None, list]:
    """(text, expected title, expected date, expected authors) of one document."""
    lang, template, gives, place = date_form
    base = TITLES[i % len(TITLES)]
    tlines, title, bare = title_lines(title_form, base, fmt, i)
    date_text = expected = None
    if template:
        date_text, y, m, d = _date_text(template, lang, i)
        expected = f"{y:04d}-{m:02d}-{d:02d}" if gives == "day" else f"{y:04d}-{m:02d}"
    blines, authors = byline
    at_end = blines[:1] == ["@end"]
    head_bylines = [] if at_end else list(blines)
    dated_line = date_text.split("\n") if date_text and place in ("line", "two lines", "cover") else []
    body_lang = lang if lang in BODIES and i % 2 else ("en2" if i % 3 == 0 else "en")
    body = list(BODIES[body_lang])
    if trap == "event":
        body[1] = EVENT_SENTENCE + " " + body[1]
    if place == "dateline":
        body[0] = date_text + body[0]
    if furniture[0] == "wrap":
        import textwrap

        body = [textwrap.fill(p, 70) for p in body]
    sep = "\n\n" if spaced else "\n"
    header_after: list[str] = []
    over: list[str] = []
    if place == "cover" or position == "over the title":
        over = dated_line
    elif position == "under the title":
        header_after = dated_line + head_bylines
        head_bylines = []
    if not header_after:
        header_after = head_bylines + ([] if over else dated_line)
    parts = []
    if over:
        parts.append("\n".join(over))
    parts.append("\n".join(tlines))
    if header_after:
        parts.append(sep.join("\n".join([ln]) for ln in header_after) if spaced else "\n".join(header_after))
    head = "\n\n".join(parts) if spaced or not bare else "\n".join(parts)
    where, extra = furniture
    if where == "top":
        head = "\n".join(extra) + "\n\n" + head
    elif where == "under" and not bare:
        head += "\n\n" + "\n".join(extra)
    text = head + ("\n" if bare else "\n\n") + "\n\n".join(body)
    tail = []
    if at_end:
        tail.append("\n".join(blines[1:]))
    if place == "dated":
        tail.append(date_text)
    tail += ["\n".join(TRAPS[trap])] if isinstance(TRAPS[trap], list) and TRAPS[trap] else []
    if where == "end":
        tail.append("\n".join(extra))
    if tail:
        text += "\n\n" + "\n\n".join(tail)
    return text + "\n", title, expected, [list(a) for a in authors]


FORMATS = ["txt", "md"]
TRAP_NAMES = list(TRAPS)
CONTEXTS = 4  # each form in four surroundings


def cells() -> list[Cell]:
    """Every cell of the sweep: each form of each axis in CONTEXTS surroundings, its companions from
    the other axes' development forms (a test cell has one test form, the one it measures)."""
    titles, dates, bylines = title_forms(), date_forms(), byline_forms()
    bylines = (bylines[0][:len(bylines[0]) - len(LATER_BYLINES)], bylines[1])
    out: list[Cell] = []
    n = 0
    for axis, (dev, test) in (("title", titles), ("date", dates), ("byline", bylines), ("later", ([], []))):
        if axis == "later":  # numbered apart, so the furniture's cells below stay as they were
            axis, dev, (saved, n) = "byline", LATER_BYLINES, (n, 10_000)
        for part, forms in (("dev", dev), ("test", test)):
            for f, form in enumerate(forms):
                for c in range(CONTEXTS):
                    n += 1
                    i = f * (CONTEXTS + 1) + c
                    t = form if axis == "title" else titles[0][(i * 7 + n) % len(titles[0])]
                    d = form if axis == "date" else dates[0][(i * 5 + n) % len(dates[0])]
                    b = form if axis == "byline" else bylines[0][(i * 3 + n) % len(bylines[0])]
                    fmt = FORMATS[(c + f) % 2]
                    spaced = (c // 2 + f) % 2 == 0
                    position = POSITIONS[(c + 2 * f) % 3]
                    trap = TRAP_NAMES[(i + n) % len(TRAP_NAMES)]
                    text, title, date, authors = compose(i, t, d, b, fmt=fmt, spaced=spaced, position=position,
                                                         trap=trap)
                    name = f"{axis}-{part}-{f + (100 if n > 10_000 else 0):02d}-{c}"
                    out.append(Cell(name, part, axis, text, fmt, title, date, authors))
    n = saved
    for f, furniture in enumerate(ADDED_FURNITURE):  # development cells: furniture around the header
        for c in range(CONTEXTS * 2):
            n += 1
            i = f * (CONTEXTS + 1) + c
            t, d, b = (titles[0][(i * 7 + n) % len(titles[0])], dates[0][(i * 5 + n) % len(dates[0])],
                       bylines[0][(i * 3 + n) % len(bylines[0])])
            text, title, date, authors = compose(i, t, d, b, fmt=FORMATS[c % 2], spaced=(c // 2) % 2 == 0,
                                                 position=POSITIONS[(c + f) % 3],
                                                 trap=TRAP_NAMES[(i + n) % len(TRAP_NAMES)], furniture=furniture)
            out.append(Cell(f"furniture-dev-{f:02d}-{c}", "dev", "furniture", text, FORMATS[c % 2], title, date,
                            authors))
    return out


def _got_authors(meta) -> list:
    return [[a["name"], a.get("affiliation")] for a in meta.authors]


@lru_cache(maxsize=1)
def results() -> list[tuple[Cell, dict]]:
    """Each cell with what the reader made of it (read from a file, as a user's document is)."""
    from azmap.corpus.reading import read

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, cell in enumerate(cells()):
            path = Path(tmp) / f"doc{k}.{cell.fmt}"
            path.write_text(cell.text, encoding="utf-8")
            meta = read(path).meta
            got = {"title": meta.title, "date": meta.date, "authors": _got_authors(meta)}
            out.append((cell, {"title": got["title"] == cell.title, "date": got["date"] == cell.date,
                               "authors": got["authors"] == cell.authors, "got": got}))
    return out


def figures(part: str) -> dict:
    """For one half: each field right in how many cells, and the cells of each axis right in the
    axis's own field."""
    rows = [(c, r) for c, r in results() if c.part == part]
    own = {"title": "title", "date": "date", "byline": "authors"}
    out = {"cells": len(rows)}
    for field in ("title", "date", "authors"):
        out[field] = sum(r[field] for _, r in rows)
    for axis, field in own.items():
        mine = [r for c, r in rows if c.axis == axis]
        out[f"{axis} axis"] = f"{sum(r[field] for r in mine)}/{len(mine)}"
    out["all three"] = sum(r["title"] and r["date"] and r["authors"] for _, r in rows)
    return out


def misses(part: str) -> list[tuple[Cell, dict]]:
    return [(c, r) for c, r in results() if c.part == part and not (r["title"] and r["date"] and r["authors"])]


if __name__ == "__main__":
    part = next((a for a in sys.argv[1:] if a in ("dev", "test")), "dev")
    print(part, figures(part))
    if "-v" in sys.argv:
        for cell, r in misses(part):
            wrong = [f for f in ("title", "date", "authors") if not r[f]]
            want = {"title": cell.title, "date": cell.date, "authors": cell.authors}
            print(f"--- {cell.name} [{cell.fmt}] wrong: " + ", ".join(f"{f}: got {r['got'][f]!r} want {want[f]!r}"
                                                                    for f in wrong))
            print("    " + cell.text[:400].replace("\n", "\n    "))
