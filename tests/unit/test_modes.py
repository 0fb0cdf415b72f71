"""Transport-mode inference: features, rules, network context, user labels (no QGIS)."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.modes import TransitNetwork, infer_modes, normalise_kind
from tracemob.tracemob_plugin.core.vocab.modes import map_labels
from tracemob.tracemob_plugin.core.modes.features import (MISSING, kinematic_features, motion_features)
from tracemob.tracemob_plugin.core.modes.synthetic import route_leg, synthetic_dataset, synthetic_leg
from tracemob.tracemob_plugin.core.vocab.modes import COARSE, MODES, coarse

T0 = 1_700_000_000.0


def _frame(verts, leg_id):
    v = verts.copy()
    v["leg_id"] = leg_id
    v["time"] = pd.to_datetime(v.pop("time_s"), unit="s", utc=True)
    return v


def _straight(leg_id, speed, n=61, dt=10.0):
    """Due north at constant speed: exact distances."""
    t = T0 + np.arange(n) * dt
    lat = 45.0 + (t - T0) * speed / 111_195.0
    return pd.DataFrame({"leg_id": leg_id, "lon": 4.0, "lat": lat,
                         "time": pd.to_datetime(t, unit="s", utc=True)})


ROUTE = np.array([[0, 0], [3000, 0], [3000, 2500], [6000, 4000]], float)


# ------------------------------------------------------------------ features

def test_constant_speed_features_are_exact():
    f = kinematic_features(pd.concat([_straight("a", 1.4), _straight("b", 12.0)]))
    assert f.loc["a", "speed_p50"] == pytest.approx(1.4, rel=0.01)
    assert f.loc["b", "speed_p85"] == pytest.approx(12.0, rel=0.01)
    assert f.loc["b", "distance_m"] == pytest.approx(12.0 * 600, rel=0.01)
    assert f.loc["b", "duration_s"] == 600
    assert f.loc["b", "stop_share"] == 0
    assert f.loc["b", "straightness"] == pytest.approx(1.0, abs=1e-3)
    assert f.loc["b", "heading_change_km"] == pytest.approx(0.0, abs=0.5)
    assert f.loc["b", "acc_p85"] == pytest.approx(0.0, abs=1e-3)


def test_one_hertz_jitter_is_thinned():
    """1 Hz fixes with 3 m noise on a 1.3 m/s walk: thinning to 10 s keeps the median honest."""
    rng = np.random.default_rng(1)
    v = _straight("w", 1.3, n=601, dt=1.0)
    v["lat"] += rng.normal(0, 3 / 111_195.0, len(v))
    f = kinematic_features(v)
    assert f.loc["w", "speed_p50"] < 2.0
    assert f.loc["w", "n_vertices"] == 61


def test_motion_shares_are_time_weighted_per_user():
    spans = pd.DataFrame({"leg_start": [T0, T0], "leg_end": [T0 + 600, T0 + 600],
                          "user_id": ["u1", "u2"]}, index=["l1", "l2"])
    motion = pd.DataFrame({
        "user_id": ["u1", "u1", "u1"],
        "time": pd.to_datetime([T0 - 60, T0 + 150, T0 + 450], unit="s", utc=True),
        "activity": ["walking", "cycling", "in_vehicle"]})
    m = motion_features(spans, motion)
    assert m.loc["l1", "motion_foot"] == pytest.approx(150 / 600)
    assert m.loc["l1", "motion_cycling"] == pytest.approx(300 / 600)
    assert m.loc["l1", "motion_vehicle"] == pytest.approx(150 / 600)
    assert m.loc["l1", "motion_coverage"] == pytest.approx(1.0)
    # the other user has no readings: sentinel, not zero
    assert m.loc["l2", "motion_foot"] == MISSING
    assert m.loc["l2", "motion_coverage"] == 0


def test_missing_vertex_field_is_named():
    v = _straight("a", 2.0).drop(columns="time")
    with pytest.raises(InputError) as err:
        kinematic_features(v)
    assert "'time'" in str(err.value)


# ------------------------------------------------------------------ default model

def test_synthetic_walk_bike_car_legs_get_their_mode():
    rng = np.random.default_rng(3)
    frames, truth = [], {}
    for i, mode in enumerate(["walk", "walk", "bike", "bike", "car", "car"]):
        v, _ = synthetic_leg(mode, rng, duration_s=900, interval=5.0, variability=False, outliers=0)
        v["time_s"] += T0 + i * 10_000
        frames.append(_frame(v, "L%d" % i))
        truth["L%d" % i] = mode
    vertices = pd.concat(frames, ignore_index=True)
    legs = pd.DataFrame({"leg_id": list(truth)})
    out = infer_modes(legs, vertices).set_index("leg_id")
    assert out["mode"].to_dict() == truth
    assert set(out.mode_source) == {"model"}
    assert (out.mode_confidence > 0.45).all() and (out.mode_confidence <= 1).all()


def test_default_model_coarse_accuracy_on_generated_legs():
    legs, vertices, motion = synthetic_dataset(n_per_mode=6, seed=11, with_motion=0.5)
    out = infer_modes(legs, vertices, motion=motion)
    ok = coarse(out["mode"]) == coarse(legs["mode"])
    assert ok.mean() >= 0.9
    assert set(out["mode"]) <= set(MODES)


def test_plane_speed_and_rail_speed_without_network():
    v_plane = _straight("p", 220.0, n=40, dt=60.0)
    v_train = _straight("t", 70.0, n=80, dt=30.0)
    out = infer_modes(pd.DataFrame({"leg_id": ["p", "t"]}),
                      pd.concat([v_plane, v_train])).set_index("leg_id")
    assert out.loc["p", "mode"] == "plane"
    assert out.loc["t", "mode"] == "train"


# ------------------------------------------------------------------ network

def _bus_case():
    v, stops, line = route_leg(ROUTE, cruise=60 / 3.6, stop_every_m=500, dwell_s=20, seed=2)
    net = TransitNetwork(lines=line.assign(line_id="L1", kind="bus"), stops=stops.assign(kind="bus"))
    return _frame(v, "bus1"), net


def test_dominant_motion_activity_overrides_the_model_class():
    from tracemob.tracemob_plugin.core.modes.rules import motion_override
    f = pd.DataFrame({
        "motion_foot":     [0.7, 0.55, 0.9, 0.9, 0.0, 0.8, MISSING, 0.05],
        "motion_cycling":  [0.1, 0.45, 0.1, 0.1, 0.0, 0.0, MISSING, 0.05],
        "motion_vehicle":  [0.2, 0.0, 0.0, 0.0, 1.0, 0.2, MISSING, 0.4],
        "motion_coverage": [0.9, 1.0, 0.3, 1.0, 1.0, 1.0, 0.0, 1.0],
        "speed_p50":       [2.7, 2.7, 2.7, 5.0, 3.0, 60.0, 2.7, 2.0],
        "speed_p95":       [5.0, 5.0, 5.0, 8.0, 6.0, 70.0, 5.0, 7.0],
    })
    mode = np.array(["bike", "bike", "bike", "bike", "bike", "train", "bike", "bike"], dtype=object)
    out, conf, changed = motion_override(mode, np.full(8, 0.6), f)
    # walking readings over 70 % of a well covered leg: walk; 55 % is no majority; 30 %
    # coverage is too little; walking at a median 18 km/h is implausible; a vehicle reading
    # makes a motorised leg; a train stays a train; no readings, no change; a slow bus half
    # 'still' (0.5) with 80 % of its moving readings 'in_vehicle': motorised
    assert out.tolist() == ["walk", "bike", "bike", "bike", "car", "train", "bike", "car"]
    assert changed.tolist() == [True, False, False, False, True, False, False, True]
    assert conf[0] == pytest.approx(0.5 + 0.4 * 0.7)


def test_sensed_mode_of_the_leg_decides_its_coarse_class():
    """Legs that carry the phone's sensed mode (the dwell method's sections): walking, cycling
    and in_vehicle give the coarse class whatever the speeds suggest; the model keeps refining
    motorised legs (train at rail speed); unknown and empty leave the model's mode."""
    verts = pd.concat([_straight("a", 8.0), _straight("b", 1.3), _straight("c", 12.0), _straight("d", 45.0),
                       _straight("e", 8.0), _straight("f", 8.0)], ignore_index=True)
    legs = pd.DataFrame({"leg_id": list("abcdef"),
                         "sensed_mode": ["walking", "in_vehicle", "cycling", "in_vehicle", "unknown", ""]})
    out = infer_modes(legs, verts).set_index("leg_id")
    plain = infer_modes(legs.drop(columns="sensed_mode"), verts).set_index("leg_id")
    assert out.loc["a", "mode"] == "walk" and out.loc["b", "mode"] == "car"
    assert coarse([out.loc["c", "mode"]])[0] == "bike"
    assert out.loc["d", "mode"] == "train"
    assert out.loc["e", "mode"] == plain.loc["e", "mode"] and out.loc["f", "mode"] == plain.loc["f", "mode"]
    assert (out.loc[list("abc"), "mode_source"] == "rules").all()


def test_air_leg_whose_distance_no_train_covers_in_its_time_is_a_plane():
    """e-mission's air-or-rail section of a flight made with the phone off (as on its real day
    2015-08-21: the section joins the place left in Florida to 63 minutes of fixes after landing in
    San Francisco, 4,074 km in 75 minutes): its fixes ride at 12 m/s, its own distance over its
    duration is far beyond any train, so it is a plane. The same section with the distance of its
    fixes (a ride on air-or-rail readings at 12 m/s) stays a train, and so does an air leg at
    high-speed rail's pace (500 km in 2 h 40, a TGV's)."""
    verts = pd.concat([_straight("flown", 12.0, n=127), _straight("rail", 12.0, n=127),
                       _straight("tgv", 12.0, n=127)], ignore_index=True)
    legs = pd.DataFrame({"leg_id": ["flown", "rail", "tgv"], "sensed_mode": "air_or_hsr",
                         "distance_m": [4_074_257.0, 12.0 * 1260, 501_123.0],
                         "duration_s": [4_479.0, 1260.0, 9_570.0]})
    out = infer_modes(legs, verts).set_index("leg_id")
    assert out["mode"].to_dict() == {"flown": "plane", "rail": "train", "tgv": "train"}
    # without the legs' own measures, the fixes alone decide (as before)
    assert (infer_modes(legs.drop(columns=["distance_m", "duration_s"]), verts)["mode"] == "train").all()


FLIGHT_DAY = "shankari_2015-aug-21_to_17h.json.gz"


def test_real_flight_arrival_is_a_plane():
    """The real e-mission day 2015-08-21 up to 17:00 (tests/data/emission_flight): the phone reappears at
    San Francisco airport after a flight with it off. Segmented and read as the README's chain does, the
    air-or-rail leg (4,074 km in 75 minutes, its fixes those of BART after landing) is a plane; before, its
    slow fixes made it a train."""
    from tracemob.tracemob_plugin.core.ingest import read_traces
    from tracemob.tracemob_plugin.core.trips.segmentation import segment
    path = Path(__file__).resolve().parents[1] / "data" / "emission_flight" / FLIGHT_DAY
    traces = read_traces([str(path)])
    seg = segment(traces.points, motion=traces.motion)
    out = infer_modes(seg.legs, seg.points, motion=traces.motion).sort_values("start_time")
    assert out["sensed_mode"].tolist() == ["in_vehicle", "air_or_hsr", "on_foot"]
    assert out["mode"].tolist() == ["car", "plane", "walk"]
    assert out["distance_m"].iloc[1] == pytest.approx(4_074_257, abs=5)


def test_rules_ignore_motion_that_covers_little_or_contradicts_the_speeds():
    """A 2-hour leg crossing 500 km with the phone silent (a flight) after one 'walking' reading
    (held 30 min) is no walk; walking readings over a whole walking-speed leg make it a walk."""
    from tracemob.tracemob_plugin.core.modes.rules import rule_modes
    f = pd.DataFrame({
        "speed_p50": [61.0, 1.3, 2.4], "speed_p85": [61.0, 1.6, 3.0], "speed_p95": [61.0, 1.8, 3.5],
        "duration_s": [8245.0, 600.0, 600.0], "distance_m": [495_000.0, 800.0, 1400.0],
        "motion_foot": [1.0, 1.0, 1.0], "motion_cycling": [0.0, 0.0, 0.0],
        "motion_vehicle": [0.0, 0.0, 0.0], "motion_coverage": [0.22, 1.0, 0.3]})
    mode, _ = rule_modes(f)
    assert mode.tolist() == ["train", "walk", "bike"]


def test_bus_leg_is_bus_with_network_and_car_without():
    v, net = _bus_case()
    legs = pd.DataFrame({"leg_id": ["bus1"], "user_id": ["u"]})
    without = infer_modes(legs, v).iloc[0]
    assert without["mode"] == "car"
    assert COARSE[without["mode"]] == "motorised"
    with_net = infer_modes(legs, v, network=net).iloc[0]
    assert with_net["mode"] == "bus"
    assert with_net["mode_source"] == "rules"
    assert 0.5 <= with_net["mode_confidence"] <= 0.9


def test_car_along_bus_line_without_stopping_stays_car():
    _, net = _bus_case()
    v, _, _ = route_leg(ROUTE, cruise=60 / 3.6, stop_every_m=0, seed=4)
    out = infer_modes(pd.DataFrame({"leg_id": ["c"]}), _frame(v, "c"), network=net).iloc[0]
    assert out["mode"] == "car"


@pytest.mark.parametrize("dwelt_at,expected", [("bus", "bus"), ("tram", "tram"), (None, "tram")])
def test_a_street_shared_by_a_tram_and_a_bus_line_is_told_by_the_stops_dwelt_at(dwelt_at, expected):
    """A tram line and a bus line on the same street, their stops 250 m apart (OpenStreetMap and GTFS stops have
    kinds): the vehicle that dwelt at the bus stops is the bus; at the tram stops, the tram. With stops of no
    kind, the tram (rail kinds first, as before)."""
    v, stops, line = route_leg(ROUTE, cruise=40 / 3.6, stop_every_m=500, dwell_s=20, seed=2)
    m_lon = 111_195.0 * np.cos(np.radians(45.76))
    xy = np.column_stack([(stops.lon - 4.84) * m_lon, (stops.lat - 45.76) * 111_195.0])
    path = np.column_stack([(line.lon - 4.84) * m_lon, (line.lat - 45.76) * 111_195.0])
    # the other line's stops: 250 m further along the street than each stop the vehicle dwelt at
    seg = np.hypot(*np.diff(path, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    d = cum[np.argmin(np.hypot(path[None, :, 0] - xy[:, 0:1], path[None, :, 1] - xy[:, 1:2]), axis=1)] + 250.0
    d = d[d < cum[-1] - 50.0]
    other = pd.DataFrame({"lon": 4.84 + np.interp(d, cum, path[:, 0]) / m_lon,
                          "lat": 45.76 + np.interp(d, cum, path[:, 1]) / 111_195.0})
    if dwelt_at is None:
        stop_frame = pd.concat([stops, other], ignore_index=True).assign(kind=None)
    else:
        not_dwelt = "tram" if dwelt_at == "bus" else "bus"
        stop_frame = pd.concat([stops.assign(kind=dwelt_at), other.assign(kind=not_dwelt)], ignore_index=True)
    lines = pd.concat([line.assign(line_id="B", kind="bus"), line.assign(line_id="T", kind="tram")], ignore_index=True)
    net = TransitNetwork(lines=lines, stops=stop_frame)
    out = infer_modes(pd.DataFrame({"leg_id": ["x"]}), _frame(v, "x"), network=net).iloc[0]
    assert out["mode"] == expected


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_car_stopping_once_at_a_stop_along_the_line_stays_car(seed):
    """A car driving 8.9 km along the bus line (17 stops) stops once, for a minute, at a light next to a
    stop: its one stop is at a stop, but it passed the 16 others by, which no bus does, so it stays a car (it
    was a bus). A short ride along the same line, from one stop to the next or over one stop between, whose
    one stop is at a stop is still a bus."""
    _, net = _bus_case()
    car, _, _ = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=4500, dwell_s=60, seed=seed)
    short = [route_leg(np.array([[x0, 0], [x0 + 1000, 0]], float), cruise=40 / 3.6, stop_every_m=500,
                       dwell_s=20, seed=seed)[0] for x0 in (0.0, 500.0)]
    verts = pd.concat([_frame(car, "car"), _frame(short[0], "next"), _frame(short[1], "over_one")],
                      ignore_index=True)
    legs = pd.DataFrame({"leg_id": ["car", "next", "over_one"]})
    out = infer_modes(legs, verts, network=net).set_index("leg_id")
    assert out["mode"].to_dict() == {"car": "car", "next": "bus", "over_one": "bus"}


def test_bus_far_from_the_line_stays_car():
    v, net = _bus_case()
    far = v.copy()
    far["lat"] += 0.01  # 1.1 km north of the line
    out = infer_modes(pd.DataFrame({"leg_id": ["bus1"]}), far, network=net).iloc[0]
    assert out["mode"] == "car"


def test_train_on_rail_line_and_tram_with_stops():
    rail = np.array([[0, 0], [20000, 0], [40000, 8000]], float)
    v, stops, line = route_leg(rail, cruise=33.0, stop_every_m=12000, dwell_s=60, seed=5)
    tv, tstops, tline = route_leg(ROUTE, cruise=11.0, stop_every_m=450, dwell_s=20, seed=6,
                                  lat0=45.9)
    net = TransitNetwork(lines=pd.concat([line.assign(line_id="R", kind="rail"),
                                   tline.assign(line_id="T", kind="light_rail")]),
                  stops=pd.concat([stops, tstops]))
    vertices = pd.concat([_frame(v, "r"), _frame(tv, "t")])
    legs = pd.DataFrame({"leg_id": ["r", "t"]})
    out = infer_modes(legs, vertices, network=net).set_index("leg_id")
    assert out.loc["r", "mode"] == "train"
    assert out.loc["t", "mode"] == "tram"
    plain = infer_modes(legs, vertices).set_index("leg_id")
    assert plain.loc["r", "mode"] == "car" and plain.loc["t", "mode"] == "car"


def test_network_kinds_from_osm_and_gtfs():
    assert normalise_kind("bus") == "bus"
    assert normalise_kind(3) == "bus" and normalise_kind("700") == "bus"
    assert normalise_kind(0) == "tram" and normalise_kind("light_rail") == "tram"
    assert normalise_kind(1) == "metro" and normalise_kind("subway") == "metro"
    assert normalise_kind(2) == "train" and normalise_kind(102.0) == "train"
    assert normalise_kind('"route"=>"bus","ref"=>"C3"') == "bus"
    assert normalise_kind('"name"=>"T2","route"=>"tram"') == "tram"
    # a road crossing a railway, a bus lane tag, a platform or an abandoned line is no line
    assert normalise_kind('"railway"=>"level_crossing","bus"=>"designated"') is None
    assert normalise_kind("platform") is None and normalise_kind("abandoned") is None
    assert normalise_kind('"route"=>"bicycle"') is None
    assert normalise_kind("motorway") is None and normalise_kind(None) is None


# ------------------------------------------------------------------ user labels

def test_openpath_labels_map_to_vocabulary():
    got = map_labels(["walk", "e-bike", "drove_alone", "shared_ride", "bus", "train", "taxi",
                      "free_shuttle", "scootershare", "pilot_ebike", "not_a_trip", "Air", None, "",
                      "something else"]).tolist()
    assert got == ["walk", "ebike", "car", "car", "bus", "train", "car", "bus", "escooter", "ebike",
                   "unknown", "plane", None, None, "unknown"]


def test_label_field_wins_over_the_model():
    v, net = _bus_case()
    legs = pd.DataFrame({"leg_id": ["bus1"], "user_id": ["u"], "my_label": ["E-bike"]})
    out = infer_modes(legs, v, label_field="my_label", network=net).iloc[0]
    assert (out["mode"], out["mode_source"], out["mode_confidence"]) == ("ebike", "user", 1.0)
    assert out["mode_label"] == "E-bike"
    # a previous run's mode column may serve as the labels of a new run
    legs2 = legs.assign(mode=["shared_ride"]).drop(columns="my_label")
    again = infer_modes(legs2, v, label_field="mode").iloc[0]
    assert (again["mode"], again["mode_label"], again["mode_source"]) == ("car", "shared_ride", "user")
    # an empty label leaves the inference alone
    legs["my_label"] = [None]
    assert infer_modes(legs, v, label_field="my_label").iloc[0]["mode_source"] == "model"


def test_unknown_label_field_is_an_input_error():
    v, _ = _bus_case()
    with pytest.raises(InputError) as err:
        infer_modes(pd.DataFrame({"leg_id": ["bus1"]}), v, label_field="mode_confirm")
    assert "mode_confirm" in str(err.value)


def test_trip_label_goes_to_the_matching_leg_of_a_walk_bus_walk_trip():
    rng = np.random.default_rng(8)
    w1, _ = synthetic_leg("walk", rng, duration_s=400, interval=5.0)
    w2, _ = synthetic_leg("walk", rng, duration_s=300, interval=5.0)
    b, _, _ = route_leg(ROUTE, cruise=14.0, stop_every_m=400, seed=9, t0=0.0)
    w1["time_s"] += T0
    b["time_s"] += T0 + 500
    w2["time_s"] += T0 + 500 + b.time_s.max() + 100
    vertices = pd.concat([_frame(w1, "a"), _frame(b, "b"), _frame(w2, "c")], ignore_index=True)
    span = vertices.groupby("leg_id").time.agg(["min", "max"])
    legs = pd.DataFrame({"leg_id": ["a", "b", "c"], "user_id": "u1",
                         "start_time": span["min"].to_numpy(), "end_time": span["max"].to_numpy()})
    labels = pd.DataFrame({"user_id": ["u1", "u2"],
                           "start_time": [span["min"].min() - pd.Timedelta("1min")] * 2,
                           "end_time": [span["max"].max() + pd.Timedelta("1min")] * 2,
                           "mode_confirm": ["bus", "drove_alone"], "purpose_confirm": ["work", "shop"]})
    out = infer_modes(legs, vertices, labels=labels).set_index("leg_id")
    assert out.loc["b", "mode"] == "bus" and out.loc["b", "mode_source"] == "user"
    assert out.loc["b", "mode_label"] == "bus" and out.loc["a", "mode_label"] is None
    assert out.loc["a", "mode"] == "walk" and out.loc["a", "mode_source"] == "model"
    assert out.loc["c", "mode"] == "walk" and out.loc["c", "mode_source"] == "model"
    # a single-leg trip labelled by another user's trip is untouched; same user -> the label
    labels.loc[1, "user_id"] = "u1"
    labels.loc[0, "user_id"] = "nobody"
    out = infer_modes(legs, vertices, labels=labels).set_index("leg_id")
    assert out.loc["b", "mode"] == "car" and out.loc["b", "mode_source"] == "user"
    assert out.loc["b", "mode_label"] == "drove_alone"
    assert out.loc["a", "mode_source"] == "model"


def test_leg_spanning_two_short_labelled_trips_gets_the_best_one():
    v = _straight("x", 1.2, n=101, dt=10.0)  # 1000 s walk
    t0 = v.time.min()
    legs = pd.DataFrame({"leg_id": ["x"], "user_id": ["u"], "start_time": [t0],
                         "end_time": [v.time.max()]})
    labels = pd.DataFrame({"user_id": ["u", "u", "u"],
                           "start_time": [t0 - pd.Timedelta("1h"), t0 + pd.Timedelta("60s"),
                                          t0 + pd.Timedelta("500s")],
                           "end_time": [t0 - pd.Timedelta("50min"), t0 + pd.Timedelta("400s"),
                                        t0 + pd.Timedelta("700s")],
                           "mode_confirm": ["train", "walk", "bike"]})
    out = infer_modes(legs, v, labels=labels).iloc[0]
    assert (out["mode"], out["mode_source"], out["mode_label"]) == ("walk", "user", "walk")


def test_legs_without_leg_id_or_vertices():
    with pytest.raises(InputError) as err:
        infer_modes(pd.DataFrame({"id": ["x"]}), _straight("x", 1.0))
    assert "leg_id" in str(err.value)
    out = infer_modes(pd.DataFrame({"leg_id": ["x", "nothing"]}), _straight("x", 1.3))
    assert out.set_index("leg_id").loc["nothing", "mode"] == "unknown"
    assert out.set_index("leg_id").loc["nothing", "mode_confidence"] == 0
    empty = infer_modes(pd.DataFrame({"leg_id": []}), _straight("x", 1.3))
    assert list(empty.columns) == ["leg_id", "mode", "mode_confidence", "mode_source", "mode_label"]


# ------------------------------------------------------------------ real data

def test_embedded_emission_days_coarse_agreement(sample_dir):
    """The three embedded real days (in the default model's training set: a regression check;
    the held-out score is in bench/bench_modes.py)."""
    from tracemob.tracemob_plugin.core.evaluation.scoring import find_ground_truth_days
    from tracemob.tracemob_plugin.core.evaluation.labelled import emission_day
    from tracemob.tracemob_plugin.core.modes.model import agreement
    days = find_ground_truth_days(sample_dir)
    assert len(days) == 3
    for raw, truth in days:
        legs, vertices, motion = emission_day(raw, truth)
        out = infer_modes(legs, vertices, motion=motion)
        score = agreement(coarse(legs["mode"]), coarse(out["mode"]), legs.duration_s)
        assert score >= 0.9, raw.name


def test_segmentation_points_serve_as_vertices(sample_dir):
    """The points of segmentation.segment (leg_id "" outside legs) go straight in as vertices."""
    from tracemob.tracemob_plugin.core.ingest import read_traces
    from tracemob.tracemob_plugin.core.trips.segmentation import segment
    traces = read_traces([str(sample_dir / "shankari_2016-07-22.json")])
    seg = segment(traces.points, motion=traces.motion)
    assert (seg.points.leg_id == "").any() and len(seg.legs) > 0
    out = infer_modes(seg.legs, seg.points, motion=traces.motion)
    assert len(out) == len(seg.legs)
    assert set(out.mode_source) <= {"model", "rules"} and (out["mode"] != "unknown").all()
    # the day: bike to the station, train, walk (e-mission sensed BICYCLING, IN_VEHICLE, ON_FOOT)
    assert {"walk", "car"} <= set(out["mode"])


def test_slow_urban_car_with_stops_is_motorised():
    """City-centre driving (issue 13, item 5): 30 km/h between lights every 300 m, 20 s red phases,
    2 m/s² starts and stops, a mean speed of about 5 m/s: a car for the default model, not a bike."""
    legs, frames = [], []
    for i, (interval, noise) in enumerate([(1.0, 5.0), (5.0, 8.0), (2.0, 10.0)]):
        v, _, _ = route_leg(ROUTE, cruise=8.3, stop_every_m=300, dwell_s=20, acc=2.0, interval=interval,
                            noise_m=noise, seed=i, t0=T0 + i * 10_000)
        frames.append(_frame(v, "U%d" % i))
        legs.append("U%d" % i)
    vertices = pd.concat(frames, ignore_index=True)
    f = kinematic_features(vertices)
    assert ((f["speed_mean"] > 4.0) & (f["speed_mean"] < 6.0)).all()
    assert (f["stop_share"] > 0.05).all()
    out = infer_modes(pd.DataFrame({"leg_id": legs}), vertices)
    assert (coarse(out["mode"]) == "motorised").all(), out["mode"].tolist()


# ------------------------------------------------------------------ stops alone (issue 14)

def test_stops_alone_bus_dwelling_stop_after_stop_is_bus():
    """A stops layer without lines: the bus that dwells at stop after stop is a bus; the car driving
    past the same stops without stopping, or stopping at lights away from the stops, stays a car."""
    v, net = _bus_case()
    stops_only = TransitNetwork(stops=net.stops)
    assert not stops_only.has_lines and net.has_lines
    out = infer_modes(pd.DataFrame({"leg_id": ["bus1"]}), v, network=stops_only).iloc[0]
    assert (out["mode"], out["mode_source"]) == ("bus", "rules")
    assert out["mode_confidence"] == pytest.approx(0.62)
    car, _, _ = route_leg(ROUTE, cruise=60 / 3.6, stop_every_m=0, seed=4)
    out = infer_modes(pd.DataFrame({"leg_id": ["c"]}), _frame(car, "c"), network=stops_only).iloc[0]
    assert out["mode"] == "car"
    # stopping every 500 m, 250 m away from every stop (traffic lights between the stops)
    lights, _, _ = route_leg(ROUTE, cruise=60 / 3.6, stop_every_m=500, dwell_s=20, seed=7)
    shifted = TransitNetwork(stops=pd.DataFrame({"lon": net.stops.lon, "lat": net.stops.lat}).iloc[:-1]
                             .assign(lon=lambda d: d.lon + 250 / (111_195.0 * np.cos(np.radians(45.76)))))
    out = infer_modes(pd.DataFrame({"leg_id": ["l"]}), _frame(lights, "l"), network=shifted).iloc[0]
    assert out["mode"] == "car"


def test_stops_alone_counts_distinct_stops():
    from tracemob.tracemob_plugin.core.modes.transit import network_features
    v, net = _bus_case()
    f = network_features(v, TransitNetwork(stops=net.stops)).loc["bus1"]
    # every stop episode at a different stop (one of the 17 stops is missed by the thinned vertices)
    assert f["net_stops_distinct"] == f["net_stops_at_stops"] >= len(net.stops) - 1
    # only two of the stops in the layer: two distinct stops, not enough
    two = TransitNetwork(stops=net.stops.iloc[:2])
    assert network_features(v, two).loc["bus1", "net_stops_distinct"] == 2
    out = infer_modes(pd.DataFrame({"leg_id": ["bus1"]}), v, network=two).iloc[0]
    assert out["mode"] == "car"


def _stops_km(net, east_m):
    """The stops of ``net`` moved ``east_m`` metres east."""
    return net.stops.assign(lon=net.stops.lon + east_m / (111_195.0 * np.cos(np.radians(45.76))))


def test_stop_visits_passages_dwells_and_places():
    """On the raw track: the bus dwelt at every stop it passed, the car passed them all and dwelt at none; a
    second stop 12 m away (the other side of the street) is the same passage; a track passing a stop twice (out
    and back) passes it twice; a stops layer with a kind gives the kind of the stops dwelt at."""
    from tracemob.tracemob_plugin.core.modes.transit import stop_visits
    v, net = _bus_case()
    n = len(net.stops)
    sv = stop_visits(v, net.stops).loc["bus1"]
    assert sv.stops_passed == n and sv.stops_dwelt == n and sv.dwelt_kind == "bus"
    car, _, _ = route_leg(ROUTE, cruise=60 / 3.6, stop_every_m=0, seed=4)
    sv = stop_visits(_frame(car, "c"), net.stops[["lon", "lat"]]).loc["c"]
    assert (sv.stops_passed, sv.stops_dwelt, sv.dwelt_kind) == (n, 0, None)
    both_sides = pd.concat([net.stops, _stops_km(net, 12.0)], ignore_index=True)
    assert stop_visits(v, both_sides).loc["bus1", "stops_passed"] == n
    out_back, _, _ = route_leg(np.array([[0, 0], [1800, 0], [0, 0]], float), cruise=12.0, seed=5)
    one = net.stops.iloc[:1]  # 500 m along the first street
    assert stop_visits(_frame(out_back, "ob"), one).loc["ob", "stops_passed"] == 2


def test_stops_alone_kind_and_slow_bus_taken_for_a_bicycle():
    """Stops without lines: the stops' kind decides (tram stops: a tram); a city bus crawling at a cyclist's speed
    (12 km/h between stops) that dwells at every stop is a bus too; a car stopped at a red light next to one stop
    in four stays a car."""
    v, net = _bus_case()
    out = infer_modes(pd.DataFrame({"leg_id": ["bus1"]}), v,
                      network=TransitNetwork(stops=net.stops.assign(kind="tram"))).iloc[0]
    assert out["mode"] == "tram"
    slow, stops, _ = route_leg(ROUTE, cruise=12 / 3.6, stop_every_m=400, dwell_s=25, seed=6)
    assert infer_modes(pd.DataFrame({"leg_id": ["s"]}), _frame(slow, "s")).iloc[0]["mode"] == "bike"
    out = infer_modes(pd.DataFrame({"leg_id": ["s"]}), _frame(slow, "s"), network=TransitNetwork(stops=stops)).iloc[0]
    assert (out["mode"], out["mode_confidence"]) == ("bus", pytest.approx(0.62))
    car, lights, _ = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=1000, dwell_s=25, seed=8)
    every_250 = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=250, seed=8)[1]
    out = infer_modes(pd.DataFrame({"leg_id": ["c"]}), _frame(car, "c"), network=TransitNetwork(stops=every_250)).iloc[0]
    assert out["mode"] == "car"


def test_rail_ride_with_its_egress_walk_in_one_leg_is_train_with_lines_too():
    """A train ride (6 km, two intermediate stations, 45 s dwell at each) and the 10-minute walk from the arrival
    station in one leg of the segmentation: its vertices follow the line for well under ``RAIL_SHARE``, so the line
    rule cannot claim it; it dwelt at station after station, which is what the stops-alone rule reads. With the
    lines given too (a GTFS feed's shapes, OSM railways) that rule must still apply: it used to run only when the
    network had no lines, and such legs came out as cars (simulated seed 8: 3 of 16 train legs)."""
    from tracemob.tracemob_plugin.core.modes.rules import RAIL_SHARE
    from tracemob.tracemob_plugin.core.modes.transit import network_features
    path = np.array([[0, 0], [6000, 0]], float)
    ride, stops, line = route_leg(path, cruise=25.0, stop_every_m=2000, dwell_s=45, acc=1.0, interval=5.0, seed=3)
    t_end = ride.time_s.max()
    # then a walk due north from the arrival station at 1.4 m/s for 10 minutes
    tw = np.arange(5.0, 600.0 + 1, 5.0)
    k_lat = 1 / 111_195.0
    walk = pd.DataFrame({"lon": ride.lon.iloc[-1], "lat": ride.lat.iloc[-1] + 1.4 * tw * k_lat, "time_s": t_end + tw})
    v = _frame(pd.concat([ride, walk], ignore_index=True), "r")
    ends = pd.DataFrame({"lon": [line.lon.iloc[0], line.lon.iloc[-1]], "lat": [line.lat.iloc[0], line.lat.iloc[-1]]})
    stations = pd.concat([stops, ends], ignore_index=True).assign(kind="train")
    net = TransitNetwork(lines=line.assign(line_id="R1", kind="train"), stops=stations)
    f = network_features(v, net).loc["r"]
    assert f["net_train_share"] < RAIL_SHARE and f["net_stops_dwelt"] >= 2
    out = infer_modes(pd.DataFrame({"leg_id": ["r"]}), v, network=net)
    ride_legs = out[out["mode"] == "train"]
    assert len(ride_legs) == 1, out[["leg_id", "mode", "start_time", "end_time"]]
    # the ride is the train leg, the walk after it a walk of its own
    arrival = pd.Timestamp(t_end, unit="s", tz="UTC")
    assert abs((ride_legs["end_time"].iloc[0] - arrival).total_seconds()) < 60
    walks = out[out["mode"] == "walk"]
    assert len(walks) == 1 and abs((walks["start_time"].iloc[0] - arrival).total_seconds()) < 60


def test_with_rail_lines_a_car_stopping_near_two_stations_is_not_a_metro():
    """Lines given too: the stops-alone rule makes a metro (or train) only of a leg that also follows a line of that
    kind for at least STOPS_WITH_LINES_RAIL_SHARE of its vertices. A car driving a road that crosses the metro line,
    stopping 30 s at each of two stations' street entrances, stays a car; without the metro line (stations alone),
    the rule has nothing to check it against and makes it a metro, as before."""
    from tracemob.tracemob_plugin.core.modes.rules import STOPS_WITH_LINES_RAIL_SHARE
    from tracemob.tracemob_plugin.core.modes.transit import network_features
    road = np.array([[0, 0], [3000, 0]], float)
    car, stations, _ = route_leg(road, cruise=12.0, stop_every_m=1000, dwell_s=30, acc=2.0, interval=5.0, seed=5)
    v = _frame(car, "c")
    # the metro runs north-south, crossing the road at each station
    k_lat = 1 / 111_195.0
    lines = pd.concat([pd.DataFrame({"line_id": "M%d" % i, "kind": "metro", "lon": lon,
                                     "lat": lat + np.array([-2000.0, 2000.0]) * k_lat})
                       for i, (lon, lat) in enumerate(zip(stations.lon, stations.lat))], ignore_index=True)
    with_lines = TransitNetwork(lines=lines, stops=stations.assign(kind="metro"))
    f = network_features(v, with_lines).loc["c"]
    assert f["net_metro_share"] < STOPS_WITH_LINES_RAIL_SHARE and f["net_stops_dwelt"] >= 2
    assert infer_modes(pd.DataFrame({"leg_id": ["c"]}), v, network=with_lines)["mode"].iloc[0] == "car"
    stations_alone = TransitNetwork(stops=stations.assign(kind="metro"))
    assert infer_modes(pd.DataFrame({"leg_id": ["c"]}), v, network=stations_alone)["mode"].iloc[0] == "metro"
