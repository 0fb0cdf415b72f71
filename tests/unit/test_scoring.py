"""Trip scoring (temporal-IoU matching, P/R/F1, time errors) and the e-mission ground-truth reader."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.evaluation import (
    TripScore, find_ground_truth_days, match_intervals, read_emission_composite_trips,
    read_emission_ground_truth, read_reference_day, score_trips, temporal_iou)

T0 = pd.Timestamp("2024-03-01 08:00", tz="UTC")


def spans(*minutes, user=None):
    """Trips frame from (start_min, end_min) pairs after T0."""
    df = pd.DataFrame({
        "start_time": [T0 + pd.Timedelta(minutes=s) for s, _ in minutes],
        "end_time": [T0 + pd.Timedelta(minutes=e) for _, e in minutes],
    })
    df["start_time"] = pd.to_datetime(df.start_time, utc=True)
    df["end_time"] = pd.to_datetime(df.end_time, utc=True)
    if user is not None:
        df["user_id"] = user
    return df


def test_temporal_iou_known_values():
    iou = temporal_iou([0, 0, 0, 5], [10, 10, 10, 5], [5, 20, 0, 5], [15, 30, 20, 5])
    # [0,10] vs [5,15]: 5/15; vs [20,30]: 0; [0,10] vs [0,20]: 10/20; two identical instants: 1
    assert iou[0, 0] == pytest.approx(1 / 3)
    assert iou[1, 1] == 0.0
    assert iou[2, 2] == pytest.approx(0.5)
    assert iou[3, 3] == 1.0
    assert iou[3, 0] == 0.0  # an instant inside a span has no extent: IoU 0


def test_match_is_one_to_one_and_optimal():
    # Truth A [0,10], B [10,20]; pred X [0,12] (IoU 10/12 with A, 2/20 with B), Y [9,20] (1/20 with A,
    # 10/11 with B). Optimal: A-X, B-Y.
    m = match_intervals([0, 10], [10, 20], [0, 9], [12, 20])
    assert m.truth.tolist() == [0, 1]
    assert m.pred.tolist() == [0, 1]
    assert m.iou.tolist() == pytest.approx([10 / 12, 10 / 11])
    # one long prediction covering two truths matches at most one (and here none: IoU 10/30 < 0.5)
    assert match_intervals([0, 20], [10, 30], [0], [30]).empty
    # one long prediction covering a short and a long truth matches the long one only
    m = match_intervals([0, 12], [2, 30], [0], [30])
    assert m.truth.tolist() == [1] and m.pred.tolist() == [0]
    assert m.iou.iloc[0] == pytest.approx(18 / 30)


def test_pairs_below_threshold_are_dropped_even_if_greedy_would_take_them():
    # Truth [0,10]; preds [0,4] (IoU 0.4) and [2,12] (IoU 8/12): only the second is a match.
    m = match_intervals([0], [10], [0, 2], [4, 12])
    assert m.pred.tolist() == [1]
    # threshold inclusive: IoU exactly 0.5 matches
    assert len(match_intervals([0], [10], [0], [5])) == 1
    assert match_intervals([0], [10], [0], [4.9]).empty


def test_assignment_prefers_more_valid_pairs_to_a_single_best_pair():
    # Truth A [0,10], B [6,16]; pred X [1,11] IoU(A)=9/11, IoU(B)=5/15; Y [5,15]: IoU(A)=5/15,
    # IoU(B)=9/11 -> both matched.
    m = match_intervals([0, 6], [10, 16], [1, 5], [11, 15])
    assert sorted(zip(m.truth, m.pred)) == [(0, 0), (1, 1)]


def test_score_trips_counts_rates_and_errors():
    truth = spans((0, 30), (60, 90), (120, 150), (200, 230))
    # first: 2 min late start, 1 min early end; second: exact; third split in two parts (IoU 16/30
    # and 14/30: only the first part matches); an extra false trip; the 4th truth is missed.
    detected = spans((2, 29), (60, 90), (120, 136), (136, 150), (300, 310))
    s = score_trips(truth, detected)
    assert (s.n_truth, s.n_pred, s.n_matched) == (4, 5, 3)
    assert s.precision == pytest.approx(3 / 5)
    assert s.recall == pytest.approx(3 / 4)
    assert s.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    # signed errors of the matched pairs: (+2 min, -1 min), (0, 0), and (0, -15) or (+15, 0)
    assert s.matches.truth.tolist() == [0, 1, 2]
    assert s.matches.pred.tolist() == [0, 1, 2]
    assert s.start_errors_s.tolist() == pytest.approx([120.0, 0.0, 0.0])
    assert s.end_errors_s.tolist() == pytest.approx([-60.0, 0.0, -840.0])
    assert s.median_start_error_min == pytest.approx(0.0)
    assert s.median_end_error_min == pytest.approx(1.0)


def test_median_errors_in_minutes():
    truth = spans((0, 10), (20, 30), (40, 50))
    detected = spans((1, 10), (23, 30), (40, 45))  # start errors 1, 3, 0 min; end errors 0, 0, -5 min
    s = score_trips(truth, detected)
    assert s.n_matched == 3
    assert s.median_start_error_min == pytest.approx(1.0)
    assert s.median_end_error_min == pytest.approx(0.0)
    assert s.f1 == 1.0


def test_micro_average_pools_counts_and_errors():
    day1 = score_trips(spans((0, 10), (20, 30)), spans((0, 10), (22, 30)))       # 2/2, start errs 0, 2
    day2 = score_trips(spans((0, 10), (20, 30), (40, 50), (60, 70)), spans((4, 10)))  # 1 of 4, err 4
    total = TripScore.combine([day1, day2])
    assert (total.n_truth, total.n_pred, total.n_matched) == (6, 3, 3)
    assert total.precision == 1.0
    assert total.recall == pytest.approx(0.5)
    assert total.f1 == pytest.approx(2 / 3)
    assert total.median_start_error_min == pytest.approx(2.0)  # median of 0, 2, 4
    # macro-average would differ: mean of F1s = (1 + 0.4) / 2 = 0.7
    assert (day1.f1 + day2.f1) / 2 == pytest.approx(0.7)


def test_empty_cases():
    none = score_trips(spans(), spans())
    assert (none.precision, none.recall, none.f1) == (1.0, 1.0, 1.0)
    assert np.isnan(none.median_start_error_min)
    missed = score_trips(spans((0, 10)), spans())
    assert (missed.precision, missed.recall, missed.f1) == (0.0, 0.0, 0.0)
    spurious = score_trips(spans(), spans((0, 10)))
    assert (spurious.precision, spurious.recall, spurious.f1) == (0.0, 1.0, 0.0)


def test_match_by_user_never_crosses_users():
    truth = pd.concat([spans((0, 10), user="a"), spans((0, 10), user="b")], ignore_index=True)
    detected = pd.concat([spans((0, 10), user="b"), spans((50, 60), user="a")], ignore_index=True)
    assert score_trips(truth, detected).n_matched == 1          # ignoring users: one pair
    by_user = score_trips(truth, detected, by="user_id")
    assert by_user.n_matched == 1
    assert (by_user.matches.truth.iloc[0], by_user.matches.pred.iloc[0]) == (1, 0)


def test_missing_column_is_an_input_error():
    with pytest.raises(InputError, match="end_time"):
        score_trips(spans((0, 1)), spans((0, 1)).drop(columns="end_time"))


def test_reads_embedded_ground_truth_day(sample_dir):
    gt = read_emission_ground_truth(sample_dir / "shankari_2016-08-10.ground_truth.json")
    assert len(gt.trips) == 5
    assert gt.day.isoformat() == "2016-08-10"
    assert gt.timezone == "America/Los_Angeles"
    first = gt.trips.iloc[0]
    assert first.start_time == pd.Timestamp("2016-08-10T09:53:59.425-07:00")
    assert first.end_time == pd.Timestamp("2016-08-10T10:02:11-07:00")
    assert str(gt.trips.start_time.dtype) == "datetime64[ns, UTC]"
    assert gt.trips.n_sections.tolist() == [1, 1, 1, 2, 1]
    fourth = gt.sections[gt.sections.trip_id == gt.trips.trip_id.iloc[3]]
    assert fourth.sensed_mode.tolist() == ["BICYCLING", "ON_FOOT"]
    assert fourth.activity.tolist() == ["cycling", "on_foot"]
    assert fourth.duration_s.round(1).tolist() == [192.3, 41.9]
    assert len(gt.stops) == 1 and gt.stops.duration_s.iloc[0] == pytest.approx(23.452, abs=1e-3)
    start, end = gt.day_window()
    assert start == pd.Timestamp("2016-08-10 07:00", tz="UTC")
    assert end == pd.Timestamp("2016-08-11 07:00", tz="UTC")
    # the reference scored against itself is perfect
    s = score_trips(gt.trips, gt.trips)
    assert s.f1 == 1.0 and s.median_end_error_min == 0.0


def test_finds_day_pairs(sample_dir):
    pairs = find_ground_truth_days(sample_dir)
    assert [raw.name for raw, _ in pairs] == [
        "shankari_2016-07-22.json", "shankari_2016-08-10.json", "shankari_2016-09-03.json"]


def test_real_ground_truth_days(shared_data):
    pairs = find_ground_truth_days(shared_data / "emission_real_examples")
    assert len(pairs) == 12
    counts = {raw.name: len(read_emission_ground_truth(gt).trips) for raw, gt in pairs}
    assert counts["shankari_2015-aug-27"] == 8 and counts["sunil_2016-07-20"] == 2
    assert sum(counts.values()) == 63


def test_day_window_covers_every_reference_start(sample_dir, tmp_path):
    import json
    src = sample_dir / "shankari_2016-08-10.ground_truth.json"
    doc = json.loads(src.read_text())
    last = doc["data"][-1]["properties"]
    # move the last trip to 01:30 the next local day (08:30 UTC): the window must stretch to it
    shift = 6 * 3600 + 4 * 60
    last["start_ts"] += shift
    last["end_ts"] += shift
    moved = tmp_path / "day.ground_truth"
    moved.write_text(json.dumps(doc))
    gt = read_emission_ground_truth(moved)
    assert gt.day.isoformat() == "2016-08-10"  # 4 of 5 trips start that day
    start, end = gt.day_window()
    assert start == pd.Timestamp("2016-08-10 07:00", tz="UTC")
    assert end == gt.trips.start_time.max() + pd.Timedelta(seconds=1)
    assert end > pd.Timestamp("2016-08-11 07:00", tz="UTC")
    raw = tmp_path / "day.json.gz"
    raw.write_bytes(b"")
    assert find_ground_truth_days(tmp_path) == [(raw, moved)]


def test_bad_ground_truth_file(tmp_path):
    bad = tmp_path / "x.ground_truth"
    bad.write_text('{"metadata": {}}')
    with pytest.raises(InputError, match="x.ground_truth"):
        read_emission_ground_truth(bad)


def test_composite_trips_day(shared_data):
    folder = shared_data / "emission_real_examples"
    gt = read_emission_composite_trips(folder / "jack_untracked_time_2023-03-12.expected_composite_trips")
    # 4 entries: 3 confirmed trips and 1 untracked span (start_ts 15:58:31 EDT; its fmt_time says :26)
    assert len(gt.trips) == 3 and len(gt.untracked) == 1
    assert gt.untracked.start_time.iloc[0] == pd.Timestamp("2023-03-12T15:58:31.264-04:00")
    assert gt.timezone == "America/New_York" and gt.day.isoformat() == "2023-03-12"
    assert gt.sections.sensed_mode.tolist() == ["UNKNOWN"] * 3  # stored as the number 4
    pairs = dict(find_ground_truth_days(folder, composite=True))
    assert len(pairs) == 15
    ref = pairs[folder / "shankari_2023-04-13"]
    assert ref.name == "shankari_2023-04-13.before-user-inputs.expected_composite_trips"
    day = read_reference_day(ref)
    assert len(day.trips) == 5
    assert day.sections.activity.tolist() == ["in_vehicle", "on_foot", "on_foot", "on_foot", "unknown",
                                              "in_vehicle"]
