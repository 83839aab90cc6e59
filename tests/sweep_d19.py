"""A sweep over the kind of date documents19's pages showed the reader missing, taken up as development
material: a page's labelled dates chosen by what each label says (``labelled``). "Updated:", "Last
updated", "Laatst bijgewerkt:", "Published" and their like in other languages give the page's date;
"Still current at:" (the day the page was looked at), an event's own day and an object's dates do not.

Each cell is written in two halves before anything is measured: a development half (the tuning's) and a
test half of other wordings, languages and look-alike traps, measured once at the end. A cell is read
and scored as in tests/sweep_d18web.py.

``python -m tests.sweep_d19 dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import json
import sys

from tests import sweep_d18web
from tests.sweep_d18web import cell, page


def _labelled_page(lang: str, rows: list[tuple[str, str]], box: str = "dl") -> str:
    """A page whose labelled rows stand under its heading, as a definition list or as paragraphs."""
    if box == "dl":
        header = '<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"
    else:
        header = "".join(f'<p class="meta">{k} {v}</p>' for k, v in rows)
    return page(lang, [f"<p>{p}</p>" for p in sweep_d18web.BODIES[lang]], header=header)


def _labelled() -> list[dict]:
    rows = [
        # development half
        ("dev", "still-current-then-updated", "en",
         [("Still current at:", "3 March 2026"), ("Updated:", "12 February 2026")], "dl", "2026-02-12"),
        ("dev", "event-date-then-published", "en",
         [("Event date:", "Tuesday 4 November 2025"), ("Published", "11 November 2025")], "p", "2025-11-11"),
        ("dev", "de-aktualisiert", "de",
         [("Datierung:", "um 1905"), ("Zuletzt aktualisiert:", "2. Oktober 2025")], "dl", "2025-10-02"),
        ("dev", "fr-mis-a-jour", "fr",
         [("Consulté le :", "5 janvier 2026"), ("Mis à jour le :", "18 décembre 2025")], "p", "2025-12-18"),
        ("dev", "es-publicado-evento", "es",
         [("Fecha del evento:", "2 de octubre de 2025"), ("Publicado:", "9 de octubre de 2025")], "dl", "2025-10-09"),
        ("dev", "trap-event-only", "en", [("Event date:", "21 May 2025")], "dl", None),
        ("dev", "trap-still-current-only", "en", [("Still current at:", "3 March 2026")], "dl", None),
        # test half
        ("test", "last-updated-viewed", "en",
         [("Page viewed:", "14 April 2026"), ("Last updated", "30 March 2026")], "p", "2026-03-30"),
        ("test", "ru-obnovleno", "ru",
         [("Дата мероприятия:", "3 сентября 2025"), ("Опубликовано:", "10 сентября 2025")], "dl", "2025-09-10"),
        ("test", "tr-guncelleme", "tr",
         [("Erişim tarihi:", "7 Ocak 2026"), ("Son güncelleme:", "22 Aralık 2025")], "dl", "2025-12-22"),
        ("test", "de-veroeffentlicht", "de",
         [("Veranstaltung:", "6. März 2025"), ("Veröffentlicht:", "13. März 2025")], "p", "2025-03-13"),
        ("test", "fr-publie-objet", "fr",
         [("Acquisition :", "12 juin 1961"), ("Publié le :", "3 février 2026")], "dl", "2026-02-03"),
        ("test", "trap-viewed-only", "fr", [("Consulté le :", "5 janvier 2026")], "p", None),
        ("test", "trap-event-only-es", "es", [("Fecha del evento:", "2 de octubre de 2025")], "dl", None),
    ]
    return [cell("labelled", half, name, lang, _labelled_page(lang, r, box), date, [])
            for half, name, lang, r, box, date in rows]


def _desk_page(lang: str, tag: str, title: str, brand: str, tag_name: str = "author") -> str:
    """A page whose tags credit ``tag`` (a desk, or not), its <title> ending with the owner, its header
    naming the owner by ``brand`` (markup: a logo's alt text or a line)."""
    paras = "\n".join(f"<p>{p}</p>" for p in sweep_d18web.BODIES[lang])
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>\n'
            f'<meta name="{tag_name}" content="{tag}">\n</head><body>\n<header>{brand} <nav><a href="/">Home</a> '
            f'<a href="/about">About</a></nav></header>\n<main><article>\n<h1>{sweep_d18web.TITLES[lang]}</h1>\n'
            f'<div class="article-body">\n{paras}\n</div>\n</article></main>\n'
            f'<footer><p>Contact · Privacy</p></footer>\n</body></html>\n')


def _desks() -> list[dict]:
    org = lambda name: [(name, None)]  # noqa: E731
    rows = [
        # development half
        ("dev", "directorate-crest", "en", "Consular Directorate", "Ports advice - Ministry of Transport of Veltria",
         '<a href="/"><img src="/crest.svg" alt="Ministry of Transport of Veltria"></a>', "dcterms.creator",
         org("Ministry of Transport of Veltria")),
        ("dev", "de-abteilung-unit", "de", "Abteilung Kommunikation HN",
         "Aufruf: Tagung – Institut für Kaukasusstudien HN",
         '<img src="/logo.svg" alt="Hochschule Nordwald"><div class="unit">Institut für Kaukasusstudien</div>', "author",
         org("Institut für Kaukasusstudien")),
        ("dev", "fr-direction", "fr", "Direction de la communication", "Avis | Agence des ports de Calvère",
         '<div class="brand">Agence des ports de Calvère</div>', "author", org("Agence des ports de Calvère")),
        ("dev", "es-departamento", "es", "Departamento de Comunicación", "Nota - Instituto Caspio de Energía",
         '<img src="/logo.png" alt="Instituto Caspio de Energía">', "author", org("Instituto Caspio de Energía")),
        ("dev", "trap-ministry-tag", "en", "Ministry of Energy of Veltria", "Gas advice - Ministry of Energy of Veltria",
         '<img src="/crest.svg" alt="Ministry of Energy of Veltria">', "author", org("Ministry of Energy of Veltria")),
        # test half
        ("test", "department-logo", "en", "Communications Department", "Notice | Caspian Ports Authority",
         '<img src="/logo.svg" alt="Caspian Ports Authority">', "author", org("Caspian Ports Authority")),
        ("test", "ru-otdel", "ru", "Отдел информации", "Объявление — Институт каспийских исследований",
         '<div class="brand">Институт каспийских исследований</div>', "author", org("Институт каспийских исследований")),
        ("test", "tr-birimi", "tr", "Basın Birimi", "Duyuru | Hazar Enerji Enstitüsü",
         '<img src="/logo.png" alt="Hazar Enerji Enstitüsü">', "dcterms.creator", org("Hazar Enerji Enstitüsü")),
        ("test", "fr-service-unit", "fr", "Service communication UNC", "Appel – Centre d'études caucasiennes UNC",
         "<div class=\"unit\">Centre d'études caucasiennes</div>", "author", org("Centre d'études caucasiennes")),
        ("test", "trap-agency-tag", "es", "Agencia Caspia de Puertos", "Aviso - Agencia Caspia de Puertos",
         '<img src="/logo.png" alt="Agencia Caspia de Puertos">', "author", org("Agencia Caspia de Puertos")),
    ]
    return [cell("desk", half, name, lang, _desk_page(lang, tag, title, brand, tag_name), ..., authors)
            for half, name, lang, tag, title, brand, tag_name, authors in rows]


def _posts() -> list[dict]:
    """A summary's writer line under its text: the name linked, her post and office after the comma, the
    publication day after a separator; traps: no post, a date after the comma."""
    rows = [
        # development half
        ("dev", "en-coordinator", "en", "Summary written by {a}, Research Fellow, Energy Programme · Published 4 June 2025",
         "Leyla Orujova", "Research Fellow, Energy Programme", "2025-06-04"),
        ("dev", "fr-chargee", "fr", "Compte rendu rédigé par {a}, chargée de recherche, Programme Caucase · Publié le 4 juin 2025",
         "Claire Morvan", "chargée de recherche, Programme Caucase", "2025-06-04"),
        ("dev", "de-referent", "de", "Zusammenfassung von {a}, Referent, Programm Südkaukasus · Veröffentlicht: 4. Juni 2025",
         "Jonas Albrecht", "Referent, Programm Südkaukasus", "2025-06-04"),
        ("dev", "es-coordinadora", "es", "Resumen escrito por {a}, coordinadora, Programa Cáucaso · Publicado: 4 de junio de 2025",
         "Lucía Navarro", "coordinadora, Programa Cáucaso", "2025-06-04"),
        ("dev", "trap-no-post", "en", "Summary written by {a} · Published 4 June 2025", "Leyla Orujova", None, "2025-06-04"),
        # test half
        ("test", "en-manager", "en", "Written by {a}, Programme Manager, Eurasia Programme | Published 9 July 2025",
         "Tomas Whitfield", "Programme Manager, Eurasia Programme", "2025-07-09"),
        ("test", "ru-koordinator", "ru", "Обзор подготовил {a}, координатор, Программа «Кавказ» · Опубликовано: 9 июля 2025",
         "Руслан Каримов", "координатор, Программа «Кавказ»", "2025-07-09"),
        ("test", "tr-uzman", "tr", "Özeti yazan: {a}, Araştırmacı, Kafkasya Programı · Yayınlanma: 9 Temmuz 2025",
         "Elif Demir", "Araştırmacı, Kafkasya Programı", "2025-07-09"),
        ("test", "fr-charge", "fr", "Rédigé par {a}, chargé de mission, Pôle Eurasie · Publié le 9 juillet 2025",
         "Hugo Lemaire", "chargé de mission, Pôle Eurasie", "2025-07-09"),
        ("test", "trap-date-after-comma", "en", "Summary written by {a}, 9 July 2025", "Tomas Whitfield", None,
         "2025-07-09"),
    ]
    out = []
    for half, name, lang, line, who, post, date in rows:
        link = f'<a href="/experts/{name}">{who}</a>'
        markup = page(lang, [f"<p>{p}</p>" for p in sweep_d18web.BODIES[lang]],
                      after=f'<p class="written-by">{line.format(a=link)}</p>')
        out.append(cell("post", half, name, lang, markup, date, [(who, post)]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _labelled() + _desks() + _posts()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    found = cells(half)
    from tests import sweep_d16html

    out = sweep_d16html.figures(half, True, found=found)
    misses = out.pop("misses")
    if verbose:
        out["misses"] = misses
    return out


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
