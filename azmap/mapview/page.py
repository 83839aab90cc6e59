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


def build_page(gaz: Gazetteer, *, online_basemap: bool = False) -> str:
    import folium
    from branca.element import Element

    m = folium.Map(location=DEFAULT_CENTER, zoom_start=DEFAULT_ZOOM, tiles=None, control_scale=True,
                   prefer_canvas=False, min_zoom=3, max_zoom=11, zoom_control=True)
    m.default_js = [("leaflet", f"{BASE}/lib/leaflet/leaflet.js"), ("jquery", f"{BASE}/lib/jquery/jquery.min.js")]
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
