"""Metamorphic checks for web pages: the annotated fixture pages of tests/fixtures/documents3 .. documents19
changed in their template (class names and ids, meta tags and JSON-LD, white space, wrapping elements) and read
again with tests/metamorphic.py's runner, the same halves (even sets dev, odd sets test). A reader that reads a
page's visible text and its semantic markup (h1, time, address, figure and figcaption, article, nav, header,
footer, aside, itemprop, rel=author) reads the changed page as it read the original.

Transforms (each a function of an annotated document and its source giving the changed source, its annotation
and the expected reading, or None where it does not apply):

- ``classes``: every class word and id replaced by an opaque token (a hash of the word written in consonants,
  the same word the same token; links to an id inside the page follow it), tag names and every other attribute
  kept (itemprop, rel, role, aria-*, datetime).
- ``classes_cms``: the class words another CMS would write for the same thing ("byline" → "c-meta__author",
  "caption" → "media-legend"), from the table CMS_CLASSES; other words kept.
- ``nometa``: the page's meta tags (but its charset) and JSON-LD taken out, where its visible text states the
  annotated title, date (in a written form of the page's language or English) and every author.
- ``minify``: the page's white space outside <pre>, <script>, <style> and <textarea> folded to one space and the
  space between block elements' tags taken out: the page on one line.
- ``expand``: every block element's tag on a line of its own, indented by its depth, and the text between tags
  broken at 60 columns on its own spaces.
- ``wrappers``: the content of the page's one <article> (or its <body>) wrapped in two more <div>s.
- ``divmain``: the page's one <article> turned into a <div role="main">.

Every transform expects the reading unchanged.

``python -m tests.metamorphic_html dev`` (or ``test``) prints a half's figures as JSON with every page that did
not read the same; ``--brief`` leaves the pages out.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys

from tests import metamorphic as M

# elements a browser sets on lines of their own: white space between their tags is not text
BLOCK = ("html|head|body|title|meta|link|script|style|noscript|article|section|main|header|footer|nav|aside|div|p|"
         "h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|figure|figcaption|blockquote|address|"
         "hr|br|form|fieldset|details|summary|pre|textarea|menu|hgroup|center")
_BLOCK_TAG = re.compile(r"</?(?:" + BLOCK + r")\b[^>]*>", re.I)
_RAW = re.compile(r"<(pre|script|style|textarea)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[A-Za-z][^>]*>")


def _outside_raw(source: str, fn) -> str:
    """``fn`` applied to the parts of a page outside <pre>, <script>, <style> and <textarea>."""
    out, at = [], 0
    for m in _RAW.finditer(source):
        out += [fn(source[at:m.start()]), m.group(0)]
        at = m.end()
    return "".join(out + [fn(source[at:])])


def _body_of(source: str) -> tuple[int, int]:
    m = re.search(r"<body\b[^>]*>", source, re.I)
    start = m.end() if m else 0
    end = source.lower().rfind("</body")
    return start, end if end > start else len(source)


def _same(changed: str, source: str, fx: dict):
    if changed == source:
        return None
    return changed, fx, (lambda got: got)


# ---------------------------------------------------------------------------------------------
# Class names and ids

_CONSONANTS = "bcdfghjklmnpqrstvwxz"


def opaque(word: str) -> str:
    """A word's opaque token: its hash written in consonants (no word any reader could look for)."""
    h = int(hashlib.sha256(word.encode()).hexdigest()[:12], 16)
    out = []
    for _ in range(7):
        h, r = divmod(h, len(_CONSONANTS))
        out.append(_CONSONANTS[r])
    return "x" + "".join(out)


# a class word → another CMS's word for the same thing
CMS_CLASSES = {
    "byline": "c-meta__author", "author": "c-byline__name", "by": "c-byline__prefix", "role": "c-byline__role",
    "date": "c-meta__published", "dateline": "c-meta__place-time", "time": "c-meta__time",
    "updated": "c-meta__modified", "caption": "media-legend", "credit": "media-attribution",
    "post-content": "article-body-wrapper", "article-body": "article-body-wrapper", "entry-content": "rich-text",
    "content": "rich-text", "story": "l-story", "post": "l-story", "entry": "l-item", "headline": "c-title",
    "title": "c-title", "subtitle": "c-dek", "standfirst": "c-dek", "summary": "c-dek", "lede": "c-dek",
    "kicker": "c-eyebrow", "rubric": "c-eyebrow", "section-label": "c-eyebrow", "share": "c-social",
    "tags": "c-topics", "topics": "c-topics", "related": "c-more-stories", "read-more": "c-more-link",
    "breadcrumbs": "c-trail", "comment": "c-reply", "comments": "c-replies", "meta": "c-meta",
    "post-meta": "c-meta", "masthead": "l-masthead", "site-header": "l-masthead", "site-footer": "l-colophon",
    "logo": "c-brand", "brand": "c-brand", "gallery": "c-slideshow", "live-entry": "c-timeline__item",
    "entry-time": "c-timeline__time", "bio": "c-contributor", "author-bio": "c-contributor",
    "footnotes": "c-endnotes", "note": "c-endnote", "toc": "c-contents", "sidebar": "l-rail",
}


def _class_map(word_map):
    """A transform replacing each class word and id by ``word_map(word)`` (None: kept), links to ids inside
    the page with them."""
    def transform(fx: dict, source: str):
        if fx["format"] != "html":
            return None
        ids = {}

        def attr(m: re.Match) -> str:
            name, q, value = m.group(1), m.group(2), m.group(3)
            words = value.split()
            new = [word_map(w) or w for w in words]
            if name.lower() == "id":
                ids.update({w: n for w, n in zip(words, new) if w != n})
            return f"{m.group(0)[:m.start(2) - m.start(0)]}{q}{' '.join(new)}{q}"

        rx = re.compile(r"""\s(class|id)\s*=\s*(["'])(.*?)\2""", re.I | re.S)
        tag = lambda m: rx.sub(attr, m.group(0))  # noqa: E731
        changed = _outside_raw(source, lambda part: _TAG.sub(tag, part))
        if ids:  # links and references to a changed id follow it
            ref = re.compile(r"""(\s(?:href)\s*=\s*["']#)([^"']+)(["'])""", re.I)
            changed = ref.sub(lambda m: m.group(1) + ids.get(m.group(2), m.group(2)) + m.group(3), changed)
            refs = re.compile(r"""(\s(?:for|headers|aria-labelledby|aria-describedby|aria-controls)\s*=\s*["'])"""
                              r"""([^"']+)(["'])""", re.I)
            changed = refs.sub(lambda m: m.group(1) + " ".join(ids.get(w, w) for w in m.group(2).split())
                               + m.group(3), changed)
        return _same(changed, source, fx)
    return transform


classes_transform = _class_map(opaque)
classes_cms_transform = _class_map(lambda w: CMS_CLASSES.get(w.lower()))


def class_words(source: str) -> list[str]:
    """The class words of a page's tags."""
    out = []
    for tag in _TAG.findall(source):
        for m in re.finditer(r"""\sclass\s*=\s*(["'])(.*?)\1""", tag, re.I | re.S):
            out += m.group(2).split()
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------------
# Meta tags and JSON-LD

def visible_text(source: str) -> str:
    """A page's text as a browser shows it, folded: scripts, styles, the head and the tags out."""
    body = re.sub(r"<(script|style|noscript|template)\b.*?</\1\s*>", " ", source, flags=re.S | re.I)
    body = re.sub(r"<head\b.*?</head\s*>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]*>", " ", body)
    import html as _html

    return M._flat(_html.unescape(body))


def _date_visible(day: str, text: str) -> bool:
    import datetime as dt

    d = dt.date.fromisoformat(day)
    low = text.lower()
    return any(f.lower() in low for lg in M.MONTHS for f in M._forms(d, lg).values())


def nometa_transform(fx: dict, source: str):
    if fx["format"] != "html":
        return None
    text = visible_text(source)
    folded = M._flat(text).lower()
    if not fx.get("title") or M._flat(fx["title"]).lower() not in folded:
        return None
    if fx.get("date") and (len(fx["date"]) != 10 or not _date_visible(fx["date"], text)):
        return None
    for a in fx["authors"]:
        if M._flat(a["name"]).lower() not in folded:
            return None
    changed = re.sub(r"""<script\b[^>]*type\s*=\s*["']?application/ld\+json[^>]*>.*?</script\s*>\s*""", "",
                     source, flags=re.S | re.I)
    changed = re.sub(r"<meta\b(?![^>]*\bcharset\b)[^>]*>[ \t]*\n?", "", changed, flags=re.I)
    return _same(changed, source, fx)


# ---------------------------------------------------------------------------------------------
# White space

def minify_transform(fx: dict, source: str):
    if fx["format"] != "html":
        return None

    def fold(part: str) -> str:
        part = re.sub(r"\s+", " ", part)
        # no space beside a block element's tag: the browser shows none there
        part = re.sub(r" ?(" + _BLOCK_TAG.pattern + r") ?", r"\1", part, flags=re.I)
        return part

    changed = _outside_raw(source, fold).strip() + "\n"
    return _same(changed, source, fx)


_VOID = re.compile(r"<(?:meta|link|br|hr|img|input)\b", re.I)


def expand_transform(fx: dict, source: str, width: int = 60):
    if fx["format"] != "html":
        return None
    depth = 0

    def lay_out(part: str) -> str:
        nonlocal depth
        out = []
        for piece in re.split(r"(" + _BLOCK_TAG.pattern + r")", part, flags=re.I):
            if not piece:
                continue
            if _BLOCK_TAG.fullmatch(piece):
                closing = piece.startswith("</")
                if closing:
                    depth = max(0, depth - 1)
                out.append("\n" + "  " * depth + piece)
                if not closing and not _VOID.match(piece) and not piece.endswith("/>"):
                    depth += 1
                continue
            text = piece.strip()
            if not text:
                continue
            trail = piece[len(piece.rstrip()):]
            # the text broken on its own spaces (where there is a space a browser shows one)
            indent = "\n" + "  " * depth
            lines, line = [], ""
            # a tag's own spaces kept in it: the words are the text's
            text = re.sub(r"<[^>]*>", lambda m: re.sub(r"\s", "\0", m.group(0)), text)
            for word in re.split(r"[ \t\n]+", text):
                if line and len(line) + 1 + len(word) > width:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            lines.append(line)
            body = indent.join(lines).replace("\0", " ")
            out.append(indent + body + (indent if trail else ""))
        return re.sub(r"\n[ \t]*(?=\n)", "", "".join(out))

    # raw elements (scripts, <pre>) are kept as they are, on a line of their own
    out, at = [], 0
    for m in _RAW.finditer(source):
        out += [lay_out(source[at:m.start()]).rstrip(), "\n" + "  " * depth + m.group(0)]
        at = m.end()
    changed = "".join(out + [lay_out(source[at:])]).strip() + "\n"
    return _same(changed, source, fx)


# ---------------------------------------------------------------------------------------------
# Wrappers

def wrappers_transform(fx: dict, source: str):
    if fx["format"] != "html":
        return None
    arts = list(re.finditer(r"<article\b[^>]*>", source, re.I))
    if len(arts) == 1 and source.lower().count("</article") == 1:
        start, end = arts[0].end(), source.lower().index("</article")
    else:
        start, end = _body_of(source)
    changed = source[:start] + "<div><div>" + source[start:end] + "</div></div>" + source[end:]
    return _same(changed, source, fx)


def divmain_transform(fx: dict, source: str):
    if fx["format"] != "html":
        return None
    if len(re.findall(r"<article\b", source, re.I)) != 1 or source.lower().count("</article") != 1:
        return None
    changed = re.sub(r"<article\b([^>]*)>", r'<div role="main"\1>', source, flags=re.I)
    changed = re.sub(r"</article\s*>", "</div>", changed, flags=re.I)
    return _same(changed, source, fx)


HTML_TRANSFORMS = {"classes": classes_transform, "classes_cms": classes_cms_transform,
                   "nometa": nometa_transform, "minify": minify_transform, "expand": expand_transform,
                   "wrappers": wrappers_transform, "divmain": divmain_transform}
M.TRANSFORMS.update(HTML_TRANSFORMS)  # the runner finds a transform by its name


def figures(half: str, verbose: bool = True, names=tuple(HTML_TRANSFORMS)) -> dict:
    out = M.figures(half, verbose=verbose, names=names)
    if verbose and "classes" in out:  # the pages whose reading rested on a class word, and their words
        from pathlib import Path

        docs = {fx["id"]: fx for fx in M.documents(half)}
        out["classes"]["relied on a class"] = {
            k: class_words(Path(docs[k]["path"]).read_text(encoding="utf-8"))
            for k in out["classes"]["not invariant"]}
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    print(json.dumps(figures(args[0] if args else "dev", verbose="--brief" not in sys.argv), indent=1,
                     ensure_ascii=False))
