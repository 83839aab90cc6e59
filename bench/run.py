"""Benchmarks (make bench): figures are recorded, never asserted. Writes bench/results/latest.json.

Each figure is the median (and p95 where it applies) of several runs on this machine.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def timed_process(args, runs=5, env=None):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "azmap", *args], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return {"median_s": round(statistics.median(times), 3), "runs": runs}


def lookups(store, feature_ids, queries):
    from azmap.linking import passages_for_feature

    f_ms, s_ms = [], []
    for _ in range(5):
        for fid in feature_ids:
            t = time.perf_counter()
            passages_for_feature(store, fid, limit=50)
            f_ms.append((time.perf_counter() - t) * 1000)
        for q in queries:
            t = time.perf_counter()
            store.search(q, limit=20)
            s_ms.append((time.perf_counter() - t) * 1000)
    return {"feature_p50_ms": round(pct(f_ms, 0.5), 3), "feature_p95_ms": round(pct(f_ms, 0.95), 3),
            "search_p50_ms": round(pct(s_ms, 0.5), 3), "search_p95_ms": round(pct(s_ms, 0.95), 3)}


SENTENCES = [
    "The {a} remains central to Azerbaijan's relations with {b}.",
    "Officials in {b} discussed the {a} and the situation around {c} at length.",
    "Analysts note that the {a} changed the balance between {b} and {c} after {y}.",
    "In {y}, talks on the {a} resumed in Baku, with envoys from {b} and {c}.",
]
NAMES = ["BTC pipeline", "Gabala radar", "Caspian Sea", "Nakhchivan exclave", "TAP", "Shah Deniz field",
         "Baku-Novorossiysk pipeline", "South Caucasus Pipeline", "occupied territories", "Lachin corridor"]
STATES = ["Russia", "Iran", "Turkey", "Georgia", "Armenia", "Moscow", "Tehran", "Ankara"]


def synthetic_docs(folder: Path, n: int, seed: int = 7):
    rnd = random.Random(seed)
    for i in range(n):
        paras = []
        for _ in range(rnd.randint(3, 6)):
            paras.append(" ".join(rnd.choice(SENTENCES).format(a=rnd.choice(NAMES), b=rnd.choice(STATES),
                                                               c=rnd.choice(STATES), y=rnd.randint(1991, 2024))
                                  for _ in range(rnd.randint(3, 6))))
        (folder / f"doc{i:06}.txt").write_text(f"Report {i}\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")


def main():
    results = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}, "when": time.time()}
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, AZMAP_DATA_DIR=data)
        os.environ["AZMAP_DATA_DIR"] = data
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "azmap", "features"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        floor = timed_process(["--version"], env=env)
        results["cli_floor_version"] = floor
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "azmap", "passages", "btc", "--json"], cwd=ROOT, env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        results["cli_passages_btc_first_run_s"] = round(time.perf_counter() - t, 3)
        results["cli_passages_btc"] = timed_process(["passages", "btc", "--json"], env=env)

        from azmap.corpus.ingest import ingest_paths
        from azmap.features import gazetteer
        from azmap.store import open_store

        ids = gazetteer().ids()
        queries = ["Gebele", "pipeline", "Nakhchivan exclave", "Russia radar lease", "Turkey", "oil"]
        scale = {}
        with open_store() as store:
            scale["5"] = lookups(store, ids, queries)
            have = 0
            for n in (1000, 10000):
                with tempfile.TemporaryDirectory() as folder:
                    synthetic_docs(Path(folder), n - have)
                    t = time.perf_counter()
                    report = ingest_paths(store, [folder])
                    dt = time.perf_counter() - t
                have = n
                scale[str(n)] = lookups(store, ids, queries)
                scale[str(n)]["ingest_passages_per_s"] = round(report.passages / dt, 1)
                print(f"{n} documents: {scale[str(n)]}", file=sys.stderr)
        results["lookup_by_corpus_size"] = scale
    out = ROOT / "bench" / "results" / "latest.json"
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
