"""One city bus ride read with the line's stops alone (issue 14's case), under the ways real GPX files differ.

``simulate.busride.bus_ride`` draws the reporter's ride: a walk to the stop and a wait, about 52 minutes on a
bus over 36 stops (dwells, red lights, a crawl through the centre at a walking pace), a walk off, a fix every
1-2 s. Each variant is written as a GPX file, read as ``tracemob:importtraces`` reads it, segmented and given
to ``infer_modes`` with the 36 stops and nothing else. Printed: the share of the bus's moving time inside legs
read as bus (target >= 0.80), per variant over seeds 0-9, with and without ``infer._crawls_in_rides`` (walks
and waits between two legs of the same bus, stopped at stop after stop, are the bus crawling):

* ``base``: as drawn; ``on the bus``: the recording starts on the bus (no walk, no wait);
* ``every 3rd fix`` / ``every 5th fix``: a logger recording every 3-7 s (most battery-saving settings);
* ``every 30 s``: a fix every 30 s, as OpenPATH's (e-mission's) Android app records (too sparse to time a dwell:
  ``transit._sparse_dwells``);
* ``drift 15 m``: positions off by a slowly varying error (15 m, correlated over a minute: urban canyons);
* ``6-min hold``: the bus stands six minutes mid-ride (a jam, away from a stop), long enough for a stay.

The rule has no value chosen on these rides: it reuses the stops-alone rule's thresholds
(``rules.STOPS_ONLY_DWELT``, ``STOPS_ONLY_SHARE``); the unit tests use another generator
(``tests/unit/test_bus_crawl.py``).

    .venv/bin/python bench/bench_bus_ride.py [--seeds 10] [--no-sparse]     # under a minute
"""
import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon  # noqa: E402,F401  (loads the plugin as the package ``tracemob``)

from bench_modes import leg_vertices  # noqa: E402
from tracemob.tracemob_plugin.core.ingest import read_traces  # noqa: E402
from tracemob.tracemob_plugin.core.modes import infer, transit  # noqa: E402
from tracemob.tracemob_plugin.core.modes.transit import TransitNetwork  # noqa: E402
from tracemob.tracemob_plugin.core.simulate.busride import BusRide, bus_ride  # noqa: E402
from tracemob.tracemob_plugin.core.trips.segmentation import segment  # noqa: E402

VARIANTS = ("base", "on the bus", "every 3rd fix", "every 5th fix", "every 30 s", "drift 15 m", "6-min hold")


def write_gpx(points: pd.DataFrame, path: Path) -> Path:
    stamps = points.time.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    rows = "".join('<trkpt lat="%.7f" lon="%.7f"><time>%s</time></trkpt>' % (la, lo, t)
                   for lo, la, t in zip(points.lon, points.lat, stamps))
    path.write_text('<?xml version="1.0"?><gpx version="1.1" creator="bench" '
                    'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>%s</trkseg></trk></gpx>' % rows,
                    encoding="utf-8")
    return path


def _drift(points: pd.DataFrame, sigma_m: float, seed: int) -> pd.DataFrame:
    """An AR(1) position error of ``sigma_m`` correlated over 60 s (one step per fix)."""
    rng = np.random.default_rng(seed)
    n, a = len(points), np.exp(-1.0 / 60.0)
    z = rng.normal(0.0, sigma_m * np.sqrt(1.0 - a * a), (n, 2))
    e = np.zeros((n, 2))
    e[0] = rng.normal(0.0, sigma_m, 2)
    for i in range(1, n):        # a recursion over the fixes of one generated ride (bench only)
        e[i] = a * e[i - 1] + z[i]
    lat0 = float(points.lat.mean())
    return points.assign(lat=points.lat + e[:, 1] / 111_195.0,
                         lon=points.lon + e[:, 0] / (111_195.0 * np.cos(np.radians(lat0))))


def _hold(ride: BusRide, hold_s: float, seed: int) -> BusRide:
    """The bus standing ``hold_s`` at its middle fix, wherever it is (later fixes shifted)."""
    p, truth = ride.points, ride.truth
    on_bus = np.flatnonzero((truth.phase == "bus").to_numpy())
    mid = int(on_bus[len(on_bus) // 2])
    rng = np.random.default_rng(seed)
    k = int(hold_s // 2)
    m_lon = 111_195.0 * np.cos(np.radians(float(p.lat.mean())))
    hold = pd.DataFrame({"user_id": p.user_id.iloc[0],
                         "time": p.time.iloc[mid - 1] + pd.to_timedelta(np.arange(1, k + 1) * 2.0, unit="s"),
                         "lon": p.lon.iloc[mid - 1] + rng.normal(0.0, 4.0, k) / m_lon,
                         "lat": p.lat.iloc[mid - 1] + rng.normal(0.0, 4.0, k) / 111_195.0})
    after = p.iloc[mid:].assign(time=p.time.iloc[mid:] + pd.Timedelta(seconds=2.0 * (k + 1)))
    points = pd.concat([p.iloc[:mid], hold, after], ignore_index=True)
    still = pd.DataFrame({"phase": ["bus"] * k, "moving": [False] * k})
    truth = pd.concat([truth.iloc[:mid], still, truth.iloc[mid:]], ignore_index=True)
    return BusRide(points, ride.stops, truth)


def variant(name: str, seed: int):
    """(GPX points, truth ride) of one variant."""
    ride = bus_ride(seed, walk_s=0.0, wait_s=0.0) if name == "on the bus" else bus_ride(seed)
    if name == "6-min hold":
        ride = _hold(ride, 360.0, seed)
    points, keep = ride.points, np.ones(len(ride.points), dtype=bool)
    if name == "every 30 s":
        tick = np.floor((points.time - points.time.iloc[0]).dt.total_seconds().to_numpy() / 30.0)
        keep = np.append(True, np.diff(tick) > 0)
    elif name.startswith("every"):
        keep = np.arange(len(points)) % (3 if "3rd" in name else 5) == 0
    if name.startswith("drift"):
        points = _drift(points, 15.0, seed)
    return points[keep].reset_index(drop=True), ride


def bus_share(points: pd.DataFrame, ride: BusRide, work: Path) -> float:
    """The share of the bus's moving time (truth) inside legs read as bus."""
    traces = read_traces([str(write_gpx(points, work / "ride.gpx"))])
    seg = segment(traces.points)
    out = infer.infer_modes(seg.legs, leg_vertices(seg), network=TransitNetwork(stops=ride.stops))
    t = ride.points.time.astype("int64").to_numpy() / 1e9
    dt = np.append(np.diff(t), 0.0)
    moving = ((ride.truth.phase == "bus") & ride.truth.moving).to_numpy()
    bus = out[out["mode"] == "bus"]
    s = bus["start_time"].astype("int64").to_numpy() / 1e9
    e = bus["end_time"].astype("int64").to_numpy() / 1e9
    on = ((t[:, None] >= s[None, :] - 1.0) & (t[:, None] <= e[None, :] + 1.0)).any(axis=1)
    return float(dt[moving & on].sum() / dt[moving].sum())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--no-sparse", action="store_true",
                    help="without the dwells estimated on sparse fixes (transit.SPARSE_FIX_S off), for comparison")
    args = ap.parse_args(argv)
    if args.no_sparse:
        transit.SPARSE_FIX_S = np.inf
    t0 = time.time()
    rule = infer._crawls_in_rides
    seeds = range(args.seeds)
    print("share of the bus's moving time read as bus, stops alone, seeds 0-%d (target >= 0.80)"
          % (args.seeds - 1))
    print("%-15s %28s %28s" % ("variant", "without the crawl rule", "with it (default)"))
    print("%-15s %14s %13s %14s %13s" % ("", "mean", "min", "mean", "min"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in VARIANTS:
            res = {}
            for on in (False, True):
                infer._crawls_in_rides = rule if on else (lambda legs, vertices, stops: legs)
                try:
                    res[on] = [bus_share(*variant(name, s), work) for s in seeds]
                finally:
                    infer._crawls_in_rides = rule
            print("%-15s %14.3f %13.3f %14.3f %13.3f" % (name, np.mean(res[False]), np.min(res[False]),
                                                          np.mean(res[True]), np.min(res[True])))
    print("(%.0f s)" % (time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
