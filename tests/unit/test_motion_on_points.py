"""The phone's motion readings travel on the points (ingest.motion) and on the legs (trips.motion)."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.ingest import read_traces
from tracemob.tracemob_plugin.core.ingest.motion import MOTION_POINT_COLUMNS, attach_motion, motion_from_points
from tracemob.tracemob_plugin.core.modes.infer import infer_modes
from tracemob.tracemob_plugin.core.trips.motion import MOTION
from tracemob.tracemob_plugin.core.trips.segmentation import segment


def _vertices(result):
    pts, legs = result.points, result.legs
    cnt = (legs.last_point - legs.first_point + 1).to_numpy()
    pos = np.concatenate([np.arange(a, b + 1) for a, b in zip(legs.first_point, legs.last_point)])
    return pd.DataFrame({"leg_id": np.repeat(legs.leg_id.to_numpy(), cnt), "lon": pts.lon.to_numpy()[pos],
                         "lat": pts.lat.to_numpy()[pos], "time": pts.time.iloc[pos].to_numpy()})


def test_readings_round_trip_through_the_points(sample_dir):
    t = read_traces(sample_dir / "shankari_2016-07-22.json")
    assert len(t.motion) == 340
    carried = attach_motion(t.points, t.motion)
    assert set(MOTION_POINT_COLUMNS) <= set(carried.columns) and len(carried) == len(t.points)
    back = motion_from_points(carried)
    ref = t.motion.sort_values(["user_id", "time"], kind="stable").reset_index(drop=True)
    assert len(back) == 340
    assert (back["time"] - ref["time"]).abs().max() < pd.Timedelta(microseconds=1)
    assert back["activity"].tolist() == ref["activity"].tolist()
    assert np.allclose(back["confidence"], ref["confidence"])
    # the readable columns: the latest reading at or before the fix
    fix = carried.iloc[100]
    before = ref[ref["time"] <= fix["time"]].iloc[-1]
    assert fix["activity"] == before["activity"] and fix["activity_confidence"] == before["confidence"]


def test_readings_before_the_first_and_after_the_last_fix_are_kept():
    pts = pd.DataFrame({"user_id": ["a", "a", "b"], "lat": [45.0, 45.001, 46.0], "lon": [4.0, 4.0, 5.0],
                        "time": pd.to_datetime([100, 200, 150], unit="s", utc=True)})
    motion = pd.DataFrame({"user_id": ["a", "a", "a", "b", "c"],
                           "time": pd.to_datetime([50, 150, 300, 150.5, 120], unit="s", utc=True),
                           "activity": ["still", "walking", "in_vehicle", "cycling", "walking"],
                           "confidence": [100, 75, 60, 90, 80]})
    carried = attach_motion(pts, motion)
    assert carried.attrs["motion_unattached"] == 1  # participant c has no location point
    assert carried["motion_readings"].tolist() == ["50:still:100", "150:walking:75;300:in_vehicle:60",
                                                   "150.5:cycling:90"]
    assert carried["activity"].tolist() == ["still", "walking", None]  # b's reading comes after its fix
    back = motion_from_points(carried)
    assert back["activity"].tolist() == ["still", "walking", "in_vehicle", "cycling"]


def test_carried_motion_gives_the_same_trips_legs_and_modes(sample_dir):
    t = read_traces(sample_dir / "shankari_2016-07-22.json")
    explicit = segment(t.points, motion=t.motion)
    carried = segment(attach_motion(t.points, t.motion))  # nothing else given
    without = segment(t.points)
    for col in ("start_time", "end_time"):
        assert explicit.trips[col].equals(carried.trips[col])
        assert explicit.legs[col].equals(carried.legs[col])
    assert len(without.legs) != len(explicit.legs)  # the motion matters on this day
    # the legs carry their motion shares, which mode inference then uses alone
    assert set(MOTION) <= set(carried.legs.columns)
    assert carried.legs["motion_coverage"].min() > 0.5
    modes_explicit = infer_modes(explicit.legs.drop(columns=list(MOTION)), _vertices(explicit), motion=t.motion)
    modes_carried = infer_modes(carried.legs, _vertices(carried))
    modes_without = infer_modes(carried.legs.drop(columns=list(MOTION)), _vertices(carried))
    assert modes_carried["mode"].tolist() == modes_explicit["mode"].tolist()
    assert np.allclose(modes_carried["mode_confidence"], modes_explicit["mode_confidence"])
    # without the shares the model decides on speeds alone (other confidences)
    assert not np.allclose(modes_without["mode_confidence"], modes_carried["mode_confidence"])


def test_points_without_motion_are_unchanged(sample_dir):
    t = read_traces(sample_dir / "shankari_2016-07-22.json")
    assert list(attach_motion(t.points, None).columns) == list(t.points.columns)
    assert motion_from_points(t.points) is None
    with pytest.raises(Exception):
        motion_from_points(None)["x"]
