"""A live blog's entries in a saved page: a run of sibling blocks (three or more), each stamped with
a time of day ("14:05", "10:32 GMT+4", "9:05 am") or a time ago ("2 hours ago", "vor 2 Stunden",
"2 часа назад"), each holding the entry's paragraphs (a programme's list of times and items holds
none), beside its "Share" or "Pinned" furniture.

Taken in the parsed page before the article reader reads it (reading._html): each entry set as a
plain block without its class (the article reader takes the first <article>, or the first block
whose class says "entry" or "post", for the story and sets it over the page's headline), its stamp
and its buttons left out. An entry's own text is
untouched; a page with fewer than three stamped entries is no live blog.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache

_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}(?:\s*[+-−]\s*\d{1,2}(?::\d{2})?)?))?$", re.I)
_MOST_WORDS = 6
_LABEL_WORDS = 3
_BASE = datetime.datetime(2000, 6, 15, 12, 34, 56)
_MIN_ENTRIES = 3
_MOST_ENTRIES = 2000
_ENTRY_TAGS = ("article", "div", "section", "li")


def _flat(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=512)
def is_stamp(text: str) -> bool:
    """A time of day, or a time ago in any language dateparser reads ("2 hours ago", "vor 2 Stunden")."""
    flat = _flat(text)
    if not flat or len(flat.split()) > _MOST_WORDS or not any(c.isdigit() for c in flat):
        return False
    if _CLOCK.match(flat):
        return True
    if re.search(r"\d{3,}|[.!?]$", flat) or not re.search(r"[^\W\d_]", flat):  # a year, a sentence, a number
        return False
    import dateparser

    try:  # a time ago is counted back from now, to the second: a date ("3 March", "1") falls on midnight
        when = dateparser.parse(flat, settings={"RELATIVE_BASE": _BASE, "PREFER_DATES_FROM": "past"})
    except Exception:  # pragma: no cover - the library's own failures
        return False
    return when is not None and when.second == _BASE.second


def _stamp_of(entry):
    """The element in ``entry`` that holds only its stamp: a <time>, or a short element whose text is one."""
    for el in entry.iter():
        if el is entry or not isinstance(el.tag, str):
            continue
        # (its text read only where its form may make it the stamp: the same elements, fewer texts)
        if (el.tag == "time" or len(el) == 0 or all(c.tag in ("strong", "b", "span", "em") for c in el)) \
                and is_stamp(el.text_content()):
            return el
    return None


def _remove(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _label(el) -> str | None:
    """An element's text when it is a label of a few words with no sentence and no number ("Share",
    "Pinned", "Copy link"), else None."""
    if not isinstance(el.tag, str) or el.tag in ("a", "strong", "b", "em", "i"):
        return None
    flat = _flat(el.text_content())
    if not flat or len(flat.split()) > _LABEL_WORDS or re.search(r"[\d.!?,;]", flat):
        return None
    return flat


def _furniture(entries: list, stamps: list) -> list:
    """An entry's labels: a label standing before its stamp ("Pinned"), and one that every other
    entry or more repeats ("Share")."""
    counts: dict[str, int] = {}
    for entry in entries:
        for text in {_label(el) for el in entry.iter() if el is not entry} - {None}:
            counts[text] = counts.get(text, 0) + 1
    out = []
    for entry, stamp in zip(entries, stamps):
        before = True
        for el in entry.iter():
            if el is entry:
                continue
            if el is stamp:
                before = False
                continue
            text = _label(el)
            if text and len(el) == 0 and (before or 2 * counts[text] >= len(entries) and counts[text] >= _MIN_ENTRIES):
                out.append(el)
    return out


def flatten_entries(tree) -> int:
    """The live blog's entries in ``tree`` set as plain blocks without their stamps, buttons and
    labels; how many entries were found."""
    done = 0
    for parent in list(tree.iter(*_ENTRY_TAGS, "main", "body", "ul", "ol")):
        if len(parent) < _MIN_ENTRIES:  # (fewer children of any kind: fewer entries)
            continue
        children = [c for c in parent if isinstance(c.tag, str) and c.tag in _ENTRY_TAGS]
        if len(children) < _MIN_ENTRIES or len(children) > _MOST_ENTRIES:
            continue
        need = max(_MIN_ENTRIES, (len(children) + 1) // 2)
        stamps, stamped = [], 0
        for k, c in enumerate(children):
            if stamped + len(children) - k < need:
                break  # too few children left to stamp enough of them: the rest are not read
            stamp = _stamp_of(c) if next(c.iter("p"), None) is not None else None  # (paragraphs)
            stamps.append(stamp)
            stamped += stamp is not None
        if stamped < need:
            continue
        labels = _furniture(children, stamps)
        for el in labels + [s for s in stamps if s is not None] + [b for c in children for b in c.iter("button")]:
            _remove(el)
        for entry, stamp in zip(children, stamps):
            if stamp is None:
                continue
            entry.tag = "div"
            for name in ("class", "id"):  # ("entry", "post": what the article reader takes for the story)
                entry.attrib.pop(name, None)
            done += 1
        if done and parent.tag not in ("body", "main") and not any(a.tag == "article" for a in parent.iterancestors()):
            # the entries together are the page's story: what stands beside them (a summary of key
            # points, related stories) stays out of it, as it did while each entry was an article
            parent.tag = "article"
        elif parent.tag in ("ul", "ol") and done:
            parent.tag = "div"  # (the entries are no list items)
    return done
