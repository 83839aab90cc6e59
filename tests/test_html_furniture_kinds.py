"""Web-page furniture by its markup (html_blocks.drop_furniture_blocks) and the government body a
page naming nobody comes from (metadata_html.issuing_body): other outlets' and languages' wordings,
and a look-alike of each that must stay as it is."""
from __future__ import annotations

import lxml.html

from azmap.corpus.html_blocks import drop_furniture_blocks
from azmap.corpus.metadata_html import issuing_body
from azmap.corpus.reading import read

STORY = ("<p>The harbour at Poti was dredged again this winter, and the pilots say the channel now takes ships "
         "of nine metres' draught at any state of the sea, which it did not do before the works began.</p>"
         "<p>Shipping agents in the town said the first of the larger bulk carriers had already called, and that "
         "two more were expected before the end of the month if the weather on the Black Sea held fair.</p>"
         "<p>The port company has not said what the dredging cost, but a tender notice published last year put "
         "the works at a little under forty million lari, to be paid over three years from port dues.</p>")


def _page(tmp_path, body: str, head: str = "<title>Poti harbour dredged</title>", name: str = "page.html"):
    path = tmp_path / name
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>",
                    encoding="utf-8")
    return read(path)


def test_a_table_of_labels_and_values_over_the_text_is_no_body(tmp_path):
    infobox = ("<table><tr><th>Einwohner</th><td>47 000</td></tr><tr><th>Fläche</th><td>28 km²</td></tr>"
               "<tr><th>Bürgermeister</th><td>Giorgi Beridze</td></tr><tr><th>Hafen seit</th><td>1858</td></tr></table>")
    text = _page(tmp_path, f"<article><h1>Poti harbour dredged</h1>{infobox}{STORY}</article>").text
    assert "Poti was dredged" in text
    assert "Einwohner" not in text and "Bürgermeister" not in text


def test_a_data_table_with_a_header_row_in_the_text_stays(tmp_path):
    data = ("<table><tr><th>Year</th><th>Cargo</th></tr><tr><td>2021</td><td>6.1 Mt</td></tr>"
            "<tr><td>2022</td><td>7.4 Mt</td></tr><tr><td>2023</td><td>8.0 Mt</td></tr></table>")
    text = _page(tmp_path, f"<article><h1>Poti harbour dredged</h1>{STORY}{data}</article>").text
    assert "7.4 Mt" in text


def test_pull_quotes_and_the_dek_are_no_body_but_a_quoted_passage_is(tmp_path):
    dek = "A winter of dredging has opened the Georgian port to larger ships, and the agents are counting."
    head = f'<title>Poti harbour dredged</title><meta property="og:description" content="{dek}">'
    body = (f'<article><h1>Poti harbour dredged</h1><div class="standfirst">{dek}</div>'
            '<blockquote class="pull-quote"><p>“Nine metres at any sea: that is a new port.”</p></blockquote>'
            f'{STORY}<aside><p>«We waited ten years for this channel», a pilot said.</p></aside>'
            '<blockquote><p>The works shall be completed within thirty-six months of the signing of the '
            'contract, weather permitting, and the channel kept at its depth for five years after.</p></blockquote>'
            '</article>')
    text = _page(tmp_path, body, head).text
    assert "Nine metres at any sea" not in text and "We waited ten years" not in text
    assert "A winter of dredging" not in text
    assert "shall be completed within thirty-six months" in text and "Poti was dredged" in text


def test_the_first_paragraph_repeated_as_the_description_stays(tmp_path):
    first = STORY.split("</p>")[0][3:]
    head = f'<title>Poti harbour dredged</title><meta name="description" content="{first}">'
    text = _page(tmp_path, f"<article><h1>Poti harbour dredged</h1>{STORY}</article>", head).text
    assert "Poti was dredged" in text


def test_a_list_of_dated_links_is_other_news_but_a_chronology_stays(tmp_path):
    others = ('<div><h3>Autres actualités</h3><ul><li><span>12 février 2025</span> <a href="/a">Le ministre reçoit '
              'une délégation de la Banque mondiale</a></li><li><span>10 février 2025</span> <a href="/b">Résultats '
              'de l\'appel d\'offres pour le port de Poti</a></li></ul></div>')
    chronology = ("<ul><li>1858: the first quay is built by the Russian Empire at the mouth of the Rioni</li>"
                  "<li>1999: a free industrial zone is declared around the harbour by the Georgian state</li></ul>")
    text = _page(tmp_path, f"<article><h1>Poti harbour dredged</h1>{STORY}{chronology}{others}</article>").text
    assert "délégation de la Banque" not in text
    assert "first quay is built" in text
    tree = lxml.html.fromstring(f"<html><body>{STORY}{chronology}{others}</body></html>")
    assert drop_furniture_blocks(tree) == 1  # the dated links, by their markup
    assert "first quay" in tree.text_content() and "Banque mondiale" not in tree.text_content()


def test_a_ministry_page_naming_nobody_is_the_ministry_s():
    page = ('<html><head><title>Communiqué - Ministère de l\'Économie</title>'
            '<meta property="og:site_name" content="Ministère de l\'Économie"></head><body><header>'
            '<div class="logo">Ministère de l\'Économie<br>et des Infrastructures de la Géorgie</div></header>')
    assert issuing_body(page) == "Ministère de l'Économie et des Infrastructures de la Géorgie"
    ld = ('<script type="application/ld+json">{"@type": "WebPage", "publisher": {"@type": "GovernmentOrganization", '
          '"name": "State Revenue Service"}}</script>')
    assert issuing_body(f"<html><head><title>Customs rates</title>{ld}</head></html>") == "State Revenue Service"


def test_a_news_site_naming_nobody_names_no_author(tmp_path):
    page = ('<html><head><title>Poti harbour dredged - Black Sea Courier</title>'
            '<meta property="og:site_name" content="Black Sea Courier"></head><body><header>'
            '<div class="logo">Black Sea Courier daily</div></header>')
    assert issuing_body(page) is None
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "NewsMediaOrganization", '
          '"name": "Black Sea Courier"}}</script>')
    assert issuing_body(f"<html><head><title>Poti</title>{ld}</head></html>") is None
    head = '<title>Poti harbour dredged - Black Sea Courier</title>'
    assert _page(tmp_path, f"<article><h1>Poti harbour dredged</h1>{STORY}</article>", head).meta.authors == []


def test_a_name_a_follow_button_and_a_bio_are_the_name_alone(tmp_path):
    top = ('<div class="author-card"><a class="author-name" href="/@nino.kapanadze">Nino Kapanadze</a> '
           '<button>Abonnieren</button><p class="author-bio">Hafenreporterin aus Batumi. Ich schreibe über Schiffe '
           'und Häfen am Schwarzen Meer.</p></div>')
    meta = _page(tmp_path, f"<article>{top}<h1>Poti harbour dredged</h1>{STORY}</article>").meta
    assert [a["name"] for a in meta.authors] == ["Nino Kapanadze"]


def test_captions_are_kept_apart_with_their_credit_and_the_text_stays(tmp_path):
    from azmap.corpus.segment import segment

    body = ('<article><div class="lead-image"><img src="a.jpg"><div class="photo-caption">Der Hafen von Poti im '
            'Februar, nach dem Ausbaggern der Fahrrinne.</div></div><h1>Poti harbour dredged</h1>'
            f'{STORY}<figure><img src="b.jpg"><figcaption>A pilot boat leaves the inner basin. '
            'Foto: Levan Chikovani/Black Sea Courier</figcaption></figure>'
            '<p>A caption under the old harbour map called Poti "the gate of Colchis", and the pilots still '
            'use the name when they talk to the ships that come in from the open sea at night.</p></article>')
    reading = _page(tmp_path, body)
    passages = segment(reading.text, markdown=True)
    body_text = " ".join(p.text for p in passages if p.kind == "body")
    apart = [" ".join(p.text.split()) for p in passages if p.kind != "body"]
    assert "Der Hafen von Poti im Februar, nach dem Ausbaggern der Fahrrinne." in apart
    # the credit run on after the caption's sentence apart from it, as a credit in an element of its own is
    # (documents11, documents16 to 18: the caption without its credit)
    assert "A pilot boat leaves the inner basin." in apart and "Foto: Levan Chikovani/Black Sea Courier" in apart
    assert "Foto:" not in body_text and "Der Hafen" not in body_text
    assert "Poti was dredged" in body_text and "the gate of Colchis" in body_text
