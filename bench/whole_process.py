"""Whole processes, as a person or a script feels them, each interleaved with its floor and
given as a ratio of medians: `azmap --screenshot` (first start with a fresh data directory, first
start with a built store, next start) against a bare QtWebEngine page grabbed to PNG, and the CLI
commands against `python -c pass` of the same interpreter."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _timed(cmd, env) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def screenshot(env, runs: int = 7) -> dict:
    py = sys.executable
    shot = [py, "-m", "azmap", "--screenshot", "OUT", "--size", "1300x850"]
    kinds = {"floor": [], "next_start": [], "first_start_built_store": [], "first_start_fresh": []}
    with tempfile.TemporaryDirectory() as kept_cfg, tempfile.TemporaryDirectory() as kept_data, \
            tempfile.TemporaryDirectory() as out:
        png = str(Path(out, "s.png"))
        base = dict(env, QT_QPA_PLATFORM="offscreen")
        kept = dict(base, XDG_CONFIG_HOME=kept_cfg, AZMAP_DATA_DIR=kept_data)
        _timed([x.replace("OUT", png) for x in shot], kept)  # the first session leaves its settings
        for _ in range(runs):
            kinds["floor"].append(_timed([py, str(ROOT / "bench" / "floor_screenshot.py"), png], base))
            kinds["next_start"].append(_timed([x.replace("OUT", png) for x in shot], kept))
            with tempfile.TemporaryDirectory() as cfg:
                kinds["first_start_built_store"].append(
                    _timed([x.replace("OUT", png) for x in shot], dict(kept, XDG_CONFIG_HOME=cfg)))
            with tempfile.TemporaryDirectory() as cfg, tempfile.TemporaryDirectory() as data:
                kinds["first_start_fresh"].append(
                    _timed([x.replace("OUT", png) for x in shot], dict(base, XDG_CONFIG_HOME=cfg, AZMAP_DATA_DIR=data)))
    med = {k: statistics.median(v) for k, v in kinds.items()}
    return {**{f"{k}_s": round(v, 3) for k, v in med.items()},
            **{f"{k}_ratio": round(v / med["floor"], 2) for k, v in med.items() if k != "floor"},
            "runs": runs}


def cli(env, runs: int = 15) -> dict:
    py = sys.executable
    cmds = {"floor": [py, "-c", "pass"], "passages_btc_json": [py, "-m", "azmap", "passages", "btc", "--json"],
            "features": [py, "-m", "azmap", "features"]}
    subprocess.run(cmds["passages_btc_json"], cwd=ROOT, env=env, capture_output=True)  # the store exists
    times = {k: [] for k in cmds}
    for _ in range(runs):
        for k, c in cmds.items():
            times[k].append(_timed(c, env))
    med = {k: statistics.median(v) for k, v in times.items()}
    return {**{f"{k}_s": round(v, 4) for k, v in med.items()},
            **{f"{k}_ratio": round(v / med["floor"], 2) for k, v in med.items() if k != "floor"}, "runs": runs}


if __name__ == "__main__":
    import json

    e = dict(os.environ)
    print(json.dumps({"screenshot": screenshot(e, int(sys.argv[1]) if len(sys.argv) > 1 else 5), "cli": cli(e)},
                     indent=1))
