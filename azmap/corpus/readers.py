"""Reading a user's file into plain text: .txt, .md, .html, .pdf and .eml (an e-mail: its headers
and its text). Anything else, or anything unreadable, raises UnreadableDocument with a message a
user can act on."""
from __future__ import annotations


import re
from html.parser import HTMLParser
from itertools import islice
from pathlib import Path
from stat import S_ISREG

from azmap.errors import UserError
from azmap.corpus.mail_notices import strip_speaker_labels
from azmap.corpus import ocr_scan

MAX_BYTES = 25 * 1024 * 1024
MAX_HTML_DEPTH = 400
MAX_DOCUMENT_CHARS = 16_000_000  # the text read from one file
MAX_DOCUMENT_LINES = 500_000  # its lines: a million one-word lines would be a million passages
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters but tab, newline, form feed, return
_ODD = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x80-\x9f]")  # and C1 controls
SUFFIX_FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                  ".html": "html", ".htm": "html", ".pdf": "pdf", ".eml": "email"}


class UnreadableDocument(UserError):
    pass


def detect_format(path: Path) -> str:
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnreadableDocument(f"unsupported file type '{path.suffix or '(none)'}': "
                                 "use .txt, .md, .html, .pdf or .eml")
    return fmt


def check_file(path: Path) -> str:
    """The file's format, once it is known to be a regular file of a size that can be read;
    UnreadableDocument otherwise."""
    fmt = detect_format(path)
    try:
        status = path.stat()  # (one call: whether it is a regular file is in it, as Path.is_file reads it)
    except OSError as exc:
        raise UnreadableDocument(f"cannot read: {exc.strerror or exc}") from None
    size = status.st_size
    if not S_ISREG(status.st_mode):
        raise UnreadableDocument("not a regular file")
    if size == 0:
        raise UnreadableDocument("the file is empty")
    if size > MAX_BYTES:
        raise UnreadableDocument(f"the file is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    return fmt


def read_document(path: Path, checked: str | None = None) -> tuple[str, str]:
    """(text, format) of a file, or UnreadableDocument. ``checked``: the format ``check_file`` has just
    given for it (not asked again)."""
    path = Path(path)
    fmt = checked or check_file(path)
    data = path.read_bytes()
    if fmt == "pdf":
        text = _pdf_text(data)
    elif fmt == "email":
        text, fmt = _email_text(data), "text"
    else:
        text = _decode(data)
        if fmt == "html":
            text = html_to_text(text)
            fmt = "text"
        else:  # a scan's stray marks are no words (ocr_scan.py)
            text = ocr_scan.without_specks(text)
    if not text.strip():
        raise UnreadableDocument("no readable text in the file")
    check_text_limits(text)
    if fmt != "pdf":
        text = strip_speaker_labels(text)  # "[Presenter] …": a transcript's label, no word of it
    return text, fmt


def check_length(chars: int) -> None:
    """UnreadableDocument if a document's text is longer than MAX_DOCUMENT_CHARS."""
    if chars > MAX_DOCUMENT_CHARS:
        raise UnreadableDocument(f"the document's text is too long ({chars / 1e6:.1f} million characters or more; "
                                 f"the limit is {MAX_DOCUMENT_CHARS // 1_000_000} million): split it into parts")


def check_text_limits(text: str) -> None:
    """UnreadableDocument if the text read from a file is more than a document may be: its lines
    (each may become a passage) or its characters."""
    check_length(len(text))
    lines = text.count("\n")
    if lines > MAX_DOCUMENT_LINES:
        raise UnreadableDocument(f"the document has too many lines ({lines:,}; the limit is "
                                 f"{MAX_DOCUMENT_LINES:,}): split it into parts")


def _decode(data: bytes) -> str:
    wide = _wide_encoding(data)
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            raise UnreadableDocument(f"the {wide.upper()[:6]} text is damaged; save it as UTF-8") from None
        text = text.replace("\ufeff", "")  # the byte-order mark, and any zero-width no-break space
        if "\x00" in text or _looks_binary(text):
            raise UnreadableDocument("this looks like a binary file, not text")
    elif data.count(b"\x00") > 0:
        raise UnreadableDocument("this looks like a binary file, not text")
    else:
        text = _utf8(data)
    if _more_than(_CONTROL, text, max(8, len(text) // 200)):
        raise UnreadableDocument("this looks like a binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _wide_encoding(data: bytes) -> str | None:
    """"utf-32"/"utf-16" for a file that starts with their byte-order mark, "utf-16-le"/"-be" for one
    without it where many of every other byte (of its first few thousand) are NUL and almost none of
    the others: text with Latin letters, digits, spaces or punctuation among it, as Windows writes it
    (what decodes to control characters is still refused as binary); None otherwise."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    if len(data) % 2 or len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for nul_side, other, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nul_side.count(0) >= 0.1 * len(nul_side) and other.count(0) <= 0.01 * len(other):
            return enc
    return None


def _utf8(data: bytes) -> str:
    """The text of a file without NUL bytes: UTF-8 (with or without its mark), else Windows-1252."""
    for enc in ("utf-8-sig",):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            text = None
    if text is None:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise UnreadableDocument("the text is neither UTF-8 nor Windows-1252; save it as UTF-8") from None
        if _looks_binary(text):
            raise UnreadableDocument("this looks like a binary file, not text")
    return text


def _looks_binary(text: str) -> bool:
    return _more_than(_ODD, text, max(8, len(text) // 100))


def _more_than(pattern: re.Pattern, text: str, limit: int) -> bool:
    """Whether the pattern occurs more than limit times in the text (counted without a Python step per character)."""
    return sum(1 for _ in islice(pattern.finditer(text), limit + 1)) > limit


MAIL_HEADERS = ("From", "To", "Cc", "Date", "Subject")


def _email_text(data: bytes) -> str:
    """An e-mail (RFC 5322, MIME) as text: its From, To, Cc, Date and Subject lines, a blank line,
    and its message: the plain-text part, else the HTML part's visible text."""
    from email import policy
    from email.parser import BytesParser

    if data.count(b"\x00"):
        raise UnreadableDocument("this looks like a binary file, not an e-mail")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        head = [f"{name}: {' '.join(str(message[name]).split())}" for name in MAIL_HEADERS if message[name]]
        part = message.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
        html = part is not None and part.get_content_type() == "text/html"
    except Exception as exc:  # the email package raises many kinds on damaged messages
        raise UnreadableDocument(f"the e-mail could not be read ({type(exc).__name__})") from None
    if not isinstance(body, str):
        raise UnreadableDocument("the e-mail has no text to read")
    body = html_to_text(body) if html else body.replace("\r\n", "\n").replace("\r", "\n")
    if not head:
        raise UnreadableDocument("this is not an e-mail: it has no From, Date or Subject line")
    return "\n".join(head) + "\n\n" + body.strip() + "\n"


def _pdf_text(data: bytes) -> str:
    import io

    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise UnreadableDocument("PDF support needs pypdf") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableDocument("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            AssertionError, OSError, ZeroDivisionError) as exc:
        raise UnreadableDocument(f"the PDF is damaged or not a PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf raises many kinds on hostile input
        raise UnreadableDocument(f"the PDF could not be read ({type(exc).__name__})") from None
    return "\n\n".join(p.strip() for p in pages if p.strip())


class _TextExtractor(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
             "header", "footer", "ul", "ol", "table", "figcaption", "dl", "dt", "pre"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.depth = 0
        self.too_deep = False
        self.pre = 0  # inside a <pre> or <textarea>: its source lines are lines

    def handle_starttag(self, tag, attrs):
        self.depth += 1
        if self.depth > MAX_HTML_DEPTH:
            self.too_deep = True
        if tag in ("pre", "textarea"):
            self.pre += 1
        if tag in self.SKIP:
            self.skip += 1
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        self.depth = max(0, self.depth - 1)
        if tag in ("pre", "textarea"):
            self.pre = max(0, self.pre - 1)
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "dt":  # a term and its description on one line: "From: Department of ..."
            self.parts.append(" ")
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:  # a source line break (LF, CRLF or CR) is a space, but in a <pre>
            data = data.replace("\r\n", "\n").replace("\r", "\n")
            self.parts.append(data if self.pre else data.replace("\n", " "))


# a "<" that the parser reads as text wherever it stands: not followed by a letter, "/", "!" or "?"
_LONE_LT = re.compile(r"<(?![a-zA-Z/!?])")
# a "<![" that html.parser rejects (raises on) even with no ">" after it: anything but the end of the
# page, a name that runs to the end of the page, or one of the marked-section keywords it knows
_MARKED_SECTION_KEYWORDS = ("temp", "cdata", "ignore", "include", "rcdata", "if", "else", "endif")
_REJECTED_MARKED_SECTION = re.compile(
    r"<!\[(?!\Z|[a-zA-Z][-_.a-zA-Z0-9]*\s*\Z|(?:"
    + "|".join("".join(f"[{c}{c.upper()}]" for c in word) for word in _MARKED_SECTION_KEYWORDS)
    + r")(?![-_.a-zA-Z0-9]))")


def _text_lt(markup: str) -> tuple[str, str | None]:
    """The markup with every "<" that can only be read as text replaced by a character absent from
    it, and that character (None if there was nothing to replace).

    html.parser reads each such "<" with a round of its main loop, and each "<" after the last ">" of
    a page (an unfinished tag, end tag, declaration) it tries again to the end of the page: a long
    run of them is quadratic. Replaced, they are plain text, and the parser gives the same text with
    the character where the "<" stood. A "<![" it would reject is left, so that it still is."""
    last_gt = markup.rfind(">")
    in_tail = markup.find("<", last_gt + 1)
    lone = _LONE_LT.search(markup, 0, last_gt + 1)
    if in_tail < 0 and lone is None or "\x00" in markup:
        # (a NUL ends a tag name for the parser, which passes such a tag on as raw text, where a
        # replaced "<" would show; read_document never gets this far with one: it is a binary file)
        return markup, None
    # a printable character, so that an error message quoting the markup shows it as it is
    stand_in = next((ch for ch in map(chr, range(0x2400, 0x2427)) if ch not in markup), None)
    if stand_in is None:
        return markup, None
    head = markup[:last_gt + 1]
    if lone is not None:
        head = _LONE_LT.sub(stand_in, head)
    rest = markup[last_gt + 1:]
    rejected = _REJECTED_MARKED_SECTION.search(rest)
    keep = rejected.start() if rejected else len(rest)
    return head + rest[:keep].replace("<", stand_in) + rest[keep:], stand_in


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, blocks as paragraphs, headings as markdown headings.
    Scripts, styles and markup never reach the text; character references are decoded once."""
    parser = _TextExtractor()
    # a comment left open runs to the end of the page, as in a browser
    first_open = markup.find("<!--", (markup.rfind("-->") + 3) if "-->" in markup else 0)
    while first_open >= 0:
        markup = markup[:first_open]
        first_open = markup.find("<!--", (markup.rfind("-->") + 3) if "-->" in markup else 0)
    markup, stand_in = _text_lt(markup)
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError) as exc:
        message = str(exc) if stand_in is None else str(exc).replace(stand_in, "<")
        raise UnreadableDocument(f"the HTML could not be parsed ({message})") from None
    text = "".join(parser.parts)
    if stand_in is not None:
        text = text.replace(stand_in, "<")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
