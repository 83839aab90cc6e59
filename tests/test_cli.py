"""The command line: versions, the gazetteer listing, and no Qt for headless commands."""
import json
import subprocess
import sys

from tests.conftest import ROOT, run_cli


def test_version_and_help():
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("azmap ")
    r = run_cli("--help")
    assert "passages" in r.stdout and "search" in r.stdout and "ingest" in r.stdout


def test_features_json_lists_ids_kinds_aliases_and_bounds():
    r = run_cli("features", "--json")
    rows = {x["id"]: x for x in json.loads(r.stdout)}
    assert rows["nakhchivan"]["kind"] == "exclave" and "Nakhichevan" in rows["nakhchivan"]["aliases"]
    assert rows["btc"]["geometry_type"] == "LineString" and rows["btc"]["years"][0] == 2006
    w, s, e, n = rows["azerbaijan"]["bounds"]
    assert 44 < w < 45 and 38 < s < 39 and 50 < e < 51 and 41 < n < 42


def test_features_geojson_is_a_feature_collection_for_other_gis_tools():
    r = run_cli("features", "--geojson")
    fc = json.loads(r.stdout)
    assert fc["type"] == "FeatureCollection"
    ids = [f["id"] for f in fc["features"]]
    assert "gabala-radar" in ids and all(f["properties"]["id"] == f["id"] for f in fc["features"])


def test_headless_commands_do_not_import_qt_or_folium(tmp_path):
    code = ("import sys, io, contextlib; from azmap.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(['features', '--json']); main(['passages', 'btc', '--json']); main(['search', 'radar'])\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'folium', 'matplotlib')]\n"
            "print(bad)")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env={"AZMAP_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"


def test_the_documents_list_keeps_its_columns_with_a_long_user_document_id(tmp_path):
    """A user document's id holds its file's name: the origin, count and title columns still line up."""
    page = tmp_path / "a_long_file_name_of_a_saved_wire_story_from_baku.txt"
    page.write_text("Pipeline talks resume in Baku\n\nBy Ana Lopes\n\nThe talks on the pipeline resumed in Baku on "
                    "Monday after a pause of three weeks, officials said.\n", encoding="utf-8")
    env = {"AZMAP_DATA_DIR": str(tmp_path / "data")}
    assert run_cli("ingest", str(page), env=env).returncode == 0
    rows = [ln for ln in run_cli("documents", env=env).stdout.splitlines() if " passages  " in ln]
    assert len(rows) == 6 and any(r.startswith("user-a-long-file-name") for r in rows)
    assert len({r.index(" passages  ") for r in rows}) == 1, rows
    assert len({r.index("bundled" if "bundled" in r else "user ") for r in rows}) == 1, rows
