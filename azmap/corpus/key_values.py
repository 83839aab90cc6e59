"""Metadata as a leading block of "Key: value" lines with no fences, as Pelican and MultiMarkdown write it:

    Title: Night ferry from Alat
    Date: 2026-04-03 07:10
    Authors: A, B
    Summary: …

read as front matter whatever the engine: the block opens the document, every line of it is a key and a colon
and a value (a MultiMarkdown value may go on, indented, on the next line), every key is a metadata key (a table by
meaning in a dozen languages), one of them the title's, the author's or the date's, and a blank line (or the
end) closes it. A memo's headers ("To:", "From:", "Subject:") and facts under labels ("Capital: Baku") are none:
their keys are no metadata keys.
"""
from __future__ import annotations

import re

# the keys, by meaning: what each names, in the languages the readers test lines by
KEYS = {
    "title": {"en": "title", "de": "titel|überschrift", "fr": "titre", "it": "titolo", "es": "título|titulo",
              "pt": "título|titulo", "nl": "titel", "pl": "tytuł", "ru": "заголовок|название", "uk": "заголовок|назва",
              "tr": "başlık", "az": "başlıq", "sv": "titel|rubrik"},
    "authors": {"en": "author|authors|by|byline|written by", "de": "autor|autoren|autorin|verfasser|verfasst von",
                "fr": "auteur|auteurs|autrice|par", "it": "autore|autori|autrice|di", "es": "autor|autores|autora|por",
                "pt": "autor|autores|autora|por", "nl": "auteur|auteurs|door", "pl": "autor|autorzy|autorka",
                "ru": "автор|авторы", "uk": "автор|автори", "tr": "yazar|yazarlar", "az": "müəllif|müəlliflər",
                "sv": "författare|av"},
    "date": {"en": "date|published|pubdate|publish date|date published|created", "de": "datum|veröffentlicht|erstellt",
             "fr": "date|publié le|publié|date de publication", "it": "data|pubblicato|pubblicato il",
             "es": "fecha|publicado|fecha de publicación", "pt": "data|publicado|publicado em", "nl": "datum|gepubliceerd",
             "pl": "data|opublikowano|data publikacji", "ru": "дата|опубликовано|дата публикации",
             "uk": "дата|опубліковано", "tr": "tarih|yayın tarihi|yayınlanma", "az": "tarix|dərc tarixi", "sv": "datum|publicerad"},
    "modified": {"en": "modified|updated|last modified|last updated|lastmod", "de": "geändert|aktualisiert",
                 "fr": "modifié|mis à jour|modifié le", "it": "modificato|aggiornato", "es": "modificado|actualizado",
                 "pt": "modificado|atualizado", "nl": "gewijzigd|bijgewerkt", "pl": "zmodyfikowano|zaktualizowano",
                 "ru": "изменено|обновлено", "uk": "змінено|оновлено", "tr": "güncellendi|güncelleme", "az": "yeniləndi",
                 "sv": "ändrad|uppdaterad"},
    "other": {"en": "summary|description|abstract|excerpt|subtitle|lang|language|category|categories|tags|tag|keywords|"
                    "slug|status|series|cover|image|thumbnail|template|save_as|url|translation|copyright|email|"
                    "base header level|css|type|layout|draft",
              "de": "zusammenfassung|beschreibung|untertitel|sprache|kategorie|kategorien|schlagwörter|stichwörter|"
                    "tags|status|serie|bild",
              "fr": "résumé|description|sous-titre|langue|catégorie|catégories|étiquettes|mots-clés|mots clés|statut|"
                    "série|image",
              "it": "sommario|riassunto|descrizione|sottotitolo|lingua|categoria|categorie|etichette|tag|parole chiave|"
                    "stato|serie|immagine",
              "es": "resumen|descripción|subtítulo|idioma|categoría|categorías|etiquetas|palabras clave|estado|serie|"
                    "imagen",
              "pt": "resumo|descrição|subtítulo|idioma|língua|categoria|categorias|etiquetas|palavras-chave|estado|"
                    "série|imagem",
              "nl": "samenvatting|beschrijving|ondertitel|taal|categorie|categorieën|labels|trefwoorden|status|reeks",
              "pl": "streszczenie|opis|podtytuł|język|kategoria|kategorie|tagi|słowa kluczowe|status|seria|obraz",
              "ru": "аннотация|описание|краткое содержание|подзаголовок|язык|категория|рубрика|теги|метки|"
                    "ключевые слова|статус|серия",
              "uk": "анотація|опис|підзаголовок|мова|категорія|рубрика|теги|мітки|ключові слова|статус",
              "tr": "özet|açıklama|alt başlık|dil|kategori|kategoriler|etiketler|anahtar kelimeler|durum|seri",
              "az": "xülasə|təsvir|dil|kateqoriya|teqlər|açar sözlər|status",
              "sv": "sammanfattning|beskrivning|språk|kategori|taggar|nyckelord|status"},
}


def _alternatives(meaning: str) -> str:
    words = sorted({w for v in KEYS[meaning].values() for w in v.split("|")}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ _]+") for w in words)


_LINE = re.compile("^(?:" + "|".join(f"(?P<{m}>{_alternatives(m)})" for m in KEYS) + r")[ \t]*:[ \t]*(?P<value>\S.*?)\s*$",
                   re.I)
_GOES_ON = re.compile(r"^[ \t]{2,}\S")  # a MultiMarkdown value going on, indented, on the next line
_MOST_LINES = 40
_OPENING = re.compile(r"^[^\W\d_][^\n:]{0,30}[ \t]*:")  # (a cheap look before the table is asked)


def key_value_block(text: str) -> tuple[dict, int]:
    """({key: value} under front matter's own keys (title, authors, date, modified and the rest as written), where
    the text after it starts) of a leading block of metadata lines; ({}, 0) when the text opens with none."""
    start = len(text) - len(text.lstrip("\ufeff"))
    if not _OPENING.match(text[start:start + 40]):
        return {}, 0
    found: dict = {}
    at, count, last = start, 0, None
    for line in text[start:].split("\n")[:_MOST_LINES]:
        if not line.strip():
            break
        m = _LINE.match(line)
        if m:
            last = next(g for g in KEYS if m.group(g))
            key = last if last != "other" else m.group("other").lower()
            found.setdefault(key, m.group("value"))
            count += 1
        elif last and _GOES_ON.match(line):
            found[last if last != "other" else list(found)[-1]] += " " + line.strip()
        else:
            return {}, 0
        at += len(line) + 1
    else:
        return {}, 0  # a block of more lines than metadata holds: a list, not a head
    if count < 2 or not {"title", "authors", "date"} & set(found):
        return {}, 0
    names = [n.strip() for n in re.split(r"\s*[;,]\s*", found.get("authors", "")) if n.strip()]
    if len(names) > 1:
        found["authors"] = names
    return found, min(at, len(text))
