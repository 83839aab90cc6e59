"""An e-mail letter sent from a letter's, a list's or a body's address and signed at its end by a person:

    Best,                                  (a closing: a short line ending in a comma, in any language)
    Sofia Karlsson                         (a person's name, alone on its line)
    Editor, Caspian Energy Letter          (perhaps her post, under it)

The person who signs wrote it, not the name the "From:" header shows; her post at the letter the header names is
no affiliation (the letter is the outlet, as a newspaper is no writer's affiliation); a post at another body names
that body. A letter signed by its team, or with a first name alone, keeps its sender.
"""
from __future__ import annotations

import re

_TAIL_CHARS = 2000
# a closing: one to five words ending in a comma, no figure and no sentence's stop ("Best,", "Herzliche Grüße,",
# "С уважением,", "Un saludo,"), or a closing the byline grammar knows by meaning, its comma or none ("Z poważaniem")
_CLOSING = re.compile(r"^[^\W\d_][^.!?:;\d]{0,40},$")


def signer(text: str, start: int, sender: str) -> tuple[dict, int] | None:
    """(the person signing under a closing near the end of the message from ``start`` on, where her closing line
    starts), or None. ``sender``: the "From:" header's name."""
    from azmap.corpus.author_evidence import is_personal_name
    from azmap.corpus.byline_grammar import closing_line
    from azmap.corpus.person_names import _INSTITUTION

    tail_from = max(start, len(text) - _TAIL_CHARS)
    lines = [(tail_from + m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text[tail_from:])
             if m.group(0).strip()]
    for k in range(len(lines) - 2, -1, -1):
        at, closing = lines[k]
        if not (_CLOSING.match(closing) and len(closing.split()) <= 5 or closing_line(closing)):
            continue
        name = lines[k + 1][1].strip("—–-. ")
        if text.count("\n", at, lines[k + 1][0]) != 1 or len(name) > 60 or not is_personal_name(name) \
                or name.casefold() == (sender or "").casefold():
            continue
        affiliation = None
        if k + 2 < len(lines) and text.count("\n", lines[k + 1][0], lines[k + 2][0]) == 1:
            post = lines[k + 2][1]
            house = post.rpartition(",")[2].strip()
            if "," in post and len(post) <= 80 and house and sender.casefold() not in post.casefold() \
                    and _INSTITUTION.search(house):
                affiliation = house  # "Director, Caspian Policy Centre": a body other than the letter's
        return {"name": name, "affiliation": affiliation}, at
    return None
