"""The sweep of documents24's text and markdown kinds (tests/sweep_d24text.py): a byline that is one part of a head
line of parts with its team's name, an agency's keyword slug over the headline, a transcript's labelled broadcast
day with its hours, a transcript's note in capitals, a short stamped turn, a statistics body's bulletin that no person signs."""
from tests import sweep_d16text
from tests.sweep_d24text import cells, figures, misses, part

# before (main's reader at 11685ce), the first 14 dev cells: titles 12, dates 11, authors 10, participants 14, bodies 14
# after partby (a byline part on a head line of parts, the team the line opens with their affiliation): authors 14
# after slug (keywords joined by hyphens with no space are an agency's slug, no title): titles 14
# after aired (a labelled day with its hours after it is a date line, a recording's day weaker than it): dates 14
# capsnote and shortturn added (at b54a94b), the 22 dev cells: bodies 18
# after shortturn (a stamped turn with the speaker's label is a turn however short): bodies 20
# after capsnote (a note in capitals naming the transcript, over mixed-case text, is no body): bodies 22
# (a callout kind, a blog's block-quoted tip under a short label, was added at fee38f4 and withdrawn: documents17's
# decision keeps a callout's own paragraph as body, documents21's and documents24's take a block-quoted tip out)
# orgissue added (at 5dfd735), 26 dev cells without the callout's: titles 22, authors 24 (its titles lost to the
# bulletin's issue line or the department's, a kind of its own left alone)
# after orgissue (a body's name in capitals over its series' numbered issue, its department's line between perhaps,
# is the author where no person signs): authors 26 (two cells' names set in title case, as the series cells are)
DEV = {"cells": 26, "title": 22, "date": 26, "authors": 26, "participants": 26, "body": 26}
# The test half, before (at 11685ce): titles 10, dates 10, authors 9, participants 14, bodies 14 of 14
# (capsnote and shortturn added at b54a94b, the 22 test cells: titles 22, dates 22, authors 22, participants 22,
# bodies 15: the first three kinds' test cells read then, after their changes, before these two kinds' changes)
# (orgissue added at 5dfd735, the test cells without the callout's 26: titles 22, authors 22, every other field 26)
# The whole sweep read by main's reader at 11685ce: dev titles 20, dates 23, authors 20, participants 26, bodies 22
# of 26; test titles 18, dates 22, authors 17, participants 26, bodies 19 of 26. The test half measured at the end
# (at d53d214): titles 22, dates 26, authors 24, participants 26, bodies 26. Its misses: the four bulletins' titles
# lost to the department's line (a kind left alone, as in the dev half); "Statistisches Landesamt Kaspien" named by
# no institution's word the reader knows ("Amt"); "Istituto Nazionale Di Statistica" (title case raising "di").
# (raised after sweep_month_headline: a statistics bulletin whose title names a month found its title, and a unit's
# "Subdirección de …" is no byline: authors 25; a body's name in capitals keeping "di" small: 26)
TEST_FLOOR = {"cells": 26, "title": 22, "date": 26, "authors": 26, "participants": 26, "body": 26}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("partby", "slug", "aired", "capsnote", "shortturn", "orgissue"), DEV, TEST_FLOOR, misses)


def test_a_byline_part_on_a_head_line_with_its_team():
    from azmap.corpus.header_lines import _by_part, team_over_byline

    line = "Kura Data Team · Notebook 3 · Erstellt von Nino Tsereteli und Jonas Vogt · Stand: 2026-01-12"
    assert _by_part(line).group(1) == "Nino Tsereteli und Jonas Vogt" and team_over_byline(line) == "Kura Data Team"
    assert _by_part("Zespół Danych | Opracowali Anna Nowak i Piotr Zieliński | 12.01.2026").group(1) \
        == "Anna Nowak i Piotr Zieliński"
    assert _by_part("Kura Data Team · Prepared for the Board of Directors · 2026-01-12") is None
    assert _by_part("12 January 2026 · by Sabina R. · 6 min read")  # (the plain "by" as before)
    assert team_over_byline("12 January 2026 · By Nino Tsereteli · 4 min read") is None
    assert team_over_byline("Notebook 3 · Compiled by Nino Tsereteli · 2026-01-12") is None


def test_and_in_the_languages_where_it_is_also_another_word_between_two_people_only():
    from azmap.corpus.person_names import split_authors

    assert [a["name"] for a in split_authors("Anna Nowak i Piotr Zieliński")] == ["Anna Nowak", "Piotr Zieliński"]
    assert [a["name"] for a in split_authors("Sanne de Vries en Joris Bakker")] == ["Sanne de Vries", "Joris Bakker"]
    assert len(split_authors("Ruth Okafor en Bakú")) == 1


def test_keywords_joined_by_hyphens_with_no_space_are_a_slug():
    from azmap.corpus.header_lines import keyword_slug

    for line in ("Georgia-Azerbaijan-rail-freight", "Kasachstan-Aserbaidschan-Öl-Pipeline", "Грузия-Азербайджан-газ"):
        assert keyword_slug(line), line
    for line in ("Baku-Tbilisi-Kars line carries record freight", "Baku-Tbilisi-Kars", "COP-29", "2025-2026-2027"):
        assert not keyword_slug(line), line


def test_a_labelled_day_with_its_hours_and_a_recordings_day_weaker():
    from azmap.corpus.date_evidence import labelled_day, weaker
    from azmap.corpus.date_parse import parse_date

    assert labelled_day("Uitzending: woensdag 4 maart 2026, 20.00-20.30 uur (Nederlandse tijd)", parse_date) == "2026-03-04"
    assert labelled_day("Yayın: 4 Mart 2026 Çarşamba, 19.00-19.30 (İstanbul saatiyle)", parse_date) == "2026-03-04"
    assert labelled_day("The talks resumed in Baku after a long pause: on 4 March 2026 the sides met", parse_date) is None
    assert labelled_day("Presenter: Ruth Okafor", parse_date) is None
    assert weaker("Recorded: Tuesday 3 March 2026") and weaker("Aufgezeichnet: 3. März 2026")
    assert not weaker("Broadcast: Wednesday 4 March 2026") and not weaker("Published 4 March 2026")


def test_a_short_stamped_turn_is_body_and_a_stamped_stage_line_none():
    from azmap.corpus.segment import segment

    text = ("Title: Ports\n\n[00:00:12] HOST: Welcome back. Today we talk about the ferries on the Caspian and the "
            "queues at the ports of Alat and Turkmenbashi.\n\n[00:00:40] BEKOV: Thanks, Ruth.\n\n(00:41) Ruth Okafor: "
            "Good.\n\n[00:00:45] [MUSIC]\n\n[00:00:52] HOST: The terminal plans a third berth next year and seeks a "
            "loan from a European bank for it.\n")
    kinds = {p.text: p.kind for p in segment(text, markdown=True)}
    assert kinds["[00:00:40] BEKOV: Thanks, Ruth."] == "body" and kinds["(00:41) Ruth Okafor: Good."] == "body"
    assert kinds["[00:00:45] [MUSIC]"] != "body"


def test_a_transcripts_note_in_capitals_over_mixed_case_text():
    from azmap.corpus.transcript_note import capitals_note

    turn = "[00:00:12] HOST: Welcome back. Today we talk about the ferries on the Caspian."
    assert capitals_note("DEZE TRANSCRIPTIE IS GEMAAKT OP BASIS VAN EEN OPNAME EN KAN FOUTEN BEVATTEN.", turn)
    assert capitals_note("ЦЯ СТЕНОГРАМА ЗРОБЛЕНА ЗА ЗАПИСОМ ЕФІРУ І МОЖЕ МІСТИТИ ПОМИЛКИ.", turn)
    assert not capitals_note("THE TRANSCRIPT OF THE TALKS WAS SHOWN TO THE EMBASSY ON WEDNESDAY.",
                             "THE MINISTRY CONFIRMED ITS TEXT AND THE TALKS GO ON IN APRIL IN BAKU.")
    assert not capitals_note("The transcript of the hearing shows that the two sides disagreed.", turn)
    assert not capitals_note("TONIGHT: FERRIES ON THE CASPIAN AND THE NEW TARIFF AT THE PORT OF ALAT.", turn)


def test_a_bodys_name_over_its_series_numbered_issue_is_the_author():
    from azmap.corpus.report_series import body_over_series

    text = "In January the office counted more lorries at the border."
    head = ["KURA BASIN STATISTICS AGENCY", "Division of Transport Data", "Statistical Note No. 7/2026"]
    assert body_over_series(head, text) == "Kura Basin Statistics Agency"
    assert body_over_series([head[0], head[2]], text) == "Kura Basin Statistics Agency"
    assert body_over_series(["FOREIGN TRADE AND TRANSPORT", "Monthly figures", head[2]], text) is None
    assert body_over_series([head[0], "Prepared by the division's staff in March.", head[2]], text) is None
