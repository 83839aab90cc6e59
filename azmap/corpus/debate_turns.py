"""A record of a debate or a hearing saved as a web page, by its form, in any language: each
contribution a block of the same form (its siblings' tag and class), opening with a line that is the
speaker's name alone (a link or bold; constituency, party or post in brackets after it, "Name (Place)
(Party)"; or an office with the name in brackets after it, "The Minister for Trade (Name)"), a time stamp
before it allowed ("14:32:00"), the contribution's paragraphs after it; three blocks or more, two
speakers or more, one of them at least speaking twice (sections under places' names come back to none). Readers' comments
(blocks whose class or id, or an ancestor's, names comments or replies) are no debate.

The speakers are the record's participants; their name lines, the blocks' time stamps and the links
standing alone in a block outside its paragraphs ("Share this contribution") are no text, and so is a
block beside the contributions of another form whose one paragraph opens with a bold label and a colon
(the chair calling the next business: "Mr Speaker: We now come to …"); they
are taken out of the parsed page before the article reader reads it (reading._html).
"""
from __future__ import annotations

import re
from itertools import islice

_MAX_BLOCKS = 3000
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "time", "abbr", "small", "sup", "br"})
_LINES = frozenset({"div", "p", "h2", "h3", "h4", "h5", "h6", "dt", "header"})
_STAMP = re.compile(r"^\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s?[ap]\.?m\.?)?$", re.I)
_WORD = r"[^\W\d_][\w'’.-]*"
_NAME = re.compile(rf"^(?:{_WORD})(?: {_WORD}){{1,4}}$")
_BRACKETS = re.compile(r"^(.*?)((?:\s*\([^()]{1,60}\))+)$")


def _flat(element) -> str:
    return " ".join(element.text_content().split())


def _is_line(element) -> bool:
    """An element holding text and inline markup only (a line as the page shows it)."""
    return isinstance(element.tag, str) and element.tag in _LINES \
        and all(isinstance(c.tag, str) and c.tag in _INLINE for c in element)


def _capitalised(name: str) -> bool:
    return bool(_NAME.match(name)) and all(w[:1].isupper() for w in name.split())


def speaker(line: str) -> str | None:
    """The name a contribution's line gives, or None (see the module)."""
    from azmap.corpus.author_evidence import strip_titles

    found = _BRACKETS.match(line)
    if found:
        before, brackets = found.group(1).strip(), found.group(2)
        inner = re.findall(r"\(([^()]+)\)", brackets)
        # "The Minister of State for … (Name)": an office before a name, not a name before its seat
        # ("Name (Carrow Vale)"): three words or more, or a word in lower case
        if len(inner) == 1 and _capitalised(strip_titles(inner[0].strip())) and before[:1].isupper() \
                and (len(before.split()) >= 3 or not _capitalised(before)):
            return strip_titles(inner[0].strip())
        line = before
    name = strip_titles(line)
    return name if _capitalised(name) else None


def _opening(block):
    """The block's first line that is no time stamp, with the time stamps before it."""
    stamps = []
    for element in islice(block.iter(), 60):
        if element is block or not _is_line(element):
            continue
        text = _flat(element)
        if not text:
            continue
        if _STAMP.match(text):
            stamps.append(element)
            continue
        return element, text, stamps
    return None


_THREAD = re.compile(r"comment|repl(?:y|ies)|discussion|disqus|respons|respuesta|réponse|kommentar|коммент|yorum|şərh",
                     re.I)


def _in_thread(element) -> bool:
    """Whether ``element`` stands in readers' comments (its class or id, or an ancestor's, says so)."""
    for up in [element, *islice(element.iterancestors(), 30)]:
        if _THREAD.search(f"{up.get('class') or ''} {up.get('id') or ''}"):
            return True
    return False


def _in_paragraph(element, block) -> bool:
    """Whether ``element`` stands in a paragraph or a list item inside ``block``."""
    for up in element.iterancestors():
        if up is block:
            return False
        if up.tag in ("p", "li"):
            return True
    return False


def take_turns(tree) -> list[str]:
    """The participants of a record of turns (see the module), their name lines and time stamps taken
    out of ``tree`` in place; [] (and the tree as it was) where the page is no such record."""
    groups: dict = {}
    for element in islice(tree.iter("div", "section", "li", "article"), _MAX_BLOCKS):
        parent = element.getparent()
        # (the parent itself in the key: held, its proxy stays the one lxml gives for it)
        if parent is not None and not _in_thread(element):
            groups.setdefault((parent, element.tag, element.get("class")), []).append(element)
    for blocks in groups.values():
        if len(blocks) < 3:
            continue
        turns = []
        for block in blocks:
            opening = _opening(block)
            name = opening and speaker(opening[1])
            if name and any(len(_flat(p).split()) >= 6 for p in block.iter("p") if p is not opening[0]):
                turns.append((name, opening[0], opening[2]))
        names = [t[0] for t in turns]
        if len(turns) >= 3 and len(set(names)) >= 2 and len(set(names)) < len(names):
            for _, line, stamps in turns:
                block = line.getparent()
                while block is not None and block not in blocks:
                    block = block.getparent()
                # a link standing alone in the block, outside its paragraphs ("Share this contribution")
                alone = [a for a in block.iter("a") if a is not line and not _in_paragraph(a, block)
                         and len(_flat(a).split()) <= 5] if block is not None else []
                for element in [line] + stamps + alone:
                    if element.getparent() is not None:
                        element.drop_tree()
            _drop_chair_lines(blocks)
            return list(dict.fromkeys(names))
    return []


def _drop_chair_lines(blocks) -> None:
    """The blocks beside the contributions, of the same tag and another form, whose one paragraph opens with
    a bold label and a colon ("Mr Speaker: We now come to …"): the chair's lines, out."""
    parent = blocks[0].getparent()
    for sibling in list(parent):
        if sibling in blocks or sibling.tag != blocks[0].tag or sibling.get("class") == blocks[0].get("class"):
            continue
        paragraphs = [p for p in sibling.iter("p") if _flat(p)]
        if len(paragraphs) != 1 or (paragraphs[0].text or "").strip() or not len(paragraphs[0]):
            continue
        label = paragraphs[0][0]
        if label.tag in ("strong", "b") and (_flat(label).endswith(":") or (label.tail or "").lstrip().startswith(":")):
            sibling.drop_tree()
