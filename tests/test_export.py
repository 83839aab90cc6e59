"""Print export and briefings: exact sizes, the route where it should be, vector text, determinism."""

import pytest
from PIL import Image

from azmap.export.render import ExportRequest, parse_size, render
from azmap.style import HIGHLIGHT, ROUTE_COLOURS
from azmap.views import SavedView, ViewStore
from tests.conftest import run_cli


def _rgb(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def test_paper_sizes_give_exact_pixels():
    assert parse_size("A4", 300) == (2480, 3508)
    assert parse_size("A4-landscape", 300) == (3508, 2480)
    assert parse_size("100x50mm", 254) == (1000, 500)
    assert parse_size("1200x800px", 96) == (1200, 800)


@pytest.mark.slow
def test_btc_at_a4_300dpi_has_the_exact_size_and_the_route_colour_along_the_route(tmp_path):
    result = render(ExportRequest(out=tmp_path / "btc.png", features=["btc"], size="A4-landscape", dpi=300))
    img = Image.open(result.path).convert("RGB")
    assert img.size == (3508, 2480) == result.size_px
    from azmap.features import gazetteer

    line = gazetteer().get("btc").shape()
    wanted = {_rgb(ROUTE_COLOURS["btc"]), _rgb(HIGHLIGHT)}
    hits = 0
    samples = [line.interpolate(i / 40, normalized=True) for i in range(2, 39)]
    for p in samples:
        x, y = result.to_pixel(p.x, p.y)
        # within half a corridor slot (about 6 px at 300 dpi): where BTC shares its corridor (with TANAP
        # in Turkey) it is drawn beside its geometry, and the other route's casing may lie on the geometry
        near = [img.getpixel((x + dx, y + dy)) for dx in (-8, -4, 0, 4, 8) for dy in (-8, -4, 0, 4, 8)]
        if any(min(sum(abs(a - b) for a, b in zip(px, w)) for w in wanted) < 60 for px in near):
            hits += 1
    assert hits >= 0.85 * len(samples)
    # and not everywhere: a point in the Caspian is sea-coloured, not route-coloured
    x, y = result.to_pixel(51.0, 41.5)
    assert min(sum(abs(a - b) for a, b in zip(img.getpixel((x, y)), w)) for w in wanted) > 100


def test_svg_is_vector_with_title_and_legend_text(tmp_path):
    result = render(ExportRequest(out=tmp_path / "m.svg", features=["tap"], view="corridor", dpi=100,
                                  title="Southern Gas Corridor", caption_sources=[]))
    svg = result.path.read_text(encoding="utf-8")
    assert "<text" in svg and "Southern Gas Corridor" in svg
    assert "Legend" in svg and "Trans Adriatic Pipeline (gas, 878 km)" in svg
    assert "<image" in svg  # the relief is the one raster


def test_pdf_is_vector_with_text(tmp_path):
    from pypdf import PdfReader

    result = render(ExportRequest(out=tmp_path / "m.pdf", features=["nakhchivan"], dpi=100, size="A4"))
    text = PdfReader(result.path).pages[0].extract_text()
    assert "Nakhchivan" in text and "Legend" in text and "Natural Earth" in text


def test_legend_lists_only_what_is_shown(tmp_path):
    result = render(ExportRequest(out=tmp_path / "k.svg", view="karabakh", dpi=100, caption_sources=[]))
    svg = result.path.read_text(encoding="utf-8")
    assert "Former NKAO" in svg
    assert "Trans Adriatic Pipeline" not in svg  # TAP is nowhere near Karabakh


def test_exports_are_deterministic(tmp_path):
    a = render(ExportRequest(out=tmp_path / "a.png", features=["btc"], dpi=72, size="A5", caption_sources=[]))
    b = render(ExportRequest(out=tmp_path / "b.png", features=["btc"], dpi=72, size="A5", caption_sources=[]))
    assert a.path.read_bytes() == b.path.read_bytes()
    a = render(ExportRequest(out=tmp_path / "a.svg", features=["btc"], dpi=72, size="A5", caption_sources=[]))
    b = render(ExportRequest(out=tmp_path / "b.svg", features=["btc"], dpi=72, size="A5", caption_sources=[]))
    assert a.path.read_bytes() == b.path.read_bytes()


def test_caption_cites_the_sources_of_the_highlighted_feature(tmp_path):
    result = render(ExportRequest(out=tmp_path / "g.svg", features=["gabala-radar"], dpi=72, size="A5"))
    svg = result.path.read_text(encoding="utf-8")
    assert "Sources cited for the highlighted features" in svg
    assert "Azerbaijan–Russia Relations" in svg or "Foreign relations" in svg


def test_hostile_text_in_the_caption_stays_text(tmp_path):
    payload = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    result = render(ExportRequest(out=tmp_path / "h.svg", dpi=72, size="A5", caption_sources=[payload]))
    import xml.etree.ElementTree as ET

    root = ET.parse(result.path).getroot()
    tags = {el.tag.rsplit("}", 1)[-1] for el in root.iter()}
    assert "script" not in tags
    assert not any(a.lower().startswith("on") for el in root.iter() for a in el.attrib)
    texts = "".join(t for el in root.iter() for t in [el.text or ""])
    assert "<script>alert(1)</script>" in texts  # shown, as text


@pytest.mark.parametrize("args,message", [
    (["--feature", "btx"], "unknown feature id"),
    (["--bbox", "10,30,60,60"], "outside the map's extent"),
    (["--bbox", "50,40,45,42"], "west must be less than east"),
    (["--size", "B7"], "unknown size"),
    (["--dpi", "5"], "out of range"),
])
def test_bad_arguments_exit_2_and_leave_no_file(tmp_path, args, message):
    out = tmp_path / "x.png"
    r = run_cli("export", "--out", str(out), *args)
    assert r.returncode == 2 and message in r.stderr
    assert not out.exists() and not list(tmp_path.iterdir())


def test_unwritable_path_exits_2(tmp_path):
    r = run_cli("export", "--out", str(tmp_path / "no" / "such" / "dir" / "x.png"))
    assert r.returncode == 2 and "does not exist" in r.stderr


def test_saved_views_survive_a_restart_and_can_be_managed(tmp_path):
    vs = ViewStore(tmp_path / "views.json")
    vs.add(SavedView("One", (44.0, 38.0, 51.0, 42.0), year=2012, feature="btc", passages=["weitz-2012:19"]))
    vs.add(SavedView("Two", (45.0, 38.5, 47.5, 40.5)))
    again = ViewStore(tmp_path / "views.json").load()  # a new process would see the same
    assert [v.name for v in again] == ["One", "Two"] and again[0].passages == ["weitz-2012:19"]
    vs.move("Two", 0)
    vs.rename("One", "Energy")
    vs.delete("Two")
    assert [v.name for v in vs.load()] == ["Energy"]


def test_a_corrupted_views_file_is_reported_and_kept_aside(tmp_path):
    path = tmp_path / "views.json"
    path.write_text('{"views": [{"name": "half", "bbox": [1, 2')
    vs = ViewStore(path)
    assert vs.load() == []
    assert vs.problem and "damaged" in vs.problem
    assert list(tmp_path.glob("views.json.damaged-*"))


def test_briefing_pdf_has_a_title_page_and_a_page_per_view_with_citations(tmp_path):
    from pypdf import PdfReader

    from azmap.export.briefing import export_briefing

    views = tmp_path / "views.json"
    ViewStore(views).save([SavedView("Exclave", (44.5, 38.6, 46.5, 40.0), feature="nakhchivan",
                                     passages=["weitz-2012:14"]),
                           SavedView("Radar", (46.5, 40.0, 49.0, 41.8), feature="gabala-radar")])
    out = export_briefing(tmp_path / "brief.pdf", views_file=views)
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Richard Weitz" in text and "Azerbaijan's Regional Allies" in text
    assert "Gebele" in text or "Gabala" in text


def test_briefing_without_views_is_a_clear_error(tmp_path):
    r = run_cli("export-briefing", "--out", str(tmp_path / "b.pdf"), "--views", str(tmp_path / "none.json"))
    assert r.returncode == 2 and "no saved views" in r.stderr


def test_parallel_routes_stack_the_same_on_screen_and_in_print():
    from azmap.features import gazetteer
    from azmap.mapview.page import feature_payload
    from azmap.style import drawing_order

    routes = [f.id for f in drawing_order(gazetteer()) if f.kind == "route"]
    # later is on top: BTC over Baku–Supsa (same corridor), the dashed SCP over the solid BTC
    assert routes.index("btc") > routes.index("baku-supsa") > routes.index("baku-novorossiysk")
    assert routes.index("scp") > routes.index("btc")
    page = [f["id"] for f in feature_payload(gazetteer())["features"] if f["properties"]["kind"] == "route"]
    assert page == routes
    assert [f.id for f in drawing_order(gazetteer()) if f.kind != "route"] == \
        [f.id for f in gazetteer() if f.kind != "route"]


def test_print_legend_lists_routes_in_gazetteer_order(tmp_path):
    result = render(ExportRequest(out=tmp_path / "r.svg", view="caucasus", dpi=72, caption_sources=[]))
    svg = result.path.read_text(encoding="utf-8")
    names = ["Baku\u2013Tbilisi\u2013Ceyhan pipeline (oil, 1,768 km)", "South Caucasus Pipeline (gas, 692 km)",
             "Baku\u2013Supsa pipeline (oil, 830 km)", "Baku\u2013Novorossiysk pipeline (oil, 1,330 km)"]
    positions = [svg.find(n) for n in names]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), positions
    assert "Baku-Supsa" not in svg and "Trans-Anatolian Pipeline (gas" in svg  # a join, and one word
    assert "route lengths as the operators publish them" in svg


def test_the_title_block_dates_the_information_and_names_the_frame(tmp_path):
    result = render(ExportRequest(out=tmp_path / "b.svg", bbox=(18.0, 38.5, 24.0, 42.5), dpi=72,
                                  caption_sources=[], date="2026-03-01", relief=False))
    svg = result.path.read_text(encoding="utf-8")
    assert "Azerbaijan and its neighbours" not in svg  # a Balkans frame is not titled by the default
    assert "Greece" in svg.split("<title>")[1].split("</title>")[0] or "Albania" in svg
    assert "Information as of 2026-03-01" in svg
    assert "SOURCES.md" not in svg
    default = render(ExportRequest(out=tmp_path / "d.svg", dpi=72, caption_sources=[], year=2021, relief=False))
    text = default.path.read_text(encoding="utf-8")
    assert "Azerbaijan and its neighbours" in text and "Situation in 2021" in text


def test_cjk_and_emoji_print_in_a_pdf_map_in_fonts_that_have_them(tmp_path):
    from pypdf import PdfReader

    from azmap.export.fonts import families

    assert len(families()) == 3, families()  # the Debian font packages `make` installs
    out = tmp_path / "cjk.pdf"
    render(ExportRequest(out=out, title="巴库 石油管道 🛢 Baku", dpi=72, caption_sources=[], relief=False,
                         caption="東京 and ☕ in the caption"))
    page = PdfReader(str(out)).pages[0]
    text = page.extract_text()
    assert "巴库" in text and "石油管道" in text and "東京" in text and "🛢" in text
    fonts = {str(v.get_object()["/BaseFont"]) for v in page["/Resources"]["/Font"].values()}
    assert any("NotoSansCJK" in f for f in fonts) and any("Symbola" in f for f in fonts), fonts


def test_svg_text_names_its_fonts_and_a_generic_fallback(tmp_path):
    import re

    result = render(ExportRequest(out=tmp_path / "f.svg", dpi=72, caption_sources=[], relief=False))
    families = set(re.findall(r"font-family: ([^;\"]*)", result.path.read_text(encoding="utf-8")))
    assert families and all(f.startswith("'DejaVu Sans'") and f.endswith("sans-serif") for f in families), families
