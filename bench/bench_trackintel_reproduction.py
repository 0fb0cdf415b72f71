"""Does ``SegmentationParams.trackintel()`` reproduce trackintel's expected trips on geolife_long?

trackintel ships ``geolife_long/trips.csv`` (14 trips of 2 GeoLife users), made with staypoints
``sliding`` (dist_threshold=25 m, time_threshold=5 min, gap_threshold=1e6 min),
``create_activity_flag(time_threshold=15)``, ``generate_triplegs(method="between_staypoints")`` and
``generate_trips(gap_threshold=15)``. This script

1. (``--run-trackintel``, on by default when trackintel is installed) runs trackintel 1.3.1 itself
   and checks that it still produces that file (what the expected file means);
2. reads the same .plt files with ``io.read_traces``, segments them with
   ``SegmentationParams.trackintel()`` and compares trip count and start/end times with the
   expected trips (matched per user at temporal IoU >= 0.5, tolerance 1 s);
3. compares our activity stays with trackintel's activity staypoints (``sp_tpls.csv``, information).

Exit status non-zero only on errors.
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402


def compare(expected, ours, label: str, tolerance_s: float) -> bool:
    """Print the pairing of expected and detected spans; True when they agree within tolerance."""
    from tracemob.tracemob_plugin.core.evaluation.scoring import score_trips

    score = score_trips(expected, ours, by="user_id")
    m = score.matches
    by_truth = dict(zip(m.get("truth", []), m.get("pred", [])))
    print("{label}: expected {ne}, ours {no}, matched {nm} (per user, temporal IoU >= 0.5)".format(
        label=label, ne=score.n_truth, no=score.n_pred, nm=score.n_matched))
    print("  {:<5} {:<25} {:<25} {:>9} {:>9}".format("user", "expected start", "expected end",
                                                     "d_start_s", "d_end_s"))
    worst = 0.0
    for i, e in expected.iterrows():
        j = by_truth.get(i)
        if j is None:
            print("  {:<5} {:<25} {:<25} {:>9} {:>9}  MISSED".format(
                e.user_id, str(e.start_time)[:19], str(e.end_time)[:19], "-", "-"))
            continue
        o = ours.iloc[j]
        ds = (o.start_time - e.start_time).total_seconds()
        de = (o.end_time - e.end_time).total_seconds()
        worst = max(worst, abs(ds), abs(de))
        flag = "" if max(abs(ds), abs(de)) <= tolerance_s else "  OFF"
        print("  {:<5} {:<25} {:<25} {:>9.0f} {:>9.0f}{f}".format(
            e.user_id, str(e.start_time)[:19], str(e.end_time)[:19], ds, de, f=flag))
    matched_pred = set(by_truth.values())
    for j, o in ours.reset_index(drop=True).iterrows():
        if j not in matched_pred:
            print("  {:<5} EXTRA ours {} - {}".format(o.user_id, str(o.start_time)[:19],
                                                      str(o.end_time)[:19]))
    ok = (score.n_truth == score.n_pred == score.n_matched) and worst <= tolerance_s
    print("  largest |difference| of matched pairs: {w:.0f} s (tolerance {t:.0f} s)".format(
        w=worst, t=tolerance_s))
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=bc.GEOLIFE_DIR / "geolife_long",
                        help="trackintel's geolife_long folder (with trips.csv and sp_tpls.csv)")
    parser.add_argument("--no-trackintel", action="store_true",
                        help="do not run trackintel itself")
    parser.add_argument("--tolerance", type=float, default=bc.TRACKINTEL_TOLERANCE_S,
                        help="allowed start/end difference in seconds (default 1)")
    args = parser.parse_args(argv)

    folder = bc.require_dir(args.data, "GeoLife geolife_long")
    expected = bc.read_trackintel_csv(folder / "trips.csv")
    expected_sp = bc.read_trackintel_csv(folder / "sp_tpls.csv", kind="staypoints")
    results = {}

    if not args.no_trackintel:
        try:
            import trackintel as ti
        except ImportError:
            print("trackintel not installed: skipping its own run")
        else:
            import warnings
            warnings.filterwarnings("ignore")
            pfs, _ = ti.io.read_geolife(str(folder))
            _, sp, _, trips = bc.run_trackintel_pipeline(pfs)
            ti_trips = trips.reset_index().rename(columns={"started_at": "start_time",
                                                           "finished_at": "end_time"})
            ti_trips["user_id"] = bc.normalise_user(ti_trips["user_id"]).to_numpy()
            ti_trips = ti_trips.sort_values(["user_id", "start_time"]).reset_index(drop=True)
            print("trackintel {v} run on {f}:".format(v=ti.__version__, f=folder))
            results["trackintel itself reproduces trips.csv"] = compare(
                expected, ti_trips, "trackintel vs trips.csv", 0.0)
            print()

    traces = bc.read_geolife_with_our_reader(folder)
    seg = bc.tracemob_module("trips.segmentation")
    result = seg.segment(traces.points, bc.segmentation_params("trackintel"),
                         motion=getattr(traces, "motion", None))
    ours = result.trips.copy()
    ours["user_id"] = bc.normalise_user(ours["user_id"]).to_numpy()
    ours = ours.sort_values(["user_id", "start_time"], kind="stable").reset_index(drop=True)
    print("Tracemob SegmentationParams.trackintel() on {n} fixes:".format(n=len(traces.points)))
    results["ours reproduces trips.csv"] = compare(expected, ours, "ours vs trips.csv", args.tolerance)
    print()

    stays = result.stays.copy()
    stays["user_id"] = bc.normalise_user(stays["user_id"]).to_numpy()
    acts = stays[stays["is_activity"].astype(bool)].sort_values(["user_id", "start_time"]).reset_index(
        drop=True)
    exp_acts = expected_sp[expected_sp["is_activity"].astype(bool)].reset_index(drop=True)
    print("(information) activity stays vs trackintel's activity staypoints:")
    compare(exp_acts, acts, "ours vs sp_tpls.csv activity staypoints", args.tolerance)
    print()

    for label, ok in results.items():
        print("{l}: {pf}".format(l=label, pf=bc.pass_fail(ok)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
