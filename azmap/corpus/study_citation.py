"""The citation of a study set as a paragraph of its own (under a story that reports the study, in any format),
told by its form, whatever its label's language:

    Reference: Okafor, R., Lindqvist, M. and Aliyev, T. (2026) 'Winter ice and …', Journal of …, 41(2), pp. 112-130.
    Quelle: Weidinger, J., Kapanadze, M. et al. (2025): „Sedimente im Flussdelta …“, Zeitschrift … 69(3). DOI: 10.…
    Citation: Sandberg E, Okafor R (2025) "Port depth …". Marine Policy 171: 106401. https://doi.org/10.…

A label of a word or three and a colon perhaps (any language's: "Reference:", "Referencia:", "Źródło:", "Bron:"),
then the authors as a citation writes them (a surname with its initials, "Okafor, R.", "Sandberg E", "et al."),
a year in brackets or after the names, and a citation's parts: a quoted title, a volume and issue ("41(2)"), pages
("pp. 112-130"), a DOI. A line that is only a DOI under its label is one too, and so is a citation written title first under its label
("Paper: 'Title' by A et al., Journal (2026), 41(2). DOI: …": a quoted title, then a DOI or a volume and issue). The look-alike stays body: a sentence
of the text speaking of the study, its authors, its year in brackets and its quoted title ("The study by Weidinger
and Kapanadze (2025), „…“, …"): it does not open with surnames and initials.
"""
from __future__ import annotations

import re

_CAP = "A-ZÀ-ÖØ-ÞĀ-ŽƏİŁŚŻŹ"
# a label: a word or three and a colon ("Reference:", "Paper:", "Study reference:", "Źródło:")
_LABEL = r"(?:[^\W\d_][\w.’'-]*\s?){1,3}:\s*"
_SURNAME = rf"(?:(?:van|von|de|der|da|del|di|la|le)\s+)?[{_CAP}][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
_INITIALS = rf"(?:[{_CAP}]\.?\s?-?){{1,3}}"
# an author as a citation writes one: "Okafor, R.", "Sandberg E", "De Vries, K.", "Ferrer, L."
_AUTHOR = rf"{_SURNAME},?\s{_INITIALS}(?=[,;&\s(]|$)"
# between authors: a comma, a semicolon, an ampersand, "and" in a language's word
_JOIN = r"(?:\s*[,;&]\s*|\s+(?:and|und|et|y|e|i|en|ve|и|та)\s+|\s*,\s*(?:and|und|et|y|e|i|en|ve|и|та)\s+)"
_AUTHORS = re.compile(rf"^(?:{_LABEL})?{_AUTHOR}(?:{_JOIN}{_AUTHOR})*(?:,?\s*(?:et\s+al\.?|u\.\s?a\.|и\s+др\.))?")
_YEAR = re.compile(r"^\s*[,.:]?\s*\((?:19|20)\d\d[a-z]?\)|^\s*[,.]\s*(?:19|20)\d\d[a-z]?[.:]")
# a citation's parts: a quoted title, a volume and issue, pages, a DOI
_PARTS = re.compile(r"['‘\"“„«][^'’\"”“»]{8,}['’\"”“»]|\b\d{1,4}\s?\(\d{1,4}(?:[-–]\d{1,4})?\)|\bpp?\.\s?\d+|"
                    r"\bdoi\b|\b10\.\d{4,}/\S+", re.I)
# the citation written title first under its label: "Paper: 'Title' by A et al., Journal (2026), 41(2). DOI: …"
_TITLE_FIRST = re.compile(rf"^{_LABEL}['‘\"“„«][^'’\"”“»]{{8,200}}['’\"”“»]")
# what such a citation must hold after its title (a quoted remark after a label holds none): a DOI, a volume and issue
_JOURNAL_PARTS = re.compile(r"\bdoi\b|\b10\.\d{4,}/\S+|\b\d{1,4}\s?\(\d{1,4}(?:[-–]\d{1,4})?\)", re.I)
_DOI_ALONE = re.compile(r"^DOI\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,}/\S+$", re.I)


def is_citation(text: str) -> bool:
    """Whether a paragraph is a study's citation set on its own (see the module's note)."""
    text = " ".join(text.split())
    if len(text) > 500 or len(text) < 12:
        return False
    if _DOI_ALONE.match(text):
        return True
    title = _TITLE_FIRST.match(text)
    if title and _JOURNAL_PARTS.search(text[title.end():]):
        return True
    m = _AUTHORS.match(text)
    if m is None or not _YEAR.match(text[m.end():]):
        return False
    return bool(_PARTS.search(text[m.end():]))
