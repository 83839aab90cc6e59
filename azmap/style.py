"""One style for every feature, shared by the live map and the print renderer.

The colours are chosen to survive print: the fills of countries that share a border differ by at
least 6.5 in CIELAB lightness (so they stay apart in greyscale) and by at least 6 in CIEDE2000 for
readers with deuteranopia or protanopia; the route colours differ pairwise by more than 20 in
CIEDE2000 for every reader, and routes drawn with the same dash pattern differ by more than 15 in
lightness. ``tests/test_print_audit.py`` holds the palette to this.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

# Route colours: oil in reds, oranges and browns, gas in blues, rail in near-black.
ROUTE_COLOURS = {
    "btc": "#d14d66",
    "baku-supsa": "#f1a519",
    "baku-novorossiysk": "#644008",
    "scp": "#00497f",
    "tanap": "#63b9b3",
    "tap": "#7178e9",
    "btk-railway": "#1f1f1f",
}
ROUTE_DASH = {"oil": None, "gas": (10, 6), "rail": (3, 5)}  # on screen, in pixels; PRINT_DASH for print
# Routes that share a corridor (Sangachal to Georgia and on through Georgia: BTC, SCP, Baku–Supsa,
# the BTK railway; TANAP carries on from SCP) are drawn side by side: each is shifted sideways by
# its slot times the slot width, in screen pixels on the live map (the same at every zoom) and in
# points in print. Positive slots lie to the left of the direction of drawing.
ROUTE_OFFSET_SLOTS = {"baku-supsa": -1.5, "btc": -0.5, "scp": 0.5, "tanap": 0.5, "btk-railway": 1.5}
ROUTE_SLOT_PX = 5.0
ROUTE_SLOT_PT = 3.0

COUNTRY_FILLS = {
    "azerbaijan": "#fcf2b7",
    "armenia": "#d7c2e1",
    "georgia": "#bee4e3",
    "russia": "#cab19f",
    "iran": "#d3e2bd",
    "turkey": "#d9aba9",
}
OTHER_COUNTRY_FILL = "#f2f0ee"
SEA_FILL = "#6eabc8"
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


# -- labels --------------------------------------------------------------------------------------------
# Which names a map must carry, which it may drop and in what order they are placed; the print
# renderer follows these, and the live map can rank its labels by the same table.
MISSION_ROUTES = ("btc", "tap", "baku-novorossiysk")
KARABAKH_SCALE = 3_000_000  # at 1:3,000,000 or larger (a district 8 mm across or more) the districts are must-have names
# (the former NKAO is one wherever it is named: to 1:6,000,000, LABEL_RULES["territory"])
# class: (placement priority, lower first; type size in points on an A4 page; labelled only at this
# scale denominator or less, None: at every scale). A town or site not labelled at a scale is not
# drawn at it either.
LABEL_RULES = {
    "country-focus": (0.0, 12.0, None),
    "capital": (1.0, 8.0, None),
    "route-mission": (1.5, 7.5, None),
    "country-neighbour": (2.0, 10.0, None),
    "exclave": (2.2, 8.0, None),
    "territory": (2.5, 7.5, 6_000_000),
    "sea": (3.0, 9.0, None),
    "district": (4.0, 6.5, 5_000_000),
    "route": (4.0, 7.0, None),
    "site": (5.0, 7.0, 9_000_000),
    "terminal": (4.5, 7.0, None),  # a town where a route ends (Ceyhan, Supsa, Novorossiysk)
    "city": (6.0, 7.0, 6_000_000),
    "country-other": (8.0, 7.0, None),
}
# Seas the geodata draw as open water (not as features): their names and a point in each, to tell
# which stretch of water is which. Named in print where enough of them shows.
SEA_NAMES = {  # id: (name, lon, lat, reach in km: its name stands on open water within this of the point)
    "black-sea": ("Black Sea", 34.0, 43.3, 420),
    "mediterranean-sea": ("Mediterranean Sea", 30.0, 34.0, 420),
    "adriatic-sea": ("Adriatic Sea", 17.8, 41.9, 140),
}
# the short names routes go by on a map (others: the name without "pipeline"/"railway")
ROUTE_LABELS = {"btc": "BTC", "scp": "SCP", "tanap": "TANAP", "tap": "TAP", "btk-railway": "BTK railway",
                "baku-supsa": "Baku\u2013Supsa", "baku-novorossiysk": "Baku\u2013Novorossiysk"}
# dash patterns in print, in points on an A4 page (the screen's ROUTE_DASH are in pixels)
PRINT_DASH = {"oil": None, "gas": (5.0, 3.0), "rail": (0.1, 3.4)}


def label_class(feature) -> str:
    kind = feature.kind
    if kind == "country":
        return f"country-{feature.role}" if feature.role in ("focus", "neighbour") else "country-other"
    if kind == "route":
        return "route-mission" if feature.id in MISSION_ROUTES else "route"
    if kind == "city":
        return "capital" if feature.properties.get("capital_of") else "city"
    return kind if kind in LABEL_RULES else "city"


# hyphenated words that are one word, not a join of two places ("Trans-Anatolian", not Trans to Anatolian)
_JOINED = re.compile(r"\b(Trans|Anti|Non|Pre|Post|Sub|Pan|Inter|Nagorno)-", re.I)


def dashed(name: str) -> str:
    """A name with an en dash where a hyphen joins two places (Baku–Supsa, Baku–Tbilisi–Ceyhan), as the
    map prints them; a hyphen that makes one word stays."""
    return re.sub(r"(?<=[a-z])-(?=[A-Z])", lambda m: "\u2013", _JOINED.sub(lambda m: m.group(1) + "\x00", name)
                  ).replace("\x00", "-")


def label_text(feature) -> str:
    """The name as a map prints it: countries in capitals, routes by the short name they go by."""

    if feature.kind in ("country", "exclave"):
        return feature.name.upper()
    if feature.kind == "route":
        if feature.id in ROUTE_LABELS:
            return ROUTE_LABELS[feature.id]
        return dashed(re.sub(r" (pipeline|railway)$", "", feature.name, flags=re.I))
    if feature.kind == "territory" and " (" in feature.name:
        return feature.name.replace(" (", "\n(", 1)
    if feature.kind == "city":
        return re.sub(r" \(city\)$", "", feature.name)
    return feature.name
