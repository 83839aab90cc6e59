"""Pipeline throughput by kind (bench/ingest_kinds.py) of two source trees, measured in child
processes in interleaved rounds so that both meet the same load; the best round of each kept.

    python bench/compare_kinds.py OLD_TREE NEW_TREE [ROUNDS] [OUT.json]

Each tree is put first on the path of its child, which runs that tree's bench/ingest_kinds.py."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _one(tree: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run([sys.executable, str(tree / "bench" / "ingest_kinds.py"), "5"], capture_output=True,
                          text=True, cwd=tree, env=env, check=True)
    return json.loads(done.stdout)


def compare(old: Path, new: Path, rounds: int = 3) -> dict:
    best: dict[str, dict] = {"old": {}, "new": {}}
    for _ in range(rounds):
        for label, tree in (("old", old), ("new", new)):
            for kind, got in _one(tree).items():
                if got["passages_per_s"] > best[label].get(kind, {}).get("passages_per_s", 0):
                    best[label][kind] = got
    best["speedup"] = {kind: round(best["new"][kind]["passages_per_s"] / best["old"][kind]["passages_per_s"], 2)
                       for kind in best["new"]}
    best["load_average"] = os.getloadavg()
    return best


if __name__ == "__main__":
    result = compare(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 3)
    text = json.dumps(result, indent=1)
    if len(sys.argv) > 4:
        Path(sys.argv[4]).write_text(text + "\n")
    print(text)
