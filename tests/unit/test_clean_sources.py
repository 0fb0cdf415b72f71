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
