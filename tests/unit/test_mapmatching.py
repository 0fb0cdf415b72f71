"""HMM map matching on small generated networks with known truth (paths and entry/exit times)."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.roads import mapmatching as M
from tracemob.tracemob_plugin.core.roads import network as N
from tracemob.tracemob_plugin.core.errors import InputError

LAT0, LON0 = 48.85, 2.35
DLAT = 1.0 / 111_320.0
DLON = 1.0 / (111_320.0 * np.cos(np.radians(LAT0)))
T0 = 1.7e9


def pt(x_m, y_m):
    return (LON0 + x_m * DLON, LAT0 + y_m * DLAT)


def grid(n=5, step=100.0, **kwargs):
    rows = [[pt(i * step, j * step) for i in range(n)] for j in range(n)]
    cols = [[pt(i * step, j * step) for j in range(n)] for i in range(n)]
    return N.network_from_lines(rows + cols, **kwargs)


def node_at(net, x, y):
    return int(np.argmin(np.hypot(net.node_x - net.node_x.min() - x, net.node_y - net.node_y.min() - y)))


def drive(net, edges, t0=0.0, speed=10.0, dt=5.0, noise=5.0, seed=0, start=0.0, end=0.0, waits=None,
          leg_id="L1", user="u1"):
    """Fixes of a vehicle driving the directed ``edges`` and the true entry/exit time of each edge.

    ``start``/``end``: metres left out at the first/last edge; ``waits``: {k: seconds} stopped just
    before the end of edge k (a red light), counted in edge k.
    """
    rng = np.random.default_rng(seed)
    xs, ys, bounds = [], [], [0.0]
    for e in edges:
        x, y = net.segment_coords(e // 2, 1 if e % 2 == 0 else -1)
        if xs:
            x, y = x[1:], y[1:]
        xs.append(x)
        ys.append(y)
        bounds.append(bounds[-1] + net.segments["length_m"].iloc[e // 2])
    x, y = np.concatenate(xs), np.concatenate(ys)
    cum = np.r_[0, np.cumsum(np.hypot(np.diff(x), np.diff(y)))]
    bounds = np.array(bounds)
    s0, s1 = start, bounds[-1] - end
    speed = np.broadcast_to(np.asarray(speed, float), (len(edges),))
    waits = waits or {}
    td, tt = [s0], [t0]
    for k in range(len(edges)):
        a, b = max(bounds[k], s0), min(bounds[k + 1], s1)
        if b <= a:
            continue
        tt.append(tt[-1] + (b - a) / speed[k])
        td.append(b - (0.5 if k in waits else 0.0))
        if k in waits:
            tt.append(tt[-1] + waits[k])
            td.append(b - 0.5)
    td, tt = np.maximum.accumulate(np.array(td)), np.array(tt)
    times = np.arange(t0, tt[-1] + 1e-9, dt)
    times = np.r_[times[times < tt[-1] - dt / 2], tt[-1]]      # the last fix at the end
    d = np.interp(times, tt, td)
    px = np.interp(d, cum, x) + rng.normal(0, noise, len(d))
    py = np.interp(d, cum, y) + rng.normal(0, noise, len(d))
    lon, lat = net.unproject(px, py)
    pts = pd.DataFrame({"user_id": user, "leg_id": leg_id,
                        "time": pd.to_datetime(T0 + times, unit="s", utc=True), "lon": lon, "lat": lat,
                        "accuracy_m": np.nan})

    def t_at(s):
        i = int(np.clip(np.searchsorted(td, s - 1e-9, side="left"), 1, len(td) - 1))
        return tt[i - 1] + (s - td[i - 1]) / max(td[i] - td[i - 1], 1e-12) * (tt[i] - tt[i - 1])

    entry = np.array([t_at(max(bounds[k], s0)) for k in range(len(edges))])
    exit_ = np.array([t_at(min(bounds[k + 1], s1)) for k in range(len(edges))])
    for k, w in waits.items():
        exit_[k] = t_at(min(bounds[k + 1], s1) - 0.5) + w + 0.5 / speed[k]
        if k + 1 < len(edges):
            entry[k + 1] = exit_[k]
    truth = pd.DataFrame({"edge_id": list(edges), "entry_s": entry, "exit_s": exit_})
    truth["tt_s"] = truth["exit_s"] - truth["entry_s"]
    return pts, truth


def secs(ts):
    return (ts - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds().to_numpy() - T0


def check_times(trav, truth, tol_s):
    """Matched path == true path (same order); entry/exit of the full traversals within tol_s."""
    assert trav["edge_id"].tolist() == truth["edge_id"].tolist()
    full = ~trav["partial"].to_numpy()
    assert np.abs(secs(trav["entry_time"])[full] - truth["entry_s"].to_numpy()[full]).max() < tol_s
    assert np.abs(secs(trav["exit_time"])[full] - truth["exit_s"].to_numpy()[full]).max() < tol_s


def test_grid_route_with_turns_is_matched_and_timed():
    net = grid()
    edges = N.route(net, node_at(net, 0, 0), node_at(net, 400, 400), weight="length")
    edges = list(edges)
    for seed in range(5):
        pts, truth = drive(net, edges, noise=5.0, dt=5.0, seed=seed, start=20, end=20)
        res = M.match_legs(net, pts)
        trav = res.traversals
        assert trav["edge_id"].tolist() == edges
        assert trav["partial"].iloc[0] and trav["partial"].iloc[-1] and not trav["partial"].iloc[1:-1].any()
        assert np.isclose(trav["fraction"].iloc[0], 0.8, atol=0.1)
        check_times(trav, truth, tol_s=2.0)
        assert (trav["segment_id"] == trav["edge_id"] // 2).all()
        assert res.legs["status"].iloc[0] == "matched" and len(res.breaks) == 0


def test_dense_sampling_is_thinned_but_keeps_times():
    net = grid()
    edges = list(N.route(net, node_at(net, 0, 100), node_at(net, 400, 100), weight="length"))
    pts, truth = drive(net, edges, noise=4.0, dt=1.0, seed=3, start=10, end=10)
    res = M.match_legs(net, pts)
    assert res.traversals["edge_id"].tolist() == edges
    assert 0 < res.points["kept"].sum() < len(pts)
    check_times(res.traversals, truth, tol_s=1.5)


def test_wait_at_a_red_light_counts_in_the_street_before_the_junction():
    net = grid()
    edges = list(N.route(net, node_at(net, 0, 200), node_at(net, 400, 200), weight="length"))
    pts, truth = drive(net, edges, noise=4.0, dt=2.0, seed=4, start=10, end=10, waits={1: 60.0})
    res = M.match_legs(net, pts)
    trav = res.traversals
    assert trav["edge_id"].tolist() == edges
    assert trav["tt_s"].iloc[1] > 60.0
    check_times(trav, truth, tol_s=4.0)


def test_oneway_street_is_not_driven_against_its_direction():
    # the middle row street of the grid is one-way eastward: a car going west must not use it
    rows = [[pt(i * 100, j * 100) for i in range(5)] for j in range(3)]
    cols = [[pt(i * 100, j * 100) for j in range(3)] for i in range(5)]
    net = N.network_from_lines(rows + cols, oneway=[None, "yes", None] + [None] * 5)
    west = list(N.route(net, node_at(net, 400, 100), node_at(net, 0, 100), weight="length"))
    mid = set(net.segments.loc[net.segments["line_index"] == 1, "segment_id"])
    assert not any((e // 2) in mid for e in west)         # the route itself detours
    # fixes that hug the one-way street (driven around it at 25 m distance would be ambiguous)
    pts, _ = drive(net, west, noise=6.0, dt=5.0, seed=1, start=20, end=20)
    res = M.match_legs(net, pts)
    assert res.traversals["edge_id"].tolist() == west
    east = list(N.route(net, node_at(net, 0, 100), node_at(net, 400, 100), weight="length"))
    pts, _ = drive(net, east, noise=6.0, dt=5.0, seed=2, start=20, end=20)
    trav = M.match_legs(net, pts).traversals
    assert trav["edge_id"].tolist() == east and (trav["direction"] == 1).all()


def test_closed_street_is_never_matched():
    net = grid()
    closed = N.with_plan(net, closed=[int(s) for s in net.segments.loc[net.segments["line_index"] == 2,
                                                                        "segment_id"]])
    # the true detour around the closed middle row, with fixes scattered 8 m
    edges = list(N.route(closed, node_at(closed, 0, 200), node_at(closed, 400, 200), weight="length"))
    pts, _ = drive(closed, edges, noise=8.0, dt=5.0, seed=5, start=20, end=20)
    trav = M.match_legs(closed, pts).traversals
    assert trav["edge_id"].tolist() == edges
    assert not trav["segment_id"].isin(closed.segments.loc[closed.segments["oneway"] == 2, "segment_id"]).any()


def test_parallel_roads_30m_apart():
    lo = [pt(i * 100, 0) for i in range(11)]
    hi = [pt(i * 100, 30) for i in range(11)]
    net = N.network_from_lines([lo, hi, [pt(0, 0), pt(0, 30)], [pt(1000, 0), pt(1000, 30)]])
    for road, y in ((0, 0), (1, 30)):
        edges = list(N.route(net, node_at(net, 0, y), node_at(net, 1000, y), weight="length"))
        assert edges == [2 * road]
        for seed in range(8):
            pts, truth = drive(net, edges, noise=8.0, dt=5.0, seed=seed, start=50, end=50, speed=12.0)
            trav = M.match_legs(net, pts).traversals
            assert trav["edge_id"].tolist() == edges, seed
            assert np.isclose(trav["tt_s"].iloc[0], truth["tt_s"].iloc[0], atol=2.0)


def test_uturn_at_a_dead_end():
    net = N.network_from_lines([[pt(0, 0), pt(300, 0)], [pt(300, 0), pt(300, 200)], [pt(300, 0), pt(600, 0)]])
    edges = [0, 2, 3, 4]                # in, up the dead end, back down, on
    pts, truth = drive(net, edges, noise=5.0, dt=3.0, seed=1, speed=8.0, start=20, end=20)
    trav = M.match_legs(net, pts).traversals
    assert trav["edge_id"].tolist() == edges
    assert trav["direction"].tolist() == [1, 1, -1, 1]
    check_times(trav, truth, tol_s=4.0)


def test_loop_road():
    # a square loop with an access road: drive in, once around, and out
    loop = [pt(100, 0), pt(300, 0), pt(300, 200), pt(100, 200), pt(100, 0)]
    access = [pt(-200, 0), pt(100, 0)]
    out = [pt(300, 200), pt(500, 200)]
    net = N.network_from_lines([access, loop, out])
    seg = net.segments.set_index("line_index")
    a = int(seg.loc[0, "segment_id"])
    loop_segs = net.segments.loc[net.segments["line_index"] == 1, "segment_id"].tolist()
    assert len(loop_segs) == 2            # the loop is split where the exit road meets it
    o = int(seg.loc[2, "segment_id"])
    edges = [2 * a, 2 * loop_segs[0], 2 * loop_segs[1], 2 * loop_segs[0], 2 * o]
    pts, truth = drive(net, edges, noise=5.0, dt=4.0, seed=2, speed=10.0, start=30, end=30)
    trav = M.match_legs(net, pts).traversals
    assert trav["edge_id"].tolist() == edges
    check_times(trav, truth, tol_s=3.0)


def test_gap_splits_the_leg_into_chains():
    net = grid()
    edges = list(N.route(net, node_at(net, 0, 0), node_at(net, 400, 400), weight="length"))
    pts, _ = drive(net, edges, noise=4.0, dt=5.0, seed=6, start=20, end=20)
    shift = pd.Timedelta(seconds=1200)          # a 20-minute silence in the middle
    pts.loc[pts.index >= len(pts) // 2, "time"] += shift
    res = M.match_legs(net, pts, params=M.MatchParams(max_gap_s=600))
    assert len(res.breaks) == 1 and res.legs["n_breaks"].iloc[0] == 1
    assert set(res.traversals["chain"]) == {0, 1}
    assert res.legs["status"].iloc[0] == "partly matched"


def test_outlier_point_far_from_roads_is_ignored():
    net = grid()
    edges = list(N.route(net, node_at(net, 0, 100), node_at(net, 400, 100), weight="length"))
    pts, _ = drive(net, edges, noise=4.0, dt=5.0, seed=7, start=20, end=20)
    pts.loc[5, ["lon", "lat"]] = pt(250, 5000)      # an urban-canyon outlier 5 km away
    res = M.match_legs(net, pts)
    assert res.traversals["edge_id"].tolist() == edges
    assert res.points.set_index("point_index").loc[5, "edge_id"] == -1
    assert len(res.breaks) == 0


def test_legs_far_from_the_network():
    net = grid()
    edges = list(N.route(net, node_at(net, 0, 100), node_at(net, 400, 100), weight="length"))
    near, _ = drive(net, edges, leg_id="near")
    far = near.copy()
    far["leg_id"] = "far"
    far["lon"] += 0.5
    res = M.match_legs(net, pd.concat([near, far], ignore_index=True))
    assert res.unmatched["leg_id"].tolist() == ["far"]
    assert "no road" in res.unmatched["reason"].iloc[0]
    assert any("could not be matched" in w for w in res.warnings)
    with pytest.raises(InputError, match="None of the 1 legs") as err:
        M.match_legs(net, far)
    assert "CRS" in str(err.value)


def test_bad_points_input():
    net = grid()
    with pytest.raises(InputError, match="no points"):
        M.match_legs(net, pd.DataFrame(columns=["leg_id", "time", "lon", "lat"]))
    pts, _ = drive(net, [0, 2])
    with pytest.raises(InputError, match="'leg_id'"):
        M.match_legs(net, pts.drop(columns="leg_id"))
    with pytest.raises(InputError, match="No point belongs"):
        M.match_legs(net, pts, legs=pd.DataFrame({"leg_id": ["other"]}))
    with pytest.raises(InputError, match="beta_m"):
        M.match_legs(net, pts, params=M.MatchParams(beta_m=0))


def test_legs_table_carries_mode_and_user_and_batches_agree():
    net = grid()
    a = list(N.route(net, node_at(net, 0, 0), node_at(net, 400, 400), weight="length"))
    b = list(N.route(net, node_at(net, 400, 0), node_at(net, 0, 300), weight="length"))
    p1, _ = drive(net, a, leg_id="A", user="x", seed=1, start=20, end=20)
    p2, _ = drive(net, b, leg_id="B", user="y", seed=2, start=20, end=20, t0=1000)
    pts = pd.concat([p1, p2], ignore_index=True)
    legs = pd.DataFrame({"leg_id": ["A", "B"], "user_id": ["x", "y"], "mode": ["car", "bus"]})
    one = M.match_legs(net, pts, legs=legs)
    two = M.match_legs(net, pts, legs=legs, params=M.MatchParams(batch_points=5))
    assert one.traversals.groupby("leg_id")["edge_id"].apply(list).to_dict() == {"A": a, "B": b}
    pd.testing.assert_frame_equal(one.traversals, two.traversals)
    assert set(zip(one.traversals["leg_id"], one.traversals["mode"])) == {("A", "car"), ("B", "bus")}
    assert np.isclose(one.matched_km, (len(a) + len(b) - 4 * 0.2) * 0.1, atol=0.02)


def test_progress_and_cancel():
    from tracemob.tracemob_plugin.core.errors import Cancelled
    net = grid()
    pts, _ = drive(net, [0, 2, 4])
    seen = []
    M.match_legs(net, pts, progress=seen.append)
    assert seen[-1] == 1.0 and all(0 <= s <= 1 for s in seen)
    with pytest.raises(Cancelled):
        M.match_legs(net, pts, is_cancelled=lambda: True)


def test_short_segments_at_junctions_keep_unbiased_median_times():
    # a 400 m street crossed by side streets every 12 m in its middle: 12 m junction pieces; dense,
    # noisy fixes (1 s, 10 m) would cross them in apparent jumps without the smoothing / pace window
    main = [pt(x, 0) for x in range(0, 401, 4)]
    sides = [[pt(x, -60), pt(x, 0), pt(x, 60)] for x in range(140, 261, 12)]
    net = N.network_from_lines([main] + sides)
    edges = list(N.route(net, node_at(net, 0, 60), node_at(net, 400, 60), weight="length"))
    assert len(edges) == 12
    short = [e for e in edges if net.segments["length_m"].iloc[e // 2] < 15]
    assert len(short) >= 8

    def ratios(params):
        out = []
        for seed in range(10):
            pts, truth = drive(net, edges, noise=10.0, dt=1.0, seed=seed, start=5, end=5, speed=8.0)
            trav = M.match_legs(net, pts, params=params).traversals
            t = trav[trav["edge_id"].isin(short)].groupby("edge_id")["tt_s"].first()
            out.append(t / truth.set_index("edge_id").loc[t.index, "tt_s"])
        return pd.concat(out).groupby(level=0).median()

    good = ratios(M.MatchParams())
    assert np.abs(good.median() - 1.0) < 0.1
    raw = ratios(M.MatchParams(smooth_s=0, pace_window_m=0))
    assert raw.median() < good.median() - 0.1           # what the smoothing corrects


def test_cropped_subgraph_routing_gives_the_same_result():
    # big networks run Dijkstra on a sub-graph around each chunk of sources: same answer
    net = grid(n=7)
    edges = list(N.route(net, node_at(net, 0, 0), node_at(net, 600, 500), weight="length"))
    pts, _ = drive(net, edges, noise=6.0, dt=6.0, seed=9, start=20, end=20)
    full = M.match_legs(net, pts).traversals
    cropped = M.match_legs(net, pts, params=M.MatchParams(crop_nodes=5, chunk_sources=16)).traversals
    assert full["edge_id"].tolist() == edges
    pd.testing.assert_frame_equal(full, cropped)


def test_a_leg_is_timed_the_same_whatever_is_matched_with_it_even_months_apart():
    """A year-long panel: legs far apart in time and matched in one call (one batch, as in one process) give each
    leg the traversals it gets alone, bit for bit. The smoothing and timing used keys of the form
    chain x 1e7 + seconds since the call's first fix: past 116 days the chains' keys overlapped and the matching
    failed (IndexError), and below that a leg's times moved in their last bits with the other legs of the call."""
    net = grid()
    a = list(N.route(net, node_at(net, 0, 0), node_at(net, 400, 400), weight="length"))
    b = list(N.route(net, node_at(net, 400, 0), node_at(net, 0, 300), weight="length"))
    # leg "A" 231 days after leg "B": legs are matched in leg-id order, so the later one comes first
    p1, t1 = drive(net, a, leg_id="A", user="x", seed=1, start=20, end=20, t0=2.0e7, dt=1.0, noise=8.0)
    p2, t2 = drive(net, b, leg_id="B", user="y", seed=2, start=20, end=20, t0=0.0, dt=1.0, noise=8.0)
    both = M.match_legs(net, pd.concat([p1, p2], ignore_index=True)).traversals
    for pts, truth, leg in ((p1, t1, "A"), (p2, t2, "B")):
        alone = M.match_legs(net, pts).traversals
        pd.testing.assert_frame_equal(both[both["leg_id"] == leg].reset_index(drop=True), alone, check_exact=True)
        check_times(alone, truth, 5.0)
