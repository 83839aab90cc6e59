"""The lines under a signatory's name in a signature block (a letter's or an e-mail's): which of them is
the signatory's affiliation.

A block runs from the line under the name to its first contact line (telephone, mobile, fax, e-mail,
web address), date, sentence or blank line. One line alone is the affiliation as printed ("Director,
Transport Research Unit", "Lankaran"); in a block of several lines ("Head of Ro-Ro Operations" /
"Kura Terminal Group | Port of Alat") the organisation is the affiliation, over the post, as an
institution is taken over a post elsewhere: the first line after the first that names an
organisation (an institution's word, a legal form, a name in quotation marks), without what stands
after a bar ("| Port of Alat"). A block whose lines name no organisation gives its first line.
"""
from __future__ import annotations

import re

_CONTACT = re.compile(
    r"^(?:tel|tél|phone|telephone|téléphone|telefon|телефон|тел|mobile|mob|mobil|handy|portable|cell|fax|факс|"
    r"e-?mail|courriel|web|www|skype|моб)\b|@|https?://|^www\.|^\+?[\d\s().-]{7,}$", re.I)
# a company's legal form before or after its name, and a name in quotation marks ("ООО «…»", "MMC", "JSC")
_LEGAL = re.compile(r"^(?:ООО|ОАО|ЗАО|ПАО|АО|ТОО|MMC|ASC|QSC|OOO|LLC|JSC|CJSC|OJSC)\b|[«“\"].+[»”\"]|"
                    r"\b(?:LLC|Ltd|JSC|GmbH|AG|SA|SARL|SAS|PLC|Inc|MMC|ASC)\.?$")
_PARTS = re.compile(r"\s+[|·•]\s+")
_MAX_LINE = 90


def block(lines: list[str]) -> list[str]:
    """The block's lines under the name: up to its first contact line, date, sentence or blank line."""
    from azmap.corpus.metadata import parse_date

    out = []
    for raw in lines[:4]:
        line = raw.strip().strip("*_").strip()
        if not line or len(line) > _MAX_LINE or _CONTACT.search(line) or _sentence(line) or _LABELLED.match(line) \
                or parse_date(line):
            break
        out.append(line)
    return out


# a sentence's end, not an abbreviation's (a legal form: "A.Ş.", "Sp. z o.o.", "Ltd.", "S.A.")
_ABBREVIATED = re.compile(r"(?:\b\w{1,3}\.){2,}$|(?:^|\s)[^\W\d_]\w{0,3}\.$")
# a labelled line ("cc: A, B", "Approved by: A", "Kontakt: A"): a value's, no line of the signer's block
_LABELLED = re.compile(r"^[^\W\d_][\w .'’/-]{0,30}\s?:\s")


def _sentence(line: str) -> bool:
    if line.endswith(("!", "?", ":")):
        return True
    if not line.endswith("."):
        return False
    last = line.split()[-1]
    return not (_ABBREVIATED.search(line) and (last[:1].isupper() or last.count(".") >= 2))


def label_over(line: str) -> bool:
    """A label over the lines under it, a line ending in a colon ("For bookings contact:", "Approved by:",
    "Genehmigt:", "Distribution:"): the name under it is the label's value, no signature, unless the label is a
    signature's own ("Signed:", "gez.:")."""
    from azmap.corpus.byline_grammar import signed_mark

    line = line.strip().strip("*_").strip()
    return line.endswith(":") and len(line) <= 60 and not signed_mark(line)


def organisation(line: str) -> bool:
    """Whether a line names an organisation: an institution's word, a legal form, a quoted name."""
    from azmap.corpus.metadata import _INSTITUTION

    return bool(_INSTITUTION.search(line) or _LEGAL.search(line))


def organisation_under(lines: list[str]) -> str | None:
    """The organisation of a block of two lines or more under a signatory's name (the post over it), or
    None: a block of one line, or one naming no organisation after its first line."""
    found = block(lines)
    for line in found[1:]:
        first = _PARTS.split(line)[0].strip()
        if organisation(first):
            return first
    return None


def organisation_signed(text: str, start: int, name: str) -> str | None:
    """The organisation in the block under the last line of ``text`` after ``start`` that is ``name``
    alone (an e-mail's sender signing: "Kind regards," / name / post / organisation / telephone)."""
    lines = text[start:].split("\n")
    signed = [k for k, line in enumerate(lines) if line.strip().strip("*_").strip() == name]
    return organisation_under(lines[signed[-1] + 1:signed[-1] + 5]) if signed else None
