"""Real documents, fourth round (tests/fixtures/documents4): one question only, asked many ways:
who wrote it? Each document names its author (or its host and guests, or nobody) in a way the
earlier rounds did not: a byline spread over spans, "By A, B and C", <meta name=author>, JSON-LD
(a Person, an Organization), a rel=author link, a "Contributor:" field, an "About the author" box,
a signature at the end, a memo's FROM line, a press office at the foot, an editorial board, a wire
story's credit line, a transcript's host and guests, a PDF's names with raised numbers, front
matter, and pages with no author at all (a site's or company's name is none). Titles, dates, body
paragraphs and furniture are measured as in documents2 and documents3.

The held-apart part (documents4/test) was written before the reader was changed for this round
and measured once with ``python -m tests.test_documents4 test``;
``test_the_held_apart_part_stays_where_it_was_measured`` keeps it from falling below that.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.test_documents2 import assert_no_worse, load_set, tally
from tests.test_documents3 import outcome

ROOT = Path(__file__).resolve().parent / "fixtures" / "documents4"


def load(part: str) -> list[dict]:
    return load_set(ROOT, part)


def figures(part: str) -> dict:
    docs = load(part)
    return tally(docs, [outcome(fx) for fx in docs])


DEV = load("dev")


@pytest.fixture(scope="module")
def outcomes():
    return {fx["file"]: outcome(fx) for fx in DEV}


def test_the_parts_are_as_large_as_promised_and_name_nobody_where_nobody_is_named():
    test = load("test")
    assert len(DEV) >= 14 and len(test) >= 8
    assert {fx["format"] for fx in DEV} == {"txt", "md", "html", "pdf"}
    assert any(not fx["authors"] and not fx.get("participants") for fx in DEV)
    assert any(not fx["authors"] and not fx.get("participants") for fx in test)


@pytest.mark.parametrize("fx", DEV, ids=[fx["file"] for fx in DEV])
def test_title_date_and_authors_as_the_page_states_them(fx, outcomes):
    got = outcomes[fx["file"]]
    assert got["title"] and got["date"] and got["authors"], (got["got"], fx["title"], fx["date"], fx["authors"])


@pytest.mark.parametrize("fx", DEV, ids=[fx["file"] for fx in DEV])
def test_every_body_paragraph_word_for_word_and_no_furniture(fx, outcomes):
    got = outcomes[fx["file"]]
    found, total = got["paragraphs"]
    assert found == total, [p[:60] for p in fx["body_paragraphs"]]
    assert not got["extra"]
    assert not got["boilerplate"]


# the held-apart part as it was measured, once (tests/fixtures/documents4/README.md): it may get
# better as the reader does, never worse
MEASURED_ONCE = {"documents": 8, "titles": 7, "dates": 8, "authors": 8, "paragraphs": (25, 25),
                 "extra passages": 0, "boilerplate in body": 0}


def test_the_held_apart_part_stays_where_it_was_measured():
    assert_no_worse(figures("test"), MEASURED_ONCE)


# each way of naming the author, in a short text of its own: (text, authors as (name, affiliation))
WAYS = {
    "credit line at the foot": (
        "Ferry fares rise\n\nThe fares on the Alat ferry will rise by a tenth in May, the operator said. "
        "Trucks will pay more than cars.\n\n(Reporting by Sabina Aliyeva in Baku; Editing by John Marr)\n",
        [("Sabina Aliyeva", None)]),
    "note at the end": (
        "Rails to Nakhchivan\n\nThe line through Zangezur would link Nakhchivan with the rest of the country "
        "by rail. Its cost is still unknown.\n\n— Written by Ramin Quliyev, a researcher at the Caspian "
        "Transport Institute.\n",
        [("Ramin Quliyev", "Caspian Transport Institute")]),
    "memo": (
        "MEMORANDUM\n\nTO: Harbour masters\nFROM: Elnur Aliyev, Port Operations\nDATE: 2 June 2025\n"
        "SUBJECT: Night pilotage\n\nPilots will be on duty at night from the first of July. Masters should "
        "call an hour before they arrive.\n",
        [("Elnur Aliyev", "Port Operations")]),
    "bulletin": (
        "Absheron Ports Council\nMonthly Bulletin — June 2025\n\nNew berth at Alat\n\nThe council opened "
        "a fourth berth for general cargo at Alat in June. It can take ships of up to ten thousand tonnes.\n",
        [("Absheron Ports Council", None)]),
    "three names": (
        "Trade across the sea\n\nBy Anar Babayev, Lena Roth and Timur Ospanov\n\nTrade between Kazakhstan "
        "and Azerbaijan doubled in five years. Most of it crossed the sea by ferry.\n",
        [("Anar Babayev", None), ("Lena Roth", None), ("Timur Ospanov", None)]),
    "name over a position": (
        "A port for the north\n\nPublished 3 May 2025\n\nThe north of the country has no port of its own. "
        "Goods from Guba and Khachmaz travel to Baku first, and that costs them a day.\n\nA small port at "
        "Nabran would change that for the fishing fleet and for the timber trade.\n\nMirza Abbasov\n"
        "Former Director of the Caspian Shipping Company\n",
        [("Mirza Abbasov", "Former Director of the Caspian Shipping Company")]),
    "editorial board": (
        "Mend the pipes first\n\nBy the Editorial Board\n\nBaku loses a third of its water through its own "
        "pipes. Mending them would do more than a new reservoir.\n",
        [("The Editorial Board", None)]),
    "names with raised numbers and a note's mark": (
        "Salt in the Kura delta\n\nLeyla Hasanova 1,* and Piotr Zielinski 2\n1 Baku State University\n"
        "2 University of Gdansk\n* Corresponding author\n\nThe sea reaches further up the Kura every dry "
        "summer. Wells in the delta now give water too salty for the fields.\n",
        [("Leyla Hasanova", "Baku State University"), ("Piotr Zielinski", "University of Gdansk")]),
    "dash, name and position": (
        "A port for the north\n\nThe north of the country has no port of its own. Goods from Guba and "
        "Khachmaz travel to Baku first, and that costs them a day.\n\n— Mirza Abbasov, former director of "
        "the shipping company\n",
        [("Mirza Abbasov", "former director of the shipping company")]),
    "a note at the end in German": (
        "Häfen am Kaspischen Meer\n\nVon Jonas Albers\n\nIm Jahr 2024 wurden in Alat mehr Container umgeschlagen "
        "als je zuvor. Die Fähren nach Aktau fahren inzwischen täglich.\n\nDer Autor ist Referent bei der "
        "Stiftung Kaspische Studien in Berlin.\n",
        [("Jonas Albers", "Stiftung Kaspische Studien")]),
    "a note at the end in French": (
        "Les ports de la Caspienne\n\nPar Claire Morel\n\nEn 2024, le port d'Alat a traité plus de conteneurs "
        "que jamais. Les ferries vers Aktau partent désormais chaque jour.\n\nL'autrice est chercheuse à "
        "l'Institut des études caspiennes, où elle travaille sur les transports.\n",
        [("Claire Morel", "Institut des études caspiennes")]),
    "an end note whose position has an article before a capital": (
        "Ferry fares rise\n\nBy Sabina Aliyeva\n\nThe fares on the Alat ferry will rise by a tenth in May, the "
        "operator said. Trucks will pay more than cars do.\n\nThe author is an Associate Professor at the "
        "Baku Transport Academy.\n",
        [("Sabina Aliyeva", "Baku Transport Academy")]),
}
# forms near those that name nobody: nothing is taken from them
NOBODY = {
    "a remark about someone at the end": "Ferry fares rise\n\nThe fares on the Alat ferry will rise by a tenth "
                                         "in May, the operator said. Trucks will pay more.\n\nRahimov is a "
                                         "stubborn man.\n",
    "an editor and a photographer only": "Ferry fares rise\n\nThe fares on the Alat ferry will rise by a tenth "
                                         "in May, the operator said. Trucks will pay more.\n\n(Editing by John "
                                         "Marr; Photos by Ilham Said)\n",
    "a company's line at the foot": "Ferry fares rise\n\nThe fares on the Alat ferry will rise by a tenth in May, "
                                    "the operator said. Trucks will pay more.\n\nCaspian Shipping Lines is a "
                                    "trading name of Caspian Shipping Lines LLC.\n",
    "a memo with no sender": "MEMORANDUM\n\nTO: Elnur Aliyev, Port Operations\nDATE: 2 June 2025\nSUBJECT: "
                             "Night pilotage\n\nPilots will be on duty at night from the first of July. Masters "
                             "should call an hour before they arrive.\n",
}


@pytest.mark.parametrize("way", sorted(WAYS))
def test_each_way_of_naming_the_author_is_read(way):
    from azmap.corpus.metadata import from_text

    text, want = WAYS[way]
    meta = from_text(text)
    assert [(a["name"], a.get("affiliation")) for a in meta.authors] == want, meta.evidence


@pytest.mark.parametrize("case", sorted(NOBODY))
def test_a_form_that_names_nobody_gives_no_author(case):
    from azmap.corpus.metadata import from_text

    meta = from_text(NOBODY[case])
    assert meta.authors == [] and not meta.author, (case, meta.authors)


def test_a_credit_line_and_a_note_about_the_author_are_no_body():
    from azmap.corpus.metadata import from_text

    for way in ("credit line at the foot", "note at the end"):
        text = WAYS[way][0]
        meta = from_text(text)
        assert meta.body_end is not None and text[meta.body_end:].lstrip()[:1] in ("(", "—")


def test_documents_show_says_where_each_author_came_from(tmp_path):
    from tests.conftest import run_cli

    env = {"AZMAP_DATA_DIR": str(tmp_path)}
    files = [ROOT / "dev" / name for name in ("wire_writing_editing.txt", "memo_to_from_subject.txt",
                                              "jsonld_organization_report.html")]
    assert run_cli("ingest", *map(str, files), env=env).returncode == 0
    listed = json.loads(run_cli("documents", "--json", env=env).stdout)
    shown = {}
    for prefix in ("user-wire-writing", "user-memo-to-from", "user-jsonld-organization"):
        doc = next(d for d in listed if d["doc_id"].startswith(prefix))
        shown[prefix] = run_cli("documents", "show", doc["doc_id"], env=env).stdout
    wire = shown["user-wire-writing"]
    assert "author:    Rauf Mammadov, Anna Berg\n" in wire and "from:      author: credit line at the end" in wire
    assert "Paul Grant" not in wire and "Caspian Wire staff" not in wire
    assert "from:      authors: Lala Jafarova — Network Planning (memo header)" in shown["user-memo-to-from"]
    assert "Sea Level Watch (an organisation) (JSON-LD)" in shown["user-jsonld-organization"]


if __name__ == "__main__":
    print(json.dumps(figures(sys.argv[1] if len(sys.argv) > 1 else "dev"), indent=1, ensure_ascii=False))
