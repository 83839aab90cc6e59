"""What an export gives back: the file, the frame, where each label went, the legend, the attribution."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class LabelInfo:
    """A label the renderer meant to place: where it went (output pixels, y down) or that it did not."""

    feature: str
    text: str
    kind: str
    must: bool
    placed: bool
    size_pt: float
    bbox: tuple | None  # x0, y0, x1, y1 in output pixels, y from the top
    leader: bool
    anchor: tuple | None  # the feature's point the label refers to (pixels), for points and led labels
    allowed: frozenset  # the countries the label may lie over
    corners: tuple | None = None  # a name set along its area's long axis: its slanted box's corners (pixels)
    callout: bool = False  # a name set in a box of its own, led to its ground from wherever there was room

    @property
    def position(self) -> tuple | None:
        """The centre of the label's box (pixels, y from the top)."""
        if self.bbox is None:
            return None
        x0, y0, x1, y1 = self.bbox
        return ((x0 + x1) / 2, (y0 + y1) / 2)


@dataclass
class ExportResult:
    """The written file, what went where on the page, and what was drawn and listed."""

    path: Path
    size_px: tuple[int, int]
    frame: tuple[float, float, float, float]  # the map's frame in projected metres
    map_rect: tuple[float, float, float, float]  # figure fraction: left, bottom, width, height
    projection: object = None  # PrintProjection
    labels: list = field(default_factory=list)  # LabelInfo
    legend: list = field(default_factory=list)  # LegendEntry, in the legend's order
    drawn: dict = field(default_factory=dict)  # legend key -> visible area in mm² (every kind drawn)
    attribution: str = ""
    scale_denominator: float = 0.0
    dpi: int = 0
    year: int | None = None
    features: tuple = ()

    def to_pixel(self, lon: float, lat: float) -> tuple[int, int]:
        x, y = self.projection.forward(lon, lat)
        fx, fy = self._fraction(x, y)
        w, h = self.size_px
        return round(fx * w), round((1 - fy) * h)

    def _fraction(self, x, y):
        x0, y0, x1, y1 = self.frame
        left, bottom, width, height = self.map_rect
        return left + (x - x0) / (x1 - x0) * width, bottom + (y - y0) / (y1 - y0) * height

    def project(self, geom):
        """A shapely geometry in degrees, in output pixels (y from the top)."""
        import shapely

        w, h = self.size_px
        g = self.projection.geom(geom)

        def f(xy):
            fx, fy = self._fraction(xy[:, 0], xy[:, 1])
            import numpy as np

            return np.column_stack([fx * w, (1 - fy) * h])
        return shapely.transform(g, f)

    def frame_px(self) -> tuple[float, float, float, float]:
        """The map's frame in output pixels: x0, y0 (top), x1, y1 (bottom)."""
        left, bottom, width, height = self.map_rect
        w, h = self.size_px
        return left * w, (1 - bottom - height) * h, (left + width) * w, (1 - bottom) * h
