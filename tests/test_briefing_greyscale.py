"""Greyscale briefings, judged on the rendered pixels: the PDF briefing's map page (rasterised by
pdftoppm) and the deck's map picture are grey through and through, and the countries keep the
lightness steps of a greyscale print (Azerbaijan, Georgia, Armenia, Russia and Turkey, the sea each
on its own step, each covering a good share of the map); the deck's legend swatches are grey too."""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import numpy as np
import pytest
from PIL import Image

from azmap.export.greyscale import COUNTRY_GREYS, SEA_LIGHTNESS, grey
from azmap.views import SavedView, ViewStore
from tests.conftest import run_cli

STEPS = {"azerbaijan": COUNTRY_GREYS["azerbaijan"][0], "georgia": COUNTRY_GREYS["georgia"][0],
         "armenia": COUNTRY_GREYS["armenia"][0], "russia and turkey": COUNTRY_GREYS["russia"][0],
         "sea": SEA_LIGHTNESS}


def _views(tmp_path):
    path = tmp_path / "views.json"
    ViewStore(path).save([SavedView("The South Caucasus", (43.5, 38.5, 50.5, 42.5), feature="btc")])
    return path


def _colour_spread(rgb) -> int:
    return int(max(np.abs(rgb[..., 0] - rgb[..., 1]).max(), np.abs(rgb[..., 1] - rgb[..., 2]).max()))


def _step_shares(rgb) -> dict:
    """For each greyscale step of the palette, the share of the pixels on it (within 2 levels)."""
    g = rgb[..., 1]
    return {name: float((np.abs(g - int(grey(level)[1:3], 16)) <= 2).mean()) for name, level in STEPS.items()}


def _assert_grey_map(rgb, least_share):
    assert _colour_spread(rgb) <= 1  # no colour anywhere
    shares = _step_shares(rgb)
    for name, share in shares.items():
        assert share >= least_share, (name, shares)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is absent")
def test_the_briefing_pdf_prints_its_map_page_in_greys_told_apart_by_steps(tmp_path):
    views = _views(tmp_path)
    pages = {}
    for name, extra in (("grey", ["--greyscale"]), ("colour", [])):
        out = tmp_path / f"{name}.pdf"
        r = run_cli("export-briefing", "--out", str(out), "--views", str(views), *extra)
        assert r.returncode == 0, r.stderr
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "2", "-l", "2", str(out), str(tmp_path / name)],
                       check=True, timeout=120)
        png = next(tmp_path.glob(f"{name}-*.png"))
        pages[name] = np.asarray(Image.open(png).convert("RGB")).astype(int)
    assert _colour_spread(pages["colour"]) > 60  # the same page in colour is coloured
    _assert_grey_map(pages["grey"], 0.01)


@pytest.mark.slow
def test_the_deck_shows_its_maps_and_legend_swatches_in_greys(tmp_path):
    from pptx import Presentation

    from azmap.export.briefing import export_briefing

    views = _views(tmp_path)
    out = export_briefing(tmp_path / "grey.pptx", views_file=views, greyscale=True)
    with zipfile.ZipFile(out) as z:
        media = [n for n in z.namelist() if n.startswith("ppt/media/")]
        assert len(media) == 1
        rgb = np.asarray(Image.open(io.BytesIO(z.read(media[0]))).convert("RGB")).astype(int)
    _assert_grey_map(rgb, 0.02)
    slide = Presentation(out).slides[1]
    swatches = [run.font.color.rgb for shape in slide.shapes if shape.has_text_frame
                for p in shape.text_frame.paragraphs for run in p.runs if run.text in ("■ ", "━━ ")]
    assert len(swatches) >= 5
    for c in swatches:
        r, g, b = c[0], c[1], c[2]
        assert r == g == b, str(c)
