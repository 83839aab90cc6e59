"""A memorandum saved from a word processor as a web page: its header lines ("To:", "From:", "Date:",
"Subject:", in the mail labels of any language the readers know) stand as a table's rows, each label in
a cell and its value in the next, and the page's ``<title>`` is the word "MEMORANDUM" (or "Memo",
"Aktennotiz", "Memorando": a memo's label). The subject is then the title, the sender the author and the
row's date the date, read as a memo's header lines are read in a text (mail_headers.py).

The rows are read from the parsed page before the article reader sees it (a table of labels and values
is furniture to it, html_blocks.py); a table whose rows are not all header lines (a lesson's "Subject:",
"Grade:") is none."""
from __future__ import annotations

from itertools import islice

_MAX_TABLES = 20
_MAX_ROWS = 12


def _flat(text: str) -> str:
    return " ".join(text.split())


def header_rows(tree) -> str | None:
    """The first table's rows that are all header lines, as a memo's text would give them
    ("MEMORANDUM", then "Label: value" a line), with at least a subject and a sender or a date; else None."""
    from azmap.corpus.mail_headers import _HEADER_ALIASES, _MAIL_HEADER

    for table in islice(tree.iter("table"), _MAX_TABLES):
        lines, kinds = [], set()
        for row in islice(table.iter("tr"), _MAX_ROWS + 1):
            cells = [c for c in row if c.tag in ("td", "th")]
            line = " ".join(_flat(c.text_content()) for c in cells) if len(cells) == 2 else ""
            header = _MAIL_HEADER.match(line) if _flat(cells[0].text_content()).endswith(":") else None
            if not header or not header.group(2).strip():
                lines = []
                break
            key = header.group(1).lower()
            kinds.add(_HEADER_ALIASES.get(key, key))
            lines.append(line)
        if len(lines) <= _MAX_ROWS and "subject" in kinds and kinds & {"from", "date"}:
            return "MEMORANDUM\n" + "\n".join(lines) + "\n\n"
    return None


def memo_title(meta, rows: str | None) -> None:
    """A memo's title, sender and date from its header rows (``header_rows``), where the page's
    title is only a memo's label; the sender and the date only where the page gave none."""
    from azmap.corpus.mail_headers import _MEMO_LABEL, _from_mail_headers
    from azmap.corpus.metadata import Metadata

    if not rows or not meta.title or not _MEMO_LABEL.match(meta.title.strip()):
        return
    stated = Metadata()
    if not _from_mail_headers(stated, rows) or not stated.title:
        return
    meta.title, meta.evidence["title"] = stated.title, "memo header"
    for field in ("authors", "date"):
        if not getattr(meta, field) and getattr(stated, field):
            meta.found(field, getattr(stated, field), "memo header")
