"""The sweep of documents22's plain-text kinds (tests/sweep_d22text.py): a messenger channel's post (its name and
audience line no title, the signature after the writing-hand mark its author) and an item's masthead holding the
site's address and its topics line (no title). The development cells at the figures reached while tuning; the test
cells at what they read when measured once."""
import pytest

from azmap.corpus import channel_post, house_pairs, release_about
from azmap.corpus.header_lines import site_suffix
from tests import sweep_d16text
from tests.sweep_d22text import cells, figures, misses, part

# before (main's reader at d2a09f5), the 17 dev cells: titles 9, dates 17, authors 10, participants 17, bodies 17
# (the channel's lines or the masthead read as the title, the signature lost, the second pair lost, the release's
# body named by its "About" section no author).
DEV = {"cells": 17, "title": 17, "date": 17, "authors": 17, "participants": 17, "body": 17}
# The test half measured once at the end of each kind (before, at d2a09f5: titles 11, dates 16, authors 8 of 17): a French stamp
# "04/03/2025 - 14h20" read month first (2025-04-03), no language evidence deciding the order (not this sweep's
# kind); a German house "Universität Kelheim, Fachbereich Geschichte" read as a house and a city (the department's
# word is in no institution table), "Fachbereich Geschichte" lost.
TEST_FLOOR = {"cells": 17, "title": 17, "date": 16, "authors": 16, "participants": 17, "body": 17}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("channel", "masthead", "pairs", "about"), DEV, TEST_FLOOR, misses)


@pytest.mark.parametrize("line,want", [
    ("канал · 18 412 подписчиков", True), ("channel · 12,408 subscribers", True), ("canal · 2,1 K abonnés", True),
    ("Kanal · 5.210 Abonnenten", True), ("Gas exports · 12 bcm in 2025", False), ("Episode 4 · 42 min", False),
])
def test_a_channels_audience_line(line, want):
    assert channel_post.audience_line(line) is want


@pytest.mark.parametrize("line,want", [
    ("SAHIL NEWS AGENCY  |  sahilnews.example/en  |  Oil&Gas", True), ("KAUKASUS-DIENST · kaukasusdienst.example", True),
    ("Border talks resume on the Kura section after a pause | caspianwire.example", False),
    ("Azerbaijan opens evisa.example portal to transit drivers", False), ("Energy | Ports | Rail", False),
    ("CASPIAN ENERGY REVIEW  |  No. 38  |  October 2025  |  www.caspianenergyreview.example", False),
])
def test_a_masthead_holding_the_sites_address(line, want):
    assert channel_post.address_masthead(line) is want


def test_a_footer_signature_after_the_writing_hand_mark():
    assert channel_post.footer_signature("👁 9,1K   ✍️ Ruth Okafor   edited 14:32") == "Ruth Okafor"
    assert channel_post.footer_signature("👁 2,7K  ·  ✍ Lucía Herrero  ·  editado 12:05") == "Lucía Herrero"
    assert channel_post.footer_signature("👁 812   modifié 11:40") is None
    assert channel_post.footer_signature("✍️ Write to us   🔥 12") is None


def test_a_topics_line_and_a_site_with_a_long_top_level_domain():
    assert channel_post.topics_line("Oil&Gas  Azerbaijan  Kazakhstan")
    assert not channel_post.topics_line("Gas talks  resume in Baku") and not channel_post.topics_line("Baku, 4 March")
    assert site_suffix("Border talks resume on the Kura section after a pause | caspianwire.example") == \
        ("Border talks resume on the Kura section after a pause", "caspianwire.example")


def test_authors_each_over_her_house_and_the_house_without_its_city():
    from azmap.corpus.author_evidence import _role_line, is_personal_name

    lines = [(0, "Aysel Mammadli"), (1, "Institute for Caspian Economic Research, Baku"), (2, "Jonas Brenner"),
             (3, "Department of Economics, University of Norderwald"), (4, "March 2026")]
    assert house_pairs.house_pairs(lines, is_personal_name, _role_line) == ([
        ("Aysel Mammadli", "Institute for Caspian Economic Research"),
        ("Jonas Brenner", "Department of Economics, University of Norderwald")], 4)
    assert house_pairs.without_city("Energy Correspondent, Kura Daily") == "Energy Correspondent, Kura Daily"
    assert house_pairs.without_city("Институт Каспия, Астрахань") == "Институт Каспия"


def test_a_releases_body_named_by_its_about_section_and_its_first_paragraph():
    text = ("# Ports of the Caspian\n\n**BAKU, 4 March 2025** – Kura Logistics today announced a new ferry service "
            "between Alat and Aktau.\n\nMore text.\n\n## About Kura Logistics\n\nKura Logistics is a company.\n")
    assert release_about.issuer(text, 0) == "Kura Logistics"
    assert release_about.issuer(text.replace("– Kura Logistics today", "– Freight volumes today"), 0) is None
    assert release_about._about_name("### Sobre a Cáspio Portos") == "Cáspio Portos"
    assert release_about._about_name("About the author") is None
