"""A forwarded message: its writer and its date are the carried message's, not the forwarder's, even
under a forwarder's note of several lines; a carried message from an office keeps the forwarder."""
import pytest

from azmap.corpus.metadata import from_text

HEAD = ("From: Elvin Qasimov <e.qasimov@example.az>\nSent: Thursday, 12 June 2025 09:14\n"
        "To: Port desk <desk@example.az>\nSubject: {mark} Berth works at Aktau\n\n")
NOTE = ("Team,\n\nplease read the note below before Monday's call. The dates for the second berth have\n"
        "moved again and the ferry operators have not been told yet.\n\nI would like one of you to "
        "check the tonnage figures against our own.\n\nThanks,\nElvin\n\n")
BODY = ("The contractor has asked for three more weeks on the second berth at Aktau. The piling is done,\n"
        "but the deck slabs for the eastern half have not arrived from the yard in Kuryk.\n\n"
        "Until the berth opens, the ro-ro ferries will keep to the old timetable of four calls a week.\n")


@pytest.mark.parametrize("marker, sender, date_line, subject_line, expected_name", [
    ("---------- Forwarded message ---------", "From: Aigerim Sadykova <a.sadykova@example.kz>",
     "Date: Tue, 10 Jun 2025 at 16:02", "Subject: Berth works at Aktau", "Aigerim Sadykova"),
    ("---------- Weitergeleitete Nachricht ---------", "Von: \"Jonas Albrecht\" <j.albrecht@example.de>",
     "Datum: Di., 10. Juni 2025 um 16:02 Uhr", "Betreff: Berth works at Aktau", "Jonas Albrecht"),
])
def test_the_carried_message_gives_writer_and_date(marker, sender, date_line, subject_line, expected_name):
    text = HEAD.format(mark="Fwd:") + NOTE + f"{marker}\n{sender}\n{date_line}\n{subject_line}\n\n" + BODY
    meta = from_text(text)
    assert meta.date == "2025-06-10"
    assert [a["name"] for a in meta.authors] == [expected_name]
    assert meta.title == "Berth works at Aktau"


def test_a_message_carried_from_an_office_keeps_the_forwarder():
    text = (HEAD.format(mark="Fwd:") + NOTE + "---------- Forwarded message ---------\n"
            "From: Aktau Port Authority <info@example.kz>\nDate: Tue, 10 Jun 2025 at 16:02\n"
            "Subject: Berth works at Aktau\n\n" + BODY)
    meta = from_text(text)
    assert [a["name"] for a in meta.authors] == ["Elvin Qasimov"]
    assert meta.date == "2025-06-10"


def test_a_reply_over_its_original_message_stays_the_replys():
    reply = ("From: Elvin Qasimov <e.qasimov@example.az>\nSent: 12 June 2025 09:14\nTo: Aigerim Sadykova\n"
             "Subject: RE: Berth works at Aktau\n\n" + NOTE + "-----Original Message-----\n"
             "From: Aigerim Sadykova\nSent: 10 June 2025 16:02\nTo: Elvin Qasimov\n"
             "Subject: Berth works at Aktau\n\n" + BODY)
    meta = from_text(reply)
    assert [a["name"] for a in meta.authors] == ["Elvin Qasimov"]
    assert meta.date == "2025-06-12"
