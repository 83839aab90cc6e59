"""What a printed map says about its data: the sources of the geometry it draws (with versions), the
map's date, the projection and an optional credit line.

The sources are read from what the features file declares, never assumed: each feature's
``source`` (and ``license``/``licence``) property, and the collection's own ``attribution``,
``attribution_long`` and ``license`` fields if it has them. A source that names OpenStreetMap (or an
ODbL licence) brings "© OpenStreetMap contributors" with it, and only then; Natural Earth is named
with the version that geodata/SOURCES.md gives. A file that declares nothing is Natural Earth's.
"""
from __future__ import annotations

import os
import re
import time
from functools import lru_cache

from azmap.paths import GEODATA_DIR

OSM = re.compile(r"openstreetmap|\bOSM\b|\bODbL", re.I)
NATURAL_EARTH = re.compile(r"natural\s*earth", re.I)
HAND_PLACED = re.compile(r"hand-placed|waypoint", re.I)


@lru_cache(maxsize=4)
def _sources_md(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return ""


def _version(pattern: str, text: str) -> str | None:
    m = re.search(pattern, text, re.I)
    return m.group(1) if m else None


def natural_earth_version(sources_md: str | None = None) -> str | None:
    text = sources_md if sources_md is not None else _sources_md(str(GEODATA_DIR / "SOURCES.md"))
    return _version(r"Natural Earth[^|\n]*?\bv(\d+(?:\.\d+)+)", text)


def osm_layer_version(sources_md: str | None = None) -> str | None:
    """The package that carries the OpenStreetMap-derived layer, as SOURCES.md names it (name@version)."""
    text = sources_md if sources_md is not None else _sources_md(str(GEODATA_DIR / "SOURCES.md"))
    m = re.search(r"(@?[\w./-]*countries[\w./-]*@\d+(?:\.\d+)+)", text)
    return m.group(1) if m else None


def declared_sources(features, collection: dict | None = None) -> list[str]:
    """The data sources of ``features`` (the geometry a map draws), in words, each once."""
    texts = []
    for f in features:
        props = getattr(f, "properties", {}) or {}
        for key in ("source", "license", "licence", "attribution"):
            v = props.get(key)
            if isinstance(v, str):
                texts.append(v)
    collection = collection or {}
    declared = " ".join(str(collection.get(k, "")) for k in ("attribution", "attribution_long", "license", "licence"))
    osm = any(OSM.search(t) for t in texts)
    ne = any(NATURAL_EARTH.search(t) for t in texts)
    hand = any(HAND_PLACED.search(t) for t in texts)
    if not (osm or ne or hand):  # the features say nothing we know: go by what the file declares
        osm = bool(OSM.search(declared))
        ne = bool(NATURAL_EARTH.search(declared)) or not osm
    out = []
    if osm:
        via = osm_layer_version()
        out.append("borders and coastlines © OpenStreetMap contributors (ODbL" + (f", via {via}" if via else "") + ")")
    if ne:
        v = natural_earth_version()
        out.append(f"Natural Earth{' v' + v if v else ''} (public domain)")
    if hand:
        out.append("routes and sites hand-placed from the operators' published corridors, route lengths as the "
                   "operators publish them")
    return out


def map_date() -> str:
    """The map's date: today, or the date SOURCE_DATE_EPOCH fixes (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return time.strftime("%Y-%m-%d", time.gmtime(int(epoch)))
    return time.strftime("%Y-%m-%d")


def attribution(features, collection=None, *, projection: str | None = None, date: str | None = None,
                credit: str | None = None) -> str:
    """One paragraph: data sources, projection, the map's maker and date, and the credit."""
    parts = ["Data: " + "; ".join(declared_sources(features, collection)) + "."]
    if projection:
        parts.append(f"Projection: {projection}.")
    parts.append(f"Map: azmap, {date or map_date()}.")
    if credit:
        parts.append(f"Credit: {credit}")
    return " ".join(parts)
