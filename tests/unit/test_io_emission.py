"""E-mission entries and GeoLife .plt: the readers other parts of Tracemob import first."""
import base64
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.ingest import POINT_COLUMNS, Traces, normalise_activity, parse_emission_entries, read_traces, unwrap

DATA = Path(__file__).parent / "data" / "io"


def _loc(ts, lat, lon, key="background/filtered_location", acc=10.0, speed=1.5, user="u1"):
    e = {"metadata": {"key": key, "write_ts": ts},
         "data": {"ts": ts, "latitude": lat, "longitude": lon, "accuracy": acc, "sensed_speed": speed}}
    if user is not None:
        e["user_id"] = {"$uuid": user}
    return e


def test_unwrap_extended_json():
    assert unwrap({"$uuid": "0763de67f61e3f5d90e7518e69793954"}) == "0763de67f61e3f5d90e7518e69793954"
    assert unwrap({"$oid": "579273c4abbf384cadf82e12"}) == "579273c4abbf384cadf82e12"
    assert unwrap({"$numberLong": "1469204772"}) == 1469204772.0
    assert unwrap({"$date": {"$numberLong": "1469204772000"}}) == 1469204772.0
    assert unwrap({"$date": "2016-07-22T16:26:12Z"}) == 1469204772.0
    b64 = base64.b64encode(bytes.fromhex("0763de67f61e3f5d90e7518e69793954")).decode()
    assert unwrap({"$binary": {"base64": b64, "subType": "04"}}) == "0763de67f61e3f5d90e7518e69793954"


def test_parse_entries_prefers_filtered_and_keeps_units():
    entries = [_loc(1469204772, 37.39, -122.08, key="background/location"),
               _loc(1469204772.5, 37.3917218, -122.0854428, acc=15, speed=4.81635),
               _loc({"$numberLong": "1469204802"}, 37.392, -122.086, acc=0, speed=-1)]
    t = parse_emission_entries(entries, "/x/day.json")
    assert isinstance(t, Traces)
    # the contract's columns, then the phone streams the entries have (here the write time only)
    assert list(t.points.columns) == POINT_COLUMNS + ["write_ts"]
    assert t.points["write_ts"].tolist() == [1469204772.5, 1469204802.0]
    assert len(t.points) == 2  # the raw background/location fix is not used
    assert str(t.points["time"].dtype) == "datetime64[ns, UTC]"
    assert t.points["time"].iloc[0] == pd.Timestamp("2016-07-22T16:26:12.5Z")
    assert t.points["accuracy_m"].iloc[0] == 15.0
    assert t.points["speed_mps"].iloc[0] == pytest.approx(4.81635)
    assert np.isnan(t.points["accuracy_m"].iloc[1]) and np.isnan(t.points["speed_mps"].iloc[1])
    assert set(t.points["source_file"]) == {"day.json"}
    assert set(t.points["user_id"]) == {"u1"}
    assert t.files == ["day.json"]


def test_user_id_fallbacks_entry_then_parameter_then_stem():
    entries = [_loc(100 + i, 45.0, 5.0 + i * 1e-4, user=None) for i in range(3)]
    assert set(parse_emission_entries(entries, "a/b/alice.json").points["user_id"]) == {"alice"}
    assert set(parse_emission_entries(entries, "alice.json", user_id="bob").points["user_id"]) == {"bob"}
    entries[0]["user_id"] = {"$uuid": "carol"}
    pts = parse_emission_entries(entries, "alice.json", user_id="bob").points
    assert pts["user_id"].tolist() == ["bob", "bob", "carol"]  # sorted by (user, time)


def test_fallback_to_background_location_applies_emission_accuracy_filter():
    entries = [_loc(100, 45.0, 5.0, key="background/location", acc=10),
               _loc(101, 45.0, 5.0, key="background/location", acc=10),
               _loc(101, 45.0, 5.0, key="background/location", acc=10),   # exact duplicate
               _loc(102, 45.1, 5.0, key="background/location", acc=250)]  # >= 200 m
    t = parse_emission_entries(entries, "ios.json")
    assert t.points["time"].tolist() == [pd.Timestamp(100, unit="s", tz="UTC"),
                                         pd.Timestamp(101, unit="s", tz="UTC")]
    assert any("kept 2 of 4" in w for w in t.warnings)


@pytest.mark.parametrize("data, expected", [
    ({"type": 0}, "in_vehicle"), ({"type": 1}, "cycling"), ({"type": 2}, "on_foot"),
    ({"type": 3}, "still"), ({"type": 4}, "unknown"), ({"type": 5}, "tilting"),
    ({"type": 7}, "walking"), ({"type": 8}, "running"), ({"type": 9}, "unknown"),
    ({"type": 10}, "stopped_in_vehicle"), ({"type": "ON_BICYCLE"}, "cycling"),
    ({"type": "MotionTypes.WALKING"}, "walking"), ({"type": "STILL"}, "still"),
    ({"automotive": True, "stationary": True, "walking": False}, "stopped_in_vehicle"),
    ({"automotive": True, "stationary": False}, "in_vehicle"),
    ({"automotive": False, "stationary": True}, "still"), ({"walking": True}, "walking"),
    ({"cycling": True}, "cycling"), ({"running": True}, "running"),
    ({"walking": False, "automotive": False}, "unknown"),
])
def test_activity_normalisation_android_and_ios(data, expected):
    assert normalise_activity(data) == expected


def test_motion_and_labels_from_entries():
    entries = [_loc(1000, 45.0, 5.0), _loc(1060, 45.001, 5.0),
               {"user_id": {"$uuid": "u1"}, "metadata": {"key": "background/motion_activity"},
                "data": {"ts": 1030, "confidence": None, "confidence_level": "medium",
                         "walking": True, "automotive": False}},
               {"user_id": {"$uuid": "u1"}, "metadata": {"key": "background/motion_activity"},
                "data": {"ts": 1010, "type": 0, "confidence": 92}},
               {"user_id": {"$uuid": "u1"}, "metadata": {"key": "analysis/confirmed_trip",
                                                         "write_ts": 5000},
                "data": {"start_ts": 1000, "end_ts": 1060,
                         "user_input": {"mode_confirm": "bike", "purpose_confirm": "work"}}},
               {"user_id": {"$uuid": "u1"}, "metadata": {"key": "manual/mode_confirm", "write_ts": 7000},
                "data": {"start_ts": 2000, "end_ts": 2600, "label": "walk"}},
               {"user_id": {"$uuid": "u1"}, "metadata": {"key": "manual/mode_confirm", "write_ts": 7100},
                "data": {"start_ts": 2000, "end_ts": 2600, "label": "bus"}},
               {"user_id": {"$uuid": "u1"}, "metadata": {"key": "manual/purpose_confirm", "write_ts": 7000},
                "data": {"start_ts": 2000, "end_ts": 2600, "label": "shopping"}}]
    t = parse_emission_entries(entries, "d.json")
    assert t.motion["activity"].tolist() == ["in_vehicle", "walking"]
    assert t.motion["confidence"].tolist() == [92.0, 75.0]
    lab = t.trips_labels
    assert lab[["mode_confirm", "purpose_confirm"]].values.tolist() == [["bike", "work"],
                                                                         ["bus", "shopping"]]
    assert lab["start_time"].iloc[1] == pd.Timestamp(2000, unit="s", tz="UTC")
    assert lab["source"].tolist() == ["analysis/confirmed_trip", "manual/mode_confirm"]


def test_geolife_plt_user_from_folder_and_utc_times():
    t = read_traces(DATA / "geolife_like" / "042" / "Trajectory" / "20240101000000.plt")
    assert t.points["user_id"].tolist() == ["042"] * 3
    assert t.points["time"].tolist() == [pd.Timestamp("2024-01-01T08:00:00Z"),
                                         pd.Timestamp("2024-01-01T08:00:10Z"),
                                         pd.Timestamp("2024-01-01T08:00:20Z")]
    assert t.points["lat"].tolist() == [48.8566, 48.857, 48.858]
    assert t.points["lon"].tolist() == [2.3522, 2.353, 2.3545]
    assert t.points["accuracy_m"].isna().all()


def test_location_keys_parameter_and_empty_entries():
    entries = [_loc(100, 45.0, 5.0, key="background/location"),
               _loc(101, 45.0, 5.001, key="background/location"),
               _loc(100, 45.5, 5.5)]
    # the server client asks for one stream only: no fallback, no accuracy filter
    t = parse_emission_entries(entries, "srv", location_keys=("background/location",))
    assert t.points["lat"].tolist() == [45.0, 45.0] and t.warnings == []
    empty = parse_emission_entries([], "srv", user_id="x")
    assert empty.points.empty and list(empty.points.columns) == POINT_COLUMNS
    assert str(empty.points["time"].dtype) == "datetime64[ns, UTC]"
    assert empty.motion.empty and empty.trips_labels.empty


def test_entries_that_are_not_emission_are_refused():
    with pytest.raises(InputError) as info:
        parse_emission_entries([{"a": 1}, {"b": 2}], "x.json")
    assert info.value.file == "x.json" and "metadata.key" in info.value.problem


def test_tracking_streams_travel_on_the_points():
    """The location filter, the write time and the state machine transitions (e-mission's trip
    segmentation reads them) are point columns; the same entry synced twice is read once."""
    from tracemob.tracemob_plugin.core.ingest.phone import transitions_from_points

    def loc(ts, filt, write):
        e = _loc(ts, 45.0 + ts * 1e-5, 5.0)
        e["data"]["filter"] = filt
        e["metadata"]["write_ts"] = write
        return e

    def transition(ts, kind, state):
        return {"user_id": {"$uuid": "u1"}, "metadata": {"key": "statemachine/transition", "write_ts": ts},
                "data": {"ts": ts, "transition": kind, "curr_state": state}}

    entries = [loc(100, "time", 101), loc(130, "time", 131), loc(130, "time", 131), loc(160, "distance", 2000),
               transition(90, 1, 1), transition(130, "local.transition.stopped_moving", "local.state.ongoing_trip"),
               transition(170, "T_VISIT_ENDED", "STATE_WAITING_FOR_TRIP_START"), transition(175, "booted", 3)]
    t = parse_emission_entries(entries, "day.json")
    pts = t.points
    assert len(pts) == 3
    assert pts["location_filter"].tolist() == ["time", "time", "distance"]
    assert pts["write_ts"].tolist() == [101.0, 131.0, 2000.0]
    # each transition on the first fix at or after it, the last ones on the last fix
    assert pts["transitions"].tolist() == ["90:1:1", "130:2:2", "170:14:1;175:4:3"]
    back = transitions_from_points(pts)
    assert back["transition"].tolist() == [1, 2, 14, 4] and back["state"].tolist() == [1, 2, 1, 3]
    assert back["time"].iloc[1] == pd.Timestamp(130, unit="s", tz="UTC")
