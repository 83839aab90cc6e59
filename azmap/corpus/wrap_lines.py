"""A paragraph's lines told from headings and from the next paragraph whatever width the text was wrapped at:
a line a heading's form would take (short, no closing mark, a capital after it) that holds one sentence's end
and the next one's start, or is as long as the text's wrapped lines and written as a sentence is; a line
filled to the width of a text whose paragraphs stand between blank lines, which the next goes on from; a
markdown admonition's or callout's marker ("!!! note", "> [!TIP]", ":::info"), a line of its own."""
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


def wrapped_line(t: str, followed: bool, width: int) -> bool:
    """Whether a line a heading's form would take is a line of a wrapped paragraph: it holds a sentence's
    end and the next one's start; or the next line follows it with no blank line (``followed``) and (in
    hard-wrapped text of ``width``) it is nearly as long as the text's lines, with a sentence line's words,
    one of them in small letters that a title in title case would capitalise."""
    if _SENTENCE_INSIDE.search(t):
        return True
    if not followed:
        return False
    words = t.split()
    return bool(width) and len(t) >= 0.8 * width and len(words) >= 7 \
        and any(w.isalpha() and w.islower() and w not in _TITLE_SMALL_WORDS for w in words[1:])


def prose_line(t: str) -> bool:
    """A line long enough to be a paragraph's, not a header's or an address's."""
    return len(t) >= 50 and len(t.split()) >= 8


def spaced(kinds: list[str]) -> bool:
    """Whether a text's paragraphs stand between blank lines (as many blank lines as a third of the others)."""
    blank = kinds.count("blank")
    return blank >= 3 and blank >= 0.3 * (len(kinds) - blank)


def fill_width(texts: list[str], kinds: list[str]) -> int:
    """The width a text's paragraphs between blank lines were filled at: the longest of its prose lines that
    another line follows, where three or more are; else 0."""
    broken = [len(texts[i]) for i in range(len(texts) - 1)
              if kinds[i] == kinds[i + 1] == "text" and prose_line(texts[i])]
    return max(broken) if len(broken) >= 3 else 0


def filled(prev: str, t: str, width: int) -> bool:
    """Whether a prose line stopped where the next line's first word would not fit in the text's ``width``:
    a paragraph's line filled to its width, which the next line goes on from."""
    first = t.split()[0] if t.split() else ""
    return bool(width) and prose_line(prev) and len(prev) + 1 + len(first) > width \
        and "   " not in t.strip()  # (a running foot's or a table's spaced columns: no paragraph's line)
