"""The writer behind an account: a blog's or a journal's page whose author tag holds an account's name (one
token: "kura_traveller", "lena.brandt84") and that shows that account as a link whose whole text is the name,
with a person's name in brackets right after it ("<a>kura_traveller</a> (Hannah Mercer)", LiveJournal's
"ljuser" link and the owner's name): the name in brackets is the writer's, and the author, not the account
(nor the words a reader makes of it, "Kura Traveller").

By form only: the account a link's whole text, the same as the author tag's value; the brackets right after
the link's element, holding two to four capitalised words (author_evidence.is_personal_name). An author
tag naming a person, or an account followed by a count or a place in brackets, is left as it is.
"""
from __future__ import annotations

import html
import re

# the page's author tag: <meta name="author"> or <meta property="article:author">
_AUTHOR_TAG = re.compile(r"<meta\s[^<>]{0,200}?(?:name|property)=[\"'](?:author|article:author)[\"'][^<>]{0,200}?"
                         r"content=[\"']([^\"'<>]{2,80})[\"']|<meta\s[^<>]{0,200}?content=[\"']([^\"'<>]{2,80})[\"']"
                         r"[^<>]{0,200}?(?:name|property)=[\"'](?:author|article:author)[\"']", re.I)
# an account's name: one token of letters and digits, joined by "_", "-" or "."
_ACCOUNT = re.compile(r"^[\w][\w.-]{1,40}$")
_NAME_IN_BRACKETS = r"\s*\(([^()<>]{3,60})\)"


def _account_tag(markup: str) -> str | None:
    found = _AUTHOR_TAG.search(markup[:30000])
    if not found:
        return None
    value = html.unescape(found.group(1) or found.group(2)).strip()
    return value if _ACCOUNT.match(value) and not value.isdigit() else None


def name_beside_account(markup: str) -> str | None:
    """The person's name in brackets after the link to the account the author tag holds (see the module)."""
    account = _account_tag(markup)
    if not account:
        return None
    link = re.compile(r"<a\b[^<>]*>\s*" + re.escape(account) + r"\s*</a>(?:\s*</(?:span|b|strong)>)*"
                      + _NAME_IN_BRACKETS, re.I)
    from azmap.corpus.author_evidence import is_personal_name

    for found in link.finditer(markup):
        name = " ".join(html.unescape(found.group(1)).split())
        if is_personal_name(name):
            return name
    return None


def writer_over_account(meta, markup: str) -> None:
    """The name beside the account as the one author, where the author tag holds the account (see the module)."""
    name = name_beside_account(markup)
    if name and [a["name"] for a in meta.authors] != [name]:
        meta.authors, meta.author = [{"name": name, "affiliation": None}], None
        meta.evidence["authors"] = "the name beside the account"
        meta.evidence.pop("author", None)
