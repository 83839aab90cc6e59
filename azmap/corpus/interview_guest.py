"""The person an interview page talks to, named where its article reader leaves no line of it in the text:
the kicker over the headline ("Interview mit A", "Interview with A", "Entretien avec A", "Intervista a A") or
the page's <title> ("A im Interview: …"), when the answers in the text are led by A's name or surname
("**Hüseynova:** …", "Beridze : …"). A kicker naming no one ("Interview") names no participant.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"<(?:p|div|span|h[1-6]|header|a|li|title)\b[^>]*>", re.I)
_IM_INTERVIEW = re.compile(r"^(.{3,60}?)\s+im\s+(?:interview|gespräch)\b", re.I)
_KICKERS = 3  # the blocks over the headline read


def _lines_over_heading(markup: str) -> list[str]:
    """The page's <title> and the last few blocks before its first <h1>, as text."""
    import html

    h1 = markup.find("<h1")
    title = re.search(r"<title[^>]*>(.*?)</title>", markup, re.I | re.S)
    found = [title.group(1)] if title else []
    if h1 > 0:
        body = markup.find("<body")
        found += _BLOCK.split(markup[max(body, 0):h1])[-_KICKERS:]
    return [" ".join(html.unescape(_TAG.sub(" ", f)).split()) for f in found if f.strip()]


def guest(markup: str, text: str) -> str | None:
    """The interviewee a page's kicker or title names, whose name leads answers in ``text`` (see the module)."""
    from azmap.corpus.metadata import _is_personal_name
    from azmap.corpus.metadata_front import interviewee

    for line in _lines_over_heading(markup):
        m = _IM_INTERVIEW.match(line)
        name = m.group(1) if m and _is_personal_name(m.group(1)) else interviewee(line)
        if not name:
            continue
        said = "|".join(re.escape(n) for n in (name, name.split()[-1]))
        if re.search(rf"(?m)^[*_]*\s*(?:{said})\s*[*_]*\s*:", text):
            return name
    return None
