"""A study's citation set as a paragraph of its own is furniture in any format (azmap/corpus/study_citation.py),
and numbered affiliations set side by side on one line answer each name's mark (affiliation_marks.py)."""
import pytest

from azmap.corpus.affiliation_marks import marked_authors
from azmap.corpus.segment import segment
from azmap.corpus.study_citation import is_citation

CITATIONS = [
    "Reference: Haydarov, K., Lindgren, P. and Sousa, M. (2024) 'Shipping lanes in a shallower sea', "
    "Caspian Studies Review, 8(3), pp. 40-58.",
    "Literatur: Brandt, S. & Oğuz, E. (2025): „Eisenbahnen im Südkaukasus“, Osteuropa-Forschung 12(1).",
    "Hughes T, Nasibli A (2023) \"Freight costs on the Middle Corridor\". Transport Policy 140: 55-67.",
    "DOI: 10.4444/csr.2024.0083",
    "Publicación: «Puertos del Caspio y calado», de M. Sousa y K. Haydarov, Geografía Marina (2024), 17(2).",
]
PROSE = [
    "The paper by Haydarov and Lindgren (2024), 'Shipping lanes in a shallower sea', was read widely in Aktau.",
    "Haydarov said the study (2024) had taken three years and would be followed by a second one in 2026.",
    "Reference points along the coast (2024) were measured again by the survey teams this spring.",
    "Correction: 'The berth opens in May', the harbour master had said in an earlier version (2024).",
]


@pytest.mark.parametrize("text", CITATIONS)
def test_a_citation_is_told_by_its_form(text):
    assert is_citation(text)


@pytest.mark.parametrize("text", PROSE)
def test_a_sentence_about_a_study_is_no_citation(text):
    assert not is_citation(text)


def test_the_citation_under_a_story_is_no_body_passage():
    body = ("The port authority said on Monday that the approach channel would be dredged again before the "
            "autumn, the third time in five years, as the sea level keeps falling along the northern shore.")
    text = "# Falling sea\n\n" + body + "\n\n" + CITATIONS[0] + "\n"
    kinds = {" ".join(p.text.split()): p.kind for p in segment(text, markdown=True)}
    assert kinds[body] == "body"
    assert kinds[CITATIONS[0]] != "body"


def test_affiliations_side_by_side_on_one_line_answer_each_mark():
    for line in ("^1 Caspian Transit Institute    ^2 Kutaisi State University",
                 "¹ Caspian Transit Institute ² Kutaisi State University",
                 "1 Caspian Transit Institute     2 Kutaisi State University"):
        got = marked_authors(["Aygun Rahimli^1 and Levan Kiknadze^2" if "^" in line else
                              "Aygun Rahimli¹ and Levan Kiknadze²" if "¹" in line else
                              "Aygun Rahimli 1 and Levan Kiknadze 2", line])
        assert got is not None, line
        assert got[0] == [{"name": "Aygun Rahimli", "affiliation": "Caspian Transit Institute"},
                          {"name": "Levan Kiknadze", "affiliation": "Kutaisi State University"}], line


@pytest.mark.parametrize("suffix,names,line", [
    (".md", "Nino Abashidze¹ and Rauf Guliyev²", "¹ Batumi Shipping Academy   ² Azerbaijan Marine Research Centre"),
    (".txt", "Nino Abashidze1 and Rauf Guliyev2", "1 Batumi Shipping Academy      2 Azerbaijan Marine Research Centre"),
])
def test_a_text_front_with_affiliations_on_one_line_and_a_day_under_them(tmp_path, suffix, names, line):
    """Each name its own affiliation, and "2 March 2026" under them the date, no affiliation of the mark 2."""
    from azmap.corpus.reading import read

    body = ("The harbour master said the new berth at the northern pier would take the larger ferries from the "
            "summer, once the dredging of the approach channel is finished and the depth has been surveyed again.")
    path = tmp_path / f"brief{suffix}"
    path.write_text(f"# Deeper berths for the Caspian ferries\n\n{names}\n\n{line}\n\n2 March 2026\n\n{body}\n",
                    encoding="utf-8")
    meta = read(path).meta
    assert [(a["name"], a.get("affiliation")) for a in meta.authors] == [
        ("Nino Abashidze", "Batumi Shipping Academy"), ("Rauf Guliyev", "Azerbaijan Marine Research Centre")]
    assert meta.date == "2026-03-02"
