"""A paragraph's lines told from headings and from the next paragraph whatever width the text was wrapped at:
a line a heading's form would take (short, no closing mark, a capital after it) that holds one sentence's end
and the next one's start, or is full (the next line's first word would not fit on it) and written as a
sentence is; a line full to the width it stops at, ending a sentence, in hard-wrapped text whose paragraphs
stand between blank lines; a line filled to the width of a text whose paragraphs stand between blank lines,
which the next goes on from; a markdown admonition's or callout's marker ("!!! note", "> [!TIP]",
":::info"), a line of its own."""
from __future__ import annotations

import re

# a word in small letters closing a sentence with a full stop, and the next sentence's capital (not
# "St. Petersburg", "No. 5", a heading's question "Who runs the ports? A short list")
_SENTENCE_INSIDE = re.compile(r"\b[a-z]{2,}\.[\"”’')\]]*\s+[\"“‘']?[A-Z]")
# the words a heading in title case leaves in small letters ("Relations during the Presidency of …")
_TITLE_SMALL_WORDS = frozenset("a an the and or but nor of in on at to for by with from into onto during over under "
                               "between after before about against as via vs per than upon within without across "
                               "through toward towards among since until amid beyond".split())
_ADMONITION = re.compile(r"\s*(?:(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+\"[^\"]*\")?|(?:>\s*)+\[![\w-]+\][+-]?.*"
                         r"|:{3,}\s*[\w-]*(?:\s.*)?)\s*")


def admonition_marker(raw: str) -> bool:
    """Whether a line opens a markdown admonition or callout: a line of its own, whatever follows it."""
    return len(raw) < 200 and bool(_ADMONITION.fullmatch(raw))


def wrapped_line(t: str, next_t: str | None, width: int) -> bool:
    """Whether a line a heading's form would take is a line of a wrapped paragraph: it holds a sentence's
    end and the next one's start; or the next line ``next_t`` follows it with no blank line, the line is
    full (``full``, in hard-wrapped text of ``width``), and it is written as a sentence is (a word in small
    letters that a title in title case would capitalise) or stops on a title's small word ("… to the")."""
    if _SENTENCE_INSIDE.search(t):
        return True
    words = t.split()
    if not next_t or len(words) < 3 or not full(t, next_t, width):
        return False
    return words[-1].lower() in _TITLE_SMALL_WORDS \
        or any(w.isalpha() and w.islower() and w not in _TITLE_SMALL_WORDS for w in words[1:])


def full(t: str, next_t: str, width: int) -> bool:
    """Whether a line of hard-wrapped text of ``width`` stopped only because the next line's first word would
    not fit on it."""
    first = next_t.split()[0] if next_t.split() else ""
    return bool(width) and bool(first) and len(t) + 1 + len(first) > width


def prose_line(t: str) -> bool:
    """A line long enough to be a paragraph's, not a header's or an address's."""
    return len(t) >= 50 and len(t.split()) >= 8


def spaced(kinds: list[str], share: float = 0.3) -> bool:
    """Whether a text's paragraphs stand between blank lines (as many blank lines as ``share`` of the others:
    a third where each paragraph is a line or two, a tenth where they are hard-wrapped)."""
    blank = kinds.count("blank")
    return blank >= 3 and blank >= share * (len(kinds) - blank)


def run_widths(texts: list[str], kinds: list[str]) -> list[int]:
    """For each line, the width its run of lines (between blank lines, three or more) was filled at: the
    longest of them but the last; 0 for shorter runs."""
    out = [0] * len(texts)
    i = 0
    while i < len(texts):
        if kinds[i] == "blank":
            i += 1
            continue
        j = i
        while j < len(texts) and kinds[j] != "blank":
            j += 1
        if j - i >= 3:
            width = max(len(texts[k]) for k in range(i, j - 1))
            out[i:j] = [width] * (j - i)
        i = j
    return out


def fill_width(texts: list[str], kinds: list[str]) -> int:
    """The width a text's paragraphs between blank lines were filled at: the longest of its prose lines that
    another line follows, where three or more are; else 0."""
    broken = [len(texts[i]) for i in range(len(texts) - 1)
              if kinds[i] == kinds[i + 1] == "text" and prose_line(texts[i])]
    return max(broken) if len(broken) >= 3 else 0


def filled(prev: str, t: str, width: int) -> bool:
    """Whether a prose line stopped where the next line's first word would not fit in the text's ``width``:
    a paragraph's line filled to its width, which the next line goes on from."""
    return prose_line(prev) and full(prev, t, width) \
        and "   " not in t.strip()  # (a running foot's or a table's spaced columns: no paragraph's line)
