"""Greyscale print, judged on the rendered pixels: the page is grey; countries that touch differ by a
lightness step, and every country of the legend differs from every other by a step or a pattern;
routes differ by their dash patterns (how much of the line is ink, how long its dashes and gaps)."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
import shapely
from PIL import Image

from azmap.export.greyscale import LIGHTNESS_STEP, lightness
from azmap.export.render import ExportRequest, composed, render
from azmap.features import gazetteer
from tests.conftest import run_cli

GAZ = gazetteer()
LEGEND_COUNTRIES = ("azerbaijan", "armenia", "georgia", "russia", "iran", "turkey")
STEP = LIGHTNESS_STEP - 1.5  # measured on a page with relief: a step's medians land within 1.5 L* of it
PATTERN = 4.0  # a line pattern makes the mean step between neighbouring pixels across its lines this much
# larger than along them (relief, which has no direction, does not)


def _l_star(values):
    return lightness([float(np.median(values)) / 255] * 3)


def _area_stats(img, result, shape, avoid):
    """(median L*, mean step between horizontal neighbours, between vertical neighbours, pixels) over
    the inside of ``shape`` in the output image, away from its edges and from ``avoid``."""
    x0, y0, x1, y1 = result.frame_px()
    frame = shapely.box(x0, y0, x1, y1).buffer(-4)
    inside = result.project(shape).intersection(frame).buffer(-6).difference(avoid)
    if inside.is_empty:
        return None
    bx0, by0, bx1, by1 = (int(v) for v in inside.bounds)
    xs, ys = np.meshgrid(np.arange(bx0, bx1), np.arange(by0, by1))
    mask = shapely.contains_xy(inside, xs + 0.5, ys + 0.5)
    if mask.sum() < 500:
        return None
    v = img[ys, xs].astype(float)
    tx = np.abs(np.diff(v, axis=1))[mask[:, 1:] & mask[:, :-1]].mean()
    ty = np.abs(np.diff(v, axis=0))[mask[1:, :] & mask[:-1, :]].mean()
    return _l_star(v[mask]), tx, ty, int(mask.sum())


def _touch(a, b):
    return GAZ.get(a).shape().buffer(0.02).intersects(GAZ.get(b).shape())


@pytest.mark.slow
@pytest.mark.parametrize("view, measured", [("caucasus", {"azerbaijan", "armenia", "georgia", "russia", "iran", "turkey"}),
                                            ("corridor", {"russia", "turkey", "iran"})])  # the rest too small there
def test_greyscale_countries_differ_by_a_lightness_step_or_a_pattern(tmp_path, view, measured):
    result = render(ExportRequest(out=tmp_path / "g.png", view=view, size="A4-landscape", dpi=100, greyscale=True,
                                  caption_sources=[]))
    rgb = np.asarray(Image.open(result.path).convert("RGB")).astype(int)
    assert np.abs(rgb[..., 0] - rgb[..., 1]).max() <= 1 and np.abs(rgb[..., 1] - rgb[..., 2]).max() <= 1
    img = rgb[..., 1]
    # away from what lies over the areas: names, routes, points, the scale bar's box
    avoid = [shapely.box(*lb.bbox).buffer(3) for lb in result.labels if lb.placed]
    avoid += [result.project(GAZ.get(r.id).shape()).buffer(14) for r in GAZ.of_kind("route")]
    avoid += [result.project(f.shape()).buffer(10) for f in GAZ if f.geometry_type == "Point"]
    avoid += [result.project(f.shape()).buffer(3) for f in GAZ if f.kind in ("district", "territory", "exclave")]
    avoid = shapely.union_all(avoid)
    stats = {c: _area_stats(img, result, GAZ.get(c).shape(), avoid) for c in LEGEND_COUNTRIES}
    stats = {c: s for c, s in stats.items() if s is not None}
    assert measured <= set(stats)
    for a, b in itertools.combinations(stats, 2):
        (la, txa, tya, _), (lb, txb, tyb, _) = stats[a], stats[b]
        step = abs(la - lb) >= STEP
        pattern = abs((txa - tya) - (txb - tyb)) >= PATTERN  # lines one way: relief has no direction
        if _touch(a, b):
            assert step, (a, b, la, lb)  # neighbours: a lightness step apart
        assert step or pattern, (a, b, stats[a], stats[b])  # in the legend: a step or a pattern
    # and the land apart from the sea: open water far from any coast
    for lon, lat in ((50.6, 40.9), (34.0, 43.0)):
        x, y = result.to_pixel(lon, lat)
        fx0, fy0, fx1, fy1 = result.frame_px()
        if fx0 + 10 < x < fx1 - 10 and fy0 + 10 < y < fy1 - 10:
            water = _l_star(img[y - 4:y + 5, x - 4:x + 5])
            assert all(abs(s[0] - water) >= STEP for s in stats.values())


def _runs(dark):
    """Lengths of the runs of ink and of gap (samples), leaving out the first and last (cut) runs."""
    on, off = [], []
    edges = np.flatnonzero(np.diff(dark.astype(int))) + 1
    parts = np.split(dark, edges)
    for p in parts[1:-1]:
        (on if p[0] else off).append(len(p))
    return on, off


def _route_profiles(view):
    """For each route drawn: (share of ink, median dash length, median gap length) along its line,
    sampled every half pixel where no name or other route lies over it."""
    req = ExportRequest(out="g.png", view=view, size="A4-landscape", dpi=100, greyscale=True, caption_sources=[])
    with composed(req) as comp:
        md = comp.map
        comp.fig.canvas.draw()
        v = np.asarray(comp.fig.canvas.buffer_rgba())[..., :3].astype(float) @ [0.2126, 0.7152, 0.0722]
        h, w = v.shape
        labels = shapely.union_all([shapely.box(*p.box).buffer(2) for p in md.placements if p.placed])
        frame = shapely.box(*md.disp).buffer(-4)
        lines = {}
        for fid, g, half in md.lines:
            lines.setdefault(fid, []).append((g, half))
        out = {}
        for fid, parts in lines.items():
            others = shapely.union_all([g.buffer(half + 2.5) for f, ps in lines.items() if f != fid for g, half in ps])
            ink, on, off = [], [], []
            for g, _ in parts:
                t = np.arange(0, g.length, 0.5)
                pts = shapely.line_interpolate_point(g, t)
                x, y = shapely.get_x(pts), shapely.get_y(pts)
                ok = (shapely.contains_xy(frame, x, y) & ~shapely.contains_xy(labels, x, y)
                      & ~shapely.contains_xy(others, x, y))
                vals = v[np.clip((h - y).astype(int), 0, h - 1), np.clip(x.astype(int), 0, w - 1)]
                for stretch in np.split(np.arange(len(t)), np.flatnonzero(~ok)):
                    stretch = stretch[ok[stretch]]
                    if len(stretch) < 40:
                        continue
                    lo, hi = np.percentile(vals[stretch], [5, 95])
                    # ink: the line's own tone (a solid line keeps it all along; a dashed one shows its
                    # white casing between the dashes), whatever that tone is
                    dark = vals[stretch] < (lo + hi) / 2 if hi - lo >= 40 else np.ones(len(stretch), bool)
                    a, b = _runs(dark)
                    on += a
                    off += b
                    ink += list(dark)
            if len(ink) >= 150:
                out[fid] = (float(np.mean(ink)), float(np.median(on)) if on else float("inf"),
                            float(np.median(off)) if off else 0.0)
        return out


def _ratio(a, b):
    lo, hi = sorted((a, b))
    return float("inf") if lo == 0 or hi == float("inf") and lo != hi else hi / lo


@pytest.mark.slow
@pytest.mark.parametrize("view", ["caucasus", "corridor"])
def test_greyscale_routes_differ_by_their_dash_patterns(view):
    profiles = _route_profiles(view)
    assert {"btc", "scp", "tanap", "btk-railway"} <= set(profiles)
    if view == "caucasus":
        assert "baku-supsa" in profiles  # beside BTC all the way from Sangachal to Georgia
    for a, b in itertools.combinations(profiles, 2):
        (ia, da, ga), (ib, db, gb) = profiles[a], profiles[b]
        assert abs(ia - ib) >= 0.1 or _ratio(da, db) >= 1.4 or _ratio(ga, gb) >= 1.4, (a, profiles[a], b, profiles[b])


def test_the_cli_exports_in_greyscale(tmp_path):
    out = tmp_path / "g.png"
    r = run_cli("export", "--out", str(out), "--view", "karabakh", "--size", "900x640px", "--dpi", "100",
                "--greyscale")
    assert r.returncode == 0, r.stderr
    rgb = np.asarray(Image.open(out).convert("RGB")).astype(int)
    assert np.abs(rgb[..., 0] - rgb[..., 2]).max() <= 1  # grey, the occupied areas' red too


def test_the_designed_greys_keep_neighbours_a_step_apart():
    from azmap.export.greyscale import (COUNTRY_GREYS, OTHER_COUNTRY_GREY, ROUTE_GREYS, SEA_LIGHTNESS, grey,
                                        route_line)

    for level in (12, 58, 69, 83, 97):
        assert lightness([int(grey(level)[1:3], 16) / 255] * 3) == pytest.approx(level, abs=0.5)
    countries = [c.id for c in GAZ.of_kind("country")]
    design = {c: COUNTRY_GREYS.get(c, OTHER_COUNTRY_GREY) for c in countries}
    for a, b in itertools.combinations(countries, 2):
        if (a in COUNTRY_GREYS or b in COUNTRY_GREYS) and _touch(a, b):
            assert abs(design[a][0] - design[b][0]) >= LIGHTNESS_STEP, (a, b)
    assert len({COUNTRY_GREYS[c] for c in COUNTRY_GREYS} | {OTHER_COUNTRY_GREY}) == len(COUNTRY_GREYS) + 1
    assert all(level - SEA_LIGHTNESS >= LIGHTNESS_STEP for level, _ in design.values())
    dashes = [route_line(r.id)[1] for r in GAZ.of_kind("route")]
    assert len(set(dashes)) == len(dashes) and set(ROUTE_GREYS) >= {r.id for r in GAZ.of_kind("route")}
