"""What a feature is in a given year: drawn at all, and held (the occupied areas)."""
from __future__ import annotations


def visible(feature, year: int | None) -> bool:
    if year is None or feature.kind in ("district", "territory", "group", "country", "exclave", "sea"):
        return True
    return feature.exists_in(year)


def held_in(feature, year: int | None) -> bool:
    occ = feature.properties.get("occupied") or (feature.years if feature.kind == "territory" else None)
    if year is None or not occ:
        return True
    end = 2024 if feature.kind == "territory" else occ[1]
    return occ[0] <= year < end


def layer_of(f) -> str:
    """The layer (``azmap.style.LAYERS`` key) the feature is drawn in."""
    from azmap.style import style_for

    return style_for(f).layer
