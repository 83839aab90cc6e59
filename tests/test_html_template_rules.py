"""Web pages read by what they show where no class word says it (the kinds tests/metamorphic_html.py found on
its development half): a by-word before a link set in inline elements, a comments block under its heading, a
standfirst over a signed byline, a list of files, a post's poster over lines, a dated line's one name, a wiki
footer by its last-edit line. Every page here has no class or id at all."""
from lxml import html as lxml_html

from azmap.corpus.html_comments import drop_comment_sections
from azmap.corpus.html_records import drop_records
from azmap.corpus.metadata_html import byline_names
from azmap.corpus.post_page import poster
from azmap.corpus.wiki_page import drop_edit_footer
from tests.sweep_d16html import read_as_ingest

PROSE = ("<p>The ferry between Alat and Aktau sailed twice last week, after a month in port, the line said on "
         "Monday. Lorries waited on both shores for days.</p>"
         "<p>The operator wants two more ships by the autumn. The ministry says it will pay for one of them, "
         "and the other must wait for next year's budget.</p>")


def _left(markup: str, drop) -> str:
    tree = lxml_html.fromstring(markup)
    drop(tree)
    return " ".join(tree.text_content().split())


def test_a_by_word_before_a_link_in_inline_elements_names_the_author():
    page = ("<html><body><h1>Ferries again</h1><div>Posted on <time datetime='2024-05-02'>May 2, 2024</time> "
            "by <span><b><a href='/u/9'>Rauf Guliyev</a></b></span></div>" + PROSE + "</body></html>")
    assert byline_names(page) == ["Rauf Guliyev"]
    meta, _, _ = read_as_ingest("a.html", page)
    assert [a["name"] for a in meta.authors] == ["Rauf Guliyev"]


def test_a_block_under_a_comments_heading_is_out_of_the_text_but_not_a_section_so_named_inside_the_text():
    comments = ("<div><h2>2 comments</h2><ol><li><b>Gunay</b> says: <p>The lorries waited four days at Alat, not "
                "two, and nobody told the drivers anything at all.</p></li></ol>"
                "<div><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div>")
    page = f"<html><body><article><h1>Ferries again</h1>{PROSE}</article>{comments}</body></html>"
    left = _left(page, drop_comment_sections)
    assert "four days" not in left and "will not be published" not in left and "twice last week" in left
    _, body, _ = read_as_ingest("b.html", page)
    assert not any("four days" in b for b in body) and any("twice last week" in b for b in body)
    # a heading that is no comments heading, or a comments heading that does not open its block: kept
    inside = f"<html><body><div><p>Intro.</p><h2>Comments</h2>{PROSE}</div></body></html>"
    assert "twice last week" in _left(inside, drop_comment_sections)


def test_a_standfirst_over_a_signed_byline_goes_but_a_date_line_over_it_stays():
    lead = "<p>Two more ships by the autumn, and a new quay at Alat for the lorries</p>"
    page = f"<article><h1>Ferries again</h1>{lead}<p>By Rauf Guliyev and Leyla Rahimli</p>{PROSE}</article>"
    assert "new quay" not in _left(page, drop_records)
    dated = "<p>Updated 2 March 2025 · First published 14 November 2023</p>"
    page = f"<article><h1>Ferries again</h1>{dated}<p>Words: Rauf Guliyev · Map: Leyla Rahimli</p>{PROSE}</article>"
    assert "First published" in _left(page, drop_records)


def test_a_list_of_files_with_their_formats_and_sizes_goes_but_not_a_list_of_links():
    files = ("<ul><li><a href='/f/a.pdf'>Ferry timetable, summer 2025 (PDF, 212 KB, 3 pages)</a></li>"
             "<li><a href='/f/b.xlsx'>Crossings by month, 2019 to 2024 (Excel, 48 KB)</a></li></ul>")
    assert "Ferry timetable" not in _left(f"<div>{PROSE}{files}</div>", drop_records)
    links = ("<ul><li><a href='/a'>Ferry timetable for the summer of 2025</a></li>"
             "<li><a href='/b'>Crossings by month (see the table, 2024)</a></li></ul>")
    assert "Ferry timetable" in _left(f"<div>{PROSE}{links}</div>", drop_records)


def test_a_posters_name_broken_over_lines_and_her_headline_in_a_plain_block():
    markup = ("<div><img alt='Nurlana Hajiyeva'><div><a href='/in/nh'>Nurlana\n      Hajiyeva</a> <span>· 2nd</span>"
              "\n<div>\n  Head of Logistics at Caspian Quay Services\n</div><div><time>3d</time> · Edited</div>")
    assert poster(markup, "Nurlana Hajiyeva") == {"name": "Nurlana Hajiyeva",
                                                  "affiliation": "Head of Logistics at Caspian Quay Services"}


def test_a_dated_line_under_the_heading_names_its_one_person_but_not_the_site():
    page = ("<html><head><title>Sturgeon counts fall - Caspian Shore Review</title></head><body><h1>Sturgeon counts "
            "fall</h1><p>Aytan Mammadli · 2 December 2023 · 4 min read</p>" + PROSE + "</body></html>")
    assert byline_names(page) == ["Aytan Mammadli"]
    site = page.replace("Aytan Mammadli", "Shore Review").replace("Caspian Shore Review", "Shore Review")
    assert byline_names(site) == []
    two = page.replace("Aytan Mammadli ·", "Aytan Mammadli · Rauf Guliyev ·")
    assert byline_names(two) == []  # which of two: not said by this line's form


def test_the_footer_by_its_last_edit_line_goes_but_not_a_last_block_of_prose():
    footer = ("<div><p>This page was last edited on 2 October 2024, at 11:52 (UTC).</p><p>Text is available under a "
              "free licence.</p><p>Mirrored from another wiki by a volunteer.</p></div>")
    assert "last edited" not in _left(f"<html><body><div>{PROSE}</div>{footer}</body></html>", drop_edit_footer)
    prose = f"<div>{PROSE}<p>This page was last edited on 2 October 2024.</p></div>"
    assert "twice last week" in _left(f"<html><body>{prose}</body></html>", drop_edit_footer)


def test_a_wiki_is_dated_by_its_last_edit_line_not_by_a_notice_boxs_month_over_its_text():
    """The footer goes before the article reader reads the page, but its last-edit line still dates the page:
    over a maintenance notice's "(March 2023)" in the head, the month a tag was put on, not the page's date."""
    notice = ("<table role='presentation'><tr><td>This article needs more sources. Please help improve it.<br>"
              "<small><i>(March 2023)</i></small></td></tr></table>")
    footer = ("<div><p>This page was last edited on 2 October 2024, at 11:52 (UTC).</p><p>Text is available under a "
              "free licence.</p></div>")
    page = f"<html><body><h1>Alat port</h1>{notice}<div>{PROSE}</div>{footer}</body></html>"
    meta, _, _ = read_as_ingest("wiki.html", page)
    assert meta.date == "2024-10-02"
