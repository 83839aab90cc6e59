"""What a saved wiki article (or a mirror's copy of one) holds besides its text, by its form, in any
language:

- its contents box: a list whose entries, their numbers aside ("4 Notes et références"), are the
  page's own headings (two in three of them or more, three entries or more), with the box's heading
  when the box holds nothing else;
- its notes list: a list whose every entry opens with a back-link mark to where the note is cited
  ("↑ « Rapport annuel … »", "^ "Annual review" …"): the sources, no paragraph of the text;
- the lists after its notes list whose every entry opens with a link ("External links", "Weblinks",
  "Liens externes"): pointers to other pages, no text;
- its last-edit line in the footer ("La dernière modification de cette page a été faite le 3 février
  2025 à 11:24.", "This page was last edited on …", "Diese Seite wurde zuletzt am … bearbeitet."): a
  sentence about this page and its last change, whose date is the page's when it states no other; the
  page's last block holding it in a paragraph of its own, of short paragraphs only, is its footer.

The lists are taken out of the parsed page before the article reader reads it (reading._html); the
date is read by the project's date reader (``metadata.parse_date``).
"""
from __future__ import annotations

import re
from itertools import islice

_MAX_LISTS = 400
_BACK_LINK = re.compile(r"^\s*[↑^](?:\s|$)")
_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
_EDIT_LINK = re.compile(r"\s*\[[^\]]{1,40}\]\s*$")  # "Histoire[modifier | modifier le code]"
_MIN_ENTRIES = 3
# "this page" and its last change, in the major languages
_THIS_PAGE = re.compile(r"\b(?:this|cette|diese|esta|questa|deze|эта|ця|bu|ta|tato|această|denna|tätä|ez\s+a|αυτή\s+η)"
                        r"\s+(?:page|seite|página|pagina|pagină|страница|сторінка|sayfa|səhifə|strona|stránka|sida|"
                        r"sivua|lap|σελίδα)\b", re.I)
_CHANGED = re.compile(r"(?:edit|modifi|bearbeit|geändert|отредакт|изменен|редагов|редакт|düzenlen|bewerkt|gewijzigd|"
                      r"edytowan|zmodyfikowan|aggiornat|redaktə|upraven|szerkeszt|muokat|redigera|επεξεργ)", re.I)
_MAX_LINE = 200


def _flat(text: str) -> str:
    return " ".join(text.split())


def _headings(tree) -> set[str]:
    return {_EDIT_LINK.sub("", _flat(h.text_content())).casefold()
            for h in islice(tree.iter("h2", "h3", "h4", "h5", "h6"), _MAX_LISTS)}


def _opens_with_link(item) -> bool:
    children = [c for c in item if isinstance(c.tag, str)]
    return bool(children) and children[0].tag == "a" and not (item.text or "").strip()


def _drop_link_lists_after(notes, lists) -> None:
    """The lists after the notes list whose every entry opens with a link ("External links", "Weblinks"):
    the page's pointers elsewhere, out."""
    for lst in lists[lists.index(notes) + 1:]:
        items = [li for li in lst if li.tag == "li"]
        if lst.getparent() is not None and items and all(_opens_with_link(li) for li in items):
            lst.drop_tree()


def drop_contents_and_notes(tree) -> int:
    """Take the contents box and the notes lists (see the module) out of ``tree``; how many were taken."""
    lists = list(islice(tree.iter("ul", "ol"), _MAX_LISTS))
    if not lists:
        return 0
    headings = None
    dropped = 0
    for lst in lists:
        if lst.getparent() is None:
            continue
        # a list whose first entry neither opens with a back-link mark nor is numbered is neither list
        # (both need every entry so): its other entries are not read
        first = next((li for li in lst if li.tag == "li"), None)
        if first is None or not _BACK_LINK.match(head := _flat(first.text_content())) and not _NUMBER.match(head):
            continue
        entries = [_flat(li.text_content()) for li in lst if li.tag == "li"]
        if not entries:
            continue
        if all(_BACK_LINK.match(e) for e in entries):
            _drop_link_lists_after(lst, lists)
            lst.drop_tree()
            dropped += 1
            continue
        numbered = [e for e in entries if _NUMBER.match(e)]
        if len(entries) < _MIN_ENTRIES or len(numbered) < len(entries):
            continue
        headings = _headings(tree) if headings is None else headings
        own = sum(_NUMBER.sub("", e).casefold() in headings for e in entries)
        if 3 * own < 2 * len(entries):
            continue
        box = lst.getparent()
        others = [c for c in box if c is not lst and isinstance(c.tag, str)]
        if box.tag in ("div", "nav", "aside", "section") and all(c.tag in ("h2", "h3", "h4", "div", "p") and
                                                                   len(_flat(c.text_content()).split()) <= 3
                                                                   for c in others):
            box.drop_tree()  # the box and its heading ("Sommaire", "Contents")
        else:
            lst.drop_tree()
        dropped += 1
    return dropped


_MAX_FOOTER_WORDS = 60


def drop_edit_footer(tree) -> int:
    """Take out the page's footer by its last-edit line (see the module), whatever its class or id: the last
    block of the page's body holding such a line in a paragraph of its own, its every paragraph short (a
    licence, a mirror's note, the site's links), less than half of the page's text. How many (0 or 1)."""
    from azmap.corpus.metadata import parse_date

    body = tree.find(".//body")
    if body is None:
        return 0
    last = next((c for c in reversed(body) if isinstance(c.tag, str)), None)
    if last is None or last.tag not in ("div", "footer", "section") or last.find(".//h1") is not None:
        return 0
    lines = [_flat(p.text_content()) for p in islice(last.iter("p", "li"), 20)]
    if not lines or any(len(ln.split()) > _MAX_FOOTER_WORDS for ln in lines):
        return 0
    if 2 * len(_flat(last.text_content())) > len(_flat(body.text_content())):
        return 0  # the most of the page's text: its text, not a footer under it
    if any(len(ln) <= _MAX_LINE and _THIS_PAGE.search(ln) and _CHANGED.search(ln) and parse_date(ln)
           for ln in lines):
        last.drop_tree()
        return 1
    return 0


_ELEMENT_TEXT = re.compile(r">([^<>]{10,%d})<" % _MAX_LINE)


def last_edited(markup: str) -> str | None:
    """The date of the page's last-edit line (see the module) in its last part, or None."""
    import html

    from azmap.corpus.metadata import parse_date

    tail = markup[-20000:]
    for m in _ELEMENT_TEXT.finditer(tail):
        line = _flat(html.unescape(m.group(1)))
        if _THIS_PAGE.search(line) and _CHANGED.search(line):
            found = parse_date(line)
            if found:
                return found
    return None
