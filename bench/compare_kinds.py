"""Pipeline throughput by kind (bench/ingest_kinds.py) of two source trees, measured in child
processes in interleaved rounds so that both meet the same load; the best round of each kept.

    python bench/compare_kinds.py [--warm] OLD_TREE NEW_TREE [ROUNDS] [OUT.json]

Each tree is put first on the path of its child, which runs that tree's bench/ingest_kinds.py.
With ``--warm``, both children run this tree's bench/ingest_kinds.py with ``--warm --tree TREE``:
the same loop times each tree's code after one untimed pass (one-time loads left out), twenty
rounds of the fixtures a run (a round of the web pages alone is over in about 25 ms)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


HERE = Path(__file__).resolve().parent


def _one(tree: Path, warm: bool = False) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    if warm:
        cmd = [sys.executable, str(HERE / "ingest_kinds.py"), "20", "--warm", "--tree", str(tree)]
    else:
        cmd = [sys.executable, str(tree / "bench" / "ingest_kinds.py"), "5"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=tree, env=env, check=True)
    return json.loads(done.stdout)


def compare(old: Path, new: Path, rounds: int = 3, warm: bool = False) -> dict:
    best: dict[str, dict] = {"old": {}, "new": {}}
    for _ in range(rounds):
        for label, tree in (("old", old), ("new", new)):
            for kind, got in _one(tree, warm).items():
                if got["passages_per_s"] > best[label].get(kind, {}).get("passages_per_s", 0):
                    best[label][kind] = got
    best["speedup"] = {kind: round(best["new"][kind]["passages_per_s"] / best["old"][kind]["passages_per_s"], 2)
                       for kind in best["new"]}
    best["load_average"] = os.getloadavg()
    return best


if __name__ == "__main__":
    args = sys.argv[1:]
    warm = "--warm" in args
    args = [a for a in args if a != "--warm"]
    result = compare(Path(args[0]), Path(args[1]), int(args[2]) if len(args) > 2 else 3, warm)
    result["warm"] = warm
    text = json.dumps(result, indent=1)
    if len(args) > 3:
        Path(args[3]).write_text(text + "\n")
    print(text)
