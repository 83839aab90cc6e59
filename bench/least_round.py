"""The least time of one round of a kind's fixture documents (read and prepared as ingest does,
bench/ingest_kinds.py) for two source trees, measured in child processes that take turns: on a
machine other work keeps busy, the least round of each is what the two trees' code costs, while an
average over rounds also counts the rounds that waited.

    python bench/least_round.py OLD_TREE NEW_TREE [KIND ...] [--rounds N] [--runs R]

Each child puts its tree first on the path, reads every fixture of the kind once untimed, then
times N rounds (process time and wall time) and reports the least of each. R runs of each tree,
interleaved; printed: per run the two trees' least rounds (ms) and passages a round, then the
ratio of passages per second (new / old) of each run's least process times."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def least(tree: Path, kind: str, rounds: int) -> dict:
    """(in a child) The least round of ``kind`` for the tree first on the path."""
    sys.path.insert(0, str(HERE))
    import ingest_kinds
    from azmap.linking import default_linker
    from tests.fixture_docs import load_fixtures

    default_linker()
    paths = [Path(d["path"]) for d in load_fixtures()
             if ("text" if d["format"] in ("txt", "md") else d["format"]) == kind]
    passages = ingest_kinds._prepare_all(paths)  # untimed: one-time loads
    cpu = wall = float("inf")
    for _ in range(rounds):
        w, c = time.perf_counter(), time.process_time()
        passages = ingest_kinds._prepare_all(paths)
        cpu, wall = min(cpu, time.process_time() - c), min(wall, time.perf_counter() - w)
    return {"tree": str(tree), "kind": kind, "passages": passages, "cpu_ms": round(cpu * 1000, 2),
            "wall_ms": round(wall * 1000, 2)}


def _child(tree: Path, kind: str, rounds: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(tree), kind, str(rounds)],
                          capture_output=True, text=True, cwd=tree, env=env, check=True)
    return json.loads(done.stdout)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        tree = Path(argv[1]).resolve()
        sys.path.insert(0, str(tree))
        print(json.dumps(least(tree, argv[2], int(argv[3]))))
        return 0
    rounds = runs = None
    args = list(argv)
    for flag, default in (("--rounds", 30), ("--runs", 3)):
        value = default
        if flag in args:
            i = args.index(flag)
            value = int(args[i + 1])
            del args[i:i + 2]
        if flag == "--rounds":
            rounds = value
        else:
            runs = value
    old, new = Path(args[0]).resolve(), Path(args[1]).resolve()
    kinds = args[2:] or ["text", "html"]
    out = []
    for run in range(runs):
        for kind in kinds:
            a, b = _child(old, kind, rounds), _child(new, kind, rounds)
            ratio = (b["passages"] / b["cpu_ms"]) / (a["passages"] / a["cpu_ms"])
            out.append({"run": run + 1, "kind": kind, "old": a, "new": b, "ratio": round(ratio, 3),
                        "load_average": [round(x, 2) for x in os.getloadavg()]})
            print(f"run {run + 1} {kind}: old {a['cpu_ms']} ms ({a['passages']} passages), "
                  f"new {b['cpu_ms']} ms ({b['passages']}), passages/s new/old {ratio:.3f}, "
                  f"load {os.getloadavg()[0]:.2f}", file=sys.stderr)
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
