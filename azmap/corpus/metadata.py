"""What a document says about itself: title, author, date, publisher, and where its body starts.

Markdown front matter is read as YAML. Plain text (and markdown without front matter) is read the
way a person reads the top of a page: a kicker or series line ("ENERGY CORRIDORS | PART 2",
"CASPIAN POLICY BRIEF No. 7 | March 2021"), a wire slug, the title, a standfirst, a byline
("By Name"), a date line ("11 December 2012", "Published 14 March 2023 | Energy desk",
"November 2023"), an affiliation; the body starts at the first paragraph of running prose.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

# (the names of the modules split out of this one are imported whole: every name defined here before
# stays importable from here, as other modules and tests import them)
from azmap.corpus import (affiliation_marks, annex, author_evidence, bio_notes, byline_grammar, byline_line, capital_surnames,
                          centred_lines, channel_post, compiled_line, cover_rows, date_evidence, feed_head, house_pairs, issuing_body,
                          layout_pages, letter_signatories, makers_list, name_badges, ocr_scan, participants,
                          plain_forms, register_notice, release_about, report_series, repository_cover, scan_head,
                          shared_house, signatures, signed_surname, stamped_turns, teleprinter, title_evidence,
                          title_notes, treaty)
from azmap.corpus.boilerplate import home_trail, is_tags_line
from azmap.corpus.section_menu import menu_line
from azmap.corpus.book_head import is_book_head
from azmap.corpus.date_parse import (_ABBREVIATED_MONTH, _COPYRIGHT, _DATES, _day_first, _english_date, _ENGLISH_LABEL,
                                     _LANGUAGES, _MONTH, MONTHS, _NUMBER_BEFORE_MONTH, _other_date, parse_date,
                                     _parser_for, _PARSERS, publication_date, _PUBLISHED_WORD, _SEASON, _season_line,
                                     _SEPARATORS, _SLASHED, _UPDATED, _YEAR, _YEAR_SUFFIX)
from azmap.corpus.doc_memo import new_document
from azmap.corpus.front_matter import (_bounded_yaml, clipped_page_date, _FM_AUTHOR_KEYS, _FM_DATE_KEYS,
                                       _from_front_matter, front_matter, _front_matter_data, MAX_FRONT_MATTER_CHARS,
                                       MAX_YAML_NODES)
from azmap.corpus import column_head
from azmap.corpus.key_values import key_value_block
from azmap.corpus.note_properties import dated_heading
from azmap.corpus.header_lines import (month_headline, parts_line, team_over_byline, unit_line, _ADDRESS, _BULLETIN, _bulletin_masthead, _by_part, _CREDIT_LABEL, _date_column,
                                       _DATELINE, _DOMAIN, _EDITION, _EPISODE, _FILED, _is_kicker, _is_slug,
                                       _ISSUE_LINE, _ISSUE_TAIL, _kicker_over, _LABELLED_NAME, _LEGAL_FORM,
                                       _marked_heading, _masthead_parts, _ORDER_CODE, _outlet, _over_a_label,
                                       _place_and_date, _PLACE_DATE_LEAD, _PRESS_OFFICE, _RECORD_TITLE, _RELEASE,
                                       _RUBRIC, _SEPARATED, _SERIES, site_suffix, _stands_apart, _TITLE_LABEL,
                                       _TRANSCRIPT_LABEL, _WIRE_VERSION, _wrapped, comma_run_on)
from azmap.corpus.header_scan import (_BYLINE, _casual_prose, _header, _header_goes_on, _is_prose, _LABEL_LINE,
                                      _LISTED_BYLINE, _lead_lines, _LIST_ITEM, _looks_like_header_line, _names_line, _NAVIGATION,
                                      _page_notice, _PUBLISHED, _QA_TURN, _question_title, _title_like, _titled,
                                      _TitleSeen, _TRAILING_BY, _YEAR_ABBREVIATION)
from azmap.corpus.line_forms import (_ASCII_CAPITALS, _ASCII_NOT_LETTERS, _CLOSING_MARKS, _EMPHASIS, _HEADING_MARKS,
                                     _plain, _text, _upper_share)
from azmap.corpus.mail_headers import (_DIGEST_NAME, _FORWARDED, _from_mail_headers, _HEADER_ALIASES, _MAIL_HEADER,
                                       _MEMO_LABEL, _OTHER_HEADER, _signed_at, _WEB_COPY)
from azmap.corpus.markdown_marks import pandoc_title_block, unseen_head
from azmap.corpus.release_head import company_over_label, issuer_rows, numbered_issue
from azmap.corpus.metadata_front import (archive_notice, breadcrumb, briefing_title, interviewee, journal_head,
                                         labelled_record, letter_signature, letters_page, linked_trail, nobody, note_by)
from azmap.corpus.person_names import (_ABBREVIATED_END, _AND, _ASIDE_AT_END, _CAPITALS, _DETERMINERS, _EDITORIAL_BOARD,
                                       _INSTITUTION, _is_issuer, _is_personal_name, _ISSUER, _job_title,
                                       _LONG_ASIDE_AT_END, _NAME_AND_ASIDE, _name_case, _names, _organisation_line,
                                       _PERSON, _person, _ranked_name, _RANKS, _ROLE_WORDS, _SMALL_WORDS, split_authors,
                                       _STAFF)
from azmap.corpus.signed_end import _CLOSING, _DASH_SIGNATURE, _signed_at_end, _stated_at_end
from azmap.corpus.bracketed_names import bracketed_names, is_bracketed
from azmap.corpus.release_office import office_under_name
from azmap.corpus.words import embargo_line, institution, release_label
from azmap.corpus.speakers import (_headline_in_capitals, _is_role, _merge_speakers, _named_turns, _OFFICE_WORDS,
                                   _PARTICIPANTS, _participants, _participants_list, _ROLES, _SPEAKER,
                                   _speaker_in_title, _speakers, _SPEECH, _TURN)

# a name with its institution in brackets, under the title: "Giulia Romano (Università di Pavia)"
_NAME_AND_INSTITUTION = re.compile(r"([^()]{3,60}?)\s*\(([^()]{3,120})\)")


class Metadata:
    """What a document says about itself. ``authors``: one dict per author (name, affiliation,
    organisation); ``author``: their names as one string; ``participants``: a transcript's speakers;
    ``evidence``: for each field found, where it came from (meta tag, front matter, byline, date
    line, dateline, first line, file name, ...)."""

    __slots__ = ("title", "author", "date", "publisher", "url", "body_start", "authors", "participants", "evidence",
                 "body_end", "body_resume")

    def __init__(self, title=None, author=None, date=None, publisher=None, url=None, body_start=0,
                 authors=None, participants=None, evidence=None):
        self.title, self.author, self.date, self.publisher, self.url = title, author, date, publisher, url
        self.body_start = body_start  # offset in the text where the body begins
        self.body_end = None  # where it ends, when something else follows it (an e-mail's signature)
        self.body_resume = None  # where it goes on after body_end: an annex after the signatures (annex.py)
        self.authors = list(authors or [])
        self.participants = list(participants or [])
        self.evidence = dict(evidence or {})

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}

    def found(self, field: str, value, how: str) -> bool:
        """Set ``field`` to ``value`` unless it is set already, noting where it came from."""
        if value in (None, "", []) or getattr(self, field):
            return False
        setattr(self, field, value)
        self.evidence[field] = how
        return True

    def settle_authors(self) -> None:
        """``author`` and ``authors`` tell the same story: the names joined, or the string split."""
        if self.authors and not self.author:
            self.author = ", ".join(a["name"] for a in self.authors)
            self.evidence.setdefault("author", self.evidence.get("authors", "byline"))
        elif self.author and not self.authors:
            parts = [p.strip() for p in re.split(r";|,", self.author) if p.strip()]
            if ";" in self.author or (len(parts) > 1 and all(_PERSON.match(p) and not _INSTITUTION.search(p)
                                                           for p in parts)):
                self.authors = [{"name": p, "affiliation": None} for p in parts]  # "A; B", "Ann Lee, Bo Chen"
            else:
                self.authors = split_authors(self.author)


_BULLETED = re.compile(r"^(?:[-*+•]\s+)+")


def from_text(text: str, path: Path | None = None) -> Metadata:
    """_read_text's metadata, read without an annex after the signatures where there is one (annex.py)."""
    return annex.read_with_annex(text, lambda part: _read_text(part, path))


_REACHED_AT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+\d[\d ()/-]{6,}\d")  # an e-mail address, a telephone
_BRACKETED = re.compile(r"\(([^()]{3,80})\)")


def _read_text(text: str, path: Path | None = None) -> Metadata:
    """The metadata a plain-text or markdown document states at its top (and, failing that, in
    its dateline, its speakers' turns and its file name), each field with its evidence."""
    new_document()  # the answers kept about the last document's lines (doc_memo.py) are forgotten
    meta = Metadata()
    offset = _read_top(meta, text)
    header = _header(text, offset, bool(meta.title))
    read = _read_header(meta, text, header)
    title_notes.title_under_proceedings(meta, [_plain(h[2]) for h in header])  # a paper's title under its volume's line
    body_start = _note_over_the_text(meta, text, read.body_start)
    covered = layout_pages.after_cover(text, meta.title)  # a cover page kept as text: the text starts after it
    body_start = max(body_start, covered or 0)
    meta.body_start = body_start
    colophon = layout_pages.colophon_start(text)  # the address and "(c)" after the last folio (layout_pages.py)
    if colophon is not None and colophon > body_start:
        meta.body_end = colophon if meta.body_end is None else min(meta.body_end, colophon)
    _date_of_head(meta, text, header, read.dates, read.title_at, body_start)
    if not meta.date and read.title_at is not None and 0 <= read.title_at < len(header) \
            and dated_heading(header[read.title_at][2], parse_date):  # "# Board notes, 3 March 2026": its day
        meta.found("date", parse_date(_plain(header[read.title_at][2])), "date in the title")
    if not meta.date and "clipped" in meta.evidence:  # a clipped page's own date line, not the clipping's time
        meta.found("date", clipped_page_date(text, offset), "clipped page's date line")
    _speakers_of(meta, text, body_start)
    _authors_below(meta, text, header, body_start, read)
    _signed_by_surname(meta, text)
    if meta.evidence.get("title") in ("first line", "file name"):  # a form's title field over a portal's line
        titled = plain_forms.title_field(text)
        if titled:
            meta.title, meta.evidence["title"] = titled, "form's title field"
    if not meta.authors and not meta.author:  # a form issued by the body its official name field names
        issuer = plain_forms.official_name(text)
        if issuer:
            meta.found("authors", [{"name": issuer, "affiliation": None, "organisation": True}], "form's official name")
    advisory = feed_head.advisory_at(text, body_start)  # "(PHOTO) Disponible : …" after the text
    if advisory is not None and (meta.body_end is None or advisory < meta.body_end):
        meta.body_end = advisory
    signed = letter_signatories.listed(text, body_start) if not meta.authors and not meta.author else None
    if signed:  # an open letter's signatories, listed under their heading (letter_signatories.py)
        meta.found("authors", signed[0], "signatories")
        meta.body_end = signed[1] if meta.body_end is None else min(meta.body_end, signed[1])
    made = makers_list.listed(text, body_start) if not meta.authors and not meta.author else None
    if made:  # a README's makers listed under their heading, the text going on after them (makers_list.py)
        meta.found("authors", made, "makers' list")
    signed = register_notice.signed_after_dated(text, body_start) if not meta.authors and not meta.author else None
    if signed:  # a register's notice signed under "Dated:" (register_notice.py)
        meta.found("authors", [{"name": signed[0], "affiliation": signed[1]}], "signature under the day")
        meta.body_end = signed[2] if meta.body_end is None else min(meta.body_end, signed[2])
    over = teleprinter.line_over_dateline(text, offset) if not meta.authors and not meta.author else None
    if over:  # (a credit line, "(Reporting by A; Editing by B)", is read as one: _read_header)
        from azmap.corpus.metadata_credits import credited
    by = _BYLINE.match(over[0]) if over and not credited(f"({over[0]})") else None
    if by and not nobody(by.group(1)):  # "(di Name)" alone over the dateline: the reporter (teleprinter.py)
        meta.found("authors", split_authors(by.group(1)), "byline over the dateline")
    if not meta.date and teleprinter.is_item(text):  # the dateline's day in the stamp's year (teleprinter.py)
        meta.found("date", teleprinter.dated(text), "teleprinter's dateline and stamp")
    fed = feed_head.feed_head(text) if not meta.date else None
    if fed:  # a feed's transmission day, when no dateline gave the date
        meta.found("date", fed[1], "transmission line")
    _settle(meta, text, header, body_start, read.title_at, path)
    capital_surnames.settle(meta)  # "Lucie BERTRAND" is Lucie Bertrand (capital_surnames.py)
    return meta


def _signed_by_surname(meta: Metadata, text: str) -> None:
    """A message dated by its date-time group, and signed with a surname alone that a labelled line over it
    names in full (signed_surname.py): that line, where the body would start, is the head's."""
    grouped = signed_surname.group_date(text[:meta.body_start + 200])
    if grouped and meta.evidence.get("date") not in ("front matter", "e-mail header"):
        meta.date, meta.evidence["date"] = grouped, "date-time group"
    if meta.authors or meta.author:
        return
    signed = signed_surname.signed(text, meta.body_start)
    if not signed:
        return
    meta.found("authors", [signed[0]], "surname signed at the foot")
    meta.body_end = signed[1] if meta.body_end is None else min(meta.body_end, signed[1])
    named = re.match(r"\s*", text[meta.body_start:]).end() + meta.body_start
    if named == signed[2]:  # the labelled line naming the signer opens what was read as the body: the head's
        ends = text.find("\n", named)
        meta.body_start = len(text) if ends < 0 else ends + 1


def _read_top(meta: Metadata, text: str) -> int:
    """What stands over the header's lines: front matter (or pandoc's title block), an e-mail's or a
    memo's headers and a forwarded message's, a labelled record, a journal's head, a letters page's
    masthead. Returns where the header's lines start."""
    fm, offset = front_matter(text)
    if not fm:  # pandoc's title block ("% Title" / "% A; B" / "% date"), read as front matter (markdown_marks.py)
        fm, offset = pandoc_title_block(text)
    if not fm:  # Pelican's and MultiMarkdown's "Key: value" lines with no fences (key_values.py)
        fm, offset = key_value_block(text)
    if fm:
        _from_front_matter(meta, fm)
        meta.body_start = offset
    else:  # (a template's comment and badges over the first heading are no lines of the head: markdown_marks.py)
        offset = teleprinter.head_end(text) or unseen_head(text) or _from_mail_headers(meta, text)
        meta.body_start = offset
        carried = date_evidence.forwarded(text, offset, parse_date)  # a forward: its message's date
        if carried:  # (date_evidence.py)
            if carried[0]:
                meta.date, meta.evidence["date"] = carried[0], "forwarded message's header"
            meta.found("title", carried[2], "forwarded message's header")
            sender = carried[3]
            personal = bool(sender) and "@" not in sender and _is_personal_name(sender)
            if personal:  # the carried message's writer, with the organisation his signature gives
                from azmap.corpus.signature_lines import organisation_signed

                meta.authors = [{"name": sender, "affiliation": organisation_signed(text, carried[1], sender)}]
                meta.author = None
                meta.evidence["authors"] = meta.evidence["author"] = "forwarded message's header"
            offset = meta.body_start = carried[1]  # the carried message's headers are no text
            if meta.body_end is not None and meta.body_end < offset:  # the forwarder's sign-off: the carried
                meta.body_end = _signed_at(text, offset, sender if personal else None)  # message ends at its own
    noted = ocr_scan.scan_note_end(text[offset:]) if not meta.title else None  # a note on the scan (ocr_scan.py)
    if noted:
        offset = meta.body_start = offset + noted
    fed = feed_head.feed_head(text[offset:]) if not meta.title else None  # an agency's feed head (feed_head.py)
    if fed:
        offset = meta.body_start = offset + fed[0]
    record = labelled_record(text[offset:])  # "Heading:", "Asked by:", …
    if record:
        meta.found("title", record["title"], "labelled record")
        meta.found("date", record["date"], "labelled record")
        meta.found("authors", record["authors"], "labelled record")
    chapter = repository_cover.cover(text[offset:]) if not meta.title else None  # a repository's cover sheet
    if chapter:
        meta.found("title", chapter[0], "chapter under a repository's cover")
        meta.found("authors", [chapter[1]], "repository's citation")
        meta.found("date", chapter[2], "repository's citation")
        offset = meta.body_start = offset + chapter[3]  # the cover and the chapter's title are no text
    covered = cover_rows.cover(text[offset:]) if not meta.title else None  # a student's cover rows
    if covered:  # (cover_rows.py)
        meta.found("title", covered[0], "under a cover's rows")
        meta.found("date", covered[1], "cover's submission row")
        meta.found("authors", [{"name": covered[2], "affiliation": None}], "cover's row")
        offset = meta.body_start = offset + covered[3]  # the cover and the question are no text
    journal = journal_head(text[offset:]) if not meta.title else None  # a journal's name over its volume line
    if journal:
        meta.found("title", journal[0], "under the journal's head")
        meta.found("date", journal[1], "published online")
        offset = meta.body_start = offset + journal[2]  # the journal's head is furniture: the article starts here
    letter = letters_page(text[offset:]) if not meta.title else None  # a masthead over "LETTERS TO THE EDITOR"
    if letter:
        meta.found("title", letter[0], "letters page")
        meta.found("date", letter[1], "letters page")
        signed = letter_signature(text, offset + letter[2])
        if signed:
            meta.found("authors", [{"name": signed[0], "affiliation": signed[1]}], "letter's signature")
            meta.body_end = signed[2]
    return offset


class _HeaderRead(NamedTuple):
    """What _read_header found besides the fields it set: where the body starts, the title's line,
    the dated lines, and what later steps weigh (a bulletin's masthead, an issuing body, a release's
    label, a staff byline)."""

    body_start: int
    title_at: int | None
    dates: list
    bulletin: str | None
    issuer: str | None
    released: bool
    staff: str | None


def _read_header(meta: Metadata, text: str, header: list) -> _HeaderRead:
    """The header's lines read one by one, top down: the title, the byline and the names under the
    title, the date lines, the participants, and the lines that are none of these (kickers, slugs,
    mastheads, labels)."""
    body_start = meta.body_start
    title_at = -1 if meta.title else None
    dates: list[tuple[int, str, str]] = []  # (line index, iso date, evidence)
    author_line = joint = False  # joint: the last author line named several people
    listing = False  # under a "WITNESSES:" label: a person on each line
    named_at = None  # the line of the last "Name, Institution" line
    byline_at = None  # the line of the last byline
    issuer = None  # a body's name over the document (its press office's, or the author of its statement)
    released = False
    guest = None  # the person a briefing's title names
    title_later = _title_later(header)  # a line further down that can be the title
    from azmap.corpus.metadata_credits import credited, marked_authors

    labelled_title = next((k for k, h in enumerate(header) if _TITLE_LABEL.match(_plain(h[2]))), None)
    heading_at = _marked_heading(text, header)
    masthead = _bulletin_masthead(header)  # a body's name over its bulletin's issue line
    bulletin = staff = None
    marked, marked_lines = marked_authors([affiliation_marks.front_line(h[2], _plain) for h in header])
    office_head = office_under_name([_plain(h[2]) for h in header]) if title_at is None else None
    meta.found("authors", marked, "names with numbered affiliations")
    mixed_later = _mixed_later(header)  # a mixed-case line further down that can be the title
    title_tail = None  # the line a title wraps onto
    listed_on: set[int] = set()  # the lines a participants line wraps onto
    masthead_at = None  # the line of a masthead in capitals over the title
    issuer_head = issuer_rows([_plain(h[2]) for h in header], lambda line: bool(_RELEASE.match(line)) or release_label(line),
                              parse_date) if title_at is None else None
    for k, (start, end, raw) in enumerate(header):
        line = raw.strip().strip("*_").strip()
        plainline = _plain(raw)
        if not line:
            continue
        if k == title_tail or k in listed_on:
            body_start = max(body_start, end)
            continue
        consumed = True
        was_author, author_line = author_line, False
        joint = joint and was_author
        if listing and text.count("\n", header[k - 1][1], start) >= 2 \
                and not _PERSON.match(_person(re.sub(r"^[-*•·–]\s+", "", plainline))["name"]):
            listing = False  # the list ends at a blank line, unless another person follows it
        role_byline = byline_grammar.name_and_role(plainline, _is_personal_name) if title_at is not None else None
        byline = _BYLINE.match(plainline) or role_byline  # ("A | Staff writer" under the title: a byline)
        if byline and not role_byline and not _LISTED_BYLINE.match(plainline) and not all(
                _is_personal_name(a["name"]) for a in split_authors(byline.group(1)) or [{"name": ""}]):
            byline = None  # the grammar's other cues and a signing dash go before people's names only
        date = parse_date(plainline) or _season_line(plainline)
        if title_at is None and month_headline(plainline, date):
            date = None  # a headline naming a month in its sentence is no date line ("Gas flows up … in March 2026")
        if listing and not date:
            name = _person(re.sub(r"^[-*•·–]\s+", "", plainline))["name"]
            if name and name not in meta.participants:
                meta.participants.append(name)
                meta.evidence.setdefault("participants", "participants line")
        elif k in marked_lines:
            pass  # names with raised numbers, and the numbered affiliations, under a paper's title
        elif office_head and k == office_head[0]:
            pass  # a body's name over its press office's line: no title (release_office.py)
        elif office_head and k == office_head[1]:
            if not meta.authors:
                meta.found("authors", [{"name": office_head[2], "affiliation": None, "organisation": True}],
                           "body over its press office")
        elif k == masthead:
            bulletin = plainline
        elif masthead is not None and k == masthead + 1:
            dates.append((k, date or _SEASON.search(plainline).group(1), "issue line"))
        elif k == labelled_title:
            meta.found("title", _TITLE_LABEL.match(plainline).group(1).strip(), "title label")
            title_at = k
        elif title_at is None and _upper_share(plainline) > 0.9 and k + 1 < len(header) \
                and _RECORD_TITLE.match(_plain(header[k + 1][2])):
            pass  # a body's name in capitals over "Transcript of the hearing of …": the body, not the title
        elif title_at is None and date and _RECORD_TITLE.match(plainline):
            meta.found("title", plainline, "record's title")  # "Transcript of the hearing of 4 March 2025"
            dates.append((k, date, "record's title"))
            title_at = k
        elif labelled_title is not None and title_at is None and k < labelled_title:
            pass  # a label over the labelled title ("Knowledge base entry")
        elif _COPYRIGHT.search(plainline):
            pass  # a copyright line: never the date, never the title
        elif title_at is None and title_later[k + 1] and (
                channel_post.channel_head([_plain(h[2]) for h in header], k) or channel_post.address_masthead(plainline)
                or channel_post.topics_line(raw)):
            pass  # a channel's name and audience line, a masthead with the site's address, a topics line
            #       (channel_post.py)
        elif is_book_head(plainline):
            pass  # a review's head line: the book's author is no author of the review (book_head.py)
        elif title_at is not None and not meta.authors and not byline and not meta.author and not meta.participants \
                and not _CREDIT_LABEL.match(plainline) and not _PARTICIPANTS.match(_BULLETED.sub("", plainline)) \
                and plain_forms.labelled_credit(plainline, _is_personal_name):
            # "Market commentary: Name, Post" under the title: the name and her post (plain_forms.py; a "Guest:"
            # or "Speakers:" line names participants)
            meta.found("authors", [plain_forms.labelled_credit(plainline, _is_personal_name)], "labelled credit")
        elif byline:
            named_here = []
            revised = compiled_line.last_update(plainline)  # a compiler's line: the last update (compiled_line.py)
            named_line = byline.group(1)
            if k + 1 < len(header) and header[k + 1][0] == end + 1 and not plainline.endswith(")") \
                    and _BRACKETED.fullmatch(_plain(header[k + 1][2])):
                # the last name's role in brackets wrapped to the next line ("… and Lala Hasanova" / "(Research Officer)")
                named_line = f"{named_line} {_plain(header[k + 1][2])}"
                listed_on.add(k + 1)
            for part in _SEPARATORS.split(named_line):
                when = parse_date(part)
                if when:
                    dates.append((k, revised or when, "compiler's last update" if revised else "byline"))
                elif len(named_here) == 1 and named_here[0].get("affiliation") is None \
                        and not named_here[0].get("organisation") and (_outlet(part) or byline_grammar.role_line(part)):
                    named_here[0]["affiliation"] = part.strip()  # "By A | Kura Daily": A's outlet ("A | Staff writer")
                elif nobody(part):
                    pass  # "By Our Correspondent": a role, and nobody named
                elif _STAFF.search(part) and not _is_personal_name(part):
                    staff = staff or part  # "By Caspian Wire staff": a credit line may name the people
                elif not meta.authors or meta.evidence.get("authors") in ("e-mail header", "name under the title") \
                        and not named_here and _is_personal_name(part):
                    # (a byline in a message's head names who wrote it; the From header, who sent it; a byline
                    # under a line that only looks like a name, a publication's, names the writer)
                    meta.authors = []
                    meta.found("authors", split_authors(part), "byline")
                    named_here = meta.authors
                elif byline_at == k - 1:  # "Lead author: …" then "Contributing authors: …"
                    meta.authors += [a for a in split_authors(part) if a not in meta.authors]
            byline_at = k
        elif title_at is not None and plainline[:1] == "(" and credited(plainline):
            if not meta.authors:  # "(Reporting by A; Editing by B)" under the title
                meta.found("authors", [{"name": n, "affiliation": None} for n in credited(plainline)], "credit line")
        elif _EDITORIAL_BOARD.match(plainline) and title_at is not None and not meta.authors:
            board = _EDITORIAL_BOARD.match(plainline).group(1)
            meta.found("authors", [{"name": board[:1].upper() + board[1:], "affiliation": None, "organisation": True}],
                       "byline")
        elif _RELEASE.match(plainline) or release_label(plainline) or embargo_line(plainline):
            released = True
        elif _PARTICIPANTS.match(_BULLETED.sub("", plainline)):  # ("- Host: A", a page's list of its people)
            named = _PARTICIPANTS.match(_BULLETED.sub("", plainline)).group(1) or ""
            while named.endswith((",", ";")) and k + len(listed_on) + 1 < len(header) \
                    and text.count("\n", header[k + len(listed_on)][1], header[k + len(listed_on) + 1][0]) < 3:
                # "Present: A; B,\nC; D": the line wraps onto the next (a PDF's reader may set a blank line between)
                listed_on.add(k + len(listed_on) + 1)
                named += " " + _plain(header[k + len(listed_on)][2])
            listed = _participants(named)
            meta.participants += [n for n in listed if n not in meta.participants]
            if listed:
                meta.evidence.setdefault("participants", "participants line")
            listing = not listed
        elif date and title_at is not None and title_at == k - 1 and text.count("\n", header[k - 1][1], start) < 2 \
                and plainline[:1].isalpha() and not _PUBLISHED.match(plainline) and len(plainline.split()) >= 4 \
                and not _SEPARATORS.search(plainline) and not _PUBLISHED_WORD.search(plainline) \
                and not _UPDATED.search(plainline) and not re.search(r"\d\W{0,3}$", plainline) \
                and not date_evidence.labelled_day(plainline, parse_date):
            pass  # a subtitle under the title that names a month ("... after the November 2020 statement"; a
            #       labelled day, "Broadcast: … (Baku time)", is none)
        elif title_at is None and (register_notice.register_line(plainline) or register_notice.docket(plainline)
                                   or k + 1 < len(header) and register_notice.docket(_plain(header[k + 1][2]))
                                   and title_later[k + 2]):
            pass  # a register's line, the docket and the bureau over it: no title (register_notice.py)
        elif title_at is None and scan_head.issue_month(raw):  # "NAME    No. 14    November 1997" (scan_head.py)
            dates.append((k, scan_head.issue_month(raw), "masthead's issue"))
        elif date and _date_column(raw):
            dates.append((k, _date_column(raw), "date line"))  # "ORDER CODE X-2025/07        July 8, 2025"
        elif date and not (title_at is None and dated_heading(raw, parse_date)) \
                and (len(plainline) <= 60 or _PUBLISHED.match(plainline) or "|" in plainline or " · " in plainline
                       or _PUBLISHED_WORD.search(plainline) or _UPDATED.search(plainline)
                       or date_evidence.labelled_day(plainline, parse_date)):
            # (a labelled day with its hours after it, "Broadcast: Thursday 5 March 2026, 19:00-19:30 (Tbilisi time)";
            # a line of parts joined by "|" or "·", one holding the day: "Programme · Episode of 3 March 2025 · 42 min")
            dates.append((k, publication_date(plainline) or date, "date line"))
            by = _TRAILING_BY.search(plainline) or _by_part(plainline)
            if by and not meta.authors:
                team = team_over_byline(plainline) if by.re is not _TRAILING_BY else None
                meta.found("authors", [dict(a, affiliation=a["affiliation"] or team) for a in split_authors(by.group(1))],
                           "byline")  # (the team the line opens with: their affiliation, header_lines.py)
            pub = [p.strip() for p in re.split(r"[|·]", plainline) if p.strip() and not parse_date(p)
                   and not _SERIES.search(p) and not re.search(r"\bvol\.?\s*\d", p, re.I)
                   and "](" not in p]  # (a link beside the day: "· [Changelog](…)" names no publisher)
            if pub and not meta.publisher and not _PUBLISHED.match(pub[0]) and len(re.split(r"[|·]", plainline)) > 1:
                meta.found("publisher", pub[0].title() if _upper_share(pub[0]) > 0.9 else pub[0], "date line")
        elif _PRESS_OFFICE.match(plainline) and len(plainline) <= 120 and not plainline.endswith(".") \
                and not breadcrumb(plainline) and not _REACHED_AT.search(plainline):
            # (an office with its telephone or e-mail is whom to call, "Media contact: Press Office · +1 …": no writer)
            name = _PRESS_OFFICE.match(plainline).group(1).strip()
            if issuer and len(name.split()) <= 2:
                name = _name_case(issuer)  # "Department for …" over "Press Office": the department speaks
            meta.found("authors", [{"name": name, "affiliation": None, "organisation": True}], "issuing office")
        elif _ORDER_CODE.search(plainline) and len(plainline.split()) <= 6:
            pass  # an order code or report number
        elif title_at is None and (_RUBRIC.match(plainline) or _TRANSCRIPT_LABEL.match(plainline)) \
                and title_later[k + 1]:
            pass  # a newspaper's section over the headline ("Letters to the editor", "Opinion")
        elif title_at is None and _EPISODE.match(plainline) and title_later[k + 1] \
                and not re.search(r"\w", plainline[_EPISODE.match(plainline).end():]):
            # "The Shoreline — Episode 14" over the episode's title: the show's line, no title
            meta.found("publisher", _EPISODE.match(plainline).group(1).strip(" |—–:,-"), "episode line")
        elif title_at is None and _EDITION.match(plainline):
            meta.found("publisher", _EDITION.match(plainline).group(1).strip(" |—–:-"), "masthead")
        elif title_at is None and _is_issuer(plainline) and title_later[k + 1]:
            issuer = issuer or re.sub(r"^news from (?:the )?", "", plainline, flags=re.I)
        elif title_at is None and title_later[k + 1] and (_page_notice(plainline) or archive_notice(plainline)):
            pass  # a notice about the page over its title ("This article is more than five years old")
        elif title_at is None and _is_kicker(plainline):
            if _upper_share(plainline) > 0.9 and "SERVICE" in plainline.upper():
                meta.found("publisher", plainline.split("|")[0].strip().title(), "kicker")
        elif title_at is None and k > 0 and title_later[k + 1] and unit_line(plainline, _plain(header[k - 1][2])):
            pass  # a body's unit under its name in capitals ("Research Unit"): no title (header_lines.py)
        elif title_at is None and k + 2 < len(header) and title_later[k + 2] \
                and unit_line(_plain(header[k + 1][2]), plainline):
            issuer = issuer or plainline  # the body's name in capitals over its unit's line: no title
        elif title_at is None and (_is_slug(plainline) or menu_line(plainline) or is_tags_line(plainline)):
            pass  # (a section menu: section_menu.py; a keywords or tags label over its list: boilerplate.py)
        elif title_at is None and k + 1 < len(header) and parts_line(plainline, _plain(header[k + 1][2])) \
                and title_later[k + 1]:
            pass  # a service's, a channel's or a site's line of short parts over the headline (header_lines.py)
        elif title_at is None and _upper_share(plainline) > 0.9 and mixed_later[k + 1] \
                and (len(plainline.split()) <= 5 or len(plainline.split()) <= 12 and institution(plainline)
                     and k + 1 < len(header) and numbered_issue(_plain(header[k + 1][2]))) \
                and (_stands_apart(text, header, k) or _masthead_parts(text, header, k + 1)):
            masthead_at = k  # a masthead over the title ("CASPIAN SECURITY MONITOR", a centre's name over its series)
        elif title_at is None and numbered_issue(plainline) and title_later[k + 1]:
            pass  # a series' numbered issue over the title ("Rapor No: 21", "Hesabat № 14", "Dossier n. 33")
        elif title_at is None and masthead_at == k - 1 and _masthead_parts(text, header, k) and title_later[k + 1]:
            masthead_at = k  # the masthead's second line ("Energy Security Programme | Baku"), the title further down
        elif title_at is None and _FILED.match(plainline) and title_later[k + 1]:
            pass  # the site's heading the document is filed under ("Section: Ports / Shipping")
        elif title_at is None and _ADDRESS.match(plainline) and title_later[k + 1]:
            pass  # a letterhead's address
        elif title_at is None and title_later[k + 1] and k + 1 < len(header) and _organisation_line(plainline) \
                and (_over_a_label(_plain(header[k + 1][2])) or k + 2 < len(header) and title_later[k + 2]
                     and _organisation_line(_plain(header[k + 1][2])) and _over_a_label(_plain(header[k + 2][2]))):
            # a body's name over its address or a document's label ("PRESS RELEASE", "Event Transcript"), its
            # unit's line between perhaps ("Press and Public Information Section")
            issuer = issuer or _LEGAL_FORM.sub("", plainline)
        elif title_at is None and (_NAVIGATION.match(plainline) or linked_trail(plainline) or home_trail(plainline)) \
                and title_later[k + 1]:
            pass  # the page's navigation over the title: a breadcrumb trail, a "skip to content" link
        elif title_at is None and heading_at is not None and k < heading_at and len(plainline.split()) <= 4 \
                and not date and title_later[k + 1]:
            pass  # a kicker over a heading the markup marks as the title ("Title" over "=====")
        elif title_at is None and _kicker_over(text, header, k) and title_later[k + 1] \
                and not scan_head.capitals_run_on(plainline, _plain(header[k + 1][2]), raw, header[k + 1][2]):
            pass  # a kicker over the headline, on the line above it ("Middle Corridor")
        elif title_at is None and issuer_head and k in issuer_head[1]:
            # a body's name over a release's label, and the label (release_head.py)
            issuer = issuer or issuer_head[0]
            released = released or k == issuer_head[1][-1]
        elif title_at is None:
            # a wire headline's version ("UPDATE 1-", "RPT-", "CORRECTED-") is no word of the title
            titled_as = _WIRE_VERSION.sub("", plainline)
            sited = site_suffix(titled_as)
            if sited:  # "Title | Site": the site is the publisher
                titled_as = sited[0]
                meta.found("publisher", sited[1], "title line")
            if k + 1 < len(header) and header[k + 1][0] == end + 1 and (
                    _wrapped(titled_as, _plain(header[k + 1][2])) or comma_run_on(titled_as, _plain(header[k + 1][2]))
                    or scan_head.capitals_run_on(titled_as, _plain(header[k + 1][2]), raw, header[k + 1][2])):
                titled_as, title_tail = f"{titled_as} {_plain(header[k + 1][2])}", k + 1
            meta.found("title", titled_as, "first line" if k == 0 else "title line")
            speaker = _speaker_in_title(titled_as)
            if speaker and briefing_title(titled_as):  # the spokesperson takes part in a briefing
                guest = speaker  # (listed after the head's participants lines: "Moderator: A" over the turns)
            elif speaker:
                meta.found("authors", [{"name": speaker, "affiliation": None}], "title")
            show = _EPISODE.match(plainline)
            if show:
                meta.found("publisher", show.group(1).strip(), "title")  # "Corridor Talk, Episode 52: …"
            title_at = k
        elif (not meta.authors or named_at == k - 1) and re.search(r",| [|·] ", plainline) \
                and _PERSON.match(re.split(r",| [|·] ", plainline)[0].strip()) \
                and (_INSTITUTION.search(re.split(r",| [|·] ", plainline, maxsplit=1)[1])
                     or title_at is not None and _job_title(re.split(r",| [|·] ", plainline, maxsplit=1)[1])):
            # "Name, Institute of ...", "Name | Role, Centre": a line for each author; "A, Post, and B in Place":
            # the line's people (byline_line.py)
            people = split_authors(plainline) if re.search(rf",?\s{_AND}\s", plainline) else []
            people = people if len(people) >= 2 else [_person(re.sub(r"\s+[|·]\s+", ", ", plainline, count=1))]
            if not meta.found("authors", people, "name under the title"):
                meta.authors += people
            named_at = k
        elif not meta.authors and title_at is not None \
                and (people := byline_line.credit_line(plainline, _is_personal_name, byline_line.post_piece)):
            meta.found("authors", people, "names under the title")  # "A (texte) et B (photos)": the writers
            author_line = True
        elif not meta.authors and title_at is not None and plainline.endswith(")") and is_bracketed(plainline):
            # "A (Institute X) and B (Centre Y)": each name with her affiliation in brackets (bracketed_names.py);
            # brackets naming no institution ("Baku Port (Alat) and Poti Port (Georgia)") name no one
            people = bracketed_names(plainline)
            meta.found("authors", people, "names under the title")
            named_at = k if people else named_at
        elif not meta.authors and title_at is not None and plainline.endswith(")") \
                and (aside := _NAME_AND_INSTITUTION.fullmatch(plainline)) and _PERSON.match(aside.group(1)) \
                and _INSTITUTION.search(aside.group(2)):
            # "Name (Institute of …)": the author and her affiliation in brackets
            meta.found("authors", [{"name": aside.group(1), "affiliation": aside.group(2).strip()}], "name under the title")
            named_at = k
        elif not meta.authors and title_at is not None and re.search(r"\s(?:and|&)\s|,", plainline) \
                and len(people := split_authors(plainline)) >= 2 and all(
                    _PERSON.match(a["name"]) and (not a["affiliation"] or byline_line.post_piece(a["affiliation"]))
                    for a in people):
            meta.found("authors", people, "names under the title")  # "A and B" (split once: the check reads, not changes)
            joint = author_line = True  # an institution's line under them is the affiliation of both
        elif (not meta.authors or was_author) and title_at is not None and (
                _is_personal_name(carded := name_badges.without_badges(re.sub(r"^[-*•]\s+", "", plainline),
                                                                      _is_personal_name))
                or _ranked_name(plainline)) \
                and not (was_author and institution(plainline)):  # (under a name, an institution is her affiliation)
            person = _person(carded)  # a name, or a list of names, under the title ("Name · 2nd": name_badges.py)
            if not meta.found("authors", [person], "name under the title"):
                meta.authors.append(person)
            author_line = True
        elif was_author and not joint and (post := name_badges.headline_post(plainline)):
            meta.authors[-1]["affiliation"] = meta.authors[-1]["affiliation"] or post
        elif was_author and "@" not in plainline and len(plainline) <= 90 and not _CREDIT_LABEL.match(plainline) \
                and plainline[:1].isupper() and not plainline.endswith(".") \
                and (not joint or _INSTITUTION.search(plainline)):
            for a in meta.authors if joint else meta.authors[-1:]:
                a["affiliation"] = a["affiliation"] or plainline
            if _INSTITUTION.search(plainline):
                meta.found("publisher", plainline, "affiliation")  # the affiliation under the author's name
        elif _LABEL_LINE.match(plainline) and title_at is not None:
            pass  # a distribution or classification line
        else:
            consumed = _looks_like_header_line(plainline)
        if consumed:
            body_start = max(body_start, end)
    if guest and guest not in meta.participants:
        meta.participants.append(guest)
        meta.evidence.setdefault("participants", "title")
    return _HeaderRead(body_start, title_at, dates, bulletin, issuer, released, staff)


def _title_later(header: list) -> list[bool]:
    """For each header line, whether a line from it on can be the title (the lists of people under
    a participants label are none)."""
    title_later = [False] * (len(header) + 1)
    for k in range(len(header) - 1, -1, -1):
        plain = _plain(header[k][2])
        title_later[k] = title_later[k + 1] and not _PARTICIPANTS.match(plain) or (
            _title_like(plain) and not _is_issuer(plain) and not _PERSON.match(plain) and not _PRESS_OFFICE.match(plain)
            and not _RELEASE.match(plain) and not _PARTICIPANTS.match(plain) and not _is_kicker(plain)
            and not _ORDER_CODE.search(plain) and not _EDITION.match(plain))
    return title_later


def _mixed_later(header: list) -> list[bool]:
    """For each header line, whether a mixed-case line from it on can be the title."""
    mixed_later = [False] * (len(header) + 1)
    for k in range(len(header) - 1, -1, -1):
        plain = _plain(header[k][2])
        # (the lists of people under a participants label are no title, whatever their case)
        mixed_later[k] = mixed_later[k + 1] and not _PARTICIPANTS.match(plain) or (
            _upper_share(plain) < 0.6 and _title_like(plain) and not _PERSON.match(plain)
            and not _PRESS_OFFICE.match(plain) and not _is_kicker(plain) and not _ORDER_CODE.search(plain))
    return mixed_later


def _date_of_head(meta: Metadata, text: str, header: list, dates: list, title_at: int | None, body_start: int) -> None:
    """The date of the header's dated lines (the one nearest the title), a paper's conference, or a
    dateline opening the body."""
    if dates and not meta.date:
        # the date nearest the title (a report's "Revised" line over its "Updated" one, a dateline
        # over a footer)
        anchor = title_at if title_at is not None and title_at >= 0 else 0
        # a line that says the text was updated gives way to one that says when it was published
        # (and a span the text covers, "Monitoring period: January - December 2025", to a day: centred_lines.py)
        first = [d for d in dates if not _UPDATED.search(header[d[0]][2]) and not date_evidence.weaker(header[d[0]][2])
                 and not centred_lines.is_period(header[d[0]][2])]
        k, when, how = min(first or dates, key=lambda d: (abs(d[0] - anchor), -d[0]))
        meta.found("date", when, how)
    if not meta.date:  # a paper's conference, over its title or under it
        title_notes.date_of_proceedings(meta, [_plain(h[2]) for h in header])
    if not meta.date:
        m = _DATELINE.match(text[body_start:body_start + 120].lstrip())
        if m:
            meta.found("date", parse_date(m.group(2)), "dateline")
        else:
            meta.found("date", _place_and_date(text[body_start:body_start + 120].lstrip()), "dateline")


def _speakers_of(meta: Metadata, text: str, body_start: int) -> None:
    """The people listed as present, the speakers of a transcript's turns, an interview's guest."""
    participants.settle(meta, text)  # the people listed as present ("Present:", "Witnesses:", an attendees list)
    speakers = _speakers(text[body_start:])
    if meta.participants:  # a transcript: its turns may be labelled in mixed case too
        meta.participants = _merge_speakers(meta.participants, speakers + _named_turns(text[body_start:]))
    else:
        meta.found("participants", speakers, "speakers' turns")
    stamped_turns.settle(meta, text, body_start)  # "[00:00:04] **Name:** …": its speakers, in turn (stamped_turns.py)
    if meta.title and not meta.participants:  # "Q&A with A: …": A answers
        meta.found("participants", [interviewee(meta.title)] if interviewee(meta.title) else [], "interview's title")


def _authors_below(meta: Metadata, text: str, header: list, body_start: int, read: _HeaderRead) -> None:
    """The authors (and a date) the rest of the text gives when its head gave none: a bulletin's
    body, the notes and signatures at the end, an issuing body, names with affiliation marks, a
    credit, a staff byline."""
    bulletin, issuer, released, staff = read.bulletin, read.issuer, read.released, read.staff
    if bulletin and not meta.authors:  # a body's bulletin with no other author: the body speaks
        meta.found("authors", [{"name": _name_case(bulletin), "affiliation": None, "organisation": True}],
                   "bulletin's masthead")
    _stated_at_end(meta, text, body_start)
    signatures.settle(meta, text, body_start)  # minutes' note, wire trailer, interview credit, signature block
    if not meta.authors and not meta.author:  # a paper's names with marks answered by affiliation lines
        # (people named beat the body whose name stands over them: documents27's policy memo)
        marked = affiliation_marks.marked_authors([affiliation_marks.front_line(h[2], _plain) for h in header])
        if marked:
            meta.found("authors", marked[0], "names with affiliation marks")
    # no person signs: the body the head names as the issuer (issuing_body.py)
    issuing_body.from_head(meta, text, [_plain(h[2]) for h in header], issuer, released,
                           lambda line: bool(_RELEASE.match(line)) or release_label(line))
    if not meta.authors or not meta.date:
        signed = _signed_at_end(text, body_start)
        if signed:
            name, affiliation, when, at = signed
            if name and not meta.authors:
                meta.found("authors", [{"name": name, "affiliation": affiliation}], "signature")
            if when and not meta.date:
                meta.found("date", when, "signature")
            if meta.body_end is None or at < meta.body_end:
                meta.body_end = at
    if not meta.date:
        from azmap.corpus.metadata_credits import dated_at_end

        dated = dated_at_end(text, body_start)  # "Dated: 12 March 2021" under the text
        if dated:
            meta.found("date", dated[0], "date at the end")
            meta.body_end = dated[1] if meta.body_end is None else min(meta.body_end, dated[1])
    if not meta.authors and not meta.author:
        from azmap.corpus.metadata_credits import name_over_position

        signed = name_over_position(text, body_start)
        if signed:
            meta.found("authors", [{"name": signed[0], "affiliation": signed[1]}], "signature")
            meta.body_end = signed[2] if meta.body_end is None else min(meta.body_end, signed[2])
    if not meta.authors and not meta.author:  # "The author is A, Head of X at Y." in a paragraph of its own
        from azmap.corpus.metadata_credits import credit_ends_body, credit_paragraph

        credit = credit_paragraph(text, body_start)
        if credit:
            meta.found("authors", credit[0], "credit")
            if credit_ends_body(text, body_start, credit[1]) and (meta.body_end is None or credit[1] < meta.body_end):
                meta.body_end = credit[1]
    if staff and not meta.authors and not meta.author:
        meta.found("authors", split_authors(staff), "byline")


def _settle(meta: Metadata, text: str, header: list, body_start: int, title_at: int | None, path: Path | None) -> None:
    """The fields checked and completed by their evidence modules, then a title in capitals, a
    review's title, and the file's name for what is still missing."""
    author_evidence.settle(meta, text, body_start)  # the rules' authors checked; a cue's or a credit's where none
    house_pairs.settle(meta, text)  # authors each over her house, pair after pair: all of them (house_pairs.py)
    issuing_body.settle(meta, text)  # no person signs: the body that issues it (issuing_body.py)
    bio_notes.settle(meta, text, body_start)  # the head's authors' affiliations from biographies at the end
    shared_house.settle(meta, text)  # a byline of several over the house they share, its cities off (shared_house.py)
    if not meta.date:  # a date line at the head or the foot, by its role (date_evidence.py)
        meta.found("date", *(date_evidence.stated(text, body_start, meta.body_end, parse_date) or (None, None)))
    if not meta.date:  # a PDF's note on its first page, set apart as furniture
        meta.found("date", date_evidence.front_note(text, parse_date), "note on the first page")
    title_evidence.settle(meta, [_plain(h[2]) for h in header], title_at, parse_date)  # (title_evidence.py)
    column_head.settle(meta, text, parse_date)  # an RFC's head in two columns: its authors, the title under it
    treaty.settle(meta, text)  # an agreement's title, date and signatories (treaty.py)
    meta.settle_authors()
    capitals = title_evidence.capitals_over_text(text) if not meta.title or meta.title.isupper() else None
    if capitals and (not meta.title or capitals.startswith(meta.title) and meta.evidence.get("title") == "first line"):
        meta.title = None  # a title in capitals over lines of its own, the text under it (title_evidence.py)
        meta.found("title", capitals, "title in capitals")
    title_evidence.review_title(meta, text)  # a review's title from its head line under a masthead
    if not meta.title and path is not None:
        meta.found("title", Path(path).stem, "file name")
    if not meta.date and path is not None:
        stem_date = parse_date(Path(path).stem.replace("_", " "))
        if stem_date and len(stem_date) == 10:
            meta.found("date", stem_date, "file name")


def _note_over_the_text(meta: Metadata, text: str, start: int) -> int:
    """Where the body starts once a note over it that names the author ("This is a guest post by
    A, a water engineer in Ganja.") is read: after the note, and A is the author where no one else
    is; ``start`` when the first paragraph is no such note."""
    m = re.match(r"\s*([^\n]+(?:\n[^\n]+)*)", text[start:start + 800])
    note = note_by(m.group(1)) if m and "by" in m.group(1) else None
    if not note:
        return start
    if not meta.authors and not meta.author:
        meta.found("authors", [{"name": note[0], "affiliation": note[1]}], "note over the text")
    return start + m.end()


def guess_title(text: str, path: Path) -> str:
    """The document's title as it states it, or the file's name."""
    return from_text(text, path).title or Path(path).stem
