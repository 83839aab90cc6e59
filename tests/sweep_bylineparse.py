"""A sweep over a byline's line read into people, posts and places once (documents26's web pages), each kind
named by form and position, written in other templates, wordings and languages than documents26:

- ``bylineline``: a byline's line holding several people, each followed by a post after a comma ("Diplomatic
  Editor", "envoyée spéciale"), a place ("in Tbilisi", "à Tbilissi", "в Москве": no affiliation), an
  institution, or a contributor's role in brackets or before a colon ("(texte)", "(photos)", "Grafik:",
  "Fotoğraf:": only a writing role names an author), and a rank or an academic title before the name ("Dra.",
  "Mag.", "Prof.", "Doç. Dr.": no part of the name); traps: a role naming writing and pictures at once
  ("Text und Fotos: A": an author), brackets holding a place ("A (Baku) und B (Tiflis)": both authors), a
  plain pair of names.
- ``boxpost``: an author's box after the text whose paragraph opens with the byline's writer, a dash and her
  post up to the sentence's end ("A – Redakteur im Ressort Wirtschaft. Er schreibt …"): the post is her
  affiliation; traps: the dash opening a clause of a sentence ("A – who has covered … – lives in …"), a box
  naming another person than the byline's.
- ``dashcredit``: a figure's caption ending in a spaced dash and a credit (an agency's name in capitals, a
  credit's label and a name: "… on Monday. — Reuters", "… 2026. – Foto: dpa"): the caption is kept without
  its credit; traps: a caption holding spaced dashes of its own ("Baku — the capital — at night").

Each kind's cells are written in two halves before the reader is changed: a development half (the
tuning's) and a test half of other wordings, languages and traps, measured once at the end. A cell is
read and scored as in tests/sweep_d18web.py.

``python -m tests.sweep_bylineparse dev`` (or ``test``) prints a half's figures and its misses.
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


def _a(name: str) -> str:
    return f'<a href="/autoren/{name.lower().replace(" ", "-")}">{name}</a>'


def _byline_lines() -> list[dict]:
    rows = [
        # (half, name, lang, the byline's element (markup), the authors read (name, affiliation))
        ("dev", "en-two-post-place", "en",
         f'<div class="byline">By {_a("Rachel Dunmore")}, Diplomatic Editor, and {_a("Omar Pell")} in Tbilisi</div>',
         [("Rachel Dunmore", "Diplomatic Editor"), ("Omar Pell", None)]),
        ("dev", "fr-roles-in-brackets", "fr",
         '<p class="auteurs">Claire Morvan (texte) et Hugo Lemaire (photos)</p>', [("Claire Morvan", None)]),
        ("dev", "de-labels-dots", "de",
         '<div class="author">Text: Jonas Albrecht · Fotos: Lena Brandt · Grafik: Tim Ober</div>',
         [("Jonas Albrecht", None)]),
        ("dev", "es-title-institution", "es",
         '<span class="autor">Por la Dra. Lucía Ferrer, Universidad de Granada</span>',
         [("Lucía Ferrer", "Universidad de Granada")]),
        ("dev", "ru-post-and-place", "ru",
         '<div class="author">Ирина Соколова, специальный корреспондент, и Олег Петров в Москве</div>',
         [("Ирина Соколова", "специальный корреспондент"), ("Олег Петров", None)]),
        ("dev", "trap-de-text-und-fotos", "de", '<div class="author">Text und Fotos: Lena Brandt</div>',
         [("Lena Brandt", None)]),
        ("dev", "trap-de-places-in-brackets", "de",
         '<div class="byline">Von Jonas Albrecht (Baku) und Lena Brandt (Tiflis)</div>',
         [("Jonas Albrecht", None), ("Lena Brandt", None)]),
        ("dev", "trap-en-plain-pair", "en", f'<div class="byline">By {_a("Hannah Mercer")} and {_a("Tom Reed")}</div>',
         [("Hannah Mercer", None), ("Tom Reed", None)]),
        # added while tuning (development half only)
        ("dev", "fr-place-after-comma", "fr", '<div class="byline">Par Mme Claire Morvan, à Paris</div>',
         [("Claire Morvan", None)]),
        ("dev", "en-story-slash-video", "en", '<div class="byline">Story: Sarah Collins / Video: Mark Hale</div>',
         [("Sarah Collins", None)]),
        ("dev", "az-dos-title", "az", '<div class="author">Müəllif: dos. Aynur Quliyeva</div>', [("Aynur Quliyeva", None)]),
        ("dev", "de-uebersetzung-mitarbeit", "de",
         '<div class="byline">Text: Anna Huber · Übersetzung: Karl Maier · Mitarbeit: Eva Berger</div>',
         [("Anna Huber", None)]),
        ("dev", "en-phd-after-comma", "en", '<div class="byline">By Sarah Collins, PhD, and Mark Hale</div>',
         [("Sarah Collins", None), ("Mark Hale", None)]),
        ("dev", "trap-en-particle-da", "en", '<div class="byline">By Pedro Alves da Silva and Tom Reed</div>',
         [("Pedro Alves da Silva", None), ("Tom Reed", None)]),
        ("dev", "de-guest-line-title-institute", "de",
         '<p><em>Ein Gastbeitrag von <a href="https://uni.example/huber">Dr. Anna Huber</a>, Institut für Völkerrecht '
         'der Universität Wien.</em></p>', [("Anna Huber", "Institut für Völkerrecht der Universität Wien")]),
        ("dev", "en-guest-line-prof-institute", "en",
         '<p><em>Guest post by <a href="https://cpi.example/hale">Prof. Mark Hale</a>, Caspian Policy Institute.</em></p>',
         [("Mark Hale", "Caspian Policy Institute")]),
        ("dev", "trap-en-guest-line-then-sentence", "en",
         '<p><em>Guest post by Nadia Kessler. The views are her own.</em></p>', [("Nadia Kessler", None)]),
        ("dev", "tr-guest-label-title", "tr",
         '<p><em>Konuk yazar: <a href="https://uni.example/kaya">Doç. Dr. Elif Kaya</a>, Ankara Üniversitesi.</em></p>',
         [("Elif Kaya", "Ankara Üniversitesi")]),
        # test half
        ("test", "tr-haber-fotograf", "tr", '<div class="muhabir">Haber: Elif Kaya · Fotoğraf: Murat Demir</div>',
         [("Elif Kaya", None)]),
        ("test", "de-mag-title", "de", f'<div class="byline">Von Mag. {_a("Jonas Albrecht")}</div>',
         [("Jonas Albrecht", None)]),
        ("test", "fr-post-and-place", "fr",
         f'<p class="signature">Par {_a("Claire Morvan")}, envoyée spéciale, et {_a("Hugo Lemaire")} à Tbilissi</p>',
         [("Claire Morvan", "envoyée spéciale"), ("Hugo Lemaire", None)]),
        ("test", "en-prof-institute", "en",
         '<p class="byline">By Prof. Hannah Mercer, Caspian Policy Institute</p>',
         [("Hannah Mercer", "Caspian Policy Institute")]),
        ("test", "es-texto-video", "es", '<p class="autor">Lucía Ferrer (texto), Pablo Ortega (vídeo)</p>',
         [("Lucía Ferrer", None)]),
        ("test", "az-metn-foto", "az", '<div class="author">Mətn: Aynur Quliyeva · Foto: Rauf Əliyev</div>',
         [("Aynur Quliyeva", None)]),
        ("test", "trap-en-words-and-pictures", "en", '<div class="byline">Words and pictures: Tom Reed</div>',
         [("Tom Reed", None)]),
        ("test", "trap-es-places-in-brackets", "es",
         '<div class="byline">Por Lucía Ferrer (Madrid) y Pablo Ortega (Bakú)</div>',
         [("Lucía Ferrer", None), ("Pablo Ortega", None)]),
    ]
    return [cell("bylineline", half, name, lang, page(lang, _paras(lang), header=line + _WHEN), authors=names)
            for half, name, lang, line, names in rows]


def _box_posts() -> list[dict]:
    rows = [
        # (half, name, lang, the byline's writer, the box's paragraph (its name in bold), the affiliation read)
        ("dev", "en-dash-post", "en", "Hannah Mercer",
         "<strong>Hannah Mercer</strong> – senior correspondent for the Caucasus. She has covered the region since "
         "2015.", "senior correspondent for the Caucasus"),
        ("dev", "de-emdash-post", "de", "Jonas Albrecht",
         "<b>Jonas Albrecht</b> — Redakteur im Ressort Wirtschaft. Er schreibt über Energie und Verkehr.",
         "Redakteur im Ressort Wirtschaft"),
        ("dev", "fr-dash-post", "fr", "Claire Morvan",
         "<strong>Claire Morvan</strong> – journaliste au service Économie. Elle couvre le Caucase depuis 2018.",
         "journaliste au service Économie"),
        ("dev", "trap-en-dash-clause", "en", "Hannah Mercer",
         "<strong>Hannah Mercer</strong> – who has covered the region since 2015 – lives in Tbilisi.", None),
        ("dev", "trap-en-other-person", "en", "Hannah Mercer",
         "<strong>Omar Pell</strong> – editor of the business desk. He edits the energy pages.", None),
        # test half
        ("test", "ru-emdash-post", "ru", "Ирина Соколова",
         "<strong>Ирина Соколова</strong> — обозреватель отдела экономики. Пишет об энергетике.",
         "обозреватель отдела экономики"),
        ("test", "es-dash-post", "es", "Lucía Ferrer",
         "<b>Lucía Ferrer</b> – redactora de la sección de Economía. Escribe sobre energía.",
         "redactora de la sección de Economía"),
        ("test", "tr-dash-post", "tr", "Elif Kaya",
         "<strong>Elif Kaya</strong> – ekonomi muhabiri. Enerji ve ulaştırma üzerine yazıyor.", "ekonomi muhabiri"),
        ("test", "trap-de-dash-clause", "de", "Jonas Albrecht",
         "<b>Jonas Albrecht</b> – der seit 2015 aus der Region berichtet – lebt in Wien.", None),
        ("test", "trap-ru-other-person", "ru", "Ирина Соколова",
         "<strong>Олег Петров</strong> — редактор отдела экономики. Пишет о транспорте.", None),
    ]
    out = []
    for half, name, lang, writer, box, want in rows:
        by = {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "ru": "Автор:", "tr": "Yazan:"}[lang]
        header = f'<div class="byline">{by} {_a(writer)}</div>{_WHEN}'
        after = f'<div class="author-box"><p>{box}</p></div>'
        out.append(cell("boxpost", half, name, lang, page(lang, _paras(lang), header=header, after=after),
                        authors=[(writer, want)]))
    return out


def _dash_credits() -> list[dict]:
    rows = [
        # (half, name, lang, the caption's text, the caption kept)
        ("dev", "en-emdash-agency", "en", "Ferries wait at the port of Alat on Monday. — Reuters",
         "Ferries wait at the port of Alat on Monday."),
        ("dev", "fr-endash-agency", "fr", "Le port de Poti, en février 2026. – AFP", "Le port de Poti, en février 2026."),
        ("dev", "de-emdash-label", "de", "Ein Güterzug bei Kars am Dienstag. — Foto: dpa/Uwe Brandt",
         "Ein Güterzug bei Kars am Dienstag."),
        ("dev", "trap-en-dashes-inside", "en", "Baku — the capital of Azerbaijan — at night",
         "Baku — the capital of Azerbaijan — at night"),
        ("dev", "trap-en-route-dash", "en", "The ferry route Alat – Aktau on a map", "The ferry route Alat – Aktau on a map"),
        # test half
        ("test", "es-emdash-agency", "es", "Camiones en la frontera, el lunes. — EFE", "Camiones en la frontera, el lunes."),
        ("test", "ru-emdash-agency", "ru", "Паромный терминал в Алятe в понедельник. — ТАСС",
         "Паромный терминал в Алятe в понедельник."),
        ("test", "tr-endash-label", "tr", "Bakü Limanı'nda bekleyen tırlar. – Fotoğraf: AA",
         "Bakü Limanı'nda bekleyen tırlar."),
        ("test", "trap-de-dashes-inside", "de", "Tiflis – die Hauptstadt Georgiens – am Abend",
         "Tiflis – die Hauptstadt Georgiens – am Abend"),
        ("test", "trap-az-route-dash", "az", "Ələt – Aktau bərə xətti xəritədə", "Ələt – Aktau bərə xətti xəritədə"),
    ]
    out = []
    for half, name, lang, caption, kept in rows:
        paras = _paras(lang)
        paras.insert(1, f'<figure class="story-image"><img src="/media/2026/03/x.jpg" alt="">'
                        f'<figcaption>{html.escape(caption, quote=False)}</figcaption></figure>')
        out.append(cell("dashcredit", half, name, lang, page(lang, paras, header=_WHEN), authors=[],
                        captions=[kept]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _byline_lines() + _box_posts() + _dash_credits()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
