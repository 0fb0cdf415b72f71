"""Real e-mission days: the embedded sample (values read by hand) and every shared raw day."""
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.ingest import POINT_COLUMNS, read_traces

# metadata.key counts of background/filtered_location per raw day (counted with json + Counter,
# independently of the reader), and the user id of the file.
RAW_DAYS = {
    "gabe_2016-06-15": (229, "4754956be415318ab586a8c95751ed7b"),
    "iphone_2016-02-22": (257, "079e0f1ac4403d7cb0e7de160f748e35"),
    "jack_untracked_time_2023-03-12": (656, "9f23614a36944e499ad8d3a576cad8b4"),
    "shankari_2015-07-22": (390, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2015-aug-21": (508, "928fe293e3764f7fb6465ce2cef5fddc"),
    "shankari_2015-aug-27": (327, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-01-12": (213, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-06-20": (256, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-07-22": (220, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-08-05": (221, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-08-09": (113, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-08-10": (185, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-09-03": (174, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-independence_day": (703, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-independence_day_jump_bus_start": (703, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2016-independence_day_jump_straddle": (703, "0763de67f61e3f5d90e7518e69793954"),
    "shankari_2023-04-13": (92, "9c084ef42f974196bd37950c17938ec6"),
    "shankari_2023-04-14": (91, "9c084ef42f974196bd37950c17938ec6"),
    # a day whose phone gaps are not untracked time (e-mission's composite-trip reference)
    "shankari_not_untracked_time_mar_21": (113, "9c084ef42f974196bd37950c17938ec6"),
    "shankari_untracked_time_jan_15_reboot_multi_day": (487, "9c084ef42f974196bd37950c17938ec6"),
    "shankari_untracked_time_jul_20_large_gap": (254, "9c084ef42f974196bd37950c17938ec6"),
    "sunil_2016-07-20": (96, "789a6ea57d203bf78127b7756ffe46eb"),
    # iOS 2015: no filtered_location; 474 background/location, 297 of them kept by e-mission's
    # own accuracy filter (accuracy < 200 m, duplicates dropped)
    "iphone_2015-11-06": (297, "079e0f1ac4403d7cb0e7de160f748e35"),
}
# entries synced twice (same time, position, accuracy and write time): read once, as e-mission's
# timeseries does (its log: "After de-duping, converted 256 points to 222" on 2016-06-20)
SYNCED_TWICE = {"shankari_2016-06-20": 34, "iphone_2016-02-22": 12}


def _check_contract(p):
    assert list(p.columns)[:len(POINT_COLUMNS)] == POINT_COLUMNS
    # then the tracking streams of the phone (ingest.phone), when the file has them
    assert set(p.columns[len(POINT_COLUMNS):]) <= {"location_filter", "write_ts", "transitions"}
    assert str(p["time"].dtype) == "datetime64[ns, UTC]"
    assert p.index.tolist() == list(range(len(p)))
    assert p["time"].is_monotonic_increasing or p["user_id"].nunique() > 1
    assert ((p["lat"].abs() <= 90) & (p["lon"].abs() <= 180)).all()


def test_embedded_sample_day_values_read_by_hand(sample_dir):
    t = read_traces(sample_dir / "shankari_2016-07-22.json")
    p = t.points
    _check_contract(p)
    # 220 background/filtered_location entries in the file
    assert len(p) == 220
    assert set(p["user_id"]) == {"0763de67f61e3f5d90e7518e69793954"}
    # first fix: "fmt_time": "2016-07-22T09:26:08-07:00", ts 1469204768
    assert p["time"].iloc[0] == pd.Timestamp("2016-07-22T16:26:08Z")
    assert (p["lat"].iloc[0], p["lon"].iloc[0]) == (37.3915802, -122.0855461)
    assert (p["accuracy_m"].iloc[0], p["speed_mps"].iloc[0]) == (15.0, 3.1900501)
    # last fix: "fmt_time": "2016-07-22T17:22:59.042000-07:00", ts 1469233379.042
    assert p["time"].iloc[-1] == pd.Timestamp("2016-07-23T00:22:59.042Z")
    assert (p["lat"].iloc[-1], p["lon"].iloc[-1]) == (37.8701083, -122.268446)
    assert p["accuracy_m"].iloc[-1] == 50.0 and p["speed_mps"].iloc[-1] == 0.0
    assert set(p["source_file"]) == {"shankari_2016-07-22.json"}
    # 340 background/motion_activity entries, Android type ints mapped to names
    assert len(t.motion) == 340
    assert set(t.motion["activity"]) <= {"walking", "running", "on_foot", "cycling", "in_vehicle",
                                         "still", "tilting", "unknown"}
    assert t.motion["activity"].iloc[0] == "cycling"  # first entry: "type": 1, "confidence": 74
    assert t.motion["confidence"].iloc[0] == 74.0
    assert t.trips_labels.empty and t.warnings == []


def test_embedded_sample_folder(sample_dir):
    t = read_traces(sample_dir)
    assert t.files == ["shankari_2016-07-22.json", "shankari_2016-08-10.json",
                       "shankari_2016-09-03.json"]
    assert len(t.points) == 220 + 185 + 174
    # ground-truth files are pipeline output, not traces: skipped with a warning each
    assert sum("ground_truth" in w for w in t.warnings) == 3


@pytest.mark.parametrize("name", sorted(RAW_DAYS))
def test_every_shared_raw_day_loads(shared_data, name):
    n, user = RAW_DAYS[name]
    t = read_traces(shared_data / "emission_real_examples" / name)
    _check_contract(t.points)
    assert len(t.points) == n - SYNCED_TWICE.get(name, 0)
    assert set(t.points["user_id"]) == {user}
    assert t.files == [name]
    assert len(t.motion) > 0 or name.startswith("jack")  # jack's day has no motion entries
    assert (t.points["time"].diff().dropna() >= pd.Timedelta(0)).all()


def test_ios_days_motion_from_booleans_and_types(shared_data):
    t = read_traces(shared_data / "emission_real_examples" / "iphone_2016-02-22")
    counts = t.motion["activity"].value_counts()
    # 632 entries, 569 once the entries synced twice are dropped (same time, type and confidence);
    # type 10 (automotive and stationary) is stopped_in_vehicle, type 9 (all flags false) unknown
    assert len(t.motion) == 569
    assert counts["still"] == 144 and counts["walking"] == 100 and counts["unknown"] == 249
    assert counts["in_vehicle"] == 39 and counts["stopped_in_vehicle"] == 29
    assert set(counts.index) <= {"walking", "running", "cycling", "in_vehicle", "stopped_in_vehicle", "still",
                                 "unknown"}


def test_shared_folder_reads_every_raw_day_and_skips_the_rest(shared_data):
    t = read_traces(shared_data / "emission_real_examples")
    assert t.files == sorted(RAW_DAYS)
    assert len(t.points) == sum(n for n, _ in RAW_DAYS.values()) - sum(SYNCED_TWICE.values())
    assert t.points["user_id"].nunique() == 7
    assert any("SOURCE_COMMIT.txt" in w for w in t.warnings)


def test_user_inputs_and_composite_trips_give_the_same_labels(shared_data):
    d = shared_data / "emission_real_examples"
    ui = read_traces(d / "shankari_2023-04-13.user_inputs").trips_labels
    ct = read_traces(d / "shankari_2023-04-13.retained-last-place.expected_composite_trips").trips_labels
    assert len(ui) == 8 and len(ct) == 5
    assert set(ui["source"]) == {"manual/trip_user_input"}
    assert set(ct["source"]) == {"analysis/composite_trip"}
    merged = ct.merge(ui, on=["start_time", "end_time"], suffixes=("_ct", "_ui"))
    assert len(merged) == 5
    assert (merged["mode_confirm_ct"] == merged["mode_confirm_ui"]).all()
    assert (merged["purpose_confirm_ct"] == merged["purpose_confirm_ui"]).all()
    first = ct.iloc[0]
    assert first["start_time"] == pd.Timestamp("2023-04-14T01:45:43.402Z")
    assert (first["mode_confirm"], first["purpose_confirm"]) == (
        "passenger", "recreational__eg__exercise accompany_someone")


def test_geolife_folders(geolife_dir):
    t = read_traces(geolife_dir / "geolife_long")
    assert len(t.points) == 4241
    assert sorted(set(t.points["user_id"])) == ["000", "001"]
    t = read_traces(geolife_dir / "geolife_long_10_MB")
    assert len(t.points) == 164531 and t.points["user_id"].nunique() == 11


def test_geolife_labels_go_to_trips_labels(geolife_dir):
    """labels.txt (Start Time, End Time, Transportation Mode; UTC) of users 010 and 020."""
    t = read_traces(geolife_dir / "geolife_modes")
    lab = t.trips_labels
    assert len(lab) == 434 + 223  # lines of the two labels.txt minus their headers
    assert lab["user_id"].value_counts().to_dict() == {"010": 434, "020": 223}
    assert lab["mode_confirm"].value_counts().to_dict() == {
        "walk": 229, "train": 102, "bike": 102, "taxi": 97, "bus": 73, "subway": 49, "car": 3,
        "airplane": 2}
    first = lab.iloc[0]  # "2007/06/26 11:32:29	2007/06/26 11:40:29	bus"
    assert (first["start_time"], first["end_time"], first["mode_confirm"]) == (
        pd.Timestamp("2007-06-26T11:32:29Z"), pd.Timestamp("2007-06-26T11:40:29Z"), "bus")
    assert t.points["user_id"].value_counts().to_dict() == {"010": 3418, "020": 715, "178": 84}
