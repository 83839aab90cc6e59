"""Real documents, thirteenth round (tests/fixtures/documents13): the kinds documents11 showed the
reader missing, in documents of their own: participants listed under "Present:", "Members present:",
"Witnesses:" or a "Participants" heading (the lists furniture, not body); authors named only at the
end (a note saying who took the minutes, a wire trailer, "Interviewed by", a signature block); titles
under a committee's name, a record's warning or a translation note, and "Subject:" label lines; a
weekday date line without a comma; markdown task lists and pandoc's title block, notes and tables;
an e-mail newsletter's furniture.

Only a development part: the held-apart reading of these kinds is documents11's (its README).
``python -m tests.test_documents13`` prints the part's figures.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import test_documents2 as rounds

DEV = {fx["file"]: fx for fx in rounds.load_set(Path(__file__).resolve().parent / "fixtures" / "documents13", "dev")}


def test_the_part_holds_each_text_format_with_furniture_in_every_document():
    assert len(DEV) >= 8 and {fx["format"] for fx in DEV.values()} == {"txt", "md", "html"}
    assert all(fx["boilerplate_lines"] and fx["body_paragraphs"] for fx in DEV.values())


@pytest.mark.parametrize("name", sorted(DEV))
def test_each_dev_document_reads_as_annotated(name):
    """Title, date, authors with their affiliation and the participants as the document states them;
    every body paragraph word for word, nothing else in the body, none of its furniture in it."""
    from tests.test_documents3 import outcome

    rounds.assert_read_as_annotated(outcome(DEV[name]), DEV[name])


if __name__ == "__main__":
    print(json.dumps(rounds.part_figures({"dev": list(DEV.values())}, "dev"), indent=1, ensure_ascii=False))
