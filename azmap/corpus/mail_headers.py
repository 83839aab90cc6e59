"""An e-mail or a memo saved as text: its header lines (From, Date, Subject, To, …) read for the title,
the sender and the date; where the message starts and where the sender signs it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from azmap.corpus import words
from azmap.corpus.date_parse import parse_date
from azmap.corpus.header_scan import _is_prose
from azmap.corpus.line_forms import _text
from azmap.corpus.mail_signer import signer
from azmap.corpus.person_names import _INSTITUTION, _is_personal_name, _PERSON, _person

if TYPE_CHECKING:
    from azmap.corpus.metadata import Metadata

_DIGEST_NAME = re.compile(r"^.{3,80}\bdigest\b(?:,?\s*(?:vol\.?|volume|issue|no\.?)\s*\d+)+$", re.I)

# an e-mail's header lines, as a mail program saves or copies them
# (and their labels in other languages: words.MAIL_LABELS, "Von:", "Betreff:", "Objet :", "Тема:")
_MAIL_HEADER = re.compile(r"^(from|to|cc|bcc|date|sent|subject|reply-to|message-id|mime-version|content-type|"
                          r"re|memorandum for|attn|attention|thru|through|x-[\w-]+|"
                          + "|".join(sorted(words.MAIL_LABELS, key=len, reverse=True)) + r")\s*:\s?(.*)$", re.I)
# any other header of a message (RFC 5322 and the mailing lists' RFC 2369: "List-Unsubscribe:",
# "Return-Path:", "Received:", "Organization:"): a hyphenated field name or one of the single-word ones
# the RFCs and the common mailers define; read past, never taken for the message's first line
_OTHER_HEADER = re.compile(r"^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)+|received|sender|references|comments|keywords|"
                           r"organi[sz]ation|importance|priority|precedence|sensitivity)\s*:", re.I)
_HEADER_ALIASES = {"re": "subject", "memorandum for": "to", "attn": "to", "attention": "to", "thru": "cc",
                   "through": "cc", **words.MAIL_LABELS}
# the label over a memo's header lines ("MEMO", "INTERNAL MEMORANDUM", "Office memorandum")
_MEMO_LABEL = re.compile(r"^(?:(?:internal |office |interoffice |inter-office )?(?:memo|memorandum)|"
                         + words.MEMO_LABELS + r")$", re.I)
_FORWARDED = re.compile(r"^-{2,}\s*(?:forwarded message|original message|message transféré|"
                        r"weitergeleitete nachricht|mensaje reenviado)\s*-{2,}$", re.I)
_WEB_COPY = re.compile(r"\b(?:browser|online|on the web|web version|view (?:it|this|the)|trouble (?:reading|viewing)|"
                       r"im browser|en ligne|navigateur)\b", re.I)


def _from_mail_headers(meta: Metadata, text: str) -> int:
    """An e-mail saved or copied as text ("From: … / Date: … / Subject: …" at its top): the subject is
    the title, the sender the author (an organisation when not a person's name), the sending date
    the date. Returns where the message starts: after the headers and a one-line note over the
    message ("View this email in your browser"); 0 when the text does not start with headers."""
    import email.utils

    headers, end, memo, digest, headers_seen = {}, 0, False, None, False
    for m in re.finditer(r"[^\n]*(?:\n|$)", text[:4096]):
        line = m.group(0).strip()
        if not headers and _FORWARDED.match(line):
            continue  # "---------- Forwarded message ---------" over the headers
        if not headers and not digest and _DIGEST_NAME.match(line):
            digest = line  # "Caspian Freight Forwarders Digest, Vol 7, Issue 41" over the digest's headers
            continue
        if not headers and not memo and _MEMO_LABEL.match(line):
            memo = True  # "MEMORANDUM" over a memo's TO:/FROM:/DATE:/SUBJECT: lines
            continue
        if not line:
            if memo and not headers:
                continue
            break
        h = _MAIL_HEADER.match(line)
        if not h and headers_seen and m.group(0)[:1] in " \t":
            end = m.end()  # a header folded over lines (RFC 5322 2.2.3): its next line starts with white space
            continue
        if not h and _OTHER_HEADER.match(line):
            headers_seen, end = True, m.end()
            continue
        if not h:
            return 0
        headers_seen = True
        key = h.group(1).lower()
        headers.setdefault(_HEADER_ALIASES.get(key, key), h.group(2).strip())
        end = m.end()
    if len(headers) < 2 or not ({"from", "subject"} & set(headers)) or not ({"date", "sent", "subject"} & set(headers)):
        return 0
    how = "memo header" if memo else "e-mail header"
    meta.found("title", digest or _text(headers.get("subject")), "digest's name" if digest else how)
    sender = "" if digest else headers.get("from", "")  # a list sends a digest: nobody wrote it
    name, address = email.utils.parseaddr(sender) if "<" in sender or "@" in sender else (sender, "")
    name = _text(name.strip("'\""))
    # a person signing under a closing, not the sender (a letter's or a list's name): the writer (mail_signer.py)
    signed = signer(text, end, name) if name and "@" not in name and not memo else None
    if signed:
        meta.found("authors", [signed[0]], "e-mail's signer under a closing")
    elif name and "@" not in name and "," in name and _is_personal_name(_person(name)["name"]):
        meta.found("authors", [_person(name)], how)  # "FROM: Lala Jafarova, Network Planning"
    elif name and "@" not in name:
        person = _PERSON.match(name) and not _INSTITUTION.search(name)
        meta.found("authors", [{"name": name, "affiliation": None, **({} if person else {"organisation": True})}],
                   how)
    when = headers.get("date") or headers.get("sent")
    if when:
        try:
            sent = email.utils.parsedate_to_datetime(when)
            meta.found("date", f"{sent.year:04d}-{sent.month:02d}-{sent.day:02d}", how)
        except (TypeError, ValueError, IndexError):
            meta.found("date", parse_date(when), how)
    meta.body_end = signed[1] if signed else _signed_at(text, end, name if name and "@" not in name else None)
    # the one-line note a newsletter puts over its message, before the first paragraph, that points
    # to the message's copy on the web
    rest = re.match(r"\s*([^\n]+)\n\s*\n\s*([^\n]+)", text[end:end + 2000])
    if rest and len(rest.group(1).split()) <= 12 and len(rest.group(1)) < 100 and _is_prose(rest.group(2)) \
            and _WEB_COPY.search(rest.group(1)):
        end += rest.end(1)
    return end


def _signed_at(text: str, start: int, sender: str | None) -> int | None:
    """Where an e-mail's message ends: at its sender's name (the whole or the first name) alone on
    a line in its last stretch, with the closing words on the line before it ("Best regards,");
    what follows is the signature and the list's footer. None when the sender does not sign."""
    if not sender:
        return None
    names = {sender.casefold(), sender.split()[0].casefold()}
    tail_from = max(start, len(text) - 2000)
    lines = list(re.finditer(r"[^\n]+", text[tail_from:]))
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k].group(0).strip().strip("—–-,. ").strip()
        if line.casefold() in names:
            at = tail_from + lines[k].start()
            if k and len(lines[k - 1].group(0).split()) <= 4 and lines[k - 1].group(0).rstrip().endswith(",") \
                    and text.count("\n", tail_from + lines[k - 1].end(), at) == 1:
                at = tail_from + lines[k - 1].start()
            return at if at > start else None
    return None
