"""Bad saved-views files and odd page shapes: a message, never a traceback, and nothing the user
saved is lost. Each test has its own data directory (conftest), so views.json is the test's own."""
import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from azmap.errors import UserError
from azmap.export.render import ExportError, _bar_km, _fit_bbox_to_aspect, _grid_step, _inverse_lat
from azmap.paths import user_data_dir
from azmap.views import MAX_VIEWS, SavedView, ViewStore
from tests.conftest import run_cli

try:  # the dialog tests share the GUI tests' QApplication, which must be prepared before it exists
    from tests import gui_support  # noqa: F401
except ImportError:  # no QtWebEngine: the dialog tests are skipped below
    gui_support = None

GOOD = {"name": "Exclave", "bbox": [44.5, 38.6, 46.5, 40.0], "year": 2004, "layers": ["countries", "routes"],
        "feature": "nakhchivan", "passages": ["weitz-2012:14"], "note": "The exclave"}
NAN, INF = float("nan"), float("inf")


def _views_file() -> Path:
    return user_data_dir() / "views.json"


def _write(views, raw: str | None = None) -> bytes:
    """Write a views file as a user might have it; return its bytes."""
    text = raw if raw is not None else json.dumps({"version": 1, "views": views})  # NaN/Infinity as Python writes
    _views_file().write_text(text, encoding="utf-8")
    return _views_file().read_bytes()


def _asides(kind: str) -> list[Path]:
    return sorted(user_data_dir().glob(f"views.json.{kind}-*"))


def _no_traceback(r):
    assert "Traceback" not in r.stderr, r.stderr


def _between(bad: dict) -> list[dict]:
    return [dict(GOOD, name="Before"), bad, dict(GOOD, name="After", bbox=[46.5, 40.0, 49.0, 41.8])]


BAD_VIEWS = [
    (dict(GOOD, name="Year text", year="abc"), '"year" is \'abc\''),
    (dict(GOOD, name="Year list", year=[2004]), '"year" is a list'),
    (dict(GOOD, name="Year far", year=99999), "out of range"),
    (dict(GOOD, name="Layers", layers=5), '"layers" is 5'),
    (dict(GOOD, name="Passages", passages={"a": 1}), '"passages" is an object'),
    (dict(GOOD, name="Passage id", passages=["weitz-2012:" + "9" * 40]), "not a passage id"),
    (dict(GOOD, name=3), '"name" is 3'),
    (dict(GOOD, name="Feature", feature=["btc"]), '"feature" is a list'),
    (dict(GOOD, name="Note", note={"x": 1}), '"note" is an object'),
    (dict(GOOD, name="Inf", bbox=[44.5, 38.6, INF, 40.0]), "not finite"),
    (dict(GOOD, name="NaN", bbox=[NAN, 38.6, 46.5, 40.0]), "not finite"),
    (dict(GOOD, name="Big int", bbox=[44, 38, 10 ** 400, 40]), "not finite"),
    (dict(GOOD, name="Text corner", bbox=[44.5, "38.6", 46.5, 40.0]), "not a number"),
    (dict(GOOD, name="Three", bbox=[44.5, 38.6, 46.5]), "not four numbers"),
    (dict(GOOD, name="Lat", bbox=[44.5, 38.6, 46.5, 95.0]), "south must be less than north"),
    (dict(GOOD, name="Lon", bbox=[44.5, 38.6, 190.0, 40.0]), "west must be less than east"),
    (dict(GOOD, name="W>=E", bbox=[46.5, 38.6, 44.5, 40.0]), "west must be less than east"),
    (dict(GOOD, name="Elsewhere", bbox=[-80.0, -40.0, -60.0, -20.0]), "outside the map's extent"),
    (dict(GOOD, name="Stray NaN", later={"zoom": [1, NAN]}), "not finite"),
    ("a string", "not a view"),
    (dict(GOOD, name="Before"), "same name"),
]


@pytest.mark.parametrize("bad,reason", BAD_VIEWS, ids=[str(b.get("name")) if isinstance(b, dict) else repr(b)
                                                       for b, _ in BAD_VIEWS])
def test_one_bad_view_is_left_out_with_its_reason_and_the_others_are_kept(bad, reason):
    original = _write(_between(bad))
    store = ViewStore()
    views = store.load()
    assert [v.name for v in views] == ["Before", "After"]
    assert views[0] == SavedView(name="Before", bbox=(44.5, 38.6, 46.5, 40.0), year=2004,
                                 layers=["countries", "routes"], feature="nakhchivan", passages=["weitz-2012:14"],
                                 note="The exclave")
    assert len(store.skipped) == 1 and store.skipped[0].index == 2 and reason in store.skipped[0].reason
    assert "1 of the 3 saved views" in store.problem and reason in store.problem
    # only read: the file stays as it was, nothing is set aside
    assert _views_file().read_bytes() == original and not list(user_data_dir().glob("views.json.*"))


def test_a_file_written_by_the_current_version_reads_without_a_problem_and_is_not_set_aside():
    _write(None, raw='{"version": 1, "views": [{"name": "Old", "bbox": [45, 39, 47, 41], "year": null, '
                     '"layers": null, "feature": "btc", "passages": [], "note": ""}, {"name": "Radar", '
                     '"bbox": [46.5, 40.0, 49.0, 41.8], "year": 2012, "layers": ["routes"], '
                     '"feature": "gabala-radar", "passages": ["weitz-2012:19"], "note": "Leased"}]}')
    store = ViewStore()
    store.move("Radar", 0)
    assert [v.name for v in ViewStore().load()] == ["Radar", "Old"]
    assert store.problem is None and not list(user_data_dir().glob("views.json.*"))


def test_saving_over_a_file_with_unreadable_views_keeps_the_original_aside():
    original = _write(_between(dict(GOOD, name="Broken", year="abc")))
    store = ViewStore()
    store.rename("After", "Later")
    (aside,) = _asides("bad")
    assert aside.read_bytes() == original
    assert aside.name in store.problem and "could not be read" in store.problem
    again = ViewStore()
    assert [v.name for v in again.load()] == ["Before", "Later"] and again.problem is None
    store.delete("Later")  # the file is clean now: no second copy
    assert len(_asides("bad")) == 1


def test_cli_change_to_a_file_with_unreadable_views_says_where_the_original_is():
    original = _write(_between(dict(GOOD, name="Broken", bbox=[44.5, 38.6, INF, 40.0])))
    r = run_cli("views", "delete", "Before")
    _no_traceback(r)
    assert r.returncode == 0 and "After" in r.stdout and "Before" not in r.stdout
    (aside,) = _asides("bad")
    assert aside.read_bytes() == original and aside.name in r.stderr and "'Broken'" in r.stderr


@pytest.mark.parametrize("bad,reason", [
    (dict(GOOD, name="Bad", year="abc"), '"year" is \'abc\''),
    (dict(GOOD, name="Bad", bbox=[NAN, 38.6, 46.5, 40.0]), "not finite"),
    (dict(GOOD, name="Bad", bbox=[-80.0, -40.0, -60.0, -20.0]), "outside the map's extent"),
])
def test_cli_export_of_a_bad_saved_view_exits_2_with_its_reason(tmp_path, bad, reason):
    original = _write(_between(bad))
    out = tmp_path / "bad.png"
    r = run_cli("export", "--view", "Bad", "--out", str(out))
    _no_traceback(r)
    assert r.returncode == 2 and "saved view 'Bad' cannot be used" in r.stderr and reason in r.stderr
    assert not out.exists() and _views_file().read_bytes() == original


def test_cli_lists_and_exports_the_good_views_of_a_file_with_bad_ones(tmp_path):
    _write(_between(dict(GOOD, name="Bad", layers=5)))
    r = run_cli("views")
    _no_traceback(r)
    assert r.returncode == 0 and "1. Before" in r.stdout and "2. After" in r.stdout and "Bad" not in r.stdout
    assert "view 2 'Bad'" in r.stderr and '"layers" is 5' in r.stderr
    r = run_cli("export", "--view", "After", "--out", str(tmp_path / "after.png"), "--size", "A5", "--dpi", "50")
    assert r.returncode == 0 and (tmp_path / "after.png").exists(), r.stderr


@pytest.mark.parametrize("raw,why", [
    ('{"version": 1, "views": [{"name": "Half", "bbox": [44', "not JSON"),
    ("[1, 2, 3]", "not a views file"),
    ('{"version": 1, "views": {"name": "Exclave"}}', "not a views file"),
])
def test_cli_a_file_that_is_not_a_views_file_is_kept_aside_with_a_message(tmp_path, raw, why):
    original = _write(None, raw=raw)
    r = run_cli("export", "--view", "Exclave", "--out", str(tmp_path / "x.png"))
    _no_traceback(r)
    assert r.returncode == 2 and "unknown view 'Exclave'" in r.stderr
    (aside,) = _asides("damaged")
    assert "damaged" in r.stderr and why in r.stderr and aside.name in r.stderr
    assert aside.read_bytes() == original and not _views_file().exists()


def test_bytes_that_are_not_utf8_are_kept_aside():
    _views_file().write_bytes(b'{"views": [{"name": "\xff\xfe"}]}')
    store = ViewStore()
    assert store.load() == [] and "not UTF-8" in store.problem
    (aside,) = _asides("damaged")
    assert aside.read_bytes() == b'{"views": [{"name": "\xff\xfe"}]}'


def test_cli_a_file_nested_100000_deep_is_kept_aside_with_a_message(tmp_path):
    original = _write(None, raw="[" * 100_000 + "]" * 100_000)
    r = run_cli("export-briefing", "--out", str(tmp_path / "b.pdf"))
    _no_traceback(r)
    assert r.returncode == 2 and "nested too deeply" in r.stderr and "damaged" in r.stderr
    (aside,) = _asides("damaged")
    assert aside.read_bytes() == original and not (tmp_path / "b.pdf").exists()


def test_a_view_nested_100000_deep_costs_that_view_only():
    deep = "[" * 100_000 + "]" * 100_000
    body = json.dumps({"version": 1, "views": _between(dict(GOOD, name="Deep", layers="DEEP"))})
    original = _write(None, raw=body.replace('"DEEP"', deep))
    store = ViewStore()
    assert [v.name for v in store.load()] == ["Before", "After"]
    assert store.skipped[0].index == 2 and "nested too deeply" in store.problem
    store.delete("After")
    (aside,) = _asides("bad")
    assert aside.read_bytes() == original
    assert [v.name for v in ViewStore().load()] == ["Before"]


def test_a_file_over_20_mb_is_kept_aside_without_being_read():
    blob = json.dumps({"version": 1, "views": [dict(GOOD, note="x" * (21 * 2 ** 20))]}).encode()
    _views_file().write_bytes(blob)
    r = run_cli("views")
    _no_traceback(r)
    assert r.returncode == 0 and "No saved views yet" in r.stdout
    assert "20 MB" in r.stderr and "damaged" in r.stderr
    (aside,) = _asides("damaged")
    assert hashlib.sha256(aside.read_bytes()).digest() == hashlib.sha256(blob).digest()


def _many(n: int) -> bytes:
    views = [dict(GOOD, name=f"View {i}", passages=[], note="") for i in range(n)]
    return _write(views)


def test_100000_views_are_read_up_to_the_cap_quickly_and_kept_whole_aside_on_change():
    original = _many(100_000)
    store = ViewStore()
    started = time.monotonic()
    views = store.load()
    assert time.monotonic() - started < 10
    assert len(views) == MAX_VIEWS == 1000 and views[-1].name == "View 999"
    assert "100,000 views" in store.problem and "only the first 1,000" in store.problem
    with pytest.raises(UserError, match="at most 1,000"):
        store.add(SavedView("One more", (44.5, 38.6, 46.5, 40.0)))
    store.delete("View 0")
    (aside,) = _asides("bad")
    assert aside.read_bytes() == original and "99,000" in store.problem
    assert len(ViewStore().load()) == 999


def test_cli_briefing_of_100000_views_refuses_at_once_with_the_limit(tmp_path):
    _many(100_000)
    started = time.monotonic()
    r = run_cli("export-briefing", "--out", str(tmp_path / "b.pdf"), timeout=60)
    assert time.monotonic() - started < 30
    _no_traceback(r)
    assert r.returncode == 2 and "more than a briefing can hold (100" in r.stderr and "100,000" in r.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_briefing_over_the_limit_refuses_before_drawing(tmp_path):
    from azmap.export.briefing import MAX_BRIEFING_VIEWS, export_briefing

    _many(MAX_BRIEFING_VIEWS + 1)
    with pytest.raises(ExportError, match=f"{MAX_BRIEFING_VIEWS + 1} saved views are more than"):
        export_briefing(tmp_path / "b.pdf")
    assert not list(tmp_path.iterdir())


def test_cli_briefing_leaves_out_bad_views_with_a_warning(tmp_path):
    from pypdf import PdfReader

    bad = dict(GOOD, name="Broken", bbox=[44.5, 38.6, 46.5, INF])
    _write([dict(GOOD, name="Before"), bad])
    out = tmp_path / "b.pdf"
    r = run_cli("export-briefing", "--out", str(out))
    _no_traceback(r)
    assert r.returncode == 0 and "'Broken'" in r.stderr and "not finite" in r.stderr
    assert len(PdfReader(out).pages) == 2  # the title page and Before's page


def test_cli_briefing_when_every_view_is_bad_exits_2(tmp_path):
    _write([dict(GOOD, name="Broken", year="abc")])
    r = run_cli("export-briefing", "--out", str(tmp_path / "b.pdf"))
    _no_traceback(r)
    assert r.returncode == 2 and "'Broken'" in r.stderr and not (tmp_path / "b.pdf").exists()


def test_a_view_the_app_could_not_read_back_is_not_saved():
    store = ViewStore()
    store.add(SavedView("Fine", (44.5, 38.6, 46.5, 40.0)))
    for bad in [SavedView("Inverted", (58.0, 38.6, 16.0, 40.0)), SavedView("NaN", (NAN, 38.6, 46.5, 40.0)),
                SavedView("", (44.5, 38.6, 46.5, 40.0)), SavedView("Year", (44.5, 38.6, 46.5, 40.0), year=10 ** 6)]:
        with pytest.raises(UserError, match="cannot be saved"):
            store.add(bad)
    assert [v.name for v in ViewStore().load()] == ["Fine"]


# -- extreme page shapes and tiny extents ----------------------------------------------------------

@pytest.mark.parametrize("args,size", [
    (["--size", "20000x300px", "--view", "region"], (20000, 300)),
    (["--size", "400x2000px", "--bbox", "47,40,47.2,40.2"], (400, 2000)),
])
def test_cli_extreme_page_shapes_render(tmp_path, args, size):
    from PIL import Image

    out = tmp_path / "x.png"
    r = run_cli("export", *args, "--out", str(out))
    _no_traceback(r)
    assert r.returncode == 0, r.stderr
    with Image.open(out) as img:
        assert img.size == size
        assert len(img.convert("RGB").resize((64, 8)).getcolors(4096)) > 4  # a map was drawn, not a blank page


def test_cli_a_page_with_no_room_for_the_map_is_a_clear_error(tmp_path):
    r = run_cli("export", "--size", "2000x200px", "--dpi", "1200", "--out", str(tmp_path / "x.png"))
    _no_traceback(r)
    assert r.returncode == 2 and "no room for the map" in r.stderr and not list(tmp_path.iterdir())


def test_the_extent_grows_to_the_page_only_so_far():
    import math

    # a banner: the region cannot fill 94:1, so the extent stops at the region and half its size around
    x0, y0, x1, y1 = _fit_bbox_to_aspect((16.0, 33.0, 58.0, 57.0), 94.0)
    lon0, lon1 = math.degrees(x0 / 6378137.0), math.degrees(x1 / 6378137.0)
    assert lon0 == pytest.approx(-5.0) and lon1 == pytest.approx(79.0)
    assert (_inverse_lat(y0), _inverse_lat(y1)) == (pytest.approx(33.0), pytest.approx(57.0))
    # an ordinary page is fitted as before: the bbox grows about its centre to the page's aspect
    x0, y0, x1, y1 = _fit_bbox_to_aspect((44.5, 38.2, 51.0, 42.0), 1.2)
    assert (x1 - x0) / (y1 - y0) == pytest.approx(1.2)
    assert (x0 + x1) / 2 == pytest.approx(math.radians(47.75) * 6378137.0)
    # a tiny extent is widened about its centre, then fitted
    x0, y0, x1, y1 = _fit_bbox_to_aspect((47.0, 40.0, 47.0000001, 40.0000001), 0.5)
    assert math.degrees((x1 - x0) / 6378137.0) == pytest.approx(0.01)


def test_graticule_steps_and_scale_bars_exist_for_every_span():
    assert _grid_step(8.5) == 1 and _grid_step(4.0) == 0.5 and _grid_step(70) == 10  # as before
    assert _grid_step(0.2) == 0.1 and _grid_step(0.003) == 0.01 and _grid_step(900) == 90
    assert _bar_km(1500) == 1000 and _bar_km(250) == 200 and _bar_km(5) == 5  # as before
    assert _bar_km(4.25) == 2 and _bar_km(0.3) == pytest.approx(0.2) and _bar_km(0.0012) == pytest.approx(0.001)


# -- the views dialog -------------------------------------------------------------------------------

needs_qt = pytest.mark.skipif(gui_support is None, reason="needs PySide6 with QtWebEngine")


@pytest.mark.gui
@needs_qt
def test_dialog_lists_the_good_views_and_says_what_was_left_out(qtbot):
    from azmap.ui.dialogs import ViewsDialog

    original = _write(_between(dict(GOOD, name="<b>Broken</b>", bbox=[NAN, 38.6, 46.5, 40.0])))
    gone_to = []
    dlg = ViewsDialog(None, ViewStore(), gone_to.append)
    qtbot.addWidget(dlg)
    assert dlg.names() == ["Before", "After"]
    assert not dlg.note.isHidden() and "<b>Broken</b>" in dlg.note.text() and "not finite" in dlg.note.text()
    dlg.list.setCurrentRow(1)
    dlg.go()
    assert gone_to[0].name == "After"
    dlg.list.setCurrentRow(0)
    dlg.delete()
    assert dlg.names() == ["After"]
    (aside,) = _asides("bad")
    assert aside.read_bytes() == original and aside.name in dlg.note.text()


@pytest.mark.gui
@needs_qt
def test_dialog_with_100000_views_shows_the_first_1000_and_a_note(qtbot):
    from azmap.ui.dialogs import ViewsDialog

    _many(100_000)
    dlg = ViewsDialog(None, ViewStore(), lambda view: None)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 1000 and dlg.names()[:2] == ["View 0", "View 1"]
    assert "100,000 views" in dlg.note.text()


@pytest.mark.gui
@needs_qt
def test_dialog_with_a_damaged_file_is_empty_and_says_where_the_file_went(qtbot):
    from azmap.ui.dialogs import ViewsDialog

    _write(None, raw="[" * 100_000 + "]" * 100_000)
    dlg = ViewsDialog(None, ViewStore(), lambda view: None)
    qtbot.addWidget(dlg)
    (aside,) = _asides("damaged")
    assert dlg.list.count() == 0 and "damaged" in dlg.note.text() and aside.name in dlg.note.text()
    assert os.path.getsize(aside) == 200_000
