"""Travel times per street on a Dask LocalCluster (the ``traveltimes`` step): one process against 1 and 2 workers.

Data: simulated citizens (``core.simulate``, car-heavy mix) on the embedded sample network (central Helsinki), sorted
by participant. For the single process and each worker count (one thread each), it prints the wall time of the
chain segment -> modes -> traveltimes (cluster start-up excluded), the compute time of the partitions' tasks
(segmentation, modes, map matching; Dask's task stream) and of the reduce tasks of the shuffle (the domain's
``segment_travel_times``), and checks that the cells (counts, participants, masks) equal the single process's.
The machine is shared: the load average is printed before and after.

    .venv/bin/python bench/bench_cluster_traveltimes.py [--citizens 60] [--days 5] [--workers 1,2] [--parts 8]
"""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
import devpath  # noqa: E402

devpath.load_tracemob()


def loadavg():
    return "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--citizens", type=int, default=60)
    ap.add_argument("--days", type=int, default=5)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--parts", type=int, default=8, help="partitions (fix budget = fixes / parts)")
    args = ap.parse_args()

    from distributed import Client, get_task_stream

    from tracemob.tracemob_plugin.core.cluster import ChainSpec, TravelTimeSpec, run_chain
    from tracemob.tracemob_plugin.core.cluster.runner import local_cluster, run_on_client
    from tracemob.tracemob_plugin.core.simulate.graph import SAMPLE_NETWORK
    from tracemob.tracemob_plugin.core.simulate.params import params_for_mix
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    print(f"load average before: {loadavg()}")
    sim = simulate(n_citizens=args.citizens, days=args.days, seed=3, params=params_for_mix("car"))
    points = sim.points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)
    spec = ChainSpec(steps=("segment", "modes", "traveltimes"), min_users=2,
                     traveltimes=TravelTimeSpec(network=str(SAMPLE_NETWORK), tz="Europe/Helsinki"))
    t0 = time.perf_counter()
    ref = run_chain(points, spec)
    one = time.perf_counter() - t0
    print(f"{len(points):,} fixes, {args.citizens} citizens x {args.days} days; {ref.stats['traversals']:,} "
          f"traversals of {ref.stats['tt_road_legs']} road legs; {len(ref.traveltimes)} cells, "
          f"{int((~ref.traveltimes['masked']).sum())} shown (min_users 2)")
    print(f"one process: {one:.1f} s")
    key = ["segment_id", "direction", "band", "n_traversals", "n_users", "masked"]
    base = None
    for n in [int(w) for w in args.workers.split(",")]:
        with local_cluster(n, threads_per_worker=1) as cluster, Client(cluster) as client:
            client.submit(sum, [1]).result()
            with get_task_stream(client) as ts:
                t0 = time.perf_counter()
                res = run_on_client(client, points=points, spec=spec, budget=len(points) // args.parts + 1)
                wall = time.perf_counter() - t0
        tasks = {}
        for t in ts.data:
            name = str(t["key"]).split("-")[0].strip("('\"")
            spent = sum(s["stop"] - s["start"] for s in t["startstops"] if s["action"] == "compute")
            tasks.setdefault(name, []).append(spent)
        same = res.traveltimes[key].equals(ref.traveltimes[key])
        base = base or wall
        part = tasks.get("run_partition", [0])
        red = tasks.get("reduce_traversals", [0])
        print(f"{n} worker(s): {wall:.1f} s (x{base / wall:.2f} against 1 worker); {len(part)} partitions, compute "
              f"median {statistics.median(part):.2f} s, sum {sum(part):.1f} s; {len(red)} reduce tasks, sum "
              f"{sum(red):.2f} s; cells equal to one process: {same}")
    print(f"load average after: {loadavg()}")


if __name__ == "__main__":
    main()
