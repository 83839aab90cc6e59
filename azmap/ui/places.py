"""The window's part of the "Places named in the sources" layer: the places the store's passages
name are sent to the map page once it is ready and again when documents change, their ids are
let through the bridge (a click on one selects it like a feature), and the search box completes
their names. What is sent is azmap/mapview/places_layer.py's; the page draws it (azmap.js)."""
from __future__ import annotations

import json

from PySide6.QtCore import QObject


class PlacesOnMap(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.entries: list[dict] = []
        self._feature_names = dict(window.search.name_to_id)  # the map's own names: they keep priority
        window.bridge.mapReadySignal.connect(self._map_ready)

    def refresh(self) -> None:
        """Count the places again from the store and send them to the page, once it is ready (the
        gazetteer of places is read then, not while the window starts)."""
        if not self.w.map.is_ready:
            return
        from azmap.mapview.places_layer import completion_names, payload

        self.entries = payload(self.w.store)
        self.w.bridge.known_ids |= {q["id"] for q in self.entries}
        self._complete(completion_names(self.entries, self._feature_names))
        self._send()

    def _map_ready(self, _count: int) -> None:
        self.refresh()  # after MapSync's own handler (connected first), which marks the map ready

    def _send(self) -> None:
        self.w.map.js(f"azmap.setPlaces({json.dumps(self.entries)})")
        selected = self.w.state.selected
        if selected and selected.startswith("place:"):
            self.w.map.js(f"azmap.select({json.dumps(selected)})")

    def _complete(self, names: dict[str, str]) -> None:
        box = self.w.search
        box.name_to_id = {**names, **self._feature_names}
        box.folded = {k.casefold(): v for k, v in box.name_to_id.items()}
        model = box.completer().model()
        if hasattr(model, "setStringList"):
            model.setStringList(sorted(box.name_to_id, key=str.lower))
