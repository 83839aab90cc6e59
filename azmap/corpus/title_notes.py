"""Lines over a document's title that are neither its title nor its header: a translation note
("Translated from the Russian-language service", "Translation from our Azerbaijani service", "Aus
dem Russischen übersetzt"), a wire story's version note ("(Adds quote from minister, paragraphs
4-5)") and a warning about a record ("UNCORRECTED TRANSCRIPT OF ORAL EVIDENCE" over "Neither
witnesses nor Members have had the opportunity to correct the record."): the header is read as if
they were not there, and they are furniture. A conference's proceedings line over a paper's title
gives the paper its date, not its title.
"""
from __future__ import annotations

import re

_TRANSLATION = re.compile(
    r"^[*_(\[\s]*(?:(?:an? |this is an? )?(?:english |machine )?(?:translation|translated)(?: (?:from|of) .{2,60}|"
    r" by .{2,60})|(?:aus dem|from the) \w+(?:-\w+)? (?:übersetzt|translated)|übersetzt aus .{2,40}|"
    r"(?:aus dem \w+ )?übersetzung(?: aus .{2,40})?|tradu(?:it|ction)(?: de l['’]| du| de la| depuis) .{2,40}|"
    r"traducido del? .{2,40}|перевод с .{2,40}|переведено с .{2,40})[)\]*_\s.]*$", re.I)
_VERSION = re.compile(r"^\((?:adds|updates?|recasts?|corrects?|refiles?|removes?|changes?|fixes|rewrites?|"
                      r"re-?tops?|writes through|new throughout|previous version)\b[^()]{0,160}\)$", re.I)
_PROCEEDINGS = re.compile(r"^(?:the\s+)?(?:proceedings|papers|abstracts|book of abstracts)\s+of\s+(?:the\s+)?.{0,80}?"
                          r"\b(?:conference|congress|symposium|workshop|colloquium|forum|summit|meeting|convention)\b",
                          re.I)
_WARNING_WORDS = re.compile(
    r"\b(?:uncorrected|provisional|unrevised|unedited|unverified|not (?:yet )?(?:been )?(?:checked|corrected|"
    r"approved|revised|verified)|(?:correct|check)(?:ed)? the record|formal record|verbatim record|oral evidence|"
    r"may be corrected|subject to correction)\b", re.I)
_RECORD_WORDS = re.compile(r"\b(?:record|transcript|evidence|proceedings)\b", re.I)


def title_under_proceedings(meta, lines: list[str]) -> None:
    """A conference's proceedings line ("Proceedings of the 9th Caspian Logistics Conference (CLC
    2024), Baku, 23 May 2024") read as the title over a paper's own title (the header's next line):
    the title is the paper's, the date the conference's where no other is stated."""
    from azmap.corpus.metadata import parse_date

    title = meta.title or ""
    if not _PROCEEDINGS.match(title) or title not in lines:
        return
    k = lines.index(title)
    if k + 1 < len(lines) and 10 <= len(lines[k + 1]) <= 250 and lines[k + 1][:1].isupper() \
            and not lines[k + 1].endswith(".") and not parse_date(lines[k + 1]):
        meta.title, meta.evidence["title"] = lines[k + 1], "title under the proceedings' line"
        meta.found("date", parse_date(title), "proceedings' line")


def date_of_proceedings(meta, lines: list[str]) -> None:
    """The conference's date for a paper that states no other, from its proceedings line wherever
    the header sets it (over the paper's title or under it)."""
    from azmap.corpus.metadata import parse_date

    for line in lines:
        if _PROCEEDINGS.match(line):
            meta.found("date", parse_date(line), "proceedings' line")
            return


def is_note_over_title(line: str) -> bool:
    """A translation note or a wire story's version note (``is_translation_note``, ``_VERSION``)."""
    line = line.strip()
    return is_translation_note(line) or line[:1] == "(" and bool(_VERSION.match(line))


def is_translation_note(line: str) -> bool:
    """A line saying the text was translated, and from where; no sentence of a story."""
    line = line.strip()
    if not 8 <= len(line) <= 100 or ":" in line or len(line.split()) > 10:
        return False
    low = line.lower()
    return ("transl" in low or "übersetz" in low or "tradu" in low or "перев" in low) and bool(_TRANSLATION.match(line))


def is_record_warning(block: str) -> bool:
    """A block warning that a record is not yet corrected or approved: short, about a record or
    transcript, in the words such warnings use."""
    if len(block) > 800:
        return False
    low = block.lower()
    if "record" not in low and "transcript" not in low and "evidence" not in low and "proceedings" not in low:
        return False
    flat = " ".join(block.split())
    return len(flat) <= 400 and bool(_WARNING_WORDS.search(flat)) and bool(_RECORD_WORDS.search(flat)) \
        and not re.search(r"^\S[^:]{0,40}:\s", flat)  # a speaker's turn is never one
