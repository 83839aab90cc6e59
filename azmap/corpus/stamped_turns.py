"""A transcript's turns opening with a time stamp and the speaker's name in mixed case, in bold or not, as a
podcast's or a talk's transcript sets them:

    [00:00:04] **Lucía Ferrer:** Bienvenidos a …
    (00:21) **Jonas Vogt**: Danke …
    00:00:17 Тимур Беков: Спасибо …

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
_MOST_TURNS = 2000


def names(text: str) -> tuple[list[str], int] | None:
    """(the people stamped turns name, in the order they first speak; where the first such turn stands), when
    two people or more take three turns or more; None otherwise."""
    from azmap.corpus.author_evidence import is_personal_name

    if ":" not in text:
        return None
    out, turns, first = [], 0, None
    for m in islice(_TURN.finditer(text), _MOST_TURNS):
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
