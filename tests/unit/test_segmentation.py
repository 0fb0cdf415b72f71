"""Segmentation on generated days with exact known truth, on random data against brute force,
and on the embedded real e-mission days."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.trips import arrays, stays
from tracemob.tracemob_plugin.core.trips import segmentation as sg
from tracemob.tracemob_plugin.core.vocab import columns
from tracemob.tracemob_plugin.core.errors import Cancelled, InputError
from tracemob.tracemob_plugin.core.geometry import haversine_m

DAY = pd.Timestamp("2024-03-12", tz="UTC")
LAT0, LON0 = 48.85, 2.35
M_PER_DEG_LAT = 111_195.0
M_PER_DEG_LON = M_PER_DEG_LAT * np.cos(np.radians(LAT0))


def at(h, m=0, s=0):
    return DAY + pd.Timedelta(hours=h, minutes=m, seconds=s)


def _stay(t0, t1, east_m, north_m, rng, step_s=30, noise_m=8.0):
    t = np.arange(t0.value, t1.value, int(step_s * 1e9))
    e = east_m + rng.normal(0, noise_m, len(t))
    n = north_m + rng.normal(0, noise_m, len(t))
    return t, e, n


def _move(t0, t1, e0, n0, speed, heading_deg, step_s=30):
    t = np.arange(t0.value, t1.value, int(step_s * 1e9))
    d = speed * (t - t0.value) / 1e9
    h = np.radians(heading_deg)
    return t, e0 + d * np.sin(h), n0 + d * np.cos(h)


def synthetic_day(user="alice"):
    """Home 07:00-08:00 (with a 5 km spike at 07:30), walk 08:00-08:08 (1.4 m/s), bus 08:08-08:28
    (8 m/s), walk 08:28-08:35, work 08:35-17:00 with the phone silent 08:45-16:55, walk 17:00-17:10,
    phone off while travelling 20 km (17:10-18:30), evening place 18:30-19:30."""
    rng = np.random.default_rng(7)
    parts = []
    parts.append(_stay(at(7), at(8), 0, 0, rng))
    walk1 = _move(at(8), at(8, 8), 0, 0, 1.4, 90)
    e1 = 0 + 1.4 * 480
    bus = _move(at(8, 8), at(8, 28), e1, 0, 8.0, 90)
    e2 = e1 + 8.0 * 1200
    walk2 = _move(at(8, 28), at(8, 35), e2, 0, 1.4, 0)
    n3 = 1.4 * 420
    work_a = _stay(at(8, 35), at(8, 45), e2, n3, rng)
    work_b = _stay(at(16, 55), at(17), e2, n3, rng)
    walk3 = _move(at(17), at(17, 10), e2, n3, 1.4, 180)
    evening = _stay(at(18, 30), at(19, 30), e2 + 20_000, n3 - 840, rng)
    parts += [walk1, bus, walk2, work_a, work_b, walk3, evening]
    t = np.concatenate([p[0] for p in parts])
    east = np.concatenate([p[1] for p in parts])
    north = np.concatenate([p[2] for p in parts])
    df = pd.DataFrame({
        "user_id": user,
        "time": pd.to_datetime(t, utc=True),
        "lat": LAT0 + north / M_PER_DEG_LAT,
        "lon": LON0 + east / M_PER_DEG_LON,
        "accuracy_m": 10.0,
        "speed_mps": np.nan,
        "source_file": "synthetic.csv",
    })
    # a spike 5 km away in the middle of the home stay
    spike = df.time == at(7, 30)
    df.loc[spike, "lat"] += 5000 / M_PER_DEG_LAT
    # an exact duplicate
    df = pd.concat([df, df.iloc[[10]]]).sort_values(["user_id", "time"], kind="stable")
    return df.reset_index(drop=True)


def _close(ts, expected, tol_s):
    return abs((ts - expected).total_seconds()) <= tol_s


@pytest.fixture(scope="module")
def day():
    return synthetic_day()


@pytest.fixture(scope="module")
def result(day):
    return sg.segment(day)


def test_cleaning_removes_spike_and_duplicate(day, result):
    assert result.stats["speed_jumps"] == 1
    assert result.stats["duplicates"] == 1
    assert not (result.points.time == at(7, 30)).any()
    assert len(result.points) == len(day) - 2
    assert list(result.points.columns[:7]) == columns.POINT_COLUMNS


def test_stays_home_work_overnight_gap_and_evening(result):
    stays = result.stays.sort_values("start_time").reset_index(drop=True)
    assert len(stays) == 3
    assert stays.is_activity.all()
    home, work, evening = stays.iloc[0], stays.iloc[1], stays.iloc[2]
    assert _close(home.start_time, at(7), 1)
    assert _close(home.end_time, at(8), 60)
    # the silent phone at work (08:45-16:55) is kept inside the work stay
    assert _close(work.start_time, at(8, 35), 60)
    assert _close(work.end_time, at(17), 60)
    assert work.duration_s > 8 * 3600
    assert _close(evening.start_time, at(18, 30), 1)
    assert haversine_m(work.lat, work.lon, LAT0 + 1.4 * 420 / M_PER_DEG_LAT,
                       LON0 + (1.4 * 480 + 9600) / M_PER_DEG_LON) < 15


def test_untracked_gap_is_marked_and_not_crossed(result):
    assert len(result.gaps) == 1
    g = result.gaps.iloc[0]
    assert _close(g.start_time, at(17, 9, 30), 1)
    assert _close(g.end_time, at(18, 30), 1)
    # no trip runs through the gap
    trips = result.trips
    assert not ((trips.start_time < g.start_time) & (trips.end_time > g.end_time)).any()


def test_trips_boundaries(result):
    trips = result.trips.sort_values("start_time").reset_index(drop=True)
    assert len(trips) == 2
    commute, evening = trips.iloc[0], trips.iloc[1]
    assert _close(commute.start_time, at(8), 90)
    assert _close(commute.end_time, at(8, 35), 90)
    assert abs(commute.distance_m - (1.4 * 480 + 9600 + 1.4 * 420)) < 150
    stays = result.stays.set_index("stay_id")
    assert _close(stays.loc[commute.origin_stay_id, "start_time"], at(7), 1)
    assert _close(stays.loc[commute.destination_stay_id, "start_time"], at(8, 35), 60)
    # the walk after work ends at the gap, with no destination
    assert _close(evening.start_time, at(17), 90)
    assert _close(evening.end_time, at(17, 9, 30), 1)
    assert evening.destination_stay_id == ""


def test_legs_walk_bus_walk(result):
    trip = result.trips.sort_values("start_time").iloc[0]
    legs = result.legs[result.legs.trip_id == trip.trip_id].sort_values("start_time")
    assert len(legs) == 3
    walk1, bus, walk2 = legs.iloc[0], legs.iloc[1], legs.iloc[2]
    assert _close(bus.start_time, at(8, 8), 90)
    assert _close(bus.end_time, at(8, 28), 90)
    assert abs(bus.speed_median_mps - 8.0) < 0.5
    assert abs(walk1.speed_median_mps - 1.4) < 0.3
    assert abs(walk2.speed_median_mps - 1.4) < 0.3
    assert bus.speed_max_mps >= bus.speed_p85_mps >= bus.speed_median_mps
    assert legs.first_point.iloc[0] == trip.first_point
    assert legs.last_point.iloc[-1] == trip.last_point


def test_motion_readings_give_the_same_legs(day):
    motion = pd.DataFrame({
        "user_id": "alice",
        "time": [at(8), at(8, 8), at(8, 12), at(8, 16), at(8, 20), at(8, 24), at(8, 28), at(8, 32)],
        "activity": ["walking"] + ["in_vehicle"] * 5 + ["walking", "walking"],
        "confidence": 90, "source_file": "m"})
    res = sg.segment(day, motion=motion)
    trip = res.trips.sort_values("start_time").iloc[0]
    legs = res.legs[res.legs.trip_id == trip.trip_id]
    assert len(legs) == 3


def test_point_ids_and_contracts(result):
    pts = result.points
    assert list(result.stays.columns) == columns.STAY_COLUMNS
    assert list(result.trips.columns) == columns.TRIP_COLUMNS
    assert list(result.legs.columns) == columns.LEG_COLUMNS
    assert list(result.gaps.columns) == columns.GAP_COLUMNS
    for df in (result.stays, result.trips, result.legs, result.gaps):
        assert str(df.start_time.dtype) == "datetime64[ns, UTC]"
    trip = result.trips.iloc[0]
    inside = pts.iloc[trip.first_point + 1:trip.last_point]
    assert (inside.trip_id == trip.trip_id).all()
    assert result.trips.trip_id.is_unique and result.legs.leg_id.is_unique
    assert result.stays.stay_id.is_unique
    assert result.trips.trip_id.iloc[0].startswith("alice_T_20240312T")


def test_ids_are_stable(day, result):
    again = sg.segment(day.sample(frac=1.0, random_state=3))  # shuffled input, same content
    assert again.trips.trip_id.tolist() == result.trips.trip_id.tolist()
    assert again.legs.leg_id.tolist() == result.legs.leg_id.tolist()
    assert again.points.stay_id.tolist() == result.points.stay_id.tolist()


def test_two_users_are_independent(day):
    both = pd.concat([day, synthetic_day("bob")], ignore_index=True)
    res = sg.segment(both)
    assert res.trips.user_id.value_counts().to_dict() == {"alice": 2, "bob": 2}
    assert len(res.gaps) == 2


def test_empty_and_bad_input():
    empty = synthetic_day().iloc[:0]
    res = sg.segment(empty)
    assert res.trips.empty and res.stays.empty and res.legs.empty and res.gaps.empty
    for df in (res.trips, res.legs):
        assert df.first_point.dtype == np.int64 and str(df.start_time.dtype) == "datetime64[ns, UTC]"
    with pytest.raises(InputError):
        sg.segment(pd.DataFrame({"user_id": ["a"], "lat": [1.0], "lon": [2.0]}))
    with pytest.raises(InputError):
        sg.segment(synthetic_day(), sg.SegmentationParams(stay_radius_m=-5))
    with pytest.raises(InputError, match="dwell_gap_end"):
        sg.segment(synthetic_day(), sg.SegmentationParams(dwell_gap_end="middle"))
    with pytest.raises(InputError, match="stay_method"):
        sg.segment(synthetic_day(), sg.SegmentationParams(stay_method="cluster"))


def test_cancel(day):
    with pytest.raises(Cancelled):
        sg.segment(day, is_cancelled=lambda: True)
    seen = []
    sg.segment(day, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


# ---------------------------------------------------------------------------- algorithm parts


def _brute_first_exit(x, y, z, seg_end, chord):
    n = len(x)
    out = np.empty(n, dtype=np.int64)
    for i in range(n):
        j = i + 1
        while j < seg_end[i] and (x[j] - x[i]) ** 2 + (y[j] - y[i]) ** 2 + (z[j] - z[i]) ** 2 < chord ** 2:
            j += 1
        out[i] = j
    return out


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_first_exit_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    n = 3000
    # clusters (stays) and random walks, three users
    steps = np.where(rng.random(n) < 0.6, rng.normal(0, 5, n), rng.normal(0, 40, n))
    east = np.cumsum(steps)
    north = np.cumsum(rng.normal(0, 10, n))
    lat = LAT0 + north / M_PER_DEG_LAT
    lon = LON0 + east / M_PER_DEG_LON
    x, y, z = arrays.xyz(lat, lon)
    new_user = np.zeros(n, dtype=bool)
    new_user[[0, 1000, 2200]] = True
    seg_end = arrays.block_end(new_user)
    chord = float(arrays.chord(50.0))
    assert (stays.first_exit(x, y, z, seg_end, chord) == _brute_first_exit(x, y, z, seg_end, chord)).all()


def test_chain_matches_a_plain_walk():
    rng = np.random.default_rng(5)
    n = 500
    nxt = np.minimum(np.arange(n) + rng.integers(1, 30, n), n)
    walk, i = [], 0
    while i < n:
        walk.append(i)
        i = nxt[i]
    assert arrays.chain(nxt).tolist() == walk


def test_sliding_preset_matches_trackintel_staypoints():
    ti = pytest.importorskip("trackintel")
    gpd = pytest.importorskip("geopandas")
    rng = np.random.default_rng(11)
    n = 1500
    t = DAY + pd.to_timedelta(np.cumsum(rng.integers(5, 60, n)), unit="s")
    east = np.cumsum(np.where(rng.random(n) < 0.7, rng.normal(0, 3, n), rng.normal(0, 30, n)))
    north = np.cumsum(rng.normal(0, 4, n))
    pts = pd.DataFrame({"user_id": "u", "time": t, "lat": LAT0 + north / M_PER_DEG_LAT,
                        "lon": LON0 + east / M_PER_DEG_LON, "accuracy_m": np.nan,
                        "speed_mps": np.nan, "source_file": ""})
    ours = sg.segment(pts, sg.SegmentationParams.trackintel()).stays
    pfs = gpd.GeoDataFrame({"user_id": 0, "tracked_at": pts.time},
                           geometry=gpd.points_from_xy(pts.lon, pts.lat), crs="EPSG:4326")
    pfs = ti.Positionfixes(pfs)
    _, sp = pfs.generate_staypoints(method="sliding", dist_threshold=25, time_threshold=5,
                                    gap_threshold=1e6)
    assert len(ours) == len(sp) > 5
    assert (ours.start_time.to_numpy() == sp.started_at.to_numpy()).all()
    assert (ours.end_time.to_numpy() == sp.finished_at.to_numpy()).all()
    # and the trips (activity 15 min, triplegs between staypoints, trips with a 15 min gap)
    sp = sp.create_activity_flag(time_threshold=15)
    pfs, tpls = pfs.generate_triplegs(sp, method="between_staypoints")
    _, _, trips = ti.preprocessing.generate_trips(sp, tpls, gap_threshold=15)
    our_trips = sg.segment(pts, sg.SegmentationParams.trackintel()).trips
    assert len(our_trips) == len(trips) >= 2
    assert (our_trips.start_time.to_numpy() == trips.started_at.sort_values().to_numpy()).all()
    assert (our_trips.end_time.to_numpy() == trips.finished_at.sort_values().to_numpy()).all()


# ---------------------------------------------------------------------------- real days


# trips that start on the ground-truth day: ours, and how many match e-mission's checked trips
# one-to-one at temporal IoU >= 0.5 (measured; e-mission has 4, 5 and 6 trips on these days)
REAL_DAYS = {
    "shankari_2016-07-22": (4, 4),
    "shankari_2016-08-10": (5, 5),
    "shankari_2016-09-03": (6, 6),
}


@pytest.mark.parametrize("name", sorted(REAL_DAYS))
def test_embedded_real_days(sample_dir, name):
    io = pytest.importorskip("tracemob.tracemob_plugin.core.ingest")
    from tracemob.tracemob_plugin.core.evaluation.scoring import read_emission_ground_truth, score_trips
    traces = io.read_traces(sample_dir / (name + ".json"))
    gt = read_emission_ground_truth(sample_dir / (name + ".ground_truth.json"))
    res = sg.segment(traces.points, motion=traces.motion)
    start, end = gt.day_window()
    trips = res.trips[(res.trips.start_time >= start) & (res.trips.start_time < end)]
    trips = trips.sort_values("start_time").reset_index(drop=True)
    n_trips, n_matched = REAL_DAYS[name]
    assert len(trips) == n_trips
    score = score_trips(gt.trips, trips)
    assert score.n_matched == n_matched
    assert score.median_start_error_min <= 0.5
    assert score.median_end_error_min <= 0.5


def test_window_method_finds_the_same_day(day):
    """The arrival-based window method: same stays, trips, legs and gap on the synthetic day,
    with the trip ending at the arrival (not in the middle of the still window)."""
    params = sg.SegmentationParams(stay_method="window", stay_radius_m=75, gap_min_s=300)
    res = sg.segment(day, params)
    trips = res.trips.sort_values("start_time").reset_index(drop=True)
    assert len(res.stays) == 3 and len(trips) == 2 and len(res.gaps) == 1
    assert _close(trips.start_time[0], at(8), 60)
    assert _close(trips.end_time[0], at(8, 35), 60)
    assert len(res.legs[res.legs.trip_id == trips.trip_id[0]]) == 3


def test_dropped_short_trip_merges_its_stays(day):
    """The phone wakes at work at 16:55 before the walk home: the 5 minutes there are no trip,
    and the work stay runs from the morning arrival to the departure at 17:00."""
    res = sg.segment(day)
    work = res.stays.sort_values("start_time").iloc[1]
    assert _close(work.end_time, at(17), 60)
    assert (res.points.set_index("time").loc[at(16, 56), "stay_id"] == work.stay_id)


def _tunnel_day():
    """Home 07:00-07:30, bus at 8 m/s 07:30-08:10 with no fix 07:45-07:57 (a tunnel), office."""
    rng = np.random.default_rng(3)
    home = _stay(at(7), at(7, 30), 0, 0, rng)
    bus = _move(at(7, 30), at(8, 10), 0, 0, 8.0, 90)
    keep = (bus[0] < at(7, 45).value) | (bus[0] >= at(7, 57).value)
    bus = tuple(a[keep] for a in bus)
    office = _stay(at(8, 10), at(9), 8.0 * 2400, 0, rng)
    t = np.concatenate([home[0], bus[0], office[0]])
    east = np.concatenate([home[1], bus[1], office[1]])
    north = np.concatenate([home[2], bus[2], office[2]])
    return pd.DataFrame({"user_id": "carol", "time": pd.to_datetime(t, utc=True),
                         "lat": LAT0 + north / M_PER_DEG_LAT, "lon": LON0 + east / M_PER_DEG_LON,
                         "accuracy_m": 10.0, "speed_mps": np.nan, "source_file": "t"})


def test_gap_with_motion_readings_stays_inside_the_trip():
    pts = _tunnel_day()
    motion = pd.DataFrame({"user_id": "carol", "time": pd.date_range(at(7, 30), at(8, 10), freq="1min"),
                           "activity": "in_vehicle", "confidence": 90, "source_file": "m"})
    res = sg.segment(pts, motion=motion)
    assert len(res.trips) == 1 and res.gaps.empty
    trip = res.trips.iloc[0]
    assert _close(trip.start_time, at(7, 30), 90)
    assert trip.distance_m > 18_000


def test_gap_without_motion_data_is_untracked_and_cuts_the_trip():
    res = sg.segment(_tunnel_day())
    assert len(res.gaps) == 1
    assert _close(res.gaps.start_time.iloc[0], at(7, 44, 30), 1)
    assert _close(res.gaps.end_time.iloc[0], at(7, 57), 1)
    trips = res.trips.sort_values("start_time")
    assert len(trips) == 2
    assert _close(trips.end_time.iloc[0], at(7, 44, 30), 1)
    assert _close(trips.start_time.iloc[1], at(7, 57), 1)


def test_sparse_fixes_at_one_place_make_one_stay():
    """A phone that wakes up every half hour at home (a fix each time) then leaves: one stay."""
    rng = np.random.default_rng(9)
    home = _stay(at(7), at(7, 10), 0, 0, rng)
    sparse_t = np.array([at(7, 40).value, at(8, 10).value, at(8, 40).value])
    walk = _move(at(8, 40, 30), at(8, 55), 0, 0, 1.4, 90)
    office = _stay(at(8, 55), at(9, 30), 1.4 * 870, 0, rng)
    t = np.concatenate([home[0], sparse_t, walk[0], office[0]])
    east = np.concatenate([home[1], rng.normal(0, 8, 3), walk[1], office[1]])
    north = np.concatenate([home[2], rng.normal(0, 8, 3), walk[2], office[2]])
    pts = pd.DataFrame({"user_id": "dan", "time": pd.to_datetime(t, utc=True),
                        "lat": LAT0 + north / M_PER_DEG_LAT, "lon": LON0 + east / M_PER_DEG_LON,
                        "accuracy_m": 10.0, "speed_mps": np.nan, "source_file": "s"})
    res = sg.segment(pts)
    stays = res.stays.sort_values("start_time")
    assert len(stays) == 2
    assert _close(stays.start_time.iloc[0], at(7), 1)
    assert _close(stays.end_time.iloc[0], at(8, 40), 60)
    assert len(res.trips) == 1 and res.gaps.empty
    assert _close(res.trips.start_time.iloc[0], at(8, 40), 60)


def test_burst_of_far_fixes_is_removed(day):
    """Three fixes 4,000 km away during the bus ride (a burst of wrong positions) are dropped
    and change nothing else."""
    bad = day.copy()
    burst = (bad.time >= at(8, 15)) & (bad.time < at(8, 16, 30))
    assert burst.sum() == 3
    bad.loc[burst, "lat"] -= 36.0
    res = sg.segment(bad)
    assert res.stats["speed_jumps"] == 1 + 3
    assert not res.points.time.isin(bad.time[burst]).any()
    ref = sg.segment(day)
    assert len(res.trips) == len(ref.trips) == 2
    assert (res.trips.start_time == ref.trips.start_time).all()
    assert abs(res.trips.distance_m.iloc[0] - ref.trips.distance_m.iloc[0]) < 1


def _walk_bike_day():
    """Home 07:00-07:30, walk 07:30-07:40 at 1.4 m/s, a slow bicycle ride (2 m/s, walking speed
    for the speed bands) 07:40-08:00, office 08:00-08:30."""
    rng = np.random.default_rng(5)
    home = _stay(at(7), at(7, 30), 0, 0, rng)
    walk = _move(at(7, 30), at(7, 40), 0, 0, 1.4, 90)
    bike = _move(at(7, 40), at(8), 1.4 * 600, 0, 2.0, 90)
    end = 1.4 * 600 + 2.0 * 1200
    office = _stay(at(8), at(8, 30), end, 0, rng)
    parts = (home, walk, bike, office)
    t = np.concatenate([p[0] for p in parts])
    east = np.concatenate([p[1] for p in parts])
    north = np.concatenate([p[2] for p in parts])
    return pd.DataFrame({"user_id": "eve", "time": pd.to_datetime(t, utc=True),
                         "lat": LAT0 + north / M_PER_DEG_LAT, "lon": LON0 + east / M_PER_DEG_LON,
                         "accuracy_m": 10.0, "speed_mps": np.nan, "source_file": "b"})


def test_tilting_and_still_readings_do_not_end_a_motion_activity():
    """'cycling' every 4 minutes with 'tilting' / 'still' / 'unknown' readings in between (phones
    report them while riding): the bicycle leg is one leg from 07:40 (speed alone cannot tell it
    from walking)."""
    cyc = pd.date_range(at(7, 40), at(7, 59), freq="4min")
    other = pd.date_range(at(7, 41), at(7, 59), freq="2min")
    motion = pd.DataFrame({
        "user_id": "eve",
        "time": [at(7, 30), at(7, 35)] + list(cyc) + list(other),
        "activity": ["walking", "walking"] + ["cycling"] * len(cyc)
                    + [["tilting", "still", "unknown"][i % 3] for i in range(len(other))],
        "confidence": 90, "source_file": "m"}).sort_values("time")
    res = sg.segment(_walk_bike_day(), motion=motion)
    assert len(res.trips) == 1
    legs = res.legs.sort_values("start_time")
    assert len(legs) == 2
    assert _close(legs.end_time.iloc[0], at(7, 40), 60)
    assert abs(legs.distance_m.iloc[1] - 2.0 * 1200) < 150


def test_low_confidence_readings_do_not_make_legs(day):
    """'in_vehicle' readings of confidence 55 during the last walk of the commute (a phone
    unsure of what it feels) do not turn that walk into more bus: three legs, as without them."""
    motion = pd.DataFrame({"user_id": "alice", "time": pd.date_range(at(8, 28), at(8, 34), freq="1min"),
                           "activity": "in_vehicle", "confidence": 55, "source_file": "m"})
    res = sg.segment(day, motion=motion)
    trip = res.trips.sort_values("start_time").iloc[0]
    legs = res.legs[res.legs.trip_id == trip.trip_id].sort_values("start_time")
    assert len(legs) == 3
    assert _close(legs.end_time.iloc[1], at(8, 28), 90)
    # the same readings, confident, are believed
    sure = sg.segment(day, motion=motion.assign(confidence=90))
    assert len(sure.legs[sure.legs.trip_id == sure.trips.sort_values("start_time").trip_id.iloc[0]]) == 2


def test_unrecorded_fast_departure_is_a_leg_of_its_own():
    """Home 07:00-07:40, the phone silent during a 500 km flight, first fix at 09:30 at the
    arrival, a 15 minute walk to the office. The trip starts from home, and the way the phone did
    not record is its own leg (at aircraft speed) before the walk, so that the walk's speeds
    do not decide the mode of 2 hours of flight."""
    rng = np.random.default_rng(11)
    home = _stay(at(7), at(7, 40), 0, 0, rng)
    walk = _move(at(9, 30), at(9, 45), 500_000.0, 0, 1.3, 0)
    office = _stay(at(9, 45), at(10, 30), 500_000.0, 1.3 * 900, rng)
    parts = (home, walk, office)
    t = np.concatenate([p[0] for p in parts])
    east = np.concatenate([p[1] for p in parts])
    north = np.concatenate([p[2] for p in parts])
    pts = pd.DataFrame({"user_id": "fay", "time": pd.to_datetime(t, utc=True),
                        "lat": LAT0 + north / M_PER_DEG_LAT, "lon": LON0 + east / M_PER_DEG_LON,
                        "accuracy_m": 10.0, "speed_mps": np.nan, "source_file": "f"})
    res = sg.segment(pts)
    assert len(res.trips) == 1
    trip = res.trips.iloc[0]
    legs = res.legs.sort_values("start_time").reset_index(drop=True)
    assert len(legs) == 2
    flight, foot = legs.iloc[0], legs.iloc[1]
    assert flight.start_time == trip.start_time
    assert _close(flight.end_time, at(9, 30), 1) and _close(foot.start_time, at(9, 30), 1)
    assert abs(flight.distance_m - 500_000) < 1_000 and flight.speed_mean_mps > 30
    assert flight.n_points == 2
    assert res.points.stay_id.iloc[flight.first_point] == trip.origin_stay_id
    assert foot.speed_median_mps < 2.0 and foot.first_point == trip.first_point


def test_waiting_in_the_train_belongs_to_the_train():
    """Walk 07:30-07:36 ('walking' every minute), 3 minutes in the stopped train, the train
    07:39-08:00 ('in_vehicle' readings once it moves): as e-mission places the transition, the
    time between the last walking reading and the first vehicle one goes to the train, except
    while the fixes still move at walking pace; without that rule the walk runs until the train moves."""
    rng = np.random.default_rng(13)
    home = _stay(at(7), at(7, 30), 0, 0, rng)
    walk = _move(at(7, 30), at(7, 36), 0, 0, 1.4, 90)
    e1 = 1.4 * 360
    wait = _stay(at(7, 36), at(7, 39), e1, 0, rng, noise_m=3.0)
    train = _move(at(7, 39), at(8), e1, 0, 20.0, 90)
    office = _stay(at(8), at(8, 30), e1 + 20.0 * 1260, 0, rng)
    parts = (home, walk, wait, train, office)
    t = np.concatenate([p[0] for p in parts])
    east = np.concatenate([p[1] for p in parts])
    north = np.concatenate([p[2] for p in parts])
    pts = pd.DataFrame({"user_id": "gil", "time": pd.to_datetime(t, utc=True),
                        "lat": LAT0 + north / M_PER_DEG_LAT, "lon": LON0 + east / M_PER_DEG_LON,
                        "accuracy_m": 10.0, "speed_mps": np.nan, "source_file": "w"})
    times = list(pd.date_range(at(7, 30), at(7, 35), freq="1min")) + list(pd.date_range(at(7, 41), at(7, 59), freq="2min"))
    motion = pd.DataFrame({"user_id": "gil", "time": times,
                           "activity": ["walking"] * 6 + ["in_vehicle"] * 10, "confidence": 90,
                           "source_file": "m"})
    res = sg.segment(pts, motion=motion)
    assert len(res.trips) == 1
    legs = res.legs.sort_values("start_time")
    assert len(legs) == 2
    assert _close(legs.end_time.iloc[0], at(7, 36), 60)
    off = sg.segment(pts, sg.SegmentationParams(motion_transition_max_s=0), motion=motion)
    legs_off = off.legs.sort_values("start_time")
    assert len(legs_off) == 2 and legs_off.end_time.iloc[0] >= at(7, 38)


def test_short_transfer_walk_seen_by_the_phone_is_a_leg():
    """Bicycle 07:30-07:45, a 150 s (195 m) walk with 'walking' readings every 30 s, bus
    07:47:30-08:05: three legs. Without readings (or with the general minimums of 240 s and
    400 m) the walk is merged into a neighbour."""
    rng = np.random.default_rng(17)
    home = _stay(at(7), at(7, 30), 0, 0, rng)
    bike = _move(at(7, 30), at(7, 45), 0, 0, 4.5, 90)
    e1 = 4.5 * 900
    walk = _move(at(7, 45), at(7, 47, 30), e1, 0, 1.3, 0)
    n2 = 1.3 * 150
    bus = _move(at(7, 47, 30), at(8, 5), e1, n2, 9.0, 90)
    office = _stay(at(8, 5), at(8, 40), e1 + 9.0 * 1050, n2, rng)
    parts = (home, bike, walk, bus, office)
    t = np.concatenate([p[0] for p in parts])
    east = np.concatenate([p[1] for p in parts])
    north = np.concatenate([p[2] for p in parts])
    pts = pd.DataFrame({"user_id": "hal", "time": pd.to_datetime(t, utc=True),
                        "lat": LAT0 + north / M_PER_DEG_LAT, "lon": LON0 + east / M_PER_DEG_LON,
                        "accuracy_m": 10.0, "speed_mps": np.nan, "source_file": "x"})
    cyc = pd.date_range(at(7, 30), at(7, 44), freq="1min")
    wlk = pd.date_range(at(7, 45, 15), at(7, 47, 15), freq="30s")
    veh = pd.date_range(at(7, 48), at(8, 4), freq="1min")
    motion = pd.DataFrame({"user_id": "hal", "time": list(cyc) + list(wlk) + list(veh),
                           "activity": ["cycling"] * len(cyc) + ["walking"] * len(wlk) + ["in_vehicle"] * len(veh),
                           "confidence": 90, "source_file": "m"})
    res = sg.segment(pts, motion=motion)
    assert len(res.trips) == 1
    legs = res.legs.sort_values("start_time").reset_index(drop=True)
    assert len(legs) == 3
    assert _close(legs.start_time[1], at(7, 45), 60) and _close(legs.end_time[1], at(7, 47, 30), 60)
    assert legs.speed_median_mps[1] < 2.0
    strict = sg.SegmentationParams(min_seen_walk_leg_duration_s=240, min_seen_walk_leg_distance_m=400)
    assert len(sg.segment(pts, strict, motion=motion).legs) == 2
