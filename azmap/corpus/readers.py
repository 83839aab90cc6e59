"""Reading a user's file into plain text: .txt, .md, .html and .pdf. Anything else, or anything
unreadable, raises UnreadableDocument with a message a user can act on."""
from __future__ import annotations


import re
from html.parser import HTMLParser
from pathlib import Path

from azmap.errors import UserError

MAX_BYTES = 25 * 1024 * 1024
MAX_HTML_DEPTH = 400
SUFFIX_FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                  ".html": "html", ".htm": "html", ".pdf": "pdf"}


class UnreadableDocument(UserError):
    pass


def detect_format(path: Path) -> str:
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnreadableDocument(f"unsupported file type '{path.suffix or '(none)'}': use .txt, .md, .html or .pdf")
    return fmt


def read_document(path: Path) -> tuple[str, str]:
    """(text, format) of a file, or UnreadableDocument."""
    path = Path(path)
    fmt = detect_format(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableDocument(f"cannot read: {exc.strerror or exc}") from None
    if not path.is_file():
        raise UnreadableDocument("not a regular file")
    if size == 0:
        raise UnreadableDocument("the file is empty")
    if size > MAX_BYTES:
        raise UnreadableDocument(f"the file is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    data = path.read_bytes()
    if fmt == "pdf":
        text = _pdf_text(data)
    else:
        text = _decode(data)
        if fmt == "html":
            text = html_to_text(text)
            fmt = "text"
    if not text.strip():
        raise UnreadableDocument("no readable text in the file")
    return text, fmt


def _decode(data: bytes) -> str:
    if data.count(b"\x00") > 0:
        raise UnreadableDocument("this looks like a binary file, not text")
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
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 200):
        raise UnreadableDocument("this looks like a binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    odd = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f" or 0x80 <= ord(ch) < 0xA0)
    return odd > max(8, len(text) // 100)


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
             "header", "footer", "ul", "ol", "table", "figcaption"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.depth = 0
        self.too_deep = False

    def handle_starttag(self, tag, attrs):
        self.depth += 1
        if self.depth > MAX_HTML_DEPTH:
            self.too_deep = True
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
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, blocks as paragraphs, headings as markdown headings.
    Scripts, styles and markup never reach the text; character references are decoded once."""
    parser = _TextExtractor()
    # a comment left open runs to the end of the page, as in a browser
    first_open = markup.find("<!--", (markup.rfind("-->") + 3) if "-->" in markup else 0)
    while first_open >= 0:
        markup = markup[:first_open]
        first_open = markup.find("<!--", (markup.rfind("-->") + 3) if "-->" in markup else 0)
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError) as exc:
        raise UnreadableDocument(f"the HTML could not be parsed ({exc})") from None
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
