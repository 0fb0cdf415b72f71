"""Nothing moving is lost: the dwell method on fixes that are not from
e-mission's phone app (no ``location_filter``: GPX, CSV, GeoLife, loggers). Generated days with
known truth: a train ride with a gap the phone did not record, a train stopping at a station, a
short walk from a place to a bus; and e-mission phone data, which these rules leave alone."""
import numpy as np
import pandas as pd
from tracemob.tracemob_plugin.core.trips import segmentation as sg

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from gen_days import (  # noqa: E402  (the generators shared with the other segmentation tests)
    DAY, LAT0, LON0, M_PER_DEG_LAT, M_PER_DEG_LON, _frame, _move, _stay, at, phone)


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


def test_a_long_halt_between_two_trains_is_a_connection_inside_the_trip():
    """A 45-minute halt between two rides at 20 m/s, nobody walking: longer than ``station_stop_max_s``
    (30 min) but a connection between two trains (``station_transfer_max_s``, 60 min), which travel
    surveys count inside the trip: one trip. Without that rule, or after 75 minutes, a place: two trips."""
    res = sg.segment(_train_day(stop=(at(8, 30), at(9, 15))))
    assert len(res.trips) == 1 and len(res.stays) == 2
    off = sg.segment(_train_day(stop=(at(8, 30), at(9, 15))), sg.SegmentationParams(station_transfer_max_s=0.0))
    assert len(off.trips) == 2 and len(off.stays) == 3
    assert at(8, 29) <= off.stays.sort_values("start_time").iloc[1].start_time <= at(8, 31)
    res = sg.segment(_train_day(stop=(at(8, 30), at(9, 45))))
    assert len(res.trips) == 2 and len(res.stays) == 3


def test_a_long_halt_beside_a_town_ride_ends_the_trip():
    """The same 45-minute halt with a ride at town speed (8 m/s, a car) before it: not a connection
    between two trains (only one ride reaches ``station_fast_speed_mps``), a place: two trips; the
    same ride with a 10-minute stop stays one trip (a train's stop beside one fast ride)."""
    rng = np.random.default_rng(9)

    def day(a, b):
        home = _stay(at(7), at(7, 30), 0, 0, rng)
        car = _move(at(7, 30), a, 0, 0, 8.0, 90)
        d1 = 8.0 * (a - at(7, 30)).total_seconds()
        halt = _stay(a, b, d1, 0, rng, noise_m=3.0)
        train = _move(b, at(10), d1, 0, 20.0, 90)
        d2 = d1 + 20.0 * (at(10) - b).total_seconds()
        return _frame_of((home, car, halt, train, _stay(at(10), at(11), d2, 0, rng)))

    assert len(sg.segment(day(at(8, 30), at(9, 15))).trips) == 2
    assert len(sg.segment(day(at(8, 30), at(8, 40))).trips) == 1


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


def _minute_logger_train(silent_after_stop=False):
    """A GeoLife-like logger, one fix a minute: home 07:00-07:30, a train at 15 m/s 07:30-08:30
    that brakes in its last minute (one 2 m/s step, 120 m) into a 17-minute station stop
    08:31-08:48, starts with one 1 m/s step (60 m), runs at 15 m/s 08:49-09:49; office from 09:49.
    ``silent_after_stop``: the logger records nothing from 08:48 to 09:20 (the train running on)."""
    rng = np.random.default_rng(21)
    home = _stay(at(7), at(7, 30), 0, 0, rng, step_s=60, noise_m=3.0)
    train1 = _move(at(7, 30), at(8, 30), 0, 0, 15.0, 0, step_s=60)
    n1 = 15.0 * 3540 + 120.0
    brake = (np.array([at(8, 30).value]), np.array([0.0]), np.array([n1]))
    stop = (np.arange(at(8, 31).value, at(8, 48).value, int(60e9)), np.zeros(17), np.full(17, n1))
    start = (np.array([at(8, 48).value]), np.array([0.0]), np.array([n1 + 60.0]))
    train2 = _move(at(8, 49), at(9, 49), 0, n1 + 60.0, 15.0, 0, step_s=60)
    if silent_after_stop:
        train2 = tuple(x[train2[0] >= at(9, 20).value] for x in train2)
        start = tuple(x[:0] for x in start)
    office = _stay(at(9, 49), at(10, 30), 0, n1 + 60.0 + 15.0 * 3600, rng, step_s=60, noise_m=3.0)
    return _frame_of((home, train1, brake, stop, start, train2, office))


def test_a_train_braking_in_one_minute_step_is_no_walk():
    """A logger at one fix a minute sees the train's last minute of braking and first minute of
    starting as single steps at walking pace (120 m, 60 m) next to 15 m/s steps: nobody walked,
    the 17-minute stop is inside one trip (before: 180 m "walked", two trips)."""
    res = sg.segment(_minute_logger_train())
    assert len(res.trips) == 1 and len(res.stays) == 2
    trip = res.trips.iloc[0]
    assert trip.start_time <= at(7, 31) and trip.end_time >= at(9, 48)


def test_a_stop_where_the_logger_went_silent_before_a_ride_is_inside_the_trip():
    """The train stands 17 minutes at the station with the logger recording, then the logger is
    silent while the train runs 28 km in 32 minutes: the stop lasted 17 minutes (to its last fix),
    not until the next fix 49 minutes after it began, so it is a station stop; one trip, home to
    office, the silence an untracked leg."""
    res = sg.segment(_minute_logger_train(silent_after_stop=True))
    assert len(res.trips) == 1 and len(res.stays) == 2 and res.gaps.empty
    assert (res.legs.sensed_mode == "untracked").sum() == 1


def test_a_logger_trip_cut_by_a_gap_ends_at_its_last_moving_fix():
    """A logger records a train at 15 m/s until 08:30, then nothing for 90 minutes, and its next
    fix is 6 km away (1.1 m/s on average: neither a ride to bridge nor a place left slowly): the
    trip ends at the last fix (08:29), where the train was still running, not at the middle of
    its last fixes (e-mission's rule for its phones, which record a place minutes before they
    stop: 08:25)."""
    rng = np.random.default_rng(22)
    home = _stay(at(7), at(7, 30), 0, 0, rng, step_s=60, noise_m=3.0)
    train = _move(at(7, 30), at(8, 30), 0, 0, 15.0, 0, step_s=60)
    later = _stay(at(10), at(11), 0, 15.0 * 3540 + 6000.0, rng, step_s=60, noise_m=3.0)
    res = sg.segment(_frame_of((home, train, later)))
    trips = res.trips.sort_values("start_time")
    assert abs((trips.iloc[0].end_time - at(8, 29)).total_seconds()) <= 1
    # the 6 km moved during the gap: a second trip, from the next fix extended back into the gap
    assert len(trips) == 2 and trips.iloc[1].start_time < at(10) and res.gaps.empty
