"""Furniture the third wave of held-out documents showed, in other wordings than theirs: a show's
times and sponsor, a note on a translation, a speech's salutation and its audience's reactions, an
event's advert, a letters page's note, a notice that an answer held when published, other stories
under their date and time, and a text's thanks; each with a look-alike of the text that must stay."""
from __future__ import annotations

from azmap.corpus import boilerplate
from azmap.corpus.appeals import is_notice_apart
from azmap.corpus.segment import segment


def _kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in segment(text)}


def test_a_recordings_times_and_the_links_it_names_are_furniture():
    doc = ("# Steppe Rails, episode 12\n\nWe talk to a dispatcher at Dostyk about the winter queue of wagons at the "
           "border, and about what a second track would change for the trains that wait there.\n\n"
           "## Chapters\n\n- [00:00] Welcome\n- [04:12] – The queue at Dostyk\n- 1:02:40 Listener questions\n\n"
           "## Resources from this episode\n\n- [Dostyk station timetable](https://example.org/t)\n"
           "- The report on wagon turnaround we discuss in part two\n")
    kinds = _kinds(doc)
    assert kinds["[00:00] Welcome"] != "body" and kinds["1:02:40 Listener questions"] != "body"
    assert kinds["The report on wagon turnaround we discuss in part two"] != "body"
    assert boilerplate.is_timestamp_list(["- 00:00 Intro", "- 12:30 Ports"])
    # a paragraph that names a time is no list of times
    assert not boilerplate.is_timestamp_list(["At 10:00 the ferry left.", "It came back at noon."])


def test_a_sponsor_read_and_a_translation_note_but_not_a_treatys_own_article():
    assert is_notice_apart("> **Today's episode is sponsored by Kura Freight.** Kura moves grain by rail. "
                           "Listeners get ten per cent off at kura.example/pod.")
    assert is_notice_apart("Cette émission est soutenue par la Fondation Caspienne.")
    assert is_notice_apart("Note: This is an informal translation of the statement issued in Russian.")
    assert is_notice_apart("Неофициальный перевод с казахского языка.")
    assert is_notice_apart("What follows is a working translation. In the event of any inconsistency, the original "
                           "version shall prevail.")
    # a treaty's own clause on its languages, and a story about a sponsor, are the text
    assert not is_notice_apart("In case of any discrepancy between the texts, the Azerbaijani text shall prevail.")
    assert not is_notice_apart("The festival was sponsored by a bank this year, the organisers said.")


def test_letters_note_answer_notice_and_thanks_but_not_a_speechs_gratitude():
    assert is_notice_apart("Write to us at letters@example.org. Letters must not exceed 250 words.")
    assert is_notice_apart("Contributions may be edited for length and clarity.")
    assert is_notice_apart("This answer was correct at the date of publication.")
    assert is_notice_apart("The authors are grateful to Aysel Karimova for her help with the survey.")
    assert is_notice_apart("This brief was written by two fellows. We thank the reviewers for their comments.")
    assert is_notice_apart("Автор благодарит коллег за замечания.")
    assert not is_notice_apart("We thank our partners in Georgia for their trust, and we will keep our word.")
    assert not is_notice_apart("The answer came a week later, and it was short.")


def test_an_events_advert_and_other_stories_under_their_time_but_not_a_dateline():
    assert boilerplate.is_listing_line("Caspian Rail Summit | Tbilisi | 14-15 May 2026 | Book at railsummit.example")
    assert boilerplate.is_listing_line("- 12.05.2025, 17:20 Governor opens new bridge over the Kura")
    # a table's row and a dated paragraph are not
    assert not boilerplate.is_listing_line("Ganja | 2019 | 330 | 12")
    assert not boilerplate.is_listing_line("12 May 2025, 17:20 The governor opened the bridge. Traffic began an hour later.")


def test_a_salutation_is_its_own_passage_and_reactions_leave_the_speech():
    doc = ("Уважаемые коллеги, дорогие друзья!\n\n"
           "Мы собрались здесь, чтобы обсудить будущее портов на Каспии и то, как быстрее везти грузы. (Аплодисменты)\n\n"
           "Dear friends, the road from Baku to Ganja was rebuilt in two years, and it carries twice the trucks.\n")
    passages = segment(doc)
    body = [p for p in passages if p.kind == "body"]
    assert [p.text[:9] for p in body] == ["Мы собрал", "Dear frie"]
    assert "Аплодисменты" not in body[0].text and body[0].text.endswith("грузы.") and body[0].notes
    assert any(p.text.startswith("Уважаемые") and p.kind != "body" for p in passages)
    # a one-line paragraph that opens with a like word and leads into what follows is the speech's
    doc = ("Дорога из Баку в Гянджу теперь выглядит так:\n\n"
           "Её перестроили за два года, и по ней идёт вдвое больше грузовиков, чем прежде.\n")
    assert [p.kind for p in segment(doc) if p.text.startswith("Дорога")] == ["body"]


def test_a_pull_quote_set_apart_over_lines_that_each_end_a_sentence_is_no_body():
    body = ("The new berths at Alat were built for ships that have not yet been ordered, and the port\n"
            "has spent two winters waiting for them. Nobody wants a port without ships. But nobody orders\n"
            "ships for a port that cannot take them either, said the harbour master, who has worked at\n"
            "the terminal since it opened and who expects the first of the new ferries next spring when\n"
            "the yard at Zykh finishes the hull it started three years ago this month and tests it.\n")
    quote = ("     \u201cNobody wants a port without ships.\n"
             "     But nobody orders ships for a port\n"
             "     that cannot take them either.\u201d\n")
    kinds = _kinds(body + "\n" + quote + "\n" + body.replace("Alat", "Kuryk"))
    assert [k for t, k in kinds.items() if t.startswith("\u201cNobody")] == ["caption"]
    # the same lines said once, in no other paragraph: somebody's words, the text
    lone = quote.replace("Nobody wants", "Everyone wants")
    kinds = _kinds(body + "\n" + lone + "\n" + body.replace("Alat", "Kuryk"))
    assert [k for t, k in kinds.items() if t.startswith("\u201cEveryone")] == ["body"]


def test_a_questions_record_labels_but_not_a_paragraph_that_names_them():
    assert boilerplate.is_record_labels(["Asked by: Anna Berg MP", "Date tabled: 2 May 2025"])
    assert boilerplate.is_record_labels(["Beantwortet von: Staatssekretär Jonas Keller", "Auswärtiges Amt",
                                         "Datum der Antwort: 12.05.2025"])
    assert not boilerplate.is_record_labels(["Answered by: the minister, who said little.",
                                             "Nobody in the chamber was satisfied with the reply."])
    assert not boilerplate.is_record_labels(["Note: figures for 2024 are provisional.", "Source: the ministry."])
