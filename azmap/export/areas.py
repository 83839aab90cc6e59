"""Areas on the map: countries, seas, the exclave, the former NKAO and the districts, each with its
legend kind and its tint for the year."""
from __future__ import annotations

from azmap.export.labelling import area_label
from azmap.export.shapes import mpl_path
from azmap.export.stacking import (LEGEND_ORDER, Z_BORDER, Z_EXCLAVE, Z_FILL, Z_OCCUPIED, Z_SEA,
                                   gazetteer_rank)
from azmap.export.status import held_in
from azmap.style import COUNTRY_FILLS, HIGHLIGHT, NKAO_COLOUR, OCCUPIED_COLOUR, OTHER_COUNTRY_FILL, SEA_FILL

FULLY_HELD_ALPHA, PARTLY_HELD_ALPHA, NKAO_ALPHA = 0.35, 0.08, 0.20  # tints of the occupied areas over Azerbaijan


def draw_area(md, f, g, hi):
    """Draw the area ``f`` (``g``: projected, clipped) on the map ``md`` with its legend kind, and
    ask for its label; ``hi``: highlighted."""
    from azmap.export.legend import patch_layers

    path = mpl_path(g)
    s = md.s
    held = held_in(f, md.req.year)
    z = {"country": Z_FILL, "exclave": Z_FILL + 0.5, "sea": Z_SEA}.get(f.kind, Z_OCCUPIED)
    if f.kind == "country":
        focus_or_neighbour = f.role in ("focus", "neighbour")
        key = f"country-{f.id}" if focus_or_neighbour else "country-other"
        fill = COUNTRY_FILLS.get(f.id, OTHER_COUNTRY_FILL)
        stroke, width = (("#3a3a3a", 1.0) if f.role == "focus" else ("#6f6f6f", 0.6) if focus_or_neighbour
                         else ("#8c8c8c", 0.4))
        order = LEGEND_ORDER.index("country-focus" if f.role == "focus" else "country-neighbour"
                                   if focus_or_neighbour else "country-other")
        label = f.name if focus_or_neighbour else "Other countries"
        fill_sym = [{"type": "fill", "colour": fill}]
        if md.req.greyscale:  # a grey step, and a pattern where another country of the legend shares it
            from azmap.export.greyscale import country_symbol

            fill, hatch, hatch_colour = country_symbol(f.id if focus_or_neighbour else "")
            fill_sym = [{"type": "fill", "colour": fill}]
            if hatch:
                fill_sym.append({"type": "hatch", "colour": hatch_colour, "hatch": hatch})
        line_sym = [{"type": "outline", "colour": stroke, "width": width}]
        k = md.kind(key, label, fill_sym + line_sym, order * 100 + gazetteer_rank(md.gaz, f.id))
        md.add(key, patch_layers(path, fill_sym, Z_FILL, md.ax.transData, s), md.to_display(g))
        md.occluders.append((Z_FILL, md.to_display(g)))  # land hides the sea behind it
        md.add(key, patch_layers(path, line_sym, Z_BORDER, md.ax.transData, s))
        del k
    elif f.kind == "sea":
        sym = [{"type": "fill", "colour": SEA_FILL}, {"type": "outline", "colour": "#3f7ea6", "width": 0.5}]
        md.add("sea", patch_layers(path, sym[:1], Z_SEA, md.ax.transData, s), md.to_display(g))
        md.add("sea", patch_layers(path, sym[1:], Z_BORDER, md.ax.transData, s))
    elif f.kind == "exclave":
        md.exclave_disp[f.id] = md.to_display(g)
        sym = [{"type": "fill", "colour": COUNTRY_FILLS["azerbaijan"]},
               {"type": "outline", "colour": "#7a5c00", "width": 1.3, "dash": (3.0, 1.8), "dz": Z_EXCLAVE - Z_FILL}]
        md.kind("nakh", f"{f.name} (exclave of Azerbaijan)", sym, LEGEND_ORDER.index("nakh") * 100)
        md.add("nakh", patch_layers(path, sym, z, md.ax.transData, s), md._outline_print(g, 1.3))
    elif f.kind == "territory":
        md.occupied_disp[f.id] = md.to_display(g)
        year = md.req.year
        retaken = retaken_part(md, f, g) if held else None
        if retaken is not None:  # drawn apart: what was retaken in November 2020, as such
            rsym = [{"type": "fill", "colour": "#ffffff", "alpha": 0.25},
                    {"type": "hatch", "colour": NKAO_COLOUR, "hatch": "..", "alpha": 0.55},
                    {"type": "outline", "colour": NKAO_COLOUR, "width": 0.9, "dash": (0.8, 1.4)}]
            info = f.properties["retaken"]
            rlabel = f"Former NKAO retaken in Nov. 2020 ({info.get('name', '')}), as of {year}"
            md.kind("nkao-retaken", rlabel, rsym, LEGEND_ORDER.index("nkao") * 100 + 1)
            md.add("nkao-retaken", patch_layers(mpl_path(retaken), rsym, z, md.ax.transData, s),
                   md.to_display(retaken))
            g = g.difference(retaken)
            path = mpl_path(g)
        if held:
            sym = [{"type": "fill", "colour": NKAO_COLOUR, "alpha": NKAO_ALPHA},
                   {"type": "hatch", "colour": NKAO_COLOUR, "hatch": "\\\\\\", "alpha": 0.6},
                   {"type": "outline", "colour": NKAO_COLOUR, "width": 1.1, "dash": (2.5, 1.5)}]
            label = (f"Former NKAO (approx.) held by Armenian forces, as of {year}" if year else
                     "Former NKAO (approx.) held by Armenian forces 1991–2023")
        else:
            sym = [{"type": "outline", "colour": NKAO_COLOUR, "width": 0.9, "dash": (2.5, 1.5)}]
            label = "Former NKAO (approx. outline), Azerbaijan's since Sept. 2023"
        md.kind("nkao", label, sym, LEGEND_ORDER.index("nkao") * 100)
        md.add("nkao", patch_layers(path, sym, z, md.ax.transData, s),
               md.to_display(g) if held else md._outline_print(g, 0.9))
    elif f.kind == "district":
        md.occupied_disp[f.id] = md.to_display(g)
        partly = f.properties.get("held") == "partly"
        if not held:
            key = "district-returned"
            occ = f.properties.get("occupied") or [None, None]
            sym = [{"type": "outline", "colour": OCCUPIED_COLOUR, "width": 0.8, "dash": (0.8, 1.4)}]
            label = f"District occupied until {occ[1]} (outline)" if occ[1] else "District (outline)"
        elif partly:
            key = "district-partly"
            names = [d.name for d in md.gaz.of_kind("district") if d.properties.get("held") == "partly"]
            sym = [{"type": "fill", "colour": OCCUPIED_COLOUR, "alpha": PARTLY_HELD_ALPHA},
                   {"type": "hatch", "colour": OCCUPIED_COLOUR, "hatch": "/", "alpha": 0.75},
                   {"type": "outline", "colour": OCCUPIED_COLOUR, "width": 0.8, "dash": (3.0, 1.5)}]
            label = (f"District partly held: as of {md.req.year}" if md.req.year else
                     "District partly held 1993–2020") + (f" ({', '.join(names)})" if names else "")
        else:
            key = "district-fully"
            sym = [{"type": "fill", "colour": OCCUPIED_COLOUR, "alpha": FULLY_HELD_ALPHA},
                   {"type": "hatch", "colour": OCCUPIED_COLOUR, "hatch": "////", "alpha": 0.6},
                   {"type": "outline", "colour": OCCUPIED_COLOUR, "width": 0.8}]
            label = f"District occupied: as of {md.req.year}" if md.req.year else "District occupied 1992/93–2020"
        md.kind(key, label, sym, LEGEND_ORDER.index(key) * 100)
        md.add(key, patch_layers(path, sym, z, md.ax.transData, s),
               md.to_display(g) if held else md._outline_print(g, 0.8))
    if hi:
        sym = [{"type": "outline", "colour": HIGHLIGHT, "width": 2.6, "alpha": 0.85}]
        md.kind("highlight", "Highlighted", sym, LEGEND_ORDER.index("highlight") * 100)
        md.add("highlight", patch_layers(path, sym, Z_BORDER + 0.5, md.ax.transData, s),
               md._outline_print(g, 2.6))
    area_label(md, f, g)

def retaken_part(md, f, g):
    """The part of the former oblast retaken before the rest (its ``retaken`` property), projected
    and clipped like ``g``, in the years it stood apart (from its return until the rest followed);
    None in other years, or where none of it shows."""
    import shapely
    from shapely.geometry import shape

    info = f.properties.get("retaken")
    year = md.req.year
    if not info or year is None or not info.get("geometry"):
        return None
    first, last = info.get("years", [None, None])
    if first is None or not (first <= year <= (last or year)):
        return None
    part = shapely.clip_by_rect(md.proj.geom(shape(info["geometry"])), *md.clip_box).intersection(g)
    return None if part.is_empty or part.area <= 0 else part
