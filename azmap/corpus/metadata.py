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

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = [  # (pattern, groups as (day, month, year) positions)
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "mn", "d")),
    (re.compile(r"\b(\d{1,2})[ -]" + _MONTH + r"[ ,-]*(\d{4})\b", re.I), ("d", "m", "y")),
    (re.compile(r"\b" + _MONTH + r" (\d{1,2}),? (\d{4})\b", re.I), ("m", "d", "y")),
    (re.compile(r"\b" + _MONTH + r",? (\d{4})\b", re.I), ("m", "y")),
]
_BYLINE = re.compile(r"^\s*(?:by|written by|words by)\s+(.{3,80}?)\s*$", re.I)
_PERSON = re.compile(r"^(?:(?:Dr|Prof)\.? )?[A-Z][a-zà-ÿəıçşğöü'’-]+(?: [A-Z]\.)?(?: (?:van |de |al-)?[A-Z][\w'’-]+){1,2}$")
_RELEASE = re.compile(r"^(for immediate release|press release|news release|embargoed.*)$", re.I)
_PUBLISHED = re.compile(r"^(published|updated|posted|last updated)\b", re.I)
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_YAML_NODES = 5000  # values in the front matter, each alias counted as often as it is used
_SERIES = re.compile(r"(\||\bno\.\s*\d|\bpart \d|\bworking paper\b|\bbrief\b|\bseries\b|\bservice\b|\bissue \d)", re.I)


class Metadata:
    __slots__ = ("title", "author", "date", "publisher", "url", "body_start")

    def __init__(self, title=None, author=None, date=None, publisher=None, url=None, body_start=0):
        self.title, self.author, self.date, self.publisher, self.url = title, author, date, publisher, url
        self.body_start = body_start  # offset in the text where the body begins

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def parse_date(text: str) -> str | None:
    """The first date in a line, as ISO (yyyy-mm-dd, or yyyy-mm when the day is not given)."""
    best = None
    for rx, order in _DATES:
        m = rx.search(text)
        if not m or (best and best[0] <= m.start()):
            continue
        parts = dict(zip(order, m.groups()))
        try:
            year = int(parts["y"])
            month = int(parts["mn"]) if "mn" in parts else MONTHS[parts["m"].lower()[:3]]
            day = int(parts["d"]) if "d" in parts else None
        except (KeyError, ValueError):
            continue
        if not (1800 <= year <= 2100 and 1 <= month <= 12 and (day is None or 1 <= day <= 31)):
            continue
        best = (m.start(), f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else ""))
    return best[1] if best else None


def front_matter(text: str) -> tuple[dict, int]:
    """(metadata, offset of the body) of a document that starts with YAML front matter."""
    if not text.startswith("---"):
        return {}, 0
    end = re.search(r"^(?:---|\.\.\.)\s*$", text[3:], re.M)
    if not end:
        return {}, 0
    if end.start() > MAX_FRONT_MATTER_CHARS:
        return {}, 0
    try:
        data = _bounded_yaml(text[3:3 + end.start()])
    except Exception:  # any YAML error, or too much of it: not front matter after all
        return {}, 0
    if not isinstance(data, dict):
        return {}, 0
    return data, 3 + end.end()


def _bounded_yaml(source: str):
    """The YAML document in source, as yaml.safe_load reads it, unless it holds more than
    MAX_YAML_NODES nodes with its aliases expanded (a few hundred bytes of aliases to aliases
    expand to billions): ValueError then. The document is composed first (an alias is one node
    however often it is used), its expanded size counted, and only then constructed."""
    import yaml

    loader = yaml.SafeLoader(source)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        seen, stack = 0, [node]
        while stack:
            seen += 1
            if seen > MAX_YAML_NODES:
                raise ValueError(f"front matter of more than {MAX_YAML_NODES} values")
            item = stack.pop()
            if isinstance(item, yaml.MappingNode):
                for key, value in item.value:
                    stack += (key, value)
            elif isinstance(item, yaml.SequenceNode):
                stack += item.value
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _upper_share(line: str) -> float:
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _is_prose(block: str) -> bool:
    """Running prose: a long stretch, mostly lower case, that ends a sentence (titles, standfirsts
    and bylines do not end with a full stop)."""
    flat = " ".join(block.split())
    return len(flat) >= 60 and bool(re.search(r"[\w%)][.!?][\"”’)]?$", flat)) and _upper_share(flat) < 0.3 \
        and not _BYLINE.match(flat)


def from_text(text: str, path: Path | None = None) -> Metadata:
    """The metadata a plain-text or markdown document states at its top."""
    meta = Metadata()
    fm, offset = front_matter(text)
    if fm:
        meta.title = _text(fm.get("title"))
        author = fm.get("author") or fm.get("authors")
        meta.author = ", ".join(map(str, author)) if isinstance(author, list) else _text(author)
        meta.date = parse_date(str(fm.get("date"))) if fm.get("date") else None
        meta.publisher = _text(fm.get("publisher") or fm.get("source") or fm.get("site"))
        meta.url = _text(fm.get("url") or fm.get("link") or fm.get("canonical"))
        meta.body_start = offset
    # the header: blocks (separated by blank lines) before the first paragraph of prose
    header: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[offset:]):
        block = m.group(0)
        if _is_prose(block) or len(header) >= 14:
            break
        if not _looks_like_header_line(" ".join(block.split())):
            break
        if block.lstrip().startswith("#") and header and meta.title:
            break  # a section heading after the title: the body has begun
        for line_m in re.finditer(r"[^\n]+", block):
            header.append((offset + m.start() + line_m.start(), offset + m.start() + line_m.end(), line_m.group(0)))
    body_start = meta.body_start
    title_seen = bool(meta.title)
    author_line = False
    for start, end, raw in header:
        line = raw.strip().strip("*_").strip()
        plainline = re.sub(r"^#+\s*", "", line)
        if not line:
            continue
        consumed = True
        was_author, author_line = author_line, False
        byline = _BYLINE.match(plainline)
        date = parse_date(plainline)
        if byline:
            meta.author = meta.author or _strip_affiliation(byline.group(1))
        elif _RELEASE.match(plainline):
            pass
        elif date and (len(plainline) <= 60 or _PUBLISHED.match(plainline) or "|" in plainline):
            meta.date = meta.date or date
            pub = [p.strip() for p in re.split(r"[|·]", plainline) if p.strip() and not parse_date(p)
                   and not _SERIES.search(p) and not re.search(r"\bvol\.?\s*\d", p, re.I)]
            if pub and not meta.publisher and not _PUBLISHED.match(pub[0]) and len(re.split(r"[|·]", plainline)) > 1:
                meta.publisher = pub[0].title() if _upper_share(pub[0]) > 0.9 else pub[0]
        elif not title_seen and _is_kicker(plainline):
            if _upper_share(plainline) > 0.9 and "SERVICE" in plainline.upper():
                meta.publisher = meta.publisher or plainline.split("|")[0].strip().title()
        elif not title_seen and _is_slug(plainline):
            pass
        elif not title_seen:
            meta.title = plainline
            title_seen = True
        elif not meta.author and _PERSON.match(plainline):
            meta.author = plainline
            author_line = True
        elif was_author and not meta.publisher and "@" not in plainline and len(plainline) <= 90 \
                and plainline[:1].isupper() and not plainline.endswith("."):
            meta.publisher = plainline  # the affiliation under the author's name
        else:
            consumed = _looks_like_header_line(plainline)
        if consumed:
            body_start = max(body_start, end)
    meta.body_start = body_start
    if not meta.title and path is not None:
        meta.title = Path(path).stem
    return meta


def _text(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _strip_affiliation(name: str) -> str:
    return re.split(r"\s*(?:,|\||\band\b(?= [A-Z][a-z]+ [A-Z]))\s*", name, maxsplit=1)[0].strip() if "," in name \
        or "|" in name else name.strip()


def _is_kicker(line: str) -> bool:
    return bool(_SERIES.search(line)) and (_upper_share(line) > 0.6 or "|" in line) and len(line) <= 90


def _is_slug(line: str) -> bool:
    """A wire slug: AZERBAIJAN-GAS/EXPORTS (UPDATE 1)."""
    return _upper_share(line) > 0.9 and bool(re.search(r"[/\-]|\(UPDATE", line)) and " " not in line.strip()[:12] \
        or bool(re.search(r"\(UPDATE \d+\)", line))


def _looks_like_header_line(line: str) -> bool:
    """A subtitle, standfirst, affiliation or e-mail line under the title (not body); a sentence
    of six words or more that ends with a full stop is body."""
    return len(line) <= 200 and not (len(line.split()) >= 6 and re.search(r"[.!?][\"”’)]?$", line))


def guess_title(text: str, path: Path) -> str:
    """The document's title as it states it, or the file's name."""
    return from_text(text, path).title or Path(path).stem
