"""The chain on a Dask LocalCluster: 1 against 2 worker processes, and Dask's cost per partition.

Data: GeoLife's ``geolife_sample.txt.gz`` (2 participants, 217,653 real fixes, ../shared/data/geolife, never
committed) replicated with shifted user ids as bench/bench_scaling.py does (copy k: ``<uid>_r<k>``): ``1m`` = 5
copies, ``10m`` = 46 copies (10,012,038 fixes). One CSV file per copy is written to a temporary folder
(``--work``, deleted afterwards unless ``--keep``); the workers read their own files (``run_on_client(files=...)``:
a scan pass, then one task per partition of whole participants reading its files and running the chain).

For each number of workers (``--workers 1,2``; one thread each, no dashboard, 127.0.0.1), it prints:

* wall time of the chain (cluster start-up excluded, printed apart), fixes per second, speed-up against the
  first count;
* per partition: the task's compute time on its worker (Dask's task stream: read + chain), median and mean,
  and the same per million fixes;
* Dask's overhead per task: the round trip of an empty task, one at a time (latency) and 200 at once
  (throughput), measured on the same cluster;
* the tables agree: trips and legs counts equal across worker counts;
* a CPU probe (the same numpy job, twice per worker): the speed-up the machine itself allows at that moment.

Then a projection (a projection, not a measurement) for 1 billion fixes on 50 workers from the measured
compute time per partition (1-worker run) and overhead per task. The machine is shared: the load average is
printed before and after.

    .venv/bin/python bench/bench_cluster.py [--size 10m] [--workers 1,2] [--steps segment] [--budget 250000]
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import benchcommon as bc  # noqa: E402

COPIES = {"1m": 5, "10m": 46, "50m": 230}


def loadavg():
    return "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def make_files(folder: Path, copies: int) -> int:
    """One CSV per copy of the sample (uids shifted by text replacement on the last column: no per-row loop)."""
    import gzip

    src = bc.GEOLIFE_DIR / "geolife_sample.txt.gz"
    with gzip.open(src, "rt") as fh:
        header, body = fh.read().split("\n", 1)
    body = body if body.endswith("\n") else body + "\n"
    import pandas as pd

    uids = sorted(pd.read_csv(src, usecols=["uid"], dtype=str)["uid"].unique())
    n_lines = body.count("\n")
    for k in range(copies):
        text = body
        for u in uids:
            text = text.replace(",{}\n".format(u), ",{}_r{}\n".format(u, k))
        (folder / "geolife_r{:03d}.csv".format(k)).write_text(header + "\n" + text)
    return n_lines * copies


def _noop(x=None):
    return x


def _cpu(seed):
    """A fixed CPU-bound numpy job (about a second on one free core)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    return float(sum(np.sort(rng.random(2_000_000))[0] for _ in range(6)))


def cpu_probe(client, n_workers):
    """Seconds for ``2 * n_workers`` identical CPU jobs, per job: the parallelism the machine really gives
    (on a free machine 2 workers halve it; with other jobs on the cores they do not)."""
    t0 = time.perf_counter()
    client.gather([client.submit(_cpu, i, pure=False) for i in range(2 * n_workers)])
    return (time.perf_counter() - t0) / (2 * n_workers)


def task_overhead(client, n=200):
    """(latency s, throughput s per task) of an empty task: one at a time, then ``n`` at once."""
    client.submit(_noop, 0, pure=False).result()   # warm-up
    t0 = time.perf_counter()
    for i in range(20):
        client.submit(_noop, i, pure=False).result()
    latency = (time.perf_counter() - t0) / 20
    t0 = time.perf_counter()
    client.gather([client.submit(_noop, i, pure=False) for i in range(n)])
    return latency, (time.perf_counter() - t0) / n


def run_once(n_workers, folder, spec, budget):
    from distributed import Client, get_task_stream

    cl = tracemob_cluster()
    t0 = time.perf_counter()
    with cl.local_cluster(n_workers, threads_per_worker=1, memory_limit="6GB") as cluster, Client(cluster) as client:
        start = time.perf_counter() - t0
        latency, per_task = task_overhead(client)
        probe = cpu_probe(client, n_workers)
        with get_task_stream(client) as ts:
            t1 = time.perf_counter()
            res = cl.run_on_client(client, files=str(folder), spec=spec, budget=budget)
            wall = time.perf_counter() - t1
    computes = [sum(s["stop"] - s["start"] for s in t["startstops"] if s["action"] == "compute")
                for t in ts.data if "_run_files" in str(t["key"])]
    scans = [sum(s["stop"] - s["start"] for s in t["startstops"] if s["action"] == "compute")
             for t in ts.data if "_scan_file" in str(t["key"])]
    return {"workers": n_workers, "start": start, "wall": wall, "latency": latency, "per_task": per_task,
            "computes": computes, "scans": scans, "probe": probe, "trips": len(res.trips), "legs": len(res.legs)}


def tracemob_cluster():
    from tracemob.tracemob_plugin.core.cluster import runner

    return runner


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="10m", choices=sorted(COPIES))
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--steps", default="segment", help="comma-separated steps (segment,modes,emissions,indicators)")
    ap.add_argument("--budget", type=int, default=250_000, help="fixes per partition")
    ap.add_argument("--work", default=None)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    if not (bc.GEOLIFE_DIR / "geolife_sample.txt.gz").is_file():
        bc.skip("GeoLife sample {} not found (real data lives in ../shared/data and is never committed)".format(
            bc.GEOLIFE_DIR / "geolife_sample.txt.gz"))
    from tracemob.tracemob_plugin.core.cluster import ChainSpec

    spec = ChainSpec(steps=tuple(args.steps.split(",")), timezone="UTC")
    work = Path(args.work or tempfile.mkdtemp(prefix="tracemob_bench_cluster_"))
    work.mkdir(parents=True, exist_ok=True)
    print("load average before: {}".format(loadavg()))
    rows = []
    try:
        t0 = time.perf_counter()
        n = make_files(work, COPIES[args.size])
        print("{:,} fixes in {} files ({:.0f} s to write), steps {}, partitions of at most {:,} fixes".format(
            n, COPIES[args.size], time.perf_counter() - t0, ",".join(spec.steps), args.budget))
        for k in [int(x) for x in args.workers.split(",")]:
            r = run_once(k, work, spec, args.budget)
            rows.append(r)
            c = r["computes"]
            print("\n{} worker(s): cluster start {:.1f} s; chain {:.1f} s wall = {:,.0f} fixes/s; {} partitions, "
                  "compute per partition median {:.2f} s, mean {:.2f} s ({:.2f} s per M fixes); scan per file "
                  "median {:.2f} s; empty task: {:.1f} ms one at a time, {:.2f} ms each 200 at once; {} trips, {} legs"
                  .format(k, r["start"], r["wall"], n / r["wall"], len(c), statistics.median(c), statistics.mean(c),
                          sum(c) / n * 1e6 + sum(r["scans"]) / n * 1e6, statistics.median(r["scans"]),
                          r["latency"] * 1e3, r["per_task"] * 1e3, r["trips"], r["legs"]))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    base = rows[0]
    for r in rows[1:]:
        print("speed-up {} -> {} workers: {:.2f}x (wall {:.1f} s -> {:.1f} s); same tables: {}; the machine's "
              "own ceiling (CPU probe, same jobs): {:.2f}x".format(
                  base["workers"], r["workers"], base["wall"] / r["wall"], base["wall"], r["wall"],
                  bc.pass_fail(r["trips"] == base["trips"] and r["legs"] == base["legs"]),
                  base["probe"] / r["probe"]))
    # projection (not a measurement): 1e9 fixes on 50 workers from the 1-worker costs
    per_fix = (sum(base["computes"]) + sum(base["scans"])) / n
    parts = 1e9 / args.budget
    compute = per_fix * 1e9
    overhead = parts * 2 * base["per_task"]   # two tasks per partition-worth of files (scan + run)
    print("\nPROJECTION for 1,000,000,000 fixes on 50 workers (from the 1-worker costs measured here, "
          "not measured): {:,.0f} partitions of {:,} fixes; compute {:.0f} worker-hours ({:.2f} s per M fixes); "
          "on 50 workers about {:.0f} min + Dask overhead {:.0f} s (scheduler, {:.2f} ms per task)".format(
              parts, args.budget, compute / 3600, per_fix * 1e6, compute / 50 / 60, overhead, base["per_task"] * 1e3))
    print("load average after: {}".format(loadavg()))


if __name__ == "__main__":
    main()
