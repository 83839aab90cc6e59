"""What a text's last lines say of its author: a signature ("— Name, date", closing words over a name
and the lines under it), a credit line, a note about the author, the office that issued it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from azmap.corpus.date_parse import parse_date
from azmap.corpus.person_names import _INSTITUTION, _is_personal_name, _ROLE_WORDS

if TYPE_CHECKING:
    from azmap.corpus.metadata import Metadata


def _stated_at_end(meta: Metadata, text: str, start: int) -> None:
    """What the last lines say of the author: a credit line ("(Reporting by …; Editing by …)"), a
    note about the author ("— Written by …", "The author is a senior fellow at …"), the press office
    that issued the text. The authors found above stand (unless no person is among them: an outlet or
    its desk gives way to the people a credit line names); a credit line and a note about them are
    no body."""
    from azmap.corpus.metadata_credits import credit_line, end_note, names_a_person, office_at_foot

    def ends_at(at: int) -> None:
        meta.body_end = at if meta.body_end is None else min(meta.body_end, at)

    credit = credit_line(text, start)
    if credit:
        if meta.authors and not any(names_a_person(a) for a in meta.authors):
            meta.authors, meta.author = [], None  # the outlet or its desk, from the tags: the people credited wrote
        if not meta.authors and not meta.author:
            meta.found("authors", credit[0], "credit line at the end")
        ends_at(credit[1])
    note = end_note(text, start)
    if note:
        name, affiliation, at = note
        if name and not meta.authors and not meta.author:
            meta.found("authors", [{"name": name, "affiliation": affiliation}], "note at the end")
        elif affiliation and len(meta.authors) == 1 and not meta.authors[0].get("affiliation") \
                and name in (None, meta.authors[0]["name"]):
            meta.authors[0]["affiliation"] = affiliation
            meta.evidence["authors"] = f"{meta.evidence.get('authors', 'byline')}, affiliation from a note at the end"
        if name is None or any(a["name"] == name for a in meta.authors):
            ends_at(at)
    if not meta.authors and not meta.author:
        office = office_at_foot(text, start)
        if office:
            meta.found("authors", [{"name": office, "affiliation": None, "organisation": True}], "issuing office at the foot")


_CLOSING = re.compile(r"^[^\d,]{2,30},$")  # "Yours faithfully,", "Best regards,"
_DASH_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*([^,\d]{2,40}?)\s*(?:,\s*(.{3,40}))?$")


def _signed_at_end(text: str, start: int) -> tuple | None:
    """(name, affiliation, date, where the signature starts) of a text signed at its end: a last
    line "— Marta, September 2024", or closing words ("Yours faithfully,") over a person's name,
    with the lines under it (a position, an organisation, a date). None when it is not signed."""
    from azmap.corpus.metadata_credits import _tail, end_of_text

    # a signature over a copyright line, a related link, the line that dates the text
    text = text[:end_of_text(text, start)]
    lines = _tail(text, start, 6, within=1500)  # (no more are read below: the last line, the five over it)
    if not lines:
        return None
    at, last = lines[-1]
    dash = _DASH_SIGNATURE.match(last)
    from azmap.corpus.name_words import names_no_one

    if dash and (_is_personal_name(dash.group(1)) and not names_no_one(dash.group(1), cued=True)
                 or re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+", dash.group(1))):
        when = parse_date(dash.group(2)) if dash.group(2) else None
        position = dash.group(2) if dash.group(2) and not when and (
            _INSTITUTION.search(dash.group(2)) or {w.lower() for w in dash.group(2).split()} & _ROLE_WORDS) else None
        return dash.group(1), position, when, at  # "— Name, former deputy minister of transport"
    return closed_signature([(k, _plain(line)) for k, line in lines], lines)


def closed_signature(plain: list[tuple[int, str]], raw: list[tuple[int, str]] | None = None) -> tuple | None:
    """(name, affiliation, date, where the closing starts) of closing words over a person's name among a text's last
    lines (each with where it starts, without markdown's marks): a closing by meaning in any language the byline
    grammar knows, or a short line ending in a comma; a closing run on at the end of the last paragraph (a PDF's
    lines joined: "… any questions. Yours faithfully,"), or with the name after it on its line ("Kind regards, Anna
    Berg"); a signature's mark between ("(signed)", "f.to"), or the
    organisation or the post over the name (a German business letter's "Kaspi Rail Cargo GmbH" over "Katrin
    Lehmann"); the name perhaps in capitals (named as said); the lines under it a post and an organisation
    (signature_lines.py), up to a heading. ``raw``: the lines as written (a heading's mark ends the block)."""
    from azmap.corpus.byline_grammar import closing_line, run_on_closing

    raw = raw or plain
    for k in range(max(0, len(plain) - 8), len(plain)):
        at, closing = plain[k]
        run_on = run_on_closing(closing) if len(closing) > 40 else None
        one = re.match(r"^([^,]{2,40}),\s+(\S[^,]{3,60})$", closing)  # "Kind regards, Anna Berg" on one line
        if one and closing_line(one.group(1)) and _is_personal_name(one.group(2).strip(" .")):
            signer = one.group(2).strip(" ."), [], 0
        elif _CLOSING.match(closing) and len(closing.split()) <= 4 or closing_line(closing) or run_on:
            signer = _signer_under([line for _, line in plain[k + 1:k + 4]])
        else:
            continue
        if not signer:
            continue
        name, over, under = signer
        block = []
        for (_, line), (_, written) in zip(plain[k + 1 + under:k + 5 + under], raw[k + 1 + under:k + 5 + under]):
            if written.lstrip().startswith("#"):
                break  # a heading: the furniture after the text ("## Notes"), no part of the block
            block.append(line)
        affiliation, when = _block_affiliation(over, block)
        return name, affiliation, when, at + (closing.rfind(closing[run_on:]) if run_on else 0)
    return None


def _signer_under(lines: list[str]) -> tuple[str, list[str], int] | None:
    """(the name, the lines over it, how many lines it and they take) of the signer among the lines under a closing:
    a signature's mark alone or before the name, an organisation's or a post's short line or two over it."""
    from azmap.corpus.byline_grammar import signed_mark
    from azmap.corpus.name_words import names_no_one
    from azmap.corpus.signature_lines import block as signature_block, organisation

    over: list[str] = []
    for j, line in enumerate(lines):
        mark = signed_mark(line)
        if mark and not line[mark:].strip():
            continue  # "(signed)" alone over the name
        name = line[mark:].strip()
        name = _said(name) or name if name.isupper() else name
        if not organisation(name) and _is_personal_name(name) and not (over and names_no_one(name, cued=True)):
            return name, over, j + 1  # (under an organisation's line, a team's "Sales Team" is none)
        if len(over) == 2 or mark or signature_block([line]) != [line]:
            return None  # (a sentence, a contact's or a label's line, a date: no signature's)
        over.append(line)
    return None


def _said(capitals: str) -> str | None:
    """A name in capitals under a closing as it is said ("JAVIER ORTEGA": "Javier Ortega"), where its words in that
    case name no one's body or office and are no common words ("KURA RAIL CARGO", "PRESS OFFICE")."""
    from azmap.corpus.author_evidence import _common
    from azmap.corpus.name_words import from_capitals, names_no_one
    from azmap.corpus.person_names import _name_case

    said = from_capitals(capitals)
    if said or not 2 <= len(capitals.split()) <= 4:
        return said
    said = _name_case(capitals)
    return said if _is_personal_name(said) and not names_no_one(said, cued=True) \
        and not any(_common(w) for w in said.split()) else None


def _block_affiliation(over: list[str], block: list[str]) -> tuple[str | None, str | None]:
    """(affiliation, date) of a signature's lines over and under the name: the organisation of a block of several
    (signature_lines.py), one line alone as printed, else a line naming an institution or a role."""
    from azmap.corpus.signature_lines import block as signature_block, organisation, organisation_under

    signed = signature_block(block)
    affiliation = organisation_under(block) or next((line for line in over if organisation(line)), None)
    if not affiliation and len(over + signed) == 1:
        affiliation = (over + signed)[0]
    when = None
    for line in block:
        when = when or (parse_date(line) if len(line) <= 40 else None)
        if not affiliation and not parse_date(line) and len(line) <= 90 and not line.endswith(".") \
                and (_INSTITUTION.search(line) or any(w.lower().strip(",") in _ROLE_WORDS for w in line.split())):
            affiliation = line
    return affiliation, when


def _plain(line: str) -> str:
    from azmap.corpus.line_forms import _plain as plain

    return plain(line)
