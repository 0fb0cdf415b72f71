"""Which stops of a logger's ride are a stop of the vehicle (one trip) and which are a place (two trips): the
``station_fast_speed_mps`` condition of ``dwell.merge_station_stops``, swept on three kinds of data.

A stop shorter than ``station_stop_max_s`` where the phone records no walk, between two rides faster
than ``station_min_speed_mps``, was always one trip: a train at a station, but also a car parked for an
errand whose walk the phone did not record. One of the two rides must now be faster than
``station_fast_speed_mps`` (12 m/s, 43 km/h straight line: above a car in town, below a train). Scored
for each value:

* the generated town of ``bench_transit.py`` (150 citizens x 3 days, its GTFS stops given to the
  segmentation): trips F1 at temporal IoU >= 0.5 against the simulator's trips. Seed 8 is the study the
  value was looked at on; seeds 3 and 5 are held out;
* GeoLife users with human labels (../shared/data/geolife/geolife_modes, where the station-stop rule was made
  for user 010's trains): labelled time covered by a leg and coarse agreement (skipped when absent);
* e-mission's 12 real days read as plain CSV fixes (``bench_segmentation_accuracy.py --as-csv``): trips F1
  against e-mission's checked ground truth (held out: not looked at for this choice; skipped when absent).

The value is not the argmax of one study: 12 m/s (a town's 50 km/h limit leaves a car's straight-line
average over 10 minutes below 43 km/h) was set before the sweep, and lies inside the plateau of the
choosing study (any value from 10 m/s; the held-out seeds the same) and of GeoLife (unchanged up to
18 m/s, lower from 20 m/s). On the e-mission days as CSV, one stop changes (2015-08-27 16:53, a transfer
after a ride whose side reads between 10 and 12 m/s: split from 12 m/s, as e-mission's ground truth has
it): one stop, weak evidence either way.

``--param station_transfer_max_s`` sweeps the longer stop allowed when both rides are that fast (a
connection between two trains; 60 minutes, set from that definition before the sweep; 0: off): it changes
one GeoLife stop (a train standing 31 minutes inside a train label) and nothing on the town or the e-mission
days.

    .venv/bin/python bench/bench_station_stops.py [--values 0,8,10,12,15,18,20] [--no-geolife] [--no-emission]
    .venv/bin/python bench/bench_station_stops.py --param station_transfer_max_s [--values 0,2400,3600]
"""
import argparse
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402

from tracemob.tracemob_plugin.core.evaluation.agreement import TimeAgreement, time_agreement  # noqa: E402
from tracemob.tracemob_plugin.core.evaluation.scoring import (TripScore, find_ground_truth_days,  # noqa: E402
                                                               read_reference_day, score_trips)
from tracemob.tracemob_plugin.core.trips.params import SegmentationParams  # noqa: E402
from tracemob.tracemob_plugin.core.trips.segmentation import segment  # noqa: E402

CHOOSE_SEEDS = (8,)
HELD_OUT_SEEDS = (3, 5)


def town(param, values, seeds):
    """{seed: {value: trips F1}} on the generated town with its stops given to the segmentation."""
    from bench_transit import simulated_study
    from tracemob.tracemob_plugin.core.modes.timetable import network_from_feed
    from tracemob.tracemob_plugin.core.simulate.graph import grid_network

    out = {}
    for seed in seeds:
        sim, feed = simulated_study(grid_network(), 150, 3, seed, 0.8)
        stops = network_from_feed(feed).stops
        out[seed] = {}
        for v in values:
            trips = segment(sim.points, SegmentationParams(**{param: v}), stops=stops).trips
            out[seed][v] = score_trips(sim.trips, trips, by="user_id").f1
    return out


def geolife(param, values):
    """{value: (covered, agreement)} on the GeoLife users with labels, or None when absent."""
    from bench_chain_accuracy import geolife_labels
    from bench_modes import leg_vertices
    from tracemob.tracemob_plugin.core.ingest import read_plt
    from tracemob.tracemob_plugin.core.modes.infer import infer_modes

    folder = bc.GEOLIFE_DIR / "geolife_modes"
    users = sorted(p for p in folder.iterdir() if (p / "labels.txt").is_file()) if folder.is_dir() else []
    if not users:
        print("GeoLife labels not found in {f}: skipped (GeoLife is never committed)".format(f=folder))
        return None
    points = {}
    for udir in users:
        files = sorted((udir / "Trajectory").glob("*.plt"))
        pts = pd.concat([read_plt(f, user_id=udir.name).points for f in files], ignore_index=True)
        points[udir] = pts.sort_values("time", kind="mergesort").reset_index(drop=True)
    out = {}
    for v in values:
        items = []
        for udir, pts in points.items():
            seg = segment(pts, SegmentationParams(**{param: v}))
            legs = infer_modes(seg.legs, leg_vertices(seg)).assign(user_id=udir.name)
            items.append(time_agreement(geolife_labels(udir, pd.to_datetime(pts["time"], utc=True)), legs))
        total = TimeAgreement.combine(items)
        out[v] = (total.coverage, total.agreement)
    return out


def emission_as_csv(param, values):
    """{value: trips F1} on e-mission's real days read as plain CSV fixes, or None when absent."""
    import bench_segmentation_accuracy as bsa
    from tracemob.tracemob_plugin.core import ingest

    if not bc.EMISSION_DIR.is_dir():
        print("{d} not found: the e-mission days are skipped".format(d=bc.EMISSION_DIR))
        return None
    bsa.AS_CSV = True
    days = []
    for raw, gt_path in find_ground_truth_days(bc.EMISSION_DIR):
        gt = read_reference_day(gt_path)
        days.append((gt, bsa.read_day(ingest, raw).points))
    out = {}
    for v in values:
        scores = []
        for gt, pts in days:
            trips = segment(pts, SegmentationParams(**{param: v})).trips
            start, end = gt.day_window()
            day = trips[(trips.start_time >= start) & (trips.start_time < end)]
            scores.append(score_trips(gt.trips, day))
        out[v] = TripScore.combine(scores).f1
    return out


PARAMS = {"station_fast_speed_mps": ("0,8,10,12,15,18,20",
                                     "m/s (0: the rule before: no such condition, no longer connection)"),
          "station_transfer_max_s": ("0,2400,2700,3600,5400,7200",
                                     "s (0: off, no stop longer than station_stop_max_s)"),
          "arrival_radius_m": ("0,25,50", "m (0: e-mission's end, in the middle of the still window)")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--param", default="station_fast_speed_mps", choices=sorted(PARAMS),
                    help="the SegmentationParams field swept")
    ap.add_argument("--values", help="its values, comma-separated (default: %s)" % "; ".join(
        "%s %s %s" % (k, v, u) for k, (v, u) in PARAMS.items()))
    ap.add_argument("--no-geolife", action="store_true")
    ap.add_argument("--no-emission", action="store_true")
    args = ap.parse_args(argv)
    param = args.param
    values = [float(v) for v in (args.values or PARAMS[param][0]).split(",")]
    default = getattr(SegmentationParams(), param)
    t0 = time.time()
    cols = " ".join("%7g" % v for v in values)
    print("%-36s %s" % ("%s (default %g)" % (param, default), cols))
    res = town(param, values, CHOOSE_SEEDS + HELD_OUT_SEEDS)
    for seed, by_v in res.items():
        kind = "looked at" if seed in CHOOSE_SEEDS else "held out "
        row = " ".join("%7.3f" % by_v[v] for v in values)
        print("town seed %d (%s), trips F1      %s" % (seed, kind, row))
    gl = None if args.no_geolife else geolife(param, values)
    if gl:
        print("GeoLife covered                      %s" % " ".join("%7.4f" % gl[v][0] for v in values))
        print("GeoLife agreement                    %s" % " ".join("%7.4f" % gl[v][1] for v in values))
    em = None if args.no_emission else emission_as_csv(param, values)
    if em:
        print("e-mission days as CSV (held out), F1  %s" % " ".join("%7.3f" % em[v] for v in values))
    if 0.0 in values and default in values:
        held = [res[s] for s in HELD_OUT_SEEDS]
        print("\nheld-out town trips F1, mean: %.3f -> %.3f (looked-at seed %s: %.3f -> %.3f)" % (
            sum(h[0.0] for h in held) / len(held), sum(h[default] for h in held) / len(held),
            ",".join(map(str, CHOOSE_SEEDS)), res[CHOOSE_SEEDS[0]][0.0], res[CHOOSE_SEEDS[0]][default]))
        if em:
            print("e-mission days as CSV: trips F1 %.3f -> %.3f" % (em[0.0], em[default]))
        if gl:
            print("GeoLife: covered %.4f -> %.4f, agreement %.4f -> %.4f" % (gl[0.0][0], gl[default][0],
                                                                          gl[0.0][1], gl[default][1]))
    print("(%.0f s)" % (time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
