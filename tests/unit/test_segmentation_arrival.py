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
