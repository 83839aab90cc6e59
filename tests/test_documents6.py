"""Real documents, sixth round (tests/fixtures/documents6): page furniture in forms the first five
rounds lacked (sign-up boxes mid-article, "Most read" lists, breadcrumbs, tags, author boxes,
comments, corrections, gallery captions, tables of contents, notes lists, live-blog time stamps,
digest headers and quoted replies, admonition markers, code blocks, link lists, slug lines,
emoji-only lines, hashtags; in PDFs a figure's labels among the body lines, a table in the body's
type, footnotes, running heads on alternating sides) and body paragraphs in forms a reader loses
(a transcript's turn of two paragraphs, a notice in two languages, an admonition's paragraph, a
live blog's entries, words hyphenated across lines, columns and pages).

The held-apart part (documents6/test) was written before the reader was changed for this round
and measured once with ``python -m tests.test_documents6 test``;
``test_the_held_apart_part_stays_where_it_was_measured`` keeps it from falling below that.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.test_documents2 import assert_no_worse, load_set, tally
from tests.test_documents3 import outcome

HERE = Path(__file__).resolve().parent / "fixtures" / "documents6"
PARTS = {part: load_set(HERE, part) for part in ("dev", "test")}


def measured(part: str) -> dict:
    """The figures of a part as the README's table gives them."""
    return tally(PARTS[part], [outcome(fx) for fx in PARTS[part]])


@pytest.fixture(scope="module")
def read_dev():
    return {fx["file"]: outcome(fx) for fx in PARTS["dev"]}


def test_both_parts_have_every_format_and_furniture_to_keep_out():
    assert len(PARTS["dev"]) >= 14 and len(PARTS["test"]) >= 8
    assert {fx["format"] for fx in PARTS["dev"]} == {"txt", "md", "html", "pdf"}
    assert {fx["format"] for fx in PARTS["test"]} == {"txt", "md", "html", "pdf"}
    assert all(fx["boilerplate_lines"] for docs in PARTS.values() for fx in docs)


@pytest.mark.parametrize("fx", PARTS["dev"], ids=[fx["file"] for fx in PARTS["dev"]])
def test_each_dev_document_is_read_as_annotated(fx, read_dev):
    """Title, date, authors and participants as the page states them; every body paragraph word for
    word, nothing else in the body, none of the page's furniture in it, its captions kept apart."""
    got = read_dev[fx["file"]]
    assert (got["title"], got["date"], got["authors"]) == (True, True, True), (got["got"], fx["title"], fx["date"])
    assert got["paragraphs"][0] == got["paragraphs"][1], [p[:60] for p in fx["body_paragraphs"]]
    assert (got["extra"], got["boilerplate"], got["captions"]) == ([], [], [])


if __name__ == "__main__":
    print(json.dumps(measured(sys.argv[1] if len(sys.argv) > 1 else "dev"), indent=1, ensure_ascii=False))
