"""An organisation as the author of what it issues: where no person is named as the writer, the body that issues
the document is its author (the annotations' decision), found by where its name stands and how it is written. The
one place that decides it, after the reader's other evidence: the forms the head gives (``from_head``: an issuer's
rows over a release's label, a company's name over that label, a body's name in capitals over
its report's kind, an institution publishing a dated release), a web page's issuing body or press service
(``from_markup``), and the forms the whole text gives (``settle``: a release's "About" section, then, in this order)

- a report's own line naming its committee or commission ("Report of the Standing Committee on …", "Rapport de la
  Commission …", "Foreign Affairs Committee report") or a committee's name alone on a head line;
- a "Published by <body>" line in the languages below ("Herausgegeben von …", "Publié par …", "Yayımlayan: …");
- a release (its label among the head's lines, or its end mark after the text) whose first paragraph's subject,
  after its dateline's dash, is the name a head line of its own gives, a letterhead ("KURA FREIGHT LINES" over
  "BAKU, 4 March 2026 – Kura Freight Lines today announced …");
- a body's name alone on the line right under or over the title, in capitals or not, where no person's name stands
  in the head, and not a periodical's masthead ("THE KURA REVIEW" over a headline: a publication's name).

Never a printing-order line ("Ordered by the House … to be printed", "by authority of the House"), a copyright line,
a distribution list or an address block: none of them is among these forms; and a news story with no byline and no
release's label has no author.
"""
from __future__ import annotations

import re

_ORG = {"name": None, "affiliation": None, "organisation": True}

# a body that issues its own reports: a committee, a commission, a council, a board (not a department of a body)
_COMMITTEE = re.compile(r"(?i)\b(?:committee|commission|council|board|\w*ausschuss|\w*kommission|comité|comisión|"
                        r"commissione|comitato|комитет\w*|комисси\w*|komite\w*|komisyon\w*|komissiya\w*|komitə\w*)\b")
_COMMITTEE_ALONE = re.compile(r"(?i)\b(?:committee|commission|\w*ausschuss|\w*kommission|comité|comisión|commissione|"
                              r"comitato|комитет\w*|комисси\w*|komite\w*|komisyon\w*|komissiya\w*)\b")
_REPORT_OF = re.compile(r"(?i)^(?:(?:the\s+)?(?:[\w-]+\s+){0,2}report\s+of\s+the|rapport\s+de\s+la|rapport\s+du|"
                        r"informe\s+de\s+la|relazione\s+della|bericht\s+de[rs]|доклад|отч[её]т)\s+(.+)$")
_REPORT_AFTER = re.compile(r"(?i)^(.+?)\s+(?:report|bericht|rapport|informe|relazione|raporu|hesabatı)$")
_PUBLISHED_BY = re.compile(
    r"(?i)^(?:published\s+by|issued\s+by|herausgegeben\s+von|herausgeber:|publié\s+par|édité\s+par|publicado\s+por|"
    r"editado\s+por|pubblicato\s+(?:dalla|dallo|dagli|dalle|dal|dai|da)|yayımlayan:|yayınlayan:|издатель:|издано:|nəşr\s+edən:)\s*"
    r"(?:the|der|dem|den|la|le|l'|el|lo|il|dalla|dallo|dal|della|del)?\s*(\S.{2,120})$")
_TODAY = re.compile(r"(?i)(?<!\w)(?:today|heute|aujourd'hui|aujourd’hui|hoy|hoje|oggi|сегодня|bugün|bu\s+gün)(?!\w)")
_DASH = re.compile(r"^.{4,80}?\s[–—-]+\s+(?:the\s+)?")
# a release's end mark alone on its line ("ENDS", "-ends-", "###", "- Ende -", "FIN", "КОНЕЦ", "SON", "FINE")
_END_MARK = re.compile(r"(?im)^[ \t]*(?:#{1,3}[ \t]*)?[-–—*]*[ \t]*(?:ends|ende|fin|fine|конец|son)[ \t]*[-–—*]*[ \t]*$|^[ \t]*#{3}[ \t]*$")
_PRINTING = re.compile(r"(?i)\b(?:to\s+be\s+printed|by\s+authority\s+of|ordered\s+by)\b")


def _plain(line: str) -> str:
    line = re.sub(r"^(?:#+\s*|page furniture:\s*)", "", line.strip(), flags=re.I)
    return " ".join(re.sub(r"[*_]", " ", line).split()).strip()


def _as_written(name: str, text: str) -> str:
    """A name in capitals as the text writes it in mixed case, else in title case; any other as it is."""
    from azmap.corpus.person_names import _name_case

    from azmap.corpus.words import _dotless

    if not name.isupper():
        return name
    said = r"\b" + r"\s+".join(re.escape(w) for w in _dotless(name).split()) + r"\b"
    folded = _dotless(text)  # (Turkish and Azerbaijani's dotted and dotless i alike: "İTTİFAQI", "İttifaqı")
    found = (text[m.start():m.end()] for m in re.finditer(said, folded)) if len(folded) == len(text) else \
        (m.group(0) for m in re.finditer(said, text, re.I))
    mixed = next((f for f in found if not f.isupper()), None)
    return " ".join(mixed.split()) if mixed else _name_case(name)


def _head(text: str, body_start: int) -> list[str]:
    return [p for p in (_plain(b) for b in re.split(r"\n\s*\n|\n", text[:body_start])) if p]


def _person_named(lines: list[str]) -> bool:
    from azmap.corpus.person_names import _is_personal_name, _person

    for line in lines:
        parts = re.split(r",?\s+(?:and|und|et|y|e|и|ve|və|&)\s+|,\s*", re.sub(r"(?i)^(?:by|von|par|por|di)\s+", "", line))
        if any(_is_personal_name(_person(p)["name"]) for p in parts if 2 <= len(p.split()) <= 4):
            return True
    return False


def _committee(lines: list[str], title: str | None) -> str | None:
    """A report's line naming its committee ("Report of the …"), else a committee's or commission's name alone on a
    line near the title (two lines off at most: a council's masthead far over a release's headline is none), where
    the head is no release's (a release's own forms decide: a commission's meetings coverage has no author)."""
    from azmap.corpus.release_head import body_name_line

    for line in lines:
        if _PRINTING.search(line):
            continue
        m = _REPORT_OF.match(line) or _REPORT_AFTER.match(line)
        if m and _COMMITTEE.search(m.group(1)) and len(m.group(1).split()) <= 12:
            return m.group(1).strip(" .,:")
    if any(_release_head(line) for line in lines):  # a release's (or its series'): its own forms decide
        return None
    at = next((k for k, line in enumerate(lines) if title and line == " ".join(title.split())), None)
    for k, line in enumerate(lines):
        if at is not None and 0 < abs(k - at) <= 2 and _COMMITTEE_ALONE.search(line) and body_name_line(line) \
                and not _PRINTING.search(line):
            return line
    return None


def _release_head(line: str) -> bool:
    """A release's label, or its series' line ("Meetings Coverage and Press Releases")."""
    from azmap.corpus.words import release_label

    return release_label(line) or bool(re.search(r"(?i)\b(?:press|news|media)\s+releases?\b|\bmeetings\s+coverage\b",
                                                 line))


def _published_by(lines: list[str]) -> str | None:
    """The body a "Published by" line names: a capitalised name of a body (the form says it is one, its inner words
    perhaps in lower case: "Commissione dei trasporti del Caspio")."""
    from azmap.corpus.person_names import _INSTITUTION, _ISSUER
    from azmap.corpus.release_head import body_name_line

    for line in lines:
        m = _PUBLISHED_BY.match(line)
        name = m.group(1).strip(" .") if m else ""
        if name and (body_name_line(name) or name[:1].isupper() and len(name.split()) <= 12
                     and not re.search(r"\d|[!?;|]", name)
                     and (_INSTITUTION.search(name) or _ISSUER.search(name) or _COMMITTEE.search(name))):
            return name
    return None


def _release_subject(lines: list[str], text: str, body_start: int) -> str | None:
    """The subject of a release's first paragraph after its dateline's dash, as far as the text writes it again."""
    from azmap.corpus.words import release_label

    if not any(release_label(line) for line in lines) and not _END_MARK.search(text[body_start:]):
        return None
    first = next((" ".join(p.split()) for p in re.split(r"\n\s*\n", text[body_start:]) if len(p.strip()) >= 80), "")
    dash = _DASH.match(first)
    if not dash:
        return None
    subject = re.split(r"[,(;:]|\s[–—-]\s", first[dash.end():], maxsplit=1)[0]
    today = _TODAY.search(subject)
    words = (subject[:today.start()] if today else subject).split()[:8]
    # (the name standing on a head line of its own too, a letterhead: documents3's and the first set's releases,
    # their subject named nowhere else, were annotated with no author)
    heads = {line.casefold() for line in lines}
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).strip(" .")
        if name[:1].isupper() and name.casefold() in heads:
            return name
    return None


# a periodical's name (a masthead over a headline: "THE KURA REVIEW", "Caspian Daily"), by meaning in the languages
# read: a publication's masthead names who prints the story, no body issuing it
_PERIODICAL = re.compile(
    r"(?i)\b(?:review|times|daily|weekly|journal|gazette|herald|post|tribune|courier|monitor|ledger|observer|"
    r"chronicle|magazine|news|express|dispatch|telegraph|mirror|zeitung|rundschau|kurier|blatt|anzeiger|nachrichten|"
    r"tagblatt|zeitschrift|courrier|quotidien|hebdo|revue|écho|dépêche|diario|periódico|gaceta|revista|heraldo|"
    r"noticias|giornale|gazzetta|corriere|quotidiano|rivista|notizie|jornal|diário|gazeta|notícias|folha|газета|"
    r"вестник|новости|ведомости|журнал|обозрение|gazete\w*|dergi\w*|qəzet\w*|dziennik|tygodnik|przegląd|krant|"
    r"dagblad|courant|weekblad)\b")


def _next_to_title(lines: list[str], title: str | None) -> str | None:
    """A body's name alone on the line right under (or right over) the title."""
    from azmap.corpus.person_names import _INSTITUTION, _ISSUER
    from azmap.corpus.release_head import body_name_line

    if not title or _person_named(lines):
        return None
    at = next((k for k, line in enumerate(lines) if line == " ".join(title.split())), None)
    if at is None:
        return None
    for k in (at + 1, at - 1):
        if 0 <= k < len(lines):
            line = lines[k]
            if body_name_line(line) and (_INSTITUTION.search(line) or _ISSUER.search(line)) \
                    and not _PRINTING.search(line) and not _PERIODICAL.search(line):
                return line
    return None


def _paper_body(lines: list[str]) -> str | None:
    """A body of members' name (an association, a federation, a chamber, a union: words.MEMBER_BODY) on its cover or
    letterhead, one or two lines over its paper's kind ("POSITION PAPER", "Stellungnahme", "Stanowisko") or right
    under it: the body whose paper it is. A body's name alone, no periodical's masthead, no addressee's line ("To:
    European Commission")."""
    from azmap.corpus.release_head import body_name_line
    from azmap.corpus.words import MEMBER_BODY, paper_kind

    for k, line in enumerate(lines[:12]):
        if not paper_kind(line):
            continue
        for near in [lines[j] for j in (k - 1, k - 2, k + 1) if 0 <= j < len(lines)]:
            if body_name_line(near) and MEMBER_BODY.search(near) and not _PERIODICAL.search(near) \
                    and not paper_kind(near):
                return near
    return None


def _paper_title(title: str | None) -> str | None:
    """The body of members a paper's title names after its kind ("Statement by the Caspian Shipowners' Alliance on
    …", "Déclaration de la Fédération des armateurs sur …"), its name capitalised and holding a body of members' word
    (words.MEMBER_BODY: no person's, no office's)."""
    from azmap.corpus.words import MEMBER_BODY, PAPER_TITLE

    m = PAPER_TITLE.match(" ".join((title or "").split()))
    name = m.group(1).strip(" ,") if m else ""
    if name[:1].isupper() and MEMBER_BODY.search(name) and not re.search(r"\d|[!?;:|]", name) \
            and len(name.split()) <= 10:
        return name
    return None


def issuer(text: str, body_start: int, title: str | None) -> tuple[str, str] | None:
    """The issuing body the head's forms name, with the form that named it, or None."""
    lines = _head(text, body_start)
    for how, name in (("committee's report", lambda: _committee(lines, title)),
                      ("published by", lambda: _published_by(lines)),
                      ("release's subject", lambda: _release_subject(lines, text, body_start)),
                      ("body over its paper's kind", lambda: _paper_body(lines)),
                      ("body in its paper's title", lambda: _paper_title(title)),
                      ("body by the title", lambda: _next_to_title(lines, title))):
        found = name()
        if found:
            return _as_written(found, text), how
    return None


def from_head(meta, text: str, lines: list[str], issuer: str | None, released: bool, is_label) -> None:
    """The forms of the head that name the issuer, in this order, where no author is read yet: an issuer's rows
    over a dated release, a company's name over its release's label, a body's name in capitals over its report's
    kind and year (report_series.py), an institution publishing a dated release."""
    from azmap.corpus import report_series
    from azmap.corpus.person_names import _INSTITUTION, _name_case
    from azmap.corpus.release_head import company_over_label

    def found(name, how):
        meta.found("authors", [dict(_ORG, name=name)] if name else [], how)

    if issuer and released and not meta.authors:
        found(_name_case(issuer), "issuing body")
    if not meta.authors and not meta.author:  # a company's name over its release's label, under a PDF's title
        found(company_over_label(lines, text, is_label), "issuing company")
    if not meta.authors and not meta.author:  # a body's name in capitals over its report's kind and year
        found(report_series.body_over_series(lines, text), "body over its report's kind")
    if released and not meta.authors and meta.publisher and _INSTITUTION.search(meta.publisher):
        found(meta.publisher, "issuing body")


def from_markup(meta, markup: str) -> None:
    """A page's issuing body where the page names nobody (metadata_html.issuing_body), its press service where one
    signs at the foot and the article reader left the signature out (press_office.py)."""
    from azmap.corpus.metadata_html import issuing_body
    from azmap.corpus.press_office import office_in_markup

    body_name = issuing_body(markup, meta.publisher)
    body_name = body_name and office_in_markup(markup) or body_name
    if body_name:
        meta.found("authors", [dict(_ORG, name=body_name)], "issuing body")


def _printing_order(meta) -> bool:
    """The authors read are a printing order's or an authority's words ("authority of the House …")."""
    return bool(meta.authors) and all(re.match(r"(?i)^(?:the\s+)?authority\s+of\b", a["name"]) for a in meta.authors)


def settle(meta, text: str) -> None:
    """Where no person signs (or the authors read are a printing order's words), the issuing body."""
    from azmap.corpus import release_about

    release_about.settle(meta, text)  # a release's body named by its "About" section (release_about.py)
    if _printing_order(meta):
        meta.authors, meta.author = [], None
    if meta.authors or meta.author or meta.participants:  # (a record of speakers: they speak, no body issues it)
        return
    found = issuer(text, meta.body_start or 0, meta.title)
    if found:
        meta.found("authors", [dict(_ORG, name=found[0])], f"issuing body ({found[1]})")
