"""Trip ends at the arrival for loggers that are not e-mission's app (``arrival_radius_m``; no QGIS)."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.trips.params import SegmentationParams
from tracemob.tracemob_plugin.core.trips.segmentation import segment

T0 = 1_700_000_000.0
ARRIVE = T0 + 1200 + 600      # 20 minutes at home, 10 minutes of driving


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


def test_trip_ends_at_the_arrival_when_asked():
    pts = _logger_day()
    late = _end(segment(pts))                                           # default: e-mission's rule
    on_time = _end(segment(pts, SegmentationParams(arrival_radius_m=50.0)))
    assert late - ARRIVE > 60                                           # minutes into the stay
    assert on_time - ARRIVE == pytest.approx(0.0, abs=10.0)             # within 50 m at 10 m/s: 5 s
    # the stay at work now starts at the arrival
    stays = segment(pts, SegmentationParams(arrival_radius_m=50.0)).stays
    work = stays[stays.start_time.astype("int64") / 1e9 > T0 + 1300]
    assert work.start_time.iloc[0].value / 1e9 == pytest.approx(on_time, abs=1.0)


def test_emission_app_fixes_keep_emission_end():
    pts = _logger_day(with_filter=True)
    assert _end(segment(pts, SegmentationParams(arrival_radius_m=50.0))) == _end(segment(pts))


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
