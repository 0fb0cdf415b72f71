"""Map matching and segment travel times against the simulator's truth; ours vs leuvenmapmatching.

A study is simulated on the committed sample network (central Helsinki, OSM, ODbL) with
``core.simulate.simulator.simulate``; every motorised leg (car, carpool, motorcycle) is cut from the phone
fixes with the simulator's true leg ids and matched on the network as a car sees it
(``network.motor_network``: same segment ids). Scores, against the simulator's truth traversals:

- segments: per leg, the multiset of (segment, direction) matched vs truly traversed; precision,
  recall (= share of truly traversed segments found) and F1, micro-averaged over legs. "recorded"
  restricts the truth to traversals while the phone recorded (phones start late, lose minutes).
- travel time: ``traveltimes.segment_travel_times`` on our traversals and on the true traversals of
  the same legs (full traversals only, same bands); median absolute and relative error of
  ``tt_median_s`` over the segment x direction x band cells with >= MIN_SAMPLE traversals in both.
- speed: km of legs (true leg length) matched per minute of wall time (one process, this machine).
- the same on our own cuts: ``core.segmentation.segment`` on all the phone fixes, our legs kept when
  most of their time lies in a true motorised leg (mode oracle), scored against that true leg.

The peer, leuvenmapmatching 1.1.4 (DistanceMatcher, non-emitting states, InMemMap of every vertex
of the same motor network, y/x metres; no rtree installed, so candidate search scans the map), is
run on a random subset of the same legs (it is slow: its rate, and ours beside it, are measured on
that subset). When it stops early (no candidate within max_dist, e.g. an outlier), matching resumes
after that fix. Its path is its full node path; its travel times come from its lattice (each
observation's position along that path), interpolated like ours, and are compared with ours on the
cells both estimate.

    .venv/bin/python bench/bench_mapmatching.py                  # default study
    .venv/bin/python bench/bench_mapmatching.py --citizens 300 --days 5 --peer-legs 60
    .venv/bin/python bench/bench_mapmatching.py --stop-and-go    # cars stop at lights (harder)

Cars move at a constant speed per segment here unless ``--stop-and-go``: with red lights and queues the
waits fall on segments of ~15 m and the travel-time error grows (30 citizens x 2 days: precision
0.977 -> 0.948, tt_median_s median relative error 3.9 % -> 67 %).
"""
import argparse
import logging
import sys
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

warnings.filterwarnings("ignore")
logging.getLogger("be.kuleuven.cs.dtai.mapmatching").setLevel(logging.ERROR)

MOTOR_MODES = ("car", "carpool", "motorcycle")
MIN_SAMPLE = 5
TARGET_RECALL = 0.95
TARGET_TT_ERR = 0.10
TARGET_KM_PER_MIN = 5000.0
BANDS = "0-7,7-9,9-16,16-19,19-24"


def simulate_study(citizens, days, seed, stop_and_go=False):
    sim_graph = bc.tracemob_module("simulate.graph")
    simulator = bc.tracemob_module("simulate.simulator")
    sim_params = bc.tracemob_module("simulate.params")
    net_mod = bc.tracemob_module("roads.network")
    net = sim_graph.load_sample_network()
    with bc.Timer() as t:
        sim = simulator.simulate(net, n_citizens=citizens, days=days, seed=seed,
                                 params=sim_params.SimulationParams(car_stop_and_go=stop_and_go))
    print("simulated {c} citizens x {d} days in {s:.1f} s: {p} fixes, {l} legs; cars {k}".format(
        c=citizens, d=days, s=t.seconds, p=len(sim.points), l=len(sim.legs),
        k="stop and go" if stop_and_go else "at constant speed per segment"))
    motor = net_mod.motor_network(net)
    return net, motor, sim


def motor_legs(sim):
    legs = sim.legs[sim.legs["mode"].isin(MOTOR_MODES)].copy()
    pts = sim.points.copy()
    pts["leg_id"] = sim.points_truth["leg_id"].to_numpy()
    pts = pts[pts["leg_id"].isin(set(legs["leg_id"]))]
    n = pts.groupby("leg_id").size()
    legs = legs[legs["leg_id"].map(n).fillna(0).to_numpy() >= 2]
    pts = pts[pts["leg_id"].isin(set(legs["leg_id"]))].reset_index(drop=True)
    return legs.reset_index(drop=True), pts


def truth_traversals(sim, legs, pts):
    tv = sim.traversals[sim.traversals["leg_id"].isin(set(legs["leg_id"]))].copy()
    span = pts.groupby("leg_id")["time"].agg(["min", "max"])
    lo = tv["leg_id"].map(span["min"])
    hi = tv["leg_id"].map(span["max"])
    tv["recorded"] = ((tv["exit_time"] > lo) & (tv["entry_time"] < hi)).to_numpy()
    return tv


def score_segments(matched, truth, legs, recorded_only=False):
    """Micro precision / recall / F1 of (segment, direction) multisets per leg."""
    tp = fp = fn = 0
    if recorded_only:
        truth = truth[truth["recorded"]]
    m_by = {k: Counter(zip(g["segment_id"], g["direction"])) for k, g in matched.groupby("leg_id")}
    t_by = {k: Counter(zip(g["segment_id"], g["direction"])) for k, g in truth.groupby("leg_id")}
    for leg in legs["leg_id"]:                       # a loop over legs, for scoring only
        m = m_by.get(leg, Counter())
        t = t_by.get(leg, Counter())
        inter = sum((m & t).values())
        tp += inter
        fp += sum(m.values()) - inter
        fn += sum(t.values()) - inter
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-12)


def tt_errors(tt_mod, ours, truth, tz):
    kw = dict(bands=BANDS, tz=tz, min_users=2, min_traversals=MIN_SAMPLE, min_sample_users=1, partial="drop")
    a = tt_mod.segment_travel_times(ours, **kw)
    b = tt_mod.segment_travel_times(truth, **kw)
    m = a.merge(b, on=["segment_id", "direction", "band"], suffixes=("", "_true"))
    m = m[(m["n_traversals"] >= MIN_SAMPLE) & (m["n_traversals_true"] >= MIN_SAMPLE)]
    err = (m["tt_median_s"] - m["tt_median_s_true"]).abs()
    rel = err / m["tt_median_s_true"]
    return len(m), float(err.median()), float(rel.median()), m


def our_motor_legs(seg, sim):
    """Our legs whose time lies mostly (>= 50 %) in one true motorised leg of the same user (an oracle
    on the mode, so that this measures matching on our cuts, not mode inference)."""
    ol = seg.legs[["leg_id", "user_id", "start_time", "end_time"]]
    tl = sim.legs[sim.legs["mode"].isin(MOTOR_MODES)][["leg_id", "user_id", "start_time", "end_time"]]
    m = ol.merge(tl, on="user_id", suffixes=("", "_t"))
    ov = (np.minimum(m["end_time"], m["end_time_t"]) - np.maximum(m["start_time"], m["start_time_t"]))
    m["overlap"] = ov.dt.total_seconds().clip(lower=0)
    m["dur"] = (m["end_time"] - m["start_time"]).dt.total_seconds().clip(lower=1)
    m = m[m["overlap"] >= 0.5 * m["dur"]].sort_values("overlap").drop_duplicates("leg_id", keep="last")
    leg_map = dict(zip(m["leg_id"], m["leg_id_t"]))
    pts = seg.points[seg.points["leg_id"].isin(set(leg_map))]
    return ol[ol["leg_id"].isin(set(leg_map))].reset_index(drop=True), pts.reset_index(drop=True), leg_map


# --------------------------------------------------------------------------- peer
def build_leuven_map(net):
    from leuvenmapmatching.map.inmem import InMemMap
    mp = InMemMap("tracemob", use_latlon=False, use_rtree=False, index_edges=True)
    n0 = net.n_nodes
    seg = net.segments
    off = net.seg_offsets
    label_of = {}                                   # (segment, vertex k) -> node label
    next_label = n0
    pair_to_edge = {}
    for s, u, v in zip(seg["segment_id"].tolist(), seg["u"].tolist(), seg["v"].tolist()):
        a, b = off[s], off[s + 1]
        labels = [u]
        for k in range(1, b - a - 1):
            labels.append(next_label)
            next_label += 1
        labels.append(v)
        for k, lab in enumerate(labels):
            mp.add_node(lab, (float(net.vy[a + k]), float(net.vx[a + k])))
        label_of[s] = labels
    epos = net.edge_index()
    for s, labels in label_of.items():
        for direction, seq in ((0, labels), (1, labels[::-1])):
            eid = 2 * s + direction
            if epos[eid] < 0:
                continue
            cum = np.r_[0.0, np.cumsum([np.hypot(mp.graph[seq[i + 1]][0][0] - mp.graph[seq[i]][0][0],
                                                 mp.graph[seq[i + 1]][0][1] - mp.graph[seq[i]][0][1])
                                        for i in range(len(seq) - 1)])]
            for i in range(len(seq) - 1):
                if seq[i] == seq[i + 1]:
                    continue
                mp.add_edge(seq[i], seq[i + 1])
                pair_to_edge[(seq[i], seq[i + 1])] = (eid, cum[i], cum[i + 1] - cum[i])
    mp.purge()
    return mp, pair_to_edge


# the best of a few settings tried on a separate simulated study (F1 0.74 there; obs_noise 10 / lattice
# width 5: 0.65; no non-emitting states: 0.58)
PEER_PARAMS = dict(max_dist=60, max_dist_init=60, obs_noise=15, obs_noise_ne=20, dist_noise=15,
                   non_emitting_states=True, max_lattice_width=10, min_prob_norm=1e-4)


def leuven_match(mp, pair_to_edge, net, pts, legs, params=None):
    """Match every leg with DistanceMatcher; traversals with times like ours (edge_id, entry, exit)."""
    from leuvenmapmatching.matcher.distance import DistanceMatcher
    rows = []
    x, y = net.project(pts["lon"].to_numpy(), pts["lat"].to_numpy())
    pts = pts.assign(x=x, y=y, ts=(pts["time"] - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds())
    seglen = net.segments["length_m"].to_numpy()
    for leg, g in pts.groupby("leg_id", sort=False):
        path = list(zip(g["y"].tolist(), g["x"].tolist()))
        ts = g["ts"].to_numpy()
        start = 0
        chain = 0
        while start < len(path) - 1:
            matcher = DistanceMatcher(mp, **(params or PEER_PARAMS))
            try:
                matcher.match(path[start:])
            except Exception:                          # the peer failing on a leg counts as no match
                break
            # the peer's full node path (its lattice skips the nodes between two observations)
            nodes = matcher.path_pred_onlynodes or []
            pairs = list(zip(nodes[:-1], nodes[1:]))
            seq, occ_of_pair, c0_of_pair = [], [], []
            for pr in pairs:
                if pr not in pair_to_edge:
                    occ_of_pair.append(-1)
                    c0_of_pair.append(0.0)
                    continue
                eid, c0, plen = pair_to_edge[pr]
                if not seq or seq[-1] != eid or c0 == 0.0:
                    seq.append(eid)
                occ_of_pair.append(len(seq) - 1)
                c0_of_pair.append(c0)
            obs_pos = []
            ptr = 0
            for m in matcher.lattice_best or []:
                if not m.is_emitting() or m.edge_m.l2 is None:
                    continue
                key = (m.edge_m.l1, m.edge_m.l2)
                j = next((k for k in range(ptr, len(pairs)) if pairs[k] == key), None)
                if j is None or occ_of_pair[j] < 0:
                    continue
                ptr = j
                plen = pair_to_edge[key][2]
                obs_pos.append((start + m.obs, occ_of_pair[j], c0_of_pair[j] + m.edge_m.ti * plen))
            if len(seq) and len(obs_pos) >= 2:
                lens = seglen[np.asarray(seq) // 2]
                occ0 = np.r_[0.0, np.cumsum(lens)[:-1]]
                oi = np.array([o[0] for o in obs_pos])
                pos = np.array([occ0[o[1]] + o[2] for o in obs_pos])
                pos = np.minimum.accumulate(pos[::-1])[::-1]
                tt = ts[oi]
                a = np.maximum(occ0, pos[0])
                b = np.minimum(occ0 + lens, pos[-1])
                keep = b > a
                t_in = np.interp(a, pos, tt)
                t_out = np.interp(b, pos, tt)
                frac = (b - a) / np.maximum(lens, 1e-9)
                first = np.arange(len(seq)) == 0
                last = np.arange(len(seq)) == len(seq) - 1
                for k in np.flatnonzero(keep):
                    rows.append((leg, chain, seq[k], t_in[k], t_out[k], lens[k], frac[k],
                                 bool((first[k] or last[k]) and frac[k] < 0.98)))
            stop = matcher.early_stop_idx
            if stop is None or start + stop >= len(path) - 2:
                break
            start = start + max(stop, 0) + 2          # skip the fix it could not place
            chain += 1
    tv = pd.DataFrame(rows, columns=["leg_id", "chain", "edge_id", "t_in", "t_out", "length_m", "fraction",
                                     "partial"])
    tv["segment_id"] = tv["edge_id"] // 2
    tv["direction"] = np.where(tv["edge_id"] % 2 == 0, 1, -1)
    tv["entry_time"] = pd.to_datetime(tv["t_in"], unit="s", utc=True)
    tv["exit_time"] = pd.to_datetime(tv["t_out"], unit="s", utc=True)
    tv["tt_s"] = tv["t_out"] - tv["t_in"]
    tv["user_id"] = tv["leg_id"].map(legs.set_index("leg_id")["user_id"])
    return tv


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--citizens", type=int, default=250)
    ap.add_argument("--days", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--peer-legs", type=int, default=150, help="legs given to the peer (0: none, -1: all)")
    ap.add_argument("--no-segmentation", action="store_true", help="skip the run on our own segmentation")
    ap.add_argument("--stop-and-go", action="store_true",
                    help="cars stop at red lights and in queues (SimulationParams.car_stop_and_go); the targets "
                         "were set with cars at constant speed per segment, the default here")
    args = ap.parse_args()
    mm = bc.tracemob_module("roads.mapmatching")
    tt_mod = bc.tracemob_module("roads.traveltimes")

    net, motor, sim = simulate_study(args.citizens, args.days, args.seed, args.stop_and_go)
    legs, pts = motor_legs(sim)
    truth = truth_traversals(sim, legs, pts)
    km = legs["distance_m"].sum() / 1000.0
    print("motorised legs: {n} ({km:.0f} km, {p} fixes); network: {s} segments, {e} car edges".format(
        n=len(legs), km=km, p=len(pts), s=motor.n_segments, e=len(motor.edges)))
    res, ours = run_ours(mm, tt_mod, motor, sim, legs, pts, truth, km)
    if not args.no_segmentation:
        run_on_our_segmentation(mm, tt_mod, motor, sim, legs, truth)
    peer = None
    if args.peer_legs != 0:
        try:
            import leuvenmapmatching  # noqa: F401
        except ImportError:
            print("\nSKIPPED peer: leuvenmapmatching is not installed (requirements-bench.txt)")
        else:
            peer = run_peer(args, mm, tt_mod, motor, sim, legs, pts, truth, res)
    print_targets(ours, peer)


def run_ours(mm, tt_mod, motor, sim, legs, pts, truth, km):
    """Our matcher on every motorised leg: (result, {recall, precision, rel error, rate} while recorded)."""
    mm.match_legs(motor, pts.iloc[:200], legs=legs)          # warm the caches (spatial index, graph)
    with bc.Timer() as t:
        res = mm.match_legs(motor, pts, legs=legs)
    rate = km / (t.seconds / 60.0)
    p, r, f = score_segments(res.traversals, truth, legs)
    pr, rr, fr = score_segments(res.traversals, truth, legs, recorded_only=True)
    n_cells, mae, mre, _ = tt_errors(tt_mod, res.traversals, truth, sim.tz)
    print("\n== ours (core.mapmatching, vectorised HMM)")
    print("matched {km:.0f} km in {s:.2f} s: {rate:.0f} km/min; unmatched legs {u}, breaks {b}".format(
        km=km, s=t.seconds, rate=rate, u=len(res.unmatched), b=len(res.breaks)))
    print("segments (all truth):      precision {p:.3f} recall {r:.3f} F1 {f:.3f}".format(p=p, r=r, f=f))
    print("segments (while recorded): precision {p:.3f} recall {r:.3f} F1 {f:.3f}".format(p=pr, r=rr, f=fr))
    print("tt_median_s over {n} cells (>= {k} traversals): median abs error {a:.2f} s, median rel error "
          "{e:.1%}".format(n=n_cells, k=MIN_SAMPLE, a=mae, e=mre))
    return res, dict(recall=rr, precision=pr, rel=mre, rate=rate)


def run_on_our_segmentation(mm, tt_mod, motor, sim, legs, truth):
    """Our matcher on the legs of our own segmentation of the phones' fixes."""
    seg_mod = bc.tracemob_module("trips.segmentation")
    with bc.Timer() as ts:
        seg = seg_mod.segment(sim.points)
    ours_legs, ours_pts, leg_map = our_motor_legs(seg, sim)
    res_s = mm.match_legs(motor, ours_pts, legs=ours_legs)
    tv = res_s.traversals.copy()
    tv["leg_id"] = tv["leg_id"].map(leg_map)
    tlegs = legs[legs["leg_id"].isin(set(leg_map.values()))]
    t_s = truth[truth["leg_id"].isin(set(tlegs["leg_id"]))]
    sp, sr, sf = score_segments(tv, t_s, tlegs, recorded_only=True)
    sn, smae, smre, _ = tt_errors(tt_mod, tv, t_s, sim.tz)
    print("\n== ours on our own segmentation (core.segmentation.segment in {s:.1f} s; legs kept when most of "
          "their time lies in a true motorised leg)".format(s=ts.seconds))
    print("{n} of our legs on {m} of the {k} true motorised legs; segments (while recorded): precision {p:.3f} "
          "recall {r:.3f} F1 {f:.3f}; tt_median_s over {c} cells: median rel error {e:.1%}".format(
              n=len(ours_legs), m=len(tlegs), k=len(legs), p=sp, r=sr, f=sf, c=sn, e=smre))


def run_peer(args, mm, tt_mod, motor, sim, legs, pts, truth, res):
    """leuvenmapmatching and ours on the same subset of legs; prints the table and returns the peer's scores."""
    sub = legs if args.peer_legs < 0 else legs.sample(n=min(args.peer_legs, len(legs)), random_state=args.seed)
    sub_pts = pts[pts["leg_id"].isin(set(sub["leg_id"]))]
    sub_km = sub["distance_m"].sum() / 1000.0
    with bc.Timer() as tb:
        mp, pair_to_edge = build_leuven_map(motor)
    with bc.Timer() as tp:
        ptv = leuven_match(mp, pair_to_edge, motor, sub_pts, sub)
    prate = sub_km / (tp.seconds / 60.0)
    sub_truth = truth[truth["leg_id"].isin(set(sub["leg_id"]))]
    ours_sub = res.traversals[res.traversals["leg_id"].isin(set(sub["leg_id"]))]
    pp, pr_, pf = score_segments(ptv, sub_truth, sub)
    ppr, prr, pfr = score_segments(ptv, sub_truth, sub, recorded_only=True)
    op, or_, of = score_segments(ours_sub, sub_truth, sub)
    opr, orr, ofr = score_segments(ours_sub, sub_truth, sub, recorded_only=True)
    (on, omae, omre), (pn, pmae, pmre) = common_cell_errors(tt_mod, ours_sub, ptv, sub_truth, sim.tz)
    # our rate on exactly the peer's subset
    with bc.Timer() as to:
        mm.match_legs(motor, sub_pts, legs=sub)
    orate = sub_km / (to.seconds / 60.0)
    print("\n== peer: leuvenmapmatching DistanceMatcher on {n} legs ({km:.0f} km; map built in {b:.1f} s)"
          .format(n=len(sub), km=sub_km, b=tb.seconds))
    print("{:<34} {:>10} {:>10} {:>8}".format("same legs", "ours", "peer", "ratio"))
    rows = [("segment recall (all truth)", or_, pr_), ("segment precision (all truth)", op, pp),
            ("segment F1 (all truth)", of, pf), ("segment recall (while recorded)", orr, prr),
            ("segment F1 (while recorded)", ofr, pfr),
            ("tt median rel error (common cells)", omre, pmre),
            ("tt median abs error (s, common)", omae, pmae),
            ("tt cells (both >= 5 traversals)", on, pn), ("km per minute", orate, prate)]
    for name, a, b in rows:
        ratio = a / b if b and np.isfinite(b) and b != 0 else float("nan")
        print("{:<34} {:>10} {:>10} {:>8}".format(name, bc.fmt(float(a), 3), bc.fmt(float(b), 3),
                                                  bc.fmt(ratio, 2)))
    return dict(recall=prr, f1=pfr, rel=pmre, rate=prate, o_f1=ofr, o_rel=omre)


def common_cell_errors(tt_mod, ours_sub, ptv, sub_truth, tz):
    """(cells, median abs error, median rel error) of ours and of the peer, on the travel-time cells both
    matchers can estimate (>= MIN_SAMPLE traversals each)."""
    try:
        _, _, _, pm = tt_errors(tt_mod, ptv, sub_truth, tz)
    except Exception as err:                      # too few cells on a small subset
        pm = None
        print("peer tt: {e}".format(e=err))
    _, _, _, om = tt_errors(tt_mod, ours_sub, sub_truth, tz)
    key = ["segment_id", "direction", "band"]
    if pm is not None and len(pm):
        both = om[key].merge(pm[key], on=key)
        om_, pm_ = om.merge(both, on=key), pm.merge(both, on=key)
    else:
        om_, pm_ = om.iloc[:0], om.iloc[:0]

    def errs(m):
        e = (m["tt_median_s"] - m["tt_median_s_true"]).abs()
        return len(m), float(e.median()), float((e / m["tt_median_s_true"]).median())
    return errs(om_), errs(pm_)


def print_targets(ours, peer):
    print("\n== targets")
    rr, pr, mre, rate = ours["recall"], ours["precision"], ours["rel"], ours["rate"]
    print("traversed segments found (recall while recorded) {r:.1%} >= {t:.0%}: {v}".format(
        r=rr, t=TARGET_RECALL, v=bc.pass_fail(rr >= TARGET_RECALL)))
    print("matched segments correct (precision while recorded) {r:.1%} >= {t:.0%}: {v}".format(
        r=pr, t=TARGET_RECALL, v=bc.pass_fail(pr >= TARGET_RECALL)))
    print("tt_median_s median rel error {e:.1%} <= {t:.0%}: {v}".format(
        e=mre, t=TARGET_TT_ERR, v=bc.pass_fail(mre <= TARGET_TT_ERR)))
    print("speed {r:.0f} km/min >= {t:.0f}: {v}".format(r=rate, t=TARGET_KM_PER_MIN,
                                                        v=bc.pass_fail(rate >= TARGET_KM_PER_MIN)))
    if peer:
        better = peer["o_f1"] >= peer["f1"] and (not np.isfinite(peer["rel"]) or peer["o_rel"] <= peer["rel"])
        print("better than the peer on the same legs (F1 and tt error): {v}".format(v=bc.pass_fail(better)))


if __name__ == "__main__":
    main()
