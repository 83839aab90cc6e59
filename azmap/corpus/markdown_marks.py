"""Markdown's marks that are no words of the text: a task list's box after the list's dash ("- [ ] ",
"- [x] "), pandoc's title block ("% Title" / "% A; B" / "% date" on the first lines), pandoc's
note markers ("[^1]", "[^note]"), a table's caption line ("Table: …" or ": …" next to a pipe
table) and a line of images (``![alt](src "title")``, ``![alt][ref]``, a linked image
``[![alt](src)](href)``, an HTML ``<img …>``, a link's reference definition ``[ref]: src``): the picture,
not words of the text, whatever its alt text says. Tables' rows stay what the reader makes of them (body
rows, as an infobox's).

A vault note's marks (Obsidian's markdown): a wiki link reads as the words it shows ("[[Target]]" as
"Target", "[[Target|shown words]]" as "shown words"), an embed ("![[file.png|500]]") as nothing, a
highlight ("==words==") as its words; a block id at a paragraph's end (" ^summary-1") and a comment
("%% … %%", inside a paragraph or a block of its own) are no words.
"""
from __future__ import annotations

import re

_TASK_BOX = re.compile(r"\\?\[[ xX✓✔-]\\?\][ \t]+")  # as written, or escaped as a page's converter writes it
_NOTE_MARK = re.compile(r"\[\^[\w-]{1,20}\](?!:)")
_TABLE_CAPTION = re.compile(r"^(?:table|tabelle|tableau|tabla|таблица)?\s*:\s+\S", re.I)
# an image: inline (the source bare, holding spaces as a relative path may, or in <>, a title in quotes or
# brackets), by reference, or shortcut;
# pandoc's attributes after it ("{width=60%}")
_IMAGE = r"""!\[[^\]\n]*\](?:\(\s*(?:<[^>\n]*>|[^\s)]*(?: [^\s)"'(][^\s)]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)|\[[^\]\n]*\])?""" \
    r"""(?:\{[^}\n]*\})?"""
_TARGET = r"""(?:\(\s*(?:<[^>\n]*>|[^\s)]*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)|\[[^\]\n]*\])"""
_HTML_IMAGE = r"<img\b[^>]*>"
_ONE_IMAGE = rf"(?:{_IMAGE}|\[\s*{_IMAGE}\s*\]{_TARGET}|{_HTML_IMAGE}|<a\b[^>]*>\s*{_HTML_IMAGE}\s*</a>)"
_IMAGE_LINE = re.compile(rf"\s*{_ONE_IMAGE}(?:\s*{_ONE_IMAGE})*\s*", re.I)
_WIKI_LINK = re.compile(r"(!?)\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]")
_HIGHLIGHT = re.compile(r"==(?=[^\s=])([^=\n]+?)(?<=[^\s=])==")
_BLOCK_ID = re.compile(r"[ \t]+\^[A-Za-z0-9][A-Za-z0-9-]*[ \t]*(?=\n|\Z)")
_COMMENT = re.compile(r"%%.*?%%", re.S)
# a site generator's template call alone on its line, which the page renders as a figure, a player or a box:
# Hugo's "{{< figure … >}}" and "{{% notice %}}", Jekyll's and Liquid's "{% include figure.html … %}", Eleventy's
# "{% image … %}": markup, no words of the text (a call quoted inside a sentence is part of the sentence)
_TEMPLATE_CALL = re.compile(r"\s*(?:\{\{[<%].*?[%>]\}\}|\{%-?\s*\w.*?-?%\})\s*")
_REFERENCE_DEFINITION = re.compile(r"""\s*\[[^\]\n^]+\]:\s*\S+(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*""")


def after_task_box(text: str, start: int, end: int) -> int:
    """Where a list item's words start once its task box ("[ ] ", "[x] ") is passed: ``start`` when
    the item has none."""
    if text.startswith("[", start) or text.startswith("\\[", start):
        m = _TASK_BOX.match(text, start, end)
        if m:
            return m.end()
    return start


def without_note_marks(text: str) -> str:
    """The text without pandoc's note markers ("rate.[^1] The" → "rate. The")."""
    return _NOTE_MARK.sub("", text) if "[^" in text else text


def wiki_shown(target: str, shown: str | None = None) -> str:
    """The words a wiki link shows: its shown words, else its target as written."""
    return (shown if shown and shown.strip() else target).strip()


def without_vault_marks(text: str) -> str:
    """The text without a vault note's marks: wiki links as the words they show, embeds, highlights'
    "==", a block id at a line's end and comments left out."""
    if "%%" in text:
        text = _COMMENT.sub("", text)
    if "[[" in text:
        text = _WIKI_LINK.sub(lambda m: "" if m.group(1) else wiki_shown(m.group(2), m.group(3)), text)
    if "==" in text:
        text = _HIGHLIGHT.sub(r"\1", text)
    if "^" in text:
        text = _BLOCK_ID.sub("", text)
    return text


def outside_comments(lines: list) -> list:
    """The lines (each with its ``text``) that stand outside a vault note's comments: a comment on a line
    of its own ("%% … %%") or opened by a line starting with "%%" and closed by the line that holds the
    next "%%" is no line of the text."""
    out, inside = [], False
    for ln in lines:
        t = ln.text
        if inside:
            inside = "%%" not in t
            continue
        if t.startswith("%%"):
            if t.count("%%") % 2:  # opened here, closed further down
                inside = True
                continue
            if t.endswith("%%") and not _COMMENT.sub("", t).strip():
                continue
        out.append(ln)
    return out


def is_image_line(text: str) -> bool:
    """A block that holds images only (one or several, linked or not, in markdown or HTML), only a link's
    reference definitions, or only a site generator's template calls: no words of the text."""
    if "](" not in text and "][" not in text and "<img" not in text.lower() and "]:" not in text \
            and "{{" not in text and "{%" not in text:
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()] or [text]
    return all(_IMAGE_LINE.fullmatch(ln) or _REFERENCE_DEFINITION.fullmatch(ln) or _TEMPLATE_CALL.fullmatch(ln)
               for ln in lines)


# an HTML comment the rendered page never shows, standing alone at the head ("<!-- generated by … -->")
_HTML_COMMENT = re.compile(r"[ \t]*<!--.*?-->[ \t]*(?:\n|\Z)", re.S)
_BLANK = re.compile(r"(?:[ \t]*\n)+")


def unseen_head(text: str) -> int:
    """How long the run at the head of a markdown text is that shows no words of it: HTML comments (a docs
    template's note), blocks of images only (a row of badges, linked or not) and blank lines. The text's
    first heading under them is its first line as a reader sees the page; 0 when none stands there."""
    at = 0
    while at < len(text):
        blank = _BLANK.match(text, at)
        if blank and blank.end() > at:
            at = blank.end()
            continue
        comment = _HTML_COMMENT.match(text, at) if text.startswith("<!--", at) or text[at:at + 1] in " \t" else None
        if comment:
            at = comment.end()
            continue
        end = text.find("\n\n", at)
        end = len(text) if end < 0 else end
        if end - at < 4000 and is_image_line(text[at:end]):
            at = end
            continue
        break
    return at if at and text[at:at + 1] == "#" else 0


# a fenced code block's fence: "```", "```python", "~~~"
_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)", re.M)


def fences(text: str) -> int:
    """How many fence lines a block holds (a code block opens with one and closes with the next): its lines,
    code and no words of the text, are furniture as a whole."""
    return len(_FENCE.findall(text)) if "```" in text or "~~~" in text else 0


def is_table_caption(text: str, neighbours: tuple[str | None, str | None]) -> bool:
    """A pandoc table's caption: "Table: …" or ": …", on a block next to a table (``neighbours``: the
    kinds of the blocks before and after it)."""
    return bool(_TABLE_CAPTION.match(text)) and len(text) <= 300 \
        and any(k in ("table", "tablehead") for k in neighbours)


def pandoc_title_block(text: str) -> tuple[dict, int]:
    """({title, author, date}, where the text after it starts) of pandoc's title block: up to three
    lines starting with "%" at the top (title; authors, separated by semicolons; date), an empty
    field left as "%" alone. ({}, 0) when the text has none."""
    if not text.startswith("%"):
        return {}, 0
    lines = re.match(r"(?:%[^\n]*(?:\n|$)){1,3}", text)
    fields = [ln[1:].strip() for ln in lines.group(0).splitlines()]
    if not fields or not fields[0] or not fields[0][:1].isupper():  # "% of the cargo": a share, not a title
        return {}, 0
    out = {"title": fields[0]}
    if len(fields) > 1 and fields[1]:
        out["author"] = [a.strip() for a in fields[1].split(";") if a.strip()]
    if len(fields) > 2 and fields[2]:
        out["date"] = fields[2]
    return out, lines.end()
