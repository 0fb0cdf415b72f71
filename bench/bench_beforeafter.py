"""Before/after statistics that hold: power, false-positive rate and CI coverage over many seeds.

The trace simulator (core/simulate/) runs a population on the embedded Helsinki centre network
(OpenStreetMap, ODbL) for two weeks, with a circulation plan from the second Monday:
- Fabianinkatu is closed to motor traffic between about 60.1665 and 60.1700 N (cars reroute);
- Unioninkatu, the parallel street that takes the detour, gets +30 % car travel time on its
  segments between 60.1655 and 60.1715 N (speed factor 1/1.3).
Nothing else changes in the network, so every other segment x direction x band is a true null.
A car-share drop inside the study area is added AFTER the simulation (the simulator has no mode
shift): each after-period car trip starting inside the study area becomes a bike trip with
probability 0.2 (-20 % relative car share). That is stated, not hidden.

Per seed: before_after() on the simulator's TRUTH traversals (car + carpool, partial traversals
dropped), i.e. without map-matching error, so that many seeds run in minutes. With
``--full-chain N`` the first N seeds are run again on traversals from the real map matcher
(core/mapmatching.py) applied to the simulated phone fixes (noise, outliers, gaps, irregular
sampling) of the true car legs; the fixes are grouped by their true leg (segmentation errors are
left out), and scored the same way against the same truth.

Scores, over every cell with enough sample (>= 10 participants and >= 5 traversals per period):
- power: share of truly changed cells (|truth ratio - 1| > 10 %) flagged significant in the right
  direction;
- false-positive rate: share of truly unchanged cells (|truth ratio - 1| < 1 %) flagged
  significant (target <= ~5 % at the 95 % level);
- coverage: share of cells whose 95 % CI holds the true ratio (segment_speeds' after/before median
  travel time for cars), target ~95 %.
Modal share (study zone car share: power and coverage; control zone: false positives), rerouting and
difference-in-differences (study minus control, truth from the truth ratios of the cells it uses)
are reported too.

    .venv/bin/python bench/bench_beforeafter.py --full-chain 3  # 20 seeds x 200 citizens, ~6 min here
    .venv/bin/python bench/bench_beforeafter.py --seeds 5 --citizens 80 --n-boot 300   # quick
"""
import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import benchcommon as bc  # noqa: E402  (loads the tracemob package)

warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402

ba = bc.tracemob_module("compare.beforeafter")
sim_graph = bc.tracemob_module("simulate.graph")
sim_params = bc.tracemob_module("simulate.params")
sim_plan = bc.tracemob_module("simulate.plan")
simulator = bc.tracemob_module("simulate.simulator")

START = "2026-03-02"   # a Monday
CHANGE = "2026-03-09"  # the plan starts the second Monday
STUDY = shapely.box(24.9470, 60.1650, 24.9530, 60.1715)
CONTROL = shapely.box(24.9355, 60.1645, 24.9425, 60.1720)
TT_EFFECT = 1.30
CAR_SHIFT = 0.20
CAR_MODES = ("car", "carpool")


def plan_segments(segments: pd.DataFrame):
    g = shapely.from_wkb(segments["wkb"].to_numpy())
    c = shapely.centroid(g)
    y = shapely.get_y(c)
    name = segments["name"].astype(str).to_numpy()
    sid = segments["segment_id"].to_numpy()
    closed = sid[(name == "Fabianinkatu") & (y > 60.1665) & (y < 60.1700)]
    detour = sid[(name == "Unioninkatu") & (y > 60.1655) & (y < 60.1715)]
    return closed.tolist(), detour.tolist()


def make_plan():
    net = simulator.simulate(n_citizens=1, days=1, seed=0).segments
    closed, detour = plan_segments(net)
    plan = sim_plan.CirculationPlan(start=CHANGE, closed=closed, speed_factor={int(s): 1.0 / TT_EFFECT for s in detour})
    return plan, closed, detour


def truth_ratios(sim) -> pd.DataFrame:
    sp = sim.segment_speeds
    sp = sp[sp["mode_class"] == "car"]
    piv = sp.pivot_table(index=["segment_id", "direction", "band"], columns="period", values="tt_median_s")
    out = (piv["after"] / piv["before"]).rename("truth_ratio").reset_index()
    out["segment_id"] = out["segment_id"].astype(str)
    out["direction"] = out["direction"].astype(str)
    return out


def trips_with_od(sim):
    v = sim.leg_vertices.merge(sim.legs[["leg_id", "trip_id"]], on="leg_id", how="left")
    v = v.sort_values(["trip_id", "time"], kind="stable")
    first = v.groupby("trip_id").first()
    last = v.groupby("trip_id").last()
    t = sim.trips.copy()
    t["origin_lon"] = t["trip_id"].map(first["lon"])
    t["origin_lat"] = t["trip_id"].map(first["lat"])
    t["destination_lon"] = t["trip_id"].map(last["lon"])
    t["destination_lat"] = t["trip_id"].map(last["lat"])
    t["main_mode"] = t["mode"].replace({"carpool": "car"})
    return t, v[["trip_id", "lon", "lat", "time"]]


def shift_car_share(trips, seed):
    rng = np.random.default_rng(10_000 + seed)
    after = pd.to_datetime(trips["start_time"], utc=True) >= pd.Timestamp(CHANGE).tz_localize(sim_graph.SAMPLE_TZ)
    inside = shapely.contains_xy(STUDY, trips["origin_lon"].to_numpy(float), trips["origin_lat"].to_numpy(float))
    car = (trips["main_mode"] == "car").to_numpy()
    before_share = car[inside].mean() if inside.any() else np.nan  # both periods, before the shift
    switch = after.to_numpy() & inside & car & (rng.random(len(trips)) < CAR_SHIFT)
    out = trips.copy()
    out.loc[switch, "main_mode"] = "bike"
    return out, before_share


def score_segments(seg, truth, min_change=0.10, null_tol=0.01):
    s = seg.merge(truth, on=["segment_id", "direction", "band"], how="left")
    tested = s[(s["flag"] != "insufficient sample") & np.isfinite(s["truth_ratio"])]
    lt = np.log(tested["truth_ratio"].to_numpy(float))
    changed = np.abs(lt) > np.log1p(min_change)
    null = np.abs(lt) < np.log1p(null_tol)
    sig = (tested["flag"] == "significant").to_numpy()
    right_dir = np.sign(np.log(tested["ratio"].to_numpy(float))) == np.sign(lt)
    cover = ((tested["ratio_ci_low"] <= tested["truth_ratio"]) & (tested["truth_ratio"] <= tested["ratio_ci_high"])
             ).to_numpy()
    return dict(n_tested=len(tested), n_changed=int(changed.sum()), n_null=int(null.sum()),
                detected=int((sig & right_dir & changed).sum()), false_pos=int((sig & null).sum()),
                covered=int(cover.sum()), covered_changed=int((cover & changed).sum()),
                covered_null=int((cover & null).sum()),
                est_changed=list(tested.loc[changed, "ratio"].to_numpy(float)),
                n_cells=len(s), n_insufficient=int((s["flag"] == "insufficient sample").sum()))


def did_truth(seg, truth, min_traversals=5, min_users=10):
    """The true DiD over the cells difference_in_differences() uses (enough sample in both periods)."""
    s = seg.merge(truth, on=["segment_id", "direction", "band"], how="left")
    usable = ((s["n_before"] >= min_traversals) & (s["n_after"] >= min_traversals) & (s["users_before"] >= min_users)
              & (s["users_after"] >= min_users) & np.isfinite(s["truth_ratio"]))
    lt = np.log(s["truth_ratio"])
    return float(np.exp(lt[usable & s["in_study_area"]].mean() - lt[usable & s["in_control_area"]].mean()))


def full_chain_traversals(sim):
    """Map-match the simulated phone fixes of the true car legs (core/mapmatching.py); the fixes are
    grouped by their true leg id."""
    mm = bc.tracemob_module("roads.mapmatching")
    netmod = bc.tracemob_module("roads.network")
    net = sim_graph.load_sample_network()
    if not isinstance(net, netmod.Network):
        raise RuntimeError("the sample network is not a core.network.Network")
    legs = sim.legs[sim.legs["mode"].isin(CAR_MODES)]
    pts = sim.points.copy()
    pts["leg_id"] = sim.points_truth["leg_id"].to_numpy()
    res = mm.match_legs(net, pts[pts["leg_id"].isin(set(legs["leg_id"]))], legs=legs[["leg_id", "user_id", "mode"]])
    return res.traversals


def run_seed(seed, args, plan, chain=False):
    with bc.Timer() as t_sim:
        sim = simulator.simulate(n_citizens=args.citizens, days=args.days, start_date=START, seed=seed, plan=plan,
                                 params=sim_params.SimulationParams(car_owner_share=args.car_owners))
    truth = truth_ratios(sim)
    trips, routes = trips_with_od(sim)
    trips, car_share0 = shift_car_share(trips, seed)
    tv = sim.traversals if not chain else full_chain_traversals(sim)
    with bc.Timer() as t_ba:
        res = ba.before_after(traversals=tv, trips=trips, routes=routes, segments=sim.segments,
                              zones={"study": STUDY, "control": CONTROL}, study_area=STUDY, control_area=CONTROL,
                              change=CHANGE, tz=sim.tz, n_boot=args.n_boot, seed=seed, modes=CAR_MODES,
                              weekdays_only=False, exclude_holidays=False)   # every simulated day, as measured
    out = score_segments(res.segments, truth)
    ms = res.modal_share.set_index(["zone_id", "mode"])
    car = ms.loc[("study", "car")] if ("study", "car") in ms.index else None
    out["ms_study"] = None if car is None else dict(
        flag=car["flag"], change=car["change_pp"], lo=car["change_ci_low"], hi=car["change_ci_high"],
        truth=-100.0 * CAR_SHIFT * car_share0)
    ctrl = res.modal_share[res.modal_share["zone_id"] == "control"]
    ctrl = ctrl[ctrl["flag"] != "insufficient sample"]
    out["ms_ctrl_tested"] = len(ctrl)
    out["ms_ctrl_fp"] = int((ctrl["flag"] == "significant").sum())
    out["ms_ctrl_cover"] = int(((ctrl["change_ci_low"] <= 0) & (ctrl["change_ci_high"] >= 0)).sum())
    r = res.rerouting.iloc[0] if res.rerouting is not None else None
    out["reroute"] = None if r is None else dict(before=r["share_before"], after=r["share_after"], flag=r["flag"],
                                                 change=r["change_pp"])
    d = res.did.set_index("measure").loc["travel_time"]
    out["did"] = dict(est=d["did_ratio"], lo=d["did_ci_low"], hi=d["did_ci_high"], flag=d["flag"],
                      truth=did_truth(res.segments, truth))
    out["t_sim"], out["t_ba"] = t_sim.seconds, t_ba.seconds
    out["n_traversals"] = int(res.summary["sample"]["traversals_before"] + res.summary["sample"]["traversals_after"])
    out["users"] = (res.summary["sample"].get("traversal_users_before"), res.summary["sample"].get("traversal_users_after"))
    return out


def report(rows, label):
    tot = {k: sum(r[k] for r in rows) for k in ("n_tested", "n_changed", "n_null", "detected", "false_pos", "covered",
                                                 "covered_changed", "covered_null", "n_cells", "n_insufficient")}
    print("\n== {label}: {n} seeds ==".format(label=label, n=len(rows)))
    print("segment x direction x band cells: {c} in all, {i} with insufficient sample, {t} tested "
          "({ch} truly changed, {nu} truly unchanged)".format(c=tot["n_cells"], i=tot["n_insufficient"],
                                                              t=tot["n_tested"], ch=tot["n_changed"], nu=tot["n_null"]))
    power = tot["detected"] / tot["n_changed"] if tot["n_changed"] else np.nan
    fpr = tot["false_pos"] / tot["n_null"] if tot["n_null"] else np.nan
    cov = tot["covered"] / tot["n_tested"] if tot["n_tested"] else np.nan
    est = np.concatenate([r["est_changed"] for r in rows]) if tot["n_changed"] else np.array([])
    print("travel time, detection power on the detour (+30%): {p} ({d}/{n}); median estimated ratio {m} "
          "(truth {tr:.2f})".format(p=bc.fmt(power, 3), d=tot["detected"], n=tot["n_changed"],
                                    m=bc.fmt(float(np.median(est)) if len(est) else np.nan, 3), tr=TT_EFFECT))
    print("travel time, false-positive rate on unchanged cells: {f} ({k}/{n})  target <= 0.05 (+ binomial "
          "margin): {pf}".format(f=bc.fmt(fpr, 3), k=tot["false_pos"], n=tot["n_null"],
                                 pf=bc.pass_fail(fpr <= 0.05 + 2 * np.sqrt(0.05 * 0.95 / max(tot["n_null"], 1)))))
    print("travel time, 95% CI coverage of the true ratio: {c} ({k}/{n}); changed cells {cc}, unchanged {cn}".format(
        c=bc.fmt(cov, 3), k=tot["covered"], n=tot["n_tested"],
        cc=bc.fmt(tot["covered_changed"] / tot["n_changed"] if tot["n_changed"] else np.nan, 3),
        cn=bc.fmt(tot["covered_null"] / tot["n_null"] if tot["n_null"] else np.nan, 3)))
    ms = [r["ms_study"] for r in rows if r["ms_study"] is not None and r["ms_study"]["flag"] != "insufficient sample"]
    if ms:
        det = np.mean([m["flag"] == "significant" and m["change"] < 0 for m in ms])
        cov_ms = np.mean([m["lo"] <= m["truth"] <= m["hi"] for m in ms])
        print("modal share, study zone car share (-20% relative, truth {t} pp on average): estimate {e} pp, "
              "power {p}, CI coverage {c} ({n} seeds tested)".format(
                  t=bc.fmt(np.mean([m["truth"] for m in ms]), 1), e=bc.fmt(np.mean([m["change"] for m in ms]), 1),
                  p=bc.fmt(det, 3), c=bc.fmt(cov_ms, 3), n=len(ms)))
    else:
        print("modal share, study zone: insufficient sample in every seed")
    n_ctrl = sum(r["ms_ctrl_tested"] for r in rows)
    if n_ctrl:
        print("modal share, control zone (no change): false-positive rate {f} ({k}/{n}), coverage of 0: {c}".format(
            f=bc.fmt(sum(r["ms_ctrl_fp"] for r in rows) / n_ctrl, 3), k=sum(r["ms_ctrl_fp"] for r in rows), n=n_ctrl,
            c=bc.fmt(sum(r["ms_ctrl_cover"] for r in rows) / n_ctrl, 3)))
    rr = [r["reroute"] for r in rows if r["reroute"] is not None and r["reroute"]["flag"] != "insufficient sample"]
    if rr:
        print("rerouting (car trips, same OD cells of 500 m): share through the study area {b}% before, {a}% after "
              "(mean), significant in {s}/{n} seeds".format(
                  b=bc.fmt(np.mean([x["before"] for x in rr]), 1), a=bc.fmt(np.mean([x["after"] for x in rr]), 1),
                  s=sum(x["flag"] == "significant" for x in rr), n=len(rr)))
    dd = [r["did"] for r in rows if r["did"]["flag"] != "insufficient sample" and np.isfinite(r["did"]["truth"])]
    if dd:
        print("DiD travel time (study - control): mean estimate {e}, mean truth {t}, coverage {c}, significant in "
              "{s}/{n} seeds".format(e=bc.fmt(np.mean([x["est"] for x in dd]), 3),
                                     t=bc.fmt(np.mean([x["truth"] for x in dd]), 3),
                                     c=bc.fmt(np.mean([x["lo"] <= x["truth"] <= x["hi"] for x in dd]), 3),
                                     s=sum(x["flag"] == "significant" for x in dd), n=len(dd)))
    print("mean per seed: {tv:.0f} car traversals; seed 0: {u} participants on the network (before, after); simulation {ts:.1f} s, "
          "before/after {tb:.1f} s".format(tv=np.mean([r["n_traversals"] for r in rows]), u=rows[0]["users"],
                                           ts=np.mean([r["t_sim"] for r in rows]), tb=np.mean([r["t_ba"] for r in rows])))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--citizens", type=int, default=200)
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--car-owners", type=float, default=0.8, help="share of citizens who own a car")
    ap.add_argument("--n-boot", type=int, default=500)
    ap.add_argument("--full-chain", type=int, default=0, help="also run map matching on the first N seeds")
    args = ap.parse_args(argv)
    plan, closed, detour = make_plan()
    print("Before/after bench: {s} seeds x {c} citizens x {d} days on the Helsinki sample network; plan from {ch}: "
          "{nc} segments closed, {nd} detour segments +{e:.0f}% car travel time; {b} bootstrap replicates "
          "(participants resampled); truth traversals".format(s=args.seeds, c=args.citizens, d=args.days, ch=CHANGE,
                                                              nc=len(closed), nd=len(detour), e=100 * (TT_EFFECT - 1),
                                                              b=args.n_boot))
    t0 = time.perf_counter()
    rows = []
    for seed in range(args.seeds):
        rows.append(run_seed(seed, args, plan))
        r = rows[-1]
        print("  seed {s}: tested {t}, detour detected {d}/{n}, false positives {f}/{nn}, covered {c}/{t} "
              "({sec:.0f} s)".format(s=seed, t=r["n_tested"], d=r["detected"], n=r["n_changed"], f=r["false_pos"],
                                     nn=r["n_null"], c=r["covered"], sec=r["t_sim"] + r["t_ba"]), flush=True)
    report(rows, "truth traversals (no map-matching error)")
    if args.full_chain:
        chain = []
        for seed in range(args.full_chain):
            try:
                chain.append(run_seed(seed, args, plan, chain=True))
            except Exception as err:  # the chain depends on other modules: say why it did not run
                print("full chain, seed {s}: not run ({e})".format(s=seed, e=err))
                break
        if chain:
            report(chain, "full chain (simulated phone fixes -> map matching)")
    print("\ntotal {:.0f} s".format(time.perf_counter() - t0))


if __name__ == "__main__":
    main()
