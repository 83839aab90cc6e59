"""Feature geometries for print: shapely shapes made once, matplotlib paths of polygons, boxes."""
from __future__ import annotations


def collection_of(gaz) -> dict:
    try:
        c = gaz.collection
    except Exception:  # noqa: BLE001 - a gazetteer built from features alone declares nothing
        return {}
    return {k: v for k, v in c.items() if k != "features"} if isinstance(c, dict) else {}


def features_in(gaz, bbox):
    from shapely.geometry import box

    b = box(*bbox)
    return [f for f in gaz if f.kind != "group" and geom_of(f).intersects(b)]


_SHAPES: dict = {}


def geom_of(f):
    """The feature's shapely geometry (degrees), made once per process and geometry."""
    key = (f.id, id(f))
    g = _SHAPES.get(key)
    if g is None:
        import shapely

        g = fast_shape(f.geometry) or f.shape()
        shapely.prepare(g)
        if len(_SHAPES) > 2000:
            _SHAPES.clear()
        _SHAPES[key] = g
    return g


def fast_shape(geometry):
    """A GeoJSON polygon or multipolygon built from numpy arrays (shapely's ``shape`` builds it point
    by point in Python: ten times slower on the features file); None for anything else."""
    import numpy as np
    import shapely

    kind = geometry.get("type")
    if kind == "Polygon":
        polys = [geometry["coordinates"]]
    elif kind == "MultiPolygon":
        polys = geometry["coordinates"]
    else:
        return None
    out = []
    for rings in polys:
        shell = shapely.linearrings(np.asarray(rings[0], dtype=float)[:, :2])
        holes = [shapely.linearrings(np.asarray(r, dtype=float)[:, :2]) for r in rings[1:]]
        out.append(shapely.polygons(shell, holes or None))
    return out[0] if kind == "Polygon" else shapely.multipolygons(out)


def box_geom(box):
    from shapely.geometry import box as sbox

    return sbox(*box)


def mpl_path(g):
    """A matplotlib Path of a (multi)polygon with its holes."""
    import numpy as np
    from matplotlib.path import Path

    verts, codes = [], []
    for poly in getattr(g, "geoms", [g]):
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        for ring in [poly.exterior, *poly.interiors]:
            c = np.asarray(ring.coords)
            if len(c) < 3:
                continue
            verts.append(c)
            rc = np.full(len(c), Path.LINETO, dtype=np.uint8)
            rc[0] = Path.MOVETO
            rc[-1] = Path.CLOSEPOLY
            codes.append(rc)
    if not verts:
        return Path(np.zeros((1, 2)), [Path.MOVETO])
    return Path(np.concatenate(verts), np.concatenate(codes))
