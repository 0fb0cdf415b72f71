"""Waits at public-transport stops inside trips (``trips.waits``, segmentation given the stops; no QGIS)."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.modes import infer_modes
from tracemob.tracemob_plugin.core.trips.params import SegmentationParams
from tracemob.tracemob_plugin.core.trips.segmentation import segment

LAT0, LON0 = 48.85, 2.35
K_LAT = 1 / 111_195.0
K_LON = 1 / (111_195.0 * np.cos(np.radians(LAT0)))
T0 = pd.Timestamp("2026-03-02 07:00", tz="UTC")
STOP = (600.0, 0.0)            # the bus stop, metres east of home


def _day(wait_s=720.0, after="bus", stop_xy=STOP, seed=0, arrive="walk"):
    """A logger every 5 s (GPS noise 4 m): 15 min at home, a 600 m walk to the stop (``arrive="bus"``: a 3 km bus
    ride to it, a transfer), ``wait_s`` still there, then a 4 km bus ride (8 m/s, 30 s at a stop every 800 m) or,
    ``after="walk"``, a 600 m walk on; 30 min at the destination. Returns (points, time of the wait's start and
    end)."""
    rng = np.random.default_rng(seed)
    xs, ys, ts = [], [], []
    t = 0.0

    def still(x, y, dur):
        nonlocal t
        for _ in range(int(dur // 5)):
            xs.append(x), ys.append(y), ts.append(t)
            t += 5.0

    def move(x0, x1, speed, stop_every=0.0, dwell=0.0):
        nonlocal t
        x = x0
        next_stop = x0 + stop_every if stop_every else np.inf
        while x < x1:
            xs.append(x), ys.append(0.0), ts.append(t)
            x = min(x + speed * 5.0, x1)
            t += 5.0
            if x >= next_stop and x < x1:
                still(x, 0.0, dwell)
                next_stop += stop_every

    x_home = 0.0 if arrive == "walk" else stop_xy[0] - 3000.0
    still(x_home, 0.0, 900)
    if arrive == "walk":
        move(x_home, stop_xy[0], 1.4)
    else:
        move(x_home, stop_xy[0], 8.0, stop_every=800.0, dwell=30.0)
    w0 = t
    still(*stop_xy, wait_s)
    w1 = t
    if after == "bus":
        move(stop_xy[0], stop_xy[0] + 4000.0, 8.0, stop_every=800.0, dwell=30.0)
    else:
        move(stop_xy[0], stop_xy[0] + 600.0, 1.4)
    still(xs[-1], 0.0, 1800)
    x, y = np.array(xs) + rng.normal(0, 4, len(xs)), np.array(ys) + rng.normal(0, 4, len(ys))
    pts = pd.DataFrame({"user_id": "u1", "time": T0 + pd.to_timedelta(np.array(ts), unit="s"),
                        "lat": LAT0 + y * K_LAT, "lon": LON0 + x * K_LON, "accuracy_m": 10.0})
    return pts, T0 + pd.Timedelta(seconds=w0), T0 + pd.Timedelta(seconds=w1)


def _stops(*xy):
    return pd.DataFrame({"lon": [LON0 + x * K_LON for x, _ in xy], "lat": [LAT0 + y * K_LAT for _, y in xy]})


def test_a_long_wait_at_the_stop_is_a_wait_leg_inside_one_trip():
    pts, w0, w1 = _day()
    plain = segment(pts)
    # e-mission's rule alone: the 12-minute wait is a stay, the walk and the ride two trips
    assert len(plain.trips) == 2 and len(plain.stays) == 3
    seg = segment(pts, stops=_stops(STOP, (2400.0, 0.0)))
    assert seg.stats["waits"] == 1 and len(seg.trips) == 1 and len(seg.stays) == 2
    trip = seg.trips.iloc[0]
    assert trip["start_time"] == plain.trips["start_time"].iloc[0] and trip["end_time"] == plain.trips["end_time"].iloc[1]
    assert trip["distance_m"] == pytest.approx(plain.trips["distance_m"].sum())
    legs = seg.legs
    assert (legs["trip_id"] == trip["trip_id"]).all()
    wait = legs[legs["sensed_mode"] == "wait"]
    assert len(wait) == 1
    # the wait leg spans the stay that was, within the still fixes' times
    assert abs((wait["start_time"].iloc[0] - w0).total_seconds()) < 300
    assert abs((wait["end_time"].iloc[0] - w1).total_seconds()) < 60
    # its fixes carry the leg and the trip, none a stay
    mine = seg.points.iloc[wait["first_point"].iloc[0]:wait["last_point"].iloc[0] + 1]
    assert (mine["leg_id"] == wait["leg_id"].iloc[0]).all() and (mine["trip_id"] == trip["trip_id"]).all()
    assert (mine["stay_id"] == "").all()
    assert set(seg.points["trip_id"]) - {""} == {trip["trip_id"]}
    # mode inference names it a wait; the ride is motorised, the walk a walk
    modes = infer_modes(seg.legs, seg.points).set_index("leg_id")["mode"]
    assert modes[wait["leg_id"].iloc[0]] == "wait" and "walk" in set(modes) and len(set(modes)) >= 3


@pytest.mark.parametrize("case", ["walk_on", "too_long", "no_stop_there", "no_stops"])
def test_what_stays_a_stay(case):
    """Left on foot, longer than wait_max_s, 200 m from any stop, or no stops given: two trips, as before."""
    kwargs = {"walk_on": dict(after="walk"), "too_long": dict(wait_s=1500.0)}.get(case, {})
    pts, _, _ = _day(**kwargs)
    stops = {"no_stop_there": _stops((800.0, 0.0)), "no_stops": None}.get(case, _stops(STOP))
    seg = segment(pts, stops=stops)
    plain = segment(pts)
    assert len(seg.trips) == len(plain.trips) == 2 and seg.stats.get("waits", 0) == 0
    pd.testing.assert_frame_equal(seg.legs, plain.legs)
    pd.testing.assert_frame_equal(seg.points, plain.points)


def test_only_arrivals_on_foot_when_asked():
    """``wait_walk_mps`` above 0: a wait must follow an arrival on foot (the walk in at a median 1.4 m/s). A
    transfer between two buses (8 m/s with their stops) is a wait inside one trip when the stops are given
    (``wait_walk_mps`` 0, the default). Without them, 12 still minutes between two rides at a town's speed
    cannot be told from a car parked for an errand: two trips since ``station_fast_speed_mps`` (it was one
    "station stop" before, and so were the errands)."""
    pts, _, _ = _day()
    stops = _stops(STOP)
    assert segment(pts, SegmentationParams(wait_walk_mps=2.5), stops=stops).stats["waits"] == 1
    assert segment(pts, SegmentationParams(wait_walk_mps=1.0), stops=stops).stats["waits"] == 0
    transfer, _, _ = _day(arrive="bus")
    with_stops = segment(transfer, stops=stops)
    assert len(with_stops.trips) == 1 and with_stops.stats["waits"] == 1
    assert len(segment(transfer).trips) == 2
    assert len(segment(transfer, SegmentationParams(station_fast_speed_mps=0.0)).trips) == 1


def test_simulated_riders_trip_count_and_waits(tmp_path):
    """Simulated public-transport riders (e-mission-like phones, the generated GTFS's stops): with the stops, the trip
    count comes back near the true one, and the stays made waits are at true waits."""
    from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs
    from tracemob.tracemob_plugin.core.modes.timetable import network_from_feed
    from tracemob.tracemob_plugin.core.simulate.graph import grid_network
    from tracemob.tracemob_plugin.core.simulate.params import params_for_mix
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    sim = simulate(grid_network(), n_citizens=40, days=2, seed=11, params=params_for_mix("car", pt_share=0.9))
    stops = network_from_feed(read_gtfs(sim.write_gtfs(tmp_path / "g.zip"))).stops
    plain, seg = segment(sim.points), segment(sim.points, stops=stops)
    true = len(sim.trips)
    assert len(plain.trips) > 1.05 * true                       # waits over ~5 min split trips
    assert abs(len(seg.trips) - true) < 0.5 * abs(len(plain.trips) - true)
    merged = plain.stays[~plain.stays["stay_id"].isin(set(seg.stays["stay_id"]))]
    legs = sim.legs
    wait = pd.to_numeric(legs["wait_s"], errors="coerce").fillna(0.0)
    waits = legs[wait > 0].assign(ws=lambda d: d["end_time"] - pd.to_timedelta(wait[wait > 0], unit="s"))
    hits = [bool(((waits.user_id == r.user_id) & (waits.ws < r.end_time) & (waits.end_time > r.start_time)).any())
            for r in merged.itertuples()]
    assert len(hits) >= 10 and np.mean(hits) >= 0.9
    assert seg.stats["waits"] == len(merged) == (seg.legs["sensed_mode"] == "wait").sum()
