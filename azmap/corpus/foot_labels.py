"""A reporter named on a labelled line in a block of labelled credits after the text ("Muhabir: A" / "Editör: B" /
"Fotoğraf: C", "Korrespondentin: A" / "Redaktion: B"), however much furniture stands under the block (an update's
line, a rule, a notice for subscribers, "(c)"): the first line whose label is the byline grammar's (a writer's or a
reporter's, in any of its languages) names the authors; an editor's or a photographer's label names none. Only the
blocks after the text's last paragraph of prose are read, and only a block whose every line is a label and a value.
"""
from __future__ import annotations

import re

_TAIL_CHARS = 3000  # the end of a text its credits block is looked for in
_SENTENCE_WORDS = 12  # a paragraph with a sentence of this many words or more is the text's: credits stand under it
_LONG_LINE = 160
# "Label: value", the label short; or an abbreviated label and its stop before a capitalised name ("Fot. A / Agency")
_LABELLED = re.compile(r"^[^\W\d_][^:]{0,29}\s?:\s*\S|^[^\W\d_]{2,6}\.\s+[^\W\d_a-zà-ÿа-я]")
# "Written by A", "Edited by B": a credit's role in up to three words, a short small word, a capitalised name, no stop
_CREDITED = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s[^\W\d_A-ZÀ-ÞА-Я]{2,5}\s[A-ZÀ-ÞА-ЯĀ-Ž][^.!?]{2,60}$")


_RULE = re.compile(r"^[ \t]*[-=_*~.]{3,}[ \t]*$")  # a line of a rule's characters only: it parts blocks as a blank line


def _blocks(text: str, floor: int) -> list[tuple[int, list[str]]]:
    """The paragraphs after ``floor``: (where each starts, its non-empty lines stripped); a rule's line parts two
    paragraphs as a blank line does (an update's line over a rule over a citation note: two blocks)."""
    out = []
    for m in re.finditer(r"(?:[^\n]*\S[^\n]*\n?)+", text[floor:]):
        at = pos = floor + m.start()
        lines = []
        for raw in m.group(0).split("\n"):
            pos += len(raw) + 1
            if _RULE.match(raw):
                if lines:
                    out.append((at, lines))
                at, lines = pos, []
                continue
            if raw.strip():
                lines.append(raw.strip().strip("*_").strip())
        if lines:
            out.append((at, lines))
    return out


def _prose(lines: list[str]) -> bool:
    """Whether a paragraph is the text's: a line too long for furniture, or a sentence of many words (a notice's
    and a rights line's sentences are short)."""
    if any(len(ln) > _LONG_LINE for ln in lines):
        return True
    if len(lines) > 1 and all(_LABELLED.match(ln) or _CREDITED.match(ln) for ln in lines):
        return False  # a block of credits, a line each: no sentence runs over its lines
    return any(len(s.split()) >= _SENTENCE_WORDS for s in re.split(r"(?<=[.!?])\s+", " ".join(lines)))


def foot_reporter(text: str, start: int = 0) -> tuple[list[dict], int] | None:
    """(the authors, where their credits block starts) from a labelled reporter's line after the text; None where
    the text ends with no such block."""
    from azmap.corpus.author_evidence import people
    from azmap.corpus.byline_grammar import cued_names, labelled_names

    blocks = _blocks(text, max(start, len(text) - _TAIL_CHARS))
    tail: list[tuple[int, list[str]]] = []
    for at, lines in reversed(blocks):
        if _prose(lines):
            break
        tail.append((at, lines))
    else:
        return None  # (no paragraph of prose over the blocks: nothing is after a text)
    for at, lines in reversed(tail):
        if not all(_LABELLED.match(ln) or _CREDITED.match(ln) for ln in lines):
            continue
        for line in lines:
            names = labelled_names(line) or (cued_names(line) if _CREDITED.match(line) else None)
            named = people(names, cued=True) if names else []
            if named:
                return named, at
    return None
