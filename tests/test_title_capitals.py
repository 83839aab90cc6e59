"""A title in capitals over lines of its own with the text running on under it, no blank line between
(a PDF's first page pasted as text): the capital lines are the title, not the file name."""
import pytest

from azmap.corpus.metadata import from_text
from azmap.corpus.title_evidence import capitals_over_text

PROSE = ("Over the last decade the corridor has carried more freight each year, and the ministries on both\n"
         "banks of the sea have argued about who should pay for the new berths.\n")


@pytest.mark.parametrize("lines", [
    ["FREIGHT ACROSS THE CASPIAN:", "WHO PAYS FOR", "THE NEW BERTHS?"],
    ["GEORGIA AND AZERBAIJAN", "AFTER 2020"],
    ["THE MIDDLE CORRIDOR", "IN FIVE FIGURES, 2015–2024"],
])
def test_capital_lines_over_running_text_are_the_title(tmp_path, lines):
    text = "\n".join(lines) + "\n" + PROSE
    meta = from_text(text, tmp_path / "scan_0042.txt")
    assert meta.title.split() == " ".join(lines).split()
    assert meta.evidence["title"] != "file name"


@pytest.mark.parametrize("text", [
    "ANNEX\nTABLE 3\n2024 2025\n",                      # capitals over no prose
    "BAKU, 3 MARCH\nshort line\n",                      # a line too short to be text
    "Freight across the Caspian\n" + PROSE,              # no capitals
    "A\n" + PROSE,                                       # a single letter is no title
])
def test_no_title_from_capitals_where_no_text_runs_under_them(text):
    assert capitals_over_text(text) is None
