"""Multilingual word tables: the words the readers test lines by, in one place for every language the
corpus meets (English, German, French, Spanish, Italian, Portuguese, Polish, Russian, Turkish,
Azerbaijani), so that a reader that recognises an institution or a caption recognises it in every
language alike. Each table lists words by language; the patterns built from them are compiled once.

- ``INSTITUTION``: a word that names an institution, an organisation or an outlet ("Institute",
  "Stiftung", "Fundación", "Instytut", "Vakfı", "Üniversitesi", "Akademiyası", "Институт", "Центр");
- ``FIGURE_LABEL``: the word a figure's, table's or map's number follows ("Figure", "Abb.", "Graphique",
  "Рисунок", "Şekil", "Tabelle", "Karte", …); ``CAPTION_LABEL``: a caption's opening, that word and its
  number ("Abbildung 2:", "Рис. 3", "Şəkil 1."), or a photo's or source's label ("Foto:", "Quelle:").
"""
from __future__ import annotations

import re

# words of an institution's or organisation's name, by language; a stem ends with "*" (any ending: the
# languages that inflect or compound: "Forschungszentrum", "Университета", "Üniversitesi")
_INSTITUTION_WORDS = {
    "en": """institut* universit* college school centre center department faculty foundation council agency
        ministry office service forum programme program academy consult* group ltd llc inc gmbh partners associates
        company corporation bank lab laboratory observatory network association society trust media news daily
        herald times review journal magazine gazette wire station survey watch initiative coalition alliance
        federation union commission committee secretariat museum library archive archives authority bureau
        administration directorate""",
    "de": """*stiftung *stiftungen *zentrum *zentren hochschule* *akademie verband verein gesellschaft ministerium
        bundesministerium bundesamt behörde *forschungsstelle *institut universität* kommission ausschuss""",
    "fr": """fondation centre université* école académie observatoire conseil agence ministère laboratoire
        association société fédération commission comité""",
    "es": """fundación centro universidad* escuela academia observatorio consejo agencia ministerio laboratorio
        asociación sociedad federación comisión comité instituto""",
    "it": """fondazione centro università istituto accademia osservatorio consiglio agenzia ministero laboratorio
        associazione società federazione commissione comitato scuola""",
    "pt": """fundação centro universidade instituto academia observatório conselho agência ministério""",
    "pl": """instytut* fundacj* uniwersytet* ośrod* centrum akademi* politechnik* stowarzyszeni*""",
    "ru": """институт* университет* центр* фонд* академи* агентств* министерств* обществ* ассоциаци*
        лаборатори* комисси* комитет* обсерватори*""",
    "tr": """üniversite* vakf* vakıf enstitü* merkez* akademi* derne* bakanlığ* kurum* ajans*""",
    "az": """universitet* akademiya* mərkəz* fond* nazirliy* agentliy* cəmiyyət* assosiasiya* institut*""",
}


def _pattern(table: dict[str, str]) -> str:
    words = sorted({w.lower() for text in table.values() for w in text.split()}, key=lambda w: (-len(w), w))
    parts = [(r"\w*" if w.startswith("*") else "") + re.escape(w.strip("*")) + (r"\w*" if w.endswith("*") else "")
             for w in words]
    return r"\b(?:" + "|".join(parts) + r")\b"


INSTITUTION = re.compile(_pattern(_INSTITUTION_WORDS), re.I)


def institution(text: str) -> bool:
    """Whether a line names an institution in any of the table's languages (a Turkish or Azerbaijani
    capital İ read as i)."""
    return bool(INSTITUTION.search(text.replace("İ", "I")))


# the word a figure's, table's or map's number follows, by language ("Abb." and "Рис." abbreviated)
_FIGURE_WORDS = {
    "en": "figure fig. figs. table tab. map maps chart graph box exhibit plate",
    "de": "abbildung abb. tabelle tab. karte diagramm grafik schaubild übersicht",
    "fr": "figure graphique tableau carte encadré",
    "es": "figura gráfico tabla cuadro mapa",
    "it": "figura grafico tabella mappa carta",
    "pt": "figura gráfico tabela quadro mapa",
    "pl": "rysunek rys. wykres tabela mapa",
    "ru": "рисунок рис. таблица табл. карта схема диаграмма график",
    "tr": "şekil tablo harita grafik",
    "az": "şəkil cədvəl xəritə qrafik",
}
_FIGURE_WORD_LIST = sorted({w for text in _FIGURE_WORDS.values() for w in text.split()}, key=lambda w: (-len(w), w))
# (as a pattern: the word alone, a full stop after an abbreviation included)
FIGURE_LABEL = "(?i:" + "|".join(re.escape(w) for w in _FIGURE_WORD_LIST) + ")"
_CAPTION_WORD = "(?i:" + "|".join(re.escape(w) for w in _FIGURE_WORD_LIST if w != "box") + ")"  # (a box's is set apart)

# a photo's, an image's and a source's label over a caption or a credit, by language
_PHOTO_WORDS = {
    "en": "photo image source", "de": "foto bild quelle", "fr": "photo image source", "es": "foto imagen fuente",
    "it": "foto immagine fonte", "pt": "foto imagem fonte", "pl": "zdjęcie źródło", "ru": "фото источник",
    "tr": "fotoğraf kaynak", "az": "foto mənbə",
}
PHOTO_LABEL = "(?i:" + "|".join(sorted({w for t in _PHOTO_WORDS.values() for w in t.split()}, key=len, reverse=True)) + ")"

# a caption's opening: a figure's word and its number, then a stop, a colon, a dash, or the caption's first
# word in a capital ("Abb. 4 Importe …"); or a photo's or source's label and a colon
CAPTION_LABEL = re.compile(
    rf"^{_CAPTION_WORD}\s?\d{{1,3}}[a-z]?(?:\.\d{{1,2}})?(?:\s?[.:–—-]|\s+[^\W\d_a-zß-ÿа-яё])"
    rf"|^{PHOTO_LABEL}\s?:")
