"""The installed word list (a hunspell dictionary's stems, or a plain list of words), read once a process
when a reader first needs it: which words a language knows, and which it knows only as common words
(written in small letters, never as a name's capitalised word: "observer", "shipping", not "Baker")."""
from __future__ import annotations

import functools
import os

_WORD_LISTS = ("/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic", "/usr/share/dict/words")


def installed_list() -> str | None:
    """The path of the first word list installed, or None (`make` installs one: azmap.syscheck)."""
    for path in _WORD_LISTS:
        if os.path.isfile(path):
            return path
    return None


@functools.lru_cache(maxsize=1)
def _read() -> tuple[frozenset[str], frozenset[str]]:
    """The words in lower case, and those of them the list writes only in small letters; both empty when
    no list is installed."""
    for path in _WORD_LISTS:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                entries = [line.split("/", 1)[0].strip() for line in f if line[:1].isalpha()]
        except OSError:
            continue
        capitalised = {w.lower() for w in entries if w[:1].isupper()}
        small = {w for w in entries if w[:1].islower()}
        return frozenset(small | capitalised), frozenset(small - capitalised)
    return frozenset(), frozenset()


def word_list() -> frozenset[str]:
    """Every word of the list, in lower case."""
    return _read()[0]


def common_words() -> frozenset[str]:
    """The words the list writes only in small letters: no name's."""
    return _read()[1]


def known(word: str, listed: frozenset[str]) -> bool:
    """A word of the list, or one of its plain inflections (-s, -es, -ies, -ed, -ing, -er, -ly)."""
    if word in listed:
        return True
    for ending, stems in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")), ("ing", ("", "e")),
                          ("er", ("", "e")), ("ly", ("",))):
        if word.endswith(ending) and len(word) > len(ending) + 2 \
                and any(word[: -len(ending)] + stem in listed for stem in stems):
            return True
    return False
