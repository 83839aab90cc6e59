"""The map page: folium builds the Leaflet map; our own assets/web/azmap.js adds the feature layers.

Every asset is addressed through the app's own URL scheme (azmap://app/...), served from installed
packages (XStatic Leaflet and jQuery) and from this project: the page needs no network.
"""
from __future__ import annotations

import json

from azmap.features import Gazetteer
from azmap.paths import GEODATA_DIR
from azmap.style import LAYERS, style_for

BASE = "azmap://app"
DEFAULT_CENTER = (40.3, 47.6)
DEFAULT_ZOOM = 7
ONLINE_BASEMAP = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                  "attribution": "&copy; OpenStreetMap contributors", "host": "tile.openstreetmap.org"}


def feature_payload(gaz: Gazetteer) -> dict:
    """Everything azmap.js needs: the features as GeoJSON with their style, layer and labels."""
    feats = []
    for f in gaz:
        st = style_for(f)
        props = {"id": f.id, "name": f.name, "kind": f.kind, "layer": st.layer, "style": st.to_dict(),
                 "years": list(f.years) if f.years else None, "held": f.properties.get("held"),
                 "occupied": f.properties.get("occupied"), "returned": f.properties.get("returned"),
                 "role": f.role, "carries": f.properties.get("carries")}
        pt = f.shape().representative_point() if f.geometry_type != "Point" else None
        props["label"] = [round(pt.y, 4), round(pt.x, 4)] if pt is not None else None
        feats.append({"type": "Feature", "id": f.id, "properties": props, "geometry": f.geometry})
    return {"type": "FeatureCollection", "features": feats}


def page_cache_key(online_basemap: bool) -> str:
    """Changes whenever anything the page is built from changes."""
    import hashlib
    from importlib.util import find_spec
    from pathlib import Path

    from azmap import __version__

    # folium's installed version, read from its dist-info name without importing it (that takes a second)
    spec = find_spec("folium")
    site = Path(spec.origin).parent.parent if spec and spec.origin else Path(".")
    folium_dist = sorted(p.name for p in site.glob("folium-*.dist-info"))
    h = hashlib.sha256(f"online={online_basemap};azmap={__version__};{folium_dist}".encode())
    here = Path(__file__).resolve()
    for f in (GEODATA_DIR / "features.geojson", GEODATA_DIR / "relief.json", here,
              here.parent.parent / "style.py"):
        h.update(f.read_bytes())
    return h.hexdigest()[:20]


def cached_page(gaz: Gazetteer, *, online_basemap: bool = False) -> str:
    """The page from the user's cache, or built (folium takes about a second) and cached."""
    from azmap.paths import user_data_dir

    cache = user_data_dir() / "cache"
    path = cache / f"map-{page_cache_key(online_basemap)}.html"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    html = build_page(gaz, online_basemap=online_basemap)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob("map-*.html"):
            old.unlink(missing_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only data directory costs a rebuild next time, nothing more
    return html


def build_page(gaz: Gazetteer, *, online_basemap: bool = False) -> str:
    import folium
    from branca.element import Element

    m = folium.Map(location=DEFAULT_CENTER, zoom_start=DEFAULT_ZOOM, tiles=None, control_scale=True,
                   prefer_canvas=False, min_zoom=3, max_zoom=11, zoom_control=True)
    # the page uses no jQuery (folium's own templates here don't either): Leaflet alone
    m.default_js = [("leaflet", f"{BASE}/lib/leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", f"{BASE}/lib/leaflet/leaflet.css")]
    relief = json.loads((GEODATA_DIR / "relief.json").read_text())
    config = {"mapVar": m.get_name(), "relief": {"url": f"{BASE}/geodata/relief.jpg", "bounds": relief["bounds"]},
              "layers": [{"key": k, "title": t, "on": on} for k, t, on in LAYERS],
              "online": ONLINE_BASEMAP if online_basemap else None,
              "center": DEFAULT_CENTER, "zoom": DEFAULT_ZOOM}
    m.get_root().header.add_child(Element(f'<link rel="stylesheet" href="{BASE}/web/azmap.css"/>'))
    m.get_root().header.add_child(Element(f'<script src="{BASE}/qwebchannel.js"></script>'))
    data = json.dumps(feature_payload(gaz), separators=(",", ":")).replace("</", "<\\/")
    m.get_root().html.add_child(Element(
        f'<script id="azmap-data" type="application/json">{data}</script>'
        f'<script id="azmap-config" type="application/json">{json.dumps(config)}</script>'))
    m.get_root().html.add_child(Element(
        f"<script>document.addEventListener(\"DOMContentLoaded\", function () {{ azmapStart({m.get_name()}); }});</script>"))
    m.get_root().header.add_child(Element(f'<script src="{BASE}/web/azmap.js"></script>'))
    return m.get_root().render()
