"""The print fonts: DejaVu Sans (matplotlib's own) first, then Noto Sans CJK and Symbola for the
characters it lacks, through matplotlib's font fallback (a family list, matplotlib 3.6 and later).

The fallback fonts come from Debian's packages of them, published by the distribution from the
fonts' own releases (``fonts-noto-cjk``: Noto Sans CJK; ``fonts-symbola``: Symbola, whose
monochrome emoji and symbols matplotlib can draw), which `make` installs (azmap.syscheck --fonts);
where one is missing, print goes on with the fonts it has. PDF and SVG embed or name each font a glyph was set in, so a title in Chinese or a
caption with an emoji prints as written, not as boxes.
"""
from __future__ import annotations

import os
from functools import lru_cache

BASE = "DejaVu Sans"
# (the font file as its package installs it, the family name matplotlib reads from it)
FALLBACKS = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK JP"),
    ("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", "Symbola"),
]
PACKAGES = {FALLBACKS[0][0]: "fonts-noto-cjk", FALLBACKS[1][0]: "fonts-symbola"}


def missing_packages() -> list[str]:
    """The packages of the fallback fonts this machine lacks."""
    return [PACKAGES[path] for path, _ in FALLBACKS if not os.path.isfile(path)]


@lru_cache(maxsize=1)
def families() -> tuple[str, ...]:
    """The family list print sets text in: DejaVu Sans, then each fallback font found installed."""
    from matplotlib import font_manager

    out = [BASE]
    for path, family in FALLBACKS:
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
