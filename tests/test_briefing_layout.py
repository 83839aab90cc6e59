"""A briefing page of a wide view (the corridor, shorter than the map's space on the page) keeps its
map under the title and its legend right under the map, rather than both floating in blank paper."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from azmap.views import SavedView, ViewStore

MM = 72 / 25.4


def _words(pdf, page):
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    return [(m.group(5), float(m.group(2)), float(m.group(4))) for m in
            re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is absent")
def test_the_corridor_page_closes_its_legend_up_under_the_map(tmp_path):
    from azmap.export.briefing import export_briefing
    from azmap.export.extent import VIEWS

    views = tmp_path / "views.json"
    ViewStore(views).save([SavedView("Corridor", VIEWS["corridor"], feature="tap")])
    out = export_briefing(tmp_path / "b.pdf", views_file=views)
    words = _words(out, 2)
    legend_top = next(y0 for w, y0, _ in words if w == "Legend")
    map_foot = max(y1 for w, _, y1 in words if re.fullmatch(r"\d+°E", w))  # the longitudes under the frame
    title_foot = next(y1 for w, _, y1 in words if w == "Corridor")
    lat_tops = [y0 for w, y0, _ in words if re.fullmatch(r"\d+°N", w)]
    assert 0 < legend_top - map_foot <= 10 * MM
    assert min(lat_tops) - title_foot <= 30 * MM  # the map stands under the title block
