"""A page's date chosen by what its labels say: "Updated:", "Last updated", "Laatst bijgewerkt:",
"Published", "Opublikowano:" and their like give the page's date (a publication label before an update
label, but "First published" beside "Last reviewed": a page kept up, its current version the review's);
a date under any other label ("Still current at:", the day the page was looked at; "Event date:", an
event's own day; an object's acquisition or dating) is not the page's. The dates are read by
the project's date reader (``date_parse.parse_date``, dateparser's); the labels are the page's own
lines, a definition list's term and its description read as one line.
"""
from __future__ import annotations

import re

# the words that say a page was published, then those that say it was updated (the major languages)
_PUBLISHED = re.compile(
    r"(?i)^(?:first\s+)?(?:published|posted|released|issued|dated|publication\s+date|date\s+published|gepubliceerd|publicatiedatum|"
    r"veröffentlicht|erschienen|publié\s+le|publié|date\s+de\s+publication|publicado|fecha\s+de\s+publicación|"
    r"pubblicato|опубликовано|дата\s+публикации|опубліковано|дата\s+публікації|yayınlanma(?:\s+tarihi)?|"
    r"yayın\s+tarihi|opublikowano|data\s+publikacji|dərc\s+olunub|dərc\s+tarixi)\b\s*(?:on|le|am|el|em|:)?\s*:?")
_UPDATED = re.compile(
    r"(?i)^(?:(?:page|site)\s+)?(?:last\s+)?(?:updated|reviewed|modified|revised)(?:\s+on)?|^last\s+update|^latest\s+update\s*:\s*\d|"
    r"^(?:laatst\s+)?bijgewerkt|^laatste\s+wijziging|^(?:zuletzt\s+)?aktualisiert|^stand|^mis\s+à\s+jour(?:\s+le)?|"
    r"^dernière\s+mise\s+à\s+jour|^(?:última\s+)?actualizaci[oó]n|^actualizado|^atualizado|^aggiornato|"
    r"^обновлено|^оновлено|^(?:son\s+)?güncelle(?:me|ndi)|^aktualizacja|^zaktualizowano|^yenilənib|^yenilənmə")
# "Label: date", a label of a few words and a colon before a date
_LABELLED = re.compile(r"^([^\d:|·]{2,40}?)\s*:\s*(\S.{3,60})$")
# a label that is the word "date" alone: the page's date, as a memo's "Date:" row
_BARE_DATE = re.compile(r"(?i)^(?:date|datum|fecha|data|дата|tarih|tarix|datë)$")
_ANOTHER_LABEL = re.compile(r"[^\W\d_]{2,}\s*:")
_PARTS = re.compile(r"\s+[·|•]\s+")
# a publication label that says it was the first ("First published:"): the page has had later versions
_FIRST = re.compile(r"(?i)^first\s+published\b")
# the page's review stated as such: "Last reviewed:", "Page last reviewed" (a news page's "Last updated" beside
# its "First published" is an update's stamp: the publication dates it, tests/sweep_html.py's LATER_DATE_WORDS)
_LAST = re.compile(r"(?i)^(?:page\s+)?last\s+reviewed\b")


def _lines(text: str) -> list[str]:
    """The page's lines and their parts between separators, a label alone on its line joined to the next."""
    raw = [ln.strip(" #*_\t") for ln in text.split("\n")]
    raw = [ln for ln in raw if ln]
    out = []
    for k, line in enumerate(raw):
        if line.endswith(":") and len(line) <= 40 and k + 1 < len(raw):
            out.append(f"{line} {raw[k + 1]}")
        elif len(line) <= 200:
            out.extend(_PARTS.split(line))
    return out


def stated(text: str) -> tuple[list[str], list[str], set[str]]:
    """The dates the page's lines state under a publication label, under an update label, and under
    any other label."""
    from azmap.corpus.date_parse import parse_date

    published, updated, other = [], [], set()
    for line in _lines(text):
        m = _PUBLISHED.match(line) or _UPDATED.match(line)
        if m:
            when = parse_date(line[m.end():].strip(" :.,-–—·|()")) if len(line) - m.end() <= 60 else None
            if when and len(when) == 10:
                (published if m.re is _PUBLISHED else updated).append(when)
            continue
        labelled = _LABELLED.match(line)
        # the label right before the date: not one of several labels on the line ("Editor: Name Published: …")
        if labelled and not _BARE_DATE.match(labelled.group(1)) and not _ANOTHER_LABEL.search(labelled.group(2)):
            when = parse_date(labelled.group(2))
            if when:
                other.add(when)
    return published, updated, other


def page_date(text: str, date: str | None, from_tags: bool = False) -> tuple[str | None, bool]:
    """The page's date by its labels, given the ``date`` read so far (``from_tags``: the meta tags'),
    and whether it changes it: a labelled publication (or else update) date where the date read so far
    is none, or is a date only another label states, or the tags' where the page labels another day its
    publication. A page with no label of its own keeps its date ("Lesezeit: 4 Minuten 27.09.2023", a
    forward's "Sent:" are no other label's dates to drop)."""
    published, updated, other = stated(text)
    lines = _lines(text) if updated else ()
    if updated and date in (None, *published, *other) and any(_FIRST.match(line) for line in lines) \
            and any(_LAST.match(line) for line in lines):
        # its first publication and its last review: a page kept up (a fact sheet, a guide), dated by its
        # current version (a news page's "Published" and "Updated", "Last updated … · First published …", an
        # explainer's "Updated … · First published …" stay dated by the publication: documents3, documents16)
        return updated[0], updated[0] != date
    own = published[:1] or updated[:1]
    if date and (date in published or date in updated):
        return date, False
    if own and (date is None or date in other or from_tags and published):
        return own[0], own[0] != date
    return date, False
