"""Page furniture told by its form and its place, whatever its words and language.

A site's menus, tickers, counters, promos, consent bars, newsletter boxes and buttons are written in
words no list can hold, but they share forms a paragraph of prose does not have:

- a line of items parted by separators (| · • › » /), none of them a sentence ("Home | Regions |
  Opinion", "Baku 18°C | USD 1.70", "© 2025 Site · Imprint · Privacy");
- a sentence or two followed by the buttons that answer them ("… remembers your settings. Fine by
  me | Let me choose");
- a line ending on an arrow and a few words, or on an arrow alone ("… no limits → Start your trial",
  "Load more ↓"), or a button in brackets ("[Sign me up]");
- a line of numbers and symbols with few words ("♥ 312 ↻ 48", "Baku +18° ☀ USD 1,70 ▲");
- a line in capitals, or with every word capitalised, that ends no sentence ("FREE DELIVERY ON ALL
  ORDERS", "Die Kurier-App: Jetzt im App Store und bei Google Play");
- lines run together (no blank line between) that a button closes: a newsletter or appeal box, its
  label, its sentence and its button;
- a short label over a list of headlines (items of several words, none ending a sentence): another
  stories' list ("Most read", "Editors' picks").

The look-alikes stay body: a sentence (it ends with its full stop, question or exclamation mark), a
quotation, a transcript's turn ("AYDIN: Yes."), a lower-case casual paragraph ending with an emoji,
a route written with arrows ("Baku → Ganja → Sheki"), a list whose items end sentences or are
short, a heading (segment.py reads headings before it asks here).

``quick_reject`` is the cheap test every block passes first: a block with none of the marks the
forms need is no furniture by form, and most paragraphs stop there.
"""
from __future__ import annotations

import re
import unicodedata

# a sentence's end at a line's end (with closing quotes or brackets after it)
_ENDS_SENTENCE = re.compile(r"""[.!?…;]["”’'»)\]]*\s*$""")
_SEPARATOR = re.compile(r"\s+[|·•›»/]\s+|\s{3,}")
_ARROWS = "→➜➔▸▶›»↓↑⟶⇒"
_ARROW_SPLIT = re.compile(r"\s*[→➜➔▸▶›»⟶⇒]\s+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
# what a line that ends a sentence must hold for any form below: a separator between items (or three
# spaces); else only a button in brackets ends so
_MARKS = re.compile(r"[|·•›»/]")
_PLAIN = re.compile(r"""[\w\s.,:;!?'"()\-–—’“”«»„%&]+""")
_CLOSERS = "\"”’'»)]"


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "S" or ch in "°"


def quick_reject(text: str) -> bool:
    """True when the text can be no furniture by form: it is long, or it ends a sentence and carries
    no separator between items (only is_item_line takes a line that ends a sentence, and is_button a
    bracketed one)."""
    if len(text) > 400:
        return True
    stripped = text.rstrip()
    end = stripped.rstrip(_CLOSERS)
    return end[-1:] in (".", "!", "?", "…", ";") and not stripped.endswith("]") and "   " not in text \
        and not _MARKS.search(text)


def _separated_items(text: str) -> list[str] | None:
    parts = [p.strip() for p in _SEPARATOR.split(text.strip())]
    parts = [p for p in parts if p]
    return parts if len(parts) >= 2 else None


def is_item_line(text: str) -> bool:
    """A line of items between separators, none a sentence: a menu, a footer's links, a ticker, a
    row of counters ("Home | Regions | Opinion", "5 min · 2,310 views")."""
    parts = _separated_items(text)
    if not parts or _ENDS_SENTENCE.search(text) and len(_words(parts[-1])) > 3:
        return False
    if len(parts) == 2 and "/" in text and not re.search(r"[|·•›»]|\s{3}", text):
        return False  # "Baku / Ganja": a pair, not a menu
    return all(len(p.split()) <= (8 if len(parts) == 2 else 6) for p in parts) \
        and not any(_ENDS_SENTENCE.search(p) and len(p.split()) >= 6 for p in parts)


def is_buttons_after_sentence(text: str) -> bool:
    """A sentence or two, then the buttons that answer it ("… your settings. Fine by me | Let me
    choose", "… on your device. Accept all · Reject all · Manage")."""
    m = None
    for m in re.finditer(r"[.!?]\s+", text):
        pass
    if m is None:
        return False
    head, tail = text[:m.start() + 1], text[m.end():]
    if _ENDS_SENTENCE.search(tail) or len(head.split()) < 4:
        return False
    items = _separated_items(tail)
    return bool(items) and all(1 <= len(p.split()) <= 3 for p in items)


def is_button(text: str) -> bool:
    """A button: a few words in brackets, or led or closed by an arrow ("[Sign me up]", "→ Join",
    "Load more ↓", "Next article →")."""
    t = text.strip()
    if not t or len(t.split()) > 6 or _ENDS_SENTENCE.search(t) and not t.endswith("]"):
        return False
    if t[0] == "[" and t[-1] == "]" and "](" not in t:
        return True
    return t[0] in _ARROWS or t[-1] in _ARROWS


def is_arrow_call(text: str) -> bool:
    """An offer that ends on an arrow and a call ("… no limits → Start your trial", "Winter sale:
    40% off ▸ Claim offer"): one arrow, a few words after it, no sentence's end; a route ("Baku →
    Ganja → Sheki") has an arrow between every two names."""
    if _ENDS_SENTENCE.search(text):
        return False
    pieces = _ARROW_SPLIT.split(text.strip())
    if len(pieces) != 2:
        return False
    head, tail = pieces
    return len(head.split()) >= 3 and 1 <= len(tail.split()) <= 4


def is_symbol_line(text: str) -> bool:
    """A line of numbers and symbols with few words ("♥ 312 ↻ 48 💬 19", "Baku +18° ☀ USD 1,70 ▲")."""
    t = text.strip()
    if len(t) > 100 or _ENDS_SENTENCE.search(t):
        return False
    odd = _PLAIN.sub("", t)  # what is neither a letter, a digit, a space nor common punctuation
    if not any(map(_is_symbol, odd)):
        return False
    tokens = t.split()
    marked = sum(1 for tok in tokens if any(c.isdigit() or _is_symbol(c) for c in tok))
    return marked * 2 >= len(tokens)


def is_display_line(text: str) -> bool:
    """A line set as display type: in capitals, or every word but the small ones capitalised, that
    ends no sentence ("SPONSORED CONTENT FROM OUR PARTNERS", "Die Kurier-App: Jetzt im App Store und
    bei Google Play")."""
    t = text.strip()
    if _ENDS_SENTENCE.search(t) or len(t) > 140:
        return False
    words = _words(t)
    if not 3 <= len(words) <= 14:
        return False
    if t == t.upper() and t != t.lower():  # in capitals
        return True
    capital = sum(w[0].isupper() for w in words)
    return len(words) >= 6 and capital * 10 >= 6 * len(words)


def is_form_line(text: str) -> bool:
    """One line or paragraph that is furniture by its form alone."""
    if quick_reject(text):
        return False
    return is_item_line(text) or is_buttons_after_sentence(text) or is_button(text) or is_arrow_call(text) \
        or is_symbol_line(text) or is_display_line(text)


def is_box(lines: list[str]) -> bool:
    """Lines run together that a button closes, under a short label: a newsletter's or an appeal's
    box ("The Morning Caspian / Five stories before your coffee. / [Sign me up]")."""
    if not 2 <= len(lines) <= 5:
        return False
    last = lines[-1].strip()
    if not (is_button(last) or is_arrow_call(last) or is_item_line(last)
            or len(last.split()) <= 8 and not _ENDS_SENTENCE.search(last) and any(c in _ARROWS for c in last)):
        return False
    first = lines[0].strip()
    if len(lines) == 2:  # a sentence and its button: a short one (a paragraph and a "Next page →" are text)
        return len(first.split()) <= 20
    return len(first.split()) <= 5 and not first.endswith(".") and sum(len(x.split()) for x in lines[1:-1]) <= 40


def is_headline_list(label: str, items: list[str]) -> bool:
    """A short label over a list of other stories' headlines: three items or more, each of several
    words, none ending a sentence, each opening with a capital ("Most read" / "1. Why the port …")."""
    label = label.strip()
    if not label or len(label.split()) > 5 or _ENDS_SENTENCE.search(label) or label.endswith(":"):
        return False
    if len(items) < 3:
        return False
    bare = [_LIST_MARK.sub("", x).strip() for x in items]
    return all(3 <= len(x.split()) <= 14 and not _ENDS_SENTENCE.search(x) and (x[:1].isupper() or x[:1] in "«“\"")
               for x in bare)
