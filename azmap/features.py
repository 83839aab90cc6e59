"""The gazetteer: every feature on the map, loaded from geodata/features.geojson."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from azmap.errors import UserError
from azmap.paths import GEODATA_DIR

FEATURES_FILE = GEODATA_DIR / "features.geojson"
EXTENT = (16.0, 33.0, 58.0, 57.0)  # W, S, E, N: what the geodata cover (degrees)
# every feature's properties and geometry type, in map order, with the checksum of the
# features.geojson they came from: the window starts from this (0.4 ms to read where the whole
# file takes 25 ms) and reads the geometries only when something needs them
INDEX_FILE = GEODATA_DIR / "features-index.json"


class GeodataError(UserError):
    """The geodata file is missing or damaged."""


class Feature:
    """One feature of the map. (A plain class with slots: every command loads the gazetteer, and
    a dataclass would cost the dataclasses import on each.)"""

    __slots__ = ("id", "name", "kind", "aliases", "years", "description", "geometry_type", "properties",
                 "_geometry", "_bounds")

    def __init__(self, id: str, name: str, kind: str, aliases: tuple[str, ...],  # noqa: A002
                 years: tuple[int | None, int | None] | None, description: str, geometry_type: str,
                 properties: dict, _geometry=None, _bounds=None):
        self.id, self.name, self.kind, self.aliases, self.years = id, name, kind, aliases, years
        self.description, self.geometry_type, self.properties = description, geometry_type, properties
        self._geometry = _geometry  # the GeoJSON geometry, or a function of the id that reads it
        self._bounds = tuple(_bounds) if _bounds else None  # from the index, when it was read

    def __repr__(self) -> str:
        return f"Feature({self.id!r}, {self.kind!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Feature) and (self.id, self.name, self.kind, self.aliases, self.years) == (
            other.id, other.name, other.kind, other.aliases, other.years)

    def __hash__(self) -> int:
        return hash(self.id)

    @property
    def geometry(self) -> dict:
        return self._geometry(self.id) if callable(self._geometry) else self._geometry

    @property
    def demonyms(self) -> tuple[str, ...]:
        return tuple(self.properties.get("demonyms", ()))

    @property
    def phrases(self) -> tuple[str, ...]:
        return tuple(self.properties.get("phrases", ()))

    @property
    def role(self) -> str | None:
        return self.properties.get("role")

    def shape(self):
        from shapely.geometry import shape

        return shape(self.geometry)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """W, S, E, N; from the index where it has them (no geometry library needed)."""
        if self._bounds is None:
            self._bounds = tuple(round(v, 4) for v in self.shape().bounds)
        return self._bounds

    def years_label(self) -> str:
        if self.kind == "district" or self.id == "occupied-territories":
            start, end = self.properties.get("occupied", [None, None])
            held = self.properties.get("held")
            part = " (partly)" if held == "partly" else ""
            return f"occupied{part} {start}–{end}"
        if not self.years or self.years == (None, None):
            return ""
        start, end = self.years
        return f"{start or '…'}–{end or 'today'}"

    def exists_in(self, year: int) -> bool:
        """Whether the feature existed (route opened, site operating) in ``year``."""
        if not self.years:
            return True
        start, end = self.years
        return (start is None or start <= year) and (end is None or year <= end)

    def summary(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": list(self.aliases),
                "years": list(self.years) if self.years else None, "geometry_type": self.geometry_type,
                "bounds": list(self.bounds)}


class Gazetteer:
    """All features, in map order, looked up by id."""

    def __init__(self, features: list[Feature], collection: dict | None = None, lazy: _LazyCollection | None = None):
        """collection: the GeoJSON the features came from; or lazy, the file it is read from when needed."""
        self.features = features
        self._collection = collection
        self._lazy = lazy
        self._by_id = {f.id: f for f in features}

    @property
    def collection(self) -> dict:
        if self._collection is None:
            self._collection = self._lazy.collection()
        return self._collection

    def __iter__(self):
        return iter(self.features)

    def __len__(self):
        return len(self.features)

    def __contains__(self, fid: object) -> bool:
        return fid in self._by_id

    def get(self, fid: str) -> Feature:
        try:
            return self._by_id[fid]
        except KeyError:
            raise UnknownFeature(fid, self.suggest(fid)) from None

    def ids(self) -> list[str]:
        return [f.id for f in self.features]

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """The ids closest to ``text``, by id, name or alias."""
        import difflib

        text = text.lower()
        names = {}
        for f in self.features:
            for label in (f.id, f.name, *f.aliases):
                names.setdefault(label.lower(), f.id)
        out = []
        for label in difflib.get_close_matches(text, list(names), n=n * 3, cutoff=0.5):
            if names[label] not in out:
                out.append(names[label])
        return out[:n]

    def of_kind(self, *kinds: str) -> list[Feature]:
        return [f for f in self.features if f.kind in kinds]


class UnknownFeature(KeyError):
    def __init__(self, fid: str, suggestions: list[str]):
        super().__init__(fid)
        self.fid = fid
        self.suggestions = suggestions

    def __str__(self) -> str:
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"unknown feature id '{self.fid}'.{hint} (`azmap features` lists them all)"


def _feature(props: dict, geometry_type: str, geometry, bounds=None) -> Feature:
    years = props.get("years")
    return Feature(id=props["id"], name=props["name"], kind=props["kind"], aliases=tuple(props.get("aliases", ())),
                   years=tuple(years) if years else None, description=props.get("description", ""),
                   geometry_type=geometry_type, properties=props, _geometry=geometry, _bounds=bounds)


def _read_collection(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GeodataError(f"geodata file not found: {path}") from None
    except ValueError as exc:
        raise GeodataError(f"geodata file {path} is damaged: {exc!r}") from None


class _LazyCollection:
    """A features file read on first use; also gives each feature's geometry by id."""

    def __init__(self, path: Path):
        self.path = path
        self._collection = None
        self._geometries = None

    def collection(self) -> dict:
        if self._collection is None:
            self._collection = _read_collection(self.path)
        return self._collection

    def __call__(self, fid: str) -> dict:
        if self._geometries is None:
            self._geometries = {o["properties"]["id"]: o["geometry"] for o in self.collection()["features"]}
        return self._geometries[fid]


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The features of a GeoJSON file (the bundled one by default). For the bundled file the index
    is read instead, if it matches the file, and the geometries when they are first needed."""
    path = Path(path or FEATURES_FILE)
    if path == FEATURES_FILE:
        gaz = _from_index(path)
        if gaz is not None:
            return gaz
    collection = _read_collection(path)
    try:
        features = [_feature(o["properties"], o["geometry"]["type"], o["geometry"]) for o in collection["features"]]
    except (KeyError, TypeError) as exc:
        raise GeodataError(f"geodata file {path} is damaged: {exc!r}") from None
    return Gazetteer(features, collection)


def _from_index(path: Path) -> Gazetteer | None:
    """The gazetteer from the index, with geometries read on demand; None if the index is missing,
    unreadable or was made from another version of the file."""
    from azmap.checksum import checksum

    try:
        index = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
        if index.get("source_checksum") != checksum(files=[path]):
            return None
        lazy = _LazyCollection(path)
        return Gazetteer([_feature(e["properties"], e["geometry_type"], lazy, e.get("bounds"))
                          for e in index["features"]], lazy=lazy)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_index(path: Path = FEATURES_FILE, index: Path = INDEX_FILE) -> None:
    """Write the index of a features file (tools/build_geodata.py does, beside features.geojson)."""
    from azmap.checksum import checksum

    from shapely.geometry import shape

    collection = _read_collection(path)
    entries = [{"geometry_type": o["geometry"]["type"], "bounds": [round(v, 4) for v in shape(o["geometry"]).bounds],
                "properties": o["properties"]} for o in collection["features"]]
    text = json.dumps({"source": path.name, "source_checksum": checksum(files=[path]), "features": entries},
                      ensure_ascii=False, separators=(",", ":"))
    index.write_text(text.replace(',{"geometry_type"', ',\n{"geometry_type"') + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once."""
    return load_gazetteer()
