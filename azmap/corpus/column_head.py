"""A head in two columns, as RFCs and Internet-Drafts set it: on the left the group, the document's number and
its category; on the right the authors, each as an initial and a surname over her organisation, and the day,
right-aligned ("Caspian Transit Coordination Group            N. Qasimova" / "Memo: CTCG-14   Port of Alat
Authority" / … / "                                    17 March 2026"). The right column's names are the authors,
the line under each her affiliation, each named in full where an "Authors' Addresses" section (its heading by
meaning) lists her first name; the centred line under the head is the title, not a line of the head.
"""
from __future__ import annotations

import re

_GAP = re.compile(r"\S(\s{3,})(?=\S)")
_INDENT_RIGHT = 24  # a line of the right column alone starts this far in
_ALIGN = 8  # the right column's lines end within this many characters of each other (set flush right by hand)
_RIGHT_HALF = 30  # and each starts past this column
_INITIALS = re.compile(r"^((?:[A-ZÀ-ÞА-ЯƏ]\.\s?(?:-?[A-ZÀ-ÞА-ЯƏ]\.\s?)?){1,2})\s*([A-ZÀ-ÞА-ЯƏ][\w'’-]+(?:\s[A-ZÀ-ÞА-ЯƏ][\w'’-]+)?)"
                       r"(?:,\s*(?:Ed|Eds|Editor)\.?)?$")
# an authors' addresses section's heading, by meaning
_ADDRESSES = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:authors?|editors?|contributors?)['’]?s?['’]?\s+(?:addresses|address)|"
                        r"contact\s+(?:information|addresses)|adresses?\s+des?\s+(?:l['’])?aut(?:eur|eure|rice)s?|"
                        r"anschrift(?:en)?\s+(?:der|des)\s+autor(?:en|innen|in|s)?|autorenadressen|"
                        r"direcci(?:ón|ones)\s+de(?:\s+los|\s+las|\s+la|l)?\s+autor(?:es|as|a)?|"
                        r"indirizz[oi]\s+(?:degli|dell['’]|della)\s*autor[ei]|indirizz[oi]\s+dell['’]autrice|"
                        r"endereços?\s+d[oa]s?\s+autor(?:es|as|a)?|adres(?:y)?\s+autor(?:ów|a|ki)|"
                        r"adres(?:sen)?\s+van\s+de\s+auteurs?|адреса?\s+автор(?:ов|а)|адреси?\s+автор(?:ів|а)|"
                        r"yazar(?:ların|ın)?\s+adres(?:leri|i)|müəllif(?:lərin|in)\s+ünvan(?:ları|ı))\s*$", re.I | re.M)


def _columns(lines: list[str]) -> list[tuple[str, str, int]] | None:
    """(left, right, where the right part ends) for each of the head's lines; None unless two lines or more hold
    both columns and the right parts end together."""
    out = []
    for line in lines:
        line = line.rstrip()
        stripped = line.lstrip()
        if len(line) - len(stripped) >= _INDENT_RIGHT:
            out.append(("", stripped, len(line)))
            continue
        gaps = list(_GAP.finditer(line))
        if not gaps:
            out.append((stripped, "", len(line)))
            continue
        cut = gaps[-1].end(1)
        if cut < _RIGHT_HALF:
            out.append((stripped, "", len(line)))
            continue
        out.append((line[:gaps[-1].start(1)].strip(), line[cut:].strip(), len(line)))
    both = [o for o in out if o[0] and o[1]]
    rights = [o[2] for o in out if o[1]]
    if len(both) < 2 or max(rights) - min(rights) > _ALIGN:
        return None
    return out


def head(text: str, parse_date) -> dict | None:
    """The two-column head at the text's top: {"authors": [{name, affiliation}], "date", "lines" (its lines'
    texts, both columns), "end" (where it ends)}; None where the text opens otherwise."""
    m = re.match(r"\s*\n?((?:[^\n]*\S[^\n]*\n){3,12})", text)
    if not m:
        return None
    columns = _columns(m.group(1).split("\n")[:-1])
    if not columns:
        return None
    rights = [r for _, r, _ in columns if r]
    authors: list[dict] = []
    when = None
    for right in rights:
        initials = _INITIALS.match(right)
        if initials:
            authors.append({"name": f"{initials.group(1).strip()} {initials.group(2)}", "affiliation": None})
        elif parse_date(right) and len(right.split()) <= 4:
            when = when or parse_date(right)
        elif authors and authors[-1]["affiliation"] is None:
            authors[-1]["affiliation"] = right
    if not authors:
        return None
    lines = [part for left, right, _ in columns for part in (left, right) if part]
    return {"authors": authors, "date": when, "lines": lines, "end": m.end(1)}


def _full_names(text: str, authors: list[dict]) -> list[dict]:
    """Each author's name in full where the authors' addresses section gives it: a line of its own whose last word
    is her surname and whose first letters are her initials."""
    from azmap.corpus.person_names import _is_personal_name

    heading = None
    for heading in _ADDRESSES.finditer(text):
        pass
    if heading is None:
        return authors
    below = [ln.strip() for ln in text[heading.end():].split("\n") if ln.strip()]
    out = []
    for author in authors:
        initials, surname = author["name"].rsplit(" ", 1)
        letters = [c for c in initials if c.isalpha()]
        full = next((ln for ln in below if len(ln) <= 60 and ln.split()[-1] == surname and _is_personal_name(ln)
                     and [w[0] for w in ln.split()[:-1]][:len(letters)] == letters), None)
        out.append(dict(author, name=full) if full else author)
    return out


def _title_under(text: str, at: int) -> tuple[str, int] | None:
    """The centred line (or two) under the head: the title, and where it ends."""
    m = re.match(r"\s*\n((?:[ \t]{2,}\S[^\n]*\n){1,3})", text[at:])
    if not m:
        return None
    title = " ".join(" ".join(m.group(1).split()).split())
    return (title, at + m.end(1)) if 3 <= len(title.split()) <= 30 else None


def settle(meta, text: str, parse_date) -> None:
    """The head's authors (where no rule named any), its day (where none was read) and the title under it (where the
    title read is one of the head's lines)."""
    if "   " not in text[:400]:
        return
    found = head(text, parse_date)
    if not found:
        return
    if not meta.authors and not meta.author:
        meta.found("authors", _full_names(text, found["authors"]), "two-column head")
    if found["date"]:  # the right column's day, not a left line's ("Expires: …")
        meta.date, meta.evidence["date"] = found["date"], "two-column head"
    titled = _title_under(text, found["end"])
    if titled and (not meta.title or any(part in meta.title for part in found["lines"])):
        meta.title = None
        meta.found("title", titled[0], "title under a two-column head")
