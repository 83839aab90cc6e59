"""An agreement's text (azmap/corpus/treaty.py and the preamble and numbered paragraphs in
segment.py): its title under a registry's header, the date it was done or signed, its signatories
under "For the Government of X" side by side or stacked; look-alikes that are no agreement."""
from __future__ import annotations

from azmap.corpus import treaty
from azmap.corpus.metadata import from_text as extract_metadata
from azmap.corpus.segment import segment

MEMORANDUM = """REGISTER OF BILATERAL INSTRUMENTS - CASPIAN PORTS AUTHORITY
Courtesy translation. The signed originals are kept by the Ministries of Foreign Affairs.

Memorandum of Understanding between the Government of the Republic of Kazakhstan and the Government of the Republic of Azerbaijan on Cooperation in Ferry Transport

The Government of the Republic of Kazakhstan and the Government of the Republic of Azerbaijan, hereinafter "the Sides",

Wishing to raise the number of ferry crossings between Aktau and Alat,

Recalling the joint statement of their transport ministers of 9 February 2023,

Conscious that the port waiting times limit the use of the corridor,

Have agreed as follows:

Article 1

1. The Sides shall publish a common timetable of ferry departures for each season, not later than one month before the season begins.

2. Each Side shall inform the other of any closure of its port for more than twenty-four hours.

Article 2

This Memorandum shall apply from the date of its signature and shall remain in effect for five years.

Signed at Aktau on 3 October 2024, in two copies, each in the Kazakh, Azerbaijani, Russian and English languages.

For the Government of the Republic of Kazakhstan

Dana Seitkali
Deputy Minister of Transport

For the Government of the Republic of Azerbaijan

Rashad Mammadli
Deputy Minister of Digital Development and Transport

Page 1 of 1
"""

CONVENTION_FR = """Convention entre le Gouvernement de la République française et le Gouvernement de la Géorgie relative à la coopération ferroviaire

Le Gouvernement de la République française et le Gouvernement de la Géorgie,

Désireux de renforcer leur coopération dans le domaine des chemins de fer,

Sont convenus de ce qui suit :

Les Parties échangent chaque année leurs données sur le trafic de marchandises entre leurs réseaux respectifs.

Fait à Tbilissi, le 21 mars 2024, en deux exemplaires originaux.

Pour le Gouvernement de la République française     Pour le Gouvernement de la Géorgie

Claire Morvan                                       Levan Abashidze
"""

# look-alikes: a news story about an agreement says where it was signed but is no agreement's text
NEWS_STORY = """Three railways agree on a single tariff

By Aysel Rzayeva

The railway administrations of the three countries have agreed on a single through tariff for containers.
The agreement was signed at Tbilisi on 14 May, officials said, and will take effect later this year.
For the Government of Georgia, the deputy minister said the route would compete with the sea.
"""


def test_the_title_is_the_instruments_not_the_registrys_header():
    meta = extract_metadata(MEMORANDUM)
    assert meta.title.startswith("Memorandum of Understanding between the Government of the Republic of Kazakhstan")
    assert meta.title.endswith("in Ferry Transport")
    assert "REGISTER" not in meta.title


def test_the_date_is_where_it_was_signed_not_a_date_in_the_preamble():
    assert extract_metadata(MEMORANDUM).date == "2024-10-03"
    assert extract_metadata(CONVENTION_FR).date == "2024-03-21"


def test_stacked_signatories_are_the_authors_with_their_governments():
    meta = extract_metadata(MEMORANDUM)
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [
        ("Dana Seitkali", "Government of the Republic of Kazakhstan"),
        ("Rashad Mammadli", "Government of the Republic of Azerbaijan")]


def test_signatories_side_by_side_each_under_their_own_column():
    meta = extract_metadata(CONVENTION_FR)
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [
        ("Claire Morvan", "Gouvernement de la République française"),
        ("Levan Abashidze", "Gouvernement de la Géorgie")]
    assert meta.title.startswith("Convention entre le Gouvernement")


def test_a_story_about_an_agreement_is_no_agreement():
    assert not treaty.is_agreement(NEWS_STORY)
    meta = extract_metadata(NEWS_STORY)
    assert meta.title == "Three railways agree on a single tariff"
    assert all("Government" not in (a.get("affiliation") or "") for a in meta.authors)


def test_each_preamble_clause_is_a_paragraph_and_numbered_paragraphs_keep_their_numbers():
    meta = extract_metadata(MEMORANDUM)
    body = [p.text for p in segment(MEMORANDUM) if p.kind == "body"
            and meta.body_start <= p.spans[0][0] < (meta.body_end or len(MEMORANDUM))]
    assert body[0].startswith("The Government of the Republic of Kazakhstan")
    assert body[1].startswith("Wishing to raise") and body[2].startswith("Recalling the joint")
    assert body[3].startswith("Conscious that") and body[4] == "Have agreed as follows:"
    assert any(p.startswith("1. The Sides shall publish") for p in body)
    assert any(p.startswith("2. Each Side shall inform") for p in body)
    assert not any("Dana Seitkali" in p or "REGISTER" in p or "Courtesy translation" in p for p in body)


def test_a_list_of_short_items_keeps_no_markers():
    text = ("Steps agreed by the working group\n\n"
            "1. Publish the timetable\n2. Share the port closures\n3. Meet twice a year\n")
    texts = [p.text for p in segment(text)]
    assert "Publish the timetable" in texts and not any(t.startswith("1.") for t in texts)


def test_numbered_items_of_minutes_keep_no_numbers():
    text = ("Minutes of the working group\n\n"
            "1. The group reviewed the timetables of the ferries sailing between the two ports last month.\n\n"
            "2. The members asked the port authorities to publish the closures of the berths a week ahead.\n")
    texts = [p.text for p in segment(text)]
    assert any(t.startswith("The group reviewed") for t in texts)
    assert not any(t[:1].isdigit() for t in texts)


def test_a_signing_the_preamble_recalls_does_not_date_the_agreement():
    text = MEMORANDUM.replace("Recalling the joint statement of their transport ministers of 9 February 2023,",
                              "Recalling the protocol on port fees\nsigned at Baku on 9 February 2023,")
    assert extract_metadata(text).date == "2024-10-03"


ABKOMMEN = """Abkommen zwischen der Regierung der Bundesrepublik Deutschland und der Regierung der Republik Aserbaidschan über den Seeverkehr auf dem Kaspischen Meer

Die Regierung der Bundesrepublik Deutschland und die Regierung der Republik Aserbaidschan -

in dem Wunsch, den Seeverkehr zwischen ihren Häfen zu erleichtern -

haben Folgendes vereinbart:

Artikel 1

1. Die Vertragsparteien gewähren den Schiffen der anderen Vertragspartei in ihren Häfen die gleiche Behandlung wie den eigenen Schiffen.

Geschehen zu Berlin am 5. Juni 2024 in zwei Urschriften, jede in deutscher und aserbaidschanischer Sprache.

Für die Regierung der Bundesrepublik Deutschland
Jonas Brenner

Für die Regierung der Republik Aserbaidschan
Elchin Huseynli
"""


def test_a_german_agreement_done_and_signed_in_its_own_words():
    meta = extract_metadata(ABKOMMEN)
    assert meta.title.startswith("Abkommen zwischen der Regierung") and meta.date == "2024-06-05"
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [
        ("Jonas Brenner", "Regierung der Bundesrepublik Deutschland"),
        ("Elchin Huseynli", "Regierung der Republik Aserbaidschan")]
    assert any(p.text.startswith("1. Die Vertragsparteien") for p in segment(ABKOMMEN))


def test_a_title_wrapped_on_two_lines_is_read_whole():
    text = MEMORANDUM.replace("Republic of Azerbaijan on Cooperation in Ferry Transport",
                              "Republic of Azerbaijan\non Cooperation in Ferry Transport", 1)
    assert extract_metadata(text).title.endswith("Republic of Azerbaijan on Cooperation in Ferry Transport")
