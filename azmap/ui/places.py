"""The window's part of the "Places named in the sources" layer: the places the store's passages
name (azmap/mapview/places_layer.py) are given to the map page when it asks for them (it draws them
in its ready frame) and sent again when the store or its documents change; their ids are let
through the bridge (a click on one selects it like a feature), and the search box completes their
names. The page draws them (assets/web/azmap.js)."""
from __future__ import annotations

import json

from PySide6.QtCore import QObject


class PlacesOnMap(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.entries: list[dict] = []
        self.known = False  # whether the window has its store yet (the page waits for it a moment)
        self._feature_names = dict(window.search.name_to_id)  # the map's own names: they keep priority
        window.bridge.places_provider = lambda: self.entries if self.known else None
        if window.store is not None:
            self.refresh()

    def refresh(self) -> None:
        """Count the places again from the store (one query) and send them to the page."""
        from azmap.mapview.places_layer import completion_names, payload

        self.entries = payload(self.w.store)
        self.known = True
        self.w.bridge.known_ids |= {q["id"] for q in self.entries}
        self._complete(completion_names(self.entries, self._feature_names))
        # before the page's script has run this does nothing: the page asks for them itself
        self.w.map.js(f"window.azmap && azmap.setPlaces && azmap.setPlaces({json.dumps(self.entries)})")
        selected = self.w.state.selected
        if selected and selected.startswith("place:") and self.w.map.is_ready:
            self.w.map.js(f"azmap.select({json.dumps(selected)})")

    def _complete(self, names: dict[str, str]) -> None:
        box = self.w.search
        box.name_to_id = {**names, **self._feature_names}
        box.folded = {k.casefold(): v for k, v in box.name_to_id.items()}
        model = box.completer().model()
        if hasattr(model, "setStringList"):
            model.setStringList(sorted(box.name_to_id, key=str.lower))
