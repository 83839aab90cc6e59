"""A press service signing a release at its foot, in the languages of the region and of Europe:
"Пресс-служба Министерства …", "Pressestelle des …", "Service de presse du …", "Oficina de Prensa
del …", "… mətbuat xidməti", "Press Office of …". The line is a name, not a sentence: a few words,
no full stop at its end, no colon (a label: "Контакты для прессы: …"), no digits (a telephone
number); the press word and the service word stand together in it, in either order
("Пресс-служба", "Service de presse"), or with the office's other duties joined to the press word between
them ("Basın ve Halkla İlişkiler Müşavirliği").

metadata_credits.office_at_foot reads the English form ("Issued by the Press Office of …"); this
module the same line in other languages.
"""
from __future__ import annotations

import re

_MAX_WORDS = 16
# a sentence of six words or more closed inside the line ("References … in the judgment. Press Office · …"):
# the line joins a note to the office's line, and is no name
_SENTENCE_IN = re.compile(r"^(?:\S+\s+){5,}\S*[a-z]\.\s+[A-ZÀ-ÞА-ЯЁ]")
_PRESS = r"(?:press|пресс|прес|presse|prensa|stampa|imprensa|mətbuat|basın|prasowe|prasowy)"
_SERVICE = r"(?:служба|центр|отдел|service|servicio|serviço|stelle|amt|büro|office|oficina|gabinete|ufficio|bureau|" \
           r"xidməti|mərkəzi|şöbəsi|müşavirliği|bürosu|biuro|rzecznik)"
# (the press word and the service word together, or with the office's other duties, in capitals, between:
# "Basın ve Halkla İlişkiler Müşavirliği", "Press and Information Office")
_OFFICE = re.compile(rf"(?<!\w){_PRESS}(?:\s+(?:and|und|et|y|e|и|ve|və)(?:\s+(?-i:[A-ZÀ-ÞĞİŞƏА-ЯЁ])[^\W\d_]*){{1,2}})?[\s-]*{_SERVICE}(?!\w)|(?<!\w){_SERVICE}\s+(?:de\s+|di\s+|da\s+)?(?:la\s+)?"
                     rf"{_PRESS}(?!\w)", re.I)


def press_office(line: str) -> str | None:
    """The press service a signature line names (the whole line), or None."""
    plain = " ".join(line.strip().strip("*_").split())
    if not plain or len(plain.split()) > _MAX_WORDS or plain.endswith((".", "!", "?", ":", ";", ",")) \
            or ":" in plain or any(c.isdigit() for c in plain) or _SENTENCE_IN.match(plain):
        return None
    return plain if _OFFICE.search(plain) else None


_ELEMENT = re.compile(r"<(p|div|strong|b)\b[^<>]{0,300}>((?:[^<]|<(?:strong|b|em|i|span)\b[^<>]{0,200}>|"
                      r"</(?:strong|b|em|i|span)>){1,300}?)</\1>", re.I)
_TAG = re.compile(r"<[^>]*>")
MAX_MARKUP = 200_000


def office_in_markup(markup: str) -> str | None:
    """The press service an element of its own under the page's heading and over its footer names
    (the article reader may leave a signature after the text's block out), the last one; or None."""
    import html

    start = markup.find("<h1")
    if start < 0:
        return None
    end = markup.find("<footer", start)
    end = min(end if end >= 0 else len(markup), start + MAX_MARKUP)
    found = None
    for m in _ELEMENT.finditer(markup, start, end):
        office = press_office(html.unescape(_TAG.sub("", m.group(2))))
        found = office or found
    return found
