"""The map's "Places named in the sources" layer: the places of the regional gazetteer that the
store's passages name (azmap/place_links.py), each a point sized by how many passages name it.

The page is built once and cached; the places change with the user's documents, so they are sent
to it (``azmap.setPlaces`` in assets/web/azmap.js) once it is ready and again when documents are
added or removed. A place is selected like a feature, by the id "place:GEONAMES_ID", and the panel
shows it as a feature (``place_feature``). No Qt here.
"""
from __future__ import annotations

from azmap.place_links import PLACE_PREFIX, bare_id, place_key

LAYER = "places"


def is_place(fid) -> bool:
    return isinstance(fid, str) and fid.startswith(PLACE_PREFIX)


class PlaceFeature:
    """A place of the gazetteer in the shape the panel reads a feature in."""

    kind = "place"
    years = None
    aliases: tuple = ()
    demonyms: tuple = ()

    def __init__(self, place_id: str, name: str, country: str | None):
        self.id = place_key(place_id)
        self.name = name
        self.description = (f"A place the sources name, beyond the map's own features: {name}"
                            f"{f' ({country})' if country else ''}; GeoNames {bare_id(place_id)}.")

    def years_label(self) -> str:
        return ""

    def exists_in(self, year) -> bool:
        return True


def place_feature(fid: str, store=None) -> PlaceFeature | None:
    """The place "place:ID" as the panel shows it, or None if it is no place. The store's copy of its
    name is read when it has one (the gazetteer of places takes a third of a second to read)."""
    if not is_place(fid):
        return None
    point = store.place_point(bare_id(fid)) if store is not None else None
    if point is not None:
        return PlaceFeature(fid, point["name"], point["country"])
    from azmap.places import index

    p = index().by_id.get(bare_id(fid))
    return PlaceFeature(fid, p.name, p.country) if p is not None and p.kind == "place" and p.lat is not None else None


def payload(store) -> list[dict]:
    """Every place the store's passages name, for ``azmap.setPlaces``: id ("place:ID"), name,
    position, passages naming it (n), and whether every one of its mentions is unsure. One query of
    the store: the window asks for it while the page starts."""
    if store is None:
        return []
    out = [{"id": place_key(q["place_id"]), "name": q["name"], "lat": q["lat"], "lon": q["lon"], "n": q["n"],
            "country": q["country"], "unsure": q["unsure"]} for q in store.place_points()]
    out.sort(key=lambda q: (-q["n"], q["id"]))
    return out


def completion_names(entries: list[dict], taken=frozenset()) -> dict[str, str]:
    """What the search box may complete to each place of ``entries`` (payload): its name, or
    "name (country)" where several places or one of the map's features (``taken``) share it."""
    by_name: dict[str, list[dict]] = {}
    for q in entries:
        by_name.setdefault(q["name"], []).append(q)
    folded = {t.casefold() for t in taken}
    out = {}
    for name, qs in by_name.items():
        if len(qs) == 1 and name.casefold() not in folded:
            out[name] = qs[0]["id"]
        else:
            for q in qs:
                out.setdefault(f"{name} ({q['country']})", q["id"])
    return out
