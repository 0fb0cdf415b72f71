"""Issue 13, item 4 "Nothing moving is lost": the dwell method on fixes that are not from
e-mission's phone app (no ``location_filter``: GPX, CSV, GeoLife, loggers). Generated days with
known truth: a train ride with a gap the phone did not record, a train stopping at a station, a
short walk from a place to a bus; and e-mission phone data, which these rules leave alone."""
import numpy as np
import pandas as pd
from tracemob.tracemob_plugin.core.trips import segmentation as sg

DAY = pd.Timestamp("2024-03-12", tz="UTC")
LAT0, LON0 = 48.85, 2.35
M_PER_DEG_LAT = 111_195.0
M_PER_DEG_LON = M_PER_DEG_LAT * np.cos(np.radians(LAT0))


# the generators of test_segmentation.py
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

def _frame(user, parts, source):
    t = np.concatenate([p_[0] for p_ in parts])
    east = np.concatenate([p_[1] for p_ in parts])
    north = np.concatenate([p_[2] for p_ in parts])
    return pd.DataFrame({"user_id": user, "time": pd.to_datetime(t, utc=True),
                         "lat": LAT0 + north / M_PER_DEG_LAT, "lon": LON0 + east / M_PER_DEG_LON,
                         "accuracy_m": 10.0, "speed_mps": np.nan, "source_file": source})

def phone(points, seed=1, extra=None, stopped=True):
    """The points as e-mission's Android app would send them: fixes a little irregular in time
    (up to 2 s late; e-mission's still window needs a fix between 270 and 300 s old, which fixes
    taken every 30 s exactly never are), recorded with the time filter, written a second after
    they were taken, the state machine saying the phone left the geofence at the first fix and
    stopped moving a minute after the last one (``ingest.phone`` columns; ``extra``: more
    transitions, rows ``(time, transition, state)``; ``stopped=False``: no report after the last
    fix). The values the tests below pin are e-mission's: its pipeline (e-mission-server
    d64f2ec4 with production settings) was run on the same data, converted to its entries."""
    from tracemob.tracemob_plugin.core.ingest.phone import attach_transitions

    rng = np.random.default_rng(seed)
    out = points.copy()
    out["time"] = out["time"] + pd.to_timedelta(np.round(rng.uniform(0, 2, len(out)), 3), unit="s")
    out = out.sort_values(["user_id", "time"], kind="stable").reset_index(drop=True)
    out["location_filter"] = "time"
    out["write_ts"] = out["time"].astype("int64").to_numpy() / 1e9 + 1.0
    first = out.groupby("user_id")["time"].min()
    last = out.groupby("user_id")["time"].max()
    rows = [(u, t_, 1, 1) for u, t_ in first.items()]
    if stopped:
        rows += [(u, t_ + pd.Timedelta(minutes=1), 2, 2) for u, t_ in last.items()]
    for t_, kind, state in (extra or []):
        rows += [(u, t_, kind, state) for u in first.index]
    tr = pd.DataFrame(rows, columns=["user_id", "time", "transition", "state"])
    return attach_transitions(out, tr.sort_values(["user_id", "time"]))


def _frame_of(parts, user="ulla"):
    return _frame(user, parts, "gen")


def _train_day(gap=None, stop=None):
    """Home 07:00-07:30, walk to the station 07:30-07:40 (1.3 m/s), train at 20 m/s
    07:40-10:00 (no fix during ``gap`` = (start, end), or standing still during ``stop`` =
    (start, end), nobody getting off), walk 10:00-10:10, office 10:10-11:00."""
    rng = np.random.default_rng(5)
    home = _stay(at(7), at(7, 30), 0, 0, rng)
    walk = _move(at(7, 30), at(7, 40), 0, 0, 1.3, 90)
    e = 1.3 * 600
    if stop is None:
        train = [_move(at(7, 40), at(10), e, 0, 20.0, 90)]
        e2 = e + 20.0 * 8400
    else:
        a, b = stop
        d1 = 20.0 * (a - at(7, 40)).total_seconds()
        train = [_move(at(7, 40), a, e, 0, 20.0, 90), _stay(a, b, e + d1, 0, rng, noise_m=3.0),
                 _move(b, at(10), e + d1, 0, 20.0, 90)]
        e2 = e + d1 + 20.0 * (at(10) - b).total_seconds()
    if gap is not None:
        train = [tuple(x[(train[0][0] < gap[0].value) | (train[0][0] >= gap[1].value)] for x in train[0])]
    walk2 = _move(at(10), at(10, 10), e2, 0, 1.3, 90)
    office = _stay(at(10, 10), at(11), e2 + 780, 0, rng)
    return _frame_of((home, walk, *train, walk2, office))


def test_train_with_a_40_minute_gap_is_one_trip_with_an_untracked_leg():
    """No fix 08:30-09:10 at 20 m/s (48 km): one trip, home to office, whose legs include one
    flagged ``untracked`` spanning the gap; no untracked time, no stay in the train."""
    res = sg.segment(_train_day(gap=(at(8, 30), at(9, 10))))
    assert len(res.trips) == 1 and res.gaps.empty and len(res.stays) == 2
    trip = res.trips.iloc[0]
    assert trip.start_time <= at(7, 31) and trip.end_time >= at(10, 9)
    gap_legs = res.legs[res.legs.sensed_mode == "untracked"]
    assert len(gap_legs) == 1
    g = gap_legs.iloc[0]
    assert at(8, 29) <= g.start_time <= at(8, 30) and at(9, 10) <= g.end_time <= at(9, 11)
    assert abs(g.distance_m - 20.0 * 2400) < 1000
    # the other legs: the walks and the train around the gap
    others = res.legs[res.legs.sensed_mode != "untracked"]
    assert (others.speed_median_mps > 15).sum() == 2 and len(others) == 4


def test_a_gap_crossed_at_walking_pace_is_not_bridged():
    """A gap covered at walking pace (a 40-minute gap 2 km away) is not a ride: the trip ends."""
    rng = np.random.default_rng(8)
    home = _stay(at(7), at(7, 30), 0, 0, rng)
    walk = _move(at(7, 30), at(7, 50), 0, 0, 1.3, 0)
    later = _move(at(8, 30), at(8, 50), 0, 1.3 * 1200 + 800, 1.3, 0)
    office = _stay(at(8, 50), at(9, 30), 0, 1.3 * 2400 + 800, rng)
    res = sg.segment(_frame_of((home, walk, later, office)))
    assert len(res.trips) == 2
    assert not (res.legs.sensed_mode == "untracked").any()


def test_station_stop_without_walking_stays_inside_the_trip():
    """The train stands 10 minutes at a station (08:30-08:40), nobody gets off: one trip, no
    stay at the station, the stop inside the train's leg."""
    res = sg.segment(_train_day(stop=(at(8, 30), at(8, 40))))
    assert len(res.trips) == 1 and len(res.stays) == 2
    fast = res.legs[res.legs.speed_median_mps > 15]
    assert len(fast) == 1
    assert fast.iloc[0].start_time <= at(8) and fast.iloc[0].end_time >= at(9)


def test_a_long_halt_at_the_station_still_ends_the_trip():
    """A 45-minute halt is a place (longer than ``station_stop_max_s``)."""
    res = sg.segment(_train_day(stop=(at(8, 30), at(9, 15))))
    assert len(res.trips) == 2 and len(res.stays) == 3


def test_short_walk_from_a_place_to_a_bus_is_a_leg():
    """Home 07:00-07:30, a 4-minute walk (1.4 m/s, 336 m) to the bus stop, the bus at 9 m/s
    07:34-07:54, office: the walk is a leg of the trip, not part of the stay at home."""
    rng = np.random.default_rng(11)
    home = _stay(at(7), at(7, 30), 0, 0, rng, step_s=5, noise_m=4.0)
    walk = _move(at(7, 30), at(7, 34), 0, 0, 1.4, 0, step_s=5)
    bus = _move(at(7, 34), at(7, 54), 0, 336, 9.0, 0, step_s=5)
    office = _stay(at(7, 54), at(8, 30), 0, 336 + 10800, rng, step_s=5, noise_m=4.0)
    res = sg.segment(_frame_of((home, walk, bus, office)))
    assert len(res.trips) == 1
    home_stay = res.stays.sort_values("start_time").iloc[0]
    assert home_stay.end_time <= at(7, 31)
    legs = res.legs.sort_values("start_time")
    assert len(legs) == 2
    w = legs.iloc[0]
    assert w.speed_median_mps < 2.2 and w.start_time <= at(7, 31) and abs(w.end_time - at(7, 34)) <= pd.Timedelta(seconds=60)


def test_emission_phone_data_is_left_alone():
    """The same days as e-mission phone data (``location_filter`` "time"): the gap ends the
    trip (no motion reading during it), the station stop is a place, as in e-mission."""
    gap = sg.segment(phone(_train_day(gap=(at(8, 30), at(9, 10)))))
    assert len(gap.trips) == 2 and not (gap.legs.sensed_mode == "untracked").any()
    stop = sg.segment(phone(_train_day(stop=(at(8, 30), at(8, 40)))))
    assert len(stop.trips) == 2
    off = sg.SegmentationParams(bridge_min_distance_m=np.inf, station_stop_max_s=0.0)
    for day in (_train_day(gap=(at(8, 30), at(9, 10))), _train_day(stop=(at(8, 30), at(8, 40)))):
        a = sg.segment(phone(day))
        b = sg.segment(phone(day), off)
        pd.testing.assert_frame_equal(a.trips, b.trips)
        pd.testing.assert_frame_equal(a.legs, b.legs)
        pd.testing.assert_frame_equal(a.stays, b.stays)


def test_a_walk_at_the_station_ends_the_trip():
    """Off the train at 08:30, a 6-minute walk (470 m) to another platform, 9 minutes waiting,
    another train at 08:45: somebody walked during the stop, so the place ends the trip."""
    rng = np.random.default_rng(6)
    home = _stay(at(7), at(7, 30), 0, 0, rng)
    train1 = _move(at(7, 30), at(8, 30), 0, 0, 20.0, 90)
    e = 20.0 * 3600
    walk = _move(at(8, 30), at(8, 36), e, 0, 1.3, 0)
    wait = _stay(at(8, 36), at(8, 45), e, 468, rng, noise_m=3.0)
    train2 = _move(at(8, 45), at(9, 45), e, 468, 20.0, 90)
    office = _stay(at(9, 45), at(10, 30), e + 72000, 468, rng)
    res = sg.segment(_frame_of((home, train1, walk, wait, train2, office)))
    assert len(res.trips) == 2 and len(res.stays) == 3
