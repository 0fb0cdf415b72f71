"""Trips end at the arrival and start at the departure for loggers that are not e-mission's app
(``arrival_radius_m``, ``departure_radius_m``; no QGIS)."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.trips.params import SegmentationParams
from tracemob.tracemob_plugin.core.trips.segmentation import segment

T0 = 1_700_000_000.0
ARRIVE = T0 + 1200 + 600      # 20 minutes at home, 10 minutes of driving


def _phone_fixes(t, north, noise, accuracy, source="phone.csv"):
    """One participant's fixes: epoch seconds ``t``, metres north of (45 N, 4 E), ``noise`` (2 x n, metres
    north and east), the reported accuracy (m, a number or one per fix)."""
    return pd.DataFrame({"user_id": "u1", "time": pd.to_datetime(t, unit="s", utc=True),
                         "lat": 45.0 + (north + noise[0]) / 111_195.0, "lon": 4.0 + noise[1] / 78_800.0,
                         "accuracy_m": accuracy, "speed_mps": np.nan, "source_file": source})


def _logger_day(with_filter=False):
    """A logger recording every second (GPX-like: no e-mission location filter): 20 min at home, 6 km
    due north at 10 m/s, then 20 min at work, with 5 m of GPS noise throughout."""
    rng = np.random.default_rng(3)
    t = T0 + np.arange(0.0, 1200 + 600 + 1200)
    north = np.clip(t - T0 - 1200, 0, 600) * 10.0
    pts = pd.DataFrame({"user_id": "u1", "time": pd.to_datetime(t, unit="s", utc=True),
                        "lat": 45.0 + (north + rng.normal(0, 5, len(t))) / 111_195.0,
                        "lon": 4.0 + rng.normal(0, 5, len(t)) / 78_800.0,
                        "accuracy_m": 8.0, "speed_mps": np.nan, "source_file": "day.gpx"})
    if with_filter:
        pts["location_filter"] = "time"
    return pts


def _end(seg):
    trips = seg.trips[seg.trips.distance_m > 1000]
    assert len(trips) == 1
    return trips.end_time.iloc[0].value / 1e9


def test_trip_ends_at_the_arrival():
    """A logger's trip ends at the arrival (by default since 2026-12-03, 50 m), not in the middle of the
    still window that ended it (e-mission's rule, ``arrival_radius_m`` 0)."""
    pts = _logger_day()
    late = _end(segment(pts, SegmentationParams(arrival_radius_m=0.0)))   # e-mission's rule
    assert _end(segment(pts)) - ARRIVE == pytest.approx(0.0, abs=10.0)    # the default
    asked = SegmentationParams(arrival_radius_m=25.0)
    on_time = _end(segment(pts, asked))
    assert late - ARRIVE > 60                                           # minutes into the stay
    assert on_time - ARRIVE == pytest.approx(0.0, abs=10.0)             # within 25 m at 10 m/s
    # the stay at work now starts at the arrival
    stays = segment(pts, asked).stays
    work = stays[stays.start_time.astype("int64") / 1e9 > T0 + 1300]
    assert work.start_time.iloc[0].value / 1e9 == pytest.approx(on_time, abs=1.0)


def _sleeping_phone_day(seed):
    """A phone that records every 5 minutes at a place and every 2 s on the move, with 15 m fixes
    (one 70 m off in each stay, as indoors): a 10-minute walk home, home until 08:00, but the phone
    also records three still fixes at home at 07:41, 07:46 and 07:51 after a 25-minute silence; then
    12 minutes of walking at 1.3 m/s and 30 minutes at the destination."""
    rng = np.random.default_rng(seed)
    t_in = T0 - 600.0 + np.arange(0.0, 600.0, 2.0)                     # walking home
    t_home = T0 + np.array([0.0, 300.0, 600.0, 900.0, 2400.0 + 60, 2700.0 + 60, 3000.0 + 60])
    t_walk = T0 + 3600.0 + np.arange(0.0, 720.0, 2.0)
    t_dest = T0 + 3600.0 + 720.0 + np.arange(0.0, 1800.0, 300.0)
    north = np.concatenate([-1.3 * (T0 - t_in), np.zeros(len(t_home)), 1.3 * (t_walk - t_walk[0]),
                            np.full(len(t_dest), 1.3 * 720)])
    t = np.concatenate([t_in, t_home, t_walk, t_dest])
    noise = rng.normal(0, 8, (2, len(t)))
    noise[0, len(t_in) + 5] += 70.0                                     # an indoor jump at home
    noise[0, -2] += 70.0                                                # ... and at the destination
    return _phone_fixes(t, north, noise, 15.0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sleeping_phone_trip_starts_at_the_departure_and_the_walk_is_whole(seed):
    """The still fixes a sleeping phone records at home before leaving (and an indoor jump among
    them) are the home's: the trip starts when the walk starts, not 29 minutes earlier (e-mission's
    rule, both radii 0); the walk keeps its first and last metres (issue 13: walks next to places)."""
    pts = _sleeping_phone_day(seed)
    start, end = T0 + 3600.0, T0 + 3600.0 + 720.0
    trips = segment(pts).trips
    assert len(trips) == 2
    home = trips.iloc[0]
    assert home.end_time.value / 1e9 == pytest.approx(T0, abs=30.0)
    assert trips.start_time.iloc[1].value / 1e9 == pytest.approx(start, abs=25.0)
    assert trips.end_time.iloc[1].value / 1e9 == pytest.approx(end, abs=30.0)
    old = segment(pts, SegmentationParams(arrival_radius_m=0.0, departure_radius_m=0.0)).trips
    assert start - old.start_time.iloc[1].value / 1e9 > 15 * 60


def test_emission_app_fixes_keep_emission_end():
    pts = _logger_day(with_filter=True)
    trimmed = SegmentationParams(arrival_radius_m=25.0, departure_radius_m=25.0)
    emission_rule = SegmentationParams(arrival_radius_m=0.0, departure_radius_m=0.0)
    assert _end(segment(pts, trimmed)) == _end(segment(pts, emission_rule))
    assert _end(segment(pts, trimmed)) - ARRIVE > 60
    assert (segment(pts, trimmed).trips.start_time == segment(pts, emission_rule).trips.start_time).all()


def _train_day(cruise, slow_s):
    """A logger every 5 s on a train: 20 km at ``cruise`` m/s, then ``slow_s`` seconds slowing to a halt
    at 3 m/s on average, a 15-minute stop at the station where nobody walks, the same back out, and
    20 km on; stays of 20 minutes at both ends."""
    rng = np.random.default_rng(4)
    v = np.concatenate([np.zeros(240), np.full(int(20_000 / cruise / 5), cruise), np.full(slow_s // 5, 3.0),
                        np.zeros(180), np.full(slow_s // 5, 3.0), np.full(int(20_000 / cruise / 5), cruise),
                        np.zeros(240)])
    t = T0 + 5.0 * np.arange(len(v))
    north = np.cumsum(v * 5.0)
    return pd.DataFrame({"user_id": "u1", "time": pd.to_datetime(t, unit="s", utc=True),
                         "lat": 45.0 + (north + rng.normal(0, 5, len(t))) / 111_195.0,
                         "lon": 4.0 + rng.normal(0, 5, len(t)) / 78_800.0,
                         "accuracy_m": 8.0, "speed_mps": np.nan, "source_file": "train.gpx"})


def test_train_slowing_long_before_a_station_stays_one_trip():
    """The speed next to the stop is a crawl (3 m/s for 10 minutes each side), but the rides on both
    sides are fast: a stop of the train, not a place (issue 13: GeoLife's long train rides)."""
    seg = segment(_train_day(cruise=20.0, slow_s=600))
    assert (seg.trips.distance_m > 1000).sum() == 1
    # a ride as slow as a bicycle on both sides stays two trips around a 15-minute stop
    seg = segment(_train_day(cruise=4.0, slow_s=600))
    assert (seg.trips.distance_m > 1000).sum() == 2



def test_arrival_keeps_city_cars_whole():
    """The opt-in arrival on simulated city-centre cars (stop and go, queues next to the place, phones
    that go quiet and jump): the place a trip reaches is read from the stay after it, and an arrival
    that jump smoothing would have dropped keeps its time, so the car time on our legs read as car is
    not lower than with e-mission's end. Measured 2026-12-03 on this study (motorised time read as
    motorised, car passengers then left out): e-mission's end 0.905; the arrival before these two rules
    0.875, with them 0.914. With car passengers counted (since that evening): 0.893 and 0.918. With the
    fast-walk rule (2026-12-03, a walk whose phone reads 14 km/h or more for 30 % of its time is a car):
    0.942 and 0.936, e-mission's end gaining more (its legs that end in a stay after a short car ride were
    walks, and are cars now); the arrival's rules without these two fixes stay 0.03 below. With the cruising
    car's starts rule (2026-12-04, ``phone_acc_p95``): 0.935 and 0.923 (e-mission's end, whose legs keep the
    still minutes at the place, gains 0.006; the arrival's legs none), so the margin is 0.015, half the loss
    without the two fixes."""
    from tracemob.tracemob_plugin.core.evaluation.agreement import time_agreement
    from tracemob.tracemob_plugin.core.modes.infer import infer_modes
    from tracemob.tracemob_plugin.core.simulate.params import params_for_mix
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate
    from tracemob.tracemob_plugin.core.cluster.chain import leg_vertices

    sim = simulate(n_citizens=60, days=3, seed=1, params=params_for_mix("centre", car_stop_and_go=True))
    truth = sim.legs[["user_id", "start_time", "end_time", "mode"]]
    got = {}
    for radius in (0.0, 25.0):
        seg = segment(sim.points, SegmentationParams(arrival_radius_m=radius))
        legs = infer_modes(seg.legs, leg_vertices(seg.points, seg.legs))
        ours = legs[["user_id", "start_time", "end_time", "mode"]]
        got[radius] = time_agreement(truth, ours).recall("motorised")
    assert got[0.0] > 0.88
    assert got[25.0] >= got[0.0] - 0.015



def _braking_day(seed, readings):
    """A logger every second with the phone's speed readings (``readings``; else none): 20 minutes at
    home, 590 s at 10 m/s due north, then 8 s braking at 1.25 m/s² (the last 35 m), 20 minutes parked.
    Returns (fixes, epoch second of the stop)."""
    rng = np.random.default_rng(seed)
    braking = 10.0 - 1.25 * np.arange(1.0, 9.0)
    v = np.concatenate([np.zeros(1200), np.full(590, 10.0), braking, np.zeros(1200)])
    t = T0 + np.arange(len(v), dtype=float)
    pts = _phone_fixes(t, np.cumsum(v), rng.normal(0, 4, (2, len(t))), 6.0, source="car.gpx")
    if readings:
        pts["speed_mps"] = np.abs(v + rng.normal(0, 0.2, len(v)))
    return pts, T0 + 1200 + 590 + 8


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_arrival_keeps_the_braking_the_phone_measured(seed):
    """With the phone's speed readings, the trimmed trip goes on past its first fix within the radius
    until the readings stop: the car's last 35 m and its braking are the trip's (the phone-speed car
    rules read that braking; cutting it made slow city cars bicycles). Without readings, the trip ends at
    its first fix within the radius plus the time to the place, as before."""
    asked = SegmentationParams(arrival_radius_m=50.0)
    pts, stop = _braking_day(seed, readings=True)
    seg = segment(pts, asked)
    assert _end(seg) == pytest.approx(stop, abs=2.0)
    leg = seg.legs[seg.legs.distance_m > 1000].iloc[0]
    assert leg.end_time.value / 1e9 == pytest.approx(stop, abs=2.0)
    # the leg's fixes reach the parked car: its last metres are in it
    last = seg.points[seg.points["time"] <= leg.end_time].iloc[-1]
    assert (last.lat - 45.0) * 111_195.0 == pytest.approx(5900 + 35, abs=12.0)
    bare, _ = _braking_day(seed, readings=False)
    seg0 = segment(bare, asked)
    leg0 = seg0.legs[seg0.legs.distance_m > 1000].iloc[0]
    assert leg.n_points - leg0.n_points >= 3               # the braking fixes, kept only with the readings
    assert _end(seg0) == pytest.approx(stop, abs=10.0)


def _junction_departure_day(seed, readings):
    """A drive home (10 m fixes every 2 s), 40 minutes at home (every 30 s), then a car: it leaves from
    rest (2 m/s² to 10 m/s), waits 20 s at a red light 135 m on, and drives 6 km at 10 m/s; the phone
    records every 2 s on the road, with its speed readings (``readings``; else none), and every 30 s at
    the destination. Returns (fixes, epoch second of the departure)."""
    rng = np.random.default_rng(seed)
    dep = T0 + 2430.0
    ride = np.arange(2.0, 632.0, 2.0)                                    # seconds after the departure
    moving = ride - np.clip(ride - 16.0, 0.0, 20.0)                      # the 20 s at the red light
    pos = np.where(moving < 5.0, moving ** 2, 25.0 + 10.0 * (moving - 5.0))
    speed = np.where((ride > 16.0) & (ride < 36.0), 0.0, np.minimum(2.0 * moving, 10.0))
    t_in = T0 - 600.0 + np.arange(0.0, 600.0, 2.0)
    t_home = T0 + np.arange(0.0, 2401.0, 30.0)
    t_dest = dep + 632.0 + np.arange(0.0, 1200.0, 30.0)
    t = np.concatenate([t_in, t_home, dep + ride, t_dest])
    north = np.concatenate([-10.0 * (T0 - t_in), np.zeros(len(t_home)), pos, np.full(len(t_dest), pos[-1])])
    pts = _phone_fixes(t, north, rng.normal(0, 4, (2, len(t))), 10.0, source="car.gpx")
    if readings:
        pts["speed_mps"] = np.concatenate([np.full(len(t_in), 10.0), np.zeros(len(t_home)), speed,
                                           np.zeros(len(t_dest))])
    return pts, dep


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_departure_goes_back_at_the_pace_the_car_left_at(seed):
    """A trip whose first fix away from the place is 55 m on (8 s after the departure; the dwell rule
    starts it at 115 m) goes back to the place at the speed it left at: the phone's readings while
    moving in its first 30 s (10 m/s), not the red light it waits at just after. Without readings, the
    straight-line speed over those 30 s (the wait inside it) puts the start 10-20 s before the departure."""
    pts, dep = _junction_departure_day(seed, readings=True)
    start = segment(pts).trips.start_time.iloc[-1].value / 1e9
    assert start - dep == pytest.approx(0.0, abs=5.0)
    bare, _ = _junction_departure_day(seed, readings=False)
    start0 = segment(bare).trips.start_time.iloc[-1].value / 1e9
    assert -30.0 < start0 - dep < start - dep - 10.0


def _errand_day(cruise, seed=5):
    """A logger every 5 s: 20 minutes at home, 5 km due north at ``cruise`` m/s, a 20-minute stop where
    the phone records still fixes (nobody walks farther than the noise: the walk into a shop is under
    its 5 m), 5 km on, 20 minutes at the destination."""
    rng = np.random.default_rng(seed)
    ride = int(5000 / cruise / 5)
    still = np.zeros(240)
    v = np.concatenate([still, np.full(ride, cruise), still, np.full(ride, cruise), still])
    t = T0 + 5.0 * np.arange(len(v))
    return _phone_fixes(t, np.cumsum(v * 5.0), rng.normal(0, 5, (2, len(t))), 8.0, source="errand.gpx")


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_car_parked_for_an_errand_is_two_trips(seed):
    """A car in town (7 m/s straight line, 25 km/h) that stops for 20 minutes is parked, even when the
    phone records no walk: two trips, not one ridden through a "station stop". Before, both rides being
    faster than ``station_min_speed_mps`` made it one trip; a stop of the vehicle now also needs one ride
    faster than ``station_fast_speed_mps`` (a train's). Simulated city study (bench_transit, seeds 8, 5,
    3): the 49 stops joined on seed 8 were all true stays; trips F1 0.909 -> 0.936, 0.915 -> 0.936,
    0.939 -> 0.957, GeoLife unchanged."""
    pts = _errand_day(7.0, seed)
    assert (segment(pts).trips.distance_m > 1000).sum() == 2
    joined = segment(pts, SegmentationParams(station_fast_speed_mps=0.0)).trips
    assert (joined.distance_m > 1000).sum() == 1
    # the same stop between two rides at a train's 20 m/s is a station stop: one trip
    assert (segment(_errand_day(20.0, seed)).trips.distance_m > 1000).sum() == 1


def test_real_transfer_and_gps_outage_on_a_logger(shared_data):
    """e-mission's real day 2015-08-27 as plain fixes (no e-mission markers): at 16:53 the phone stops
    after a ride and stays still, 17:05 it is 2.3 km away (4.5 m/s across the stop): e-mission's checked
    ground truth ends a trip at 16:53:44 and starts one at 17:02:16, and so do we now (before, the two
    were one "station stop"; read as a logger's fixes, the ride ends at its arrival, 16:51:45, not in the
    still window as e-mission's rule ends it). At 23:36 the phone goes silent for 16 minutes and
    reappears 13.8 km on (14 m/s): the car went on, that trip stays whole through the outage."""
    from tracemob.tracemob_plugin.core.ingest import read_traces

    folder = shared_data / "emission_real_examples"
    if not (folder / "shankari_2015-aug-27").exists():
        pytest.skip(f"{folder / 'shankari_2015-aug-27'} is absent")
    pts = read_traces(folder / "shankari_2015-aug-27").points
    plain = pts[["user_id", "time", "lat", "lon", "accuracy_m"]].assign(source_file="day.csv")
    trips = segment(plain).trips

    def around(hh_mm):
        at = pd.Timestamp("2015-08-27 " + hh_mm, tz="UTC")
        return trips[(trips.start_time <= at) & (trips.end_time >= at)]
    ride, next_ride = around("16:51:30"), around("17:10")
    assert len(ride) == 1 and len(next_ride) == 1
    assert ride.trip_id.iloc[0] != next_ride.trip_id.iloc[0]
    assert ride.end_time.iloc[0] < pd.Timestamp("2015-08-27 16:52", tz="UTC")
    outage = around("23:45")
    assert len(outage) == 1
    assert outage.start_time.iloc[0] < pd.Timestamp("2015-08-27 23:30", tz="UTC")
    trips = segment(plain, SegmentationParams(station_fast_speed_mps=0.0)).trips
    assert around("16:51:30").trip_id.iloc[0] == around("17:10").trip_id.iloc[0]


def _android_walk_day(seed):
    """An Android phone that alternates GPS fixes (5 m) and network fixes (100 m accuracy, 40 m off)
    every 15 s, as e-mission's real days do when read from a CSV file: 20 minutes at home, a
    10-minute walk due north at 1.3 m/s from ``T0 + 1200``, 20 minutes at the destination."""
    rng = np.random.default_rng(seed)
    t = T0 + np.arange(0.0, 3000.0, 15.0)
    north = np.clip(t - T0 - 1200, 0, 600) * 1.3
    network = np.arange(len(t)) % 2 == 1
    noise = rng.normal(0, 4, (2, len(t)))
    noise[:, network] = rng.normal(0, 40, (2, network.sum()))
    return _phone_fixes(t, north, noise, np.where(network, 100.0, 5.0))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_walk_starts_at_the_departure_between_network_fixes(seed):
    """A network fix between two GPS fixes cannot tell whether the walker has left (40 m off, 100 m
    accuracy): it must not keep the GPS fixes on either side of it from confirming the departure.
    Before, the trip started 50-80 s into the walk here (and on e-mission's real days read from CSV,
    start error p90 153 s against e-mission's 34 s; 64 s now)."""
    pts = _android_walk_day(seed)
    trips = segment(pts).trips
    assert len(trips) == 1
    assert trips.start_time.iloc[0].value / 1e9 == pytest.approx(T0 + 1200, abs=45.0)
    assert trips.distance_m.iloc[0] > 600


def _silent_approach_day():
    """A phone recording every 5 s on the move and every 60 s at places, 5 m fixes: 20 minutes at
    home, a 3 km drive due north at 10 m/s that stops 250 m short of the destination, where the
    phone is silent for 90 s in a queue (55 m), then a fix 50 m on, and the arrival 46 s later; then
    30 minutes at the destination (its first fix 2 minutes after the arrival)."""
    rng = np.random.default_rng(5)
    t_home = T0 + np.arange(0.0, 1200.0, 60.0)
    t_drive = T0 + 1200.0 + np.arange(0.0, 300.0, 5.0)
    n_drive = 10.0 * (t_drive - T0 - 1200.0)
    t_q = np.array([T0 + 1495.0 + 90.0, T0 + 1495.0 + 136.0])
    n_q = np.array([3005.0, 3055.0])
    arrive = T0 + 1495.0 + 136.0 + 46.0
    t_dest = arrive + 120.0 + np.arange(0.0, 1800.0, 60.0)
    t = np.concatenate([t_home, t_drive, t_q, t_dest])
    north = np.concatenate([np.zeros(len(t_home)), n_drive, n_q, np.full(len(t_dest), 3200.0)])
    noise = rng.normal(0, 3, (2, len(t)))
    pts = _phone_fixes(t, north, noise, 5.0)
    return pts, arrive


def test_a_silent_queue_before_the_place_is_not_the_arrival():
    """A slow step between two fixes away from the place (a phone silent in a queue 250 m short of
    it) is a gap in the trip, not a phone asleep at the place: the trip ends at the place, not before
    the queue (e-mission's iPhone day 2016-02-22 read from CSV ended 265 s early that way)."""
    pts, arrive = _silent_approach_day()
    trips = segment(pts, SegmentationParams(arrival_radius_m=50.0)).trips
    assert len(trips) == 1
    assert trips.end_time.iloc[0].value / 1e9 == pytest.approx(arrive, abs=60.0)


def test_noise_at_the_start_of_the_data_is_no_trip(shared_data, tmp_path):
    """e-mission's real day 2016-08-05 read from a CSV file of plain fixes (no e-mission markers): it
    starts with 18 minutes of fixes hundreds of metres off at the place (network fixes, 36-130 m
    accuracy). The first trip's place is then only its own first fix, which shows no phone still
    there: the departure trim leaves such a trip alone (before, cutting its first fix made a
    2 km trip of the noise, 11:55-12:03). The trips are e-mission's checked ones."""
    from tracemob.tracemob_plugin.core.evaluation.scoring import read_reference_day
    from tracemob.tracemob_plugin.core.ingest import read_traces

    folder = shared_data / "emission_real_examples"
    if not (folder / "shankari_2016-08-05").exists():
        pytest.skip(f"{folder / 'shankari_2016-08-05'} is absent")
    pts = read_traces(folder / "shankari_2016-08-05").points
    csv = tmp_path / "day.csv"
    cols = ["user_id", "time", "lat", "lon", "accuracy_m"]
    pts[cols].assign(time=pts["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")).to_csv(csv, index=False)
    ref = read_reference_day(folder / "shankari_2016-08-05.ground_truth")
    trips = segment(read_traces(csv).points).trips
    start, end = ref.day_window()
    trips = trips[(trips.start_time >= start) & (trips.start_time < end)]
    assert len(trips) == len(ref.trips) == 2
    ours = trips.sort_values("start_time").start_time.astype("int64").to_numpy() / 1e9
    theirs = ref.trips.sort_values("start_time").start_time.astype("int64").to_numpy() / 1e9
    assert np.abs(ours - theirs).max() < 60


def _stale_fix_day():
    """A phone recording every 30 s: 20 minutes at home, a 3 km drive due north at 10 m/s, then a
    last fix 200 m short of the destination, the same position again 71 s later with a 147 m accuracy
    (a stale location reported again), the destination 19 s after that, and 30 minutes there."""
    rng = np.random.default_rng(7)
    t_home = T0 + np.arange(0.0, 1200.0, 30.0)
    t_drive = T0 + 1200.0 + np.arange(0.0, 300.0, 30.0)
    t_stale = t_drive[-1] + 71.0
    arrive = t_stale + 19.0
    t_dest = arrive + np.arange(0.0, 1800.0, 30.0)
    t = np.concatenate([t_home, t_drive, [t_stale], t_dest])
    north = np.concatenate([np.zeros(len(t_home)), 10.0 * (t_drive - T0 - 1200.0), [2700.0],
                            np.full(len(t_dest), 2900.0)])
    noise = rng.normal(0, 5, (2, len(t)))
    noise[:, len(t_home) + len(t_drive)] = noise[:, len(t_home) + len(t_drive) - 1]   # the same position
    acc = np.full(len(t), 30.0)
    acc[len(t_home) + len(t_drive)] = 147.0
    pts = _phone_fixes(t, north, noise, acc)
    return pts, arrive


def test_a_stale_coarse_fix_is_no_evidence_of_the_place():
    """A fix too coarse to tell (147 m) 200 m short of the place is not "at the place": the slow step
    into it (a position reported again 71 s later) is no phone asleep there, and the trip ends at the
    place, not 90 s before (e-mission's day 2015-08-27 read from CSV)."""
    pts, arrive = _stale_fix_day()
    trips = segment(pts, SegmentationParams(arrival_radius_m=25.0)).trips
    assert len(trips) == 1
    assert trips.end_time.iloc[0].value / 1e9 == pytest.approx(arrive, abs=30.0)


def _walk_from_the_start(seed):
    """Data that starts with a walk under way: a fix every 30 s (15 m noise, 20 m accuracy), 12 minutes
    due north at 1.1 m/s from the first fix, then 30 minutes at the destination."""
    rng = np.random.default_rng(seed)
    t = T0 + np.arange(0.0, 720.0 + 1800.0, 30.0)
    north = np.minimum(t - T0, 720.0) * 1.1
    noise = rng.normal(0, 15, (2, len(t)))
    return _phone_fixes(t, north, noise, 20.0)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_walk_under_way_when_the_data_starts_keeps_its_start(seed):
    """With no stay before the first trip of the data, its place would be its first fix, and fixes
    within 50 m of it over a minute may be a slow walk under way, not a phone still at a place: the
    departure trim leaves that trip to e-mission's start rule (before, it cut the first 60-90 s of the
    walk on 7 of 8 seeds)."""
    trips = segment(_walk_from_the_start(seed)).trips
    assert len(trips) == 1
    assert trips.start_time.iloc[0].value / 1e9 == pytest.approx(T0, abs=5.0)


def test_a_file_that_ends_on_the_move_ends_its_trip_at_its_last_fix():
    """A GPX stopped on the bus (20 min at home, then 10 minutes north at 10 m/s, and the file ends): the trip is
    the whole ride, to the last fix. Before, a logger's last trip closed as e-mission's does, in the middle of its last
    window, 150 s short of the last fix; e-mission's app fixes still do. A file that ends still at
    the place keeps the arrival."""
    pts = _logger_day()
    t = pts["time"].astype("int64").to_numpy() / 1e9
    cut = pts[t <= ARRIVE - 1]                       # the last fix 1 s before the arrival, moving at 10 m/s
    last = t[t <= ARRIVE - 1][-1]
    assert _end(segment(cut)) == pytest.approx(last, abs=1.0)
    # still at the place for 10 minutes when the file ends: the arrival, as before
    still = pts[t <= ARRIVE + 600]
    assert _end(segment(still)) - ARRIVE == pytest.approx(0.0, abs=10.0)
    # e-mission's app fixes (a location filter) keep e-mission's end, in the middle of the last window
    app = _logger_day(with_filter=True)
    assert last - _end(segment(app[t <= ARRIVE - 1])) == pytest.approx(150.0, abs=10.0)
