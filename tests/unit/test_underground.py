"""Metro and train rides underground (issue 14): a gap the phone did not record between two stations of
that kind is the ride, inferred from the stations at both ends (no QGIS). Generated days with known truth."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from tracemob.tracemob_plugin.core.modes import infer_modes
from tracemob.tracemob_plugin.core.cluster.chain import leg_vertices
from tracemob.tracemob_plugin.core.modes.transit import TransitNetwork
from tracemob.tracemob_plugin.core.trips import segmentation as sg

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from gen_days import LAT0, LON0, M_PER_DEG_LAT, M_PER_DEG_LON, _frame, _move, _stay, at  # noqa: E402

RIDE_M = 7000.0


def _metro_day():
    """Home 07:00-07:30, a 6-minute walk north (1.3 m/s, 468 m) into station A, no fix 07:36-07:50 while
    the metro runs 7 km north underground, a 5-minute walk out of station B, office from 07:55."""
    rng = np.random.default_rng(3)
    home = _stay(at(7), at(7, 30), 0, 0, rng, step_s=5, noise_m=4.0)
    walk1 = _move(at(7, 30), at(7, 36), 0, 0, 1.3, 0, step_s=5)
    walk2 = _move(at(7, 50), at(7, 55), 0, 468 + RIDE_M, 1.3, 0, step_s=5)
    office = _stay(at(7, 55), at(8, 30), 0, 468 + RIDE_M + 390, rng, step_s=5, noise_m=4.0)
    return _frame("mia", (home, walk1, walk2, office), "gen")


def _stops(kind_a, kind_b, a_north=568.0, b_north=468 + RIDE_M + 50):
    """Station A 100 m past the walk's end, B 50 m past the ride's end, and a bus stop on the way."""
    east = np.array([30.0, -50.0, 200.0])
    north = np.array([a_north, b_north, 3000.0])
    return pd.DataFrame({"kind": [kind_a, kind_b, "bus"], "lat": LAT0 + north / M_PER_DEG_LAT,
                         "lon": LON0 + east / M_PER_DEG_LON})


def _modes(network):
    res = sg.segment(_metro_day())
    out = infer_modes(res.legs, leg_vertices(res.points, res.legs), network=network)
    return out.sort_values("start_time").reset_index(drop=True)


def test_gap_between_two_metro_stations_is_a_metro_ride():
    out = _modes(TransitNetwork(stops=_stops("subway", "metro")))
    gap = out[out.sensed_mode == "untracked"]
    assert len(gap) == 1
    assert gap["mode"].iloc[0] == "metro" and gap["mode_confidence"].iloc[0] == 0.7
    # the walks around it stay walks, the walk out starting at the first fix after the gap (no leg of its own
    # for that fix, whose speed window reached back across the gap)
    walks = out[out.sensed_mode != "untracked"]
    assert len(walks) == 2 and (walks["mode"] == "walk").all()
    assert walks["start_time"].iloc[1] == gap["end_time"].iloc[0]


def test_gap_between_two_train_stations_is_a_train_ride():
    out = _modes(TransitNetwork(stops=_stops("train", "railway")))
    assert out[out.sensed_mode == "untracked"]["mode"].tolist() == ["train"]


def test_no_ride_underground_without_stations_at_both_ends():
    # station A 1.1 km from where the fix was lost: no metro; no network at all: no metro either
    far = _modes(TransitNetwork(stops=_stops("metro", "metro", a_north=1568.0)))
    none = _modes(None)
    for out in (far, none):
        assert out[out.sensed_mode == "untracked"]["mode"].tolist() != ["metro"]
