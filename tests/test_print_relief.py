"""The relief in print: inside a PDF at the page's resolution (at least 200 ppi on an A4 page at 300
dpi), smooth however far it is enlarged (no blocks, whatever the viewer does with an image's pixels)."""
from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image

from azmap.export.render import ExportRequest, render

needs_poppler = pytest.mark.skipif(not shutil.which("pdfimages"), reason="pdfimages (poppler-utils) not installed")


def _images(pdf):
    """pdfimages -list's rows: (type, width, height, x-ppi, y-ppi)."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        f = line.split()
        rows.append((f[2], int(f[3]), int(f[4]), int(f[12]), int(f[13])))
    return rows


def _blockiness(a):
    """The share of the total curvature (second differences along rows) that the top 5 % of places
    carry: about 0.15 for a smooth image, more than half for one whose pixels are blocks."""
    d2 = np.sort(np.abs(np.diff(a.astype(float), n=2, axis=1)).ravel())
    return d2[-len(d2) // 20:].sum() / max(d2.sum(), 1e-9)


@needs_poppler
@pytest.mark.slow
@pytest.mark.parametrize("view, size", [("caucasus", "A4"), ("caucasus", "A4-landscape"), ("karabakh", "A4-landscape")])
def test_the_relief_in_a_pdf_is_at_200_ppi_or_more_and_shows_no_blocks(tmp_path, view, size):
    pdf = tmp_path / "r.pdf"
    render(ExportRequest(out=pdf, view=view, size=size, dpi=300, caption_sources=[]))
    rows = _images(pdf)
    shade = [r for r in rows if r[0] == "smask"]  # the relief is the page's one image: its shade is its mask
    assert len(shade) == 1
    _, w, h, xppi, yppi = shade[0]
    assert xppi >= 200 and yppi >= 200, rows
    # drawn at 300 dpi by a viewer that does not smooth an image (each pixel a block)
    subprocess.run(["pdfimages", "-png", str(pdf), str(tmp_path / "img")], check=True)
    mask = Image.open(sorted(tmp_path.glob("img-*.png"))[-1]).convert("L")
    assert mask.size == (w, h)
    seen = np.asarray(mask.resize((round(w * 300 / xppi), round(h * 300 / yppi)), Image.Resampling.NEAREST))
    cy, cx = seen.shape[0] // 2, seen.shape[1] // 2
    middle = seen[cy - 300:cy + 300, cx - 300:cx + 300]
    assert middle.max() >= 8  # there is relief there
    assert _blockiness(middle) <= 0.3  # 0.35 for the 56 ppi relief of before, at Karabakh


def test_the_relief_image_is_made_at_the_size_asked_and_smooth_at_any_enlargement():
    from azmap.export.projection import PrintProjection, fit_frame
    from azmap.export.relief import hillshade_rgba

    bbox = (45.3, 38.8, 47.7, 40.6)  # Karabakh: the image's pixels 40 times enlarged on A4 at 300 dpi
    proj = PrintProjection(bbox)
    frame = fit_frame(proj, bbox, 1.4)
    img = hillshade_rgba(proj, frame, (2800, 2000))
    assert img.shape == (2000, 2800, 4) and img.dtype == np.uint8
    alpha = img[..., 3]
    assert alpha.max() > 20
    assert _blockiness(alpha) <= 0.3
    # neighbouring pixels never jump: the steepest step between two is a few levels of alpha
    assert np.abs(np.diff(alpha.astype(int), axis=1)).max() <= 6
    assert np.abs(np.diff(alpha.astype(int), axis=0)).max() <= 6
