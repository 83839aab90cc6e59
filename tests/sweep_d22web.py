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
- ``postbeside``: in the writer's box over the text, the element beside her linked name whose few words
  name a newsroom post (a table by meaning: correspondent, reporter, editor, columnist, in English, German,
  French, Spanish, Italian, Portuguese, Russian, Ukrainian, Turkish, Azerbaijani, Polish, Dutch) is her
  affiliation as printed; traps: a city alone beside the name (where she writes from), a follow button.
- ``boldcaps``: a web page's transcript whose turns open with the speaker's name in capitals and a colon set in
  bold ("<strong>NAME SURNAME:</strong> …"), two people taking turns, is read as the same turns in plain
  text are: the names, in ordinary case, are its participants, and the site's owner (its <title> and header)
  is no author where the tags name its desk; traps: bold labels in capitals that are no one's name ("UPDATE:",
  "NOTE:") opening several paragraphs of an article.
- ``creditspan``: a caption whose last element of its own holds a word or three with no sentence and no label
  ("Cedida", "Handout", "DR", "Archiv"), after an element ending a sentence, keeps that word out (the credit),
  the elements' texts apart however close they stand; traps: a caption in two elements whose last is a date or
  a place finishing an unfinished first one, a caption whose last element is a sentence of its own.
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
from tests.sweep_d18web import BODIES, TITLES, page


def cell(kind, half, name, lang, markup, participants=..., **given) -> dict:
    """tests/sweep_d18web.py's cell, its participants checked where given."""
    out = sweep_d18web.cell(kind, half, name, lang, markup, **given)
    out["participants"] = participants
    return out


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


def _posts_beside() -> list[dict]:
    rows = [
        # (half, name, lang, the writer, the words beside her linked name, whether they are her affiliation)
        ("dev", "en-shipping-reporter", "en", "Daniel Hughes", "Shipping Reporter", True),
        ("dev", "fr-correspondante", "fr", "Claire Dumont", "Correspondante économique", True),
        ("dev", "az-iqtisadi-muxbir", "az", "Nərgiz Əliyeva", "İqtisadi müxbir", True),
        ("dev", "trap-es-city", "es", "Lucía Ferrer", "Bilbao", False),
        ("dev", "trap-en-follow", "en", "Daniel Hughes", "Follow", False),
        # test half
        ("test", "de-wirtschaftsredakteurin", "de", "Miriam Vogt", "Wirtschaftsredakteurin", True),
        ("test", "ru-korrespondent", "ru", "Ирина Павлова", "Корреспондент отдела экономики", True),
        ("test", "tr-dis-haberler-muhabiri", "tr", "Zeynep Arslan", "Dış Haberler Muhabiri", True),
        ("test", "trap-de-city", "de", "Miriam Vogt", "Leipzig", False),
        ("test", "trap-tr-takip", "tr", "Zeynep Arslan", "Takip Et", False),
    ]
    out = []
    for half, name, lang, writer, beside, post in rows:
        head = f'<meta name="author" content="{html.escape(writer)}">\n'
        link = f'<a href="/profile/{_slug(writer)}" class="w-n">{writer}</a>'
        header = (f'<div class="w-box"><img src="/img/{_slug(writer)}.jpg" alt="{writer}"><div>{link}'
                  f'<span class="w-t">{beside}</span></div></div>\n'
                  '<time datetime="2026-03-02T11:20:00+03:00">02.03.2026 11:20</time>')
        out.append(cell("postbeside", half, name, lang, page(lang, _paras(lang), header=header, head=head),
                        authors=[(writer, beside if post else None)], furniture=[beside] if not post else []))
    return out


_TURNS = {
    "en": ["Thank you for joining us tonight. What changed at the border this week?",
           "The two commissions agreed the line along the river section, which took three years.",
           "And the railway crossing the disputed ground?", "That comes next month, with engineers on both sides."],
    "fr": ["Merci d'être avec nous. Qu'est-ce qui a changé à la frontière cette semaine ?",
           "Les deux commissions se sont accordées sur le tracé le long de la rivière.",
           "Et la voie ferrée qui traverse le terrain contesté ?", "Ce sera le mois prochain, avec des ingénieurs des deux côtés."],
    "es": ["Gracias por acompañarnos. ¿Qué cambió en la frontera esta semana?",
           "Las dos comisiones acordaron la línea a lo largo del tramo del río.",
           "¿Y el ferrocarril que cruza el terreno en disputa?", "Eso llegará el mes próximo, con ingenieros de ambos lados."],
    "de": ["Danke, dass Sie heute bei uns sind. Was hat sich diese Woche an der Grenze geändert?",
           "Die beiden Kommissionen haben sich auf den Verlauf am Fluss geeinigt.",
           "Und die Bahnstrecke über das umstrittene Gelände?", "Das folgt im nächsten Monat, mit Ingenieuren beider Seiten."],
    "ru": ["Спасибо, что пришли к нам. Что изменилось на границе на этой неделе?",
           "Две комиссии согласовали линию вдоль участка реки.",
           "А железная дорога через спорный участок?", "Это будет в следующем месяце, с инженерами обеих сторон."],
    "tr": ["Bu akşam bize katıldığınız için teşekkürler. Bu hafta sınırda ne değişti?",
           "İki komisyon nehir kesimi boyunca hattı kararlaştırdı.",
           "Peki tartışmalı araziden geçen demiryolu?", "O da gelecek ay, iki tarafın mühendisleriyle gelecek."],
}


_STATION = {"dev": "Caspian Radio", "test": "Kura Fernsehen"}  # the site's owner, in the <title> and the header


def _bold_caps() -> list[dict]:
    rows = [
        # (half, name, lang, host, guest, the bold element, a space before the colon, trap)
        ("dev", "en-strong", "en", "Laura Bennett", "Michael Shaw", "strong", "", ""),
        ("dev", "fr-b-space-colon", "fr", "Camille Rousseau", "Julien Marchetti", "b", " ", ""),
        ("dev", "es-strong", "es", "Lucía Ferrer", "Andrés Molina", "strong", "", ""),
        ("dev", "trap-en-update-labels", "en", "UPDATE", "NOTE", "strong", "", "labels"),
        # test half
        ("test", "de-b", "de", "Miriam Vogt", "Tobias Kern", "b", "", ""),
        ("test", "ru-strong", "ru", "Ирина Павлова", "Олег Смирнов", "strong", "", ""),
        ("test", "tr-strong-dotted", "tr", "Zeynep Arslan", "Emre Yıldız", "strong", "", ""),
        ("test", "trap-de-hinweis-labels", "de", "HINWEIS", "KORREKTUR", "b", "", "labels"),
    ]
    out = []
    for half, name, lang, host, guest, tag, space, trap in rows:
        said = _TURNS[lang]
        who = [host, guest, host, guest]
        caps = [w if trap else (w.replace("i", "İ").upper() if lang == "tr" else w.upper()) for w in who]
        paras = [f"<p><{tag}>{c}{space}:</{tag}> {html.escape(t, quote=False)}</p>" for c, t in zip(caps, said)]
        body = [f"{c}{space}: {t}" for c, t in zip(caps, said)]
        head = '<meta name="author" content="Web Desk">\n'
        markup = page(lang, paras, head=head, title=f"{TITLES[lang]} | {_STATION[half]}").replace(
            '<header class="site">', f'<header class="site"><a class="logo" href="/">{_STATION[half]}</a>', 1)
        out.append(cell("boldcaps", half, name, lang, markup, body=body,
                        participants=[] if trap else [host, guest],
                        authors=[(_STATION[half], None)] if trap else []))  # (an article: the owner's)
    return out


_CAPTIONS = {
    "en": "A container ship waits off the new berth at the port.",
    "fr": "Un porte-conteneurs attend au large du nouveau quai du port.",
    "az": "Konteyner gəmisi limanın yeni körpüsü qarşısında gözləyir.",
    "de": "Ein Containerschiff wartet vor dem neuen Liegeplatz des Hafens.",
    "ru": "Контейнеровоз ожидает у нового причала порта.",
    "tr": "Bir konteyner gemisi limanın yeni rıhtımı önünde bekliyor.",
}


def _credit_spans() -> list[dict]:
    rows = [
        # (half, name, lang, the caption's first element, its last element, whether the last is a credit)
        ("dev", "en-handout", "en", _CAPTIONS["en"], "Handout", True),
        ("dev", "fr-dr", "fr", _CAPTIONS["fr"], "DR", True),
        ("dev", "az-arxiv", "az", _CAPTIONS["az"], "Arxiv şəkli", True),
        ("dev", "trap-en-unfinished-date", "en", "A container ship waits off the new berth,", "March 2026", False),
        ("dev", "trap-en-second-sentence", "en", _CAPTIONS["en"], "The berth opened in 2024.", False),
        # test half
        ("test", "de-archiv", "de", _CAPTIONS["de"], "Archiv", True),
        ("test", "ru-press-sluzhba", "ru", _CAPTIONS["ru"], "Пресс-служба порта", True),
        ("test", "tr-arsiv", "tr", _CAPTIONS["tr"], "Arşiv", True),
        ("test", "trap-de-unfinished-place", "de", "Ein Containerschiff wartet vor dem Liegeplatz in", "Kuryk", False),
        ("test", "trap-tr-second-sentence", "tr", _CAPTIONS["tr"], "Rıhtım 2024'te açıldı.", False),
    ]
    out = []
    for half, name, lang, first, last, credit in rows:
        fig = (f'<figure><img src="/img/ship.jpg" alt=""><figcaption><span class="f-c">{first}</span>'
               f'<span class="f-x">{last}</span></figcaption></figure>')
        caption = first if credit else f"{first} {last}"
        out.append(cell("creditspan", half, name, lang, page(lang, _paras(lang), header=fig), captions=[caption],
                        furniture=[f"{first}{last}"]))
    return out


def cells(half: str | None = None) -> list[dict]:
    found = _account_metas() + _author_links() + _posts_beside() + _bold_caps() + _credit_spans()
    return [c for c in found if half is None or c["half"] == half]


def figures(half: str, verbose: bool = False) -> dict:
    return sweep_d18web.figures(half, verbose, found=cells(half))


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev", verbose=True), indent=1, ensure_ascii=False))
