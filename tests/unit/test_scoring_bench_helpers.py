"""Helpers of the bench scripts (bench/benchcommon.py): replicated data sets, user ids, loaders."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))
import benchcommon as bc  # noqa: E402


def _points(users, n_each):
    t0 = pd.Timestamp("2020-01-01", tz="UTC")
    rows = []
    for u in users:
        for i in range(n_each):
            rows.append((u, t0 + pd.Timedelta(seconds=5 * i), 39.9 + i * 1e-5, 116.3, "f.plt"))
    df = pd.DataFrame(rows, columns=["user_id", "time", "lat", "lon", "source_file"])
    df["accuracy_m"] = np.nan
    df["speed_mps"] = np.nan
    return df[bc.POINT_COLUMNS]


def test_replicate_makes_exactly_n_points_with_new_users_and_shifted_times():
    base = _points(["000", "001"], 30)  # 60 points
    out = bc.replicate(base, 150, shift_days=7)
    assert len(out) == 150
    # copies 0, 1 complete (120 points), copy 2 cut after 30 points (user 000 only)
    assert out.user_id.value_counts().to_dict() == {
        "000": 30, "001": 30, "000_r1": 30, "001_r1": 30, "000_r2": 30}
    first_r2 = out[out.user_id == "000_r2"].time.min()
    assert first_r2 - base.time.min() == pd.Timedelta(days=14)
    # sorted by (user, time) with a fresh index, as the points contract asks
    assert out.index.tolist() == list(range(150))
    assert out.sort_values(["user_id", "time"]).index.tolist() == list(range(150))


def test_normalise_user_matches_trackintel_ids():
    assert bc.normalise_user(["000", "001", "010", "abc", "0x"]).tolist() == ["0", "1", "10", "abc", "0x"]


def test_geolife_loaders_follow_the_points_contract(geolife_dir):
    long_ = bc.load_geolife_folder(geolife_dir / "geolife_long")
    assert len(long_) == 4241
    assert list(long_.columns) == bc.POINT_COLUMNS
    assert str(long_.time.dtype) == "datetime64[ns, UTC]"
    assert sorted(long_.user_id.unique()) == ["000", "001"]
    first = long_.iloc[0]
    assert (first.user_id, first.lat, first.lon) == ("000", 39.984702, 116.318417)
    assert first.time == pd.Timestamp("2008-10-23 02:53:04", tz="UTC")


def test_trackintel_csv_reader(geolife_dir):
    trips = bc.read_trackintel_csv(geolife_dir / "geolife_long" / "trips.csv")
    assert len(trips) == 14 and set(trips.user_id) == {"0", "1"}
    sp = bc.read_trackintel_csv(geolife_dir / "geolife_long" / "sp_tpls.csv", kind="staypoints")
    assert len(sp) == 22 and int(sp.is_activity.sum()) == 12


def test_skip_exits_cleanly(capsys):
    with pytest.raises(SystemExit) as exc:
        bc.require_dir(Path("/nonexistent/data"), "some data")
    assert exc.value.code == 0
    assert "SKIPPED" in capsys.readouterr().out


def test_still_silences_are_cut_out_of_labels_and_silent_rides_are_not():
    """bench_chain_accuracy.still_silences_cut: a label over a walk, a 2-hour silence that ends 200 m away (a stay)
    and a 20-minute silence that ends 24 km away (a ride the phone did not record) loses the stay only."""
    import bench_chain_accuracy as bca

    t0 = pd.Timestamp("2008-04-01 01:00", tz="UTC")
    minutes = np.array([0, 1, 2, 3, 4, 5, 125, 126, 127, 147, 148])
    north_m = np.array([0, 60, 120, 180, 240, 300, 500, 560, 620, 24_620, 24_680], dtype=float)
    points = pd.DataFrame({"time": t0 + pd.to_timedelta(minutes, unit="min"), "lon": 116.3,
                           "lat": 39.9 + north_m / 111_195.0})
    lab = pd.DataFrame({"start_time": [t0], "end_time": [t0 + pd.Timedelta(minutes=148)], "label": ["walk"],
                        "mode": ["walk"], "user_id": ["010"]})
    out = bca.still_silences_cut(lab, points)
    spans = [((a - t0).total_seconds() / 60, (b - t0).total_seconds() / 60)
             for a, b in zip(out.start_time, out.end_time)]
    assert spans == [(0.0, 5.0), (125.0, 148.0)]
    assert out.label.tolist() == ["walk", "walk"] and out.user_id.tolist() == ["010", "010"]
