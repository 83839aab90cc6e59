"""The order in which the map's layers are stacked (matplotlib zorders) and the legend's order."""
from __future__ import annotations


Z_FILL, Z_HILLSHADE, Z_SEA, Z_GRID, Z_OCCUPIED, Z_BORDER, Z_EXCLAVE = 10, 12, 13, 15, 16, 18, 19
Z_ROUTE, Z_POINT, Z_LEADER, Z_LABEL, Z_FURNITURE = 20, 30, 39, 40, 50
MIN_ROUTE_MM2 = 5.0  # a route is listed where this much of it shows (7 mm of line): a stub at the frame's edge is not
NODATA_FILL, Z_NODATA = "#fbfbf9", 14.5  # beyond the data: above the sea and relief, under the graticule
LEGEND_ORDER = ["nodata", "country-focus", "country-neighbour", "country-other", "sea", "nakh", "nkao", "district-fully",
                "district-partly", "district-returned", "route", "capital", "city", "site", "highlight"]


def gazetteer_rank(gaz, fid) -> int:
    """The feature's place in the gazetteer (its order among kinds alike in the legend)."""
    for i, f in enumerate(gaz):
        if f.id == fid:
            return i
    return 99
