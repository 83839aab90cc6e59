"""One style for every feature, shared by the live map and the print renderer."""
from __future__ import annotations

from dataclasses import asdict, dataclass

# Route colours: oil in reds and browns, gas in blues and greens, rail in charcoal.
ROUTE_COLOURS = {
    "btc": "#b2182b",
    "baku-supsa": "#e08214",
    "baku-novorossiysk": "#8c510a",
    "scp": "#2166ac",
    "tanap": "#35978f",
    "tap": "#1b7837",
    "btk-railway": "#333333",
}
ROUTE_DASH = {"oil": None, "gas": (10, 6), "rail": (3, 5)}
# Routes that share a corridor (Sangachal to Georgia and on through Georgia: BTC, SCP, Baku–Supsa,
# the BTK railway; TANAP carries on from SCP) are drawn side by side: each is shifted sideways by
# its slot times the slot width, in screen pixels on the live map (the same at every zoom) and in
# points in print. Positive slots lie to the left of the direction of drawing.
ROUTE_OFFSET_SLOTS = {"baku-supsa": -1.5, "btc": -0.5, "scp": 0.5, "tanap": 0.5, "btk-railway": 1.5}
ROUTE_SLOT_PX = 5.0
ROUTE_SLOT_PT = 3.0

COUNTRY_FILLS = {
    "azerbaijan": "#f4c95d",
    "armenia": "#d6c4e3",
    "georgia": "#c4d9ee",
    "russia": "#e9d8c8",
    "iran": "#d4e4c4",
    "turkey": "#f1cfc7",
}
OTHER_COUNTRY_FILL = "#eeeeea"
SEA_FILL = "#b9d6ec"
HIGHLIGHT = "#ff00aa"
SELECTED = "#00e5ff"
OCCUPIED_COLOUR = "#c0392b"
NKAO_COLOUR = "#7b241c"


@dataclass(frozen=True)
class Style:
    stroke: str = "#555555"
    weight: float = 1.0
    fill: str | None = None
    fill_opacity: float = 0.0
    opacity: float = 1.0
    dash: tuple[int, ...] | None = None
    hatch: str | None = None  # "///" for fully held, "//" for partly held, "\\\\" for the NKAO
    radius: float = 0.0  # point markers
    label_size: int = 11
    layer: str = "countries"

    def to_dict(self) -> dict:
        return asdict(self)


def style_for(feature) -> Style:
    kind = feature.kind
    fid = feature.id
    if kind == "country":
        focus = fid == "azerbaijan"
        return Style(stroke="#3d3d3d" if focus else "#8a8a8a", weight=1.6 if focus else 0.8,
                     fill=COUNTRY_FILLS.get(fid, OTHER_COUNTRY_FILL),
                     fill_opacity=0.55 if fid in COUNTRY_FILLS else 0.35,
                     label_size=14 if focus else (12 if fid in COUNTRY_FILLS else 10), layer="countries")
    if kind == "exclave":
        return Style(stroke="#7a5c00", weight=2.0, fill=COUNTRY_FILLS["azerbaijan"], fill_opacity=0.35,
                     dash=(6, 3), label_size=12, layer="nakhchivan")
    if kind == "territory":
        return Style(stroke=NKAO_COLOUR, weight=2.0, fill=NKAO_COLOUR, fill_opacity=0.25, hatch="\\\\",
                     dash=(2, 3), label_size=11, layer="occupied")
    if kind == "district":
        partly = feature.properties.get("held") == "partly"
        return Style(stroke=OCCUPIED_COLOUR, weight=1.2, fill=OCCUPIED_COLOUR,
                     fill_opacity=0.12 if partly else 0.25, hatch="//" if partly else "///",
                     dash=(4, 3) if partly else None, label_size=10, layer="occupied")
    if kind == "group":
        return Style(stroke=OCCUPIED_COLOUR, weight=2.4, fill=None, fill_opacity=0.0, label_size=11,
                     layer="occupied")
    if kind == "sea":
        return Style(stroke="#6b9ac4", weight=0.8, fill=SEA_FILL, fill_opacity=0.9, label_size=13,
                     layer="caspian")
    if kind == "route":
        carries = feature.properties.get("carries", "oil")
        return Style(stroke=ROUTE_COLOURS.get(fid, "#000000"), weight=4.0 if carries != "rail" else 3.0,
                     dash=ROUTE_DASH[carries], label_size=10, layer="routes")
    if kind == "site":
        return Style(stroke="#222222", weight=1.5, fill="#ffffff", fill_opacity=1.0, radius=7, label_size=10,
                     layer="sites")
    # cities
    capital = bool(feature.properties.get("capital_of"))
    return Style(stroke="#222222", weight=1.2, fill="#222222" if capital else "#ffffff", fill_opacity=1.0,
                 radius=5 if capital else 4, label_size=10, layer="sites")


def drawing_order(features) -> list:
    """Features in the order to draw them (later on top), the same on screen and in print. Routes
    that share a corridor overlap: solid lines go under dashed and dotted ones, so that parallel
    oil and gas lines both stay visible, and within each the gazetteer's first (BTC before
    Baku–Supsa) lies on top. Everything else keeps the gazetteer's order."""
    features = list(features)
    rank = {f.id: i for i, f in enumerate(features)}

    def key(f):
        if f.kind != "route":
            return (0, 0, rank[f.id])
        return (1, style_for(f).dash is not None, -rank[f.id])
    return sorted(features, key=key)


# The layer list of the map, which doubles as its legend: (key, title, on by default).
LAYERS = [
    ("relief", "Shaded relief (offline)", True),
    ("countries", "Countries", True),
    ("caspian", "Caspian Sea", True),
    ("nakhchivan", "Nakhchivan exclave", True),
    ("occupied", "Former NKAO and occupied districts", True),
    ("routes", "Export routes", True),
    ("sites", "Sites and cities", True),
]
