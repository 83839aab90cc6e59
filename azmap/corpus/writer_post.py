"""A writer's post and office as her affiliation, where the page's writer line gives both after her name:
"Summary written by Name, Programme Coordinator, Caucasus Programme · Published 19 November 2025". The
affiliation runs from the comma after the name to the line's separator ("·", "|") or its end; a date
there is none (the trap: "by Name, 9 July 2025"). The name is the one already read; only its
affiliation, none or the post alone, is completed.
"""
from __future__ import annotations

import re

_SEPARATOR = re.compile(r"\s+[·|•]\s+")
_MAX_LINE = 240
# "and" opening a piece after the comma: another name follows, in any language the bylines are read in
_AND_NEXT = re.compile(r"^(?:and|und|et|y|e|i|і|и|ve|və|en|och|og|a|&)\s", re.I)


def post_and_office(text: str, name: str) -> str | None:
    """The post and office after ``name`` and a comma on one of ``text``'s lines, both given."""
    from azmap.corpus.date_parse import parse_date

    for line in text.split("\n"):
        at = line.find(name + ", ")
        if at < 0 or len(line) > _MAX_LINE:
            continue
        tail = _SEPARATOR.split(line[at + len(name) + 2:])[0].strip(" .;")
        pieces = [p.strip() for p in tail.split(",")]
        if any(_AND_NEXT.match(p) for p in pieces):
            continue  # "A, Post, and B in Place": another writer after her post (byline_line.py)
        if len(pieces) >= 2 and all(pieces) and len(tail.split()) <= 12 and len(tail) <= 90 \
                and not any(parse_date(p) or any(ch.isdigit() for ch in p) for p in pieces):
            return tail
    return None


def complete_post(meta, text: str) -> None:
    """A single writer's affiliation completed with her office where the writer line gives post and office."""
    if len(meta.authors) != 1 or meta.authors[0].get("organisation"):
        return
    author = meta.authors[0]
    found = post_and_office(text, author["name"])
    if found and (not author.get("affiliation") or found.startswith(author["affiliation"] + ",")):
        author["affiliation"] = found

