"""A page exported from a notes app (Notion, Confluence, Obsidian, Logseq) as markdown: its "#" title over its
properties as "Key: value" lines ("Created by: A", "Created: March 8, 2026 9:14 PM", "Last edited by: B", "Tags: …",
"Status: …"). The heading is the title, whatever it holds (a comma and a month, "by rail": no date line, no byline);
the creator (or the author, the owner) is the author, a last editor none; the creation day is the date; the lines
are no body. The keys are a table by meaning in the languages the readers test lines by.
"""
from __future__ import annotations

import re

from azmap.corpus.byline_grammar import _alternation

_H1 = re.compile(r"^#\s+(\S.*?)\s*#*\s*$")

# the properties' keys, by meaning: who made the page, when, who edited it last and when, and the others
KEYS = {
    "creator": {"en": "created by|author|owner|written by|creator", "de": "erstellt von|autor|autorin|besitzer|verfasser",
                "fr": "créé par|créée par|auteur|propriétaire", "es": "creado por|creada por|autor|autora|propietario",
                "it": "creato da|creata da|autore|autrice|proprietario", "pt": "criado por|criada por|autor|autora|proprietário",
                "nl": "gemaakt door|aangemaakt door|auteur|eigenaar", "pl": "utworzone przez|utworzył|utworzyła|autor|właściciel",
                "ru": "автор|создал|создала|создатель|владелец", "uk": "автор|створив|створила|власник",
                "tr": "oluşturan|yazar|sahibi", "az": "müəllif|yaradan", "sv": "skapad av|författare|ägare"},
    "created": {"en": "created|created time|created at|date created|created on", "de": "erstellt|erstellt am",
                "fr": "créé|créée|créé le|créée le|date de création", "es": "creado|creada|creado el|fecha de creación",
                "it": "creato|creata|creato il|data di creazione", "pt": "criado|criada|criado em|data de criação",
                "nl": "gemaakt|aangemaakt|gemaakt op", "pl": "utworzono|data utworzenia|utworzone",
                "ru": "создано|дата создания|создан", "uk": "створено|дата створення", "tr": "oluşturulma|oluşturuldu",
                "az": "yaradılıb|yaradılma tarixi", "sv": "skapad|skapad den"},
    "edited": {"en": "last edited by|last edited time|last edited|last modified|last updated|updated|modified|edited by",
               "de": "zuletzt bearbeitet von|zuletzt bearbeitet|geändert|aktualisiert",
               "fr": "modifié par|dernière modification|modifié le|mis à jour",
               "es": "editado por|última edición|modificado|actualizado", "it": "modificato da|ultima modifica|aggiornato",
               "pt": "editado por|última edição|modificado|atualizado", "nl": "laatst bewerkt door|laatst bewerkt|gewijzigd",
               "pl": "ostatnio edytowane przez|ostatnia edycja|zmieniono", "ru": "изменено|последнее изменение|изменил|изменила",
               "uk": "змінено|остання зміна", "tr": "son düzenleyen|son düzenleme", "az": "son redaktə",
               "sv": "senast redigerad av|senast ändrad"},
    "other": {"en": "tags|tag|status|type|category|project|property|area|related|assignee|due|priority",
              "de": "tags|schlagwörter|status|typ|kategorie|projekt|bereich", "fr": "étiquettes|tags|statut|type|catégorie|projet",
              "es": "etiquetas|estado|tipo|categoría|proyecto", "it": "tag|etichette|stato|tipo|categoria|progetto",
              "pt": "etiquetas|tags|estado|status|tipo|categoria|projeto", "nl": "tags|labels|status|type|categorie|project",
              "pl": "tagi|etykiety|status|typ|kategoria|projekt", "ru": "теги|метки|статус|тип|категория|проект",
              "uk": "теги|мітки|статус|тип|категорія|проєкт", "tr": "etiketler|durum|tür|kategori|proje",
              "az": "teqlər|status|növ|kateqoriya|layihə", "sv": "taggar|status|typ|kategori|projekt"},
}


def _keys(meaning: str) -> str:
    return _alternation(KEYS[meaning].values())  # (the byline grammar's alternation of a table's forms)


_LINE = re.compile(rf"^\s*(?:(?P<creator>{_keys('creator')})|(?P<created>{_keys('created')})|"
                   rf"(?P<edited>{_keys('edited')})|(?P<other>{_keys('other')}))\s*:\s*(?P<value>\S.*?)\s*$", re.I)
_MOST_LINES = 16


def dated_heading(raw: str, parse_date) -> bool:
    """Whether a header line is a markdown title ("#", level one) holding words of its own beside a date or a
    "by" ("# baku → kars by rail, march 2026"): the title, no date line and no byline."""
    m = _H1.match(raw.strip())
    if not m:
        return False
    parts = [p.strip() for p in m.group(1).split(",")]
    return any(len(p.split()) >= 2 and not parse_date(p) for p in parts)


def properties(text: str, start: int = 0) -> tuple[dict, int, int] | None:
    """The property lines right under a markdown page's "#" title: ({meaning: value}, where the lines start, where
    they end); None unless two lines or more in a run are properties, one of them the creator's or the creation
    time's."""
    lines = text[start:].split("\n")
    at = start
    k = 0
    while k < len(lines) and not lines[k].strip():
        at += len(lines[k]) + 1
        k += 1
    if k >= len(lines) or not _H1.match(lines[k].strip()):
        return None
    at += len(lines[k]) + 1
    k += 1
    while k < len(lines) and not lines[k].strip():
        at += len(lines[k]) + 1
        k += 1
    found: dict = {}
    first, end, count = at, at, 0
    for line in lines[k:k + _MOST_LINES]:
        m = _LINE.match(line)
        if not m:
            break
        meaning = next(g for g in ("creator", "created", "edited", "other") if m.group(g))
        found.setdefault(meaning, m.group("value"))
        count += 1
        end += len(line) + 1
    if count < 2 or not ({"creator", "created"} & set(found)):
        return None
    return found, first, end
