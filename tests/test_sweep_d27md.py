"""The sweep of documents27's markdown kinds (tests/sweep_d27md.py): a leading block of "Key: value" metadata lines
with no fences, a transcript's turns as the speaker's name and a time stamp after it on a line of their own, a
programme's production credits that name no author, an image's italic caption right under it whatever its address."""
from tests import sweep_d16text
from tests.sweep_d27md import cells, figures, misses, part

# before (main's reader at 7e06db9), 15 cells a half (kvmeta, stampafter, credits): dev titles 15, dates 15,
# authors 13, participants 12, bodies 11; test titles 13, dates 12, authors 13, participants 12, bodies 10
# after kvmeta (a leading block of metadata lines, keys by meaning in a dozen languages, read as front matter): dev
# bodies 14 (the summary and language lines no body; titles and dates were read already by the labelled lines, in
# the languages their table has)
# after credits (a production role by meaning, music, theme, sound, production, then a colon or "by" in any
# language or "de", names no author): dev authors 14
# after stampafter (the name and a stamp after it alone on a line is a turn; the first turn the head took in is the
# body's, its speaker no byline): dev authors 15, participants 15, bodies 15 (a cell saying a paragraph twice, which
# reads as repeated furniture, rewritten with every turn's speech its own in both halves)
# imgcap added (19 cells a half), read by main's reader at 7e06db9: dev titles 19, dates 19, authors 17,
# participants 16, bodies 14; test titles 17, dates 16, authors 17, participants 16, bodies 15
# after imgcap (a caption right under the image's line set apart from it where its credit is cut off; an image by
# reference over a caption): dev bodies 19
# a development cell added after the test half was measured (an image's relative address holding spaces, the test
# half's miss), 20 cells: bodies 19
# after imgspace (an inline image's bare address may hold spaces, each word after one opening with no quote or
# bracket, a title's): bodies 20; the test half's cell reads right since, no longer held apart for it
DEV = {"cells": 20, "title": 20, "date": 20, "authors": 20, "participants": 20, "body": 20}
# The test half measured once at the end (at the imgcap change): titles 19, dates 19, authors 19, participants 19,
# bodies 18 of 19. Its miss: an image whose relative address holds spaces ("](../bilder/hafen alat.jpg)") is no
# image line to the reader, so its caption is lost.
TEST_FLOOR = {"cells": 19, "title": 19, "date": 19, "authors": 19, "participants": 19, "body": 18}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("kvmeta", "stampafter", "credits", "imgcap"), DEV, TEST_FLOOR, misses)


def test_a_leading_block_of_metadata_lines_is_front_matter_and_look_alikes_are_none():
    from azmap.corpus.key_values import key_value_block

    fm, end = key_value_block("Titel: Der Hafen\nAutorin: Lea Brandt\nDatum: 2026-03-02\nSprache: de\n\nText.\n")
    assert fm["title"] == "Der Hafen" and fm["authors"] == "Lea Brandt" and fm["date"] == "2026-03-02"
    assert fm["sprache"] == "de" and end == len("Titel: Der Hafen\nAutorin: Lea Brandt\nDatum: 2026-03-02\nSprache: de\n")
    fm, _ = key_value_block("Title: Ports\nAuthors: A. Berg; Lena Holm\nSummary: a long\n  summary going on\n\nText.\n")
    assert fm["authors"] == ["A. Berg", "Lena Holm"] and fm["summary"] == "a long summary going on"
    for text in ("To: staff\nFrom: desk\nDate: 2026-03-02\nSubject: Berths\n\nText.\n",  # a memo's headers
                 "Capital: Baku\nPopulation: 10 million\n\n# Azerbaijan\n",  # facts under labels
                 "Summary: the talks ended late.\n\nText.\n",  # one labelled line
                 "Tags: a, b\nCategory: c\n\nText.\n",  # no title, author or date among the keys
                 "Title: Ports\nthe text goes on here with no blank line\n"):
        assert key_value_block(text) == ({}, 0), text


def test_a_production_credit_names_no_author():
    from azmap.corpus.author_evidence import _OTHER_CUE

    for line in ("Sigla di Marco Neri", "Musik: Felix Wagner", "Produced by Harbour Audio", "Música de Ana Ruiz",
                 "Edição de Rui Lopes", "Produktion: Kaspi Audio", "Звукорежиссёр: Олег Смирнов"):
        assert _OTHER_CUE.match(line), line
    for line in ("By Hannah Price", "Di Marta Bellini", "Von Lea Brandt", "Music of the Caspian shores"):
        assert not _OTHER_CUE.match(line), line


def test_a_turn_with_the_stamp_after_the_name():
    from azmap.corpus.stamped_turns import names

    text = ("**Ada Lind** · 00:00:04\n\nHello and welcome.\n\nBo Karlsson | 00:00:09\n\nThanks.\n\n"
            "**Ada Lind** (00:01:02)\n\nSo, the ferries.\n\n**Bo Karlsson** [00:01:30]\nThey are late.\n")
    assert names(text)[0] == ["Ada Lind", "Bo Karlsson"]
    heads = "**Baku** · 09:30\n\nText.\n\n**Ganja** · 12:15\n\nText.\n\n**Baku** · 17:40\n\nText.\n"
    assert names(heads) is None  # places and times as headings: no one speaks
    assert names("**Ada Lind** · 00:00:04 and more words\n\nText.\n") is None


def test_an_image_whose_address_holds_spaces_and_look_alikes():
    from azmap.corpus.markdown_marks import is_image_line

    for line in ("![a](pictures/the port.png)", "![a](the port.png \"title\")", "![a](<the port.png>)"):
        assert is_image_line(line), line
    for line in ("![a](the port.png) and a sentence after it", "![a](x y) words"):
        assert not is_image_line(line), line


def test_a_caption_right_under_an_image_with_its_credit_run_on():
    from azmap.corpus.segment import segment

    body = "The first paragraph of the post, long enough to be one.\n\nThe second paragraph of the post goes here.\n"
    for image in ("![bus]({static}/images/bus.jpg)", "![bus][pic]", "![bus](<images/the bus.jpg>)",
                  "![bus](../pictures/the bus 2.jpg)", "![bus](pictures/the bus.jpg 'at dawn')"):
        text = f"# A trip\n\n{image}\n*our bus at the station at dawn. photo: my friend ola*\n\n{body}"
        if "][" in image:
            text += "\n[pic]: images/bus.jpg\n"
        kinds = {" ".join(p.text.split()): p.kind for p in segment(text)}
        assert kinds.get("our bus at the station at dawn.") == "caption", (image, kinds)
        assert kinds.get("photo: my friend ola") != "body", (image, kinds)
