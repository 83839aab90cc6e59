"""The map in its frame: the features drawn in order (areas, routes, points), the relief, the
graticule, the labels, the scale bar and north arrow, and what of each kind is visible."""
from __future__ import annotations

from azmap.export.areas import draw_area
from azmap.export.graticule import draw_graticule
from azmap.export.labelling import place_labels, sea_names
from azmap.export.points import draw_point
from azmap.export.routes import draw_route
from azmap.export.scalebar import draw_furniture, furniture_box
from azmap.export.shapes import geom_of, mpl_path
from azmap.export.stacking import LEGEND_ORDER, MIN_ROUTE_MM2, NODATA_FILL, Z_NODATA
from azmap.export.status import layer_of, visible
from azmap.style import LAYERS, SEA_FILL, drawing_order


class MapDrawing:
    """The map in its axes: features, relief, graticule, labels, scale bar and north arrow."""

    def __init__(self, comp, ax, proj, frame, s):
        self.comp = comp
        self.ax = ax
        self.proj = proj
        self.frame = frame
        self.s = s
        self.gaz = comp.gaz
        self.req = comp.req
        self.kinds = {}  # legend key -> DrawnKind
        self.label_specs = []
        self.placements = []
        self.drawn_features = []
        self.lines = []  # (fid, LineString in display px, half width px) for label placement
        self.markers = []  # (fid, x, y, r) display px
        self.occluders = []  # (zorder, shapely geometry in display px)
        self.point_parts = {}  # feature id -> (legend key, artists, footprint, occluder) of a point symbol
        self.occupied_disp = {}  # district or territory id -> its polygon (display px)
        self.exclave_disp = {}  # exclave id -> its polygon (display px)

    # geometry helpers -------------------------------------------------------------------------------
    def _setup(self):
        ax, (x0, y0, x1, y1) = self.ax, self.frame
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect("equal", adjustable="box")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_facecolor(SEA_FILL)
        for sp in ax.spines.values():
            sp.set_linewidth(0.8 * self.s)
            sp.set_zorder(60)
        ax.apply_aspect()
        bb = ax.get_window_extent(self.comp.renderer)
        self.disp = (bb.x0, bb.y0, bb.x1, bb.y1)
        self.ppd = bb.width / (x1 - x0)  # display pixels per projected metre
        self.px_per_pt = self.comp.fig.dpi / 72
        self.units_per_pt = (x1 - x0) / (bb.width / self.px_per_pt)
        k = self.proj.scale_factor(*self.proj.inverse((x0 + x1) / 2, (y0 + y1) / 2))
        self.denominator = (x1 - x0) / k / (bb.width / self.comp.fig.dpi * 0.0254)
        import shapely

        pad = 0.03 * max(x1 - x0, y1 - y0)
        self.clip_box = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)
        self.frame_geom = shapely.box(x0, y0, x1, y1)

    def to_display(self, g):
        from shapely import affinity

        x0, y0 = self.frame[0], self.frame[1]
        return affinity.affine_transform(g, [self.ppd, 0, 0, self.ppd, self.disp[0] - x0 * self.ppd,
                                             self.disp[1] - y0 * self.ppd])

    def projected(self, f):
        """The feature projected and clipped to (a little beyond) the frame; None if it lies outside."""
        import shapely

        g = self.proj.geom(geom_of(f))
        if f.geometry_type == "Point":
            return g if self.frame_geom.contains(g) else None
        g = shapely.clip_by_rect(g, *self.clip_box)
        return None if g.is_empty else g

    def kind(self, key, label, symbol, order):
        from azmap.export.legend import DrawnKind

        k = self.kinds.get(key)
        if k is None:
            k = self.kinds[key] = DrawnKind(key, label, symbol, order)
        return k

    def add(self, key, artists, footprint=None):
        for a in artists:
            self.ax.add_artist(a)
            a.set_clip_path(self.ax.patch)
        k = self.kinds[key]
        k.artists.extend(artists)
        if footprint is not None and not footprint.is_empty:
            k.footprints.append(footprint)

    # drawing ------------------------------------------------------------------------------------------
    def draw(self):
        self._setup()
        req, gaz, s = self.req, self.gaz, self.s
        shown = set(req.layers) if req.layers is not None else {k for k, _, _ in LAYERS}
        highlight = set(req.features)
        self.kind("sea", "Sea", [{"type": "fill", "colour": SEA_FILL}], LEGEND_ORDER.index("sea") * 100)
        self.kinds["sea"].artists.append(self.ax.patch)
        self.kinds["sea"].footprints.append(self.to_display(self.frame_geom))
        countries_disp = {}
        routes = []
        for f in drawing_order(gaz):
            if f.kind == "group" or not visible(f, req.year):
                continue
            layer = layer_of(f)
            if layer not in shown:
                continue
            g = self.projected(f)
            if g is None:
                continue
            self.drawn_features.append(f)
            if f.geometry_type in ("Polygon", "MultiPolygon"):
                draw_area(self, f, g, f.id in highlight)
                if f.kind == "country":
                    countries_disp[f.id] = self.to_display(g)
            elif f.kind == "route":
                routes.append((f, g))
            else:
                draw_point(self, f, g, f.id in highlight)
        for i, (f, g) in enumerate(routes):
            draw_route(self, f, g, i, f.id in highlight)
        if req.relief and "relief" in shown:
            from azmap.export.relief import draw_relief

            draw_relief(self)
        draw_graticule(self)
        sea_names(self, countries_disp)
        beyond = self._beyond_data()
        if beyond is not None:  # no name is set over the blank beyond the data
            countries_disp = {**countries_disp, "beyond-data": beyond}
        furniture = furniture_box(self)
        place_labels(self, countries_disp, furniture)
        draw_furniture(self, furniture)
        self._visibility()

    def _outline_print(self, g, width_pt):
        """The footprint of a polygon's outline drawn ``width_pt`` wide (display pixels)."""
        return self.to_display(g).boundary.buffer(width_pt * self.s * self.px_per_pt / 2)

    # what is visible ---------------------------------------------------------------------------------------
    def _beyond_data(self):
        """Where the frame reaches past the map's data (it pads a subject rather than crop it): drawn
        as blank paper, finely hatched, and listed in the legend. The part in display pixels, or None."""
        from matplotlib.patches import PathPatch

        from azmap.export.projection import _data_outline

        outside = self.frame_geom.difference(_data_outline(self.proj.proj4))
        if outside.is_empty or outside.area < 1e-4 * self.frame_geom.area:
            return None
        path = mpl_path(outside)
        self.kind("nodata", "Beyond the map's data", [{"type": "fill", "colour": NODATA_FILL},
                                                      {"type": "hatch", "colour": "#c8c8c8", "hatch": "...."}],
                  LEGEND_ORDER.index("nodata") * 100)
        fill = PathPatch(path, facecolor=NODATA_FILL, edgecolor="none", zorder=Z_NODATA, transform=self.ax.transData)
        hatch = PathPatch(path, facecolor="none", edgecolor="#c8c8c8", hatch="....", linewidth=0, zorder=Z_NODATA,
                          transform=self.ax.transData)
        disp = self.to_display(outside)
        self.add("nodata", [fill, hatch], disp)
        self.occluders.append((Z_NODATA, disp))
        return disp

    def _visibility(self):
        import shapely

        frame = self.to_display(self.frame_geom)
        px_per_mm = self.comp.fig.dpi / 25.4
        z_of = {}
        for key, k in self.kinds.items():
            zs = [a.get_zorder() for a in k.artists if a is not self.ax.patch]
            z_of[key] = min(zs) if zs else 0
        for key, k in self.kinds.items():
            if not k.footprints:
                continue
            shown = shapely.union_all([shapely.intersection(g, frame) for g in k.footprints])
            above = [g for z, g in self.occluders if z > z_of[key]]
            if above:
                cover = shapely.union_all(above)
                shown = shapely.difference(shown, cover)
            k.visible_mm2 = shown.area / px_per_mm ** 2

    def legend_kinds(self):
        from azmap.export.legend import MIN_VISIBLE_MM2

        return sorted((k for k in self.kinds.values()
                       if k.visible_mm2 >= (MIN_ROUTE_MM2 if k.key.startswith("route-") else MIN_VISIBLE_MM2)),
                      key=lambda k: k.order)
