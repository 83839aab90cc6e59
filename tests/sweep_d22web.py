"""A sweep over the kinds documents22's web pages showed the reader missing, taken up as development
material and written in other templates, wordings and languages, each kind named by form and position:

- ``accountmeta``: the tags' author (<meta name="author">) that names no one the page shows, a content
  system's account or the site's name, gives way to the byline the page marks and shows ("Written by:",
  "Von", "Автор:" before a name in an element marked as the author's); traps: the tags' author a person
  the page's own byline line shows, with another name marked further on (a related article's writer); the
  tags' person shown nowhere, the element marked as the author's a photographer's credit.
- ``authorlink``: a line over the text whose only text is a link to the writer's own page (its path a
  folder named for authors by meaning in any language: author, autor, auteur, autore, yazar, avtor,
  müəllif, auteurs, then the name's slug) and perhaps a place beside it, is the byline, the link's text
  the writer; traps: a link to an author's page inside a paragraph of the text (a quoted writer), a
  link to a topic's page over the text.

Each kind's cells are written in two halves before the reader is changed: a development half (the
tuning's) and a test half of other wordings, languages and traps, measured once at the end. A cell is
read and scored as in tests/sweep_d18web.py (with its title where stated).

``python -m tests.sweep_d22web dev`` (or ``test``) prints a half's figures and its misses.
"""
from __future__ import annotations

import html
import json
import sys

from tests import sweep_d18web
from tests.sweep_d18web import BODIES, page


def cell(kind, half, name, lang, markup, **given) -> dict:
    return sweep_d18web.cell(kind, half, name, lang, markup, **given)


def _paras(lang: str) -> list[str]:
    return [f"<p>{html.escape(p, quote=False)}</p>" for p in BODIES[lang]]


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _account_metas() -> list[dict]:
    rows = [
        # (half, name, lang, the tags' author, the byline's markup ({} the writer), the writer, the trap's
        #  visible line (None: no trap))
        ("dev", "en-site-admin-posted-by", "en", "Site Admin",
         '<p class="post-meta" itemprop="author" itemscope>Posted by <span itemprop="name">{}</span></p>',
         "Thomas Whitfield", None),
        ("dev", "fr-site-name-signe", "fr", "Courrier du Caucase",
         '<div class="signature author">Rédigé par : <b>{}</b></div>', "Camille Rousseau", None),
        ("dev", "az-editor-admin", "az", "Editor Admin",
         '<span class="author-name" itemprop="author">Müəllif: <a href="/team/x">{}</a></span>', "Ramin Quliyev", None),
        ("dev", "trap-en-tags-person-shown", "en", "Hannah Mercer",
         '<aside class="related"><div class="author">{}</div></aside>', "Peter Oakes", "By Hannah Mercer"),
        ("dev", "trap-es-tags-person-photo-credit", "es", "Lucía Ferrer",
         '<figure><figcaption class="author-photo">Foto: {}</figcaption></figure>', "Andrés Molina", ""),
        # test half
        ("test", "de-redaktion-site-von", "de", "Kaspischer Kurier",
         '<div class="byline" itemprop="author">Von <span itemprop="name">{}</span></div>', "Jonas Feldmann", None),
        ("test", "ru-site-admin-avtor", "ru", "Site Admin",
         '<p class="entry-author">Автор: <span class="author vcard">{}</span></p>', "Ольга Смирнова", None),
        ("test", "tr-super-user-yazar", "tr", "Super User",
         '<dd class="createdby" itemprop="author">Yazar: <span itemprop="name">{}</span></dd>', "Mehmet Aydın", None),
        ("test", "trap-de-tags-person-shown", "de", "Lena Brandt",
         '<aside class="weitere"><span class="author">{}</span></aside>', "Tobias Kern", "Von Lena Brandt"),
        ("test", "trap-fr-tags-person-photo-credit", "fr", "Julien Marchetti",
         '<figure><figcaption class="author-credit">Photo : {}</figcaption></figure>', "Sophie Lambert", ""),
    ]
    out = []
    for half, name, lang, tags, markup, writer, shown in rows:
        head = f'<meta name="author" content="{html.escape(tags)}">\n'
        header = markup.format(writer) if shown is None else f'<p class="dateline">{shown}</p>'
        after = "" if shown is None else markup.format(writer)
        if shown == "":  # the tags' person with no line of her own; the marked element a photographer's credit
            header, after = "", markup.format(writer)
        out.append(cell("accountmeta", half, name, lang, page(lang, _paras(lang), header=header, head=head, after=after),
                        authors=[(writer if shown is None else tags, None)]))
    return out


def _author_links() -> list[dict]:
    rows = [
        # (half, name, lang, the tags' author, the link's folder, the writer, the place beside ("" none), trap)
        ("dev", "en-author-folder-place", "en", "The Border Gazette", "author", "Eleanor Finch", "Kutaisi", ""),
        ("dev", "fr-auteur-html", "fr", "Le Courrier du Caucase", "auteur", "Claire Dumont", "", ""),
        ("dev", "az-muellif", "az", "Xəzər Xəbər", "muellif", "Nərgiz Əliyeva", "Gəncə", ""),
        ("dev", "trap-en-quoted-writer", "en", "The Border Gazette", "author", "Eleanor Finch", "", "quoted"),
        ("dev", "trap-en-topic-link", "en", "The Border Gazette", "topics", "Caspian Shipping", "", "topic"),
        # test half
        ("test", "de-autor-ort", "de", "Kaspischer Kurier", "autor", "Miriam Vogt", "Leipzig", ""),
        ("test", "tr-yazar", "tr", "Doğu Gazetesi", "yazar", "Zeynep Arslan", "", ""),
        ("test", "ru-avtor-place", "ru", "Каспийский вестник", "avtor", "Ирина Павлова", "Астрахань", ""),
        ("test", "trap-de-quoted-writer", "de", "Kaspischer Kurier", "autor", "Miriam Vogt", "", "quoted"),
        ("test", "trap-es-topic-link", "es", "Diario del Norte", "temas", "Corredor Medio", "", "topic"),
    ]
    out = []
    for half, name, lang, tags, folder, writer, place, trap in rows:
        head = (f'<meta name="author" content="{html.escape(tags)}">\n'
                f'<meta property="og:site_name" content="{html.escape(tags)}">\n')
        link = f'<a href="/{folder}/{_slug(writer)}.html" class="x-a">{writer}</a>'
        paras, body = _paras(lang), list(BODIES[lang])
        header = ""
        if trap == "quoted":
            said = {"en": f"{writer} wrote last year that the crossing would need a second lane.",
                    "de": f"{writer} schrieb im vergangenen Jahr, der Übergang brauche eine zweite Spur."}[lang]
            paras.insert(1, "<p>" + said.replace(writer, link) + "</p>")
            body.insert(1, said)
        else:
            beside = f'<span class="x-l">{place}</span>' if place else ""
            header = (f'<div class="x-ath"><div class="x-ath__p">{link}{beside}</div></div>\n'
                      '<time datetime="2026-03-03T20:05:00+01:00">03/03/2026</time>')
        authors = [(writer, None)] if not trap else []
        out.append(cell("authorlink", half, name, lang, page(lang, paras, header=header, head=head), body=body,
                        authors=authors))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _account_metas() + _author_links()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
