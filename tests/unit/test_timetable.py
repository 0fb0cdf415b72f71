"""A GTFS feed as the public-transport context of mode inference: its lines and stops as the network, and
legs matched to scheduled trips (route, name, mode, confidence). Rides generated with known truth."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs
from tracemob.tracemob_plugin.core.modes import infer_modes
from tracemob.tracemob_plugin.core.modes.synthetic import route_leg
from tracemob.tracemob_plugin.core.modes.timetable import match_timetable, network_from_feed

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
import gen_gtfs as gen  # noqa: E402

ROUTE = np.array([[0, 0], [3000, 0], [3000, 2500], [6000, 4000]], float)
CAIRNS = Path(__file__).resolve().parents[1] / "data" / "gtfs" / "cairns_gtfs.zip"


def _ride(stop_every_m=500, seed=2, dwell_s=20):
    v, stops, line = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=stop_every_m, dwell_s=dwell_s, seed=seed,
                               lat0=48.85, lon0=2.35, t0=gen.RIDE_T0)
    return v, stops, line


def _vertices(v, leg_id):
    return pd.DataFrame({"leg_id": leg_id, "lon": v.lon, "lat": v.lat,
                         "time": pd.to_datetime(v.time_s, unit="s", utc=True)})


@pytest.fixture(scope="module")
def ride():
    return _ride()


def _feed(tmp_path, ride, **kw):
    v, stops, line = ride
    return read_gtfs(gen.ride_feed(tmp_path / "feed", v, stops, line, **kw))


def test_network_from_feed_lines_and_stops_with_their_kinds(tmp_path, ride):
    feed = _feed(tmp_path, ride)
    net = network_from_feed(feed)
    # the one shape serves the bus (R) and the tram decoy (D) once each: the first in order of frequency wins
    assert set(net.lines.line_id) == {"L"} and len(net.lines) == len(ride[2])
    assert set(net.lines.kind) <= {"bus", "tram"}
    assert len(net.stops) == len(ride[1])
    assert not net.empty


def test_network_from_feed_without_shapes_draws_the_stop_pattern(tmp_path, ride):
    feed = _feed(tmp_path, ride, shapes=False)
    net = network_from_feed(feed)
    assert feed.shapes_from_stops
    # both trips call at the same stops in the same order: one pattern, one line through every stop
    assert set(net.lines.line_id) == {"stops:0"} and len(net.lines) == len(ride[1])
    assert net.lines.lon.tolist() == pytest.approx(ride[1].lon.tolist(), abs=1e-6)
    assert set(net.lines.kind) <= {"bus", "tram"}


def test_real_feed_network_is_all_bus():
    feed = read_gtfs(CAIRNS)
    net = network_from_feed(feed)
    assert set(net.lines.kind) == {"bus"}
    assert net.lines.line_id.nunique() == feed.shapes.shape_id.nunique()
    assert len(net.stops) == 416


def test_ride_matches_its_scheduled_trip(tmp_path, ride):
    feed = _feed(tmp_path, ride)
    m = match_timetable(_vertices(ride[0], "b1"), feed)
    assert list(m.index) == ["b1"]
    row = m.loc["b1"]
    assert (row.trip_id, row.route_id, row.route_name, row.route_mode, row.kind) == ("RIDE", "R", "42", "bus", "bus")
    assert row.n_stops == len(ride[1])
    assert 50.0 <= row.time_error_s <= 70.0  # the schedule is 60 s after the ride
    assert 0.8 <= row.confidence <= 0.95


def test_no_match_out_of_schedule_or_on_a_day_without_service(tmp_path, ride):
    late = _feed(tmp_path / "late", ride, shift_s=1800.0)  # the trip runs 30 min after the ride
    assert len(match_timetable(_vertices(ride[0], "b1"), late)) == 0
    feed = _feed(tmp_path / "ok", ride)
    feed.calendar["tuesday"] = 0  # 2024-03-12 is a Tuesday: no service that day
    assert len(match_timetable(_vertices(ride[0], "b1"), feed)) == 0


def test_time_zone_of_the_feed_is_used(tmp_path, ride):
    feed = _feed(tmp_path, ride, tz="Europe/Paris")
    assert len(match_timetable(_vertices(ride[0], "b1"), feed)) == 1
    # read as if the times were UTC, the schedule is an hour off: no match
    assert len(match_timetable(_vertices(ride[0], "b1"), feed, tz="UTC")) == 0


def test_trip_past_midnight_matches_on_the_previous_service_day(tmp_path):
    # the ride at 00:40 Paris on Wednesday 13 March: the trip's times are 24:40:xx of Tuesday's service
    v, stops, line = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=500, dwell_s=20, seed=3, lat0=48.85,
                               lon0=2.35, t0=gen.RIDE_T0 + 16 * 3600 + 40 * 60)
    feed = read_gtfs(gen.ride_feed(tmp_path / "feed", v, stops, line))
    assert feed.stop_times.arrival_s.min() >= 24 * 3600
    feed.calendar["wednesday"] = 0  # only Tuesday's service runs the trip
    m = match_timetable(_vertices(v, "n1"), feed)
    assert m.loc["n1", "trip_id"] == "RIDE"


def test_infer_modes_gives_the_route_mode_name_and_confidence(tmp_path, ride):
    feed = _feed(tmp_path, ride, route_type=0, short_name="T3")  # the ride's route is a tram
    legs = pd.DataFrame({"leg_id": ["b1"], "user_id": ["u"]})
    v = _vertices(ride[0], "b1")
    out = infer_modes(legs, v, network=network_from_feed(feed), timetable=feed).iloc[0]
    assert out["mode"] == "tram" and out["transit_route"] == "T3"
    assert out["mode_source"] == "rules"
    assert out["mode_confidence"] == out["transit_confidence"] >= 0.8
    plain = infer_modes(legs, v)
    assert plain.iloc[0]["mode"] == "car"
    assert "transit_route" not in plain.columns  # the legs' fields are unchanged without a timetable


def test_car_without_stops_keeps_car_and_no_route(tmp_path, ride):
    feed = _feed(tmp_path, ride)
    car, _, _ = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=0, seed=4, lat0=48.85, lon0=2.35,
                          t0=gen.RIDE_T0 + 60)
    legs = pd.DataFrame({"leg_id": ["c1"]})
    out = infer_modes(legs, _vertices(car, "c1"), network=network_from_feed(feed), timetable=feed).iloc[0]
    assert out["mode"] == "car"
    assert out["transit_route"] is None and np.isnan(out["transit_confidence"])


def test_walk_is_never_given_a_route(tmp_path, ride):
    feed = _feed(tmp_path, ride)
    t = gen.RIDE_T0 + np.arange(0, 1200, 5.0)
    walk = pd.DataFrame({"leg_id": "w1", "lon": 2.35 + (t - t[0]) * 1.3 / 73_000.0, "lat": 48.85,
                         "time": pd.to_datetime(t, unit="s", utc=True)})
    out = infer_modes(pd.DataFrame({"leg_id": ["w1"]}), walk, timetable=feed).iloc[0]
    assert out["mode"] == "walk" and out["transit_route"] is None


def test_user_label_of_another_mode_drops_the_route(tmp_path, ride):
    feed = _feed(tmp_path, ride)
    v = pd.concat([_vertices(ride[0], "b1"), _vertices(ride[0], "b2")], ignore_index=True)
    legs = pd.DataFrame({"leg_id": ["b1", "b2"], "my_label": ["drove_alone", "bus"]})
    out = infer_modes(legs, v, label_field="my_label", network=network_from_feed(feed),
                      timetable=feed).set_index("leg_id")
    assert out.loc["b1", "mode"] == "car" and out.loc["b1", "transit_route"] is None
    assert out.loc["b2", "mode"] == "bus" and out.loc["b2", "transit_route"] == "42"
    assert out.loc["b2", "mode_source"] == "user"


@pytest.mark.parametrize("seed", [4, 5])
def test_a_car_stopping_at_a_few_stops_of_a_line_is_a_bus_only_when_no_timetable_says_otherwise(tmp_path, ride, seed):
    """A car driving the bus's route an hour after the scheduled trips, stopping 25 s at every third stop (lights
    beside them: 5 of the 17 stops it passes). Along the line with two stops or more at stops, the lines make it a
    bus; with the timetable, no scheduled trip matches on a day the feed runs and it dwelt at less than
    ``STOPS_ONLY_SHARE`` of the stops: a car. A late bus that matches no trip but dwelt at every stop stays a bus."""
    feed = _feed(tmp_path / "f", ride)
    net = network_from_feed(feed)
    car, _, _ = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=1500, dwell_s=25, seed=seed, lat0=48.85, lon0=2.35,
                          t0=gen.RIDE_T0 + 3600)
    legs = pd.DataFrame({"leg_id": ["c1"], "user_id": ["u"]})
    v = _vertices(car, "c1")
    assert infer_modes(legs, v, network=net).iloc[0]["mode"] == "bus"
    out = infer_modes(legs, v, network=net, timetable=feed).iloc[0]
    assert out["mode"] == "car" and out["transit_route"] is None
    # a feed that does not run that day says nothing: the lines' reading stands
    closed = _feed(tmp_path / "closed", ride)
    closed.calendar["tuesday"] = 0
    assert infer_modes(legs, v, network=net, timetable=closed).iloc[0]["mode"] == "bus"
    # the bus 30 minutes late: no trip matches, it dwelt at every stop: a bus, with no route
    late = _feed(tmp_path / "late", ride, shift_s=1800.0)
    bus = infer_modes(pd.DataFrame({"leg_id": ["b1"], "user_id": ["u"]}), _vertices(ride[0], "b1"),
                      network=network_from_feed(late), timetable=late).iloc[0]
    assert bus["mode"] == "bus" and bus["transit_route"] is None


def _skipping_ride(seed):
    """A bus calling at one stop in two of its route's (the others are request stops nobody asked for), recorded
    with a fix every 30 s (OpenPATH's Android app): its vertices, every stop of the route, the line."""
    v, called, line = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=500, dwell_s=30, interval=30.0, seed=seed,
                                lat0=48.85, lon0=2.35, t0=gen.RIDE_T0)
    seg = np.hypot(*np.diff(ROUTE, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    at = np.arange(250.0, cum[-1] - 1.0, 500.0)        # the stops it passes without stopping, halfway
    k_lat, k_lon = 1 / 111_195.0, 1 / (111_195.0 * np.cos(np.radians(48.85)))
    skipped = pd.DataFrame({"lon": 2.35 + np.interp(at, cum, ROUTE[:, 0]) * k_lon,
                            "lat": 48.85 + np.interp(at, cum, ROUTE[:, 1]) * k_lat})
    stops = pd.concat([called, skipped], ignore_index=True)
    stops["order"] = np.concatenate([np.arange(500.0, cum[-1] - 1.0, 500.0)[:len(called)], at])
    return v, stops.sort_values("order").drop(columns="order").reset_index(drop=True), line


@pytest.mark.parametrize("seed", [2, 3, 5])
def test_a_sparse_bus_skipping_half_its_stops_takes_its_route(tmp_path, seed, monkeypatch):
    """The bus dwelt 30 s at half of the trip's 35 stops; on fixes 30 s apart the dwells estimated from its time
    near stops (``transit._sparse_dwells``) find 15 of the 17 or 18, over the sparse share (``SPARSE_DWELL_SHARE``,
    14 stops) and under the dense tracks' (``DWELL_SHARE``, 17.5), which left it a car. With the timetable alone:
    no line layer's rule names it otherwise."""
    from tracemob.tracemob_plugin.core.modes import infer

    v, stops, line = _skipping_ride(seed)
    feed = read_gtfs(gen.ride_feed(tmp_path / "feed", v, stops, line))
    legs = pd.DataFrame({"leg_id": ["b1"], "user_id": ["u"]})
    verts = _vertices(v, "b1")
    out = infer_modes(legs, verts, timetable=feed).iloc[0]
    assert out["mode"] == "bus" and out["transit_route"] == "42" and out["mode_source"] == "rules"
    monkeypatch.setattr(infer, "SPARSE_DWELL_SHARE", infer.DWELL_SHARE)
    dense = infer_modes(legs, verts, timetable=feed).iloc[0]
    assert dense["mode"] == "car" and dense["transit_route"] is None


def test_the_sparse_share_leaves_dense_tracks_alone(tmp_path, ride, monkeypatch):
    """A ride recorded every 5 s keeps the dense share: with the sparse share at 1 (no sparse leg could pass) its
    route is still named."""
    from tracemob.tracemob_plugin.core.modes import infer

    feed = _feed(tmp_path, ride)
    legs = pd.DataFrame({"leg_id": ["b1"], "user_id": ["u"]})
    monkeypatch.setattr(infer, "SPARSE_DWELL_SHARE", 1.0)
    out = infer_modes(legs, _vertices(ride[0], "b1"), timetable=feed).iloc[0]
    assert out["mode"] == "bus" and out["transit_route"] == "42"


# ---------------------------------------------------------------------------------------- the real feed
def test_rides_on_the_real_feed_match_their_trips():
    feed = read_gtfs(CAIRNS)
    weekday = feed.trips[feed.trips.service_id == "CNS2014-CNS_MUL-Weekday-00"]
    # one trip of each of 8 routes, the 3rd of the day of each
    picks = weekday.groupby("route_id").trip_id.nth(2).iloc[:8].tolist()
    rides = pd.concat([gen.ride_of_trip(feed, t, "2014-06-10", "Australia/Brisbane", seed=k)
                       for k, t in enumerate(picks)], ignore_index=True)
    m = match_timetable(rides, feed)
    assert sorted(m.index) == sorted(picks)
    assert (m.trip_id.reindex(picks).to_numpy() == np.array(picks, dtype=object)).all()
    names = feed.routes.set_index("route_id").route_name
    want = names.reindex(feed.trips.set_index("trip_id").route_id.reindex(picks)).to_numpy()
    assert (m.route_name.reindex(picks).to_numpy() == want).all()
    assert (m.kind == "bus").all() and (m.confidence >= 0.8).all()
    # 2 minutes late: still its trip, with less confidence (3 minutes late, the ride of route 113 fits a trip
    # of route 110 on the same streets 3 minutes later better); 10 minutes late (past TIME_TOL_S): no trip
    late = match_timetable(rides.assign(time=rides.time + pd.Timedelta(minutes=2)), feed)
    assert (late.trip_id.reindex(picks).to_numpy() == np.array(picks, dtype=object)).all()
    assert (late.confidence.reindex(picks) < m.confidence.reindex(picks)).all()
    assert len(match_timetable(rides.assign(time=rides.time + pd.Timedelta(minutes=10)), feed)) == 0
    # Queen's Birthday (Monday 9 June 2014): the weekday trips do not run, so none of them is matched
    holiday = rides.assign(time=rides.time - pd.Timedelta(days=1))
    h = match_timetable(holiday, feed)
    assert not h.trip_id.isin(picks).any()


def test_frequency_based_trip_matches_the_run_of_the_ride(tmp_path, ride):
    """frequencies.txt: the trip's stop_times are a pattern 2 h before the ride; run every 15 minutes from
    90 minutes after the pattern, its third run passes the stops when the ride did."""
    v, stops, line = ride
    folder = gen.ride_feed(tmp_path / "feed", v, stops, line, shift_s=60.0 - 7200.0)
    pattern = read_gtfs(folder)
    assert len(match_timetable(_vertices(v, "b1"), pattern)) == 0  # the pattern alone is 2 h off
    first = int(pattern.stop_times[pattern.stop_times.trip_id == "RIDE"].departure_s.iloc[0])
    hms = lambda s: "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)  # noqa: E731
    (folder / "frequencies.txt").write_text("trip_id,start_time,end_time,headway_secs,exact_times\n"
                                            "RIDE,%s,%s,900,1\n" % (hms(first + 5400), hms(first + 9000)))
    feed = read_gtfs(folder)
    assert feed.frequencies.to_dict("records") == [
        {"trip_id": "RIDE", "start_s": first + 5400, "end_s": first + 9000, "headway_s": 900}]
    m = match_timetable(_vertices(v, "b1"), feed)
    assert (m.loc["b1", "trip_id"], m.loc["b1", "route_name"]) == ("RIDE", "42")
    assert m.loc["b1", "time_error_s"] <= 70.0


def test_network_cut_to_a_box():
    feed = read_gtfs(CAIRNS)
    whole = network_from_feed(feed)
    box = (145.70, -16.95, 145.78, -16.85)  # around the city centre
    cut = network_from_feed(feed, bbox=box)
    inside = lambda d: ((d.lon >= box[0]) & (d.lon <= box[2]) & (d.lat >= box[1]) & (d.lat <= box[3]))  # noqa
    assert len(cut.stops) == int(inside(whole.stops).sum()) and 0 < len(cut.stops) < len(whole.stops)
    assert len(cut.lines) == int(inside(whole.lines).sum()) and inside(cut.lines).all()
    # each piece is a run of consecutive vertices of one shape: a shape leaving and re-entering is two pieces
    assert cut.lines.line_id.str.split(":").str[0].isin(whole.lines.line_id).all()
    assert cut.lines.line_id.nunique() >= cut.lines.line_id.str.split(":").str[0].nunique()


def test_a_line_leaving_the_box_and_coming_back_is_two_pieces(tmp_path):
    lons = [2.350, 2.360, 2.370, 2.380, 2.370, 2.360, 2.350]  # out east and back
    shapes = "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n" + "".join(
        "SH_B42,48.85,%.3f,%d\n" % (x, i + 1) for i, x in enumerate(lons))
    feed = read_gtfs(gen.write_feed(tmp_path / "feed", {"shapes.txt": shapes}))
    cut = network_from_feed(feed, bbox=(2.345, 48.84, 2.365, 48.86))
    bus = cut.lines[cut.lines.line_id.str.startswith("SH_B42")]
    assert bus.lon.tolist() == pytest.approx([2.350, 2.360, 2.360, 2.350])
    assert bus.line_id.nunique() == 2 and bus.groupby("line_id").size().tolist() == [2, 2]
