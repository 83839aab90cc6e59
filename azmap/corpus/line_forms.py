"""A line's forms as the header's rules read them: its share of capitals, its text without markdown's
emphasis and heading marks, a value's text with its white space flattened.
"""
from __future__ import annotations

import re
from functools import lru_cache

# an ASCII line's letters and capitals counted on its bytes (str.isalpha and str.isupper of an ASCII
# character are [A-Za-z] and [A-Z]): the same share, without a step of Python a character
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_ASCII_CAPITALS = bytes(c for c in range(128) if chr(c).isupper())


def _upper_share(line: str) -> float:
    if line.isascii():
        letters = line.encode("ascii").translate(None, _ASCII_NOT_LETTERS)
        return (len(letters) - len(letters.translate(None, _ASCII_CAPITALS))) / len(letters) if letters else 0.0
    letters = "".join(filter(str.isalpha, line))  # built-ins: no step of Python a character
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


_EMPHASIS = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")
_HEADING_MARKS = re.compile(r"^#+\s*")
_CLOSING_MARKS = re.compile(r"\s+#+$")


@lru_cache(maxsize=4096)  # the header's lines are asked for again and again by the rules
def _plain(raw: str) -> str:
    if "**" in raw or "__" in raw:  # "**By:** Name": the emphasis of a label inside the line
        raw = _EMPHASIS.sub(r"\2", raw)
    plain = raw.strip().strip("*_").strip()
    if plain.startswith("#"):
        plain = _HEADING_MARKS.sub("", plain)
    return _CLOSING_MARKS.sub("", plain) if plain.endswith("#") else plain  # "# Title #": a closed heading


def _text(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
