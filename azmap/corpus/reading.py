"""Reading a user's file: its text as the segmenter should see it, and what it says about itself.

- web pages: trafilatura finds the article (menus, cookie banners, tickers, share and related
  blocks, forms and footers are left out) and its title, author, date and site (with htmldate);
- PDFs: the layout of their characters (azmap.corpus.pdf): running heads, page numbers and footnotes apart,
  columns in order, paragraphs rejoined across breaks;
- plain text and markdown: as they are, with the metadata their top lines state.

readers.read_document checks every file first (type, size, encoding, damage), so what this
module cannot improve on it still reads, and what neither can read is refused with a reason.
"""
from __future__ import annotations

import html
import logging
import re
import sys
import threading
from itertools import islice
from pathlib import Path

from azmap.corpus.appeals import _may_hold
from azmap.corpus.html_blocks import drop_furniture_blocks, drop_link_paragraphs, page_description, take_captions
from azmap.corpus.html_space import padded_numbers_as_text, source_breaks_as_spaces
from azmap.corpus.foot_credit import credit_over_authors
from azmap.corpus.html_comments import drop_comment_sections
from azmap.corpus.html_records import drop_records
from azmap.corpus.layout_tables import unwrap as unwrap_layout_tables
from azmap.corpus.short_heading import title_holding
from azmap.corpus.forum_page import handle_over_tags
from azmap.corpus.live_blog import flatten_entries
from azmap.corpus.memo_page import header_rows, memo_title
from azmap.corpus.post_page import post_hook, poster
from azmap.corpus.wiki_page import drop_contents_and_notes, drop_edit_footer, last_edited
from azmap.corpus.metadata import _LABELLED_NAME, Metadata, from_text, parse_date
from azmap.corpus.newsletter import header_date
from azmap.corpus.note_refs import drop_note_refs
from azmap.corpus.metadata_front import nobody
from azmap.corpus.text_end import keep_order
from azmap.corpus.site_owner import owner_over_web_team
from azmap.corpus.readers import UnreadableDocument, _more_than, check_file, check_text_limits, read_document
from azmap.corpus.title_evidence import REVIEW_EVIDENCE

log = logging.getLogger("azmap.corpus")
MAX_TRAFILATURA_BYTES = 5 * 2**20
MAX_INLINE_TAGS = 4000
# every inline element (phrasing content) of HTML, old and new
_INLINE_TAG = re.compile(r"<(?:a|abbr|acronym|b|bdi|bdo|big|br|cite|code|data|del|dfn|em|font|i|img|ins|kbd|label|"
                         r"mark|nobr|q|rp|rt|ruby|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?=[\s/>])",
                         re.I)
_HIDDEN_TAG = re.compile(r"<(/?)(template|noscript)(?=[\s/>])[^>]*>?", re.I)


class Reading:
    __slots__ = ("text", "format", "meta")

    def __init__(self, text: str, fmt: str, meta: Metadata):
        self.text, self.format, self.meta = text, fmt, meta
        keep_order(meta)  # an end of the body at or before its start is none (text_end.py)


def read(path) -> Reading:
    """The file's reading text, format and metadata; UnreadableDocument with a reason if it
    cannot be read."""
    path = Path(path)
    fmt = check_file(path)
    if fmt == "pdf":  # the layout reader reads what it can; pypdf then says why the rest cannot be read
        text = _pdf(path)
        if text and text.strip():
            check_text_limits(text)
            return Reading(text, "markdown", from_text(text, path))
    if fmt == "html":  # the article reader first: the plain reader parses the page only where it gives up
        better = _html(path)  # (it refuses, with the same reasons, what cannot be decoded)
        if better is not None:
            check_text_limits(better.text)
            return better
    checked_text, checked_fmt = read_document(path, fmt)  # refuses what cannot be read, with a reason
    return Reading(checked_text, checked_fmt, from_text(checked_text, path))


_EXTRACTING = threading.Lock()


def _forget_other_pages() -> None:
    """trafilatura's ``deduplicate`` keeps the paragraphs it has seen for the whole process: a page
    read a third time (a rebuild, the same page added again) would lose the paragraphs it had the
    first times. Cleared before each page, it drops only what the page itself repeats."""
    dedup = sys.modules.get("trafilatura.deduplication")
    if dedup is not None:
        dedup.LRU_TEST.clear()


def _html(path: Path) -> Reading | None:
    from azmap.corpus.readers import _decode

    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a dependency
        return None
    markup = _decode(path.read_bytes())
    # trafilatura merges adjacent inline tags (links, <abbr>, <b>, …) in time that grows with the
    # square of their number (8,000 links take seconds, 60,000 minutes): such pages are left to the
    # plain reader, which reads any page in linear time
    # (each inline tag opens with a "<" of its own: a page with fewer of them has not too many, uncounted)
    if len(markup) > MAX_TRAFILATURA_BYTES or markup.count("<") > MAX_INLINE_TAGS \
            and _more_than(_INLINE_TAG, markup, MAX_INLINE_TAGS):
        log.info("%s has too much inline markup for the article reader; read as plain HTML", path.name)
        return None
    markup = _without_hidden(markup)
    try:
        # the page parsed once, as either call would parse it: the article reader works on its own copy,
        # the metadata reader only reads it
        from trafilatura.utils import load_html

        tree = load_html(markup)
        if tree is None:
            return None  # no page in it (each call would have given nothing)
        source_breaks_as_spaces(tree)  # a paragraph's source lines are one line (html_space.py)
        memo_rows = header_rows(tree)  # a memo's To:/From:/Date:/Subject: rows (memo_page.py)
        unwrap_layout_tables(tree)  # a newsletter's page set in tables: its rows are blocks (layout_tables.py)
        drop_note_refs(tree)  # "<a href="#_ftn1">[1]</a>": a note's reference, no word of the text (note_refs.py)
        # a debate's record: its speakers, their name lines and time stamps out (debate_turns.py)
        from azmap.corpus.debate_turns import take_turns

        turns = take_turns(tree)
        from azmap.corpus.editor_marks import drop_editor_marks

        drop_editor_marks(tree)  # "[citation needed]", a note over the text above a rule (editor_marks.py)
        # infoboxes, pull quotes, the dek, other news, boxes a button closes (before the link paragraphs
        # go: a box's button is one)
        drop_furniture_blocks(tree, page_description(tree))
        drop_comment_sections(tree)  # a block under a comments heading, whatever its class (html_comments.py)
        drop_records(tree)  # lists of "Label: value" facts and of people with posts, a standfirst (html_records.py)
        drop_link_paragraphs(tree)  # "Read more: <a>…</a>" in any language: another page's headline
        drop_contents_and_notes(tree)  # a wiki's contents box and notes list (wiki_page.py)
        drop_edit_footer(tree)  # the footer by its "This page was last edited on …" line (wiki_page.py)
        flatten_entries(tree)  # a live blog's entries, without their stamps and buttons (live_blog.py)
        captions = take_captions(tree)  # kept apart, after the text
        with _EXTRACTING:  # deduplicate: a paragraph repeated within this page, not one another page had
            _forget_other_pages()
            body = trafilatura.extract(tree, output_format="markdown", include_comments=False,
                                       include_tables=True, include_images=False, include_links=False,
                                       favor_precision=True, deduplicate=True)
        # not the extensive search: it takes a footer's "© Site 2024" for the date of an undated page
        info = trafilatura.extract_metadata(tree, extensive=False)
    except Exception as exc:  # a page the library cannot take: the plain reader's text stands
        log.info("trafilatura could not read %s (%s)", path.name, exc)
        return None
    if not body or not body.strip():
        return None
    meta = Metadata()
    for field, attr in (("title", "title"), ("author", "author"), ("date", "date"), ("publisher", "sitename"),
                        ("url", "url")):
        meta.found(field, _clean(getattr(info, attr, None)), "meta tag")
    signed = None
    if meta.author:  # "Author: Jonas Albrecht", "Guest essay by Leila Nasibova", "X; editing by Y"
        # a separator left at either end when the page's date or reading time was cut off ("Name ·")
        author = meta.author.strip(" ·|•—–-")
        site = (meta.publisher or "").casefold()  # "Name | Site": the site is its publisher
        kept = [_WORDS_LABEL.sub("", p) for p in re.split(r"\s*;\s*|\s+[·|•]\s+", author)
                if p and not _NOT_AN_AUTHOR.match(p) and not _READING_TIME.match(p) and not parse_date(p)
                and p.casefold() != site]
        meta.author = _without_role(_LABELLED_NAME.sub("", _LEAD_IN.sub("", "; ".join(kept)))) or None
        if meta.author and (nobody(meta.author) or _sentence_about(meta.author, markup)):
            # "Our Correspondent": a role, and nobody named; "A writes about ports and …": a note about A
            meta.author = None
            del meta.evidence["author"]
        meta.author = _citation_order(meta.author, markup)
        signed = _name_and_role(meta.author)
        if signed:  # "Ilaha Quliyeva; Aviation Writer": one writer and her role, not two writers
            meta.author = signed[0]
    body = _article_markdown(padded_numbers_as_text(body))
    lines = body.strip("\n").split("\n")
    heading = next((ln[2:].strip() for ln in lines[:4] if ln.startswith("# ")), None)
    first = next((ln for ln in lines[:4] if ln.strip()), "")
    post = None if heading or _H1.search(markup) else post_hook(meta.title, first)  # a post's hook (post_page.py)
    if meta.title and meta.publisher and meta.title.casefold() == meta.publisher.casefold():
        _title_over_site(meta, markup)  # the page's one <h1> holds its logo: the site's name
    if meta.title:
        from azmap.corpus.site_suffix import without_shown_site

        # "Headline - Site" where the page shows "Site" alone as its logo (site_suffix.py)
        meta.title = without_shown_site(_title_without_site(meta.title, heading, meta.publisher), markup)
        if heading and heading != meta.title and _own_headline(heading, meta.publisher, markup):
            meta.title, meta.evidence["title"] = heading, "the page's headline"  # over its og:title
        elif not heading:  # the article reader left the headline out (a <header> over the text)
            from azmap.corpus.page_chrome import same_headline

            own = _one_h1(markup)
            # the tags' title is the page's one <h1> and more ("Headline (Site)", "Headline | Site")
            # or says the same headline longer or reordered (page_chrome.same_headline)
            if own and own != meta.title and len(own.split()) >= 3 \
                    and (own.casefold() in meta.title.casefold() or same_headline(own, meta.title)) \
                    and not (meta.publisher and meta.publisher.casefold() in own.casefold()):
                meta.title, meta.evidence["title"] = own, "the page's headline"
    if post:  # its bold first line, which the page's title quotes after the poster's name
        meta.title, meta.evidence["title"] = post[1], "the post's hook"
        lines.remove(first)
    shown = meta.title
    fuller = title_holding(meta.title, markup, _TITLE_SEPARATOR) if meta.title == _one_h1(markup) else None
    if fuller:  # "Azerbaijan" under the <title> "Azerbaijan travel advice - Ministry …" (short_heading.py)
        meta.title, meta.evidence["title"] = fuller, "the <title> holding the heading"
    # the page's own title line (and a kicker above it) gives way to the title read from the page
    for i, line in enumerate(lines[:4]):
        if meta.title and line.lstrip("# ").strip() in (meta.title, shown):
            lines = lines[i + 1:]
            break
    head = f"# {meta.title}\n\n" if meta.title else ""
    lines = [ln.strip() for ln in lines]
    if meta.author:  # notes about the authors after the text are no part of it
        from azmap.corpus.boilerplate import is_author_note

        names = [n.strip() for n in re.split(r",|;|\band\b", meta.author) if n.strip()]
        lines = [ln for ln in lines if not is_author_note(ln, names)]
    text = head + "\n\n".join(x for x in lines if x) + "\n"
    meta.body_start = len(head)
    stated = from_text(text, path)  # what the page's own lines say, where the tags say nothing
    for field in ("title", "date", "authors", "participants"):
        meta.found(field, getattr(stated, field), stated.evidence.get(field, "page"))
    meta.found("participants", turns, "the contributions' speakers")
    if stated.evidence.get("title") in REVIEW_EVIDENCE:  # a review's title over a journal's <title>
        meta.title, meta.evidence["title"] = stated.title, stated.evidence["title"]
    meta.body_end = stated.body_end  # a credit line or a note about the author after the text
    meta.body_resume = stated.body_resume  # an annex after the signatures (annex.py)
    if captions:  # a photograph's caption (and its credit), apart from the text, each an italic line
        meta.body_end = len(text) if meta.body_end is None else meta.body_end
        text = text.rstrip("\n") + "\n\n" + "\n\n".join(f"*{c.replace('*', '')}*" for c in captions) + "\n"
    if not meta.authors and not meta.author:  # an organisation named as the author in JSON-LD
        from azmap.corpus.readers_jsonld import jsonld_authors

        if meta.found("authors", jsonld_authors(markup), "JSON-LD") and not meta.publisher:
            _site_named_as_author(meta, markup)
    if not meta.authors and not meta.author:  # a ministry's page naming nobody: the ministry (issuing_body.py)
        from azmap.corpus.issuing_body import from_markup

        from_markup(meta, markup)
    memo_title(meta, memo_rows)  # "Subject:" under a <title> of "MEMORANDUM"
    if post and not meta.authors:  # the poster, her headline the affiliation
        meta.found("authors", [a for a in [poster(markup, post[0])] if a], "the post's poster")
    meta.settle_authors()
    for author in meta.authors:  # "Story by A | Photography by B": B's credit is no affiliation of A's
        if author.get("affiliation") and _NOT_AN_AUTHOR.match(author["affiliation"]):
            author["affiliation"] = None
    _byline_over_tags(meta, markup)
    _posts_from_jsonld(meta, markup)
    from azmap.corpus.byline_brackets import bracketed_affiliation

    bracketed_affiliation(meta, markup)  # "Par Name (Nakhitchevan, envoyée spéciale)" (byline_brackets.py)
    if len(meta.authors) == 1 and not meta.authors[0].get("affiliation") and not meta.authors[0].get("organisation"):
        from azmap.corpus.tag_author import post_beside

        post = post_beside(markup, meta.authors[0]["name"])  # "Ekonomi Muhabiri" beside her linked name (tag_author.py)
        if post:
            meta.authors[0] = dict(meta.authors[0], affiliation=post)
    _card_over_tags(meta, markup)
    _note_at_the_end(meta, text, markup)
    from azmap.corpus.metadata_credits import credit_in_markup, names_a_person

    if not any(names_a_person(a) for a in meta.authors):  # the outlet or its desk in the tags, or nobody
        credited = credit_in_markup(markup)  # an interview's closing credit the article reader left out
        if credited:
            meta.authors, meta.author = [], None
            meta.found("authors", [{"name": n, "affiliation": None} for n in credited], "credit in the page")
    if not meta.date:  # a wiki's only date: its last-edit line in the footer, over a date a box in its head states
        meta.found("date", last_edited(markup), "the page's last-edit line")
    _stated_under_the_heading(meta, markup)
    from azmap.corpus.author_card import card_over_no_person

    card_over_no_person(meta, markup)  # "About the author" over "A writes …", in any language (author_card.py)
    if not meta.participants:  # an interview's guest, named in the kicker or the <title> (interview_guest.py)
        from azmap.corpus.interview_guest import guest

        talked_to = guest(markup, text)
        meta.found("participants", [talked_to] if talked_to else [], "interview's kicker")
    header_date(meta, markup)  # a newsletter's date on its header line over the heading (newsletter.py)
    _citation_institutions(meta, markup)
    if signed and [a["name"] for a in meta.authors] == [signed[0]] and not meta.authors[0].get("affiliation"):
        meta.authors[0]["affiliation"] = signed[1]  # the role the tags gave, where the page's lines give none
    plain = _plain_lines(markup)  # the page as plain text, read once for its labels and its writer's line
    _labelled_date(meta, plain)
    handle_over_tags(meta, markup)  # "Posted by u/name" (forum_page.py)
    owner_over_web_team(meta, markup)  # "Web Team" in the tags: the site's owner (site_owner.py)
    from azmap.corpus.author_evidence import no_person

    if no_person(meta.authors) != meta.authors:  # a desk, an outlet or places the page names as the author
        meta.authors, meta.author = no_person(meta.authors), None
        meta.settle_authors()
        if not meta.authors:
            meta.evidence.pop("authors", None)
            meta.evidence.pop("author", None)
    if len(meta.authors) == 1 and plain is not None:  # "by Name, Post, Office · Published …" (writer_post.py)
        from azmap.corpus.writer_post import complete_post

        complete_post(meta, plain)
        from azmap.corpus.writer_post import complete_from_box

        complete_from_box(meta, plain)  # "Name – Redakteur im Ressort Wirtschaft. Er schreibt …" (writer_post.py)
    credit_over_authors(meta, text)  # "Tekst: Name, post" under the text: its end (foot_credit.py)
    from azmap.corpus.account_name import writer_over_account

    writer_over_account(meta, markup)  # "<a>kura_traveller</a> (Full Name)" (account_name.py)
    return Reading(text, "markdown", meta)


# a heading's link in brackets at its end ("Tourism [edit]", "History [source]"), as the article reader writes it
_HEADING_LINK = re.compile(r"(?m)^(#{1,6} .*?)\s*\\?\[[^\]\n]{1,20}\\?\]\s*$")
# a note marker set as a superscript ("<sup>\[1\]</sup>", "<sup>a</sup>")
_SUP_MARKER = re.compile(r"<sup>\s*\\?\[?\s*\w{1,3}\s*\\?\]?\s*</sup>")
_TABLE_GAP = re.compile(r"(?m)^(\|.*\|)[ \t]*\n(?:[ \t]*\n)+(?=\|)")
_LEAD_IN = re.compile(r"^(?:[A-Za-z-]+\s+){1,3}by\s+(?=[A-ZÀ-ÞА-Я])")  # "Guest essay by", "Text and photos by"
_NOT_AN_AUTHOR = re.compile(r"^(?:(?:edit\w*|photo\w*|graphics?|translat\w*|additional reporting|fact-check\w*)\s+by\b|"
                            r"(?:maps?|photos?|graphics?|illustrations?|video|data|design|charts?)\b\s*:?\s)", re.I)
_READING_TIME = re.compile(r"^(?:a\s+)?\d{1,3}[\s-]*(?:min(?:ute)?s?\.?)(?:\s+read)?$", re.I)  # "5 min read"
_WORDS_LABEL = re.compile(r"^(?:words|text)\s*:\s*", re.I)
_H1 = re.compile(r"<h1[\s>]", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·•]\s+")


def _article_markdown(body: str) -> str:
    """The article reader's markdown made plain where it keeps page furniture in the text: note
    markers as superscripts, a heading's edit link, and the blank lines it puts between a table's
    rows (each row would be read as a table of its own)."""
    body = _SUP_MARKER.sub("", body)
    body = _HEADING_LINK.sub(r"\1", body)
    return _TABLE_GAP.sub(r"\1\n", body)


def _title_without_site(title: str, heading: str | None, site: str | None) -> str:
    """A page's <title> without the site's name after it ("Shahdag Mountain - Caspipedia"): the
    part the page's own heading or its site name says is the title."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if heading and _TITLE_SEPARATOR.split(heading)[0] == parts[0] and heading != title and title.startswith(heading):
        return heading
    if site and site.casefold() in parts[-1].casefold():
        return title[:title.rfind(parts[-1])].rstrip(" -|–—:·•")
    return title


def _title_over_site(meta: Metadata, markup: str) -> None:
    """The page's <title> without the site's name, where the title the tags gave is the site's name."""
    title = re.search(r"<title[^<>]{0,200}>([^<]{1,300})</title>", markup[:20000], re.I)
    if not title:
        return
    import html

    said = " ".join(html.unescape(title.group(1)).split())
    own = _title_without_site(said, None, meta.publisher)
    if own == said:  # no site named after it: one before it ("Site | Headline")
        parts = _TITLE_SEPARATOR.split(said, maxsplit=1)
        own = parts[1] if len(parts) == 2 and parts[0].casefold() == meta.publisher.casefold() else None
    if own and own.casefold() != meta.publisher.casefold():
        meta.title, meta.evidence["title"] = own, "<title>"


def _own_headline(heading: str, site: str | None, markup: str) -> bool:
    """Whether the article's first heading is the page's own headline, to be taken over a title its
    tags phrase otherwise (og:title, <title>): the page's one <h1>, not the site's name."""
    if site and site.casefold() in heading.casefold() or len(heading.split()) < 3:
        return False
    return _one_h1(markup) == heading


def _one_h1(markup: str) -> str | None:
    """The text of the page's <h1>, when it has one and only one."""
    h1 = [m.start() for m in islice(_H1.finditer(markup), 2)]
    if len(h1) != 1:
        return None
    from azmap.corpus.readers import html_to_text

    end = re.compile(r"</h1\s*>", re.I).search(markup, h1[0], h1[0] + 2000)
    try:
        own = html_to_text(markup[h1[0]:end.end() if end else h1[0] + 600])
    except UnreadableDocument:
        return None
    return " ".join(own.strip("# \n").split()) or None


def _stated_under_the_heading(meta: Metadata, markup: str) -> None:
    """What the page's own lines under its main heading say (the article reader may leave them
    out): its byline, with the author's role and institution ("Dana Seitkali | Research Director,
    Steppe & Sea Policy Centre"), and its date line ("Published: 14 January 2025 · 6 min read").
    The byline is taken over the tags' author when the tags name no one or the same first author
    without an affiliation; the date only where the tags give none. Only the markup from the
    heading on is read, a few thousand characters of it."""
    from azmap.corpus.html_blocks import without_label_value_tables
    from azmap.corpus.metadata import _is_personal_name, publication_date
    from azmap.corpus.readers import html_to_text
    from azmap.corpus.update_date import published_beside_update

    at = -1
    for m in islice(_H1.finditer(markup), 5):
        at = m.start() if at < 0 else at
        if meta.title and meta.title[:20] in markup[m.end():m.end() + 400]:
            at = m.start()
            break
    if at < 0:  # no <h1>: the article's own markup, or the headline's text in the page's body
        body_at = markup.find("<body")
        at = markup.find("<article", max(body_at, 0))
        if at < 0 and meta.title and body_at >= 0:
            at = markup.find(html.escape(meta.title[:40], quote=False), body_at)
        if at < 0:
            return
    garbled = any(not _is_personal_name(a["name"]) and not a.get("organisation") for a in meta.authors)
    window = markup[at:at + 3000]
    two_dates = _TWO_DATES.search(markup, at, at + 3000) \
        if _may_hold(window, _UPDATE_PIECES) and _may_hold(window, _PUBLISH_PIECES) else None
    update = _may_hold(window.lower(), _UPDATE_PIECES)  # an update beside a date line with no word for it
    if meta.date and meta.authors and not garbled and not two_dates and not update \
            and (any(a.get("affiliation") for a in meta.authors)
                 or not _named_with_more(markup, meta.authors[0]["name"])):
        return  # the tags said it all, and the page's byline says no more
    try:  # (an infobox under the heading holds no byline: its name and its picture's caption are none)
        head = html_to_text(without_label_value_tables(markup[at:at + 4000]))
    except UnreadableDocument:
        return
    # what the head's own lines say, read where it can change something: a date where the page states
    # none yet, or authors where the tags' name none with an affiliation (or a name the tags garbled)
    stated = None
    if two_dates:  # "Updated 2 March 2025 · First published 14 November 2023": the publication
        for line in head.split("\n")[:16]:
            published = publication_date(line) if len(line) <= 160 else None
            if not published:
                continue
            if meta.date and published != meta.date and meta.date in _dates_in(line):
                meta.date, meta.evidence["date"] = published, "page's date line"
                break
            if not meta.date and len(_dates_in(line)) >= 2:  # the tags state no date
                meta.found("date", published, "page's date line")
                break
    published = published_beside_update(head, meta.date) if update and not two_dates else None
    if published and published != meta.date:  # "03 jun 2025 - 06:00 CEST Actualizado: 04 jun 2025"
        meta.date, meta.evidence["date"] = published, "page's date line (before its update)"
    if not meta.date:
        stated = from_text(head)
        if stated.date and stated.evidence.get("date") in ("date line", "byline"):
            meta.found("date", stated.date, f"page's {stated.evidence['date']}")
    if not meta.date:
        meta.found("date", _date_over_the_heading(markup, at), "page's line over the heading")
    if not meta.date or not meta.authors:
        _labelled_lines(meta, head)
    # (with a date, authors the tags name with an affiliation and none garbled, the head's authors
    # replace none of them: the head is not read)
    if stated is None and (garbled or not any(a.get("affiliation") for a in meta.authors)):
        stated = from_text(head)
    if stated is not None and stated.authors and (any(a.get("affiliation") for a in stated.authors) and (
            not meta.authors or meta.authors[0]["name"].startswith(stated.authors[0]["name"])
            and not any(a.get("affiliation") for a in meta.authors))
            or garbled and all(_is_personal_name(a["name"]) for a in stated.authors)
            # (no author found else: a cue's line over the text the article reader left out, "Guest post by A.")
            or not meta.authors and stated.evidence.get("authors") in _CUED and all(
                _is_personal_name(a["name"]) for a in stated.authors)):
        meta.authors = stated.authors
        meta.author = ", ".join(a["name"] for a in stated.authors)
        meta.evidence["authors"] = meta.evidence["author"] = f"page's {stated.evidence.get('authors', 'byline')}"


_CUED = ("byline", "author evidence: cue at the top")  # a head's authors named after a byline's cue
_PIECE_BETWEEN = re.compile(r"\s+[·|•–—]\s+")


def _plain_lines(markup: str) -> str | None:
    """The page read as the plain reader reads it, or None where it cannot be."""
    from azmap.corpus.readers import html_to_text

    try:
        return html_to_text(markup)
    except UnreadableDocument:
        return None


def _labelled_date(meta: Metadata, text: str | None) -> None:
    """The page's date by what its labels say (labelled_date.py): "Updated:" over "Still current at:",
    "Published" over an event's day (``text``: the page as plain text, None where it has none)."""
    from azmap.corpus.labelled_date import page_date

    if text is None:
        return
    when, changed = page_date(text, meta.date, meta.evidence.get("date") == "meta tag")
    if changed:
        meta.date = when
        if when:
            meta.evidence["date"] = "page's labelled date"
        else:
            meta.evidence.pop("date", None)


def _date_over_the_heading(markup: str, at: int) -> str | None:
    """The date of a short line right over the page's heading whose pieces, between middle dots,
    bars or dashes, are one date with its year and things that are no date ("Episode 31 · 24
    September 2025 · 38 min"), or None; a line holding a link is a site's bar, no such line."""
    from azmap.corpus.metadata import parse_date

    before = markup[max(0, at - 400):at]
    opened = before.rfind("<p")
    opened = max(opened, before.rfind("<div"))
    if opened < 0 or "<a " in before[opened:]:  # (a bar of links: "Mirror · 12.03.2025 · Home" dates the copy)
        return None
    line = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", before[opened:])).split())
    pieces = _PIECE_BETWEEN.split(line)
    if not 2 <= len(pieces) <= 5 or len(line.split()) > 14:
        return None
    dates = [parse_date(p) for p in pieces if re.search(r"\b(?:19|20)\d\d\b", p)]
    return dates[0] if len(dates) == 1 else None


def _citation_order(author: str | None, markup: str) -> str | None:
    """The writers named surname first by citation tags ("Aliyeva, Nigar"), each as it is said."""
    if not author or "citation_author" not in markup:
        return author
    from azmap.corpus.metadata_html import citation_names

    names = citation_names(markup)
    inverted = [" ".join(reversed(n.rsplit(" ", 1))).replace(" ", ", ", 1) for n in names if " " in n]
    said = re.sub(r"\s*[;,]\s*", ", ", author)  # "Aliyeva; Nigar" as the article reader joins them
    if inverted and all(i in said for i in inverted):
        return "; ".join(names)
    return author


def _byline_over_tags(meta: Metadata, markup: str) -> None:
    """The writers the page's marked byline names (metadata_html), over what the tags gave when the
    tags name no person, a name run together with a role or a label, or fewer of the same writers, or
    when the article reader took the names from the page's text rather than its tags (a reader's
    comment under its writer's name is marked as an author's too); names it took from the readers'
    comments alone are no author's."""
    from azmap.corpus.metadata import _is_personal_name
    from azmap.corpus.metadata_html import byline_names, comments_at, stated_in_tags

    from azmap.corpus.page_chrome import site_names

    from azmap.corpus.tag_author import author_link_byline, unshown

    names = byline_names(markup) or [n for n in [author_link_byline(markup)] if n]  # a link to her page alone
    site = site_names(markup) if names else set()
    # (a meta author naming the site itself, "Mainfelder Tagblatt" as the <title> ends, is no person)
    # (a content system's account or a name the page shows nowhere gives way to a byline: tag_author.py)
    persons = [a for a in meta.authors if not a.get("organisation") and a["name"].casefold() not in site
               and not (names and stated_in_tags(a["name"], markup) and unshown(a["name"], markup))]
    have = [a["name"] for a in persons]
    # names the article reader found in the page's text, not in its tags: a reader's comment is signed too
    from_text = bool(have) and meta.evidence.get("author") == "meta tag" and not all(stated_in_tags(h, markup)
                                                                                      for h in have)
    if from_text and not names and all(markup.find(h) > comments_at(markup) for h in have):
        meta.authors, meta.author = [a for a in meta.authors if a not in persons], None
        meta.evidence.pop("author", None)
        meta.evidence.pop("authors", None)
        meta.settle_authors()
        return
    # (the tags' names set aside as no one the page shows: the byline stands for them, even where it repeats the rest)
    set_aside = len(persons) < len([a for a in meta.authors if not a.get("organisation")])
    if not names or [h.casefold() for h in have] == [n.casefold() for n in names] \
            and not any(h.isupper() for h in have) and not set_aside:
        if names and meta.author and not any(h in meta.author for h in have):
            meta.author = ", ".join(have)  # (an account's name the tags gave, the byline's writers read the same)
            meta.evidence["author"] = meta.evidence.get("authors", "byline")
        return  # (the tags' spelling kept over a byline in capitals)
    if persons and all(_is_personal_name(h) for h in have) and not set(have) < set(names) and not from_text \
            and not all(h in names or any(h.startswith(n + " ") or h.endswith(" " + n) for n in names) for h in have):
        return
    old = {a["name"]: a for a in persons}
    meta.authors = [{"name": n, "affiliation": old[n].get("affiliation") if n in old else None} for n in names]
    meta.author = ", ".join(names)
    meta.evidence["authors"] = meta.evidence["author"] = "page's byline (markup)"


def _posts_from_jsonld(meta: Metadata, markup: str) -> None:
    """The post the JSON-LD gives a writer the page names without one (its Person's jobTitle)."""
    if "ld+json" not in markup or not any(not a.get("affiliation") and not a.get("organisation") for a in meta.authors):
        return
    from azmap.corpus.readers_jsonld import jsonld_posts

    posts = jsonld_posts(markup)
    for author in meta.authors:
        if not author.get("affiliation") and not author.get("organisation") and posts.get(author["name"]):
            author["affiliation"] = posts[author["name"]]
            meta.evidence["authors"] = f"{meta.evidence.get('authors', 'meta tag')}, post from JSON-LD"


def _card_over_tags(meta: Metadata, markup: str) -> None:
    """The writer an author's card the page marks names (a sidebar's card, before the article in the
    page's order: the name, its title off, and the role under it), over tags that name no person (the
    institution) or that name her alone without her role."""
    from azmap.corpus.metadata_credits import names_a_person
    from azmap.corpus.metadata_html import card_author
    from azmap.corpus.person_names import _person

    card = card_author(markup)
    if not card:
        return
    # (a piece of the card's role read as a name of its own: "Programa Cáucaso" is no second writer)
    persons = [a for a in meta.authors if names_a_person(a) and a["name"] not in card[1]]
    if len(persons) > 1 or persons and persons[0].get("affiliation"):
        return
    if not persons or _person(persons[0]["name"])["name"] == card[0]:
        meta.authors, meta.author = [], meta.author if persons else None
        meta.found("authors", [{"name": card[0], "affiliation": card[1]}], "author's card")


def _site_named_as_author(meta: Metadata, markup: str) -> None:
    """The site's name, when the organisation the JSON-LD names as the author is the one the page's
    <title> ends with ("Caspian water level outlook 2025 — Sea Level Watch")."""
    title = re.search(r"<title[^>]*>([^<]{1,300})</title>", markup[:20000], re.I)
    org = meta.authors[0]
    if title and org.get("organisation") and len(meta.authors) == 1:
        parts = _TITLE_SEPARATOR.split(" ".join(title.group(1).split()))
        if len(parts) > 1 and parts[-1].casefold() == org["name"].casefold():
            meta.found("publisher", org["name"], "<title> and JSON-LD")


def _note_at_the_end(meta: Metadata, text: str, markup: str = "") -> None:
    """The affiliation of the one author the tags name, from a note about them at the end of the
    text ("The author is a senior fellow at …", "Name is a lecturer at …"), or in the page's
    author's box."""
    from azmap.corpus.metadata_credits import end_note

    if len(meta.authors) != 1 or meta.authors[0].get("affiliation") or meta.authors[0].get("organisation"):
        return
    note = end_note(text, meta.body_start)
    if note and note[1] and note[0] in (None, meta.authors[0]["name"]):
        meta.authors[0]["affiliation"] = note[1]
        meta.evidence["authors"] = f"{meta.evidence.get('authors', 'meta tag')}, affiliation from a note at the end"
        meta.body_end = note[2] if meta.body_end is None else min(meta.body_end, note[2])
    elif markup:  # the note in an author's box the article reader left out
        from azmap.corpus.metadata_credits import note_in_markup

        found = note_in_markup(markup, meta.authors[0]["name"])
        if found:
            meta.authors[0]["affiliation"] = found
            meta.evidence["authors"] = f"{meta.evidence.get('authors', 'meta tag')}, affiliation from a note about them"


_CITATION_TAG = re.compile(r"<meta\s+name=[\"'](citation_author|citation_author_institution)[\"']\s+"
                           r"content=[\"']([^\"'<>]{1,200})[\"']", re.I)


def _name_and_role(author: str | None) -> tuple[str, str] | None:
    """(name, role) of an author's tag that is one person's signature with her role after it ("Name;
    Energy Correspondent", "Name, Aviation Writer"): a personal name, then a capitalised role that
    names no one. None for anything else (two writers, a name alone)."""
    from azmap.corpus.metadata import _ROLE_WORDS, _is_personal_name

    parts = [p.strip() for p in re.split(r"[;,]", author or "")]
    if len(parts) != 2 or not _is_personal_name(parts[0]) or not parts[1][:1].isupper():
        return None
    words = parts[1].lower().split()
    return (parts[0], parts[1]) if len(words) <= 4 and set(words) & _ROLE_WORDS else None


def _without_role(author: str) -> str:
    """A name the tags run together with a role ("Rena Aliyeva Environment columnist"): the name."""
    from azmap.corpus.metadata import _ROLE_WORDS, _is_personal_name

    words = author.split()
    if len(words) > 2 and not _is_personal_name(author) and any(w.lower() in _ROLE_WORDS for w in words[2:]) \
            and _is_personal_name(" ".join(words[:2])):
        return " ".join(words[:2])
    return author


def _citation_institutions(meta: Metadata, markup: str) -> None:
    """The institutions a scholarly page's citation tags give its authors (citation_author,
    then citation_author_institution), for authors named without one."""
    if not meta.authors or all(a.get("affiliation") for a in meta.authors) or "citation_author" not in markup:
        return
    institutions, last = {}, None
    for m in islice(_CITATION_TAG.finditer(markup[:200_000]), 200):
        if m.group(1).lower() == "citation_author":
            surname = m.group(2).split(",")[0].split()[-1] if "," in m.group(2) else m.group(2).split()[-1]
            last = surname.casefold()
        elif last and last not in institutions:
            institutions[last] = " ".join(m.group(2).split())
    for author in meta.authors:
        words = author["name"].split()
        if words and not author.get("affiliation") and words[-1].casefold() in institutions:
            author["affiliation"] = institutions[words[-1].casefold()]
            meta.evidence["authors"] = "citation tags"


# a line under the heading that names an update and a publication, in either order
# (in the major languages; the two may stand in elements of their own: "<span>Updated …</span> | <span>…")
_UPDATE_WORD = (r"(?:updated|modified|revised|mis à jour|mise à jour|modifié|aktualisiert|geändert|actualizado|"
                r"modificado|обновлено|изменено|güncelle\w*|yenilən\w*)")
_PUBLISH_WORD = (r"(?:published|posted|erschienen|veröffentlicht|publié|paru|publicado|опубликовано|"
                 r"дата публикации|yayın\w*|dərc)")
_BETWEEN = r"(?:[^<>]|<[^<>]{0,80}>){0,120}?"
_TWO_DATES = re.compile(rf"(?i)\b{_UPDATE_WORD}\b{_BETWEEN}\b{_PUBLISH_WORD}\b|"
                        rf"\b{_PUBLISH_WORD}\b{_BETWEEN}\b{_UPDATE_WORD}\b")
# a piece of a word every match of _UPDATE_WORD and of _PUBLISH_WORD holds, in lower case (no "ı", which a
# case-blind pattern takes for "i" too: "yay" for "yayın"; kept with the words): a window that lacks the
# pieces of either is not searched (appeals._may_hold; the search over 3,000 characters is the costly part)
_UPDATE_PIECES = ("updated", "modifi", "revised", "à jour", "aktualisiert", "geändert", "actualizado", "обновлено",
                  "изменено", "güncelle", "yenilən")
_PUBLISH_PIECES = ("publi", "posted", "erschienen", "veröffentlicht", "paru", "опубликовано", "дата публикации",
                   "yay", "dərc")


def _dates_in(line: str) -> list[str]:
    from azmap.corpus.metadata import parse_date

    return [d for d in (parse_date(p) for p in re.split(r"\s+[|·•]\s+|\s{2,}", line)) if d]


def _named_with_more(markup: str, name: str) -> bool:
    """Whether the page names the author with something after the name (", Senior Fellow, …",
    " | Research Director, …", " – директор …") at one of the first places it names them."""
    at = 0
    for _ in range(5):
        at = markup.find(name, at)
        if at < 0:
            break
        at += len(name)
        after = re.sub(r"<[^>]*>", " ", markup[at:at + 300]).lstrip()
        if after[:1] in _AFTER_NAME:
            return True
    # a name spread over elements ("<span>Leyla</span> <span>Mammadova</span>, Energy Correspondent")
    first = markup.find(name.split()[0]) if name.split() else -1
    if first < 0:
        return False
    flat = " ".join(re.sub(r"<[^>]*>", "", markup[first:first + 2000]).split())
    return flat.startswith(name) and flat[len(name):].lstrip()[:1] in _AFTER_NAME


_AFTER_NAME = (",", "|", "·", "–", "—")  # (a dash: "Name – директор …", the verb a Russian biography leaves out)


def _labelled_lines(meta: Metadata, head: str) -> None:
    """A date line ("Published 6 December 2026") and a labelled byline ("By …", "From: Department
    of …") among the first lines under a page's heading, a standfirst before them allowed: what the
    header of its text would say if the standfirst did not end it."""
    from azmap.corpus.metadata import (_BYLINE, _COPYRIGHT, _PUBLISHED, _is_prose, parse_date, publication_date,
                                       split_authors)

    prose = 0
    for line in islice((ln.strip("#*_ ") for ln in head.split("\n") if ln.strip()), 1, 16):
        if _is_prose(line):
            prose += 1
            if prose >= 2:
                break
            continue
        if len(line) > 120 or _COPYRIGHT.search(line):
            continue
        byline = _BYLINE.match(line)
        if byline and not meta.authors:
            for part in re.split(r"\s+[|·•]\s+", byline.group(1)):  # "By Name, Outlet · 12 February 2025"
                when = parse_date(part)
                if when:
                    meta.found("date", when, "page's byline")
                else:
                    meta.found("authors", split_authors(part), "page's byline")
            meta.found("author", ", ".join(a["name"] for a in meta.authors), "page's byline")
        elif not meta.date and (len(line) <= 60 or _PUBLISHED.match(line)):
            meta.found("date", publication_date(line) or parse_date(line), "page's date line")


def _without_hidden(markup: str) -> str:
    """The markup without <template> and <noscript> elements (a browser with scripts shows neither),
    nested ones included; one left open runs to the end of the page. One pass over the tags."""
    out, depth, copied = [], 0, 0
    for m in _HIDDEN_TAG.finditer(markup):
        if not m.group(1):
            if depth == 0:
                out.append(markup[copied:m.start()])
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                copied = m.end()
    if depth == 0:
        out.append(markup[copied:])
    return "".join(out)


_NAME_LINKS = frozenset("and und et y e и ve və & de da di du van von der den al el la le bin ibn".split())


def _sentence_about(author: str, markup: str) -> bool:
    """Whether an author the tags give is a sentence about a writer (an author's box read as the
    byline: "Leyla Hasanova reports on ports and railways and lives in Tbilisi.", which the article
    reader cuts at "and" and "on"), not names: the text it starts in the page, six words or more,
    three of them or more in lower case that join no names."""
    from azmap.corpus.metadata_html import personal_name

    pieces = re.split(r"\s*;\s*", author)
    if all(personal_name(p) for p in pieces):
        return False  # names, whatever the page says about them further on
    first = pieces[0]
    at = markup.find(html.escape(first, quote=False)) if len(first.split()) >= 2 else -1
    if at >= 0:
        end = markup.find("<", at, at + 600)
        first = html.unescape(markup[at:end if end >= 0 else at + 600])
    words = first.split()
    if len(words) < 6:
        return False
    return sum(1 for w in words if w[:1].islower() and w.casefold() not in _NAME_LINKS) >= 3


def _clean(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _pdf(path: Path) -> str | None:
    from azmap.corpus.pdf import layout_text

    try:
        return layout_text(path.read_bytes())
    except UnreadableDocument:  # a limit passed: said as it is
        raise
    except Exception as exc:  # the layout reader fails on some damaged files that pypdf reads
        log.info("the PDF layout of %s could not be read (%s); its plain text is used", path.name, exc)
        return None
