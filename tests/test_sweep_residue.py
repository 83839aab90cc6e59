"""The sweep of the kinds left from documents9..documents18 (tests/sweep_residue.py): newsletters laid out in
tables. The development cells at the figures reached while tuning, the test cells at the floor they were
measured at once; and the judgement of a table that lays a page out (azmap/corpus/layout_tables.py)."""
import pytest
from lxml import html

from azmap.corpus import head_note, labelled_date, layout_tables
from tests import sweep_residue

# before the change (main's reader at dadf611), the development half's 6 cells: paragraphs 23/23, extra passages
# 16 (the letter's line, the heading, the section headings, a sponsor's block), section headings in the
# body 9, whole 3
DEV = {"cells": 12, "dates": 12, "authors": 12, "paragraphs": "41/41", "extra passages": 0, "furniture in body": 0,
       "captions lost": 0, "whole": 12, "participants": 12}
# the reference pages' 5 cells of each half (written after the layout change), main's reader: dev dates 4, test
# dates 3 ("First published" beside "Last reviewed"/"Last updated" dated by the first publication); a sixth
# development cell added while tuning (an explainer's "Updated … · First published …" stamp, documents3: main's
# reader and this branch date it by the publication)
# the test half measured once after the change, nothing tuned on it (main's reader: extra passages 17, section
# headings in the body 9, whole 3): every section heading a heading; a sponsor's block under a label the
# newsletter module does not know ("Avec le soutien de", "Gesponsert:") stands as a passage in two cells
TEST_FLOOR = {"cells": 11, "dates": 10, "authors": 11, "paragraphs": "38/38", "extra passages": 2,
              "furniture in body": 0, "captions lost": 0, "whole": 8, "participants": 11}
# (the reference pages' test cells measured once after their change, nothing tuned on them: 4 of 5 dated right;
# "Publicado por primera vez:" beside "Última actualización:" is dated by the first publication, the "first"
# label known in English only; read again, the same, after the rule was narrowed to "Last reviewed/updated" for
# documents3's explainer; then narrowed to "Last reviewed" when tests/sweep_html.py's news pages ("Last updated … ·
# First published …": the publication) were redated, and the test cell "first-published-last-updated", written as
# dated by the update against that decision, corrected to the publication: read a third time, 4 of 5 still)


_MORE_IS_BETTER = ("dates", "authors", "whole", "participants")


def test_each_half_has_its_own_cells_languages_and_traps():
    halves = {half: sweep_residue.cells(half) for half in ("dev", "test")}
    ids = [c["id"] for cs in halves.values() for c in cs]
    assert len(ids) == len(set(ids))
    assert all(sum("trap" in c["id"] for c in cs) >= 2 and len({c["lang"] for c in cs}) >= 3 for cs in halves.values())


@pytest.mark.parametrize("half,want", [("dev", DEV), ("test", TEST_FLOOR)])
def test_the_reader_keeps_its_figures_on_the_sweep(half, want):
    got = sweep_residue.figures(half, verbose=True)
    misses = got.pop("misses")
    worse = {field: (got[field], floor) for field, floor in want.items()
             if (got[field] < floor if field in _MORE_IS_BETTER else
                 got[field] > floor if isinstance(floor, int) else got[field] != floor)}
    assert not worse, (worse, misses)


def _table(markup: str):
    return html.fromstring(f"<html><body>{markup}</body></html>").find(".//table")


@pytest.mark.parametrize("markup,lays_out", [
    ('<table role="presentation"><tr><td>Logo</td><td>Menu</td></tr></table>', True),
    ("<table><tr><td><h2>2. Ports</h2></td></tr><tr><td>Short.</td></tr></table>", True),
    ("<table><tr><td>Line</td></tr><tr><td>Heading</td></tr><tr><td>" + "A sentence of the letter. " * 6
     + "</td></tr></table>", True),
    # tables of data: a head row, a caption, rows of several cells, a short column
    ("<table><tr><th>Port</th></tr><tr><td>Aktau</td></tr><tr><td>Alat</td></tr><tr><td>Kuryk</td></tr></table>", False),
    ("<table><caption>Ports</caption><tr><td><h3>Aktau</h3></td></tr></table>", False),
    ("<table><tr><td>Alat</td><td>503</td></tr><tr><td>Kars</td><td>76</td></tr><tr><td>Poti</td><td>12</td></tr></table>",
     False),
    ("<table><tr><td>Aktau</td></tr><tr><td>Alat</td></tr><tr><td>Kuryk</td></tr></table>", False),
])
def test_a_table_that_lays_out_is_told_from_one_of_data(markup, lays_out):
    assert layout_tables.lays_out(_table(markup)) is lays_out


def test_a_frame_around_a_layout_table_is_unwrapped_and_a_data_table_inside_kept():
    tree = html.fromstring(
        '<html><body><table width="100%"><tr><td><table><tr><td><h1>Issue 4</h1></td></tr>'
        "<tr><td>Plain text of the letter.</td></tr><tr><td><table><tr><th>Port</th><th>Days</th></tr>"
        "<tr><td>Alat</td><td>4</td></tr></table></td></tr></table></td></tr></table></body></html>")
    assert layout_tables.unwrap(tree) == 2
    assert [t.xpath("string(.)") for t in tree.iter("table")] == ["PortDaysAlat4"]
    assert [p.text for p in tree.iter("p")] == ["Plain text of the letter."]


# the head notes' 5 cells a half; before the change (main's reader at dadf611): dev titles 4, bodies 2; test titles
# 5, bodies 2 (the rest 5). The one development title missed is another kind: a title opening with "Por qué"
# read as a byline ("Por …"), left as it is.
TEXT_DEV = {"cells": 5, "title": 4, "date": 5, "authors": 5, "participants": 5, "body": 5}
# the test half measured once after the change, nothing tuned on it
TEXT_TEST_FLOOR = {"cells": 5, "title": 5, "date": 5, "authors": 5, "participants": 5, "body": 5}


@pytest.mark.parametrize("half,want", [("dev", TEXT_DEV), ("test", TEXT_TEST_FLOOR)])
def test_the_head_notes_stay_at_their_figures(half, want):
    got = sweep_residue.text_figures(half)
    short = {f: (got[f], floor) for f, floor in want.items() if got[f] < floor}
    assert got["cells"] == want["cells"] and not short, (short, sweep_residue.text_misses(half))


@pytest.mark.parametrize("raw,note", [
    ("> This letter was sent on 2 June 2025 to the ministers.", True),
    ("> Aktualisiert am 3.6.2025:\n> der zweite Absatz wurde berichtigt.", True),
    ("> Обновлено 5 мая 2025 года.", True),
    # no day, not quoted throughout, too long to be a note
    ("> This letter was sent in 2025 to the ministers.", False),
    ("> Sent on 2 June 2025\nto the ministers.", False),
    ("> " + "On 2 June 2025 the ministers met and talked at length about the ferries. " * 7, False),
])
def test_a_head_note_is_quoted_short_and_dated(raw, note):
    assert head_note.is_head_note(raw) is note


@pytest.mark.parametrize("text,date,want", [
    ("First published: 3 February 2023\nLast reviewed: 12 August 2025\n", "2023-02-03", ("2025-08-12", True)),
    ("First published: 3 February 2023\nLast reviewed: 12 August 2025\n", None, ("2025-08-12", True)),
    # a news page's publication and update; a first publication alone
    ("Published 14 May 2025\nUpdated 15 May 2025\n", "2025-05-14", ("2025-05-14", False)),
    ("First published: 3 February 2023\n", "2023-02-03", ("2023-02-03", False)),
    ("Updated 2 March 2025 · First published 14 November 2023\n", "2023-11-14", ("2023-11-14", False)),
    ("Last updated 5 July 2024 · First published 27 June 2024\n", "2024-06-27", ("2024-06-27", False)),
])
def test_a_page_kept_up_is_dated_by_its_last_review(text, date, want):
    assert labelled_date.page_date(text, date) == want
