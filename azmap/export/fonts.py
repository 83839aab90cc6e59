"""The print fonts: DejaVu Sans (matplotlib's own) first, then Noto Sans CJK and Noto Emoji for the
characters it lacks, through matplotlib's font fallback (a family list, matplotlib 3.6 and later).

The Noto fonts come from registry packages that ship them (``manimgx-fonts-cjk``: Noto Sans CJK;
``manimgx-fonts``: Noto Emoji), installed with azmap; where one is missing, print goes on with the
fonts it has. PDF and SVG embed or name each font a glyph was set in, so a title in Chinese or a
caption with an emoji prints as written, not as boxes.
"""
from __future__ import annotations

import os
from functools import lru_cache

BASE = "DejaVu Sans"
# (module, file beside it, the family name matplotlib reads from it)
FALLBACKS = [
    ("manimgx_fonts_cjk", "NotoSansCJK-VF.otf.ttc", "Noto Sans CJK JP"),
    ("manimgx_fonts", "NotoEmoji[wght].ttf", "Noto Emoji"),
]


@lru_cache(maxsize=1)
def families() -> tuple[str, ...]:
    """The family list print sets text in: DejaVu Sans, then each fallback font found installed."""
    import importlib.util

    from matplotlib import font_manager

    out = [BASE]
    for module, filename, family in FALLBACKS:
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            continue
        path = os.path.join(list(spec.submodule_search_locations)[0], filename)
        if not os.path.isfile(path):
            continue
        try:
            font_manager.fontManager.addfont(path)
        except (OSError, RuntimeError, ValueError):
            continue
        _every_weight(font_manager.fontManager, path)
        out.append(family)
    return tuple(out)


def _every_weight(manager, path) -> None:
    """A variable font is listed at its default weight only: list it at the normal and bold weights
    too, so that matplotlib takes it for bold text without a warning for each glyph it looks up."""
    from dataclasses import replace

    entries = [e for e in manager.ttflist if e.fname == path]
    have = {(e.name, e.style, e.weight) for e in entries}
    for e in entries:
        for weight in (400, 700):
            if (e.name, e.style, weight) not in have:
                manager.ttflist.append(replace(e, weight=weight))
                have.add((e.name, e.style, weight))
    manager._findfont_cached.cache_clear()
