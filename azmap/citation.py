"""Citations of a passage in the forms analysts paste: plain text (what "copy with citation"
puts on the clipboard), RIS, BibTeX and CSL-JSON. One formatter for the panel, the CLI and
exports, so a quotation and its source always travel together in the same words."""
from __future__ import annotations

import json
import re

FORMATS = ("text", "ris", "bibtex", "csl-json")


def source_line(hit) -> str:
    """Author, “title” (date), publisher, section, URL: what is known, nothing invented."""
    parts = [hit.short_citation()]
    if getattr(hit, "publisher", None):
        parts.append(hit.publisher)
    if hit.heading:
        parts.append(f"section “{hit.heading}”")
    if getattr(hit, "url", None):
        parts.append(hit.url)
    return ", ".join(parts)


def text(hit) -> str:
    return f"“{hit.text}”\n— {source_line(hit)}"


def _year_month_day(date: str | None) -> list[int]:
    if not date:
        return []
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    return [int(g) for g in m.groups() if g] if m else []


def ris(hit) -> str:
    lines = ["TY  - GEN", f"TI  - {hit.title}"]
    if hit.author:
        lines.append(f"AU  - {hit.author}")
    ymd = _year_month_day(hit.date)
    if ymd:
        lines.append(f"PY  - {ymd[0]}")
        lines.append("DA  - " + "/".join(f"{v:02d}" if i else str(v) for i, v in enumerate(ymd)))
    if getattr(hit, "publisher", None):
        lines.append(f"PB  - {hit.publisher}")
    if getattr(hit, "url", None):
        lines.append(f"UR  - {hit.url}")
    if hit.heading:
        lines.append(f"N1  - Section: {hit.heading}")
    lines.append(f"N1  - Quoted passage: {hit.text}")
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"


def _bib_escape(value: str) -> str:
    return re.sub(r"([{}\\&%$#_^~])", r"\\\1", value)


def bibtex(hit) -> str:
    key = re.sub(r"[^A-Za-z0-9]+", "", hit.doc_id)[:40] or "source"
    fields = [("title", hit.title), ("author", hit.author), ("publisher", getattr(hit, "publisher", None)),
              ("url", getattr(hit, "url", None)), ("note", f"Section: {hit.heading}" if hit.heading else None)]
    ymd = _year_month_day(hit.date)
    if ymd:
        fields.append(("year", str(ymd[0])))
    if hit.date:
        fields.append(("date", hit.date))
    body = ",\n".join(f"  {k} = {{{_bib_escape(v)}}}" for k, v in fields if v)
    return f"@misc{{{key},\n{body}\n}}\n"


def csl_json(hit) -> str:
    item = {"id": hit.passage_id, "type": "document", "title": hit.title}
    if hit.author:
        item["author"] = [{"literal": hit.author}]
    ymd = _year_month_day(hit.date)
    if ymd:
        item["issued"] = {"date-parts": [ymd]}
    if getattr(hit, "publisher", None):
        item["publisher"] = hit.publisher
    if getattr(hit, "url", None):
        item["URL"] = hit.url
    if hit.heading:
        item["section"] = hit.heading
    item["note"] = hit.text
    return json.dumps([item], ensure_ascii=False, indent=1) + "\n"


def cite(hit, fmt: str = "text") -> str:
    try:
        return {"text": text, "ris": ris, "bibtex": bibtex, "csl-json": csl_json}[fmt](hit)
    except KeyError:
        raise ValueError(f"unknown citation format {fmt!r}; use one of {', '.join(FORMATS)}") from None
