"""GTFS: reading speed and timetable matching on the real Cairns feed (tests/data/gtfs, CC BY).

1. ``read_gtfs`` on the Cairns zip (37,790 stop times), then on a feed made of it with its trips repeated
   ``--copies`` times under new ids (about 2 million stop times at 54), written to a temporary zip.
2. ``match_timetable``: ``--rides`` rides along random weekday trips of the feed on Tuesday 10 June 2014 (at each
   stop from its scheduled arrival to its departure + 20 s, straight between stops at the scheduled pace, 5 m
   noise, a fix every 5 s; ``tests/support/gen_gtfs.ride_of_trip``), shifted by each of ``--delays`` seconds:
   how many legs are matched, to the right trip and route, and the confidence. Rides follow the schedule's own
   pace, an easy case: real buses run late unevenly.

    .venv/bin/python bench/bench_gtfs.py                      # about 1 min on 2 cores
    .venv/bin/python bench/bench_gtfs.py --copies 0 --rides 100 --delays 0 300

Targets: the Cairns feed read in < 1 s, 1 million stop times in < 10 s; every ride up to 4 minutes off its
schedule matched to its trip; none matched past the 5-minute tolerance.
"""
import argparse
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests" / "support"))
import devpath  # noqa: E402

devpath.load_tracemob()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import gen_gtfs  # noqa: E402
from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs  # noqa: E402
from tracemob.tracemob_plugin.core.modes.timetable import match_timetable  # noqa: E402

CAIRNS = ROOT / "tests" / "data" / "gtfs" / "cairns_gtfs.zip"
WEEKDAY = "CNS2014-CNS_MUL-Weekday-00"


def bench_read(copies):
    t = time.perf_counter()
    feed = read_gtfs(CAIRNS)
    print("read Cairns: %d stop times in %.2f s" % (len(feed.stop_times), time.perf_counter() - t))
    if copies <= 0:
        return feed
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(CAIRNS) as src:
        big = Path(tmp) / "big.zip"
        with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as out:
            for name in src.namelist():
                text = src.read(name).decode("utf-8")
                if name in ("trips.txt", "stop_times.txt"):
                    head, body = text.split("\n", 1)
                    body = body.rstrip("\r\n")
                    # trip ids are "...-41xxxxx": a suffix per copy (service ids stay)
                    text = "\n".join([head] + [re.sub(r"-(41\d{5}),", r"-\1_k%d," % k, body)
                                               for k in range(copies)]) + "\n"
                out.writestr(name, text)
        t = time.perf_counter()
        g = read_gtfs(big)
        print("read %d copies: %d stop times, %d trips in %.2f s" % (copies, len(g.stop_times), len(g.trips),
                                                                     time.perf_counter() - t))
    return feed


def bench_match(feed, n_rides, delays, seed=1):
    trips = feed.trips[feed.trips.service_id == WEEKDAY]
    picks = np.random.default_rng(seed).choice(trips.trip_id.to_numpy(), n_rides, replace=False)
    rides = pd.concat([gen_gtfs.ride_of_trip(feed, t, "2014-06-10", "Australia/Brisbane", seed=k)
                       for k, t in enumerate(picks)], ignore_index=True)
    route_of = feed.trips.set_index("trip_id").route_id
    print("%d rides, %d fixes" % (len(picks), len(rides)))
    print("  delay_s  matched  right_trip  right_route  conf_median  conf_min  seconds")
    for delay in delays:
        t = time.perf_counter()
        m = match_timetable(rides.assign(time=rides.time + pd.Timedelta(seconds=delay)), feed)
        dt = time.perf_counter() - t
        got = m.trip_id.reindex(picks).to_numpy(dtype=object)
        right = int((got == picks).sum())
        right_route = int((route_of.reindex(got).to_numpy(dtype=object) == route_of.reindex(picks).to_numpy()).sum())
        print("  %7d  %7d  %10d  %11d  %11.3f  %8.3f  %7.2f" % (
            delay, len(m), right, right_route, m.confidence.median() if len(m) else np.nan,
            m.confidence.min() if len(m) else np.nan, dt))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=54, help="copies of the trips for the big read (0: none)")
    ap.add_argument("--rides", type=int, default=300)
    ap.add_argument("--delays", type=float, nargs="+", default=[-240, -120, 0, 120, 240, 400, 600])
    args = ap.parse_args(argv)
    feed = bench_read(args.copies)
    bench_match(feed, args.rides, args.delays)
    return 0


if __name__ == "__main__":
    sys.exit(main())
