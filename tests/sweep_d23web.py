"""A sweep over the kinds documents23's web pages showed the reader missing, taken up as development material and
written in other templates, wordings and languages, each kind named by form and position:

- ``boxunder``: the writer's box over the text (a by-word, her linked name, her newsroom post in an element of its
  own) standing under a standfirst's paragraph, not straight under the headline: the post is her affiliation as it
  is where no standfirst stands (tests/sweep_d22web.py's ``postbeside``); traps: a city beside the name, a follow
  button's label, a post beside a linked name inside the text's second paragraph (a quoted writer, no box).
- ``wikiedit``: a wiki's footer whose last-edit line, in the page's language, says "this page" and its last change
  and gives the day with the time after it, the time worded as the language does ("14 fevral 2026, saat 09:52-də",
  "3 martie 2025, ora 10:12", "2025. március 3., 10:12"): the page's date where it states no other; traps: a
  footer with only an access day of a reference ("Accessed", "İstifadə tarixi") and a licence's year, no date.
Each kind's cells are written in two halves before they are read: a development half and a test half of other
wordings, languages and traps, the test half measured once at the end. A cell is read and scored as in
tests/sweep_d18web.py.

``python -m tests.sweep_d23web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d18web
from tests.sweep_d18web import BODIES, page
from tests.sweep_d22web import cell

_STANDFIRST = {
    "en": "Officials say the first tankers could load before the summer; analysts are less sure",
    "az": "Rəsmilərə görə ilk tankerlər yaydan əvvəl yüklənə bilər; analitiklər əmin deyil",
    "de": "Die ersten Tanker könnten vor dem Sommer laden, heißt es; Fachleute sind skeptisch",
    "fr": "Les premiers pétroliers pourraient charger avant l'été, selon les responsables",
    "es": "Los primeros petroleros podrían cargar antes del verano, según los responsables",
    "ru": "Первые танкеры могут загрузиться до лета, говорят чиновники; аналитики сомневаются",
    "tr": "Yetkililere göre ilk tankerler yazdan önce yükleme yapabilir; analistler emin değil",
}
# a sentence of the text naming another writer and her post ({named}, {post})
_QUOTED = {"az": "Ötən həftə {named}, {post}, qrafikin çox sıx olduğunu yazmışdı.",
           "de": "Vergangene Woche schrieb {named}, {post}, der Zeitplan sei sehr knapp.",
           "en": "Last week {named}, {post}, wrote that the timetable was very tight."}
_BY = {"en": "By", "az": "Müəllif:", "de": "Von", "fr": "Par", "es": "Por", "ru": "Автор:", "tr": "Yazan:"}


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _boxes_under() -> list[dict]:
    rows = [
        # (half, name, lang, the writer, the words beside her linked name, whether they are her affiliation, where)
        ("dev", "az-xarici-muxbir", "az", "Səbinə Qasımova", "xarici siyasət müxbiri", True, "box"),
        ("dev", "en-energy-correspondent", "en", "Martin Boyle", "Energy Correspondent", True, "box"),
        ("dev", "de-redakteurin", "de", "Jana Albers", "Redakteurin Wirtschaft", True, "box"),
        ("dev", "trap-en-city", "en", "Martin Boyle", "Glasgow", False, "box"),
        ("dev", "trap-az-quoted-writer", "az", "Səbinə Qasımova", "köşə yazarı", False, "text"),
        # test half
        ("test", "fr-envoyee-speciale", "fr", "Hélène Marchand", "envoyée spéciale à Bakou", True, "box"),
        ("test", "es-corresponsal", "es", "Marta Iglesias", "Corresponsal en el Cáucaso", True, "box"),
        ("test", "ru-obozrevatel", "ru", "Олег Сафонов", "обозреватель отдела экономики", True, "box"),
        ("test", "trap-tr-follow", "tr", "Deniz Kaya", "Takip et", False, "box"),
        ("test", "trap-de-quoted-writer", "de", "Jana Albers", "Kolumnistin", False, "text"),
    ]
    out = []
    for half, name, lang, writer, beside, post, where in rows:
        link = f'<a href="/auteur/{_slug(writer)}" rel="author">{html.escape(writer)}</a>'
        standfirst = f'<p class="intro">{html.escape(_STANDFIRST[lang])}</p>\n'
        when = '<div class="dates"><time datetime="2026-03-05T18:30:00+01:00">05.03.2026 18:30</time></div>'
        paras = [f"<p>{html.escape(p, quote=False)}</p>" for p in BODIES[lang]]
        if where == "box":
            header = (standfirst + f'<div class="byline"><span>{_BY[lang]}</span> {link} '
                      f'<span class="byline-role">{html.escape(beside)}</span></div>\n' + when)
            authors, body = [(writer, beside if post else None)], BODIES[lang]
        else:  # the linked name and a post inside a sentence of the text: a quoted writer, no byline
            header = standfirst + when
            named = f'<a href="/auteur/{_slug(writer)}">{html.escape(writer)}</a>'
            sentence = _QUOTED[lang].format(named=named, post=f'<span class="role">{html.escape(beside)}</span>')
            paras = paras[:1] + [f"<p>{sentence}</p>"] + paras[1:]
            flat = _QUOTED[lang].format(named=writer, post=beside)
            authors, body = [], BODIES[lang][:1] + [flat] + BODIES[lang][1:]
        out.append(cell("boxunder", half, name, lang, page(lang, paras, header=header), authors=authors,
                        date="2026-03-05", body=body))
    return out


_WIKI_BODY = {
    "az": "Bakı–Supsa neft kəməri Xəzər dənizindən Qara dənizə neft daşıyan boru kəməridir.",
    "ru": "Нефтепровод Баку — Супса соединяет Каспийское море с Чёрным морем.",
    "ro": "Oleoductul Baku–Supsa leagă Marea Caspică de Marea Neagră.",
    "en": "The Baku–Supsa pipeline links the Caspian Sea with the Black Sea.",
    "hu": "A Baku–Szupsza kőolajvezeték a Kaszpi-tengert köti össze a Fekete-tengerrel.",
    "cs": "Ropovod Baku–Supsa spojuje Kaspické moře s Černým mořem.",
    "sv": "Oljeledningen Baku–Supsa förbinder Kaspiska havet med Svarta havet.",
    "tr": "Bakü-Supsa petrol boru hattı Hazar Denizi'ni Karadeniz'e bağlar.",
}


def _wiki_edits() -> list[dict]:
    rows = [
        # (half, name, lang, the footer's line, the date it gives or None)
        ("dev", "az-saat-de", "az", "Bu səhifə sonuncu dəfə 14 fevral 2026, saat 09:52-də redaktə edilib.",
         "2026-02-14"),
        ("dev", "ro-la-ora", "ro", "Această pagină a fost modificată ultima dată pe 3 martie 2025, la ora 10:12.",
         "2025-03-03"),
        ("dev", "ru-v-time", "ru", "Эта страница в последний раз была отредактирована 3 марта 2025 года в 10:12.",
         "2025-03-03"),
        ("dev", "trap-az-accessed-only", "az", "Mətn CC BY-SA 4.0 lisenziyası ilə yayımlanır. İstifadə tarixi: "
         "10 yanvar 2026.", None),
        # test half
        ("test", "hu-lap", "hu", "Ez a lap utoljára 2025. március 3., 10:12-kor változott.", "2025-03-03"),
        ("test", "cs-stranka", "cs", "Stránka byla naposledy editována 3. března 2025 v 10:12.", "2025-03-03"),
        ("test", "sv-sida", "sv", "Denna sida redigerades senast den 3 mars 2025 kl. 10.12.", "2025-03-03"),
        ("test", "trap-tr-licence-year", "tr", "Metin CC BY-SA 4.0 lisansı altındadır. © 2025 Vikipedi "
         "katkıcıları.", None),
    ]
    out = []
    for half, name, lang, line, day in rows:
        text = _WIKI_BODY[lang]
        markup = (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>Baku–Supsa — Wiki'
                  f'</title></head><body>\n<div class="vector-header"><a href="/">Wiki</a> <a>Search</a></div>\n'
                  f'<main id="content"><h1 id="firstHeading">Baku–Supsa</h1>\n<div id="bodyContent">'
                  f'<div class="mw-parser-output">\n<p>{html.escape(text)}</p>\n<p>{html.escape(text)} '
                  f'{html.escape(text)}</p>\n</div></div></main>\n<footer id="footer"><ul><li id="footer-info-lastmod">'
                  f'{html.escape(line)}</li>\n<li><a href="/privacy">Privacy</a></li></ul></footer>\n</body></html>\n')
        out.append(cell("wikiedit", half, name, lang, markup, authors=[], date=day,
                        body=[text, f"{text} {text}"], furniture=[line], title="Baku–Supsa"))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _boxes_under() + _wiki_edits()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
