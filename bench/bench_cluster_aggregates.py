"""Modal share by zone, OD flows and bootstrap replicates on a Dask LocalCluster: one process against 2 workers.

1. The chain segment -> modes -> modalshare -> odflows on simulated citizens (``core.simulate``), zones a 4 x 3 grid
   over the study: wall time in one process (``run_chain``) and on the cluster (cluster start-up excluded), the
   time of the shuffles' tasks (Dask's task stream), and whether the cells equal the single process's (masks and
   counts exactly; the domain's functions on the cluster's own tables bit for bit).
2. ``before_after`` (tests' generators: traversals and trips with known effects) with ``n_boot`` replicates: one
   process against the chunks as tasks (``replicate_mapper``), and whether every interval is equal bit for bit.

The machine is shared: the load average is printed before and after.

    .venv/bin/python bench/bench_cluster_aggregates.py [--citizens 40] [--days 3] [--n-boot 1000] [--users 80]
"""
import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
import devpath  # noqa: E402

devpath.load_tracemob()


def loadavg():
    return "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def zones_file(points, folder):
    import numpy as np
    import shapely
    import shapely.geometry

    xs = np.linspace(points["lon"].min() - 1e-3, points["lon"].max() + 1e-3, 5)
    ys = np.linspace(points["lat"].min() - 1e-3, points["lat"].max() + 1e-3, 4)
    feats = [{"type": "Feature", "properties": {"code": f"Z{i}{j}"},
              "geometry": shapely.geometry.mapping(shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1]))}
             for i in range(4) for j in range(3)]
    path = Path(folder) / "zones.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    return str(path)


def bench_zones(client, args, folder):
    import pandas as pd
    from distributed import get_task_stream

    from tracemob.tracemob_plugin.core.cluster import ChainSpec, run_chain
    from tracemob.tracemob_plugin.core.cluster.aggregates import ModalShareSpec, ODFlowSpec
    from tracemob.tracemob_plugin.core.cluster.runner import run_on_client
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    sim = simulate(n_citizens=args.citizens, days=args.days, seed=1)
    points = sim.points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)
    zones = zones_file(points, folder)
    spec = ChainSpec(steps=("segment", "modes", "modalshare", "odflows"), min_users=5,
                     modalshare=ModalShareSpec(zones, "code", min_trips=5), odflows=ODFlowSpec(zones, "code"))
    t0 = time.perf_counter()
    one = run_chain(points, spec)
    t1 = time.perf_counter()
    with get_task_stream(client) as ts:
        res = run_on_client(client, points=points, spec=spec, budget=len(points) // args.parts)
    t2 = time.perf_counter()
    names = ("split_share", "split_pairs", "reduce_share", "reduce_pairs", "_bucket")
    shuffle_s = sum(sum(s["stop"] - s["start"] for s in t["startstops"] if s["action"] == "compute")
                    for t in ts.data if any(n in str(t["key"]) for n in names))
    same = (one.modal_share.zones[["n_trips", "n_users", "masked"]].equals(
        res.modal_share.zones[["n_trips", "n_users", "masked"]]) and one.od_flows.matrix.equals(res.od_flows.matrix))
    print(f"zones: {len(points):,} fixes, {res.stats['trips']} trips, {args.parts} partitions, 12 zones; "
          f"one process {t1 - t0:.2f} s, cluster {t2 - t1:.2f} s (shuffle tasks {shuffle_s:.3f} s of compute); "
          f"{int((~res.modal_share.zones['masked']).sum())} zones shown, {len(res.od_flows.matrix)} OD pairs "
          f"published; counts, masks and OD matrix equal to one process: {same}")
    pd.testing.assert_frame_equal(one.modal_share.cells, res.modal_share.cells, check_exact=False, rtol=1e-9)


def bench_bootstrap(client, args):
    import pandas as pd

    from tracemob.tracemob_plugin.core.cluster.aggregates import replicate_mapper
    from tracemob.tracemob_plugin.core.compare.beforeafter import before_after

    spec = importlib.util.spec_from_file_location("beforeafter_data",
                                                  HERE.parent / "tests" / "unit" / "test_beforeafter.py")
    data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(data)
    kw = dict(traversals=data.make_traversals(seed=4, n_users=args.users, tt_effect={"S1": 1.3}),
              trips=data.make_trips(seed=5, n_users=args.users), zones=data.ZONES, change=data.CHANGE,
              n_boot=args.n_boot, seed=11)
    t0 = time.perf_counter()
    one = before_after(**kw)
    t1 = time.perf_counter()
    mapper = replicate_mapper(client)
    many = before_after(mapper=mapper, **kw)
    t2 = time.perf_counter()
    same = all(getattr(one, n).equals(getattr(many, n)) for n in ("segments", "modal_share"))
    pd.testing.assert_frame_equal(one.segments, many.segments, check_exact=True)
    print(f"bootstrap: {len(kw['traversals']):,} traversals, {len(kw['trips']):,} trips, {args.users} participants, "
          f"n_boot {args.n_boot}: one process {t1 - t0:.2f} s, cluster {t2 - t1:.2f} s ({mapper.tasks} tasks); "
          f"every interval equal bit for bit: {same}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--citizens", type=int, default=40)
    ap.add_argument("--days", type=int, default=3)
    ap.add_argument("--parts", type=int, default=8)
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--users", type=int, default=80)
    args = ap.parse_args()

    from distributed import Client

    from tracemob.tracemob_plugin.core.cluster.runner import local_cluster

    print("load average before:", loadavg())
    with local_cluster(2, threads_per_worker=1) as cluster, Client(cluster) as client, \
            tempfile.TemporaryDirectory() as folder:
        bench_zones(client, args, folder)
        bench_bootstrap(client, args)
    print("load average after:", loadavg())


if __name__ == "__main__":
    main()
