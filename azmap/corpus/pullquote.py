"""Pull quotes interleaved with the body text of a page.

Text extracted from a two-column page often runs a pull quote (a sentence of the article, set large
in a box beside the column) into the body line by line, sometimes within a line and sometimes in the
middle of a word: "…approaches, Elchi“Although Russia was against bey paid the penalty…". Such a
quote is found from its opening mark: the words that follow it are a sentence the document says
elsewhere in one piece, and they are found again, in order, in the lines that follow (within a
bounded window), up to a closing mark. What the quote takes of each line is cut out; the body keeps
the rest, and the segmenter joins the pieces (see ``joint``).

Every step is bounded: a quote has at most MAX_WORDS words, each found within WINDOW_LINES lines
and WINDOW_CHARS characters of the previous one, and the words tried in all add up to at most a
fixed share of the document's length (text made to look like quotes everywhere stops the search
early, leaving the text as it is): a document is read in linear time.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

MIN_WORDS = 6  # a shorter quoted phrase may well be said twice on purpose
MAX_WORDS = 80
WINDOW_LINES = 12  # how far the next piece of a quote may lie from the last
WINDOW_CHARS = 2400
MAX_SOURCES = 4  # places elsewhere where a quote's first words occur, tried in turn
MAX_TRIES = 12  # places within the window where a word of the quote occurs, tried in turn
LOOKAHEAD = 8
GAP = "[…]"  # what a passage shows where something of it could not be rebuilt

_OPENING = re.compile(r"[“«\"](?=\w)")
_FIRST_WORDS = re.compile(r"(\w+)\W{1,3}?(\w+)\W{1,3}?(\w+)")
_WORD = re.compile(r"\w+")
_CLOSING = "”»\""
_TERMINAL = re.compile(r"""[.!?…:;]["”’'»)\]]*\d{0,2}\s*$""")


def find(text: str, line_starts: list[int]) -> list[tuple[int, int]]:
    """The stretches of ``text`` (sorted, apart) that are pull quotes interleaved with the body.
    ``line_starts``: the offset of each line."""
    candidates = []
    for m in _OPENING.finditer(text):
        words = _FIRST_WORDS.match(text, m.end())
        if words:
            candidates.append((m.start(), m.end(), tuple(w.lower() for w in words.groups())))
    if not candidates:
        return []
    sources = _occurrences(text, {key for _, _, key in candidates})
    cuts: list[tuple[int, int]] = []
    budget = _Budget(len(text) // 8 + 5000)
    for mark, first, key in candidates:
        if cuts and mark < cuts[-1][1]:
            continue  # inside a quote already cut
        for source in sources.get(key, ()):
            if source == first:
                continue
            if budget.left <= 0:
                return cuts
            pieces = _match(text, line_starts, mark, first, source, budget)
            if pieces:
                cuts.extend(pieces)
                break
    return cuts


class _Budget:
    """What is left of the work allowed, and the words of each source already read."""

    def __init__(self, steps: int):
        self.left = steps
        self.sources: dict[int, tuple] = {}


def _occurrences(text: str, keys: set) -> dict[tuple, list[int]]:
    """Where each three-word key occurs (the offset of its first word), at most MAX_SOURCES + 1 times."""
    out: dict[tuple, list[int]] = defaultdict(list)
    w1 = w2 = ""
    s1 = s2 = 0
    for m in _WORD.finditer(text):
        w3 = m.group(0).lower()
        key = (w1, w2, w3)
        if key in keys and len(out[key]) <= MAX_SOURCES:
            out[key].append(s1)
        w1, w2, s1, s2 = w2, w3, s2, m.start()
    return out


def _source_words(text: str, source: int) -> tuple[list[tuple[str, str]], int]:
    """The words from ``source`` on, each with the punctuation that follows it there, and where
    the last of them ends."""
    out = []
    prev = None
    for m in _WORD.finditer(text, source, source + 40 * MAX_WORDS):
        if prev is not None:
            out.append((prev.group(0).lower(), "".join(text[prev.end():m.start()].split())))
        if len(out) >= MAX_WORDS:
            break
        prev = m
    return out, (prev.end() if prev is not None else source)


def _match(text: str, line_starts: list[int], mark: int, first: int, source: int,
           budget: _Budget) -> list[tuple[int, int]] | None:
    """The pieces of the quote opening at ``mark`` if it is the sentence at ``source`` interleaved
    with other text, else None."""
    if source not in budget.sources:
        budget.sources[source] = _source_words(text, source)
        budget.left -= MAX_WORDS
    words, source_end = budget.sources[source]
    found: list[tuple[int, int]] = []  # (start, end) of each word of the quote, in order
    pos = first
    for i, (word, _) in enumerate(words):
        budget.left -= 1
        if budget.left <= 0:
            return None
        if i == 0:
            m = _WORD.match(text, first)
            if m is None or m.group(0).lower() != word:
                return None
            span = m.span()
        else:
            span = _next(text, line_starts, pos, words, i, (source, source_end), budget)
            if span is None:
                return None
        found.append(span)
        pos = span[1]
        end = _closing(text, pos, words[i][1])
        if end is not None:
            if i + 1 < MIN_WORDS:
                return None
            if mark <= source < end:
                return None  # the source is this very quote
            return _pieces(text, mark, found, words, end)
    return None


def _closing(text: str, pos: int, punct: str) -> int | None:
    """Where the quote ends if its closing mark follows the word ending at ``pos`` (after the
    punctuation the source has there, or part of it)."""
    j = pos
    for ch in punct:
        if j < len(text) and text[j] == ch and ch not in _CLOSING:
            j += 1
        else:
            break
    while j < len(text) and text[j] in ".,;:!?…":
        j += 1
    if j >= len(text) or text[j] not in _CLOSING:
        return None
    if text[j] == "\"" and j + 1 < len(text) and text[j + 1].isalnum():
        return None  # a straight quote opening the next quotation
    return j + 1


def _window_end(text: str, line_starts: list[int], pos: int) -> int:
    line = bisect_right(line_starts, pos) - 1
    last = min(len(line_starts) - 1, line + WINDOW_LINES)
    end = line_starts[last + 1] if last + 1 < len(line_starts) else len(text)
    return min(end, pos + WINDOW_CHARS)


def _next(text: str, line_starts: list[int], pos: int, words, i: int, source: tuple[int, int],
          budget: _Budget) -> tuple[int, int] | None:
    """Where the i-th word of the quote is: right after the last one, or further on within the
    window (not in the source) where the most of the words after it follow in one piece."""
    word = words[i][0]
    limit = _window_end(text, line_starts, pos)
    m = _WORD.search(text, pos, limit)
    if m is None:
        return None
    if m.group(0).lower() == word:
        return m.span()
    # the word on its own, or (a long one) glued to the end of a body word: "con" + "perceived"
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)" if len(word) < 4 else re.escape(word) + r"(?!\w)",
                         re.I)
    best, best_run = None, -1
    for tries, m in enumerate(pattern.finditer(text, pos, limit)):
        budget.left -= LOOKAHEAD
        if tries >= MAX_TRIES or budget.left <= 0:
            break
        if source[0] <= m.start() < source[1]:
            continue
        run = _run(text, m.end(), words, i + 1)
        if run > best_run:
            best, best_run = m.span(), run
            if run >= LOOKAHEAD:
                break
    return best


def _run(text: str, pos: int, words, i: int) -> int:
    """How many of the words from the i-th on follow ``pos`` in one piece."""
    n = 0
    for word, _ in words[i:i + LOOKAHEAD]:
        m = _WORD.search(text, pos, pos + 40)
        if m is None or m.group(0).lower() != word:
            break
        n += 1
        pos = m.end()
    return n


def _pieces(text: str, mark: int, found, words, end: int) -> list[tuple[int, int]] | None:
    """The stretches the quote takes: runs of its words with nothing but punctuation and white
    space between them, each with the punctuation the source has after its last word. None if the
    quote is in one piece and not set into a sentence of the body (a quotation the body repeats)."""
    pieces: list[list[int]] = [[mark, found[0][1]]]
    for k in range(1, len(found)):
        start, stop = found[k]
        if _WORD.search(text, pieces[-1][1], start) is None:
            pieces[-1][1] = stop
            continue
        # a run ends: take the punctuation the source has after its last word
        j, punct = pieces[-1][1], words[k - 1][1]
        for ch in punct:
            if j < start and text[j] == ch:
                j += 1
            else:
                break
        pieces[-1][1] = j
        pieces.append([start, stop])
    pieces[-1][1] = end
    if len(pieces) == 1 and not _inside_a_sentence(text, mark, end):
        return None
    return [(s, e) for s, e in pieces]


def _inside_a_sentence(text: str, start: int, end: int) -> bool:
    """A quote in one piece counts only where it stands at the start or the end of a line, is a
    sentence of its own ("“Nobody expected….”"), and sits in the middle of a sentence of the body:
    the text before it does not end the sentence and the text after it goes on in lower case."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() and text[end:line_end].strip():
        return False
    quote = text[start + 1:end - 1].rstrip()
    if not quote[:1].isupper() or quote[-1:] not in ".!?…":
        return False
    before = text[max(0, start - 200):start].rstrip()
    after = text[end:end + 200].lstrip()
    return bool(before) and not _TERMINAL.search(before) and after[:1].islower()


def known(word: str, vocabulary: set[str]) -> bool:
    """Whether the document uses the word elsewhere (a compound, through its last part: "anti-Russian")."""
    w = word.lower()
    return w in vocabulary or ("-" in w and w.rsplit("-", 1)[1] in vocabulary)


_LAST_WORD = re.compile(r"[\w\-]*\w$")
_FIRST_WORD = re.compile(r"\w+")


def joint(left: str, right: str, left_glued: bool, right_glued: bool, vocabulary: set[str]) -> str:
    """What goes between two pieces of body text that a quote stood between. Where the quote cut a
    word ("Elchi" | "bey"), the halves are joined if they make a word the document uses; if each is a
    word of its own they are two words; otherwise the passage shows the gap."""
    if not (left_glued or right_glued):
        return " "
    lw, rw = _LAST_WORD.search(left), _FIRST_WORD.match(right)
    if not lw or not rw:
        return " "
    if known(lw.group(0) + rw.group(0), vocabulary):
        return ""
    if known(lw.group(0), vocabulary) and known(rw.group(0), vocabulary):
        return " "
    return ("" if left_glued else " ") + GAP + ("" if right_glued else " ")


_HOST = re.compile(r"[\w\-]*[A-Za-z]")


def host_split(token: str, orphan: str, vocabulary: set[str]) -> int | None:
    """Where a garbled token ("anti-Rusapproaches") takes a stray piece of a word ("sian"): the
    offset in the token after its first part ("anti-Rus", which with the stray piece makes a word the
    document uses) and before its second ("approaches", a word of the document); None if nowhere."""
    body = token.rstrip(".,;:!?”’\"')")
    for k in range(len(body) - 3, 1, -1):
        head, tail = body[:k], body[k:]
        if not tail.isalpha() or not head[-1].isalpha():
            continue
        if tail.lower() in vocabulary and known(head + orphan, vocabulary) and head.lower() not in vocabulary:
            return k
    return None
