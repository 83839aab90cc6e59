"""Saved briefing views: named map extents with their year, layers, selection and chosen passages.

Kept as JSON in the user's data directory and written atomically. A damaged file is not dropped
in silence: it is moved aside (views.json.damaged-TIME) and ``problem`` says so.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from azmap.errors import UserError
from azmap.paths import user_data_dir

VIEWS_FILE = "views.json"
FORMAT_VERSION = 1


@dataclass
class SavedView:
    name: str
    bbox: tuple[float, float, float, float]  # W, S, E, N in degrees
    year: int | None = None
    layers: list[str] | None = None
    feature: str | None = None
    passages: list[str] = field(default_factory=list)  # passage ids "doc_id:seq"
    note: str = ""

    @classmethod
    def from_dict(cls, d: dict) -> "SavedView":
        bbox = tuple(float(v) for v in d["bbox"])
        if len(bbox) != 4 or not (bbox[0] < bbox[2] and bbox[1] < bbox[3]):
            raise ValueError(f"bad bbox in view {d.get('name')!r}")
        return cls(name=str(d["name"]), bbox=bbox, year=d.get("year"), layers=d.get("layers"),
                   feature=d.get("feature"), passages=list(d.get("passages", [])), note=str(d.get("note", "")))


class ViewStore:
    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else user_data_dir() / VIEWS_FILE
        self.problem: str | None = None

    def load(self) -> list[SavedView]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [SavedView.from_dict(d) for d in data["views"]]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            os.replace(self.path, aside)
            self.problem = (f"The saved views file was damaged ({type(exc).__name__}); it was kept as {aside.name} "
                            "and an empty list started.")
            return []

    def save(self, views: list[SavedView]) -> None:
        names = [v.name for v in views]
        if len(set(names)) != len(names):
            raise UserError("two saved views cannot have the same name")
        data = {"version": FORMAT_VERSION, "views": [asdict(v) for v in views]}
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def get(self, name: str) -> SavedView | None:
        return next((v for v in self.load() if v.name == name), None)

    def add(self, view: SavedView, replace: bool = True) -> None:
        views = [v for v in self.load() if v.name != view.name or not replace]
        views.append(view)
        self.save(views)

    def rename(self, old: str, new: str) -> None:
        views = self.load()
        if not any(v.name == old for v in views):
            raise UserError(f"no saved view named '{old}'")
        for v in views:
            if v.name == old:
                v.name = new
        self.save(views)

    def delete(self, name: str) -> None:
        views = self.load()
        kept = [v for v in views if v.name != name]
        if len(kept) == len(views):
            raise UserError(f"no saved view named '{name}'")
        self.save(kept)

    def move(self, name: str, position: int) -> None:
        views = self.load()
        view = next((v for v in views if v.name == name), None)
        if view is None:
            raise UserError(f"no saved view named '{name}'")
        views.remove(view)
        views.insert(max(0, min(position, len(views))), view)
        self.save(views)
