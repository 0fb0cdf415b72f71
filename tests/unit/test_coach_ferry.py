"""Coach and ferry as modes (issue 14): a generated GTFS feed with a coach route (extended route_type 200) and a
ferry route (1200) and generated rides on their trips -> the legs are coach / ferry with the route named; the
network rules (lines without a timetable), the labels, the emission factors, the modal share's columns and the
road travel times. Generated data with known truth."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.cluster.traveltimes import road_legs
from tracemob.tracemob_plugin.core.indicators import emissions as em
from tracemob.tracemob_plugin.core.indicators import modal_share as ind
from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs, route_mode
from tracemob.tracemob_plugin.core.modes import infer_modes
from tracemob.tracemob_plugin.core.modes.synthetic import route_leg
from tracemob.tracemob_plugin.core.modes.timetable import match_timetable, network_from_feed
from tracemob.tracemob_plugin.core.modes.transit import LINE_BUFFER_M, TransitNetwork, normalise_kind
from tracemob.tracemob_plugin.core.vocab.modes import (COARSE, DISPLAY_ORDER, MAIN_MODE_HIERARCHY, MODES,
                                                       PARAMETER_ORDER, PUBLIC_TRANSPORT, map_labels, mode_label)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
import gen_gtfs as gen  # noqa: E402

LAT0, LON0 = 47.2, -1.55
#: an interurban coach: 80 km/h between stops 4 km apart, 40 s at each
COACH_PATH = np.array([[0, 0], [6000, 0], [12000, 3000], [20000, 3000]], float)
#: a river shuttle 15 km south: 30 km/h between piers 1.5 km apart, a minute at each
FERRY_PATH = np.array([[0, -15000], [2000, -14200], [4000, -15000], [6000, -14200]], float)


def _ride(path, cruise, stop_every_m, dwell_s, seed, t0):
    return route_leg(path, cruise=cruise, stop_every_m=stop_every_m, dwell_s=dwell_s, seed=seed, lat0=LAT0,
                     lon0=LON0, t0=t0)


def _vertices(v, leg_id):
    return pd.DataFrame({"leg_id": leg_id, "lon": v.lon, "lat": v.lat,
                         "time": pd.to_datetime(v.time_s, unit="s", utc=True)})


@pytest.fixture(scope="module")
def rides():
    coach = _ride(COACH_PATH, 80 / 3.6, 4000, 40, 1, gen.RIDE_T0)
    ferry = _ride(FERRY_PATH, 30 / 3.6, 1500, 60, 2, gen.RIDE_T0 + 3600)
    return {"coach": coach, "ferry": ferry}


def _feed(folder, rides, shift_s=45.0, tz="Europe/Paris"):
    """Route C12 (coach, 200) calls at the coach ride's stops, route N1 (ferry, 1200) at the shuttle's piers, each
    ``shift_s`` after the ride passed them; shapes are the paths. Service every day of 2024."""
    day0 = pd.Timestamp(pd.to_datetime(gen.RIDE_T0, unit="s", utc=True).tz_convert(tz).date()).tz_localize(tz)
    stops = ["stop_id,stop_name,stop_lat,stop_lon"]
    times = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    shapes = ["shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence"]
    for key, trip in (("coach", "C"), ("ferry", "F")):
        v, st, line = rides[key]
        secs = gen.stop_passages(v, st) + shift_s - day0.timestamp()
        for i, (lo, la, s) in enumerate(zip(st.lon, st.lat, secs)):
            stops.append("%s%d,%s %d,%.7f,%.7f" % (trip, i, key, i, la, lo))
            s = int(round(s))
            times.append("%s1,%s,%s,%s%d,%d" % (trip, gen._hms(s), gen._hms(s + 30), trip, i, i + 1))
        shapes += ["S%s,%.7f,%.7f,%d" % (trip, la, lo, i + 1) for i, (lo, la) in enumerate(zip(line.lon, line.lat))]
    files = {
        "agency.txt": "agency_name,agency_url,agency_timezone\nTest,https://example.org,%s\n" % tz,
        "stops.txt": "\n".join(stops) + "\n",
        "routes.txt": "route_id,route_short_name,route_long_name,route_type\nRC,C12,Nantes - Pornic,200\n"
                      "RF,N1,Navibus Loire,1200\n",
        "trips.txt": "route_id,service_id,trip_id,shape_id\nRC,ALL,C1,SC\nRF,ALL,F1,SF\n",
        "stop_times.txt": "\n".join(times) + "\n",
        "calendar.txt": "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,"
                        "end_date\nALL,1,1,1,1,1,1,1,20240101,20241231\n",
        "shapes.txt": "\n".join(shapes) + "\n",
    }
    return read_gtfs(gen.write_feed(folder, files, base=False))


# --------------------------------------------------------------------------------------------- vocabulary
def test_vocabulary_places_coach_and_ferry():
    for m in ("coach", "ferry"):
        assert m in MODES and m in DISPLAY_ORDER and m in MAIN_MODE_HIERARCHY and m in PUBLIC_TRANSPORT
        assert COARSE[m] == "motorised"
    # EMC² style: the train, then the coach, then the ferry, before the urban networks
    h = MAIN_MODE_HIERARCHY
    assert h.index("train") < h.index("coach") < h.index("ferry") < h.index("metro") < h.index("bus")
    assert DISPLAY_ORDER.index("bus") + 1 == DISPLAY_ORDER.index("coach")
    assert DISPLAY_ORDER.index("train") + 1 == DISPLAY_ORDER.index("ferry")
    assert (mode_label("coach"), mode_label("ferry")) == ("Coach", "Ferry")


def test_labels_map_to_coach_and_ferry_and_car_stays_a_car():
    labels = ["coach", "Autocar", "car interurbain", "car_scolaire", "Car", "car", "bus", "Boat", "ferry",
              "Navette fluviale", "vaporetto", "bateau", "bac", "shared_ride", None]
    assert map_labels(labels).tolist() == ["coach", "coach", "coach", "coach", "car", "car", "bus", "ferry",
                                           "ferry", "ferry", "ferry", "ferry", "ferry", "car", None]


def test_gtfs_and_osm_kinds():
    assert route_mode([200, 299, 4, 1000, 1099, 1200, 3, 700]).tolist() == [
        "coach", "coach", "ferry", "ferry", "ferry", "ferry", "bus", "bus"]
    assert [normalise_kind(c) for c in (200, 250, "204", 4, 1000, 1200, 3, 700, 1300)] == [
        "coach", "coach", "coach", "ferry", "ferry", "ferry", "bus", "bus", None]
    assert [normalise_kind(w) for w in ("coach", "ferry", "Coach", "trolleybus", "route_ferry")] == [
        "coach", "ferry", "coach", "bus", None]
    assert normalise_kind('"route"=>"ferry","name"=>"Navibus"') == "ferry"
    assert normalise_kind('"route"=>"coach","ref"=>"C12"') == "coach"
    assert normalise_kind('"amenity"=>"ferry_terminal"') == "ferry"
    assert LINE_BUFFER_M["ferry"] > LINE_BUFFER_M["train"] and LINE_BUFFER_M["coach"] == LINE_BUFFER_M["bus"]


# --------------------------------------------------------------------------------------------- timetable
def test_rides_match_the_coach_and_ferry_trips(tmp_path, rides):
    feed = _feed(tmp_path / "feed", rides)
    assert dict(zip(feed.routes.route_id, feed.routes["mode"])) == {"RC": "coach", "RF": "ferry"}
    net = network_from_feed(feed)
    assert set(net.lines.kind) == {"coach", "ferry"} and set(net.stops.kind) == {"coach", "ferry"}
    v = pd.concat([_vertices(rides["coach"][0], "c1"), _vertices(rides["ferry"][0], "f1")], ignore_index=True)
    m = match_timetable(v, feed)
    assert m.loc["c1", ["route_name", "route_mode", "kind"]].tolist() == ["C12", "coach", "coach"]
    assert m.loc["f1", ["route_name", "route_mode", "kind"]].tolist() == ["N1", "ferry", "ferry"]
    assert m.loc["c1", "n_stops"] == len(rides["coach"][1]) and m.loc["f1", "n_stops"] == len(rides["ferry"][1])


def test_infer_modes_gives_coach_and_ferry_with_the_route(tmp_path, rides):
    feed = _feed(tmp_path / "feed", rides)
    v = pd.concat([_vertices(rides["coach"][0], "c1"), _vertices(rides["ferry"][0], "f1")], ignore_index=True)
    legs = pd.DataFrame({"leg_id": ["c1", "f1"], "user_id": ["u", "u"]})
    out = infer_modes(legs, v, timetable=feed)
    rows = out.set_index("leg_id")
    assert rows.loc["c1", "mode"] == "coach" and rows.loc["c1", "transit_route"] == "C12"
    assert rows.loc["f1", "mode"] == "ferry" and rows.loc["f1", "transit_route"] == "N1"
    assert (rows["transit_confidence"] >= 0.8).all() and (rows["mode_source"] == "rules").all()
    # without the feed, neither can be told from a car
    assert set(infer_modes(legs, v)["mode"]) <= {"car", "bike"}


def test_a_car_along_the_coach_route_stays_a_car(tmp_path, rides):
    """A coach runs on the road with the cars: a car driving the route at the scheduled times, without stopping at
    the stops, is no coach."""
    feed = _feed(tmp_path / "feed", rides)
    car = _ride(COACH_PATH, 80 / 3.6, 0, 0, 5, gen.RIDE_T0 + 60)[0]
    out = infer_modes(pd.DataFrame({"leg_id": ["k1"]}), _vertices(car, "k1"), timetable=feed).iloc[0]
    assert out["mode"] == "car" and out["transit_route"] is None


# --------------------------------------------------------------------------------------------- network rules
def _line(path, line_id, kind):
    xy = np.asarray(path, float)
    k = 180.0 / np.pi / 6_371_008.8
    return pd.DataFrame({"line_id": line_id, "kind": kind, "lon": LON0 + xy[:, 0] * k / np.cos(np.radians(LAT0)),
                         "lat": LAT0 + xy[:, 1] * k})


def test_ferry_line_drawn_loosely_makes_a_ferry_and_the_quay_road_stays_car():
    """A river shuttle curving up to ~45 m off its line (drawn as one straight segment between the piers, as OSM
    route=ferry ways often are) is a ferry; at 12 km/h its speeds read as a bicycle's. A car on the quay road 90 m
    from the line is not."""
    line = _line([[0, 0], [5000, 0]], "N1", "ferry")
    x = np.linspace(0, 5000, 60)
    boat = np.column_stack([x, 45 * np.sin(np.pi * x / 5000)])
    v_boat = _ride(boat, 12 / 3.6, 0, 0, 3, gen.RIDE_T0)[0]
    v_quay = _ride(np.column_stack([x, np.full_like(x, 90.0)]), 40 / 3.6, 0, 0, 4, gen.RIDE_T0)[0]
    # a walk along the quay within the line's buffer (the pier) stays a walk
    v_walk = _ride(np.array([[0, 20], [700, 20]], float), 4.5 / 3.6, 0, 0, 5, gen.RIDE_T0)[0]
    v = pd.concat([_vertices(v_boat, "f1"), _vertices(v_quay, "q1"), _vertices(v_walk, "w1")], ignore_index=True)
    out = infer_modes(pd.DataFrame({"leg_id": ["f1", "q1", "w1"]}), v, network=TransitNetwork(lines=line)).set_index(
        "leg_id")
    assert out.loc["f1", "mode"] == "ferry" and out.loc["q1", "mode"] == "car" and out.loc["w1", "mode"] == "walk"
    assert infer_modes(pd.DataFrame({"leg_id": ["f1"]}), _vertices(v_boat, "f1")).iloc[0]["mode"] == "bike"
    # with the bus buffer (25 m) most of the shuttle's track would be off the line
    off = np.abs(45 * np.sin(np.pi * x / 5000)) > 25
    assert off.mean() > 0.5


def test_coach_line_with_stops_makes_a_coach_and_a_shared_street_goes_to_the_bus():
    coach_line = _line(COACH_PATH, "C12", "coach")
    v, stops, _ = _ride(COACH_PATH, 70 / 3.6, 2000, 30, 6, gen.RIDE_T0)
    net = TransitNetwork(lines=coach_line, stops=pd.DataFrame({"kind": "coach", "lon": stops.lon, "lat": stops.lat}))
    out = infer_modes(pd.DataFrame({"leg_id": ["c1"]}), _vertices(v, "c1"), network=net).iloc[0]
    assert out["mode"] == "coach"
    # the same street served by a bus line too: as close to both, the leg is a bus (the commoner)
    both = TransitNetwork(lines=pd.concat([coach_line, _line(COACH_PATH, "B1", "bus")], ignore_index=True),
                          stops=net.stops)
    assert infer_modes(pd.DataFrame({"leg_id": ["c1"]}), _vertices(v, "c1"), network=both).iloc[0]["mode"] == "bus"


# --------------------------------------------------------------------------------------------- indicators
def test_emission_factors_of_coach_and_ferry():
    legs = pd.DataFrame({"leg_id": ["a", "b", "c"], "mode": ["coach", "ferry", "bus"],
                         "distance_m": [10000.0, 10000.0, 10000.0]})
    out = em.compute_emissions(legs).set_index("leg_id")
    assert out.loc["a", "co2e_g"] == pytest.approx(331.4)       # ADEME Autocar 33.14 g/pkm
    assert "Autocar" in out.loc["a", "factor_source"] and "43740" in out.loc["a", "factor_source"]
    assert np.isnan(out.loc["b", "co2e_g"]) and out.loc["b", "factor_source"] == ""  # no verified ferry factor
    assert out.loc["c", "co2e_g"] == pytest.approx(1135.0)
    full = em.compute_emissions(legs, scope="usage+construction").set_index("leg_id")
    assert full.loc["a", "co2e_g"] == pytest.approx(10 * (33.14 + 4.42))
    # a planner's own table may give the ferry a factor
    own = em.parse_factor_table("mode,usage_g_per_km\nferry,120\ncoach,30\n", "own.csv")
    assert em.compute_emissions(legs, own).set_index("leg_id").loc["b", "co2e_g"] == pytest.approx(1200.0)


def test_modal_share_has_coach_and_ferry_columns_and_main_modes():
    legs = pd.DataFrame({"trip_id": ["t1", "t1", "t1", "t2", "t2", "t3", "t3"],
                         "mode": ["walk", "ferry", "bus", "coach", "metro", "coach", "train"]})
    mm = ind.trip_main_modes(legs).set_index("trip_id")["main_mode"].to_dict()
    assert mm == {"t1": "ferry", "t2": "coach", "t3": "train"}
    start = pd.Timestamp("2024-03-05T07:00:00Z")
    rows = [("u%02d" % i, m) for i, m in enumerate(["coach"] * 4 + ["ferry"] * 3 + ["car"] * 3)]
    trips = pd.DataFrame({"trip_id": ["T%d" % i for i in range(len(rows))], "user_id": [u for u, _ in rows],
                          "start_time": start, "end_time": start + pd.Timedelta(minutes=30), "duration_s": 1800.0,
                          "distance_m": 10000.0, "origin_lon": 2.35, "origin_lat": 48.86})
    legs = pd.DataFrame({"leg_id": trips.trip_id, "trip_id": trips.trip_id, "user_id": trips.user_id,
                         "mode": [m for _, m in rows], "start_time": start, "end_time": start,
                         "duration_s": 1800.0, "distance_m": 10000.0})
    res = ind.modal_share(trips, legs, min_users=1, min_trips=1)
    z = res.zones.set_index("zone_id")
    assert z.loc["ALL", "sh_coach"] == pytest.approx(40.0) and z.loc["ALL", "sh_ferry"] == pytest.approx(30.0)
    assert res.modes == ("car", "coach", "ferry")


def test_a_ferry_leg_is_not_road_traffic_a_coach_is():
    legs = pd.DataFrame({"leg_id": ["a", "b", "c", "d"], "mode": ["coach", "ferry", "Ferry ", "boat"]})
    assert road_legs(legs)["leg_id"].tolist() == ["a"]


def test_co2_report_counts_the_ferry_km_without_a_factor():
    start = pd.Timestamp("2024-03-05T07:00:00Z")
    legs = pd.DataFrame({"user_id": ["u1", "u1", "u1"], "start_time": [start] * 3, "mode": ["coach", "ferry", "walk"],
                         "distance_m": [20000.0, 5000.0, 800.0]})
    rep = ind.co2_report(legs)
    u = rep.by_user.set_index("user_id").loc["u1"]
    assert u["co2e_kg"] == pytest.approx(20 * 33.14 / 1000) and u["distance_km_no_factor"] == pytest.approx(5.0)
    by_mode = rep.by_mode.set_index("mode")
    assert by_mode.loc["ferry", "distance_km"] == pytest.approx(5.0)
    assert by_mode.loc["coach", "co2e_kg"] == pytest.approx(0.6628)


def test_stops_alone_of_ferry_kind_make_a_ferry(rides):
    """A stops layer without lines (piers of kind ferry, from OSM amenity=ferry_terminal): the shuttle that dwelt at
    them is a ferry; the same piers given without a kind make it a bus (the stops-alone default)."""
    v, stops, _ = rides["ferry"]
    piers = pd.DataFrame({"kind": '"amenity"=>"ferry_terminal"', "lon": stops.lon, "lat": stops.lat})
    legs = pd.DataFrame({"leg_id": ["f1"]})
    out = infer_modes(legs, _vertices(v, "f1"), network=TransitNetwork(stops=piers))
    assert out.set_index("leg_id").loc["f1", "mode"] == "ferry"
    plain = TransitNetwork(stops=piers.drop(columns="kind"))
    assert infer_modes(legs, _vertices(v, "f1"), network=plain).set_index("leg_id").loc["f1", "mode"] == "bus"


def test_choice_lists_keep_their_indices_for_saved_models():
    """A saved model or batch file stores the index of a choice ("only trips with main mode" of od_flows): the
    modes that existed before coach and ferry keep their index, the new ones come last, every shown mode is there."""
    assert PARAMETER_ORDER[:12] == ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "tram", "metro",
                                    "train", "plane", "unknown")
    assert PARAMETER_ORDER[12:] == ("coach", "ferry")
    assert set(PARAMETER_ORDER) == set(DISPLAY_ORDER) and len(PARAMETER_ORDER) == len(DISPLAY_ORDER)
