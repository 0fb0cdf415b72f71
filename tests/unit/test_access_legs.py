"""The walk to the stop, the wait there and the walk from the alighting stop as legs of their own (issue 14):
core/modes/access.py through infer_modes, on generated riders with known truth."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.indicators.emissions import FACTOR_MODES, compute_emissions
from tracemob.tracemob_plugin.core.indicators.fmd import FmdRules, classify_commutes
from tracemob.tracemob_plugin.core.indicators.modal_share import travelled, trip_main_modes
from tracemob.tracemob_plugin.core.modes.access import SPLIT_FROM, piece_vertices, split_access
from tracemob.tracemob_plugin.core.modes.infer import infer_modes
from tracemob.tracemob_plugin.core.modes.transit import TransitNetwork
from tracemob.tracemob_plugin.core.simulate.busride import bus_ride
from tracemob.tracemob_plugin.core.vocab.modes import MAIN_MODE_HIERARCHY, MODES, parse_modes, road_motorised

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from riders import segment_vertices  # noqa: E402  (shared with the other public-transport tests)


def _rider(seed, **kw):
    """A rider's walk (4 min), wait at the stop (5 min), bus (10 stops, about 15 min with its dwells) and walk (3 min)
    as one leg (segmentation did not cut it), the line's stops and the true phase bounds (epoch s)."""
    ride = bus_ride(seed, n_stops=10, walk_s=240.0, wait_s=300.0, walk_after_s=180.0, **kw)
    p, phase = ride.points, ride.truth["phase"].to_numpy()
    t = p["time"].astype("int64").to_numpy() / 1e9
    bus = np.flatnonzero(phase == "bus")
    truth = {"arrive": t[np.flatnonzero(phase == "wait")[0]], "board": t[bus[0]], "alight": t[bus[-1]]}
    legs, vertices = _one_leg(p, 6000.0)
    return legs, vertices, ride.stops, truth


def _one_leg(p, distance_m):
    """The fixes ``p`` as one leg ``L1`` that segmentation did not cut, and its vertices (one per fix)."""
    t = p["time"].astype("int64").to_numpy() / 1e9
    legs = pd.DataFrame({"leg_id": ["L1"], "trip_id": ["T1"], "user_id": ["rider"], "start_time": [p.time.iloc[0]],
                         "end_time": [p.time.iloc[-1]], "duration_s": [t[-1] - t[0]], "distance_m": [distance_m],
                         "n_points": [len(p)], "first_point": [0], "last_point": [len(p) - 1]})
    return legs, p.assign(leg_id="L1")[["leg_id", "lon", "lat", "time"]]


def _thinned(p, t, every_s=30.0):
    """The fixes ``p`` (times ``t``, epoch s) thinned to one every ``every_s`` (30 s: a sparse Android phone)."""
    keep = np.r_[True, np.diff(np.floor((t - t[0]) / every_s)) > 0]
    return p[keep].reset_index(drop=True), t[keep]


def _walk_wait_bus_walk(p, stops):
    """(leg, vertices, network, modes inferred) of the fixes ``p`` as one leg with ``stops``; the modes must be the
    walk to the stop, the wait, the bus and the walk on."""
    legs, vertices = _one_leg(p, 6000.0)
    net = TransitNetwork(stops=stops)
    out = infer_modes(legs, vertices, network=net)
    assert list(out["mode"]) == ["walk", "wait", "bus", "walk"]
    return legs, vertices, net, out


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_walk_wait_bus_walk_are_four_legs_with_their_bounds(seed):
    legs, vertices, stops, truth = _rider(seed)
    out = infer_modes(legs, vertices, network=TransitNetwork(stops=stops))
    assert list(out["leg_id"]) == ["L1_a", "L1_w", "L1", "L1_e"]
    assert list(out["mode"]) == ["walk", "wait", "bus", "walk"]
    assert list(out[SPLIT_FROM]) == ["L1"] * 4
    t0 = out["start_time"].astype("int64").to_numpy() / 1e9
    t1 = out["end_time"].astype("int64").to_numpy() / 1e9
    assert abs(t1[0] - truth["arrive"]) <= 30 and abs(t0[1] - truth["arrive"]) <= 30
    assert abs(t1[1] - truth["board"]) <= 30 and abs(t0[2] - truth["board"]) <= 30
    assert abs(t1[2] - truth["alight"]) <= 30 and abs(t0[3] - truth["alight"]) <= 30
    assert 10 * 60 <= truth["alight"] - truth["board"] <= 20 * 60           # a 15-minute ride, give or take
    # the pieces tile the leg; the wait has no distance, the others share the leg's
    assert np.allclose(t0[1:], t1[:-1]) and t0[0] == legs.start_time.iloc[0].timestamp()
    assert out["distance_m"].iat[1] == 0.0 and out["distance_m"].sum() < 6000.0
    assert out["distance_m"].iat[2] > 4 * (out["distance_m"].iat[0] + out["distance_m"].iat[3]) > 0
    assert np.allclose(out["duration_s"], t1 - t0)
    # the points of each piece follow on (a fix at a cut is in both)
    assert out["first_point"].iat[0] == 0 and out["last_point"].iat[3] == legs.last_point.iat[0]
    assert (out["first_point"].to_numpy()[1:] == out["last_point"].to_numpy()[:-1]).all()
    assert out["transit_route"].isna().all() if "transit_route" in out.columns else True


def test_piece_vertices_cut_the_track_at_the_bounds():
    legs, vertices, stops, _ = _rider(0)
    out = infer_modes(legs, vertices, network=TransitNetwork(stops=stops))
    v = piece_vertices(vertices, out)
    assert set(v["leg_id"]) == set(out["leg_id"])
    n = v.groupby("leg_id").size()
    assert (n.reindex(out.leg_id).to_numpy() == out["n_points"].to_numpy()).all()
    assert n.sum() == len(vertices) + 3                                      # three cuts, each fix in two pieces
    for r in out.itertuples():
        times = v.loc[v.leg_id == r.leg_id, "time"]
        assert times.min() == r.start_time and times.max() == r.end_time


def test_without_stops_nothing_is_cut_and_nothing_is_added():
    legs, vertices, stops, _ = _rider(1)
    plain = infer_modes(legs, vertices)
    assert list(plain.columns) == list(legs.columns) + ["mode", "mode_confidence", "mode_source", "mode_label"]
    assert list(plain["leg_id"]) == ["L1"]
    lines = pd.DataFrame({"line_id": "l", "kind": "bus", "lon": stops.lon, "lat": stops.lat})
    with_lines = infer_modes(legs, vertices, network=TransitNetwork(lines=lines))  # a line, no stops
    assert list(with_lines["leg_id"]) == ["L1"] and SPLIT_FROM not in with_lines.columns
    pd.testing.assert_frame_equal(plain.drop(columns=["mode", "mode_confidence", "mode_source"]),
                                  with_lines.drop(columns=["mode", "mode_confidence", "mode_source"]))


def test_legs_not_public_transport_or_labelled_are_kept():
    legs, vertices, stops, _ = _rider(2)
    out = legs.assign(mode="car", mode_confidence=0.9, mode_source="model", mode_label=None)
    assert list(split_access(out, vertices, stops)["leg_id"]) == ["L1"]          # a car leg is never cut
    out = out.assign(mode="bus")
    assert list(split_access(out, vertices, stops, keep=[True])["leg_id"]) == ["L1"]  # the participant's own label
    assert len(split_access(out, vertices, stops)) == 4
    # a leg starting on the bus (segmentation cut the walk and the wait off): nothing to cut at the start
    board = pd.Timestamp(_rider(2)[3]["board"] + 5, unit="s", tz="UTC")
    late = vertices[vertices.time >= board]
    cut = split_access(out.assign(start_time=late.time.iloc[0]), late, stops)
    assert list(cut["leg_id"]) == ["L1", "L1_e"]


def test_walk_leg_ending_still_at_the_stop_before_the_ride_ends_with_a_wait():
    legs, vertices, stops, truth = _rider(0)
    board = pd.Timestamp(truth["board"], unit="s", tz="UTC")
    walk_v = vertices[vertices.time < board].assign(leg_id="W")
    ride_v = vertices[vertices.time >= board].assign(leg_id="B")
    two = pd.DataFrame({"leg_id": ["W", "B"], "trip_id": "T1", "user_id": "rider",
                        "start_time": [walk_v.time.iloc[0], ride_v.time.iloc[0]],
                        "end_time": [walk_v.time.iloc[-1], ride_v.time.iloc[-1]], "distance_m": [400.0, 5000.0],
                        "mode": ["walk", "bus"], "mode_confidence": 0.8, "mode_source": "model", "mode_label": None})
    out = split_access(two, pd.concat([walk_v, ride_v]), stops)
    assert list(out["leg_id"]) == ["W", "W_w", "B", "B_e"]
    assert list(out["mode"]) == ["walk", "wait", "bus", "walk"]
    assert abs(out["start_time"].iat[1].timestamp() - truth["arrive"]) <= 30
    # the wait has no distance; the walk keeps its share of the leg's (the wait's GPS jitter left out)
    assert out["distance_m"].iat[1] == 0.0 and 250.0 < out["distance_m"].iat[0] < 400.0


def test_wait_vocabulary_emissions_fmd_and_main_mode():
    assert "wait" in MODES and MAIN_MODE_HIERARCHY[-1] == "wait" and "wait" not in FACTOR_MODES
    assert parse_modes("attente, Waiting", "MODES") == ["wait"]
    legs = pd.DataFrame({"leg_id": ["a", "w", "b", "e", "x"], "trip_id": ["T1"] * 4 + ["T2"],
                         "mode": ["walk", "wait", "bus", "walk", "wait"], "distance_m": [300.0, 0.0, 5000, 200, 0]})
    em = compute_emissions(legs)
    assert em["co2e_g"].iat[1] == 0.0 and em["co2e_g"].iat[2] > 0 and em["factor_source"].iat[1] != ""
    mm = trip_main_modes(legs).set_index("trip_id")
    assert mm.loc["T1", "main_mode"] == "bus" and mm.loc["T2", "main_mode"] == "wait"
    assert list(travelled(mm.reset_index())["trip_id"]) == ["T1"]          # a trip of waits alone: no travel
    assert not road_motorised(pd.Series(["wait"])).any()                   # no road travel time from a wait
    # the FMD: a bike leg then a wait of unknown distance: the wait is neutral (the trip is all bike)
    trips = pd.DataFrame({"trip_id": ["F"], "user_id": ["u"], "start_time": [pd.Timestamp("2025-03-03 08:00Z")],
                          "is_home_work": [True]})
    fl = pd.DataFrame({"trip_id": ["F", "F"], "mode": ["bike", "wait"], "distance_m": [np.nan, np.nan]})
    c = classify_commutes(trips, fl, FmdRules(tiers=pd.DataFrame(columns=["min_days", "amount", "label"])))
    assert c["fmd_mode"].iat[0] == "bike" and c["eligible_share"].iat[0] == pytest.approx(1.0)


def _short(seed, wait_s, **kw):
    """A rider's 8-minute walk, a wait at the stop of ``wait_s``, a bus ride of two stops (1.5-2 minutes) and a
    7-minute walk as one leg: the walks make it a walk."""
    ride = bus_ride(seed, n_stops=3, walk_s=480.0, wait_s=wait_s, walk_after_s=420.0, **kw)
    p, phase = ride.points, ride.truth["phase"].to_numpy()
    t = p["time"].astype("int64").to_numpy() / 1e9
    bus = np.flatnonzero(phase == "bus")
    legs, vertices = _one_leg(p, 2000.0)
    return legs, vertices, ride.stops, (t[bus[0]], t[bus[-1]])


@pytest.mark.parametrize("seed", [0, 3])
def test_a_ride_of_two_stops_inside_a_walk_is_cut_out_as_a_bus(seed):
    legs, vertices, stops, (board, alight) = _short(seed, 150.0)
    assert 60 <= alight - board <= 150
    net = TransitNetwork(stops=stops)
    assert list(infer_modes(legs, vertices)["mode"]) == ["walk"]                    # no stops: a walk, as before
    out = infer_modes(legs, vertices, network=net)
    assert list(out["mode"]) == ["walk", "wait", "bus", "walk"]
    t0 = out["start_time"].astype("int64").to_numpy() / 1e9
    t1 = out["end_time"].astype("int64").to_numpy() / 1e9
    assert abs(t0[2] - board) <= 15 and abs(t1[2] - alight) <= 30
    # the stops are a tram's: a tram
    assert list(infer_modes(legs, vertices, network=TransitNetwork(stops=stops.assign(kind="tram")))["mode"]) == [
        "walk", "wait", "tram", "walk"]
    # a participant's own label is kept
    own = infer_modes(legs.assign(label="walk"), vertices, network=net, label_field="label")
    assert list(own["mode"]) == ["walk"]


@pytest.mark.parametrize("seed", [0, 3])
def test_a_ride_of_two_stops_the_timetable_runs_as_a_metro_is_the_metro(seed, tmp_path, monkeypatch):
    """The stops near the ride's ends are bus stops (a bus stop beside each metro station), so the ride cut out of
    the walk was a bus; the timetable has a metro trip calling at those stops when the ride passed them. The ride is
    matched again on its own fixes after the cut: the metro, with its route's name. A walk was never matched, so it
    was not before."""
    import gen_gtfs as gen
    from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs
    from tracemob.tracemob_plugin.core.modes import infer

    legs, vertices, stops, (board, alight) = _short(seed, 150.0)
    t = vertices["time"].astype("int64").to_numpy() / 1e9
    on = (t >= board) & (t <= alight)
    ride = pd.DataFrame({"lon": vertices["lon"].to_numpy()[on], "lat": vertices["lat"].to_numpy()[on],
                         "time_s": t[on]})
    feed = read_gtfs(gen.ride_feed(tmp_path / "feed", ride, stops, stops, route_type=1, short_name="M2",
                                   shift_s=0.0, shapes=False))
    net = TransitNetwork(stops=stops)
    out = infer_modes(legs, vertices, network=net, timetable=feed)
    assert list(out["mode"]) == ["walk", "wait", "metro", "walk"]
    assert out["transit_route"].iat[2] == "M2" and out["transit_confidence"].iat[2] >= 0.8
    monkeypatch.setattr(infer, "_rematch_rides", lambda out, *a: out)
    before = infer_modes(legs, vertices, network=net, timetable=feed)
    assert list(before["mode"]) == ["walk", "wait", "bus", "walk"] and before["transit_route"].isna().all()


def test_without_a_wait_or_at_a_cyclists_pace_the_walk_stays_a_walk():
    # boarding at once: nothing tells a ride from a sprint or a lift
    legs, vertices, stops, _ = _short(0, 0.0)
    assert list(infer_modes(legs, vertices, network=TransitNetwork(stops=stops))["mode"]) == ["walk"]
    # a cyclist who stood at the stop 150 s (a bike-share dock beside it), then rode the bus's path to the next stop
    # but two at 4.5 m/s (each step timed at that speed)
    legs, vertices, stops, (board, alight) = _short(0, 150.0)
    t = vertices["time"].astype("int64").to_numpy() / 1e9
    riding = np.flatnonzero((t >= board) & (t <= alight))
    lat, lon = vertices["lat"].to_numpy(), vertices["lon"].to_numpy()
    step = np.hypot(np.diff(lat[riding]) * 111_000.0, np.diff(lon[riding]) * 111_000.0 * np.cos(np.radians(lat[0])))
    new_t = t.copy()
    new_t[riding] = board + np.concatenate([[0.0], np.cumsum(np.maximum(step, 0.5) / 4.5)])
    new_t[riding[-1] + 1:] += new_t[riding[-1]] - alight
    assert new_t[riding[-1]] - board > 1.3 * (alight - board)                   # slower than the bus
    v = vertices.assign(time=pd.to_datetime(new_t, unit="s", utc=True))
    lg = legs.assign(end_time=v.time.iloc[-1], duration_s=new_t[-1] - new_t[0])
    assert list(infer_modes(lg, v, network=TransitNetwork(stops=stops))["mode"]) == ["walk"]


def _segmented_short(seed, wait_s):
    """``_short``'s rider segmented as a file is: a wait of ``wait_s`` at the stop is a stay, so the walk to the stop
    is one trip and the ride of two stops starts the next leg, followed by the 7-minute walk. Returns the legs, their
    vertices (one per fix, as the legs layer gives them), the stops and the ride's true bounds."""
    from tracemob.tracemob_plugin.core.trips.segmentation import segment

    ride = bus_ride(seed, n_stops=3, walk_s=480.0, wait_s=wait_s, walk_after_s=420.0)
    p, phase = ride.points, ride.truth["phase"].to_numpy()
    t = p["time"].astype("int64").to_numpy() / 1e9
    bus = np.flatnonzero(phase == "bus")
    seg = segment(p)
    return seg.legs, segment_vertices(seg), ride.stops, (t[bus[0]], t[bus[-1]])


@pytest.mark.parametrize("seed", [0, 3])
def test_a_short_ride_after_a_wait_segmentation_made_a_stay_is_the_bus(seed, monkeypatch):
    """A 7-minute wait at the stop is a stay for segmentation: the leg after it starts with the ride of two stops
    and goes on with the 7-minute walk, whose speeds the ride's make a car's or a bicycle's. The walk to the stop
    ended there and the leg sets off from it: the ride is the bus, the walk after it a walk. After a stay at home
    (no walk to the stop before it) the leg is left alone."""
    from tracemob.tracemob_plugin.core.modes import infer

    legs, vertices, stops, (board, alight) = _segmented_short(seed, 420.0)
    assert len(legs) == 2 and legs["trip_id"].nunique() == 2               # the wait is a stay between two trips
    net = TransitNetwork(stops=stops)
    out = infer_modes(legs, vertices, network=net)
    assert list(out["mode"]) == ["walk", "bus", "walk"], out[["leg_id", "mode", "start_time", "end_time"]]
    t0 = out["start_time"].astype("int64").to_numpy() / 1e9
    t1 = out["end_time"].astype("int64").to_numpy() / 1e9
    # the ride's start is segmentation's (its first fix away from the stop taken back there at the pace it left at)
    assert abs(t0[1] - board) <= 60 and abs(t1[1] - alight) <= 30
    # without the rule, the leg is one mode from the stop to the end of the walk (here a walk; in the simulated
    # studies of bench/bench_transit.py, where the walk is shorter, a car or a bicycle): the ride is lost
    monkeypatch.setattr(infer, "_after_a_wait_at_a_stop", lambda out, *a: np.zeros(len(out), dtype=bool))
    before = infer_modes(legs, vertices, network=net)
    assert len(before) == 2 and "bus" not in set(before["mode"])
    monkeypatch.undo()
    # the same leg after a stay at home (no walk to the stop before it): nothing tells a ride, it is left alone
    alone = infer_modes(legs.iloc[1:], vertices[vertices.leg_id == legs.leg_id.iat[1]], network=net)
    assert list(alone["mode"]) == list(before["mode"].iloc[1:])


@pytest.mark.parametrize("seed", [0, 1])
def test_a_walk_from_the_stop_with_a_burst_of_wrong_fixes_is_still_cut_out(seed, monkeypatch):
    """The phone's fixes jump 100 m off for 20 s in the middle of the 7-minute walk from the alighting stop (a
    reflection off a building): over half a minute that looks like a vehicle, the last motion of the leg is there,
    away from any stop, and the walk stayed in the bus leg. It is cut at the alighting stop now, since the rest of the
    leg is walked."""
    from tracemob.tracemob_plugin.core.modes import access

    ride = bus_ride(seed, n_stops=10, walk_s=240.0, wait_s=300.0, walk_after_s=420.0)
    p, phase = ride.points.copy(), ride.truth["phase"].to_numpy()
    t = p["time"].astype("int64").to_numpy() / 1e9
    alight = t[np.flatnonzero(phase == "bus")[-1]]
    burst = (t >= alight + 200) & (t < alight + 220)
    p.loc[burst, "lat"] += 100.0 / 111_195.0
    legs, vertices, net, out = _walk_wait_bus_walk(p, ride.stops)
    t1 = out["end_time"].astype("int64").to_numpy() / 1e9
    assert abs(t1[2] - alight) <= 30
    # the rule before: the bus leg ran on to the end of the walk
    monkeypatch.setattr(access, "_walked_from_a_stop", lambda *a: np.full(a[-1], -1))
    before = infer_modes(legs, vertices, network=net)
    assert list(before["mode"]) == ["walk", "wait", "bus"]


@pytest.mark.parametrize("seed", [0, 2])
def test_one_wrong_fix_during_the_wait_is_not_the_bus_leaving(seed, monkeypatch):
    """A phone recording every 30 s reports one position 150 m off in the middle of the 5-minute wait at the stop: out
    and back at a cyclist's pace, so cleaning keeps it, and it read as the bus leaving. The ride now starts when the
    bus leaves (within 30 s, a fix's interval), and the wait is a wait."""
    from tracemob.tracemob_plugin.core.modes import access

    ride = bus_ride(seed, n_stops=10, walk_s=240.0, wait_s=300.0, walk_after_s=180.0)
    p, phase = ride.points, ride.truth["phase"].to_numpy()
    t = p["time"].astype("int64").to_numpy() / 1e9
    board = t[np.flatnonzero(phase == "bus")[0]]
    p, t = _thinned(p, t)
    wrong = int(np.argmin(np.abs(t - (board - 150.0))))
    p.loc[wrong, "lat"] += 150.0 / 111_195.0
    legs, vertices, net, out = _walk_wait_bus_walk(p, ride.stops)
    t0 = out["start_time"].astype("int64").to_numpy() / 1e9
    assert abs(t0[2] - board) <= 30 and out["duration_s"].iat[1] >= 240
    # before: the ride started at the wrong fix, two and a half minutes early
    monkeypatch.setattr(access, "_out_and_back", lambda xy, code: np.zeros(len(xy), dtype=bool))
    before = infer_modes(legs, vertices, network=net)
    b0 = before.loc[before["mode"] == "bus", "start_time"].iat[0].timestamp()
    assert board - b0 >= 120


@pytest.mark.parametrize("seed", [0, 2])
def test_one_wrong_fix_in_the_walk_from_the_stop_is_not_the_bus_going_on(seed, monkeypatch):
    """A phone recording every 30 s reports one position 200 m to the side in the middle of the 3-minute walk from
    the alighting stop. Its neighbours are a walker's minute apart (80 m, under half its distance from them), so the
    jump out and back is not a vehicle (``access.OUTLIER_BACK`` 0.5, chosen by ``bench_transit.py --access-cv``); at
    a quarter it was kept, and the bus leg ran on to it."""
    from tracemob.tracemob_plugin.core.modes import access

    ride = bus_ride(seed, n_stops=10, walk_s=240.0, wait_s=300.0, walk_after_s=180.0)
    p, phase = ride.points, ride.truth["phase"].to_numpy()
    t = p["time"].astype("int64").to_numpy() / 1e9
    alight = t[np.flatnonzero(phase == "bus")[-1]]
    p, t = _thinned(p, t)
    wrong = int(np.argmin(np.abs(t - (alight + 90.0))))
    m_lon = 111_195.0 * np.cos(np.radians(p["lat"].mean()))
    way = np.array([(p["lon"].iat[wrong + 1] - p["lon"].iat[wrong - 1]) * m_lon,
                    (p["lat"].iat[wrong + 1] - p["lat"].iat[wrong - 1]) * 111_195.0])
    side = np.array([-way[1], way[0]]) / np.hypot(*way) * 200.0      # 200 m square to the way walked
    p.loc[wrong, "lon"] += side[0] / m_lon
    p.loc[wrong, "lat"] += side[1] / 111_195.0
    legs, vertices, net, out = _walk_wait_bus_walk(p, ride.stops)
    t1 = out["end_time"].astype("int64").to_numpy() / 1e9
    assert abs(t1[2] - alight) <= 30
    monkeypatch.setattr(access, "OUTLIER_BACK", 0.25)
    before = infer_modes(legs, vertices, network=net)
    b1 = before.loc[before["mode"] == "bus", "end_time"].iat[0].timestamp()
    assert b1 - alight >= 60


@pytest.mark.parametrize("seed", [1, 2, 5])
def test_a_noisy_walk_from_the_stop_is_cut_out(seed, monkeypatch):
    """A phone recording every 15 s whose fixes scatter 20 m around the 5-minute walk from the alighting stop: over
    30 s that noise reads faster than a walk now and then (a share of the walk's windows over ``WALK_MPS``), so the
    walk stayed in the bus leg, 5 minutes of it. Over ``access.WALK_WINDOW_S`` (90 s, chosen by
    ``bench_transit.py --access-cv``) the noise shrinks and the walk is cut out at the alighting stop."""
    from tracemob.tracemob_plugin.core.modes import access

    ride = bus_ride(seed, n_stops=10, walk_s=240.0, wait_s=300.0, walk_after_s=300.0)
    p, phase = ride.points.copy(), ride.truth["phase"].to_numpy()
    t = p["time"].astype("int64").to_numpy() / 1e9
    alight = t[np.flatnonzero(phase == "bus")[-1]]
    p, t = _thinned(p, t, 15.0)
    rng = np.random.default_rng(100 + seed)
    after = t > alight + 5
    p.loc[after, "lat"] += rng.normal(0.0, 20.0, after.sum()) / 111_195.0
    p.loc[after, "lon"] += rng.normal(0.0, 20.0, after.sum()) / (111_195.0 * np.cos(np.radians(p["lat"].mean())))
    legs, vertices, net, out = _walk_wait_bus_walk(p, ride.stops)
    t1 = out["end_time"].astype("int64").to_numpy() / 1e9
    assert abs(t1[2] - alight) <= 45
    monkeypatch.setattr(access, "WALK_WINDOW_S", 30.0)
    before = infer_modes(legs, vertices, network=net)
    assert list(before["mode"]) == ["walk", "wait", "bus"]
    assert before["end_time"].iat[2].timestamp() - alight >= 240
