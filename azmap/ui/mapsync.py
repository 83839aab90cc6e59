"""The map page and the explorer's state kept in step: what the page reports (clicks, hovers,
the view) goes into the state or the status bar; what the state says (selection, year, layers,
an extent set by a saved view) goes to the page as calls of assets/web/azmap.js."""
from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal


class MapSync(QObject):
    hovered = Signal(list)  # every feature under the pointer, points, lines, then areas ([] for none)
    several = Signal(list)  # a click found several features (the chooser offers them)
    alone = Signal()  # a click found one feature or none: an earlier offer no longer applies
    pointer = Signal(float, float)  # lat, lng under the pointer
    ready = Signal()

    def __init__(self, map_view, state, gazetteer, settings, parent=None):
        super().__init__(parent)
        self.map_view, self.state, self.gaz, self.settings = map_view, state, gazetteer, settings
        self.page, self.bridge = map_view.page, map_view.bridge
        self.is_ready = False
        self.highlighted: list[str] = []  # what the page was last told to light up
        self.hidden: set[str] = set()  # single routes turned off in the legend
        self._extent_from_page = False
        self._layers_sent: dict = {}
        self.bridge.known_ids = set(gazetteer.ids())
        self.bridge.featureClickedSignal.connect(self._clicked)
        self.bridge.featureCycledSignal.connect(self._cycled)
        self.bridge.featuresHoveredSignal.connect(self.hovered)
        self.bridge.featuresAtSignal.connect(lambda ids, _x, _y: self.several.emit(list(ids)))
        self.bridge.mouseMovedSignal.connect(self.pointer)
        self.bridge.viewChangedSignal.connect(self._view_changed)
        self.bridge.mapReadySignal.connect(self._map_ready)
        state.observe(self._on_state)

    # -- calls into the page --------------------------------------------------------------------------
    def js(self, code: str, callback=None) -> None:
        if self.page is None:
            return
        if callback is None:
            self.page.runJavaScript(code)
        else:
            self.page.runJavaScript(code, 0, callback)

    def js_value(self, expression: str, callback) -> None:
        """Evaluate an expression in the page; callback gets its value (through JSON: arrays survive)."""
        def unpack(text):
            try:
                callback(json.loads(text) if isinstance(text, str) and text else None)
            except ValueError:
                callback(None)

        self.js(f"JSON.stringify(({expression}))", unpack)

    def select(self, fid: str | None) -> None:
        self.highlighted = []
        self.js(f"azmap.select({json.dumps(fid)}); azmap.highlight([])")

    def highlight(self, ids: list[str]) -> None:
        self.highlighted = list(ids)
        self.js(f"azmap.highlight({json.dumps(list(ids))})")

    def set_feature_shown(self, fid: str, on: bool) -> None:
        """A single route shown or hidden (the legend's tick boxes); sent again to a new page."""
        (self.hidden.discard if on else self.hidden.add)(fid)
        self.js(f"azmap.setFeatureShown({json.dumps(fid)}, {'true' if on else 'false'})")

    def follow(self, ids: list[str]) -> None:
        """Move the map so that these features are in view, if some are not."""
        self.js(f"azmap.follow({json.dumps(list(ids))})")

    def fit_view(self, bbox, subject=None) -> None:
        """Show an extent (W, S, E, N) and, whole, the subject it is about (the extent itself if
        none is given), padded, never cropped, at the map's size now and as it changes until moved."""
        self.js(f"azmap.fitView({json.dumps(list(bbox))}, {json.dumps(list(subject) if subject else None)})")

    def fit_feature(self, fid: str) -> None:
        self.js(f"azmap.fitFeature({json.dumps(fid)})")

    def reset_view(self) -> None:
        self.js("azmap.resetView()")

    def _send_layers(self) -> None:
        for key, on in self.state.layers.items():
            if self._layers_sent.get(key) != on:
                self.js(f"azmap.setLayer({json.dumps(key)}, {'true' if on else 'false'})")
                self._layers_sent[key] = on

    # -- state → page ---------------------------------------------------------------------------------
    def _on_state(self, state, changed: set) -> None:
        if not self.is_ready:
            return
        if "selected" in changed:
            self.select(state.selected)
        if "year" in changed:
            self.js(f"azmap.setYear({'null' if state.year is None else state.year})")
        if "layers" in changed:
            self._send_layers()
        if "extent" in changed and state.extent and not self._extent_from_page:
            self.fit_view(state.extent)

    # -- page → state ---------------------------------------------------------------------------------
    def _clicked(self, fid: str) -> None:
        self.alone.emit()
        if fid:
            self.state.set_selected(fid)

    def _cycled(self, fid: str) -> None:
        self.state.set_selected(fid)

    def _map_ready(self, count: int) -> None:
        self.is_ready = True
        self._layers_sent = {}
        self._send_layers()
        if self.state.year is not None:
            self.js(f"azmap.setYear({self.state.year})")
        if self.state.selected:
            self.js(f"azmap.select({json.dumps(self.state.selected)})")
        for fid in sorted(self.hidden):
            self.js(f"azmap.setFeatureShown({json.dumps(fid)}, false)")
        self.js_value("azmap.getBounds()", self._got_bounds)
        # ready for the window once the page's ready frame is on screen, not when the page drew it
        self.js_value("azmap.readyProbes()", self._when_shown)

    def _when_shown(self, probes) -> None:
        from azmap.mapview.frames import valid_probes, when_shown

        when_shown(self.map_view.view, valid_probes(probes), self.ready.emit)

    def _view_changed(self, lat: float, lng: float, zoom: int) -> None:
        self.settings.setValue("view", json.dumps([lat, lng, zoom]))
        self.js_value("azmap.getBounds()", self._got_bounds)

    def _got_bounds(self, value) -> None:
        if isinstance(value, list) and len(value) == 4:
            from azmap.features import EXTENT

            w, s, e, n = value
            try:
                self._extent_from_page = True
                self.state.set_extent((max(w, EXTENT[0]), max(s, EXTENT[1]), min(e, EXTENT[2]), min(n, EXTENT[3])))
            except (TypeError, ValueError):
                pass
            finally:
                self._extent_from_page = False
