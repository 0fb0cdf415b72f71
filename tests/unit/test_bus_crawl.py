"""A bus crawling through a city centre at a walking pace is still the bus (issue 14): with the line's
stops alone, the walks and waits between two legs read as the same bus, whose track stood at stop after
stop, take the bus's mode (``infer._crawls_in_rides``). A rider who got off and walked on along the line,
passing the stops without stopping, stays a walk. Generated days with known truth, through ``segment`` and
``infer_modes``."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.modes import infer
from tracemob.tracemob_plugin.core.modes.infer import infer_modes
from tracemob.tracemob_plugin.core.modes.transit import TransitNetwork
from tracemob.tracemob_plugin.core.trips.segmentation import segment

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from gen_days import LAT0, LON0, M_PER_DEG_LAT, M_PER_DEG_LON  # noqa: E402
from riders import segment_vertices  # noqa: E402

STOP_M = 300.0      # between two stops of the line, along a straight street
T0 = pd.Timestamp("2024-03-12T07:00:00Z").timestamp()


def _day(seed, middle):
    """Home, a walk to stop 0 and a 3-minute wait; the bus to stop 5 (9 m/s, 30 s at each stop); then
    ``middle``: "crawl" (the bus at 2 m/s, 40 s at each of stops 6-9) or "walk" (off at stop 5, a steady
    walk at 1.4 m/s to stop 9, a 2-minute wait there); the bus again to stop 13; a walk on, a place. A fix
    every 5 s, 3 m of noise. Returns the fixes, the stops, each fix's phase ("bus" or "walk" moving, "still"
    otherwise; "walk*" for the walk along the line) and its time (epoch s)."""
    rng = np.random.default_rng(seed)
    knots = [(0.0, -200.0, "still")]            # (time, x, phase of the piece that ends there)

    def go(x, v, phase):
        t, x0, _ = knots[-1]
        knots.append((t + abs(x - x0) / v, x, phase))

    def hold(s, phase):
        t, x0, _ = knots[-1]
        knots.append((t + s, x0, phase))

    hold(600.0, "still")
    go(0.0, 1.3, "walk")
    hold(180.0, "still")
    for k in range(1, 6):
        go(k * STOP_M, 9.0, "bus")
        hold(30.0, "still")
    if middle == "errand":     # off at stop 5, 8 minutes at a shop 150 m off the line, back to stop 6
        knots.append((knots[-1][0] + 150.0 / 1.3, 5 * STOP_M, "walk*"))
        hold(480.0, "shop")
        knots.append((knots[-1][0] + (150.0 + STOP_M) / 1.3, 6 * STOP_M, "walk*"))
    for k in range(6, 10):
        if middle in ("crawl", "held"):
            go(k * STOP_M, 2.0, "bus")
            hold(40.0, "still")
            if middle == "held" and k == 7:    # a jam between stops 7 and 8: 6 minutes standing
                go(k * STOP_M + 150.0, 2.0, "bus")
                hold(360.0, "still")
        elif middle == "walk":
            go(k * STOP_M, 1.4, "walk*")
    if middle in ("walk", "errand"):
        hold(120.0, "still")
    for k in range(10, 14):
        go(k * STOP_M, 9.0, "bus")
        hold(30.0, "still")
    go(13 * STOP_M + 200.0, 1.3, "walk")
    hold(900.0, "still")
    kt = np.array([k[0] for k in knots])
    kx = np.array([k[1] for k in knots])
    # the shop of the errand is 150 m north of the street: the two knots of the stay there
    ky = np.array([150.0 if k[2] == "shop" or (i + 1 < len(knots) and knots[i + 1][2] == "shop") else 0.0
                   for i, k in enumerate(knots)])
    t = np.arange(0.0, kt[-1], 5.0)
    x = np.interp(t, kt, kx)
    phase = np.array([k[2] for k in knots], dtype=object)[np.clip(np.searchsorted(kt, t, side="right"), 1,
                                                                   len(kt) - 1)]
    phase = np.where(phase == "shop", "still", phase)
    xy = np.column_stack([x, np.interp(t, kt, ky)]) + rng.normal(0.0, 3.0, (len(t), 2))
    points = pd.DataFrame({"user_id": "rider", "time": pd.to_datetime(T0 + t, unit="s", utc=True),
                           "lon": LON0 + xy[:, 0] / M_PER_DEG_LON, "lat": LAT0 + xy[:, 1] / M_PER_DEG_LAT})
    sx = np.arange(14) * STOP_M
    stops = pd.DataFrame({"stop_id": ["S%02d" % i for i in range(14)], "lon": LON0 + sx / M_PER_DEG_LON,
                          "lat": LAT0 + 6.0 / M_PER_DEG_LAT})
    return points, stops, phase, T0 + t


def _share(points, stops, phase, t, want, mode):
    seg = segment(points)
    out = infer_modes(seg.legs, segment_vertices(seg), network=TransitNetwork(stops=stops))
    on = np.zeros(len(t), dtype=bool)
    for s, e in zip(out.loc[out["mode"] == mode, "start_time"], out.loc[out["mode"] == mode, "end_time"]):
        on |= (t >= s.timestamp()) & (t < e.timestamp())
    moving = phase == want
    return on[moving].mean(), out


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_bus_crawling_at_a_walking_pace_is_the_bus(seed):
    points, stops, phase, t = _day(seed, "crawl")
    share, out = _share(points, stops, phase, t, "bus", "bus")
    assert share >= 0.9, out[["leg_id", "mode", "start_time", "end_time"]]
    crawled = out[(out["mode"] == "bus") & (out["mode_source"] == "rules")]
    assert len(crawled) >= 1


def test_the_crawl_was_read_as_a_walk_before(monkeypatch):
    """The same day without the rule: the crawl's legs are walks (the rule is what keeps them the bus)."""
    monkeypatch.setattr(infer, "_crawls_in_rides", lambda legs, vertices, stops: legs)
    points, stops, phase, t = _day(0, "crawl")
    share, _ = _share(points, stops, phase, t, "bus", "bus")
    assert share < 0.8


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_rider_who_walked_on_along_the_line_walked(seed):
    points, stops, phase, t = _day(seed, "walk")
    share, out = _share(points, stops, phase, t, "walk*", "walk")
    assert share >= 0.85, out[["leg_id", "mode", "start_time", "end_time"]]
    bus, _ = _share(points, stops, phase, t, "walk*", "bus")
    assert bus <= 0.05     # the fixes where the legs meet
    on_bus, _ = _share(points, stops, phase, t, "bus", "bus")
    assert on_bus >= 0.9


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_bus_held_six_minutes_in_the_crawl_is_still_the_bus(seed, monkeypatch):
    """The bus stands 6 minutes in a jam inside the crawl: long enough for a stay, so the ride is two trips,
    and the crawl on each side ends one trip and starts the next. Those walks are still the bus crawling
    (read as walks without the rule's reach across the stay)."""
    points, stops, phase, t = _day(seed, "held")
    share, out = _share(points, stops, phase, t, "bus", "bus")
    assert out["trip_id"].nunique() == 2
    assert share >= 0.9, out[["leg_id", "trip_id", "mode", "start_time", "end_time"]]
    monkeypatch.setattr(infer, "CRAWL_HOLD_S", -1.0)
    before, _ = _share(points, stops, phase, t, "bus", "bus")
    assert before < share - 0.05


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_rider_who_got_off_for_an_errand_and_took_the_next_bus_walked(seed):
    """Off at stop 5, 8 minutes in a shop 150 m off the line, back to stop 6 and a 2-minute wait, the next bus
    of the line: the walks on either side of the errand stay walks (they stopped at no stop after stop)."""
    points, stops, phase, t = _day(seed, "errand")
    share, out = _share(points, stops, phase, t, "walk*", "walk")
    assert share >= 0.8, out[["leg_id", "trip_id", "mode", "start_time", "end_time"]]
    bus, _ = _share(points, stops, phase, t, "walk*", "bus")
    assert bus <= 0.05


def _rule_input(monkeypatch, seed):
    """The crawl rule and what ``infer_modes`` hands it (the legs after the cut at the stops, the vertices,
    the stops) on a crawl day, the rule itself left out of that run."""
    seen = {}
    rule = infer._crawls_in_rides
    monkeypatch.setattr(infer, "_crawls_in_rides", lambda legs, vertices, stops: seen.update(
        legs=legs, vertices=vertices, stops=stops) or legs)
    points, stops, phase, t = _day(seed, "crawl")
    _share(points, stops, phase, t, "bus", "bus")
    legs = seen["legs"]
    bus = (legs["mode"] == "bus").to_numpy()
    return (lambda frame: rule(frame, seen["vertices"], seen["stops"])), legs, bus


def test_two_routes_named_by_the_timetable_are_a_transfer(monkeypatch):
    """When the timetable named the rides on both sides, the crawl takes their route; two different routes
    are a transfer between them: the walk stays a walk."""
    rule, legs, bus = _rule_input(monkeypatch, 0)
    soft = legs["mode"].isin(["walk", "wait"]).to_numpy()
    soft &= (legs["start_time"] > legs["start_time"][bus].min()).to_numpy()
    soft &= (legs["end_time"] < legs["end_time"][bus].max()).to_numpy()
    assert soft.any()
    late = (legs["start_time"] >= legs["end_time"][soft].max()).to_numpy()
    got = rule(legs.assign(transit_route=np.where(bus, "3", None)))
    assert (got["mode"][soft] == "bus").all() and (got["transit_route"][soft] == "3").all()
    got = rule(legs.assign(transit_route=np.where(bus & late, "7", np.where(bus, "3", None))))
    assert (got["mode"][soft] != "bus").all()


def test_a_walk_the_phone_sensed_stays_a_walk(monkeypatch):
    """A walk whose leg carries the phone's sensed walking (e-mission's motion activity) is never taken for
    the crawling bus, however it stopped at the stops."""
    rule, legs, _ = _rule_input(monkeypatch, 1)
    assert (rule(legs)["mode"] != legs["mode"]).any()
    sensed = legs.assign(sensed_mode=np.where(legs["mode"] == "walk", "walking", ""))
    assert (rule(sensed)["mode"] == sensed["mode"]).all()


def test_routes_named_by_lines_sharing_a_street_are_one_ride_when_they_share_a_route(monkeypatch):
    """Lines name every route sharing a street ("4 / 2" before the crawl, "4 / 5" after): the rides share route 4,
    so the crawl between them is that bus; "2" and "5" share none: a transfer, the walk stays a walk."""
    rule, legs, bus = _rule_input(monkeypatch, 0)
    soft = legs["mode"].isin(["walk", "wait"]).to_numpy()
    soft &= (legs["start_time"] > legs["start_time"][bus].min()).to_numpy()
    soft &= (legs["end_time"] < legs["end_time"][bus].max()).to_numpy()
    late = (legs["start_time"] >= legs["end_time"][soft].max()).to_numpy()
    got = rule(legs.assign(transit_route=np.where(bus & late, "4 / 5", np.where(bus, "4 / 2", None))))
    assert (got["mode"][soft] == "bus").all()
    got = rule(legs.assign(transit_route=np.where(bus & late, "5", np.where(bus, "2", None))))
    assert (got["mode"][soft] != "bus").all()


def test_the_crawl_takes_the_route_named_on_one_side(monkeypatch):
    """The timetable named only the ride after the crawl: the crawl takes that route."""
    rule, legs, bus = _rule_input(monkeypatch, 2)
    last_bus = (legs["start_time"] == legs["start_time"][bus].max()).to_numpy()
    got = rule(legs.assign(transit_route=np.where(bus & last_bus, "12", None)))
    crawled = (got["mode"] == "bus").to_numpy() & ~bus
    assert crawled.any() and (got["transit_route"][crawled] == "12").all()


@pytest.mark.parametrize("middle, phase_of, mode", [("crawl", "bus", "bus"), ("walk", "walk*", "walk")])
def test_the_stops_of_both_directions_change_nothing(middle, phase_of, mode):
    """A stops layer of both directions (each stop with its twin across the street, 18 m away): a crawl is
    still the bus and a walk along the line still a walk (a stop episode counts at the nearest of the two)."""
    points, stops, phase, t = _day(3, middle)
    twin = stops.assign(stop_id=stops.stop_id + "b", lon=stops.lon + 15.0 / M_PER_DEG_LON,
                        lat=LAT0 - 10.0 / M_PER_DEG_LAT)
    share, out = _share(points, pd.concat([stops, twin], ignore_index=True), phase, t, phase_of, mode)
    assert share >= 0.9, out[["leg_id", "mode", "start_time", "end_time"]]
