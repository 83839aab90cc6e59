"""The side panel's content as HTML. Passage text is data: every character is escaped here."""
from __future__ import annotations

from html import escape

KIND_LABELS = {"country": "Country", "exclave": "Exclave", "territory": "Former autonomous oblast",
               "district": "District", "group": "Group of districts", "sea": "Sea", "route": "Route",
               "site": "Site", "city": "City"}


QUERY_SHOWN = 80  # characters of a search shown in the panel's heading


def count(n: int, noun: str) -> str:
    """"no passage", "1 passage", "3 passages"."""
    return f"no {noun}" if n == 0 else f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def for_readers(text: str) -> str:
    """A description without the references meant for maintainers ("see SOURCES.md")."""
    import re

    text = re.sub(r"\s*\((?:[^()]*?;\s*)?see [\w./-]+\.md\)", "", text)
    text = re.sub(r"[,;]?\s*see [\w./-]+\.md\b", "", text)
    return text.strip()


def shown_query(query: str) -> str:
    query = " ".join(query.split())
    return query if len(query) <= QUERY_SHOWN else query[:QUERY_SHOWN].rstrip() + "…"


def marked_text(text: str, mentions: list[dict], focus: set[str]) -> str:
    """Escaped text with mentions wrapped: <mark> for the focused features, underline for others."""
    spans = []
    # a search's own words win over a feature's name at the same place: they are what was asked
    for m in sorted(mentions, key=lambda m: (m["start"], m.get("how") != "query", -(m["end"] - m["start"]))):
        if m.get("how") == "related" and m.get("feature_id") not in focus:
            continue
        if spans and m["start"] < spans[-1][1]:
            continue
        is_focus = m.get("feature_id") in focus or m.get("how") == "query"
        spans.append((m["start"], m["end"], is_focus, m.get("how") == "related"))
    out, pos = [], 0
    for s, e, is_focus, related in spans:
        out.append(escape(text[pos:s]))
        frag = escape(text[s:e])
        if is_focus:
            bg = "#ffe08a" if not related else "#e6e6e6"
            out.append(f'<span style="background:{bg};font-weight:600">{frag}</span>')
        else:
            out.append(f'<span style="text-decoration:underline;color:#1d4f7a">{frag}</span>')
        pos = e
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


def citation(hit) -> str:
    return hit.short_citation() + (f", section “{hit.heading}”" if hit.heading else "")


def why_line(mentions: list[dict], focus: set[str]) -> str:
    """Why the passage is linked to the focused features: the reasons of their mentions (the
    evidence that decided each), unsure ones said so. Empty when nothing is stored."""
    reasons = []
    for m in mentions:
        if m.get("feature_id") in focus and m.get("how") not in ("related", "query") and m.get("reason"):
            r = ("unsure — " if m.get("unsure") else "") + m["reason"]
            if r not in reasons:
                reasons.append(r)
    if not reasons:
        return ""
    more = f" (+{len(reasons) - 2} more)" if len(reasons) > 2 else ""
    return f'<div style="color:#777;font-size:10px">why: {escape("; ".join(reasons[:2]))}{more}</div>'


def passage_card(hit, index: int, focus: set[str], active: bool = False, chosen: bool = False) -> str:
    badge = "" if hit.relation == "direct" else ' <span style="color:#777">· related</span>'
    if any(m.get("unsure") for m in hit.mentions if m.get("feature_id") in focus):
        badge += ' <span style="color:#a15c00">· unsure</span>'
    border = "#00b8d4" if active else "#d0d0d0"
    return (f'<a name="p{index}"></a><div style="margin:6px 0 10px 0;padding:6px 8px;border-left:4px solid {border}">'
            f'<div style="color:#555;font-size:11px">{escape(hit.author or "author unknown")} · '
            f'<i>{escape(hit.title)}</i> · {escape(hit.date or "undated")}'
            f'{(" · § " + escape(hit.heading)) if hit.heading else ""}{badge}</div>'
            f'<div style="margin:4px 0">{marked_text(hit.text, hit.mentions, focus)}</div>{why_line(hit.mentions, focus)}'
            f'<div style="font-size:11px"><a href="azmap:passage/{index}">show on map</a> · '
            f'<a href="azmap:context/{index}">read in context</a> · '
            f'<a href="azmap:copy/{index}">copy with citation</a> · '
            f'<a href="azmap:pin/{index}">{"✓ chosen for view (undo)" if chosen else "choose for view"}</a> · '
            f'<a href="azmap:fix/{index}">correct links…</a></div></div>')


MORE_LINK = '<p style="margin:8px 0 14px 0"><a href="azmap:more/0"><b>Show more passages</b></a></p>'


def timeline_html(events: list, year: int | None) -> str:
    """What changed when, the events up to the chosen year in bold."""
    if not events:
        return ""
    rows = "".join(f'<tr><td style="padding-right:6px;color:#555">{int(y)}</td>'
                   f'<td>{"<b>" if year is not None and y <= year else ""}{escape(str(t))}'
                   f'{"</b>" if year is not None and y <= year else ""}</td></tr>' for y, t in events)
    return f'<table style="font-size:11px;margin:0 0 8px 0">{rows}</table>'


def feature_panel(feature, hits, active: int | None = None, year: int | None = None, more: bool = False,
                  chosen: set[str] = frozenset(), notes=(), timeline=(), timeline_year: int | None = None,
                  empty: str | None = None) -> str:
    """``year``: the passage filter's year (None when off); ``notes``: plain sentences said under the
    header (the feature's status in the chosen year, what the filter hides, a view's passages not
    found); ``empty``: what to say when there is no passage, if not that none speaks of it."""
    from azmap.lengths import published_length_line

    kind = KIND_LABELS.get(feature.kind, feature.kind)
    years = feature.years_label()
    length = published_length_line(feature)  # a route: its published length and who published it
    head = (f'<h2 style="margin:2px 0">{escape(feature.name)}</h2>'
            f'<div style="color:#555">{escape(kind)}{(" · " + escape(years)) if years else ""}</div>'
            + (f'<div style="color:#555;font-size:11px">{escape(length)}</div>' if length else "")
            + f'<p style="margin:6px 0 10px 0">{escape(for_readers(feature.description))}</p>'
            + timeline_html(list(timeline), timeline_year)
            + "".join(f'<p style="margin:2px 0 8px 0;color:#8a4b00"><i>{escape(n)}</i></p>' for n in notes))
    if not hits and empty:
        return head + f'<p style="color:#777"><i>{escape(empty)}</i></p>'
    if not hits:
        scope = f" in passages that mention a year within 3 of {year}" if year else ""
        return head + f'<p style="color:#777"><i>No passage of the sources speaks of {escape(feature.name)}{scope}.</i></p>'
    direct = sum(1 for h in hits if h.relation == "direct")
    naming = (f'{"The best " if more else ""}{count(direct, "passage")} naming it' if direct
              else "No passage names it")
    related = len(hits) - direct
    head += (f'<div style="color:#333;font-size:11px">{naming}{", " + count(related, "related passage") if related else ""}'
             f'{(" · mentioning a year within 3 of " + str(year)) if year else ""}'
             f'{" · more below" if more else ""}</div>')
    return (head + "".join(passage_card(h, i, {feature.id}, active == i, h.passage_id in chosen)
                           for i, h in enumerate(hits))
            + (MORE_LINK if more else ""))


ANY_WORD_NOTE = "No passage has all the words; showing passages with any of them."
NONE_FOUND = "None of the passages chosen for this view was found in its document."


def view_panel(title: str, hits, active: int | None = None, chosen: set[str] = frozenset(), notes=()) -> str:
    """A saved view's chosen passages when it selects no feature: its title, what was not found, the passages."""
    head = (f'<h2 style="margin:2px 0">{escape(title or "Saved view")}</h2>'
            + "".join(f'<p style="margin:2px 0 8px 0;color:#8a4b00"><i>{escape(n)}</i></p>' for n in notes))
    if not hits:
        return head + f'<p style="color:#777"><i>{escape(NONE_FOUND)}</i></p>'
    return head + "".join(passage_card(h, i, set(), active == i, h.passage_id in chosen) for i, h in enumerate(hits))


def search_panel(query: str, hits, active: int | None = None, more: bool = False,
                 chosen: set[str] = frozenset(), matched: str = "all") -> str:
    head = f'<h2 style="margin:2px 0">Search: {escape(shown_query(query))}</h2>'
    if not hits:
        return head + '<p style="color:#777"><i>Nothing in the sources matches.</i></p>'
    if matched == "any":
        head += f'<p style="margin:2px 0 8px 0;color:#8a4b00"><i>{ANY_WORD_NOTE}</i></p>'
    head += (f'<div style="color:#333;font-size:11px">{"The best " if more else ""}{count(len(hits), "passage")}'
             f'{" · more below" if more else ""}</div>')
    return (head + "".join(passage_card(h, i, set(), active == i, h.passage_id in chosen) for i, h in enumerate(hits))
            + (MORE_LINK if more else ""))


def welcome_panel(counts: dict | None, problem: str | None = None) -> str:
    body = ('<h2>azmap</h2><p>Click a country, district, route or site on the map to read what the sources '
            'say about it. <b>Ctrl+F</b> searches the passages; the slider sets the year.</p>')
    if counts:
        body += (f'<p style="color:#555">{counts["documents"]} documents, {counts["body_passages"]} passages '
                 'in the corpus.</p>')
    if problem:
        body += f'<p style="color:#a00"><b>{escape(problem)}</b></p>'
    return body


def context_html(document: dict, spans: list, title_extra: str = "") -> str:
    """The whole document, escaped, with the passage's spans highlighted and an anchor at the first."""
    text = document["text"]
    out, pos = [], 0
    for i, (s, e) in enumerate(spans):
        out.append(escape(text[pos:s]))
        anchor = '<a name="passage"></a>' if i == 0 else ""
        out.append(f'{anchor}<span style="background:#ffe08a">{escape(text[s:e])}</span>')
        pos = e
    out.append(escape(text[pos:]))
    meta = (f'<h3>{escape(document["title"])}</h3><div style="color:#555">'
            f'{escape(document.get("author") or "author unknown")} · {escape(document.get("date") or "undated")}'
            f'{(" · " + escape(document["publisher"])) if document.get("publisher") else ""}</div><hr/>')
    return meta + '<div style="white-space:pre-wrap;font-family:serif">' + "".join(out) + "</div>"


def reading_html(document: dict, passages: list[dict], focus_seq: int) -> str:
    """The document as cleaned into passages, in order: section headings, paragraphs, and notes
    and references at the end, footnote markers as superscripts linked to their notes; the
    passage being read is highlighted and has the anchor "passage"."""
    import re

    meta = (f'<h3>{escape(document["title"])}</h3><div style="color:#555">'
            f'{escape(document.get("author") or "author unknown")} · {escape(document.get("date") or "undated")}'
            f'{(" · " + escape(document["publisher"])) if document.get("publisher") else ""}</div><hr/>')
    body, notes, heading = [], [], None
    notes_by_number = {}
    for p in passages:
        m = re.match(r"^\[?\^?(\d{1,3})\]?:?\s", p["text"])
        if p["kind"] in ("footnote", "reference") and m:
            notes_by_number[m.group(1)] = True
    for p in passages:
        text = escape(p["text"]).replace("\n", "<br/>")
        if p["kind"] in ("footnote", "reference"):
            m = re.match(r"^\[?\^?(\d{1,3})\]?:?\s", p["text"])
            anchor = f'<a name="note{m.group(1)}"></a>' if m else ""
            notes.append(f'<p style="font-size:11px;color:#444">{anchor}{text}</p>')
            continue
        if p["heading"] and p["heading"] != heading:
            heading = p["heading"]
            body.append(f'<h4 style="margin:12px 0 4px 0">{escape(heading)}</h4>')
        if notes_by_number:  # markers left in the text ("pipeline.3") point to their notes
            text = re.sub(r"(?<=[a-z.,;:”\"’)])(\d{1,2})(?=\s|$)",
                          lambda m: (f'<sup><a href="#note{m.group(1)}">{m.group(1)}</a></sup>'
                                     if m.group(1) in notes_by_number else m.group(0)), text)
        if p.get("notes"):  # what the reader repaired in the source's text, said where it did
            text += "".join(f'<br/><span style="color:#8a4b00;font-size:11px"><i>{escape(n)}</i></span>'
                            for n in p["notes"])
        if p["seq"] == focus_seq:
            body.append(f'<a name="passage"></a><p style="background:#ffe08a">{text}</p>')
        elif p["kind"] == "body":
            body.append(f"<p>{text}</p>")
        elif p["kind"] == "boilerplate":  # credits, hatnotes, related links, running heads, figure labels
            body.append(f'<p style="color:#777;font-size:11px"><i>page furniture:</i> {text}</p>')
        else:
            body.append(f'<p style="color:#777;font-size:11px">{text}</p>')
    tail = ('<hr/><h4>Notes and references</h4>' + "".join(notes)) if notes else ""
    return meta + '<div style="font-family:serif">' + "".join(body) + tail + "</div>"


def citation_text(hit) -> str:
    """What "copy with citation" puts on the clipboard (the same words as `azmap cite`)."""
    from azmap.citation import text

    return text(hit)
