"""The sweep of an organisation as the author of what it issues (tests/sweep_orgauthor.py): a release with no
byline, a report's cover or title page naming its body or committee, an office's page whose header names it; with
traps where no organisation is the author (a news story with no byline, a report by named people, a publisher's
copyright line under an op-ed, a printing-order line)."""
from tests import sweep_d16text
from tests.sweep_orgauthor import cells, figures, misses, part

# before (main's reader at 4e83b9c), the 18 dev cells: titles 17, dates 18, authors 9, participants 18, bodies 18
# after issuing_body (one place: a committee's report line, "Published by", a release's subject after its dateline
# with its label or end mark, a body's name by the title; a printing order's "authority of" no author): authors 18;
# then 14: a release's subject counts only where a head line of its own names it too (a letterhead), since
# documents3's and the first set's releases (label, dateline, "<Body> today …") are annotated with no author, against
# the later sets' decision (the four releases with only a label and a dateline's subject left for the lead to decide)
# then 13: a committee's name alone counts only within two lines of the title (documents17's council masthead far over
# a meetings coverage release is annotated with no author), and never the title's own line: cover-az's title is its
# body's line over the real title (a title kind left alone), its author lost with it
DEV = {"cells": 18, "title": 17, "date": 18, "authors": 13, "participants": 18, "body": 18}
# The test half, before (at 4e83b9c): titles 17, dates 18, authors 10, participants 18, bodies 18
# The test half measured once at the end (at 360e21a): titles 17, dates 18, authors 13, participants 18, bodies 18.
# Its author misses: a release whose own label "NEWS RELEASE" is read as a byline's name (a kind of its own); "Herausgegeben
# von der …" read whole as a byline before the issuer's forms are asked (the cue's reading wins); the Russian title
# page whose body's line over the title is taken as the title (as cover-az in the dev half); the German report by
# named people with their institute (its people unread, no organisation read either); the German office page (its
# header's "Pressestelle des …" not read as the issuer).
TEST_FLOOR = {"cells": 18, "title": 17, "date": 18, "authors": 13, "participants": 18, "body": 18}

test_the_halves_are_apart_and_each_has_every_kind, test_the_sweep_stays_at_its_figures = sweep_d16text.halves_tests(
    part, cells, figures, ("release", "cover", "office"), DEV, TEST_FLOOR, misses)


def test_the_issuing_body_by_its_form_and_no_printing_order():
    from azmap.corpus.issuing_body import issuer

    body = ("Negotiators from the two sides spent the morning on the section of the border near the river, where "
            "the maps drawn in the 1970s no longer match the lines the villages use.")
    text = (f"# Rail tariffs on the corridor\n\nParliament of Arvenia\n\nReport of the Select Committee on Transport\n\n"
            f"Ordered by the House to be printed\n\n{body}\n")
    assert issuer(text, text.index(body), "Rail tariffs on the corridor")[0] == "Select Committee on Transport"
    text = f"# Rail tariffs\n\nHerausgegeben von der Bundesnetzkommission\n\n{body}\n"
    assert issuer(text, text.index(body), "Rail tariffs")[0] == "Bundesnetzkommission"
    text = f"# Rail tariffs\n\nCaspian Railways Authority\n\nMarch 2026\n\n{body}\n"
    assert issuer(text, text.index(body), "Rail tariffs")[0] == "Caspian Railways Authority"
    text = f"# Rail tariffs\n\nCaspian Policy Institute\n\nNino Tsereteli and Omar Lutfi\n\n{body}\n"
    assert issuer(text, text.index(body), "Rail tariffs") is None  # a report by named people
    text = f"# Rail tariffs\n\nOrdered by the House of Representatives to be printed\n\n{body}\n"
    assert issuer(text, text.index(body), "Rail tariffs") is None


def test_a_releases_subject_after_its_dateline_only_in_a_release():
    from azmap.corpus.issuing_body import issuer

    first = ("ANKARA, 2 April 2026 – Anadolu Rail Freight bugün yaptığı açıklamada yeni bir hattın açıldığını ve "
             "yük trenlerinin haftada üç kez sefer yapacağını duyurdu.")
    title = "Anadolu Rail Freight opens a line"
    release = f"ANADOLU RAIL FREIGHT\n\nBASIN BÜLTENİ\n\n{title}\n\n{first}\n\n-ends-\n"
    assert issuer(release, release.index(first), title)[0] == "Anadolu Rail Freight"
    story = f"ANADOLU RAIL FREIGHT\n\n{title}\n\n{first}\n"  # no label, no end mark: a story names no author
    assert issuer(story, story.index(first), title) is None
    unheaded = f"BASIN BÜLTENİ\n\n{title}\n\n{first}\n\n-ends-\n"  # its subject on no head line of its own
    assert issuer(unheaded, unheaded.index(first), title) is None
