"""Partitions of whole participants (core/ingest/partition.py) and the one-shot equivalence of
segmentation by partitions, on real and simulated data."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.ingest.partition import iter_partitions, partition_bounds
from tracemob.tracemob_plugin.core.trips.segmentation import SegmentationParams, segment


def test_bounds_keep_participants_whole_and_respect_the_budget():
    users = np.array(["a"] * 5 + ["b"] * 2 + ["c"] * 9 + ["d"] * 1 + ["e"] * 3)
    parts = list(partition_bounds(users, budget=6))
    assert parts[0].start == 0 and parts[-1].stop == len(users)
    assert all(p.stop == q.start for p, q in zip(parts, parts[1:]))
    for p in parts:
        chunk = users[p]
        assert len(chunk) <= 6 or len(set(chunk)) == 1   # only a participant alone exceeds it
        before = set(users[:p.start])
        assert not (set(chunk) & before)                   # no participant is cut
    assert [list(dict.fromkeys(users[p])) for p in parts] == [["a"], ["b"], ["c"], ["d", "e"]]
    assert list(partition_bounds([], 10)) == []
    assert [(p.start, p.stop) for p in partition_bounds(users, budget=100)] == [(0, len(users))]


def test_bounds_refuse_interleaved_participants():
    with pytest.raises(ValueError):
        list(partition_bounds(["a", "b", "a"], 2))


def _segment_by_partitions(points, params, budget):
    parts = [segment(p, params) for p in iter_partitions(points, budget=budget)]
    return {name: pd.concat([getattr(r, name) for r in parts], ignore_index=True)
            for name in ("stays", "trips", "legs", "gaps")}


def _same_tables(one, parts):
    """Bit for bit, floats included: distances are running sums that restart at each participant
    (``arrays.group_cumsum``), so a participant's do not depend on who else is in the partition."""
    for name in ("stays", "trips", "legs", "gaps"):
        a = getattr(one, name).drop(columns=["first_point", "last_point"], errors="ignore").reset_index(drop=True)
        b = parts[name].drop(columns=["first_point", "last_point"], errors="ignore").reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_exact=True)


def test_segmentation_by_partitions_equals_one_shot_on_real_days(sample_dir):
    from tracemob.tracemob_plugin.core.ingest import read_traces

    points = read_traces(str(sample_dir)).points
    # three real days as three participants
    points = points.assign(user_id=points["source_file"].str.slice(0, 18))
    points = points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)
    one = segment(points, SegmentationParams())
    _same_tables(one, _segment_by_partitions(points, SegmentationParams(), budget=200))


def test_segmentation_by_partitions_equals_one_shot_on_geolife(geolife_dir):
    raw = pd.read_csv(geolife_dir / "geolife_sample.txt.gz", dtype={"uid": str})
    points = pd.DataFrame({"user_id": raw["uid"].to_numpy(dtype=object),
                           "time": pd.to_datetime(raw["datetime"]).dt.tz_localize("UTC"),
                           "lat": raw["lat"], "lon": raw["lng"], "accuracy_m": np.nan, "speed_mps": np.nan,
                           "source_file": "geolife_sample"})
    # more participants: each real one cut into yearly pseudo-participants
    points["user_id"] = points["user_id"] + "_" + points["time"].dt.year.astype(str)
    points = points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)
    for params in (SegmentationParams(), SegmentationParams.trackintel()):
        one = segment(points, params)
        _same_tables(one, _segment_by_partitions(points, params, budget=30_000))


def test_segmentation_by_partitions_equals_one_shot_on_simulated_traces():
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    sim = simulate(n_citizens=12, days=2, seed=3)
    points = sim.points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)
    one = segment(points, SegmentationParams())
    _same_tables(one, _segment_by_partitions(points, SegmentationParams(), budget=len(points) // 5))
