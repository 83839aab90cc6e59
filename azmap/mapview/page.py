"""The map page: folium builds the Leaflet map; our own assets/web/azmap.js adds the feature layers.

The page is one self-contained HTML file: Leaflet (from the installed XStatic package), Qt's
qwebchannel.js, our script and style and the features are inline; the relief is preloaded from
geodata/relief.jpg. It is loaded as a file: once the network guard has let those two requests
through, Chromium reads and draws it without the application's main thread, while Python builds
the rest of the window. The page is built once (folium takes about a second) and kept in the user's
cache under a key of everything it is made from.
"""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from azmap.paths import GEODATA_DIR, WEB_DIR

DEFAULT_CENTER = (40.3, 47.6)
DEFAULT_ZOOM = 7


def home_extent():
    """What the first window and Reset view show whole, at whatever size the map has: Azerbaijan's
    named view (W, S, E, N), the exclave and the Absheron peninsula included."""
    from azmap.export.extent import VIEWS

    return VIEWS["azerbaijan"]
ONLINE_BASEMAP = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                  "attribution": "&copy; OpenStreetMap contributors", "host": "tile.openstreetmap.org"}
RELIEF_FILE = GEODATA_DIR / "relief.jpg"
PAGE_INPUTS = (GEODATA_DIR / "features.geojson", GEODATA_DIR / "relief.json", RELIEF_FILE,
               WEB_DIR / "azmap.js", WEB_DIR / "azmap.css")


def short_name(f) -> str:
    """What the map calls a feature in its hover list and a route in its label: the name print
    gives a route (BTC, SCP, Baku–Supsa, BTK railway), every other feature's own name."""
    from azmap.style import label_text

    return label_text(f) if f.kind == "route" else f.name


def route_offsets() -> dict[str, float]:
    """Each route's sideways shift on the live map, in CSS pixels at every zoom, by style.py's
    parallel-route rule: its slot times the slot width, positive to the left as the route is
    travelled from its eastern end to its western end (the rule print follows in points)."""
    from azmap.style import ROUTE_OFFSET_SLOTS, ROUTE_SLOT_PX

    return {fid: round(slot * ROUTE_SLOT_PX, 3) for fid, slot in ROUTE_OFFSET_SLOTS.items() if slot}


def feature_payload(gaz) -> dict:
    """Everything azmap.js needs: the features as GeoJSON with their style, layer and labels."""
    from azmap.lengths import published_length
    from azmap.mapview.pointer_data import per_feature
    from azmap.style import drawing_order, label_text, style_for

    pointing = per_feature(gaz)  # where a pointer to it aims; a route's terminal towns and countries
    feats = []
    for f in drawing_order(gaz):
        st = style_for(f)
        props = {"id": f.id, "name": f.name, "short": short_name(f), "text": label_text(f), "kind": f.kind,
                 "layer": st.layer,
                 "style": st.to_dict(), "years": list(f.years) if f.years else None,
                 "held": f.properties.get("held"), "occupied": f.properties.get("occupied"),
                 "returned": f.properties.get("returned"), "group": f.properties.get("group"),
                 "capital": bool(f.properties.get("capital_of")),
                 "role": f.role, "carries": f.properties.get("carries"),
                 "alignments": f.properties.get("alignments"),
                 "length": published_length(f),  # a route's published length, said in its tooltip
                 "retaken": f.properties.get("retaken")}  # the former oblast's part retaken in 2020
        shape = f.shape()
        pt = shape.representative_point() if f.geometry_type != "Point" else None
        props["label"] = [round(pt.y, 4), round(pt.x, 4)] if pt is not None else None
        props["bbox"] = [round(v, 4) for v in shape.bounds]  # W, S, E, N: what the first view needs
        props.update(pointing[f.id])
        feats.append({"type": "Feature", "id": f.id, "properties": props, "geometry": f.geometry})
    return {"type": "FeatureCollection", "features": feats}


def data_attribution() -> str:
    """The credit the geodata ask for (features.geojson's "attribution": OpenStreetMap's, whose
    data the borders and coastlines come from)."""
    import json

    from azmap.features import FEATURES_FILE

    try:
        return str(json.loads(FEATURES_FILE.read_text(encoding="utf-8")).get("attribution")
                   or "© OpenStreetMap contributors")
    except (OSError, ValueError):
        return "© OpenStreetMap contributors"


def leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


def qwebchannel_js() -> bytes:
    """Qt's own qwebchannel.js, from the resources of the installed Qt WebChannel module."""
    import PySide6.QtWebChannel  # noqa: F401  (registers the resource)
    from PySide6.QtCore import QFile, QIODevice

    f = QFile(":/qtwebchannel/qwebchannel.js")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("qwebchannel.js is missing from the installed Qt WebChannel module")
    return bytes(f.readAll())


def page_cache_key(online_basemap: bool) -> str:
    """Changes whenever anything the page is built from changes: a checksum of its inputs. This runs
    on every start before the page can load, so it is cheap."""
    from importlib.util import find_spec

    import PySide6

    from azmap import __version__
    from azmap.checksum import checksum

    # folium's installed version, read from its dist-info name without importing it (that takes a second)
    spec = find_spec("folium")
    site = Path(spec.origin).parent.parent if spec and spec.origin else Path(".")
    folium_dist = sorted(p.name for p in site.glob("folium-*.dist-info"))
    # the relief is addressed by its absolute path: a moved installation needs a new page
    tiles = ONLINE_BASEMAP["url"] if online_basemap else False
    head = (f"online={tiles};azmap={__version__};qt={PySide6.__version__};{folium_dist};"
            f"relief={RELIEF_FILE.resolve()}").encode()
    here = Path(__file__).resolve()
    return checksum(head, [*PAGE_INPUTS, leaflet_dir() / "leaflet.js", leaflet_dir() / "leaflet.css", here,
                           here.parent / "pointer_data.py", here.parent.parent / "export" / "pointers.py",
                           here.parent.parent / "style.py"])


def cached_page(*, online_basemap: bool = False, gazetteer=None) -> Path:
    """The page file in the user's cache, built first if its inputs changed. The gazetteer is
    loaded only to build; pass one to build from it under a name of its own (the window does so
    when the geodata are damaged, so that a makeshift page is never taken for the real one)."""
    from azmap.paths import user_data_dir

    cache = user_data_dir() / "cache"
    if gazetteer is not None:
        path = cache / "map-fallback.html"
    else:
        path = cache / f"map-{page_cache_key(online_basemap)}.html"
        if path.is_file():
            return path
        from azmap.paths import PREPARED_DIR

        prepared = PREPARED_DIR / path.name  # made at install time for every new user
        if prepared.is_file():
            return prepared
        from azmap.features import gazetteer as load

        gazetteer = load()
    html = build_page(gazetteer, online_basemap=online_basemap)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob("map-*.html"):
            old.unlink(missing_ok=True)
    except OSError:  # a read-only data directory: the page goes to a temporary folder instead
        import tempfile

        path = Path(tempfile.mkdtemp(prefix="azmap-page-")) / path.name
    tmp = path.with_suffix(".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return path


def _inline_script(code: str) -> str:
    if re.search(r"</script|<!--", code, re.IGNORECASE):  # would end or confuse the inline element
        raise ValueError("script cannot be inlined: it contains </script or <!--")
    return f"<script>{code}</script>"


def _inline_style(css: str, base: Path) -> str:
    def data_url(m):
        target = base / m.group(1)
        if not target.is_file():
            return m.group(0)
        return f"url(data:image/png;base64,{base64.b64encode(target.read_bytes()).decode()})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", data_url, css)
    if "</style" in css.lower():
        raise ValueError("style cannot be inlined: it contains </style")
    return f"<style>{css}</style>"


def build_page(gaz, *, online_basemap: bool = False) -> str:
    import folium
    from branca.element import Element

    from azmap.features import EXTENT
    from azmap.mapview.pointer_data import config as pointer_config
    from azmap.style import LAYERS

    m = folium.Map(location=DEFAULT_CENTER, zoom_start=DEFAULT_ZOOM, tiles=None, control_scale=True,
                   prefer_canvas=False, min_zoom=3, max_zoom=11, zoom_control=True)
    # no script or style by URL: everything below is inline (the page needs no jQuery; folium's
    # templates here don't either)
    m.default_js = []
    m.default_css = []
    lib = leaflet_dir()
    relief = json.loads((GEODATA_DIR / "relief.json").read_text())
    relief_url = RELIEF_FILE.resolve().as_uri()
    config = {"mapVar": m.get_name(), "relief": {"url": relief_url, "bounds": relief["bounds"]},
              "layers": [{"key": k, "title": t, "on": on} for k, t, on in LAYERS],
              "online": ONLINE_BASEMAP if online_basemap else None,
              "center": DEFAULT_CENTER, "zoom": DEFAULT_ZOOM, "home": list(home_extent()),
              # the map cannot be moved or zoomed out beyond what the geodata cover (W, S, E, N)
              "extent": list(EXTENT), "routeOffsets": route_offsets(), "pointers": pointer_config(),
              "dataAttribution": data_attribution()}
    head = m.get_root().header
    # the relief is fetched and decoded while the scripts and the data are parsed
    head.add_child(Element(f'<link rel="preload" as="image" href="{relief_url}"/>'), index=0)
    head.add_child(Element(_inline_style((lib / "leaflet.css").read_text(encoding="utf-8"), lib)))
    head.add_child(Element(_inline_style((WEB_DIR / "azmap.css").read_text(encoding="utf-8"), WEB_DIR)))
    # azmap.js starts connecting the bridge when it runs, before Leaflet and the data are parsed
    head.add_child(Element(_inline_script(qwebchannel_js().decode("utf-8"))))
    head.add_child(Element(_inline_script((WEB_DIR / "azmap.js").read_text(encoding="utf-8"))))
    head.add_child(Element(_inline_script((lib / "leaflet.js").read_text(encoding="utf-8"))))
    data = json.dumps(feature_payload(gaz), separators=(",", ":")).replace("</", "<\\/")
    m.get_root().html.add_child(Element(
        f'<script id="azmap-data" type="application/json">{data}</script>'
        f'<script id="azmap-config" type="application/json">{json.dumps(config)}</script>'))
    m.get_root().html.add_child(Element(
        f"<script>document.addEventListener(\"DOMContentLoaded\", function () {{ azmapStart({m.get_name()}); }});</script>"))
    return with_script_policy(m.get_root().render())


# what the page may do besides run its own scripts: no plugins, forms, frames, workers or
# connections of its own (images and styles stay open: the relief, the tiles, Leaflet's styles)
PAGE_POLICY = "object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; child-src 'none'; " \
              "worker-src 'none'; connect-src 'none'"


def with_script_policy(html: str) -> str:
    """The page with a content security policy that lets run exactly the inline scripts it has
    (by their checksums): no other script, no event handler in markup, no javascript: address."""
    import hashlib

    hashes = []
    for m in re.finditer(r"<script\b([^>]*)>(.*?)</script\s*>", html, re.DOTALL | re.IGNORECASE):
        attrs = m.group(1)
        if re.search(r"\bsrc\s*=", attrs, re.IGNORECASE):
            raise ValueError("the page must not load scripts by address")
        if re.search(r"""\btype\s*=\s*["']?application/json""", attrs, re.IGNORECASE):
            continue  # data, not run
        digest = base64.b64encode(hashlib.sha256(m.group(2).encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    policy = f"script-src {' '.join(dict.fromkeys(hashes))}; {PAGE_POLICY}"
    # before the first script, in the head (a policy given in the body counts for nothing)
    first = re.search(r"<script\b", html, re.IGNORECASE)
    head_end = re.search(r"</head\s*>", html, re.IGNORECASE)
    if first is None or head_end is None or first.start() > head_end.start():
        raise ValueError("the page's first script is not in its head")
    return html[:first.start()] + f'<meta http-equiv="Content-Security-Policy" content="{policy}"/>\n' \
        + html[first.start():]
