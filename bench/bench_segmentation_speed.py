"""Segmentation speed and memory: Tracemob against trackintel 1.3.1 on real GeoLife data.

Data sets (built in memory from ../shared/data/geolife, written only to a temporary folder that is
deleted at the end; never into the repository):
- ``geolife_long_10_MB``: 11 users, 164,531 fixes (.plt);
- ``geolife_sample``: ``geolife_sample.txt.gz``, 2 users, 217,653 fixes;
- ``replicated_1M``: exactly 1,000,000 fixes made by replicating the users of both sets
  (copy k: user ids suffixed ``_r<k>``, times shifted by 7*k days).

Each run happens in a fresh subprocess that loads its data set from a NumPy ``.npz`` file
(no pickle) and times only the segmentation call with ``time.perf_counter``:
- ours: ``segment(points, SegmentationParams.trackintel())`` (``--repeat`` runs, the fastest is
  kept; the first run, which includes lazy imports, is printed too; ``--preset default`` times
  Tracemob's default parameters instead);
- trackintel: ``generate_staypoints(sliding, 25 m, 5 min, gap 1e6 min)`` +
  ``create_activity_flag(15 min)`` + ``generate_triplegs(between_staypoints)`` +
  ``generate_trips(gap 15 min)``: the parameters our preset reproduces. The GeoDataFrame is built
  before the clock starts. trackintel runs on the 1 M set too (about 25-30 s here); with
  ``--extrapolate-1m`` its 1 M time is instead extrapolated linearly from its throughput on the
  two real sets (the report says so).

Memory: peak resident set size of the subprocess running our segmentation, from
``resource.getrusage(RUSAGE_SELF).ru_maxrss`` (whole process: interpreter, libraries, input
frame and segmentation), together with the resident size just before ``segment()`` and the peak
reached from then on (Linux ``VmHWM`` after resetting it through ``/proc/self/clear_refs``).
On Linux ``ru_maxrss`` survives fork+exec, so the data sets are built in another subprocess and
the parent stays small (a few tens of MB): otherwise the child would report the parent's peak.
Timings on a shared machine are noisy: the load average is printed before and after, and the
CPU time (``time.process_time``) of each run is printed beside the wall time; the targets use
the wall time of the fastest run.

Both runs also save their trip spans (in the temporary folder): the report says how many of our
trips have exactly trackintel's start and end (within 1 s) on each data set.

Targets (PASS/FAIL printed; the exit status is non-zero only on errors): ours >= 10x trackintel's
throughput, 1 M points in < 5 s, peak memory < 1 GB.

    .venv/bin/python bench/bench_segmentation_speed.py [--repeat 3] [--extrapolate-1m] [--skip-trackintel]
"""
import argparse
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

N_MILLION = 1_000_000
TARGET_RATIO = 10.0
TARGET_1M_S = 5.0
TARGET_PEAK_MB = 1024.0
DATASETS = ("geolife_long_10_MB", "geolife_sample", "replicated_1M")
REAL_SETS = DATASETS[:2]


# --------------------------------------------------------------------------- data sets


def build_datasets(folder: Path, n_million: int = N_MILLION) -> dict:
    long10 = bc.load_geolife_folder(bc.GEOLIFE_DIR / "geolife_long_10_MB")
    sample = bc.load_geolife_sample(bc.GEOLIFE_DIR / "geolife_sample.txt.gz")
    sample["user_id"] = "s" + sample["user_id"]  # keep the two sets' users apart
    both = pd.concat([long10, sample], ignore_index=True)
    million = bc.replicate(both, n_million)
    paths = {}
    for name, df in zip(DATASETS, (long10, sample, million)):
        paths[name] = folder / (name + ".npz")
        save_points(paths[name], df)
    return paths


def save_points(path: Path, df: pd.DataFrame) -> None:
    np.savez(path, user_id=df["user_id"].to_numpy(dtype=str),
             time_ns=df["time"].dt.tz_convert("UTC").dt.as_unit("ns").dt.tz_localize(None)
             .to_numpy().astype("int64"),
             lat=df["lat"].to_numpy(float), lon=df["lon"].to_numpy(float),
             source_file=df["source_file"].to_numpy(dtype=str))


def load_points(path: Path) -> pd.DataFrame:
    with np.load(path, allow_pickle=False) as z:
        n = len(z["lat"])
        df = pd.DataFrame({
            "user_id": z["user_id"].astype(object),
            "time": pd.to_datetime(z["time_ns"], unit="ns", utc=True),
            "lat": z["lat"], "lon": z["lon"],
            "accuracy_m": np.full(n, np.nan), "speed_mps": np.full(n, np.nan),
            "source_file": z["source_file"].astype(object),
        })
    return df


# --------------------------------------------------------------------------- children


def _vm_kib(field: str) -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return float(line.split()[1])
    return float("nan")


def _reset_hwm() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def save_trips(path: Path, users, starts, ends) -> None:
    """Trip spans of a run (user, start, end in ns), for the comparison ours vs trackintel."""
    def ns(values):
        return pd.to_datetime(pd.Series(values), utc=True).dt.as_unit("ns").dt.tz_localize(None) \
            .to_numpy().astype("int64")
    np.savez(path, user_id=np.asarray(users, dtype=str), start_ns=ns(starts), end_ns=ns(ends))


def load_trips(path: Path) -> pd.DataFrame:
    with np.load(path, allow_pickle=False) as z:
        return pd.DataFrame({"user_id": z["user_id"].astype(object),
                             "start_time": pd.to_datetime(z["start_ns"], unit="ns", utc=True),
                             "end_time": pd.to_datetime(z["end_ns"], unit="ns", utc=True)})


def _trips_path(npz: Path, kind: str) -> Path:
    return npz.with_name(npz.stem + "." + kind + ".trips.npz")


def child_ours(npz: Path, repeat: int, preset: str = "trackintel") -> dict:
    seg = bc.tracemob_module("trips.segmentation")
    params = bc.segmentation_params(preset)
    points = load_points(npz)
    rss_before = _vm_kib("VmRSS")
    hwm_ok = _reset_hwm()
    times, cpu, result = [], [], None
    for _ in range(max(1, repeat)):
        result = None
        c0, t0 = time.process_time(), time.perf_counter()
        result = seg.segment(points, params)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    trips = result.trips
    save_trips(_trips_path(npz, "ours"), trips["user_id"], trips["start_time"], trips["end_time"])
    return {"n_points": len(points), "seconds": min(times), "all_seconds": times, "cpu_seconds": min(cpu),
            "rss_before_mb": rss_before / 1024,
            "segment_hwm_mb": _vm_kib("VmHWM") / 1024 if hwm_ok else None,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "n_trips": len(result.trips), "n_stays": len(result.stays), "n_legs": len(result.legs)}


def child_trackintel(npz: Path) -> dict:
    import warnings
    warnings.filterwarnings("ignore")
    import trackintel as ti

    pfs = bc.to_trackintel_positionfixes(load_points(npz))
    n_input = len(pfs)
    stages = {}
    c0, t0 = time.process_time(), time.perf_counter()
    pfs, sp = pfs.generate_staypoints(method="sliding", dist_threshold=25, time_threshold=5,
                                      gap_threshold=1e6)
    stages["generate_staypoints"] = time.perf_counter() - t0
    t = time.perf_counter()
    sp = sp.create_activity_flag(time_threshold=15)
    stages["create_activity_flag"] = time.perf_counter() - t
    t = time.perf_counter()
    pfs, tpls = pfs.generate_triplegs(sp, method="between_staypoints")
    stages["generate_triplegs"] = time.perf_counter() - t
    t = time.perf_counter()
    sp, tpls, trips = ti.preprocessing.generate_trips(sp, tpls, gap_threshold=15)
    stages["generate_trips"] = time.perf_counter() - t
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    save_trips(_trips_path(npz, "trackintel"), trips["user_id"], trips["started_at"], trips["finished_at"])
    return {"n_points": n_input, "seconds": elapsed, "stages": stages,
            "cpu_seconds": cpu,
            "n_trips": len(trips), "n_staypoints": len(sp), "n_triplegs": len(tpls),
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _loadavg() -> str:
    try:
        return " ".join("{:.1f}".format(x) for x in os.getloadavg()) + " (1/5/15 min, {n} CPUs)".format(
            n=os.cpu_count())
    except OSError:
        return "n/a"


def run_child(kind: str, npz: Path, repeat: int, n_points: int = N_MILLION,
              preset: str = "trackintel") -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--npz", str(npz),
           "--repeat", str(repeat), "--n-points", str(n_points), "--preset", preset]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError("{k} run on {n} failed (status {rc}):\n{out}\n{err}".format(
            k=kind, n=npz.name, rc=proc.returncode, out=proc.stdout[-2000:], err=proc.stderr[-4000:]))
    return json.loads(lines[-1])


# --------------------------------------------------------------------------- report


def compare_trips(paths: dict) -> dict:
    """Per data set: (trackintel trips, ours, matched, matched within 1 s) when both ran."""
    from tracemob.tracemob_plugin.core.evaluation.scoring import score_trips

    out = {}
    for name, npz in paths.items():
        a, b = _trips_path(npz, "trackintel"), _trips_path(npz, "ours")
        if a.is_file() and b.is_file():
            ti_trips, ours = load_trips(a), load_trips(b)
            score = score_trips(ti_trips, ours, by="user_id")
            m = score.matches
            exact = int(((m.start_error_s.abs() <= 1) & (m.end_error_s.abs() <= 1)).sum()) if len(m) else 0
            out[name] = (score.n_truth, score.n_pred, score.n_matched, exact)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of ours per data set (fastest kept)")
    parser.add_argument("--extrapolate-1m", action="store_true",
                        help="do not run trackintel on the 1 M set: extrapolate from the real sets")
    parser.add_argument("--skip-trackintel", action="store_true", help="time ours only")
    parser.add_argument("--n-points", type=int, default=N_MILLION, help="size of the replicated set")
    parser.add_argument("--preset", default="trackintel",
                        help="our SegmentationParams preset: trackintel (same parameters as the trackintel "
                             "run, default) or default (Tracemob's own, e-mission-like; then the trip "
                             "comparison with trackintel is not expected to agree)")
    parser.add_argument("--child", choices=["ours", "trackintel", "build"], help=argparse.SUPPRESS)
    parser.add_argument("--npz", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child == "build":  # args.npz is the output folder here
        paths = build_datasets(args.npz, args.n_points)
        print(json.dumps({k: str(v) for k, v in paths.items()}))
        return 0
    if args.child:
        out = (child_ours(args.npz, args.repeat, args.preset) if args.child == "ours"
               else child_trackintel(args.npz))
        print(json.dumps(out))
        return 0

    bc.require_dir(bc.GEOLIFE_DIR / "geolife_long_10_MB", "GeoLife geolife_long_10_MB")
    if not (bc.GEOLIFE_DIR / "geolife_sample.txt.gz").is_file():
        bc.skip("GeoLife geolife_sample.txt.gz not found in {d}".format(d=bc.GEOLIFE_DIR))
    # the parent must stay small (see the docstring): look modules up without importing them
    if importlib.util.find_spec("tracemob.tracemob_plugin.core.trips.segmentation") is None:
        print("ERROR: tracemob_plugin/core/trips/segmentation.py is missing")
        return bc.EXIT_ERROR
    have_ti = not args.skip_trackintel
    if have_ti and importlib.util.find_spec("trackintel") is None:
        print("trackintel is not installed: timing ours only")
        have_ti = False

    tmp = Path(tempfile.mkdtemp(prefix="tracemob_bench_"))
    try:
        print("Building data sets (GeoLife, in {t}, deleted afterwards)...".format(t=tmp))
        # in a subprocess: ru_maxrss survives fork+exec on Linux, so the parent must stay small
        paths = {k: Path(v) for k, v in run_child("build", tmp, args.repeat, args.n_points).items()}
        print("load average before the runs: {l}".format(l=_loadavg()))
        print("ours: SegmentationParams{p}; trackintel: sliding 25 m / 5 min / gap 1e6 min, activity 15 min, "
              "triplegs between staypoints, trips gap 15 min".format(
                  p="()" if args.preset == "default" else "." + args.preset + "()"))
        ours, theirs = {}, {}
        for name in DATASETS:
            ours[name] = run_child("ours", paths[name], args.repeat, args.n_points, args.preset)
            print("  ours       {n:<20} {p:>9,} fixes  {s:8.3f} s  (runs: {a}; CPU {c:.3f} s)".format(
                n=name, p=ours[name]["n_points"], s=ours[name]["seconds"], c=ours[name]["cpu_seconds"],
                a=", ".join("{:.3f}".format(x) for x in ours[name]["all_seconds"])))
            if have_ti and (name in REAL_SETS or not args.extrapolate_1m):
                theirs[name] = run_child("trackintel", paths[name], 1)
                print("  trackintel {n:<20} {p:>9,} fixes  {s:8.3f} s  (CPU {c:.3f} s; {st})".format(
                    n=name, p=theirs[name]["n_points"], s=theirs[name]["seconds"],
                    c=theirs[name]["cpu_seconds"],
                    st=", ".join("{k} {v:.2f}".format(k=k, v=v) for k, v in theirs[name]["stages"].items())))
        print("load average after the runs: {l}".format(l=_loadavg()))
        same = compare_trips(paths)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    extrapolated = False
    big = DATASETS[2]
    if have_ti and big not in theirs:
        real = [theirs[n] for n in REAL_SETS]
        rate = sum(r["n_points"] for r in real) / sum(r["seconds"] for r in real)
        cpu_rate = sum(r["n_points"] for r in real) / sum(r["cpu_seconds"] for r in real)
        theirs[big] = {"n_points": ours[big]["n_points"], "seconds": ours[big]["n_points"] / rate,
                       "cpu_seconds": ours[big]["n_points"] / cpu_rate, "n_trips": None}
        extrapolated = True

    print()
    header = "{:<20} {:>9} {:>9} {:>12} {:>11} {:>12} {:>8} {:>8} {:>8} {:>9}".format(
        "data set", "fixes", "ours s", "ours pts/s", "trackintel s", "ti pts/s", "ratio", "trips",
        "ti trips", "peak MB")
    print(header)
    print("-" * len(header))
    ratios = {}
    for name in DATASETS:
        o, t = ours[name], theirs.get(name)
        o_rate = o["n_points"] / o["seconds"]
        t_rate = t["n_points"] / t["seconds"] if t else None
        ratios[name] = o_rate / t_rate if t else None
        print("{:<20} {:>9,} {:>9.3f} {:>12,.0f} {:>11} {:>12} {:>8} {:>8} {:>8} {:>9.0f}".format(
            name, o["n_points"], o["seconds"], o_rate,
            ("{:.2f}".format(t["seconds"]) + ("*" if name == big and extrapolated else "")) if t else "-",
            "{:,.0f}".format(t_rate) if t else "-", bc.fmt(ratios[name], 1) + "x" if t else "-",
            o["n_trips"], t["n_trips"] if t and t.get("n_trips") is not None else "-", o["maxrss_mb"]))
    if extrapolated:
        print("* trackintel on {n} extrapolated linearly from its throughput on the two real sets "
              "(run without --extrapolate-1m to measure it)".format(n=big))
    m = ours[big]
    for name, (n_ti, n_ours, n_m, n_exact) in same.items():
        print("trips on {n}: trackintel {a}, ours {b}; {m} matched (IoU >= 0.5), {e} with the same start "
              "and end (within 1 s)".format(n=name, a=n_ti, b=n_ours, m=n_m, e=n_exact))
    print("memory of our run on {n}: peak RSS (getrusage ru_maxrss, whole subprocess) {p:.0f} MB; "
          "RSS before segment() {b:.0f} MB; peak from then on (VmHWM) {h} MB".format(
              n=big, p=m["maxrss_mb"], b=m["rss_before_mb"],
              h=bc.fmt(m["segment_hwm_mb"], 0) if m["segment_hwm_mb"] is not None else "n/a"))
    print()
    if have_ti:
        print("CPU-time ratios trackintel/ours (less sensitive to other processes on the machine): "
              + ", ".join("{n} {r:.1f}x".format(n=n, r=theirs[n]["cpu_seconds"] / ours[n]["cpu_seconds"])
                          for n in DATASETS if n in theirs))
        for name in DATASETS:
            r = ratios[name]
            print("throughput ours/trackintel on {n}: {r}x (target >= {t:.0f}x){e}: {pf}".format(
                n=name, r=bc.fmt(r, 1), t=TARGET_RATIO, pf=bc.pass_fail(r >= TARGET_RATIO),
                e=" [trackintel extrapolated]" if name == big and extrapolated else ""))
    print("{n:,} points in {s:.2f} s (target < {t:.0f} s): {pf}".format(
        n=m["n_points"], s=m["seconds"], t=TARGET_1M_S, pf=bc.pass_fail(m["seconds"] < TARGET_1M_S)))
    print("peak memory {p:.0f} MB (ru_maxrss, target < {t:.0f} MB): {pf}".format(
        p=m["maxrss_mb"], t=TARGET_PEAK_MB, pf=bc.pass_fail(m["maxrss_mb"] < TARGET_PEAK_MB)))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as err:
        print("ERROR: {e}".format(e=err))
        sys.exit(bc.EXIT_ERROR)
