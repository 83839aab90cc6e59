"""Kinds the fifteenth round showed, in wordings of their own: an e-mail's print-saving line and
confidentiality notice, a transcript's bracketed speaker labels, a think tank's disclaimer on
positions, a service's header line of parts, a press release's dateline on a web page."""
from __future__ import annotations

from azmap.corpus import boilerplate
from azmap.corpus.mail_notices import is_mail_notice, strip_speaker_labels
from azmap.corpus.metadata import Metadata, parse_date
from azmap.corpus.release_dateline import dateline, release_dateline
from azmap.corpus.title_evidence import names_no_title


def test_print_saving_lines_and_confidentiality_notices_are_mail_furniture():
    assert is_mail_notice("Think before you print: save paper and keep this message on screen.")
    assert is_mail_notice("Please respect the environment - do not print unless needed.")
    assert is_mail_notice("This message is intended only for the named recipient. If you have received it by "
                          "mistake, please tell us and destroy all copies.")
    assert is_mail_notice("Confidentiality note: the contents of this message are privileged.")
    assert boilerplate.is_other_furniture("Think before you print this e-mail.", ["Think before you print this e-mail."],
                                          True)


def test_text_about_printing_or_recipients_is_no_notice():
    assert not is_mail_notice("The ministry printed 3,000 ballots and the environment agency objected.")
    assert not is_mail_notice("The recipient countries received the message from the summit in Aktau.")
    assert not is_mail_notice("We know the Q3 schedule is tight; please print the table for the meeting.")


def test_views_disclaimer_of_an_expert_and_no_positions():
    assert boilerplate.is_views_disclaimer("The Caspian Forum takes no institutional position on policy questions.")
    assert boilerplate.is_views_disclaimer("Opinions given here are solely those of the interviewee.")
    assert not boilerplate.is_views_disclaimer("The ministry takes no position on the route, the envoy said.")


def test_speaker_labels_come_off_a_line_start_only():
    text = ("[Announcer] The talks resume on Monday in Gabala.\n\n"
            "[Unidentified correspondent] Officials say the maps are ready.\n\n"
            "[Video shows the delegation arriving]\n\n"
            "The minister cited [Reporter] notes in a [12] footnote.\n\n"
            "[Host](https://example.org/host) wrote the summary.")
    out = strip_speaker_labels(text)
    assert "The talks resume on Monday in Gabala." in out.split("\n\n")
    assert "Officials say the maps are ready." in out.split("\n\n")
    assert "[Video shows the delegation arriving]" in out  # a note on its own line stays a note
    assert "cited [Reporter] notes" in out  # mid-line brackets are words of the text
    assert "[Host](https://example.org/host)" in out  # a link is no label


def test_a_service_header_of_parts_names_no_title():
    assert names_no_title("**CASPIAN MEDIA WATCH** · Central Asia Desk · Monitored item · Ref. CMW-KZ-2407-118")
    assert names_no_title("Press Digest | Transcript | No. 4471")
    assert not names_no_title("Kazakh TV says ferry talks with Azerbaijan to resume in Aktau next week")


def test_a_release_dateline_dates_the_page_and_names_its_issuer():
    para = ("AKTAU, Kazakhstan, 3 June 2024 /Caspian Ferry Lines/ -- Caspian Ferry Lines today added a third "
            "weekly sailing to Baku, the company said in its statement to carriers.")
    when, issuer, at = dateline(para, parse_date)
    assert (when, issuer) == ("2024-06-03", "Caspian Ferry Lines")
    assert para[at:].startswith("Caspian Ferry Lines today")
    assert dateline("Baku is, by 2024, the region's busiest port - and growing, the survey of 12 ports said.",
                    parse_date) is None
    markup = f"<html><body><h1>Third sailing</h1><p>{para}</p><p>More text follows here about ferries and trucks "\
             "and their crossing times.</p></body></html>"
    meta = Metadata()
    release_dateline(meta, markup)
    assert meta.date == "2024-06-03"
    assert meta.authors == [{"name": "Caspian Ferry Lines", "affiliation": None, "organisation": True}]
    dated = Metadata(date="2024-05-01")
    release_dateline(dated, markup)
    assert dated.date == "2024-05-01" and not dated.authors


def test_a_reviews_head_line_names_the_book_and_is_no_words_of_the_review():
    from azmap.corpus.book_head import book_head, is_book_head
    from azmap.corpus.title_evidence import settle

    line = ("Ports of the Inland Sea: Trade on the Caspian since 1991. Edited by Dana Sultanova and Piotr Nowak. "
            "Cambridge: Steppe University Press, 2023. 288 pages. USD 45 (paperback). ISBN 978-0-00000-123-4.")
    assert book_head(line) == ("Ports of the Inland Sea: Trade on the Caspian since 1991",
                               "Dana Sultanova and Piotr Nowak")
    assert boilerplate.is_other_furniture(line, [line], False)
    # a sentence naming a book, with no imprint, pages or price after it, is the review's
    assert not is_book_head("This is a fine study. By any measure it is the best account of the ferries we have.")
    assert not is_book_head("Ports of the Inland Sea. By Dana Sultanova. It was published in 2023 to some acclaim.")
    meta = Metadata(title="JOURNAL OF CASPIAN AND BLACK SEA AFFAIRS")
    meta.evidence["title"] = "first line"
    settle(meta, ["JOURNAL OF CASPIAN AND BLACK SEA AFFAIRS", "Reviews", line], 0, parse_date)
    assert meta.title == "Ports of the Inland Sea: Trade on the Caspian since 1991"


def test_a_standfirst_by_its_class_is_furniture_an_interviews_introduction_is_not():
    from lxml import html as lhtml

    from azmap.corpus.html_blocks import drop_furniture_blocks

    story = " ".join(["The ferry line added a sailing and the port cut its waiting times by half this spring."] * 2)
    page = ("<html><body><h1>Ferries</h1><p class='article-standfirst'>Why one more sailing a week matters "
            f"for the corridor.</p><div class='date'>3 June 2024</div><p>{story}</p>"
            f"<p class='dek'>A dek after the text starts is no standfirst at all.</p></body></html>")
    tree = lhtml.fromstring(page)
    assert drop_furniture_blocks(tree) == 1
    text = tree.text_content()
    assert "Why one more sailing" not in text and "A dek after the text" in text
    interview = lhtml.fromstring("<html><body><h1>Q&amp;A</h1><p class='standfirst'>A conversation with Aygun "
                                 f"Mammadova, harbour master at Alat.</p><p>{story}</p></body></html>")
    assert drop_furniture_blocks(interview) == 0


def test_a_forwarders_note_over_the_carried_message_is_furniture():
    from azmap.corpus.newsletter import is_forward_note, is_mail_furniture

    note = "FYI - forwarding the port's note on berth closures. Kamran, please update the August plan."
    assert is_forward_note(note, "Best, Leyla")
    assert is_mail_furniture(note, "Hello team,", "Best, Leyla")
    assert is_forward_note("Please read the message below before Thursday's call.", "Cheers, Orkhan")
    # a letter's own paragraph, or a note signed off by no first name, is the text
    assert not is_forward_note("The ferry schedule below changes from Monday; trucks must confirm their slots.",
                               "Kind regards,")
    assert not is_forward_note("The berth reopens on 9 August and sailings resume.", "Thanks, Sabina")


def test_a_standfirst_introducing_who_speaks_stays():
    from lxml import html as lhtml

    from azmap.corpus.html_blocks import drop_furniture_blocks

    story = " ".join(["The harbour master counted the trucks at the gate twice a day through the winter."] * 2)
    page = lhtml.fromstring("<html><body><h1>Gate</h1><p class='standfirst'>Rauf Aliyev has run the gate for ten "
                            f"years. He told us what changed.</p><p>{story}</p></body></html>")
    assert drop_furniture_blocks(page) == 0


def test_an_issue_line_under_a_masthead_is_no_title():
    from azmap.corpus.title_evidence import settle

    meta = Metadata(title="JOURNAL OF SOUTH CAUCASUS LAW AND SOCIETY")
    meta.evidence["title"] = "first line"
    settle(meta, ["JOURNAL OF SOUTH CAUCASUS LAW AND SOCIETY", "Volume 7, Issue 1, 2024, pp. 88-91",
                  "Border Rivers and the Law of Shared Water"], 0, parse_date)
    assert meta.title == "Border Rivers and the Law of Shared Water"
