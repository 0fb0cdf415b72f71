"""Public transport on simulated riders: mode recall per public-transport mode, car precision, section run times.

The simulator (``tracemob:simulatetraces``) with public-transport tours (``pt_share``) on the embedded sample
network (central Helsinki): generated bus lines, a tram, a metro and a train line with their timetable, written
as a GTFS feed; riders walk to a stop, wait, ride (dwell at stops, ramps, run times around the schedule) and walk
on; the other tours go mostly by car (mode mix "car", stop-and-go driving). Then, as a planner would:
``segment`` -> ``infer_modes`` with the generated GTFS (its lines and stops + timetable matching), and with the
stops alone (no lines, no timetable). Scores are time-weighted against the true legs: recall of bus, tram,
metro and train (share of the true seconds of that mode covered by a leg we gave that mode), precision of car
(share of the seconds we called car that were truly car); recall and precision of walk and of the wait at the
stop (the truth's walk to a stop cut at its ``wait_s``); how many of our public-transport legs start more than
60 s before the true boarding (the walk and the wait left inside the ride) or end more than 60 s after alighting.

    .venv/bin/python bench/bench_transit.py                      # about 1-2 min on 2 cores
    .venv/bin/python bench/bench_transit.py --citizens 40 --days 2
    .venv/bin/python bench/bench_transit.py --only gtfs,gtfs_waits   # the stops also in the segmentation
    .venv/bin/python bench/bench_transit.py --boundaries-cv          # choose the trip-boundary radii (~10 min)
    .venv/bin/python bench/bench_transit.py --every 30               # every phone a fix every 30 s (OpenPATH Android)
    .venv/bin/python bench/bench_transit.py --sparse-cv              # choose the sparse dwells' margin (~5 min)
    .venv/bin/python bench/bench_transit.py --share-cv               # choose the sparse legs' dwelt share (~4 min)
    .venv/bin/python bench/bench_transit.py --access-cv              # choose the access rules' constants (~15 min)

``--boundaries-cv`` reproduces the choice of ``SegmentationParams.departure_radius_m`` and
``arrival_radius_m``: each candidate is scored on generated-town studies (seeds 1 and 2) by the mean F1 of
car, walk, bicycle and bus (time-weighted, with the GTFS), the best is chosen there (within ``TIE_F1`` of the
best, the best car precision) and scored on seeds 5 and 8, which the choice never saw; the in-sample figures
are printed beside.

``--sparse-cv`` reproduces the choice of ``transit.SPARSE_DWELL_Z``, the margin taken off the dwells estimated on
sparse fixes: every phone records a fix every 30 s; each margin is scored on seeds 1 and 2 by the mean F1 of bus,
tram and car over the GTFS and the stops-alone runs, the best is chosen there and scored on seeds 5 and 8 beside
the estimate off; the in-sample figures are printed beside.

``--share-cv`` reproduces the choice of ``infer.SPARSE_DWELL_SHARE``, the share of a timetable-matched bus or tram
trip's stops a sparse leg must have dwelt at (its dwells estimated, fewer found than a dense track times): every
phone records a fix every 30 s; each share is scored on seeds 1 and 2 by the mean F1 of bus, tram and car with the
GTFS, the best is chosen there and scored on seeds 5 and 8 beside the dense tracks' share (``DWELL_SHARE``); the
in-sample figures are printed beside.

``--access-cv`` reproduces the choice of the constants of the rules that cut the walk and the wait out of a ride's
leg (``access.OUTLIER_BACK``, ``OUTLIER_M``, ``FALLBACK_EGRESS_S``, ``WALK_WINDOW_S``), one after the other: each
value is scored on seeds 1 and 2 (default phones, with the GTFS) by the mean F1 of walk, bus, tram, metro, train and
car, the best is chosen there (values within ``ACCESS_TIE`` of the best tie: the value in use is kept if it is among
them, else the first) and scored on seeds 5 and 8 beside the rule off (or the value before); then all the choices
together beside the values in use before, held out and in-sample.

Targets (issue 14): bus, tram, metro and train recall >= 0.90 each, car precision >= 0.95 (with the GTFS);
section run-time median error <= 10 % (``transit_performance``, when available).
"""
import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))
import devpath  # noqa: E402

devpath.load_tracemob()
warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402

from bench_modes import leg_vertices  # noqa: E402
from tracemob.tracemob_plugin.core.evaluation.agreement import time_agreement  # noqa: E402
from tracemob.tracemob_plugin.core.indicators.transit_performance import transit_performance  # noqa: E402
from tracemob.tracemob_plugin.core.roads.traveltimes import band_index, parse_bands  # noqa: E402
from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs  # noqa: E402
from tracemob.tracemob_plugin.core.modes.infer import infer_modes  # noqa: E402
from tracemob.tracemob_plugin.core.modes.timetable import network_from_feed  # noqa: E402
from tracemob.tracemob_plugin.core.modes.transit import TransitNetwork  # noqa: E402
from tracemob.tracemob_plugin.core.simulate.graph import grid_network  # noqa: E402
from tracemob.tracemob_plugin.core.simulate.params import params_for_mix  # noqa: E402
from tracemob.tracemob_plugin.core.simulate.simulator import simulate  # noqa: E402
from tracemob.tracemob_plugin.core.trips.segmentation import segment  # noqa: E402
from tracemob.tracemob_plugin.core.trips.params import SegmentationParams  # noqa: E402

PT = ("bus", "tram", "metro", "train")
#: the simulator's modes as the inferred vocabulary names them
SAME = {"carpool": "car", "ebike": "bike", "escooter": "bike"}


def scores(truth, pred):
    """{mode: (recall, precision, true hours, precision within true legs)} time-weighted, fine modes; the last
    leaves out the seconds of our legs when the person was truly not travelling (a leg's end drawn into a stay:
    a segmentation error, not a mode error)."""
    t = truth.assign(mode=truth["mode"].replace(SAME))
    p = pred.assign(mode=pred["mode"].replace(SAME))
    rec, prec = time_agreement(t, p, fine=True), time_agreement(p, t, fine=True)
    modes = sorted(set(rec.total) | set(prec.total))
    within = {m: prec.agree.get(m, 0.0) / prec.covered[m] if prec.covered.get(m) else np.nan for m in modes}
    return {m: (rec.recall(m), prec.recall(m), rec.total.get(m, 0.0) / 3600, within[m]) for m in modes}


def _f1s(sc, modes):
    """The F1 of each of ``modes`` in ``scores``' result ``sc``."""
    return [2 * r * p / (r + p) if r + p else 0.0 for r, p in (sc[m][:2] for m in modes)]


def _mean(res, key, i):
    """The mean over studies ``res`` ({candidate: figures} each) of figure ``i`` of candidate ``key``."""
    return float(np.mean([r[key][i] for r in res]))


def split_wait(legs):
    """The true legs with each walk to a stop cut in two: the walk, then the wait at the stop (``wait_s``, the
    simulator's truth counts the wait in the walk leg) as a ``wait`` leg."""
    import pandas as pd

    lg = legs[["user_id", "start_time", "end_time", "mode"]].copy()
    wait = pd.to_numeric(legs.get("wait_s", 0.0), errors="coerce").fillna(0.0).to_numpy(float)
    has = (wait > 0) & (lg["mode"].to_numpy(dtype=object) == "walk")
    cut = lg["end_time"] - pd.to_timedelta(np.where(has, wait, 0.0), unit="s")
    waits = lg[has].assign(start_time=cut[has], mode="wait")
    lg = lg.assign(end_time=cut)
    return pd.concat([lg[lg.end_time > lg.start_time], waits], ignore_index=True)


def early_boarding(truth, out, late_s=60.0):
    """Our public-transport legs against the true ride they overlap most: (n legs, share starting more than
    ``late_s`` before the true boarding, median of those early starts in minutes, share ending more than ``late_s``
    after the true alighting)."""
    ours = out[out["mode"].isin(PT)].reset_index(drop=True)
    true = truth[truth["mode"].isin(PT)][["user_id", "start_time", "end_time"]]
    m = ours[["user_id", "start_time", "end_time"]].reset_index().merge(true, on="user_id", suffixes=("", "_t"))
    if len(m) == 0:
        return 0, np.nan, np.nan, np.nan
    ov = (np.minimum(m.end_time, m.end_time_t) - np.maximum(m.start_time, m.start_time_t)).dt.total_seconds()
    m = m[ov > 0].assign(ov=ov[ov > 0]).sort_values("ov", ascending=False).drop_duplicates("index")
    early = (m.start_time_t - m.start_time).dt.total_seconds()
    late = (m.end_time - m.end_time_t).dt.total_seconds()
    n = len(m)
    return (n, float((early > late_s).mean()) if n else np.nan,
            float(early[early > late_s].median() / 60) if n else np.nan, float((late > late_s).mean()) if n else np.nan)


def confusion(truth, pred, legs_out):
    """Hours of each true public-transport mode by the mode we gave (our leg overlapping most)."""
    rows = []
    for m in PT:
        tm = truth[truth["mode"] == m]
        if not len(tm):
            continue
        got = {}
        for r in tm.itertuples(index=False):
            o = legs_out[(legs_out.user_id == r.user_id) & (legs_out.start_time < r.end_time)
                         & (legs_out.end_time > r.start_time)]
            if not len(o):
                got["(none)"] = got.get("(none)", 0) + 1
                continue
            ov = (np.minimum(o.end_time, r.end_time) - np.maximum(o.start_time, r.start_time)).dt.total_seconds()
            k = o["mode"].to_numpy(dtype=object)[int(np.argmax(ov.to_numpy()))]
            got[k] = got.get(k, 0) + 1
        rows.append((m, got))
    return rows


def bench_sections(sim, legs, verts, feed, bands="7-9,9-16,16-19", min_passages=5):
    """transit_performance on our legs (routes from the GTFS match) against the true sections: per route x
    section x band with at least ``min_passages`` passages, the relative error of the median run time; returns
    the median of the absolute errors. Privacy threshold lowered to 2 (a bench, not a publication)."""
    t0 = time.time()
    st = transit_performance(legs, verts, feed, bands=bands, min_users=2)
    dt = time.time() - t0
    true = sim.transit_sections
    true = true.assign(band_index=band_index(true.from_time, parse_bands(bands), sim.tz))
    med = (true[true.band_index >= 0].groupby(["route_id", "from_stop_id", "to_stop_id", "band_index"])
           .run_time_s.median().rename("true_median_s").reset_index())
    m = st.merge(med, on=["route_id", "from_stop_id", "to_stop_id", "band_index"], how="inner")
    m = m[m.n_passages >= min_passages]
    err = (m.run_time_median_s - m.true_median_s) / m.true_median_s
    print("\n== PT performance layer (%.1f s): %d route x section x band cells, %d with >= %d passages; %s" % (
        dt, len(st), len(m), min_passages, st.attrs["counts"]))
    print("  median run time vs truth: |error| median %.1f %%, p90 %.1f %%, signed median %+.1f %%" % (
        100 * err.abs().median(), 100 * err.abs().quantile(0.9), 100 * err.median()))
    for mode, g in m.assign(err=err).groupby("mode"):
        print("  %-6s %4d cells  |error| median %.1f %%  delay vs schedule median %+.0f s" % (
            mode, len(g), 100 * g.err.abs().median(), g.delay_s.median()))
    return float(err.abs().median())


#: (arrival_radius_m, departure_radius_m) candidates of ``--boundaries-cv``: e-mission's rule at both ends, the
#: departure alone, both ends
#: candidates whose in-sample mean F1 is within this of the best are tied (two seeds' mean moves by about
#: this much between runs of code that differ in a few trips); among them the best in-sample car precision
#: (issue 14's target) wins. Added 2026-12-04, when 25 m and 50 m came within 0.0005 of each other.
TIE_F1 = 0.002
BOUNDARY_CANDIDATES = ((0.0, 0.0), (0.0, 15.0), (0.0, 25.0), (0.0, 50.0), (15.0, 15.0), (25.0, 25.0), (50.0, 50.0))


def simulated_study(net, citizens, days, seed, pt_share=0.8, every_s=None, bike_lights=False):
    """(simulation, its GTFS feed read back): riders and car drivers (mode mix "car", stop-and-go driving).
    ``every_s``: every phone an Android one recording a fix every ``every_s`` seconds while moving (OpenPATH /
    e-mission's Android app: 30 s) instead of the default mix of phones. ``bike_lights``: cyclists stop at red lights
    too (``SimulationParams.bike_stop_and_go``)."""
    sparse = {} if not every_s else dict(android_share=1.0, android_intervals_s=(float(every_s),))
    if bike_lights:
        sparse["bike_stop_and_go"] = True
    sim = simulate(net, n_citizens=citizens, days=days, seed=seed,
                   params=params_for_mix("car", pt_share=pt_share, car_stop_and_go=True, **sparse))
    with tempfile.TemporaryDirectory() as tmp:
        return sim, read_gtfs(sim.write_gtfs(Path(tmp) / "sim_gtfs.zip"))


def boundary_scores(seed, candidates, citizens=150, days=3):
    """{(arrival, departure): (mean F1 of car / walk / bike / bus, car recall, car precision)} on one generated-town
    study with the GTFS."""
    sim, feed = simulated_study(grid_network(), citizens, days, seed)
    net, truth, out = network_from_feed(feed), split_wait(sim.legs), {}
    for arr, dep in candidates:
        seg = segment(sim.points, SegmentationParams(arrival_radius_m=arr, departure_radius_m=dep))
        legs = infer_modes(seg.legs, leg_vertices(seg), network=net, timetable=feed)
        sc = scores(truth, legs[["user_id", "start_time", "end_time", "mode"]])
        f1 = _f1s(sc, ("car", "walk", "bike", "bus"))
        out[(arr, dep)] = (float(np.mean(f1)), sc["car"][0], sc["car"][1])
        print("  seed %d, arrival %2.0f m, departure %2.0f m: mean F1 %.3f, car recall %.3f, precision %.3f" % (
            seed, arr, dep, *out[(arr, dep)]), flush=True)
    return out


def boundaries_cv(choose=(1, 2), score=(5, 8)):
    """Trip-boundary radii chosen on ``choose`` seeds, scored on ``score`` seeds (see the module doc)."""
    print("choosing on seeds %s:" % (choose,))
    seen = [boundary_scores(s, BOUNDARY_CANDIDATES) for s in choose]
    for family, cands in (("departure alone", [c for c in BOUNDARY_CANDIDATES if c[0] == 0 and c[1] > 0]),
                          ("both ends", [c for c in BOUNDARY_CANDIDATES if c[0] > 0])):
        top = max(_mean(seen, c, 0) for c in cands)
        tied = [c for c in cands if _mean(seen, c, 0) >= top - TIE_F1]
        best = max(tied, key=lambda c: _mean(seen, c, 2))
        if len(tied) > 1:
            print("\n%s: %s tied on mean F1 (within %.3f of %.4f); the best car precision in-sample wins" % (
                family, ", ".join("%.0f/%.0f m (%.4f, car precision %.3f)" % (
                    *c, _mean(seen, c, 0), _mean(seen, c, 2)) for c in tied), TIE_F1, top))
        print("\nchoice (%s): arrival %.0f m, departure %.0f m; scoring on seeds %s:" % (family, *best, score))
        held = [boundary_scores(s, [(0.0, 0.0), best]) for s in score]
        for key, name in (((0.0, 0.0), "e-mission's rule"), (best, "chosen")):
            print("  %-16s held out: mean F1 %.3f, car recall %.3f, car precision %.3f | in-sample %.3f, %.3f, %.3f" % (
                name, _mean(held, key, 0), _mean(held, key, 1), _mean(held, key, 2),
                _mean(seen, key, 0), _mean(seen, key, 1), _mean(seen, key, 2)))


#: margins tried for ``transit.SPARSE_DWELL_Z`` (``--sparse-cv``); None: the sparse estimate off
SPARSE_Z_CANDIDATES = (0.0, 0.5, 1.0, 1.5)


def sparse_scores(seed, candidates, every_s=30.0, citizens=150, days=3):
    """{z: (mean F1 of bus / tram / car over the GTFS and the stops-alone runs, bus recall, bus precision, car
    precision)} on one generated-town study where every phone records a fix every ``every_s`` seconds; z None: the
    estimate off (``transit.SPARSE_FIX_S`` infinite)."""
    from tracemob.tracemob_plugin.core.modes import transit

    sim, feed = simulated_study(grid_network(), citizens, days, seed, every_s=every_s)
    net, truth, out = network_from_feed(feed), split_wait(sim.legs), {}
    seg = segment(sim.points)
    verts = leg_vertices(seg)
    keep = transit.SPARSE_FIX_S, transit.SPARSE_DWELL_Z
    try:
        for z in candidates:
            transit.SPARSE_FIX_S = np.inf if z is None else keep[0]
            transit.SPARSE_DWELL_Z = keep[1] if z is None else z
            f1, bus, car = [], [], []
            for kw in (dict(network=net, timetable=feed), dict(network=TransitNetwork(stops=net.stops))):
                sc = scores(truth, infer_modes(seg.legs, verts, **kw)[["user_id", "start_time", "end_time", "mode"]])
                f1 += _f1s(sc, ("bus", "tram", "car"))
                bus.append(sc["bus"][:2])
                car.append(sc["car"][1])
            out[z] = (float(np.mean(f1)), float(np.mean([b[0] for b in bus])), float(np.mean([b[1] for b in bus])),
                      float(np.mean(car)))
            print("  seed %d, margin %s: mean F1 %.3f, bus recall %.3f, precision %.3f, car precision %.3f" % (
                seed, "off" if z is None else "%.1f" % z, *out[z]), flush=True)
    finally:
        transit.SPARSE_FIX_S, transit.SPARSE_DWELL_Z = keep
    return out


def _choose_and_score(scorer, candidates, base, names, choose, score, tie=0.0, keep=None):
    """Each of ``candidates`` scored by ``scorer(seed, candidates)`` ({candidate: (mean F1, bus recall, bus
    precision, car precision)}) on the ``choose`` seeds, with ``base`` beside; the best mean F1 there is scored on the
    ``score`` seeds beside ``base``, the in-sample figures printed beside. ``names``: (what is chosen, its value as
    printed, the name of ``base``). Candidates within ``tie`` of the best mean F1 tie; ``keep`` (the value in use)
    wins a tie it is in, else the first of them."""
    what, fmt, base_name = names
    seen = [scorer(s, candidates if base in candidates else (base,) + tuple(candidates)) for s in choose]
    top = max(_mean(seen, v, 0) for v in candidates)
    tied = [v for v in candidates if _mean(seen, v, 0) >= top - tie]
    best = keep if keep in tied else tied[0]
    if len(tied) > 1:
        print(("\n%s tied on mean F1 (within %.4f of %.4f): " + ", ".join([fmt] * len(tied)) + "; %s") % (
            what, tie, top, *tied, "the value in use is kept" if keep in tied else "the first is taken"))
    print(("\nchoice: %s " + fmt + "; scoring on seeds %s:") % (what, best, score))
    held = [scorer(s, (base, best)) for s in score]
    width = len(base_name) + 1
    for key, name in ((base, base_name), (best, "chosen")):
        print("  %-*s held out: mean F1 %.3f, bus recall %.3f, precision %.3f, car precision %.3f | in-sample %.3f, "
              "%.3f, %.3f, %.3f" % (width, name, *(_mean(held, key, i) for i in range(4)),
                                    *(_mean(seen, key, i) for i in range(4))))
    return best


def sparse_cv(choose=(1, 2), score=(5, 8)):
    """``transit.SPARSE_DWELL_Z`` chosen on ``choose`` seeds (a fix every 30 s), scored on ``score`` seeds."""
    print("choosing the margin of the sparse dwells on seeds %s, every phone a fix every 30 s:" % (choose,))
    _choose_and_score(sparse_scores, SPARSE_Z_CANDIDATES, None, ("margin", "%.1f", "estimate off"), choose, score)


SHARE_CANDIDATES = (0.5, 0.4, 0.35, 0.3, 0.25, 0.2)


def share_scores(seed, candidates, every_s=30.0, citizens=150, days=3):
    """{share: (mean F1 of bus / tram / car, bus recall, bus precision, car precision)} with the GTFS on one
    generated-town study where every phone records a fix every ``every_s`` seconds, for each value of
    ``infer.SPARSE_DWELL_SHARE`` (0.5: the dense tracks' ``DWELL_SHARE``)."""
    from tracemob.tracemob_plugin.core.modes import infer

    sim, feed = simulated_study(grid_network(), citizens, days, seed, every_s=every_s)
    net, truth, out = network_from_feed(feed), split_wait(sim.legs), {}
    seg = segment(sim.points)
    verts = leg_vertices(seg)
    keep = infer.SPARSE_DWELL_SHARE
    try:
        for share in candidates:
            infer.SPARSE_DWELL_SHARE = share
            sc = scores(truth, infer_modes(seg.legs, verts, network=net, timetable=feed)[
                ["user_id", "start_time", "end_time", "mode"]])
            out[share] = (float(np.mean(_f1s(sc, ("bus", "tram", "car")))), sc["bus"][0], sc["bus"][1], sc["car"][1])
            print("  seed %d, share %.2f: mean F1 %.3f, bus recall %.3f, precision %.3f, car precision %.3f" % (
                seed, share, *out[share]), flush=True)
    finally:
        infer.SPARSE_DWELL_SHARE = keep
    return out


def share_cv(choose=(1, 2), score=(5, 8)):
    """``infer.SPARSE_DWELL_SHARE`` chosen on ``choose`` seeds (a fix every 30 s), scored on ``score`` seeds."""
    print("choosing the dwelt share of sparse legs matched to a bus or tram trip on seeds %s, every phone a fix every "
          "30 s:" % (choose,))
    _choose_and_score(share_scores, SHARE_CANDIDATES, SHARE_CANDIDATES[0], ("share", "%.2f", "dense share"), choose,
                      score)


#: the access rules' constants chosen by ``--access-cv`` (module ``access``), in this order: {name: (the value
#: scored beside the choice, its name, the values tried)}. ``FALLBACK_EGRESS_S`` 30 and 45 s are not tried: they
#: make a rider who got off and walked on along the line a bus crawling (``test_bus_crawl.py``, whose generated
#: walkers the town's simulator does not draw).
ACCESS_CANDIDATES = {
    "OUTLIER_BACK": (0.25, "0.25", (0.1, 0.25, 0.5, 0.75, 1.0)),
    "OUTLIER_M": (np.inf, "rule off", (60.0, 80.0, 100.0, 150.0, 200.0)),
    "FALLBACK_EGRESS_S": (np.inf, "rule off", (60.0, 90.0, 120.0, 180.0)),
    "WALK_WINDOW_S": (30.0, "30 s", (30.0, 45.0, 60.0, 90.0, 120.0)),
}
#: mean F1 values this close tie (``--access-cv``): the value in use is kept rather than moved for less
ACCESS_TIE = 0.001
_STUDIES = {}


def _study(seed, citizens=150, days=3):
    """(truth, true legs, segmentation, its leg vertices, network, feed) of one generated-town study, kept for the
    next call."""
    if (seed, citizens, days) not in _STUDIES:
        sim, feed = simulated_study(grid_network(), citizens, days, seed)
        seg = segment(sim.points)
        _STUDIES[(seed, citizens, days)] = (split_wait(sim.legs), sim.legs, seg, leg_vertices(seg),
                                            network_from_feed(feed), feed)
    return _STUDIES[(seed, citizens, days)]


def access_scores(seed, candidates, name=None):
    """{candidate: (mean F1 of walk / bus / tram / metro / train / car, bus recall, bus precision, car precision)}
    with the GTFS on one generated-town study (default phones): each candidate a value of ``access.<name>``, or
    (``name`` None) a tuple of (name, value) pairs set together."""
    from tracemob.tracemob_plugin.core.modes import access

    truth, true_legs, seg, verts, net, feed = _study(seed)
    out = {}
    for cand in candidates:
        pairs = ((name, cand),) if name else cand
        keep = {n: getattr(access, n) for n, _ in pairs}
        try:
            for n, v in pairs:
                setattr(access, n, v)
            legs = infer_modes(seg.legs, verts, network=net, timetable=feed)
        finally:
            for n, v in keep.items():
                setattr(access, n, v)
        sc = scores(truth, legs[["user_id", "start_time", "end_time", "mode"]])
        out[cand] = (float(np.mean(_f1s(sc, ("walk",) + PT + ("car",)))), sc["bus"][0], sc["bus"][1], sc["car"][1])
        _, early, _, late = early_boarding(true_legs, legs)
        print("  seed %d, %s: mean F1 %.4f, bus recall %.3f, precision %.3f, car precision %.3f; PT legs starting "
              "> 60 s early %.1f %%, ending > 60 s late %.1f %%" % (
                  seed, ", ".join("%s %s" % p for p in pairs), *out[cand], 100 * early, 100 * late), flush=True)
    return out


def access_cv(choose=(1, 2), score=(5, 8)):
    """The constants of ``ACCESS_CANDIDATES`` chosen one after the other on ``choose`` seeds (each with the ones
    before it at their choice, the others at their defaults), scored on ``score`` seeds beside the rule off (or, for
    ``OUTLIER_BACK`` and ``WALK_WINDOW_S``, the value before the choice); then all the choices together beside the
    values in use before, held out and in-sample."""
    from tracemob.tracemob_plugin.core.modes import access

    before = tuple((n, getattr(access, n)) for n in ACCESS_CANDIDATES)
    try:
        for name, (base, base_name, cands) in ACCESS_CANDIDATES.items():
            print("\nchoosing access.%s on seeds %s:" % (name, choose))
            best = _choose_and_score(lambda s, c, n=name: access_scores(s, c, n), cands, base,
                                     (name, "%s", base_name), choose, score, tie=ACCESS_TIE, keep=getattr(access, name))
            setattr(access, name, best)
        chosen = tuple((n, getattr(access, n)) for n in ACCESS_CANDIDATES)
    finally:
        for n, v in before:
            setattr(access, n, v)
    print("\nall the choices together (%s) beside the values in use before (%s):" % (
        ", ".join("%s %s" % p for p in chosen), ", ".join("%s %s" % p for p in before)))
    res = {s: access_scores(s, (before, chosen)) for s in choose + score}
    for key, label in ((before, "before"), (chosen, "chosen")):
        held, seen = [res[s] for s in score], [res[s] for s in choose]
        print("  %-7s held out: mean F1 %.4f, bus recall %.3f, precision %.3f, car precision %.3f | in-sample %.4f, "
              "%.3f, %.3f, %.3f" % (label, *(_mean(held, key, i) for i in range(4)),
                                    *(_mean(seen, key, i) for i in range(4))))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--citizens", type=int, default=150)
    ap.add_argument("--days", type=int, default=3)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--pt-share", type=float, default=0.8)
    ap.add_argument("--arrival-radius", type=float, default=None,
                    help="SegmentationParams.arrival_radius_m: end trips at the arrival (default 50; 0: "
                         "e-mission's rule)")
    ap.add_argument("--departure-radius", type=float, default=None,
                    help="SegmentationParams.departure_radius_m: start trips at the departure (default 50; 0: off)")
    ap.add_argument("--every", type=float, default=None,
                    help="every phone an Android one with a fix every EVERY seconds while moving (30: OpenPATH's "
                         "Android app) instead of the default mix of phones")
    ap.add_argument("--bike-lights", action="store_true",
                    help="cyclists stop at red lights too (SimulationParams.bike_stop_and_go), as real ones do")
    ap.add_argument("--only", default="", help="comma-separated run names to keep: gtfs, gtfs_waits, stops, none")
    ap.add_argument("--sample", action="store_true", help="the embedded sample network (1 x 1.7 km: short rides) "
                    "instead of the generated 6 x 6 km grid town")
    ap.add_argument("--sparse-cv", action="store_true",
                    help="only the cross-validated choice of the sparse dwells' margin (see the module doc)")
    ap.add_argument("--share-cv", action="store_true",
                    help="only the cross-validated choice of the dwelt share of sparse legs (see the module doc)")
    ap.add_argument("--access-cv", action="store_true",
                    help="only the cross-validated choice of the access rules' constants (see the module doc)")
    ap.add_argument("--boundaries-cv", action="store_true",
                    help="only the cross-validated choice of the trip-boundary radii (see the module doc)")
    args = ap.parse_args(argv)
    if args.boundaries_cv:
        boundaries_cv()
        return 0
    if args.access_cv:
        access_cv()
        return 0
    if args.sparse_cv:
        sparse_cv()
        return 0
    if args.share_cv:
        share_cv()
        return 0
    t0 = time.time()
    net = None if args.sample else grid_network()
    sim, feed = simulated_study(net, args.citizens, args.days, args.seed, args.pt_share, args.every,
                                args.bike_lights)
    t_sim = time.time() - t0
    truth = split_wait(sim.legs)
    print("simulated %d citizens x %d days (seed %d, pt_share %.2f%s%s): %d trips, %d legs, %d fixes in %.0f s" % (
        args.citizens, args.days, args.seed, args.pt_share,
        ", every phone a fix every %g s" % args.every if args.every else "",
        ", cyclists stopping at red lights" if args.bike_lights else "", len(sim.trips), len(sim.legs), len(sim.points), t_sim))
    print("true legs per mode: %s" % sim.legs["mode"].value_counts().to_dict())
    t0 = time.time()
    radii = {k: v for k, v in (("arrival_radius_m", args.arrival_radius),
                               ("departure_radius_m", args.departure_radius)) if v is not None}
    seg = segment(sim.points, SegmentationParams(**radii))
    verts = leg_vertices(seg)
    print("segmentation: %d legs in %.0f s" % (len(seg.legs), time.time() - t0))
    pt_net = network_from_feed(feed)
    t0 = time.time()
    seg_w = segment(sim.points, SegmentationParams(**radii), stops=pt_net.stops)
    verts_w = leg_vertices(seg_w)
    print("segmentation with the stops (waits inside trips): %d trips (true %d; %d without the stops), %d waits, "
          "%d legs in %.0f s" % (len(seg_w.trips), len(sim.trips), len(seg.trips), seg_w.stats.get("waits", 0),
                                 len(seg_w.legs), time.time() - t0))
    runs = {
        "GTFS (lines, stops, timetable)": dict(network=pt_net, timetable=feed),
        "GTFS, its stops also given to the segmentation": dict(network=pt_net, timetable=feed, _seg=(seg_w, verts_w)),
        "stops alone": dict(network=TransitNetwork(stops=pt_net.stops)),
        "no public-transport data": {},
    }
    keys = dict(zip(("gtfs", "gtfs_waits", "stops", "none"), runs))
    if args.only:
        runs = {keys[k]: runs[keys[k]] for k in args.only.split(",")}
    results = {}
    for name, kw in runs.items():
        t0 = time.time()
        kw = dict(kw)
        seg_r, verts_r = kw.pop("_seg", (seg, verts))
        out = infer_modes(seg_r.legs, verts_r, **kw)
        results[name] = (scores(truth, out[["user_id", "start_time", "end_time", "mode"]]), out)
        print("\n== %s (%.0f s)" % (name, time.time() - t0))
        print("  %-8s %8s %10s %12s %26s" % ("mode", "recall", "precision", "true hours",
                                              "precision in true legs"))
        for m, (r, p, h, w) in results[name][0].items():
            print("  %-8s %8.3f %10.3f %12.2f %26.3f" % (m, r, p, h, w))
        for m, got in confusion(sim.legs, None, out):
            print("  true %-6s legs -> our mode: %s" % (m, got))
        n, early, early_min, late = early_boarding(sim.legs, out)
        print("  %d public-transport legs: %.1f %% start > 60 s before the true boarding (median %.1f min early), "
              "%.1f %% end > 60 s after the true alighting; legs out %d (%s)" % (
                  n, 100 * early, early_min, 100 * late, len(out), out["mode"].value_counts().to_dict()))
    if "GTFS (lines, stops, timetable)" not in results:
        return 0
    section_error = bench_sections(sim, results["GTFS (lines, stops, timetable)"][1], verts, feed)
    res = results["GTFS (lines, stops, timetable)"][0]
    print("\nTargets (with the GTFS):")
    ok_all = True
    for m in PT:
        r = res.get(m, (np.nan,))[0]
        ok = bool(r >= 0.90)
        ok_all &= ok
        print("  %-6s recall >= 0.90: %s (%.3f)" % (m, "PASS" if ok else "FAIL", r))
    p, w = res.get("car", (np.nan,) * 4)[1::2]
    print("  car precision >= 0.95: %s (%.3f; within true legs %.3f)" % ("PASS" if p >= 0.95 else "FAIL", p, w))
    print("  section run-time median error <= 10 %%: %s (%.1f %%)" % ("PASS" if section_error <= 0.10 else "FAIL",
                                                                   100 * section_error))
    return 0


if __name__ == "__main__":
    sys.exit(main())
