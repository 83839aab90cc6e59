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
    assert len(DEV) >= 11 and {fx["format"] for fx in DEV.values()} == {"txt", "md", "html"}
    assert all(fx["boilerplate_lines"] and fx["body_paragraphs"] for fx in DEV.values())


@pytest.mark.parametrize("name", sorted(DEV))
def test_each_dev_document_reads_as_annotated(name):
    """Title, date, authors with their affiliation and the participants as the document states them;
    every body paragraph word for word, nothing else in the body, none of its furniture in it."""
    from tests.test_documents3 import outcome

    rounds.assert_read_as_annotated(outcome(DEV[name]), DEV[name])


if __name__ == "__main__":
    print(json.dumps(rounds.part_figures({"dev": list(DEV.values())}, "dev"), indent=1, ensure_ascii=False))


# each kind in short texts of its own (none of them the fixtures' wording), with a look-alike beside it
STORY = ("The ferry from Kuryk to Alat sailed again on Monday after a week in port, the shipping company "
         "said, and trucks that had queued at the terminal were loaded overnight.")


def _body(text: str) -> list[str]:
    from azmap.corpus.metadata import from_text
    from azmap.corpus.segment import segment

    meta = from_text(text)
    return [p.text for p in segment(text) if p.kind == "body" and p.end > meta.body_start
            and (meta.body_end is None or p.start < meta.body_end)]


@pytest.mark.parametrize("block, names", [
    ("Members present: Nigar Aliyeva (Chair); Oleg Petrov; Mariam Beridze", ["Nigar Aliyeva", "Oleg Petrov", "Mariam Beridze"]),
    ("Witnesses: Brigadier Tom Harris, Director of Movements, Army; Dr Lena Fischer, Analyst, Transport Office",
     ["Tom Harris", "Lena Fischer"]),
    ("Present:\nKamal Rzayev, Port of Baku (chair)\nIrina Volkova, Aktau Port (by video)", ["Kamal Rzayev", "Irina Volkova"]),
    ("Attendees: Kamal Rzayev, Irina Volkova and Levan Kapanadze", ["Kamal Rzayev", "Irina Volkova", "Levan Kapanadze"]),
    ("Présents : Claire Martin (présidente) ; Paul Girard", ["Claire Martin", "Paul Girard"]),
])
def test_people_listed_as_present_are_participants_and_the_list_no_body(block, names):
    from azmap.corpus.metadata import from_text

    text = f"Port liaison meeting\n\n6 October 2025\n\n{block}\n\nApologies: Turkmenbashi Port.\n\n{STORY}\n"
    meta = from_text(text)
    assert meta.participants[:len(names)] == names and meta.authors == [], meta.evidence
    assert _body(text) == [STORY]


def test_a_sentence_about_who_was_present_is_body_and_names_no_one():
    from azmap.corpus.metadata import from_text

    said = "Present at the talks were officials from both ministries, who agreed to meet again in May."
    text = f"Port liaison meeting\n\n6 October 2025\n\n{STORY}\n\n{said}\n"
    assert from_text(text).participants == [] and said in _body(text)


def test_a_list_of_people_is_furniture_under_a_participants_heading_only():
    from azmap.corpus.segment import segment

    items = "- Kamal Rzayev, Port of Baku (chair)\n- Irina Volkova, Aktau Port\n"
    listed = segment(f"# Meeting\n\n## Attendees\n\n{items}\n## Notes\n\n{STORY}\n")
    assert [p.kind for p in listed if "Rzayev" in p.text] == ["boilerplate"]
    sources = segment(f"# Meeting\n\n## Who we asked\n\n{items}\n## Notes\n\n{STORY}\n")
    assert [p.kind for p in sources if "Rzayev" in p.text] == ["body"]


@pytest.mark.parametrize("note, author", [
    ("*Minutes taken by Aysel Karimova, corridor secretariat, 3 June 2025.*", ("Aysel Karimova", "corridor secretariat")),
    ("Notes recorded by Aysel Karimova, 3 June 2025.", ("Aysel Karimova", None)),
    ("Protokoll: Aysel Karimova, Sekretariat, 3. Juni 2025", ("Aysel Karimova", "Sekretariat")),
    ("Minutes taken by the secretariat were circulated on Friday.", None),
])
def test_a_note_on_who_took_the_minutes_names_the_author(note, author):
    from azmap.corpus.metadata import from_text

    meta = from_text(f"Corridor working group: meeting 4\n\n6 October 2025\n\n{STORY}\n\n{note}\n")
    got = [(a["name"], a.get("affiliation")) for a in meta.authors]
    assert got == ([author] if author else []), meta.evidence


def test_a_minute_taker_listed_as_present_stays_a_participant():
    from azmap.corpus.metadata import from_text

    meta = from_text(f"Corridor working group: meeting 4\n\n6 October 2025\n\nPresent: Aysel Karimova; Oleg Petrov\n\n"
                     f"{STORY}\n\nMinutes taken by Aysel Karimova.\n")
    assert meta.authors == [] and meta.participants == ["Aysel Karimova", "Oleg Petrov"]


@pytest.mark.parametrize("trailer, authors", [
    ("(Reporting by Kamran Aliyev and Dana Omarova; translated and edited by the Almaty desk)",
     ["Kamran Aliyev", "Dana Omarova"]),
    ("(Reported by Kamran Aliyev; translation by Lale Demir; editing by Tom Hart)", ["Kamran Aliyev"]),
    ("(Photos by Kamran Aliyev; editing by Tom Hart)", []),
])
def test_a_wire_trailer_names_the_reporters_only(trailer, authors):
    from azmap.corpus.metadata import from_text

    text = f"Ferry sails again to Alat\n\n6 October 2025\n\n{STORY}\n\n{trailer}\n"
    meta = from_text(text)
    assert [a["name"] for a in meta.authors] == authors
    assert not authors or _body(text) == [STORY]


def test_an_interview_credit_names_the_interviewer_and_the_guest():
    from azmap.corpus.metadata import from_text

    text = (f"Leyla Abbasova: \"Ports wait for paper, not for ships\"\n\nThe port director on queues and customs\n\n"
            f"Leyla Abbasova, Director, Port of Alat\nInterviewed by Mark Jensen\n\n{STORY}\n\n"
            "This conversation has been edited for length.\n")
    meta = from_text(text)
    assert [a["name"] for a in meta.authors] == ["Mark Jensen"] and meta.participants == ["Leyla Abbasova"]
    assert _body(text) == [STORY]


def test_an_interview_credit_under_the_first_paragraph_leaves_the_paragraph_in_the_body():
    text = f"Port of Alat: a talk with its director\n\n{STORY} {STORY}\n\nInterviewed by Mark Jensen\n\n{STORY}\n"
    assert _body(text)[0] == f"{STORY} {STORY}"


def test_someone_interviewed_in_the_story_is_no_author():
    from azmap.corpus.metadata import from_text

    meta = from_text(f"Ferry sails again to Alat\n\n6 October 2025\n\n{STORY}\n\n"
                     "The captain was interviewed by police on Tuesday and released.\n")
    assert meta.authors == []


@pytest.mark.parametrize("end, author", [
    ("Tomas Novak\nAmbassador of the Czech Republic to Azerbaijan",
     ("Tomas Novak", "Ambassador of the Czech Republic to Azerbaijan")),
    ("Tomas Novak\n\nConsul General in Baku", ("Tomas Novak", "Consul General in Baku")),
    ("Tomas Novak\nsaid the ferry was late again.", None),
])
def test_a_signature_block_at_the_end_of_a_statement_names_its_author(end, author):
    from azmap.corpus.metadata import from_text

    meta = from_text(f"Statement on the Alat ferry\n\nBaku, 6 October 2025\n\n{STORY}\n\n{STORY}\n\n{end}\n")
    assert [(a["name"], a.get("affiliation")) for a in meta.authors] == ([author] if author else [])


@pytest.mark.parametrize("over", [
    "CASPIAN POST\nTranslated from the Azerbaijani by the Baku desk",
    "CASPIAN POST\n(Updates with port statement)",
    "JOINT COMMITTEE ON TRANSPORT\nUNCORRECTED EVIDENCE\n\nThis transcript has not yet been approved by the witnesses.",
])
def test_notes_over_the_title_are_no_title(over):
    from azmap.corpus.metadata import from_text

    meta = from_text(f"{over}\n\nFerry to Alat sails again\n\nTuesday 7 October 2025\n\n{STORY}\n")
    assert (meta.title, meta.date) == ("Ferry to Alat sails again", "2025-10-07"), meta.evidence


@pytest.mark.parametrize("label", ["Inquiry", "Subject"])
def test_a_label_line_names_the_title_under_a_committees_name(label):
    from azmap.corpus.metadata import from_text

    meta = from_text(f"JOINT COMMITTEE ON TRANSPORT\nNational Assembly\n\n{label}: Ferries on the Caspian\n\n"
                     f"Wednesday 8 October 2025\n\nThe Chair: {STORY}\n")
    assert (meta.title, meta.date) == ("Ferries on the Caspian", "2025-10-08"), meta.evidence


def test_a_title_that_speaks_of_translation_stays_the_title():
    from azmap.corpus.metadata import from_text

    meta = from_text(f"Translated from the Azerbaijani: a poet's ferry diary\n\n6 October 2025\n\n{STORY}\n")
    assert meta.title == "Translated from the Azerbaijani: a poet's ferry diary"


def test_task_boxes_are_no_words_of_their_items():
    from azmap.corpus.segment import segment

    items = [p.text for p in segment("## Actions\n\n- [ ] Book the ferry for May.\n- [x] Send the rates to Aktau.\n"
                                     "- [link](https://a.example) to the rates.\n")]
    assert items == ["Book the ferry for May.", "Send the rates to Aktau.", "link to the rates."]
    escaped = [p.text for p in segment("## Actions\n\n- \\[ \\] Book the ferry for May.\n- \\[1\\] Ferry rates.\n")]
    assert escaped == ["Book the ferry for May.", "[1] Ferry rates."]  # a page's converter escapes the box


def test_pandoc_title_block_notes_and_table_caption():
    from azmap.corpus.metadata import from_text
    from azmap.corpus.segment import segment

    text = ("% Ferries on the Caspian\n% Kamal Rzayev; Irina Volkova\n% 6 October 2025\n\n"
            f"{STORY[:-1]}.[^1] More followed.\n\n| Year | Ferries |\n|---|---|\n| 2024 | 12 |\n\n"
            "Table: Ferries by year.\n\n[^1]: The company's statement.\n")
    meta = from_text(text)
    assert (meta.title, meta.date, [a["name"] for a in meta.authors]) == (
        "Ferries on the Caspian", "2025-10-06", ["Kamal Rzayev", "Irina Volkova"])
    kinds = {p.text: p.kind for p in segment(text)}
    assert kinds[f"{STORY[:-1]}. More followed."] == "body" and kinds["Table: Ferries by year."] == "caption"
    assert kinds["2024 | 12"] == "body"  # a table's rows stay body rows
    assert from_text("% of the cargo\n\nmoved by rail\n").title != "of the cargo"


@pytest.mark.parametrize("line, furniture", [
    ("Having trouble viewing this? View it in your browser", True),
    ("Was this email forwarded to you? Subscribe for free.", True),
    ("You are receiving this newsletter because you registered at our site.", True),
    ("Update your email preferences · Unsubscribe", True),
    ("Presented by Kura Freight: rail and ferry space from Aktau to Poti.", True),
    ("If someone forwarded you this issue, welcome: we write about ports every week.", False),
    ("Readers can view the full report in a browser on the ministry's site.", False),
    ("Sponsors of the pipeline met in Baku on Monday.", False),
])
def test_a_newsletters_lines_about_itself_are_furniture(line, furniture):
    from azmap.corpus.newsletter import is_mail_furniture

    assert is_mail_furniture(line) is furniture


def test_a_first_name_sign_off_is_furniture_after_closing_words_or_over_the_footer():
    from azmap.corpus.newsletter import is_mail_furniture

    assert is_mail_furniture("Nigar", "See you next week,", "")
    assert is_mail_furniture("Nigar", "That is all.", "You are receiving this email because you signed up.")
    assert not is_mail_furniture("Baku", "That is all.", "The port said more ferries would come.")


@pytest.mark.parametrize("note, furniture", [
    ("This interview has been condensed and edited.", True),
    ("Our answers are edited for length.", True),
    ("Das Gespräch wurde gekürzt.", True),
    ("The text has been edited heavily by the government, critics say, and all mention of the border removed.", False),
])
def test_an_interviews_note_on_its_editing_is_furniture(note, furniture):
    from azmap.corpus.signatures import is_editing_note

    assert is_editing_note(note) is furniture
