"""SegmentationParams.trackintel() reproduces trackintel's expected trips on GeoLife ``geolife_long``.

trackintel 1.3.1 makes ``geolife_long/trips.csv`` (14 trips, 2 users) with staypoints ``sliding``
(25 m, 5 min, gap 1e6 min), ``create_activity_flag(15 min)``, triplegs ``between_staypoints`` and
``generate_trips(gap_threshold=15)``; running trackintel itself reproduces the file exactly
(``bench/bench_trackintel_reproduction.py`` does it). A trip starts at the first fix after an
activity staypoint and ends at the last fix before the next one.

Tolerance: every start and end time must equal trackintel's to within 1 s (GeoLife fixes are whole
seconds, so this asks for the same fix), and the trip count must be the same for each user.
The GeoLife data is never committed: the test skips without ../shared/data/geolife.
"""
import importlib
from pathlib import Path

import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.evaluation.scoring import score_trips

TOLERANCE_S = 1.0


def _user(values):
    s = pd.Series(values).astype(str)
    return s.where(~s.str.fullmatch(r"\d+"), s.str.lstrip("0").replace("", "0")).to_numpy()


@pytest.fixture(scope="module")
def geolife_long(geolife_dir):
    folder = geolife_dir / "geolife_long"
    if not (folder / "trips.csv").is_file():
        pytest.skip(f"{folder}/trips.csv is absent")
    return folder


@pytest.fixture(scope="module")
def expected(geolife_long):
    df = pd.read_csv(geolife_long / "trips.csv")
    return pd.DataFrame({
        "user_id": _user(df.user_id),
        "start_time": pd.to_datetime(df.started_at, utc=True),
        "end_time": pd.to_datetime(df.finished_at, utc=True),
    }).sort_values(["user_id", "start_time"]).reset_index(drop=True)


@pytest.fixture(scope="module")
def ours(geolife_long):
    core = Path(__file__).resolve().parents[2] / "tracemob_plugin" / "core"
    if not (core / "trips" / "segmentation.py").is_file():
        pytest.skip("tracemob_plugin/core/trips/segmentation.py is not written yet")
    io = importlib.import_module("tracemob.tracemob_plugin.core.ingest")
    seg = importlib.import_module("tracemob.tracemob_plugin.core.trips.segmentation")
    traces = io.read_traces(sorted(geolife_long.glob("*/Trajectory/*.plt")))
    assert len(traces.points) == 4241
    result = seg.segment(traces.points, seg.SegmentationParams.trackintel(), motion=traces.motion)
    trips = result.trips.copy()
    trips["user_id"] = _user(trips.user_id)
    return trips.sort_values(["user_id", "start_time"]).reset_index(drop=True)


def test_expected_file_is_what_we_think(expected):
    assert len(expected) == 14
    assert expected.user_id.value_counts().to_dict() == {"0": 5, "1": 9}


def test_same_trip_count_per_user(expected, ours):
    assert ours.user_id.value_counts().to_dict() == expected.user_id.value_counts().to_dict()


def test_same_start_and_end_times(expected, ours):
    score = score_trips(expected, ours, by="user_id")
    assert score.n_matched == len(expected) == 14
    m = score.matches
    off = m[(m.start_error_s.abs() > TOLERANCE_S) | (m.end_error_s.abs() > TOLERANCE_S)]
    assert off[["truth_start", "pred_start", "truth_end", "pred_end"]].empty, off.to_string()
    # the matching pairs the i-th trip of each user with its i-th expected trip
    assert (m.truth.to_numpy() == m.pred.to_numpy()).all()
