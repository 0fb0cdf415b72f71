"""Leg distances against known truth: the simulator's true legs, and e-mission's own section distances.

* Simulator (Helsinki sample network, phones recording every 1-5 s with 5-15 m noise): the sum of our
  legs' ``distance_m`` against the sum of the true legs' distances, and the same sum measured on the raw
  path (every fix), which is what GPS noise does to a distance.
* Real e-mission days with checked ground truth: each of our legs matched one-to-one to a ground-truth
  section (temporal IoU >= 0.5); relative error of ``distance_m`` against the section's distance.

    .venv/bin/python bench/bench_leg_distance.py [--citizens 30] [--days 2] [--seed 5]
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402

import numpy as np  # noqa: E402


def simulated(citizens, days, seed):
    graph = bc.tracemob_module("simulate.graph")
    simulator = bc.tracemob_module("simulate.simulator")
    seg = bc.tracemob_module("trips.segmentation")
    sim = simulator.simulate(graph.load_sample_network(), n_citizens=citizens, days=days, seed=seed)
    res = seg.segment(sim.points)
    pts = res.points                                   # the raw path: every step between fixes of one leg
    leg = pts.leg_id.to_numpy(dtype=object)
    lat, lon = np.radians(pts.lat.to_numpy()), np.radians(pts.lon.to_numpy())
    steps = 6_371_008.8 * np.hypot(np.diff(lat), np.diff(lon) * np.cos(lat[1:]))
    raw = float(steps[(leg[1:] == leg[:-1]) & (leg[1:] != "")].sum())
    true_km, ours_km = sim.legs.distance_m.sum() / 1000, res.legs.distance_m.sum() / 1000
    print("simulator, {c} citizens x {d} days: true legs {t:.1f} km; our legs {o:.1f} km ({r:+.1%}); the same "
          "legs on their raw fixes {w:.1f} km".format(c=citizens, d=days, t=true_km, o=ours_km,
                                                      r=ours_km / true_km - 1, w=raw / 1000))


def real_sections():
    from tracemob.tracemob_plugin.core.evaluation.scoring import (
        find_ground_truth_days, match_intervals, read_reference_day)

    io = bc.tracemob_module("ingest")
    seg = bc.tracemob_module("trips.segmentation")
    bc.require_dir(bc.EMISSION_DIR, "the folder of real days")
    rel, ours, truth = [], 0.0, 0.0
    for raw, gt_path in find_ground_truth_days(bc.EMISSION_DIR):
        gt = read_reference_day(gt_path)
        traces = io.read_traces(raw)
        legs = seg.segment(traces.points, motion=getattr(traces, "motion", None)).legs.reset_index(drop=True)
        sec = gt.sections.reset_index(drop=True)
        m = match_intervals(sec.start_time, sec.end_time, legs.start_time, legs.end_time)
        a = sec["distance_m"].to_numpy(float)[m.iloc[:, 0].to_numpy(int)]
        b = legs["distance_m"].to_numpy(float)[m.iloc[:, 1].to_numpy(int)]
        ok = a > 0
        rel.extend(np.abs(b[ok] - a[ok]) / a[ok])
        ours, truth = ours + b.sum(), truth + a.sum()
    print("e-mission checked days: {n} legs matched to sections; distance error median {m:.1%}, p90 {p:.1%}; "
          "total ours / e-mission {r:.3f}".format(n=len(rel), m=np.median(rel), p=np.percentile(rel, 90),
                                                  r=ours / truth))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--citizens", type=int, default=30)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    simulated(args.citizens, args.days, args.seed)
    real_sections()
    return 0


if __name__ == "__main__":
    sys.exit(main())
