"""End-to-end scaling through ``qgis_process``, as a user runs it, beside trackintel in-process.

Data: GeoLife's ``geolife_sample.txt.gz`` (2 participants, 217,653 real fixes, ../shared/data/geolife,
never committed) replicated with shifted user ids (copy k: ``<uid>_r<k>``), as the reporter of issue 18
did: ``1m`` = 5 copies (1,088,265 fixes), ``10m`` = 46 copies (10,012,038), ``50m`` = 230 copies
(50,060,190). The CSV is written to a temporary folder (``--work``), deleted afterwards unless kept.

For each size (``--sizes 1m,10m``), through ``scripts/qgis_process`` (a fresh QGIS each step, start-up
included, the plugin from this tree):

* GeoPackage: ``importtraces`` (CSV in, GeoPackage out) and ``segmenttrips`` (GeoPackage in, stays,
  trips and legs GeoPackages out); with ``--full``, also ``infermodes`` and ``computeemissions`` on the
  legs;
* PostGIS (``--postgis``, needs ``pg_ctl``/``initdb`` and PostGIS: a throwaway cluster is started on a
  local port): the same steps with every output a table of a schema ``bench`` (``importtraces`` straight
  into PostGIS).

Each step prints wall time (``time.perf_counter`` around the process), fixes per second, the peak
resident set size of the QGIS process (``ru_maxrss`` of the children, which Linux keeps for the largest
one) and the share of the algorithm's time outside the domain (its closing "Timing:" line: QGIS and
GDAL input and output, conversions). trackintel 1.3.1 runs in a child process on the same CSV: read
the CSV, build positionfixes, ``generate_staypoints`` (sliding, its defaults), ``create_activity_flag``,
``generate_triplegs``, ``generate_trips``; only where it fits (``--trackintel-max`` fixes, default 12 M).
The load average is printed before and after: the machine is shared.

    .venv/bin/python bench/bench_scaling.py [--sizes 1m,10m] [--full] [--postgis] [--work DIR] [--keep]

No target is asserted (the numbers depend on the machine and its load); the ratio import + segment
against trackintel is printed.
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import benchcommon as bc  # noqa: E402

COPIES = {"1m": 5, "10m": 46, "50m": 230}
QGIS_PROCESS = ROOT / "scripts" / "qgis_process"


def loadavg():
    one, five, fifteen = os.getloadavg()
    return "{:.1f} {:.1f} {:.1f}".format(one, five, fifteen)


def make_csv(path, copies):
    """GeoLife's sample replicated ``copies`` times with shifted user ids, written by chunks."""
    import pandas as pd

    src = bc.GEOLIFE_DIR / "geolife_sample.txt.gz"
    base = pd.read_csv(src, dtype={"uid": str})
    n = 0
    with open(path, "w") as fh:
        fh.write("lat,lng,datetime,uid\n")
        for k in range(copies):
            part = base.assign(uid=base["uid"] + "_r{}".format(k))
            part.to_csv(fh, header=False, index=False)
            n += len(part)
    return n


def run_step(name, alg, params, n_fixes, env=None):
    """One ``qgis_process run``; returns a result row (wall, fixes/s, peak RSS, I/O share)."""
    args = [str(QGIS_PROCESS), "--json", "run", alg, "--"] + ["{}={}".format(k, v) for k, v in params.items()]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        raise RuntimeError("{} failed ({}):\n{}\n{}".format(alg, proc.returncode, proc.stdout[-3000:],
                                                              proc.stderr[-3000:]))
    try:
        log = json.loads(proc.stdout[proc.stdout.index("{"):]).get("log", "")
    except ValueError:
        log = proc.stdout
    if isinstance(log, dict):  # qgis_process --json: {"info": [...], ...}
        log = "\n".join(str(x) for v in log.values() for x in (v if isinstance(v, list) else [v]))
    m = re.search(r"Timing: ([\d.]+) s in all, ([\d.]+) s in the domain, ([\d.]+) s", log)
    alg_s, domain_s, io_s = (float(m.group(1)), float(m.group(2)), float(m.group(3))) if m else (None, None, None)
    return {"step": name, "wall_s": wall, "fixes_per_s": n_fixes / wall if wall else None,
            # ru_maxrss of the children only grows: a step that peaks lower shows the earlier peak
            "peak_rss_mb": peak / 1024.0, "peak_grew": peak > before,
            "alg_s": alg_s, "domain_s": domain_s, "io_s": io_s,
            "startup_s": (wall - alg_s) if alg_s is not None else None}


def trackintel_child(csv_path):
    """trackintel's in-memory pipeline on the CSV (run in a child: its own peak RSS)."""
    import warnings

    warnings.filterwarnings("ignore")
    t0 = time.perf_counter()
    import geopandas as gpd
    import pandas as pd
    import trackintel as ti

    t_import = time.perf_counter() - t0
    t1 = time.perf_counter()
    df = pd.read_csv(csv_path, dtype={"uid": str})
    gdf = gpd.GeoDataFrame({"user_id": df["uid"], "tracked_at": pd.to_datetime(df["datetime"]).dt.tz_localize("UTC")},
                           geometry=gpd.points_from_xy(df["lng"], df["lat"]), crs="EPSG:4326")
    pfs = ti.Positionfixes(gdf)
    t_read = time.perf_counter() - t1
    t2 = time.perf_counter()
    pfs, sp = pfs.generate_staypoints(method="sliding")
    sp = sp.create_activity_flag()
    pfs, tpls = pfs.generate_triplegs(sp, method="between_staypoints")
    sp, tpls, trips = ti.preprocessing.generate_trips(sp, tpls)
    t_pipe = time.perf_counter() - t2
    return {"import_s": t_import, "read_s": t_read, "pipeline_s": t_pipe, "trips": len(trips),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}


def run_trackintel(csv_path):
    cmd = [sys.executable, str(Path(__file__).resolve()), "--trackintel-child", str(csv_path)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError("trackintel failed:\n" + proc.stderr[-3000:])
    out = json.loads([ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1])
    out["wall_s"] = wall
    return out


def print_row(size, target, r, n):
    share = "{:5.0%}".format(r["io_s"] / r["alg_s"]) if r.get("alg_s") else "   - "
    print("  {size:>4} {target:<9} {step:<17} {wall:8.1f} s {rate:>11,.0f} fixes/s  peak {rss:7.0f} MB{grew}  "
          "I/O share {share} (alg {alg} s, domain {dom} s, start-up {st} s)".format(
              size=size, target=target, step=r["step"], wall=r["wall_s"], rate=n / r["wall_s"],
              rss=r["peak_rss_mb"], grew="" if r["peak_grew"] else "*", share=share,
              alg="{:.1f}".format(r["alg_s"]) if r.get("alg_s") is not None else "-",
              dom="{:.1f}".format(r["domain_s"]) if r.get("domain_s") is not None else "-",
              st="{:.1f}".format(r["startup_s"]) if r.get("startup_s") is not None else "-"))


def gpkg_steps(work, csv_path, full):
    steps = [("importtraces", "tracemob:importtraces", {"INPUT": csv_path, "TIMEZONE": "UTC",
                                                        "OUTPUT": work / "points.gpkg"}),
             ("segmenttrips", "tracemob:segmenttrips", {
                 "INPUT": work / "points.gpkg", "OUTPUT_STAYS": work / "stays.gpkg",
                 "OUTPUT_TRIPS": work / "trips.gpkg", "OUTPUT_LEGS": work / "legs.gpkg"})]
    if full:
        steps += [("infermodes", "tracemob:infermodes", {"INPUT": work / "legs.gpkg", "OUTPUT": work / "modes.gpkg"}),
                  ("computeemissions", "tracemob:computeemissions", {"INPUT": work / "modes.gpkg",
                                                                     "OUTPUT": work / "co2.gpkg"})]
    return steps


def copy_load(pg, schema, csv_path):
    """The CSV loaded into ``schema.points`` by PostgreSQL itself (COPY, then the table importtraces makes:
    serial key, Point 4326, user_id, time, accuracy_m, speed_mps, source_file, GiST and user_id indexes):
    how a study already in PostGIS looks, without importtraces holding the whole file."""
    os.chmod(csv_path, 0o644)
    parent = Path(csv_path).parent
    os.chmod(parent, parent.stat().st_mode | 0o005)
    pg.sql("CREATE TABLE {s}.staging (lat double precision, lng double precision, datetime timestamp, uid text); "
           "COPY {s}.staging FROM '{p}' WITH (FORMAT csv, HEADER true); "
           "CREATE TABLE {s}.points (id serial PRIMARY KEY, geom geometry(Point, 4326), user_id varchar, "
           "time timestamp, accuracy_m double precision, speed_mps double precision, source_file varchar); "
           "INSERT INTO {s}.points (geom, user_id, time, source_file) SELECT ST_SetSRID(ST_MakePoint(lng, lat), 4326), "
           "uid, datetime, '{n}' FROM {s}.staging ORDER BY uid, datetime; DROP TABLE {s}.staging; "
           "CREATE INDEX ON {s}.points USING GIST (geom); CREATE INDEX ON {s}.points (user_id); "
           "ANALYZE {s}.points".format(s=schema, p=str(csv_path).replace("'", "''"), n=Path(csv_path).name))


def postgis_steps(pg, csv_path, full, size, load="importtraces"):
    schema = "bench_" + size

    def table(name, geom=True):
        return pg.destination(schema, name, geom)

    first = [("importtraces", "tracemob:importtraces", {"INPUT": csv_path, "OUTPUT": table("points")})] \
        if load == "importtraces" else []
    steps = first + [("segmenttrips", "tracemob:segmenttrips", {
                 "INPUT": pg.source(schema, "points"), "OUTPUT_STAYS": table("stays"), "OUTPUT_TRIPS": table("trips"),
                 "OUTPUT_LEGS": table("legs")})]
    if full:
        steps += [("infermodes", "tracemob:infermodes", {"INPUT": pg.source(schema, "legs"), "OUTPUT": table("modes")}),
                  ("computeemissions", "tracemob:computeemissions", {"INPUT": pg.source(schema, "modes"),
                                                                     "OUTPUT": table("co2")})]
    return schema, steps


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1m", help="comma-separated among 1m, 10m, 50m")
    parser.add_argument("--full", action="store_true", help="also infermodes and computeemissions")
    parser.add_argument("--postgis", action="store_true", help="also PostGIS in and out (throwaway cluster)")
    parser.add_argument("--no-gpkg", action="store_true", help="skip the GeoPackage runs")
    parser.add_argument("--pg-load", choices=["importtraces", "copy"], default="importtraces",
                        help="how the fixes get into PostGIS: importtraces (timed) or PostgreSQL's COPY (not timed: "
                             "the study is already in PostGIS)")
    parser.add_argument("--trackintel-max", type=int, default=12_000_000)
    parser.add_argument("--work", type=Path, default=None, help="folder for the CSV and outputs (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--trackintel-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.trackintel_child:
        print(json.dumps(trackintel_child(args.trackintel_child)))
        return 0
    if not (bc.GEOLIFE_DIR / "geolife_sample.txt.gz").is_file():
        bc.skip("GeoLife geolife_sample.txt.gz not found in {} (never committed)".format(bc.GEOLIFE_DIR))
    work = args.work or Path(tempfile.mkdtemp(prefix="tracemob_scaling_"))
    work.mkdir(parents=True, exist_ok=True)
    pg = None
    try:
        if args.postgis:
            sys.path.insert(0, str(ROOT / "tests" / "support"))
            from pgcluster import Cluster

            pg = Cluster(work / "pg")
            pg.start()
        print("load average before: {} (2 cores shared)".format(loadavg()))
        summary = []
        for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
            csv_path = work / "geolife_x{}.csv".format(COPIES[size])
            n = make_csv(csv_path, COPIES[size])
            print("{}: {:,} fixes ({} copies of geolife_sample), CSV {:.0f} MB".format(
                size, n, COPIES[size], csv_path.stat().st_size / 1e6))
            runs = []
            if not args.no_gpkg:
                out = work / size
                out.mkdir(exist_ok=True)
                rows = []
                for name, alg, params in gpkg_steps(out, csv_path, args.full):
                    rows.append(run_step(name, alg, params, n))
                    print_row(size, "GPKG", rows[-1], n)
                runs.append(("GPKG", rows))
            if pg is not None:
                schema, steps = postgis_steps(pg, csv_path, args.full, size, args.pg_load)
                pg.sql("DROP SCHEMA IF EXISTS {s} CASCADE; CREATE SCHEMA {s};".format(s=schema))
                if args.pg_load == "copy":
                    t0 = time.perf_counter()
                    copy_load(pg, schema, csv_path)
                    print("  {:>4} PostGIS  loaded by COPY in {:.0f} s (not timed below)".format(
                        size, time.perf_counter() - t0))
                rows = []
                for name, alg, params in steps:
                    rows.append(run_step(name, alg, params, n))
                    print_row(size, "PostGIS", rows[-1], n)
                runs.append(("PostGIS", rows))
            ti = None
            if n <= args.trackintel_max:
                ti = run_trackintel(csv_path)
                print("  {:>4} trackintel read CSV {:.1f} s + pipeline {:.1f} s = {:.1f} s ({:,.0f} fixes/s), "
                      "{} trips, peak {:.0f} MB (imports {:.1f} s)".format(
                          size, ti["read_s"], ti["pipeline_s"], ti["read_s"] + ti["pipeline_s"],
                          n / (ti["read_s"] + ti["pipeline_s"]), ti["trips"], ti["peak_rss_mb"], ti["import_s"]))
            for target, rows in runs:
                two = [r for r in rows if r["step"] in ("importtraces", "segmenttrips")]
                if len(two) < 2:
                    print("  {:>4} {:<8} {} ({:.1f} s), peak RSS {:.0f} MB".format(
                        size, target, " + ".join(r["step"] for r in rows), sum(r["wall_s"] for r in rows),
                        max(r["peak_rss_mb"] for r in rows)))
                    continue
                total = sum(r["wall_s"] for r in two)
                line = "  {:>4} {:<8} import + segment {:.1f} s ({:,.0f} fixes/s, start-ups included)".format(
                    size, target, total, n / total)
                if ti is not None:
                    ref = ti["read_s"] + ti["pipeline_s"]
                    line += "; trackintel {:.1f} s: ratio {:.2f} (pipeline only {:.1f} s: {:.2f})".format(
                        ref, ref / total, ti["pipeline_s"], ti["pipeline_s"] / total)
                if len(rows) > 2:
                    line += "; all {} steps {:.1f} s".format(len(rows), sum(r["wall_s"] for r in rows))
                print(line)
                summary.append((size, target, n, rows, ti))
            if not args.keep:
                csv_path.unlink()
        print("load average after: {}".format(loadavg()))
    finally:
        if pg is not None:
            pg.stop()
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
