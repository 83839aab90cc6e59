"""A writer's post and office as her affiliation, where the page's writer line gives both after her name:
"Summary written by Name, Programme Coordinator, Caucasus Programme · Published 19 November 2025". The
affiliation runs from the comma after the name to the line's separator ("·", "|") or its end; a date
there is none (the trap: "by Name, 9 July 2025"). The name is the one already read; only its
affiliation, none or the post alone, is completed.
"""
from __future__ import annotations

import re

from azmap.corpus.byline_line import AND

_SEPARATOR = re.compile(r"\s+[·|•]\s+")
_MAX_LINE = 240
# "and" opening a piece after the comma: another name follows, in any language the bylines are read in
_AND_NEXT = re.compile(rf"^{AND}\s", re.I)


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


# "at" before a firm after a post, by meaning ("Data engineer at X", "Datenanalystin bei X", "Ingénieure chez X",
# "Analista en X", "Analista presso X", "Engenheira na X", "Analist bij X", "Utvikler hos X", "Analityk w X", "Инженер в X")
_AT_FIRM = re.compile(r"\s(?:at|@|bei|chez|en|presso|na|em|bij|hos|w|в|у)\s+(?=[^\W\d_])", re.I)


def firm_in_post(post: str) -> str | None:
    """The firm a post names after its last comma or its "at" in the post's language ("Ingeniera de fiabilidad,
    Fluxia Ingeniería" → "Fluxia Ingeniería", "Инженер данных в Каспийские Системы" → "Каспийские Системы"); None
    where the post names none ("Staff writer", "Head of research")."""
    from azmap.corpus.byline_grammar import role_line

    post = " ".join(str(post).split()).strip(" .;")
    if not post or len(post) > 120:
        return None
    cut = max([m.end() for m in re.finditer(r",\s*", post)] + [m.end() for m in _AT_FIRM.finditer(post)
                                                                if post[m.end()].isupper()], default=0)
    firm = post[cut:].strip() if cut else ""
    if not firm or not firm[:1].isupper() or len(firm.split()) > 6 or role_line(firm) \
            or re.search(r"\d|[!?:]", firm):
        return None
    return firm


# a dash after the name at a line's start, then the clause up to the sentence's end or the next dash
_DASHED = re.compile(r"^\s*[—–-]\s+([^—–.!?]{3,90}?)\s*(?:[.!?](?:\s|$)|$)")
_MAX_POST_WORDS = 8


def post_after_dash(text: str, name: str) -> str | None:
    """The post an author's box gives its writer: a line opening with ``name``, a dash and a clause up to the
    sentence's end that names a post ("Name – Redakteur im Ressort Wirtschaft. Er schreibt …"), a few words
    holding a newsroom role's (byline_line.post_piece); None where no line does (a dash opening a clause of a
    sentence, "Name – who has covered … – lives in …", names none)."""
    from azmap.corpus.byline_line import post_piece

    for line in text.split("\n"):
        line = line.strip(" *_")
        if not line.startswith(name) or len(line) > 400:
            continue
        m = _DASHED.match(line[len(name):].lstrip("*_"))
        if not m:
            continue
        post = m.group(1).strip(" ,")
        rest = line[len(name):][m.end():].strip()
        if len(post.split()) <= _MAX_POST_WORDS and post_piece(post) and not rest.startswith(("—", "–")) \
                and not re.search(r"\d", post):
            return post
    return None


def complete_from_box(meta, text: str) -> None:
    """A single writer without an affiliation given the post her box states after a dash (post_after_dash)."""
    if len(meta.authors) != 1 or meta.authors[0].get("organisation") or meta.authors[0].get("affiliation"):
        return
    found = post_after_dash(text, meta.authors[0]["name"])
    if found:
        meta.authors[0] = dict(meta.authors[0], affiliation=found)
