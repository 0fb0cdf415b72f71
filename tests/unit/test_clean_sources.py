"""Cleaning of impossible jumps under the dwell method: e-mission's phone fixes are left to
e-mission's own jump smoothing (its pipeline is reproduced exactly), fixes from any other source
(GPX, CSV, loggers, whose legs may come from speeds) are cleaned as the window method cleans them."""
import numpy as np
import pandas as pd

from tracemob.tracemob_plugin.core.trips.clean import clean_arrays
from tracemob.tracemob_plugin.core.trips.params import SegmentationParams


def _track(location_filter=None):
    """A drive east at 10 m/s, one fix every 5 s, with fix 20 thrown 2 km north and back."""
    n = 40
    t0 = pd.Timestamp("2024-03-05 07:00", tz="UTC")
    lat = np.full(n, 48.85)
    lon = 2.35 + np.arange(n) * 50.0 / 73_000.0          # 50 m per fix at this latitude
    lat[20] += 2000.0 / 111_000.0
    pts = pd.DataFrame({"user_id": "u", "time": t0 + pd.to_timedelta(np.arange(n) * 5, unit="s"),
                        "lat": lat, "lon": lon, "accuracy_m": 10.0})
    if location_filter is not None:
        pts["location_filter"] = location_filter
    return pts


def test_a_spike_in_a_logger_file_is_dropped_by_the_default_dwell_method():
    p = SegmentationParams()
    assert p.stay_method == "dwell"
    df, stats, _ = clean_arrays(_track(), p)
    assert stats["speed_jumps"] == 1 and len(df) == 39
    assert df["lat"].max() < 48.851
    # a file read with a location_filter column left empty (not from e-mission's app): the same
    df, stats, _ = clean_arrays(_track(location_filter=None).assign(location_filter=np.nan), p)
    assert stats["speed_jumps"] == 1


def test_e_mission_phone_fixes_keep_their_jumps_for_e_missions_smoothing():
    df, stats, _ = clean_arrays(_track(location_filter="time"), SegmentationParams())
    assert stats["speed_jumps"] == 0 and len(df) == 40
    # the window method cleans every source
    df, stats, _ = clean_arrays(_track(location_filter="time"), SegmentationParams(stay_method="window"))
    assert stats["speed_jumps"] == 1 and len(df) == 39


def _place_with_bursts(bursts=True):
    """A drive in (5 min east at 10 m/s), 12 minutes at a place (a fix every 2 s, 8 m of noise), a drive out; while at
    the place the phone reports two wrong positions in a row 200 m east then 250 m south (minute 4), and three in a
    row (minute 8) 180 to 300 m away, each at a different place."""
    rng = np.random.default_rng(3)
    t0 = pd.Timestamp("2024-03-05 07:00", tz="UTC")
    m_lat, m_lon = 1 / 111_000.0, 1 / 73_000.0
    drive_in = np.arange(0, 300, 2.0)
    stay = np.arange(300, 1020, 2.0)
    drive_out = np.arange(1020, 1320, 2.0)
    x = np.concatenate([(drive_in - 300) * 10.0, rng.normal(0, 8, len(stay)), (drive_out - 1020) * 10.0])
    y = np.concatenate([np.zeros(len(drive_in)), rng.normal(0, 8, len(stay)), np.zeros(len(drive_out))])
    t = np.concatenate([drive_in, stay, drive_out])
    acc = np.full(len(t), 8.0)
    wrong = []
    if bursts:
        for start, offsets in ((540.0, ((200, 0), (0, -250))), (780.0, ((-180, 40), (60, 300), (250, -220)))):
            for j, (dx, dy) in enumerate(offsets):
                i = int(np.searchsorted(t, start + 2 * j))
                x[i], y[i], acc[i] = dx, dy, 60.0
                wrong.append(i)
    pts = pd.DataFrame({"user_id": "u", "time": t0 + pd.to_timedelta(t, unit="s"), "lat": 48.85 + y * m_lat,
                        "lon": 2.35 + x * m_lon, "accuracy_m": acc})
    return pts, wrong, t0


def test_two_or_three_wrong_fixes_in_a_row_at_a_place_are_dropped_and_the_stay_found():
    from tracemob.tracemob_plugin.core.trips.segmentation import segment

    pts, wrong, t0 = _place_with_bursts()
    df, stats, _ = clean_arrays(pts, SegmentationParams())
    assert stats["speed_jumps"] == 5
    assert not df["time"].isin(pts["time"].iloc[wrong]).any()
    res = segment(pts)
    trips = res.trips.sort_values("start_time")
    assert len(trips) == 2
    arrive, leave = t0 + pd.Timedelta(seconds=300), t0 + pd.Timedelta(seconds=1020)
    assert abs((trips["end_time"].iloc[0] - arrive).total_seconds()) <= 30
    assert abs((trips["start_time"].iloc[1] - leave).total_seconds()) <= 30
    # the same place without the wrong fixes: the same trips
    clean = segment(_place_with_bursts(bursts=False)[0]).trips.sort_values("start_time")
    assert abs((clean["end_time"].iloc[0] - trips["end_time"].iloc[0]).total_seconds()) <= 10


def test_a_fast_ride_round_a_bend_keeps_its_fixes():
    """A train at 40 m/s, a fix every second, round a hairpin: each step is faster than the spike speed but the
    fixes two and three apart are not close together: nothing is a burst."""
    t0 = pd.Timestamp("2024-03-05 07:00", tz="UTC")
    ang = np.linspace(0, np.pi, 60)
    x, y = 800 * np.cos(ang), 800 * np.sin(ang)            # 2.5 km of a 800 m radius bend in 60 s: 42 m/s
    pts = pd.DataFrame({"user_id": "u", "time": t0 + pd.to_timedelta(np.arange(60), unit="s"),
                        "lat": 48.85 + y / 111_000.0, "lon": 2.35 + x / 73_000.0, "accuracy_m": 5.0})
    df, stats, _ = clean_arrays(pts, SegmentationParams())
    assert stats["speed_jumps"] == 0 and len(df) == 60
