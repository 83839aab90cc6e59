"""The print layout's items, each alone: the request, the extent, the page's layout, the title block,
the footer, the scale bar and north arrow, the graticule, the locator, the legend, the shapes, the
status by year, the stacking order, the label styles and the PNG writer."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest

from azmap.export.projection import PrintProjection, fit_frame
from azmap.export.request import ExportError, ExportRequest, validate
from azmap.features import EXTENT, gazetteer

GAZ = gazetteer()
MM_PER_PT = 25.4 / 72


def _figure(w_in=11.69, h_in=8.27, dpi=100):
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(w_in, h_in), dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


def _wrap(text, size, width_pt, *, max_lines=None, weight="normal", style="normal"):
    """A stand-in for a Composition's wrap: half an em a character."""
    per_line = max(1, int(width_pt / (size * 0.5)))
    words, lines, line = str(text).split(" "), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > per_line:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    lines.append(line)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += " …"
    return lines


# -- request and extent -------------------------------------------------------------------------

def test_a_request_is_checked_before_anything_is_drawn(tmp_path):
    with pytest.raises(ExportError, match="unknown output format"):
        validate(ExportRequest(out=tmp_path / "m.tiff"), GAZ)
    with pytest.raises(ExportError, match="out of range"):
        validate(ExportRequest(out=tmp_path / "m.png", dpi=20), GAZ)
    with pytest.raises(ExportError, match="unknown layout"):
        validate(ExportRequest(out=tmp_path / "m.png", layout="poster"), GAZ)
    validate(ExportRequest(out=tmp_path / "m.png", view="region"), GAZ)  # a sound one passes


def test_the_corridor_view_is_about_sangachal_to_italy():
    from azmap.export.extent import VIEWS, resolve_extent, subject_box

    req = ExportRequest(out=Path("c.png"), view="corridor")
    assert resolve_extent(req, GAZ) == VIEWS["corridor"]
    w, s, e, n = subject_box(req, GAZ, VIEWS["corridor"])
    assert w < 18.6  # TAP's landfall in Apulia
    assert e > 49.4  # Sangachal, south of Baku


def test_a_users_extent_is_its_own_subject():
    from azmap.export.extent import resolve_extent, subject_box

    req = ExportRequest(out=Path("c.png"), bbox=(44.0, 39.0, 47.0, 41.0))
    assert resolve_extent(req, GAZ) == (44.0, 39.0, 47.0, 41.0)
    assert subject_box(req, GAZ, req.bbox) == pytest.approx((44.0, 39.0, 47.0, 41.0))


# -- the page's layout ---------------------------------------------------------------------------

def test_a_portrait_page_puts_legend_and_locator_under_the_map_and_a_landscape_one_beside_it():
    from azmap.export.page import page_layout, page_scale

    assert page_scale(8.27, 11.69) == pytest.approx(1.0, abs=0.01)
    assert page_scale(11.69, 16.54) == pytest.approx(1.414, abs=0.01)  # A3
    portrait = page_layout(8.27, 11.69)
    ml, mb, mw, mh = portrait.map_rect
    for rect in (portrait.legend_rect, portrait.locator_rect):
        assert rect[1] + rect[3] <= mb  # under the map
    landscape = page_layout(11.69, 8.27)
    ml, mb, mw, mh = landscape.map_rect
    for rect in (landscape.legend_rect, landscape.locator_rect):
        assert rect[0] >= ml + mw  # beside it
    alone = page_layout(11.69, 8.27, "map")
    assert alone.legend_rect is None and alone.locator_rect is None


# -- the title block and the footer ----------------------------------------------------------------

def test_the_title_block_holds_the_year_and_the_date_of_information():
    from azmap.export.titleblock import title_block

    req = ExportRequest(out=Path("t.png"), view="karabakh", year=2021, date="2026-11-30")
    tb = title_block(req, GAZ, _wrap, 1.0, 500)
    assert tb.title == "Karabakh and the seven districts"
    sub = " ".join(tb.sub_lines)
    assert "Situation in 2021" in sub and "information as of 2026-11-30" in sub
    shusha = title_block(ExportRequest(out=Path("t.png"), features=["shusha"]), GAZ, _wrap, 1.0, 500)
    assert shusha.title == "Shusha" and "Highlighted: Shusha" in " ".join(shusha.sub_lines)
    assert "Information as of " in " ".join(shusha.sub_lines)  # today's date, without a year shown
    assert tb.height_pt == pytest.approx(len(tb.lines) * tb.size * 1.25 + len(tb.sub_lines) * tb.sub_size * 1.4)
    # a map alone has no title block (its slide or page sets one), but keeps its title for the file
    bare = title_block(ExportRequest(out=Path("t.png"), layout="map", title="Mine"), GAZ, _wrap, 1.0, 500)
    assert bare.title == "Mine" and bare.lines == [] and bare.height_pt == 0


def test_a_long_title_takes_a_smaller_size_before_a_third_line():
    from azmap.export.titleblock import title_block

    title = "The pipelines and railways that carry Caspian oil and gas westward to the Black Sea"
    tb = title_block(ExportRequest(out=Path("t.png"), title=title), GAZ, _wrap, 1.0, 300)
    assert len(tb.lines) <= 2 and tb.size < 15


def test_the_footer_stacks_caption_sources_and_attribution_with_the_attribution_last(tmp_path):
    from azmap.export.credits import draw_footer, footer

    req = ExportRequest(out=tmp_path / "f.png", caption="Where the oil goes.", caption_sources=["Weitz 2008"],
                        credit="A. Cartographer", date="2026-11-30")
    ft = footer(req, GAZ, _wrap, 1.0, 700, (44.5, 38.2, 51.0, 42.0), "Lambert conformal conic")
    assert ft.caption_lines == ["Where the oil goes."]
    assert "Weitz 2008" in " ".join(ft.source_lines)
    att = " ".join(ft.att_lines)
    assert "A. Cartographer" in att and "2026-11-30" in att and "Lambert" in att
    fig = _figure()
    draw_footer(fig, ft, 0.05, 0.02, 1.0)
    ys = {t.get_text(): t.get_position()[1] for t in fig.texts}
    assert ys[ft.att_lines[-1]] < ys[ft.source_lines[0]] < ys["Where the oil goes."]


# -- scale bar and north arrow ---------------------------------------------------------------------

@pytest.mark.parametrize("bbox, width_mm", [((44.5, 38.2, 51.0, 42.0), 250), ((16.0, 33.0, 58.0, 57.0), 250),
                                            ((46.0, 39.5, 47.0, 40.2), 120)])
def test_the_scale_bar_is_a_round_length_true_where_it_stands_and_at_most_a_quarter_of_the_map(bbox, width_mm):
    from pyproj import Geod

    from azmap.export.scalebar import BAR_KM, scale_bar

    proj = PrintProjection(bbox)
    frame = fit_frame(proj, bbox, 1.4)
    units_per_pt = (frame[2] - frame[0]) / (width_mm / MM_PER_PT)
    bx, by, length, km = scale_bar(proj, frame, 1.0, units_per_pt)
    bar_mm = length / units_per_pt * MM_PER_PT
    assert km in BAR_KM
    assert 0 < bar_mm <= width_mm / 4 * 1.01
    assert bar_mm >= width_mm / 4 / 3.5  # the longest round length that fits, not a stub
    (lon0, lon1), (lat0, lat1) = proj.inverse([bx, bx + length], [by, by])
    _, _, metres = Geod(ellps="WGS84").inv(lon0, lat0, lon1, lat1)
    assert metres / 1000 == pytest.approx(km, rel=0.01)


def test_the_north_arrow_points_to_the_pole_from_where_it_stands():
    from azmap.export.scalebar import draw_north_arrow

    bbox = (16.0, 33.0, 58.0, 57.0)  # wide: the meridians converge, north leans at the edges
    proj = PrintProjection(bbox)
    frame = fit_frame(proj, bbox, 1.4)
    fig = _figure()
    ax = fig.add_axes((0, 0, 1, 1))
    u = (frame[2] - frame[0]) / 800
    x, y = proj.forward(20.0, 40.0)  # far west of the central meridian
    draw_north_arrow(ax, proj, x, y, 1.0, u)
    n = next(t for t in ax.texts if t.get_gid() == "north-arrow")
    assert n.get_text() == "N"
    nx, ny = n.get_position()
    lon, lat = proj.inverse(nx, ny)
    assert lat > 40.0 and lon == pytest.approx(20.0, abs=0.3)  # up its own meridian, not the page's up
    assert nx > x  # which leans east there


def test_graticule_steps_and_labels():
    from azmap.export.graticule import crossing, degrees_label, grid_step

    assert grid_step(6.5) == 1 and grid_step(42) == 5 and grid_step(0.6) == 0.2
    assert degrees_label(45.0, "E", "W") == "45°E" and degrees_label(-0.5, "N", "S") == "0.5°S"
    assert crossing([0, 2, 4], [10, 20, 30], 1.0) == pytest.approx(15.0)
    assert crossing([0, 2, 4], [10, 20, 30], 9.0) is None


# -- locator and legend -------------------------------------------------------------------------------

def test_the_locator_draws_the_frame_on_the_whole_region():
    import numpy as np

    from azmap.export.locator import draw_locator

    bbox = (44.5, 38.2, 51.0, 42.0)
    proj = PrintProjection(bbox)
    frame = fit_frame(proj, bbox, 1.4)
    fig = _figure()
    ax = draw_locator(fig, (0.7, 0.7, 0.25, 0.25), GAZ, proj, frame, 1.0)
    outline = [ln for ln in ax.lines if ln.get_color() == "#d6004c"]
    assert len(outline) == 1
    region = PrintProjection(EXTENT)
    xs, ys = outline[0].get_data()
    lon, lat = region.inverse(np.asarray(xs), np.asarray(ys))
    assert min(lon) == pytest.approx(44.5, abs=0.6) and max(lat) == pytest.approx(42.0, abs=0.6)
    assert any(t.get_text() == "Locator" for t in ax.texts)


def test_the_legend_has_a_row_for_each_kind_it_is_given():
    from azmap.export.legend import DrawnKind, draw_legend

    kinds = [DrawnKind("country-azerbaijan", "Azerbaijan", [{"type": "fill", "colour": "#e0b53c"}], 100),
             DrawnKind("route-btc", "Baku–Tbilisi–Ceyhan pipeline (oil, 1,768 km)",
                       [{"type": "line", "colour": "#b00000", "width": 2.0, "dash": None}], 1000),
             DrawnKind("capital", "Capital", [{"type": "marker", "marker": "o", "size": 5, "face": "#111111"}], 1100)]
    fig = _figure()
    out = draw_legend(fig, (0.7, 0.1, 0.28, 0.5), kinds, 1.0)
    ax = fig.axes[-1]
    rows = [t.get_text() for t in ax.texts if t.get_text() != "Legend"]
    assert rows == [k.label for k in kinds] and out["columns"] == 1


# -- what a feature is, its shape, its place in the stack ------------------------------------------

def test_status_by_year():
    from azmap.export.status import held_in, visible

    lachin = GAZ.get("lachin")
    assert held_in(lachin, 2000) and not held_in(lachin, 2021)
    assert held_in(lachin, None)  # no year: the map of the whole period
    tap = GAZ.get("tap")
    assert not visible(tap, 2005) and visible(tap, 2021)
    assert visible(GAZ.get("armenia"), 1900)


def test_shapes_keep_holes_and_match_shapely():
    import numpy as np
    from shapely.geometry import Polygon, shape
    from shapely.geometry.polygon import orient

    from azmap.export.shapes import fast_shape, mpl_path

    ring = orient(Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(4, 4), (6, 4), (6, 6), (4, 6)]]))
    path = mpl_path(ring)
    from matplotlib.patches import PathPatch

    fig = _figure(1, 1, 100)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.add_patch(PathPatch(path, facecolor="#000000", edgecolor="none"))
    fig.canvas.draw()
    px = np.asarray(fig.canvas.buffer_rgba())[..., 0]
    assert px[90, 10] == 0 and px[50, 50] == 255  # filled, and its hole left open
    f = GAZ.get("armenia")
    assert fast_shape(f.geometry).equals(shape(f.geometry))
    assert fast_shape({"type": "Point", "coordinates": [1, 2]}) is None
    assert np.isfinite(path.vertices).all()


def test_the_stack_puts_names_over_routes_over_borders_over_fills():
    from azmap.export import stacking as z

    assert z.Z_FILL < z.Z_HILLSHADE < z.Z_BORDER < z.Z_ROUTE < z.Z_POINT < z.Z_LEADER < z.Z_LABEL < z.Z_FURNITURE
    assert z.LEGEND_ORDER.index("country-focus") < z.LEGEND_ORDER.index("route") < z.LEGEND_ORDER.index("capital")


def test_a_routes_name_is_its_colour_darkened_to_be_read():
    from azmap.export.labelling import darker, label_style
    from azmap.style import ROUTE_COLOURS

    def lum(h):
        r, g, b = (int(h[i:i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    assert lum(darker("#ffcc00")) == pytest.approx(0.32, abs=0.01)
    assert darker("#202020") == "#202020"
    assert label_style(GAZ.get("azerbaijan"), "sea")["fontstyle"] == "italic"
    assert label_style(GAZ.get("btc"), "route")["color"] == darker(ROUTE_COLOURS["btc"])


# -- the PNG writer -------------------------------------------------------------------------------------

def test_the_png_is_rgb_with_its_resolution_and_title(tmp_path):
    from PIL import Image

    from azmap.export.output import print_settings, write_png

    with print_settings():
        fig = _figure(2, 1, 100)
        fig.patch.set_facecolor("#336699")
        write_png(tmp_path / "p.png", fig, 150, (300, 150), "Zangilan – Ağdam")
    data = (tmp_path / "p.png").read_bytes()
    img = Image.open(tmp_path / "p.png")
    assert img.mode == "RGB" and img.size == (300, 150)
    assert img.getpixel((10, 10)) == (0x33, 0x66, 0x99)
    assert img.info.get("Title") == "Zangilan – Ağdam"
    i = data.index(b"pHYs")
    ppm = struct.unpack(">I", data[i + 4:i + 8])[0]
    assert ppm == round(150 / 0.0254)


# -- the result, the composition and the map's drawing ------------------------------------------------

def test_the_result_maps_degrees_to_the_pixels_of_the_page():
    from azmap.export.result import ExportResult

    bbox = (44.5, 38.2, 51.0, 42.0)
    proj = PrintProjection(bbox)
    frame = fit_frame(proj, bbox, 1.5)
    r = ExportResult(Path("x.png"), (1000, 800), frame, (0.1, 0.1, 0.8, 0.8), proj)
    assert r.frame_px() == pytest.approx((100, 80, 900, 720))
    lon, lat = proj.inverse(frame[0], frame[1])  # the frame's lower left corner
    assert r.to_pixel(lon, lat) == (100, 720)
    from shapely.geometry import Point

    p = r.project(Point(lon, lat))
    assert (p.x, p.y) == pytest.approx((100, 720))


def _small(**kw):
    return ExportRequest(out=Path("s.png"), size="900x640px", dpi=100, caption_sources=[], date="2026-11-30", **kw)


def test_a_page_draws_areas_routes_and_points_each_with_its_legend_kind():
    from azmap.export.composition import composed
    from azmap.style import COUNTRY_FILLS

    with composed(_small(view="caucasus", year=2021)) as comp:
        md = comp.map
        kinds = md.kinds
        # areas: a country with its own fill; the districts retaken in 2020 drawn as outlines
        assert kinds["country-armenia"].symbol[0]["colour"] == COUNTRY_FILLS["armenia"]
        assert "district-returned" in kinds and "district-fully" not in kinds
        # routes: each drawn (its line for the labels) and listed with its published length
        drawn_routes = {fid for fid, _, _ in md.lines}
        assert {"btc", "scp", "baku-supsa"} <= drawn_routes
        assert kinds["route-btc"].label.endswith("(oil, 1,768 km)")
        # points: the capitals
        assert "capital" in kinds and any(fid == "baku" for fid, *_ in md.markers)
        # the title block and the map block are laid out: the legend beside the map on a wide page
        lay = comp.layout
        assert lay.legend_rect[0] >= lay.map_rect[0] + lay.map_rect[2] - 1e-6
        assert comp.title == "Azerbaijan and its neighbours"


def test_a_map_alone_has_no_title_legend_or_locator():
    from azmap.export.composition import composed

    with composed(_small(view="karabakh", layout="map")) as comp:
        assert comp.layout.legend_rect is None and comp.layout.locator_rect is None
        texts = [t.get_text() for t in comp.fig.texts]
        assert texts == []  # no title, no footer: a slide sets its own
        assert len(comp.fig.axes) == 1  # the map


def test_a_highlighted_route_is_drawn_over_the_routes_that_share_its_corridor():
    """BTC shares its corridor with TANAP in Turkey and SCP in the Caucasus: highlighted, it is stacked
    above them (not under the casing of a route drawn later), and unhighlighted it keeps its place."""
    from azmap.export.composition import composed

    def route_z(req):
        with composed(req) as comp:
            md = comp.map
            return {fid: z for (fid, *_), (z, _) in zip(md.lines, [o for o in md.occluders if 20 <= o[0] < 30])}

    plain = route_z(_small(view="caucasus", year=2021))
    lit = route_z(_small(view="caucasus", year=2021, features=["btc"]))
    others = {fid: z for fid, z in lit.items() if fid != "btc"}
    assert {"tanap", "scp"} <= set(others)
    assert lit["btc"] > max(others.values())
    assert plain["btc"] < plain["tanap"] or plain["btc"] < max(z for f, z in plain.items() if f != "btc")
