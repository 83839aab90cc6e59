"""An agency reporter's signature after the text: "[from] Place Name (AGENCY)".

    Z Baku Anna Wiśniewska (PAP)          Aus Baku Lena Hartmann (dpa-AFX)
    From Baku Ruth Okafor (CNA)            Ruth Okafor (CNA)

A short line among the text's last lines, ending in the agency's short name in brackets, the same
bracketed name the item shows elsewhere (its dateline "Baku (PAP) -", its stamp) or a name in
capitals; before it a person's name, led or not by "from" and the place the reporter files from.
"From" is one table by meaning: en from, de aus/von, fr de/depuis, it da, es/pt desde/de, pl z/ze,
ru/uk из/з/із, nl uit/vanuit, cs/sk z/ze, sv/no/da fra/från, ro din, hu (a suffix: no word).
The name signs the item: its author; the line and what follows it (the desk's initials, a rights
line) are no body.
"""
from __future__ import annotations

import re

_FROM = frozenset("""from aus von de depuis da desde z ze из з із uit vanuit fra från din""".split())
_SIGNED = re.compile(r"^(.{3,80}?)\s*\(([^\W\d_][\w.-]{1,11})\)\s*$")


def signed(line: str, text: str) -> str | None:
    """The reporter's name a line signs with before the agency in brackets, or None."""
    from azmap.corpus.person_names import _is_personal_name

    m = _SIGNED.match(line.strip().strip("*_").strip())
    if not m or len(m.group(1).split()) > 7:
        return None
    agency = m.group(2)
    if not (agency.upper() == agency or text.count(f"({agency})") >= 2):
        return None  # an agency's short name: in capitals, or the item's own bracket elsewhere
    words = m.group(1).rstrip(",").split()
    if words and words[0].lower() in _FROM:
        tries = [" ".join(words[k:]).lstrip(", ") for k in (2, 3) if len(words) - k >= 2]
    else:
        tries = [" ".join(words)]
    for name in tries:
        name = name.strip(", ")
        if 2 <= len(name.split()) <= 4 and _is_personal_name(name):
            return name
    return None
