"""The print audit's full sweep: every named view x A4, A4 landscape, A3 and a 16:9 slide x the years
1995, 2005, 2021 and 2024 x without and with a highlighted feature. For each cell: no area name over
another's ground and none led far (tests/test_print_audit.py's reading), every must-have name
placed (the renderer's, a pointer at the frame's edge included, and the audit's own: every country a
drawn route crosses where any of it shows, the districts wherever drawn at 1:4,000,000 or larger), each pointer pointing the right way, at the right
distance, over no other name (tests/test_labels_pointers.py's reading), the view's subject inside
the frame, the legend equal to what is visible. Prints the table,
writes each cell's sheet (PNG) to look at, and exits 1 if any cell fails.

    make audit            # or: python tools/audit.py --out build/audit [--dpi 60] [--views a,b]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ["A4", "A4-landscape", "A3", "338.7x190.5mm"]  # the last: a 16:9 slide
YEARS = [1995, 2005, 2021, 2024]
HIGHLIGHT = {"region": "btc", "corridor": "tap", "caucasus": "nakhchivan", "azerbaijan": "btc",
             "karabakh": "lachin"}


def audit_cell(view, page, year, feature, out_dir, dpi) -> tuple[str, list[str]]:
    """Render one cell to ``out_dir`` and say what is wrong with it (nothing: an empty list)."""
    from shapely.geometry import Point, box

    from azmap.export.legend import MIN_VISIBLE_MM2
    from azmap.export.render import ExportRequest, render
    from tests.test_labels_pointers import pointer_problems
    from tests.test_print_audit import SHAPES, VIEW_MUST_SHOW, misplaced_names, missing_must_haves

    name = f"{view}-{page}-{year}-{feature or 'none'}.png"
    req = ExportRequest(out=out_dir / name, size=page, dpi=dpi, caption_sources=[], view=view, year=year,
                        features=[feature] if feature else [])
    result = render(req)
    problems = list(misplaced_names(result))
    problems += [f"must-have {lab.text!r} dropped" for lab in result.labels if lab.must and not lab.placed]
    problems += missing_must_haves(result)  # the audit's own: crossed countries, districts at 1:4M or larger
    problems += pointer_problems(result)  # the way they point, their distances, clear of other names
    fx0, fy0, fx1, fy1 = result.frame_px()
    frame = box(fx0 - 1, fy0 - 1, fx1 + 1, fy1 + 1)
    fids, points = VIEW_MUST_SHOW[view]
    problems += [f"{fid} leaves the frame" for fid in fids if not frame.contains(result.project(SHAPES[fid]))]
    problems += [f"{p} leaves the frame" for p in points if not frame.contains(Point(result.to_pixel(*p)))]
    listed = {e.key for e in result.legend}
    problems += [f"the legend lists {e.key} ({e.visible_mm2} mm² shows)" for e in result.legend
                 if e.visible_mm2 < MIN_VISIBLE_MM2]
    problems += [f"{k} shows over {mm2} mm² but is not listed" for k, mm2 in result.drawn.items()
                 if mm2 >= (6.0 if k.startswith("route-") else 2.5) and k not in listed]
    return name, problems


def main(argv=None) -> int:
    from azmap.export.render import VIEWS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "audit")
    ap.add_argument("--dpi", type=int, default=60)
    ap.add_argument("--views", default=",".join(VIEWS))
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    failed = cells = 0
    t0 = time.time()
    print(f"{'view':11} {'page':14} {'year':5} {'highlight':11} result")
    for view in args.views.split(","):
        for page in PAGES:
            for year in YEARS:
                for feature in (None, HIGHLIGHT.get(view)):
                    name, problems = audit_cell(view, page, year, feature, args.out, args.dpi)
                    cells += 1
                    failed += bool(problems)
                    verdict = "ok" if not problems else "FAIL: " + "; ".join(problems)
                    print(f"{view:11} {page:14} {year:<5} {feature or '-':11} {verdict}", flush=True)
    print(f"{cells - failed} passed, {failed} failed; sheets in {args.out} ({time.time() - t0:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
