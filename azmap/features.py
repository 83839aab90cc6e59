"""The gazetteer: every feature on the map, loaded from geodata/features.geojson."""
from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from azmap.errors import UserError
from azmap.paths import GEODATA_DIR

FEATURES_FILE = GEODATA_DIR / "features.geojson"


class GeodataError(UserError):
    """The geodata file is missing or damaged."""


@dataclass(frozen=True)
class Feature:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    years: tuple[int | None, int | None] | None
    description: str
    geometry: dict = field(repr=False, compare=False)
    properties: dict = field(repr=False, compare=False)

    @property
    def demonyms(self) -> tuple[str, ...]:
        return tuple(self.properties.get("demonyms", ()))

    @property
    def phrases(self) -> tuple[str, ...]:
        return tuple(self.properties.get("phrases", ()))

    @property
    def role(self) -> str | None:
        return self.properties.get("role")

    @property
    def geometry_type(self) -> str:
        return self.geometry["type"]

    def shape(self):
        from shapely.geometry import shape

        return shape(self.geometry)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return tuple(round(v, 4) for v in self.shape().bounds)

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

    def __init__(self, features: list[Feature], collection: dict):
        self.features = features
        self.collection = collection
        self._by_id = {f.id: f for f in features}

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


def _feature(obj: dict) -> Feature:
    p = obj["properties"]
    years = p.get("years")
    return Feature(id=p["id"], name=p["name"], kind=p["kind"], aliases=tuple(p.get("aliases", ())),
                   years=tuple(years) if years else None, description=p.get("description", ""),
                   geometry=obj["geometry"], properties=p)


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    path = Path(path or FEATURES_FILE)
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
        features = [_feature(o) for o in collection["features"]]
    except FileNotFoundError:
        raise GeodataError(f"geodata file not found: {path}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise GeodataError(f"geodata file {path} is damaged: {exc}") from None
    return Gazetteer(features, collection)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once."""
    return load_gazetteer()
