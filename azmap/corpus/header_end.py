"""Where a document's header ends: a body paragraph is never a header's line, however short.

A block is the body's when it is a sentence (a capital, a lower-case word that can be its verb, a
terminal mark: "Talks resumed on Monday.") or a long line of lower-case prose ("we waited at the
gate for most of the afternoon and nobody …"), whatever stands over it.
"""
from __future__ import annotations

import re
from operator import itemgetter

from azmap.corpus.doc_memo import per_document

_TERMINAL = re.compile(r"[.!?…][\"”’)]?$")
_LABEL = re.compile(r"^[^\s:]{1,30}(?:\s[^\s:]{1,20}){0,3}\s*:\s")  # "Distribution: …", "Date of meeting: …"
_FUNCTION = frozenset("""a an the of for on in at to by from with and or but as into over under after before about
than then this that these those its his her their our my your de du des la le les et der die das und von""".split())


def sentence(flat: str) -> bool:
    """A line that reads as a sentence of the body: three words or more, a capital first, a terminal
    mark, no label before a colon, and a lower-case word besides the small ones (its verb)."""
    words = flat.split()
    if not 3 <= len(words) <= 60 or not flat[:1].isupper() or not _TERMINAL.search(flat) or _LABEL.match(flat):
        return False
    if flat.endswith("?") and len(words) <= 12:
        return False  # a question is a headline's form as often as a sentence's
    return any(w[:1].islower() and w.strip(".,;!?").lower() not in _FUNCTION for w in words[1:])


def lower_case_prose(flat: str) -> bool:
    """A long line in lower case, as a casual text runs: a dozen words or more, most of them lower-case,
    the first too (or a dateline before it: "CITY, Country, 18 February 2025 /Company/ -- ...")."""
    from azmap.corpus.date_evidence import opens_with_dateline

    words, small = initial_cases(flat)
    return words >= 12 and small > 0.6 * words and (flat[:1].islower() or opens_with_dateline(flat))


_INITIAL = itemgetter(0)


@per_document  # a header's block is asked by several rules (doc_memo.py)
def initial_cases(flat: str) -> tuple[int, int]:
    """(how many of the line's words begin with a letter, how many of those with a small one), counted
    on the words' first characters by built-in functions (no step of Python a word)."""
    letters = "".join(filter(str.isalpha, "".join(map(_INITIAL, flat.split()))))
    return len(letters), sum(map(str.islower, letters))


def dated(flat: str) -> bool:
    """A paragraph opened by a dateline (its date is the dateline's, not a date line's)."""
    from azmap.corpus.date_evidence import opens_with_dateline

    return opens_with_dateline(flat)


_POINT = re.compile(r"^\s*[-*+•]\s+(\S.*)$")
# a wire story's first paragraph, opening with its dateline: "Tbilisi/Baku (Agency) - ", "BAKU, March 3 (Agency) — ",
# "ALMATY, 4 June - "
_WIRE_LEAD = re.compile(r"^[^\W\d][^\n]{0,60}?\([^()\n]{2,40}\)\s*[-–—]{1,2}\s|"
                        r"^[A-ZÀ-Þ][A-ZÀ-Þ/ .'’-]{1,40},[^\n]{0,40}?\s[-–—]{1,2}\s")


def summary_points(lines: list[str], after: str) -> bool:
    """A wire story's summary points under its headline: two to five bulleted items, each a phrase (fourteen
    words at most, no full stop at its end), over the story's first paragraph opening with its dateline
    (``after``: "Tbilisi (Agency) - …"). A list of the body, even one right under a title, stands over
    no dateline."""
    if not 2 <= len(lines) <= 5 or not _WIRE_LEAD.match(after.lstrip()):
        return False
    points = [_POINT.match(line) for line in lines]
    return all(p and len(p.group(1).split()) <= 14 and not p.group(1).rstrip().endswith((".", ":", ";"))
               for p in points)
