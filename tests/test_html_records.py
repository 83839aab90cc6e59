"""Records, rosters and standfirsts by position taken out of a page (azmap/corpus/html_records.py), the
writer's credit at the foot (foot_credit.py) and a short heading the <title> holds (short_heading.py): the
look-alikes each keeps."""
from lxml import html as lxml_html

from azmap.corpus.foot_credit import credit_at_foot
from azmap.corpus.html_records import drop_records
from azmap.corpus.reading import _TITLE_SEPARATOR
from azmap.corpus.short_heading import title_holding


def _left(markup: str) -> str:
    tree = lxml_html.fromstring(markup)
    drop_records(tree)
    return " ".join(tree.text_content().split())


def test_a_list_of_label_value_facts_goes_but_not_one_of_those_present_or_of_sentences():
    facts = "<ul><li>Datum: 3. Mai 2026</li><li>Ort: Rathaus, Gəncə</li><li>Eintritt: frei</li></ul>"
    assert "Rathaus" not in _left(f"<div><h1>Tagung</h1>{facts}<p>Text.</p></div>")
    present = "<ul><li>Host: Aygun Rzayeva</li><li>Guests: Tamar Lomidze and Olzhas Bekov</li></ul>"
    assert "Aygun Rzayeva" in _left(f"<div>{present}</div>")
    points = ("<ul><li>Costs: the line will cost about a third more than planned, the ministry said.</li>"
              "<li>Timing: the first trains are now expected in the spring of 2027, a year late.</li></ul>")
    assert "a third more" in _left(f"<div>{points}</div>")


def test_a_roster_goes_unless_it_lists_those_present():
    roster = ("<ul><li>Dr. Selin Aksoy, Senior Fellow, Marmara Institute</li>"
              "<li>Giorgi Tsereteli (chair)</li></ul>")
    assert "Selin Aksoy" not in _left(f"<div><h2>Panel</h2>{roster}</div>")
    assert "Selin Aksoy" in _left(f"<div><h2>Attendees</h2>{roster}</div>")


def test_a_standfirst_over_the_dated_byline_goes_but_not_a_byline_line_or_an_interview_introduction():
    byline = '<div>By <a href="/a/x">Rana Guliyeva</a> · <time datetime="2025-04-02">2 April 2025</time></div>'
    lead = "<p>The port wants more ferries. The ministry wants fewer queues.</p>"
    assert "more ferries" not in _left(f"<article><h1>Ferries</h1>{lead}{byline}<p>Text.</p></article>")
    assert "more ferries" in _left(f"<article><h1>Ferries</h1>{byline}{lead}<p>Text.</p></article>")
    for kept in ("<p>A report by Caspian Shore Watch</p>",
                 "<p>An interview with Rana Guliyeva, harbour pilot at Alat.</p>"):
        assert kept[3:20] in _left(f"<article><h1>Ferries</h1>{kept}{byline}<p>Text.</p></article>")


def test_the_writers_credit_at_the_foot_ends_the_body_but_not_midway_or_without_a_label():
    prose = "The map was printed in 1898 for a company that wanted to buy wells near the city, and it shows them all. "
    text = f"# Map\n\n{prose * 2}\n\nTesto: Chiara Bassi, curatrice delle carte\n\nBibliografia\n\nAggiornato: 2026\n"
    found = credit_at_foot(text, 7)
    assert found and found[:2] == ("Chiara Bassi", "curatrice delle carte")
    assert text[found[2]:].startswith("Testo:")
    midway = f"# Map\n\n{prose}\n\nTesto: Chiara Bassi\n\n{prose * 2}\n"
    assert credit_at_foot(midway, 7) is None
    unlabelled = f"# Map\n\n{prose}\n\nChiara Bassi, curatrice delle carte, restored it in 2024.\n"
    assert credit_at_foot(unlabelled, 7) is None


def test_a_short_heading_gives_way_to_the_title_that_holds_it_with_more_words():
    page = "<html><head><title>{}</title></head><body><h1>x</h1></body></html>"
    assert title_holding("Georgien", page.format("Georgien: Reisehinweise - Außenamt"), _TITLE_SEPARATOR) == \
        "Georgien: Reisehinweise"
    assert title_holding("Georgien", page.format("Georgien - Außenamt"), _TITLE_SEPARATOR) is None
    assert title_holding("Georgien", page.format("Georgien Reisehinweise"), _TITLE_SEPARATOR) is None  # no site
    headline = "Ferries wait at Alat"
    assert title_holding(headline, page.format(f"{headline} again | Port News"), _TITLE_SEPARATOR) is None
