"""The trace simulator against its own known truth (core/simulate/), on the embedded OSM network."""
import json

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.simulate.graph import load_sample_network, SAMPLE_NETWORK
from tracemob.tracemob_plugin.core.simulate.params import MODES, params_for_mix, PURPOSES
from tracemob.tracemob_plugin.core.simulate.plan import CirculationPlan
from tracemob.tracemob_plugin.core.simulate.simulator import simulate
from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.evaluation.scoring import score_trips
from tracemob.tracemob_plugin.core.geometry import haversine_m
from tracemob.tracemob_plugin.core.roads.mapmatching import TRAVERSAL_COLUMNS
from tracemob.tracemob_plugin.core.trips.params import SegmentationParams
from tracemob.tracemob_plugin.core.trips.segmentation import segment
from tracemob.tracemob_plugin.core.vocab.columns import POINT_COLUMNS

START = "2026-03-02"          # a Monday
PLAN_START = "2026-03-04"     # from the third day


@pytest.fixture(scope="module")
def net():
    return load_sample_network()


@pytest.fixture(scope="module")
def plan(net):
    seg = net.segments
    closed = seg.loc[seg["name"] == "Fabianinkatu", "segment_id"].tolist()
    two_way = seg[(seg["name"] == "Annankatu") & (seg["oneway"] == 0)]["segment_id"].tolist()
    slow = seg.loc[seg["name"] == "Unioninkatu", "segment_id"].tolist()
    return CirculationPlan(start=PLAN_START, closed=closed, oneway={s: 1 for s in two_way},
                             speed_factor={s: 0.5 for s in slow})


@pytest.fixture(scope="module")
def sim(net, plan):
    return simulate(net, n_citizens=30, days=4, start_date=START, seed=7, plan=plan)


def test_sample_network_file_and_attribution(net):
    path = SAMPLE_NETWORK
    assert path.stat().st_size < 2_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "OpenStreetMap contributors" in data["attribution"]
    readme = (path.parent / "README.md").read_text(encoding="utf-8")
    assert "© OpenStreetMap contributors, ODbL 1.0, https://www.openstreetmap.org/copyright" in readme
    assert {"osm_id", "name", "highway", "oneway", "maxspeed"} <= set(data["features"][0]["properties"])
    # already split at junctions: the network keeps (almost) one segment per feature
    assert abs(net.n_segments - len(data["features"])) <= 3
    assert 500 <= net.n_segments <= 2000
    assert net.warnings == []


def test_deterministic_for_a_seed(net):
    a = simulate(net, n_citizens=4, days=2, seed=3)
    b = simulate(net, n_citizens=4, days=2, seed=3)
    c = simulate(net, n_citizens=4, days=2, seed=4)
    pd.testing.assert_frame_equal(a.points, b.points)
    pd.testing.assert_frame_equal(a.traversals, b.traversals)
    pd.testing.assert_frame_equal(a.trips, b.trips)
    assert len(c.points) != len(a.points) or not np.allclose(c.points["lat"], a.points["lat"])


def test_points_contract(sim):
    p = sim.points
    assert list(p.columns) == POINT_COLUMNS
    assert str(p["time"].dtype) == "datetime64[ns, UTC]"
    assert p["user_id"].nunique() == 30
    key = p["user_id"].astype(str) + p["time"].astype("int64").astype(str).str.zfill(20)
    assert key.is_monotonic_increasing
    assert len(sim.points_truth) == len(p)
    assert p["accuracy_m"].between(1, 200).all()


def _moving_intervals(sim, phone):
    p, t = sim.points, sim.points_truth
    dt = p["time"].diff().dt.total_seconds().to_numpy()
    same_leg = (t["leg_id"].to_numpy() != "") & (t["leg_id"].to_numpy() == t["leg_id"].shift().to_numpy())
    ok = same_leg & (t["phone"].to_numpy() == phone)
    # leave out the intervals that span a lost stretch
    gaps = sim.gaps
    if len(gaps):
        tt = p["time"].astype("int64").to_numpy()
        for g in gaps.itertuples():   # a few gaps: loop over them, not over points
            a, b = g.start_time.value, g.end_time.value
            prev = np.concatenate([[0], tt[:-1]])
            ok &= ~((p["user_id"].to_numpy() == g.user_id) & (prev < b) & (tt > a))
    return dt[ok]


def test_sampling_intervals_within_profile_bounds(sim):
    android = _moving_intervals(sim, "android")
    ios = _moving_intervals(sim, "ios")
    assert len(android) > 1000 and len(ios) > 200
    assert android.min() >= 0.8 - 1e-6 and android.max() <= 5 * 1.2 + 1e-6
    assert ios.min() >= 1 - 1e-6 and ios.max() <= 30 + 1e-6
    # iOS is irregular (distance filter), Android regular
    assert np.std(ios) > 3 * np.std(android) / np.mean(android) * np.mean(ios) / 3
    assert np.percentile(ios, 90) > 2 * np.percentile(ios, 10)


def test_noise_statistics(sim):
    p, t = sim.points, sim.points_truth
    d = haversine_m(p["lat"], p["lon"], t["true_lat"], t["true_lon"])
    moving = (t["leg_id"] != "").to_numpy() & ~t["is_outlier"].to_numpy()
    med = np.median(d[moving])
    # per-axis sigma 5-12 m (x1.35 in narrow streets): the median radial error is ~1.18 sigma
    assert 6.0 < med < 16.0
    out = t["is_outlier"].to_numpy()
    assert 0.005 < out.mean() < 0.05
    assert np.all((d[out] > 45) & (d[out] < 305))
    assert np.percentile(d[moving], 99) < 60


def test_stays_at_true_homes_overnight(sim):
    p, t = sim.points, sim.points_truth
    local = p["time"].dt.tz_convert(sim.tz)
    night = ((local.dt.hour >= 1) & (local.dt.hour < 5)).to_numpy()
    assert night.sum() > 30 * 2
    home_of = sim.places.set_index("place_id")
    at_home = t["place_id"].to_numpy()[night] == (p["user_id"].to_numpy()[night] + "_home")
    assert at_home.mean() > 0.97
    pid = p["user_id"].to_numpy()[night] + "_home"
    d = haversine_m(p["lat"].to_numpy()[night], p["lon"].to_numpy()[night],
                    home_of.loc[pid, "lat"].to_numpy(), home_of.loc[pid, "lon"].to_numpy())
    assert np.median(d) < 30
    # the truth stays agree: every night stay is at home
    st = sim.stays
    s_local = st["start_time"].dt.tz_convert(sim.tz)
    e_local = st["end_time"].dt.tz_convert(sim.tz)
    overnight = s_local.dt.date != e_local.dt.date
    assert overnight.sum() >= 30 * 3
    assert (st.loc[overnight, "purpose"] == "home").all()


def test_closed_street_after_the_plan(sim, plan):
    tr = sim.traversals
    car = tr[tr["mode"].isin(["car", "carpool"])]
    on_closed = car["segment_id"].isin(plan.closed)
    start = pd.Timestamp(PLAN_START).tz_localize(sim.tz)
    assert (car.loc[on_closed, "period"] == "before").all()
    assert (car.loc[on_closed, "entry_time"] < start).all()
    assert on_closed.sum() >= 5                              # it was used before
    # people on foot and bikes still pass
    soft = tr[~tr["mode"].isin(["car", "carpool"]) & tr["segment_id"].isin(plan.closed)]
    assert (soft["period"] == "after").any()
    # the street turned one-way is no longer driven (or ridden) against its direction
    wheels = tr[tr["mode"].isin(["car", "carpool", "bike", "ebike", "escooter"])
                & tr["segment_id"].isin(list(plan.oneway))]
    after = wheels[wheels["period"] == "after"]
    assert len(after) >= 10 and (after["direction"] == 1).all()
    assert (wheels.loc[wheels["period"] == "before", "direction"] == -1).sum() >= 10


def test_rerouted_trips_are_longer(sim):
    t = sim.trips
    after = t[t["period"] == "after"]
    assert (after["route_time_s"] >= after["route_time_base_s"] - 1e-6).all()
    rer = after[after["rerouted"]]
    assert len(rer) >= 5
    assert (rer["route_time_s"] > rer["route_time_base_s"] + 1e-6).mean() > 0.8
    before = t[t["period"] == "before"]
    assert not before["rerouted"].any()
    assert np.allclose(before["route_time_s"], before["route_time_base_s"])


def test_speed_change_and_truth_speeds(sim, plan):
    tr = sim.traversals
    car = tr[tr["mode"].isin(["car", "carpool"]) & ~tr["partial"]]
    slow = car[car["segment_id"].isin(list(plan.speed_factor))]
    ratio = (slow[slow["period"] == "after"]["speed_mps"].median()
             / slow[slow["period"] == "before"]["speed_mps"].median())
    assert 0.35 < ratio < 0.7
    # realised car travel times scatter around the truth medians (log-normal factors of median 1), a bit
    # above them: starts and stops lengthen the pieces next to a red light (the sample's are ~15 m long)
    sp = sim.segment_speeds
    truth = sp[sp["mode_class"] == "car"].set_index(["segment_id", "direction", "band", "period"])["tt_median_s"]
    key = pd.MultiIndex.from_arrays([car["segment_id"], car["direction"], car["band"], car["period"]])
    r = car["tt_s"].to_numpy() / truth.reindex(key).to_numpy()
    assert np.isfinite(r).all()
    assert 0.9 < np.median(r) < 1.1
    assert 0.1 < np.std(np.log(r)) < 0.4                     # meaningful variation
    # congestion: main roads are slower in the peak bands
    main = sp[(sp["mode_class"] == "car") & (sp["period"] == "before")]
    peak = main[main["band"] == "07-09"]["speed_median_mps"].to_numpy()
    off = main[main["band"] == "09-16"]["speed_median_mps"].to_numpy()
    assert (peak <= off + 1e-9).all() and (peak < off).any()


def test_traversals_consistent_with_legs(sim, net):
    # the map matcher's columns first, then mode, trip, period and band
    assert list(sim.traversals.columns[:len(TRAVERSAL_COLUMNS)]) == TRAVERSAL_COLUMNS
    assert {"mode", "trip_id", "period", "band"} <= set(sim.traversals.columns)
    tr = sim.traversals.sort_values(["leg_id", "seq"])
    legs = sim.legs.set_index("leg_id")
    g = tr.groupby("leg_id", sort=False)
    first = g.first()
    last = g.last()
    assert (first["entry_time"] == legs.loc[first.index, "start_time"]).all()
    d_end = (last["exit_time"] - legs.loc[last.index, "end_time"]).dt.total_seconds().abs()
    assert d_end.max() < 1e-3
    assert np.allclose(g["covered_m"].sum(), legs.loc[first.index, "distance_m"])
    same = tr["leg_id"].to_numpy()[1:] == tr["leg_id"].to_numpy()[:-1]
    gap = tr["entry_time"].astype("int64").to_numpy()[1:] - tr["exit_time"].astype("int64").to_numpy()[:-1]
    assert np.abs(gap[same]).max() <= 1000          # contiguous (ns rounding)
    # consecutive edges join at a node, in an allowed direction
    edges = net.edges.set_index("edge_id")
    seg = net.segments.set_index("segment_id")
    e = tr["edge_id"].to_numpy()
    s = e // 2
    fwd = e % 2 == 0
    frm = np.where(fwd, seg.loc[s, "u"], seg.loc[s, "v"])
    to = np.where(fwd, seg.loc[s, "v"], seg.loc[s, "u"])
    assert (to[:-1][same] == frm[1:][same]).all()
    full = ~tr["partial"].to_numpy()
    assert np.allclose(tr["covered_m"].to_numpy()[full], tr["length_m"].to_numpy()[full])
    assert (tr["fraction"].between(0, 1)).all()
    car_before = tr[tr["mode"].isin(["car", "carpool"]) & (tr["period"] == "before")]
    assert car_before["edge_id"].isin(edges.index).all()
    # the true path of each leg starts and ends at its times
    v = sim.leg_vertices
    vg = v.groupby("leg_id", sort=False)["time"]
    assert (vg.first() == legs.loc[vg.first().index, "start_time"]).all()
    assert ((vg.last() - legs.loc[vg.last().index, "end_time"]).dt.total_seconds().abs() < 1e-3).all()
    assert vg.apply(lambda s: s.is_monotonic_increasing).all()
    assert len(sim.legs_wkb()) == len(sim.legs)


def test_trips_purposes_modes_labels(sim):
    t = sim.trips
    assert set(t["purpose"]) <= set(PURPOSES)
    assert {"home", "work", "shopping", "leisure"} <= set(t["purpose"])
    assert set(t["mode"]) <= set(MODES)
    assert {"walk", "bike", "car"} <= set(t["mode"])
    per_day = len(t) / (30 * 4)
    assert 2.0 < per_day < 5.0
    # trips of a person never overlap
    for _, g in t.groupby("user_id"):      # loop over users
        assert (g["start_time"].to_numpy()[1:] >= g["end_time"].to_numpy()[:-1]).all()
    lab = sim.labels
    assert 0.05 < len(lab) / len(t) < 0.6
    assert set(lab["mode_confirm"]) <= {"walk", "bike", "e-bike", "scootershare", "drove_alone", "shared_ride",
                                        "bus"}
    assert set(lab["purpose_confirm"]) <= {"home", "work", "school", "shopping", "meal", "personal_med",
                                           "pick_drop", "exercise", "entertainment", "other"}
    joined = lab.merge(t, on="trip_id")
    assert (joined["start_time_x"] == joined["start_time_y"]).all()
    assert ((joined["mode"] == "car") == (joined["mode_confirm"] == "drove_alone")).all()
    pl = sim.places
    assert pl.loc[pl["kind"] == "home", "user_id"].nunique() == 30


def test_segmentation_recovers_the_trips(sim):
    """These phones are not e-mission's app, so a trip starts at the departure (``departure_radius_m``)
    and ends at the arrival (``arrival_radius_m``, both the default since 2026-12-03). e-mission's rule
    ends a trip in the middle of the 5-minute still window, about 1-2 minutes after the arrival for
    these phones, which keep recording at their moving rate for 6-10 minutes at a place; short trips
    then fall below a temporal IoU of 0.5. Measured 2026-12-03, F1 at IoU 0.5 / median end error: the
    default 0.95 / 0.24 min, e-mission's end 0.79 / 1.3 min (2026-12-02: e-mission's rule at both ends
    0.69 / 1.3 min). Starts: median error 0.08 min since 2026-12-04 (0.44 min before: a trip leaving a
    place that GPS noise had merged started 30 s early, e-mission's rule for its phones)."""
    seg = segment(sim.points)
    score = score_trips(sim.trips, seg.trips, by="user_id")
    assert score.f1 > 0.9
    assert score_trips(sim.trips, seg.trips, by="user_id", min_iou=0.3).f1 > 0.9
    long_ = sim.trips[(sim.trips.end_time - sim.trips.start_time).dt.total_seconds() >= 600]
    assert score_trips(long_, seg.trips, by="user_id").recall > 0.9
    assert 0.9 < len(seg.trips) / len(sim.trips) < 1.1
    assert score.median_start_error_min < 0.25
    assert abs(score.median_end_error_min) < 0.5
    emission_end = score_trips(sim.trips, segment(sim.points, SegmentationParams(arrival_radius_m=0.0)).trips,
                               by="user_id")
    assert 1.0 < emission_end.median_end_error_min < 3.0
    assert emission_end.f1 < score.f1 - 0.1
    emission_rule = segment(sim.points, SegmentationParams(arrival_radius_m=0.0, departure_radius_m=0.0))
    assert score_trips(sim.trips, emission_rule.trips, by="user_id").f1 < emission_end.f1 - 0.05


def test_bad_input(net):
    with pytest.raises(InputError):
        simulate(net, n_citizens=0, days=1)
    with pytest.raises(InputError):
        simulate(net, n_citizens=2, days=1, start_date="not a date")
    with pytest.raises(InputError, match="start date"):
        simulate(net, n_citizens=2, days=1, start_date="March")   # pandas alone: year 1
    # day first, as typed in France: 2 March, not 3 February
    assert simulate(net, n_citizens=1, days=1, start_date="02/03/2026").start_date == "2026-03-02"
    assert CirculationPlan(start="09/03/2026").start_utc("Europe/Helsinki") == CirculationPlan(
        start="2026-03-09").start_utc("Europe/Helsinki")
    with pytest.raises(InputError):
        simulate(net, n_citizens=2, days=1, plan=CirculationPlan(start=START, closed=[10 ** 7]))
    with pytest.raises(InputError):
        simulate("/nonexistent/network.geojson", n_citizens=2, days=1)


def test_progress_and_cancel(net):
    seen = []
    simulate(net, n_citizens=3, days=2, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    from tracemob.tracemob_plugin.core.errors import Cancelled
    with pytest.raises(Cancelled):
        simulate(net, n_citizens=3, days=2, is_cancelled=lambda: True)


def test_other_vocabularies_bd_topo_like_grid():
    """A network without OSM classes (IGN BD TOPO natures): roads are drivable, 'Chemin' is not."""
    from tracemob.tracemob_plugin.core.roads.network import network_from_lines

    xs = [2.30 + 0.002 * i for i in range(8)]
    ys = [48.85 + 0.0015 * i for i in range(8)]
    lines, nature, speed = [], [], []
    for i in range(8):
        lines.append([(xs[i], y) for y in ys])
        nature.append("Route à 1 chaussée")
        speed.append(30 if i % 2 else 50)
        lines.append([(x, ys[i]) for x in xs])
        nature.append("Chemin" if i in (2, 5) else "Route à 2 chaussées" if i == 3 else "Route à 1 chaussée")
        speed.append(50)
    net = network_from_lines(lines, road_class=nature, speed_kmh=speed)
    sim = simulate(net, n_citizens=15, days=2, tz="Europe/Paris", seed=1)
    tr = sim.traversals
    rc = net.segments.set_index("segment_id").loc[tr["segment_id"], "road_class"].to_numpy()
    car = tr["mode"].isin(["car", "carpool"]).to_numpy()
    assert car.sum() > 20
    assert not (car & (rc == "Chemin")).any()
    assert (~car & (rc == "Chemin")).any()            # people on foot and bikes use it
    local = sim.trips["start_time"].dt.tz_convert("Europe/Paris")
    assert local.dt.hour.min() >= 5                    # days follow the given time zone


def test_mode_mixes_shift_the_car_share():
    net = load_sample_network()
    shares = {}
    for mix in ("centre", "car"):
        sim = simulate(net, n_citizens=30, days=3, seed=11, params=params_for_mix(mix))
        shares[mix] = float(sim.legs["mode"].isin(["car", "carpool"]).mean())
    assert shares["centre"] < 0.35 < shares["car"]
    with pytest.raises(InputError, match="mode mix"):
        params_for_mix("rural")


def test_car_kinematics_stop_and_go_within_limits():
    """A car trip on a straight street of 40 pieces: it stops at red lights (speed 0 for seconds), its
    accelerations stay within CAR_ACCEL, the pieces' times chain and add up to the trip, and it is
    never faster than its drawn run speeds allow."""
    from tracemob.tracemob_plugin.core.simulate.kinematics import CAR_ACCEL, retime_path
    rng = np.random.default_rng(5)
    n = 40
    plen = rng.uniform(40, 120, n)
    tt = plen / rng.uniform(6.0, 8.5, n)
    entry = 1000.0 + np.concatenate([[0.0], np.cumsum(tt)[:-1]])
    d = np.concatenate([[0.0], np.cumsum(plen)])
    vx, vy = d, np.zeros(n + 1)
    vt = np.concatenate([entry, [entry[-1] + tt[-1]]])
    vp = np.concatenate([np.arange(n), [n - 1]])
    x, _, t, _, e2, tt2 = retime_path(vx, vy, vt, vp, entry, tt, plen, np.arange(n), False, rng)
    assert np.all(np.diff(t) >= 0) and np.all(np.diff(x) >= -1e-9)
    assert np.allclose(e2[1:], e2[:-1] + tt2[:-1]) and e2[0] == entry[0]
    assert tt2.sum() > tt.sum()                      # starting, braking and waiting add time
    g = np.arange(t[0], t[-1], 1.0)
    v = np.diff(np.interp(g, t, x))
    acc = np.diff(v)
    assert np.abs(acc).max() <= 1.2 * CAR_ACCEL              # the 1 m grid of the profile, read every second
    stopped = np.flatnonzero(v < 0.05)
    assert len(stopped) >= 5                         # at least one red phase of seconds
    assert v.max() < 9.0



def test_a_piece_shorter_than_the_grid_after_a_stop_takes_seconds_not_half_an_hour():
    """A red light, then a last piece of 0.98 m to the parking spot (the profile's 1 m grid: one step from
    rest to rest): the car creeps over it in the time to start and brake (2 sqrt(0.98 / a), 1.4 s at
    2 m/s²), not 0.98 m at the 1 mm/s floor (1,960 s: simulated cars standing half an hour at their
    destination inside the truth's leg)."""
    from tracemob.tracemob_plugin.core.simulate.kinematics import CAR_ACCEL, motion
    plen = np.array([200.0, 0.98])
    tt = plen / 8.0
    dwell = np.array([20.0, 0.0])
    s, arrive, leave, end_ix = motion(plen, tt, dwell, 0.0)
    last = arrive[-1] - leave[end_ix[0]]
    assert last == pytest.approx(2 * np.sqrt(0.98 / CAR_ACCEL), rel=1e-6)
    # the rest of the trip is as before: 200 m at 8 m/s with its ramps, then the red phase
    assert 25.0 + 20.0 < leave[end_ix[0]] < 30.0 + 20.0

def _car_time_ratios(sim):
    """Each whole car traversal's time over the truth's median for its segment, direction, band and period."""
    tr = sim.traversals
    car = tr[tr["mode"].isin(["car", "carpool"]) & ~tr["partial"]]
    sp = sim.segment_speeds
    truth = sp[sp["mode_class"] == "car"].set_index(["segment_id", "direction", "band", "period"])["tt_median_s"]
    key = pd.MultiIndex.from_arrays([car["segment_id"], car["direction"], car["band"], car["period"]])
    return car["tt_s"].to_numpy() / truth.reindex(key).to_numpy()


def test_simulated_car_legs_stop_and_go(net):
    """SimulationParams(car_stop_and_go=True): red lights, queues, 2 m/s² starts and stops; the realised
    times are longer than segment_speeds' (which has no waits yet), with a tail of waits."""
    from tracemob.tracemob_plugin.core.geometry import step_distances_m
    sim = simulate(net, n_citizens=30, days=4, start_date=START, seed=7, params=params_for_mix("car", car_stop_and_go=True))
    r = _car_time_ratios(sim)
    assert 0.95 < np.median(r) < 1.25
    assert 0.03 < np.mean(r > 2.0) < 0.3                    # a tail: waits at red lights and in queues
    lv = sim.leg_vertices
    cars = sim.legs.loc[sim.legs["mode"].isin(["car", "carpool"]), "leg_id"]
    n_stop, peaks, accs = 0, [], []
    for leg_id in cars:
        v = lv[lv["leg_id"] == leg_id]
        t = v["time"].astype("int64").to_numpy() / 1e9
        d = np.concatenate([[0.0], np.cumsum(step_distances_m(v["lat"].to_numpy(), v["lon"].to_numpy()))])
        g = np.arange(t[0], t[-1], 1.0)
        sp = np.diff(np.interp(g, t, d))
        if len(sp) < 30:
            continue
        run = np.diff(np.flatnonzero(np.diff(np.concatenate([[0], (sp < 0.1).astype(int), [0]]))))[::2]
        n_stop += bool(len(run) and run.max() >= 3)          # stopped for 3 s or more
        peaks.append(np.percentile(sp, 95))
        accs.append(np.percentile(np.abs(np.diff(sp)), 99))
    assert n_stop >= 0.5 * len(peaks)
    assert np.median(peaks) > 6.0                            # driving, not cycling, between stops
    assert np.median(accs) <= 2.6                            # 2 m/s² and the path's corners


def test_cars_without_stop_and_go_keep_the_drawn_times(net):
    """SimulationParams(car_stop_and_go=False): the former simulator (constant speed per piece, speed
    limit x 0.8), whose car travel times sit on the truth medians."""
    sim = simulate(net, n_citizens=12, days=2, seed=4, params=params_for_mix("car", car_stop_and_go=False))
    r = _car_time_ratios(sim)
    assert 0.9 < np.median(r) < 1.1 and np.mean(r > 2.0) < 0.01


def _stops_and_accelerations(sim, modes):
    """Per leg of ``modes`` (true vertices, speeds on a 1-s grid): stopped 3 s or more mid-leg, and the 99th percentile
    of the change of speed per second."""
    from tracemob.tracemob_plugin.core.geometry import step_distances_m
    lv = sim.leg_vertices
    stops, accs = [], []
    for leg_id in sim.legs.loc[sim.legs["mode"].isin(modes), "leg_id"]:
        v = lv[lv["leg_id"] == leg_id]
        t = v["time"].astype("int64").to_numpy() / 1e9
        d = np.concatenate([[0.0], np.cumsum(step_distances_m(v["lat"].to_numpy(), v["lon"].to_numpy()))])
        sp = np.diff(np.interp(np.arange(t[0], t[-1], 1.0), t, d))
        if len(sp) < 60:
            continue
        inner = sp[10:-10]
        run = np.diff(np.flatnonzero(np.diff(np.concatenate([[0], (inner < 0.1).astype(int), [0]]))))[::2]
        stops.append(bool(len(run) and run.max() >= 3))
        accs.append(np.percentile(np.abs(np.diff(sp)), 99))
    return np.array(stops), np.array(accs)


def test_simulated_cyclists_stop_at_red_lights_when_asked(net):
    """SimulationParams(bike_stop_and_go=True): bicycles stop at red lights (no queues) and ramp at 1 m/s²; without
    it they ride each piece at a constant speed and never stop mid-leg."""
    kw = dict(n_citizens=40, days=3, start_date=START, seed=3)
    stops, accs = _stops_and_accelerations(simulate(net, params=params_for_mix("centre", bike_stop_and_go=True), **kw),
                                           ["bike", "ebike", "escooter"])
    assert len(stops) >= 10
    assert stops.mean() >= 0.4, stops.mean()
    assert np.median(accs) <= 1.3                            # 1 m/s² and the path's corners
    stops, _ = _stops_and_accelerations(simulate(net, params=params_for_mix("centre"), **kw),
                                        ["bike", "ebike", "escooter"])
    assert len(stops) >= 10 and stops.mean() == 0.0


def test_a_biased_panel_of_simulated_citizens_and_weighting_corrects_its_modal_share(net):
    """500 citizens (the population), 30 % of them in a panel drawn with the 'young people in the centre'
    odds: the panel over-represents the 15-24 and the centre, its modal share misses the population's
    (more bike, less car); raked to the population margins, the panel's modal share is about twice as close
    (sum of the absolute errors over the modes: 16.1 -> 8.1 points on this seed; lower on 4 of 4 seeds
    tried, ratio 0.50-0.97)."""
    from tracemob.tracemob_plugin.core.indicators import weighting as wt
    from tracemob.tracemob_plugin.core.simulate import panel as P

    sim = simulate(net, n_citizens=500, days=2, start_date=START, seed=1)
    res = P.simulated_panel(sim, "young_centre", 0.3, seed=1)
    att = P.citizen_attributes(sim.users, sim.places, 1)          # the population's
    panel = res.attributes
    assert len(panel) == 150 and set(panel["user_id"]) == set(res.sim.users["user_id"])
    assert set(res.sim.points["user_id"]) <= set(panel["user_id"]) and len(res.sim.points) == len(res.sim.points_truth)
    assert (panel["age_band"] == "15-24").mean() > (att["age_band"] == "15-24").mean() + 0.1
    assert (panel["home_zone"] == "centre").mean() > 0.35 and (att["home_zone"] == "centre").mean() == 0.25
    # age goes with the vehicles, so with the modes: bike owners younger
    young = att.merge(sim.users[["user_id", "bike"]], on="user_id").groupby("bike")["age_band"].apply(
        lambda s: (s == "15-24").mean())
    assert young[True] > 2 * young[False]
    m = res.margins
    assert set(m["variable"]) == {"age_band", "sex", "home_zone"}
    assert (m.groupby("variable")["population"].sum() == 500).all()
    truth = res.population_shares
    assert truth.equals(P.mode_shares(sim.trips))

    def error(shares):
        return float((shares.reindex(truth.index).fillna(0.0) - truth).abs().sum())

    raw = res.panel_shares
    assert raw["bike"] > truth["bike"] + 2 and raw["car"] < truth["car"] - 2
    weights = wt.rake(panel, wt.margins_from_frame(m), trim=(0.2, 5.0)).weights.set_index("user_id")["weight"]
    weighted = P.mode_shares(res.sim.trips, weights.to_dict())
    assert error(weighted) < 0.7 * error(raw)
    assert abs(weighted["car"] - truth["car"]) < abs(raw["car"] - truth["car"])
    # no bias and everyone: the simulation unchanged, every citizen a participant
    whole = P.simulated_panel(sim, "none", 1.0, seed=1)
    assert whole.sim is sim and len(whole.attributes) == 500
    with pytest.raises(InputError, match="unknown panel bias"):
        P.simulated_panel(sim, "old_suburbs", 0.5)
    with pytest.raises(InputError, match="panel share"):
        P.simulated_panel(sim, "none", 0.0)
