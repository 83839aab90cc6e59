"""A post on a professional network saved as a web page: no heading, its first line in bold is its
hook, and the page's title quotes the hook after the poster's name ("Name on Network: Hook …",
"Name sur Network : …", "Name auf Network: …"), maybe with a counter after it ("| 48 comments"). The
post's title is its bold first line, its author the poster, the headline under the poster's linked
name (an element whose class says "headline", "occupation" or "subtitle", else the first block of plain
text under the name) the affiliation.

A news page whose title reads "Minister on tariffs: …" is none: it has a heading, or its first line
in bold does not open as the title's quoted part does, or the name before "on" is no linked name."""
from __future__ import annotations

import html
import re

_POSTED_ON = re.compile(r"^(?P<name>[^:|]{3,60}?)\s+(?:on|en|sur|auf|na|su|в|no)\s+(?P<network>[^\s:|]{2,30})\s?:\s+"
                        r"(?P<hook>.+)$")
_COUNTER_AFTER = re.compile(r"\s+[|·•]\s+\d[\d,.\s]*\s+\w+$")  # "| 48 comments", "| 9 Kommentare"
_BOLD_FIRST = re.compile(r"^\*\*(.+?)\*\*$")
_ROLE_CLASS = re.compile(r"""<(\w+)[^<>]*class=["'][^"']*(?:headline|occupation|subtitle)[^"']*["'][^<>]*>([^<]{3,160})</\1>""",
                         re.I)

# a block of plain text (no tags in it) of two words or more with a letter: the line under the poster's name
_NEXT_BLOCK = re.compile(r"<(div|p)\b[^<>]*>\s*([^<\d\s][^<]{2,158}\s[^<]{1,158})</\1>", re.I)


def post_hook(title: str | None, first_line: str) -> tuple[str, str] | None:
    """(the poster's name, the hook) where the page's title quotes the post's bold first line after the
    poster's name on a network; else None."""
    said = _POSTED_ON.match(_COUNTER_AFTER.sub("", title or "").strip())
    bold = _BOLD_FIRST.match(first_line.strip())
    if not said or not bold:
        return None
    hook, quoted = bold.group(1).strip(), said.group("hook").rstrip(" .…").strip()
    if len(quoted) < 12 or not hook.startswith(quoted[:40]):
        return None
    return said.group("name").strip(), hook


def poster(markup: str, name: str) -> dict | None:
    """The poster as the page's head names her: her linked name (its words broken over lines or not), and
    the headline under it (the first element after the link whose class names it, else the first block of plain
    text) as the affiliation; None if no link names her."""
    words = html.escape(name, quote=False).split()
    link = re.search(r"<a\b[^<>]*>\s*" + r"\s+".join(map(re.escape, words)) + r"\s*</a>", markup)
    if not link:
        return None
    # the element the class names the headline, else the first block of plain text right under the name
    role = _ROLE_CLASS.search(markup, link.end(), link.end() + 600) \
        or _NEXT_BLOCK.search(markup, link.end(), link.end() + 300)
    affiliation = " ".join(html.unescape(role.group(2)).split()) if role else None
    return {"name": name, "affiliation": affiliation or None}
