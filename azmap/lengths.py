"""A route's published length, as the map states it (the drawn line, a chain of documented places,
is shorter than the pipe it samples; geodata/SOURCES.md)."""
from __future__ import annotations


def published_length(feature) -> str | None:
    """"1,768 km" for a route with a published length, else None."""
    km = feature.properties.get("length_km") if feature.kind == "route" else None
    return f"{km:,} km" if isinstance(km, (int, float)) and not isinstance(km, bool) else None


def published_length_line(feature) -> str | None:
    """"Published length 1,768 km (BP: ...)": the length with who published it."""
    km = published_length(feature)
    if km is None:
        return None
    source = feature.properties.get("length_source")
    return f"Published length {km}" + (f" ({source})" if source else "")
