"""Trip segmentation accuracy against e-mission's checked ground truth, day by day.

For every raw day ``NAME`` (or ``NAME.json``) with a ``NAME.ground_truth`` (or
``NAME.ground_truth.json``) in ``--data``: read it with ``io.read_traces``, segment it with
``segmentation.segment(points, params, motion=...)``, keep the detected trips that *start* on the
ground truth's local day (e-mission lists a day's trips that way; ``--whole-file`` keeps all), and
match them one-to-one to the reference trips at temporal IoU >= 0.5
(``core.evaluation.score_trips``).

Prints a per-day table and the micro-averaged totals (counts summed over days, errors of all
matched pairs pooled), with PASS/FAIL beside the targets: F1 >= 0.85, median start and end
errors <= 2 min. The exit status is non-zero only on errors (unreadable day, crash), never
because a target is missed.

    .venv/bin/python bench/bench_segmentation_accuracy.py [--data DIR] [--preset default]
        [--legs] [--details] [--whole-file] [--composite] [--trackintel] [--cv] [--as-csv]

``--cv``: honest validation. Each of a few candidate settings (the default, e-mission's constants,
first; then a smaller and a larger radius, a shorter and a longer dwell time, the window method) is
scored on every day; leaving one day out at a time, the candidate best on the other days is scored
on the held-out day (``core.evaluation.crossval.leave_one_group_out``; days, not participants,
because one participant has most days). The held-out F1 is printed beside the in-sample F1 of the
candidate chosen on all days, which is the one the plugin should ship.
"""
import argparse
import sys
import tempfile
import traceback
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402

TARGET_F1 = 0.85
TARGET_MEDIAN_ERROR_MIN = 2.0


#: ``--as-csv``: the days written to a CSV file of plain fixes and read back, as a GPX / CSV / logger
#: source reaches the plugin (no e-mission markers, no motion activity: the rules for fixes that are
#: not e-mission's app apply)
AS_CSV = False


def read_day(io, path: Path):
    """``read_traces`` on one raw e-mission day (``AS_CSV``: through a CSV file of its fixes)."""
    traces = io.read_traces(path)
    if not AS_CSV:
        return traces
    cols = ["user_id", "time", "lat", "lon", "accuracy_m"]
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / (path.name + ".csv")
        pts = traces.points
        pts[cols].assign(time=pts["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")).to_csv(csv, index=False)
        return io.read_traces(csv)


def run_day(io, seg, params, raw: Path, gt_path: Path, whole_file: bool):
    from tracemob.tracemob_plugin.core.evaluation.scoring import read_reference_day, score_trips

    gt = read_reference_day(gt_path)
    traces = read_day(io, raw)
    motion = getattr(traces, "motion", None)
    result = seg.segment(traces.points, params, motion=motion)
    trips, legs = result.trips, result.legs
    if not whole_file:
        start, end = gt.day_window()
        trips = trips[(trips.start_time >= start) & (trips.start_time < end)]
        legs = legs[(legs.start_time >= start) & (legs.start_time < end)]
    trips = trips.sort_values("start_time").reset_index(drop=True)
    legs = legs.sort_values("start_time").reset_index(drop=True)
    return gt, traces, trips, score_trips(gt.trips, trips), score_trips(gt.sections, legs)


#: the candidates of ``--cv``: (name, SegmentationParams overrides); the default first (ties go to it)
CV_CANDIDATES = (
    ("default (e-mission's constants)", {}),
    ("stay radius 50 m", {"stay_radius_m": 50.0}),
    ("stay radius 150 m", {"stay_radius_m": 150.0}),
    ("dwell 3 min", {"stay_min_duration_s": 180.0}),
    ("dwell 7 min", {"stay_min_duration_s": 420.0}),
    ("window method", {"stay_method": "window"}),
)


def cross_validate(io, seg, pairs, whole_file: bool):
    """Leave-one-day-out choice among :data:`CV_CANDIDATES`; prints held-out and in-sample figures."""
    import dataclasses

    from tracemob.tracemob_plugin.core.evaluation.crossval import leave_one_group_out
    from tracemob.tracemob_plugin.core.evaluation.scoring import TripScore

    base = bc.segmentation_params("default")
    stats = {}
    for name, overrides in CV_CANDIDATES:
        params = dataclasses.replace(base, **overrides)
        stats[name] = {raw.name: run_day(io, seg, params, raw, gt_path, whole_file)[3] for raw, gt_path in pairs}
    cv = leave_one_group_out(stats, TripScore.combine, lambda s: s.f1)
    print()
    print("Cross-validated (leave one day out, {n} days, {k} candidate settings):".format(
        n=len(pairs), k=len(CV_CANDIDATES)))
    for name, f1 in cv.per_candidate.items():
        print("  in-sample F1 {f}  {c}".format(f=bc.fmt(f1, 3), c=name))
    print("  chosen on all days: {c} (chosen by {s:.0%} of the folds)".format(c=cv.chosen, s=cv.stable))
    print("  trips F1: held-out {h} | in-sample {i}; median start error held-out {hs} min | in-sample {is_} "
          "min".format(h=bc.fmt(cv.held_out.f1, 3), i=bc.fmt(cv.in_sample.f1, 3),
                       hs=bc.fmt(cv.held_out.median_start_error_min),
                       is_=bc.fmt(cv.in_sample.median_start_error_min)))
    return cv


def trackintel_score(gt, points, whole_file: bool):
    """trackintel 1.3.1 with its default parameters on the same points, scored the same way:
    staypoints sliding (100 m, 5 min, gap 15 min), activity flag (15 min), triplegs
    between staypoints, trips (gap 15 min)."""
    import warnings

    from tracemob.tracemob_plugin.core.evaluation.scoring import score_trips

    warnings.filterwarnings("ignore")
    pfs = bc.to_trackintel_positionfixes(points)
    _, _, _, trips = bc.run_trackintel_pipeline(pfs, dist_threshold=100, time_threshold=5,
                                                gap_threshold=15)
    trips = trips.rename(columns={"started_at": "start_time", "finished_at": "end_time"})
    if not whole_file:
        start, end = gt.day_window()
        trips = trips[(trips.start_time >= start) & (trips.start_time < end)]
    return score_trips(gt.trips, trips.sort_values("start_time").reset_index(drop=True))


def print_details(gt, trips, score) -> None:
    """Every reference and detected trip of the day, paired when matched (local times)."""
    tz = gt.timezone
    by_truth = dict(zip(score.matches.get("truth", []), score.matches.get("pred", [])))
    matched_pred = set(by_truth.values())

    def hm(t):
        return t.tz_convert(tz).strftime("%H:%M:%S")

    for i, row in gt.trips.iterrows():
        j = by_truth.get(i)
        if j is None:
            print("      truth {s}-{e}  MISSED".format(s=hm(row.start_time), e=hm(row.end_time)))
        else:
            d = trips.iloc[j]
            print("      truth {s}-{e}  ours {ds}-{de}  start {a:+.1f} min, end {b:+.1f} min".format(
                s=hm(row.start_time), e=hm(row.end_time), ds=hm(d.start_time), de=hm(d.end_time),
                a=(d.start_time - row.start_time).total_seconds() / 60,
                b=(d.end_time - row.end_time).total_seconds() / 60))
    for j, d in trips.iterrows():
        if j not in matched_pred:
            print("      EXTRA ours {ds}-{de}".format(ds=hm(d.start_time), de=hm(d.end_time)))


def row(name, s) -> str:
    return "{name:<42} {nt:>7} {np:>6} {m:>7} {p:>5} {r:>5} {f:>5} {se:>9} {ee:>9}".format(
        name=name[:42], nt=s.n_truth, np=s.n_pred, m=s.n_matched, p=bc.fmt(s.precision),
        r=bc.fmt(s.recall), f=bc.fmt(s.f1), se=bc.fmt(s.median_start_error_min),
        ee=bc.fmt(s.median_end_error_min))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=bc.EMISSION_DIR,
                        help="folder of raw e-mission days with NAME.ground_truth files "
                             "(default ../shared/data/emission_real_examples)")
    parser.add_argument("--preset", default="default",
                        help="SegmentationParams preset: default, or a classmethod such as trackintel")
    parser.add_argument("--legs", action="store_true",
                        help="also score detected legs against the ground-truth sections")
    parser.add_argument("--details", action="store_true", help="list every trip of every day")
    parser.add_argument("--composite", action="store_true",
                        help="also score raw days that only have NAME.expected_composite_trips "
                             "(e-mission's 2023 pipeline output, with untracked time)")
    parser.add_argument("--trackintel", action="store_true",
                        help="also score trackintel 1.3.1 (its default parameters) on the same points")
    parser.add_argument("--cv", action="store_true",
                        help="also choose among a few settings leaving one day out, and print the held-out "
                             "F1 beside the in-sample one")
    parser.add_argument("--as-csv", action="store_true",
                        help="read each day's fixes back from a CSV file (no e-mission markers, no motion): "
                             "the rules for GPX / CSV / logger fixes, scored against the same ground truth")
    parser.add_argument("--whole-file", action="store_true",
                        help="score every detected trip, not only those starting on the ground-truth day")
    args = parser.parse_args(argv)
    global AS_CSV
    AS_CSV = args.as_csv

    from tracemob.tracemob_plugin.core.evaluation.scoring import TripScore, find_ground_truth_days

    bc.require_dir(args.data, "the folder of real days")
    pairs = find_ground_truth_days(args.data, composite=args.composite)
    paired = {gt.name for _, gt in pairs}
    orphans = sorted(p.name for p in args.data.iterdir()
                     if p.name.endswith((".ground_truth", ".ground_truth.json")) and p.name not in paired)
    if orphans:
        print("note: no raw day beside {o}: not scored".format(o=", ".join(orphans)))
    if not pairs:
        bc.skip("no raw day with a .ground_truth file in {d}".format(d=args.data))
    io = bc.tracemob_module("ingest")
    seg = bc.tracemob_module("trips.segmentation")
    params = bc.segmentation_params(args.preset)

    header = "{:<42} {:>7} {:>6} {:>7} {:>5} {:>5} {:>5} {:>9} {:>9}".format(
        "day", "n_truth", "n_ours", "matched", "P", "R", "F1", "start_err", "end_err")
    print("Trip segmentation accuracy, {n} days from {d} (preset {p}; errors = median |ours - truth|, "
          "minutes)".format(n=len(pairs), d=args.data, p=args.preset))
    print(header)
    print("-" * len(header))
    scores, leg_scores, failures, checked, ti_scores = [], [], [], [], []
    for raw, gt_path in pairs:
        try:
            gt, traces, trips, score, leg_score = run_day(io, seg, params, raw, gt_path, args.whole_file)
        except Exception as err:  # report and go on with the other days
            failures.append(raw.name)
            print("{:<42} ERROR {}: {}".format(raw.name[:42], type(err).__name__, err))
            traceback.print_exc(file=sys.stderr)
            continue
        scores.append(score)
        leg_scores.append(leg_score)
        if args.trackintel:
            try:
                ti_scores.append(trackintel_score(gt, traces.points, args.whole_file))
            except Exception as err:  # a peer failing on a day is information, not our error
                print("      (trackintel failed on this day: {t}: {e})".format(t=type(err).__name__, e=err))
                ti_scores.append(None)
        if not gt_path.name.endswith(".expected_composite_trips"):
            checked.append(score)
        print(row(raw.name, score))
        if args.details:
            print_details(gt, trips, score)
    print("-" * len(header))
    total = TripScore.combine(scores)
    if args.composite and 0 < len(checked) < len(scores):
        print(row("  subtotal, .ground_truth days ({n})".format(n=len(checked)), TripScore.combine(checked)))
    print(row("TOTAL (micro-averaged, {n} days)".format(n=len(scores)), total))
    print()
    print("F1 {f} (target >= {t}): {pf}".format(f=bc.fmt(total.f1, 3), t=TARGET_F1,
                                                  pf=bc.pass_fail(total.f1 >= TARGET_F1)))
    for label, value in (("median start error", total.median_start_error_min),
                         ("median end error", total.median_end_error_min)):
        ok = value == value and value <= TARGET_MEDIAN_ERROR_MIN
        print("{l} {v} min (target <= {t} min): {pf}".format(
            l=label, v=bc.fmt(value), t=TARGET_MEDIAN_ERROR_MIN, pf=bc.pass_fail(ok)))
    for label, err in (("start", total.start_errors_s), ("end", total.end_errors_s)):
        err = np.abs(np.asarray(err, dtype=float))
        if len(err):
            print("{l} error p90 {v:.0f} s (issue 13: <= 120 s)".format(l=label, v=np.percentile(err, 90)))
    if args.trackintel:
        done = [t for t in ti_scores if t is not None]
        ti_total = TripScore.combine(done)
        print(row("trackintel 1.3.1, defaults ({n} days)".format(n=len(done)), ti_total)
              + ("  [failed on {f} day(s): counted as nothing detected]".format(f=len(ti_scores) - len(done))
                 if len(done) < len(ti_scores) else ""))
        if len(done) < len(ti_scores):
            missing = [s for s, t in zip(scores, ti_scores) if t is None]
            ti_total = TripScore.combine(done + [TripScore(s.n_truth, 0, 0) for s in missing])
        print("peer comparison: F1 ours {o} vs trackintel {t} (information, no target)".format(
            o=bc.fmt(total.f1, 3), t=bc.fmt(ti_total.f1, 3)))
    if args.legs:
        legs_total = TripScore.combine(leg_scores)
        print("legs vs ground-truth sections (information, no target): P {p} R {r} F1 {f}, median "
              "start {s} min, end {e} min ({m} of {n} sections matched)".format(
                  p=bc.fmt(legs_total.precision), r=bc.fmt(legs_total.recall), f=bc.fmt(legs_total.f1),
                  s=bc.fmt(legs_total.median_start_error_min), e=bc.fmt(legs_total.median_end_error_min),
                  m=legs_total.n_matched, n=legs_total.n_truth))
    if args.cv:
        cross_validate(io, seg, [(raw, gt) for raw, gt in pairs if raw.name not in failures], args.whole_file)
    if failures:
        print("ERRORS on {n} day(s): {d}".format(n=len(failures), d=", ".join(failures)))
        return bc.EXIT_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
