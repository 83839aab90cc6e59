"""A writer's credit at a text's foot: a line of a short label, a colon and a person's name, her post
after a comma ("Tekst: Name, conservator kaarten en prenten", "Texte : Name, conservatrice", "Text: Name"),
after the text's last paragraph. The line ends the body: what stands under it (a literature list, an update
line, a citation line) is the page's, not the text's. A line with a paragraph of the body's length under it
is no end (text_end.ends_body); a last paragraph of prose naming a person is no credit (no label)."""
from __future__ import annotations

import re

# a label of one or two words (no digits) and a colon, French's space before it allowed; the rest the name
# and, after a comma, the post
_CREDIT = re.compile(r"^([^\W\d_]{2,14}(?:\s[^\W\d_]{2,14})?)\s?[:：]\s+([^,;:()]{3,60}?)(?:,\s*([^;:]{2,100}))?$")
_SENTENCE_END = re.compile(r"[.!?…]$")
_MAX_POST_WORDS = 8
_TAIL_LINES = 14


def _plain(line: str) -> str:
    return line.strip().strip("*_").strip()


def credit_at_foot(text: str, start: int, end: int | None = None) -> tuple[str, str | None, int] | None:
    """(the name, the post or None, where the line starts) of a writer's credit at the foot of the body
    running from ``start`` to ``end`` (see the module); None where there is none."""
    from azmap.corpus.metadata import _is_personal_name
    from azmap.corpus.text_end import ends_body

    body = text[:len(text) if end is None else end]
    at = len(body)
    lines = []
    for line in reversed(body[start:].split("\n")):
        at -= len(line) + 1
        if line.strip():
            lines.append((at + 1, line))
        if len(lines) >= _TAIL_LINES:
            break
    for where, line in reversed(lines):
        m = _CREDIT.match(_plain(line))
        if not m:
            continue
        name, post = m.group(2).strip(), (m.group(3) or "").strip() or None
        if not 2 <= len(name.split()) <= 4 or not _is_personal_name(name):
            continue
        if post and (len(post.split()) > _MAX_POST_WORDS or _SENTENCE_END.search(post)):
            continue
        if ends_body(body, start, where):
            return name, post, where
    return None


def credit_over_authors(meta, text: str) -> None:
    """End the body at a writer's credit at its foot; the credit's name the author where the page names
    none, or where its post was read as a second name ("Jonas Albrecht" and "Kurator der Kartensammlung")."""
    credit = credit_at_foot(text, meta.body_start, meta.body_end)
    if not credit:
        return
    name, post, at = credit
    meta.body_end = at
    named = [a["name"] for a in meta.authors]
    if not named or post and named == [name, post]:
        meta.authors, meta.author = [{"name": name, "affiliation": post}], name
        meta.evidence["authors"] = meta.evidence["author"] = "writer's credit at the foot"
