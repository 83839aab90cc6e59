"""Kinds of documents whose title, date and authors stand in labelled lines, in a letters page's
head and signature, in a journal's head, in a title that names its speaker, and in a credit at the
end: each in wordings other than the rounds' documents, with a look-alike that must not change."""
from __future__ import annotations

from azmap.corpus.metadata import from_text


def test_a_labelled_parliamentary_answer_names_asker_and_minister_and_is_dated_by_its_answer():
    text = ("LEGISLATIVE ASSEMBLY\nQuestions on Notice\n\nSubject: Ferry services across the Caspian\n\n"
            "Tabled by: Marta Kowalczyk MLA (Green Party, Riverside East)\nDate tabled: 2 June 2024\n\n"
            "Question\n\nWhat has the Government done to support ferry links to the Caucasus?\n\n"
            "Answered by: Tomasz Nowicki MP, Minister for Transport\nMinistry of Infrastructure\n"
            "Date answered: 19 June 2024\n\nAnswer\n\nThe Ministry has funded a study of the route.\n")
    meta = from_text(text)
    assert meta.title == "Ferry services across the Caspian"
    assert meta.date == "2024-06-19"
    assert meta.authors == [{"name": "Marta Kowalczyk", "affiliation": "Green Party"},
                            {"name": "Tomasz Nowicki", "affiliation": "Ministry of Infrastructure"}]


def test_a_research_note_names_its_analysts_with_their_roles():
    text = ("# Georgia: Ports Lift Transit Revenue\n\nEastline Securities | Research\n\n3 May 2024\n\n"
            "Analysts: Nino Beridze (Chief Economist); Paul Hartmann (Strategist)\n\n"
            "Transit revenue rose again in the first quarter, led by the Black Sea ports.\n")
    meta = from_text(text)
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [("Nino Beridze", "Chief Economist"),
                                                                      ("Paul Hartmann", "Strategist")]


def test_a_request_signed_off_by_a_label_that_names_no_one_is_no_record():
    text = ("Approved by: the board\nDate tabled: 2 June 2024\n\nMinutes of the meeting of the port's board\n\n"
            "The board met in Baku and agreed the budget.\n")
    meta = from_text(text)
    assert not any(a["name"] == "the board" for a in meta.authors)
    assert meta.evidence.get("authors") != "labelled record"


LETTER = ("{masthead}\nReaders' letters | 3 February 2024\n\nThe bridge at Red Bridge needs a second lane\n\n"
          "Sir,\n\nEvery morning the lorries wait for hours at the crossing into Georgia, and the queue grows.\n\n"
          "A second lane would cost little and save a great deal of diesel.\n\n"
          "{signature}\n\nWrite to us at letters@example.org. Letters may be shortened.\n")


def test_a_letter_under_a_masthead_takes_its_headline_the_pages_date_and_its_signature():
    meta = from_text(LETTER.format(masthead="THE GANJA COURIER",
                                   signature="Elvin Huseynov\nGazakh\nLorry driver"))
    assert (meta.title, meta.date) == ("The bridge at Red Bridge needs a second lane", "2024-02-03")
    assert meta.authors == [{"name": "Elvin Huseynov", "affiliation": "Lorry driver"}]
    two_lines = from_text(LETTER.format(masthead="THE GANJA COURIER", signature="Elvin Huseynov\nGazakh"))
    assert two_lines.authors == [{"name": "Elvin Huseynov", "affiliation": None}]


def test_a_letters_line_under_a_masthead_in_mixed_case_reads_as_before():
    text = LETTER.format(masthead="The Ganja Courier", signature="Elvin Huseynov\nGazakh\nLorry driver")
    meta = from_text(text)
    assert meta.evidence.get("title") != "letters page"
    assert meta.evidence.get("authors") != "letter's signature"


def test_a_trail_of_sections_names_no_one_and_a_briefing_speaker_takes_part_while_a_speaker_addresses():
    briefing = from_text("MINISTRY OF FOREIGN AFFAIRS OF GEORGIA\nMain › Media centre › Press briefings\n\n"
                         "12.05.2024\n\nPress briefing by the Deputy Spokesperson Levan Kapanadze on the week's events\n\n"
                         "Good morning. The Minister travelled to Baku this week for talks on the corridor.\n")
    assert not any("›" in a["name"] for a in briefing.authors)
    assert briefing.participants == ["Levan Kapanadze"] and not briefing.authors
    address = from_text("# Speech by Prime Minister Ilze Ozola at the Riga Transport Forum\n\n*Riga, 4 October 2024*\n\n"
                        "Dear guests, it is a pleasure to open this forum on the links between the Baltic and the Caspian.\n")
    assert [a["name"] for a in address.authors] == ["Ilze Ozola"] and not address.participants


def test_a_title_on_a_briefing_that_names_no_speaker_gives_no_one():
    meta = from_text("Briefing on the state of the Caspian ferry fleet\n\n3 March 2024\n\n"
                     "The fleet has eleven ships, most of them built before 1990.\n")
    assert not meta.participants and not meta.authors


def test_a_journal_head_is_no_title_and_the_article_is_dated_when_it_was_published_online():
    text = ("Journal of Black Sea Transport Studies\nVolume 7, Issue 3 (2024), 55–78\ndoi:10.1234/jbsts.2024.7.3.2\n\n"
            "Original Paper\n\nSubmitted 2 January 2024 | Accepted 9 May 2024 | First published: 30 May 2024\n\n"
            "Rail Gauges and Ferry Links between Poti and Baku\n\nLasha Gelashvili\n"
            "Faculty of Geography, Tbilisi State University, Tbilisi, Georgia\n\n"
            "Abstract\nThe change of gauge at the border slows freight between the two coasts.\n")
    meta = from_text(text)
    assert (meta.title, meta.date) == ("Rail Gauges and Ferry Links between Poti and Baku", "2024-05-30")
    assert [a["name"] for a in meta.authors] == ["Lasha Gelashvili"]


def test_a_magazine_with_a_volume_line_and_no_history_keeps_its_first_line():
    text = ("Caspian Shipping Monthly\nVol. 3, No. 4\n\nApril 2024\n\nNew ferries for the Baku route\n\n"
            "Two ships ordered in 2022 will enter service this summer.\n")
    meta = from_text(text)
    assert meta.evidence.get("title") != "under the journal's head"


BODY = "Freight on the Middle Corridor grew by a fifth last year, and the ports kept pace.\n\n"


def test_a_credit_in_a_paragraph_of_its_own_names_the_author_and_where_they_work():
    text = ("Why the wagons wait\n\nMarch 2025\n\n" + BODY * 3 +
            "The writer is Kamran Aliyev, Director of Logistics\nat Alat Free Zone Services. He writes in a personal capacity.\n\n"
            "SUBSCRIBE\nGet the magazine every month | subscribe.example\n")
    meta = from_text(text)
    assert meta.authors == [{"name": "Kamran Aliyev", "affiliation": "Alat Free Zone Services"}]


def test_a_report_written_by_two_people_of_a_body_names_both_with_the_body():
    text = ("Dust over the Kura\n\nMay 2024\n\nAcknowledgements\n\nThis study was prepared and written by Sevinj Guliyeva "
            "and Marek Novak of the Kura Basin Alliance. We thank the farmers who spoke to us.\n\nIntroduction\n\n" + BODY * 4)
    meta = from_text(text)
    assert meta.authors == [{"name": "Sevinj Guliyeva", "affiliation": "Kura Basin Alliance"},
                            {"name": "Marek Novak", "affiliation": "Kura Basin Alliance"}]


def test_a_report_edited_by_someone_or_a_sentence_about_an_author_gives_no_credit():
    edited = from_text("Dust over the Kura\n\nMay 2024\n\n" + BODY * 3 +
                       "This report was edited by Sevinj Guliyeva of the Kura Basin Alliance.\n")
    assert edited.evidence.get("authors") != "credit"
    novel = from_text("Old Baku in fiction\n\nMay 2024\n\n" + BODY * 3 +
                      "The author is a presence in every chapter, watching the city change.\n")
    assert novel.evidence.get("authors") != "credit"


def test_guests_with_asides_that_hold_commas_are_each_a_participant():
    text = ("# Harbour Hours, episode 12: the Poti breakwater\n\n**Guests:** Nino Kapanadze (harbour master, Poti) and "
            "Oleg Marin (dredging engineer, Constanta)\n\nWe talk about the new breakwater and the ships it will take.\n")
    assert from_text(text).participants == ["Nino Kapanadze", "Oleg Marin"]
    one = from_text("# Harbour Hours, episode 13\n\n**Guest:** Nino Kapanadze (harbour master, Poti)\n\n"
                    "We talk about the harbour.\n")
    assert one.participants == ["Nino Kapanadze"]


def test_a_title_that_a_pasted_pdf_breaks_over_two_lines_is_read_whole():
    text = ("GEORGIAN TRANSIT QUARTERLY  |  No. 12  |  Spring 2025\n\nRAIL  /  PORTS\n\n"
            "Why the wagons wait at Poti while\nthe ships sail half empty\n\n"
            "The port has room to spare. The\nrailway does not.\n\nThe numbers tell a different story.\n")
    assert from_text(text).title == "Why the wagons wait at Poti while the ships sail half empty"
    apart = from_text("Wagons at Poti\nreport by the port authority, March 2025\n\nThe port has room to spare.\n")
    assert apart.title == "Wagons at Poti"
