"""Trip-purpose and home/work accuracy: simulator truth, and the real e-mission confirmed purposes.

Simulator (core/simulate/, Helsinki sample network, local time Europe/Helsinki): citizens with a
home, a work or study place and shared shops, leisure and personal-business places; each trip's
purpose in the EMC² groups is the truth. Two pipelines are scored:

* ``truth stays``: infer_purposes on the simulator's own stays and trips (no segmentation error):
  this measures the purpose model alone;
* ``end to end``: the phones' points -> segmentation.segment -> infer_purposes; our trips are
  matched one-to-one to the true trips (same participant, temporal IoU >= 0.3) and scored on the
  matched ones (the share matched is printed).

Participants left out: the participants in 5 folds; each fold's trips are inferred with the labels of the
other folds only (no label of their own; the others' labels of shared public places still help), and scored
beside the in-sample run (every label, own ones included). The purpose rules have no fitted threshold: only
the labels are learnt from.

Each is run without labels and with the simulator's participant labels (e-mission vocabulary; a
share of participants confirm most of their trips): "all" scores every trip (labelled trips are
then right by construction), "unlabelled" only the trips without a label (what the place labels
and the rules do). Home/work: the detected home (work/study) within 100 m / 200 m of the true one,
over the participants who have one.

Real data: the confirmed purposes found in resources/sample/emission and
../shared/data/emission_real_examples (e-mission ``manual/*`` user inputs, trip survey answers);
their number is printed, and the trips of a day with both raw points and confirmed purposes are
scored with the labels held out.

    .venv/bin/python bench/bench_purposes.py [--citizens 60] [--days 14] [--seeds 1 2]
"""
import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import devpath  # noqa: E402

devpath.load_tracemob()
warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from tracemob.tracemob_plugin.core.indicators import purposes as P  # noqa: E402
from tracemob.tracemob_plugin.core.evaluation.scoring import match_intervals  # noqa: E402
from tracemob.tracemob_plugin.core.geometry import haversine_m  # noqa: E402

SAMPLE_DIR = ROOT / "resources" / "sample" / "emission"
REAL_DIR = devpath.SHARED_DATA / "emission_real_examples"
GROUPS = list(P.PURPOSES)
FOLDS = 5


# --------------------------------------------------------------------------- scoring
def scores(truth, pred):
    """accuracy, per-class (n, recall, precision) and the confusion matrix (rows truth)."""
    truth = pd.Series(truth, dtype=object).reset_index(drop=True)
    pred = pd.Series(pred, dtype=object).reset_index(drop=True)
    acc = float((truth == pred).mean()) if len(truth) else float("nan")
    per = []
    for g in GROUPS:
        t, p = truth == g, pred == g
        per.append((g, int(t.sum()), float((t & p).sum() / t.sum()) if t.sum() else np.nan,
                    float((t & p).sum() / p.sum()) if p.sum() else np.nan))
    conf = pd.crosstab(pd.Categorical(truth, GROUPS), pd.Categorical(pred, GROUPS), dropna=False)
    conf.index.name, conf.columns.name = "truth", "predicted"
    return acc, pd.DataFrame(per, columns=["class", "n", "recall", "precision"]), conf


def show(title, truth, pred):
    acc, per, conf = scores(truth, pred)
    print("\n## {t}: accuracy {a:.3f} on {n} trips".format(t=title, a=acc, n=len(truth)))
    print(per.to_string(index=False, float_format=lambda x: "{:.3f}".format(x)))
    short = {g: g[:6] for g in GROUPS}
    print(conf.rename(index=short, columns=short).to_string())
    return acc


# --------------------------------------------------------------------------- simulator
def truth_stays_and_trips(sim):
    """The simulator's stays with ids, its trips linked to the stays before and after them."""
    st = sim.stays.copy().sort_values(["user_id", "start_time"], kind="stable").reset_index(drop=True)
    st["stay_id"] = ["S{}".format(i) for i in range(len(st))]
    tr = sim.trips.copy()
    tr = tr.sort_values("end_time", kind="stable")
    dest = pd.merge_asof(tr[["trip_id", "user_id", "end_time"]], st[["user_id", "start_time", "stay_id"]]
                         .sort_values("start_time"), left_on="end_time", right_on="start_time", by="user_id",
                         direction="nearest", tolerance=pd.Timedelta(minutes=5))
    tr = tr.sort_values("start_time", kind="stable")
    orig = pd.merge_asof(tr[["trip_id", "user_id", "start_time"]],
                         st[["user_id", "end_time", "stay_id"]].sort_values("end_time"), left_on="start_time",
                         right_on="end_time", by="user_id", direction="nearest", tolerance=pd.Timedelta(minutes=5))
    trips = sim.trips.copy()
    trips["destination_stay_id"] = trips["trip_id"].map(dest.set_index("trip_id")["stay_id"]).fillna("")
    trips["origin_stay_id"] = trips["trip_id"].map(orig.set_index("trip_id")["stay_id"]).fillna("")
    trips = trips.rename(columns={"purpose": "true_purpose"})
    return st.drop(columns=["purpose", "place_id"]), trips


def with_trip_ends(seg):
    """Segmentation trips + origin/destination lon/lat (first and last point of each trip)."""
    pts, tr = seg.points, seg.trips
    first, last = tr["first_point"].to_numpy(np.int64), tr["last_point"].to_numpy(np.int64)
    return tr.assign(origin_lon=pts["lon"].to_numpy()[first], origin_lat=pts["lat"].to_numpy()[first],
                     destination_lon=pts["lon"].to_numpy()[last], destination_lat=pts["lat"].to_numpy()[last])


def match_to_truth(truth_trips, ours):
    """(truth index, our index) pairs: per participant, one-to-one on temporal IoU >= 0.3."""
    pairs = []
    sec = lambda s: pd.to_datetime(s, utc=True).astype("int64").to_numpy() / 1e9  # noqa: E731
    for user, t in truth_trips.groupby("user_id"):
        o = ours[ours["user_id"] == user]
        if o.empty:
            continue
        m = match_intervals(sec(t["start_time"]), sec(t["end_time"]), sec(o["start_time"]), sec(o["end_time"]),
                            min_iou=0.3)
        pairs.append(pd.DataFrame({"t": t.index.to_numpy()[m["truth"]], "o": o.index.to_numpy()[m["pred"]]}))
    return pd.concat(pairs, ignore_index=True) if pairs else pd.DataFrame({"t": [], "o": []})


def home_work_accuracy(sim, hw):
    places = sim.places
    users = sim.users.set_index("user_id")
    out = {}
    for kind, col in (("home", "home"), ("work", "work")):
        true = places[places["kind"].isin(["home"] if kind == "home" else ["work", "study"])
                      & (places["user_id"] != "")]
        # a participant's own work/study: work and study places are personal (user_id set) or shared
        if kind == "work":
            roles = users["role"]
            true = true[true["user_id"].map(roles).isin(["worker", "parent", "student"])]
        true = true.drop_duplicates("user_id").set_index("user_id")
        h = hw.set_index("user_id").reindex(true.index)
        d = haversine_m(true["lat"], true["lon"], h[col + "_lat"], h[col + "_lon"])
        d = np.where(np.isfinite(d), d, np.inf)
        out[kind] = dict(n=len(true), found=int(np.isfinite(d).sum()), within100=int((d <= 100).sum()),
                         within200=int((d <= 200).sum()))
    return out


def run_simulator(n_citizens, days, seeds):
    from tracemob.tracemob_plugin.core.trips import segmentation
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    rows = []
    all_hw = {"home": dict(n=0, found=0, within100=0, within200=0), "work": dict(n=0, found=0, within100=0,
                                                                                   within200=0)}
    all_hw_e2e = {k: dict(v) for k, v in all_hw.items()}
    coll = {k: ([], []) for k in ("truth_nolab", "truth_lab_all", "truth_lab_unl", "truth_louo", "e2e_nolab",
                                   "e2e_lab_all", "e2e_lab_unl")}
    matched_share = []
    for seed in seeds:
        t0 = time.perf_counter()
        sim = simulate(n_citizens=n_citizens, days=days, seed=seed)
        t_sim = time.perf_counter() - t0
        tz = sim.tz
        stays, trips = truth_stays_and_trips(sim)
        labelled_ids = set(sim.labels["trip_id"])
        labels = sim.labels.drop(columns=["trip_id"])
        # --- truth stays
        t0 = time.perf_counter()
        res = P.infer_purposes_full(trips.drop(columns=["true_purpose"]), stays, tz=tz)
        t_inf = time.perf_counter() - t0
        hwacc = home_work_accuracy(sim, res.homework)
        for k in all_hw:
            for m in all_hw[k]:
                all_hw[k][m] += hwacc[k][m]
        coll["truth_nolab"][0].extend(trips["true_purpose"])
        coll["truth_nolab"][1].extend(res.trips["purpose"])
        res_l = P.infer_purposes_full(trips.drop(columns=["true_purpose"]), stays, labels=labels, tz=tz)
        coll["truth_lab_all"][0].extend(trips["true_purpose"])
        coll["truth_lab_all"][1].extend(res_l.trips["purpose"])
        unl = ~trips["trip_id"].isin(labelled_ids).to_numpy()
        coll["truth_lab_unl"][0].extend(trips["true_purpose"][unl])
        coll["truth_lab_unl"][1].extend(res_l.trips["purpose"][unl])
        # --- participants left out (5 folds): a fold's participants give no label, the others' labels
        # (shared public places) still count; scored on the fold's trips, in-sample beside (own labels too)
        users = np.array(sorted(trips["user_id"].astype(str).unique()))
        fold_of = dict(zip(users, np.arange(len(users)) % FOLDS))
        trip_fold = trips["user_id"].astype(str).map(fold_of).to_numpy()
        label_fold = labels["user_id"].astype(str).map(fold_of).to_numpy()
        for k in range(FOLDS):
            res_k = P.infer_purposes_full(trips.drop(columns=["true_purpose"]), stays,
                                          labels=labels[label_fold != k], tz=tz)
            mine = trip_fold == k
            coll["truth_louo"][0].extend(trips["true_purpose"][mine])
            coll["truth_louo"][1].extend(res_k.trips["purpose"][mine])
        # --- end to end
        t0 = time.perf_counter()
        seg = segmentation.segment(sim.points, segmentation.SegmentationParams())
        t_seg = time.perf_counter() - t0
        our_trips = with_trip_ends(seg)
        e2e = P.infer_purposes_full(our_trips, seg.stays, tz=tz)
        e2e_l = P.infer_purposes_full(our_trips, seg.stays, labels=labels, tz=tz)
        hw2 = home_work_accuracy(sim, e2e.homework)
        for k in all_hw_e2e:
            for m in all_hw_e2e[k]:
                all_hw_e2e[k][m] += hw2[k][m]
        pairs = match_to_truth(trips, seg.trips)
        matched_share.append((len(pairs), len(trips), len(seg.trips)))
        tt = trips.loc[pairs["t"].to_numpy()]
        coll["e2e_nolab"][0].extend(tt["true_purpose"])
        coll["e2e_nolab"][1].extend(e2e.trips.loc[pairs["o"].to_numpy(), "purpose"])
        coll["e2e_lab_all"][0].extend(tt["true_purpose"])
        coll["e2e_lab_all"][1].extend(e2e_l.trips.loc[pairs["o"].to_numpy(), "purpose"])
        u2 = ~tt["trip_id"].isin(labelled_ids).to_numpy()
        coll["e2e_lab_unl"][0].extend(tt["true_purpose"][u2])
        coll["e2e_lab_unl"][1].extend(e2e_l.trips.loc[pairs["o"].to_numpy()[u2], "purpose"])
        rows.append(dict(seed=seed, citizens=n_citizens, days=days, points=len(sim.points), trips=len(trips),
                         labelled=len(labelled_ids), our_trips=len(seg.trips), matched=len(pairs),
                         sim_s=round(t_sim, 1), seg_s=round(t_seg, 1), infer_s=round(t_inf, 2)))
    print("# Simulator runs")
    print(pd.DataFrame(rows).to_string(index=False))
    titles = {"truth_nolab": "Simulator, truth stays, no labels (purpose model alone)",
              "truth_lab_all": "Simulator, truth stays, with participant labels, all trips",
              "truth_lab_unl": "Simulator, truth stays, with participant labels, unlabelled trips only",
              "truth_louo": "Simulator, truth stays, participants left out (5 folds: the fold's own labels withheld, "
                            "the others' kept); in-sample figure: 'with participant labels, all trips'",
              "e2e_nolab": "Simulator, end to end (segmentation), no labels, matched trips",
              "e2e_lab_all": "Simulator, end to end, with labels, all matched trips",
              "e2e_lab_unl": "Simulator, end to end, with labels, unlabelled matched trips"}
    accs = {}
    for k, title in titles.items():
        accs[k] = show(title, *coll[k])
    m, t, o = (sum(x[i] for x in matched_share) for i in range(3))
    print("\nEnd to end: {m} of {t} true trips matched to one of our {o} trips ({s:.1%}).".format(
        m=m, t=t, o=o, s=m / max(t, 1)))
    for name, acc in (("truth stays", all_hw), ("end to end", all_hw_e2e)):
        for k in ("home", "work"):
            a = acc[k]
            print("{name}: {k} found for {f}/{n}; within 100 m: {w1}/{n} ({p1:.1%}); within 200 m: {w2}/{n} "
                  "({p2:.1%})".format(name=name, k="home" if k == "home" else "work/study", f=a["found"], n=a["n"],
                                      w1=a["within100"], w2=a["within200"], p1=a["within100"] / max(a["n"], 1),
                                      p2=a["within200"] / max(a["n"], 1)))
    return accs


# --------------------------------------------------------------------------- real e-mission data
def run_real():
    from tracemob.tracemob_plugin.core.trips import segmentation
    from tracemob.tracemob_plugin.core.ingest import read_traces

    print("\n# Real e-mission data: confirmed purposes")
    files = sorted(p for p in SAMPLE_DIR.glob("*.json")) + (sorted(p for p in REAL_DIR.iterdir() if p.is_file()
                                                                    and p.name not in ("LICENSE", "SOURCE_COMMIT.txt"))
                                                             if REAL_DIR.is_dir() else [])
    labels = []
    for f in files:
        try:
            tr = read_traces([f])
        except Exception:  # files without location fixes (expected outputs) still may hold labels
            continue
        lab = tr.trips_labels
        if len(lab):
            lab = lab.assign(file=f.name)
            labels.append(lab)
    lab = pd.concat(labels, ignore_index=True) if labels else pd.DataFrame()
    if "purpose_confirm" in lab:
        lab = lab[lab["purpose_confirm"].notna() & (lab["purpose_confirm"].astype(str).str.strip() != "")]
    # the same trips appear in several expected-output files of one participant: count distinct spans
    distinct = lab.drop_duplicates(["start_time", "end_time"]) if len(lab) else lab
    print("Files read: {n}; confirmed purposes: {r} rows in {f} file(s), {k} distinct trips (start/end).".format(
        n=len(files), r=len(lab), f=lab["file"].nunique() if len(lab) else 0, k=len(distinct)))
    if len(lab):
        per = distinct
        print(per[["file", "start_time", "purpose_confirm"]].assign(
            group=P.normalise_purpose_label(per["purpose_confirm"]).to_numpy()).to_string(index=False))
    # a day with raw points and confirmed purposes: score with the labels held out
    day = REAL_DIR / "shankari_2023-04-13"
    inputs = REAL_DIR / "shankari_2023-04-13.user_inputs"
    if day.exists() and inputs.exists():
        tr = read_traces([day])
        truth = read_traces([inputs]).trips_labels
        seg = segmentation.segment(tr.points, segmentation.SegmentationParams(), motion=tr.motion)
        res = P.infer_purposes_full(with_trip_ends(seg), seg.stays, tz="America/Los_Angeles", require_home=False)
        print("\n{d}: {n} of our trips; home/work: {r}".format(d=day.name, n=len(seg.trips),
                                                               r=res.homework["reason"].iloc[0] or "found"))
        sec = lambda s: pd.to_datetime(s, utc=True).astype("int64").to_numpy() / 1e9  # noqa: E731
        m = match_intervals(sec(truth["start_time"]), sec(truth["end_time"]), sec(seg.trips["start_time"]),
                            sec(seg.trips["end_time"]), min_iou=0.3)
        t_g = P.normalise_purpose_label(truth["purpose_confirm"]).to_numpy()[m["truth"]]
        p_g = res.trips["purpose"].to_numpy()[m["pred"]]
        print("Labelled trips of that day matched to ours: {m} of {n} (labels {day} only)".format(
            m=len(m), n=int((truth["start_time"].dt.date >= pd.Timestamp("2023-04-14").date()).sum()),
            day="2023-04-13 local"))
        if len(m):
            print(pd.DataFrame({"confirmed": t_g, "inferred": p_g}).to_string(index=False))
            print("Agreement: {a}/{n}".format(a=int((t_g == p_g).sum()), n=len(m)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--citizens", type=int, default=60)
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-real", action="store_true")
    args = ap.parse_args()
    run_simulator(args.citizens, args.days, args.seeds)
    if not args.no_real:
        run_real()


if __name__ == "__main__":
    main()
