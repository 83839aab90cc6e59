"""A transcript's turns opening with a time stamp and the speaker's name in mixed case, in bold or not, as a
podcast's or a talk's transcript sets them:

    [00:00:04] **Lucía Ferrer:** Bienvenidos a …
    (00:21) **Jonas Vogt**: Danke …
    00:00:17 Тимур Беков: Спасибо …
    **Giulia Conti** · 00:01:23        (the name and the stamp after it on a line of their own over the speech)

The names are the transcript's participants in the order they first speak (the host, who opens, first). A list of
people in the notes under the turns (its guest, its host) adds no order of its own; a list over the turns, where
the transcript names its people before they speak, keeps its order. A label that is no person's name ("Update:")
names no one.
"""
from __future__ import annotations

import re
from itertools import islice

_TURN = re.compile(r"^(?:\[\d{1,2}:\d\d(?::\d\d)?\]|\(\d{1,2}:\d\d(?::\d\d)?\)|\d{1,2}:\d\d:\d\d)\s*[-–—]?\s*"
                   r"(?:(\*\*|__)([^\W\d_][^\n*:_]{1,58}?)\s?(?::\1|\1\s?:)|([^\W\d_][^\n*:_]{1,58}?)\s?:)(?=\s+\S)", re.M)
# the name first, a separator (a middle dot, a bar, a dash) or brackets, the stamp last, alone on its line over the speech:
#     **Lucía Ferrer** · 00:01:23        Jonas Vogt | 00:21        **Camille Roux** (00:03:58)
_STAMP = r"\d{1,2}:\d\d(?::\d\d)?"
_HEAD = re.compile(rf"^(?:(\*\*|__)([^\W\d_][^\n*:_]{{1,58}}?)\1|([^\W\d_][^\n*:_·|•–—\[\]()]{{1,58}}?))[ \t]*"
                   rf"(?:[·|•–—-][ \t]*{_STAMP}|\({_STAMP}\)|\[{_STAMP}\])[ \t]*\n(?=[ \t]*\n?[ \t]*[^\W_])", re.M)
_MOST_TURNS = 2000
_HEAD_REACH = 600  # how far over the body the head's lines may have taken in the first turn


def names(text: str) -> tuple[list[str], int] | None:
    """(the people stamped turns name, in the order they first speak; where the first such turn stands), when
    two people or more take three turns or more; None otherwise."""
    from azmap.corpus.author_evidence import is_personal_name

    if ":" not in text:
        return None
    out, turns, first = [], 0, None
    found = sorted(list(islice(_TURN.finditer(text), _MOST_TURNS)) + list(islice(_HEAD.finditer(text), _MOST_TURNS)),
                   key=lambda m: m.start())
    for m in found[:_MOST_TURNS]:
        name = " ".join((m.group(2) or m.group(3)).split())
        if not is_personal_name(name):
            continue
        turns += 1
        first = m.start() if first is None else first
        if name not in out:
            out.append(name)
    return (out, first) if len(out) >= 2 and turns >= 3 else None


def settle(meta, text: str, body_start: int) -> None:
    """The stamped turns' speakers as the participants: in the order they speak, before those a list under the turns
    names; after those a list over the turns names."""
    head = next((m for m in _HEAD.finditer(text, max(0, body_start - _HEAD_REACH), body_start + 200)
                 if m.start() < body_start), None)  # a turn the head's lines took in
    if head and text[head.start():body_start].count("\n\n") <= 2:
        found = names(text[head.start():])
        if found:  # the turn is the body's: its speaker no byline's name, its speech no head line
            meta.body_start = body_start = head.start()
            name = " ".join((head.group(2) or head.group(3)).split())
            if [a["name"] for a in meta.authors] == [name] or meta.author == name:
                meta.authors, meta.author = [], None
                meta.evidence.pop("authors", None), meta.evidence.pop("author", None)
    else:
        found = names(text[body_start:])
    if not found:
        return
    speakers, first = found
    listed = list(meta.participants)
    before = text[:body_start + first]
    if listed and all(n in before for n in listed):  # the people named over the turns: their list's order
        people = listed + [n for n in speakers if n not in listed]
    else:
        people = speakers + [n for n in listed if n not in speakers]
    if people != listed:
        meta.participants = people
        meta.evidence["participants"] = "stamped turns"
