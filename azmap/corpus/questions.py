"""The questions of a question-and-answer page, set as headings or in bold lines ("**What did the
summit decide?**", "### Frage: Wo liegen die Engpässe?", an interviewer's "RFE: …?" in bold): each
is a paragraph of the text, its own body passage, not a section heading to drop.

A page is read as one when its headings under the title (all but a first-level one) are mostly
questions, at least two of them, each with a paragraph under it before the next heading: an
article with one rhetorical question among its section headings, or whose headings are labels
("Background", "Q3 2025 figures"), keeps them as headings.
"""
from __future__ import annotations

import re

# a question's end: its mark as scripts write it (Latin and Cyrillic "?", the full-width "？", the Arabic
# "؟", the Armenian "՞"), and what may close after it (a quotation mark, a bracket)
ASKED_MARKS = frozenset("?？؟՞")
# the marks Spanish opens a question or an exclamation with ("¿Qué puede salir mal?", "¡Basta!")
OPENING_MARKS = "¿¡"
_ASKED = re.compile(r"[?？؟՞][\"”’'»)\]]*$")


def is_question(title: str) -> bool:
    flat = " ".join(title.split())
    return len(flat.split()) >= 2 and bool(_ASKED.search(flat))


def question_headings(headings: list[tuple[int, str, int]], answered: set[int]) -> set[int]:
    """Of ``headings`` ((block index, title, level) in order), the indices of those that are a Q&A
    page's questions; ``answered``: the blocks with a paragraph of text between them and the next
    heading."""
    under = [(i, t) for i, t, level in headings if level != 1]
    asked = [i for i, t in under if is_question(t) and i in answered]
    # the interviewer's turns led by one label ("Ostwärts: …?"): a turn of it with no question mark (a
    # statement the answer takes up) is a question too; a label no question has ("Background: …") is not
    labels = [m.group(1) for i, t in under if i in asked for m in [_TURN_LABEL.match(t)] if m]
    label = max(set(labels), key=labels.count) if labels else None
    if label and labels.count(label) >= 2:
        asked += [i for i, t in under if i in answered and i not in asked and t.startswith(label + ":")
                  and len(t.split()) >= 4]
    if len(asked) < 2 or 2 * len(asked) < len(under):
        return set()
    return set(asked)


_TURN_LABEL = re.compile(r"^([^\W\d_][\w.'’ -]{1,30}?)\s?:\s")  # an interviewer's label before the turn
