"""A byline's line read into people once (azmap/corpus/byline_line.py), through the readers that split one."""
from azmap.corpus import byline_line
from azmap.corpus.person_names import split_authors


def _people(line: str) -> list[tuple]:
    return [(a["name"], a["affiliation"]) for a in split_authors(line)]


def test_a_post_between_two_names_stays_with_the_first_and_a_place_is_no_affiliation():
    assert _people("Sinéad Walsh, Foreign Editor, and Tomás Keane in Luxembourg") == [
        ("Sinéad Walsh", "Foreign Editor"), ("Tomás Keane", None)]
    assert _people("Anna Kowalska, korespondentka, i Piotr Nowak w Warszawie") == [
        ("Anna Kowalska", "korespondentka"), ("Piotr Nowak", None)]


def test_a_place_alone_after_a_comma_is_no_post_and_a_name_particle_no_place():
    assert _people("Marie Lefèvre, à Lyon") == [("Marie Lefèvre", None)]
    assert _people("Sarah Collins, PhD, and Mark Hale") == [("Sarah Collins", None), ("Mark Hale", None)]
    assert byline_line.unplaced("João Pereira da Costa", lambda n: len(n.split()) >= 2) == ("João Pereira da Costa", None)


def test_a_house_after_a_post_is_the_post_s_not_another_writer():
    assert _people("Ewa Lind, Senior Reporter, Baltic Courier") == [("Ewa Lind", "Senior Reporter, Baltic Courier")]


def test_only_writing_roles_name_authors():
    assert _people("Marta Gruber (Text), Paul Steiner (Grafik)") == [("Marta Gruber", None)]
    assert _people("Texto: Ana Ruiz · Fotos: Luis Mora · Vídeo: Eva Gil") == [("Ana Ruiz", None)]
    assert _people("Text und Bild: Marta Gruber") == [("Marta Gruber", None)]  # writing among its roles
    assert _people("Fotoğraf: Murat Demir") == []
    assert _people("Story: Lisa Brandt / Video: Jan Olsen") == [("Lisa Brandt", None)]


def test_titles_before_a_name_are_no_part_of_it():
    assert _people("Dipl.-Ing. Paul Steiner") == [("Paul Steiner", None)]
    assert _people("Yrd. Doç. Dr. Selin Aydın, Ankara Üniversitesi") == [("Selin Aydın", "Ankara Üniversitesi")]
    assert byline_line.untitled("д-р Ирина Соколова") == "Ирина Соколова"
    assert byline_line.untitled("Dr Who") == "Dr Who"  # (nothing left but one word: the name as it is)


def test_roles_by_meaning():
    assert byline_line.contribution("Grafik") == {"graphics"}
    assert byline_line.contribution("Text und Fotos") == {"writing", "picture"}
    assert byline_line.credits_another("Übersetzung") and not byline_line.credits_another("Autorin")
    assert byline_line.contribution("Baku") is None


def test_a_line_of_names_without_roles_reads_as_before():
    assert _people("Nadia Kessler and Tom Reed") == [("Nadia Kessler", None), ("Tom Reed", None)]
    assert byline_line.parse("Nadia Kessler and Tom Reed", lambda n: True, byline_line.post_piece)[1] is False


def test_an_author_box_gives_the_post_after_a_dash():
    from azmap.corpus.writer_post import post_after_dash

    assert post_after_dash("Jana Nováková – redaktorka zahraničnej rubriky. Píše o energetike.",
                           "Jana Nováková") == "redaktorka zahraničnej rubriky"
    assert post_after_dash("Jana Nováková – ktorá píše od roku 2015 – žije v Košiciach.", "Jana Nováková") is None


def test_a_caption_credit_after_a_spaced_dash():
    from azmap.corpus.page_chrome import run_on_credit

    assert run_on_credit("Officials meet in Lahore on Friday. — AFP") == ["Officials meet in Lahore on Friday.", "AFP"]
    assert run_on_credit("Ein Zug bei Linz. – Foto: APA/Paul Steiner") == ["Ein Zug bei Linz.", "Foto: APA/Paul Steiner"]
    assert run_on_credit("Linz — the river port — at dawn") is None


def test_a_title_s_full_stop_ends_no_credit_s_sentence():
    from azmap.corpus.author_evidence import people

    assert [(p["name"], p["affiliation"]) for p in people("Prof. Lena Vogt, Institut für Ostrecht. Fotos: Jan Olsen",
                                                          cued=True)] == [("Lena Vogt", "Institut für Ostrecht")]


def test_a_plain_text_s_credit_line_under_its_title_names_its_writers_only():
    from azmap.corpus.metadata import from_text

    body = ("Die Bahnen wollen ab Herbst regelmäßig Containerzüge zwischen Baku und Wien fahren lassen, teilten beide "
            "Unternehmen am Mittwoch mit.\n\nDie Strecke führt über Georgien und die Türkei nach Österreich.\n")
    meta = from_text("# Güterzüge aus Baku\n\nMarta Gruber (Text), Paul Steiner (Grafik)\n\n4. März 2026\n\n" + body)
    assert [(a["name"], a["affiliation"]) for a in meta.authors] == [("Marta Gruber", None)]


def test_a_name_s_joining_word_before_a_one_letter_and_keeps_the_institution_whole():
    from azmap.corpus.person_names import split_authors

    # Portuguese "a" after "para" joins an institution's name; it is no "and" between two people
    assert split_authors("Ana Costa, Fundação para a Cooperação Caspiana") == \
        [{"name": "Ana Costa", "affiliation": "Fundação para a Cooperação Caspiana"}]
    assert split_authors("Luca Ferri, Istituto per gli Studi e la Ricerca") == \
        [{"name": "Luca Ferri", "affiliation": "Istituto per gli Studi e la Ricerca"}]
