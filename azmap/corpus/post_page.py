"""A post on a professional network saved as a web page: no heading, its first line in bold is its
hook, and the page's title quotes the hook after the poster's name ("Name on Network: Hook …",
"Name sur Network : …", "Name auf Network: …"), maybe with a counter after it ("| 48 comments"). The
post's title is its bold first line, its author the poster, the headline under the poster's linked
name (an element whose class says "headline", "occupation" or "subtitle") the affiliation.

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
    """The poster as the page's head names her: her linked name, and the headline under it (the
    first element after the link whose class names it) as the affiliation; None if no link names her."""
    link = re.search(r"<a\b[^<>]*>\s*" + re.escape(html.escape(name, quote=False)) + r"\s*</a>", markup)
    if not link:
        return None
    role = _ROLE_CLASS.search(markup, link.end(), link.end() + 600)
    affiliation = " ".join(html.unescape(role.group(2)).split()) if role else None
    return {"name": name, "affiliation": affiliation or None}
