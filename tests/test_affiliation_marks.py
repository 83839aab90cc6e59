"""Authors whose names carry marks answered by affiliation lines under them (a paper's front page
as its PDF's text layer or a copy of it gives them), and lines with figures that are no such list."""
from __future__ import annotations

import pytest

from azmap.corpus.affiliation_marks import marked_authors


@pytest.mark.parametrize("lines, expected", [
    (["Rustam Karimov 1, Elena Popescu 2* and Omar Haddad 1",
      "1 Caspian Institute of Transport, Aktau, Kazakhstan",
      "2 Faculty of Economics, University of Bucharest, Romania",
      "* Corresponding author: e.popescu@example.org"],
     [("Rustam Karimov", "Caspian Institute of Transport, Aktau, Kazakhstan"),
      ("Elena Popescu", "Faculty of Economics, University of Bucharest, Romania"),
      ("Omar Haddad", "Caspian Institute of Transport, Aktau, Kazakhstan")]),
    (["Nigar Safarova¹, Levan Chikovani²", "¹ Baku State University", "² Ilia State University, Tbilisi"],
     [("Nigar Safarova", "Baku State University"), ("Levan Chikovani", "Ilia State University, Tbilisi")]),
    (["Kerem Yilmaz a and Sophie van der Berg b",
      "a Department of Geography, Ege University, Izmir",
      "b Clingendael Institute, The Hague"],
     [("Kerem Yilmaz", "Department of Geography, Ege University, Izmir"),
      ("Sophie van der Berg", "Clingendael Institute, The Hague")]),
    (["Marie-Claire Dubois1,2 & Juan de la Vega2", "1Sciences Po, Paris", "2Universidad Complutense, Madrid"],
     [("Marie-Claire Dubois", "Sciences Po, Paris; Universidad Complutense, Madrid"),  # two marks: both affiliations
      ("Juan de la Vega", "Universidad Complutense, Madrid")]),
])
def test_names_with_marks_take_the_lines_their_marks_point_to(lines, expected):
    authors, used = marked_authors(lines)
    assert [(a["name"], a["affiliation"]) for a in authors] == expected
    assert used[0] == 0 and len(used) == len(lines)


@pytest.mark.parametrize("lines", [
    ["In 2019 the line carried 12 million tonnes, 3 times more than in 2010.", "1 Introduction"],
    ["Exports by Product 2", "1 Crude oil", "2 Natural gas"],  # a table: its heading is no name
    ["Kerem Yilmaz and Sophie van der Berg", "Ege University", "Clingendael Institute"],  # no marks
    ["Kerem Yilmaz 1 and Sophie van der Berg 2", "Ege University, Izmir"],  # marks nothing answers
    ["Section 2", "2 Background to the corridor"],
])
def test_lines_that_are_no_names_with_answered_marks_give_nothing(lines):
    assert marked_authors(lines) is None
