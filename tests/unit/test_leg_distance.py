"""Leg distances measured on the path resampled every 30 s (as e-mission measures its sections), so
that the GPS noise of phones recording every second does not add up (hardening issue, defect 16)."""
import numpy as np
import pandas as pd

from tracemob.tracemob_plugin.core.trips import segmentation as sg
from tracemob.tracemob_plugin.core.trips.arrays import xyz


def _day(noise_m, step_s, seed=3):
    """Home 10 min, a 3 km drive east at 10 m/s (one fix every ``step_s``), 10 min at work; every
    fix thrown ``noise_m`` (sd) in a random direction."""
    rng = np.random.default_rng(seed)
    lat0, lon0 = 48.85, 2.35
    m_per_deg_lon = 111_320.0 * np.cos(np.radians(lat0))
    t_home = np.arange(0, 600, step_s)
    t_drive = np.arange(600, 900 + step_s, step_s)
    t_work = np.arange(900 + step_s, 1500, step_s)
    east = np.concatenate([np.zeros(len(t_home)), (t_drive - 600) * 10.0, np.full(len(t_work), 3000.0)])
    t = np.concatenate([t_home, t_drive, t_work]).astype(float)
    e = east + rng.normal(0, noise_m, len(t))
    nrt = rng.normal(0, noise_m, len(t))
    return pd.DataFrame({"user_id": "u", "time": pd.Timestamp("2024-03-05 07:00", tz="UTC")
                         + pd.to_timedelta(t, unit="s"),
                         "lat": lat0 + nrt / 111_320.0, "lon": lon0 + e / m_per_deg_lon, "accuracy_m": 10.0})


def test_a_noisy_drive_recorded_every_second_measures_its_true_length():
    pts = _day(noise_m=8.0, step_s=1)
    res = sg.segment(pts)
    moving = res.legs[res.legs.speed_median_mps > 3]
    assert len(moving) == 1
    raw = float(np.hypot(np.diff(pts.lon.to_numpy()) * 111_320 * np.cos(np.radians(48.85)),
                         np.diff(pts.lat.to_numpy()) * 111_320).sum())
    assert raw > 10_000  # the noise of 1,500 fixes adds up to more than three times the 3 km
    d = float(moving.distance_m.iloc[0])
    assert 2_700 < d < 3_300, d


def test_fixes_30_s_apart_measure_their_raw_path():
    t = np.arange(0, 3000, 30.0)
    lat = 48.85 + np.sin(t / 300.0) * 0.01
    lon = 2.35 + t * 1e-5
    x, y, z = xyz(lat, lon)
    new_user = np.zeros(len(t), dtype=bool)
    new_user[0] = True
    new_user[50] = True              # a second user from fix 50: nothing crosses users
    cum = sg.path_cumulative(t, x, y, z, new_user)
    steps = np.r_[0.0, np.sqrt(np.diff(x) ** 2 + np.diff(y) ** 2 + np.diff(z) ** 2)]
    steps[new_user] = 0.0
    raw = np.cumsum(steps)
    np.testing.assert_allclose(cum[49] - cum[0], raw[49] - raw[0], rtol=1e-6)
    np.testing.assert_allclose(cum[-1] - cum[50], raw[-1] - raw[50], rtol=1e-6)
