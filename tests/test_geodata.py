"""The map's geodata are facts: these tests hold them to published figures."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pyproj
import pytest
from shapely.geometry import Point, box
from shapely.ops import nearest_points

from azmap.features import gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
GEOD = pyproj.Geod(ellps="WGS84")
REQUIRED_IDS = """azerbaijan armenia georgia russia iran turkey nakhchivan nagorno-karabakh kalbajar lachin
qubadli zangilan jabrayil fuzuli aghdam occupied-territories caspian-sea btc tap baku-novorossiysk scp tanap
baku-supsa btk-railway gabala-radar shah-deniz sangachal baku yerevan tbilisi tehran ankara moscow
nakhchivan-city khankendi shusha ceyhan supsa novorossiysk""".split()


def area_km2(geom):
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def length_km(geom):
    return GEOD.geometry_length(geom) / 1000


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def test_every_required_id_exists(gaz):
    missing = [i for i in REQUIRED_IDS if i not in gaz]
    assert not missing


def test_aliases_are_unique_across_features(gaz):
    seen = {}
    for f in gaz:
        for label in (f.name, *f.aliases, *f.demonyms, *f.phrases):
            key = label.lower()
            assert seen.setdefault(key, f.id) == f.id, f"{label!r} names both {seen[key]} and {f.id}"


def test_geometries_valid_and_inside_extent(gaz):
    west, south, east, north = json.loads((ROOT / "geodata" / "gazetteer.json").read_text())["extent"]
    extent = box(west, south, east, north).buffer(1e-6)
    assert gaz.collection["crs"]["properties"]["name"].endswith("CRS84")
    for f in gaz:
        g = f.shape()
        assert g.is_valid and not g.is_empty, f.id
        assert extent.contains(g), f.id
        lon, lat = g.representative_point().coords[0]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


@pytest.mark.parametrize("fid,published", [
    ("btc", 1768), ("tap", 878), ("baku-novorossiysk", 1330), ("scp", 692),
    ("tanap", 1850), ("baku-supsa", 830), ("btk-railway", 826)])
def test_route_lengths_match_published_totals(gaz, fid, published):
    assert abs(length_km(gaz.get(fid).shape()) / published - 1) <= 0.08


def _countries_along(gaz, route, step_km=2.0, min_run_km=4.0):
    """The countries (or 'sea') a route passes through, in order, ignoring runs shorter than min_run_km."""
    countries = [(f.id, f.shape()) for f in gaz.of_kind("country")]
    line = route.shape()
    n = max(2, int(length_km(line) / step_km))
    seq = []
    for i in range(n + 1):
        p = line.interpolate(i / n, normalized=True)
        where = next((cid for cid, g in countries if g.contains(p)), "sea")
        if seq and seq[-1][0] == where:
            seq[-1][1] += 1
        else:
            seq.append([where, 1])
    runs = [c for c, k in seq if k * step_km >= min_run_km]
    out = []
    for c in runs:
        if not out or out[-1] != c:
            out.append(c)
    return out


@pytest.mark.parametrize("fid,expected", [
    ("btc", ["azerbaijan", "georgia", "turkey"]),
    ("scp", ["azerbaijan", "georgia"]),
    ("baku-supsa", ["azerbaijan", "georgia"]),
    ("tap", ["greece", "albania", "sea", "italy"]),
    ("baku-novorossiysk", ["azerbaijan", "russia"]),
    ("tanap", ["turkey", "sea", "turkey"]),
    ("btk-railway", ["azerbaijan", "georgia", "turkey"]),
])
def test_routes_cross_the_countries_they_really_cross(gaz, fid, expected):
    assert _countries_along(gaz, gaz.get(fid)) == expected


def test_routes_are_corridors_not_straight_lines(gaz):
    for f in gaz.of_kind("route"):
        line = f.shape()
        coords = list(line.coords)
        assert len(coords) >= 8, f.id
        straight = GEOD.inv(*coords[0], *coords[-1])[2] / 1000
        assert length_km(line) > straight * 1.05, f.id


def test_azerbaijan_area(gaz):
    assert area_km2(gaz.get("azerbaijan").shape()) == pytest.approx(86_600, rel=0.02)


def test_nakhchivan_area(gaz):
    # Natural Earth 10m draws Nakhchivan at 4,783 km2, 13 % under the official 5,500 km2
    # (see geodata/SOURCES.md); hold it to that figure so that a regression shows.
    area = area_km2(gaz.get("nakhchivan").shape())
    assert area == pytest.approx(4_783, rel=0.01)
    assert abs(area / 5_500 - 1) < 0.15


def test_other_areas(gaz):
    assert area_km2(gaz.get("armenia").shape()) == pytest.approx(29_743, rel=0.02)
    # the former NKAO measured 4,388 km2; our approximation from today's rayons
    assert area_km2(gaz.get("nagorno-karabakh").shape()) == pytest.approx(4_388, rel=0.12)


def test_nakhchivan_is_cut_off_from_the_mainland_by_armenia(gaz):
    az = gaz.get("azerbaijan").shape()
    nakh = gaz.get("nakhchivan").shape()
    mainland = max(az.geoms, key=lambda p: p.area)
    assert nakh.within(az.buffer(1e-3))
    assert mainland.distance(nakh) > 0.1  # degrees: they do not touch
    a, b = nearest_points(nakh, mainland)
    from shapely.geometry import LineString
    gap = LineString([a, b])
    assert gaz.get("armenia").shape().intersection(gap).length > 0.8 * gap.length


def test_lachin_is_not_labelled_lankaran(gaz):
    lachin = gaz.get("lachin")
    assert lachin.shape().contains(Point(46.32, 39.73))
    assert "relabelled" in lachin.properties["source"]
    for f in gaz:
        if f.shape().contains(Point(46.32, 39.73)):
            assert "lankaran" not in (f.name + " ".join(f.aliases)).lower()


def test_occupied_group_and_partly_held_districts(gaz):
    group = gaz.get("occupied-territories")
    districts = [f for f in gaz.of_kind("district")]
    assert {f.id for f in districts} == {"kalbajar", "lachin", "qubadli", "zangilan", "jabrayil", "fuzuli", "aghdam"}
    assert {f.id for f in districts if f.properties["held"] == "partly"} == {"aghdam", "fuzuli"}
    union_area = sum(area_km2(f.shape()) for f in districts)
    assert area_km2(group.shape()) == pytest.approx(union_area, rel=0.01)
    for f in districts:
        assert f.years[1] == 2020 and f.years[0] in (1992, 1993)


def test_caspian_is_water_between_azerbaijan_and_turkmenistan(gaz):
    sea = gaz.get("caspian-sea").shape()
    assert sea.contains(Point(51.0, 40.5))
    assert area_km2(sea) == pytest.approx(371_000, rel=0.08)
    assert not sea.contains(gaz.get("baku").shape())


def test_sites_lie_where_they_should(gaz):
    az = gaz.get("azerbaijan").shape()
    assert az.contains(gaz.get("gabala-radar").shape())
    assert az.contains(gaz.get("sangachal").shape())
    assert gaz.get("caspian-sea").shape().contains(gaz.get("shah-deniz").shape())
    assert gaz.get("nakhchivan").shape().contains(gaz.get("nakhchivan-city").shape())
    assert gaz.get("nagorno-karabakh").shape().contains(gaz.get("khankendi").shape())


def test_missing_or_damaged_geodata_is_reported(tmp_path):
    from azmap.features import GeodataError

    with pytest.raises(GeodataError, match="not found"):
        load_gazetteer(tmp_path / "nope.geojson")
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"nope": 1}]}')
    with pytest.raises(GeodataError, match="damaged"):
        load_gazetteer(bad)


def test_the_feature_index_is_that_of_the_committed_features(tmp_path, monkeypatch):
    """The window starts from geodata/features-index.json; it must say what features.geojson says,
    and a stale or damaged index is passed over for the file itself."""
    import json

    import azmap.features as features

    collection = json.loads(features.FEATURES_FILE.read_text(encoding="utf-8"))
    from_index = load_gazetteer()
    assert from_index._collection is None  # read from the index: no geometry parsed yet
    assert [f.properties for f in from_index] == [o["properties"] for o in collection["features"]]
    assert [f.geometry_type for f in from_index] == [o["geometry"]["type"] for o in collection["features"]]
    assert from_index.get("btc").geometry == next(o["geometry"] for o in collection["features"]
                                                  if o["properties"]["id"] == "btc")  # read on demand
    rebuilt = tmp_path / "index.json"
    features.write_index(features.FEATURES_FILE, rebuilt)
    assert rebuilt.read_bytes() == features.INDEX_FILE.read_bytes()  # committed index is current

    for bad in ('{"source_checksum": "0", "features": []}', "not json"):
        (tmp_path / "stale.json").write_text(bad)
        monkeypatch.setattr(features, "INDEX_FILE", tmp_path / "stale.json")
        gaz = load_gazetteer()
        assert gaz._collection is not None and len(gaz) == len(collection["features"])  # the file itself


SOURCES = Path(os.environ.get("AZMAP_GEODATA_SOURCES", ROOT / "build" / "geodata-sources"))


@pytest.mark.slow
@pytest.mark.skipif(not (SOURCES / "build.json").exists(), reason="geodata sources not fetched (make geodata-sources)")
def test_build_script_reproduces_committed_geodata(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_geodata.py"), "--sources", str(SOURCES),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("features.geojson", "features-index.json", "relief.jpg", "relief.json", "WAYPOINTS.md"):
        assert (tmp_path / name).read_bytes() == (ROOT / "geodata" / name).read_bytes(), name
