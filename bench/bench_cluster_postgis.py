"""PostGIS in and out on a Dask LocalCluster (``core/cluster/postgis.py``), beside CSV files in.

Data: simulated citizens (``core.simulate``), loaded by COPY into a throwaway PostgreSQL + PostGIS
(``tests/support/pgcluster.py``: Debian's packages, a free 127.0.0.1 port, removed at the end) as importtraces
writes them (a point geometry, an index on ``user_id``), and written as one CSV file per participant. On 2 worker
processes (1 thread each), the chain segment -> modes -> emissions -> indicators, ``--parts`` partitions, each
path ``--repeat`` times: CSV files -> tables on the client; PostGIS -> PostGIS tables (workers read and COPY);
PostGIS -> tables on the client. Prints the wall times (cluster start-up excluded), checks the legs agree, and the
load average (the machine is shared).

    .venv/bin/python bench/bench_cluster_postgis.py [--citizens 120] [--days 5] [--parts 4] [--repeat 2]
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE.parent / "tests" / "support"))
import devpath  # noqa: E402

devpath.load_tracemob()


def loadavg():
    return "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def load_points(pg, postgis, points):
    import pandas as pd

    pg.sql("CREATE SCHEMA study")
    pg.sql("CREATE TABLE study.points (geom geometry(Point, 4326), user_id text, time timestamptz, "
           "accuracy_m float8, speed_mps float8, source_file text)")
    t = time.perf_counter()
    con = postgis.connect(pg.conninfo())
    with con.cursor() as cur:
        data = {c: postgis.copy_values(points[c], "timestamp with time zone" if c == "time" else "")
                for c in ("user_id", "time", "accuracy_m", "speed_mps", "source_file")}
        data["geom"] = postgis.ewkb_points_hex(points["lon"], points["lat"], 4326)
        postgis.copy_frame(cur, "study.points", pd.DataFrame(data))
    con.commit()
    con.close()
    pg.sql("CREATE INDEX ON study.points (user_id)")
    pg.sql("ANALYZE study.points")
    return time.perf_counter() - t


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=120)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--parts", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    from distributed import Client
    from pgcluster import Cluster

    from tracemob.tracemob_plugin.core.cluster import ChainSpec, postgis
    from tracemob.tracemob_plugin.core.cluster.runner import local_cluster, run_on_client, run_on_postgis
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    points = simulate(n_citizens=args.citizens, days=args.days, seed=1).points
    points = points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)
    print(f"{len(points):,} simulated fixes, {points['user_id'].nunique()} participants; load {loadavg()}")
    work = Path(tempfile.mkdtemp(prefix="tracemob-bench-pg-"))
    os.chmod(work, 0o755)
    pg = Cluster(work / "cluster").start()
    try:
        print(f"COPY into study.points: {load_points(pg, postgis, points):.2f} s")
        files = work / "csv"
        files.mkdir()
        cols = ["user_id", "time", "lat", "lon", "accuracy_m"]
        for user, rows in points[cols].assign(time=points["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")).groupby(
                "user_id"):
            rows.to_csv(files / f"{user}.csv", index=False)
        source = postgis.PostgisSource(pg.conninfo(), "study.points")
        spec = dict(steps=("segment", "modes", "emissions", "indicators"), geometry=True, min_users=2)
        budget = max(1, len(points) // args.parts)
        with local_cluster(2, threads_per_worker=1) as cluster, Client(cluster) as client:
            for rep in range(args.repeat):
                t = time.perf_counter()
                from_files = run_on_client(client, files=[str(files)], spec=ChainSpec(**spec), budget=budget)
                t_files = time.perf_counter() - t
                t = time.perf_counter()
                target = postgis.PostgisTarget(pg.conninfo(), f"out{rep}", source=source.table)
                to_pg = run_on_postgis(client, source, ChainSpec(**spec, postgis=target), budget=budget)
                t_pg = time.perf_counter() - t
                t = time.perf_counter()
                from_pg = run_on_postgis(client, source, ChainSpec(**spec), budget=budget)
                t_in = time.perf_counter() - t
                assert len(from_files.legs) == len(from_pg.legs) == to_pg.written["legs"]
                print(f"run {rep + 1}: CSV files -> client {t_files:.1f} s; PostGIS -> PostGIS {t_pg:.1f} s; "
                      f"PostGIS -> client {t_in:.1f} s; {len(from_pg.legs):,} legs")
        print(pg.sql("SELECT pg_size_pretty(pg_total_relation_size('study.points')) || ' points table, ' || "
                     "pg_size_pretty(pg_total_relation_size('out0.legs')) || ' legs table'"))
    finally:
        pg.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"load {loadavg()}")


if __name__ == "__main__":
    main()
