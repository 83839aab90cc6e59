"""Markdown's front matter: YAML's between "---" lines or TOML's between "+++" lines (a static site's generator
writes either), the block read with its size bounded (``front_matter``), and its title, authors, date,
participants, publisher and address whatever keys its writer chose.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from azmap.corpus.date_parse import parse_date
from azmap.corpus.line_forms import _text
from azmap.corpus.person_names import _person

if TYPE_CHECKING:
    from azmap.corpus.metadata import Metadata

MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_YAML_NODES = 5000  # values in the front matter, each alias counted as often as it is used


def front_matter(text: str) -> tuple[dict, int]:
    """(metadata, offset of the body) of a document that starts with front matter: YAML's between "---" lines,
    or TOML's between "+++" lines alone on theirs (a ticker's "+++ 14:05 +++" flash line is none: the
    opening line holds nothing else, and the block must read as TOML)."""
    toml = bool(re.match(r"\+\+\+[ \t]*\r?\n", text))
    if not text.startswith("---") and not toml:
        return {}, 0
    end = re.search(r"^\+\+\+[ \t]*$" if toml else r"^(?:---|\.\.\.)\s*$", text[3:], re.M)
    if not end:
        return {}, 0
    if end.start() > MAX_FRONT_MATTER_CHARS:
        return {}, 0
    data = (_toml_data if toml else _front_matter_data)(text[3:3 + end.start()])
    if data is None:
        return {}, 0
    return data, 3 + end.end()


@lru_cache(maxsize=64)
def _front_matter_data(source: str) -> dict | None:
    """The mapping a front matter block holds, or None (read once: metadata and the segmenter both
    ask). Callers do not change it."""
    try:
        data = _bounded_yaml(source)
    except Exception:  # any YAML error, or too much of it: not front matter after all
        return None
    return data if isinstance(data, dict) else None


@lru_cache(maxsize=64)
def _toml_data(source: str) -> dict | None:
    """The mapping a TOML front matter block holds, or None where it is no TOML (bounded as YAML's is by
    MAX_FRONT_MATTER_CHARS: TOML has no aliases to expand)."""
    import tomllib

    try:
        return tomllib.loads(source)
    except (tomllib.TOMLDecodeError, ValueError):
        return None


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


_FM_DATE_KEYS = ("date", "published", "pubdate", "publish_date", "date_published", "created", "issued",
                 "updated", "modified", "lastmod")
_FM_AUTHOR_KEYS = ("author", "authors", "by", "byline", "contributors", "creator", "creators")


_WIKI_VALUE = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]")


def _unlinked(value):
    """A vault's property with its wiki links read as the words they show: "[[Name]]" as "Name",
    "[[People/Name|Name]]" as "Name"; unquoted, YAML reads "[[Name]]" as a list in a list."""
    from azmap.corpus.markdown_marks import wiki_shown

    if isinstance(value, str):
        m = _WIKI_VALUE.fullmatch(value.strip())
        return wiki_shown(m.group(1), m.group(2)) if m else value
    if isinstance(value, list):
        if len(value) == 1 and isinstance(value[0], list) and len(value[0]) == 1 and isinstance(value[0][0], str):
            target, _, shown = value[0][0].partition("|")
            return wiki_shown(target, shown)
        return [_unlinked(v) for v in value]
    return value


def _from_front_matter(meta: Metadata, fm: dict) -> None:
    """Title, authors, date, publisher and address from YAML front matter, whatever the keys its
    writer chose: a date under date/published/created/... (the publication before the update), authors
    as a string, a list of names ("Name (Affiliation)", "Name, Affiliation") or of mappings (name,
    affiliation)."""
    keys = {str(k).strip().lower(): v for k, v in fm.items()}
    meta.found("title", _text(keys.get("title")), "front matter")
    author = _unlinked(next((keys[k] for k in _FM_AUTHOR_KEYS if keys.get(k)), None))
    people = author if isinstance(author, list) else [author] if isinstance(author, dict) else None
    if people:
        found = []
        for item in people:
            if isinstance(item, dict):
                lowered = {str(k).lower(): v for k, v in item.items()}
                name = _text(lowered.get("name") or lowered.get("given") and
                             f"{lowered.get('given')} {lowered.get('family', '')}")
                if name:
                    found.append({"name": name, "affiliation": _text(lowered.get("affiliation") or
                                                                     lowered.get("organisation") or
                                                                     lowered.get("organization") or
                                                                     lowered.get("company") or
                                                                     lowered.get("employer")) or _posts_firm(lowered)})
            elif _text(item):
                found.append(_person(_text(item)))
        meta.found("authors", [a for a in found if a["name"]], "front matter")
    elif _text(author):
        meta.found("author", _text(author), "front matter")
    # a web clipper's properties: the page's address under "source" and the time it was clipped under "created"
    # (a copy's date, not the page's: the clipped page's own date line gives that)
    clipped = str(keys.get("source") or "").startswith(("http://", "https://"))
    for key in _FM_DATE_KEYS:
        value = keys.get(key)
        if value and clipped and key == "created":
            meta.evidence["clipped"] = f"the clipping's time, {value}"  # (clipped_page_date reads the page's date)
        elif value:
            meta.found("date", _day_first_where_not_english(str(value), keys) or parse_date(str(value)), "front matter")
            if meta.date:
                break
    people = next((keys[k] for k in ("participants", "speakers", "panelists", "panel", "attendees") if keys.get(k)),
                  None)
    if isinstance(people, list):
        meta.found("participants", [n for n in (_person(_text(p) or "")["name"] for p in people) if n], "front matter")
    meta.found("publisher", _text(keys.get("publisher") or keys.get("source") or keys.get("site")), "front matter")
    meta.found("url", _text(keys.get("url") or keys.get("link") or keys.get("canonical")), "front matter")


_POST_KEYS = ("title", "role", "position", "job_title", "jobtitle", "job")


def _posts_firm(entry: dict) -> str | None:
    """The firm an author entry's post names (Docusaurus's "title: Data engineer, Firm"; "role: Analyst at Firm"):
    writer_post.firm_in_post; None where no post names one."""
    from azmap.corpus.writer_post import firm_in_post

    post = next((entry[k] for k in _POST_KEYS if isinstance(entry.get(k), str)), None)
    return firm_in_post(post) if post else None


_FIGURES = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
# English's commonest words that no other language read writes ("the", "of", "and"): a page's title and
# description in English hold one or more
_ENGLISH = frozenset("the of and to is are was for that with from this what why how its into after over".split())


def _day_first_where_not_english(value: str, fm: dict) -> str | None:
    """A front matter's date in figures whose day and month could each be the other ("03-12-2026 08:30", a Grav
    page's form), read as the page's language writes it: the day first where its title and description hold no
    word of English's, else None (read as parse_date reads it)."""
    m = _FIGURES.match(value)
    if not m or int(m.group(1)) > 12 or int(m.group(3)) > 12:
        return None
    described = fm.get("metadata") if isinstance(fm.get("metadata"), dict) else {}
    words = " ".join(str(v) for v in (fm.get("title"), fm.get("description"), fm.get("summary"),
                                       described.get("description")) if v)
    found = {w.lower() for w in re.findall(r"[^\W\d_]+", words)}
    if not found or found & _ENGLISH:
        return None
    return f"{m.group(4)}-{int(m.group(3)):02d}-{int(m.group(1)):02d}"


_CLIPPED_HEAD_CHARS = 2000  # where the clipped page's date line stands: over its text


def clipped_page_date(text: str, start: int) -> str | None:
    """The date of a page clipped to markdown, from its own date line under the clipper's properties: the
    first short line of pieces between bars or dots ("**SECTION** | 20 maggio 2025, ore 11:05 | Aggiornato il 21
    maggio 2025") that holds a date, the publication's of several."""
    from azmap.corpus.date_parse import publication_date

    for line in text[start:start + _CLIPPED_HEAD_CHARS].split("\n"):
        plain = line.strip().replace("*", "")
        if len(plain) <= 140 and re.search(r"\s[|·•]\s", plain):
            when = publication_date(plain)
            if when:
                return when
    return None
