"""A post's chrome as a messenger channel or a site's masthead shows it when copied as text: lines that are
no title, and the writer's signature in the post's footer.

    Caspian Freight Notes                      <- the channel's name (over its audience line)
    channel · 12,408 subscribers               <- the audience line: a word, a middle dot, a count, a word
    AGENCY NAME  |  site.example/en  |  Oil    <- a masthead: short parts, one the site's bare address
    👁 4.2K    ✍️ Ruth Okafor    edited 10:14   <- a footer of parts: the name after the writing-hand mark signs

All by form: the count's digits (grouped by spaces, dots or commas, with a "K" or "M"), the middle dot, the
bar, a host name with a dot, the mark "✍" (U+270D); no word of any language.
"""
from __future__ import annotations

import re

# "channel · 12,408 subscribers", "canal · 2,1 K abonnés", "Kanal · 5.210 Abonnenten"
_AUDIENCE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?\s+·\s+\d{1,3}(?:[ ., \u202f]\d{1,3})*\s?[KkMmКкМ]?\s+"
                       r"[^\W\d_]+(?: [^\W\d_]+)?$")
# a bare host name: "site.example", "www.site.example/en", "https://site.example"
_HOST = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/[\w./-]*)?$", re.I)
_SIGN = re.compile(r"\u270d\ufe0f?\s*(\S.*)$")


def audience_line(line: str) -> bool:
    """A channel's audience line: one or two words, a middle dot, a count, one or two words."""
    return bool(_AUDIENCE.match(line.strip()))


def channel_head(lines: list[str], k: int) -> bool:
    """Whether line k of a header is the channel's chrome: its audience line, or its name over it."""
    return audience_line(lines[k]) or k + 1 < len(lines) and audience_line(lines[k + 1]) and len(lines[k]) <= 80


def address_masthead(line: str) -> bool:
    """A masthead line of parts parted by bars or middle dots, one the site's bare address and every other
    short (four words at most) with no figure: "NAME | site.example/en | Section". A headline with the site after
    a bar ("Eight words of headline | site.example") has a long part: no masthead; a masthead with its issue and
    day ("REVIEW | No. 38 | October 2025 | www.site.example") is the date line it is read as elsewhere."""
    parts = [p.strip() for p in re.split(r"\s[|·]\s", line) if p.strip()]
    return len(parts) >= 2 and any(_HOST.match(p) for p in parts) \
        and all(_HOST.match(p) or len(p.split()) <= 4 and not re.search(r"\d", p) for p in parts)


def footer_signature(line: str) -> str | None:
    """The name a footer line signs after the writing-hand mark ("✍️ Ruth Okafor"), in a line of parts set
    apart by two spaces or more or by middle dots; None if there is none or it is no person's name."""
    from azmap.corpus.person_names import _is_personal_name

    for part in re.split(r"\s{2,}|\s·\s", line.strip()):
        m = _SIGN.match(part.strip())
        if m and 2 <= len(m.group(1).split()) <= 4 and _is_personal_name(m.group(1).strip()):
            return m.group(1).strip()
    return None


def topics_line(line: str) -> bool:
    """An item's topics on a line of their own, three short parts or more parted by runs of spaces, each one
    or two capitalised words with no digit or sentence's sign ("Oil&Gas  Azerbaijan  Kazakhstan"; documents21's
    slash slug line, header_lines.keyword_slug, in another form)."""
    parts = re.split(r"\s{2,}", line.strip())
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 2 and p[:1].isupper()
                                   and not re.search(r"[\d.,:;!?«»\"“”()|·]", p) for p in parts)
