"""Whether a line that would end a text's body (a note about the author, a credit line, a biography, a credit
paragraph) stands where such a line ends a body: after some of the body, with no paragraph of it after the line.

A note read among a text's last lines is only at its end when the text is long enough for its last lines to
be past the body: on a short text the last lines are the body's first ones too, and a biography line under
the byline ("By A" / "A is a senior fellow at X." / the text) is the head of the body, not its end. And a
line with a paragraph of the body's length under it is the body going on ("X is a lecturer at Y." / "She says …").
"""
from __future__ import annotations

import re

_SENTENCE_END = ".!?…\"”»’)"
_PROSE_WORDS = 5  # a line of prose: a sentence of five words or more (a credit's label, an address, a name: fewer)
_LONG_LINE = 120  # or a line longer than a heading or a label runs


def _plain(line: str) -> str:
    return line.strip().strip("*_#>").strip()


def is_prose(line: str) -> bool:
    """A line of the body's prose: a sentence of some words ending as a sentence ends, or a long line."""
    line = _plain(line)
    return len(line) > _LONG_LINE or len(line.split()) >= _PROSE_WORDS and line.endswith(tuple(_SENTENCE_END))


_FOOTNOTE = re.compile(r"^\[\^?[\w-]{1,8}\]:")  # "[^1]: …": a note under the text


def is_paragraph(line: str) -> bool:
    """A paragraph of the body's length (what stands under a note at the end is shorter: a disclaimer, a
    copyright line, an address), not a footnote."""
    line = _plain(line)
    return len(line) > _LONG_LINE and not _FOOTNOTE.match(line)


_FIRST_CHUNK = 4000


def body_before(text: str, start: int, at: int) -> bool:
    """Whether a line of the body's prose stands between the body's start and ``at``."""
    if at - start > _FIRST_CHUNK:
        # the first lines first, without splitting the rest: every line of the chunk but its last (which
        # may go on past it) is a line of the whole, so prose among them is prose of the whole
        first = text[start:start + _FIRST_CHUNK].splitlines()
        if any(is_prose(line) for line in first[:-1]):
            return True
    return any(is_prose(line) for line in text[start:at].splitlines())


def body_after(text: str, after: int, end: int | None = None, is_note=None) -> bool:
    """Whether a paragraph of the body's length that is no note (``is_note``: a note of the same kind, a
    credit) stands between ``after`` (the end of the note's line) and ``end``."""
    for line in text[after:len(text) if end is None else end].splitlines():
        if is_paragraph(line) and not (is_note and is_note(_plain(line))):
            return True
    return False


def ends_body(text: str, start: int, at: int, is_note=None) -> bool:
    """Whether a note whose line starts at ``at`` ends the body that starts at ``start``: some of the body
    before it, none after it."""
    if at <= start or not body_before(text, start, at):
        return False
    line_end = text.find("\n", at)
    return line_end < 0 or not body_after(text, line_end, None, is_note)


# speech quoted in a line: an opening quotation mark, some words, a sentence's or a clause's end, the closing mark
_SPEECH = re.compile(r"[“«„\"]\s?[^“”«»„\"]{12,}?[,.!?…]\s?[”»“\"]")


def quotes_speech(line: str) -> bool:
    """Whether a line quotes someone's words ("… «The corridor will need two more ferries,» X told
    reporters."): a paragraph of a report about a person, no note about its author."""
    return bool(_SPEECH.search(line))


def keep_order(meta) -> None:
    """An end of the body at or before its start is none: the body runs to the text's end."""
    if meta.body_end is not None and meta.body_end <= (meta.body_start or 0):
        meta.body_end = None
