"""SVG export: the text is drawn as glyph outlines, so the page looks the same in a viewer without the
fonts it was made with, and the same text lies behind it, invisible, to search, select and copy."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from azmap.export.render import ExportRequest, render

NS = {"svg": "http://www.w3.org/2000/svg"}
RENDER = r"""
import sys
from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QColor
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication([])
r = QSvgRenderer(sys.argv[1])
size = r.defaultSize()
img = QImage(size.width(), size.height(), QImage.Format.Format_RGB32)
img.fill(QColor("white"))
p = QPainter(img)
r.render(p, QRectF(0, 0, size.width(), size.height()))
p.end()
img.save(sys.argv[2])
"""


@pytest.fixture(scope="module")
def svg(tmp_path_factory):
    out = tmp_path_factory.mktemp("svg") / "k.svg"
    result = render(ExportRequest(out=out, view="karabakh", size="A4", dpi=100, title="Ağdam – Şuşa: 1993 & after",
                                  caption_sources=[], relief=False))
    return result


def _view(svg_path, png_path, fonts: bool):
    """The SVG drawn by Qt's SVG renderer in a process of its own; without ``fonts``, fontconfig
    knows of no font at all (as on a machine without DejaVu or any other)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if not fonts:
        empty = png_path.with_suffix(".fonts.conf")
        empty.write_text('<?xml version="1.0"?>\n<fontconfig><cachedir>' + str(png_path.parent / "fc-cache")
                         + "</cachedir></fontconfig>\n", encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(empty)
        env["QT_QPA_FONTDIR"] = str(png_path.parent / "no-fonts")
    subprocess.run([sys.executable, "-c", RENDER, str(svg_path), str(png_path)], env=env, check=True,
                   capture_output=True, timeout=120)
    return np.asarray(Image.open(png_path).convert("L")).astype(int)


def test_every_text_of_the_page_is_searchable_text_and_none_is_visible(svg):
    root = ET.parse(svg.path).getroot()
    layer = root.find(".//svg:g[@id='searchable-text']", NS)
    assert layer is not None
    texts = root.findall(".//svg:text", NS)
    assert texts and all(t in list(layer) for t in texts)  # every text element is in the hidden layer
    assert "fill-opacity: 0" in layer.get("style")
    words = "\n".join(t.text or "" for t in layer)
    assert "Ağdam – Şuşa: 1993 & after" in words and "Legend" in words
    for label in svg.labels:
        if label.placed:
            for line in label.text.split("\n"):
                assert line in words, line
    assert sum(words.split("\n").count(label.text) for label in svg.labels if label.placed
               and "\n" not in label.text) == sum(1 for label in svg.labels if label.placed and "\n" not in label.text)


def test_the_svg_looks_the_same_without_any_font_installed(svg, tmp_path):
    with_fonts = _view(svg.path, tmp_path / "fonts.png", fonts=True)
    without = _view(svg.path, tmp_path / "none.png", fonts=False)
    assert with_fonts.shape == without.shape
    # the title's glyphs are drawn (dark pixels in the title's band) in both
    band = slice(0, with_fonts.shape[0] // 12)
    assert (without[band] < 100).sum() > 500
    assert np.abs(with_fonts - without).max() <= 2
